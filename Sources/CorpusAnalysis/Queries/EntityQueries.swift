import ArticleAnalysis

/// What the corpus knows about one entity key, gathered from every article that mentions it.
public struct EntityProfile: Sendable {
    public struct RoleSummary: Sendable, Hashable {
        /// "chairman of Xiaomi", as most sources write it.
        public var description: String
        /// The canonical title ("chair") and organisation key: sources agree when these agree.
        public var canonicalTitle: String
        public var organizationKey: String?
        /// How many articles give this role.
        public var sourceCount: Int
    }

    public struct QuoteSummary: Sendable, Hashable {
        public var path: String
        public var range: Range<Int>
        public var text: String
        public var published: CalendarDate?
    }

    public var key: String
    public var name: String
    public var type: EntityType
    public var isAuthor: Bool
    public var articleCount: Int
    public var mentionCount: Int
    public var roles: [RoleSummary]
    /// The first few quotes, earliest-published first.
    public var quotes: [QuoteSummary]
    public var quoteCount: Int
    public var firstSeen: CalendarDate?
    public var lastSeen: CalendarDate?
}

/// One entity of the corpus, for listings.
public struct EntitySymbol: Sendable, Hashable {
    public var key: String
    public var name: String
    public var type: EntityType
    public var articleCount: Int
    public var mentionCount: Int
}

extension Corpus {
    /// The entity named at `offset`: the record, the mention and the in-article entity.
    func entity(at path: String, offset: Int) -> (record: ArticleRecord, mention: Mention, entity: LocalEntity)? {
        guard let record = record(path), let m = record.article.mentionIndex(at: offset) else { return nil }
        let mention = record.article.mentions[m]
        guard mention.entity >= 0, mention.entity < record.article.entities.count else { return nil }
        return (record, mention, record.article.entities[mention.entity])
    }

    /// Everything the corpus knows about the entity with `key` (as `ArticleRecord.key(of:)` gives it),
    /// read from the totals the corpus keeps per key: the cost does not grow with the number of
    /// articles that mention the entity.
    public func entityProfile(key: String) -> EntityProfile? {
        guard let stats = entityStatsIndex[key], stats.articleCount > 0 else { return nil }
        let name = stats.names.max { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }?.key ?? key
        let roles = stats.roles.map { group, entry in
            let parts = group.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let organization = parts.count > 1 && !parts[1].isEmpty ? String(parts[1]) : nil
            return EntityProfile.RoleSummary(
                description: entry.forms.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? String(parts[0]),
                canonicalTitle: String(parts[0]), organizationKey: organization, sourceCount: entry.sources)
        }.sorted { ($0.sourceCount, $1.description) > ($1.sourceCount, $0.description) }
        return EntityProfile(
            key: key, name: name, type: stats.type, isAuthor: key.hasPrefix("author:"), articleCount: stats.articleCount,
            mentionCount: stats.mentionCount, roles: roles, quotes: stats.quotes, quoteCount: stats.quoteCount,
            firstSeen: stats.firstSeen, lastSeen: stats.lastSeen)
    }

    /// Keeps the `limit` earliest-published quotes (undated last, then path and position).
    static func keepEarliest(_ list: inout [EntityProfile.QuoteSummary], _ quote: EntityProfile.QuoteSummary, limit: Int) {
        func before(_ a: EntityProfile.QuoteSummary, _ b: EntityProfile.QuoteSummary) -> Bool {
            switch (a.published, b.published) {
            case let (x?, y?) where x != y: return x < y
            case (.some, .none): return true
            case (.none, .some): return false
            default: return (a.path, a.range.lowerBound) < (b.path, b.range.lowerBound)
            }
        }
        guard limit > 0 else { return }
        if list.count < limit {
            list.append(quote)
            list.sort(by: before)
        } else if let last = list.last, before(quote, last) {
            list[list.count - 1] = quote
            list.sort(by: before)
        }
    }

    /// Hover on a mention (a name, a nominal or a pronoun): who or what it is, its roles and how many
    /// sources give each, how often and where it is mentioned, what it was quoted saying, and when it
    /// was first and last seen.
    func entityHover(_ record: ArticleRecord, mention index: Int) -> HoverAnswer? {
        let mention = record.article.mentions[index]
        guard mention.entity >= 0, mention.entity < record.article.entities.count else { return nil }
        let entity = record.article.entities[mention.entity]
        guard let profile = entityProfile(key: record.key(of: entity)) else { return nil }
        var lines: [String] = []
        var head = "**\(profile.name)** — \(profile.type.rawValue)"
        if profile.isAuthor {
            head += ", author"
        } else if !profile.roles.isEmpty {
            head += " — " + profile.roles.prefix(3).map { role in
                role.sourceCount > 1 ? "\(role.description) (\(role.sourceCount) sources)" : role.description
            }.joined(separator: "; ")
        }
        lines.append(head)
        let articleWord = profile.articleCount == 1 ? "article" : "articles"
        let mentionWord = profile.mentionCount == 1 ? "mention" : "mentions"
        var tally = "\(profile.mentionCount) \(mentionWord) in \(profile.articleCount) \(articleWord)"
        if profile.quoteCount > 0 {
            tally += ", quoted " + (profile.quoteCount == 1 ? "once" : profile.quoteCount == 2 ? "twice" : "\(profile.quoteCount) times")
        }
        lines.append(tally)
        if !profile.quotes.isEmpty {
            lines.append("")
            for q in profile.quotes {
                let source = q.path == record.path ? "this article" : (self.record(q.path)?.sourceLabel ?? Corpus.shortName(q.path))
                lines.append("> “\(Corpus.clip(q.text, 140))” — \(source)")
            }
        }
        if let first = profile.firstSeen, let last = profile.lastSeen {
            lines.append("")
            lines.append(first == last ? "Seen \(first.iso)" : "First seen \(first.iso), last seen \(last.iso)")
        }
        return HoverAnswer(range: mention.range, markdown: lines.joined(separator: "\n"))
    }

    static func shortName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        let collapsed = text.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" }).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        return String(collapsed.prefix(limit - 1)) + "…"
    }

    /// Where the entity at `offset` is introduced: its fullest named form, in the earliest-published
    /// article that mentions it (the current article when it is the only one). Works from any
    /// mention, nominal and pronoun ones included.
    public func definition(path: String, offset: Int) -> [TextLocation] {
        guard let (record, _, entity) = entity(at: path, offset: offset) else { return [] }
        guard let location = introduction(key: record.key(of: entity)) else {
            guard entity.introduction >= 0, entity.introduction < record.article.mentions.count else { return [] }
            return [TextLocation(path: record.path, range: record.article.mentions[entity.introduction].range)]
        }
        return [location]
    }

    /// The introducing mention of the entity with `key`: earliest-published article first; among
    /// equally early ones, the fuller name; then the path.
    public func introduction(key: String) -> TextLocation? {
        var best: (record: ArticleRecord, range: Range<Int>, length: Int)? = nil
        for source in unorderedArticles(mentioning: key) {
            guard let locals = source.entitiesByKey[key] else { continue }
            for e in locals where e < source.article.entities.count {
                let local = source.article.entities[e]
                guard local.introduction >= 0, local.introduction < source.article.mentions.count else { continue }
                let range = source.article.mentions[local.introduction].range
                guard let current = best else {
                    best = (source, range, range.count)
                    continue
                }
                let better: Bool
                switch (source.published, current.record.published) {
                case let (x?, y?) where x != y: better = x < y
                case (.some, .none): better = true
                case (.none, .some): better = false
                default:
                    if range.count != current.length {
                        better = range.count > current.length
                    } else {
                        better = (source.path, range.lowerBound) < (current.record.path, current.range.lowerBound)
                    }
                }
                if better { best = (source, range, range.count) }
            }
        }
        return best.map { TextLocation(path: $0.record.path, range: $0.range) }
    }

    /// Every entity in the corpus with its most used name and counts, by key (for workspace
    /// symbols, completion and code lenses). Cost: the number of entity keys.
    public func entitySymbols() -> [EntitySymbol] {
        entityStatsIndex.compactMap { key, stats in
            guard stats.articleCount > 0 else { return nil }
            let name = stats.names.max { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }?.key ?? key
            return EntitySymbol(key: key, name: name, type: stats.type, articleCount: stats.articleCount, mentionCount: stats.mentionCount)
        }.sorted { $0.key < $1.key }
    }

    /// Every mention of the entity at `offset` whose kind is in `kinds` — `[.name]` for a rename,
    /// which must not rewrite "the executive" or "he".
    public func references(path: String, offset: Int, includeDeclaration: Bool, kinds: Set<Mention.Kind>) -> [TextLocation] {
        references(path: path, offset: offset, includeDeclaration: includeDeclaration).filter { location in
            guard let article = article(location.path), let m = article.mentionIndex(at: location.range.lowerBound) else { return false }
            return article.mentions[m].range == location.range && kinds.contains(article.mentions[m].kind)
        }
    }

    /// Every mention of the entity at `offset` (names, nominals, pronouns), in every article, by
    /// path and then position.
    public func references(path: String, offset: Int, includeDeclaration: Bool) -> [TextLocation] {
        guard let (record, _, entity) = entity(at: path, offset: offset) else { return [] }
        let key = record.key(of: entity)
        let declaration = includeDeclaration ? nil : definition(path: path, offset: offset).first
        guard let stats = entityStatsIndex[key] else { return [] }
        var result: [TextLocation] = []
        result.reserveCapacity(stats.mentionCount)
        for (_, id) in stats.order {
            guard let source = self.record(id: id), let locals = stats.members[id] else { continue }
            let mentions = source.article.mentions
            let entities = source.article.entities
            if locals.count == 1, let e = locals.first, e < entities.count {
                for m in entities[e].mentions where m >= 0 && m < mentions.count {
                    let location = TextLocation(path: source.path, range: mentions[m].range)
                    if location != declaration { result.append(location) }
                }
                continue
            }
            // Several local entities share the key (rare): merge their mentions in text order.
            var indices: [Int] = []
            for e in locals where e < entities.count { indices += entities[e].mentions }
            indices.sort()
            for m in indices where m >= 0 && m < mentions.count {
                let location = TextLocation(path: source.path, range: mentions[m].range)
                if location != declaration { result.append(location) }
            }
        }
        return result
    }

    /// Byte-wise path order (the order `<` gives paths), comparing contiguous UTF-8 directly.
    static func pathPrecedes(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb -> Bool in
                let n = min(pa.count, pb.count)
                var i = 0
                while i < n {
                    let x = pa[i]
                    let y = pb[i]
                    if x != y { return x < y }
                    i += 1
                }
                return pa.count < pb.count
            }
        }
        if let result = fast ?? nil { return result }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The other mentions of the same entity in the same article.
    public func highlights(path: String, offset: Int) -> [Range<Int>] {
        guard let (record, mention, _) = entity(at: path, offset: offset) else { return [] }
        let entity = record.article.entities[mention.entity]
        return entity.mentions.compactMap { $0 >= 0 && $0 < record.article.mentions.count ? record.article.mentions[$0].range : nil }
    }
}
