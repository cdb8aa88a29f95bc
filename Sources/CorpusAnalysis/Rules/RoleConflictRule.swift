import ArticleAnalysis

/// `role-conflict` (information): two sources give the same person different roles at the same
/// organisation ("chairman of Xiaomi" here, "chief executive of Xiaomi" there). Reported on this
/// article's role, with `relatedInformation` at the other source's.
///
/// Where it stops: titles that name the same job agree ("CEO" = "chief executive"); vague titles
/// ("executive", "official", "founder") and past ones ("former chairman") never conflict, nor does
/// a title with a longer one it begins ("attorney" / "attorney general"); a source
/// that itself gives both roles ("chairman and chief executive") agrees with either; roles without
/// an organisation, or at different organisations, are not compared; names kept local to their
/// article (a bare surname) are never compared across articles.
public struct RoleConflictRule: Rule {
    public init() {}
    public let code = "role-conflict"
    public let defaultSeverity = Severity.information
    public let summary = "Sources disagree about a person's role at the same organisation."

    public func dependencyKeys(of article: AnalyzedArticle) -> [DependencyKey] {
        var keys: [DependencyKey] = []
        for entity in article.entities where RoleConflictRule.isComparable(entity) {
            if entity.roles.contains(where: RoleConflictRule.isComparable) { keys.append(DependencyKey("role:", entity.key)) }
        }
        return keys
    }

    static func isComparable(_ entity: LocalEntity) -> Bool {
        entity.type == .person && !entity.isAuthor && !entity.key.hasPrefix("~")
    }

    static func isComparable(_ role: Role) -> Bool {
        role.organizationKey != nil && !role.isVague && !role.isFormer
    }

    /// Two canonical titles agree when they are equal or one is the other's leading words: a
    /// source may shorten "attorney general" to "attorney" or "secretary of state" to
    /// "secretary". Trailing words are not enough: a "vice president" is no "president".
    static func agree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.utf8.count < b.utf8.count ? (a, b) : (b, a)
        return long.hasPrefix(short) && long.utf8.dropFirst(short.utf8.count).first == UInt8(ascii: " ")
    }

    public func findings(in record: ArticleRecord, corpus: Corpus) -> [Finding] {
        var findings: [Finding] = []
        let article = record.article
        for entity in article.entities where RoleConflictRule.isComparable(entity) {
            let mine = entity.roles.filter(RoleConflictRule.isComparable)
            guard !mine.isEmpty else { continue }
            let key = record.key(of: entity)
            // This source's titles, by organisation.
            var myTitles: [String: Set<String>] = [:]
            for role in mine { if let o = role.organizationKey { myTitles[o, default: []].insert(role.canonicalTitle) } }
            // Other sources' roles at the same organisations.
            var theirs: [String: [(path: String, role: Role)]] = [:]
            var theirTitles: [String: [String: Set<String>]] = [:]  // organisation → path → titles
            // Only the articles that give this person a role (they share the rule's key), the
            // earliest few of them: a head of state is titled in thousands of articles.
            for other in corpus.earliestArticles(sharing: DependencyKey("role:", key), except: record.id) {
                guard let locals = other.entitiesByKey[key] else { continue }
                for e in locals where e < other.article.entities.count {
                    for role in other.article.entities[e].roles where RoleConflictRule.isComparable(role) {
                        guard let organization = role.organizationKey, myTitles[organization] != nil else { continue }
                        theirs[organization, default: []].append((other.path, role))
                        theirTitles[organization, default: [:]][other.path, default: []].insert(role.canonicalTitle)
                    }
                }
            }
            for role in mine {
                guard let organization = role.organizationKey, let byPath = theirTitles[organization], let mineHere = myTitles[organization] else { continue }
                // A source disagrees when it shares no title with this one at this organisation,
                // nor the first words of one ("attorney" is short for "attorney general").
                let disagreeing = byPath.filter { entry in
                    !entry.value.contains { theirs in mineHere.contains { RoleConflictRule.agree(theirs, $0) } }
                }.keys.sorted()
                guard !disagreeing.isEmpty else { continue }
                let related = (theirs[organization] ?? []).filter { disagreeing.contains($0.path) }
                    .sorted { ($0.path, $0.role.range.lowerBound) < ($1.path, $1.role.range.lowerBound) }
                let organizationName = role.organization ?? organization
                let otherTitles = related.map { $0.role.title }
                var seen = Set<String>()
                let distinct = otherTitles.filter { seen.insert($0.lowercased()).inserted }
                let message = "Sources disagree about \(entity.name)'s role at \(organizationName): this article says \(role.title), "
                    + (disagreeing.count == 1 ? "\(corpus.record(disagreeing[0])?.sourceLabel ?? Corpus.shortName(disagreeing[0])) says " : "\(disagreeing.count) other sources say ")
                    + distinct.joined(separator: " or ")
                findings.append(Finding(
                    range: role.range, severity: defaultSeverity, code: code, message: message,
                    related: related.prefix(5).map { Finding.Related(location: TextLocation(path: $0.path, range: $0.role.range), message: "\(entity.name): \($0.role.description)") },
                    data: ["entity": key, "organization": organization]))
            }
        }
        return findings
    }
}
