import ArticleAnalysis
import Testing

@Suite struct FrontMatterTests {
    @Test func readsTheKnownFields() {
        let doc = ArticleDocument(text: """
            ---
            title: "Harbour bridge to reopen"
            outlet: The Coastal Ledger
            author: Mara Quill
            published: March 5, 2018
            url: https://example.com/bridge
            tags: [bridge, council]
            ---
            The council said on Monday that the bridge would reopen.
            """, format: .markdown)
        #expect(doc.frontMatter?.title == "Harbour bridge to reopen")
        #expect(doc.frontMatter?.source == "The Coastal Ledger")
        #expect(doc.frontMatter?.author == "Mara Quill")
        #expect(doc.frontMatter?.url == "https://example.com/bridge")
        #expect(doc.publication?.date == CalendarDate(year: 2018, month: 3, day: 5))
        #expect(doc.publication?.origin == .frontMatter)
    }

    @Test(arguments: [
        ("2018-03-05", "2018-03-05"), ("2018-03-05T10:29:00Z", "2018-03-05"), ("2018/03/05", "2018-03-05"),
        ("March 5, 2018", "2018-03-05"), ("5 March 2018", "2018-03-05"), ("Mar. 5, 2018", "2018-03-05"),
        ("Monday, March 5, 2018", "2018-03-05"), ("03/05/2018", "2018-03-05"), ("'2018-03-05'", "2018-03-05"),
    ])
    func readsDatesInCommonForms(_ written: String, _ iso: String) {
        let doc = ArticleDocument(text: "---\ndate: \(written)\n---\nText.", format: .plainText)
        #expect(doc.publication?.date?.iso == iso)
    }

    @Test func frontMatterIsNotProse() {
        let doc = ArticleDocument(text: "---\ntitle: \"Quoted\"\n---\nBody here.", format: .markdown)
        #expect(doc.sentences.count == 1)
        #expect(doc.text(doc.sentences[0].range) == "Body here.")
    }

    @Test func unclosedFrontMatterIsReadAsText() {
        let doc = ArticleDocument(text: "---\ntitle: x\nBody.", format: .markdown)
        #expect(doc.frontMatter == nil)
    }

    @Test func tomlFrontMatter() {
        let doc = ArticleDocument(text: "+++\ntitle = \"T\"\ndate = 2020-01-02\n+++\nBody.", format: .markdown)
        #expect(doc.frontMatter?.title == "T")
        #expect(doc.publication?.date?.iso == "2020-01-02")
    }

    @Test func anUnreadableDateIsAProblem() {
        let article = ArticleAnalyzer.analyze("---\ndate: sometime soon\n---\nBody.", format: .markdown)
        #expect(article.problems.map(\.code) == ["front-matter"])
        #expect(article.publication == nil)
    }
}

@Suite struct PublicationDateTests {
    @Test func datelineAboveTheProse() {
        let doc = ArticleDocument(text: "Bridge reopens after repairs\n\nMarch 5, 2018\n\nThe bridge reopened on Monday.", format: .plainText)
        #expect(doc.publication?.date?.iso == "2018-03-05")
        #expect(doc.publication?.origin == .dateline)
    }

    @Test func datelineOpeningTheFirstParagraph() {
        let doc = ArticleDocument(text: "PORTVILLE, March 5, 2018 — The bridge reopened on Monday.", format: .plainText)
        #expect(doc.publication?.date?.iso == "2018-03-05")
    }

    @Test func monthAndDayWithoutAYearIsOnlyPartial() {
        let doc = ArticleDocument(text: "Mar 05 AT 10:29 AM Dana Holt 0 Comments\n\nHeadline goes here\n\nBody text follows.", format: .plainText)
        #expect(doc.publication?.value == .monthDay(month: 3, day: 5))
        #expect(doc.publication?.date == nil)
    }

    @Test func aCopyrightYearIsNotAPublicationDate() {
        let doc = ArticleDocument(text: "The bridge will reopen this year.\n\n© 2021 Coastal Ledger. All rights reserved.", format: .plainText)
        #expect(doc.publication == nil)
        #expect(doc.paragraphs.last?.kind == .boilerplate)
    }

    @Test func shopAndRelatedLinksAreBoilerplate() {
        let doc = ArticleDocument(
            text: "The bridge will reopen this year.\n\nRelated Stories\n\nADD TO CART: Harbour Lights Figure\n\nThe council agreed.",
            format: .plainText)
        #expect(doc.paragraphs.map(\.kind) == [.body, .boilerplate, .boilerplate, .body])
    }

    @Test func aDatedURLInFrontMatter() {
        let doc = ArticleDocument(text: "---\nurl: https://news.example.com/2018/03/05/xiaomi-us-plans\n---\nXiaomi hopes to enter the market this year.", format: .markdown)
        #expect(doc.publication?.date?.iso == "2018-03-05")
        #expect(doc.publication?.origin == .frontMatter)
        #expect(DateParsing.dateInURL("https://example.com/tech/20180305/xiaomi") == CalendarDate(year: 2018, month: 3, day: 5))
        #expect(DateParsing.dateInURL("https://example.com/2018-03-05-xiaomi") == CalendarDate(year: 2018, month: 3, day: 5))
        // A month alone, a story number, a host: no day.
        #expect(DateParsing.dateInURL("https://example.com/2018/03/xiaomi") == nil)
        #expect(DateParsing.dateInURL("https://example.com/story/20189999") == nil)
        #expect(DateParsing.dateInURL("https://2018.example.com/a") == nil)
    }

    @Test func theDateFieldWinsOverTheURL() {
        let doc = ArticleDocument(text: "---\ndate: 2019-01-02\nurl: https://example.com/2018/03/05/x\n---\nText.", format: .markdown)
        #expect(doc.publication?.date?.iso == "2019-01-02")
    }

    @Test func labelledDateLine() {
        let doc = ArticleDocument(text: "The bridge will reopen this year.\n\nPublished: 12 June 2019", format: .plainText)
        #expect(doc.publication?.date?.iso == "2019-06-12")
        #expect(doc.publication?.origin == .dateLine)
    }
}

@Suite struct SegmentationTests {
    func sentences(_ text: String, _ format: ArticleFormat = .plainText) -> [String] {
        let doc = ArticleDocument(text: text, format: format)
        return doc.sentences.map { doc.text($0.range) }
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("Mr. Holt met Dr. Quill at St. Mary's on Jan. 5 in the U.S. Senate. They talked.") == [
            "Mr. Holt met Dr. Quill at St. Mary's on Jan. 5 in the U.S. Senate.", "They talked.",
        ])
    }

    @Test func anAbbreviationCanEndASentence() {
        #expect(sentences("The firm moved to the U.S. The move cost $3.5 million.") == ["The firm moved to the U.S.", "The move cost $3.5 million."])
        #expect(sentences("She joined Acme Inc. The firm grew.") == ["She joined Acme Inc.", "The firm grew."])
    }

    @Test func decimalsAndInitials() {
        #expect(sentences("Shares rose 3.5 percent. J. K. Rowling spoke at 10 a.m. on Friday.") == [
            "Shares rose 3.5 percent.", "J. K. Rowling spoke at 10 a.m. on Friday.",
        ])
    }

    @Test func quotesCloseSentences() {
        #expect(sentences(#"He said, "We will go." Then he left. "Why?" she asked."#) == [
            #"He said, "We will go.""#, "Then he left.", #""Why?" she asked."#,
        ])
    }

    @Test func curlyQuotes() {
        #expect(sentences("“We’ve always said so.” The chairman smiled.") == ["“We’ve always said so.”", "The chairman smiled."])
    }

    @Test func headlinesAndParagraphs() {
        let doc = ArticleDocument(text: "Council backs new harbour plan\n\nThe council voted on Tuesday. It was close.\n\nWill The Plan Survive?\n\nNobody knows.", format: .plainText)
        #expect(doc.paragraphs.map(\.kind) == [.heading, .body, .heading, .body])
        #expect(doc.text(doc.headline!) == "Council backs new harbour plan")
        #expect(doc.sentences.count == 5)
    }

    @Test func shortLineAboveProseIsItsOwnSentence() {
        #expect(sentences("By Dana Holt\nThe council voted on Tuesday to approve the new harbour plan after a long debate.") == [
            "By Dana Holt", "The council voted on Tuesday to approve the new harbour plan after a long debate.",
        ])
    }

    @Test func hardWrappedProseStaysOneSentence() {
        #expect(sentences("The council voted on Tuesday to approve\nthe new harbour plan after a long debate\nthat ran past midnight.") == [
            "The council voted on Tuesday to approve\nthe new harbour plan after a long debate\nthat ran past midnight.",
        ])
    }
}

@Suite struct MarkdownTests {
    @Test func markupIsMaskedButOffsetsKept() {
        let text = "# The *big* story\n\nThe **council** voted [on Tuesday](https://x.example/a) to `ignore` this.\n"
        let doc = ArticleDocument(text: text, format: .markdown)
        #expect(doc.bytes.count == text.utf8.count)
        #expect(doc.paragraphs.map(\.kind) == [.heading, .body])
        let words = doc.tokens.filter { $0.kind == .word }.map { doc.text($0.range) }
        #expect(words == ["The", "big", "story", "The", "council", "voted", "on", "Tuesday", "to", "this"])
    }

    @Test func blockQuotesListsAndCode() {
        let text = """
            Intro paragraph here.

            > "We will reopen," the mayor said.
            > "Soon."

            - first item
            - second item

            ```
            let quote = "not prose"
            ```
            """
        let doc = ArticleDocument(text: text, format: .markdown)
        #expect(doc.paragraphs.map(\.kind) == [.body, .blockQuote, .listItem, .listItem])
        #expect(!doc.tokens.contains { doc.text($0.range) == "prose" })
    }

    @Test func htmlCommentsAreDirectivesNotProse() {
        let text = "<!-- copydesk-disable-next-line unattributed-quote -->\n\"Trust me.\"\n\nNext paragraph."
        let doc = ArticleDocument(text: text, format: .markdown)
        #expect(doc.directives.count == 1)
        #expect(doc.directives[0].rules == ["unattributed-quote"])
        let quoteOffset = text.utf8.count - "\"Trust me.\"\n\nNext paragraph.".utf8.count
        #expect(doc.directives[0].silences(code: "unattributed-quote", at: quoteOffset))
        #expect(!doc.directives[0].silences(code: "unattributed-quote", at: text.utf8.count - 3))
        #expect(!doc.directives[0].silences(code: "conflicting-date", at: quoteOffset))
    }

    @Test func plainTextDirective() {
        let text = "// copydesk-disable-next-line\n\"Trust me.\""
        let doc = ArticleDocument(text: text, format: .plainText)
        #expect(doc.directives.first?.rules == [])
        #expect(doc.directives.first?.silences(code: "anything", at: 31) == true)
    }

    @Test func unclosedCommentDoesNotSwallowTheArticle() {
        let doc = ArticleDocument(text: "<!-- oops\nThe council voted.", format: .markdown)
        #expect(doc.sentences.count == 1)
    }
}

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(bytes).map { bytes.text($0.range) }
    }

    @Test func possessivesContractionsAcronyms() {
        #expect(words("Xiaomi’s U.S. plans don't rest on the workers' goodwill") == [
            "Xiaomi", "’s", "U.S.", "plans", "don't", "rest", "on", "the", "workers", "'", "goodwill",
        ])
    }

    @Test func numbersHyphensTimes() {
        #expect(words("At 10:29 a.m. the 360-degree camera cost $1,299.99 (a 3.5% rise).") == [
            "At", "10:29", "a.m.", "the", "360-degree", "camera", "cost", "$", "1,299.99", "(", "a", "3.5", "%", "rise", ")", ".",
        ])
    }

    @Test func quotesAreTheirOwnTokens() {
        let bytes = Array("“We’ve” «oui» „ja“".utf8)
        let kinds = Tokenizer.tokenize(bytes).map(\.kind)
        #expect(kinds == [.quote, .word, .quote, .quote, .word, .quote, .quote, .word, .quote])
    }

    @Test func hashesIgnoreCaseAndApostropheStyle() {
        #expect(Bytes.wordHash("We’ve") == Bytes.wordHash("we've"))
    }
}

@Suite struct CalendarTests {
    @Test func dayNumbersRoundTrip() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CalendarDate(year: 2018, month: 3, day: 5).weekday == 0)  // a Monday
    }
}
