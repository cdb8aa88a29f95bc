import Foundation
import ArticleAnalysis
import CopydeskTestSupport
import CorpusAnalysis
import Testing

@Suite struct UnattributedQuoteRuleTests {
    @Test func flagsSpeechWithNoSpeakerAndQuotesItsOpeningWords() throws {
        try checkDiagnostics("""
            The council met on Monday.

            ⏩"We cannot keep paying for repairs that never end."⏪

            "We will reopen in May," Mara Quill said.
            """, codes: ["unattributed-quote"], [
            ExpectedDiagnostic("unattributed-quote", "Quotation “We cannot keep paying for repairs…” has no attributed speaker", severity: .warning),
        ])
    }

    @Test func aCueThatNamesNobodyIsStillUnattributed() throws {
        try checkDiagnostics("""
            ⏩"Nothing is decided,"⏪ reporters were told.
            """, codes: ["unattributed-quote"], [ExpectedDiagnostic("unattributed-quote")])
    }

    @Test func termsTitlesAndScareQuotesAreNotFlagged() throws {
        try checkDiagnostics("""
            Drivers in the so-called "gig economy" earn less. The council screened "Harbour Lights" on Friday. The "experts" were wrong.
            """, codes: ["unattributed-quote"], [])
    }

    @Test func aSubheadingEndingInAQuoteIsNotFlagged() throws {
        // A subheading quotes words the body attributes; a long line missing its period is prose.
        try checkDiagnostics("""
            The council met on Monday.

            Budget fights and ‘the city that we want to be’

            The council met on Tuesday and will meet again next week to settle what to do with ⏩"the budget that nobody in this town wants to pay for"⏪
            """, codes: ["unattributed-quote"], [ExpectedDiagnostic("unattributed-quote")])
    }

    @Test func instructionsAndOrdersAttributeTheirQuotes() throws {
        try checkDiagnostics("""
            The chief instructed his staff, "Nobody talks to the press about the cameras."
            The leadership underscored the "importance of the role played by the harbour authority in the talks."
            """, codes: ["unattributed-quote"], [])
    }

    @Test func suppressedByADirectiveInMarkdown() throws {
        try checkDiagnostics("""
            The council met on Monday.

            <!-- copydesk-disable-next-line unattributed-quote -->
            "We cannot keep paying for repairs that never end."

            ⏩"Nor can we close the bridge again."⏪
            """, codes: ["unattributed-quote"], [ExpectedDiagnostic("unattributed-quote")])
    }

    @Test func suppressedByADirectiveInPlainText() throws {
        try checkDiagnostics("""
            //- ledger/bridge.txt
            The council met on Monday.

            // copydesk-disable-next-line unattributed-quote
            "We cannot keep paying for repairs that never end."

            ⏩"Nor can we close the bridge again."⏪
            """, codes: ["unattributed-quote"], [ExpectedDiagnostic("unattributed-quote")])
    }

    @Test func configurationSetsTheSeverityOrTurnsTheRuleOff() throws {
        let text = """
            The council met on Monday.

            ⏩"We cannot keep paying for repairs that never end."⏪
            """
        try checkDiagnostics(text, codes: ["unattributed-quote"], configuration: RuleConfiguration(overrides: ["unattributed-quote": .error]), [
            ExpectedDiagnostic("unattributed-quote", severity: .error),
        ])
        let clean = text.replacingOccurrences(of: "⏩", with: "").replacingOccurrences(of: "⏪", with: "")
        try checkDiagnostics(clean, codes: ["unattributed-quote"], configuration: RuleConfiguration(overrides: ["unattributed-quote": Severity?.none]), [])
    }

    @Test func aContinuedQuoteWithoutAVerbIsNotFlagged() throws {
        // The pattern of the seed article 002: the second quote inherits the first one's speaker.
        try checkDiagnostics("""
            //- techdesk/harbour.txt
            "We've always been considering a second bridge," said Tomas Brandt, the chairman of Portville Transit. "We plan to start by the end of 2019, or by early 2020." The executive did not give details.
            """, [])
    }
}

@Suite struct QuoteMismatchRuleTests {
    @Test func differentWordsInAnotherSourceAreReported() throws {
        try checkDiagnostics("""
            //- ledger/bridge.md published:2018-03-05
            ---
            outlet: Coastal Ledger
            ---
            ⏩"We have always been considering a second bridge for the harbour,"⏪ Tomas Brandt said.
            //- gazette/bridge.md published:2018-03-06
            ---
            outlet: Harbour Gazette
            ---
            ⏩"We have always considered a second bridge for the harbour,"⏪ Tomas Brandt said.
            """, codes: ["quote-mismatch"], [
            ExpectedDiagnostic(
                "quote-mismatch", "Harbour Gazette quotes this differently: “We have always considered a second bridge for the harbour,”",
                severity: .information, related: ["gazette/bridge.md"]),
            ExpectedDiagnostic(
                "quote-mismatch", "Coastal Ledger quotes this differently: “We have always been considering a second bridge for the harbour,”",
                severity: .information, related: ["ledger/bridge.md"]),
        ])
    }

    @Test func punctuationCaseAndUSVariantsAreTheSameWords() throws {
        try checkDiagnostics("""
            //- a.md
            “We’ve always been considering entering the U.S. market”, the executive said.
            //- b.md
            "We've always been considering entering the US market," said Tomas Brandt.
            //- c.md
            "We've always been considering entering the United States market," said Tomas Brandt.
            """, codes: ["quote-mismatch"], [])
    }

    @Test func aFaithfulExcerptIsNotAMismatch() throws {
        try checkDiagnostics("""
            //- a.md
            "We plan to start building by the end of 2019, or by early 2020 at the latest," Tomas Brandt said.
            //- b.md
            Tomas Brandt said they would start "by the end of 2019, or by early 2020" at the latest.
            //- c.md
            "We plan to start building … by early 2020 at the latest," Tomas Brandt said.
            """, codes: ["quote-mismatch"], [])
    }

    @Test func unrelatedQuotesSharingAFewWordsAreNotTheSameQuotation() throws {
        try checkDiagnostics("""
            //- a.md
            "We plan to start building the bridge next year," Tomas Brandt said.
            //- b.md
            "We plan to close the ferry service for good in the spring," Mara Quill said.
            """, codes: ["quote-mismatch"], [])
    }

    @Test func aSharedStockPhraseIsNotTheSameQuotation() throws {
        // Four words in common ("come a long way"), most of the longer quote different.
        try checkDiagnostics("""
            //- a.md
            Mara Quill said the council has "to come a long way" on housing.
            //- b.md
            "We have come a long way in the last nine months," Tomas Brandt told supporters.
            //- c.md
            "We're going to build ladders of opportunity in every town," Mara Quill said.
            //- d.md
            "We're going to build a bridge," Tomas Brandt said. "It's going to be built, believe it or not."
            """, codes: ["quote-mismatch"], [])
    }

    @Test func anEditorsInsertionInBracketsIsNotADifference() throws {
        try checkDiagnostics("""
            //- a.md
            "She didn't have a particular bridge in mind, but he [Brandt] is being used in the ads," Mara Quill said.
            //- b.md
            "She didn't have a particular bridge in mind, but he is being used in the ads," Mara Quill said.
            """, codes: ["quote-mismatch"], [])
    }

    @Test func namesThatMayBeOnePersonShortPhrasesAndQuotedQuotesAreNotDifferentSpeakers() {
        var corpus = Corpus()
        let words = "We plan to start building the second bridge across the harbour next year"
        func add(_ path: String, _ text: String, name: String, key: String) {
            corpus.update(path: path, article: withSpeakerEntity(ArticleAnalyzer.analyze(text, format: .markdown), name: name, key: key))
        }
        // "Brandt" and "Tomas Brandt": the corpus keeps them apart, but they may be one man.
        add("a.md", "\"\(words),\" Brandt said.", name: "Brandt", key: "person:brandt")
        add("b.md", "\"\(words),\" Tomas Brandt said.", name: "Tomas Brandt", key: "person:tomas brandt")
        #expect(corpus.findings(for: "a.md").filter { $0.code == "quote-mismatch" }.isEmpty)
        // A slogan several people repeat names no single speaker.
        add("a.md", "\"Take on the harbour cartel,\" Mara Quill said.", name: "Mara Quill", key: "person:mara quill")
        add("b.md", "\"Take on the harbour cartel,\" Tomas Brandt said.", name: "Tomas Brandt", key: "person:tomas brandt")
        #expect(corpus.findings(for: "a.md").filter { $0.code == "quote-mismatch" }.isEmpty)
        // One speaker quoting another: whose words they are is not the outer speaker alone.
        add("a.md", "\"He said ‘\(words)’ and nothing else,\" Mara Quill said.", name: "Mara Quill", key: "person:mara quill")
        add("b.md", "\"\(words),\" Tomas Brandt said.", name: "Tomas Brandt", key: "person:tomas brandt")
        #expect(corpus.findings(for: "a.md").filter { $0.code == "quote-mismatch" && $0.message.contains("attributes") }.isEmpty)
    }

    @Test func aDifferentSpeakerNeedsBothToBeNamedEntities() {
        let a = "\"We plan to start building the bridge next year,\" Tomas Brandt said."
        let b = "\"We plan to start building the bridge next year,\" Mara Quill said."
        var corpus = Corpus()
        // Speakers that do not resolve to entities ("he", "she" with nobody named before) are not compared.
        corpus.update(path: "a.md", article: ArticleAnalyzer.analyze(a.replacingOccurrences(of: "Tomas Brandt", with: "he"), format: .markdown))
        corpus.update(path: "b.md", article: ArticleAnalyzer.analyze(b.replacingOccurrences(of: "Mara Quill", with: "she"), format: .markdown))
        #expect(corpus.findings(for: "a.md").filter { $0.code == "quote-mismatch" }.isEmpty)
        // Resolved to two different people, they are.
        corpus.update(path: "a.md", article: withSpeakerEntity(ArticleAnalyzer.analyze(a, format: .markdown), name: "Tomas Brandt", key: "person:tomas brandt"))
        corpus.update(path: "b.md", article: withSpeakerEntity(ArticleAnalyzer.analyze(b, format: .markdown), name: "Mara Quill", key: "person:mara quill"))
        let findings = corpus.findings(for: "a.md").filter { $0.code == "quote-mismatch" }
        #expect(findings.map(\.message) == ["b.md attributes this quotation to Mara Quill, not Tomas Brandt"])
        #expect(findings.first?.related.map(\.location.path) == ["b.md"])
        // The same person in both: nothing to report.
        corpus.update(path: "b.md", article: withSpeakerEntity(ArticleAnalyzer.analyze(b, format: .markdown), name: "Tomas Brandt", key: "person:tomas brandt"))
        #expect(corpus.findings(for: "a.md").filter { $0.code == "quote-mismatch" }.isEmpty)
    }

    /// The language server keeps quote comparisons between keystrokes; an edit to another
    /// source, or to the quote itself, must never be answered from what was kept.
    @Test func rememberedComparisonsFollowEveryEditToTheSources() {
        let a = "\"We plan to start building the bridge next year,\" Tomas Brandt said."
        let b = "\"We plan to start building the bridge next year,\" Mara Quill said."
        var corpus = Corpus()
        let cache = QuoteMatchCache()
        corpus.quoteMatchCache = cache
        func mismatches() -> [String] { corpus.findings(for: "a.md").filter { $0.code == "quote-mismatch" }.map(\.message) }
        corpus.update(path: "a.md", article: withSpeakerEntity(ArticleAnalyzer.analyze(a, format: .markdown), name: "Tomas Brandt", key: "person:tomas brandt"))
        corpus.update(path: "b.md", article: withSpeakerEntity(ArticleAnalyzer.analyze(b, format: .markdown), name: "Mara Quill", key: "person:mara quill"))
        #expect(mismatches() == ["b.md attributes this quotation to Mara Quill, not Tomas Brandt"])
        // Asked again with nothing changed: the kept comparison answers.
        #expect(mismatches() == ["b.md attributes this quotation to Mara Quill, not Tomas Brandt"])
        #expect(cache.hits == 1)
        // The other source now names the same speaker: a new record, so compared again. The
        // cache does not keep the replaced record alive.
        weak var replaced = corpus.record("b.md")
        corpus.update(path: "b.md", article: withSpeakerEntity(ArticleAnalyzer.analyze(b, format: .markdown), name: "Tomas Brandt", key: "person:tomas brandt"))
        #expect(mismatches() == [])
        #expect(replaced == nil)
        // It rewords the quote.
        let reworded = "\"We plan to start building a bridge next year,\" Tomas Brandt said."
        corpus.update(path: "b.md", article: withSpeakerEntity(ArticleAnalyzer.analyze(reworded, format: .markdown), name: "Tomas Brandt", key: "person:tomas brandt"))
        #expect(mismatches() == ["b.md quotes this differently: “We plan to start building a bridge next year,”"])
        // A third source appears with the first wording.
        corpus.update(path: "c.md", article: withSpeakerEntity(ArticleAnalyzer.analyze(b, format: .markdown), name: "Mara Quill", key: "person:mara quill"))
        #expect(mismatches().count == 2)
        // The source goes away.
        corpus.remove(path: "c.md")
        corpus.remove(path: "b.md")
        #expect(mismatches() == [])
    }

    @Test func editingAQuoteReachesTheArticlesThatShareIt() {
        var corpus = Corpus()
        let quote = "\"We plan to start building the bridge next year,\" Tomas Brandt said."
        corpus.update(path: "a.md", article: ArticleAnalyzer.analyze(quote, format: .markdown))
        corpus.update(path: "b.md", article: ArticleAnalyzer.analyze(quote, format: .markdown))
        corpus.update(path: "c.md", article: ArticleAnalyzer.analyze("The council met.", format: .markdown))
        let edited = "\"We plan to start building the new bridge next year,\" Tomas Brandt said."
        let impact = corpus.update(path: "a.md", article: ArticleAnalyzer.analyze(edited, format: .markdown))
        #expect(impact.affected == ["b.md"])
        #expect(corpus.findings(for: "b.md").map(\.code).filter { $0 != "unresolved-date" } == ["quote-mismatch"])
    }

    /// The article with its first quote's speaker resolved to one entity, as the entity stage will.
    func withSpeakerEntity(_ article: AnalyzedArticle, name: String, key: String) -> AnalyzedArticle {
        var a = article
        guard let speaker = a.quotes.first?.attribution?.speaker else { return a }
        a.mentions = [Mention(range: speaker, type: .person, kind: .name, entity: 0)]
        a.entities = [LocalEntity(name: name, type: .person, key: key, aliases: [], roles: [], mentions: [0], introduction: 0)]
        a.quotes[0].attribution?.entity = 0
        return a
    }
}

@Suite struct QuoteHoverTests {
    @Test func speakerWithRoleAndCue() throws {
        try checkHover("""
            "We've always been considering a second 1️⃣bridge," said Tomas Brandt, the chairman of Portville Transit.
            """, """
            Quote from **Tomas Brandt**, the chairman of Portville Transit
            Cue: “said” (after the quote)
            """)
    }

    @Test func otherSourcesCarryingTheSameQuote() throws {
        try checkHover("""
            //- ledger/bridge.md published:2018-03-05
            ---
            outlet: Coastal Ledger
            ---
            "We have always been considering a second 1️⃣bridge for the harbour," Tomas Brandt said.
            //- gazette/bridge.md published:2018-03-06
            ---
            outlet: Harbour Gazette
            ---
            "We have always considered a second bridge for the harbour," Tomas Brandt said.
            //- wire/bridge.md published:2018-03-07
            "We have always been considering a second bridge for the harbour," said the executive.
            """, """
            Quote from **Tomas Brandt**
            Cue: “said” (after the quote)

            Also quoted in:
            - Harbour Gazette (gazette/bridge.md): different words: “We have always considered a second bridge for the harbour,”; speaker: Tomas Brandt
            - wire/bridge.md: same words; speaker: the executive
            """)
    }

    @Test func unattributedAndNotSpeech() throws {
        try checkHover("""
            The council met. "We cannot keep paying for repairs that never 1️⃣end."
            """, "Quote with **no attributed speaker**")
        try checkHover("""
            Drivers in the so-called "gig 1️⃣economy" earn less.
            """, "Quoted term or title (not speech)")
    }
}

@Suite struct QuoteFixTests {
    /// Applies the fix titled `title` for the finding at ⏩…⏪ and returns the text.
    func apply(_ source: String, _ title: String) throws -> String {
        let fixture = Fixture(source)
        guard let article = fixture.articles.first, let range = article.ranges.first else { throw FixtureMismatch("no ⏩…⏪ range") }
        let corpus = fixture.corpus()
        let fixes = corpus.unattributedQuoteFixes(path: article.path, range: range)
        guard let fix = fixes.first?.fixes.first(where: { $0.title == title }) else {
            throw FixtureMismatch("no fix “\(title)”; have \(fixes.flatMap { $0.fixes.map(\.title) })")
        }
        var bytes = Array(article.text.utf8)
        for edit in fix.edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(edit.range, with: Array(edit.newText.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func oneAttributionPerQuotedSpeakerNearestFirst() throws {
        // Pronouns are not names to offer; "Mara" (the nearest, after the quote) and "Mara Quill" are
        // one speaker, offered under the fuller name.
        let fixture = Fixture("""
            "We will reopen in May," Mara Quill said. "The ferry stays," said Tomas Brandt, the chairman.

            The council did not vote.

            ⏩"Nobody asked us."⏪

            "It was close," he said. "We lost," Mara said.
            """)
        let fixes = fixture.corpus().unattributedQuoteFixes(path: "article.md", range: fixture.articles[0].ranges[0])
        #expect(fixes.first?.fixes.map(\.title) == ["Attribute to Mara Quill", "Attribute to Tomas Brandt", "Ignore this quote"])
        #expect(fixes.first?.fixes.map(\.isPreferred) == [true, false, false])
    }

    @Test func attributeAFullSentenceQuote() throws {
        let text = try apply("""
            ⏩"Nobody asked us."⏪ The council did not vote.

            "We will reopen in May," Mara Quill said.
            """, "Attribute to Mara Quill")
        #expect(text == """
            "Nobody asked us," Mara Quill said. The council did not vote.

            "We will reopen in May," Mara Quill said.
            """)
    }

    @Test func attributeAQuestionAndAPartialQuote() throws {
        #expect(try apply("""
            ⏩“Who pays for the repairs?”⏪

            "We will reopen in May," Mara Quill said.
            """, "Attribute to Mara Quill") == """
            “Who pays for the repairs?” Mara Quill said.

            "We will reopen in May," Mara Quill said.
            """)
        #expect(try apply("""
            The levy is ⏩"a blank cheque for the banks and nothing else"⏪ in the end.

            "We will reopen in May," Mara Quill said.
            """, "Attribute to Mara Quill") == """
            The levy is "a blank cheque for the banks and nothing else" in the end, Mara Quill said.

            "We will reopen in May," Mara Quill said.
            """)
    }

    @Test func ignoreInMarkdownOnItsOwnLineOrInline() throws {
        #expect(try apply("""
            The council met.

            ⏩"We cannot keep paying for repairs that never end."⏪
            """, "Ignore this quote") == """
            The council met.

            <!-- copydesk-disable-next-line unattributed-quote -->
            "We cannot keep paying for repairs that never end."
            """)
        // Mid-paragraph, the comment goes at the start of the line so the paragraph stays whole.
        #expect(try apply("""
            The council met on Monday and
            ⏩"We cannot keep paying for repairs that never end"⏪ was heard.
            """, "Ignore this quote") == """
            The council met on Monday and
            <!-- copydesk-disable-next-line unattributed-quote --> "We cannot keep paying for repairs that never end" was heard.
            """)
    }

    @Test func ignoreInPlainText() throws {
        #expect(try apply("""
            //- ledger/bridge.txt
            The council met.

            ⏩"We cannot keep paying for repairs that never end."⏪
            """, "Ignore this quote") == """
            The council met.

            // copydesk-disable-next-line unattributed-quote
            "We cannot keep paying for repairs that never end."
            """)
    }

    @Test func anAppliedFixSilencesOrAttributesTheQuote() throws {
        for title in ["Ignore this quote", "Attribute to Mara Quill"] {
            let fixed = try apply("""
                ⏩"We cannot keep paying for repairs that never end."⏪

                "We will reopen in May," Mara Quill said.
                """, title)
            var corpus = Corpus()
            corpus.update(path: "article.md", article: ArticleAnalyzer.analyze(fixed, format: .markdown))
            #expect(corpus.findings(for: "article.md").filter { $0.code == "unattributed-quote" }.isEmpty, "\(title):\n\(fixed)")
        }
    }
}
