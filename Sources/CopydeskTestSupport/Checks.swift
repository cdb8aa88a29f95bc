import ArticleAnalysis
import CorpusAnalysis

/// An expected diagnostic. Expectations pair, in order, with the fixture's `⏩…⏪` ranges (across
/// articles in fixture order).
public struct ExpectedDiagnostic: Sendable, CustomStringConvertible {
    public var code: String
    /// The exact message, or nil to accept any.
    public var message: String?
    public var severity: Severity?
    /// Paths of the related locations, in order, or nil to accept any.
    public var related: [String]?

    public init(_ code: String, _ message: String? = nil, severity: Severity? = nil, related: [String]? = nil) {
        self.code = code
        self.message = message
        self.severity = severity
        self.related = related
    }

    public var description: String { "\(code)\(message.map { ": \($0)" } ?? "")" }
}

/// Checks every diagnostic of the given codes in the fixture: each `⏩…⏪` range must carry the
/// expectation at the same index, and any diagnostic no expectation claims fails the check.
public func checkDiagnostics(
    _ source: String, codes: Set<String>? = nil, configuration: RuleConfiguration = RuleConfiguration(),
    _ expected: [ExpectedDiagnostic]
) throws {
    let fixture = Fixture(source)
    let corpus = fixture.corpus()
    var wanted: [(path: String, range: Range<Int>)] = []
    for a in fixture.articles { for r in a.ranges { wanted.append((a.path, r)) } }
    guard wanted.count == expected.count else {
        throw FixtureMismatch("fixture marks \(wanted.count) ranges but \(expected.count) diagnostics are expected")
    }
    var problems: [String] = []
    var claimed = Set<Int>()
    for a in fixture.articles {
        let findings = corpus.findings(for: a.path, configuration: configuration).filter { codes?.contains($0.code) ?? true }
        for f in findings {
            let index = wanted.indices.first { i in
                !claimed.contains(i) && wanted[i].path == a.path && wanted[i].range == f.range && expected[i].code == f.code
            }
            guard let index else {
                problems.append("unexpected \(f.severity.rawValue)[\(f.code)] at \(a.path) “\(a.text.slice(f.range))”: \(f.message)")
                continue
            }
            claimed.insert(index)
            let e = expected[index]
            if let m = e.message, m != f.message { problems.append("\(f.code) at “\(a.text.slice(f.range))”:\n  expected message: \(m)\n  actual message:   \(f.message)") }
            if let s = e.severity, s != f.severity { problems.append("\(f.code) at “\(a.text.slice(f.range))”: expected \(s.rawValue), got \(f.severity.rawValue)") }
            if let r = e.related, r != f.related.map(\.location.path) {
                problems.append("\(f.code) at “\(a.text.slice(f.range))”: expected related \(r), got \(f.related.map(\.location.path))")
            }
        }
    }
    for (i, w) in wanted.enumerated() where !claimed.contains(i) {
        let text = fixture[w.path].map { $0.text.slice(w.range) } ?? "?"
        problems.append("missing \(expected[i]) at \(w.path) “\(text)”")
    }
    if !problems.isEmpty { throw FixtureMismatch(problems.joined(separator: "\n")) }
}

/// Checks the hover at marker 1️⃣ against the expected Markdown, exactly (nil: no hover).
public func checkHover(_ source: String, _ expected: String?) throws {
    let fixture = Fixture(source)
    guard let (article, offset) = fixture.position(1) else { throw FixtureMismatch("fixture has no 1️⃣ marker") }
    let answer = fixture.corpus().hover(path: article.path, offset: offset)
    if answer?.markdown != expected {
        throw FixtureMismatch("hover at 1️⃣:\n--- expected\n\(expected ?? "(none)")\n--- actual\n\(answer?.markdown ?? "(none)")")
    }
}

/// Checks that definition at marker 1️⃣ goes to the single `⏩…⏪` range of the fixture.
public func checkDefinition(_ source: String) throws {
    let fixture = Fixture(source)
    guard let (article, offset) = fixture.position(1) else { throw FixtureMismatch("fixture has no 1️⃣ marker") }
    let targets = fixture.articles.flatMap { a in a.ranges.map { TextLocation(path: a.path, range: $0) } }
    let actual = fixture.corpus().definition(path: article.path, offset: offset)
    if actual != targets {
        throw FixtureMismatch("definition at 1️⃣: expected \(describe(targets, fixture)), got \(describe(actual, fixture))")
    }
}

/// Checks that references at marker 1️⃣ are exactly the fixture's `⏩…⏪` ranges.
public func checkReferences(_ source: String, includeDeclaration: Bool = true) throws {
    let fixture = Fixture(source)
    guard let (article, offset) = fixture.position(1) else { throw FixtureMismatch("fixture has no 1️⃣ marker") }
    let expected = fixture.articles.flatMap { a in a.ranges.map { TextLocation(path: a.path, range: $0) } }
    let actual = fixture.corpus().references(path: article.path, offset: offset, includeDeclaration: includeDeclaration)
    let sort: (TextLocation, TextLocation) -> Bool = { ($0.path, $0.range.lowerBound) < ($1.path, $1.range.lowerBound) }
    if actual.sorted(by: sort) != expected.sorted(by: sort) {
        throw FixtureMismatch("references at 1️⃣:\n  expected \(describe(expected.sorted(by: sort), fixture))\n  actual   \(describe(actual.sorted(by: sort), fixture))")
    }
}

func describe(_ locations: [TextLocation], _ fixture: Fixture) -> String {
    "[" + locations.map { l in "\(l.path) “\(fixture[l.path].map { $0.text.slice(l.range) } ?? "?")”" }.joined(separator: ", ") + "]"
}
