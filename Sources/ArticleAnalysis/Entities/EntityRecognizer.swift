/// Finds names, nominals and pronouns, and clusters them into the article's entities.
public enum EntityRecognizer {
    public struct Result: Sendable {
        public var mentions: [Mention]
        public var entities: [LocalEntity]
        public init(mentions: [Mention] = [], entities: [LocalEntity] = []) {
            self.mentions = mentions
            self.entities = entities
        }
    }

    public static func recognize(_ document: ArticleDocument) -> Result {
        Result()
    }
}
