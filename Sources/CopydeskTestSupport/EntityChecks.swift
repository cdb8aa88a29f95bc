import ArticleAnalysis

/// Checks the names an article's recognizer finds. Every `⏩…⏪` range must be a name mention,
/// described by the expectation at the same index: a type ("person") or an entity key
/// ("person:lei jun", "place:united states", "~person:jun"). A name mention no range claims fails
/// the check, so a fixture lists every name in its text.
public func checkNames(_ source: String, _ expected: [String]) throws {
    let fixture = Fixture(source)
    guard let a = fixture.articles.first else { throw FixtureMismatch("empty fixture") }
    guard a.ranges.count == expected.count else {
        throw FixtureMismatch("fixture marks \(a.ranges.count) names but \(expected.count) are expected")
    }
    let article = fixture.analyze(a)
    var problems: [String] = []
    var claimed = Set<Int>()
    for m in article.mentions where m.kind == .name {
        let entity = m.entity >= 0 && m.entity < article.entities.count ? article.entities[m.entity] : nil
        let described = "“\(a.text.slice(m.range))” \(m.type.rawValue) \(entity?.key ?? "?")"
        guard let i = a.ranges.firstIndex(of: m.range) else {
            problems.append("unexpected name \(described)")
            continue
        }
        claimed.insert(i)
        let want = expected[i]
        let ok = want.contains(":") ? entity?.key == want : m.type.rawValue == want
        if !ok { problems.append("name “\(a.text.slice(m.range))”: expected \(want), got \(m.type.rawValue) \(entity?.key ?? "?")") }
    }
    for (i, r) in a.ranges.enumerated() where !claimed.contains(i) {
        problems.append("missing name “\(a.text.slice(r))” (\(expected[i]))")
    }
    if !problems.isEmpty { throw FixtureMismatch(problems.joined(separator: "\n")) }
}

/// Checks what the mention at marker 1️⃣ (a name, nominal or pronoun) refers to: the entity of the
/// fixture's single `⏩…⏪` name, or nothing at all when the fixture marks no range. `kind`, when
/// given, is the mention kind expected at 1️⃣.
public func checkReferent(_ source: String, kind: Mention.Kind? = nil) throws {
    let fixture = Fixture(source)
    guard let (a, offset) = fixture.position(1) else { throw FixtureMismatch("fixture has no 1️⃣ marker") }
    let article = fixture.analyze(a)
    let at = article.mentions.firstIndex { $0.range.contains(offset) }
    guard let target = a.ranges.first else {
        if let at { throw FixtureMismatch("expected no mention at 1️⃣, got “\(a.text.slice(article.mentions[at].range))” → \(article.entities[article.mentions[at].entity].name)") }
        return
    }
    guard let at else { throw FixtureMismatch("no mention at 1️⃣") }
    let mention = article.mentions[at]
    if let kind, mention.kind != kind { throw FixtureMismatch("mention at 1️⃣ is \(mention.kind.rawValue), expected \(kind.rawValue)") }
    guard let named = article.mentions.first(where: { $0.range == target }) else {
        throw FixtureMismatch("“\(a.text.slice(target))” is not a mention")
    }
    if named.entity != mention.entity {
        let got = article.entities[mention.entity]
        throw FixtureMismatch("“\(a.text.slice(mention.range))” at 1️⃣ refers to \(got.name) (\(got.key)), expected \(article.entities[named.entity].name)")
    }
}

/// The roles the article gives each person, as "Name: role; role" lines in order of first mention.
public func roles(in source: String) -> [String] {
    let fixture = Fixture(source)
    guard let a = fixture.articles.first else { return [] }
    let article = fixture.analyze(a)
    return article.entities.filter { !$0.roles.isEmpty }.map { e in
        "\(e.name): " + e.roles.map(\.description).joined(separator: "; ")
    }
}

/// The article's entities as "key = name (aliases)" lines, for snapshot-style expectations.
public func entityKeys(in source: String) -> [String] {
    let fixture = Fixture(source)
    guard let a = fixture.articles.first else { return [] }
    return fixture.analyze(a).entities.map(\.key)
}
