import ArticleAnalysis

/// A name to offer while the writer types.
public struct NameCompletion: Sendable, Hashable {
    public var name: String
    public var type: EntityType
    public var detail: String
    /// The typed prefix the name replaces.
    public var replacing: Range<Int>
}

extension Corpus {
    /// Names of known entities that complete the capitalised word being typed at `offset`.
    /// Nothing is offered inside a lowercase word, so ordinary typing is never interrupted.
    public func completeName(path: String, offset: Int, limit: Int = 50) -> [NameCompletion] {
        guard let record = record(path) else { return [] }
        let bytes = Array(record.article.text.utf8)
        let end = min(offset, bytes.count)
        var start = end
        while start > 0 {
            let b = bytes[start - 1]
            let isWord = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x27 || b >= 0x80
            if !isWord { break }
            start -= 1
        }
        // Allow a second word of a name being typed: "Lei J" completes "Lei Jun".
        var prefixStart = start
        if start >= 2, bytes[start - 1] == 0x20 {
            var s = start - 1
            while s > 0, (bytes[s - 1] >= 0x41 && bytes[s - 1] <= 0x5A) || (bytes[s - 1] >= 0x61 && bytes[s - 1] <= 0x7A) { s -= 1 }
            if s < start - 1, bytes[s] >= 0x41 && bytes[s] <= 0x5A { prefixStart = s }
        }
        guard start < end, bytes[start] >= 0x41 && bytes[start] <= 0x5A || bytes[start] >= 0xC0 else { return [] }
        let typed = String(decoding: bytes[prefixStart..<end], as: UTF8.self).lowercased()
        let single = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
        var seen: Set<String> = []
        var result: [NameCompletion] = []
        var candidates: [(String, Bool)] = []
        for key in entityKeys where !key.hasPrefix("~") {
            guard let colon = key.firstIndex(of: ":") else { continue }
            let name = String(key[key.index(after: colon)...])
            if name.hasPrefix(typed) && typed != single {
                candidates.append((key, true))
            } else if name.hasPrefix(single) || name.contains(" " + single) {
                candidates.append((key, false))
            }
        }
        // Whole-prefix matches first, then the names most articles mention, then alphabetical.
        let ranked = candidates.map { (key: $0.0, whole: $0.1, count: articleCount(mentioning: $0.0)) }.sorted {
            if $0.whole != $1.whole { return $0.whole }
            if $0.count != $1.count { return $0.count > $1.count }
            return $0.key < $1.key
        }
        for (key, wholePrefix, _) in ranked.prefix(limit * 2) {
            let sources = articles(mentioning: key)
            guard let source = sources.first, let entity = source.article.entities.first(where: { source.key(of: $0) == key }) else { continue }
            if seen.contains(entity.name) || entity.name.lowercased() == typed { continue }
            seen.insert(entity.name)
            let role = entity.roles.first.map { " — \($0.description)" } ?? ""
            result.append(NameCompletion(
                name: entity.name, type: entity.type, detail: "\(entity.type.rawValue)\(role) · \(sources.count) article\(sources.count == 1 ? "" : "s")",
                replacing: (wholePrefix ? prefixStart : start)..<end))
            if result.count >= limit { break }
        }
        return result
    }
}
