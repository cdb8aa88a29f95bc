/// A named stretch of the calendar: a year, a quarter, a month, an ISO week, a day, a time of day.
/// Knows its TIMEX3 value and the days it covers.
enum Granule: Sendable, Hashable {
    /// 19 → the 1900s ("19").
    case century(Int)
    /// 199 → the 1990s ("199").
    case decade(Int)
    case year(Int)
    /// A fiscal year, named by the calendar year it ends in ("FY2018").
    case fiscalYear(Int)
    case half(Int, Int)
    case quarter(Int, Int)
    case season(Int, Season)
    case month(Int, Int)
    /// ISO 8601 year and week.
    case week(Int, Int)
    case weekend(Int, Int)
    case day(CalendarDate)
    case partOfDay(CalendarDate, String)
    case time(CalendarDate, hour: Int, minute: Int)

    var granularity: TimeExpression.Granularity {
        switch self {
        case .century: return .century
        case .decade: return .decade
        case .year: return .year
        case .fiscalYear: return .fiscalYear
        case .half: return .half
        case .quarter: return .quarter
        case .season: return .season
        case .month: return .month
        case .week: return .week
        case .weekend: return .weekend
        case .day: return .day
        case .partOfDay: return .partOfDay
        case .time: return .time
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    var value: String {
        switch self {
        case .century(let c): return Granule.pad(c, 2)
        case .decade(let d): return Granule.pad(d, 3)
        case .year(let y): return Granule.pad(y, 4)
        // TimeBank writes fiscal years as the plain year; the bounds keep their fiscal span.
        case .fiscalYear(let y): return Granule.pad(y, 4)
        case .half(let y, let h): return "\(Granule.pad(y, 4))-H\(h)"
        case .quarter(let y, let q): return "\(Granule.pad(y, 4))-Q\(q)"
        case .season(let y, let s): return "\(Granule.pad(y, 4))-\(s.code)"
        case .month(let y, let m): return "\(Granule.pad(y, 4))-\(Granule.pad(m, 2))"
        case .week(let y, let w): return "\(Granule.pad(y, 4))-W\(Granule.pad(w, 2))"
        case .weekend(let y, let w): return "\(Granule.pad(y, 4))-W\(Granule.pad(w, 2))-WE"
        case .day(let d): return d.iso
        case .partOfDay(let d, let p): return d.iso + "T" + p
        case .time(let d, let h, let m): return d.iso + "T" + Granule.pad(h, 2) + ":" + Granule.pad(m, 2)
        }
    }

    /// First and last day covered.
    var span: (first: CalendarDate, last: CalendarDate) {
        switch self {
        case .century(let c):
            return (CalendarDate(year: c * 100, month: 1, day: 1), CalendarDate(year: c * 100 + 99, month: 12, day: 31))
        case .decade(let d):
            return (CalendarDate(year: d * 10, month: 1, day: 1), CalendarDate(year: d * 10 + 9, month: 12, day: 31))
        case .year(let y):
            return (CalendarDate(year: y, month: 1, day: 1), CalendarDate(year: y, month: 12, day: 31))
        case .fiscalYear(let y):
            // Fiscal years end anywhere from January to December of the year they are named by.
            return (CalendarDate(year: y - 1, month: 2, day: 1), CalendarDate(year: y, month: 12, day: 31))
        case .half(let y, let h):
            return h <= 1
                ? (CalendarDate(year: y, month: 1, day: 1), CalendarDate(year: y, month: 6, day: 30))
                : (CalendarDate(year: y, month: 7, day: 1), CalendarDate(year: y, month: 12, day: 31))
        case .quarter(let y, let q):
            let q = min(max(q, 1), 4)
            let m = (q - 1) * 3 + 1
            return (CalendarDate(year: y, month: m, day: 1), CalendarDate(year: y, month: m + 2, day: CalendarDate.daysIn(month: m + 2, year: y)))
        case .season(let y, let s):
            switch s {
            case .spring: return (CalendarDate(year: y, month: 3, day: 1), CalendarDate(year: y, month: 6, day: 21))
            case .summer: return (CalendarDate(year: y, month: 6, day: 1), CalendarDate(year: y, month: 9, day: 22))
            case .fall: return (CalendarDate(year: y, month: 9, day: 1), CalendarDate(year: y, month: 12, day: 21))
            // "Winter 2018" is ambiguous between its January and its December: cover both.
            case .winter: return (CalendarDate(year: y, month: 1, day: 1), CalendarDate(year: y + 1, month: 3, day: 20))
            }
        case .month(let y, let m):
            let m = min(max(m, 1), 12)
            return (CalendarDate(year: y, month: m, day: 1), CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y)))
        case .week(let y, let w):
            let monday = Granule.mondayOfISOWeek(year: y, week: w)
            return (monday, monday.adding(days: 6))
        case .weekend(let y, let w):
            let monday = Granule.mondayOfISOWeek(year: y, week: w)
            return (monday.adding(days: 5), monday.adding(days: 6))
        case .day(let d), .partOfDay(let d, _), .time(let d, _, _):
            return (d, d)
        }
    }

    /// The granule `n` of its own units later (negative: earlier).
    func shifted(by n: Int) -> Granule {
        switch self {
        case .century(let c): return .century(c + n)
        case .decade(let d): return .decade(d + n)
        case .year(let y): return .year(y + n)
        case .fiscalYear(let y): return .fiscalYear(y + n)
        case .half(let y, let h):
            let index = y * 2 + (h - 1) + n
            return .half(Granule.floorDiv(index, 2), Granule.floorMod(index, 2) + 1)
        case .quarter(let y, let q):
            let index = y * 4 + (q - 1) + n
            return .quarter(Granule.floorDiv(index, 4), Granule.floorMod(index, 4) + 1)
        case .season(let y, let s): return .season(y + n, s)
        case .month(let y, let m):
            let index = y * 12 + (m - 1) + n
            return .month(Granule.floorDiv(index, 12), Granule.floorMod(index, 12) + 1)
        case .week(let y, let w):
            let (yy, ww) = Granule.isoWeek(Granule.mondayOfISOWeek(year: y, week: w).adding(days: 7 * n))
            return .week(yy, ww)
        case .weekend(let y, let w):
            let (yy, ww) = Granule.isoWeek(Granule.mondayOfISOWeek(year: y, week: w).adding(days: 7 * n))
            return .weekend(yy, ww)
        case .day(let d): return .day(d.adding(days: n))
        case .partOfDay(let d, let p): return .partOfDay(d.adding(days: n), p)
        case .time(let d, let h, let m): return .time(d.adding(days: n), hour: h, minute: m)
        }
    }

    /// The granule of `unit` that contains `date`.
    static func containing(_ date: CalendarDate, unit: TimeUnit) -> Granule {
        switch unit {
        case .second, .minute, .hour, .day, .night: return .day(date)
        case .week, .fortnight:
            let (y, w) = isoWeek(date)
            return .week(y, w)
        case .weekend:
            let (y, w) = isoWeek(date)
            return .weekend(y, w)
        case .month: return .month(date.year, date.month)
        case .quarter: return .quarter(date.year, (date.month - 1) / 3 + 1)
        case .half: return .half(date.year, date.month <= 6 ? 1 : 2)
        case .year: return .year(date.year)
        case .decade: return .decade(floorDiv(date.year, 10))
        case .century, .millennium: return .century(floorDiv(date.year, 100))
        }
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }

    /// ISO 8601 week-numbering year and week of a day.
    static func isoWeek(_ date: CalendarDate) -> (year: Int, week: Int) {
        // The week's Thursday decides its year.
        let thursday = date.adding(days: 3 - date.weekday)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)
        let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
        return (thursday.year, week)
    }

    static func mondayOfISOWeek(year: Int, week: Int) -> CalendarDate {
        let jan4 = CalendarDate(year: year, month: 1, day: 4)
        let mondayWeek1 = jan4.adding(days: -jan4.weekday)
        return mondayWeek1.adding(days: (week - 1) * 7)
    }

    /// The `n`th (1-based) `weekday` of a month, or the last one when `n` is -1.
    static func nthWeekday(_ n: Int, _ weekday: Int, month: Int, year: Int) -> CalendarDate {
        if n < 0 {
            let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
            return last.adding(days: -floorMod(last.weekday - weekday, 7))
        }
        let first = CalendarDate(year: year, month: month, day: 1)
        return first.adding(days: floorMod(weekday - first.weekday, 7) + 7 * (n - 1))
    }

    /// Western Easter Sunday (anonymous Gregorian computus).
    static func easter(_ year: Int) -> CalendarDate {
        let a = floorMod(year, 19)
        let b = floorDiv(year, 100)
        let c = floorMod(year, 100)
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }

    static func holiday(_ h: MovableHoliday, year: Int) -> CalendarDate {
        switch h {
        case .thanksgiving: return nthWeekday(4, 3, month: 11, year: year)
        case .blackFriday: return nthWeekday(4, 3, month: 11, year: year).adding(days: 1)
        case .cyberMonday: return nthWeekday(4, 3, month: 11, year: year).adding(days: 4)
        case .laborDay: return nthWeekday(1, 0, month: 9, year: year)
        case .memorialDay: return nthWeekday(-1, 0, month: 5, year: year)
        case .easter: return easter(year)
        case .easterMonday: return easter(year).adding(days: 1)
        case .goodFriday: return easter(year).adding(days: -2)
        case .ashWednesday: return easter(year).adding(days: -46)
        case .mothersDay: return nthWeekday(2, 6, month: 5, year: year)
        case .fathersDay: return nthWeekday(3, 6, month: 6, year: year)
        case .electionDay: return nthWeekday(1, 0, month: 11, year: year).adding(days: 1)
        case .mlkDay: return nthWeekday(3, 0, month: 1, year: year)
        case .presidentsDay: return nthWeekday(3, 0, month: 2, year: year)
        case .columbusDay: return nthWeekday(2, 0, month: 10, year: year)
        case .superBowlSunday: return nthWeekday(1, 6, month: 2, year: year)
        }
    }
}
