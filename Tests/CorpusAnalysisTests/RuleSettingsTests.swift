import ArticleAnalysis
import CopydeskTestSupport
import CorpusAnalysis
import Foundation
import Testing

@Suite struct RuleSettingsTests {
    @Test func frontMatterThatIsNotADate() throws {
        try checkDiagnostics("""
            ---
            date: ⏩next Tuesday⏪
            ---
            The council met.
            """, [ExpectedDiagnostic("front-matter", "'next Tuesday' is not a date Copydesk can read; write it as YYYY-MM-DD (e.g. 2018-03-05)", severity: .warning)])
    }

    @Test func configurationChangesSeverityOrTurnsARuleOff() throws {
        let text = "---\ndate: ⏩soon⏪\n---\nText."
        try checkDiagnostics(text, configuration: RuleConfiguration(overrides: ["front-matter": .error]), [ExpectedDiagnostic("front-matter", severity: .error)])
        try checkDiagnostics(text.replacingOccurrences(of: "⏩", with: "").replacingOccurrences(of: "⏪", with: ""),
                             configuration: RuleConfiguration(overrides: ["front-matter": Severity?.none]), [])
    }

    @Test func changesReportWhoElseIsAffected() {
        var corpus = Corpus()
        let impact = corpus.update(path: "a.md", article: ArticleAnalyzer.analyze("Text.", format: .markdown))
        #expect(impact.affected == [])
        #expect(corpus.count == 1)
        corpus.remove(path: "a.md")
        #expect(corpus.count == 0)
        #expect(corpus.findings(for: "a.md") == [])
    }
}
