import ArticleAnalysis
import CopydeskTestSupport
import CorpusAnalysis
import Testing

/// Hover, definition, references and highlights on entities across the corpus.
@Suite struct EntityHoverTests {
    @Test func aPersonAcrossTwoSources() throws {
        try checkHover("""
            //- ledger/vantor.md published:2018-03-05
            Vantor Chairman Lena Park spoke in Oslo. The executive said sales rose.
            //- wire/vantor.md published:2018-03-06
            Vantor will open stores, said Lena Park, the chairman of Vantor. Pa1️⃣rk gave no date.
            """, """
            **Lena Park** — person — chairman of Vantor (2 sources)
            5 mentions in 2 articles

            First seen 2018-03-05, last seen 2018-03-06
            """)
    }

    @Test func aPlaceUnderAllItsNames() throws {
        try checkHover("""
            //- a.md published:2018-03-05
            Vantor sells in the U.1️⃣S. and plans more stores in the United States.
            //- b.md published:2018-03-07
            Vantor is new to the US market.
            """, """
            **United States** — place
            3 mentions in 2 articles

            First seen 2018-03-05, last seen 2018-03-07
            """)
    }

    @Test func theAuthorIsSaidToBeTheAuthor() throws {
        try checkHover("""
            By Mara 1️⃣Quill

            Vantor said it would hire.
            """, """
            **Mara Quill** — person, author
            1 mention in 1 article
            """)
    }

    @Test func whatTheEntityWasQuotedSaying() {
        // Quotes come from the quote finder; here they are given directly.
        let fixture = Fixture("""
            //- a.md published:2018-03-05
            Lena Park said sales rose. Park said more was to come.
            //- b.md published:2018-03-06
            Lena Park said it again.
            """)
        var corpus = Corpus()
        for a in fixture.articles {
            var article = fixture.analyze(a)
            if let e = article.entities.firstIndex(where: { $0.key == "person:lena park" }) {
                let said = a.text.utf8.count
                article.quotes = [Quote(range: 0..<said, pieces: [0..<min(said, 20)], kind: .full, isSpeech: true,
                                        attribution: Attribution(speaker: nil, cue: nil, placement: .after, entity: e))]
            }
            corpus.update(path: a.path, article: article)
        }
        let hover = corpus.hover(path: "b.md", offset: 2)?.markdown ?? ""
        #expect(hover.contains("quoted twice"))
        #expect(hover.contains("> “Lena Park said sales” — a.md"))
        #expect(hover.contains("> “Lena Park said it ag” — this article"))
    }

    @Test func totalsFollowEditsAndRemovals() {
        func article(_ text: String, _ day: Int) -> AnalyzedArticle {
            var a = ArticleAnalyzer.analyze(text, format: .markdown, options: .init(publication: CalendarDate(year: 2018, month: 3, day: day)))
            if let e = a.entities.firstIndex(where: { $0.key == "person:lena park" }) {
                a.quotes = [Quote(range: 0..<9, pieces: [0..<9], kind: .full, isSpeech: true,
                                  attribution: Attribution(speaker: nil, cue: nil, placement: .after, entity: e))]
            }
            return a
        }
        var corpus = Corpus()
        corpus.update(path: "a.md", article: article("Lena Park, the chairman of Vantor, spoke.", 5))
        corpus.update(path: "b.md", article: article("Lena Park, the chief executive of Vantor, spoke. Park left.", 7))
        corpus.update(path: "c.md", article: article("Lena Park spoke again.", 9))
        var profile = corpus.entityProfile(key: "person:lena park")
        #expect(profile?.articleCount == 3)
        #expect(profile?.firstSeen?.iso == "2018-03-05")
        #expect(profile?.quotes.map(\.path) == ["a.md", "b.md", "c.md"])
        corpus.remove(path: "a.md")
        corpus.update(path: "b.md", article: article("Lena Park spoke.", 7))
        profile = corpus.entityProfile(key: "person:lena park")
        #expect(profile?.articleCount == 2)
        #expect(profile?.mentionCount == 2)
        #expect(profile?.roles.isEmpty == true)
        #expect(profile?.firstSeen?.iso == "2018-03-07")
        #expect(profile?.lastSeen?.iso == "2018-03-09")
        #expect(profile?.quotes.map(\.path) == ["b.md", "c.md"])
        corpus.remove(path: "b.md")
        corpus.remove(path: "c.md")
        #expect(corpus.entityProfile(key: "person:lena park") == nil)
    }

    @Test func nothingToSayOutsideAMention() throws {
        try checkHover("Vantor opened a st1️⃣ore in Oslo.", nil)
    }
}

@Suite struct EntityDefinitionTests {
    @Test func fromANominalToTheIntroductionInTheEarliestSource() throws {
        try checkDefinition("""
            //- wire/vantor.md published:2018-03-06
            Lena Park, the chairman of Vantor, spoke. The 1️⃣executive was upbeat.
            //- ledger/vantor.md published:2018-03-05
            Vantor Chairman ⏩Lena Park⏪ spoke in Oslo.
            """)
    }

    @Test func theCurrentArticleWhenItIsTheOnlySource() throws {
        try checkDefinition("""
            Vantor Chairman ⏩Lena Park⏪ spoke in Oslo. Later 1️⃣she left.
            """)
    }

    @Test func aFullerNameBeatsAnEarlierShortOne() throws {
        // The introduction is the fullest named form, not the first word that names it.
        try checkDefinition("""
            Vantor did well. ⏩Vantor Inc.⏪ reported a profit, and Vant1️⃣or shares rose.
            """)
    }

    @Test func aBareSurnameElsewhereIsNotTheSamePerson() throws {
        try checkDefinition("""
            //- a.md published:2018-03-01
            Park won the race.
            //- b.md published:2018-03-05
            Mr. ⏩Park⏪ said 1️⃣he was tired.
            """)
    }
}

@Suite struct EntityReferenceQueryTests {
    @Test func everyMentionInEveryArticle() throws {
        try checkReferences("""
            //- a.md published:2018-03-05
            Vantor Chairman ⏩Lena Park⏪ spoke in Oslo. ⏩The executive⏪ said sales rose, and ⏩she⏪ smiled.
            //- b.md published:2018-03-06
            Vantor will open stores, said ⏩Lena Park⏪, ⏩the chairman⏪ of Vantor. ⏩Pa1️⃣rk⏪ gave no date.
            //- c.md published:2018-03-07
            Park won the race.
            """)
    }

    @Test func withoutTheDeclaration() throws {
        try checkReferences("""
            //- a.md published:2018-03-05
            Vantor Chairman Lena Park spoke in Oslo. ⏩The executive⏪ said sales rose.
            //- b.md published:2018-03-06
            ⏩Lena 1️⃣Park⏪ said more.
            """, includeDeclaration: false)
    }

    @Test func renameTouchesNamesOnly() {
        let fixture = Fixture("""
            //- a.md
            Vantor Chairman Lena Park spoke. The executive smiled, and she left. Park returned.
            //- b.md
            Lena Park spoke.
            """)
        let corpus = fixture.corpus()
        let names = corpus.references(path: "b.md", offset: 2, includeDeclaration: true, kinds: [.name])
        #expect(names.map { "\($0.path) \(fixture[$0.path]!.text.slice($0.range))" } == ["a.md Lena Park", "a.md Park", "b.md Lena Park"])
    }

    @Test func entitySymbolsListTheCorpus() {
        let corpus = Fixture("""
            //- a.md
            Vantor hired Lena Park in Oslo.
            //- b.md
            Lena Park left Vantor.
            """).corpus()
        let symbols = corpus.entitySymbols().map { "\($0.name) \($0.type.rawValue) \($0.articleCount)" }
        #expect(symbols == ["Vantor organization 2", "Lena Park person 2", "Oslo place 1"])
    }

    @Test func highlightsStayInTheArticle() {
        let fixture = Fixture("""
            //- a.md
            Vantor Chairman Lena Park spoke. Park smiled.
            //- b.md
            Lena Park spoke.
            """)
        let corpus = fixture.corpus()
        let ranges = corpus.highlights(path: "a.md", offset: 20)
        #expect(ranges.map { fixture.articles[0].text.slice($0) } == ["Lena Park", "Park"])
    }
}

/// The seed shape: two outlets, one event — written afresh, so the seeds themselves stay outside.
@Suite struct CrossArticleLinkingTests {
    @Test func oneEntityPerThingAcrossOutlets() {
        let fixture = Fixture("""
            //- ledger.md published:2018-03-05
            Vantor aims to enter the U.S. market by late 2018, as stated by Vantor Chairman Lena Park in Oslo. The executive said, “We want to be in the U.S.” Park did admit it is hard.
            //- wire.md published:2018-03-06
            Vantor, the fifth largest tablet vendor in Norway, is looking to sell in the United States. “We plan to enter the US market,” said Lena Park, the chairman of Vantor.
            """)
        let corpus = fixture.corpus()
        #expect(corpus.articleCount(mentioning: "person:lena park") == 2)
        #expect(corpus.articleCount(mentioning: "organization:vantor") == 2)
        #expect(corpus.articleCount(mentioning: "place:united states") == 2)
        let profile = corpus.entityProfile(key: "person:lena park")
        #expect(profile?.roles.map(\.description) == ["chairman of Vantor"])
        #expect(profile?.roles.first?.sourceCount == 2)
    }

    @Test func singleNamesDoNotLinkAcrossArticlesWithoutARole() {
        let fixture = Fixture("""
            //- a.md
            Mr. Park arrived.
            //- b.md
            Mr. Park left.
            """)
        let corpus = fixture.corpus()
        #expect(corpus.articleCount(mentioning: "~person:park@a.md") == 1)
        #expect(corpus.articleCount(mentioning: "~person:park@b.md") == 1)
    }

    @Test func singleNamesLinkWhenTheOrganisationAgrees() {
        let fixture = Fixture("""
            //- a.md
            Vantor chairman Park arrived.
            //- b.md
            Vantor chairman Park left.
            """)
        #expect(fixture.corpus().articleCount(mentioning: "person:park (vantor)") == 2)
    }
}
