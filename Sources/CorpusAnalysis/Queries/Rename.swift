import ArticleAnalysis

/// One text replacement in one article (byte offsets).
public struct TextReplacement: Sendable, Hashable {
    public var location: TextLocation
    public var newText: String
}

extension Corpus {
    /// The name under the cursor that can be renamed: a named mention (not "he" or "the company").
    public func renameTarget(path: String, offset: Int) -> (range: Range<Int>, text: String)? {
        guard let record = record(path), let m = record.article.mentionIndex(at: offset) else { return nil }
        let mention = record.article.mentions[m]
        guard mention.kind == .name else { return nil }
        return (mention.range, record.article.text.slice(mention.range))
    }

    /// Renames an entity everywhere it is named, for fixing a misspelt name across the corpus.
    ///
    /// The name under the cursor is replaced word by word in every named mention of the entity:
    /// renaming "Jun" to "Jung" turns "Lei Jun" into "Lei Jung" and "Mr. Jun" into "Mr. Jung";
    /// renaming "Lei Jun" to "Lei Jung" maps word to word likewise. When the old and new names have
    /// different numbers of words, only mentions that read exactly like the old name change.
    /// Pronouns and descriptions ("the executive") are never touched.
    public func rename(path: String, offset: Int, to newName: String) -> [TextReplacement]? {
        guard let (record, mention, entity) = entity(at: path, offset: offset), mention.kind == .name else { return nil }
        let oldText = record.article.text.slice(mention.range)
        let oldWords = Corpus.words(oldText)
        let newWords = Corpus.words(newName)
        guard !newWords.isEmpty else { return nil }
        let key = record.key(of: entity)
        var replacements: [TextReplacement] = []
        for source in articles(mentioning: key) {
            let article = source.article
            for local in article.entities where source.key(of: local) == key {
                for index in local.mentions where index >= 0 && index < article.mentions.count {
                    let m = article.mentions[index]
                    guard m.kind == .name else { continue }
                    let text = article.text.slice(m.range)
                    if oldWords.count == newWords.count {
                        // Word by word, keeping everything between the words.
                        for (word, range) in Corpus.wordRanges(text, base: m.range.lowerBound) {
                            guard let i = oldWords.firstIndex(of: word), newWords[i] != word else { continue }
                            replacements.append(TextReplacement(location: TextLocation(path: source.path, range: range), newText: newWords[i]))
                        }
                    } else if text == oldText {
                        replacements.append(TextReplacement(location: TextLocation(path: source.path, range: m.range), newText: newName))
                    }
                }
            }
        }
        return replacements.sorted { ($0.location.path, $0.location.range.lowerBound) < ($1.location.path, $1.location.range.lowerBound) }
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
    }

    /// Words of `text` with their byte ranges (offset by `base`).
    static func wordRanges(_ text: String, base: Int) -> [(String, Range<Int>)] {
        var result: [(String, Range<Int>)] = []
        var start: Int? = nil
        var offset = 0
        let bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() {
            let isSpace = b == 0x20 || b == 0x0A || b == 0x09
            if isSpace {
                if let s = start { result.append((String(decoding: bytes[s..<i], as: UTF8.self), (base + s)..<(base + i))) }
                start = nil
            } else if start == nil {
                start = i
            }
            offset = i + 1
        }
        if let s = start { result.append((String(decoding: bytes[s..<offset], as: UTF8.self), (base + s)..<(base + offset))) }
        return result
    }
}
