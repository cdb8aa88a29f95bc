/// Nominal and pronoun mentions: "the executive", "the company", "the Beijing-based firm",
/// "Xiaomi's chief executive", "he", "its". Each goes to the most recent compatible entity, read
/// left to right, or is not emitted at all when nothing fits.
extension EntityBuilder {
    struct Seen {
        var entity: Int
        var sentence: Int
        var offset: Int
        /// Named inside a quotation: "…if Donald Trump is elected…," he said — not whom "he" means.
        var quoted = false
    }

    static let ordinalModifiers = Lexicon(words: "first second third last next former same new latest")
    static let femaleNouns = Lexicon(words: "chairwoman spokeswoman businesswoman woman actress congresswoman")
    static let maleNouns = Lexicon(words: "chairman spokesman businessman man actor congressman")

    /// How far back (in sentences) each kind of reference looks.
    static let personWindow = 3
    static let organizationWindow = 4
    static let placeWindow = 6
    static let pronounWindow = 2

    mutating func resolveReferences(roleNominals: [(range: Range<Int>, entity: Int, sentence: Int)]) {
        // Name mentions (and role nominals) in text order: the history the sweep reads.
        var named: [Seen] = []
        for (e, d) in drafts.enumerated() {
            for m in d.mentions { named.append(Seen(entity: e, sentence: m.sentence, offset: m.range.lowerBound)) }
        }
        for n in roleNominals {
            named.append(Seen(entity: n.entity, sentence: n.sentence, offset: n.range.lowerBound))
            drafts[n.entity].mentions.append(DraftMention(range: n.range, kind: .nominal, sentence: n.sentence, candidate: nil))
        }
        named.sort { $0.offset < $1.offset }
        // Name and role-nominal ranges, in text order; the sweep moves a cursor through them.
        let covered: [Range<Int>] = drafts.flatMap { $0.mentions.map(\.range) }.sorted { $0.lowerBound < $1.lowerBound }
        // The sweep reads the history, never the drafts' mentions, so what it finds is added
        // after it: a sweep inside this mutating method copied the whole builder at every word.
        for (entity, mention) in sweepReferences(named: named, covered: covered) {
            drafts[entity].mentions.append(mention)
        }
    }

    /// The nominals and pronouns of the article and their entities, in text order.
    func sweepReferences(named: [Seen], covered: [Range<Int>]) -> [(entity: Int, mention: DraftMention)] {
        var result: [(entity: Int, mention: DraftMention)] = []
        var cursor = 0
        var history: [Seen] = []
        var next = 0
        let document = context.document
        for (s, sentence) in document.sentences.enumerated() where !context.skipped[s] {
            var i = sentence.tokens.lowerBound
            let end = min(sentence.tokens.upperBound, tokens.count)
            while i < end {
                let t = tokens[i]
                while next < named.count, named[next].offset <= Int(t.start) {
                    var seen = named[next]
                    let k = document.tokenIndex(atOrAfter: seen.offset)
                    seen.quoted = k >= 0 && k < context.quoted.count && context.quoted[k]
                    history.append(seen)
                    next += 1
                }
                let offset = Int(t.start)
                while cursor < covered.count, covered[cursor].upperBound <= offset { cursor += 1 }
                if cursor < covered.count, covered[cursor].lowerBound <= offset {
                    i += 1
                    continue
                }
                if t.kind == .word, let found = reference(at: i, end: end, sentence: s, history: history) {
                    result.append((found.entity, DraftMention(range: found.range, kind: found.kind, sentence: s, candidate: nil)))
                    history.append(Seen(entity: found.entity, sentence: s, offset: found.range.lowerBound))
                    i = max(i + 1, found.nextToken)
                    continue
                }
                i += 1
            }
        }
        return result
    }

    /// A nominal or pronoun at token `i` and the entity it refers to.
    func reference(at i: Int, end: Int, sentence: Int, history: [Seen]) -> (range: Range<Int>, entity: Int, kind: Mention.Kind, nextToken: Int)? {
        let t = tokens[i]
        if context.quoted[i] { return nil }
        if ThingLexicon.malePronouns.contains(t.hash) || ThingLexicon.femalePronouns.contains(t.hash) {
            guard t.length <= 7 else { return nil }
            let gender: Gender = ThingLexicon.malePronouns.contains(t.hash) ? .male : .female
            guard let e = personForPronoun(gender: gender, sentence: sentence, history: history) else { return nil }
            return (t.range, e, .pronoun, i + 1)
        }
        if ThingLexicon.neuterPronouns.contains(t.hash) {
            if t.hash == Bytes.wordHash("it") && isExpletive(i, end: end) { return nil }
            guard let e = thingForPronoun(sentence: sentence, history: history) else { return nil }
            return (t.range, e, .pronoun, i + 1)
        }
        if RoleLexicon.referringDeterminers.contains(t.hash) {
            return nominal(at: i, end: end, sentence: sentence, history: history)
        }
        if t.has(.possessive), i > 0, let ok = candidateEnding[i - 1], entityOf[ok] >= 0, drafts[entityOf[ok]].type == .organization {
            return possessiveTitle(at: i, organization: entityOf[ok], end: end, sentence: sentence, history: history)
        }
        return nil
    }

    /// "it looks like", "it is interesting to", "it will be possible": nobody is meant.
    func isExpletive(_ i: Int, end: Int) -> Bool {
        var k = i + 1
        guard k < end else { return true }
        if ThingLexicon.expletiveFollowers.contains(tokens[k].hash) { return true }
        // "it doesn't look like", "it does not seem"
        var a = k
        while a < end, a < k + 2, Lexicon.auxiliaries.contains(tokens[a].hash) { a += 1 }
        if a > k, a < end, ThingLexicon.expletiveFollowers.contains(tokens[a].hash) { return true }
        // it (is|was|'s|will be|would be|could be|may be|might be) + adjective/"a"/"the"/"not"…
        let be = Lexicon.beForms
        var sawBe = false
        var steps = 0
        while k < end, steps < 3, tokens[k].kind == .word || tokens[k].has(.possessive) {
            if be.contains(tokens[k].hash) || tokens[k].has(.possessive) { sawBe = true; k += 1; steps += 1; continue }
            if Lexicon.modalForms.contains(tokens[k].hash) { k += 1; steps += 1; continue }
            break
        }
        if sawBe, k < end, ThingLexicon.expletiveAdjectives.contains(tokens[k].hash) { return true }
        if sawBe, k >= end || tokens[k].kind != .word { return true }
        return false
    }

    func personForPronoun(gender: Gender, sentence: Int, history: [Seen]) -> Int? {
        func fits(_ s: Seen) -> Bool {
            guard !s.quoted else { return false }
            let d = drafts[s.entity]
            guard d.type == .person, d.gender == .unknown || d.gender == gender else { return false }
            // Only names that clearly are people ("Humanitarian Affairs" typed a person by default is
            // no antecedent for "he").
            return d.gender != .unknown || !d.roles.isEmpty || d.isAuthor || d.personEvidence >= 6
        }
        // The most recent fitting person in this sentence; else the first (the subject) of the
        // nearest earlier sentence that has one.
        var k = history.count - 1
        while k >= 0, history[k].sentence == sentence {
            if fits(history[k]) { return history[k].entity }
            k -= 1
        }
        var s = sentence - 1
        while s >= sentence - EntityBuilder.pronounWindow, s >= 0 {
            var first: Int? = nil
            var j = k
            while j >= 0, history[j].sentence >= s {
                if history[j].sentence == s, fits(history[j]) { first = history[j].entity }
                j -= 1
            }
            if let first { return first }
            s -= 1
        }
        return nil
    }

    func thingForPronoun(sentence: Int, history: [Seen]) -> Int? {
        var k = history.count - 1
        while k >= 0, history[k].sentence >= sentence - 1 {
            let d = drafts[history[k].entity]
            if d.type == .organization || d.type == .product { return history[k].entity }
            if d.type == .person { return nil }  // "its" after a person is about something else
            k -= 1
        }
        return nil
    }

    /// "the executive", "the company", "the Beijing-based firm", "the Xiaomi executive", "the country".
    func nominal(at i: Int, end: Int, sentence: Int, history: [Seen]) -> (range: Range<Int>, entity: Int, kind: Mention.Kind, nextToken: Int)? {
        var k = i + 1
        var modifiers = 0
        var organizationModifier: Int? = nil
        var afterLastName = i
        var head: Int? = nil
        var headType: EntityType? = nil
        while k < end, modifiers <= 4 {
            let t = tokens[k]
            if let ck = candidateAt[k] {
                let e = entityOf[ck]
                if e >= 0, drafts[e].type == .organization { organizationModifier = e }
                if e >= 0, drafts[e].type == .person { return nil }
                k = candidates[ck].tokens.upperBound
                afterLastName = k
                modifiers += 1
                continue
            }
            guard t.kind == .word || t.kind == .number, !t.has(.possessive) else { break }
            if t.kind == .word, t.has(.lowercase) || t.has(.allCaps), let type = NameTyping.nounClass(hash: t.hash) {
                // A compound noun continues: "the company spokesman".
                if k + 1 < end, tokens[k + 1].kind == .word, tokens[k + 1].has(.lowercase), NameTyping.nounClass(hash: tokens[k + 1].hash) != nil {
                    k += 1
                    modifiers += 1
                    continue
                }
                head = k
                headType = type
                // "the attorney general": the title runs on past the noun.
                if let m = RoleLexicon.titles.match(tokens, at: k, limit: end), m.length > 1 { head = k + m.length - 1 }
                break
            }
            if t.kind == .word, CommonWords.function.contains(t.hash), !EntityBuilder.ordinalModifiers.contains(t.hash) { return nil }
            if t.kind == .word, !t.has(.lowercase), PlaceLexicon.demonyms.single(t.hash) == nil { return nil }
            k += 1
            modifiers += 1
        }
        guard let head, let headType else { return nil }
        // "the executive Lei Jun": an apposition, the name speaks for itself.
        if head + 1 < end, candidateAt[head + 1] != nil { return nil }
        // A name inside the nominal keeps its own mention: "The [Xiaomi] executive" → "executive".
        let range = Int(tokens[afterLastName].start)..<Int(tokens[head].end)
        let window: Int
        switch headType {
        case .person: window = EntityBuilder.personWindow
        case .organization: window = EntityBuilder.organizationWindow
        default: window = EntityBuilder.placeWindow
        }
        let headHash = tokens[head].hash
        // "the chairman of Xiaomi": a title with its organisation.
        var ofOrganization: Int? = nil
        if head + 2 < end, tokens[head + 1].hash == NameFinder.ofHash, let ok = candidateAt[head + 2], entityOf[ok] >= 0,
            drafts[entityOf[ok]].type == .organization
        {
            ofOrganization = entityOf[ok]
        } else if head + 1 < end, tokens[head + 1].hash == NameFinder.ofHash {
            return nil  // "the company of …", "the head of state": not a reference back
        }
        var best: (entity: Int, score: Int)? = nil
        var mentionsSoFar: [Int: Int] = [:]
        var k2 = history.count - 1
        while k2 >= 0, history[k2].sentence >= sentence - window {
            let seen = history[k2]
            let d = drafts[seen.entity]
            mentionsSoFar[seen.entity, default: 0] += 1
            k2 -= 1
            guard d.type == headType, !d.isAuthor else { continue }
            var score = 10 - (sentence - seen.sentence) * 2
            switch headType {
            case .person:
                if let org = organizationModifier ?? ofOrganization {
                    let key = organizationKey(org)
                    if d.roles.contains(where: { $0.organizationKey == key }) { score += 6 } else if !d.roles.isEmpty { score -= 4 }
                }
                if EntityBuilder.femaleNouns.contains(headHash) && d.gender == .male { continue }
                if EntityBuilder.maleNouns.contains(headHash) && d.gender == .female { continue }
                // "the judge" is the person the article calls a judge, not the last person named.
                if let title = RoleLexicon.titles.single(headHash), !RoleLexicon.vagueRoles.contains(title.canonical) {
                    if d.roles.contains(where: { $0.canonicalTitle == title.canonical }) {
                        score += 8
                    } else if d.roles.contains(where: { !$0.isVague }) {
                        score -= 6
                    }
                }
            case .organization:
                if d.descriptions.contains(headHash) { score += 4 }
                if organizationModifier == seen.entity { continue }
                if isMedia(d) { score -= 6 }
            case .place:
                let kind = PlaceLexicon.Kind(rawValue: d.placeKind)
                if headHash == Bytes.wordHash("country") || headHash == Bytes.wordHash("nation") || headHash == Bytes.wordHash("kingdom") || headHash == Bytes.wordHash("republic") {
                    guard kind == .country else { continue }
                } else if headHash == Bytes.wordHash("city") || headHash == Bytes.wordHash("capital") {
                    guard kind == .city else { continue }
                } else if headHash == Bytes.wordHash("state") || headHash == Bytes.wordHash("province") {
                    guard kind == .state || kind == .province else { continue }
                }
            default:
                break
            }
            if score > (best?.score ?? Int.min) { best = (seen.entity, score) }
        }
        guard var best else { return nil }
        best.score += min(mentionsSoFar[best.entity] ?? 0, 3)
        guard best.score > 0 else { return nil }
        return (range, best.entity, .nominal, head + 1)
    }

    func isMedia(_ d: Draft) -> Bool {
        let media = Lexicon.mediaWords
        return d.words.contains { media.contains($0) }
    }

    /// "Xiaomi's chief executive said": a person holding that role at that organisation.
    func possessiveTitle(at i: Int, organization: Int, end: Int, sentence: Int, history: [Seen]) -> (range: Range<Int>, entity: Int, kind: Mention.Kind, nextToken: Int)? {
        guard i + 1 < end, let m = RoleLexicon.titles.match(tokens, at: i + 1, limit: end) else { return nil }
        let titleEnd = i + 1 + m.length
        if titleEnd < end, candidateAt[titleEnd] != nil { return nil }  // "Xiaomi's chief executive Lei Jun"
        if titleEnd < end, tokens[titleEnd].isPunctuation(","), titleEnd + 1 < end, candidateAt[titleEnd + 1] != nil { return nil }
        let key = organizationKey(organization)
        var k = history.count - 1
        while k >= 0, history[k].sentence >= sentence - EntityBuilder.placeWindow {
            let d = drafts[history[k].entity]
            if d.type == .person, d.roles.contains(where: { $0.organizationKey == key && $0.canonicalTitle == m.entry.canonical }) {
                return (Int(tokens[i + 1].start)..<Int(tokens[titleEnd - 1].end), history[k].entity, .nominal, titleEnd)
            }
            k -= 1
        }
        return nil
    }
}

extension Lexicon {
    static let beForms = Lexicon(words: "is was be been being 's are were")
    static let modalForms = Lexicon(words: "will would could can may might should must")
    static let auxiliaries = Lexicon(words: "does did do doesn't didn't don't not never will would could can may might should must won't wouldn't can't couldn't")
    static let mediaWords = Lexicon(words: "journal times post news herald tribune gazette telegraph guardian observer chronicle magazine reuters bloomberg cnn bbc")
}
