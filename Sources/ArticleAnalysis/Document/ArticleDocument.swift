/// Where an article's publication date came from.
public struct PublicationDate: Sendable, Hashable {
    public enum Origin: String, Sendable, Hashable {
        /// A `date:`/`published:` field in front matter.
        case frontMatter
        /// A date line at the top of the article ("March 5, 2018", "WASHINGTON, March 5, 2018 —").
        case dateline
        /// A labelled line in the text ("Published: March 5, 2018").
        case dateLine
        /// Supplied by the caller (e.g. a corpus's metadata).
        case external
    }

    public enum Value: Sendable, Hashable {
        case date(CalendarDate)
        /// A month and day with no year ("Mar 05 AT 10:29 AM"): not enough to anchor "this year".
        case monthDay(month: Int, day: Int)
    }

    public var value: Value
    public var origin: Origin
    /// The text it was read from, if it is in the article.
    public var range: Range<Int>?

    public var date: CalendarDate? {
        if case .date(let d) = value { return d }
        return nil
    }
}

/// One article read for analysis: the text, its markup-masked twin at the same offsets, front matter,
/// paragraphs, sentences and tokens. Built once per analysis and then let go; `AnalyzedArticle` keeps
/// only what later queries need.
public struct ArticleDocument: Sendable {
    public let text: String
    /// The text with markup, front matter and comments blanked to spaces: same length, same offsets.
    public let bytes: [UInt8]
    public let format: ArticleFormat
    public let frontMatter: FrontMatter?
    public let directives: [Directive]
    public let paragraphs: [Paragraph]
    public let sentences: [Sentence]
    public let tokens: [Token]
    /// The headline: a Markdown heading or the first short standalone line.
    public let headline: Range<Int>?
    public let publication: PublicationDate?

    public init(text: String, format: ArticleFormat, publication external: CalendarDate? = nil) {
        self.text = text
        self.format = format
        let layout = Layout(bytes: Array(text.utf8), format: format)
        bytes = layout.masked
        frontMatter = layout.frontMatter
        directives = layout.directives
        var tokens = Tokenizer.tokenize(layout.masked)
        let (paragraphs, sentences) = Segmenter.segment(layout: layout, tokens: &tokens, format: format)
        self.tokens = tokens
        self.paragraphs = paragraphs
        self.sentences = sentences
        headline = ArticleDocument.findHeadline(paragraphs, bytes: layout.masked)
        if let external {
            publication = PublicationDate(value: .date(external), origin: .external, range: nil)
        } else {
            publication = ArticleDocument.findPublication(frontMatter: layout.frontMatter, paragraphs: paragraphs, bytes: layout.masked)
        }
    }

    public func text(_ range: Range<Int>) -> String { bytes.text(range) }

    /// Index of the sentence containing byte `offset`, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0
        var hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].range.contains(offset) ? lo : nil
    }

    /// Index of the first token that ends after `offset`.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].end) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    static func findHeadline(_ paragraphs: [Paragraph], bytes: [UInt8]) -> Range<Int>? {
        for p in paragraphs.prefix(4) {
            switch p.kind {
            case .heading:
                let text = bytes.text(p.range)
                if case .some = DateParsing.parseLoose(text) { continue }  // a dateline, not a headline
                if text.lowercased().hasPrefix("by ") { continue }  // a byline
                if text.split(separator: " ").count < 3 { continue }
                return p.range
            case .body:
                return nil
            default:
                continue
            }
        }
        return nil
    }

    /// Whether `bytes[range]` has a "-" or the UTF-8 of "–" (E2 80 93) or "—" (E2 80 94).
    static func mayHaveDash(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x2D { return true }
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { return true }
            i += 1
        }
        return false
    }

    static let dateLabels = ["published", "updated", "posted", "date", "first published", "last updated", "dateline"]
    static let dateLabelBytes = dateLabels.map { Array($0.utf8) }

    static func findPublication(frontMatter: FrontMatter?, paragraphs: [Paragraph], bytes: [UInt8]) -> PublicationDate? {
        if let field = frontMatter?.dateField, let date = DateParsing.parse(field.value) {
            return PublicationDate(value: .date(date), origin: .frontMatter, range: field.valueRange)
        }
        // A dated URL in front matter: ".../2018/03/05/xiaomi-us-plans".
        if let field = frontMatter?.field(FrontMatter.urlKeys), let date = DateParsing.dateInURL(field.value) {
            return PublicationDate(value: .date(date), origin: .frontMatter, range: field.valueRange)
        }
        // A date line above the prose, or the dateline that opens the first paragraph.
        var partial: PublicationDate? = nil
        for (index, p) in paragraphs.prefix(5).enumerated() {
            if p.kind == .boilerplate { continue }
            let isOpening = p.kind == .body
            let window = isOpening ? p.range.lowerBound..<min(p.range.upperBound, p.range.lowerBound + 80) : p.range
            if p.kind == .heading || p.kind == .body || p.kind == .listItem {
                if p.range.count <= 160 || isOpening {
                    // Without a dash byte ("-", or the lead bytes of "–" and "—") there is no dash
                    // character: skip making the String.
                    if isOpening && !ArticleDocument.mayHaveDash(bytes, window) {
                        if index > 1 { break }
                        continue
                    }
                    var text = bytes.text(window)
                    if isOpening {
                        // Only the dateline part: up to a dash or "(Reuters) -".
                        guard let dash = text.firstIndex(where: { $0 == "—" || $0 == "–" || $0 == "-" }) else {
                            if index > 1 { break }
                            continue
                        }
                        text = String(text[..<dash])
                    }
                    switch DateParsing.parseLoose(text) {
                    case .full(let d)?:
                        let labelled = dateLabels.contains { text.lowercased().hasPrefix($0) }
                        return PublicationDate(value: .date(d), origin: labelled ? .dateLine : .dateline, range: window)
                    case .monthDay(let m, let d)?:
                        if partial == nil { partial = PublicationDate(value: .monthDay(month: m, day: d), origin: .dateline, range: window) }
                    case nil:
                        break
                    }
                }
            }
            if isOpening { break }
        }
        // A labelled date line anywhere in short non-boilerplate paragraphs.
        for p in paragraphs where p.kind != .boilerplate && p.range.count <= 120 {
            // Bytes first: most short paragraphs are not date lines, and need no String.
            guard dateLabelBytes.contains(where: { Bytes.hasPrefix(bytes, at: p.range.lowerBound, end: p.range.upperBound, ignoringASCIICase: $0) }) else { continue }
            let text = bytes.text(p.range)
            if let d = DateParsing.parse(String(text.drop(while: { $0 != ":" && $0 != " " }))) {
                return PublicationDate(value: .date(d), origin: .dateLine, range: p.range)
            }
        }
        return partial
    }
}
