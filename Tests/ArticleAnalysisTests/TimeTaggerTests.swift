import ArticleAnalysis
import CopydeskTestSupport
import Testing

/// One expectation: the fixture marks the expression with ⏩…⏪; the tagger must find exactly the
/// marked expressions, with these values.
struct TimeCase: CustomTestStringConvertible, Sendable {
    var text: String
    var published: String?
    var value: String
    var mod: String?
    var earliest: String?
    var latest: String?
    var type: String = "DATE"

    init(_ text: String, published: String? = "2018-03-05", _ value: String, mod: String? = nil, _ earliest: String? = nil, _ latest: String? = nil, type: String = "DATE") {
        self.text = text
        self.published = published
        self.value = value
        self.mod = mod
        self.earliest = earliest
        self.latest = latest
        self.type = type
    }

    var testDescription: String { text }
}

/// Tags `marked` (one article; ⏩…⏪ around each expected expression) and returns problems.
func timeProblems(_ marked: String, published: String?, check: (Int, TimeExpression) -> [String]) -> [String] {
    let article = Fixture(marked).articles[0]
    let publication = published.flatMap { DateParsing.parse($0) }
    let analyzed = ArticleAnalyzer.analyze(article.text, format: .plainText, options: .init(publication: publication))
    var problems: [String] = []
    var claimed = Set<Int>()
    for (k, r) in article.ranges.enumerated() {
        guard let index = analyzed.times.firstIndex(where: { $0.range == r }) else {
            let near = analyzed.times.map { "“\(article.text.slice($0.range))”" }.joined(separator: ", ")
            problems.append("expected a time at “\(article.text.slice(r))”; found \(near.isEmpty ? "none" : near)")
            continue
        }
        claimed.insert(index)
        problems += check(k, analyzed.times[index]).map { "“\(article.text.slice(r))”: \($0)" }
    }
    for (i, t) in analyzed.times.enumerated() where !claimed.contains(i) {
        problems.append("unexpected time “\(article.text.slice(t.range))” = \(t.value)")
    }
    return problems
}

/// `timeProblems` where each marked time must have the next of `values`.
func valueProblems(_ marked: String, published: String?, values: [String]) -> [String] {
    timeProblems(marked, published: published) { k, t in
        t.value == values[k] ? [] : ["value \(t.value), expected \(values[k])"]
    }
}

func expectTime(_ c: TimeCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let problems = timeProblems(c.text, published: c.published) { _, t in
        var p: [String] = []
        if t.value != c.value { p.append("value \(t.value), expected \(c.value)") }
        if t.mod?.rawValue != c.mod { p.append("mod \(t.mod?.rawValue ?? "none"), expected \(c.mod ?? "none")") }
        if t.type.rawValue != c.type { p.append("type \(t.type.rawValue), expected \(c.type)") }
        if let e = c.earliest, t.bounds?.earliest.iso != e { p.append("earliest \(t.bounds?.earliest.iso ?? "none"), expected \(e)") }
        if let l = c.latest, t.bounds?.latest.iso != l { p.append("latest \(t.bounds?.latest.iso ?? "none"), expected \(l)") }
        return p
    }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
}

/// The text has no time expression at all.
func expectNoTime(_ text: String, published: String? = "2018-03-05", sourceLocation: SourceLocation = #_sourceLocation) {
    let problems = timeProblems(text, published: published) { _, _ in [] }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
}

@Suite struct ExplicitDateTests {
    @Test(arguments: [
        TimeCase("The plant opened on ⏩March 5, 2018⏪.", "2018-03-05", "2018-03-05", "2018-03-05"),
        TimeCase("The plant opened on ⏩5 March 2018⏪.", "2018-03-05"),
        TimeCase("The plant opened on ⏩Mar. 5, 2018⏪.", "2018-03-05"),
        TimeCase("The plant opened on ⏩the 5th of March, 2018⏪.", "2018-03-05"),
        TimeCase("The plant opened on ⏩Monday, March 5, 2018⏪.", "2018-03-05"),
        TimeCase("The filing is dated ⏩2018-03-05⏪.", "2018-03-05"),
        TimeCase("The filing is dated ⏩3/5/2018⏪.", "2018-03-05"),
        TimeCase("The filing is dated ⏩2018/03/05⏪.", "2018-03-05"),
        TimeCase("Sales rose in ⏩March 2018⏪.", "2018-03", "2018-03-01", "2018-03-31"),
        TimeCase("Sales rose in ⏩March of 2017⏪.", "2017-03"),
        TimeCase("The bridge was built in ⏩1932⏪.", "1932", "1932-01-01", "1932-12-31"),
        TimeCase("Prices peaked in ⏩Sept. 2008⏪.", "2008-09"),
        TimeCase("Huawei’s chief spoke at CES ⏩2018⏪.", "2018"),
    ])
    func fullDates(_ c: TimeCase) { expectTime(c) }

    @Test(arguments: [
        // A date with no year takes the publication year…
        TimeCase("The council voted on ⏩March 2⏪.", published: "2018-03-05", "2018-03-02"),
        // …moved by tense: a future sentence about a month already past means next year,
        TimeCase("The council will vote on ⏩January 15⏪.", published: "2018-03-05", "2019-01-15"),
        // a past sentence about a month still to come means last year,
        TimeCase("The council voted on ⏩December 12⏪.", published: "2018-03-05", "2017-12-12"),
        // unless the date is only a few weeks off: then the tense is about something else.
        TimeCase("The mayor invited them to a ceremony on ⏩March 20⏪.", published: "2018-03-05", "2018-03-20"),
        // A weekday written with the date picks the year the date falls on that weekday.
        TimeCase("The ruling came on ⏩Monday, March 6⏪.", published: "2018-03-05", "2017-03-06"),
        // Bare month names, where a preposition makes them a time.
        TimeCase("The factory closes in ⏩November⏪.", published: "2018-03-05", "2018-11"),
        TimeCase("The factory closed ⏩last November⏪.", published: "2018-03-05", "2017-11"),
        TimeCase("It reopens ⏩next March⏪.", published: "2018-03-05", "2019-03"),
        TimeCase("Output fell in ⏩July last year⏪.", published: "2018-03-05", "2017-07"),
        TimeCase("Franchises end ⏩after October of next year⏪.", published: "2018-03-05", "2019-10", mod: "AFTER"),
        // A possibility looks ahead: "may", "might" and "could" move a past month to next year…
        TimeCase("The council may vote on ⏩January 15⏪.", published: "2018-03-05", "2019-01-15"),
        TimeCase("Regulators said the merger could close in ⏩February⏪.", published: "2018-08-05", "2019-02"),
        TimeCase("The strike might not end ⏩before February 1⏪.", published: "2018-08-05", "2019-02-01", mod: "BEFORE"),
        TimeCase("Workers must wait ⏩until July⏪ to see the raise.", published: "2013-12-30", "2014-07", mod: "ON_OR_AFTER"),
        TimeCase("The ferry should arrive ⏩by February 3⏪.", published: "2018-08-05", "2019-02-03", mod: "ON_OR_BEFORE"),
        TimeCase("The thief must have entered on ⏩July 12⏪.", published: "2018-08-05", "2018-07-12"),
        // …but a guess about what happened looks back, and so does what someone could not do.
        TimeCase("The driver may have left on ⏩December 12⏪.", published: "2018-03-05", "2017-12-12"),
        TimeCase("The mayor could not be reached on ⏩February 27⏪.", published: "2018-03-05", "2018-02-27"),
        // "May" capitalised is the month, not the modal.
        TimeCase("Output fell in ⏩May⏪ and rose again.", published: "2018-08-05", "2018-05"),
    ])
    func yearlessDates(_ c: TimeCase) { expectTime(c) }

    @Test func withoutAPublicationDateAYearlessDateIsUnresolved() {
        let problems = timeProblems("The council voted on ⏩March 2⏪.", published: nil) { _, t in
            var p: [String] = []
            if t.value != "XXXX-03-02" { p.append("value \(t.value)") }
            if !t.isUnresolved { p.append("should be unresolved") }
            if t.bounds != nil { p.append("no bounds without a year") }
            return p
        }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test(arguments: [
        "Theresa May said the talks would go on.",
        "The protesters march on the capital.",
        "Prices may fall, analysts said.",
        "About 2000 people attended the rally.",
        "The company employs 1500 workers.",
        "The fee rose to $2018 a head.",
        "Leaves fall early here.",
        "He appeared on ’60 Minutes in the spring of his career.",
    ])
    func wordsThatOnlyLookLikeTimes(_ text: String) {
        let analyzed = ArticleAnalyzer.analyze(text, format: .plainText, options: .init(publication: CalendarDate(year: 2018, month: 3, day: 5)))
        let found = analyzed.times.map { text.slice($0.range) }
        // "in the spring" is a time; nothing else in these sentences is.
        #expect(found.allSatisfy { $0.contains("spring") }, "found \(found)")
    }
}

@Suite struct CalendarUnitTests {
    @Test(arguments: [
        TimeCase("Shipments begin in ⏩summer 2018⏪.", "2018-SU"),
        TimeCase("Shipments begin in ⏩the spring⏪.", published: "2018-03-05", "2018-SP"),
        TimeCase("Sales slowed ⏩last fall⏪.", "2017-FA"),
        TimeCase("Profit rose in ⏩the third quarter⏪.", published: "2018-11-02", "2018-Q3", "2018-07-01", "2018-09-30"),
        TimeCase("⏩Third-quarter⏪ profit rose.", published: "2018-11-02", "2018-Q3"),
        TimeCase("Revenue fell in ⏩Q3 2017⏪.", "2017-Q3"),
        TimeCase("Growth slows in ⏩the first half of 2019⏪.", "2019-H1", "2019-01-01", "2019-06-30"),
        TimeCase("Growth slows in ⏩the second half of next year⏪.", "2019-H2"),
        TimeCase("Profit rose in ⏩fiscal 2018⏪.", "2018", "2017-02-01", "2018-12-31"),
        TimeCase("Prices doubled in ⏩the 1990s⏪.", "199", "1990-01-01", "1999-12-31"),
        TimeCase("It was built in ⏩the 19th century⏪.", "18"),
        TimeCase("Attendance will peak at ⏩Christmas⏪.", published: "2018-03-05", "2018-12-25"),
        TimeCase("Attendance peaked at ⏩Christmas⏪.", published: "2018-03-05", "2017-12-25"),
        TimeCase("The store opened on ⏩Thanksgiving 2017⏪.", "2017-11-23"),
        TimeCase("Sales surged on ⏩Black Friday⏪.", published: "2018-12-03", "2018-11-23"),
    ])
    func units(_ c: TimeCase) { expectTime(c) }

    @Test func quarterlyEarningsAreNotAFrequency() {
        expectNoTime("The company reported quarterly earnings.")
        expectTime(TimeCase("The board meets ⏩quarterly⏪.", "P3M", type: "SET"))
    }

    @Test func aBareHalfOrQuarterCodeNeedsATimeWordBeforeIt() {
        expectNoTime("The hill has formed part of H2, a zone of the old town.")
        expectTime(TimeCase("Sales rose in ⏩H2⏪.", published: "2018-11-02", "2018-H2"))
        expectTime(TimeCase("Margins held in ⏩Q3⏪.", published: "2018-11-02", "2018-Q3"))
    }

    @Test func anAgeIsNotADecade() {
        expectNoTime("She moved to Paris in her 30s.")
    }
}

@Suite struct FuzzyAndSignalTests {
    @Test(arguments: [
        // TimeML: "late 2018" is 2018 with mod END; it covers roughly September to December.
        TimeCase("Xiaomi aims to enter the market in ⏩late 2018⏪.", "2018", mod: "END", "2018-09-01", "2018-12-31"),
        TimeCase("It could slip to ⏩early 2019⏪.", "2019", mod: "START", "2019-01-01", "2019-05-02"),
        TimeCase("Work resumes in ⏩mid-2018⏪.", "2018", mod: "MID", "2018-04-02", "2018-10-01"),
        TimeCase("Work resumes in ⏩mid-March⏪.", "2018-03", mod: "MID"),
        TimeCase("Rates rise ⏩early next year⏪.", "2019", mod: "START"),
        TimeCase("The deal closes at ⏩the end of the year⏪.", "2018", mod: "END", "2018-09-01", "2018-12-31"),
        TimeCase("The deal closes at ⏩the beginning of March⏪.", published: "2018-03-05", "2018-03", mod: "START"),
        TimeCase("The deal closed ⏩earlier this year⏪.", "2018", mod: "START", "2018-01-01", "2018-03-05"),
        TimeCase("The deal will close ⏩later this year⏪.", "2018", "2018-03-05", "2018-12-31"),
        TimeCase("Trains run again at ⏩year-end⏪.", "2018", mod: "END"),
    ])
    func fuzzy(_ c: TimeCase) { expectTime(c) }

    @Test(arguments: [
        // "by end 2018" is on or before 2018-12-31; a plan made in March cannot come before March.
        TimeCase("We plan to enter the market ⏩by end 2018⏪.", "2018", mod: "ON_OR_BEFORE", "2018-03-05", "2018-12-31"),
        TimeCase("Xiaomi is aiming to enter the U.S. market ⏩by late 2018⏪.", "2018", mod: "ON_OR_BEFORE", "2018-03-05", "2018-12-31"),
        // In a past sentence "by" says nothing of how early.
        TimeCase("The bridge had been closed ⏩by 2016⏪.", "2016", mod: "ON_OR_BEFORE", "0001-01-01", "2016-12-31"),
        TimeCase("It hopes to sell phones there ⏩as soon as this year⏪.", "2018", mod: "ON_OR_AFTER", "2018-01-01", "9999-12-31"),
        TimeCase("It hopes to enter the market ⏩before the end of the year⏪.", "2018", mod: "BEFORE", "2018-03-05", "2018-12-31"),
        TimeCase("The road stays shut ⏩until June⏪.", "2018-06", mod: "ON_OR_BEFORE"),
        TimeCase("No decision will come ⏩before 2019⏪.", "2019", mod: "BEFORE", "2018-03-05", "2018-12-31"),
        TimeCase("Prices have risen ⏩since 2015⏪.", "2015", mod: "ON_OR_AFTER", "2015-01-01", "2018-03-05"),
        TimeCase("The line will open ⏩after 2020⏪.", "2020", mod: "AFTER", "2021-01-01", "9999-12-31"),
        TimeCase("The plant will be built ⏩within two years⏪.", "P2Y", mod: "EQUAL_OR_LESS", "2018-03-05", "2020-03-05", type: "DURATION"),
        // "as early as", "as late as", "no later than" make a bare "March" or "May" a month.
        TimeCase("The phone could go on sale ⏩as early as March⏪.", "2018-03", mod: "ON_OR_AFTER", "2018-03-01", "9999-12-31"),
        TimeCase("Deliveries will slip ⏩as late as May⏪.", "2018-05", mod: "ON_OR_BEFORE", "2018-03-05", "2018-05-31"),
        TimeCase("The board must decide ⏩no later than March⏪.", "2018-03", mod: "ON_OR_BEFORE"),
        TimeCase("Sales could start ⏩as soon as next month⏪.", "2018-04", mod: "ON_OR_AFTER", "2018-04-01", "9999-12-31"),
        TimeCase("Work could begin ⏩as early as spring⏪.", "2018-SP", mod: "ON_OR_AFTER"),
        // Reported in the past tense, an earliest date still ahead stays open-ended.
        TimeCase("The firm said it could open the plant ⏩as early as next year⏪.", "2019", mod: "ON_OR_AFTER", "2019-01-01", "9999-12-31"),
    ])
    func signals(_ c: TimeCase) { expectTime(c) }

    @Test func aMarchThatIsAVerbIsNoTime() {
        expectNoTime("Protesters will march as far as the square.")
        expectNoTime("Thousands march as one through the city.")
    }
}

@Suite struct RelativeTimeTests {
    @Test(arguments: [
        TimeCase("Sales fell ⏩this year⏪.", "2018", "2018-01-01", "2018-12-31"),
        TimeCase("Sales fell ⏩last year⏪.", "2017"),
        TimeCase("Sales will rise ⏩next year⏪.", "2019"),
        TimeCase("The vote is ⏩next month⏪.", "2018-04"),
        TimeCase("The vote was ⏩last month⏪.", "2018-02"),
        TimeCase("The talks resumed ⏩this week⏪.", "2018-W10", "2018-03-05", "2018-03-11"),
        TimeCase("The talks resume ⏩next week⏪.", "2018-W11"),
        TimeCase("The talks stalled ⏩last week⏪.", "2018-W09"),
        TimeCase("The mayor resigned ⏩yesterday⏪.", "2018-03-04"),
        TimeCase("The mayor resigns ⏩today⏪.", "2018-03-05"),
        TimeCase("The mayor resigns ⏩tomorrow⏪.", "2018-03-06"),
        TimeCase("The plant closed ⏩two years ago⏪.", "2016"),
        TimeCase("The plant closed ⏩three days ago⏪.", "2018-03-02"),
        TimeCase("The plant closed ⏩six months ago⏪.", "2017-09"),
        TimeCase("Prices will rise in ⏩the coming weeks⏪.", "FUTURE_REF", "2018-03-05"),
        TimeCase("Prices have fallen in ⏩recent years⏪.", "PAST_REF"),
        TimeCase("The company is ⏩now⏪ profitable.", "PRESENT_REF"),
        TimeCase("The firm ⏩recently⏪ hired a chief.", "PAST_REF"),
        TimeCase("The mayor spoke ⏩this morning⏪.", "2018-03-05TMO", type: "TIME"),
        TimeCase("The mayor spoke ⏩last night⏪.", "2018-03-04TNI", type: "TIME"),
    ])
    func deictic(_ c: TimeCase) { expectTime(c) }

    @Test(arguments: [
        // 2018-03-05 is a Monday. Weekdays resolve to the nearest such day in the tense's direction.
        TimeCase("The council voted ⏩Friday⏪.", "2018-03-02"),
        TimeCase("The council will vote ⏩Friday⏪.", "2018-03-09"),
        TimeCase("The council said ⏩Monday⏪ it would wait.", "2018-03-05"),
        TimeCase("The council meets ⏩next Monday⏪.", "2018-03-12"),
        TimeCase("The council met ⏩last Thursday⏪.", "2018-03-01"),
        TimeCase("The council will decide ⏩by Friday⏪.", "2018-03-09", mod: "ON_OR_BEFORE"),
        TimeCase("The vote is set for ⏩Wednesday at 3 p.m.⏪", "2018-03-07T15:00", type: "TIME"),
        TimeCase("Polls close at ⏩8 p.m. EST⏪.", "2018-03-05T20:00", type: "TIME"),
        TimeCase("The launch is at ⏩14:00 UTC⏪.", "2018-03-05T14:00Z", type: "TIME"),
        TimeCase("The launch was ⏩Friday night⏪.", "2018-03-02"),
    ])
    func weekdaysAndTimes(_ c: TimeCase) { expectTime(c) }

    @Test func narrativeTimesFollowTheStory() {
        let problems = valueProblems(
            "The storm hit on ⏩June 3, 2016⏪. Power returned ⏩three days later⏪ and schools reopened ⏩the following week⏪.",
            published: "2018-03-05", values: ["2016-06-03", "2016-06-06", "2016-W24"])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func hoursLaterStayOnTheDayOrMoveByWholeDays() {
        let problems = valueProblems(
            "On ⏩Sunday, October 29⏪, he crossed. ⏩Ten hours later⏪ he was given a pass. ⏩Three days later⏪ he left. ⏩Thirty hours later⏪ he was home. "
                + "The road opened ⏩two hours ago⏪.",
            published: "2023-11-07", values: ["2023-10-29", "2023-10-29", "2023-11-01", "2023-11-02", "2023-11-07"])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func aDayWithoutAYearRightAfterADayInAnotherYearIsInTheStorysYear() {
        let problems = valueProblems(
            "The leak began on ⏩February 26, 2017⏪. Files followed. Nobody noticed. After the announcement, on ⏩February 28⏪, he flew to Lisbon. "
                + "He will speak on ⏩March 3⏪. Nothing more happened. Nobody called. Nobody wrote. He spoke again on ⏩March 9⏪.",
            published: "2019-04-15", values: ["2017-02-26", "2017-02-28", "2020-03-03", "2019-03-09"])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func laterWithNothingBeforeItIsADuration() {
        // No day was named before "three days later": it counts from nothing the text gives, so
        // it is not dated from the publication date. TimeML tags "three days" as a duration and
        // "later" as a signal.
        let problems = timeProblems(
            "Rescuers reached the village ⏩three days⏪ later. ⏩A week⏪ later the road reopened, and ⏩two months⏪ after that the bridge. "
                + "⏩A few days⏪ later the mayor came; ⏩several weeks⏪ earlier he had warned them. ⏩Days⏪ later it rained.",
            published: "2018-03-05"
        ) { k, t in
            let expected = ["P3D", "P1W", "P2M", "PXD", "PXW", "PXD"][k]
            var p: [String] = []
            if t.value != expected { p.append("value \(t.value), expected \(expected)") }
            if t.type != .duration { p.append("type \(t.type)") }
            if t.bounds != nil { p.append("should have no bounds") }
            return p
        }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func laterCountsFromTheLastTimeNamedAtThatPrecision() {
        // A month was named, not a day: "a week later" counts from it, "three days later" has no day.
        let problems = valueProblems(
            "The plant closed in ⏩June 2016⏪. ⏩A week later⏪ the union met, and ⏩three days⏪ later it voted.",
            published: "2018-03-05", values: ["2016-06", "2016-W23", "P3D"])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func aYearEarlierWithNothingBeforeItComparesWithNow() {
        let problems = timeProblems("Sales rose to 1.3 million from 1.2 million ⏩a year earlier⏪.", published: "2018-03-05") { _, t in
            t.value == "2017" ? [] : ["value \(t.value), expected 2017"]
        }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func aDateNamingAnUnscheduledEventReadsAsPast() {
        // Published in March: a June filing or crash can be named by its date only once it has
        // happened, so it is last June's, whatever "is" or a possessive "'s" would suggest.
        for text in [
            "Vantor's ⏩June 1⏪ bankruptcy filing was larger.",
            "Vantor's ⏩June 1⏪ bankruptcy filing is the largest on record.",
            "Investigators studied the ⏩June 1⏪ crash.",
        ] {
            let problems = timeProblems(text, published: "2012-03-10") { _, t in
                t.value == "2011-06-01" ? [] : ["value \(t.value), expected 2011-06-01"]
            }
            #expect(problems.isEmpty, "\(text): \(problems)")
        }
        // Scheduled events and deadlines still look ahead; so does a clause in the future.
        for text in [
            "The company's ⏩June 1⏪ deadline is approaching.",
            "Ohio's ⏩June 5⏪ primary is crucial.",
            "Vantor's ⏩June 1⏪ bankruptcy filing will be reviewed.",
            "It's ⏩June 1⏪ that matters.",
        ] {
            let problems = timeProblems(text, published: "2012-03-10") { _, t in
                t.value.hasPrefix("2012-06") ? [] : ["value \(t.value), expected 2012-06-…"]
            }
            #expect(problems.isEmpty, "\(text): \(problems)")
        }
    }

    @Test func aYearEarlierAfterAQuarterIsThatQuarter() {
        let problems = valueProblems("Profit rose in ⏩the third quarter⏪ from ⏩a year earlier⏪.", published: "2018-11-02", values: ["2018-Q3", "2017-Q3"])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func insideAQuoteTheReferenceIsWhenItWasSaid() {
        // Said on March 1 (a Thursday): "next week" is the week after March 1, not after publication.
        let problems = timeProblems(
            "“We will open ⏩next week⏪,” Holt said on ⏩March 1⏪.", published: "2018-03-20"
        ) { k, t in
            switch k {
            case 0:
                var p: [String] = []
                if t.value != "2018-W10" { p.append("value \(t.value), expected 2018-W10") }
                if t.anchor != .reference(CalendarDate(year: 2018, month: 3, day: 1)) { p.append("anchor \(t.anchor)") }
                return p
            default:
                return t.value == "2018-03-01" ? [] : ["value \(t.value)"]
            }
        }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func withoutAPublicationDateRelativeTimesAreUnresolved() {
        let problems = timeProblems("Xiaomi hopes to enter the market ⏩as soon as this year⏪ and to grow ⏩next year⏪.", published: nil) { _, t in
            t.isUnresolved && t.bounds == nil ? [] : ["should be unresolved, got \(t.value) \(t.anchor)"]
        }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func absoluteDatesNeedNoAnchor() {
        let problems = timeProblems("Xiaomi plans to enter the market ⏩by late 2018⏪.", published: nil) { _, t in
            var p: [String] = []
            if t.isUnresolved { p.append("an absolute year needs no anchor") }
            if t.bounds?.latest.iso != "2018-12-31" { p.append("latest \(t.bounds?.latest.iso ?? "none")") }
            if t.bounds?.isOpenStart != true { p.append("with no publication date the start stays open") }
            return p
        }
        #expect(problems.isEmpty, "\(problems)")
    }
}

@Suite struct DurationAndSetTests {
    @Test(arguments: [
        TimeCase("The plan runs for ⏩two years⏪.", "P2Y", type: "DURATION"),
        TimeCase("The strike lasted ⏩18 months⏪.", "P18M", type: "DURATION"),
        TimeCase("He signed a ⏩three-year⏪ deal.", "P3Y", type: "DURATION"),
        TimeCase("The flight took ⏩5 1/2 hours⏪.", "PT5H30M", type: "DURATION"),
        TimeCase("The review took ⏩a few weeks⏪.", "PXW", type: "DURATION"),
        TimeCase("Talks lasted ⏩more than a decade⏪.", "P10Y", mod: "MORE_THAN", type: "DURATION"),
        TimeCase("Profit rose in ⏩the first nine months⏪.", "P9M", type: "DURATION"),
        TimeCase("The paper is published ⏩daily⏪.", "P1D", type: "SET"),
        TimeCase("The committee meets ⏩every Monday⏪.", "XXXX-WXX-1", type: "SET"),
        TimeCase("Rents are reviewed ⏩twice a year⏪.", "P1Y", type: "SET"),
    ])
    func durationsAndSets(_ c: TimeCase) { expectTime(c) }

    @Test func aSecondBetrayalIsNotASecond() {
        expectNoTime("It would be a second betrayal, she said.")
        expectNoTime("A five-year-old boy was found.")
    }
}

@Suite struct DatelineTests {
    @Test func theDatelineIsThePublicationDateNotATime() {
        let text = "Mar 05 AT 10:29 AM Dana Holt 0 Comments\n\nHarbour plan advances\n\nThe harbour board will vote in late 2018."
        let article = ArticleAnalyzer.analyze(text, format: .plainText)
        #expect(article.times.map { text.slice($0.range) } == ["late 2018"])
    }

    @Test func boilerplateIsNotScanned() {
        let text = "The bridge reopens this year.\n\n© 2021 Coastal Ledger. All rights reserved."
        let article = ArticleAnalyzer.analyze(text, format: .plainText)
        #expect(article.times.map { text.slice($0.range) } == ["this year"])
        #expect(article.times.first?.isUnresolved == true)
    }
}
