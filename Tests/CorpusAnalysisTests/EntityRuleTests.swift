import ArticleAnalysis
import CopydeskTestSupport
import CorpusAnalysis
import Testing

@Suite struct RoleConflictTests {
    @Test func chairmanHereChiefExecutiveThere() throws {
        try checkDiagnostics("""
            //- ledger.md published:2018-03-05
            ⏩Vantor Chairman⏪ Lena Park spoke in Oslo.
            //- wire.md published:2018-03-06
            Lena Park, the ⏩chief executive of Vantor⏪, spoke in Oslo.
            """, codes: ["role-conflict"], [
                ExpectedDiagnostic(
                    "role-conflict", "Sources disagree about Lena Park's role at Vantor: this article says chairman, wire.md says chief executive",
                    severity: .information, related: ["wire.md"]),
                ExpectedDiagnostic(
                    "role-conflict", "Sources disagree about Lena Park's role at Vantor: this article says chief executive, ledger.md says chairman",
                    severity: .information, related: ["ledger.md"]),
            ])
    }

    @Test func theSameJobUnderAnotherTitleAgrees() throws {
        try checkDiagnostics("""
            //- a.md
            Vantor CEO Lena Park spoke.
            //- b.md
            Lena Park, the chief executive officer of Vantor, spoke.
            """, codes: ["role-conflict"], [])
    }

    @Test func differentOrganisationsAreNotCompared() throws {
        try checkDiagnostics("""
            //- a.md
            Vantor Chairman Lena Park spoke.
            //- b.md
            Lena Park, the chief executive of Nordwind, spoke.
            """, codes: ["role-conflict"], [])
    }

    @Test func pastAndVagueTitlesNeverConflict() throws {
        try checkDiagnostics("""
            //- a.md
            Former Vantor chairman Lena Park spoke.
            //- b.md
            Lena Park, the chief executive of Vantor, spoke. Vantor executive Tom Hale agreed.
            //- c.md
            Vantor Chairman Tom Hale spoke.
            """, codes: ["role-conflict"], [])
    }

    @Test func aSourceGivingBothRolesAgreesWithEither() throws {
        try checkDiagnostics("""
            //- a.md
            Lena Park, chairman and chief executive of Vantor, spoke.
            //- b.md
            Vantor Chairman Lena Park spoke.
            """, codes: ["role-conflict"], [])
    }

    @Test func aTitleShortForALongerOneAgrees() throws {
        // "Attorney" is the first word of "attorney general": one source shortened the title.
        try checkDiagnostics("""
            //- a.md
            U.S. Attorney General Mara Vex said the case was closed.
            //- b.md
            U.S. Attorney Mara Vex said the case was closed.
            """, codes: ["role-conflict"], [])
        // A title's last words are not enough: a vice president is not the president.
        try checkDiagnostics("""
            //- c.md
            ⏩U.S. Vice President⏪ Tom Hale spoke.
            //- d.md
            ⏩U.S. President⏪ Tom Hale spoke.
            """, codes: ["role-conflict"], [
                ExpectedDiagnostic(
                    "role-conflict", "Sources disagree about Tom Hale's role at U.S.: this article says vice president, d.md says president",
                    severity: .information, related: ["d.md"]),
                ExpectedDiagnostic(
                    "role-conflict", "Sources disagree about Tom Hale's role at U.S.: this article says president, c.md says vice president",
                    severity: .information, related: ["c.md"]),
            ])
    }

    @Test func bareSurnamesAreNotCompared() throws {
        try checkDiagnostics("""
            //- a.md
            Mr. Park, the chairman, spoke.
            //- b.md
            Mr. Park, the chief executive, spoke.
            """, codes: ["role-conflict"], [])
    }

    @Test func aChangeInOneSourceReachesTheOther() {
        var corpus = Corpus()
        corpus.update(path: "a.md", article: ArticleAnalyzer.analyze("Vantor Chairman Lena Park spoke.", format: .markdown))
        let impact = corpus.update(path: "b.md", article: ArticleAnalyzer.analyze("Lena Park, the chief executive of Vantor, spoke.", format: .markdown))
        #expect(impact.affected == ["a.md"])
        #expect(corpus.findings(for: "a.md").map(\.code) == ["role-conflict"])
        let fixed = corpus.update(path: "b.md", article: ArticleAnalyzer.analyze("Lena Park, the chairman of Vantor, spoke.", format: .markdown))
        #expect(fixed.affected == ["a.md"])
        #expect(corpus.findings(for: "a.md").isEmpty)
    }
}
