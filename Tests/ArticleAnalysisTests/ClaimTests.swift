import ArticleAnalysis
import CopydeskTestSupport
import Testing

/// What a claim should say, written the way `copydesk analyze` prints it.
struct ClaimCase: CustomTestStringConvertible, Sendable {
    var text: String
    var expected: [String]
    var testDescription: String { text }
    init(_ text: String, _ expected: String...) {
        self.text = text
        self.expected = expected
    }
}

/// "subject predicate object @ time [plan] [negated] [revision]"
func describeClaims(_ text: String, published: String? = "2018-03-05") -> [String] {
    let article = ArticleAnalyzer.analyze(text, format: .plainText, options: .init(publication: published.flatMap { DateParsing.parse($0) }))
    return article.claims.map { c in
        var s = "\(c.subject) \(c.predicate)"
        if let o = c.object { s += " \(o)" }
        s += " @ " + (c.time < article.times.count ? text.slice(article.times[c.time].range) : "?")
        if c.modality == .planned { s += " [plan]" }
        if c.negated { s += " [negated]" }
        if c.isRevision { s += " [revision]" }
        return s
    }
}

@Suite struct ClaimExtractionTests {
    @Test(arguments: [
        // enter / launch in / expand into compare equal, and the place aliases agree.
        ClaimCase("Xiaomi plans to enter the U.S. market by late 2018.", "organization:xiaomi enter place:united states @ by late 2018 [plan]"),
        ClaimCase("Xiaomi will launch its phones in the United States in 2019.", "organization:xiaomi enter place:united states @ 2019 [plan]"),
        ClaimCase("Xiaomi expanded into Mexico in 2017.", "organization:xiaomi enter place:mexico @ 2017"),
        ClaimCase("Xiaomi hopes to sell phones in the US as soon as this year.", "organization:xiaomi enter place:united states @ as soon as this year [plan]"),
        ClaimCase("Xiaomi’s entry into the American market is expected in 2019.", "organization:xiaomi enter place:united states @ 2019 [plan]"),
        // A named product is the launch's own subject, however the sentence is built.
        ClaimCase("Huawei launched the Mate 10 Pro in October 2017.", "product:mate 10 pro launch @ October 2017"),
        ClaimCase("The Mate 10 Pro was released in October 2017.", "product:mate 10 pro launch @ October 2017"),
        // A common noun needs its owner to be an event.
        ClaimCase("Harbour Transit will open its new terminal on June 1.", "organization:harbour transit open thing:terminal @ June 1 [plan]"),
        ClaimCase("The Portville city council will vote on the budget on March 20.", "place:portville vote thing:budget @ March 20 [plan]"),
        ClaimCase("Acme Corp. delivered the first trains in 2016.", "organization:acme deliver thing:train @ 2016"),
        ClaimCase("The Coastal Ledger was founded in 1921.", "organization:coastal ledger found @ 1921"),
    ])
    func claims(_ c: ClaimCase) {
        #expect(describeClaims(c.text) == c.expected)
    }

    @Test func pronounsAndTheCompanyAreTheStorysOrganisation() {
        let text = "Xiaomi is China’s fourth-largest phone maker. Xiaomi sells speakers abroad. The company will enter the U.S. market in 2019. “We plan to enter the market by end 2018,” said Lei Jun."
        #expect(describeClaims(text) == [
            "organization:xiaomi enter place:united states @ 2019 [plan]",
            "organization:xiaomi enter place:united states @ by end 2018 [plan]",
        ])
    }

    @Test func theMarketIsTheLastPlaceNamed() {
        let text = "Xiaomi wants to sell phones in the United States. It aims to enter the market in late 2018."
        #expect(describeClaims(text) == ["organization:xiaomi enter place:united states @ late 2018 [plan]"])
    }

    @Test func negationAndRevision() {
        #expect(describeClaims("Xiaomi will not enter the U.S. market before 2020.") == ["organization:xiaomi enter place:united states @ before 2020 [plan] [negated]"])
        #expect(describeClaims("Xiaomi has delayed its entry into the US market until 2021.", published: "2018-09-01") == [
            "organization:xiaomi enter place:united states @ until 2021 [plan] [revision]",
        ])
        #expect(describeClaims("The launch of the Mi 8 was pushed back to 2019.") == ["product:mi 8 launch @ 2019 [plan] [revision]"])
    }

    // Where the extractor stops.
    @Test func noEventWordNoClaim() {
        #expect(describeClaims("Xiaomi had a good 2017.").isEmpty)
        #expect(describeClaims("The weather was cold in March.").isEmpty)
    }

    @Test func aLaunchOfSomethingUnnamedNeedsAnOwner() {
        // "the new phone" alone could be anyone's phone: no claim.
        #expect(describeClaims("The new phone will launch in May.").isEmpty)
    }

    @Test func aPhraseOpenedByAPrepositionIsNoSubject() {
        // "At Worlds 2021" is where, not who.
        #expect(describeClaims("At Worlds 2021, they lost to Dplus in the semifinals, again finishing joint-third.").isEmpty)
    }

    @Test func anEventThatATimeCountsFromIsNotDatedByIt() {
        // The launch was two days before March 2; the time dates the move.
        #expect(describeClaims("Two days after Vantor's launch of the Z5, on March 2, Mara Quill was moved to Oslo.").isEmpty)
        // Without the comma the time is the launch's own.
        #expect(describeClaims("Shares rose after Vantor's launch of the Z5 on March 2.") == ["product:z5 launch @ March 2"])
    }

    @Test func startingAnActivityNoClassNamesIsNoClaim() {
        #expect(describeClaims("Mara Quill started officially coaching Tom Hale in 1999.").isEmpty)
        // Starting what a class names is that event.
        #expect(describeClaims("Xiaomi will start entering the U.S. market in 2019.") == ["organization:xiaomi enter place:united states @ 2019 [plan]"])
    }

    @Test func closingTheDoorToSomethingIsAnIdiom() {
        #expect(describeClaims("The Harbour Bank has not closed the door to further rate cuts next year.").isEmpty)
        #expect(describeClaims("Brightwell Grocers closed the doors of its Elm Street store on Friday.").count == 1)
    }

    @Test func closeAsAnAdjectiveIsNoClosure() {
        #expect(describeClaims("Mara Quill confirmed her and Tom Hale's close friendship in an interview in Spain this February.").isEmpty)
        #expect(describeClaims("It was a very close race in Portville on March 2.").isEmpty)
        #expect(describeClaims("Brightwell Grocers will close stores in Ohio in June.") == ["organization:brightwell grocers close thing:store@place:ohio @ June [plan]"])
    }

    @Test func aMarketsDailyCloseIsNotAClosure() {
        #expect(describeClaims("The Dow Jones Industrial Average closed at 7,552 on Friday.").isEmpty)
        #expect(describeClaims("Shares in Acme opened sharply lower on Monday.").isEmpty)
        #expect(describeClaims("Stocks in Tokyo started the week higher on Monday.").isEmpty)
        #expect(describeClaims("Brightwell Grocers will close its Elm Street store on Friday.") == [
            // The store on a named street is the company's.
            "organization:brightwell grocers close thing:store@place:elm street @ Friday [plan]",
        ])
    }

    @Test func recurringAndIndefiniteThingsAreNoSingleEvent() {
        #expect(describeClaims("Trump delivered a speech in Ohio on Monday.").isEmpty)
        #expect(describeClaims("The CNN poll released Wednesday showed a tie.").isEmpty)
        #expect(describeClaims("Brightwell Grocers will open a new store in March.").isEmpty)
        #expect(describeClaims("Brightwell Grocers will open its new headquarters in March.") == [
            "organization:brightwell grocers open thing:headquarter @ March [plan]",
        ])
    }

    @Test func aTimeAfterAVerbOfSayingDatesTheSaying() {
        #expect(describeClaims("The bridge will reopen in August, the department said on Wednesday. The Harbour Bridge will reopen in August, officials said Wednesday.") == [
            "place:harbour bridge open @ August [plan]",
        ])
    }

    @Test func enteringNeedsAPlace() {
        #expect(describeClaims("Xiaomi will enter talks in May.").isEmpty)
    }

    @Test func aDateInsideANounPhraseDatesTheNounNotTheClause() {
        // "his 2014 tax return", "the state's May 3 primary": which return, which primary.
        #expect(describeClaims("Dana Reyes said she would release her 2014 tax return, and others later.").isEmpty)
        #expect(describeClaims("Portville's delegates are bound by the state's May 3 primary on the first vote in Cleveland.").isEmpty)
        // A date that follows its determiner and ends the phrase still dates the event.
        #expect(describeClaims("Harbour Transit will open its new terminal on the 3rd of June.") == [
            "organization:harbour transit open thing:terminal @ the 3rd of June [plan]",
        ])
    }

    @Test func aPersonDoesNotOpenOrLaunchOnTheirOwn() {
        // What she launches is not in the clause: no event to compare.
        #expect(describeClaims("Senator Dana Reyes ran in 2016. One of the groups she will soon launch will train candidates.").isEmpty)
        #expect(describeClaims("The Quayside Line will open in June 2018.") == ["place:quayside line open @ June 2018 [plan]"])
    }

    @Test func theCompanyAndTheStateAreNeverAPerson() {
        // The story's most frequent name is a person; "the state" is not him.
        let text = """
            Governor Tom Alder spoke on Monday. Alder said little. Alder left early.
            The state will vote on the budget in May.
            """
        #expect(!describeClaims(text).contains { $0.hasPrefix("person:") })
    }
}

@Suite struct DealClaimTests {
    @Test func aDealIsTheTwoCompaniesWhicheverBuys() {
        // The takeover, the passive, "completed the X deal" and a merger are one event: the deal's completion.
        #expect(describeClaims("Corvane Media completed its acquisition of Tellwood Radio in August 2015.") == [
            "organization:corvane media deal organization:tellwood radio @ August 2015",
        ])
        #expect(describeClaims("Tellwood Radio was taken over by Corvane Media in August 2015.") == [
            "organization:corvane media deal organization:tellwood radio @ August 2015",
        ])
        #expect(describeClaims("Corvane Media completed the Tellwood Radio deal in August 2015.") == [
            "organization:corvane media deal organization:tellwood radio @ August 2015",
        ])
        #expect(describeClaims("Corvane Media merged with Tellwood Radio in August 2015.") == [
            "organization:corvane media deal organization:tellwood radio @ August 2015",
        ])
    }

    @Test func theDealIsTheLastDealTheStoryNamed() {
        #expect(describeClaims("Corvane Media to buy Tellwood Radio\n\nThe deal was completed in August 2015, the company said.") == [
            "name:corvane media deal name:tellwood radio @ August 2015",
        ])
        // With no deal named before, "the deal" is no event.
        #expect(describeClaims("The deal was completed in August 2015.").isEmpty)
    }

    @Test func agreeingApprovingAndBiddingAreOtherSteps() {
        #expect(describeClaims("Corvane Media announced its takeover of Tellwood Radio on March 2, 2015.") == [
            "organization:corvane media deal-agreed organization:tellwood radio @ March 2, 2015",
        ])
        #expect(describeClaims("Corvane Media agreed to buy Tellwood Radio in March 2015.") == [
            "organization:corvane media deal-agreed organization:tellwood radio @ March 2015",
        ])
        // The regulator is no party to the deal it approves.
        #expect(describeClaims("The Federal Communications Commission approved the merger of Corvane Media and Tellwood Radio on June 9, 2015.") == [
            "organization:corvane media deal-approved organization:tellwood radio @ June 9, 2015",
        ])
        #expect(describeClaims("Corvane Media made a takeover bid for Tellwood Radio in January 2015.").isEmpty)
        #expect(describeClaims("Corvane Media has been attempting to take over Tellwood Radio since December.").isEmpty)
    }

    @Test func sellingACompanyIsTheBuyersDeal() {
        #expect(describeClaims("Harlow Motors sold Saabro Group to Spyden Motors in February 2010.") == [
            "organization:spyden motors deal organization:saabro group @ February 2010",
        ])
        #expect(describeClaims("Harlow Motors completed the sale of Saabro Group to Spyden Motors in February 2010.") == [
            "organization:spyden motors deal organization:saabro group @ February 2010",
        ])
        // A sale of things, or things on sale, is no deal between companies.
        #expect(describeClaims("The phones went on sale in March 2010.").isEmpty)
        #expect(describeClaims("If the sale had gone through last year, the jets would have been delivered by 2011.").isEmpty)
    }

    @Test func aWordOfAnEventInsideANameIsPartOfTheName() {
        // "Halden Shipping" is no shipment.
        #expect(describeClaims("Brix Freight was bought by Halden Shipping in March 2017.") == [
            "organization:halden shipping deal organization:brix freight @ March 2017",
        ])
    }
}

@Suite struct BankruptcyClaimTests {
    @Test(arguments: [
        ClaimCase("Harlow Motors filed for Chapter 11 bankruptcy protection on June 1, 2009.", "organization:harlow motors bankrupt @ June 1, 2009"),
        ClaimCase("Harlow Motors went bankrupt in April 2009.", "organization:harlow motors bankrupt @ April 2009"),
        ClaimCase("Harlow Motors' bankruptcy filing in April 2009 surprised few.", "organization:harlow motors bankrupt @ April 2009"),
        ClaimCase("The bankruptcy of Harlow Motors in April 2009 surprised few.", "organization:harlow motors bankrupt @ April 2009"),
    ])
    func aFilingIsTheCompanysBankruptcy(_ c: ClaimCase) {
        #expect(describeClaims(c.text) == c.expected)
    }

    @Test func chapter11IsBankruptcy() {
        #expect(describeClaims("Delphi Corp. filed for Chapter 11 protection in October 2005.") == ["organization:delphi bankrupt @ October 2005"])
        #expect(describeClaims("Delphi emerged from Chapter 11 in October 2007.") == ["organization:delphi emerge @ October 2007"])
        #expect(describeClaims("Chapter 11 of the book was published in 2005.").isEmpty)
    }

    @Test func leavingBankruptcyOrACourtIsNoFiling() {
        // Leaving bankruptcy is an event of its own.
        #expect(describeClaims("Harlow Motors emerged from bankruptcy on July 10, 2009.") == ["organization:harlow motors emerge @ July 10, 2009"])
        #expect(describeClaims("Harlow Motors emerged from court protection on July 10, 2009.") == ["organization:harlow motors emerge @ July 10, 2009"])
        #expect(describeClaims("A bankruptcy judge approved the sale of Harlow Motors on July 5, 2009.").isEmpty)
        #expect(describeClaims("Delmar Parts, which has been in bankruptcy since 2005, cut 900 jobs.").isEmpty)
        #expect(describeClaims("The bankrupt automaker sold its truck unit in 2010.").isEmpty)
    }
}

@Suite struct FirstFlightClaimTests {
    static let intro = "Skylark Aerospace showed the new SX-9 jet to reporters.\n\n"

    @Test func theFirstFlightIsTheStorysProducts() {
        #expect(describeClaims(Self.intro + "The first flight is expected to take place in August.") == ["product:sx-9 fly @ August [plan]"])
        #expect(describeClaims(Self.intro + "First flight is scheduled for early March.") == ["product:sx-9 fly @ early March"])
        // The flight as the subject of "take off": what flies is the jet.
        #expect(describeClaims(Self.intro + "The first flight will take off from Oslo and land in Bergen on October 25.") == [
            "product:sx-9 fly place:oslo @ October 25 [plan]",
        ])
        #expect(describeClaims("The first flight of the SX-9 took place in 2004.") == ["product:sx-9 fly @ 2004"])
    }

    @Test func aCommercialFlightIsTheProductEnteringService() {
        #expect(describeClaims("The first commercial flight of the SX-9 is expected in mid-2019.") == ["product:sx-9 service @ mid-2019 [plan]"])
        // Which product's first commercial flight "the first commercial flight" is, the text does not say.
        #expect(describeClaims(Self.intro + "The first commercial flight is expected to take off in mid-2019 from Oslo.").isEmpty)
    }

    @Test func aFlightWithoutAProductOrAFirstIsNoEvent() {
        #expect(describeClaims("The first flight is expected to take place in August.").isEmpty)
        #expect(describeClaims(Self.intro + "The flight is expected to take place in August.").isEmpty)
    }
}

@Suite struct FacilityClaimTests {
    @Test(arguments: [
        // Whoever is the subject and whatever words qualify the plant, one plant closes.
        ClaimCase("Harlow Motors will close its Oshawa truck plant in 2010.", "organization:harlow motors close thing:plant@name:oshawa @ 2010 [plan]"),
        ClaimCase("The closure of Harlow Motors' Oshawa truck plant is planned for 2010.", "organization:harlow motors close thing:plant@name:oshawa @ 2010 [plan]"),
        ClaimCase("Harlow Motors said the Oshawa plant will close in 2010.", "organization:harlow motors close thing:plant@name:oshawa @ 2010 [plan]"),
        ClaimCase(
            "Harlow Motors makes trucks. Harlow Motors is based in Detroit. Union leaders said the Oshawa plant will be closed in 2010.",
            "organization:harlow motors close thing:plant@name:oshawa @ 2010 [plan]"),
        // A place names the facility the same way as before.
        ClaimCase("Harlow Motors will close its Ohio plant in 2011.", "organization:harlow motors close thing:plant@place:ohio @ 2011 [plan]"),
    ])
    func aNamedFacilityIsItsNounAndName(_ c: ClaimCase) {
        #expect(describeClaims(c.text, published: "2009-06-05") == c.expected)
    }

    @Test func anUnnamedOrIndefiniteFacilityIsNotOne() {
        #expect(describeClaims("Harlow Motors will open a new plant in Ohio in 2011.", published: "2009-06-05").isEmpty)
    }
}

@Suite struct UnveilingClaimTests {
    @Test func theVenueIsNotPartOfTheEventButTheMarketIs() {
        // "new", "first" and the venue do not change which unveiling it is.
        #expect(describeClaims("Skylark Aerospace unveiled its new SX-9 jet at its Tromsø factory on July 8, 2007.") == ["product:sx-9 launch @ July 8, 2007"])
        #expect(describeClaims("Skylark Aerospace rolled out the first SX-9 on July 8, 2007.") == ["product:sx-9 launch @ July 8, 2007"])
        #expect(describeClaims("Huawei launched the Mate 10 Pro in China in October 2017.") == ["product:mate 10 pro launch place:china @ October 2017"])
    }

    @Test func aCountIsNotAModelNumber() {
        #expect(describeClaims("Korean Air also bought 20 Dreamliners earlier this month.").isEmpty)
    }

    @Test func aNameBeforeAVerbIsItsSubjectNotAModifier() {
        #expect(describeClaims("The Mate 10 Pro goes on sale on June 29.") == ["product:mate 10 pro launch @ June 29 [plan]"])
    }
}

@Suite struct LeavingAndAnnouncingClaimTests {
    @Test func anOusterIsTheChiefExecutivesDeparture() {
        #expect(describeClaims("The White House ousted Harlow Motors chief executive Rick Walder on March 29.") == ["person:rick walder resign @ March 29 [plan]"])
        #expect(describeClaims("Harlow Motors chief executive Rick Walder resigned on March 29.") == ["person:rick walder resign @ March 29 [plan]"])
    }

    @Test func anAnnouncementIsAnEventOnlyOfANamedThing() {
        #expect(describeClaims("Harlow Motors announced on Monday that it will cut 10,000 jobs by 2010.").isEmpty)
        #expect(describeClaims("Apple announced the iPhone on January 9, 2007.") == ["organization:apple announce product:iphone @ January 9, 2007"])
    }

    @Test func aNameTheRecognizerTypedDifferentlyStillLinks() {
        // One article's "Delphi" is an organisation, another's a bare name: one key.
        let typed = ArticleAnalyzer.analyze("Delphi Corp. filed for Chapter 11 protection in October 2005.", format: .plainText, options: .init(publication: DateParsing.parse("2008-01-10")))
        let bare = ArticleAnalyzer.analyze("Delphi went bankrupt in 2006.", format: .plainText, options: .init(publication: DateParsing.parse("2008-01-10")))
        #expect(typed.claims.map(\.subject) == ["organization:delphi"])
        #expect(bare.claims.map(\.subject) == ["name:delphi"])
        #expect(typed.claims.map(\.key) == bare.claims.map(\.key))
    }
}

@Suite struct CoordinationAndReceivingClaimTests {
    @Test func aSecondVerbPhraseHasTheFirstOnesSubject() {
        #expect(describeClaims("Skylark Aerospace makes the SX-9. The SX-9 first flew in April 2005 and is expected to enter service in October 2019.") == [
            "product:sx-9 fly @ April 2005",
            "product:sx-9 service @ October 2019 [plan]",
        ])
        // "and" between names joins subjects, not verb phrases.
        #expect(describeClaims("Boeing and Airbus will deliver new jets in 2019.").isEmpty)
    }

    @Test func receivingAProductIsItsDelivery() {
        #expect(describeClaims("Skylark Aerospace showed the new SX-9 jet to reporters. Boreal Air, the first customer, is due to receive its first aircraft in May 2019.") == [
            "product:sx-9 deliver @ May 2019 [plan]",
        ])
        #expect(describeClaims("Skylark Aerospace has received five orders for the SX-9 since 2003.").isEmpty)
    }
}

@Suite struct RelativeClauseClaimTests {
    @Test func aTimeInsideARelativeClauseDatesThatClauseOnly() {
        #expect(describeClaims("Rick Walder, who led Harlow Motors since 2000, stepped down as chief executive on March 29.") == [
            "person:rick walder resign @ March 29 [plan]",
        ])
    }

    @Test func aRelativeClausesSubjectIsTheNameBeforeIt() {
        #expect(describeClaims("Harlow Motors, which was founded in 1908, will close its Oshawa plant in 2010.", published: "2009-04-05") == [
            "organization:harlow motors found @ 1908",
            "organization:harlow motors close thing:plant@name:oshawa @ 2010 [plan]",
        ])
    }
}

@Suite struct DeliveryAndServiceClaimTests {
    static let intro = "Skylark Aerospace showed the new SX-9 jet to reporters. "

    @Test func takingDeliveryIsTheStorysProductsDelivery() {
        #expect(describeClaims(Self.intro + "Boreal Air was to take delivery in May 2019.") == ["product:sx-9 deliver @ May 2019 [plan]"])
        // A count of jets is not the jet's delivery.
        #expect(describeClaims(Self.intro + "Between 2024 and 2026 Boreal Air will take delivery of six new SX-9 jets.").isEmpty)
    }

    @Test func enteringOrBeginningServiceIsOneEvent() {
        #expect(describeClaims("Skylark Aerospace makes the SX-9 jet. The aircraft should enter airline service in 2019.") == ["product:sx-9 service @ 2019 [plan]"])
        // The route is where it flies, not what enters service.
        #expect(describeClaims("The SX-9 will begin regular service on the Oslo-Bergen route on October 28.") == ["product:sx-9 service @ October 28 [plan]"])
    }

    @Test func aBareModelNumberIsTheProductTheArticleNames() {
        #expect(describeClaims("Skylark Aerospace built the Skylark 717 in Long Beach. The first flight of the 717 was in 1998.") == ["name:skylark 717 fly @ 1998"])
        // A year is no model number.
        #expect(describeClaims("Skylark Aerospace built the Skylark 1998 in Long Beach. The first flight of the 1998 was in 1998.").allSatisfy { !$0.contains("skylark 1998 fly") })
    }
}

@Suite struct ModelDesignationTests {
    func claims(_ text: String) -> [Claim] {
        ArticleAnalyzer.analyze(text, format: .plainText, options: .init(publication: DateParsing.parse("2018-03-05"))).claims
    }

    @Test func aDesignationAloneIsTheProductWithItsMaker() throws {
        let skylark = try #require(claims("The Skylark SX-900 made its first flight on March 3, the company said.").first)
        let bare = try #require(claims("The SX-900 made its first flight on February 20, a spokesman said.").first)
        let orion = try #require(claims("The Orion SX-900 made its first flight on February 20, a spokesman said.").first)
        #expect(skylark.designationKey == bare.key)
        #expect(bare.designationKey == nil)
        // Either way round: the designation alone is the event of the maker's product.
        #expect(bare.isSameEvent(as: skylark))
        #expect(skylark.isSameEvent(as: bare))
        // Two makers' SX-900s are two products.
        #expect(!orion.isSameEvent(as: skylark))
        #expect(!skylark.isSameEvent(as: orion))
    }

    @Test func aNumberOrANameAfterTheNumberIsNoDesignation() {
        // "717" alone is shared by too many makers; "Mate 10 Pro" ends in a name.
        #expect(claims("Skylark Aerospace built the Skylark 717 in Long Beach. The first flight of the 717 was in 1998.").allSatisfy { $0.designationKey == nil })
        #expect(claims("The Vantor Mate 10 Pro launched on March 1.").allSatisfy { $0.designationKey == nil })
    }
}

@Suite struct NarrativeTimeClaimTests {
    @Test func laterCountedFromThePublicationDatesNothing() {
        // No day named before "four days later": the resolver leaves it a duration, which dates nothing.
        #expect(describeClaims("The court voted 5 to 4 in February. Justice Mara Quill, who voted in the majority, died four days later.", published: "2016-04-23").isEmpty)
        // Counted from a day the story named, it dates the event.
        #expect(describeClaims("The plant opened on March 3, 2016. The Quayside Line opened two days later.", published: "2016-04-23").contains("place:quayside line open @ two days later"))
    }

    @Test func aTimeEndsItsVerbPhrase() {
        #expect(describeClaims("Harlow Motors opened its Oshawa plant in 2001 and later expanded it.", published: "2009-06-05") == [
            "organization:harlow motors open thing:plant@name:oshawa @ 2001",
        ])
    }
}

@Suite struct ClaimAlignmentTests {
    static let product = "Skylark Aerospace showed its SX-900 airliner in Lisbon. The SX-900 seats 480. "

    @Test func deliveriesToACustomerAreTheStorysProducts() {
        #expect(describeClaims(Self.product + "Deliveries to Boreal Air, its launch customer, are due in October.", published: "2017-03-01") == [
            "product:sx-900 deliver @ October [plan]",
        ])
        // A count of deliveries, or someone's deliveries, is not the product's delivery.
        #expect(describeClaims(Self.product + "Three deliveries to Boreal Air are due in October.", published: "2017-03-01").isEmpty)
    }

    @Test func dueLooksAhead() {
        // "is due in October" in March: this October, not last year's.
        let claims = describeClaims(Self.product + "Delivery of the first SX-900 to Boreal Air is due in October.", published: "2007-03-19")
        #expect(claims == ["product:sx-900 deliver @ October [plan]"])
        let article = ArticleAnalyzer.analyze(Self.product + "Deliveries to Boreal Air are not due until October.", format: .plainText, options: .init(publication: DateParsing.parse("2007-03-19")))
        #expect(article.times.last?.value == "2007-10")
    }

    @Test func anEventWordModifyingANounIsNoEvent() {
        // "launch customer" does not date a launch.
        #expect(describeClaims("Boreal Air became its launch customer in 2014.", published: "2017-03-01").isEmpty)
    }

    @Test func aNounPhraseEndsBeforeItsVerb() {
        #expect(describeClaims(Self.product + "The first flight of the aircraft took place on April 27.", published: "2005-05-02") == [
            "product:sx-900 fly @ April 27",
        ])
    }

    @Test func aDefeatIsAnEventOnlyForAContract() {
        #expect(describeClaims("Harbin Dynamics defeated Vantor Aviation on Friday for the $40 billion tanker contract.", published: "2008-03-03") == [
            "organization:harbin dynamics defeat organization:vantor aviation @ Friday",
        ])
        #expect(describeClaims("Jane Hollis defeated Tom Brandt in the primary on Tuesday.", published: "2016-05-04").isEmpty)
    }

    @Test func aPronounInARelativeClauseIsItsNoun() {
        let claims = describeClaims("Vantor Aviation said the jet landed at Nordvik airport, which has had several incidents since it opened in 2006.", published: "2007-03-10")
        #expect(!claims.contains { $0.hasPrefix("organization:vantor aviation open @") })
    }

    @Test func aCompanyIsKeyedWithoutItsCorporateWords() {
        #expect(describeClaims("Harlow Motors Holdings Inc. filed for bankruptcy protection on Monday.", published: "2012-03-06") == [
            "organization:harlow motors bankrupt @ Monday",
        ])
        let deal = describeClaims("Brixton Lynch & Co. agreed to be acquired by Halden Bank on September 2.", published: "2008-09-20").first ?? ""
        #expect(deal.contains("deal-agreed") && deal.contains(":brixton lynch") && !deal.contains("&"))
        // Not every last word: "Harlow Foods" is not "Harlow".
        #expect(describeClaims("Harlow Foods filed for bankruptcy on February 20.", published: "2012-03-08") == ["organization:harlow foods bankrupt @ February 20"])
    }

    @Test func anOwnersDatedEventNounIsADating() {
        #expect(describeClaims("Harlow Motors' March 5 bankruptcy filing surprised investors. Its 2011 listing raised $2 billion.", published: "2012-03-10") == [
            "organization:harlow motors bankrupt @ March 5",
            "organization:harlow motors list @ 2011",
        ])
        // Not a noun the date names ("court"), nor a year-less date read ahead with no verb.
        #expect(describeClaims("Harlow Motors' 2009 bankruptcy court case is over.", published: "2012-03-10").isEmpty)
        #expect(describeClaims("Harlow Motors' June 1 listing is the largest.", published: "2012-03-10").isEmpty)
        // A filing is named by its date only once it has happened: last June's.
        #expect(describeClaims("Vantor's June 1 bankruptcy filing was larger.", published: "2012-03-10") == ["organization:vantor bankrupt @ June 1"])
    }

    @Test func openingItsDoorsIsTheOpening() {
        #expect(describeClaims("The new Terminal 3 will open its doors in January 2019.", published: "2018-06-01") == ["name:terminal 3 open @ January 2019 [plan]"])
    }
}

@Suite struct ClaimEntityTests {
    @Test func anEntityMentionGivesTheSubjectItsKey() {
        let text = "Xiaomi plans to enter the U.S. market in 2019."
        let document = ArticleDocument(text: text, format: .plainText, publication: CalendarDate(year: 2018, month: 3, day: 5))
        let times = TimeTagger.tag(document)
        let xiaomi = LocalEntity(name: "Xiaomi", type: .organization, key: "organization:xiaomi", aliases: [], roles: [], mentions: [0], introduction: 0)
        let us = LocalEntity(name: "U.S.", type: .place, key: "place:united states", aliases: ["US"], roles: [], mentions: [1], introduction: 1)
        let entities = EntityRecognizer.Result(
            mentions: [
                Mention(range: 0..<6, type: .organization, kind: .name, entity: 0),
                Mention(range: 26..<30, type: .place, kind: .name, entity: 1),
            ],
            entities: [xiaomi, us])
        let claims = ClaimExtractor.extract(document, times: times, entities: entities)
        #expect(claims.map(\.key) == ["n:xiaomi|enter|place:united states"])
        #expect(claims.first?.subjectEntity == 0)
        #expect(claims.first?.subjectName == "Xiaomi")
    }
}

/// Claims that different outlets' wordings of one event give one key (or an alias key).
@Suite struct CrossOutletWordingTests {
    func claims(_ text: String, published: String = "2019-06-01") -> [Claim] {
        ArticleAnalyzer.analyze(text, format: .plainText, options: .init(publication: DateParsing.parse(published))).claims
    }

    func key(_ text: String, published: String = "2019-06-01") -> String? { claims(text, published: published).first?.key }

    @Test func aCompanysShortNamesAreAliasKeys() throws {
        // An alias the article itself uses.
        let full = try #require(claims("Brennock Instruments Corporation opened its Galway factory in March 2016. Brennock makes pressure sensors.").first)
        #expect(full.key == "n:brennock instruments|open|thing:factory@n:galway")
        #expect(full.aliasKeys == ["n:brennock|open|thing:factory@n:galway"])
        // An acronym or a ticker it defines.
        #expect(claims("Ostrander Freight Lines (OFL) will close its Duluth terminal on August 31.").first?.aliasKeys.contains("n:ofl|close|thing:terminal@n:duluth") == true)
        #expect(claims("Halvard Mining (TSX: HLV) will close its Sudbury mine on October 14.").first?.aliasKeys.contains("n:hlv|close|thing:mine@n:sudbury") == true)
        // The name without its industry words, for either party of a deal.
        let deal = try #require(claims("Tellgate Software was acquired by Orvane Systems Inc. in March 2012.").first)
        #expect(deal.key == "n:orvane systems|deal|n:tellgate software")
        #expect(deal.aliasKeys == ["n:orvane|deal|n:tellgate software", "n:orvane systems|deal|n:tellgate"])
        // Not a common word or a phrase ending in "of": "General Motors", "Department of Health".
        #expect(claims("General Motors closed its Oshawa plant in May 2009.").first?.aliasKeys == [])
        #expect(claims("The Department of Health opened the Leeds hospital in March 2015.").first?.aliasKeys == [])
    }

    @Test func anAliasKeyLinksOnlyToAnotherArticlesOwnKey() throws {
        let instruments = try #require(claims("Brennock Instruments opened its Galway factory in March 2016. Brennock makes sensors.").first)
        let foods = try #require(claims("Brennock Foods opened its Galway factory in October 2015. Brennock Foods bakes biscuits.").first)
        let short = try #require(claims("Brennock opened its Galway factory in October 2015.").first)
        #expect(short.isSameEvent(as: instruments) && instruments.isSameEvent(as: short))
        #expect(short.isSameEvent(as: foods))
        // Two companies that are both "Brennock" for short are still two companies.
        #expect(!instruments.isSameEvent(as: foods) && !foods.isSameEvent(as: instruments))
    }

    @Test func aModelDesignationIsNoAcronymOfItsMaker() {
        // "NA-40" is not the initials of Norrland Aircraft: what was delivered is the aircraft.
        #expect(key("Norrland Aircraft delivered the first NA-40 to Fjord Air on May 3.") == "n:na-40|deliver|")
        #expect(key("Norrland Aircraft handed over the first NA-40 to Fjord Air on May 3.") == "n:na-40|deliver|")
        #expect(key("The first NA-40 was delivered to Fjord Air on April 12.") == "n:na-40|deliver|")
    }

    @Test func aFacilityIsOneWhateverItsOwnerAndTownAreTypedAs() {
        let expected = "n:ferrand retail|open|thing:store@n:leeds"
        // The recognizer takes "Ferrand Retail" for a person: its industry word says it is a company,
        // so "it" can stand for it.
        #expect(key("Ferrand Retail said on Tuesday that it opened the Leeds store on May 3, 2019.") == expected)
        #expect(key("Ferrand Retail opened its flagship Leeds store in May 2019.") == expected)
        // What a clause after ", which" opens is the noun before it.
        #expect(key("The Leeds store, which Ferrand Retail opened on May 3, employs 200 people.") == expected)
        // An owner's facility opening its doors.
        #expect(key("Ferrand Retail's Leeds store opened its doors to shoppers on May 3, 2019.") == expected)
        // A clause after ", which" with no subject of its own is about the noun: no object there.
        #expect(key("The Leeds store, which opened on May 3, employs 200 people.") != expected)
    }

    @Test func aListingIsOneWhateverTheWording() {
        let expected = "n:pelion mobile|list|"
        #expect(key("Pelion Mobile's initial public offering on the Oslo exchange on May 3 raised $200 million.") == expected)
        #expect(key("Shares of Pelion Mobile began trading on the Oslo exchange on May 3.") == expected)
        #expect(key("Pelion Mobile went public on May 3.") == expected)
    }

    @Test func aCompletedDealNounNamesItsCompanies() {
        #expect(key("Orvane's acquisition of Tellgate, completed on June 1, created the largest firm.", published: "2019-07-01") == "n:orvane|deal|n:tellgate")
        #expect(key("The takeover of Tellgate by Orvane was completed on June 1.", published: "2019-07-01") == "n:orvane|deal|n:tellgate")
        // Who says it is no party: with no deal named before, "the deal" is none.
        #expect(claims("Pellam Foods said the deal was completed in October 2011.").isEmpty)
        // Announcing is not completing.
        #expect(claims("Orvane's acquisition of Tellgate, announced on June 1, surprised analysts.", published: "2019-07-01").isEmpty)
        // A sale is the buyer's deal for what it buys, whoever sells.
        let sale = "n:saabro|deal|n:spyden motors"
        #expect(key("The sale of Saabro to Spyden Motors was completed on February 23.", published: "2010-03-01") == sale)
        #expect(key("Spyden Motors completed its purchase of Saabro from Harlow Motors on February 23.", published: "2010-03-01") == sale)
    }

    @Test func aBankruptcyFilingIsOneWhateverTheWording() {
        let expected = "n:harlow motors|bankrupt|"
        for text in [
            "Harlow Motors' Chapter 11 filing on June 1, 2009 was the largest industrial bankruptcy in the state.",
            "The bankruptcy filing by Harlow Motors on June 1, 2009 cost thousands of jobs.",
            "Harlow Motors Corp., the largest automaker in the state, filed for Chapter 11 bankruptcy protection on June 1, 2009.",
            "On June 1, 2009, Harlow Motors filed for bankruptcy.",
            "The June 1, 2009 bankruptcy filing of Harlow Motors cost thousands of jobs.",
            "Harlow Motors' bankruptcy, filed June 1, 2009, was the largest in the state.",
        ] {
            #expect(key(text, published: "2010-03-01") == expected, "\(text)")
        }
    }

    @Test func introducingIsALaunchAndShutteringAClosing() {
        #expect(key("Pelion Mobile introduced the Pelion Z5 in Oslo on May 3, 2017.", published: "2017-06-10") == "n:pelion z5|launch|")
        #expect(key("Harlow Motors shuttered its Oshawa plant in May 2009.", published: "2010-03-01") == "n:harlow motors|close|thing:plant@n:oshawa")
        // A bill is introduced again and again: no single event.
        #expect(claims("Senator Ray Hollis introduced a bill on March 3.", published: "2010-03-10").isEmpty)
    }

    @Test func aPersonIntroducedIsNoLaunch() {
        // Presented to an audience; and "last week" at the end of ", who …" dates that clause only.
        #expect(describeClaims("Hollis, speaking at the Harbour Pavilion in Tampa, was introduced by former rival Ann Marks, who endorsed him last week.", published: "2016-03-01").isEmpty)
        #expect(describeClaims("Ray Hollis was introduced by Senator Dana Kole on Saturday afternoon.", published: "2016-04-24").isEmpty)
    }

    @Test func theSubjectStandsBeforeARelativeClause() {
        // "X, which … stopping Hollis, launched a radio ad": X launched it, and a participle with
        // an object is the active verb, not a reduced passive about Hollis.
        let claims = describeClaims("Our Streets PAC, which was founded by former staffer Dana Kole and is dedicated to stopping Hollis, launched a radio ad on Saturday afternoon.", published: "2016-04-24")
        #expect(!claims.contains { $0.contains("hollis") })
        // With no object, a participle after a comma is still the reduced passive.
        #expect(describeClaims("The Vantor V8, released in March 2017, sold well.") == ["product:vantor v8 launch @ March 2017"])
    }

    @Test func aDatedEventNounAfterTheTakesItsOwnerAfterOfOrBy() {
        #expect(describeClaims("The June 1 bankruptcy filing of Harlow Motors cost thousands of jobs.", published: "2009-07-01") == [
            "organization:harlow motors bankrupt @ June 1",
        ])
        #expect(describeClaims("The 2011 listing by Tessel Motors raised $2 billion.", published: "2012-03-10") == ["organization:tessel motors list @ 2011"])
        // Not a noun the date names ("court"), nor an event noun with no owner after it.
        #expect(describeClaims("The 2011 bankruptcy court of Delaware heard the case.", published: "2012-03-10").isEmpty)
        #expect(describeClaims("The June 1 bankruptcy filing cost thousands of jobs.", published: "2009-07-01").isEmpty)
    }

    @Test func anOwnersFacilityIsOneWhateverTheVoice() {
        let expected = "n:brennock|open|thing:factory@n:galway"
        #expect(key("Brennock opened its new Galway factory in March 2016.", published: "2016-04-01") == expected)
        #expect(key("Brennock's Galway factory was opened in March 2016.", published: "2016-04-01") == expected)
        #expect(key("The Galway factory was opened by Brennock in March 2016.", published: "2016-04-01") == expected)
        // An indefinite facility is none in particular (see FacilityClaimTests).
        #expect(claims("Brennock opened another factory in Galway in March 2016.", published: "2016-04-01").isEmpty)
        #expect(claims("Brennock will open a factory in China in 2017.", published: "2016-04-01").isEmpty)
    }

    @Test func aDatedEventNounOfANamedThingDatesItsEvent() {
        #expect(describeClaims("Pelion's May 3 launch of the Pelion Z5 drew long queues.", published: "2017-06-01") == ["product:pelion z5 launch @ May 3"])
        #expect(describeClaims("Its May 3 launch of the Pelion Z5 drew long queues.", published: "2017-06-01") == ["product:pelion z5 launch @ May 3"])
        // A name ending in a facility noun is whole: "drew crowds" is not part of it.
        #expect(describeClaims("The May 3 opening of the Kessel Street Bridge drew crowds.", published: "2017-06-01") == ["place:kessel street bridge open @ May 3"])
        // Nothing named after "of": no event.
        #expect(describeClaims("The May 3 launch of a new phone drew queues.", published: "2017-06-01").isEmpty)
        // What follows the time's comma is no object.
        #expect(describeClaims("The Pelion Z5 went on sale on April 26, 2017, reviewers noted.", published: "2017-06-01") == ["product:pelion z5 launch @ April 26, 2017"])
        // A street before a facility noun is part of the facility's name.
        #expect(describeClaims("Brightwell Grocers will close its Elm Street store on Friday.", published: "2017-06-01").first?.contains("thing:store@") == true)
    }

    @Test func theMonthMayIsNoModal() {
        #expect(describeClaims("In May, Pelion Mobile launched the Pelion Z6 in Oslo.", published: "2017-07-01") == ["product:pelion z6 launch @ May"])
        #expect(describeClaims("Pelion Mobile may launch the Pelion Z6 in May.", published: "2017-03-01") == ["product:pelion z6 launch @ May [plan]"])
    }

    @Test func anAppositiveOfTheTimeIsNotDatedByIt() {
        // "the month after X died" places March; it does not date the death in March.
        #expect(describeClaims("But in March, the month after Justice Ann Marks died, the court announced that it had deadlocked.", published: "2016-06-29").isEmpty)
        // A comma after a fronted time is no appositive.
        #expect(describeClaims("On June 1, Harlow Motors filed for bankruptcy.", published: "2016-06-29") == ["organization:harlow motors bankrupt @ June 1"])
    }

    @Test func anAnaphorAfterAnAttributionIsTheStorysCompany() {
        let expected = "n:tessel motors|bankrupt|"
        for text in [
            "Tessel Motors has struggled for years. Analysts at Vantor Capital said the company filed for bankruptcy on June 1.",
            "Tessel Motors has struggled for years. According to Vantor Capital, the automaker filed for bankruptcy on June 1.",
            "Tessel Motors has struggled for years. Vantor Capital analyst Dana Kole said it filed for bankruptcy on June 1.",
            // The speaker itself.
            "Tessel Motors said it filed for bankruptcy on June 1.",
            "Vantor Capital is a fund. Tessel Motors said the company filed for bankruptcy on June 1.",
            // A person speaking for the company in a role there.
            "Vantor Capital is a fund. Tessel Motors Chief Executive Mara Lind said the company filed for bankruptcy on June 1.",
        ] {
            #expect(key(text, published: "2009-07-01") == expected, "\(text)")
        }
    }

    @Test func aTimeAfterARelativeClauseDoesNotDateIt() {
        // "in July" dates the emerging (no event class), not the filing inside ", which …,".
        #expect(describeClaims("Harlow Motors, which filed for bankruptcy on June 1, 2009, emerged from court protection in July.", published: "2010-03-01") == [
            "organization:harlow motors bankrupt @ June 1, 2009",
        ])
    }
}
