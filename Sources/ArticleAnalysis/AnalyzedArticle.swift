/// A problem with the article itself (not with its journalism): unreadable front matter, say.
public struct ArticleProblem: Sendable, Hashable {
    public var range: Range<Int>
    public var code: String
    public var message: String
}

/// What analysis keeps of one article: its text, structure and extracted facts, at UTF-8 offsets
/// into `text`. Immutable; a changed article is analysed again as a whole.
public struct AnalyzedArticle: Sendable {
    public let text: String
    public let format: ArticleFormat
    public let frontMatter: FrontMatter?
    public let headline: Range<Int>?
    public let publication: PublicationDate?
    public let paragraphs: [Paragraph]
    public let sentences: [Sentence]
    public let directives: [Directive]
    public var quotes: [Quote]
    public var times: [TimeExpression]
    public var mentions: [Mention]
    public var entities: [LocalEntity]
    public var claims: [Claim]
    public var problems: [ArticleProblem]

    public var title: String? {
        frontMatter?.title ?? headline.map { text.slice($0).trimmingCharacters(in: " \t\r\n").description }
    }

    public var source: String? { frontMatter?.source }
    public var author: String? { frontMatter?.author }

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

    /// Whether a directive in the article silences `code` at `offset`.
    public func isSilenced(code: String, at offset: Int) -> Bool {
        directives.contains { $0.silences(code: code, at: offset) }
    }

    init(document d: ArticleDocument) {
        text = d.text
        format = d.format
        frontMatter = d.frontMatter
        headline = d.headline
        publication = d.publication
        paragraphs = d.paragraphs
        sentences = d.sentences
        directives = d.directives
        quotes = []
        times = []
        mentions = []
        entities = []
        claims = []
        problems = []
    }
}

/// Runs every analysis stage over one article. Pure: no I/O, no clocks, never throws, never traps.
public enum ArticleAnalyzer {
    public struct Options: Sendable, Hashable {
        /// A publication date known from outside the text (e.g. corpus metadata); wins over the text.
        public var publication: CalendarDate?
        public init(publication: CalendarDate? = nil) { self.publication = publication }
    }

    public static func analyze(_ text: String, format: ArticleFormat, options: Options = Options()) -> AnalyzedArticle {
        let document = ArticleDocument(text: text, format: format, publication: options.publication)
        return analyze(document)
    }

    /// An article that is not analysed (too large, binary): no facts, one problem saying why, at
    /// the start of the text.
    public static func skipped(_ text: String, format: ArticleFormat, reason: String) -> AnalyzedArticle {
        let firstLine = text.utf8.prefix(200).firstIndex(of: 0x0A).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? min(text.utf8.count, 200)
        let clipped = String(decoding: text.utf8.prefix(firstLine), as: UTF8.self)
        var article = AnalyzedArticle(document: ArticleDocument(text: clipped, format: format))
        article.problems = [ArticleProblem(range: 0..<clipped.utf8.count, code: "skipped-file", message: reason)]
        return article
    }

    public static func analyze(_ document: ArticleDocument) -> AnalyzedArticle {
        // Never cancelled, so never nil.
        analyze(document, isCancelled: { false }) ?? AnalyzedArticle(document: document)
    }

    /// As `analyze(_:)`, giving up (nil) as soon as `isCancelled` says the result is no longer
    /// wanted: an editor's analysis of a text that a newer keystroke has replaced. It is asked
    /// between stages, so a cancelled analysis stops within one stage's time.
    public static func analyze(_ document: ArticleDocument, isCancelled: () -> Bool) -> AnalyzedArticle? {
        var article = AnalyzedArticle(document: document)
        article.problems = FrontMatterCheck.problems(document)
        if isCancelled() { return nil }
        guard let entities = EntityRecognizer.recognize(document, isCancelled: isCancelled) else { return nil }
        article.mentions = entities.mentions
        article.entities = entities.entities
        if isCancelled() { return nil }
        article.quotes = linkSpeakers(QuoteFinder.find(document, entities: entities), entities.mentions)
        if isCancelled() { return nil }
        article.times = TimeTagger.tag(document)
        if isCancelled() { return nil }
        article.claims = ClaimExtractor.extract(document, times: article.times, entities: entities)
        return article
    }

    /// Gives each attributed quote the entity its speaker phrase names: the mention that overlaps
    /// the speaker span (the longest, if several), whether a name, a nominal or a pronoun. A place
    /// inside a longer phrase only says where the speaker is from.
    static func linkSpeakers(_ quotes: [Quote], _ mentions: [Mention]) -> [Quote] {
        guard !mentions.isEmpty else { return quotes }
        return quotes.map { quote in
            guard let speaker = quote.attribution?.speaker, quote.attribution?.entity == nil else { return quote }
            var q = quote
            // Mentions are sorted and do not overlap: find the first that ends after the speaker
            // starts, and read on while they start before it ends (not every mention per quote).
            var lo = 0
            var hi = mentions.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if mentions[mid].range.upperBound <= speaker.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            var overlapping: [Mention] = []
            var preferred: [Mention] = []
            var k = lo
            while k < mentions.count, mentions[k].range.lowerBound < speaker.upperBound {
                let m = mentions[k]
                // "a doctor from Hebron" is not Hebron speaking (but "Beijing said" is the place's
                // government, the whole speaker).
                if m.range.overlaps(speaker), m.type != .place || m.range == speaker {
                    overlapping.append(m)
                    if m.type != .organization || m.range == speaker { preferred.append(m) }
                }
                k += 1
            }
            let candidates = preferred.isEmpty ? overlapping : preferred
            if let best = candidates.max(by: { $0.range.count < $1.range.count }) { q.attribution?.entity = best.entity }
            return q
        }
    }
}

/// Checks that front matter says what it means to: a date field must be a date.
enum FrontMatterCheck {
    static func problems(_ document: ArticleDocument) -> [ArticleProblem] {
        guard let fm = document.frontMatter else { return [] }
        var problems: [ArticleProblem] = fm._problems.map {
            ArticleProblem(range: $0.range, code: "front-matter", message: $0.message)
        }
        for key in FrontMatter.dateKeys {
            guard let field = fm.fields.first(where: { $0.key == key }), !field.value.isEmpty else { continue }
            if DateParsing.parse(field.value) == nil {
                problems.append(ArticleProblem(
                    range: field.valueRange, code: "front-matter",
                    message: "'\(field.value)' is not a date Copydesk can read; write it as YYYY-MM-DD (e.g. 2018-03-05)"))
            }
            break
        }
        return problems
    }
}
