import ArticleAnalysis

extension Corpus {
    /// Hover on a quotation: who said it (with role), the cue, and which other sources carry the same
    /// quotation — with the same words and speaker, or not.
    func quoteHover(_ record: ArticleRecord, quote index: Int) -> HoverAnswer? {
        let article = record.article
        guard index >= 0, index < article.quotes.count else { return nil }
        let quote = article.quotes[index]
        var lines: [String] = []
        if !quote.isSpeech {
            lines.append("Quoted term or title (not speech)")
            return HoverAnswer(range: quote.range, markdown: lines.joined(separator: "\n"))
        }
        if let a = quote.attribution, a.speaker != nil {
            var speaker = record.speakerName(quote) ?? "unnamed speaker"
            if let role = a.role.map({ article.text.slice($0) }) {
                speaker = "**\(speaker)**, \(role)"
            } else if let e = a.entity, e >= 0, e < article.entities.count, let role = article.entities[e].roles.first {
                speaker = "**\(speaker)**, \(role.description)"
            } else {
                speaker = "**\(speaker)**"
            }
            lines.append("Quote from \(speaker)")
            if let cue = a.cue { lines.append("Cue: “\(article.text.slice(cue))” (\(Corpus.describe(a.placement)))") }
        } else {
            lines.append("Quote with **no attributed speaker**")
            if let cue = quote.attribution?.cue { lines.append("Cue: “\(article.text.slice(cue))”, but no speaker is named") }
        }
        let matches = sameQuotations(record, quote: index)
        if !matches.isEmpty {
            lines.append("")
            lines.append("Also quoted in:")
            for m in matches {
                let theirs = m.record.article.quotes[m.quote]
                var notes: [String] = []
                switch m.relation {
                case .same: notes.append("same words")
                case .differentWords: notes.append("different words: “\(QuoteMismatchRule.words(theirs, in: m.record.article.text))”")
                case .unrelated: break
                }
                if let name = m.record.speakerName(theirs) {
                    notes.append(m.differentSpeaker ? "a different speaker: \(name)" : "speaker: \(name)")
                } else {
                    notes.append("no speaker named")
                }
                lines.append("- \(m.record.sourceLabel): \(notes.joined(separator: "; "))")
            }
        }
        return HoverAnswer(range: quote.range, markdown: lines.joined(separator: "\n"))
    }

    static func describe(_ placement: Attribution.Placement) -> String {
        switch placement {
        case .before: return "before the quote"
        case .after: return "after the quote"
        case .inside: return "inside the quote"
        case .previousSentence: return "in the sentence before"
        case .nextSentence: return "in the sentence after"
        case .continuation: return "continues an earlier quote"
        }
    }
}

/// An edit in byte offsets of one article.
public struct QuoteEdit: Sendable, Hashable {
    public var range: Range<Int>
    public var newText: String
    public init(range: Range<Int>, newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// A fix the writer can apply to an `unattributed-quote` finding.
public struct QuoteFix: Sendable, Hashable {
    public var title: String
    public var edits: [QuoteEdit]
    public var isPreferred: Bool
}

extension Corpus {
    /// The fixes for each `unattributed-quote` finding overlapping `range` (as the configuration
    /// reports them): "Attribute to ⟨name⟩" for each speaker the article already quotes, nearest
    /// first, and "Ignore this quote".
    public func unattributedQuoteFixes(path: String, range: Range<Int>, configuration: RuleConfiguration = RuleConfiguration()) -> [(finding: Finding, fixes: [QuoteFix])] {
        guard let record = record(path) else { return [] }
        let article = record.article
        let findings = findings(for: path, configuration: configuration).filter {
            $0.code == "unattributed-quote" && ($0.range.overlaps(range) || $0.range.contains(range.lowerBound) || $0.range.upperBound == range.lowerBound)
        }
        return findings.compactMap { finding in
            guard let quote = article.quotes.first(where: { $0.range == finding.range }) else { return nil }
            var fixes: [QuoteFix] = []
            for (n, name) in Corpus.quotedSpeakers(record, near: quote).enumerated() {
                fixes.append(QuoteFix(title: "Attribute to \(name)", edits: Corpus.attributionEdits(quote, name: name, in: article), isPreferred: n == 0))
            }
            fixes.append(QuoteFix(title: "Ignore this quote", edits: [Corpus.suppressionEdit(quote, in: article)], isPreferred: false))
            return (finding, fixes)
        }
    }

    /// Names of the speakers the article quotes elsewhere, nearest to `quote` first: entity names
    /// when speakers resolve, otherwise the names as written. Pronouns and role phrases ("he", "the
    /// executive") are not names to offer.
    static func quotedSpeakers(_ record: ArticleRecord, near quote: Quote) -> [String] {
        let article = record.article
        var candidates: [(distance: Int, name: String)] = []
        for q in article.quotes where q.isSpeech && q.range != quote.range {
            guard let speaker = q.attribution?.speaker else { continue }
            let name: String
            if let e = q.attribution?.entity, e >= 0, e < article.entities.count {
                name = article.entities[e].name
            } else {
                name = article.text.slice(speaker)
                guard isNameLike(name) else { continue }
            }
            candidates.append((abs(speaker.lowerBound - quote.range.lowerBound), name))
        }
        candidates.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
        var names: [String] = []
        for (_, name) in candidates {
            let words = Set(name.split(separator: " ").map { $0.lowercased() })
            // "Lei" and "Lei Jun" name one person: keep the fuller.
            if let i = names.firstIndex(where: { words.isSubset(of: Set($0.split(separator: " ").map { $0.lowercased() })) }) {
                _ = i
                continue
            }
            if let i = names.firstIndex(where: { Set($0.split(separator: " ").map { $0.lowercased() }).isSubset(of: words) }) {
                names[i] = name
                continue
            }
            names.append(name)
        }
        return names
    }

    static let notNames: Set<String> = ["he", "she", "they", "it", "i", "we", "you", "the", "a", "an", "one", "another", "his", "her", "their", "its"]

    /// Capitalised words, not a pronoun or a phrase opened by a determiner.
    static func isNameLike(_ s: String) -> Bool {
        guard let first = s.split(separator: " ").first, let c = first.first, c.isUppercase else { return false }
        return !notNames.contains(first.lowercased())
    }

    /// Inserts `, ⟨name⟩ said` where it reads right:
    /// - `"We will win."` → `"We will win," ⟨name⟩ said.` (the period becomes a comma);
    /// - `"Why now?"` → `"Why now?" ⟨name⟩ said.`;
    /// - a quote inside a sentence → before the sentence's final punctuation:
    ///   `called it "a blank cheque".` → `called it "a blank cheque", ⟨name⟩ said.`
    static func attributionEdits(_ quote: Quote, name: String, in article: AnalyzedArticle) -> [QuoteEdit] {
        let bytes = Array(article.text.utf8)
        guard let last = quote.pieces.last, last.upperBound > 0, last.upperBound <= bytes.count else {
            return [QuoteEdit(range: quote.range.upperBound..<quote.range.upperBound, newText: ", \(name) said")]
        }
        let closed = quote.range.upperBound > last.upperBound
        let end = last.upperBound
        let finalByte = bytes[end - 1]
        let markEnd = closed ? quote.range.upperBound : end
        // Sentence-final punctuation inside the quote ends the sentence there.
        if finalByte == UInt8(ascii: ".") && !(end >= 3 && bytes[end - 2] == UInt8(ascii: ".") && bytes[end - 3] == UInt8(ascii: ".")) {
            if closed {
                return [QuoteEdit(range: (end - 1)..<end, newText: ","), QuoteEdit(range: markEnd..<markEnd, newText: " \(name) said.")]
            }
            return [QuoteEdit(range: (end - 1)..<end, newText: ", \(name) said.")]
        }
        if finalByte == UInt8(ascii: "?") || finalByte == UInt8(ascii: "!") {
            return [QuoteEdit(range: markEnd..<markEnd, newText: " \(name) said.")]
        }
        if finalByte == UInt8(ascii: ",") && closed {
            return [QuoteEdit(range: markEnd..<markEnd, newText: " \(name) said,")]
        }
        // Inside a sentence: before its final punctuation.
        let sentenceEnd = article.sentenceIndex(containing: max(0, markEnd - 1)).map { article.sentences[$0].range.upperBound } ?? markEnd
        var k = max(markEnd, sentenceEnd)
        // Step back over closing quotation marks and brackets after the final punctuation.
        while k > markEnd, k <= bytes.count, case let n = closingMarkLength(bytes, before: k), n > 0 { k -= n }
        if k > markEnd, k - 1 < bytes.count, bytes[k - 1] == UInt8(ascii: ".") || bytes[k - 1] == UInt8(ascii: "?") || bytes[k - 1] == UInt8(ascii: "!") {
            return [QuoteEdit(range: (k - 1)..<(k - 1), newText: ", \(name) said")]
        }
        let at = max(markEnd, sentenceEnd)
        return [QuoteEdit(range: at..<at, newText: ", \(name) said")]
    }

    /// The length of the closing mark or bracket (" ” ’ ' » ) ]) that ends just before `k`, or 0.
    static func closingMarkLength(_ bytes: [UInt8], before k: Int) -> Int {
        var start = k - 1
        while start > 0, start > k - 4, Bytes.isContinuation(bytes[start]) { start -= 1 }
        guard start >= 0, start < k else { return 0 }
        let scalar = String(decoding: bytes[start..<k], as: UTF8.self).unicodeScalars.first
        switch scalar {
        case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]": return k - start
        default: return 0
        }
    }

    /// The directive that silences this one quote: on a line of its own before the quote's line when
    /// that line starts its paragraph (`<!-- … -->` in Markdown, `// …` in plain text), otherwise an
    /// HTML comment at the start of the line, so the paragraph is not split.
    static func suppressionEdit(_ quote: Quote, in article: AnalyzedArticle) -> QuoteEdit {
        let bytes = Array(article.text.utf8)
        var lineStart = min(quote.range.lowerBound, bytes.count)
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        // Keep the line's indentation and block-quote markers in front of an inline comment.
        var contentStart = lineStart
        while contentStart < quote.range.lowerBound, contentStart < bytes.count,
            bytes[contentStart] == 0x20 || bytes[contentStart] == 0x09 || (article.format == .markdown && bytes[contentStart] == UInt8(ascii: ">"))
        {
            contentStart += 1
        }
        let opensParagraph = article.paragraphs.contains { p in
            p.range.lowerBound >= lineStart && p.range.lowerBound <= quote.range.lowerBound
        } && isBlankBefore(bytes, lineStart)
        let code = "unattributed-quote"
        if opensParagraph {
            let comment = article.format == .markdown ? "<!-- copydesk-disable-next-line \(code) -->" : "// copydesk-disable-next-line \(code)"
            return QuoteEdit(range: lineStart..<lineStart, newText: comment + "\n")
        }
        return QuoteEdit(range: contentStart..<contentStart, newText: "<!-- copydesk-disable-next-line \(code) --> ")
    }

    /// Whether the line before `lineStart` is blank (or there is none).
    static func isBlankBefore(_ bytes: [UInt8], _ lineStart: Int) -> Bool {
        guard lineStart > 0 else { return true }
        var k = lineStart - 1  // the newline ending the previous line
        while k > 0 {
            k -= 1
            if bytes[k] == 0x0A { return true }
            if !Bytes.isSpace(bytes[k]) { return false }
        }
        return true
    }
}
