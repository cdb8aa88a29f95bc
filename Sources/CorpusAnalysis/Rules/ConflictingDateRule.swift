import ArticleAnalysis

/// `conflicting-date` (warning): two sources date the same event at times that cannot overlap.
/// A later article that says the date moved reports `revised-date` (information) instead, and so
/// does a later report of what happened against an earlier article's plan.
///
/// Claims are the same event when their keys (subject, predicate class, object) are equal; an
/// article's datings of one event in one sentence are read together ("by end 2018, or by early
/// 2019"), and a dating conflicts with another article only when it can overlap none of that
/// article's datings of the event. Cost: the articles that share a claim key with this one.
public struct ConflictingDateRule: Rule {
    public init() {}
    public let code = "conflicting-date"
    public static let revisedCode = "revised-date"
    public let defaultSeverity = Severity.warning
    public let summary = "Two sources give dates for the same event that cannot both be true."

    /// Claims about an entity the recognizer keeps local (a key starting with `~`: a bare surname
    /// nothing ties to a fuller name) never link across articles.
    public func dependencyKeys(of article: AnalyzedArticle) -> [DependencyKey] {
        var keys: [DependencyKey] = []
        for claim in article.claims where !claim.key.hasPrefix("~") {
            keys.append(DependencyKey("claim:", claim.key))
            // "Skylark SX-900" is found by an article that writes "SX-900" alone, "Brennock
            // Instruments" by one that writes "Brennock".
            if let d = claim.designationKey { keys.append(DependencyKey("claim:", d)) }
            for a in claim.aliasKeys { keys.append(DependencyKey("claim:", a)) }
        }
        return keys
    }

    /// The other articles that may date this event: those sharing its key, and, when it names a
    /// maker before a model designation, those writing the designation alone. (A bare
    /// designation's key is every maker-named article's second key, so they share it already.)
    /// Likewise for a company's aliases: an article writing "Brennock" alone shares the alias key
    /// of "Brennock Instruments", and one writing "Brennock Instruments" finds it by that key.
    func sources(of dating: Dating, except id: ArticleID, corpus: Corpus) -> [ArticleRecord] {
        guard dating.claim.designationKey != nil || !dating.claim.aliasKeys.isEmpty else {
            return corpus.earliestArticles(sharing: DependencyKey("claim:", dating.key), except: id)
        }
        return corpus.earliestArticles(sharingAny: dating.claim.linkKeys.map { DependencyKey("claim:", $0) }, except: id)
    }

    public func findings(in record: ArticleRecord, corpus: Corpus) -> [Finding] {
        let mine = Dating.all(in: record.article)
        guard !mine.isEmpty else { return [] }
        var findings: [Finding] = []
        var othersByKey: [String: [(ArticleRecord, EventBounds)]] = [:]
        var mineByKey: [String: [TimeBounds]] = [:]
        for d in mine { mineByKey[d.key, default: []].append(d.bounds) }
        for dating in mine {
            let others: [(ArticleRecord, EventBounds)]
            if let cached = othersByKey[dating.key] {
                others = cached
            } else {
                // The earliest-published sources of the event, a bounded number of them: an
                // event reported by thousands of articles costs what a few dozen do (a later
                // source that disagrees finds the early ones from its own side).
                others = sources(of: dating, except: record.id, corpus: corpus).compactMap { other in
                    let theirs = EventBounds.of(other.article, matching: dating.claim)
                    return theirs.bounds.isEmpty ? nil : (other, theirs)
                }
                othersByKey[dating.key] = others
            }
            let myBounds = mineByKey[dating.key] ?? []
            var conflicts: [(ArticleRecord, Dating)] = []
            var revisions: [(ArticleRecord, Dating, Revision)] = []
            for (other, theirs) in others {
                // The two sources agree somewhere about this event: not a contradiction between them.
                if myBounds.contains(where: { d in theirs.bounds.contains { d.canOverlap($0) } }) { continue }
                let datings = Dating.all(in: other.article, matching: dating.claim)
                guard let nearest = datings.min(by: { dating.gap(to: $0) < dating.gap(to: $1) }) else { continue }
                if let revision = Revision.classify(mine: dating, in: record, theirs: nearest, in: other) {
                    revisions.append((other, nearest, revision))
                } else {
                    conflicts.append((other, nearest))
                }
            }
            if !conflicts.isEmpty {
                conflicts.sort { ArticleRecord.publicationOrder($0.0, $1.0) }
                findings.append(conflictFinding(dating, record, conflicts))
            } else if let (other, theirs, revision) = revisions.first {
                findings.append(revisionFinding(dating, record, other, theirs, revision, count: revisions.count))
            }
        }
        return findings
    }

    func conflictFinding(_ dating: Dating, _ record: ArticleRecord, _ conflicts: [(ArticleRecord, Dating)]) -> Finding {
        let (first, theirs) = conflicts[0]
        var message = "Conflicting dates for \(dating.event): “\(dating.text)” (\(dating.bounds.describe())) here, "
            + "but “\(theirs.text)” (\(theirs.bounds.describe())) in \(ConflictingDateRule.label(first))"
        if conflicts.count > 1 { message += " and \(conflicts.count - 1) other source\(conflicts.count == 2 ? "" : "s")" }
        let related = conflicts.map { other, d in
            Finding.Related(location: TextLocation(path: other.path, range: d.sentence), message: "\(ConflictingDateRule.label(other)) dates it “\(d.text)”")
        }
        return Finding(range: dating.range, severity: defaultSeverity, code: code, message: message, related: related, data: ["event": dating.key])
    }

    func revisionFinding(_ dating: Dating, _ record: ArticleRecord, _ other: ArticleRecord, _ theirs: Dating, _ revision: Revision, count: Int) -> Finding {
        let source = ConflictingDateRule.label(other)
        let message: String
        switch revision {
        case .thisRevises:
            message = "Revised date for \(dating.event): “\(dating.text)” here replaces “\(theirs.text)” in \(source)"
        case .otherRevises:
            message = "\(source) reports that the date for \(dating.event) moved: “\(theirs.text)” there, “\(dating.text)” here"
        case .planThenOutcome:
            message = "\(dating.event) was planned for “\(dating.text)” here; \(source), published later, dates it “\(theirs.text)”"
        case .outcomeAfterPlan:
            message = "\(dating.event) is dated “\(dating.text)” here; \(source), published earlier, planned it for “\(theirs.text)”"
        }
        let related = [Finding.Related(location: TextLocation(path: other.path, range: theirs.sentence), message: "\(source) dates it “\(theirs.text)”")]
        return Finding(range: dating.range, severity: .information, code: ConflictingDateRule.revisedCode, message: message, related: related, data: ["event": dating.key])
    }

    /// "WSJ (xiaomi.md)", or the file name alone.
    static func label(_ record: ArticleRecord) -> String { record.sourceLabel }

    /// How two non-overlapping datings relate, when it is not a contradiction.
    enum Revision {
        /// This article says the date moved and is not the earlier one.
        case thisRevises
        /// The other article says the date moved and is not the earlier one.
        case otherRevises
        /// This article's plan; a later article reports a different date as fact.
        case planThenOutcome
        /// This article reports a fact; an earlier article had planned another date.
        case outcomeAfterPlan

        static func classify(mine: Dating, in a: ArticleRecord, theirs: Dating, in b: ArticleRecord) -> Revision? {
            let aLater = ArticleRecord.isLater(a, than: b)
            let bLater = ArticleRecord.isLater(b, than: a)
            if mine.isRevision && !bLater { return .thisRevises }
            if theirs.isRevision && !aLater { return .otherRevises }
            // A plan, then a later report of when it happened, after the plan was made.
            if mine.isPlanned && !theirs.isPlanned && bLater, let made = a.published, theirs.bounds.latestEnd >= made.dayNumber {
                return .planThenOutcome
            }
            if !mine.isPlanned && theirs.isPlanned && aLater, let made = b.published, mine.bounds.latestEnd >= made.dayNumber {
                return .outcomeAfterPlan
            }
            return nil
        }
    }
}

/// One article's dating of one event in one sentence: the union of the times its claims give
/// there ("by end 2018, or by early 2019"), as `Claim.sentenceBounds` holds it. Words for messages
/// are made only when a finding needs them.
struct Dating {
    var key: String
    /// The sentence's first claim of the event.
    var claim: Claim
    var bounds: TimeBounds
    var isPlanned: Bool
    var isRevision: Bool
    /// The times' texts ("by end 2018, or by early 2019").
    var text: String
    var event: String { claim.eventDescription }
    var sentence: Range<Int> { claim.range }
    /// The first time's range (where the finding goes).
    var range: Range<Int>

    /// Every dating in an article (of one event, when `key` is given): claims that are not
    /// negated and whose sentence dates them.
    static func all(in article: AnalyzedArticle, matching event: Claim? = nil) -> [Dating] {
        var result: [Dating] = []
        var index: [String: Int] = [:]
        for claim in article.claims where !claim.key.hasPrefix("~") {
            if let event, !claim.isSameEvent(as: event) { continue }
            guard let bounds = claim.sentenceBounds, claim.time >= 0, claim.time < article.times.count else { continue }
            let time = article.times[claim.time]
            let id = claim.key + "#\(claim.range.lowerBound)"
            if let i = index[id] {
                result[i].text += ", or " + ConflictingDateRule.oneLine(article.text.slice(time.range))
                result[i].isPlanned = result[i].isPlanned || claim.modality == .planned
                result[i].isRevision = result[i].isRevision || claim.isRevision
                continue
            }
            index[id] = result.count
            result.append(Dating(
                key: claim.key, claim: claim, bounds: bounds, isPlanned: claim.modality == .planned, isRevision: claim.isRevision,
                text: ConflictingDateRule.oneLine(article.text.slice(time.range)), range: time.range))
        }
        return result
    }

    /// Days between the two (0 when they can overlap).
    func gap(to other: Dating) -> Int {
        if bounds.latestEnd < other.bounds.earliestBegin { return other.bounds.earliestBegin - bounds.latestEnd }
        if other.bounds.latestEnd < bounds.earliestBegin { return bounds.earliestBegin - other.bounds.latestEnd }
        return 0
    }
}

/// An article's claims of one event, just enough to tell whether they can agree: no strings.
struct EventBounds {
    var bounds: [TimeBounds]

    static func of(_ article: AnalyzedArticle, matching event: Claim) -> EventBounds {
        var bounds: [TimeBounds] = []
        for claim in article.claims where claim.isSameEvent(as: event) {
            if let b = claim.sentenceBounds, !bounds.contains(b) { bounds.append(b) }
        }
        return EventBounds(bounds: bounds)
    }
}

extension ArticleRecord {
    /// Published strictly later (both dates known).
    static func isLater(_ a: ArticleRecord, than b: ArticleRecord) -> Bool {
        guard let x = a.published, let y = b.published else { return false }
        return x > y
    }
}

extension TimeBounds {
    /// "2018-09-01 – 2018-12-31", "on or before 2018-12-31", "2018-03-05".
    public func describe() -> String {
        switch (earliestIfBounded, latestIfBounded) {
        case (nil, nil): return "any time"
        case (nil, let l?): return "on or before \(l.iso)"
        case (let e?, nil): return "on or after \(e.iso)"
        case (let e?, let l?): return e == l ? e.iso : "\(e.iso) – \(l.iso)"
        }
    }

}

extension ConflictingDateRule {
    /// Text as one line: a date phrase wrapped across lines reads "the second half of 2026".
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }
}
