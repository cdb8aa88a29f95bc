/// Finds quotations and attributes them to speakers.
public enum QuoteFinder {
    public static func find(_ document: ArticleDocument, entities: EntityRecognizer.Result) -> [Quote] {
        []
    }
}
