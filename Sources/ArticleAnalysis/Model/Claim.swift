/// An event the article dates: who does what, to what, when. Conflicts are computed on claims.
public struct Claim: Sendable, Hashable {
    public enum Modality: String, Sendable, Hashable {
        /// A plan, goal, expectation or forecast: "aims to enter the US by late 2018".
        case planned
        /// Something that happened: "entered Mexico in 2017".
        case factual
    }

    public var range: Range<Int>
    /// Cross-article key of the subject entity (see `LocalEntity.key`), or its text when unlinked.
    public var subject: String
    /// Index into `AnalyzedArticle.entities`, when the subject is a known entity.
    public var subjectEntity: Int?
    /// The event class, so "enter", "launch in" and "expand into" compare equal: "enter", "launch", …
    public var predicate: String
    /// Normalised object ("place:united states", "market:us"), or nil.
    public var object: String?
    /// Index into `AnalyzedArticle.times`.
    public var time: Int
    public var modality: Modality
    public var negated: Bool
    /// The sentence says the date moved: delayed, pushed back, postponed, moved up, rescheduled.
    public var isRevision: Bool

    public init(
        range: Range<Int>, subject: String, subjectEntity: Int?, predicate: String, object: String?, time: Int,
        modality: Modality, negated: Bool, isRevision: Bool
    ) {
        self.range = range
        self.subject = subject
        self.subjectEntity = subjectEntity
        self.predicate = predicate
        self.object = object
        self.time = time
        self.modality = modality
        self.negated = negated
        self.isRevision = isRevision
    }

    /// Two claims with the same key are about the same event.
    public var key: String { "\(subject)|\(predicate)|\(object ?? "")" }
}
