public enum EntityType: String, Sendable, Hashable, CaseIterable {
    case person
    case organization
    case place
    case product
    case event
    case other
}

/// One place an entity is named or referred to.
public struct Mention: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// "Lei Jun", "Jun", "Mr. Lei", "Xiaomi"
        case name
        /// "the executive", "the company", "the Beijing-based firm"
        case nominal
        /// "he", "she", "they"
        case pronoun
    }

    public var range: Range<Int>
    public var type: EntityType
    public var kind: Kind
    /// Index into `AnalyzedArticle.entities`.
    public var entity: Int

    public init(range: Range<Int>, type: EntityType, kind: Kind, entity: Int) {
        self.range = range
        self.type = type
        self.kind = kind
        self.entity = entity
    }
}

/// A role an entity holds, as the article gives it: "chairman" of "Xiaomi".
public struct Role: Sendable, Hashable {
    public var title: String { didSet { canonicalTitle = Role.canonical(title) } }
    /// The title with modifiers dropped and synonyms folded ("CEO" = "chief executive"): what
    /// role comparisons read, worked out once.
    public private(set) var canonicalTitle: String
    public var organization: String?
    public var range: Range<Int>
    /// The organisation's entity key ("organization:xiaomi"), so roles at the same organisation
    /// compare across articles however each names it.
    public var organizationKey: String?
    /// The word joining the title to the organisation as the article wrote it after the name: "at"
    /// in "an analyst at JSA Research", "in" in "a doctor in Dover"; "of" otherwise.
    public var link: String

    public init(title: String, organization: String?, range: Range<Int>, organizationKey: String? = nil, link: String = "of") {
        self.title = title
        self.canonicalTitle = Role.canonical(title)
        self.organization = organization
        self.range = range
        self.organizationKey = organizationKey
        self.link = link
    }

    public var description: String { organization.map { "\(title) \(link) \($0)" } ?? title }
}

/// An entity as one article knows it: its mentions clustered, its fullest name, its roles.
public struct LocalEntity: Sendable, Hashable {
    /// The fullest name the article uses ("Lei Jun").
    public var name: String
    public var type: EntityType
    /// What links it across articles: a normalised canonical name, such as "place:united states".
    /// Articles that share a key share the entity. A key starting with `~` stays local to its
    /// article (the corpus scopes it by path): for names too thin to link safely, like a bare
    /// surname with no role.
    public var key: String
    public var aliases: [String]
    public var roles: [Role]
    /// Indices into `AnalyzedArticle.mentions`, in text order.
    public var mentions: [Int]
    /// The mention that introduces it: its fullest named form, earliest.
    public var introduction: Int

    public init(name: String, type: EntityType, key: String, aliases: [String], roles: [Role], mentions: [Int], introduction: Int) {
        self.name = name
        self.type = type
        self.key = key
        self.aliases = aliases
        self.roles = roles
        self.mentions = mentions
        self.introduction = introduction
    }
}
