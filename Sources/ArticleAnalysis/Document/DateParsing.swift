/// Reads dates written the ways front matter and datelines write them: ISO 8601 (with or without a
/// time), "2018/03/05", "March 5, 2018", "Mar. 5 2018", "5 March 2018", "Monday, March 5, 2018",
/// "03/05/2018" (US order). Used for publication dates; the time tagger reads dates in prose.
public enum DateParsing {
    static let monthNames: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]

    static let monthNameBytes: [([UInt8], Int)] = monthNames.map { (Array($0.0.utf8), $0.1) }

    public static func month(named word: Substring) -> Int? {
        // Bytes, ASCII case folded: month names are ASCII, and no other letter lowercases to one
        // that could complete them, so this equals comparing `word.lowercased()`, without allocating.
        let utf8 = word.utf8
        guard utf8.count >= 3 && utf8.count <= 9 else { return nil }
        for (name, number) in monthNameBytes where name.count == utf8.count {
            var same = true
            for (a, b) in zip(utf8, name) where Bytes.lower(a) != b {
                same = false
                break
            }
            if same { return number }
        }
        return nil
    }

    /// A date with a year, or nil.
    public static func parse(_ text: String) -> CalendarDate? {
        if case .full(let d)? = parseLoose(text) { return d }
        return nil
    }

    public enum Loose: Sendable, Equatable {
        case full(CalendarDate)
        /// Month and day without a year ("Mar 05").
        case monthDay(month: Int, day: Int)
    }

    /// A date, or a month and day without a year.
    public static func parseLoose(_ text: String) -> Loose? {
        // Every date this reads has an ASCII digit (`Int` parses no other): without one, nothing
        // to do. Most paragraphs looked at for a dateline have none.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        // Exactly YYYY-MM-DD (front matter's usual form): what parseISO would read, without
        // building Substrings; an invalid date there reads as nothing, as below.
        if text.utf8.count == 10 {
            let d = Array(text.utf8)
            func digits(_ r: Range<Int>) -> Int? {
                var n = 0
                for k in r {
                    guard d[k] >= 0x30 && d[k] <= 0x39 else { return nil }
                    n = n * 10 + Int(d[k] - 0x30)
                }
                return n
            }
            if d[4] == UInt8(ascii: "-"), d[7] == UInt8(ascii: "-"), let y = digits(0..<4), let m = digits(5..<7), let day = digits(8..<10) {
                return CalendarDate(validYear: y, month: m, day: day).map { .full($0) }
            }
        }
        let s = text.trimmingCharacters(in: " \t\"'")
        if let iso = parseISO(Substring(s)) { return .full(iso) }
        // Split into words and numbers.
        var words: [Substring] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(Substring(current)); current = "" }
        }
        for ch in s {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if ch == "/" || ch == "-" {
                flush()
                words.append(Substring(String(ch)))
            } else {
                flush()
            }
        }
        flush()
        // Numeric m/d/y with slashes.
        for i in 0..<words.count where i + 4 < words.count {
            if words[i + 1] == "/", words[i + 3] == "/", let m = Int(words[i]), let d = Int(words[i + 2]),
                let y = Int(words[i + 4]), words[i + 4].count == 4
            {
                if let date = CalendarDate(validYear: y, month: m, day: d) { return .full(date) }
                if let date = CalendarDate(validYear: y, month: d, day: m) { return .full(date) }
            }
        }
        // Month name with a day and maybe a year, in either order.
        for (i, w) in words.enumerated() {
            guard let m = month(named: w) else { continue }
            // "May" alone is too often the verb; require a number next to it.
            func number(_ j: Int) -> Int? { j >= 0 && j < words.count ? Int(words[j]) : nil }
            func isYear(_ j: Int) -> Int? {
                guard let n = number(j), words[j].count == 4, (1000...2999).contains(n) else { return nil }
                return n
            }
            if let d = number(i + 1), (1...31).contains(d), words[i + 1].count <= 2 {
                if let y = isYear(i + 2), let date = CalendarDate(validYear: y, month: m, day: d) { return .full(date) }
                // "Mar 05 AT 10:29 AM": no year in sight.
                if isYear(i + 2) == nil { return .monthDay(month: m, day: d) }
            }
            if let d = number(i - 1), (1...31).contains(d), words[i - 1].count <= 2 {
                if let y = isYear(i + 1), let date = CalendarDate(validYear: y, month: m, day: d) { return .full(date) }
                return .monthDay(month: m, day: d)
            }
        }
        return nil
    }

    /// "2018-03-05", "2018-03-05T10:29:00Z", "2018/03/05", "20180305".
    static func parseISO(_ s: Substring) -> CalendarDate? {
        let digits = s.prefix(10)
        let parts = digits.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            parts[1].count <= 2, parts[2].count <= 2
        {
            let rest = s.dropFirst(digits.count)
            if rest.isEmpty || rest.first == "T" || rest.first == " " || rest.first == "t" {
                return CalendarDate(validYear: y, month: m, day: d)
            }
        }
        if s.count == 8, s.allSatisfy(\.isNumber), let y = Int(s.prefix(4)), let m = Int(s.dropFirst(4).prefix(2)),
            let d = Int(s.suffix(2))
        {
            return CalendarDate(validYear: y, month: m, day: d)
        }
        return nil
    }

    /// The date in a news URL's path: "/2018/03/05/", "/2018-03-05-", "/20180305/". A year and
    /// month alone ("/2018/03/") is not enough for a day.
    public static func dateInURL(_ url: String) -> CalendarDate? {
        let bytes = Array(url.utf8)
        // Skip the scheme and host: dates live in the path.
        var start = 0
        var k = 0
        while k + 2 < bytes.count {
            if bytes[k] == UInt8(ascii: ":"), bytes[k + 1] == UInt8(ascii: "/"), bytes[k + 2] == UInt8(ascii: "/") {
                start = k + 3
                while start < bytes.count, bytes[start] != UInt8(ascii: "/") { start += 1 }
                break
            }
            k += 1
        }
        func number(_ i: Int, _ n: Int) -> Int? {
            guard i >= 0, i + n <= bytes.count else { return nil }
            var v = 0
            for k in i..<(i + n) {
                guard Bytes.isDigit(bytes[k]) else { return nil }
                v = v * 10 + Int(bytes[k] - 0x30)
            }
            return v
        }
        func isSeparator(_ i: Int) -> Bool { i >= bytes.count || bytes[i] == UInt8(ascii: "/") || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "_") }
        var i = start
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "/") || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "_") {
                let p = i + 1
                if let y = number(p, 4), (1990...2100).contains(y) {
                    // yyyy/mm/dd or yyyy-mm-dd
                    if p + 4 < bytes.count, bytes[p + 4] == bytes[i] || bytes[p + 4] == UInt8(ascii: "/") || bytes[p + 4] == UInt8(ascii: "-"),
                        let m = number(p + 5, 2), p + 7 < bytes.count, bytes[p + 7] == bytes[p + 4], let d = number(p + 8, 2), isSeparator(p + 10),
                        let date = CalendarDate(validYear: y, month: m, day: d)
                    {
                        return date
                    }
                    // yyyymmdd
                    if let m = number(p + 4, 2), let d = number(p + 6, 2), isSeparator(p + 8), let date = CalendarDate(validYear: y, month: m, day: d) {
                        return date
                    }
                }
            }
            i += 1
        }
        return nil
    }
}
