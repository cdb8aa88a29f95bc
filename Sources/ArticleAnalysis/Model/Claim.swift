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
    public var subject: String { didSet { key = Claim.makeKey(subject, predicate, object) } }
    /// Index into `AnalyzedArticle.entities`, when the subject is a known entity.
    public var subjectEntity: Int?
    /// The event class, so "enter", "launch in" and "expand into" compare equal: "enter", "launch", …
    public var predicate: String { didSet { key = Claim.makeKey(subject, predicate, object) } }
    /// Normalised object ("place:united states", "market:us"), or nil.
    public var object: String? { didSet { key = Claim.makeKey(subject, predicate, object) } }
    /// Index into `AnalyzedArticle.times`.
    public var time: Int
    public var modality: Modality
    public var negated: Bool
    /// The sentence says the date moved: delayed, pushed back, postponed, moved up, rescheduled.
    public var isRevision: Bool
    /// How the subject and object read in a message ("Xiaomi", "the United States").
    public var subjectName: String
    public var objectName: String?
    /// The days this sentence gives the event, all its times together ("by end 2018, or by early
    /// 2019"): what conflicts are computed on. Nil when a time cannot be resolved.
    public var sentenceBounds: TimeBounds?
    /// Two claims with the same key are about the same event (kept in step with its parts).
    public private(set) var key: String {
        didSet {
            designationKey = Claim.makeDesignationKey(key)
            if key != oldValue { aliasKeys = [] }
        }
    }
    /// The key with a participant's maker left off its model designation ("n:skylark sx-900|fly|"
    /// → "n:sx-900|fly|"), or nil. A claim whose key is this is the same event (an article that
    /// writes the designation alone); two claims that only share it are not (two makers' SX-900s).
    public private(set) var designationKey: String?
    /// The key with a company named as the article also names it more briefly: an alias the
    /// entity layer found ("Brennock" for Brennock Instruments, "OFL" for Ostrander Freight Lines
    /// (OFL)), or the name without its industry words ("Orvane Systems" → "Orvane"). Like the
    /// designation key, it links a claim to another article's own key, never two alias keys to
    /// each other: Brennock Instruments and Brennock Foods are not one company because both are
    /// "Brennock" for short. Set by the claim extractor (empty when the key changes).
    public var aliasKeys: [String] = []

    public init(
        range: Range<Int>, subject: String, subjectEntity: Int?, predicate: String, object: String?, time: Int,
        modality: Modality, negated: Bool, isRevision: Bool, subjectName: String? = nil, objectName: String? = nil
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
        self.subjectName = subjectName ?? Claim.displayName(subject)
        self.objectName = objectName ?? object.map(Claim.displayName)
        self.sentenceBounds = nil
        self.key = Claim.makeKey(subject, predicate, object)
        self.designationKey = Claim.makeDesignationKey(key)
    }

    /// Whether this claim is `other`'s event: the same key, or one of the two writes the model
    /// designation alone and the other with its maker.
    /// Or one names a company by an alias of the other's name (`aliasKeys`).
    public func isSameEvent(as other: Claim) -> Bool {
        key == other.key || designationKey == other.key || (other.designationKey != nil && key == other.designationKey)
            || aliasKeys.contains(other.key) || other.aliasKeys.contains(key)
    }

    /// Every key another article may write this event under: its own, the designation key, the
    /// alias keys.
    public var linkKeys: [String] {
        var keys = [key]
        if let designationKey { keys.append(designationKey) }
        keys.append(contentsOf: aliasKeys)
        return keys
    }

    static func makeDesignationKey(_ key: String) -> String? {
        let parts = key.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[1].hasPrefix("deal") else { return nil }
        var changed = false
        var result: [Substring] = []
        for (i, part) in parts.enumerated() {
            if i != 1, let bare = designation(part) {
                result.append(bare)
                changed = true
            } else {
                result.append(part)
            }
        }
        return changed ? result.joined(separator: "|") : nil
    }

    /// "n:skylark sx-900" → "n:sx-900": a linked participant of one or two words and a model
    /// designation, letters and digits in one word ("SX-900", "A380", "F-35"), after a name with
    /// no digits. Numbers alone ("717", "Model 3") and names after the designation ("Mate 10
    /// Pro") are left as they are: too many makers share them.
    static func designation(_ participant: Substring) -> Substring? {
        guard participant.hasPrefix("n:") else { return nil }
        let words = participant.dropFirst(2).split(separator: " ")
        guard words.count >= 2, words.count <= 3, let last = words.last, last.utf8.count >= 2 else { return nil }
        var letters = false
        var digits = false
        for c in last.utf8 {
            if c >= 0x30 && c <= 0x39 { digits = true } else if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A { letters = true }
        }
        guard letters, digits else { return nil }
        for w in words.dropLast() where w.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return nil }
        return "n:" + last
    }

    static func makeKey(_ subject: String, _ predicate: String, _ object: String?) -> String {
        let subject = linkKey(subject)
        let object = object.map(linkKey)
        // A deal is the two companies' whichever buys: "X took over Y" = "Y merged with X".
        if predicate.hasPrefix("deal"), let object {
            let (x, y) = subject <= object ? (subject, object) : (object, subject)
            // A company the corpus keeps local keeps the deal local too.
            let local = !x.hasPrefix("~") && y.hasPrefix("~")
            return (local ? "~" : "") + x + "|" + predicate + "|" + y
        }
        return subject + "|" + predicate + "|" + (object ?? "")
    }

    /// A participant as claim keys link it: one article's recognizer types "Delphi" as an
    /// organisation, another's leaves it a bare name or takes "Dreamliner" for a product, so a
    /// name, an organisation, a product and an "other" with the same words are one participant
    /// ("name:delphi" = "organization:delphi" → "n:delphi"). People and places keep their keys.
    static func linkKey(_ key: String) -> String {
        for prefix in ["organization:", "name:", "product:", "other:"] where key.hasPrefix(prefix) {
            return "n:" + key.dropFirst(prefix.count)
        }
        // "thing:store@place:leeds" = "thing:store@organization:leeds": the name that says which
        // facility is one whatever the recognizer took it for (a town in one article, a company
        // in the next); the facility noun keeps it apart from the place itself.
        if key.hasPrefix("thing:"), let at = key.firstIndex(of: "@") {
            let location = key[key.index(after: at)...]
            for prefix in ["organization:", "name:", "product:", "other:", "place:"] where location.hasPrefix(prefix) {
                return key[...at] + "n:" + location.dropFirst(prefix.count)
            }
        }
        return key
    }

    /// "organization:xiaomi" → "Xiaomi"; "place:united states" → "United States".
    public static func displayName(_ key: String) -> String {
        let bare = key.split(separator: ":", maxSplits: 1).last.map(String.init) ?? key
        return bare.split(separator: " ").map { word in word.prefix(1).uppercased() + word.dropFirst() }.joined(separator: " ")
    }

    /// The event in words: "Xiaomi entering the United States".
    public var eventDescription: String {
        let verb = Claim.gerunds[predicate] ?? predicate
        var text = "\(subjectName) \(verb)"
        if let objectName { text += " \(objectName)" }
        return text
    }

    static let gerunds: [String: String] = [
        "enter": "entering", "launch": "launching", "open": "opening", "close": "closing", "vote": "voting on",
        "deliver": "delivering", "found": "founding", "start": "starting", "finish": "completing",
        "announce": "announcing", "acquire": "acquiring", "merge": "merging with", "sign": "signing", "list": "listing",
        "fly": "flying", "resign": "resigning", "die": "dying", "sell": "selling", "bankrupt": "going bankrupt", "service": "entering service", "defeat": "defeating", "born": "being born", "join": "joining", "arrest": "being arrested",
        "emerge": "emerging from bankruptcy", "convict": "being convicted", "sentence": "being sentenced",
        "deal": "closing a deal with", "deal-agreed": "agreeing a deal with", "deal-approved": "winning approval for a deal with",
    ]

}
