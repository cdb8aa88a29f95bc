import ArticleAnalysis

/// What one article contributes to one entity key: computed once when the article is analysed,
/// added to the corpus totals on `update` and taken away on `remove`, so hover never walks every
/// article that mentions a popular entity.
public struct EntityContribution: Sendable {
    public var type: EntityType
    public var names: [String]
    public var mentionCount: Int
    /// Distinct roles the article gives: group key ("chair|organization:xiaomi") → as written.
    public var roles: [String: String]
    public var quotes: [EntityProfile.QuoteSummary]
    public var quoteCount: Int

    static func roleGroup(_ role: Role) -> String {
        role.canonicalTitle + "|" + (role.organizationKey ?? role.organization?.lowercased() ?? "")
    }

    /// Contributions of one article, by corpus key.
    static func of(_ article: AnalyzedArticle, path: String, published: CalendarDate?, byKey: [String: [Int]]) -> [String: EntityContribution] {
        var result: [String: EntityContribution] = [:]
        var quotesByEntity: [Int: [Quote]] = [:]
        for quote in article.quotes where quote.isSpeech {
            if let e = quote.attribution?.entity { quotesByEntity[e, default: []].append(quote) }
        }
        for (key, locals) in byKey {
            var c = EntityContribution(type: .other, names: [], mentionCount: 0, roles: [:], quotes: [], quoteCount: 0)
            for e in locals where e < article.entities.count {
                let local = article.entities[e]
                c.type = local.type
                c.names.append(local.name)
                c.mentionCount += local.mentions.count
                for role in local.roles where !role.title.isEmpty {
                    let group = roleGroup(role)
                    if c.roles[group] == nil { c.roles[group] = role.description }
                }
                for quote in quotesByEntity[e] ?? [] {
                    c.quoteCount += 1
                    if c.quotes.count < EntityStats.quoteLimit {
                        c.quotes.append(EntityProfile.QuoteSummary(
                            path: path, range: quote.range, text: quote.pieces.map { article.text.slice($0) }.joined(separator: " … "),
                            published: published))
                    }
                }
            }
            result[key] = c
        }
        return result
    }
}

/// Corpus-wide totals for one entity key, kept up to date article by article.
public struct EntityStats: Sendable {
    static let quoteLimit = 3

    public internal(set) var articleCount = 0
    public internal(set) var mentionCount = 0
    public internal(set) var quoteCount = 0
    var type: EntityType = .other
    var names: [String: Int] = [:]
    /// Role group → (how each source wrote it → count, number of sources).
    var roles: [String: (forms: [String: Int], sources: Int)] = [:]
    var dates: [CalendarDate: Int] = [:]
    var firstSeen: CalendarDate? = nil
    var lastSeen: CalendarDate? = nil
    /// The earliest-published quotes; `quotesComplete` is false when one of them was removed and
    /// the list must be rebuilt from the quoting articles.
    var quotes: [EntityProfile.QuoteSummary] = []
    var quotesComplete = true
    var quoting: Set<ArticleID> = []
    /// The articles that mention the entity and their local entities with this key, so a query
    /// walks them without looking the key up in every article.
    var members: [ArticleID: [Int]] = [:]
    /// The same articles in path order (kept sorted on insert, a binary search and a memmove), so
    /// references need no sort.
    var order: [(path: String, id: ArticleID)] = []

    func orderIndex(of path: String) -> Int {
        var lo = 0
        var hi = order.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Corpus.pathPrecedes(order[mid].path, path) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    mutating func add(_ c: EntityContribution, id: ArticleID, path: String, published: CalendarDate?, locals: [Int]) {
        if members[id] == nil { order.insert((path, id), at: orderIndex(of: path)) }
        members[id] = locals
        articleCount += 1
        mentionCount += c.mentionCount
        quoteCount += c.quoteCount
        type = c.type
        for n in c.names { names[n, default: 0] += 1 }
        for (group, form) in c.roles {
            var entry = roles[group] ?? ([:], 0)
            entry.forms[form, default: 0] += 1
            entry.sources += 1
            roles[group] = entry
        }
        if let d = published {
            dates[d, default: 0] += 1
            if let f = firstSeen { if d < f { firstSeen = d } } else { firstSeen = d }
            if let l = lastSeen { if d > l { lastSeen = d } } else { lastSeen = d }
        }
        if c.quoteCount > 0 {
            quoting.insert(id)
            for q in c.quotes { Corpus.keepEarliest(&quotes, q, limit: EntityStats.quoteLimit) }
        }
    }

    mutating func subtract(_ c: EntityContribution, id: ArticleID, path: String, published: CalendarDate?) {
        if members[id] != nil {
            let i = orderIndex(of: path)
            if i < order.count, order[i].id == id { order.remove(at: i) } else { order.removeAll { $0.id == id } }
        }
        members[id] = nil
        articleCount -= 1
        mentionCount -= c.mentionCount
        quoteCount -= c.quoteCount
        for n in c.names {
            let left = (names[n] ?? 0) - 1
            names[n] = left > 0 ? left : nil
        }
        for (group, form) in c.roles {
            guard var entry = roles[group] else { continue }
            let left = (entry.forms[form] ?? 0) - 1
            entry.forms[form] = left > 0 ? left : nil
            entry.sources -= 1
            roles[group] = entry.sources <= 0 ? nil : entry
        }
        if let d = published, let n = dates[d] {
            dates[d] = n <= 1 ? nil : n - 1
            if n <= 1 && (d == firstSeen || d == lastSeen) {
                firstSeen = dates.keys.min()
                lastSeen = dates.keys.max()
            }
        }
        if c.quoteCount > 0 {
            quoting.remove(id)
            if quotes.contains(where: { $0.path == path }) {
                quotes.removeAll { $0.path == path }
                quotesComplete = false
            }
        }
    }
}

extension Corpus {
    /// The totals for an entity key, if any article mentions it.
    public func entityStats(key: String) -> EntityStats? { entityStatsIndex[key] }

    mutating func addEntityStats(_ record: ArticleRecord) {
        for (key, c) in record.entityContributions {
            entityStatsIndex[key, default: EntityStats()].add(
                c, id: record.id, path: record.path, published: record.published, locals: record.entitiesByKey[key] ?? [])
        }
    }

    /// Takes an article's contributions away. Call after the record has left `records`: a key
    /// whose first quotes lost one is rebuilt from its remaining quoting articles (only then does
    /// the cost reach past the article itself, to the articles quoting that entity).
    mutating func subtractEntityStats(_ record: ArticleRecord) {
        for (key, c) in record.entityContributions {
            // Changed in place: a copy taken out of the index would share its member table and
            // path order with the one still in it, and the first removal would copy both whole
            // (thousands of entries for an entity most articles mention) on every keystroke.
            guard entityStatsIndex[key] != nil else { continue }
            entityStatsIndex[key]!.subtract(c, id: record.id, path: record.path, published: record.published)
            guard let stats = entityStatsIndex[key], stats.articleCount > 0 else {
                entityStatsIndex[key] = nil
                continue
            }
            if !stats.quotesComplete {
                var list: [EntityProfile.QuoteSummary] = []
                for id in stats.quoting where id != record.id {
                    guard let other = self.record(id: id), let oc = other.entityContributions[key] else { continue }
                    for q in oc.quotes { Corpus.keepEarliest(&list, q, limit: EntityStats.quoteLimit) }
                }
                entityStatsIndex[key]!.quotes = list
                entityStatsIndex[key]!.quotesComplete = true
            }
        }
    }
}
