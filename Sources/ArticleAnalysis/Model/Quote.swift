/// A quotation in an article.
public struct Quote: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A whole sentence or more in quotation marks.
        case full
        /// Quoted words inside the writer's own sentence: called the levy "a blank cheque".
        case partial
        /// A quotation that runs over paragraphs, or a Markdown block quote.
        case block
    }

    /// From the opening mark to the closing mark (or the end of the last piece).
    public var range: Range<Int>
    /// The quoted words, without the marks. An interrupted quote has several pieces:
    /// `"We plan," he said, "to open in May."` → ["We plan,", "to open in May."].
    public var pieces: [Range<Int>]
    public var kind: Kind
    /// False for scare quotes, titles, nicknames and terms: quoted, but nobody is speaking.
    public var isSpeech: Bool
    public var attribution: Attribution?

    /// Whether a speaker is named: a cue alone (`"…," reporters were told`) does not attribute.
    public var isAttributed: Bool { attribution?.speaker != nil }

    public init(range: Range<Int>, pieces: [Range<Int>], kind: Kind, isSpeech: Bool, attribution: Attribution? = nil) {
        self.range = range
        self.pieces = pieces
        self.kind = kind
        self.isSpeech = isSpeech
        self.attribution = attribution
    }
}

/// Who said a quote, and how the article says so.
public struct Attribution: Sendable, Hashable {
    public enum Placement: String, Sendable, Hashable {
        /// `Lei Jun said: "…"`
        case before
        /// `"…," said Lei Jun`
        case after
        /// `"We plan," he said, "to open in May."`
        case inside
        /// The sentence before names the speaker.
        case previousSentence
        /// The sentence after names the speaker.
        case nextSentence
        /// Continues a quote whose speaker was already given.
        case continuation
    }

    /// The words naming the speaker ("Lei Jun", "he", "a spokesperson for Xiaomi"); nil when the
    /// text gives a cue but names nobody.
    public var speaker: Range<Int>?
    /// The speech cue: "said", "according to", "in a statement", ":".
    public var cue: Range<Int>?
    public var placement: Placement
    /// A role given with the speaker: "the chairman of Xiaomi" (an appositive) or "Xiaomi Chairman"
    /// (a title before the name).
    public var role: Range<Int>?
    /// The in-article entity the speaker resolves to (an index into `AnalyzedArticle.entities`).
    public var entity: Int?

    public init(speaker: Range<Int>?, cue: Range<Int>?, placement: Placement, role: Range<Int>? = nil, entity: Int? = nil) {
        self.speaker = speaker
        self.cue = cue
        self.placement = placement
        self.role = role
        self.entity = entity
    }
}
