import ArticleAnalysis
import Testing

@Suite struct QuoteMarkTests {
    @Test func straightAndCurlyQuotes() throws {
        try checkQuotes("""
            "We will open in May," Mara Quill said.

            “The bridge is safe,” said Tomas Brandt.
            """, [
            "“We will open in May,” ← Mara Quill (cue “said”, after)",
            "“The bridge is safe,” ← Tomas Brandt (cue “said”, after)",
        ])
    }

    @Test func singleQuotesInsideDoubleAreOneQuote() throws {
        try checkQuotes("""
            "He told me 'never again,' and I believed him," the mayor said.
            """, ["“He told me 'never again,' and I believed him,” ← the mayor (cue “said”, after)"])
    }

    @Test func singleQuotesAsTheOuterMarks() throws {
        try checkQuotes("""
            ‘We will rebuild the harbour,’ the mayor said. 'The money is there,' she added.
            """, [
            "“We will rebuild the harbour,” ← the mayor (cue “said”, after)",
            "“The money is there,” ← she (cue “added”, after)",
        ])
    }

    @Test func guillemetsAndGermanQuotes() throws {
        try checkQuotes("""
            «The port will reopen», Anna Berg said.

            „The ferry runs again“, said Jonas Weber.
            """, [
            "“The port will reopen” ← Anna Berg (cue “said”, after)",
            "“The ferry runs again” ← Jonas Weber (cue “said”, after)",
        ])
    }

    @Test func doubledApostrophesAsInNewspaperArchives() throws {
        try checkQuotes("""
            The council met on Monday. ''We are out of money,'' Ms. Holt said.
            """, ["“We are out of money,” ← Ms. Holt (cue “said”, after)"])
    }

    @Test func apostrophesAndMeasuresAreNotQuotes() throws {
        try checkQuotes("""
            The workers' union met in the '90s style hall. It's rock 'n' roll, said the 6'2" organiser, who owns a 12" record.
            """, [])
    }

    @Test func aQuoteRunningOverParagraphsIsOneQuote() throws {
        try checkQuotes("""
            "We plan to reopen the bridge in May. The inspectors have signed off.

            "After that, the ferry will stop," Mara Quill said.
            """, ["“We plan to reopen the bridge in May. The inspectors have signed off. … After that, the ferry will stop,” [block] ← Mara Quill (cue “said”, after)"])
    }

    @Test func aQuoteReopenedOnTheSameLineContinues() throws {
        // Copy that lost its paragraph breaks: the quote reopens right after a full stop.
        try checkQuotes("""
            "We have a fair pay offer on the table. "We would also like to do a deal with the union," Mr Lording said.
            """, ["“We have a fair pay offer on the table. … We would also like to do a deal with the union,” ← Mr Lording (cue “said”, after)"])
        // Two quotes closed in the usual way stay two.
        try checkQuotes("""
            "We will win." "You will lose," Mara Quill said.
            """, ["“We will win.” ← Mara Quill (cue “said”, nextSentence)", "“You will lose,” ← Mara Quill (cue “said”, after)"])
    }

    @Test func anUnclosedQuoteEndsWithItsParagraph() throws {
        try checkQuotes("""
            The mayor said: "We will rebuild the harbour.

            The council voted on Tuesday. "It was close," Tomas Brandt said.
            """, [
            "“We will rebuild the harbour.” ← The mayor (cue “said”, before)",
            "“It was close,” ← Tomas Brandt (cue “said”, after)",
        ])
    }

    @Test func aStrayMarkDoesNotSwallowTheArticle() throws {
        let text = """
            Prices rose 5" in a week, one trader joked.

            The bridge reopened on Monday. "We are relieved," said Mara Quill.

            Traffic was light.
            """
        try checkQuotes(text, ["“We are relieved,” ← Mara Quill (cue “said”, after)"])
    }

    @Test func markdownBlockQuotes() throws {
        try checkQuotes("""
            In a statement, the harbour authority said:

            > The bridge will reopen in May. We apologise for the delay.
            """, ["“The bridge will reopen in May. We apologise for the delay.” [block] ← the harbour authority (cue “said”, before)"])
    }

    @Test func aBlockQuoteSignedOnItsLastLine() throws {
        try checkQuotes("""
            > We will rebuild the harbour, whatever it costs.
            > — Mara Quill, mayor of Portville
            """, ["“We will rebuild the harbour, whatever it costs.” [block] ← Mara Quill, mayor of Portville (cue “—”, after)"])
    }
}

@Suite struct QuoteSpeechTests {
    @Test func termsTitlesAndNicknamesAreNotSpeech() throws {
        try checkQuotes("""
            Drivers in the so-called "gig economy" earn less. The council screened a film titled "Harbour Lights" on Friday. Dwayne "The Rock" Johnson was not there.
            """, [
            "“gig economy” [partial] — not speech",
            "“Harbour Lights” [partial] — not speech",
            "“The Rock” [partial] — not speech",
        ])
    }

    @Test func shortScareQuotesWithNobodySpeakingAreNotSpeech() throws {
        try checkQuotes("""
            The "experts" were wrong again. He starred in "The Harbour Hour" for years.
            """, [
            "“experts” [partial] — not speech",
            "“The Harbour Hour” [partial] — not speech",
        ])
    }

    @Test func aPartialQuoteWithASpeakerIsSpeech() throws {
        try checkQuotes("""
            The minister called the levy "a blank cheque" for the banks. Mara Quill said the plan was "reckless."
            """, [
            "“a blank cheque” [partial] ← The minister (cue “called”, before)",
            "“reckless.” [partial] ← Mara Quill (cue “said”, before)",
        ])
    }

    @Test func calledRightBeforeAQuoteNamesItUnlessSomeoneCalls() throws {
        try checkQuotes("""
            Economists study a pattern called "differential nonresponse." The union is fighting what it calls "a wage freeze by stealth."
            """, [
            "“differential nonresponse.” [partial] — not speech",
            "“a wage freeze by stealth.” [partial] ← it (cue “calls”, before)",
        ])
    }

    @Test func aLongQuoteWithNobodySpeakingIsUnattributedSpeech() throws {
        try checkQuotes("""
            The council met on Monday.

            "We cannot keep paying for repairs that never end."
            """, ["“We cannot keep paying for repairs that never end.” ← nobody"])
    }
}

@Suite struct QuoteAttributionTests {
    @Test func speakerAfterTheVerbWithAnAppositiveRole() throws {
        try checkQuotes("""
            "We've always been considering a second bridge," said Tomas Brandt, the chairman of Portville Transit.
            """, ["“We've always been considering a second bridge,” ← Tomas Brandt, the chairman of Portville Transit (cue “said”, after)"])
    }

    @Test func speakerBeforeTheVerbWithAnAppositiveRole() throws {
        try checkQuotes("""
            "The ferry stays," Tomas Brandt, the chairman of Portville Transit, said on Monday.
            """, ["“The ferry stays,” ← Tomas Brandt, the chairman of Portville Transit (cue “said”, after)"])
    }

    @Test func titlesBeforeTheNameAreTheRole() throws {
        try checkQuotes("""
            Portville Transit Chairman Tomas Brandt said: "The ferry stays." Sen. Dana Holt (D-Maine) said it was "a mistake," however.
            """, [
            "“The ferry stays.” ← Tomas Brandt, Portville Transit Chairman (cue “said”, before)",
            "“a mistake,” [partial] ← Dana Holt, Sen. (cue “said”, before)",
        ])
    }

    @Test func pronounAndRoleSpeakersKeepTheirPhrase() throws {
        try checkQuotes("""
            "We will reopen in May," he said. "The money is there," a spokesperson for the harbour authority said. "It is done," the executive added.
            """, [
            "“We will reopen in May,” ← he (cue “said”, after)",
            "“The money is there,” ← a spokesperson for the harbour authority (cue “said”, after)",
            "“It is done,” ← the executive (cue “added”, after)",
        ])
    }

    @Test func aRoleJoinedByToOrFromBeforeTheSpeaker() throws {
        try checkQuotes("""
            "We will not hand over the port," former envoy to Portugal Amadou Keita told reporters. "The talks go on," a militant from the northern group told a crowd.
            """, [
            "“We will not hand over the port,” ← Amadou Keita, former envoy to Portugal (cue “told”, after)",
            "“The talks go on,” ← a militant from the northern group (cue “told”, after)",
        ])
    }

    @Test func moreVerbsOfSpeech() throws {
        try checkQuotes("""
            "This was a very good day for all of us," she confessed. "The way I see it," he elaborated, "nobody ever questioned the [harbour] board's record." "Councillor Hale, let me help you out - the answer is no," the deputy mayor riffed.

            On Monday, the mayor groused to a crowd in Dover that the paper "doesn't treat me properly at all" before leaving.
            """, [
            "“This was a very good day for all of us,” ← she (cue “confessed”, after)",
            "“The way I see it, … nobody ever questioned the [harbour] board's record.” ← he (cue “elaborated”, after)",
            "“Councillor Hale, let me help you out - the answer is no,” ← the deputy mayor (cue “riffed”, after)",
            "“doesn't treat me properly at all” [partial] ← the mayor (cue “groused”, before)",
        ])
    }

    @Test func aRoleHeadsItsPhraseWhateverFollows() throws {
        try checkQuotes("""
            "Will she be the next transport secretary after all?" a staffer in the room wondered.

            The mayor took a heckler in stride, saying the protester would "not be removed by anyone" from the hall. The mayor thanked the crowd and said the hall would "stay open to everyone who wants to come."
            """, [
            "“Will she be the next transport secretary after all?” ← a staffer in the room (cue “wondered”, after)",
            "“not be removed by anyone” [partial] ← The mayor (cue “saying”, before)",
            "“stay open to everyone who wants to come.” [partial] ← The mayor (cue “said”, before)",
        ])
    }

    @Test func aParenthesisOrAQuotedTitleInsideTheSubject() throws {
        try checkQuotes("""
            Councillor Dana Whitlock (Green), who introduced a motion this month aimed at fixing the river crossings, said that the plans were "important first steps toward a safer crossing."

            Ron Tallis, a contestant on the cooking show "The Great Bake," who went on to open a bakery, said the host was "always kind and generous to the contestants."
            """, [
            "“important first steps toward a safer crossing.” [partial] ← Councillor Dana Whitlock (cue “said”, before)",
            "“The Great Bake,” [partial] — not speech",
            "“always kind and generous to the contestants.” [partial] ← Ron Tallis, a contestant on the cooking show \"The Great Bake,\" (cue “said”, before)",
        ])
    }

    @Test func aQuoteOpeningTheNextSentenceGoesOnInTheSameVoice() throws {
        try checkQuotes("""
            "Voters here do not care about the parking plan," Ellison told reporters. "What they care about is that she wants to lower rents" and other costs. "We are done," he said. But "The council has the votes and will use them on Tuesday."

            The report came out on Monday. "Nobody expected the numbers to be this low" was the headline.
            """, [
            "“Voters here do not care about the parking plan,” ← Ellison (cue “told”, after)",
            "“What they care about is that she wants to lower rents” ← Ellison (cue “told”, continuation)",
            "“We are done,” ← he (cue “said”, after)",
            "“The council has the votes and will use them on Tuesday.” [partial] ← he (cue “said”, continuation)",
            "“Nobody expected the numbers to be this low” ← nobody",
        ])
    }

    @Test func modifiersLongIntroductionsAndTheMediumAfterTheVerb() throws {
        try checkQuotes("""
            "Will he be the next attorney general?" a Democratic staffer in the room wondered.

            On the eve of his narrow election to a third term as harbour master in the spring, Dole rallied supporters by warning that "the old guard is in danger of ending."

            The council had "put the biggest dent" yet in the housing backlog, she said in a video message to the members.
            """, [
            "“Will he be the next attorney general?” ← a Democratic staffer in the room (cue “wondered”, after)",
            "“the old guard is in danger of ending.” [partial] ← Dole (cue “warning”, before)",
            "“put the biggest dent” [partial] ← she (cue “said”, after)",
        ])
    }

    @Test func aQuotedTitleBeforeWhatItNames() throws {
        try checkQuotes("""
            "Harbour Lights at Dawn" star Mia Orr opened up about her early years. Two councillors wore 'Make the Harbour Great Again' hats at the rally.
            """, [
            "“Harbour Lights at Dawn” — not speech",
            "“Make the Harbour Great Again” [partial] — not speech",
        ])
    }

    @Test func searchQueriesAreNotSpeech() throws {
        try checkQuotes("""
            Our top questions were 'how many ferries run on a sunday' and 'what is a harbour pass,' and the tide table was the top searched page. She asked "how long will the bridge stay shut?"
            """, [
            "“how many ferries run on a sunday” [partial] — not speech",
            "“what is a harbour pass,” [partial] — not speech",
            "“how long will the bridge stay shut?” [partial] ← She (cue “asked”, before)",
        ])
    }

    @Test func aLowercaseRoleBetweenOutletAndNameAndAQuotedNameOnTheWayToTheCue() throws {
        try checkQuotes("""
            In other words, explained CBS moderator Nancy Cordes: "What does that have to do with the vote?"

            "We have had better weeks than this one," Texas delegate Bill Eastland, wearing a cowboy hat and "Ted Cruz" pins, said calmly.

            Filippo Grandi, the head of the agency, reacted to the deal, "I am concerned about any agreement that returns everyone."
            """, [
            "“What does that have to do with the vote?” ← Nancy Cordes, CBS moderator (cue “explained”, before)",
            "“We have had better weeks than this one,” ← Bill Eastland, Texas delegate (cue “said”, after)",
            "“Ted Cruz” [partial] — not speech",
            "“I am concerned about any agreement that returns everyone.” ← Filippo Grandi, the head of the agency (cue “reacted”, before)",
        ])
    }

    @Test func thePartyToldIsNotTheSpeaker() throws {
        try checkQuotes("""
            "We will reopen in May," Mara Quill told CNBC. Tomas Brandt told Reuters: "The ferry stays."

            "Nothing is decided," reporters were told.
            """, [
            "“We will reopen in May,” ← Mara Quill (cue “told”, after)",
            "“The ferry stays.” ← Tomas Brandt (cue “told”, before)",
            "“Nothing is decided,” ← nobody (cue “told”)",
        ])
    }

    @Test func accordingToAndInAStatement() throws {
        try checkQuotes("""
            According to Mara Quill, "the bridge is safe." "Repairs will take a year," according to a spokesperson for the council. "We apologise," the harbour authority said in a statement.
            """, [
            "“the bridge is safe.” [partial] ← Mara Quill (cue “According to”, before)",
            "“Repairs will take a year,” ← a spokesperson for the council (cue “according to”, after)",
            "“We apologise,” ← the harbour authority (cue “said”, after)",
        ])
    }

    @Test func theMediumOfSpeechAsTheCue() throws {
        try checkQuotes("""
            The harbour authority, in a statement: "The bridge will reopen in May." "We apologise for the delay," in a letter from Mara Quill.
            """, [
            "“The bridge will reopen in May.” ← The harbour authority (cue “in a statement”, before)",
            "“We apologise for the delay,” ← Mara Quill (cue “in a letter”, after)",
        ])
    }

    @Test func speechVerbsInEveryInflection() throws {
        for verb in ["says", "said", "saying", "tells", "told", "adds", "added", "writes", "wrote", "tweeted", "posted", "noted", "explained",
            "argues", "insisted", "warned", "claims", "asked", "replied", "confirmed", "denied", "announced", "acknowledged"] {
            let text = verb.hasSuffix("ing") ? "Mara Quill was \(verb): \"The bridge stays open.\"" : "Mara Quill \(verb): \"The bridge stays open.\""
            let quotes = describeQuotes(text)
            #expect(quotes == ["“The bridge stays open.” ← Mara Quill (cue “\(verb)”, before)"], "\(verb): \(quotes)")
        }
    }

    @Test func aColonIntroducesTheQuote() throws {
        try checkQuotes("""
            Mara Quill on the delay: "We need one more month." The message was simple: "Stay home."
            """, [
            "“We need one more month.” ← Mara Quill (cue “:”, before)",
            "“Stay home.” ← nobody (cue “:”)",
        ])
    }

    @Test func interruptedQuotesAreOneQuote() throws {
        try checkQuotes("""
            "We plan," he said, "to open in May." "The ferry," Mara Quill added, "will keep running."
            """, [
            "“We plan, … to open in May.” ← he (cue “said”, after)",
            "“The ferry, … will keep running.” ← Mara Quill (cue “added”, after)",
        ])
    }

    @Test func aQuestionOrExclamationBeforeTheCue() throws {
        try checkQuotes("""
            "Why now?" Tomas Brandt asked. "Never!" the crowd shouted.
            """, [
            "“Why now?” ← Tomas Brandt (cue “asked”, after)",
            "“Never!” ← the crowd (cue “shouted”, after)",
        ])
    }

    @Test func aQuoteOnlySentenceContinuesTheQuoteBefore() throws {
        // As in the seed article: the second quote has no verb of its own.
        try checkQuotes("""
            "We've always considered a second bridge," said Tomas Brandt, the chairman of Portville Transit. "We plan to start by the end of 2019."

            "And we will finish it."
            """, [
            "“We've always considered a second bridge,” ← Tomas Brandt, the chairman of Portville Transit (cue “said”, after)",
            "“We plan to start by the end of 2019.” ← Tomas Brandt, the chairman of Portville Transit (cue “said”, continuation)",
            "“And we will finish it.” ← Tomas Brandt, the chairman of Portville Transit (cue “said”, continuation)",
        ])
    }

    @Test func continuationStopsAtTheNextParagraphButOne() throws {
        try checkQuotes("""
            "We will reopen in May," Mara Quill said.

            The council did not vote.

            "Nobody asked us."
            """, [
            "“We will reopen in May,” ← Mara Quill (cue “said”, after)",
            "“Nobody asked us.” ← nobody",
        ])
    }

    @Test func theSentenceBeforeOrAfterNamesTheSpeaker() throws {
        try checkQuotes("""
            Mara Quill explained the delay on Monday. "The steel arrived late."

            "We lost a month." Tomas Brandt said the council would pay.
            """, [
            "“The steel arrived late.” ← Mara Quill (cue “explained”, previousSentence)",
            "“We lost a month.” ← Tomas Brandt (cue “said”, nextSentence)",
        ])
    }

    @Test func aLeadInEndingWithAColonInThePreviousParagraph() throws {
        try checkQuotes("""
            Mara Quill continued:

            "The bridge is the town's lifeline."
            """, ["“The bridge is the town's lifeline.” ← Mara Quill (cue “continued”, before)"])
    }

    @Test func participlesLeanOnTheSentenceSubject() throws {
        try checkQuotes("""
            Mara Quill spoke on Monday, arguing that the bridge was "the town's only lifeline."
            """, ["“the town's only lifeline.” [partial] ← Mara Quill (cue “arguing”, before)"])
    }

    @Test func aSpeakerWithANicknameInTheirName() throws {
        try checkQuotes("""
            "This is our year!" Marcia "Cia" Price shouted to the crowd.
            """, [
            "“This is our year!” ← Marcia \"Cia\" Price (cue “shouted”, after)",
            "“Cia” [partial] — not speech",
        ])
    }

    @Test func transcriptLabelsNameTheSpeaker() throws {
        try checkQuotes("""
            Partial transcript as follows:

            "HOLT: Will the bridge reopen?

            "QUILL: In May, if the steel arrives."
            """, [
            "“Will the bridge reopen?” ← HOLT (cue “:”, before)",
            "“In May, if the steel arrives.” ← QUILL (cue “:”, before)",
        ])
    }

    @Test func plainTextArticles() throws {
        try checkQuotes("""
            Bridge to reopen

            PORTVILLE (Coastal Ledger) — The bridge will reopen in May, the council said.
            "We are relieved," said Mara Quill, who runs the ferry.
            """, format: .plainText, ["“We are relieved,” ← Mara Quill (cue “said”, after)"])
    }
}

@Suite struct QuoteLimitsTests {
    @Test func determinersStandingForASpeaker() throws {
        try checkQuotes("""
            Another tweeted, "The ferry is late again today." A Portville tweet read "Ferry cancelled."
            """, [
            "“The ferry is late again today.” ← Another (cue “tweeted”, before)",
            "“Ferry cancelled.” ← A Portville tweet (cue “read”, before)",
        ])
    }

    @Test func aTitleAfterASpeechVerbIsSpeech() throws {
        try checkQuotes("""
            Dana Holt called the show "the best hour on local radio." She starred in the show "Harbour Hour" later.
            """, [
            "“the best hour on local radio.” [partial] ← Dana Holt (cue “called”, before)",
            "“Harbour Hour” [partial] — not speech",
        ])
    }

    @Test func aPartialQuoteDoesNotTakeTheSpeakerOfTheSentenceBefore() throws {
        // Only a quote that is a sentence of its own leans on the sentence before.
        try checkQuotes("""
            Mara Quill explained the delay. The steel was "late again and again and again" this spring.
            """, ["“late again and again and again” [partial] ← nobody"])
    }

    @Test func whatSomeoneSaidBelongsToThem() throws {
        try checkQuotes("""
            Quill kept her promise of "a bridge by May" on Monday. Brandt's call for "a second ferry" went nowhere. The promise of "a bridge by May" was not new.
            """, [
            "“a bridge by May” [partial] ← her (cue “promise”, before)",
            "“a second ferry” [partial] ← Brandt (cue “call”, before)",
            "“a bridge by May” [partial] ← nobody",
        ])
    }

    @Test func aVerbCharacterisingTheQuoteRightAfterIt() throws {
        try checkQuotes("""
            "Go register," Mara Quill implored. The "joke," as she called it, fell flat.
            """, [
            "“Go register,” ← Mara Quill (cue “implored”, after)",
            "“joke,” [partial] ← she (cue “called”, after)",
        ])
    }

    @Test func aTrailingAccordingToCoversTheSentence() throws {
        try checkQuotes("""
            Harbour traffic remained "tight," with "modest" growth, according to the port survey.
            """, [
            "“tight,” [partial] ← the port survey (cue “according to”, after)",
            "“modest” [partial] ← the port survey (cue “according to”, after)",
        ])
    }

    @Test func headlinesInCapitalsAndNamesOfWorks() throws {
        try checkQuotes("""
            Quill Praised “Continuing Work Towards A Second Bridge”

            Brandt told NBC's "Today" that the ferry stays.
            """, [
            "“Continuing Work Towards A Second Bridge” [partial] ← Quill (cue “Praised”, before)",
            "“Today” [partial] — not speech",
        ])
        // Markup left in plain text is not speech either.
        try checkQuotes("""
            The page had <tweet author="mquill" id="6721"> in it.
            """, format: .plainText, ["“mquill” [partial] — not speech", "“6721” [partial] — not speech"])
    }

    @Test func headlineStyleNameAndColon() throws {
        try checkQuotes("""
            # Quill: Ferry crews 'were never asked about the bridge'

            The mayor was asked about the delay on Monday. "Nobody could have planned for it."

            "We are grateful for the support," said one. "The steel is here," added another, a welder from the yard.
            """, [
            "“were never asked about the bridge” [partial] ← Quill (cue “:”, before)",
            "“Nobody could have planned for it.” ← The mayor (cue “was asked”, previousSentence)",
            "“We are grateful for the support,” ← one (cue “said”, after)",
            "“The steel is here,” ← another (cue “added”, after)",
        ])
    }

    @Test func whoeverIssuedAStatementSpeaks() throws {
        try checkQuotes("""
            The harbour authority issued a statement saying the delay was "regrettable but unavoidable." A statement from the council said the bridge was "safe to use."
            """, [
            "“regrettable but unavoidable.” [partial] ← The harbour authority (cue “saying”, before)",
            "“safe to use.” [partial] ← the council (cue “said”, before)",
        ])
    }

    @Test func anAppositiveLeftUnclosedOrAnAffiliationBeforeTheVerb() throws {
        try checkQuotes("""
            "We asked for help," Tomas Brandt, an adviser to the mayor said. "The ferry will run," Patrol Chief Mara Quill with the Portville Police Department said Wednesday.
            """, [
            "“We asked for help,” ← Tomas Brandt, an adviser to the mayor (cue “said”, after)",
            "“The ferry will run,” ← Mara Quill, Patrol Chief (cue “said”, after)",
        ])
    }

    @Test func aQuoteOpeningWithAnEditorsBracketContinuesTheLastSpeaker() throws {
        try checkQuotes("""
            "It was the last step," said Tomas Brandt of the vote. "[The council] was going to approve the bridge."
            """, [
            "“It was the last step,” ← Tomas Brandt (cue “said”, after)",
            "“[The council] was going to approve the bridge.” ← Tomas Brandt (cue “said”, continuation)",
        ])
    }

    @Test func mannerOfSpeakingVerbs() throws {
        try checkQuotes("""
            "It is time to call the harbour board to account," he rumbled from the podium. The mayor expressed her hope for a deal. "We are close."
            """, [
            "“It is time to call the harbour board to account,” ← he (cue “rumbled”, after)",
            "“We are close.” ← The mayor (cue “expressed”, previousSentence)",
        ])
    }

    @Test func aCurlyQuoteNestedInOneOfTheSameStyle() throws {
        // Should be ‘hell’; typed “hell”, it must not cut the outer quotation in two.
        try checkQuotes("""
            “I would rather live in what he calls “hell” than live in a town without a bridge.” ― Mara Quill
            """, ["“I would rather live in what he calls “hell” than live in a town without a bridge.” ← Mara Quill (cue “―”, after)"])
    }

    @Test func aQuoteOpeningWithAnEllipsisContinuesTheLastSpeaker() throws {
        try checkQuotes("""
            "The ferry is safe," the harbour board said in a statement. "... We will publish the inspection report."
            """, [
            "“The ferry is safe,” ← the harbour board (cue “said”, after)",
            "“... We will publish the inspection report.” ← the harbour board (cue “said”, continuation)",
        ])
    }

    @Test func anAsideBetweenDashesBeforeTheVerb() throws {
        try checkQuotes("""
            Tomas Brandt -- who has run the ferry for a decade -- told reporters, "We will keep sailing."
            """, ["“We will keep sailing.” ← Tomas Brandt (cue “told”, before)"])
    }

    @Test func organisationNamesWithOf() throws {
        try checkQuotes("""
            "The bridge is safe," Mr. Morgan of the Harbour Trust said. "Rates will hold," the Bank of Portville said in a statement.
            """, [
            "“The bridge is safe,” ← Mr. Morgan, the Harbour Trust (cue “said”, after)",
            "“Rates will hold,” ← the Bank of Portville (cue “said”, after)",
        ])
    }

    @Test func quotesJoinedByAndShareASpeaker() throws {
        try checkQuotes("""
            Tomas Brandt called the plan "sad" and "a disgrace." The "experts" and "analysts" disagreed.
            """, [
            "“sad” [partial] ← Tomas Brandt (cue “called”, before)",
            "“a disgrace.” [partial] ← Tomas Brandt (cue “called”, before)",
            "“experts” [partial] — not speech",
            "“analysts” [partial] — not speech",
        ])
    }
}

@Suite struct QuoteSegmentationTests {
    /// A segmentation fix found with the quote finder: a sentence may open with a doubled
    /// apostrophe (''), as newspaper archives write quotation marks.
    @Test func aSentenceOpeningWithADoubledApostrophe() {
        let doc = ArticleDocument(text: "The council met on Monday. ''We are out of money,'' Ms. Holt said.", format: .plainText)
        #expect(doc.sentences.map { doc.text($0.range) } == ["The council met on Monday.", "''We are out of money,'' Ms. Holt said."])
    }
}

@Suite struct QuoteRobustnessTests {
    /// Odd text never traps and every range stays inside the text.
    @Test func oddTextNeverTraps() {
        let pieces = ["\"", "“", "”", "'", "’", "‘", "«", "»", "„", "''", " said", " he", " Lei Jun", ",", ".", ":", "?", "\n", "\n\n", "> ",
            " the", " according to", " — ", "(", ")", " told", " CNBC", "é", "🙂", " U.S.", "--", " \"WALLACE:", " so-called"]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<60 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            for format in [ArticleFormat.markdown, .plainText] {
                let article = ArticleAnalyzer.analyze(text, format: format)
                let n = article.text.utf8.count
                for q in article.quotes {
                    #expect(q.range.lowerBound >= 0 && q.range.upperBound <= n)
                    for p in q.pieces { #expect(p.lowerBound >= q.range.lowerBound && p.upperBound <= q.range.upperBound, "\(text)") }
                    if let a = q.attribution {
                        for r in [a.speaker, a.cue, a.role].compactMap({ $0 }) { #expect(r.lowerBound >= 0 && r.upperBound <= n) }
                    }
                }
            }
        }
    }
}
