import ArticleAnalysis

/// `unresolved-date` (hint): a relative time ("this year", "next week") with no publication date
/// to resolve it against.
public struct UnresolvedDateRule: LocalRule {
    public init() {}
    public let code = "unresolved-date"
    public let defaultSeverity = Severity.hint
    public let summary = "A relative date that cannot be resolved because the article has no publication date."

    public func findings(in record: ArticleRecord, corpus: Corpus) -> [Finding] {
        let article = record.article
        return article.times.filter(\.isUnresolved).map { time in
            Finding(
                range: time.range, severity: defaultSeverity, code: code,
                message: "“\(article.text.slice(time.range))” cannot be resolved: the article has no publication date (add `date:` front matter)")
        }
    }
}
