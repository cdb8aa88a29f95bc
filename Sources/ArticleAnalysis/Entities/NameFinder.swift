/// A stretch of text that names something: "Lei Jun", "The Wall Street Journal", "Mate 10 Pro",
/// "Beijing" in "Beijing-based". Found by `NameFinder`, typed by `NameTyping`.
struct NameCandidate {
    /// Token indices. The last token may be only partly covered (see `range`).
    var tokens: Range<Int>
    /// UTF-8 byte range of the name itself.
    var range: Range<Int>
    /// Case-folded hashes of the name's words, in order (initials' periods and "&" dropped).
    var words: [UInt64]
    var sentence: Int
    /// The name is the first part of a hyphenated word: "Beijing" in "Beijing-based".
    var hyphenSuffix: UInt64? = nil
    /// In a headline or ALL CAPS line.
    var caseless = false
    /// Evidence for each type, indexed by `EntityType.ordinal`.
    var scores = TypeScores()
    var type: EntityType = .other
    /// Canonical name from a gazetteer ("united states"), if any.
    var canonical: String? = nil
    var placeKind: UInt8 = 0
    var gender: Gender = .unknown
    /// A definition in parentheses right after it: "Government Accountability Office (GAO)".
    var acronymDefinition: Int? = nil
    /// Points that came from gazetteers (known places and organisations), not from context.
    var listedPoints = 0

    var isSingleWord: Bool { words.count == 1 }

    mutating func add(_ type: EntityType, _ points: Int) { scores[type.ordinal] += points }
}

/// Evidence for each entity type, by `EntityType.ordinal` (six used of eight lanes): a value,
/// not a heap array, so candidates copy and sum without allocating.
typealias TypeScores = SIMD8<Int>

enum Gender: UInt8 {
    case unknown, male, female
}

extension EntityType {
    var ordinal: Int {
        switch self {
        case .person: return 0
        case .organization: return 1
        case .place: return 2
        case .product: return 3
        case .event: return 4
        case .other: return 5
        }
    }

    static let byOrdinal: [EntityType] = [.person, .organization, .place, .product, .event, .other]
    /// How many types there are (the used lanes of `TypeScores`).
    static let count = 6
}

/// Finds the stretches of capitalised words that name things, sentence by sentence: joins
/// "of"/"de"/"&" inside names, stops at possessives and titles ("Xiaomi Chairman Lei Jun" is an
/// organisation, a title and a person), takes numbers into product and event names, and in
/// headlines or ALL CAPS lines trusts only what the rest of the article shows.
struct NameFinder {
    let context: EntityContext
    var tokens: [Token] { context.tokens }

    static let ofHash = Bytes.wordHash("of")
    static let forHash = Bytes.wordHash("for")
    static let andHash = Bytes.wordHash("and")
    static let theHash = Bytes.wordHash("the")
    static let onHash = Bytes.wordHash("on")
    /// Bodies named for their subject with "on": "Intergovernmental Panel on Climate Change",
    /// "Committee on Foreign Relations", "Conference on Disarmament".
    static let onSubjectHeads = WordSet(["panel", "committee", "subcommittee", "commission", "council", "conference", "forum", "summit", "convention", "taskforce"].map(Bytes.wordHash))
    static let iHash = Bytes.wordHash("i")

    /// Suffixes after a hyphen that leave the part before it a name: "Beijing-based".
    static let hyphenSuffixes = Lexicon(words: """
        based headquartered born bred owned backed led run made branded built funded controlled listed
        registered linked style like era friendly focused centric powered bound related specific wide level
        class sized affiliated allied aligned sponsored supported dominated operated managed designed
        educated trained raised native american area region style wide
        """)
    static let placeSuffixes = Lexicon(words: "based headquartered born bred native educated raised")
    static let weekdays = Lexicon(words: "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun today tonight yesterday tomorrow")

    func find() -> [NameCandidate] {
        var result = runs()
        // Calendar words that are also part of a name in this article: "Jun did admit" after
        // "Lei Jun" ("Jun" is otherwise June), "May" after "Theresa May".
        var nameParts: WordSet = []
        for c in result where c.words.count >= 2 {
            for w in c.words.dropFirst() where ThingLexicon.calendarWords.contains(w) && !NameFinder.weekdays.contains(w) { nameParts.insert(w) }
        }
        guard !nameParts.isEmpty else { return result }
        var extra: [NameCandidate] = []
        var covered = Set<Int>()
        for c in result { for k in c.tokens { covered.insert(k) } }
        for (i, t) in tokens.enumerated() where t.kind == .word && t.isCapitalized && nameParts.contains(t.hash) && !covered.contains(i) {
            let s = context.sentence(of: i)
            guard s >= 0, !context.skipped[s] else { continue }
            if i + 1 < tokens.count, tokens[i + 1].kind == .number || tokens[i + 1].isPunctuation(".") && tokens[i].has(.noSpaceAfter) { continue }
            var c = NameCandidate(tokens: i..<(i + 1), range: t.range, words: [t.hash], sentence: s)
            c.caseless = context.isCaseless(i)
            extra.append(c)
        }
        result.append(contentsOf: extra)
        result.sort { $0.range.lowerBound < $1.range.lowerBound }
        return result
    }

    func runs() -> [NameCandidate] {
        var result: [NameCandidate] = []
        for (s, sentence) in context.document.sentences.enumerated() where !context.skipped[s] {
            var i = sentence.tokens.lowerBound
            let end = min(sentence.tokens.upperBound, tokens.count)
            while i < end {
                // Most tokens are not capitalised: skipping them here saves building an empty
                // result for each.
                guard mayStartName(tokens[i]) else {
                    i += 1
                    continue
                }
                if let candidate = candidate(at: i, end: end, sentence: s) {
                    result.append(candidate)
                    i = max(candidate.tokens.upperBound, i + 1)
                } else {
                    i += 1
                }
            }
        }
        return result
    }

    // MARK: Words

    /// Whether token `i` can be part of a name, judged on its own.
    func isNameWord(_ i: Int, inRun: Bool) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let t = tokens[i]
        guard t.kind == .word, !t.has(.possessive) else { return false }
        let innerCapital = EntityContext.isInnerCapital(t, context.bytes)
        guard t.isCapitalized || innerCapital else { return false }
        if t.hash == NameFinder.iHash && t.length == 1 { return false }
        if ThingLexicon.nonNames.contains(t.hash) { return false }
        if ThingLexicon.calendarWords.contains(t.hash) && !inRun { return false }
        if t.has(.hyphenated) && isHyphenPrefix(i) { return false }
        if t.has(.hyphenated) && startsWithGroupWord(t) { return false }
        if context.isCaseless(i) && !(t.has(.allCaps) && !context.isAllCapsLine(i)) {
            if hasNameEvidence(i) { return true }
            // In a Title Case line an unknown word beside a proven one is taken ("Evan Selleck");
            // in an ALL CAPS line nothing unproven is.
            return inRun && !context.isAllCapsLine(i) && !context.isCommonWord(i) && !context.seenOnlyLowercase(t.hash)
        }
        if t.has(.sentenceStart) || follows(i, quoteOrColon: true) {
            if hasNameEvidence(i) { return true }
            if context.isCommonWord(i) {
                // "Bill Gates said…": a common word that is also a given name, before a name.
                return isGivenName(t.hash) && isNameWord(i + 1, inRun: true)
            }
            return true
        }
        if t.has(.allCaps) && OrganizationLexicon.commonAcronyms.contains(t.hash) { return inRun && !RoleLexicon.titles.single(t.hash).isSome }
        return true
    }

    /// Capitals the article (or a list) vouches for: capitalised elsewhere mid-sentence, or a
    /// known place, organisation or given name that is not also a common word.
    func hasNameEvidence(_ i: Int) -> Bool {
        let t = tokens[i]
        let h = t.hash
        if CommonWords.function.contains(h) { return false }
        let capitals = context.capitalized[h] ?? 0
        let lowers = context.lowercase[h] ?? 0
        if capitals > lowers { return true }
        if lowers > 0 { return false }
        let common = CommonWords.lexicon.contains(h)
        if common { return false }
        if PlaceLexicon.gazetteer.single(h) != nil || OrganizationLexicon.known.single(h) != nil { return true }
        if isGivenName(h) || PersonLexicon.surnames.contains(h) { return true }
        if ThingLexicon.knownEvents.single(h) != nil { return true }
        if context.isRepeatedCapital(t) { return true }
        if t.has(.allCaps) && !context.isAllCapsLine(i) && !OrganizationLexicon.commonAcronyms.contains(h) { return true }
        if EntityContext.isInnerCapital(t, context.bytes) { return true }
        return false
    }

    func isGivenName(_ h: UInt64) -> Bool { PersonLexicon.maleNames.contains(h) || PersonLexicon.femaleNames.contains(h) }

    /// Whether token `i` comes right after an opening quotation mark, a colon or a dash.
    func follows(_ i: Int, quoteOrColon: Bool) -> Bool {
        guard i > 0 else { return false }
        let p = tokens[i - 1]
        return p.kind == .quote || p.isPunctuation(":") || p.isPunctuation("—") || p.isPunctuation("–") || (p.isPunctuation("-") && p.has(.spaceBefore)) || p.isPunctuation("(")
    }

    /// "Kurdish-speaking", "Chinese-made": a demonym or group word before a hyphen.
    func startsWithGroupWord(_ t: Token) -> Bool {
        var k = Int(t.start)
        while k < Int(t.end), context.bytes[k] != 0x2D { k += 1 }
        guard k < Int(t.end), k > Int(t.start) else { return false }
        let h = context.hash(Int(t.start)..<k)
        return PlaceLexicon.demonyms.single(h) != nil || PlaceLexicon.groups.contains(h)
    }

    /// "Beijing-based": the part before the hyphen is a name, the part after a lowercase suffix.
    func isHyphenPrefix(_ i: Int) -> Bool { hyphenSplit(i) != nil }

    /// For "Beijing-based": the byte where the name ends and the suffix's hash.
    func hyphenSplit(_ i: Int) -> (nameEnd: Int, suffix: UInt64)? {
        let t = tokens[i]
        guard t.has(.hyphenated) else { return nil }
        let bytes = context.bytes
        var lastHyphen = -1
        var firstHyphen = -1
        var k = Int(t.start)
        while k < Int(t.end) {
            if bytes[k] == 0x2D {
                if firstHyphen < 0 { firstHyphen = k }
                lastHyphen = k
            }
            k += 1
        }
        guard firstHyphen > Int(t.start), lastHyphen + 1 < Int(t.end), Bytes.isLower(bytes[lastHyphen + 1]) else { return nil }
        let suffix = context.hash((lastHyphen + 1)..<Int(t.end))
        // A listed suffix, or a participle ("FDA-approved", "Paris-bound") after a known name.
        if !NameFinder.hyphenSuffixes.contains(suffix) {
            let prefix = context.hash(Int(t.start)..<firstHyphen)
            let end = Int(t.end)
            let participle = end - lastHyphen > 4
                && ((bytes[end - 2], bytes[end - 1]) == (0x65, 0x64) || (bytes[end - 3], bytes[end - 2], bytes[end - 1]) == (0x69, 0x6E, 0x67))
            let known = OrganizationLexicon.known.single(prefix) != nil || PlaceLexicon.gazetteer.single(prefix) != nil || context.seenCapitalized(prefix)
            guard participle && known else { return nil }
        }
        return (firstHyphen, suffix)
    }

    // MARK: Runs

    /// Every name starts with a capital, all capitals, or an inner capital ("iPhone").
    @inline(__always) func mayStartName(_ t: Token) -> Bool {
        t.kind == .word && (t.isCapitalized || t.has(.allCaps) || EntityContext.isInnerCapital(t, context.bytes))
    }

    func candidate(at start: Int, end: Int, sentence: Int) -> NameCandidate? {
        let i = start
        let t = tokens[i]
        // Every name starts with a capital (or an inner capital: "iPhone"): most words are skipped
        // here, before any lexicon is consulted.
        guard mayStartName(t) else { return nil }
        if isMoneyAmount(i) { return nil }
        // A title before a name is not part of it: "Chairman Lei Jun", "President Trump".
        if let title = titleBreak(at: i, end: end) { _ = title; return nil }
        // Nor is an honorific written without its full stop, as British and Australian papers do:
        // "Mr Lording", "Dr Olsen" (the name starts at the next word; "Mr." stops at the period).
        // A party label before a person's name: "Democrat Hillary Clinton", "Republican Ted Cruz"
        // ("Republican National Committee" keeps it: no given name follows).
        if NameFinder.partyLabels.contains(t.hash), i + 2 < end, isGivenName(tokens[i + 1].hash), isNameWord(i + 2, inRun: true) {
            return nil
        }
        // ("Lady" and "Lord" stay: "Lady Gaga" is a name.)
        if NameFinder.abbreviatedHonorifics.contains(t.hash), i + 1 < end, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized {
            return nil
        }
        // A name hyphenated to a suffix: "Beijing-based", "Xiaomi-branded".
        if t.kind == .word, (t.isCapitalized || t.has(.allCaps)), let split = hyphenSplit(i) {
            let prefix = Int(t.start)..<split.nameEnd
            let h = context.hash(prefix)
            if CommonWords.lexicon.contains(h) && !context.seenCapitalized(h) { return nil }
            if OrganizationLexicon.commonAcronyms.contains(h) || PlaceLexicon.demonyms.single(h) != nil { return nil }
            var c = NameCandidate(tokens: i..<(i + 1), range: prefix, words: [h], sentence: sentence)
            c.hyphenSuffix = split.suffix
            c.caseless = context.isCaseless(i)
            return c
        }
        // Known multiword names first ("General Motors", "The Hague", "Bosnia and Herzegovina").
        var length = 0
        var known = knownPhrase(at: i, end: end)
        if t.kind == .word, t.length == 1, t.isCapitalized, t.has(.noSpaceAfter), i + 2 < end, tokens[i + 1].isPunctuation("."),
            isNameWord(i + 2, inRun: true), !context.isAllCapsLine(i)
        {
            // An initial opens a name: "J. Pooley", "T.O'Gorman".
            length = 2
            known = 0
        } else if known > 1 && (tokens[i].isCapitalized || tokens[i].has(.allCaps) || EntityContext.isInnerCapital(tokens[i], context.bytes)) {
            length = known
        } else {
            known = 0
            guard isNameWord(i, inRun: false) else { return nil }
            // In a headline, an unproven word starts a name only beside a proven one (an acronym in
            // a Title Case line proves itself).
            if context.isCaseless(i) && !hasNameEvidence(i) && !(t.has(.allCaps) && !context.isAllCapsLine(i)) { return nil }
            length = 1
        }
        var j = i + length
        var words: [UInt64] = []
        for k in i..<j where tokens[k].kind == .word || tokens[k].isPunctuation("&") { words.append(tokens[k].hash) }
        var rangeEnd = Int(tokens[j - 1].end)
        var ofJoined = false
        var hyphenSuffix: UInt64? = nil
        extend: while j < end {
            let n = tokens[j]
            if n.has(.possessive) { break }
            if titleBreak(at: j, end: end) != nil { break }
            // "AT&T", "Procter & Gamble", "S&P"
            if n.isPunctuation("&"), j + 1 < end, isNameWord(j + 1, inRun: true) {
                words.append(n.hash)
                words.append(tokens[j + 1].hash)
                rangeEnd = Int(tokens[j + 1].end)
                j += 2
                continue
            }
            if n.kind == .word {
                // A name hyphenated to a suffix ends the name: "New York-based".
                if n.isCapitalized, let split = hyphenSplit(j) {
                    words.append(context.hash(Int(n.start)..<split.nameEnd))
                    rangeEnd = split.nameEnd
                    hyphenSuffix = split.suffix
                    j += 1
                    break extend
                }
                // An initial: "George W. Bush"
                if n.length == 1, n.isCapitalized, n.has(.noSpaceAfter), j + 2 < end, tokens[j + 1].isPunctuation("."),
                    isNameWord(j + 2, inRun: true)
                {
                    words.append(n.hash)
                    j += 2
                    continue
                }
                if isNameWord(j, inRun: true) && !(n.has(.sentenceStart)) {
                    if ThingLexicon.calendarWords.contains(n.hash), j + 1 < end, tokens[j + 1].kind == .number { break }
                    // A title ending the run is the role of someone named later, not part of the
                    // name: "Airbus President and Chief Executive Officer, Tom Enders", "the
                    // Federal Reserve Chairman said".
                    // (After an initial it is a surname: "Peter T. King".)
                    if RoleLexicon.titles.single(n.hash) != nil, OrganizationLexicon.keywords.contains(n.hash) == false,
                        !(j + 1 < end && isNameWord(j + 1, inRun: true)), Int(tokens[j - 1].end) == rangeEnd, tokens[j - 1].kind == .word
                    {
                        break
                    }
                    words.append(n.hash)
                    rangeEnd = Int(n.end)
                    j += 1
                    continue
                }
                // Particles inside personal names: "Charles de Gaulle", "Ludwig van Beethoven".
                if n.has(.lowercase), PersonLexicon.particles.contains(n.hash), j + 1 < end, isNameWord(j + 1, inRun: true),
                    !PlaceLexicon.gazetteer.single(tokens[j + 1].hash).isSome || words.count > 1
                {
                    words.append(n.hash)
                    words.append(tokens[j + 1].hash)
                    rangeEnd = Int(tokens[j + 1].end)
                    j += 2
                    continue
                }
                // "University of Michigan", "Bank of America", "Gulf of Mexico", "Department of Housing and …"
                // Inside such a name a further "of" continues it: "Office for the Coordination of
                // Humanitarian Affairs".
                if n.hash == NameFinder.ofHash || n.hash == NameFinder.forHash || n.hash == NameFinder.onHash, let last = words.last,
                    n.hash == NameFinder.onHash
                        ? NameFinder.onSubjectHeads.contains(last)
                        : OrganizationLexicon.keywords.contains(last) || ThingLexicon.placeOfHeads.contains(last)
                            || (n.hash == NameFinder.ofHash && (ThingLexicon.eventKeywords.contains(last) || ofJoined))
                {
                    var k = j + 1
                    if k < end, tokens[k].hash == NameFinder.theHash { k += 1 }
                    if k < end, isNameWord(k, inRun: true), titleBreak(at: k, end: end) == nil,
                        n.hash != NameFinder.onHash || !ThingLexicon.calendarWords.contains(tokens[k].hash)
                    {
                        words.append(n.hash)
                        if k > j + 1 { words.append(NameFinder.theHash) }
                        words.append(tokens[k].hash)
                        rangeEnd = Int(tokens[k].end)
                        j = k + 1
                        ofJoined = true
                        continue
                    }
                }
                if ofJoined, n.hash == NameFinder.andHash, j + 1 < end, isNameWord(j + 1, inRun: true),
                    PlaceLexicon.gazetteer.single(tokens[j + 1].hash) == nil, OrganizationLexicon.known.single(tokens[j + 1].hash) == nil
                {
                    words.append(n.hash)
                    words.append(tokens[j + 1].hash)
                    rangeEnd = Int(tokens[j + 1].end)
                    j += 2
                    continue
                }
                // "Occupational Safety and Health Administration": two subjects joined by "and",
                // then the organisation's keyword. Names known on their own ("Apple and Google
                // Inc") stay apart.
                if !ofJoined, n.hash == NameFinder.andHash, let lastWord = words.last, !OrganizationLexicon.keywords.contains(lastWord),
                    !OrganizationLexicon.legalSuffixes.contains(lastWord), let after = andJoinedOrganizationEnd(from: j + 1, end: end),
                    !words.contains(where: { OrganizationLexicon.known.single($0) != nil || PlaceLexicon.gazetteer.single($0) != nil || isGivenName($0) })
                {
                    words.append(n.hash)
                    for k in (j + 1)..<after { words.append(tokens[k].hash) }
                    rangeEnd = Int(tokens[after - 1].end)
                    j = after
                    continue
                }
                // "Breaking the Silence", "Teaching the Future": a capitalised -ing word, "the" and a
                // capitalised word name a group or a work, mid-sentence.
                if n.hash == NameFinder.theHash, words.count == 1, j == i + 1, !tokens[i].has(.sentenceStart), endsInIng(i),
                    j + 1 < end, isNameWord(j + 1, inRun: true), !ThingLexicon.calendarWords.contains(tokens[j + 1].hash)
                {
                    words.append(n.hash)
                    words.append(tokens[j + 1].hash)
                    rangeEnd = Int(tokens[j + 1].end)
                    j += 2
                    continue
                }
                // Model numbers written as words: "Galaxy S9", handled as name words above.
                break
            }
            if n.kind == .number || (n.kind == .word && n.has(.hasDigit) && !n.isCapitalized && !n.has(.lowercase)) {
                if let taken = numberJoin(words: words, at: j, end: end) {
                    for k in j..<(j + taken) where tokens[k].kind == .word || tokens[k].kind == .number { words.append(tokens[k].hash) }
                    rangeEnd = Int(tokens[j + taken - 1].end)
                    j += taken
                    continue
                }
            }
            break
        }
        // "Vantor Inc.", "Martin Luther King Jr.": the abbreviation's period belongs to the name.
        if j < tokens.count, tokens[j].isPunctuation("."), tokens[j].length == 1, let lastWord = words.last,
            tokens[j - 1].has(.noSpaceAfter), OrganizationLexicon.legalSuffixes.contains(lastWord) || PersonLexicon.suffixes.contains(lastWord),
            words.count >= 2
        {
            rangeEnd = Int(tokens[j].end)
            j += 1
        }
        // Leading demonyms are adjectives, not names: "Chinese President" — unless they open an
        // organisation's name ("Chinese Academy of Sciences").
        var first = i
        var firstWord = 0
        while firstWord < words.count - 1, first < j, PlaceLexicon.demonyms.single(words[firstWord]) != nil,
            known == 0, !containsOrganizationCue(words)
        {
            firstWord += 1
            first += 1
        }
        // "Secretary of State Condoleezza Rice", "Minister for Immigration Jane Hale": the word
        // after the title's "of" or "for" completes the title; the person's name follows it.
        if firstWord == 0, words.count >= 3, first == i, i >= 2, tokens[i - 1].hash == NameFinder.ofHash || tokens[i - 1].hash == NameFinder.forHash,
            i + 1 < j, tokens[i + 1].kind == .word,
            !words.dropFirst().contains(where: { OrganizationLexicon.keywords.contains($0) || ThingLexicon.placeKeywords.contains($0) || PlaceLexicon.gazetteer.single($0) != nil }),
            titleEndsWithComplement(at: i)
        {
            firstWord = 1
            first = i + 1
        }
        // A demonym of several words ("South Korean") is not a name either.
        if PlaceLexicon.demonyms.exact(words: words[firstWord...]) != nil && PlaceLexicon.gazetteer.exact(words: words[firstWord...]) == nil {
            return nil
        }
        // A lone demonym or common acronym is not a name.
        if words.count - firstWord == 1 {
            let h = words[firstWord]
            if (PlaceLexicon.demonyms.single(h) != nil || PlaceLexicon.groups.contains(h)) && PlaceLexicon.gazetteer.single(h) == nil
                && OrganizationLexicon.known.single(h) == nil
            {
                return nil
            }
            if isPluralDemonym(first) { return nil }
        }
        // "US$", "HK$": a currency, not a place.
        if j < end, tokens[j].isPunctuation("$"), !tokens[j].has(.spaceBefore) { return nil }
        // Lone titles and honorifics ("the President said") are not names here.
        if words.count - firstWord == 1, hyphenSuffix == nil {
            let h = words[firstWord]
            if RoleLexicon.titles.single(h) != nil && !OrganizationLexicon.known.single(h).isSome && PlaceLexicon.gazetteer.single(h) == nil {
                return nil
            }
            if isHonorific(h) { return nil }
        }
        // A lone unknown word opening a sentence is a name only with a cue after it ("Ryanair said",
        // "Ryanair's"), or when the article capitalises it elsewhere.
        if j == i + 1, words.count == 1, !context.isCaseless(i), t.has(.sentenceStart) || follows(i, quoteOrColon: true),
            !hasNameEvidence(i), j < end
        {
            if !subjectCue(j) || opensAsAdverbOrParticiple(i, next: j) { return nil }
        }
        // Single letters are initials or table columns, not names ("W L PCT").
        if words[firstWord...].allSatisfy({ EntityBuilder.initialHashes.contains($0) }) { return nil }
        // Capitalised common words with nothing else ("Second", "Test") are not names.
        if hyphenSuffix == nil, known == 0, words[firstWord...].allSatisfy({ CommonWords.lexicon.contains($0) }),
            !words[firstWord...].contains(where: { OrganizationLexicon.keywords.contains($0) || ThingLexicon.placeKeywords.contains($0) || ThingLexicon.eventKeywords.contains($0) || PlaceLexicon.gazetteer.single($0) != nil || OrganizationLexicon.known.single($0) != nil || isGivenName($0) })
        {
            return nil
        }
        var c = NameCandidate(
            tokens: first..<j, range: Int(tokens[first].start)..<rangeEnd, words: Array(words[firstWord...]), sentence: sentence)
        c.hyphenSuffix = hyphenSuffix
        c.caseless = context.isCaseless(i)
        // "Government Accountability Office (GAO)"
        // (an all-caps word whose first letter starts one of the name's words).
        if j + 2 < end, tokens[j].isPunctuation("("), tokens[j + 1].kind == .word, tokens[j + 1].has(.allCaps),
            tokens[j + 2].isPunctuation(")"), c.words.count >= 2
        {
            let initial = Bytes.lower(context.bytes[Int(tokens[j + 1].start)])
            if c.tokens.contains(where: { tokens[$0].kind == .word && Bytes.lower(context.bytes[Int(tokens[$0].start)]) == initial }) {
                c.acronymDefinition = j + 1
            }
        }
        // "Halvard Mining (TSX: HLV)", "(NYSE:GM)": a stock ticker after an exchange names the company too.
        if c.acronymDefinition == nil, j + 4 < end, tokens[j].isPunctuation("("), tokens[j + 1].kind == .word,
            tokens[j + 1].has(.allCaps) || tokens[j + 1].has(.capitalized), tokens[j + 2].isPunctuation(":"), tokens[j + 3].kind == .word,
            tokens[j + 3].has(.allCaps), tokens[j + 3].length <= 5, tokens[j + 4].isPunctuation(")")
        {
            c.acronymDefinition = j + 3
        }
        return c
    }

    /// "Austrians", "Libyans": a demonym with a plural s.
    func isPluralDemonym(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        let t = tokens[i]
        guard t.length > 3, context.bytes[Int(t.end) - 1] == 0x73 else { return false }
        let stem = context.hash(Int(t.start)..<(Int(t.end) - 1))
        return PlaceLexicon.demonyms.single(stem) != nil || PlaceLexicon.groups.contains(stem)
    }

    static let auxiliaries = Lexicon(words: """
        is was are were has had have will would can could may might should must did does do shall
        isn't wasn't hasn't hadn't won't wouldn't can't couldn't didn't doesn't don't also
        """)

    /// Whether the word after a sentence-opening unknown word reads like its verb ("Vantor opened",
    /// "Ryanair said", "Nokia is", "Kent beat"), a possessive or an appositive comma — so the word
    /// is a name and not a capitalised common word ("Keeping costs low…", "Attendance: 10,000").
    /// The end of a run of up to four name words from `k` that ends with an organisation's keyword
    /// ("Health Administration"), none of them a known name on its own.
    func andJoinedOrganizationEnd(from k: Int, end: Int) -> Int? {
        var m = k
        while m < end, m - k < 4, tokens[m].kind == .word, isNameWord(m, inRun: true) {
            let h = tokens[m].hash
            if OrganizationLexicon.known.single(h) != nil || PlaceLexicon.gazetteer.single(h) != nil || isGivenName(h) { return nil }
            m += 1
        }
        // A subject and the keyword at least: "Safety and Administration" names nothing.
        guard m >= k + 2 else { return nil }
        return OrganizationLexicon.keywords.contains(tokens[m - 1].hash) ? m : nil
    }

    /// Currency codes written straight before an amount ("US3000", "A8,800", "AUD1.102" where
    /// the dollar sign was lost).
    static let currencyPrefixes = Lexicon(words: "us usd a au aud nz nzd hk hkd c ca cad s sgd eur gbp rs rm")

    /// A currency code and an amount in one token: four digits or more, or digits continued by a
    /// separator ("US55.40", "US1,000"). "A380" and "A8" are models.
    func isMoneyAmount(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.has(.hasDigit) else { return false }
        let bytes = context.bytes
        var k = Int(t.start)
        let end = Int(t.end)
        while k < end, Bytes.isASCIILetter(bytes[k]) { k += 1 }
        guard k > Int(t.start), k < end, Bytes.isDigit(bytes[k]), NameFinder.currencyPrefixes.contains(context.hash(Int(t.start)..<k)) else { return false }
        var digits = 0
        var separated = false
        while k < end {
            if Bytes.isDigit(bytes[k]) {
                digits += 1
            } else if (bytes[k] == 0x2C || bytes[k] == 0x2E), k + 1 < end, Bytes.isDigit(bytes[k + 1]) {
                separated = true  // "A8,800" as one token
            } else {
                return false
            }
            k += 1
        }
        if digits >= 4 || separated { return true }
        // "US1" "," "000", "US55" "." "40"
        if i + 2 < tokens.count, tokens[i + 1].isPunctuation(",") || tokens[i + 1].isPunctuation("."), !tokens[i + 1].has(.spaceBefore),
            tokens[i + 2].kind == .number, !tokens[i + 2].has(.spaceBefore)
        {
            return true
        }
        return false
    }

    /// Whether a title with "of" or "for" ends at token `i`: "Secretary of State" (one entry), or a
    /// title then "of"/"for" and the word ("Minister of Finance", "Minister for Immigration").
    func titleEndsWithComplement(at i: Int) -> Bool {
        if tokens[i - 2].kind == .word, RoleLexicon.titles.single(tokens[i - 2].hash) != nil { return true }
        for q in max(0, i - 4)..<(i - 1) where tokens[q].kind == .word {
            if let m = RoleLexicon.titles.match(tokens, at: q, limit: i + 1), q + m.length == i + 1 { return true }
        }
        return false
    }

    /// Whether the word at `i` ends in "ing" and has at least `minimumLength` letters.
    func endsInIng(_ i: Int, minimumLength: Int = 6) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.length >= minimumLength else { return false }
        let end = Int(t.end)
        let b = context.bytes
        return b[end - 1] | 0x20 == 0x67 && b[end - 2] | 0x20 == 0x6E && b[end - 3] | 0x20 == 0x69
    }

    /// A lone sentence-opening word that reads as an adverb before a comma ("Strangely, the
    /// report…") or an -ing form ("Overcoming nerves was hard"): the cue after it is no subject's.
    func opensAsAdverbOrParticiple(_ i: Int, next j: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, !t.has(.allCaps), t.length >= 5 else { return false }
        let bytes = context.bytes
        let end = Int(t.end)
        let last = bytes[end - 1]
        let secondLast = bytes[end - 2]
        if last == 0x79 && secondLast == 0x6C, j < tokens.count, tokens[j].isPunctuation(",") { return true }  // -ly,
        if endsInIng(i, minimumLength: 5) { return true }
        // "Scientists say", "Firemen were": plural nouns for kinds of people (teams' names end
        // otherwise: "Rangers", "Lions").
        if j < tokens.count, tokens[j].kind == .word, tokens[j].has(.lowercase), t.length >= 6 {
            let ists = last == 0x73 && secondLast == 0x74 && bytes[end - 3] == 0x73 && bytes[end - 4] == 0x69
            let men = last == 0x6E && secondLast == 0x65 && bytes[end - 3] == 0x6D
            if ists || men { return true }
        }
        // "Guests stayed", "Protesters marched": a plural noun before a past-tense verb.
        if last == 0x73, secondLast != 0x73, secondLast != 0x75, secondLast != 0x69, secondLast != 0x27, j < tokens.count,
            tokens[j].kind == .word, tokens[j].has(.lowercase), tokens[j].length >= 4
        {
            let verbEnd = Int(tokens[j].end)
            if bytes[verbEnd - 1] == 0x64 && bytes[verbEnd - 2] == 0x65 { return true }  // -ed
        }
        return false
    }

    func subjectCue(_ j: Int) -> Bool {
        guard j < tokens.count else { return false }
        let n = tokens[j]
        if n.has(.possessive) || n.isPunctuation(",") { return true }
        if n.kind == .word, n.isCapitalized, RoleLexicon.titles.match(tokens, at: j) != nil { return true }
        // A score line: "Millwall 2 Luton 1".
        if n.kind == .number, j + 2 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized,
            tokens[j + 2].kind == .number, context.sentence(of: j + 2) == context.sentence(of: j)
        {
            return true
        }
        guard n.kind == .word, n.has(.lowercase) else { return false }
        let h = n.hash
        if RoleLexicon.speechVerbs.contains(h) || NameFinder.auxiliaries.contains(h) || NameTyping.matchWords.contains(h) { return true }
        // "Vantor chairman Lena Park": an organisation before a title.
        if RoleLexicon.titles.match(tokens, at: j) != nil { return true }
        if CommonWords.function.contains(h) { return false }
        let end = Int(n.end)
        let bytes = context.bytes
        guard n.length >= 3 else { return false }
        let last = bytes[end - 1]
        let secondLast = bytes[end - 2]
        if last == 0x64 && secondLast == 0x65 { return true }  // -ed
        if last == 0x73 && secondLast != 0x73 && secondLast != 0x75 { return true }  // -s, not -ss/-us
        return false
    }

    static let partyLabels = Lexicon(words: "democrat republican independent libertarian tory labour")
    static let abbreviatedHonorifics = Lexicon(words: "mr mrs ms mx dr prof rev messrs mme sir")

    func isHonorific(_ h: UInt64) -> Bool {
        PersonLexicon.maleHonorifics.contains(h) || PersonLexicon.femaleHonorifics.contains(h) || PersonLexicon.neutralHonorifics.contains(h)
    }

    func containsOrganizationCue(_ words: [UInt64]) -> Bool {
        words.contains { OrganizationLexicon.keywords.contains($0) || OrganizationLexicon.legalSuffixes.contains($0) }
    }

    /// A known place, organisation or event of several words starting at `i`, as its length.
    func knownPhrase(at i: Int, end: Int) -> Int {
        var best = 0
        if let m = OrganizationLexicon.known.match(tokens, at: i, limit: end) { best = max(best, m.length) }
        if let m = PlaceLexicon.gazetteer.match(tokens, at: i, limit: end) { best = max(best, m.length) }
        if let m = ThingLexicon.knownEvents.match(tokens, at: i, limit: end) { best = max(best, m.length) }
        // All words of the phrase must be capitalised (or connectors): "new york" in prose is not New York.
        if best > 1 {
            for k in i..<(i + best) {
                let t = tokens[k]
                if t.kind == .word && t.has(.lowercase) && !PersonLexicon.particles.contains(t.hash)
                    && t.hash != NameFinder.ofHash && t.hash != NameFinder.andHash && t.hash != NameFinder.theHash
                    && !EntityContext.isInnerCapital(t, context.bytes)
                {
                    return 0
                }
            }
        }
        return best
    }

    /// A capitalised title that precedes a name ("Chairman Lei Jun", "Chief Executive Tim Cook"),
    /// as its length in tokens. Not when the word after it continues an organisation's name
    /// ("General Motors", "Major League").
    func titleBreak(at i: Int, end: Int) -> Int? {
        guard i < end, tokens[i].kind == .word, tokens[i].isCapitalized || tokens[i].has(.allCaps) else { return nil }
        // "Justices Ruth Bader Ginsburg and …": a plural title.
        if RoleLexicon.titles.match(tokens, at: i, limit: end) == nil, tokens[i].length > 3, context.bytes[Int(tokens[i].end) - 1] == 0x73,
            RoleLexicon.titles.single(context.hash(Int(tokens[i].start)..<(Int(tokens[i].end) - 1))) != nil, isNameWord(i + 1, inRun: true)
        {
            return 1
        }
        guard let m = RoleLexicon.titles.match(tokens, at: i, limit: end) else { return nil }
        let next = i + m.length
        guard next < end else { return nil }
        if knownPhrase(at: i, end: end) > m.length { return nil }
        let n = tokens[next]
        // "Ryanair CEO, Michael O'Leary"
        if n.isPunctuation(","), next + 1 < end, tokens[next + 1].isCapitalized, m.length >= 1,
            isPersonStart(next + 1)
        {
            return m.length
        }
        guard n.kind == .word, n.isCapitalized || n.has(.allCaps) else { return nil }
        if OrganizationLexicon.keywords.contains(n.hash) || OrganizationLexicon.legalSuffixes.contains(n.hash) { return nil }
        if ThingLexicon.eventKeywords.contains(n.hash) { return nil }
        if n.has(.possessive) { return nil }
        return m.length
    }

    func isPersonStart(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        let h = tokens[i].hash
        return isGivenName(h) || isNameWord(i, inRun: true) && isNameWord(i + 1, inRun: true)
    }

    /// How many tokens from `j` (a number) join the name before it: "Mate 10 Pro", "CES 2018",
    /// "iPhone 8", "Boeing 737".
    func numberJoin(words: [UInt64], at j: Int, end: Int) -> Int? {
        let n = tokens[j]
        guard n.has(.spaceBefore), let last = words.last else { return nil }
        if n.kind == .word {
            // "Boeing 737s", "Boeing 777-200LR": a model written with letters.
            return ThingLexicon.productFamilies.contains(last) ? 1 : nil
        }
        let digits = n.length
        let value = digits <= 4 ? Int(context.text(n.range)) : nil
        // "CES 2018", "Olympics 2020": a year after an event's name.
        if let v = value, digits == 4, v >= 1900, v <= 2100 {
            let isEvent = ThingLexicon.knownEvents.single(last) != nil || ThingLexicon.eventKeywords.contains(last)
                || (words.count == 1 && tokens[j - 1].has(.allCaps))
            return isEvent ? 1 : nil
        }
        guard digits <= 4 else { return nil }
        // "Mate 10 Pro": a number followed by a product suffix.
        if j + 1 < end, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized || tokens[j + 1].has(.allCaps),
            ThingLexicon.productSuffixes.contains(tokens[j + 1].hash)
        {
            return 2
        }
        // "iPhone 8", "Windows 10", "Boeing 737"
        if ThingLexicon.productFamilies.contains(last) { return 1 }
        return nil
    }
}

extension Optional {
    var isSome: Bool { self != nil }
}
