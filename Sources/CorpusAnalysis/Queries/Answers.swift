import ArticleAnalysis

/// A hover answer: the range it is about and Markdown to show.
public struct HoverAnswer: Sendable, Hashable {
    public var range: Range<Int>
    public var markdown: String
    public init(range: Range<Int>, markdown: String) {
        self.range = range
        self.markdown = markdown
    }
}

extension Corpus {
    /// What the writer sees when hovering at `offset`: the entity named there, else the time
    /// expression, else the quotation.
    public func hover(path: String, offset: Int) -> HoverAnswer? {
        guard let record = record(path) else { return nil }
        if let m = record.article.mentionIndex(at: offset) { return entityHover(record, mention: m) }
        if let t = record.article.times.firstIndex(where: { $0.range.contains(offset) }) { return timeHover(record, time: t) }
        if let q = record.article.quotes.firstIndex(where: { $0.range.contains(offset) }) { return quoteHover(record, quote: q) }
        return nil
    }
}

extension AnalyzedArticle {
    /// The mention covering byte `offset` (mentions are sorted and do not overlap).
    public func mentionIndex(at offset: Int) -> Int? {
        var lo = 0
        var hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        if lo < mentions.count, mentions[lo].range.contains(offset) { return lo }
        // A cursor just after a name (at its end) still means that name.
        if lo > 0, mentions[lo - 1].range.upperBound == offset { return lo - 1 }
        if lo < mentions.count, mentions[lo].range.upperBound == offset { return lo }
        return nil
    }
}
