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

    public var range: Range<Int>
    public var type: TimexType
    /// TIMEX3 value: "2018", "2018-03", "2018-03-05", "2018-W11", "2018-Q3", "2018-SU", "P2Y",
    /// "PRESENT_REF", or an underspecified value such as "XXXX-03" when unresolved.
    public var value: String
    public var mod: Mod?
    /// The days this time can cover: four bounds, as in interval-based temporal reasoning.
    public var bounds: TimeBounds?
    public var anchor: Anchor

    public init(range: Range<Int>, type: TimexType, value: String, mod: Mod? = nil, bounds: TimeBounds? = nil, anchor: Anchor = .none) {
        self.range = range
        self.type = type
        self.value = value
        self.mod = mod
        self.bounds = bounds
        self.anchor = anchor
    }

    public var isUnresolved: Bool { anchor == .unresolved }
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

    /// Whether the two could be (partly) the same time.
    public func canOverlap(_ other: TimeBounds) -> Bool {
        earliestBegin <= other.latestEnd && other.earliestBegin <= latestEnd
    }
}
