import ArticleAnalysis

/// One node of a document outline: entities grouped by type, then quotations grouped by speaker.
public struct OutlineItem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case group
        case entity(EntityType)
        case speaker
        case quote
    }

    public var name: String
    public var detail: String?
    public var kind: Kind
    /// The whole extent (a group spans its members); `selection` is what to highlight.
    public var range: Range<Int>
    public var selection: Range<Int>
    public var children: [OutlineItem]
}

extension Corpus {
    /// The outline of one article: its entities by type (people, organisations, places, …), each at
    /// its introducing mention, then its quotations grouped by speaker.
    public func outline(path: String) -> [OutlineItem] {
        guard let record = record(path) else { return [] }
        let article = record.article
        var groups: [OutlineItem] = []
        let titles: [(EntityType, String)] = [
            (.person, "People"), (.organization, "Organizations"), (.place, "Places"), (.product, "Products"),
            (.event, "Events"), (.other, "Other names"),
        ]
        for (type, title) in titles {
            var members: [OutlineItem] = []
            for entity in article.entities where entity.type == type {
                let ranges = entity.mentions.compactMap { $0 >= 0 && $0 < article.mentions.count ? article.mentions[$0].range : nil }
                guard let first = ranges.min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
                let intro = entity.introduction >= 0 && entity.introduction < article.mentions.count ? article.mentions[entity.introduction].range : first
                let roles = entity.isAuthor ? ["author"] : entity.roles.map(\.description)
                let count = ranges.count
                let detail = ([roles.first].compactMap { $0 } + ["\(count) mention\(count == 1 ? "" : "s")"]).joined(separator: " · ")
                members.append(OutlineItem(name: entity.name, detail: detail, kind: .entity(type), range: intro, selection: intro, children: []))
            }
            guard !members.isEmpty else { continue }
            members.sort { $0.range.lowerBound < $1.range.lowerBound }
            groups.append(OutlineItem(name: title, detail: "\(members.count)", kind: .group, range: span(members), selection: members[0].selection, children: members))
        }
        // Quotations by speaker, in order of each speaker's first quote.
        var bySpeaker: [(name: String, quotes: [OutlineItem])] = []
        for quote in article.quotes where quote.isSpeech {
            let speaker: String
            if let a = quote.attribution {
                if let e = a.entity, e >= 0, e < article.entities.count {
                    speaker = article.entities[e].name
                } else if let s = a.speaker {
                    speaker = article.text.slice(s)
                } else {
                    speaker = "Unnamed speaker"
                }
            } else {
                speaker = "No speaker"
            }
            let words = quote.pieces.first.map { article.text.slice($0) } ?? article.text.slice(quote.range)
            let item = OutlineItem(name: "“" + Corpus.clipWords(words, 8) + "”", detail: nil, kind: .quote, range: quote.range, selection: quote.range, children: [])
            if let i = bySpeaker.firstIndex(where: { $0.name == speaker }) {
                bySpeaker[i].quotes.append(item)
            } else {
                bySpeaker.append((speaker, [item]))
            }
        }
        if !bySpeaker.isEmpty {
            let speakers = bySpeaker.map { s in
                OutlineItem(name: s.name, detail: "\(s.quotes.count) quote\(s.quotes.count == 1 ? "" : "s")", kind: .speaker, range: span(s.quotes), selection: s.quotes[0].selection, children: s.quotes)
            }
            groups.append(OutlineItem(name: "Quotes", detail: "\(article.quotes.filter(\.isSpeech).count)", kind: .group, range: span(speakers), selection: speakers[0].selection, children: speakers))
        }
        return groups
    }

    private func span(_ items: [OutlineItem]) -> Range<Int> {
        let lower = items.map(\.range.lowerBound).min() ?? 0
        let upper = items.map(\.range.upperBound).max() ?? lower
        return lower..<upper
    }

    /// The first `words` words of `text`, with an ellipsis when cut.
    static func clipWords(_ text: String, _ words: Int) -> String {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        return parts.prefix(words).joined(separator: " ") + (parts.count > words ? "…" : "")
    }

    /// Entities across the corpus whose names match `query` fuzzily (letters in order, word starts
    /// and prefixes ranked first), each at its introducing mention. At most `limit`.
    public func entitySymbols(matching query: String, limit: Int = 100) -> [(name: String, type: EntityType, articles: Int, location: TextLocation)] {
        let needle = Array(query.lowercased().unicodeScalars.filter { $0 != " " })
        var scored: [(score: Int, key: String)] = []
        for key in entityKeys where !key.hasPrefix("~") {
            guard let colon = key.firstIndex(of: ":") else { continue }
            let name = key[key.index(after: colon)...]
            if let score = Corpus.fuzzyScore(needle, Array(name.unicodeScalars)) { scored.append((score, key)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key }
        var result: [(String, EntityType, Int, TextLocation)] = []
        for (_, key) in scored.prefix(limit) {
            let sources = articles(mentioning: key)
            guard let source = sources.first, let entity = source.article.entities.first(where: { source.key(of: $0) == key }),
                entity.introduction >= 0, entity.introduction < source.article.mentions.count
            else { continue }
            result.append((entity.name, entity.type, sources.count, TextLocation(path: source.path, range: source.article.mentions[entity.introduction].range)))
        }
        return result
    }

    /// A subsequence match score: nil when the needle's letters do not all occur in order; higher
    /// for matches at word starts, consecutive runs and a prefix.
    static func fuzzyScore(_ needle: [Unicode.Scalar], _ haystack: [Unicode.Scalar]) -> Int? {
        if needle.isEmpty { return 0 }
        var score = 0
        var h = 0
        var previousMatch = -2
        for (n, c) in needle.enumerated() {
            var found = false
            while h < haystack.count {
                if haystack[h] == c {
                    let wordStart = h == 0 || haystack[h - 1] == " " || haystack[h - 1] == "-"
                    score += wordStart ? 10 : 1
                    if previousMatch == h - 1 { score += 5 }
                    if n == 0 && h == 0 { score += 20 }
                    previousMatch = h
                    h += 1
                    found = true
                    break
                }
                h += 1
            }
            if !found { return nil }
        }
        return score - haystack.count / 4
    }
}

extension Corpus {
    /// For code lenses: each entity first named in this article that other articles mention too,
    /// with how many articles mention it. Names only this article uses get no lens (every name
    /// would carry "mentioned in 1 article"), nor does the byline's author.
    public func mentionCounts(path: String) -> [(range: Range<Int>, articles: Int)] {
        guard let record = record(path) else { return [] }
        let article = record.article
        return article.entities.compactMap { entity in
            guard !entity.key.hasPrefix("~"), !entity.isAuthor, entity.introduction >= 0, entity.introduction < article.mentions.count else { return nil }
            let intro = article.mentions[entity.introduction]
            let count = articleCount(mentioning: record.key(of: entity))
            guard intro.kind == .name, count >= 2 else { return nil }
            return (intro.range, count)
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
