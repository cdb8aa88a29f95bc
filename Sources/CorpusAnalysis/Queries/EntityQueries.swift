import ArticleAnalysis

extension Corpus {
    /// The entity named at `offset`: its key and the mention.
    func entity(at path: String, offset: Int) -> (record: ArticleRecord, mention: Mention, entity: LocalEntity)? {
        guard let record = record(path), let m = record.article.mentionIndex(at: offset) else { return nil }
        let mention = record.article.mentions[m]
        guard mention.entity >= 0, mention.entity < record.article.entities.count else { return nil }
        return (record, mention, record.article.entities[mention.entity])
    }

    /// Hover on a mention: who or what it is, roles, where it is mentioned, what it was quoted saying.
    func entityHover(_ record: ArticleRecord, mention index: Int) -> HoverAnswer? {
        let mention = record.article.mentions[index]
        guard mention.entity >= 0, mention.entity < record.article.entities.count else { return nil }
        let entity = record.article.entities[mention.entity]
        let key = record.key(of: entity)
        let sources = articles(mentioning: key)
        var mentionCount = 0
        var roleSources: [String: Set<String>] = [:]
        var quotes: [String] = []
        var dates: [CalendarDate] = []
        for source in sources {
            let article = source.article
            for (e, local) in article.entities.enumerated() where source.key(of: local) == key {
                mentionCount += local.mentions.count
                for role in local.roles { roleSources[role.description, default: []].insert(source.path) }
                for quote in article.quotes where quote.attribution?.entity == e && quote.isSpeech {
                    let words = quote.pieces.map { article.text.slice($0) }.joined(separator: " … ")
                    quotes.append(words)
                }
            }
            if let d = source.published { dates.append(d) }
        }
        var lines: [String] = []
        lines.append("**\(entity.name)** — \(entity.type.rawValue)")
        if !roleSources.isEmpty {
            let roles = roleSources.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.map { role, paths in
                paths.count > 1 ? "\(role) (\(paths.count) sources)" : role
            }
            lines.append("Roles: " + roles.joined(separator: "; "))
        }
        let articleWord = sources.count == 1 ? "article" : "articles"
        let mentionWord = mentionCount == 1 ? "mention" : "mentions"
        var tally = "\(sources.count) \(articleWord), \(mentionCount) \(mentionWord)"
        if !quotes.isEmpty { tally += ", quoted \(quotes.count == 1 ? "once" : quotes.count == 2 ? "twice" : "\(quotes.count) times")" }
        lines.append(tally)
        if !quotes.isEmpty {
            lines.append("")
            for q in quotes.prefix(3) { lines.append("> “\(q)”") }
        }
        if let first = dates.min(), let last = dates.max() {
            lines.append("")
            lines.append(first == last ? "Seen \(first.iso)" : "First seen \(first.iso), last seen \(last.iso)")
        }
        return HoverAnswer(range: mention.range, markdown: lines.joined(separator: "\n"))
    }

    /// Where the entity at `offset` is introduced: its fullest named form, in the earliest-published
    /// article that names it.
    public func definition(path: String, offset: Int) -> [TextLocation] {
        guard let (record, _, entity) = entity(at: path, offset: offset) else { return [] }
        let key = record.key(of: entity)
        var best: (record: ArticleRecord, mention: Mention)? = nil
        var bestLength = -1
        for source in articles(mentioning: key) {
            for local in source.article.entities where source.key(of: local) == key {
                guard local.introduction >= 0, local.introduction < source.article.mentions.count else { continue }
                let m = source.article.mentions[local.introduction]
                let length = m.range.count
                // Earliest-published wins; a fuller name in an equally early article wins.
                if best == nil || (length > bestLength && ArticleRecord.sameDate(best!.record, source)) {
                    best = (source, m)
                    bestLength = length
                }
            }
            if best != nil, let d = best!.record.published, let next = source.published, next > d { break }
        }
        guard let best else { return [TextLocation(path: record.path, range: record.article.mentions[entity.introduction].range)] }
        return [TextLocation(path: best.record.path, range: best.mention.range)]
    }

    /// Every mention of the entity at `offset`, in every article.
    public func references(path: String, offset: Int, includeDeclaration: Bool) -> [TextLocation] {
        guard let (record, _, entity) = entity(at: path, offset: offset) else { return [] }
        let key = record.key(of: entity)
        let declaration = includeDeclaration ? nil : definition(path: path, offset: offset).first
        var result: [TextLocation] = []
        for source in articles(mentioning: key) {
            for local in source.article.entities where source.key(of: local) == key {
                for m in local.mentions where m >= 0 && m < source.article.mentions.count {
                    let location = TextLocation(path: source.path, range: source.article.mentions[m].range)
                    if location != declaration { result.append(location) }
                }
            }
        }
        return result.sorted { ($0.path, $0.range.lowerBound) < ($1.path, $1.range.lowerBound) }
    }

    /// The other mentions of the same entity in the same article.
    public func highlights(path: String, offset: Int) -> [Range<Int>] {
        guard let (record, mention, _) = entity(at: path, offset: offset) else { return [] }
        return record.article.mentions.filter { $0.entity == mention.entity }.map(\.range)
    }
}

extension ArticleRecord {
    static func sameDate(_ a: ArticleRecord, _ b: ArticleRecord) -> Bool { a.published == b.published }
}
