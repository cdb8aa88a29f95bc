import ArticleAnalysis
import CorpusAnalysis

/// Article text with markers, as tests write it:
///
/// - `1️⃣` … `9️⃣`, `🔟`: positions (a cursor for hover or definition);
/// - `⏩…⏪`: ranges (where a diagnostic or a definition is expected).
///
/// Markers are removed; their byte offsets in the clean text are kept. A fixture with several
/// articles starts each with a header line `//- path [published:YYYY-MM-DD]`; a fixture without
/// header is one Markdown article at `article.md`.
public struct Fixture: Sendable {
    public struct Article: Sendable {
        public var path: String
        public var published: CalendarDate?
        public var text: String
        /// Marker number (1–10) → byte offset in `text`.
        public var positions: [Int: Int]
        /// `⏩…⏪` ranges in text order.
        public var ranges: [Range<Int>]
    }

    public var articles: [Article]

    public init(_ source: String) {
        var articles: [Article] = []
        var current: (path: String, published: CalendarDate?, lines: [Substring])? = nil
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("//- ") {
                if let c = current { articles.append(Fixture.article(c.path, c.published, c.lines.joined(separator: "\n"))) }
                let words = line.dropFirst(4).split(separator: " ")
                var published: CalendarDate? = nil
                for w in words.dropFirst() where w.hasPrefix("published:") {
                    published = DateParsing.parse(String(w.dropFirst("published:".count)))
                }
                current = (String(words.first ?? "article.md"), published, [])
            } else if current != nil {
                current!.lines.append(line)
            } else {
                current = ("article.md", nil, [line])
            }
        }
        if let c = current { articles.append(Fixture.article(c.path, c.published, c.lines.joined(separator: "\n"))) }
        self.articles = articles
    }

    static let keycaps: [String: Int] = [
        "1\u{FE0F}\u{20E3}": 1, "2\u{FE0F}\u{20E3}": 2, "3\u{FE0F}\u{20E3}": 3, "4\u{FE0F}\u{20E3}": 4, "5\u{FE0F}\u{20E3}": 5,
        "6\u{FE0F}\u{20E3}": 6, "7\u{FE0F}\u{20E3}": 7, "8\u{FE0F}\u{20E3}": 8, "9\u{FE0F}\u{20E3}": 9, "\u{1F51F}": 10,
    ]

    static func article(_ path: String, _ published: CalendarDate?, _ marked: String) -> Article {
        var text = ""
        var positions: [Int: Int] = [:]
        var ranges: [Range<Int>] = []
        var open: [Int] = []
        for ch in marked {
            let s = String(ch)
            if let n = keycaps[s] {
                positions[n] = text.utf8.count
            } else if s == "⏩" {
                open.append(text.utf8.count)
            } else if s == "⏪" {
                if let start = open.popLast() { ranges.append(start..<text.utf8.count) }
            } else {
                text.append(ch)
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        return Article(path: path, published: published, text: text, positions: positions, ranges: ranges)
    }

    public subscript(path: String) -> Article? { articles.first { $0.path == path } }

    /// The article holding marker `n`, and the marker's offset.
    public func position(_ n: Int) -> (article: Article, offset: Int)? {
        for a in articles { if let o = a.positions[n] { return (a, o) } }
        return nil
    }

    public func analyze(_ article: Article) -> AnalyzedArticle {
        ArticleAnalyzer.analyze(article.text, format: ArticleFormat.forPath(article.path), options: .init(publication: article.published))
    }

    public func corpus() -> Corpus {
        var corpus = Corpus()
        for a in articles { corpus.update(path: a.path, article: analyze(a)) }
        return corpus
    }
}

/// A failed fixture check: what was expected and what came, as the writer would read it.
public struct FixtureMismatch: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
