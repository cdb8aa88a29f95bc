import ArticleAnalysis

/// `unattributed-quote` (warning): a quotation of speech with nobody saying it — no cue at all, or
/// a cue with no speaker it names (`"…," the crowd was told`, a colon after a clause with no subject).
public struct UnattributedQuoteRule: LocalRule {
    public init() {}
    public let code = "unattributed-quote"
    public let defaultSeverity = Severity.warning
    public let summary = "A quotation of speech that no speaker is attributed to."

    public func findings(in record: ArticleRecord, corpus: Corpus) -> [Finding] {
        let article = record.article
        // A headline or subheading quotes words the story attributes below it.
        return article.quotes.filter { UnattributedQuoteRule.isUnattributed($0) && !UnattributedQuoteRule.isInHeading($0, article.paragraphs) }.map { quote in
            let opening = UnattributedQuoteRule.openingWords(of: quote, in: article.text)
            return Finding(
                range: quote.range, severity: defaultSeverity, code: code,
                message: "Quotation “\(opening)” has no attributed speaker")
        }
    }

    /// Speech with no speaker.
    static func isUnattributed(_ quote: Quote) -> Bool {
        quote.isSpeech && !quote.isAttributed
    }

    /// Whether the quote opens inside a heading paragraph (paragraphs are in text order).
    static func isInHeading(_ quote: Quote, _ paragraphs: [Paragraph]) -> Bool {
        var lo = 0
        var hi = paragraphs.count
        let at = quote.range.lowerBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if paragraphs[mid].range.upperBound <= at { lo = mid + 1 } else { hi = mid }
        }
        return lo < paragraphs.count && paragraphs[lo].range.contains(at) && paragraphs[lo].kind == .heading
    }

    /// The first few words of the quote, for the message.
    static func openingWords(of quote: Quote, in text: String, limit: Int = 6) -> String {
        let content = quote.pieces.first.map { text.slice($0) } ?? text.slice(quote.range)
        let words = content.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        let head = words.prefix(limit).joined(separator: " ")
        return words.count > limit ? head + "…" : head
    }
}
