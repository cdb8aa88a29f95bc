/// What a time expression says before it is anchored: "this year" is the year containing the
/// reference time; "March 5" is a day whose year comes from the reference time and the tense.
indirect enum TimeSpec: Sendable, Hashable {
    /// Needs no anchor: "March 5, 2018", "2018-Q3", "the 1990s".
    case absolute(Granule)
    /// A calendar unit without its year.
    case yearless(Yearless)
    /// `offset` units from the reference time: "this year" (0), "next month" (+1), "two weeks ago"
    /// (-2), "yesterday" (day, -1). `base` says which reference time.
    case relative(TimeUnit, Int, base: Base)
    /// "two years ago", "a year earlier", "three days later": like `relative`, but right after a
    /// quarter ("the third quarter … a year earlier") it shifts that quarter.
    case ago(TimeUnit, Int, base: Base)
    /// A weekday, in an explicit direction ("last Friday") or the sentence's tense (nil).
    case weekday(Int, Direction?)
    /// A year-less unit in an explicit direction: "last March", "next summer".
    case directed(Yearless, Direction)
    /// PRESENT_REF, PAST_REF, FUTURE_REF, with how far from the reference time it may reach (days).
    case reference(Reference, horizon: Int)
    case duration(String, days: Double?)
    case set(String)
    /// A time of day on a day (nil: the reference day).
    case timeOfDay(TimeSpec?, hour: Int, minute: Int)
    /// A part of a day ("Monday morning", "tonight"); nil day: the reference day.
    case partOfDay(TimeSpec?, String)
    /// The ISO week containing a day: "the week of March 6".
    case weekOf(TimeSpec)
    /// The first (1…) or last (-1) week of a month or year.
    case nthWeekOf(Int, TimeSpec)
    /// A half or quarter of a year given relatively ("the second half of next year").
    case partOfYear(half: Int?, quarter: Int?, TimeSpec)
    /// A day of a year given relatively ("March 5 of next year").
    case dayOfYear(month: Int, day: Int, TimeSpec)
    /// A month of a year given relatively ("July last year").
    case partOfYearMonth(Int, TimeSpec)
    /// A fiscal year given relatively ("this fiscal year").
    case fiscal(TimeSpec)
    /// A year-less day written with its weekday ("Monday, March 5"): the weekday picks the year.
    case yearlessOnWeekday(Yearless, Int)
    /// The reporting period the story is about ("the quarter", "the year-earlier period"): the
    /// last quarter or half it named, `yearsBack` years before.
    case narrativePeriod(yearsBack: Int)
    /// A weekend: "this weekend", "last weekend", "the weekend" (by tense when nil).
    case weekend(Direction?)

    enum Base: Sendable, Hashable {
        /// The publication date, or, inside a quotation, when it was said.
        case speech
        /// The last time the text mentioned ("three days later", "the following year").
        case narrative
    }

    enum Direction: Sendable, Hashable {
        case past, future, this
    }

    enum Reference: String, Sendable, Hashable {
        case present = "PRESENT_REF"
        case past = "PAST_REF"
        case future = "FUTURE_REF"
    }
}

enum Yearless: Sendable, Hashable {
    case month(Int)
    case day(month: Int, day: Int)
    case season(Season)
    case quarter(Int)
    case half(Int)
    case holiday(MovableHoliday)

    func granule(in year: Int) -> Granule {
        switch self {
        case .month(let m): return .month(year, m)
        case .day(let m, let d):
            let day = min(d, CalendarDate.daysIn(month: m, year: year))
            return .day(CalendarDate(year: year, month: m, day: day))
        case .season(let s): return .season(year, s)
        case .quarter(let q): return .quarter(year, q)
        case .half(let h): return .half(year, h)
        case .holiday(let h): return .day(Granule.holiday(h, year: year))
        }
    }

    /// The TIMEX3 value with the year unknown: "XXXX-03", "XXXX-12-25", "XXXX-SU".
    var unresolvedValue: String {
        switch self {
        case .month(let m): return "XXXX-" + Granule.pad(m, 2)
        case .day(let m, let d): return "XXXX-" + Granule.pad(m, 2) + "-" + Granule.pad(d, 2)
        case .season(let s): return "XXXX-" + s.code
        case .quarter(let q): return "XXXX-Q\(q)"
        case .half(let h): return "XXXX-H\(h)"
        case .holiday: return "XXXX-XX-XX"
        }
    }

    var granularity: TimeExpression.Granularity {
        switch self {
        case .month: return .month
        case .day, .holiday: return .day
        case .season: return .season
        case .quarter: return .quarter
        case .half: return .half
        }
    }
}

/// A leading word that bounds a time on one side: "by", "before", "after", "as soon as".
enum TimeSignal: Sendable, Hashable {
    case before, onOrBefore, after, onOrAfter
    /// "within two years": no later than the reference time plus the duration.
    case within
    /// "in two years": about the reference time plus the duration.
    case inDuration

    var mod: TimeExpression.Mod? {
        switch self {
        case .before: return .before
        case .onOrBefore: return .onOrBefore
        case .after: return .after
        case .onOrAfter: return .onOrAfter
        case .within: return .equalOrLess
        case .inDuration: return nil
        }
    }
}

/// One parsed expression, in pieces of its sentence, before anchoring.
struct TimeParse: Sendable {
    /// Piece indices: the whole match (with signal), the TimeML extent, and the end (exclusive).
    var start: Int
    var coreStart: Int
    var end: Int
    var spec: TimeSpec
    /// START/MID/END and the approximation mods (APPROX, LESS_THAN, …).
    var mod: TimeExpression.Mod?
    var signal: TimeSignal?
    /// "earlier this year": up to the reference time; "later this year": from it.
    var clip: Clip?
    var zone: String?

    enum Clip: Sendable, Hashable {
        case untilReference, fromReference
    }
}
