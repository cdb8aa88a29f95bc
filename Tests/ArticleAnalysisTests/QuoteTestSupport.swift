import ArticleAnalysis
import CopydeskTestSupport

/// Quotes as a reader would list them, one line each:
///
///     “We plan … to open in May.” ← he (cue “said”, inside)
///     “Jaws” — not speech
///     “We will win.” ← nobody
///
/// With a role: `← Lei Jun, the chairman of Xiaomi (cue “said”, after)`. A block (multi-paragraph
/// or block-quote) quotation is marked `[block]`, a partial one `[partial]`.
func describeQuotes(_ text: String, format: ArticleFormat = .markdown) -> [String] {
    let article = ArticleAnalyzer.analyze(text, format: format)
    return article.quotes.map { describe($0, in: article.text) }
}

func describe(_ q: Quote, in text: String) -> String {
    let words = q.pieces.map { text.slice($0) }.joined(separator: " … ")
    let kind = q.kind == .full ? "" : " [\(q.kind.rawValue)]"
    guard q.isSpeech else { return "“\(words)”\(kind) — not speech" }
    guard let a = q.attribution, let speaker = a.speaker else {
        if let cue = q.attribution?.cue { return "“\(words)”\(kind) ← nobody (cue “\(text.slice(cue))”)" }
        return "“\(words)”\(kind) ← nobody"
    }
    var who = text.slice(speaker)
    if let role = a.role { who += ", " + text.slice(role) }
    let cue = a.cue.map { "cue “\(text.slice($0))”, " } ?? ""
    return "“\(words)”\(kind) ← \(who) (\(cue)\(a.placement.rawValue))"
}

/// Compares the quotes found in `text` with the expected lines, listing every difference.
func checkQuotes(_ text: String, format: ArticleFormat = .markdown, _ expected: [String]) throws {
    let actual = describeQuotes(text, format: format)
    guard actual != expected else { return }
    throw FixtureMismatch("quotes differ:\n--- expected\n" + expected.joined(separator: "\n") + "\n--- actual\n" + actual.joined(separator: "\n"))
}
