import ArticleAnalysis

/// A diagnostic rule. One rule per file; each says what it depends on outside its article.
public protocol Rule: Sendable {
    /// The diagnostic code users see and configure ("unattributed-quote").
    var code: String { get }
    var defaultSeverity: Severity { get }
    /// One-line summary, for `--help` and docs.
    var summary: String { get }
    /// Findings in `record`'s article, which may look at other articles in `corpus`.
    func findings(in record: ArticleRecord, corpus: Corpus) -> [Finding]
    /// Keys this article shares with others for this rule; when any changes, articles sharing it
    /// are diagnosed again. Empty for rules that look at one article only.
    func dependencyKeys(of article: AnalyzedArticle) -> [DependencyKey]
}

extension Rule {
    public func dependencyKeys(of article: AnalyzedArticle) -> [DependencyKey] { [] }
    public func prepare(_ article: AnalyzedArticle) -> (any Sendable)? { nil }
    public func dependencyKeys(of article: AnalyzedArticle, prepared: (any Sendable)?) -> [DependencyKey] { dependencyKeys(of: article) }
}

/// Cross-article rules that compare facts of many articles can compute each article's share once,
/// when the article enters the corpus, instead of on every comparison.
public protocol PreparingRule: Rule {
    /// Per-article data (e.g. normalised quotation words), kept in the `ArticleRecord` and read
    /// back with `record.prepared(for:)`.
    func prepare(_ article: AnalyzedArticle) -> (any Sendable)?
    /// The dependency keys, from the prepared data.
    func dependencyKeys(of article: AnalyzedArticle, prepared: (any Sendable)?) -> [DependencyKey]
}

public enum RuleCatalog {
    /// Every rule: the article-file rules here, then each analysis family's own list (declared
    /// beside its rules).
    public static let all: [any Rule] = [FrontMatterRule(), SkippedFileRule()] + quoteRules + timeRules + entityRules

    /// Every code a finding can carry (some rules report more than one, e.g. `revised-date`).
    public static var codes: [String] { all.map(\.code) + extraCodes }

    static let crossArticleRules: [any Rule] = all.filter { !($0 is any LocalRule) }
}

/// Marks rules that never look past their own article.
public protocol LocalRule: Rule {}

extension Corpus {
    /// Diagnostics for one article: every rule, the configuration applied, directives honoured,
    /// sorted by position.
    public func findings(for path: String, configuration: RuleConfiguration = RuleConfiguration()) -> [Finding] {
        guard let record = record(path) else { return [] }
        var result: [Finding] = []
        for rule in RuleCatalog.all {
            // A rule turned off is not run at all (a rule reporting several codes always runs).
            if configuration.overrides[rule.code] == .some(nil), !RuleCatalog.reportsOtherCodes(rule) { continue }
            for var finding in rule.findings(in: record, corpus: self) {
                guard let severity = configuration.severity(for: finding.code, default: finding.severity) else { continue }
                if record.article.isSilenced(code: finding.code, at: finding.range.lowerBound) { continue }
                finding.severity = severity
                result.append(finding)
            }
        }
        return result.sorted { ($0.range.lowerBound, $0.code) < ($1.range.lowerBound, $1.code) }
    }
}
