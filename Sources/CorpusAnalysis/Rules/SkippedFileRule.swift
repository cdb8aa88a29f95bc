import ArticleAnalysis

/// `skipped-file` (warning): an article Copydesk did not analyse, and why (too large, binary).
public struct SkippedFileRule: LocalRule {
    public init() {}
    public let code = "skipped-file"
    public let defaultSeverity = Severity.warning
    public let summary = "A file that was not analysed because it is too large or binary."

    public func findings(in record: ArticleRecord, corpus: Corpus) -> [Finding] {
        record.article.problems.filter { $0.code == code }.map {
            Finding(range: $0.range, severity: defaultSeverity, code: code, message: $0.message)
        }
    }
}
