import ArticleAnalysis
import CopydeskTestSupport
import Testing

/// Which stretches of text are names, and of what.
@Suite struct EntityRecognitionTests {
    @Test func namesInProse() throws {
        try checkNames("""
            ⏩Oppo⏪ Chairman ⏩Tony Chen⏪ told reporters in ⏩Shenzhen⏪ that the company would open stores in ⏩France⏪.
            """, ["organization:oppo", "person:tony chen", "place:shenzhen", "place:france"])
    }

    @Test func modelNumbersAndBusinessWordsOutweighAGivenName() throws {
        // "Aurora" is a given name, but no person's name ends in a model number; "Freight" and
        // "Line" name a company and a piece of infrastructure.
        try checkNames("""
            ⏩Nordlys⏪ will launch the ⏩Aurora X2⏪ in May. ⏩Halden Shipping⏪ bought ⏩Brix Freight⏪. The ⏩Quayside Line⏪ opens soon.
            """, ["organization:nordlys", "product:aurora x2", "organization:halden shipping", "organization:brix freight", "place:quayside line"])
    }

    @Test func aTitleEndingARunIsNotPartOfTheName() throws {
        try checkNames("""
            "It is a milestone," said ⏩Airbus⏪ President and Chief Executive Officer, ⏩Tom Enders⏪.
            """, ["organization:airbus", "person:tom enders"])
    }

    @Test func campaignTitlesAreRolesThatNeverConflict() {
        let article = ArticleAnalyzer.analyze("Harbour Party nominee Mara Quill spoke. Rival candidate Tomas Brandt replied.", format: .plainText)
        let quill = article.entities.first { $0.name == "Mara Quill" }
        #expect(quill?.roles.map(\.canonicalTitle) == ["nominee"])
        #expect(quill?.roles.first?.isVague == true)  // a candidate becomes the nominee
    }

    @Test func aPronounSpeakerIsNeverSomeoneNamedInsideTheQuote() {
        let article = ArticleAnalyzer.analyze("""
            Mayor Tomas Brandt spoke on Tuesday. "I think that if Peter Lund is elected, the ferry will stop," he said.
            """, format: .plainText)
        let speaker = article.quotes.first?.attribution?.entity.map { article.entities[$0].name }
        #expect(speaker == "Tomas Brandt")
    }

    @Test func aPlaceInsideASpeakerPhraseIsWhereTheSpeakerIsFrom() {
        let article = ArticleAnalyzer.analyze("""
            "We are not just numbers," says a doctor from Dover. "The talks are over," Beijing said.
            """, format: .plainText)
        let speakers = article.quotes.map { q in q.attribution?.entity.map { article.entities[$0].name } ?? "nobody" }
        #expect(speakers == ["nobody", "Beijing"])
    }

    @Test func anIngWordTheAndANameIsOneName() throws {
        try checkNames("""
            According to ⏩Breaking the Silence⏪, an advocacy group, the rule changed. Breaking the news, the mayor left.
            """, ["organization"])
    }

    @Test func smallCountriesArePlacesAndTheirDemonymsAreNotNames() throws {
        try checkNames("""
            The asylum seekers were flown to ⏩Nauru⏪ and ⏩Tuvalu⏪. Kashmiri militants and Afghani refugees waited in ⏩Vanuatu⏪.
            """, ["place:nauru", "place:tuvalu", "place:vanuatu"])
    }

    @Test func aLoneNameThatHeOrSheFollowsIsAPerson() throws {
        // Nothing else says what "Brandt" is; the pronoun does. "It" would not.
        try checkNames("""
            Later, ⏩Brandt⏪ told the forum he was against the plan. ⏩Nordlys⏪ said it would wait.
            """, ["person", "organization"])
    }

    @Test func aPartyLabelBeforeAPersonIsNotPartOfTheName() throws {
        try checkNames("""
            Democrat ⏩Mara Quill⏪ met Republican ⏩Tomas Brandt⏪ at the ⏩Republican National Committee⏪.
            """, ["person:mara quill", "person:tomas brandt", "organization"])
    }

    @Test func aTitleWordAfterAnInitialIsASurname() throws {
        // "King" is also a title; after "T." it ends the name (this once trapped).
        try checkNames("""
            Representative ⏩Peter T. King⏪, Republican of ⏩New York⏪, said it. ⏩Mara J. Chief⏪ agreed.
            """, ["person:peter king", "place:new york", "person"])
    }

    @Test func aModelNamedWithOrWithoutItsMakerIsOneProduct() {
        let withMaker = ArticleAnalyzer.analyze("Singapore Airlines took the first Airbus A380 on Monday.", format: .plainText)
        let bare = ArticleAnalyzer.analyze("The A380 flew to Sydney on Thursday.", format: .plainText)
        let watch = ArticleAnalyzer.analyze("Apple unveiled the Apple Watch in Cupertino.", format: .plainText)
        #expect(withMaker.entities.first { $0.type == .product }?.key == "product:a380")
        #expect(bare.entities.first { $0.type == .product }?.key == "product:a380")
        // No model number: the maker stays in the name.
        #expect(watch.entities.first { $0.type == .product }?.key == "product:apple watch")
    }

    @Test func anHonorificWithoutAFullStopIsNotPartOfTheName() throws {
        try checkNames("""
            Mr ⏩Lording⏪ said the offer stands. Dr ⏩Olsen⏪ agreed, and so did Mrs ⏩Kay⏪. Sir ⏩Alan Pryce⏪ did not.
            """, ["person", "person", "person", "person"])
    }

    @Test func capitalsThatOpenASentenceAreNotNames() throws {
        try checkNames("""
            Still, the plan stands. Analysts expect a delay. Meanwhile ⏩Nokia⏪ said it was ready.
            """, ["organization"])
    }

    @Test func anUnknownWordOpeningASentenceNeedsACue() throws {
        // "Ryanair said" — a speech verb after it; "Keeping" has none and is not a name.
        try checkNames("""
            ⏩Ryanair⏪ said fares would rise. Keeping costs low is hard.
            """, ["organization"])
    }

    @Test func anAdverbOrAnIngFormOpeningASentenceIsNoName() throws {
        // A comma or a plural noun after them, or a past-tense verb after a plural noun, would
        // otherwise read as a subject's cue.
        try checkNames("""
            Strangely, the report was drafted abroad. Overcoming nerves was hard. Guests stayed late. Scientists say so.
            Firemen were there. Fourteen people died. Treasurer ⏩Tom Hale⏪ spoke; the Treasurer left. ⏩Vantor⏪, the maker, agreed.
            """, ["person:tom hale", "organization"])
    }

    @Test func anOrganisationNamedByTwoSubjectsJoinedByAnd() throws {
        // Names known on their own, or complete before "and", stay apart.
        try checkNames("""
            Inspectors from the ⏩Occupational Safety and Health Administration⏪ came. ⏩Apple⏪ and ⏩Google⏪ declined. ⏩Corvane Media⏪ and ⏩Tellwood Radio⏪ merged.
            """, ["organization", "organization:apple", "organization:google", "organization", "organization"])
        try checkNames("The ⏩Federal Reserve System⏪ met.", ["organization:federal reserve"])
    }

    @Test func bodiesNamedForTheirSubjectKeepTheWholeName() throws {
        // "on" joins a panel or committee to its subject, but not to a day; a second "of" inside
        // an organisation's name goes on with it.
        try checkNames("""
            The ⏩Intergovernmental Panel on Coastal Erosion⏪ met the ⏩Office for the Coordination of Coastal Affairs⏪. The ⏩Panel⏪ on Tuesday agreed.
            """, ["organization", "organization", "organization"])
    }

    @Test func theWordAfterATitlesOfBelongsToTheTitle() throws {
        try checkNames("""
            Secretary of State ⏩Condoleezza Rice⏪ flew in. The president of ⏩Ecuador⏪, ⏩Rafael Correa⏪, met Minister of Finance ⏩Jane Hale⏪.
            """, ["person:condoleezza rice", "place:ecuador", "person:rafael correa", "person:jane hale"])
    }

    @Test func aNameBeforeAdministrationOrGovernmentIsALeader() throws {
        try checkNames("""
            The ⏩Hale⏪ administration says it will act. The ⏩Kenya⏪ government agreed.
            """, ["person", "place:kenya"])
    }

    @Test func amountsWithACurrencyCodeAreNoProducts() throws {
        // The dollar sign lost in the source: "US3000", "A8,800". Models keep their numbers.
        try checkNames("""
            The deal is worth US3000 a year, or A8,800 in all, and US55.40 a share. ⏩Airbus⏪ built the ⏩A380⏪.
            """, ["organization:airbus", "product"])
    }

    @Test func aKnownOrganisationBeforeAPlaceOrLawWordIsNoProduct() throws {
        // "Apple Watch" is a product; "Amazon River", "Shell Cove" and "UN Charter" are not.
        try checkNames("""
            They sailed up the ⏩Amazon River⏪ to ⏩Shell Cove⏪ and cited the ⏩UN Charter⏪. Minister for Immigration ⏩Tom Hale⏪ agreed.
            """, ["place", "place", "other", "person:tom hale"])
    }

    @Test func namesThatKeepTheirArticleOrEndInAVenueAreNoPeople() throws {
        // "major" in lowercase describes the name after it; it is not the rank.
        try checkNames("""
            It was first reported by ⏩The Intercept⏪. We stayed at the ⏩Grand Hyatt Hotel⏪ near ⏩Belmarsh Prison⏪. It was a major ⏩Second Amendment⏪ case.
            """, ["organization", "place", "place", "other"])
    }

    @Test func titleCaseHeadlinesTrustOnlyWhatTheProseShows() throws {
        try checkNames("""
            # ⏩Vantor⏪ Targets ⏩US⏪ Tablet Market With Cheaper Models

            ⏩Vantor⏪ plans to sell its cheaper tablet models in the ⏩United States⏪ this year.
            """, ["organization:vantor", "place:united states", "organization:vantor", "place:united states"])
    }

    @Test func allCapsLinesNeedEvidenceForEveryWord() throws {
        try checkNames("""
            SOCCER - ⏩ARSENAL⏪ SIGN NEW STRIKER

            ⏩LONDON⏪ 1996-08-30

            ⏩Arsenal⏪ signed a new striker on Friday.
            """, ["organization", "place:london", "organization"])
    }

    @Test func possessivesEndTheName() throws {
        try checkNames("""
            ⏩Xiaomi⏪’s chief executive spoke after ⏩Huawei⏪'s launch.
            """, ["organization:xiaomi", "organization:huawei"])
    }

    @Test func hyphenatedPrefixesAreNames() throws {
        try checkNames("""
            The ⏩Beijing⏪-based firm sells ⏩Xiaomi⏪-branded phones. A state-owned bank lent the money.
            """, ["place:beijing", "organization"])
    }

    @Test func acronymsAndAmpersands() throws {
        try checkNames("""
            ⏩AT&T⏪ and ⏩Procter & Gamble⏪ filed with the ⏩SEC⏪ in the ⏩U.S.⏪ on Monday.
            """, ["organization:at&t", "organization:procter & gamble", "organization:securities and exchange commission", "place:united states"])
    }

    @Test func ofJoinsOnlyAfterAnOrganisationOrPlaceWord() throws {
        try checkNames("""
            The ⏩University of Michigan⏪ and the ⏩Bank of America⏪ sponsored it. ⏩Lena Park⏪, the chairman of ⏩Vantor⏪, agreed.
            """, ["organization:university of michigan", "organization:bank of america", "person:lena park", "organization:vantor"])
    }

    @Test func productsTakeModelNumbersAndEventsTakeYears() throws {
        try checkNames("""
            ⏩Huawei⏪ showed the ⏩Mate 10 Pro⏪ at ⏩CES 2018⏪, and ⏩Apple⏪ sold the ⏩iPhone 8⏪.
            """, ["organization:huawei", "product:mate 10 pro", "event:ces 2018", "organization:apple", "product:iphone 8"])
    }

    @Test func aNumberAfterAPlaceIsNotAModel() throws {
        try checkNames("""
            On Friday ⏩Kent⏪ took 22 points from the match.
            """, ["place"])
    }

    @Test func demonymsAreNotNames() throws {
        try checkNames("""
            A Chinese smartphone brand hired American engineers and Kurdish-speaking staff.
            """, [])
    }

    @Test func monthsAreNotNamesButSurnamesThatLookLikeMonthsAre() throws {
        try checkNames("""
            ⏩Theresa May⏪ spoke in May. Later ⏩May⏪ said the vote would go ahead.
            """, ["person:theresa may", "person:theresa may"])
    }

    @Test func initialsStayInsideTheName() throws {
        try checkNames("""
            ⏩George W. Bush⏪ met ⏩J. Pooley⏪ in ⏩Texas⏪.
            """, ["person:george bush", "person:j pooley", "place:texas"])
    }

    @Test func placesNamedAsSidesInAMatchAreTeams() throws {
        try checkNames("""
            ⏩Leicestershire⏪ beat ⏩Somerset⏪ by an innings. Fans in ⏩Leicester⏪ celebrated.
            """, ["organization", "organization", "place"])
    }

    @Test func datelinesArePlaces() throws {
        try checkNames("""
            ⏩NOUAKCHOTT⏪ 1996-08-30

            The government announced new elections.
            """, ["place"])
    }

    @Test func aNameKeepsOneTypeInAnArticle() throws {
        // "Jordan" is a country in the gazetteer, but here it is Michael Jordan.
        try checkNames("""
            ⏩Michael Jordan⏪ retired again. ⏩Jordan⏪ said he was tired.
            """, ["person:michael jordan", "person:michael jordan"])
    }

    @Test func oddTextNeverTraps() {
        for text in ["", " ", "’s", "“", "A", "—\n—", "U.S.-", "AT&", "& T", "Mr.", "Dr. .", "The The The", "1 2 3", "\u{FFFD}\u{0301}é", "X-based", "-based", "(GAO)"] {
            let article = ArticleAnalyzer.analyze(text, format: .markdown)
            for m in article.mentions {
                #expect(m.entity >= 0 && m.entity < article.entities.count)
                #expect(m.range.upperBound <= text.utf8.count)
            }
        }
    }

    @Test func shuffledNewsWordsNeverTrap() {
        // Pieces that exercise every rule, shuffled into nonsense with a fixed seed.
        let pieces = [
            "Mr.", "U.S.", "Beijing-based", "Xiaomi", "’s", "'s", "“", "”", "\"", "said", "he", "she", "it", "its", "the",
            "company", "executive", "Chairman", "CEO", "of", "&", "AT", "T", "(", ")", ",", ".", "—", "-", "2018", "10",
            "Pro", "CES", "LONDON", "Lena", "Park", "Vantor", "Inc.", "former", "chief", "by", "By", "May", "Jun",
            "\n\n", "\n", "#", "George", "W.", "Bush", "é", "ǅ", "\u{0301}", "who", "is", "country", "a",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var words: [String] = []
            for _ in 0..<40 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                words.append(pieces[Int((state >> 33) % UInt64(pieces.count))])
            }
            let text = words.joined(separator: state & 1 == 0 ? " " : "")
            let article = ArticleAnalyzer.analyze(text, format: .markdown)
            for (a, b) in zip(article.mentions, article.mentions.dropFirst()) { #expect(a.range.upperBound <= b.range.lowerBound) }
            for m in article.mentions { #expect(m.entity >= 0 && m.entity < article.entities.count && m.range.upperBound <= text.utf8.count) }
        }
    }

    @Test func mentionsAreSortedAndDoNotOverlap() {
        let article = ArticleAnalyzer.analyze("""
            Vantor Chairman Lena Park said the Vantor executive would visit the U.S. Lena Park, the chairman of Vantor, said she was pleased. It said the company's plans were set.
            """, format: .markdown)
        for (a, b) in zip(article.mentions, article.mentions.dropFirst()) {
            #expect(a.range.upperBound <= b.range.lowerBound)
        }
        for (i, e) in article.entities.enumerated() {
            #expect(e.mentions.allSatisfy { article.mentions[$0].entity == i })
            #expect(e.mentions.contains(e.introduction))
        }
    }
}

/// Keys that link entities across articles.
@Suite struct EntityKeyTests {
    @Test func aliasesShareAKey() {
        let keys = entityKeys(in: "Apple Inc. sells in the U.S. and the United States. Apple grew in America and the US.")
        #expect(keys == ["organization:apple", "place:united states"])
    }

    @Test func aBareSurnameStaysLocal() {
        #expect(entityKeys(in: "Mr. Pompeo arrived late.") == ["~person:pompeo"])
    }

    @Test func aSurnameWithAFullNameInTheArticleTakesTheFullName() {
        #expect(entityKeys(in: "Mike Pompeo arrived. Later Mr. Pompeo left.") == ["person:mike pompeo"])
    }

    @Test func aSingleNameWithARoleAtAnOrganisationIsQualifiedByIt() {
        #expect(entityKeys(in: "Xiaomi chairman Lei spoke on Monday.") == ["organization:xiaomi", "person:lei (xiaomi)"])
    }

    @Test func anAcronymTheArticleDefinesJoinsItsExpansion() {
        let article = ArticleAnalyzer.analyze(
            "The Regional Transit Authority (RTA) raised fares. The RTA said costs rose.", format: .markdown)
        #expect(article.entities.map(\.key) == ["organization:regional transit authority"])
        #expect(article.entities.first?.aliases == ["RTA"])
    }

    @Test func keysComeFromNamesNotPositions() {
        let a = ArticleAnalyzer.analyze("Lena Park joined Vantor.", format: .markdown)
        let b = ArticleAnalyzer.analyze("Earlier this year, after a long search, Lena Park joined Vantor.", format: .markdown)
        #expect(a.entities.map(\.key) == b.entities.map(\.key))
    }
}

/// Roles from pre-modifiers and appositives.
@Suite struct EntityRoleTests {
    @Test func premodifierTitles() {
        #expect(roles(in: "Oppo Chairman Tony Chen and Huawei CEO Richard Yu met.") == [
            "Tony Chen: chairman of Oppo", "Richard Yu: CEO of Huawei",
        ])
    }

    @Test func appositives() {
        #expect(roles(in: "“We are ready,” said Lena Park, the chairman of Vantor. Omar Said, Vantor's chief financial officer, agreed.") == [
            "Lena Park: chairman of Vantor", "Omar Said: chief financial officer of Vantor",
        ])
    }

    @Test func anAppositiveBeforeTheName() {
        #expect(roles(in: "The chief executive of Vantor, Lena Park, resigned.") == ["Lena Park: chief executive of Vantor"])
    }

    @Test func titlesWithoutAnOrganisation() {
        #expect(roles(in: "President Ana Ruiz spoke.") == ["Ana Ruiz: president"])
    }

    @Test func aCountryFromADemonym() {
        #expect(roles(in: "Chinese Premier Li Keqiang visited.") == ["Li Keqiang: premier of China"])
    }

    @Test func theLinkWordAndOccupationsAfterTheName() {
        // The role reads as the article words it ("at", "for", "in"), and occupations count.
        #expect(roles(in: "Sam Lee, an analyst at Vantor Capital, agreed. Mia Orr, author of The Harbour Ledger, spoke. Dana Hale, a doctor in Dover, said so.") == [
            "Sam Lee: analyst at Vantor Capital", "Mia Orr: author of The Harbour Ledger", "Dana Hale: doctor in Dover",
        ])
    }

    @Test func aDescriptionIsNotARole() {
        // "a keen cyclist" says what she likes, not what she does at an organisation.
        #expect(roles(in: "Lena Park, a keen cyclist, rode to work.") == [])
    }
}

/// Nominals and pronouns go to the entity meant, or nowhere.
@Suite struct EntityReferenceTests {
    @Test func theExecutiveIsTheLastPersonIntroduced() throws {
        try checkReferent("""
            Vantor Chairman ⏩Lena Park⏪ spoke in Oslo. The 1️⃣executive said sales were rising.
            """, kind: .nominal)
    }

    @Test func theCompanyIsTheLastOrganisation() throws {
        try checkReferent("""
            ⏩Vantor⏪ opened a store in Oslo, and the 1️⃣company plans more.
            """, kind: .nominal)
    }

    @Test func anOrganisationModifierPicksThePersonWhoWorksThere() throws {
        try checkReferent("""
            Vantor Chairman ⏩Lena Park⏪ met Boeing CEO Tom Hale. The Vantor 1️⃣executive was upbeat.
            """, kind: .nominal)
    }

    @Test func theCountryIsACountry() throws {
        try checkReferent("""
            Sales in the ⏩United States⏪ rose, and prices in Boston fell. Carriers in the 1️⃣country agreed.
            """, kind: .nominal)
    }

    @Test func anIndefiniteNominalIsNew() throws {
        try checkReferent("Vantor opened a store. A 1️⃣company nearby closed.")
    }

    @Test func aNominalWithNothingBeforeItIsNotEmitted() throws {
        try checkReferent("The 1️⃣company said profits rose.")
    }

    @Test func heGoesToThePersonSpeaking() throws {
        try checkReferent("""
            “We are ready,” said ⏩Richard Yu⏪, adding that 1️⃣he expected approval.
            """, kind: .pronoun)
    }

    @Test func sheDoesNotGoToAMan() throws {
        try checkReferent("""
            Mr. Hale met ⏩Lena Park⏪ on Monday. 1️⃣She said the deal was close.
            """, kind: .pronoun)
    }

    @Test func aDummyItIsNobody() throws {
        try checkReferent("Vantor has a plan. Still, 1️⃣it looks like the launch will slip.")
    }

    @Test func itsGoesToTheOrganisation() throws {
        try checkReferent("⏩Vantor⏪ raised 1️⃣its prices.", kind: .pronoun)
    }

    @Test func pronounsInsideQuotesAreNotResolved() throws {
        try checkReferent("Lena Park said: “I told 1️⃣him no.”")
    }
}

/// The byline names the author, who is not a subject.
@Suite struct BylineTests {
    @Test func aByLine() {
        let article = ArticleAnalyzer.analyze("""
            By Mara Quill

            Vantor said on Monday it would hire. Mara wrote this from Oslo.
            """, format: .markdown)
        let author = article.entities.first { $0.isAuthor }
        #expect(author?.key == "author:mara quill")
        #expect(author?.mentions.count == 2)
    }

    @Test func frontMatterAuthor() {
        let article = ArticleAnalyzer.analyze("""
            ---
            author: Mara Quill
            ---
            Mara Quill reports that Vantor will hire.
            """, format: .markdown)
        #expect(article.entities.map(\.key) == ["author:mara quill", "organization:vantor"])
    }

    @Test func aDatedLineAboveTheStory() {
        let article = ArticleAnalyzer.analyze("""
            Mar 05 AT 10:29 AM Mara Quill 0 Comments

            Vantor aims to enter the U.S. market

            Vantor said it would hire.
            """, format: .plainText)
        #expect(article.entities.first?.key == "author:mara quill")
    }

    @Test func aNameInTheStoryIsNotTheAuthor() {
        let article = ArticleAnalyzer.analyze("Mara Quill, the chief executive of Vantor, said it would hire.", format: .markdown)
        #expect(article.entities.first?.key == "person:mara quill")
    }

    @Test func theAuthorIsNeverTheExecutive() throws {
        try checkReferent("""
            By Mara Quill

            Vantor Chairman ⏩Lena Park⏪ spoke. The 1️⃣executive smiled.
            """)
    }
}
