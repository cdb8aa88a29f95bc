/// Anchors parsed expressions: the publication date (or the time a quotation was spoken) for
/// deictic ones ("this year", "Monday"), the last time the text named for narrative ones ("the
/// following day", "a year earlier"). Computes the TIMEX3 value and the four-bound interval.
struct TimeResolver {
    typealias Mod = TimeExpression.Mod

    let publication: CalendarDate?
    /// The last times the text named, by precision, for "three days later" (a day), "the
    /// following month" (a month or finer), "the previous year" (a year or finer).
    private(set) var lastDay: CalendarDate? = nil
    private(set) var lastMonth: CalendarDate? = nil
    private(set) var lastYear: CalendarDate? = nil
    /// The sentence `lastDay` was named in.
    private(set) var lastDaySentence = -10
    /// The last quarter or half named, and in which sentence: "a year earlier" right after "the
    /// third quarter" is the third quarter a year before.
    private(set) var lastPeriod: Granule? = nil
    private(set) var lastPeriodSentence = -10
    private(set) var sentence = 0

    mutating func beginSentence() { sentence += 1 }

    var narrative: CalendarDate? { lastDay ?? lastMonth ?? lastYear }

    func narrative(for unit: TimeUnit) -> CalendarDate? {
        switch unit {
        case .second, .minute, .hour, .day, .night: return lastDay
        case .week, .weekend, .fortnight, .month: return lastDay ?? lastMonth
        default: return lastDay ?? lastMonth ?? lastYear
        }
    }

    init(publication: CalendarDate?) {
        self.publication = publication
    }

    /// What a spec resolves to, before mods.
    enum Resolved {
        case granule(Granule)
        case reference(TimeSpec.Reference, first: CalendarDate, last: CalendarDate)
        case unresolved(String, TimeExpression.Granularity)
        case duration(String, days: Double?)
        case set(String)
    }

    /// Where the reference time came from.
    enum Source {
        case none, publication, speech, narrative, missing
    }

    mutating func resolve(_ parse: TimeParse, pieces: [Piece], tense: TimeSpec.Direction?, speech: CalendarDate?) -> TimeExpression {
        let speechTime = speech ?? publication
        var source: Source = .none
        let resolved = resolve(parse.spec, speech: speechTime, speechIsQuote: speech != nil, tense: tense, source: &source)
        var type = TimeExpression.TimexType.date
        var value: String
        var granularity: TimeExpression.Granularity
        var span: (first: Int, last: Int)? = nil
        switch resolved {
        case .granule(let g):
            value = g.value
            granularity = g.granularity
            let s = g.span
            span = (s.first.dayNumber, s.last.dayNumber)
            switch g {
            case .time, .partOfDay: type = .time
            default: type = .date
            }
        case .reference(let r, let first, let last):
            value = r.rawValue
            granularity = .reference
            span = (first.dayNumber, last.dayNumber)
        case .unresolved(let v, let g):
            value = v
            granularity = g
            if case .timeOfDay = parse.spec { type = .time }
            if case .partOfDay = parse.spec { type = .time }
        case .duration(let v, _):
            value = v
            granularity = .duration
            type = .duration
        case .set(let v):
            value = v
            granularity = .set
            type = .set
        }

        var bounds: TimeBounds? = nil
        let reference: CalendarDate? = {
            switch source {
            case .narrative: return narrative ?? speechTime
            default: return speechTime
            }
        }()
        if case .granule(.fiscalYear) = resolved { granularity = .fiscalYear }
        if var (a, z) = span {
            // Fuzzy parts: early / mid / late.
            let length = z - a + 1
            switch parse.mod {
            case .start?:
                z = a + max(0, (length + 2) / 3 - 1)
            case .end?:
                a = z - max(0, (length + 2) / 3 - 1)
            case .mid?:
                a = a + length / 4
                z = max(a, z - length / 4)
            case .approx?:
                let slack = max(1, length / 4)
                a -= slack
                z += slack
            default: break
            }
            // "earlier this year": up to the reference time; "later this year": from it.
            if let ref = reference?.dayNumber {
                switch parse.clip {
                case .untilReference?: z = max(a, min(z, ref))
                case .fromReference?: a = min(z, max(a, ref))
                case nil: break
                }
            }
            let fuzzy = parse.mod == .start || parse.mod == .end || parse.mod == .mid || parse.mod == .approx
            let mid = (a + z) / 2
            bounds = fuzzy
                ? TimeBounds(earliestBegin: a, latestBegin: mid, earliestEnd: mid, latestEnd: z)
                : TimeBounds(earliestBegin: a, latestBegin: a, earliestEnd: z, latestEnd: z)
            if let signal = parse.signal {
                bounds = TimeResolver.signalled(signal, a: a, z: z, mod: parse.mod, tense: tense, reference: reference)
            }
        } else if case .duration(_, let days?) = resolved, let signal = parse.signal, let ref = reference {
            let d = Int(days.rounded())
            switch signal {
            case .within:
                bounds = TimeBounds(earliestBegin: ref.dayNumber, latestBegin: ref.dayNumber + d, earliestEnd: ref.dayNumber, latestEnd: ref.dayNumber + d)
            case .inDuration where tense != .past:
                let slack = max(1, d / 4)
                bounds = TimeBounds(earliestBegin: ref.dayNumber + d - slack, latestBegin: ref.dayNumber + d, earliestEnd: ref.dayNumber + d, latestEnd: ref.dayNumber + d + slack)
            default: break
            }
        }

        var anchor: TimeExpression.Anchor
        switch source {
        case .none: anchor = .none
        case .publication: anchor = publication.map { .publication($0) } ?? .unresolved
        case .speech: anchor = speechTime.map { .reference($0) } ?? .unresolved
        case .narrative: anchor = reference.map { .reference($0) } ?? .unresolved
        case .missing: anchor = .unresolved
        }
        if case .reference = resolved, case .unresolved = anchor { anchor = .none }
        if case .unresolved = resolved { anchor = .unresolved; bounds = nil }
        if case .duration = resolved, bounds == nil { anchor = .none }
        if case .set = resolved { anchor = .none }
        if case .duration = resolved, bounds != nil {
            anchor = speech != nil ? (speechTime.map { .reference($0) } ?? .unresolved) : (publication.map { .publication($0) } ?? .unresolved)
        }

        // Remember what the story is talking about, for the narrative expressions after it.
        if case .granule(let g) = resolved, type == .date || type == .time {
            let first = g.span.first
            switch g.granularity {
            case .time, .partOfDay, .day:
                lastDay = first
                lastDaySentence = sentence
                lastMonth = first
                lastYear = first
            case .week, .weekend, .month:
                lastDay = nil
                lastMonth = first
                lastYear = first
            case .season, .quarter, .half, .year, .fiscalYear:
                lastDay = nil
                lastMonth = nil
                lastYear = first
            default: break
            }
            // Periods derived from the last one ("a year earlier", "the year-ago quarter") do not
            // replace it.
            var derived = false
            switch parse.spec {
            case .ago, .narrativePeriod: derived = true
            default: break
            }
            if !derived, g.granularity == .quarter || g.granularity == .half {
                lastPeriod = g
                lastPeriodSentence = sentence
            }
        }

        // UTC written out: the value carries the zone ("…T18:00Z").
        if type == .time, let zone = parse.zone?.uppercased(), zone == "UTC" || zone == "GMT" || zone == "Z", value.contains(":") { value += "Z" }
        let mod = parse.signal?.mod ?? parse.mod
        return TimeExpression(
            range: 0..<0, core: 0..<0, type: type, value: value, mod: mod, bounds: bounds, anchor: anchor,
            granularity: granularity, zone: parse.zone)
    }

    /// Bounds of "by X", "before X", "after X", "as soon as X" when X covers days a…z.
    static func signalled(_ signal: TimeSignal, a: Int, z: Int, mod: Mod?, tense: TimeSpec.Direction?, reference: CalendarDate?) -> TimeBounds {
        let open0 = TimeBounds.distantPast
        let open1 = TimeBounds.distantFuture
        // A plan "by the end of the year" cannot be before it was made.
        let lower = tense == .future ? (reference?.dayNumber ?? open0) : open0
        // "has risen since 2015": up to now; "will run from 2019": no end in sight.
        let upper = tense == .past || tense == .this ? (reference?.dayNumber ?? open1) : open1
        switch signal {
        case .onOrBefore, .within, .inDuration:
            let last = z
            return TimeBounds(earliestBegin: min(lower, last), latestBegin: last, earliestEnd: min(lower, last), latestEnd: last)
        case .before:
            // "before the end of the year" reaches the end; "before 2019" stops at its start.
            let last = mod == .end ? z : a - 1
            return TimeBounds(earliestBegin: min(lower, last), latestBegin: last, earliestEnd: min(lower, last), latestEnd: last)
        case .onOrAfter:
            // "said it could open as early as next year": a bound still ahead of the reference
            // time is open-ended whatever the tense of the verb that reports it.
            let end = upper >= a ? upper : open1
            return TimeBounds(earliestBegin: a, latestBegin: end, earliestEnd: a, latestEnd: end)
        case .after:
            let first = mod == .start ? a : z + 1
            let end = upper >= first ? upper : open1
            return TimeBounds(earliestBegin: first, latestBegin: end, earliestEnd: first, latestEnd: end)
        }
    }

    // MARK: Specs

    mutating func resolve(_ spec: TimeSpec, speech: CalendarDate?, speechIsQuote: Bool, tense: TimeSpec.Direction?, source: inout Source) -> Resolved {
        func use(_ s: Source) { if source == .none || source == .publication { source = s } }
        let speechSource: Source = speechIsQuote ? .speech : .publication
        switch spec {
        case .absolute(let g):
            return .granule(g)

        case .yearless(let y):
            // "…on February 26, 2017. Two days later, on February 28, …": a day named without a
            // year right after a day in another year is in the story's year, not the
            // publication's.
            // (A few sentences on, and not about what lies ahead.)
            if case .day = y, let last = lastDay, sentence - lastDaySentence <= 3, tense != .future, last.year != speech?.year {
                source = .narrative
                return .granule(TimeResolver.year(for: y, reference: last, tense: nil, weekday: nil))
            }
            guard let ref = speech else {
                source = .missing
                return .unresolved(y.unresolvedValue, y.granularity)
            }
            use(speechSource)
            return .granule(TimeResolver.year(for: y, reference: ref, tense: tense, weekday: nil))

        case .directed(let y, let direction):
            guard let ref = speech else {
                source = .missing
                return .unresolved(y.unresolvedValue, y.granularity)
            }
            use(speechSource)
            switch direction {
            case .past:
                // "last spring" in October is the spring before this one (TimeBank's reading):
                // this year's only once it is more than half a year gone.
                let g = y.granule(in: ref.year)
                return .granule(g.span.last.dayNumber < ref.dayNumber - 180 ? g : y.granule(in: ref.year - 1))
            case .future:
                let g = y.granule(in: ref.year)
                return .granule(g.span.first > ref ? g : y.granule(in: ref.year + 1))
            case .this:
                return .granule(y.granule(in: ref.year))
            }

        case .weekday(let wd, let explicit):
            guard let ref = speech else {
                source = .missing
                return .unresolved("XXXX-WXX-\(wd + 1)", .day)
            }
            use(speechSource)
            let back = Granule.floorMod(ref.weekday - wd, 7)  // days back to the latest such weekday (0 = today)
            let ahead = Granule.floorMod(wd - ref.weekday, 7)  // days ahead (0 = today)
            switch explicit ?? tense {
            case .past?:
                let days = explicit == .past ? (back == 0 ? 7 : back) : back
                return .granule(.day(ref.adding(days: -days)))
            case .future?:
                // "next Friday" said on a Friday is a week on; "will meet Friday" on a Friday is today.
                return .granule(.day(ref.adding(days: ahead == 0 && explicit == .future ? 7 : ahead)))
            case .this?:
                if explicit == .this {
                    // "this Friday": the one in this week, looking forward when it is still to come.
                    return .granule(.day(ref.adding(days: ahead)))
                }
                return .granule(.day(back <= 3 || ahead > 3 ? ref.adding(days: -back) : ref.adding(days: ahead)))
            case nil:
                // News reports what happened: with no tense, the latest such day.
                return .granule(.day(ref.adding(days: -back)))
            }

        case .ago(let unit, let offset, let base):
            // "a year earlier"/"a year ago" right after a quarter: the same quarter a year before.
            if unit == .year, offset != 0, let last = lastPeriod, sentence - lastPeriodSentence <= 1 {
                if base == .narrative { source = .narrative } else { use(speechSource) }
                if speech == nil && base != .narrative { source = .missing; return .unresolved("XXXX-QX", .quarter) }
                return .granule(last.shifted(by: offset * (last.granularity == .quarter ? 4 : 2)))
            }
            // "three days later", "two months after that" count from the time the story last
            // named (TimeML: the previously mentioned time). With none named at that precision
            // the expression dates nothing: as TimeBank writes it, "three days" is a duration and
            // "later" a signal. ("A year earlier" with nothing before it compares with the
            // present, as in "up from 1.2 million a year earlier", and stays anchored there.)
            if base == .narrative, offset > 0, narrative(for: unit) == nil {
                let (code, factor, isTime) = unit.durationCode
                return .duration((isTime ? "PT" : "P") + "\(offset * factor)" + code, days: nil)
            }
            return resolve(.relative(unit, offset, base: base), speech: speech, speechIsQuote: speechIsQuote, tense: tense, source: &source)

        case .dayOfYear(let month, let day, let yearSpec):
            let inner = resolve(yearSpec, speech: speech, speechIsQuote: speechIsQuote, tense: tense, source: &source)
            if case .granule(let g) = inner { return .granule(Yearless.day(month: month, day: day).granule(in: g.span.first.year)) }
            if case .unresolved = inner { return .unresolved(Yearless.day(month: month, day: day).unresolvedValue, .day) }
            return inner

        case .partOfYearMonth(let month, let yearSpec):
            let inner = resolve(yearSpec, speech: speech, speechIsQuote: speechIsQuote, tense: tense, source: &source)
            if case .granule(let g) = inner { return .granule(.month(g.span.first.year, month)) }
            if case .unresolved = inner { return .unresolved("XXXX-" + Granule.pad(month, 2), .month) }
            return inner

        case .relative(let unit, let offset, let base):
            let ref: CalendarDate?
            if base == .narrative, let n = narrative(for: unit) {
                ref = n
                source = .narrative
            } else {
                ref = speech
                use(speechSource)
            }
            guard let ref else {
                source = .missing
                return .unresolved(TimeResolver.unresolvedValue(unit), TimeResolver.granularity(unit))
            }
            switch unit {
            case .day, .night:
                return .granule(.day(ref.adding(days: offset)))
            case .hour, .minute, .second:
                // "Ten hours later" is the same day or the next, by whole days passed: the day
                // it started from when under a day.
                let perDay = unit == .hour ? 24 : unit == .minute ? 1440 : 86400
                return .granule(.day(ref.adding(days: offset / perDay)))
            case .fortnight:
                return .granule(Granule.containing(ref, unit: .week).shifted(by: offset * 2))
            case .millennium:
                return .granule(.century(Granule.floorDiv(ref.year, 100) + offset * 10))
            default:
                return .granule(Granule.containing(ref, unit: unit).shifted(by: offset))
            }

        case .reference(let r, let horizon):
            guard let ref = speech else {
                return .unresolved(r.rawValue, .reference)
            }
            use(speechSource)
            switch r {
            case .present: return .reference(r, first: ref.adding(days: -horizon), last: ref)
            case .past: return .reference(r, first: ref.adding(days: -horizon), last: ref)
            case .future: return .reference(r, first: ref, last: ref.adding(days: horizon))
            }

        case .duration(let v, let days):
            return .duration(v, days: days)

        case .set(let v):
            return .set(v)

        case .timeOfDay(let day, let hour, let minute):
            let h = hour >= 24 ? 24 : hour
            let inner: Resolved = day.map { resolve($0, speech: speech, speechIsQuote: speechIsQuote, tense: tense, source: &source) }
                ?? {
                    guard let ref = speech else { return .unresolved("XXXX-XX-XX", .day) }
                    use(speechSource)
                    return .granule(.day(ref))
                }()
            switch inner {
            case .granule(.day(let d)): return .granule(.time(d, hour: h, minute: minute))
            case .granule(let g): return .granule(g)
            case .unresolved(let v, _):
                source = .missing
                return .unresolved(v + "T" + Granule.pad(h, 2) + ":" + Granule.pad(minute, 2), .time)
            default: return inner
            }

        case .partOfDay(let day, let part):
            let inner: Resolved = day.map { resolve($0, speech: speech, speechIsQuote: speechIsQuote, tense: tense, source: &source) }
                ?? {
                    guard let ref = speech else { return .unresolved("XXXX-XX-XX", .day) }
                    use(speechSource)
                    return .granule(.day(ref))
                }()
            switch inner {
            case .granule(.day(let d)):
                // "Friday night" is dated as the day (as TimeBank does); "this morning", "tonight"
                // keep the part of the day.
                switch day {
                case .weekday?, .absolute?, .yearless?, .yearlessOnWeekday?: return .granule(.day(d))
                default: return .granule(.partOfDay(d, part))
                }
            case .unresolved(let v, _):
                source = .missing
                return .unresolved(v + "T" + part, .partOfDay)
            default: return inner
            }

        case .weekOf(let day):
            let inner = resolve(day, speech: speech, speechIsQuote: speechIsQuote, tense: tense, source: &source)
            if case .granule(.day(let d)) = inner {
                let (y, w) = Granule.isoWeek(d)
                return .granule(.week(y, w))
            }
            return inner

        case .nthWeekOf(let n, let outer):
            let inner = resolve(outer, speech: speech, speechIsQuote: speechIsQuote, tense: tense, source: &source)
            if case .granule(let g) = inner {
                let s = g.span
                let day = n < 0 ? s.last.adding(days: -6) : s.first.adding(days: 7 * (n - 1))
                let (y, w) = Granule.isoWeek(day)
                return .granule(.week(y, w))
            }
            return inner

        case .partOfYear(let half, let quarter, let yearSpec):
            let inner = resolve(yearSpec, speech: speech, speechIsQuote: speechIsQuote, tense: tense, source: &source)
            switch inner {
            case .granule(let g):
                let y = g.span.first.year
                if let q = quarter { return .granule(.quarter(y, q)) }
                if let hf = half { return .granule(.half(y, hf)) }
                return inner
            case .unresolved:
                if let q = quarter { return .unresolved("XXXX-Q\(q)", .quarter) }
                if let hf = half { return .unresolved("XXXX-H\(hf)", .half) }
                return inner
            default: return inner
            }

        case .yearlessOnWeekday(let y, let weekday):
            guard let ref = speech else {
                source = .missing
                return .unresolved(y.unresolvedValue, y.granularity)
            }
            use(speechSource)
            return .granule(TimeResolver.year(for: y, reference: ref, tense: tense, weekday: weekday))

        case .narrativePeriod(let yearsBack):
            if let last = lastPeriod {
                source = .narrative
                return .granule(last.shifted(by: -yearsBack * (last.granularity == .quarter ? 4 : 2)))
            }
            guard let ref = speech else {
                source = .missing
                return .unresolved("XXXX-QX", .quarter)
            }
            use(speechSource)
            // With no quarter named, the latest one reported: the one before the reference's.
            return .granule(Granule.containing(ref, unit: .quarter).shifted(by: -1 - 4 * yearsBack))

        case .weekend(let direction):
            guard let ref = speech else {
                source = .missing
                return .unresolved("XXXX-WXX-WE", .weekend)
            }
            use(speechSource)
            let (y, w) = Granule.isoWeek(ref)
            let this = Granule.weekend(y, w)
            let inWeekend = ref.weekday >= 5
            switch direction ?? tense {
            case .past?: return .granule(inWeekend && direction == nil ? this : this.shifted(by: -1))
            case .future?: return .granule(inWeekend ? this.shifted(by: 1) : this)
            case .this?: return .granule(this)
            case nil: return .granule(ref.weekday <= 1 ? this.shifted(by: -1) : this)
            }

        case .fiscal(let inner):
            let r = resolve(inner, speech: speech, speechIsQuote: speechIsQuote, tense: tense, source: &source)
            if case .granule(.year(let y)) = r { return .granule(.fiscalYear(y)) }
            return r
        }
    }

    /// The year a year-less date falls in: the reference year, moved by the tense when the date
    /// would otherwise lie well on the wrong side of the reference time (a past-tense sentence
    /// about "March 12" three weeks ahead still means this year's), else the nearer year. A
    /// weekday written with the date picks the year it falls on.
    static func year(for y: Yearless, reference ref: CalendarDate, tense: TimeSpec.Direction?, weekday: Int?) -> Granule {
        let candidates = [y.granule(in: ref.year - 1), y.granule(in: ref.year), y.granule(in: ref.year + 1)]
        if let weekday, case .day = y {
            let matching = candidates.filter { if case .day(let d) = $0 { return d.weekday == weekday } else { return false } }
            if matching.count == 1, let only = matching.first { return only }
        }
        let current = candidates[1]
        let s = current.span
        let r = ref.dayNumber
        // How long the unit lasts: a quarter's results come out weeks after it ends.
        let length = s.last.dayNumber - s.first.dayNumber + 1
        switch tense {
        case .future?:
            if s.last.dayNumber < r - max(7, length) { return candidates[2] }
            return current
        case .past?:
            // A past-tense sentence often reports a plan for a date weeks ahead ("invited them to
            // a ceremony on March 12"): only a date well ahead moves to last year.
            if s.first.dayNumber > r + max(60, length) { return candidates[0] }
            return current
        default:
            // No tense to go by: the nearer of the three.
            func distance(_ g: Granule) -> Int {
                let sp = g.span
                if sp.last.dayNumber < r { return r - sp.last.dayNumber }
                if sp.first.dayNumber > r { return sp.first.dayNumber - r }
                return 0
            }
            var best = current
            for c in [candidates[0], candidates[2]] where distance(c) < distance(best) { best = c }
            return best
        }
    }

    static func unresolvedValue(_ unit: TimeUnit) -> String {
        switch unit {
        case .second, .minute, .hour, .day, .night: return "XXXX-XX-XX"
        case .week, .fortnight: return "XXXX-WXX"
        case .weekend: return "XXXX-WXX-WE"
        case .month: return "XXXX-XX"
        case .quarter: return "XXXX-QX"
        case .half: return "XXXX-HX"
        case .year: return "XXXX"
        case .decade: return "XXX"
        case .century, .millennium: return "XX"
        }
    }

    static func granularity(_ unit: TimeUnit) -> TimeExpression.Granularity {
        switch unit {
        case .second, .minute, .hour: return .time
        case .day, .night: return .day
        case .week, .fortnight: return .week
        case .weekend: return .weekend
        case .month: return .month
        case .quarter: return .quarter
        case .half: return .half
        case .year: return .year
        case .decade: return .decade
        case .century, .millennium: return .century
        }
    }
}
