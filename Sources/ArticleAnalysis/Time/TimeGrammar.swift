/// The rules that recognise time expressions in one sentence's pieces. Each rule returns how far it
/// matched and what the words say (`TimeSpec`); the tagger keeps the longest match at each place.
struct TimeGrammar {
    typealias W = TimeWords
    typealias Mod = TimeExpression.Mod

    let b: UnsafeBufferPointer<UInt8>
    let p: [Piece]

    /// A core match: end (exclusive), what it says, and its mod.
    struct Core {
        var end: Int
        var spec: TimeSpec
        var mod: Mod? = nil
        var clip: TimeParse.Clip? = nil
        var zone: String? = nil
        /// Where the TimeML extent starts, when the rule knows better than its first piece.
        var extentStart: Int? = nil
    }

    // MARK: Piece access

    @inline(__always) func h(_ i: Int) -> UInt64 { i >= 0 && i < p.count ? p[i].hash : 0 }
    @inline(__always) func valid(_ i: Int) -> Bool { i >= 0 && i < p.count }
    @inline(__always) func value(_ i: Int) -> Int { valid(i) ? p[i].value : -1 }
    @inline(__always) func isCap(_ i: Int) -> Bool { valid(i) && (p[i].flags.contains(.capitalized) || p[i].flags.contains(.allCaps)) }
    @inline(__always) func isLower(_ i: Int) -> Bool { valid(i) && p[i].flags.contains(.lowercase) }
    @inline(__always) func isWord(_ i: Int) -> Bool { valid(i) && p[i].kind == .word }
    @inline(__always) func glued(_ i: Int) -> Bool { valid(i) && (p[i].joined || !p[i].flags.contains(.spaceBefore)) }
    func isPunct(_ i: Int, _ byte: UInt8) -> Bool {
        valid(i) && p[i].kind == .punctuation && p[i].end - p[i].start >= 1 && b[p[i].start] == byte
    }
    /// A period glued to the previous piece ("Sept.").
    func isGluedPeriod(_ i: Int) -> Bool { isPunct(i, 0x2E) && !p[i].flags.contains(.spaceBefore) }

    /// Digits at the start of a word piece, and where its letters start ("5th", "1990s", "10am").
    func leadingNumber(_ i: Int) -> (value: Int, digits: Int, suffix: UInt64)? {
        guard valid(i), p[i].kind == .word, p[i].start < p[i].end, Bytes.isDigit(b[p[i].start]) else { return nil }
        var k = p[i].start
        var v = 0
        var n = 0
        while k < p[i].end, Bytes.isDigit(b[k]) {
            if n < 9 { v = v * 10 + Int(b[k] - 0x30) }
            n += 1
            k += 1
        }
        // "10:30pm": the minutes belong to the number part.
        if k < p[i].end, b[k] == 0x3A { return nil }
        return (v, n, Bytes.wordHash(b, k..<p[i].end))
    }

    /// Letters then digits in one piece ("FY2018", "Q3", "H1"): the letters' hash and the number.
    func lettersThenNumber(_ i: Int) -> (prefix: UInt64, value: Int, digits: Int)? {
        guard valid(i), p[i].kind == .word else { return nil }
        var k = p[i].start
        while k < p[i].end, Bytes.isASCIILetter(b[k]) { k += 1 }
        guard k > p[i].start, k < p[i].end else { return nil }
        var v = 0
        var n = 0
        var d = k
        while d < p[i].end {
            guard Bytes.isDigit(b[d]) else { return nil }
            if n < 9 { v = v * 10 + Int(b[d] - 0x30) }
            n += 1
            d += 1
        }
        return (Bytes.wordHash(b, p[i].start..<k), v, n)
    }

    /// "10:29", "9:05": hour and minute.
    func clock(_ i: Int) -> (hour: Int, minute: Int, suffix: UInt64)? {
        guard valid(i) else { return nil }
        var k = p[i].start
        var hour = 0
        var n = 0
        while k < p[i].end, Bytes.isDigit(b[k]) {
            guard n < 2 else { return nil }  // not a clock; and a long digit run must not overflow
            hour = hour * 10 + Int(b[k] - 0x30)
            n += 1
            k += 1
        }
        guard n >= 1, n <= 2, k < p[i].end, b[k] == 0x3A || (b[k] == 0x2E && p[i].kind == .word) else { return nil }
        k += 1
        var minute = 0
        var m = 0
        while k < p[i].end, Bytes.isDigit(b[k]) {
            guard m < 2 else { return nil }
            minute = minute * 10 + Int(b[k] - 0x30)
            m += 1
            k += 1
        }
        // Seconds ("10:29:30") are allowed and ignored.
        if k < p[i].end, b[k] == 0x3A {
            k += 1
            while k < p[i].end, Bytes.isDigit(b[k]) { k += 1 }
        }
        guard m == 2, hour <= 24, minute <= 59 else { return nil }
        return (hour, minute, Bytes.wordHash(b, k..<p[i].end))
    }

    // MARK: Entry

    /// The longest time expression starting at piece `i`.
    /// Whether an expression can start at piece `i`: a number or a word from
    /// `TimeWords.expressionStarts` (in any case). Most words are neither, and the grammar skips them.
    @inline(__always) func mayStart(_ i: Int) -> Bool {
        let piece = p[i]
        if piece.kind != .word { return true }
        if piece.flags.contains(.hasDigit) { return true }
        // Word hashes ignore case: "Early", "March" and "Christmas" are in the set as they are.
        return W.expressionStarts.contains(piece.hash)
    }

    func parse(at i: Int) -> TimeParse? {
        guard valid(i), p[i].kind != .punctuation || p[i].hash == W.apostrophe, mayStart(i) else {
            return nil
        }
        if let (length, signal) = signal(at: i), let inner = parseUnsignalled(at: i + length) {
            switch inner.spec {
            case .set: break
            case .duration:
                // "within two years", "in three months": a duration reaching from the reference
                // time ("in the first nine months" is a period, not an offset).
                if signal == .within || (signal == .inDuration && h(i + length) != W.the) {
                    return TimeParse(start: i, coreStart: inner.coreStart, end: inner.end, spec: inner.spec, mod: inner.mod, signal: signal, clip: inner.clip, zone: inner.zone)
                }
            default:
                if signal != .within && signal != .inDuration && inner.signal == nil {
                    return TimeParse(start: i, coreStart: inner.coreStart, end: inner.end, spec: inner.spec, mod: inner.mod, signal: signal, clip: inner.clip, zone: inner.zone)
                }
            }
        }
        return parseUnsignalled(at: i)
    }

    func parseUnsignalled(at i: Int) -> TimeParse? {
        if let (length, approx) = approximation(at: i), let c = core(at: i + length) {
            var agoLike = isAgoLike(c)
            if case .duration = c.spec { agoLike = true }
            switch c.spec {
            case _ where agoLike:
                let start = c.extentStart ?? i
                return TimeParse(start: min(start, i), coreStart: i, end: c.end, spec: c.spec, mod: approx, signal: nil, clip: c.clip, zone: c.zone)
            default:
                // "about March 5": the approximation is outside the TimeML extent.
                if approx == .approx {
                    let cs = c.extentStart ?? (i + length)
                    return TimeParse(start: i, coreStart: cs, end: c.end, spec: c.spec, mod: c.mod ?? .approx, signal: nil, clip: c.clip, zone: c.zone)
                }
            }
        }
        guard let c = core(at: i) else { return nil }
        let cs = c.extentStart ?? i
        return TimeParse(start: min(i, cs), coreStart: cs, end: c.end, spec: c.spec, mod: c.mod, signal: nil, clip: c.clip, zone: c.zone)
    }

    func isAgoLike(_ c: Core) -> Bool {
        if case .ago = c.spec { return true }
        return false
    }

    /// "by", "before", "after", "until", "since", "as soon as", "no later than"…
    func signal(at i: Int) -> (Int, TimeSignal)? {
        let w = h(i)
        switch w {
        case W.until, W.till:
            // "delayed until 2021", "won't open until May": the event comes then, not before.
            var k = i - 1
            while k >= 0, k >= i - 8, p[k].kind != .punctuation {
                if TimeGrammar.deferring.contains(h(k)) { return (1, .onOrAfter) }
                k -= 1
            }
            return (1, .onOrBefore)
        case W.by, W.through: return (1, .onOrBefore)
        case W.before: return (1, .before)
        case W.after: return (1, .after)
        case W.since, W.starting, W.beginning, W.effective: return (h(i + 1) == W.in || h(i + 1) == W.on ? 2 : 1, .onOrAfter)
        case W.within: return (1, .within)
        case W.in:
            return (1, .inDuration)
        case W.as_ where h(i + 1) == W.soon && h(i + 2) == W.as_: return (3, .onOrAfter)
        case W.as_ where h(i + 1) == W.early && h(i + 2) == W.as_: return (3, .onOrAfter)
        case W.as_ where h(i + 1) == W.late && h(i + 2) == W.as_: return (3, .onOrBefore)
        case W.no where (h(i + 1) == W.later || h(i + 1) == W.earlier) && h(i + 2) == W.than:
            return (3, h(i + 1) == W.later ? .onOrBefore : .onOrAfter)
        case W.not where (h(i + 1) == W.later || h(i + 1) == W.earlier) && h(i + 2) == W.than:
            return (3, h(i + 1) == W.later ? .onOrBefore : .onOrAfter)
        case W.not where h(i + 1) == W.before || h(i + 1) == W.until: return (2, .onOrAfter)
        case W.prior where h(i + 1) == W.to: return (2, .before)
        case W.ahead where h(i + 1) == W.of: return (2, .before)
        case W.at where h(i + 1) == W.the && (h(i + 2) == W.earliest || h(i + 2) == W.soonest): return (3, .onOrAfter)
        case W.at where h(i + 1) == W.the && h(i + 2) == W.latest: return (3, .onOrBefore)
        case W.up where h(i + 1) == W.to || h(i + 1) == W.until: return (2, .onOrBefore)
        default: return nil
        }
    }

    /// "about", "nearly", "more than", "at least"…
    func approximation(at i: Int) -> (Int, Mod)? {
        switch h(i) {
        case W.about, W.around, W.approximately, W.roughly: return (1, .approx)
        case W.some where value(i + 1) >= 0 || W.numbers[h(i + 1)] != nil: return (1, .approx)
        case W.nearly: return (1, .approx)
        case W.almost: return (1, .lessThan)
        case W.more where h(i + 1) == W.than: return (2, .moreThan)
        case W.over where count(i + 1) != nil: return (1, .moreThan)
        case W.less where h(i + 1) == W.than, W.fewer where h(i + 1) == W.than: return (2, .lessThan)
        case W.under where count(i + 1) != nil: return (1, .lessThan)
        case W.at where h(i + 1) == W.least: return (2, .equalOrMore)
        case W.at where h(i + 1) == W.most: return (2, .equalOrLess)
        case W.up where h(i + 1) == W.to: return (2, .equalOrLess)
        case W.no where h(i + 1) == W.more && h(i + 2) == W.than: return (3, .equalOrLess)
        case W.no where h(i + 1) == W.less && h(i + 2) == W.than: return (3, .equalOrMore)
        case W.just where h(i + 1) == W.over: return (2, .moreThan)
        case W.just where h(i + 1) == W.under: return (2, .lessThan)
        default: return nil
        }
    }

    /// The longest core expression at `i`.
    func core(at i: Int) -> Core? {
        guard valid(i) else { return nil }
        var best: Core? = nil
        func consider(_ c: Core?) {
            guard let c else { return }
            if best == nil || c.end > best!.end { best = c }
        }
        consider(numericDate(i))
        consider(monthDate(i))
        consider(dayMonth(i))
        consider(weekdayExpression(i))
        consider(yearExpression(i))
        consider(decade(i))
        consider(century(i))
        consider(season(i))
        consider(partOfYear(i))
        consider(relative(i))
        consider(dayWord(i))
        consider(durationOrAgo(i))
        consider(setExpression(i))
        consider(reference(i))
        consider(modified(i))
        consider(holiday(i))
        consider(timeOfDay(i))
        consider(theDuration(i))
        consider(periodReference(i))
        consider(wordYear(i))
        return best
    }

    // MARK: Numbers

    /// A count: digits, number words ("twenty-five"), "a"/"an", "a few", "several", "a couple of".
    /// -1 means an unspecified count. Returns the count and the piece after it.
    func count(_ i: Int) -> (n: Double, next: Int)? {
        guard valid(i) else { return nil }
        if p[i].value >= 0, p[i].digits <= 6 {
            // "5 1/2"
            if let frac = fraction(i + 1) { return (Double(p[i].value) + frac, i + 2) }
            return (Double(p[i].value), i + 1)
        }
        // "2.5 years"; a count beyond a million is no duration anyone writes (and would not fit
        // the integer arithmetic that follows).
        if p[i].kind == .number, let v = decimal(i) { return v.isFinite && v < 1_000_000 ? (v, i + 1) : nil }
        let w = h(i)
        if w == W.a || w == W.an {
            if h(i + 1) == W.few { return (-1, i + 2) }
            if h(i + 1) == W.couple { return (2, h(i + 2) == W.of ? i + 3 : i + 2) }
            if h(i + 1) == W.half, W.units[h(i + 2)] != nil { return (0.5, i + 2) }
            if W.numbers[h(i + 1)] == 12 { return (12, h(i + 2) == W.of ? i + 3 : i + 2) }
            if h(i + 1) == W.hundred || h(i + 1) == W.thousand { return (h(i + 1) == W.hundred ? 100 : 1000, i + 2) }
            return (1, i + 1)
        }
        if w == W.dozens || w == W.hundreds || w == W.thousands { return (-1, h(i + 1) == W.of ? i + 2 : i + 1) }
        if w == W.half, h(i + 1) == W.a || h(i + 1) == W.an { return (0.5, i + 2) }
        guard let n = W.numbers[w] else { return nil }
        if n < 0 {
            // "some" only counts before a plural unit ("some years"), never as "some time".
            if w == W.some_ { return nil }
            return (-1, i + 1)
        }
        var total = Double(n)
        var j = i + 1
        // "twenty-five", "twenty five"
        if n >= 20, n < 100, let unit = W.numbers[h(j)], unit > 0, unit < 10 {
            total += Double(unit)
            j += 1
        }
        if h(j) == W.hundred {
            total *= 100
            j += 1
        }
        if h(j) == W.thousand {
            total *= 1000
            j += 1
        }
        if n == 2 && w == W.couple { return nil }
        return (total, j)
    }

    func decimal(_ i: Int) -> Double? {
        guard valid(i), p[i].kind == .number else { return nil }
        var whole = 0.0
        var frac = 0.0
        var scale = 0.1
        var seenDot = false
        var any = false
        for k in p[i].start..<p[i].end {
            let c = b[k]
            if Bytes.isDigit(c) {
                any = true
                if seenDot {
                    frac += Double(c - 0x30) * scale
                    scale /= 10
                } else {
                    whole = whole * 10 + Double(c - 0x30)
                }
            } else if c == 0x2E && !seenDot {
                seenDot = true
            } else if c == 0x2C && !seenDot {
                continue
            } else {
                return nil
            }
        }
        return any ? whole + frac : nil
    }

    /// "1/2" as a piece.
    func fraction(_ i: Int) -> Double? {
        guard valid(i), p[i].kind == .number, p[i].value < 0 else { return nil }
        var num = 0
        var den = 0
        var slash = false
        for k in p[i].start..<p[i].end {
            let c = b[k]
            if Bytes.isDigit(c) {
                guard num < 100_000_000, den < 100_000_000 else { return nil }  // no overflow on digit runs
                if slash { den = den * 10 + Int(c - 0x30) } else { num = num * 10 + Int(c - 0x30) }
            } else if c == 0x2F && !slash {
                slash = true
            } else {
                return nil
            }
        }
        guard slash, den > 0, num < den else { return nil }
        return Double(num) / Double(den)
    }

    /// A day of the month: "5", "05", "5th", "fifth" (not "first" alone: needs a month beside it).
    func dayNumber(_ i: Int) -> Int? {
        guard valid(i) else { return nil }
        if p[i].kind == .number, p[i].value >= 1, p[i].value <= 31, p[i].digits <= 2 { return p[i].value }
        if let (v, digits, suffix) = leadingNumber(i), digits <= 2, v >= 1, v <= 31,
            suffix == W.st || suffix == W.nd || suffix == W.rd || suffix == W.th
        {
            return v
        }
        if let o = W.ordinals[h(i)], o <= 31 { return o }
        // "twenty-first"
        if h(i) == W.twenty, let o = W.ordinals[h(i + 1)], o < 10, p[i + 1].joined { return nil }
        return nil
    }

    /// A four-digit year, or a two-digit one after an apostrophe ("'98").
    func yearNumber(_ i: Int) -> (year: Int, next: Int)? {
        guard valid(i) else { return nil }
        if p[i].kind == .number, p[i].digits == 4, p[i].value >= 1000, p[i].value <= 2199, !hasComma(i) { return (p[i].value, i + 1) }
        if h(i) == W.apostrophe || (valid(i) && p[i].kind == .quote && (b[p[i].start] == 0x27 || b[p[i].start] == 0xE2)),
            valid(i + 1), p[i + 1].kind == .number, p[i + 1].digits == 2, !p[i + 1].flags.contains(.spaceBefore)
        {
            let v = p[i + 1].value
            // "'60 Minutes": a title.
            if valid(i + 2), isWord(i + 2), isCap(i + 2) || W.units[h(i + 2)] != nil { return nil }
            return (v < 40 ? 2000 + v : 1900 + v, i + 2)
        }
        return nil
    }

    func hasComma(_ i: Int) -> Bool {
        for k in p[i].start..<p[i].end where b[k] == 0x2C { return true }
        return false
    }

    // MARK: Dates

    /// "2018-03-05", "3/5/2018", "03/05/18", "2018/03/05", "5.3.2018".
    func numericDate(_ i: Int) -> Core? {
        guard valid(i), p[i].kind == .number || p[i].kind == .word else { return nil }
        var parts: [Int] = []
        var widths: [Int] = []
        var seps: [UInt8] = []
        var current = 0
        var width = 0
        var k = p[i].start
        var rest = p[i].end
        while k < p[i].end {
            let c = b[k]
            if Bytes.isDigit(c) {
                current = current * 10 + Int(c - 0x30)
                width += 1
                if width > 4 { return nil }
            } else if c == 0x2D || c == 0x2F || c == 0x2E {
                guard width > 0 else { return nil }
                parts.append(current)
                widths.append(width)
                seps.append(c)
                current = 0
                width = 0
            } else if c == 0x54 || c == 0x74, parts.count == 2, width > 0 {
                // "2018-03-05T10:29": the time part is read below.
                rest = k
                break
            } else {
                return nil
            }
            k += 1
        }
        if width > 0 {
            parts.append(current)
            widths.append(width)
        }
        guard parts.count == 3, seps.count == 2, seps[0] == seps[1] else { return nil }
        var date: CalendarDate? = nil
        if widths[0] == 4 {
            date = CalendarDate(validYear: parts[0], month: parts[1], day: parts[2])
        } else if widths[2] == 4 || widths[2] == 2 {
            let year = widths[2] == 4 ? parts[2] : (parts[2] < 40 ? 2000 + parts[2] : 1900 + parts[2])
            if seps[0] == 0x2E {
                // 5.3.2018 is day-first.
                date = CalendarDate(validYear: year, month: parts[1], day: parts[0])
            } else {
                date = CalendarDate(validYear: year, month: parts[0], day: parts[1])
                    ?? CalendarDate(validYear: year, month: parts[1], day: parts[0])
            }
            // Two-digit years with slashes only ("3/5/18"); "12-3-18" is too often a score.
            if widths[2] == 2 && seps[0] != 0x2F { date = nil }
        }
        guard let d = date else { return nil }
        if rest < p[i].end {
            var hour = 0
            var minute = 0
            var q = rest + 1
            var n = 0
            while q < p[i].end, Bytes.isDigit(b[q]), n < 2 {
                hour = hour * 10 + Int(b[q] - 0x30)
                q += 1
                n += 1
            }
            if q < p[i].end, b[q] == 0x3A {
                q += 1
                var m = 0
                while q < p[i].end, Bytes.isDigit(b[q]), m < 2 {
                    minute = minute * 10 + Int(b[q] - 0x30)
                    q += 1
                    m += 1
                }
            }
            if n > 0, hour < 24 { return Core(end: i + 1, spec: .timeOfDay(.absolute(.day(d)), hour: hour, minute: minute)) }
        }
        return withTrailingTime(Core(end: i + 1, spec: .absolute(.day(d))))
    }

    /// A month name (or dotted abbreviation) at `i`: its number and the piece after it.
    func monthName(_ i: Int) -> (month: Int, next: Int, isAbbreviation: Bool)? {
        guard valid(i), isCap(i) else { return nil }
        if let m = W.months[h(i)] { return (m, i + 1, false) }
        if let m = W.monthAbbreviations[h(i)] {
            if isGluedPeriod(i + 1) { return (m, i + 2, true) }
            // "Dec 5", "Sept 2018": no period, but a number right after.
            if value(i + 1) >= 0 { return (m, i + 1, true) }
        }
        return nil
    }

    /// Whether piece `i` follows a comparative signal that makes a bare month or season a time:
    /// "as early as March", "as late as May", "as soon as spring", "no later than March".
    func followsComparativeSignal(_ i: Int) -> Bool {
        let before = h(i - 1)
        if before == W.as_ {
            let w = h(i - 2)
            return (w == W.early || w == W.late || w == W.soon) && h(i - 3) == W.as_
        }
        if before == W.than {
            let w = h(i - 2)
            return (w == W.later || w == W.earlier) && (h(i - 3) == W.no || h(i - 3) == W.not)
        }
        return false
    }

    /// Whether a bare month name (no day, no year) at `i` reads as a month.
    func bareMonthIsTime(_ i: Int, month: Int, abbreviation: Bool, next: Int) -> Bool {
        if abbreviation && !isGluedPeriod(i + 1) { return false }
        let before = h(i - 1)
        if W.temporalPrepositions.contains(before) || before == W.mid || followsComparativeSignal(i) { return true }
        if abbreviation { return false }
        // "May" and "March" are verbs and names too: they need a time word in front.
        if month == 5 || month == 3 { return false }
        if p[i].flags.contains(.sentenceStart) && !isPunct(next, 0x2C) { return false }
        // "April Ryan", "June Carter": a name.
        if isCap(next) && isWord(next) { return false }
        if valid(i - 1) && isCap(i - 1) && isWord(i - 1) && !p[i - 1].flags.contains(.sentenceStart) { return false }
        return true
    }

    /// "March 5", "March 5, 2018", "Mar. 5th", "March 2018", "March of 2018", "March '18", "March".
    /// A weekday may come first ("Monday, March 5").
    func monthDate(_ i: Int) -> Core? {
        // "last November", "next March", "this September", "this past April"
        var d = i
        if h(d) == W.this, h(d + 1) == W.past { d += 1 }
        if h(d) == W.last || h(d) == W.next || h(d) == W.this || h(d) == W.past, let (month, j, _) = monthName(d + 1), dayNumber(j) == nil,
            yearNumber(j) == nil
        {
            let dir: TimeSpec.Direction = h(d) == W.next ? .future : h(d) == W.this ? .this : .past
            return Core(end: j, spec: .directed(.month(month), dir))
        }
        guard let (month, j, abbreviation) = monthName(i) else { return nil }
        // Month Day
        if let day = dayNumber(j), !(valid(j) && p[j].value >= 0 && h(j + 1) == W.percentSign) {
            var k = j + 1
            // "March 5-7": a range of days; keep the first.
            if valid(k), p[k].kind == .number, p[k].joined { k += 1 }
            if isPunct(k, 0x2C), let (year, next) = yearNumber(k + 1) {
                return dated(.absolute(.day(CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year))))), end: next)
            }
            if let (year, next) = yearNumber(k) {
                return dated(.absolute(.day(CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year))))), end: next)
            }
            // "March 5 of next year" / "of last year"
            if h(k) == W.of, (h(k + 1) == W.next || h(k + 1) == W.last || h(k + 1) == W.this), h(k + 2) == W.year {
                let offset = h(k + 1) == W.next ? 1 : h(k + 1) == W.last ? -1 : 0
                return dated(.dayOfYear(month: month, day: day, .relative(.year, offset, base: .speech)), end: k + 3)
            }
            guard day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
            // A bare number after a month could be a count ("March 5 people"): it must not run on.
            return dated(.yearless(.day(month: month, day: day)), end: k)
        }
        // Month Year, Month of Year
        if let (year, next) = yearNumber(j) {
            return Core(end: next, spec: .absolute(.month(year, month)))
        }
        if h(j) == W.of, let (year, next) = yearNumber(j + 1) {
            return Core(end: next, spec: .absolute(.month(year, month)))
        }
        if isPunct(j, 0x2C), let (year, next) = yearNumber(j + 1), valid(next), !(p[next].kind == .number) {
            return Core(end: next, spec: .absolute(.month(year, month)))
        }
        // "October of next year"
        if h(j) == W.of, h(j + 1) == W.next || h(j + 1) == W.last || h(j + 1) == W.this, h(j + 2) == W.year {
            let offset = h(j + 1) == W.next ? 1 : h(j + 1) == W.last ? -1 : 0
            return Core(end: j + 3, spec: .partOfYearMonth(month, .relative(.year, offset, base: .speech)))
        }
        // "July last year", "March next year"
        if h(j) == W.last || h(j) == W.next || h(j) == W.this, h(j + 1) == W.year {
            return Core(end: j + 2, spec: .partOfYearMonth(month, .relative(.year, h(j) == W.last ? -1 : h(j) == W.next ? 1 : 0, base: .speech)))
        }
        guard bareMonthIsTime(i, month: month, abbreviation: abbreviation, next: j) else { return nil }
        return Core(end: j, spec: .yearless(.month(month)))
    }

    /// Adds a time of day written after a date ("March 5 at 10 a.m.", "Monday 3 p.m.").
    func withTrailingTime(_ c: Core) -> Core {
        var k = c.end
        if h(k) == W.at || isPunct(k, 0x2C) && h(k + 1) == W.at { k += h(k) == W.at ? 1 : 2 }
        if let t = clockTime(k) {
            return Core(end: t.end, spec: .timeOfDay(c.spec, hour: t.hour, minute: t.minute), mod: c.mod, zone: t.zone)
        }
        if let part = W.partsOfDay[h(c.end)], !isPunct(c.end, 0x2C) {
            return Core(end: c.end + 1, spec: .partOfDay(c.spec, part), mod: c.mod)
        }
        return c
    }

    func dated(_ spec: TimeSpec, end: Int) -> Core { withTrailingTime(Core(end: end, spec: spec)) }

    /// "5 March 2018", "5th of March", "the 5th of March, 2018", "the fifth of March".
    func dayMonth(_ i: Int) -> Core? {
        var j = i
        let hasThe = h(j) == W.the
        if hasThe { j += 1 }
        guard let day = dayNumber(j) else { return nil }
        var k = j + 1
        if h(k) == W.of { k += 1 } else if W.ordinals[h(j)] != nil { return nil }
        guard let (month, next, _) = monthName(k) else { return nil }
        if isPunct(next, 0x2C), let (year, end) = yearNumber(next + 1) {
            return dated(.absolute(.day(CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year))))), end: end)
        }
        if let (year, end) = yearNumber(next) {
            return dated(.absolute(.day(CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year))))), end: end)
        }
        guard day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
        return dated(.yearless(.day(month: month, day: day)), end: next)
    }

    /// "Monday", "last Friday", "this Tuesday", "Monday, March 5, 2018", "Friday morning",
    /// "Monday at 3 p.m.", "Mondays" (a set).
    func weekdayExpression(_ i: Int) -> Core? {
        var j = i
        var direction: TimeSpec.Direction? = nil
        switch h(i) {
        case W.last, W.past, W.previous: direction = .past
        case W.next, W.coming: direction = .future
        case W.this: direction = .this
        default: break
        }
        if direction != nil { j += 1 }
        guard valid(j), isCap(j) else { return nil }
        if direction == nil, let wd = W.weekdayPlurals[h(j)] {
            // "on Mondays": every Monday.
            guard h(i - 1) == W.on || h(i - 1) == W.every else { return nil }
            return Core(end: j + 1, spec: .set("XXXX-WXX-\(wd + 1)"))
        }
        var weekday = W.weekdays[h(j)]
        var next = j + 1
        if weekday == nil, let abbreviated = W.weekdayAbbreviations[h(j)], isGluedPeriod(j + 1) {
            weekday = abbreviated
            next = j + 2
            guard isPunct(next, 0x2C) || monthName(next) != nil else { return nil }
        }
        guard let wd = weekday else { return nil }
        // "Monday, March 5, 2018" / "Monday March 5" / "Monday, 5 March": the date decides.
        if direction == nil {
            let k = isPunct(next, 0x2C) ? next + 1 : next
            if let dated = monthDate(k) ?? dayMonth(k) {
                switch dated.spec {
                case .yearless(let y):
                    return Core(end: dated.end, spec: .yearlessOnWeekday(y, wd))
                case .absolute, .timeOfDay, .partOfDay:
                    return dated
                default: break
                }
            }
        }
        // "Black Friday", "Good Friday": holidays, found by their own rule.
        return withTrailingTime(Core(end: next, spec: .weekday(wd, direction)))
    }

    /// "2018", "'98", "the year 2000", "fiscal 2018", "FY2018", "FY 18", "the 2018 fiscal year".
    func yearExpression(_ i: Int) -> Core? {
        // Fiscal years.
        if h(i) == W.fiscal || (h(i) == W.financial && h(i + 1) == W.year) {
            var j = i + 1
            if h(j) == W.year { j += 1 }
            if let (year, next) = yearNumber(j) { return Core(end: next, spec: .absolute(.fiscalYear(year))) }
            if valid(j), p[j].kind == .number, p[j].digits == 2 { return Core(end: j + 1, spec: .absolute(.fiscalYear(2000 + p[j].value))) }
            return nil
        }
        if let (prefix, v, digits) = lettersThenNumber(i), prefix == W.fy, digits == 2 || digits == 4 {
            return Core(end: i + 1, spec: .absolute(.fiscalYear(digits == 2 ? 2000 + v : v)))
        }
        if h(i) == W.fy, isCap(i) {
            var j = i + 1
            if isPunct(j, 0x2D) { j += 1 }
            if valid(j), p[j].kind == .number, p[j].digits == 2 || p[j].digits == 4 {
                return Core(end: j + 1, spec: .absolute(.fiscalYear(p[j].digits == 2 ? 2000 + p[j].value : p[j].value)))
            }
        }
        // "the year 2000"
        if h(i) == W.the, h(i + 1) == W.year, let (year, next) = yearNumber(i + 2) {
            return Core(end: next, spec: .absolute(.year(year)))
        }
        guard let (year, next) = yearNumber(i) else { return nil }
        if p[i].kind == .number && !isYearInContext(i, year: year) { return nil }
        // "2017-18" / "2017-2018": a season or fiscal span; TimeML tags the first year.
        if valid(next), p[next].kind == .number, p[next].joined, p[next].digits == 2 || p[next].digits == 4 {
            let second = p[next].digits == 2 ? (year / 100) * 100 + p[next].value : p[next].value
            if second == year + 1 { return Core(end: next, spec: .absolute(.year(year))) }
        }
        // "2018 fiscal year"
        if h(next) == W.fiscal, h(next + 1) == W.year {
            return Core(end: next + 2, spec: .absolute(.fiscalYear(year)))
        }
        return Core(end: next, spec: .absolute(.year(year)))
    }

    /// Whether a four-digit number reads as a year here, not a quantity.
    func isYearInContext(_ i: Int, year: Int) -> Bool {
        let before = h(i - 1)
        // "$2018", "No. 1990", "#2000", "Flight 2018"
        if before == W.dollar || before == W.euro || before == W.pound || before == W.yen || before == W.hash || before == W.no_
            || before == W.number || before == W.page || before == W.route || before == W.flight || before == W.room
        {
            return false
        }
        if valid(i - 1), p[i - 1].kind == .punctuation, !p[i].flags.contains(.spaceBefore), !(isPunct(i - 1, 0x28)) {
            // "$2018", "+2018", "-2018": glued to a sign or currency.
            if b[p[i - 1].start] != 0x27 && b[p[i - 1].start] != 0x2D { return false }
        }
        let after = h(i + 1)
        if after == W.percentSign || after == W.percent { return false }
        // Decimal or thousands continuation: "2018.5"
        if valid(i + 1), p[i + 1].joined, isWord(i + 1), W.units[after] == nil { return false }
        if valid(i + 1), p[i + 1].joined, let u = W.units[after], u.unit != .year || true { return false }
        let strong = W.temporalPrepositions.contains(before) || before == W.fiscal || before == W.the || before == W.apostropheS
            || before == W.mid || before == W.end
        if !strong && (year < 1800 || year > 2100) { return false }
        if strong { return true }
        guard valid(i + 1), isWord(i + 1), isLower(i + 1) else { return true }
        if W.yearModifiedNouns.contains(after) { return true }
        if W.quantityNouns.contains(after) || W.units[after] != nil { return false }
        // Before an approximate word ("about 2000 people"): a quantity.
        if before == W.about || before == W.around || before == W.some || before == W.nearly || before == W.almost
            || before == W.over || before == W.than || before == W.roughly || before == W.approximately || before == W.only
            || before == W.just || before == W.least
        {
            return false
        }
        // A plural noun right after is usually what is counted ("1,500 workers", "1800 calories").
        let last = b[p[i + 1].end - 1] | 0x20
        if last == 0x73 && p[i + 1].end - p[i + 1].start > 3 { return false }
        return true
    }

    /// "the 1990s", "1990s", "the '90s", "the nineties", "the 2010s".
    func decade(_ i: Int) -> Core? {
        guard var c = decadeCore(i) else { return nil }
        // "in his 30s", "in her mid-30s": an age.
        var k = i - 1
        if valid(k), p[k].joined || h(k) == W.mid || h(k) == W.early || h(k) == W.late { k -= 1 }
        let w = h(k)
        if w == W.his || w == W.her || w == W.their || w == W.its || w == W.our || w == W.my || w == W.your { return nil }
        if h(i) == W.the { c.extentStart = i + 1 }
        return c
    }

    func decadeCore(_ i: Int) -> Core? {
        var j = i
        if h(j) == W.the { j += 1 }
        // "1990s"
        if let (v, digits, suffix) = leadingNumber(j), suffix == W.s {
            if digits == 4, v % 10 == 0 {
                if v % 100 == 0, h(i) == W.the || true, v % 1000 != 0 || false {
                    // "the 1800s" is the century; "the 2000s" usually the decade.
                    if v < 2000 { return Core(end: j + 1, spec: .absolute(.century(v / 100))) }
                }
                return Core(end: j + 1, spec: .absolute(.decade(v / 10)))
            }
            if digits == 2, v % 10 == 0 {
                let century = v >= 30 ? 19 : 20
                return Core(end: j + 1, spec: .absolute(.decade(century * 10 + v / 10)))
            }
        }
        // "the '90s"
        if valid(j), p[j].kind == .quote || h(j) == W.apostrophe, let (v, digits, suffix) = leadingNumber(j + 1), suffix == W.s,
            digits == 2, v % 10 == 0, !p[j + 1].flags.contains(.spaceBefore)
        {
            let century = v >= 30 ? 19 : 20
            return Core(end: j + 2, spec: .absolute(.decade(century * 10 + v / 10)))
        }
        // "the nineties"
        if h(i) == W.the, let d = W.decadeWords[h(j)] {
            return Core(end: j + 1, spec: .absolute(.decade(190 + d)))
        }
        return nil
    }

    /// "the 19th century", "the twentieth century", "this century", "the turn of the century".
    func century(_ i: Int) -> Core? {
        var j = i
        if h(j) == W.the { j += 1 }
        var n: Int? = nil
        if let (v, _, suffix) = leadingNumber(j), suffix == W.th || suffix == W.st || suffix == W.nd || suffix == W.rd { n = v }
        if n == nil, let o = W.ordinals[h(j)] {
            n = o
            if o == 20, let o2 = W.ordinals[h(j + 1)], o2 < 10, p[j + 1].joined {
                n = 20 + o2
                j += 1
            }
        }
        if h(j) == W.twenty, let o2 = W.ordinals[h(j + 1)], o2 < 10 {
            n = 20 + o2
            j += 1
        }
        guard let c = n, c >= 1, c <= 22, h(j + 1) == W.century, h(i) == W.the else { return nil }
        return Core(end: j + 2, spec: .absolute(.century(c - 1)))
    }

    /// "summer 2018", "the summer of 2018", "this summer", "last fall", "in the spring".
    func season(_ i: Int) -> Core? {
        var j = i
        var direction: TimeSpec.Direction? = nil
        switch h(i) {
        case W.last, W.past, W.previous: direction = .past
        case W.next, W.coming: direction = .future
        case W.this: direction = .this
        case W.the: break
        default: direction = nil
        }
        let hasThe = h(i) == W.the
        if direction != nil || hasThe { j += 1 }
        // "early summer" comes through `modified`.
        guard let s = W.seasons[h(j)] else { return nil }
        var k = j + 1
        if h(k) == W.of { k += 1 }
        if let (year, next) = yearNumber(k) {
            if hasThe && h(j + 1) != W.of { /* "the summer 2018" is rare */ }
            return Core(end: next, spec: .absolute(.season(year, s)))
        }
        if let d = direction { return Core(end: j + 1, spec: .directed(.season(s), d)) }
        // A bare season needs something that makes it a time: "in the spring", "the fall",
        // "this summer". "fall" alone is a verb; "spring" alone may be water.
        let before = h(i - 1)
        if hasThe {
            guard W.temporalPrepositions.contains(before) || before == W.and || valid(i - 1) == false || isPunct(i - 1, 0x2C) else { return nil }
            return Core(end: j + 1, spec: .yearless(.season(s)))
        }
        guard W.temporalPrepositions.contains(before) || followsComparativeSignal(i), s != .fall || before == W.this || before == W.in else { return nil }
        return Core(end: j + 1, spec: .yearless(.season(s)))
    }

    /// Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 2018",
    /// "Q3", "Q3 2018", "3Q18", "the first half of 2019", "H2", "the fiscal first quarter",
    /// "this year's third quarter", "the latest quarter", "the first nine months".
    func partOfYear(_ i: Int) -> Core? {
        var j = i
        var hasThe = false
        if h(j) == W.the {
            hasThe = true
            j += 1
        }
        // "this year's third quarter", "last year's first half"
        var yearSpec: TimeSpec? = nil
        if (h(j) == W.this || h(j) == W.last || h(j) == W.next) && h(j + 1) == W.year && h(j + 2) == W.apostropheS {
            yearSpec = .relative(.year, h(j) == W.this ? 0 : h(j) == W.last ? -1 : 1, base: .speech)
            j += 3
        } else if let (year, next) = yearNumber(j), h(next) == W.apostropheS {
            yearSpec = .absolute(.year(year))
            j = next + 1
        }
        var fiscal = false
        if h(j) == W.fiscal {
            fiscal = true
            j += 1
        }
        // Q3 / H1 / 3Q18
        if let (prefix, v, digits) = lettersThenNumber(j), digits == 1 {
            var core: Core? = nil
            if prefix == W.q, (1...4).contains(v) { core = quarterTail(i: i, j: j + 1, quarter: v, half: nil, yearSpec: yearSpec, explicitYear: true) }
            if prefix == W.h1, (1...2).contains(v) { core = quarterTail(i: i, j: j + 1, quarter: nil, half: v, yearSpec: yearSpec, explicitYear: true) }
            // With no year, the code is a period only where a time word leads to it ("in Q3", "the
            // H1 results"): "part of H2, a section of Hebron" names a zone.
            if let c = core, case .yearless = c.spec, !fiscal, !hasThe, !TimeGrammar.codeLeaders.contains(h(i - 1)) { return nil }
            if core != nil { return core }
        }
        guard let ordinal = W.ordinals[h(j)] ?? (h(j) == W.last || h(j) == W.final ? -1 : nil) ?? (h(j) == W.latest || h(j) == W.current || h(j) == W.previous || h(j) == W.year || h(j) == W.same || h(j) == W.yearAgo ? -2 : nil)
        else { return nil }
        var k = j + 1
        if h(j) == W.year, h(k) == W.ago || h(k) == W.earlier, p.indices.contains(k), p[k].joined { k += 1 }
        if fiscal == false, h(k) == W.fiscal {
            fiscal = true
            k += 1
        }
        let isQuarter = h(k) == W.quarter
        let isHalf = h(k) == W.half
        guard isQuarter || isHalf else { return nil }
        if ordinal == -2 && !hasThe { return nil }
        if ordinal == -2 {
            // "the latest quarter", "the current quarter", "the year-ago quarter": relative to the reference.
            let offset: Int
            switch h(j) {
            case W.previous: offset = -1
            case W.year, W.yearAgo: offset = isQuarter ? -4 : -2
            case W.latest:
                // The latest reported quarter is the one before the reference's.
                offset = -1
            default: offset = 0
            }
            return Core(end: k + 1, spec: .relative(isQuarter ? .quarter : .half, offset, base: .speech))
        }
        if isQuarter && !(1...4).contains(ordinal) && ordinal != -1 { return nil }
        if isHalf && !(1...2).contains(ordinal) && ordinal != -1 { return nil }
        // Lowercase "first quarter" without "the" is often a sports period; require "the", a
        // hyphen ("third-quarter profit") or a year.
        let n = ordinal == -1 ? (isQuarter ? 4 : 2) : ordinal
        guard var c = quarterTail(i: i, j: k + 1, quarter: isQuarter ? n : nil, half: isHalf ? n : nil, yearSpec: yearSpec, explicitYear: false) else {
            return nil
        }
        // "the third-quarter profit": TimeML leaves the article out of an adjective.
        if hasThe, yearSpec == nil, valid(k), p[k].joined { c.extentStart = fiscal ? j - 1 : j }
        return c
    }

    /// Words before a bare quarter or half code ("Q3", "H1") that make it a period.
    static let codeLeaders = TimeWords.set([
        "in", "during", "for", "by", "over", "through", "until", "till", "since", "from", "to", "between", "and", "or", "before", "after",
        "the", "its", "their", "this", "each", "per", "last", "next",
    ])

    func quarterTail(i: Int, j: Int, quarter: Int?, half: Int?, yearSpec: TimeSpec?, explicitYear: Bool) -> Core? {
        var k = j
        var spec: TimeSpec? = yearSpec
        // "of 2018", "2018", "of fiscal 2018", "of next year", "of the year"
        var m = k
        if h(m) == W.of { m += 1 }
        if h(m) == W.fiscal { m += 1 }
        if let (year, next) = yearNumber(m) {
            spec = .absolute(.year(year))
            k = next
        } else if valid(m), p[m].kind == .number, p[m].digits == 2, m == j, !p[m].flags.contains(.spaceBefore) || explicitYear {
            // "Q3 18" is rare; "3Q18" handled below.
            _ = 0
        } else if h(j) == W.of, h(m) == W.this || h(m) == W.next || h(m) == W.last, h(m + 1) == W.year {
            spec = .relative(.year, h(m) == W.this ? 0 : h(m) == W.next ? 1 : -1, base: .speech)
            k = m + 2
        } else if h(j) == W.of, h(m) == W.the, h(m + 1) == W.year {
            spec = .relative(.year, 0, base: .speech)
            k = m + 2
        }
        if let spec {
            if case .absolute(.year(let y)) = spec {
                if let q = quarter { return Core(end: k, spec: .absolute(.quarter(y, q))) }
                if let hf = half { return Core(end: k, spec: .absolute(.half(y, hf))) }
            }
            return Core(end: k, spec: .partOfYear(half: half, quarter: quarter, spec))
        }
        if let q = quarter { return Core(end: k, spec: .yearless(.quarter(q))) }
        if let hf = half { return Core(end: k, spec: .yearless(.half(hf))) }
        return nil
    }

    /// "this year", "next month", "last week", "the past year", "the coming weeks", "recent years",
    /// "the previous day", "the following year", "that day", "the same week".
    func relative(_ i: Int) -> Core? {
        var j = i
        let hasThe = h(j) == W.the
        if hasThe { j += 1 }
        let w = h(j)
        // "this year's" is left to `partOfYear` when a quarter follows.
        var offset: Int
        var base = TimeSpec.Base.speech
        switch w {
        case W.this: offset = 0
        case W.current: offset = 0
        case W.next: offset = 1
        case W.coming, W.upcoming: offset = 1
        case W.last: offset = -1
        case W.past: offset = -1
        case W.previous, W.prior: offset = -1; base = hasThe ? .narrative : .speech
        case W.following: offset = 1; base = .narrative
        case W.that where !hasThe: offset = 0; base = .narrative
        case W.same where hasThe: offset = 0; base = .narrative
        case W.recent: offset = -1
        default: return nil
        }
        // "the past two years", "the next few months", "the last 12 months": durations.
        if w == W.past || w == W.last || w == W.next || w == W.coming || w == W.previous || w == W.following || w == W.recent || w == W.first {
            if let (n, after) = count(j + 1), let unit = W.units[h(after)], !(n == 1 && h(j + 1) == W.a) {
                let days = n > 0 ? n * unit.unit.approximateDays : nil
                let value = durationValue(n, unit.unit)
                var spec = TimeSpec.duration(value, days: days)
                if w == W.coming || w == W.next {
                    spec = .duration(value, days: days)
                }
                _ = spec
                return Core(end: after + 1, spec: .duration(value, days: days), mod: nil)
            }
        }
        guard let unit = W.units[h(j + 1)] else {
            if w == W.recent, !hasThe { return nil }
            return nil
        }
        let end = j + 2
        switch unit.unit {
        case .second, .minute, .hour: return nil
        default: break
        }
        if unit.plural {
            // "the coming weeks", "recent years", "the past months": vague references.
            let horizon = Int(unit.unit.approximateDays * 3)
            if w == W.coming || w == W.next || w == W.upcoming { return Core(end: end, spec: .reference(.future, horizon: max(horizon, 7))) }
            if w == W.recent || w == W.past || w == W.last || w == W.previous {
                return Core(end: end, spec: .reference(.past, horizon: max(horizon, 7)))
            }
            return nil
        }
        if w == W.recent { return nil }
        if w == W.current && !hasThe && unit.unit != .year && unit.unit != .quarter && unit.unit != .month { return nil }
        // "the past year", "the last week": TimeML writes a duration for "the past year".
        if hasThe && (w == W.past || (w == W.last && unit.unit != .week)) && unit.unit != .weekend {
            return Core(end: end, spec: .duration(durationValue(1, unit.unit), days: unit.unit.approximateDays))
        }
        if unit.unit == .weekend {
            let dir: TimeSpec.Direction? = w == W.this || w == W.current ? .this : offset > 0 ? .future : offset < 0 ? .past : nil
            if base == .narrative { return Core(end: end, spec: .relative(.weekend, offset, base: base)) }
            return Core(end: end, spec: .weekend(dir))
        }
        if w == W.that && unit.unit == .night { return Core(end: end, spec: .partOfDay(.relative(.day, 0, base: .narrative), "NI")) }
        if unit.unit == .night {
            // "last night", "tomorrow night" (handled by dayWord)
            if w == W.last { return Core(end: end, spec: .partOfDay(.relative(.day, -1, base: base), "NI")) }
            return nil
        }
        // "the following day" etc. are narrative.
        if offset != 0 || base == .narrative {
            return withTrailingTime(Core(end: end, spec: .relative(unit.unit, offset, base: base)))
        }
        // "this week's", plain "this year"
        return withTrailingTime(Core(end: end, spec: .relative(unit.unit, offset, base: base)))
    }

    /// "today", "tonight", "yesterday", "tomorrow", "the day before yesterday", "yesterday morning",
    /// "this morning", "last night", "tomorrow night".
    func dayWord(_ i: Int) -> Core? {
        var spec: TimeSpec
        var j: Int
        switch h(i) {
        case W.today: spec = .relative(.day, 0, base: .speech); j = i + 1
        case W.tonight: return Core(end: i + 1, spec: .partOfDay(.relative(.day, 0, base: .speech), "NI"))
        case W.yesterday: spec = .relative(.day, -1, base: .speech); j = i + 1
        case W.tomorrow: spec = .relative(.day, 1, base: .speech); j = i + 1
        case W.the where h(i + 1) == W.day && (h(i + 2) == W.before || h(i + 2) == W.after):
            if h(i + 3) == W.yesterday { spec = .relative(.day, -2, base: .speech); j = i + 4 } else if h(i + 3) == W.tomorrow {
                spec = .relative(.day, 2, base: .speech)
                j = i + 4
            } else {
                return Core(end: i + 3, spec: .relative(.day, h(i + 2) == W.before ? -1 : 1, base: .narrative))
            }
        case W.this:
            guard let part = W.partsOfDay[h(i + 1)] else { return nil }
            return Core(end: i + 2, spec: .partOfDay(.relative(.day, 0, base: .speech), part))
        case W.overnight:
            return nil
        default: return nil
        }
        if let part = W.partsOfDay[h(j)] { return Core(end: j + 1, spec: .partOfDay(spec, part)) }
        return withTrailingTime(Core(end: j, spec: spec))
    }

    func durationValue(_ n: Double, _ unit: TimeUnit) -> String {
        let (code, factor, isTime) = unit.durationCode
        let prefix = isTime ? "PT" : "P"
        if n < 0 { return prefix + "X" + (unit == .decade ? "DE" : unit == .century ? "CE" : code) }
        var amount = n * Double(factor)
        var code2 = code
        if amount != amount.rounded(), unit == .hour || unit == .minute {
            let whole = Int(amount.rounded(.down))
            let part = Int(((amount - Double(whole)) * 60).rounded())
            return "PT\(whole)" + (unit == .hour ? "H\(part)M" : "M\(part)S")
        }
        if amount != amount.rounded() {
            // "a year and a half" → P18M; "half an hour" → PT30M
            switch unit {
            case .year:
                let whole = Int(amount.rounded(.down))
                let months = Int(((amount - Double(whole)) * 12).rounded())
                return whole > 0 ? "P\(whole)Y\(months)M" : "P\(months)M"
            case .hour: amount *= 60; code2 = "M"
            case .day: amount *= 24; return "PT\(Int(amount.rounded()))H"
            case .month: amount *= 30; code2 = "D"
            case .week: amount *= 7; code2 = "D"
            case .minute: amount *= 60; code2 = "S"
            default: break
            }
        }
        let number = amount == amount.rounded() ? String(Int(amount)) : String(amount)
        return prefix + number + code2
    }

    /// Durations and offsets: "two years", "18 months", "a decade", "a few weeks", "two-year",
    /// "30-day", "a year and a half", "two years ago", "a year earlier", "three days later",
    /// "years ago", "two weeks from now", "for years".
    func durationOrAgo(_ i: Int) -> Core? {
        var n: Double
        var j: Int
        if let (c, after) = count(i) {
            n = c
            j = after
        } else if let unit = W.units[h(i)], unit.plural, h(i + 1) == W.ago || h(i + 1) == W.earlier || h(i + 1) == W.later {
            // "years ago" looks back from now; "days later", "weeks earlier" count an unknown
            // number from the time the story is at: a duration ("days"), as "a few days later".
            if h(i + 1) != W.ago { return Core(end: i + 1, spec: .duration(durationValue(-1, unit.unit), days: nil)) }
            return Core(end: i + 2, spec: .reference(.past, horizon: Int(unit.unit.approximateDays * 5)))
        } else if let unit = W.units[h(i)], unit.plural, unit.unit >= .day, h(i - 1) == W.for || h(i - 1) == W.in || h(i - 1) == W.over || h(i - 1) == W.within {
            // "for years", "in decades": an unspecified count.
            return Core(end: i + 1, spec: .duration(durationValue(-1, unit.unit), days: nil))
        } else {
            return nil
        }
        // "the first nine months", "the nine months" are durations written with "the".
        guard let unit = W.units[h(j)] else {
            // "two and a half years"
            if h(j) == W.and, h(j + 1) == W.a, h(j + 2) == W.half, let unit = W.units[h(j + 3)] {
                n += 0.5
                return finishDuration(i, n: n, unit: unit.unit, end: j + 4)
            }
            return nil
        }
        // A bare "a"/"an"/"one" + singular unit is a duration only in some frames; "a day" in
        // "twice a day" is a set (handled by setExpression), and "one day" may be a story opener.
        if n == 1, h(i) == W.one, unit.unit == .day, W.temporalPrepositions.contains(h(i - 1)) == false { return nil }
        // "the 1988 second quarter", "the 1988 quarter": a year, not 1,988 seconds.
        if valid(i), p[i].digits == 4, p[i].value >= 1000, !unit.plural { return nil }
        // "60 Minutes", "24 Hours of Le Mans": a title.
        if isCap(j), !p[j].flags.contains(.sentenceStart), !p[i].flags.contains(.sentenceStart) { return nil }
        // "a second betrayal", "a minute detail": ordinals and adjectives.
        if n == 1, h(i) == W.a || h(i) == W.an, unit.unit == .second || unit.unit == .minute, valid(j + 1), isWord(j + 1), isLower(j + 1),
            !TimeGrammar.durationFollowers.contains(h(j + 1))
        {
            return nil
        }
        // Plural agreement: "two year" only when hyphenated ("two-year").
        var end = j + 1
        // "a year and a half"
        if h(end) == W.and, h(end + 1) == W.a, h(end + 2) == W.half {
            n += 0.5
            end += 3
        }
        // Hyphenated adjectives: "two-year", "30-day", "five-year-old" (age: not a time).
        if valid(j), p[j].joined {
            if valid(end), p[end].joined, isWord(end) { return nil }  // "five-year-old", "30-day-long"
            if n < 0 { return nil }
            return Core(end: end, spec: .duration(durationValue(n, unit.unit), days: n * unit.unit.approximateDays))
        }
        return finishDuration(i, n: n, unit: unit.unit, end: end)
    }

    func finishDuration(_ i: Int, n: Double, unit: TimeUnit, end: Int) -> Core? {
        let w = h(end)
        let days = n > 0 ? n * unit.approximateDays : nil
        // "two years ago", "a week or so ago"
        var k = end
        var mod: Mod? = nil
        if h(k) == W.or && h(k + 1) == W.so {
            k += 2
            mod = .approx
        }
        let w2 = h(k)
        if w2 == W.ago || (w2 == W.back && h(k - 1) != W.come) {
            if n < 0 { return Core(end: k + 1, spec: .reference(.past, horizon: Int(unit.approximateDays * 5)), mod: mod) }
            return Core(end: k + 1, spec: .ago(unit, -Int(n.rounded(.up)), base: .speech), mod: mod)
        }
        if w2 == W.earlier || w2 == W.later || w2 == W.before || w2 == W.after || (w2 == W.from && h(k + 1) == W.now) || w2 == W.hence {
            // "a year earlier" is relative to the time the story is at; "two years from now" to now.
            if w2 == W.before || w2 == W.after {
                // "two days before the vote": the anchor is an event, not a time; keep the duration.
                if valid(k + 1), !(W.units[h(k + 1)] != nil) && h(k + 1) != W.that && h(k + 1) != W.then {
                    return Core(end: end, spec: .duration(durationValue(n, unit), days: days), mod: mod)
                }
            }
            let later = w2 == W.later || w2 == W.after || w2 == W.from || w2 == W.hence
            let fromNow = w2 == W.from || w2 == W.hence
            if n < 0 {
                // "a few days later", "several weeks earlier": an unknown count from the time the
                // story is at names no date; TimeML tags the duration ("a few days", PXD) and
                // leaves "later" as a signal. From now ("a few weeks from now") it looks ahead.
                if !fromNow && (w2 == W.later || w2 == W.earlier) { return Core(end: end, spec: .duration(durationValue(-1, unit), days: nil), mod: mod) }
                return Core(end: fromNow ? k + 2 : k + 1, spec: .reference(later ? .future : .past, horizon: Int(unit.approximateDays * 5)), mod: mod)
            }
            let offset = Int(n.rounded(.up)) * (later ? 1 : -1)
            return Core(end: fromNow ? k + 2 : k + 1, spec: .ago(unit, offset, base: fromNow ? .speech : .narrative), mod: mod)
        }
        _ = w
        return Core(end: end, spec: .duration(durationValue(n, unit), days: days), mod: mod)
    }

    /// "daily", "every week", "each year", "every other Monday", "twice a year", "per year",
    /// "annually".
    func setExpression(_ i: Int) -> Core? {
        switch h(i) {
        case W.quarterly:
            // "quarterly earnings": reporting periods, not a frequency worth a time (TimeBank
            // leaves them out); "the board meets quarterly" is one.
            if valid(i + 1), isWord(i + 1), !TimeGrammar.clauseWords.contains(h(i + 1)) { return nil }
            return adverbialSet(i)
        case W.daily, W.nightly, W.weekly, W.biweekly, W.monthly, W.yearly, W.hourly:
            // "a daily rally", "his weekly radio address", "the party daily Granma": frequencies too.
            return adverbialSet(i)
        case W.annually: return Core(end: i + 1, spec: .set("P1Y"))
        case W.every, W.each:
            var j = i + 1
            var step = 1
            if h(j) == W.other {
                step = 2
                j += 1
            }
            if let (n, after) = count(j), n > 1, let unit = W.units[h(after)] {
                return Core(end: after + 1, spec: .set(durationValue(n, unit.unit)))
            }
            if let unit = W.units[h(j)], !unit.plural {
                return Core(end: j + 1, spec: .set(durationValue(Double(step), unit.unit)))
            }
            if let wd = W.weekdays[h(j)] {
                if let part = W.partsOfDay[h(j + 1)] { return Core(end: j + 2, spec: .set("XXXX-WXX-\(wd + 1)T\(part)")) }
                return Core(end: j + 1, spec: .set("XXXX-WXX-\(wd + 1)"))
            }
            if let m = W.months[h(j)] { return Core(end: j + 1, spec: .set("XXXX-" + Granule.pad(m, 2))) }
            if let s = W.seasons[h(j)] { return Core(end: j + 1, spec: .set("XXXX-" + s.code)) }
            if let part = W.partsOfDay[h(j)] { return Core(end: j + 1, spec: .set("TXX" + part)) }
            return nil
        case W.per:
            if let unit = W.units[h(i + 1)], !unit.plural { return Core(end: i + 2, spec: .set(durationValue(1, unit.unit))) }
            return nil
        case W.once, W.twice:
            if h(i + 1) == W.a || h(i + 1) == W.an || h(i + 1) == W.per || h(i + 1) == W.every || h(i + 1) == W.each,
                let unit = W.units[h(i + 2)], !unit.plural
            {
                return Core(end: i + 3, spec: .set(durationValue(1, unit.unit)), extentStart: i + 1)
            }
            return nil
        case W.a, W.an:
            // "three times a week", "$5 a year"
            if let unit = W.units[h(i + 1)], !unit.plural, h(i - 1) == W.times || h(i - 1) == W.once || h(i - 1) == W.twice {
                return Core(end: i + 2, spec: .set(durationValue(1, unit.unit)))
            }
            return nil
        default:
            return nil
        }
    }

    func adverbialSet(_ i: Int) -> Core? {
        switch h(i) {
        case W.daily, W.nightly: return Core(end: i + 1, spec: .set("P1D"))
        case W.weekly: return Core(end: i + 1, spec: .set("P1W"))
        case W.biweekly: return Core(end: i + 1, spec: .set("P2W"))
        case W.monthly: return Core(end: i + 1, spec: .set("P1M"))
        case W.yearly: return Core(end: i + 1, spec: .set("P1Y"))
        case W.quarterly: return Core(end: i + 1, spec: .set("P3M"))
        case W.hourly: return Core(end: i + 1, spec: .set("PT1H"))
        default: return nil
        }
    }

    static let durationFollowers: WordSet = TimeWords.set([
        "ago", "later", "earlier", "before", "after", "or", "and", "of", "in", "to", "for", "from", "longer", "more",
        "less", "at", "on", "with", "without", "since", "until", "passed", "went", "elapsed",
    ])

    /// Verbs after which "until" names when something happens, not how long it lasts.
    static let deferring: WordSet = TimeWords.set([
        "delayed", "delay", "delays", "postponed", "postpone", "postpones", "deferred", "defer", "pushed", "push",
        "off", "wait", "waits", "waited", "rescheduled", "moved", "shifted", "held", "suspended", "halted",
        // "not due until October", "won't open until May": not before then.
        "not", "never", "won't", "wont", "isn't", "aren't", "wasn't", "weren't", "didn't", "doesn't", "don't",
        "wouldn't", "can't", "cannot", "couldn't",
    ])

    /// Words after which an adverb ends its phrase.
    static let clauseWords: WordSet = TimeWords.set([
        "and", "or", "but", "in", "at", "on", "for", "to", "from", "with", "by", "since", "as", "until", "through",
        "during", "after", "before", "since", "while", "when", "if", "because", "so", "than", "that", "the", "a", "an",
        "this", "last", "next", "basis", "rather", "instead", "throughout", "across", "over", "under", "into",
    ])

    /// "now", "currently", "recently", "the past", "the future", "soon", "nowadays", "these days",
    /// "at present", "right now".
    func reference(_ i: Int) -> Core? {
        switch h(i) {
        case W.now:
            // "now" as a discourse marker ("Now, the council…", "now that …") is still the present.
            return Core(end: i + 1, spec: .reference(.present, horizon: 0))
        case W.right where h(i + 1) == W.now: return Core(end: i + 2, spec: .reference(.present, horizon: 0))
        case W.currently, W.presently, W.nowadays: return Core(end: i + 1, spec: .reference(.present, horizon: 0))
        case W.these where h(i + 1) == W.days: return Core(end: i + 2, spec: .reference(.present, horizon: 30))
        case W.at where h(i + 1) == W.present: return Core(end: i + 2, spec: .reference(.present, horizon: 0), extentStart: i + 1)
        case W.at where h(i + 1) == W.the && h(i + 2) == W.moment: return Core(end: i + 3, spec: .reference(.present, horizon: 0), extentStart: i + 1)
        case W.recently, W.lately: return Core(end: i + 1, spec: .reference(.past, horizon: 180))
        case W.previously, W.formerly: return Core(end: i + 1, spec: .reference(.past, horizon: 36500))
        case W.soon:
            // "as soon as": a signal, not a time.
            if h(i - 1) == W.as_ || h(i + 1) == W.as_ || h(i + 1) == W.after || h(i + 1) == W.before { return nil }
            return Core(end: i + 1, spec: .reference(.future, horizon: 90))
        case W.the:
            if h(i + 1) == W.past, !(count(i + 2) != nil), W.units[h(i + 2)] == nil, W.seasons[h(i + 2)] == nil, W.weekdays[h(i + 2)] == nil {
                return Core(end: i + 2, spec: .reference(.past, horizon: 36500))
            }
            if h(i + 1) == W.future { return Core(end: i + 2, spec: .reference(.future, horizon: 36500)) }
            if (h(i + 1) == W.near || h(i + 1) == W.foreseeable || h(i + 1) == W.distant), h(i + 2) == W.future {
                return Core(end: i + 3, spec: .reference(.future, horizon: h(i + 1) == W.near ? 365 : 36500))
            }
            return nil
        default:
            return nil
        }
    }

    /// "early 2018", "late November", "mid-March", "the end of the year", "end 2018", "year-end",
    /// "earlier this year", "later this month", "the beginning of next year", "the early 1990s",
    /// "the first week of March", "the rest of the year", "late yesterday".
    func modified(_ i: Int) -> Core? {
        var j = i
        let hasThe = h(j) == W.the
        if hasThe { j += 1 }
        let w = h(j)
        var mod: Mod? = nil
        var clip: TimeParse.Clip? = nil
        var next = j + 1
        switch w {
        case W.early: mod = .start
        case W.mid:
            mod = .mid
        case W.middle where h(j + 1) == W.of: mod = .mid; next = j + 2
        case W.late: mod = .end
        case W.earlier: mod = .start; clip = .untilReference
        case W.later: mod = nil; clip = .fromReference
        case W.beginning where h(j + 1) == W.of, W.start where h(j + 1) == W.of, W.dawn where h(j + 1) == W.of:
            mod = .start; next = j + 2
        case W.end where h(j + 1) == W.of, W.close where h(j + 1) == W.of:
            mod = .end; next = j + 2
        case W.turn where h(j + 1) == W.of && hasThe:
            // "the turn of the century": its last and first years.
            mod = .end; next = j + 2
        case W.end where !hasThe:
            // "end 2018", "end-March"
            mod = .end
        case W.rest where h(j + 1) == W.of, W.remainder where h(j + 1) == W.of:
            clip = .fromReference; next = j + 2
        case W.year where valid(j + 1) && h(j + 1) == W.end:
            // "year-end", "year end"
            return Core(end: j + 2, spec: .relative(.year, 0, base: .speech), mod: .end)
        case W.month where h(j + 1) == W.end && p[j + 1].joined:
            return Core(end: j + 2, spec: .relative(.month, 0, base: .speech), mod: .end)
        case W.year where h(j + 1) == W.apostropheS && h(j + 2) == W.end:
            return Core(end: j + 3, spec: .relative(.year, 0, base: .speech), mod: .end)
        case W.post, W.pre:
            // "post-1959": after
            guard valid(j + 1), p[j + 1].joined, let (year, end) = yearNumber(j + 1) else { return nil }
            return Core(end: end, spec: .absolute(.year(year)), mod: w == W.post ? .after : .before)
        default:
            // "the first week of March", "the last days of 2018", "the final months of the year"
            if let ordinal = W.ordinals[w] ?? (w == W.last || w == W.final ? -1 : nil), hasThe,
                let unit = W.units[h(j + 1)], h(j + 2) == W.of, unit.unit == .week || unit.unit == .day || unit.unit == .month
            {
                guard let inner = core(at: j + 3) ?? relativeYearWords(j + 3) else { return nil }
                switch inner.spec {
                case .absolute, .yearless, .relative, .directed:
                    if unit.unit == .week && !unit.plural { return Core(end: inner.end, spec: .nthWeekOf(ordinal, inner.spec)) }
                    return Core(end: inner.end, spec: inner.spec, mod: ordinal == -1 ? .end : ordinal == 1 ? .start : nil)
                default: return nil
                }
            }
            // "the week of March 6"
            if hasThe, w == W.week, h(j + 1) == W.of, let inner = core(at: j + 2) {
                if case .yearless(.day) = inner.spec { return Core(end: inner.end, spec: .weekOf(inner.spec)) }
                if case .absolute(.day) = inner.spec { return Core(end: inner.end, spec: .weekOf(inner.spec)) }
            }
            return nil
        }
        // What is modified.
        let k = next
        if mod == .mid && valid(k) && !p[k].joined && w == W.mid {
            // "mid 2018" (unhyphenated) is fine; "mid" alone is not.
        }
        if h(k) == W.the && (w == W.end || w == W.close || w == W.beginning || w == W.start || w == W.middle || w == W.turn || w == W.rest || w == W.remainder) {
            // "the end of the year", "the start of the week": "the year" is this year.
            if let unit = W.units[h(k + 1)], !unit.plural {
                if unit.unit == .century, w == W.turn { return Core(end: k + 2, spec: .relative(.century, 0, base: .speech), mod: .end) }
                return Core(end: k + 2, spec: .relative(unit.unit, 0, base: .speech), mod: mod, clip: clip)
            }
        }
        // "early next year", "late last week", "earlier this month", "later this year", "early today"
        if let inner = core(at: k) {
            switch inner.spec {
            case .duration, .set, .reference:
                return nil
            case .relative(_, let offset, _) where clip != nil && offset != 0:
                return nil
            case .ago:
                return nil
            default:
                if clip == .untilReference || clip == .fromReference {
                    guard case .relative(_, 0, _) = inner.spec else {
                        if case .partOfDay = inner.spec { return Core(end: inner.end, spec: inner.spec, mod: w == W.earlier ? .start : .end) }
                        if case .relative(.day, _, _) = inner.spec { return Core(end: inner.end, spec: inner.spec, mod: w == W.earlier ? .start : .end) }
                        return nil
                    }
                }
                return Core(end: inner.end, spec: inner.spec, mod: mod ?? inner.mod, clip: clip)
            }
        }
        if let inner = relativeYearWords(k) { return Core(end: inner.end, spec: inner.spec, mod: mod, clip: clip) }
        // "late in the year", "early in the day"
        if (w == W.early || w == W.late || w == W.earlier || w == W.later), h(k) == W.in, h(k + 1) == W.the, let unit = W.units[h(k + 2)], !unit.plural {
            return Core(end: k + 3, spec: .relative(unit.unit, 0, base: .speech), mod: w == W.early || w == W.earlier ? .start : .end, clip: clip)
        }
        // "early morning", "late afternoon"
        if let part = W.partsOfDay[h(k)], w == W.early || w == W.late || w == W.mid {
            return Core(end: k + 1, spec: .partOfDay(nil, part), mod: mod)
        }
        return nil
    }

    /// "the year", "the month", "the week" in "the end of the year": the current one.
    func relativeYearWords(_ k: Int) -> Core? {
        if h(k) == W.the, let unit = W.units[h(k + 1)], !unit.plural, unit.unit >= .week {
            return Core(end: k + 2, spec: .relative(unit.unit, 0, base: .speech))
        }
        return nil
    }

    /// "Christmas", "Thanksgiving Day 2017", "Easter", "New Year's Eve".
    func holiday(_ i: Int) -> Core? {
        guard isCap(i), let (length, holiday) = W.holidays.match({ self.h($0) }, at: i) else { return nil }
        // Every word of a holiday name is capitalised ("Labor Day", not "labor day").
        for k in i..<(i + length) where isWord(k) && !isCap(k) && h(k) != W.apostropheS { return nil }
        var end = i + length
        var year: Int? = nil
        if let (y, next) = yearNumber(end) {
            year = y
            end = next
        } else if h(end) == W.of, let (y, next) = yearNumber(end + 1) {
            year = y
            end = next
        }
        switch holiday {
        case .fixed(let m, let d):
            if let year { return Core(end: end, spec: .absolute(.day(CalendarDate(year: year, month: m, day: d)))) }
            return Core(end: end, spec: .yearless(.day(month: m, day: d)))
        case .movable(let m):
            if let year { return Core(end: end, spec: .absolute(.day(Granule.holiday(m, year: year)))) }
            return Core(end: end, spec: .yearless(.holiday(m)))
        }
    }

    /// A clock time: "10:29 a.m.", "10 am", "3pm", "noon", "midnight", "14:00 GMT", "9 o'clock",
    /// with a zone if written. Returns the end, hour and minute.
    func clockTime(_ i: Int) -> (end: Int, hour: Int, minute: Int, zone: String?)? {
        guard valid(i) else { return nil }
        var hour = -1
        var minute = 0
        var j = i
        var meridiem: UInt64 = 0
        if h(i) == W.noon { return withZone(i + 1, hour: 12, minute: 0) }
        if h(i) == W.midnight { return withZone(i + 1, hour: 24, minute: 0) }
        if let c = clock(i) {
            hour = c.hour
            minute = c.minute
            j = i + 1
            if c.suffix == W.am || c.suffix == W.pm { meridiem = c.suffix }
        } else if let (v, digits, suffix) = leadingNumber(i), digits <= 2, suffix == W.am || suffix == W.pm {
            hour = v
            meridiem = suffix
            j = i + 1
        } else if p[i].kind == .number, p[i].value >= 0, p[i].value <= 12, p[i].digits <= 2 {
            hour = p[i].value
            j = i + 1
        } else {
            return nil
        }
        if meridiem == 0 {
            let w = h(j)
            if w == W.amDots || w == W.pmDots || w == W.am || w == W.pm {
                meridiem = (w == W.amDots || w == W.am) ? W.am : W.pm
                j += 1
                // "a.m" + "." when the acronym's period also ends the sentence
            } else if w == W.oclock {
                j += 1
                meridiem = 1
            } else if valid(j), isWord(j), isCap(j), W.zones.contains(w), clock(i) != nil {
                meridiem = 1
            } else if clock(i) == nil {
                return nil
            } else if !(h(i - 1) == W.at || h(i - 1) == W.by || h(i - 1) == W.until || h(i - 1) == W.from || h(i - 1) == W.after || h(i - 1) == W.before || h(i - 1) == W.around) {
                return nil
            }
        }
        guard hour >= 0, hour <= 24 else { return nil }
        if meridiem == W.pm && hour < 12 { hour += 12 }
        if meridiem == W.am && hour == 12 { hour = 0 }
        return withZone(j, hour: hour, minute: minute)
    }

    func withZone(_ j: Int, hour: Int, minute: Int) -> (end: Int, hour: Int, minute: Int, zone: String?) {
        // "(GMT)", "( UTC )"
        if isPunct(j, 0x28), valid(j + 1), W.zones.contains(h(j + 1)), isPunct(j + 2, 0x29) {
            return (j + 3, hour, minute, String(decoding: UnsafeBufferPointer(rebasing: b[p[j + 1].start..<p[j + 1].end]), as: UTF8.self))
        }
        if valid(j), W.zones.contains(h(j)), isCap(j) || p[j].flags.contains(.allCaps) {
            return (j + 1, hour, minute, String(decoding: UnsafeBufferPointer(rebasing: b[p[j].start..<p[j].end]), as: UTF8.self))
        }
        // "(GMT)", "local time"
        if h(j) == W.local, h(j + 1) == W.time { return (j + 2, hour, minute, "local time") }
        return (j, hour, minute, nil)
    }

    /// A time of day, possibly with its day: "10 a.m. Monday", "3 p.m. on March 5", "noon today".
    func timeOfDay(_ i: Int) -> Core? {
        guard let t = clockTime(i) else { return nil }
        var k = t.end
        if h(k) == W.on || isPunct(k, 0x2C) { k += 1 }
        if let day = weekdayExpression(k) ?? monthDate(k) ?? dayMonth(k) ?? dayWord(k) {
            switch day.spec {
            case .weekday, .absolute(.day), .yearless(.day), .relative(.day, _, _):
                return Core(end: day.end, spec: .timeOfDay(day.spec, hour: t.hour, minute: t.minute), zone: t.zone)
            default: break
            }
        }
        return Core(end: t.end, spec: .timeOfDay(nil, hour: t.hour, minute: t.minute), zone: t.zone)
    }
}

extension TimeGrammar {
    /// "the nine months", "the first nine months", "the past 20 years", "the next few days".
    func theDuration(_ i: Int) -> Core? {
        guard h(i) == W.the else { return nil }
        var j = i + 1
        switch h(j) {
        case W.first, W.latest, W.final, W.entire, W.full, W.whole, W.same, W.additional, W.remaining:
            j += 1
        case W.year where valid(j + 1) && p[j + 1].joined && (h(j + 1) == W.earlier || h(j + 1) == W.ago):
            j += 2
        default: break
        }
        guard let c = durationOrAgo(j), case .duration = c.spec else { return nil }
        return Core(end: c.end, spec: c.spec, mod: c.mod)
    }

    /// Reporting periods named by the story's last period: "the quarter", "the latest period",
    /// "the year-earlier period", "the year-ago quarter", "year-earlier", "the year",
    /// "the week", "the weekend", "the fiscal year".
    func periodReference(_ i: Int) -> Core? {
        var j = i
        let hasThe = h(j) == W.the
        if hasThe { j += 1 }
        var yearsBack = 0
        var latest = false
        switch h(j) {
        case W.latest, W.current, W.same:
            latest = h(j) == W.latest
            j += 1
        case W.year where valid(j + 1) && p[j + 1].joined && (h(j + 1) == W.earlier || h(j + 1) == W.ago):
            yearsBack = 1
            j += 2
            // "year-earlier" on its own, as an adjective: "year-earlier profit"
            if !hasThe && (h(j) != W.period && h(j) != W.quarter) { return Core(end: j, spec: .narrativePeriod(yearsBack: 1)) }
        case W.comparable, W.corresponding:
            j += 1
            if h(j) == W.year, valid(j + 1), p[j + 1].joined { yearsBack = 1; j += 2 }
        default: break
        }
        _ = latest
        if h(j) == W.fiscal { j += 1 }
        guard hasThe else { return nil }
        switch h(j) {
        case W.quarter, W.period:
            if h(j + 1) == W.of { return nil }
            return Core(end: j + 1, spec: .narrativePeriod(yearsBack: yearsBack))
        case W.year where yearsBack == 0:
            if h(j + 1) == W.of || h(j + 1) == W.before || h(j + 1) == W.after || h(j + 1) == W.apostropheS { return nil }
            // "for the year", "the fiscal year": TimeBank reads these as a year's length.
            return Core(end: j + 1, spec: .duration("P1Y", days: 365))
        case W.week where yearsBack == 0 && j == i + 1:
            if h(j + 1) == W.of || h(j + 1) == W.before || h(j + 1) == W.after || h(j + 1) == W.apostropheS { return nil }
            return Core(end: j + 1, spec: .relative(.week, 0, base: .speech))
        case W.weekend where yearsBack == 0 && j == i + 1:
            return Core(end: j + 1, spec: .weekend(nil))
        default:
            return nil
        }
    }

    /// Years in words, as transcripts write them: "nineteen ninety-six", "the year two thousand".
    func wordYear(_ i: Int) -> Core? {
        var j = i
        if h(i) == W.the, h(i + 1) == W.year { j = i + 2 }
        if h(j) == W.two, h(j + 1) == W.thousand {
            var year = 2000
            var end = j + 2
            if h(end) == W.and { end += 1 }
            if let n = W.numbers[h(end)], n > 0, n < 20 {
                year += n
                end += 1
            }
            guard j > i || W.temporalPrepositions.contains(h(i - 1)) else { return nil }
            return Core(end: end, spec: .absolute(.year(year)))
        }
        guard let century = W.numbers[h(j)], century >= 10, century <= 20, h(j) != W.dozen else { return nil }
        let k = j + 1
        guard let tens = W.numbers[h(k)], tens >= 10, tens < 100 else {
            if let d = W.decadeWords[h(k)] { return Core(end: k + 1, spec: .absolute(.decade(century * 10 + d))) }
            return nil
        }
        var year = century * 100 + tens
        var end = k + 1
        if tens >= 20, let unit = W.numbers[h(end)], unit > 0, unit < 10 {
            year += unit
            end += 1
        }
        return Core(end: end, spec: .absolute(.year(year)))
    }
}

extension TimeWords {
    static let first: UInt64 = 0x89d7_ed7f_996f_1d41  // "first"
    static let come: UInt64 = 0x0bcd_1b91_195f_dcc1  // "come"
    static let `for`: UInt64 = 0xdcb2_7818_fed9_da90  // "for"
    static let additional: UInt64 = 0x5905_226c_5b65_36bc  // "additional"
    static let remaining: UInt64 = 0x343f_0419_454a_4243  // "remaining"
    static let comparable: UInt64 = 0x4d87_8b9d_2599_ce69  // "comparable"
    static let corresponding: UInt64 = 0xd5a7_23bb_6e73_f564  // "corresponding"
    static let two: UInt64 = 0x5714_d319_447c_9709  // "two"
    static let dozen: UInt64 = 0xf40c_43ab_4620_8b49  // "dozen"
}
