import ArticleAnalysis
import CopydeskTestSupport
import CorpusAnalysis
import Foundation
import Testing

/// The labelled pair set in `Tests/Fixtures/conflict-pairs` (the same files `copydesk-eval
/// conflicts --pairs` scores): each file holds two articles and a label saying what a careful
/// editor would conclude.
@Suite struct ConflictPairTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/conflict-pairs").path

    struct Pair {
        var name: String
        var label: String
        var fixture: Fixture
    }

    static func pairs() throws -> [Pair] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let content = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
            let label = lines.first { $0.hasPrefix("# label:") }.map { $0.dropFirst("# label:".count).trimmingCharacters(in: .whitespaces) } ?? ""
            let body = lines.drop { $0.hasPrefix("#") }.joined(separator: "\n")
            return Pair(name: name, label: label, fixture: Fixture(body))
        }
    }

    /// "conflicting", "revised" or "none".
    static func outcome(_ pair: Pair) -> String {
        let corpus = pair.fixture.corpus()
        let codes = Set(pair.fixture.articles.flatMap { corpus.findings(for: $0.path).map(\.code) })
        if codes.contains("conflicting-date") { return "conflicting" }
        if codes.contains("revised-date") { return "revised" }
        return "none"
    }

    @Test func theSetIsLargeAndCoversEveryLabel() throws {
        let pairs = try Self.pairs()
        #expect(pairs.count >= 30)
        let labels = Set(pairs.map(\.label))
        #expect(labels == ["conflicting", "compatible", "revised", "different-event", "unresolvable"])
        #expect(pairs.allSatisfy { $0.fixture.articles.count == 2 })
    }

    @Test func precisionAndRecall() throws {
        var tp = 0, fp = 0, fn = 0, rtp = 0, rfp = 0, rfn = 0
        var wrong: [String] = []
        for pair in try Self.pairs() {
            let got = Self.outcome(pair)
            let want = pair.label == "conflicting" ? "conflicting" : pair.label == "revised" ? "revised" : "none"
            if got != want { wrong.append("\(pair.name): \(pair.label) → \(got)") }
            if got == "conflicting" { if want == "conflicting" { tp += 1 } else { fp += 1 } } else if want == "conflicting" { fn += 1 }
            if got == "revised" { if want == "revised" { rtp += 1 } else { rfp += 1 } } else if want == "revised" { rfn += 1 }
        }
        // A false warning costs an editor's trust: no pair that agrees may be flagged.
        #expect(fp == 0, "false conflicts: \(wrong)")
        #expect(Double(tp) / Double(max(1, tp + fn)) >= 0.85, "missed conflicts: \(wrong)")
        #expect(rfp == 0 && Double(rtp) / Double(max(1, rtp + rfn)) >= 0.8, "revisions: \(wrong)")
    }

    @Test func theSeedsWordingsPairIsCompatible() throws {
        let seedLike = try #require(try Self.pairs().first { $0.name.hasPrefix("09-") })
        #expect(Self.outcome(seedLike) == "none")
    }
}

/// The example corpus (`examples/`), whose `copydesk check` output README.md shows: the claim
/// rules must keep reading its four outlets' wordings of one event as one event.
@Suite struct ExampleCorpusTests {
    @Test func theExamplesFindingsAreTheOnesTheReadmeShows() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples")
        var corpus = Corpus()
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }
        for name in names {
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            corpus.update(path: name, article: ArticleAnalyzer.analyze(text, format: name.hasSuffix(".md") ? .markdown : .plainText))
        }
        func codes(_ name: String) -> [String] {
            corpus.findings(for: name).map(\.code).filter { $0 == "conflicting-date" || $0 == "revised-date" }.sorted()
        }
        #expect(codes("coastal-ledger-nordvik-factory.md") == ["conflicting-date"])
        #expect(codes("morning-wire-nordvik-ohio.md") == ["conflicting-date"])
        #expect(codes("valley-times-nordvik-delay.md") == ["revised-date"])
        #expect(codes("tech-notes-nordvik.txt") == [])
    }
}

/// `copydesk check` loads its corpus without the per-entity totals the hover queries read; the
/// rules must not notice.
@Suite struct CheckWithoutEntityStatsTests {
    @Test func everyPairGivesTheSameFindingsWithoutEntityStats() throws {
        let pairs = try ConflictPairTests.pairs()
        #expect(pairs.count >= 30)
        var total = 0
        for pair in pairs {
            var full = Corpus()
            var lean = Corpus()
            lean.tracksEntityStats = false
            for a in pair.fixture.articles {
                let analyzed = pair.fixture.analyze(a)
                full.update(path: a.path, article: analyzed)
                lean.update(path: a.path, article: analyzed)
            }
            for a in pair.fixture.articles {
                let expected = full.findings(for: a.path).map { "\($0.code) \($0.range) \($0.message)" }
                total += expected.count
                #expect(lean.findings(for: a.path).map { "\($0.code) \($0.range) \($0.message)" } == expected, "\(pair.name)")
            }
            #expect(lean.entityProfile(key: "person:nobody") == nil)
        }
        #expect(total > 0)
    }
}
