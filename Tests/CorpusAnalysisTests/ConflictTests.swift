import ArticleAnalysis
import CopydeskTestSupport
import CorpusAnalysis
import Foundation
import Testing

let timeCodes: Set<String> = ["conflicting-date", "revised-date", "unresolved-date"]

@Suite struct ConflictingDateTests {
    @Test func twoSourcesThatCannotBothBeRight() throws {
        try checkDiagnostics("""
            //- ledger/xiaomi.md published:2018-03-05
            Xiaomi plans to enter the U.S. market ⏩by late 2018⏪, its chairman said.
            //- wire/xiaomi.md published:2018-03-06
            Xiaomi will enter the United States in ⏩2020⏪, people familiar with the plan said.
            """, codes: timeCodes, [
                ExpectedDiagnostic(
                    "conflicting-date",
                    "Conflicting dates for Xiaomi entering the United States: “by late 2018” (2018-03-05 – 2018-12-31) here, but “2020” (2020-01-01 – 2020-12-31) in wire/xiaomi.md",
                    severity: .warning, related: ["wire/xiaomi.md"]),
                ExpectedDiagnostic(
                    "conflicting-date",
                    "Conflicting dates for Xiaomi entering the United States: “2020” (2020-01-01 – 2020-12-31) here, but “by late 2018” (2018-03-05 – 2018-12-31) in ledger/xiaomi.md",
                    severity: .warning, related: ["ledger/xiaomi.md"]),
            ])
    }

    @Test func theSeedsWordingsAreCompatible() throws {
        // "late 2018", "by end 2018, or by early 2019", "as soon as this year" and "before the end
        // of the year" can all be true at once.
        try checkDiagnostics("""
            //- a.md published:2018-03-05
            Xiaomi is aiming to enter the U.S. market in late 2018, but it could see those plans come to life in early 2019.
            //- b.md published:2018-03-05
            Xiaomi hopes to enter the U.S. market before the end of the year. It is looking to sell its products in the United States as soon as this year.
            “We plan to start entering the market by end 2018, or by early 2019,” said Lei Jun, the chairman of Xiaomi.
            """, codes: timeCodes, [])
    }

    @Test func aRelativeDateWithoutAnAnchorIsAHintNotAConflict() throws {
        try checkDiagnostics("""
            //- a.md published:2018-03-05
            Xiaomi will enter the U.S. market in 2021.
            //- b.md
            Xiaomi hopes to enter the U.S. market ⏩this year⏪.
            """, codes: timeCodes, [
                ExpectedDiagnostic("unresolved-date", "“this year” cannot be resolved: the article has no publication date (add `date:` front matter)", severity: .hint),
            ])
    }

    @Test func sameCompanyDifferentEventIsNoConflict() throws {
        // Entering the US is not entering Mexico.
        try checkDiagnostics("""
            //- a.md published:2018-03-05
            Xiaomi expanded into Mexico in 2017.
            //- b.md published:2018-03-05
            Xiaomi will enter the U.S. market in 2019.
            """, codes: timeCodes, [])
    }

    @Test func differentCompaniesSameEventKindIsNoConflict() throws {
        try checkDiagnostics("""
            //- a.md published:2018-03-05
            Xiaomi will enter the U.S. market in 2019.
            //- b.md published:2018-03-05
            Huawei will enter the U.S. market in 2021.
            """, codes: timeCodes, [])
    }

    @Test func aLaterArticleThatSaysThePlanMovedIsARevision() throws {
        try checkDiagnostics("""
            //- march.md published:2018-03-05
            Harbour Transit will open the Quayside Line in ⏩June 2018⏪.
            //- august.md published:2018-08-20
            Harbour Transit has delayed the opening of the Quayside Line ⏩until March 2019⏪.
            """, codes: timeCodes, [
                ExpectedDiagnostic(
                    "revised-date", "august.md reports that the date for Quayside Line opening moved: “until March 2019” there, “June 2018” here",
                    severity: .information, related: ["august.md"]),
                ExpectedDiagnostic(
                    "revised-date", "Revised date for Quayside Line opening: “until March 2019” here replaces “June 2018” in march.md",
                    severity: .information, related: ["march.md"]),
            ])
    }

    @Test func anEarlierArticleDoesNotReviseALaterOne() throws {
        // The delay is reported first; the later article says it opened before the delay was announced.
        try checkDiagnostics("""
            //- early.md published:2018-03-05
            Harbour Transit has postponed the opening of the Quayside Line to ⏩June 2019⏪.
            //- late.md published:2018-08-20
            The Quayside Line opened in ⏩May 2017⏪.
            """, codes: timeCodes, [
                ExpectedDiagnostic("conflicting-date", severity: .warning, related: ["late.md"]),
                ExpectedDiagnostic("conflicting-date", severity: .warning, related: ["early.md"]),
            ])
    }

    @Test func aPlanThenALaterReportOfWhatHappenedIsInformation() throws {
        try checkDiagnostics("""
            //- plan.md published:2018-03-05
            The Quayside Line will open in ⏩June 2018⏪.
            //- report.md published:2018-11-20
            The Quayside Line opened in ⏩October 2018⏪.
            """, codes: timeCodes, [
                ExpectedDiagnostic("revised-date", "Quayside Line opening was planned for “June 2018” here; report.md, published later, dates it “October 2018”", severity: .information),
                ExpectedDiagnostic("revised-date", "Quayside Line opening is dated “October 2018” here; plan.md, published earlier, planned it for “June 2018”", severity: .information),
            ])
    }

    @Test func aNegatedClaimIsNotADating() throws {
        try checkDiagnostics("""
            //- a.md published:2018-03-05
            Xiaomi will not enter the U.S. market before 2020.
            //- b.md published:2018-03-05
            Xiaomi will enter the U.S. market in 2021.
            """, codes: timeCodes, [])
    }

    @Test func oneOfSeveralDatingsMatchingIsEnough() throws {
        try checkDiagnostics("""
            //- a.md published:2018-03-05
            The Quayside Line will open in June 2018. Officials said the Quayside Line could open in September 2018 at the latest.
            //- b.md published:2018-03-06
            The Quayside Line will open in September 2018.
            """, codes: timeCodes, [])
    }

    @Test func aTakeoverIsOneDealWhicheverCompanyTheSentenceIsAbout() throws {
        // The buyer completing its takeover and the target being taken over: one deal.
        try checkDiagnostics("""
            //- a.md published:2017-05-02
            Halden Shipping completed its takeover of Brix Freight in ⏩March 2017⏪, regulators said.
            //- b.md published:2017-05-03
            Brix Freight was taken over by Halden Shipping in ⏩January 2016⏪.
            """, codes: timeCodes, [
                ExpectedDiagnostic(
                    "conflicting-date",
                    "Conflicting dates for Halden Shipping closing a deal with Brix Freight: “March 2017” (2017-03-01 – 2017-03-31) here, but “January 2016” (2016-01-01 – 2016-01-31) in b.md",
                    severity: .warning, related: ["b.md"]),
                ExpectedDiagnostic(
                    "conflicting-date",
                    "Conflicting dates for Halden Shipping closing a deal with Brix Freight: “January 2016” (2016-01-01 – 2016-01-31) here, but “March 2017” (2017-03-01 – 2017-03-31) in a.md",
                    severity: .warning, related: ["a.md"]),
            ])
    }

    @Test func completingTheDealIsTheDealTheHeadlineNamed() throws {
        try checkDiagnostics("""
            //- a.md published:2013-05-02
            Pellam Foods to buy Ardent Dairy

            Pellam Foods said the deal was completed in ⏩October 2011⏪.
            //- b.md published:2013-05-03
            Pellam Foods closed its purchase of Ardent Dairy in ⏩April 2013⏪.
            """, codes: timeCodes, [
                ExpectedDiagnostic("conflicting-date", severity: .warning, related: ["b.md"]),
                ExpectedDiagnostic("conflicting-date", severity: .warning, related: ["a.md"]),
            ])
    }

    @Test func announcingAndCompletingADealAreTwoEvents() throws {
        try checkDiagnostics("""
            //- a.md published:2017-05-02
            Halden Shipping announced its takeover of Brix Freight on January 10, 2017.
            //- b.md published:2017-05-03
            Halden Shipping completed its takeover of Brix Freight in March 2017.
            //- c.md published:2017-05-03
            Halden Shipping made a takeover bid for Brix Freight in November 2016.
            //- d.md published:2017-05-03
            Halden Shipping completed its takeover of Corran Lines in 2015.
            """, codes: timeCodes, [])
    }

    @Test func aBankruptcyFilingIsTheCompanysOwn() throws {
        try checkDiagnostics("""
            //- a.md published:2009-06-02
            Harlow Motors filed for Chapter 11 bankruptcy protection on ⏩June 1, 2009⏪.
            //- b.md published:2010-05-20
            Harlow Motors went bankrupt in ⏩April 2010⏪.
            //- c.md published:2009-07-11
            Harlow Motors emerged from bankruptcy on July 10, 2009.
            //- d.md published:2005-10-09
            Delmar Parts, a Harlow Motors supplier, filed for bankruptcy on October 8, 2005.
            """, codes: timeCodes, [
                ExpectedDiagnostic(
                    "conflicting-date",
                    "Conflicting dates for Harlow Motors going bankrupt: “June 1, 2009” (2009-06-01) here, but “April 2010” (2010-04-01 – 2010-04-30) in b.md",
                    severity: .warning, related: ["b.md"]),
                ExpectedDiagnostic(
                    "conflicting-date",
                    "Conflicting dates for Harlow Motors going bankrupt: “April 2010” (2010-04-01 – 2010-04-30) here, but “June 1, 2009” (2009-06-01) in a.md",
                    severity: .warning, related: ["a.md"]),
            ])
    }

    @Test func theFirstFlightAndTheProductsFlightFromThePlaceAreOneEvent() throws {
        try checkDiagnostics("""
            //- a.md published:2007-10-15
            The first SX-9 was delivered to Boreal Air today.

            The first flight will take off from Oslo and land in Bergen on ⏩October 25⏪.
            //- b.md published:2007-10-17
            The SX-9 will make a special charity flight on ⏩November 25⏪ from Oslo to Bergen.
            //- c.md published:2007-10-17
            The first commercial flight of the SX-9 is expected in mid-2009.
            """, codes: timeCodes, [
                ExpectedDiagnostic(
                    "conflicting-date",
                    "Conflicting dates for SX-9 flying Oslo: “October 25” (2007-10-25) here, but “November 25” (2007-11-25) in b.md",
                    severity: .warning, related: ["b.md"]),
                ExpectedDiagnostic(
                    "conflicting-date",
                    "Conflicting dates for SX-9 flying Oslo: “November 25” (2007-11-25) here, but “October 25” (2007-10-25) in a.md",
                    severity: .warning, related: ["a.md"]),
            ])
    }

    @Test func aPlantNamedTwoWaysIsOnePlant() throws {
        try checkDiagnostics("""
            //- a.md published:2009-06-05
            Harlow Motors will close its Oshawa truck plant in ⏩2010⏪, the company said on Tuesday.
            //- b.md published:2009-06-08
            Harlow Motors makes trucks in Canada. Harlow Motors has cut 2,000 jobs this year.

            Union leaders said the Oshawa plant will close in ⏩2012⏪.
            //- c.md published:2009-06-08
            The closure of Harlow Motors' Janesville assembly plant is planned for 2012.
            //- d.md published:2009-06-08
            The closure of Fennick Motors' Oshawa engine plant is planned for 2012.
            """, codes: timeCodes, [
                ExpectedDiagnostic(
                    "conflicting-date",
                    "Conflicting dates for Harlow Motors closing its Oshawa plant: “2010” (2010-01-01 – 2010-12-31) here, but “2012” (2012-01-01 – 2012-12-31) in b.md",
                    severity: .warning, related: ["b.md"]),
                ExpectedDiagnostic(
                    "conflicting-date",
                    "Conflicting dates for Harlow Motors closing the Oshawa plant: “2012” (2012-01-01 – 2012-12-31) here, but “2010” (2010-01-01 – 2010-12-31) in a.md",
                    severity: .warning, related: ["a.md"]),
            ])
    }

    @Test func directivesSilenceAConflict() throws {
        try checkDiagnostics("""
            //- a.md published:2018-03-05
            <!-- copydesk-disable-next-line conflicting-date -->
            Xiaomi will enter the U.S. market in 2019.
            //- b.md published:2018-03-05
            Xiaomi will enter the U.S. market in ⏩2021⏪.
            """, codes: timeCodes, [ExpectedDiagnostic("conflicting-date", related: ["a.md"])])
    }
}

@Suite struct ConflictCorpusTests {
    @Test func anEditUpdatesTheArticlesSharingTheEvent() {
        var corpus = Corpus()
        func analyze(_ text: String, _ date: String) -> AnalyzedArticle {
            ArticleAnalyzer.analyze(text, format: .markdown, options: .init(publication: DateParsing.parse(date)))
        }
        corpus.update(path: "a.md", article: analyze("Xiaomi will enter the U.S. market in 2019.", "2018-03-05"))
        corpus.update(path: "b.md", article: analyze("Xiaomi will enter the U.S. market in 2019.", "2018-03-05"))
        corpus.update(path: "c.md", article: analyze("The council met on Tuesday.", "2018-03-05"))
        #expect(corpus.findings(for: "a.md").filter { $0.code == "conflicting-date" }.isEmpty)
        let impact = corpus.update(path: "b.md", article: analyze("Xiaomi will enter the U.S. market in 2021.", "2018-03-05"))
        // Only the article that shares the event is affected, not the unrelated one.
        #expect(impact.affected == ["a.md"])
        #expect(corpus.findings(for: "a.md").map(\.code) == ["conflicting-date"])
        corpus.remove(path: "b.md")
        #expect(corpus.findings(for: "a.md").isEmpty)
    }

    @Test func theHoverOnATimeShowsItsIntervalAndAnchor() throws {
        try checkHover("""
            //- a.md published:2018-03-05
            Xiaomi hopes to enter the U.S. market by 1️⃣end 2018.
            """, """
            **by end 2018** — date `2018` (ON_OR_BEFORE)
            Between 2018-03-05 and 2018-12-31
            Absolute: needs no anchor; as a plan, not before the publication date, 2018-03-05
            Dates: Xiaomi entering the United States (plan)
            """)
        try checkHover("""
            //- a.md published:2018-03-05
            The bridge opened in 1️⃣1932.
            """, """
            **1932** — date `1932`
            Between 1932-01-01 and 1932-12-31
            Absolute: needs no anchor
            """)
        try checkHover("""
            //- a.md published:2018-03-05
            Xiaomi hopes to enter the U.S. market 1️⃣this year.
            """, """
            **this year** — date `2018`
            Between 2018-01-01 and 2018-12-31
            Resolved against the publication date, 2018-03-05
            Dates: Xiaomi entering the United States (plan)
            """)
    }
}

@Suite struct LocalEntityClaimTests {
    @Test func claimsAboutALocalEntityNeverLinkArticles() {
        func analyze(_ text: String) -> AnalyzedArticle {
            var article = ArticleAnalyzer.analyze(text, format: .markdown, options: .init(publication: CalendarDate(year: 2018, month: 3, day: 5)))
            // As the entity recognizer keys a bare surname it cannot tie to a fuller name.
            article.claims = article.claims.map { c in
                var claim = c
                claim.subject = "~jun"
                return claim
            }
            return article
        }
        var corpus = Corpus()
        corpus.update(path: "a.md", article: analyze("Jun will open the Quayside Line in 2019."))
        corpus.update(path: "b.md", article: analyze("Jun will open the Quayside Line in 2021."))
        #expect(corpus.findings(for: "a.md").isEmpty)
        #expect(corpus.articles(sharing: DependencyKey("claim:", "~jun|open|")).isEmpty)
    }
}

@Suite struct CrossOutletConflictTests {
    @Test func aCompanysShortNameInAnotherArticleIsTheCompany() throws {
        try checkDiagnostics("""
            //- business/brennock.md published:2016-04-01
            Brennock Instruments Corporation opened its Galway factory in ⏩March 2016⏪. Brennock makes pressure sensors.
            //- regional/galway.md published:2016-04-02
            Brennock opened its Galway factory in ⏩October 2015⏪, a spokeswoman said.
            """, codes: timeCodes, [
                ExpectedDiagnostic(
                    "conflicting-date",
                    "Conflicting dates for Brennock Instruments Corporation opening its Galway factory: “March 2016” (2016-03-01 – 2016-03-31) here, but “October 2015” (2015-10-01 – 2015-10-31) in regional/galway.md",
                    severity: .warning, related: ["regional/galway.md"]),
                ExpectedDiagnostic(
                    "conflicting-date",
                    "Conflicting dates for Brennock opening its Galway factory: “October 2015” (2015-10-01 – 2015-10-31) here, but “March 2016” (2016-03-01 – 2016-03-31) in business/brennock.md",
                    severity: .warning, related: ["business/brennock.md"]),
            ])
    }

    @Test func twoCompaniesWithOneShortNameAreTwo() throws {
        try checkDiagnostics("""
            //- business/brennock.md published:2016-04-01
            Brennock Instruments opened its Galway factory in March 2016. Brennock makes pressure sensors.
            //- food/brennock.md published:2016-04-02
            Brennock Foods opened its Galway factory in October 2015. Brennock Foods bakes biscuits.
            """, codes: timeCodes, [])
    }

    @Test func anAcronymOrTickerIsTheCompany() throws {
        try checkDiagnostics("""
            //- logistics/ofl.md published:2019-06-10
            Ostrander Freight Lines (OFL) will close its Duluth terminal on ⏩August 31⏪, the company said.
            //- labor/ofl.md published:2019-06-12
            OFL will close the Duluth terminal on ⏩July 15⏪, a union official said.
            //- markets/halvard.md published:2014-09-30
            Halvard Mining (TSX: HLV) will close its Sudbury mine on ⏩October 14⏪, the miner said.
            //- wire/hlv.md published:2014-10-01
            HLV will close the Sudbury mine on ⏩November 3⏪, a filing shows.
            """, codes: timeCodes, [
                ExpectedDiagnostic("conflicting-date", related: ["labor/ofl.md"]),
                ExpectedDiagnostic("conflicting-date", related: ["logistics/ofl.md"]),
                ExpectedDiagnostic("conflicting-date", related: ["wire/hlv.md"]),
                ExpectedDiagnostic("conflicting-date", related: ["markets/halvard.md"]),
            ])
    }

    @Test func aRelativeClauseAndAPossessiveNameOneStoreButNotAnother() throws {
        try checkDiagnostics("""
            //- retail/ferrand.md published:2019-04-01
            The Leeds store, which Ferrand Retail opened in ⏩November 2018⏪, employs 200 people. The York store, which Ferrand Retail opened in February 2019, is smaller.
            //- local/leeds.md published:2019-04-02
            Ferrand Retail's Leeds store opened its doors in ⏩March 2019⏪, the council said.
            """, codes: timeCodes, [
                ExpectedDiagnostic("conflicting-date", related: ["local/leeds.md"]),
                ExpectedDiagnostic("conflicting-date", related: ["retail/ferrand.md"]),
            ])
    }
}
