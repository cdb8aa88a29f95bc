/// A time expression, normalised TimeML-style, with an interval for reasoning about overlap.
public struct TimeExpression: Sendable, Hashable {
    public enum TimexType: String, Sendable, Hashable {
        case date = "DATE"
        case time = "TIME"
        case duration = "DURATION"
        case set = "SET"
    }

    public enum Mod: String, Sendable, Hashable {
        case start = "START"
        case mid = "MID"
        case end = "END"
        case before = "BEFORE"
        case after = "AFTER"
        case onOrBefore = "ON_OR_BEFORE"
        case onOrAfter = "ON_OR_AFTER"
        case approx = "APPROX"
        case lessThan = "LESS_THAN"
        case moreThan = "MORE_THAN"
        case equalOrLess = "EQUAL_OR_LESS"
        case equalOrMore = "EQUAL_OR_MORE"
    }

    public enum Anchor: Sendable, Hashable {
        /// Absolute: needs no reference time ("March 5, 2018").
        case none
        /// Resolved against the article's publication date.
        case publication(CalendarDate)
        /// Resolved against another time in the text.
        case reference(CalendarDate)
        /// Relative, but there was nothing to resolve it against.
        case unresolved
    }

    /// What the writer sees as the time, with any leading signal: "by end 2018", "as soon as this year".
    public var range: Range<Int>
    /// The TimeML extent: `range` without a leading signal ("end 2018", "this year"). Equal to
    /// `range` when there is no signal.
    public var core: Range<Int>
    public var type: TimexType
    /// TIMEX3 value: "2018", "2018-03", "2018-03-05", "2018-W11", "2018-Q3", "2018-SU", "P2Y",
    /// "PRESENT_REF", or an underspecified value such as "XXXX-03" when unresolved.
    public var value: String
    public var mod: Mod?
    /// The days this time can cover: four bounds, as in interval-based temporal reasoning.
    public var bounds: TimeBounds?
    public var anchor: Anchor
    /// How precisely the expression names its time (for display and for "a year earlier"-style
    /// references to the last time mentioned).
    public var granularity: Granularity
    /// A time zone written with a time of day ("EST", "GMT", "local time"), as written.
    public var zone: String?

    /// The unit a time is named in, coarsest last.
    public enum Granularity: Int, Sendable, Hashable, Comparable {
        case time, partOfDay, day, weekend, week, month, season, quarter, half, year, fiscalYear, decade, century, reference, duration, set

        public static func < (a: Granularity, b: Granularity) -> Bool { a.rawValue < b.rawValue }
    }

    public init(
        range: Range<Int>, core: Range<Int>? = nil, type: TimexType, value: String, mod: Mod? = nil, bounds: TimeBounds? = nil,
        anchor: Anchor = .none, granularity: Granularity = .day, zone: String? = nil
    ) {
        self.range = range
        self.core = core ?? range
        self.type = type
        self.value = value
        self.mod = mod
        self.bounds = bounds
        self.anchor = anchor
        self.granularity = granularity
        self.zone = zone
    }

    public var isUnresolved: Bool { anchor == .unresolved }

    /// Needs a reference time to mean anything ("this year", "Monday", "two weeks ago").
    public var isRelative: Bool {
        switch anchor {
        case .publication, .reference, .unresolved: return true
        case .none: return false
        }
    }
}

/// An uncertain interval: the begin lies in [earliestBegin, latestBegin] and the end in
/// [earliestEnd, latestEnd]. Days are `CalendarDate.dayNumber`s; ends are inclusive.
public struct TimeBounds: Sendable, Hashable {
    public var earliestBegin: Int
    public var latestBegin: Int
    public var earliestEnd: Int
    public var latestEnd: Int

    public init(earliestBegin: Int, latestBegin: Int, earliestEnd: Int, latestEnd: Int) {
        self.earliestBegin = earliestBegin
        self.latestBegin = latestBegin
        self.earliestEnd = earliestEnd
        self.latestEnd = latestEnd
    }

    /// A known span of days, first to last inclusive.
    public init(from first: CalendarDate, to last: CalendarDate) {
        self.init(earliestBegin: first.dayNumber, latestBegin: first.dayNumber, earliestEnd: last.dayNumber, latestEnd: last.dayNumber)
    }

    public var earliest: CalendarDate { CalendarDate(dayNumber: earliestBegin) }
    public var latest: CalendarDate { CalendarDate(dayNumber: latestEnd) }

    /// Day numbers standing for "no bound": an open start ("by 2018": any time up to then) or an
    /// open end ("as soon as this year"). They print as 0001-01-01 and 9999-12-31.
    public static let distantPast = CalendarDate(year: 1, month: 1, day: 1).dayNumber
    public static let distantFuture = CalendarDate(year: 9999, month: 12, day: 31).dayNumber

    /// The start is open: nothing says how early it can be.
    public var isOpenStart: Bool { earliestBegin <= TimeBounds.distantPast }
    /// The end is open: nothing says how late it can be.
    public var isOpenEnd: Bool { latestEnd >= TimeBounds.distantFuture }

    /// The earliest day, or nil when the start is open.
    public var earliestIfBounded: CalendarDate? { isOpenStart ? nil : earliest }
    /// The latest day, or nil when the end is open.
    public var latestIfBounded: CalendarDate? { isOpenEnd ? nil : latest }

    /// Days either bound could fall on, merged with another (for "by end 2018, or by early 2019").
    public func union(_ other: TimeBounds) -> TimeBounds {
        TimeBounds(
            earliestBegin: min(earliestBegin, other.earliestBegin), latestBegin: max(latestBegin, other.latestBegin),
            earliestEnd: min(earliestEnd, other.earliestEnd), latestEnd: max(latestEnd, other.latestEnd))
    }

    /// Whether the two could be (partly) the same time.
    public func canOverlap(_ other: TimeBounds) -> Bool {
        earliestBegin <= other.latestEnd && other.earliestBegin <= latestEnd
    }
}
