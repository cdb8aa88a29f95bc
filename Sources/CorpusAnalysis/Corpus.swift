import ArticleAnalysis

/// A stable small id for an article in a corpus.
public struct ArticleID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: Int32
    public init(_ rawValue: Int32) { self.rawValue = rawValue }
    public static func < (a: ArticleID, b: ArticleID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "#\(rawValue)" }
}

/// A place in an article: UTF-8 byte offsets into its text.
public struct TextLocation: Sendable, Hashable {
    public var path: String
    public var range: Range<Int>
    public init(path: String, range: Range<Int>) {
        self.path = path
        self.range = range
    }
}

/// An article's cross-article facts (the keys it shares with others, what each rule prepared,
/// its entity totals), worked out before it joins a corpus. Pure and independent of any corpus, so
/// a bulk load prepares many articles in parallel and only the cheap indexing stays serial.
public struct PreparedArticle: Sendable {
    public let path: String
    public let article: AnalyzedArticle
    let dependencyKeys: [DependencyKey]
    let preparedData: [String: any Sendable]
    let publicationDay: Int
    let entitiesByKey: [String: [Int]]
    let entityContributions: [String: EntityContribution]

    public init(path: String, article: AnalyzedArticle) {
        self.path = path
        self.article = article
        var keys: [DependencyKey] = []
        var prepared: [String: any Sendable] = [:]
        for rule in RuleCatalog.crossArticleRules {
            if let preparing = rule as? any PreparingRule {
                let data = preparing.prepare(article)
                if let data { prepared[rule.code] = data }
                keys += preparing.dependencyKeys(of: article, prepared: data)
            } else {
                keys += rule.dependencyKeys(of: article)
            }
        }
        self.dependencyKeys = DependencyKey.unique(keys)
        self.preparedData = prepared
        self.publicationDay = article.publication?.date?.dayNumber ?? Int.max
        var byKey: [String: [Int]] = [:]
        for (index, entity) in article.entities.enumerated() {
            let key = entity.key.hasPrefix("~") ? entity.key + "@" + path : entity.key
            byKey[key, default: []].append(index)
        }
        self.entitiesByKey = byKey
        self.entityContributions = EntityContribution.of(article, path: path, published: article.publication?.date, byKey: byKey)
    }
}

/// The corpus's records by id. Ids are handed out densely, so this is an array: a lookup is an
/// index, not a hash, and the publication days sit side by side for sorting sources.
struct RecordTable: Sendable {
    private var slots: [ArticleRecord?] = []
    private var days: [Int] = []
    private(set) var count = 0

    subscript(id: ArticleID) -> ArticleRecord? {
        get {
            let i = Int(id.rawValue)
            return i >= 0 && i < slots.count ? slots[i] : nil
        }
        set {
            let i = Int(id.rawValue)
            guard i >= 0 else { return }
            while slots.count <= i {
                slots.append(nil)
                days.append(Int.max)
            }
            if slots[i] == nil && newValue != nil { count += 1 }
            if slots[i] != nil && newValue == nil { count -= 1 }
            slots[i] = newValue
            days[i] = newValue?.publicationDay ?? Int.max
        }
    }

    /// The record's publication day number (`Int.max` when undated or absent).
    func publicationDay(_ id: ArticleID) -> Int {
        let i = Int(id.rawValue)
        return i >= 0 && i < days.count ? days[i] : Int.max
    }

    var values: [ArticleRecord] { slots.compactMap { $0 } }
}

/// One article in the corpus, with the keys it shares with others.
public final class ArticleRecord: Sendable {
    public let id: ArticleID
    public let path: String
    public let article: AnalyzedArticle
    /// Keys that link this article's facts to other articles' (entity keys, claim keys, quote
    /// fingerprints), each in the namespace of the rule family that uses it; sorted, each once.
    public let dependencyKeys: [DependencyKey]
    /// Corpus-wide entity key → the article's entities with that key (indices into
    /// `article.entities`), so queries about one entity never scan the article's other entities.
    public let entitiesByKey: [String: [Int]]
    /// What the article adds to each entity key's corpus totals (see `EntityStats`).
    public let entityContributions: [String: EntityContribution]

    /// Data the cross-article rules prepared from this article, by rule code.
    let preparedData: [String: any Sendable]
    /// The quotations' prepared words (`preparedData` of `quote-mismatch`), typed: comparisons
    /// read them for every candidate source.
    let preparedQuotes: PreparedQuotes?
    /// The publication date's day number, or `Int.max` when undated: the sort key of
    /// `publicationOrder`, kept so sorting sources compares integers.
    let publicationDay: Int

    init(id: ArticleID, prepared: PreparedArticle) {
        self.id = id
        self.path = prepared.path
        self.article = prepared.article
        self.dependencyKeys = prepared.dependencyKeys
        self.preparedData = prepared.preparedData
        self.preparedQuotes = prepared.preparedData[QuoteMismatchRule().code] as? PreparedQuotes
        self.publicationDay = prepared.publicationDay
        self.entitiesByKey = prepared.entitiesByKey
        self.entityContributions = prepared.entityContributions
    }

    /// What `rule` prepared from this article when it entered the corpus.
    public func prepared<T>(for rule: any Rule, as type: T.Type) -> T? { preparedData[rule.code] as? T }

    /// The publication date, if known: used to order sources ("earliest-published article").
    public var published: CalendarDate? { article.publication?.date }

    /// The entity keys the article mentions, as the corpus links them.
    public var entityKeys: Dictionary<String, [Int]>.Keys { entitiesByKey.keys }

    /// The corpus-wide key of one of the article's entities. Keys starting with `~` are local to
    /// their article (a bare surname that nothing ties to a fuller name, say), so they are scoped
    /// by path and never link across articles.
    public func key(of entity: LocalEntity) -> String {
        entity.key.hasPrefix("~") ? entity.key + "@" + path : entity.key
    }

    /// The article's name in messages: its file and the folder holding it ("wsj/xiaomi.md"),
    /// whether the path is a file path or a `file://` URI (percent-escapes decoded), so outlets
    /// kept in folders of same-named files stay apart while messages stay short.
    public var fileName: String {
        let last = path.split(separator: "/").suffix(2).joined(separator: "/")
        guard last.contains("%") else { return last }
        var bytes: [UInt8] = []
        var utf8 = Array(last.utf8)[...]
        while let b = utf8.popFirst() {
            if b == UInt8(ascii: "%"), utf8.count >= 2, let v = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// "WSJ (xiaomi.md)", or the file name alone: how messages name another source.
    public var sourceLabel: String {
        if let source = article.source, !source.isEmpty { return "\(source) (\(fileName))" }
        return fileName
    }

    /// Earliest-published first; undated articles after dated ones; then by path.
    public static func publicationOrder(_ a: ArticleRecord, _ b: ArticleRecord) -> Bool {
        a.publicationDay != b.publicationDay ? a.publicationDay < b.publicationDay : a.path < b.path
    }
}

/// What a change did: which other articles' diagnostics may differ now.
public struct ChangeImpact: Sendable, Equatable {
    public var changed: String
    public var affected: [String]
}

/// The whole corpus, as an immutable value: applying a change gives a new corpus and leaves the
/// old one intact for anyone still reading it. Cost of a change: the article's own facts plus the
/// other articles that share a key with it; never the corpus size.
public struct Corpus: Sendable {
    private var ids: [String: ArticleID] = [:]
    private var records = RecordTable()
    private var nextID: Int32 = 0
    /// Dependency key → articles that have it.
    private var index: [DependencyKey: Set<ArticleID>] = [:]
    /// Entity key → articles that mention the entity.
    private var entityIndex: [String: Set<ArticleID>] = [:]
    /// Entity key → corpus-wide totals (mentions, roles, quotes, dates), for hover.
    var entityStatsIndex: [String: EntityStats] = [:]
    /// Whether the corpus keeps `entityStatsIndex`. The entity queries (hover, references,
    /// symbols) read it; the rules do not, so a one-shot `check` turns it off before loading and
    /// saves its serial indexing time and memory. Set it before the first update.
    public var tracksEntityStats = true
    public private(set) var revision = 0
    /// Set by a long-lived owner (the language server): remembers quote comparisons whose inputs
    /// have not changed, so a keystroke does not compare the edited article's other quotes again.
    /// A one-shot `check` compares each quote once and leaves it nil.
    public var quoteMatchCache: QuoteMatchCache?

    /// How many other articles a cross-article comparison looks at for one fact, earliest first.
    public static let maximumComparedSources = 32

    public init() {}

    public var count: Int { records.count }
    public var paths: [String] { records.values.map(\.path).sorted() }
    /// Every path, in no particular order (no sorting: for scans over the whole corpus).
    public var unorderedPaths: Dictionary<String, ArticleID>.Keys { ids.keys }

    public func record(_ path: String) -> ArticleRecord? { ids[path].flatMap { records[$0] } }
    public func record(id: ArticleID) -> ArticleRecord? { records[id] }
    public func article(_ path: String) -> AnalyzedArticle? { record(path)?.article }
    public var allRecords: [ArticleRecord] { records.values.sorted { $0.path < $1.path } }

    /// The ids of the articles that share `key`, unordered (no records looked up, nothing sorted).
    public func articleIDs(sharing key: DependencyKey) -> Set<ArticleID> { index[key] ?? [] }

    /// The earliest-published articles sharing `key`, at most `limit`, in publication order.
    public func earliestArticles(sharing key: DependencyKey, except: ArticleID? = nil, limit: Int = Corpus.maximumComparedSources) -> [ArticleRecord] {
        earliest(index[key] ?? [], except: except, limit: limit)
    }

    /// The earliest-published articles sharing any of `keys`, each once, at most `limit`.
    public func earliestArticles(sharingAny keys: some Sequence<DependencyKey>, except: ArticleID? = nil, limit: Int = Corpus.maximumComparedSources) -> [ArticleRecord] {
        earliest(articleIDs(sharingAny: keys), except: except, limit: limit)
    }

    /// The ids of the articles sharing any of `keys`, each once.
    func articleIDs(sharingAny keys: some Sequence<DependencyKey>) -> [ArticleID] {
        var ids: [ArticleID] = []
        for key in keys { if let set = index[key] { ids.append(contentsOf: set) } }
        return Corpus.unique(ids)
    }

    /// `ids` without repeats, in first-seen order: a small open-addressing table instead of a sort
    /// (an id is a dense small integer, so it is its own hash).
    static func unique(_ ids: [ArticleID]) -> [ArticleID] {
        guard ids.count > 1 else { return ids }
        var size = 8
        while size < ids.count * 2 { size <<= 1 }
        var table = [Int32](repeating: -1, count: size)
        let mask = size - 1
        var result: [ArticleID] = []
        result.reserveCapacity(ids.count)
        for id in ids {
            var slot = Int(truncatingIfNeeded: UInt32(bitPattern: id.rawValue) &* 0x9E37_79B1) & mask
            while table[slot] != -1 && table[slot] != id.rawValue { slot = (slot + 1) & mask }
            if table[slot] == -1 {
                table[slot] = id.rawValue
                result.append(id)
            }
        }
        return result
    }

    /// The `limit` earliest of `ids` by `ArticleRecord.publicationOrder`, without sorting them all:
    /// a fact shared by thousands of articles costs one pass over their ids.
    func earliest(_ ids: some Sequence<ArticleID>, except: ArticleID?, limit: Int) -> [ArticleRecord] {
        var best: [ArticleRecord] = []
        best.reserveCapacity(limit + 1)
        for id in ids where id != except {
            // Most ids lose on the day alone, read from a dense array without touching the record.
            if best.count == limit, let worst = best.last, records.publicationDay(id) > worst.publicationDay { continue }
            guard let r = records[id] else { continue }
            if best.count == limit, let worst = best.last, !ArticleRecord.publicationOrder(r, worst) { continue }
            // Insert in order (binary search), dropping the latest when over the limit.
            var lo = 0
            var hi = best.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ArticleRecord.publicationOrder(best[mid], r) { lo = mid + 1 } else { hi = mid }
            }
            best.insert(r, at: lo)
            if best.count > limit { best.removeLast() }
        }
        return best
    }

    /// Articles that share `key` (e.g. `DependencyKey("claim:", claim.key)`).
    public func articles(sharing key: DependencyKey) -> [ArticleRecord] {
        (index[key] ?? []).compactMap { records[$0] }.sorted { $0.path < $1.path }
    }

    /// Adds or replaces an article. Returns the other articles whose diagnostics may have changed.
    @discardableResult
    public mutating func update(path: String, article: AnalyzedArticle) -> ChangeImpact {
        update(path: path, article: article, computeImpact: true)
    }

    /// As `update(path:article:)`; a bulk load passes `computeImpact: false` to skip working out
    /// which other articles are affected.
    @discardableResult
    public mutating func update(path: String, article: AnalyzedArticle, computeImpact: Bool) -> ChangeImpact {
        update(PreparedArticle(path: path, article: article), computeImpact: computeImpact)
    }

    /// As `update(path:article:)`, with the article's cross-article facts already prepared (a bulk
    /// load prepares articles in parallel, then adds them one by one).
    @discardableResult
    public mutating func update(_ prepared: PreparedArticle, computeImpact: Bool = true) -> ChangeImpact {
        let path = prepared.path
        revision += 1
        let id: ArticleID
        var touchedKeys: [DependencyKey] = []
        if let existing = ids[path] {
            id = existing
            if let old = records[existing] {
                touchedKeys = old.dependencyKeys
                for key in old.dependencyKeys { removeFromIndex(key, existing) }
                for key in old.entityKeys { Corpus.remove(key, existing, from: &entityIndex) }
                if tracksEntityStats { subtractEntityStats(old) }
            }
        } else {
            id = ArticleID(nextID)
            nextID += 1
            ids[path] = id
        }
        let record = ArticleRecord(id: id, prepared: prepared)
        records[id] = record
        for key in record.dependencyKeys { index[key, default: []].insert(id) }
        for key in record.entityKeys { entityIndex[key, default: []].insert(id) }
        if tracksEntityStats { addEntityStats(record) }
        guard computeImpact else { return ChangeImpact(changed: path, affected: []) }
        touchedKeys += record.dependencyKeys
        return ChangeImpact(changed: path, affected: affected(by: touchedKeys, except: id))
    }

    /// Removes an article. Returns the articles whose diagnostics may have changed.
    @discardableResult
    public mutating func remove(path: String) -> ChangeImpact {
        guard let id = ids[path], let old = records[id] else { return ChangeImpact(changed: path, affected: []) }
        revision += 1
        for key in old.dependencyKeys { removeFromIndex(key, id) }
        for key in old.entityKeys { Corpus.remove(key, id, from: &entityIndex) }
        records[id] = nil
        if tracksEntityStats { subtractEntityStats(old) }
        ids[path] = nil
        return ChangeImpact(changed: path, affected: affected(by: old.dependencyKeys, except: id))
    }

    private mutating func removeFromIndex(_ key: DependencyKey, _ id: ArticleID) {
        Corpus.remove(key, id, from: &index)
    }

    private static func remove<Key: Hashable>(_ key: Key, _ id: ArticleID, from index: inout [Key: Set<ArticleID>]) {
        guard index[key] != nil else { return }
        index[key]!.remove(id)
        if index[key]!.isEmpty { index[key] = nil }
    }

    /// Articles that mention the entity with `key`, in publication order (undated last), then path.
    public func articles(mentioning key: String) -> [ArticleRecord] {
        (entityIndex[key] ?? []).compactMap { records[$0] }.sorted(by: ArticleRecord.publicationOrder)
    }

    /// Articles that mention the entity with `key`, in no particular order (cheaper when the caller
    /// aggregates or orders by something else).
    public func unorderedArticles(mentioning key: String) -> [ArticleRecord] {
        guard let ids = entityIndex[key] else { return [] }
        var result: [ArticleRecord] = []
        result.reserveCapacity(ids.count)
        for id in ids { if let r = records[id] { result.append(r) } }
        return result
    }

    /// How many articles mention the entity with `key`.
    public func articleCount(mentioning key: String) -> Int { entityIndex[key]?.count ?? 0 }

    /// Every entity key in the corpus.
    public var entityKeys: Dictionary<String, Set<ArticleID>>.Keys { entityIndex.keys }

    private func affected(by keys: [DependencyKey], except id: ArticleID) -> [String] {
        articleIDs(sharingAny: keys).compactMap { $0 == id ? nil : records[$0]?.path }.sorted()
    }
}
