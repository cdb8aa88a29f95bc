import ArticleAnalysis

/// `unresolved-date` (hint): a relative time ("this year", "next week", "March 5") with no
/// publication date to resolve it against. Its code action adds `date:` front matter.
public struct UnresolvedDateRule: LocalRule {
    public init() {}
    public let code = "unresolved-date"
    public let defaultSeverity = Severity.hint
    public let summary = "A relative date that cannot be resolved because the article has no publication date."

    public func findings(in record: ArticleRecord, corpus: Corpus) -> [Finding] {
        let article = record.article
        let why: String
        if case .monthDay(let m, let d)? = article.publication?.value {
            let month = DateNames.monthAbbreviations[max(0, min(11, m - 1))]
            why = "the article’s date (\(month) \(d)) has no year"
        } else {
            why = "the article has no publication date"
        }
        return article.times.filter(\.isUnresolved).map { time in
            Finding(
                range: time.range, severity: defaultSeverity, code: code,
                message: "“\(article.text.slice(time.range))” cannot be resolved: \(why) (add `date:` front matter)",
                data: ["fix": "add-date"])
        }
    }
}

/// Month names for messages and hints.
enum DateNames {
    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
