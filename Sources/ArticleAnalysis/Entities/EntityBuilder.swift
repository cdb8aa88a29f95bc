/// Turns typed names into the article's entities: clusters names that mean the same thing ("Lei
/// Jun" / "Jun", "Apple Inc." / "Apple", "U.S." / "United States", "GAO" after "Government
/// Accountability Office (GAO)"), reads roles ("Xiaomi Chairman Lei Jun", "Lei Jun, the chairman of
/// Xiaomi"), links nominals ("the executive") and pronouns ("he") to the entity meant, and gives
/// each entity its key for linking across articles.
struct EntityBuilder {
    struct Draft {
        var type: EntityType
        /// The fullest name's words.
        var words: [UInt64]
        /// The candidate holding the fullest name.
        var fullest: Int
        var mentions: [DraftMention] = []
        var roles: [Role] = []
        var gender: Gender = .unknown
        var isAuthor = false
        var canonical: String? = nil
        var placeKind: UInt8 = 0
        /// Acronyms the article defines for it, as word hashes.
        var acronyms: WordSet = []
        /// Nouns the article uses for it ("vendor", "maker", "airline").
        var descriptions: WordSet = []
        /// The strongest person evidence any of its names had (given name, title, honorific…).
        var personEvidence = 0
        /// Start offsets of its name mentions, sorted (for "the nearest mention before").
        var offsets: [Int] = []
    }

    struct DraftMention {
        var range: Range<Int>
        var kind: Mention.Kind
        var sentence: Int
        var candidate: Int?
    }

    let context: EntityContext
    let finder: NameFinder
    let typing: NameTyping
    var candidates: [NameCandidate]
    let authors: [Byline.Author]
    var drafts: [Draft] = []
    /// Entity of each candidate, or -1.
    var entityOf: [Int]
    /// Candidate starting at each token, for pattern matching.
    var candidateAt: [Int: Int] = [:]
    /// Candidate ending at each token (last token index).
    var candidateEnding: [Int: Int] = [:]
    var organizationKeys: [Int: String] = [:]

    var tokens: [Token] { context.tokens }

    init(context: EntityContext, finder: NameFinder, typing: NameTyping, candidates: [NameCandidate], authors: [Byline.Author]) {
        self.context = context
        self.finder = finder
        self.typing = typing
        self.candidates = candidates
        self.authors = authors
        entityOf = Array(repeating: -1, count: candidates.count)
        for (k, c) in candidates.enumerated() {
            candidateAt[c.tokens.lowerBound] = k
            candidateEnding[c.tokens.upperBound - 1] = k
        }
    }

    // MARK: Clustering names

    mutating func cluster() {
        clusterAuthors()
        clusterPersons()
        clusterOthers()
        // Organisation and place keys do not depend on roles: compute them once for role and
        // nominal matching.
        organizationKeys = clusteredOrganizationKeys()
    }

    /// Worked out with `self` borrowed, not copied: a mutating method passing `self` on would copy
    /// the whole builder for every draft.
    func clusteredOrganizationKeys() -> [Int: String] {
        var keys: [Int: String] = [:]
        for e in drafts.indices where drafts[e].type == .organization || drafts[e].type == .place {
            if !drafts[e].mentions.isEmpty { keys[e] = EntityKeys.key(for: drafts[e], builder: self) }
        }
        return keys
    }

    /// The key of an organisation or place draft (cached after clustering).
    func organizationKey(_ e: Int) -> String {
        organizationKeys[e] ?? EntityKeys.key(for: drafts[e], builder: self)
    }

    mutating func clusterAuthors() {
        for author in authors where !author.words.isEmpty {
            let words = Set(author.words)
            var entity = -1
            for (k, c) in candidates.enumerated() where entityOf[k] < 0 && c.words.count >= 2 && Set(c.words).isSubset(of: words) {
                if entity < 0 {
                    entity = drafts.count
                    drafts.append(Draft(type: .person, words: c.words, fullest: k))
                    drafts[entity].isAuthor = true
                }
                assign(k, to: entity)
            }
        }
    }

    mutating func clusterPersons() {
        // Full names first, so surnames can find them wherever they stand. (Loops over indices,
        // not closures: a closure calling a method from a mutating method copies the builder.)
        for k in candidates.indices where entityOf[k] < 0 && candidates[k].type == .person && EntityBuilder.contentWordCount(candidates[k].words) >= 2 {
            var found = -1
            for e in drafts.indices where drafts[e].type == .person && EntityBuilder.sameFullName(drafts[e].words, candidates[k].words) {
                found = e
                break
            }
            if found >= 0 {
                assign(k, to: found)
            } else {
                drafts.append(Draft(type: .person, words: candidates[k].words, fullest: k))
                assign(k, to: drafts.count - 1)
            }
        }
        // Then single names and titled surnames: the nearest person whose name contains the word.
        for k in candidates.indices where entityOf[k] < 0 && candidates[k].type == .person {
            let c = candidates[k]
            let words = EntityBuilder.contentWords(c.words)
            var matching: [Int] = []
            if !words.isEmpty {
                for e in drafts.indices where drafts[e].type == .person
                    && (c.gender == .unknown || drafts[e].gender == .unknown || c.gender == drafts[e].gender)
                {
                    if words.allSatisfy({ drafts[e].words.contains($0) }) { matching.append(e) }
                }
            }
            // A surname before a given name: "Trump" is Donald Trump before Trump Tower's owner.
            let bySurname = matching.filter { EntityBuilder.lastContentWord(drafts[$0].words) == words.last }
            if let e = nearest(bySurname.isEmpty ? matching : bySurname, to: c.range.lowerBound) {
                assign(k, to: e)
            } else if let e = drafts.indices.first(where: { drafts[$0].type == .person && drafts[$0].words == c.words }) {
                assign(k, to: e)
            } else {
                drafts.append(Draft(type: .person, words: c.words, fullest: k))
                assign(k, to: drafts.count - 1)
            }
        }
    }

    /// The entity among `entities` mentioned last before `offset`, else the first one after it.
    func nearest(_ entities: [Int], to offset: Int) -> Int? {
        var best: (entity: Int, offset: Int)? = nil
        var after: (entity: Int, offset: Int)? = nil
        for e in entities {
            let offsets = drafts[e].offsets
            let i = EntityBuilder.firstIndex(offsets, notBefore: offset)
            if i > 0, offsets[i - 1] > (best?.offset ?? Int.min) { best = (e, offsets[i - 1]) }
            if i < offsets.count, offsets[i] < (after?.offset ?? Int.max) { after = (e, offsets[i]) }
        }
        return best?.entity ?? after?.entity
    }

    static func firstIndex(_ sorted: [Int], notBefore offset: Int) -> Int {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    mutating func clusterOthers() {
        for (k, c) in candidates.enumerated() where entityOf[k] < 0 {
            switch c.type {
            case .organization:
                if let e = matchingOrganization(c) {
                    assign(k, to: e)
                    continue
                }
            case .place:
                let key = c.canonical.map { [Bytes.wordHash($0)] } ?? c.words
                if let e = drafts.indices.first(where: { d in
                    drafts[d].type == .place && (drafts[d].canonical.map { [Bytes.wordHash($0)] } ?? drafts[d].words) == key
                }) {
                    assign(k, to: e)
                    continue
                }
            case .product:
                if let e = drafts.indices.last(where: { d in
                    drafts[d].type == .product && (drafts[d].words == c.words || EntityBuilder.isSuffix(c.words, of: drafts[d].words) || EntityBuilder.isSuffix(drafts[d].words, of: c.words))
                }) {
                    assign(k, to: e)
                    continue
                }
            case .event:
                if let e = drafts.indices.last(where: { d in
                    drafts[d].type == .event && (drafts[d].words == c.words || EntityBuilder.isPrefix(c.words, of: drafts[d].words) || EntityBuilder.isPrefix(drafts[d].words, of: c.words))
                }) {
                    assign(k, to: e)
                    continue
                }
            case .person, .other:
                if let e = drafts.indices.first(where: { drafts[$0].type == c.type && drafts[$0].words == c.words }) {
                    assign(k, to: e)
                    continue
                }
            }
            drafts.append(Draft(type: c.type, words: c.words, fullest: k))
            assign(k, to: drafts.count - 1)
        }
        // Acronyms the article defines: "Government Accountability Office (GAO)".
        for (k, c) in candidates.enumerated() {
            guard let a = c.acronymDefinition, entityOf[k] >= 0, drafts[entityOf[k]].type != .person else { continue }
            let e = entityOf[k]
            drafts[e].acronyms.insert(tokens[a].hash)
            // The acronym itself, if it was taken as a name of its own, joins the entity.
            if let ak = candidateAt[a], ak != k {
                move(ak, to: e)
            }
        }
        for (k, c) in candidates.enumerated() where c.words.count == 1 {
            let e = entityOf[k]
            guard e >= 0, drafts[e].mentions.count >= 0, drafts[e].type == .organization || drafts[e].type == .other || drafts[e].type == .product else { continue }
            if let target = drafts.indices.first(where: { $0 != e && drafts[$0].acronyms.contains(c.words[0]) && !drafts[$0].mentions.isEmpty }) {
                move(k, to: target)
            }
        }
    }

    func matchingOrganization(_ c: NameCandidate) -> Int? {
        let core = EntityBuilder.organizationCore(c.words)
        // An all-caps word may be the initials of a longer name ("GAO"); one with digits is a model
        // designation ("NA-40", "A380"), not "Norrland Aircraft".
        let letters = c.words.count == 1 && tokens[c.tokens.lowerBound].has(.allCaps) && !c.range.contains(where: { context.bytes[$0] >= 0x30 && context.bytes[$0] <= 0x39 })
            ? typing.lowercasedLetters(c.range) : nil
        // By index: binding each draft would copy it (and retain everything it holds).
        for e in drafts.indices where drafts[e].type == .organization && !drafts[e].mentions.isEmpty {
            if let a = c.canonical, let b = drafts[e].canonical, a == b { return e }
            let other = EntityBuilder.organizationCore(drafts[e].words)
            if other == core { return e }
            if core.count == 1, other.count > 1, other.first == core.first, !isGenericFirstWord(core[core.startIndex]) { return e }
            if other.count == 1, core.count > 1, core.first == other.first, !isGenericFirstWord(other[other.startIndex]) { return e }
            if let w = c.words.first, c.words.count == 1, drafts[e].acronyms.contains(w) { return e }
            if let letters, letters.count >= 2, drafts[e].words.count >= 2, typing.initials(of: candidates[drafts[e].fullest]) == letters { return e }
        }
        return nil
    }

    /// A name's words without legal suffixes or a leading "the": "The Apple Inc." → "apple".
    static func organizationCore(_ words: [UInt64]) -> ArraySlice<UInt64> {
        var w = words[...]
        if w.count > 1, w.first == NameFinder.theHash { w.removeFirst() }
        while w.count > 1, let last = w.last, OrganizationLexicon.legalSuffixes.contains(last) { w.removeLast() }
        return w
    }

    func isGenericFirstWord(_ w: UInt64) -> Bool {
        CommonWords.lexicon.contains(w) || PlaceLexicon.gazetteer.single(w) != nil || PlaceLexicon.demonyms.single(w) != nil
            || OrganizationLexicon.keywords.contains(w)
    }

    static func isSuffix(_ a: [UInt64], of b: [UInt64]) -> Bool { a.count < b.count && b.suffix(a.count).elementsEqual(a) }
    static func isPrefix(_ a: [UInt64], of b: [UInt64]) -> Bool { a.count < b.count && b.prefix(a.count).elementsEqual(a) }

    /// A person's name without initials and particles.
    static func contentWords(_ words: [UInt64]) -> [UInt64] {
        words.filter(isContentWord)
    }

    static func isContentWord(_ h: UInt64) -> Bool {
        !PersonLexicon.particles.contains(h) && !PersonLexicon.suffixes.contains(h) && !initialHashes.contains(h)
    }

    static func contentWordCount(_ words: [UInt64]) -> Int {
        var n = 0
        for w in words where isContentWord(w) { n += 1 }
        return n
    }

    static func lastContentWord(_ words: [UInt64]) -> UInt64? { words.last(where: isContentWord) }

    static let initialHashes: WordSet = WordSet("abcdefghijklmnopqrstuvwxyz".map { Bytes.wordHash(String($0)) })

    /// "George W. Bush" = "George Bush"; "Lei Jun" = "Lei Jun".
    /// Same first and last name; middle names and initials agree when both give them
    /// ("George H.W. Bush" is not "George W. Bush").
    static func sameFullName(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        if a == b { return true }
        // Without building the word lists: this runs for every pair of full names.
        guard contentWordCount(a) >= 2, contentWordCount(b) >= 2, a.first(where: isContentWord) == b.first(where: isContentWord),
            lastContentWord(a) == lastContentWord(b)
        else { return false }
        let notSuffix = { (w: UInt64) in !PersonLexicon.suffixes.contains(w) }
        let ma = a.dropFirst().dropLast().lazy.filter(notSuffix)
        let mb = b.dropFirst().dropLast().lazy.filter(notSuffix)
        return ma.isEmpty || mb.isEmpty || ma.elementsEqual(mb)
    }

    mutating func assign(_ k: Int, to e: Int) {
        entityOf[k] = e
        let c = candidates[k]
        drafts[e].mentions.append(DraftMention(range: c.range, kind: .name, sentence: c.sentence, candidate: k))
        drafts[e].offsets.insert(c.range.lowerBound, at: EntityBuilder.firstIndex(drafts[e].offsets, notBefore: c.range.lowerBound))
        if drafts[e].gender == .unknown { drafts[e].gender = c.gender }
        drafts[e].personEvidence = max(drafts[e].personEvidence, c.scores[EntityType.person.ordinal])
        if drafts[e].canonical == nil { drafts[e].canonical = c.canonical }
        if drafts[e].placeKind == 0 { drafts[e].placeKind = c.placeKind }
        let current = candidates[drafts[e].fullest]
        if c.words.count > current.words.count || (c.words.count == current.words.count && c.range.count > current.range.count && c.hyphenSuffix == nil) {
            if c.hyphenSuffix == nil || current.hyphenSuffix != nil { drafts[e].words = c.words; drafts[e].fullest = k }
        }
    }

    mutating func move(_ k: Int, to e: Int) {
        let old = entityOf[k]
        if old >= 0 {
            drafts[old].mentions.removeAll { $0.candidate == k }
            drafts[old].offsets.removeAll { $0 == candidates[k].range.lowerBound }
            if drafts[old].fullest == k, let other = drafts[old].mentions.first?.candidate {
                drafts[old].fullest = other
                drafts[old].words = candidates[other].words
            }
        }
        candidates[k].type = drafts[e].type
        assign(k, to: e)
    }
}
