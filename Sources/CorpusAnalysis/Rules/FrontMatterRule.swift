import ArticleAnalysis

/// `front-matter` (warning): front matter Copydesk cannot read, such as a date that is not a date.
public struct FrontMatterRule: LocalRule {
    public init() {}
    public let code = "front-matter"
    public let defaultSeverity = Severity.warning
    public let summary = "Front matter that cannot be read, such as a date that is not a date."

    public func findings(in record: ArticleRecord, corpus: Corpus) -> [Finding] {
        record.article.problems.filter { $0.code == code }.map {
            Finding(range: $0.range, severity: defaultSeverity, code: code, message: $0.message)
        }
    }
}
