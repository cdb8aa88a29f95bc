/// Finds names, nominals and pronouns, and clusters them into the article's entities.
///
/// Stages (one pass each over the tokens, no per-character work):
/// 1. `EntityContext`: casing evidence, headline/ALL CAPS lines, quoted spans.
/// 2. `NameFinder`: runs of capitalised words that name something.
/// 3. `Byline`: the author, who is not a subject.
/// 4. `NameTyping`: person / organization / place / product / event, consistent per article.
/// 5. `EntityBuilder`: clusters, roles, nominals, pronouns, keys.
public enum EntityRecognizer {
    public struct Result: Sendable {
        public var mentions: [Mention]
        public var entities: [LocalEntity]
        public init(mentions: [Mention] = [], entities: [LocalEntity] = []) {
            self.mentions = mentions
            self.entities = entities
        }
    }

    public static func recognize(_ document: ArticleDocument) -> Result {
        // Never cancelled, so never nil.
        recognize(document, isCancelled: { false }) ?? Result()
    }

    /// As `recognize(_:)`, giving up (nil) between its stages once `isCancelled` says so: it is
    /// the longest stage of an article's analysis.
    public static func recognize(_ document: ArticleDocument, isCancelled: () -> Bool) -> Result? {
        guard !document.tokens.isEmpty, !document.sentences.isEmpty else { return Result() }
        let context = EntityContext(document)
        let finder = NameFinder(context: context)
        var candidates = finder.find()
        if isCancelled() { return nil }
        let typing = NameTyping(context: context, finder: finder)
        let authors = Byline.authors(context)
        addAuthorNames(authors, to: &candidates, context)
        typing.type(&candidates)
        if isCancelled() { return nil }
        var builder = EntityBuilder(context: context, finder: finder, typing: typing, candidates: candidates, authors: authors)
        builder.cluster()
        if isCancelled() { return nil }
        builder.collectDescriptions()
        let roleNominals = builder.extractRoles()
        builder.resolveReferences(roleNominals: roleNominals)
        return builder.result()
    }
}

extension EntityRecognizer {
    /// The byline's name, and the author's names elsewhere ("Mara wrote this"), are names even
    /// when the finder had no evidence for them; they are typed as a person.
    static func addAuthorNames(_ authors: [Byline.Author], to candidates: inout [NameCandidate], _ context: EntityContext) {
        guard !authors.isEmpty else { return }
        var covered = Set<Int>()
        for c in candidates { for k in c.tokens { covered.insert(k) } }
        let tokens = context.tokens
        var added: [NameCandidate] = []
        for author in authors {
            if let r = author.tokens, !r.contains(where: { covered.contains($0) }), let last = r.last {
                var c = NameCandidate(tokens: r, range: Int(tokens[r.lowerBound].start)..<Int(tokens[last].end), words: author.words, sentence: context.sentence(of: r.lowerBound))
                c.add(.person, 20)
                added.append(c)
                for k in r { covered.insert(k) }
            }
        }
        let authorWords = Set(authors.flatMap(\.words))
        for (i, t) in tokens.enumerated() where t.kind == .word && t.isCapitalized && !covered.contains(i) && authorWords.contains(t.hash) {
            let s = context.sentence(of: i)
            guard s >= 0, !context.skipped[s] else { continue }
            if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized { continue }
            var c = NameCandidate(tokens: i..<(i + 1), range: t.range, words: [t.hash], sentence: s)
            c.add(.person, 20)
            added.append(c)
        }
        guard !added.isEmpty else { return }
        candidates.append(contentsOf: added)
        candidates.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
}

extension EntityBuilder {
    /// Nouns the article applies to an organisation in apposition ("Xiaomi, the fourth largest
    /// smartphone vendor") so "the vendor" later finds it.
    mutating func collectDescriptions() {
        for (k, c) in candidates.enumerated() where entityOf[k] >= 0 && drafts[entityOf[k]].type == .organization {
            var i = c.tokens.upperBound
            guard i < tokens.count, tokens[i].isPunctuation(",") else { continue }
            i += 1
            var steps = 0
            while i < tokens.count, steps < 7, context.sentence(of: i) == c.sentence {
                let t = tokens[i]
                if t.kind != .word { break }
                if NameTyping.nounClass(hash: t.hash) == .organization {
                    drafts[entityOf[k]].descriptions.insert(t.hash)
                    break
                }
                if t.has(.lowercase), t.length > 3, context.bytes[Int(t.end) - 1] == 0x73 {
                    let stem = context.hash(Int(t.start)..<(Int(t.end) - 1))
                    if NameTyping.nounClass(hash: stem) == .organization {
                        drafts[entityOf[k]].descriptions.insert(stem)
                        break
                    }
                }
                i += 1
                steps += 1
            }
        }
    }

    /// The article's mentions (sorted, non-overlapping) and entities (in order of first mention).
    func result() -> EntityRecognizer.Result {
        struct Flat {
            var range: Range<Int>
            var kind: Mention.Kind
            var draft: Int
            var words: Int
        }
        var flat: [Flat] = []
        for (e, d) in drafts.enumerated() {
            for m in d.mentions {
                let words = m.candidate.map { candidates[$0].words.count } ?? 0
                flat.append(Flat(range: m.range, kind: m.kind, draft: e, words: words))
            }
        }
        flat.sort { ($0.range.lowerBound, $1.range.count) < ($1.range.lowerBound, $0.range.count) }
        var kept: [Flat] = []
        for f in flat where !f.range.isEmpty {
            if let last = kept.last, last.range.overlaps(f.range) {
                if last.kind != .name && f.kind == .name { kept[kept.count - 1] = f }
                continue
            }
            kept.append(f)
        }
        // Entities in order of first mention; drafts left without mentions are dropped.
        var order: [Int] = []
        var seen = Set<Int>()
        for f in kept where !seen.contains(f.draft) {
            seen.insert(f.draft)
            order.append(f.draft)
        }
        var newIndex = [Int](repeating: -1, count: drafts.count)
        for (n, e) in order.enumerated() { newIndex[e] = n }
        var mentions: [Mention] = []
        var mentionLists = [[Int]](repeating: [], count: order.count)
        var introductions = [(index: Int, words: Int)](repeating: (-1, -1), count: order.count)
        for f in kept {
            let n = newIndex[f.draft]
            let index = mentions.count
            mentions.append(Mention(range: f.range, type: drafts[f.draft].type, kind: f.kind, entity: n))
            mentionLists[n].append(index)
            if f.kind == .name && f.words > introductions[n].words { introductions[n] = (index, f.words) }
        }
        var entities: [LocalEntity] = []
        for (n, e) in order.enumerated() {
            let d = drafts[e]
            let name = context.text(candidates[d.fullest].range)
            var aliases: [String] = []
            for m in d.mentions where m.kind == .name {
                let text = context.text(m.range)
                if text != name && !aliases.contains(text) { aliases.append(text) }
            }
            let intro = introductions[n].index >= 0 ? introductions[n].index : (mentionLists[n].first ?? 0)
            entities.append(LocalEntity(
                name: name, type: d.type, key: EntityKeys.key(for: d, builder: self), aliases: aliases,
                roles: d.roles.sorted { $0.range.lowerBound < $1.range.lowerBound }, mentions: mentionLists[n], introduction: intro))
        }
        return EntityRecognizer.Result(mentions: mentions, entities: entities)
    }
}

extension LocalEntity {
    /// The article's author (from front matter or the byline), not someone it is about.
    public var isAuthor: Bool { key.hasPrefix("author:") }
}

extension EntityRecognizer {
    /// Each name the recognizer found, with its evidence per type (person, organization, place,
    /// product, event, other) and the type it settled on: for tuning and error analysis.
    public static func explain(_ document: ArticleDocument) -> [String] {
        let context = EntityContext(document)
        let finder = NameFinder(context: context)
        var candidates = finder.find()
        addAuthorNames(Byline.authors(context), to: &candidates, context)
        let typing = NameTyping(context: context, finder: finder)
        for k in candidates.indices { typing.score(&candidates[k]) }
        let scored = candidates
        typing.resolve(&candidates)
        return zip(scored, candidates).map { s, c in
            "\(context.text(c.range)) \((0..<EntityType.count).map { s.scores[$0] }) → \(c.type.rawValue)\(c.caseless ? " (caseless)" : "")"
        }
    }
}
