/// Decides what each name is — person, organisation, place, product, event — from the name itself
/// (gazetteers, suffixes, keywords, given names, model numbers) and its neighbours (honorifics,
/// titles, appositives, "in", "said", possessives). Then makes the article consistent: one type per
/// name, and a single word that is part of a person's name is that person.
struct NameTyping {
    let context: EntityContext
    let finder: NameFinder
    var tokens: [Token] { context.tokens }

    /// Nouns after a possessive that belong to organisations: "Xiaomi's shares", "Apple's board".
    static let organizationPossessions = Lexicon(words: """
        shares share stock stocks board shareholders investors board chief ceo chairman chairwoman president
        executives executive employees staff workers headquarters revenue revenues profit profits sales
        earnings market products product smartphones phones devices subsidiary unit division parent brand
        plans plan strategy stores store factory factories plant plants customers users app apps platform
        website spokesman spokeswoman spokesperson founder cofounder co-founder offices office business
        businesses operations deal merger acquisition takeover lawyers engineers management
        """)

    /// Nouns after a possessive that belong to people: "Trump's wife".
    static let personPossessions = Lexicon(words: """
        wife husband son sons daughter daughters mother father brother sister family children parents
        career life death birthday lawyer lawyers campaign administration presidency tenure remarks comments
        speech own friend friends girlfriend boyfriend widow home
        """)

    static let placePrepositions = Lexicon(words: "in near outside across throughout inside")

    /// Nouns after a name that make it a leader's: "the Bush administration", "the Howard government".
    static let leaderNouns = Lexicon(words: "administration presidency government premiership")

    func type(_ candidates: inout [NameCandidate]) {
        for k in candidates.indices { score(&candidates[k]) }
        resolve(&candidates)
    }

    // MARK: Evidence from the name and its neighbours

    func score(_ c: inout NameCandidate) {
        let words = c.words
        let first = c.tokens.lowerBound
        let last = c.tokens.upperBound - 1
        guard let lastWord = words.last, let firstWord = words.first else { return }

        if let e = OrganizationLexicon.known.exact(words: words) {
            c.add(.organization, 12)
            c.listedPoints += 12
            c.canonical = e.canonical
        }
        if let e = PlaceLexicon.gazetteer.exact(words: words) {
            c.add(.place, 10)
            c.listedPoints += 10
            c.canonical = c.canonical ?? e.canonical
            c.placeKind = e.tag
        } else if words.count >= 2, words.first == Bytes.wordHash("the"), let e = PlaceLexicon.gazetteer.exact(words: words.dropFirst()) {
            c.add(.place, 10)
            c.canonical = c.canonical ?? e.canonical
            c.placeKind = e.tag
        }
        if ThingLexicon.knownEvents.exact(words: words) != nil { c.add(.event, 10) }

        // The name's own words.
        if words.count >= 2 && OrganizationLexicon.legalSuffixes.contains(lastWord) { c.add(.organization, 12) }
        for (k, w) in words.enumerated() {
            let isLast = k == words.count - 1
            if OrganizationLexicon.keywords.contains(w) && words.count >= 2 {
                if OrganizationLexicon.finalOnlyKeywords.contains(w) && !isLast { continue }
                c.add(.organization, 7)
                break
            }
        }
        if words.count >= 2 && ThingLexicon.placeKeywords.contains(lastWord) { c.add(.place, 6) }
        if words.count >= 2 && ThingLexicon.eventKeywords.contains(lastWord) { c.add(.event, 6) }
        if words.count >= 2 && ThingLexicon.productKeywords.contains(lastWord) { c.add(.product, 5) }
        if words.count >= 2 && ThingLexicon.lawKeywords.contains(lastWord) { c.add(.other, 8) }
        var hasDigit = false
        var yearJoined = false
        for k in c.tokens where k < tokens.count {
            let t = tokens[k]
            if t.kind == .number && t.length == 4 && k > first { yearJoined = true; continue }
            if t.has(.hasDigit) || t.kind == .number { hasDigit = true }
        }
        if yearJoined { c.add(.event, 8) }
        if hasDigit && ThingLexicon.knownEvents.exact(words: words) == nil && PlaceLexicon.gazetteer.exact(words: words) == nil {
            c.add(.product, 6)
            if ThingLexicon.productFamilies.contains(firstWord) { c.add(.product, 2) }
            // "Aurora X2", "Nova 5T": a name ending in a model number is a product, even when its
            // first word is also a given name. People's names carry no digits.
            if let lastToken = c.tokens.last, lastToken < tokens.count, lastToken > first, tokens[lastToken].has(.hasDigit) || tokens[lastToken].kind == .number {
                c.add(.product, 4)
            }
        }
        if EntityContext.isInnerCapital(tokens[first], context.bytes) && OrganizationLexicon.known.exact(words: words) == nil {
            c.add(.product, 4)
        }
        if let suffix = c.hyphenSuffix {
            if NameFinder.placeSuffixes.contains(suffix) { c.add(.place, 3) } else { c.add(.organization, 2) }
        }

        // Person cues inside the name.
        if finder.isGivenName(firstWord) {
            let points = words.count >= 2 ? 6 : 3
            c.add(.person, points)
            // A lone word's gender as a given name says nothing when it is a surname ("Warren").
            if words.count >= 2 { c.gender = genderOf(firstWord) }
        }
        if words.count >= 2 && PersonLexicon.surnames.contains(lastWord) { c.add(.person, 4) }
        if words.count == 1 && PersonLexicon.surnames.contains(lastWord) { c.add(.person, 1) }
        if words.count >= 3 && c.tokens.contains(where: { k in tokens[k].length == 1 && tokens[k].isCapitalized && k > first }) {
            c.add(.person, 4)
        }
        if words.count >= 3 && words.dropFirst().dropLast().contains(where: { PersonLexicon.particles.contains($0) }) {
            c.add(.person, 3)
        }
        if (2...3).contains(words.count), !hasDigit, c.canonical == nil,
            !words.contains(where: { CommonWords.lexicon.contains($0) || OrganizationLexicon.keywords.contains($0) || ThingLexicon.placeKeywords.contains($0) || ThingLexicon.eventKeywords.contains($0) || PlaceLexicon.gazetteer.single($0) != nil || PlaceLexicon.demonyms.single($0) != nil }),
            !c.tokens.contains(where: { looksLikeEnglishWord($0) })
        {
            c.add(.person, 3)
        }
        // "Upper Midwest", "Northern Cape", "East Jerusalem": a compass word opens a place.
        if words.count >= 2, NameTyping.compassWords.contains(firstWord), !OrganizationLexicon.keywords.contains(lastWord) {
            c.add(.place, 4)
        }
        // "X of Y" takes its type from X: "Ministry of Defence", "Gulf of Mexico", "Battle of Hastings".
        if let of = words.firstIndex(of: NameFinder.ofHash), of > 0 {
            let head = words[of - 1]
            if OrganizationLexicon.keywords.contains(head) { c.add(.organization, 4) }
            if ThingLexicon.placeOfHeads.contains(head) { c.add(.place, 4) }
        }
        if words.count == 1, tokens[first].has(.allCaps), c.canonical == nil, !c.caseless { c.add(.organization, 3) }
        // "The Intercept", "The Grayzone": a name that keeps its article is a title or a group's
        // name, never a person's.
        if words.count >= 2, firstWord == NameFinder.theHash, tokens[first].isCapitalized { c.add(.organization, 5) }
        if words.count >= 2 {
            // "UK RAF", "China Eastern": a place or an acronym inside a longer name points to an
            // organisation rather than a person.
            if c.tokens.contains(where: { tokens[$0].has(.allCaps) && tokens[$0].length >= 2 && !tokens[$0].has(.dottedAcronym) }) && !c.caseless { c.add(.organization, 2) }
            if PlaceLexicon.gazetteer.single(firstWord) != nil && PlaceLexicon.gazetteer.exact(words: words) == nil { c.add(.organization, 2) }
            // "Der Spiegel", "Le Monde", "El Al": a foreign article opens a title or a company.
            if NameTyping.foreignArticles.contains(firstWord) && tokens[first].isCapitalized { c.add(.organization, 4) }
            // "Airbus A380", "Rolls-Royce Trent", "Apple Watch": a company's name and a model.
            if OrganizationLexicon.known.exact(words: words) == nil, let prefix = NameTyping.knownOrganizationPrefix(words), prefix < words.count,
                !words[prefix...].contains(where: {
                    OrganizationLexicon.keywords.contains($0) || OrganizationLexicon.legalSuffixes.contains($0) || ThingLexicon.placeKeywords.contains($0)
                        || ThingLexicon.lawKeywords.contains($0) || ThingLexicon.eventKeywords.contains($0)
                }),
                hasDigit || words.count - prefix == 1
            {
                // No person's name starts with a company's ("Rolls-Royce Trent", "Airbus A380"),
                // however much the rest looks like a given name or a surname.
                c.add(.product, 9)
            }
        }

        // Before the name.
        if let h = honorific(before: first) {
            c.add(.person, 12)
            if PersonLexicon.maleHonorifics.contains(h) { c.gender = .male }
            if PersonLexicon.femaleHonorifics.contains(h) { c.gender = .female }
        }
        if titleEnds(at: first) { c.add(.person, 8) }
        if first > 0 {
            let p = tokens[first - 1]
            if p.kind == .word && p.has(.lowercase) {
                if let type = nounClass(first - 1) {
                    c.add(type, type == .place ? 2 : 5)
                }
                if NameTyping.placePrepositions.contains(p.hash) { c.add(.place, 2) }
                if p.hash == Bytes.wordHash("at") || p.hash == Bytes.wordHash("from") { c.add(.place, 1) }
                if RoleLexicon.speechVerbs.contains(p.hash) { c.add(.person, 2); c.add(.organization, 1) }
            }
        }

        // After the name.
        let next = last + 1
        if next < tokens.count {
            let n = tokens[next]
            if n.has(.possessive), next + 1 < tokens.count {
                let w = tokens[next + 1].hash
                if NameTyping.organizationPossessions.contains(w) { c.add(.organization, 3) }
                if NameTyping.personPossessions.contains(w) { c.add(.person, 3) }
            } else if n.isPunctuation(",") {
                appositive(after: next, &c)
            } else if n.kind == .word, RoleLexicon.speechVerbs.contains(n.hash) {
                c.add(.person, words.count >= 2 ? 2 : 1)
                c.add(.organization, 1)
            } else if n.kind == .word, n.has(.lowercase), NameTyping.leaderNouns.contains(n.hash),
                PlaceLexicon.gazetteer.exact(words: words) == nil, OrganizationLexicon.known.exact(words: words) == nil
            {
                // "the Bush administration", "the Howard government": a leader's name (places and
                // known organisations are told apart above).
                c.add(.person, 6)
            } else if titleFollowsOrganization(at: next) {
                // "Xiaomi Chairman Lei Jun", "Huawei CEO Richard Yu"
                c.add(.organization, 5)
            }
        }
        personalPronoun(&c)
        sportsTeam(&c)
        dateline(&c)
        placeContext(&c)
    }

    static let personalPronouns = Lexicon(words: "he she him his her himself herself")

    /// "Trump told the forum he was…": a lone name followed, in its sentence and before any other
    /// name, by "he" or "she" is a person's (companies are "it" and "they").
    func personalPronoun(_ c: inout NameCandidate) {
        guard c.words.count == 1 else { return }
        let sentence = context.sentence(of: c.tokens.lowerBound)
        var k = c.tokens.upperBound
        var seen = 0
        while k < tokens.count, seen < 15, context.sentence(of: k) == sentence {
            let t = tokens[k]
            if t.kind == .word {
                if t.isCapitalized && !t.has(.sentenceStart) { return }  // another name first
                if t.has(.lowercase), NameTyping.personalPronouns.contains(t.hash) {
                    c.add(.person, 2)
                    return
                }
            }
            k += 1
            seen += 1
        }
    }

    static let placeHeads = Lexicon(words: "town city village province region district capital port area county state island suburb outskirts municipality enclave republic")
    static let directions = Lexicon(words: "north south east west northeast northwest southeast southwest northern southern eastern western outside near")

    /// "the town of Arbil", "north of Tavildara", "Tavildara province": words around a name that
    /// make it a place.
    func placeContext(_ c: inout NameCandidate) {
        let first = c.tokens.lowerBound
        let last = c.tokens.upperBound - 1
        if first >= 2, tokens[first - 1].hash == NameFinder.ofHash {
            let p = tokens[first - 2]
            if p.kind == .word && p.has(.lowercase) {
                if NameTyping.placeHeads.contains(p.hash) { c.add(.place, 6) }
                if NameTyping.directions.contains(p.hash) { c.add(.place, 4) }
            }
        }
        if last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 1].has(.lowercase),
            NameTyping.placeHeads.contains(tokens[last + 1].hash), c.words.count == 1
        {
            c.add(.place, 4)
        }
        // "Trenton, New Jersey", "Everett, Washington": a place before its state or country.
        if last + 2 < tokens.count, tokens[last + 1].isPunctuation(","), let m = PlaceLexicon.gazetteer.match(tokens, at: last + 2),
            m.entry.tag == PlaceLexicon.Kind.state.rawValue || m.entry.tag == PlaceLexicon.Kind.country.rawValue,
            PlaceLexicon.gazetteer.exact(words: c.words) == nil
        {
            c.add(.place, 6)
        }
    }

    /// Verbs and words between two sides of a match: "Leicestershire beat Somerset", "Kent v Surrey".
    static let matchWords = Lexicon(words: """
        beat beats defeated defeat drew draw thrashed edged routed crushed hammered trounced overcame
        outplayed eliminated knocked v vs vs. versus
        """)

    /// A city, county or state named as a side in a match is its team, an organisation: "Leicestershire
    /// beat Somerset", "Kent v Surrey", "Lotte 6 Hyundai 2". Countries stay places (national teams).
    func sportsTeam(_ c: inout NameCandidate) {
        guard c.placeKind != PlaceLexicon.Kind.country.rawValue, c.placeKind != PlaceLexicon.Kind.region.rawValue else { return }
        let first = c.tokens.lowerBound
        let last = c.tokens.upperBound - 1
        let sentence = c.sentence
        func word(_ k: Int) -> Token? { k >= 0 && k < tokens.count && context.sentence(of: k) == sentence ? tokens[k] : nil }
        var team = false
        if let n = word(last + 1), n.kind == .word, NameTyping.matchWords.contains(n.hash) { team = true }
        if let p = word(first - 1), p.kind == .word, NameTyping.matchWords.contains(p.hash) { team = true }
        if let p = word(first - 1), p.kind == .word, p.hash == Bytes.wordHash("to"), let pp = word(first - 2), pp.hash == Bytes.wordHash("lost") { team = true }
        // A score line: "Lotte 6 Hyundai 2", "Essex 532-8".
        if let n = word(last + 1), n.kind == .number {
            if let nn = word(last + 2), nn.kind == .word, nn.isCapitalized, let n3 = word(last + 3), n3.kind == .number { team = true }
            if let p = word(first - 2), p.kind == .word, p.isCapitalized, let p1 = word(first - 1), p1.kind == .number { team = true }
        }
        // On a sports page, a city in a table row ("NEW YORK 74 59 .556") or a fixture ("CHICAGO AT
        // ST LOUIS") is a team.
        if !team, context.isSportsPage, c.placeKind == PlaceLexicon.Kind.city.rawValue || c.placeKind == PlaceLexicon.Kind.state.rawValue {
            if let n = word(last + 1), n.kind == .number, let nn = word(last + 2), nn.kind == .number { team = true }
            if let n = word(last + 1), n.hash == Bytes.wordHash("at"), n.has(.allCaps) { team = true }
            if let p = word(first - 1), p.hash == Bytes.wordHash("at"), p.has(.allCaps) { team = true }
        }
        if team { c.add(.organization, c.placeKind != 0 ? 12 : 4) }
    }

    /// A name opening a paragraph and followed by a date or an agency credit is a dateline's
    /// place: "NOUAKCHOTT 1996-08-30", "WASHINGTON (Reuters) -", "LONDON, March 5 —".
    func dateline(_ c: inout NameCandidate) {
        let first = c.tokens.lowerBound
        guard tokens[first].has(.paragraphStart) else { return }
        var k = c.tokens.upperBound
        guard k < tokens.count else { return }
        if tokens[k].isPunctuation(",") { k += 1 }
        guard k < tokens.count else { return }
        let n = tokens[k]
        var isDateline = false
        if n.kind == .number && n.has(.hasDigit) && context.bytes[Int(n.start)..<Int(n.end)].contains(UInt8(ascii: "-")) { isDateline = true }
        if n.kind == .word && ThingLexicon.calendarWords.contains(n.hash) && k + 1 < tokens.count && tokens[k + 1].kind == .number { isDateline = true }
        if n.isPunctuation("("), k + 1 < tokens.count, OrganizationLexicon.known.single(tokens[k + 1].hash) != nil { isDateline = true }
        if isDateline { c.add(.place, 8) }
    }

    static let foreignArticles = Lexicon(words: "der die das le la les el il lo al")
    static let compassWords = Lexicon(words: "far north south east west northern southern eastern western upper lower central greater northeast northwest southeast southwest mid")

    /// English derivational endings that given names and surnames rarely have: "Humanitarian
    /// Affairs", "Ethical Treatment" are not people.
    static let englishEndings: [[UInt8]] = ["tion", "sion", "ment", "ness", "ity", "ism", "ical", "ous", "ive", "ful", "less", "able", "ible", "ance", "ence", "ship", "ture", "ary", "ery", "ics", "ing", "airs"].map { Array($0.utf8) }

    func looksLikeEnglishWord(_ k: Int) -> Bool {
        guard k < tokens.count else { return false }
        let t = tokens[k]
        guard t.kind == .word, t.length >= 6 else { return false }
        let end = Int(t.end)
        for ending in NameTyping.englishEndings where ending.count < t.length {
            var match = true
            for (n, b) in ending.enumerated() where Bytes.lower(context.bytes[end - ending.count + n]) != b {
                match = false
                break
            }
            if match { return true }
        }
        return false
    }

    /// How many leading words of `words` are a known organisation ("Rolls-Royce" in "Rolls-Royce Trent").
    static func knownOrganizationPrefix(_ words: [UInt64]) -> Int? {
        var n = words.count - 1
        while n >= 1 {
            if OrganizationLexicon.known.exact(words: words[0..<n]) != nil { return n }
            n -= 1
        }
        return nil
    }

    func genderOf(_ h: UInt64) -> Gender {
        let male = PersonLexicon.maleNames.contains(h)
        let female = PersonLexicon.femaleNames.contains(h)
        if male && !female { return .male }
        if female && !male { return .female }
        return .unknown
    }

    /// The honorific right before token `i` ("Mr." / "Mr"), if any.
    func honorific(before i: Int) -> UInt64? {
        var k = i - 1
        if k >= 0, tokens[k].isPunctuation(".") { k -= 1 }
        guard k >= 0, tokens[k].kind == .word, tokens[k].isCapitalized else { return nil }
        let h = tokens[k].hash
        return finder.isHonorific(h) ? h : nil
    }

    /// Whether a title ends right before token `i` (allowing a comma): "CEO Tim Cook",
    /// "chief executive Tim Cook", "Ryanair CEO, Michael O'Leary".
    func titleEnds(at i: Int) -> Bool { titleRange(endingAt: i) != nil }

    func titleRange(endingAt i: Int) -> Range<Int>? {
        var end = i
        if end > 0, tokens[end - 1].isPunctuation(",") { end -= 1 }
        let sentence = context.sentence(of: i)
        var q = max(0, end - 5)
        while q < end {
            if context.sentence(of: q) == sentence, tokens[q].kind == .word, let m = RoleLexicon.titles.match(tokens, at: q, limit: end),
                q + m.length == end, !(m.length == 1 && tokens[q].has(.lowercase) && RoleLexicon.adjectiveTitles.contains(tokens[q].hash))
            {
                // A comma between title and name only after a capitalised or organisation-qualified title.
                return q..<end
            }
            q += 1
        }
        return nil
    }

    /// "Chairman Lei Jun" right at `i`: a title followed by a name.
    func titleFollowsOrganization(at i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .word, let m = RoleLexicon.titles.match(tokens, at: i) else { return false }
        var next = i + m.length
        if next < tokens.count, tokens[next].isPunctuation(",") { next += 1 }
        guard next < tokens.count else { return false }
        return finder.isNameWord(next, inRun: true)
    }

    /// "X, the chairman of …" / "X, a fellow smartphone maker" / "X, 45,": what the appositive says X is.
    func appositive(after comma: Int, _ c: inout NameCandidate) {
        var k = comma + 1
        guard k < tokens.count else { return }
        // ", 45,": an age.
        if tokens[k].kind == .number, tokens[k].length <= 2, k + 1 < tokens.count, tokens[k + 1].isPunctuation(",") || tokens[k + 1].isPunctuation(".") {
            c.add(.person, 8)
            return
        }
        let sentence = context.sentence(of: comma)
        var steps = 0
        while k < tokens.count, steps < 7, context.sentence(of: k) == sentence {
            let t = tokens[k]
            if t.kind == .punctuation || t.kind == .quote { return }
            if t.kind == .word {
                if let m = RoleLexicon.titles.match(tokens, at: k), t.has(.lowercase) || steps > 0 {
                    _ = m
                    c.add(.person, 5)
                    return
                }
                if let type = nounClass(k) {
                    c.add(type, type == .place ? 3 : 5)
                    return
                }
                if RoleLexicon.speechVerbs.contains(t.hash) { return }
            }
            k += 1
            steps += 1
        }
    }

    /// The type a common noun refers to: "maker" → organisation, "executive" → person.
    /// Plurals count too ("manufacturers").
    func nounClass(_ i: Int) -> EntityType? {
        let t = tokens[i]
        guard t.kind == .word, t.has(.lowercase) else { return nil }
        if let type = NameTyping.nounClass(hash: t.hash) { return type }
        let end = Int(t.end)
        if t.length > 3, context.bytes[end - 1] == 0x73 {
            return NameTyping.nounClass(hash: context.hash(Int(t.start)..<(end - 1)))
        }
        return nil
    }

    static func nounClass(hash h: UInt64) -> EntityType? {
        if RoleLexicon.organizationNouns.contains(h) { return .organization }
        if RoleLexicon.personNouns.contains(h) { return .person }
        if RoleLexicon.placeNouns.contains(h) { return .place }
        return nil
    }

    // MARK: One type per name

    func resolve(_ candidates: inout [NameCandidate]) {
        // 1. The same words get the same type: sum the evidence of every occurrence. Groups are
        // numbered in order of first occurrence; one hash lookup per candidate.
        var groupOf: [[UInt64]: Int] = [:]
        groupOf.reserveCapacity(candidates.count)
        var members: [[Int]] = []
        var groupWords: [[UInt64]] = []
        var groupIndex = [Int](repeating: 0, count: candidates.count)
        for (k, c) in candidates.enumerated() {
            if let g = groupOf[c.words] {
                members[g].append(k)
                groupIndex[k] = g
            } else {
                groupOf[c.words] = members.count
                groupIndex[k] = members.count
                members.append([k])
                groupWords.append(c.words)
            }
        }
        var typeOfGroup: [EntityType] = []
        var personScoreOfGroup: [Int] = []
        var otherScoreOfGroup: [Int] = []
        typeOfGroup.reserveCapacity(members.count)
        for (g, words) in groupWords.enumerated() {
            var total = TypeScores()
            var listed = 0
            for m in members[g] {
                total &+= candidates[m].scores
                listed += candidates[m].listedPoints
            }
            // Nothing to go on: several words are most often a person, one word an organisation.
            if NameTyping.highest(total) < 2 {
                let member = candidates[members[g][0]]
                let english = member.tokens.contains { looksLikeEnglishWord($0) }
                total[words.count >= 2 && !english ? EntityType.person.ordinal : EntityType.organization.ordinal] += 1
            }
            typeOfGroup.append(NameTyping.best(total))
            personScoreOfGroup.append(total[EntityType.person.ordinal])
            otherScoreOfGroup.append(NameTyping.highest(total, except: EntityType.person.ordinal) - listed)
        }
        // 2. Words of a person's full name are that person: "Jun" after "Lei Jun".
        var personWords: WordSet = []
        var organizationFirstWords: WordSet = []
        var organizationInitials: Set<String> = []
        for (g, words) in groupWords.enumerated() where words.count >= 2 {
            let type = typeOfGroup[g]
            if type == .person && personScoreOfGroup[g] >= 3 {
                // Given name and surname: "Jun" for "Lei Jun", "Bush" for "George W. Bush".
                for w in [words.first, words.last].compactMap({ $0 }) where !PersonLexicon.particles.contains(w) { personWords.insert(w) }
            } else if type == .organization {
                if let f = words.first, !CommonWords.lexicon.contains(f), PlaceLexicon.gazetteer.single(f) == nil,
                    PlaceLexicon.demonyms.single(f) == nil
                {
                    organizationFirstWords.insert(f)
                }
            }
        }
        for (k, c) in candidates.enumerated() where c.words.count >= 2 && typeOfGroup[groupIndex[k]] == .organization {
            organizationInitials.insert(initials(of: c))
        }
        for k in candidates.indices {
            let c = candidates[k]
            var type = typeOfGroup[groupIndex[k]]
            if c.words.count == 1, let w = c.words.first {
                // A listed place yields to a person only without its own place cue ("in Jordan").
                let listed = c.scores[EntityType.organization.ordinal] >= 12 || c.scores[EntityType.place.ordinal] >= 12
                // …and so does a name the article itself describes otherwise ("tyre giant Pirelli").
                // (Weak cues summed over many mentions — "Trump said", "Trump's plans" — are not a
                // description: the other type must also outweigh the person evidence.)
                let g = groupIndex[k]
                let described = otherScoreOfGroup[g] >= 5 && otherScoreOfGroup[g] > personScoreOfGroup[g]
                if personWords.contains(w) && !listed && !described && c.hyphenSuffix == nil {
                    type = .person
                } else if organizationFirstWords.contains(w) && type != .place {
                    type = .organization
                } else if tokens[c.tokens.lowerBound].has(.allCaps), organizationInitials.contains(lowercasedLetters(c.range)) {
                    type = .organization
                }
            }
            candidates[k].type = type
        }
    }

    /// The highest of the six type scores (optionally leaving one type out; 0 if none is left).
    static func highest(_ scores: TypeScores, except skipped: Int = -1) -> Int {
        var best: Int? = nil
        for t in 0..<EntityType.count where t != skipped { best = max(best ?? scores[t], scores[t]) }
        return best ?? 0
    }

    static func best(_ scores: TypeScores) -> EntityType {
        // Ties go to the more specific evidence: place and organisation lists, then person.
        let order: [EntityType] = [.place, .organization, .person, .event, .product, .other]
        var bestType = EntityType.other
        var bestScore = 0
        for t in order where scores[t.ordinal] > bestScore {
            bestScore = scores[t.ordinal]
            bestType = t
        }
        return bestType
    }

    /// "Government Accountability Office" → "gao"; "Federal Bureau of Investigation" → "fbi".
    func initials(of c: NameCandidate) -> String {
        var s = ""
        for k in c.tokens where k < tokens.count {
            let t = tokens[k]
            guard t.kind == .word, t.isCapitalized || t.has(.allCaps) else { continue }
            let b = context.bytes[Int(t.start)]
            if b < 0x80 { s.append(Character(Unicode.Scalar(Bytes.lower(b)))) }
        }
        return s
    }

    func lowercasedLetters(_ range: Range<Int>) -> String {
        var s = ""
        for k in range where k < context.bytes.count {
            let b = context.bytes[k]
            if Bytes.isASCIILetter(b) { s.append(Character(Unicode.Scalar(Bytes.lower(b)))) }
        }
        return s
    }
}
