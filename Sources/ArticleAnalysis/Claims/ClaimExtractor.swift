/// Extracts dated events from sentences with time expressions.
public enum ClaimExtractor {
    public static func extract(_ document: ArticleDocument, times: [TimeExpression], entities: EntityRecognizer.Result) -> [Claim] {
        []
    }
}
