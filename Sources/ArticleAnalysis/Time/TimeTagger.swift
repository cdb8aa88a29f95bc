/// Finds time expressions and normalises them against the article's publication date.
public enum TimeTagger {
    public static func tag(_ document: ArticleDocument) -> [TimeExpression] {
        []
    }
}
