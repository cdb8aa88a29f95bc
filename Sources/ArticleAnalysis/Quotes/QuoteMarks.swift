/// Pairs quotation marks into quoted spans, paragraph by paragraph.
///
/// Double marks (" “ ” „ '' « » 「 」) are paired first; single marks (' ‘ ’ ‚ ‹ ›) are paired only
/// outside double-quoted spans, and only when they close within their paragraph, so apostrophes never
/// open a quote that swallows the text after them. A double quote left open at the end of a paragraph
/// continues into the next paragraph when that paragraph reopens it (the newsroom convention for a
/// quote running over several paragraphs); otherwise it ends with its line or paragraph.
struct QuoteMarks {
    enum Family: UInt8 {
        case double
        case guillemet
        case corner
        case single
        case singleGuillemet
    }

    enum Direction: UInt8 {
        case open
        case close
        /// A straight mark: its side is read from the spaces around it.
        case either
    }

    /// One quotation mark: one token, or two for a doubled apostrophe (`''`).
    struct Mark {
        var first: Int
        var last: Int
        var start: Int
        var end: Int
        var scalar: Unicode.Scalar
        var family: Family
        var direction: Direction
        /// Whitespace (or the paragraph start) on the left, a word on the right: an opener's shape.
        var leftFlanking: Bool
        /// A word or punctuation on the left, whitespace or punctuation on the right: a closer's shape.
        var rightFlanking: Bool
        var atLineStart: Bool
        /// Glued to a digit on its left: 6'2", a 12" record.
        var afterDigit: Bool
    }

    /// A quoted span in one paragraph, before merging and attribution.
    struct Span {
        /// Token index of the opening mark (its first token).
        var openToken: Int
        /// Token index just past the closing mark, or past the last token covered when unclosed.
        var endToken: Int
        /// Token index of the closing mark's first token, if closed.
        var closeToken: Int?
        var range: Range<Int>
        var inner: Range<Int>
        var family: Family
        var paragraph: Int
        /// Left open at the end of its paragraph (or line): may continue in the next paragraph.
        var openAtEnd: Bool
        var closed: Bool { closeToken != nil }
    }

    let tokens: [Token]
    let bytes: [UInt8]

    // MARK: Marks

    static func family(of s: Unicode.Scalar) -> (Family, Direction)? {
        switch s.value {
        case 0x22: return (.double, .either)
        case 0x27: return (.single, .either)
        case 0x201C: return (.double, .open)
        case 0x201D: return (.double, .close)
        case 0x201E, 0x201F: return (.double, .open)
        case 0x2018, 0x201A, 0x201B: return (.single, .open)
        case 0x2019: return (.single, .close)
        case 0x00AB: return (.guillemet, .open)
        case 0x00BB: return (.guillemet, .close)
        case 0x2039: return (.singleGuillemet, .open)
        case 0x203A: return (.singleGuillemet, .close)
        case 0x300C, 0x300E: return (.corner, .open)
        case 0x300D, 0x300F: return (.corner, .close)
        default: return nil
        }
    }

    /// The quotation marks among `tokens[range]`, with a doubled apostrophe read as one double mark.
    func marks(in range: Range<Int>) -> [Mark] {
        var result: [Mark] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            guard t.kind == .quote, let (family0, direction0) = QuoteMarks.family(of: t.first) else {
                i += 1
                continue
            }
            var family = family0
            var direction = direction0
            var last = i
            // '' (two apostrophes, nothing between) is a straight double quote, as some archives write it.
            if t.first == "'", i + 1 < range.upperBound, tokens[i + 1].kind == .quote, tokens[i + 1].first == "'",
                !tokens[i + 1].has(.spaceBefore)
            {
                family = .double
                direction = .either
                last = i + 1
            }
            let before: Token? = i > range.lowerBound ? tokens[i - 1] : nil
            let after: Token? = last + 1 < range.upperBound ? tokens[last + 1] : nil
            let atLineStart = t.has(.newlineBefore) || i == range.lowerBound
            let spaceLeft = before == nil || t.has(.spaceBefore) || QuoteMarks.isOpeningContext(before!)
            let spaceRight = after == nil || after!.has(.spaceBefore)
            let wordRight = after.map { $0.kind == .word || $0.kind == .number || $0.kind == .quote || QuoteMarks.isOpeningPunctuation($0) } ?? false
            let leftFlanking = spaceLeft && !spaceRight && wordRight
            let punctuationRight = after.map { $0.kind == .punctuation && !QuoteMarks.isOpeningPunctuation($0) } ?? true
            let rightFlanking = !spaceLeft && (spaceRight || punctuationRight || after?.kind == .quote)
            let afterDigit = before.map { $0.kind == .number || ($0.kind == .word && $0.has(.hasDigit) && QuoteMarks.endsWithDigit(bytes, $0)) } ?? false
                && !t.has(.spaceBefore)
            result.append(Mark(
                first: i, last: last, start: Int(t.start), end: Int(tokens[last].end), scalar: t.first, family: family,
                direction: direction, leftFlanking: leftFlanking, rightFlanking: rightFlanking, atLineStart: atLineStart,
                afterDigit: afterDigit))
            i = last + 1
        }
        return result
    }

    static func endsWithDigit(_ bytes: [UInt8], _ t: Token) -> Bool {
        let e = Int(t.end) - 1
        return e >= 0 && e < bytes.count && Bytes.isDigit(bytes[e])
    }

    /// A token after which an opening mark needs no space: ( [ — – -
    static func isOpeningContext(_ t: Token) -> Bool {
        guard t.kind == .punctuation else { return false }
        switch t.first {
        case "(", "[", "{", "\u{2014}", "\u{2013}", "-", "/": return true
        default: return false
        }
    }

    static func isOpeningPunctuation(_ t: Token) -> Bool {
        guard t.kind == .punctuation else { return false }
        switch t.first {
        case "(", "[", "{", "\u{2026}", "#", "@", "$", "\u{00A3}", "\u{20AC}": return true
        case ".": return t.length > 1  // "...and then"
        default: return false
        }
    }

    static func isPrimary(_ f: Family) -> Bool { f == .double || f == .guillemet || f == .corner }

    // MARK: Pairing

    /// The quoted spans of one paragraph, in text order.
    func spans(paragraph: Int, tokens range: Range<Int>) -> [Span] {
        let all = marks(in: range)
        guard !all.isEmpty else { return [] }
        var spans = primarySpans(all, paragraph: paragraph, range: range)
        let singles = singleSpans(all, outside: spans, paragraph: paragraph, range: range)
        if !singles.isEmpty {
            // British style: 'He said "no",' she said — the double quote is inside the single one.
            spans.removeAll { s in singles.contains { $0.range.lowerBound < s.range.lowerBound && s.range.upperBound <= $0.range.upperBound } }
            spans.append(contentsOf: singles)
            spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return spans
    }

    /// How a mark reads given what is open: does it open, close, or neither?
    func resolve(_ m: Mark, open: Mark?) -> Direction? {
        if let open {
            // German „…“ and »…«: the mark that opens elsewhere closes here.
            if open.scalar == "\u{201E}" && m.scalar == "\u{201C}" { return .close }
            if open.scalar == "\u{00BB}" && m.scalar == "\u{00AB}" { return .close }
            if open.scalar == "\u{203A}" && m.scalar == "\u{2039}" { return .close }
            switch m.direction {
            case .close:
                return .close
            case .open:
                // “ glued to the word before and followed by space: a closer typed the wrong way round.
                if m.rightFlanking && !m.leftFlanking { return .close }
                return .open
            case .either:
                if m.afterDigit { return .close }
                if m.leftFlanking && !m.rightFlanking && (m.atLineStart || reopensAfterSentence(m)) { return .open }
                return .close
            }
        }
        switch m.direction {
        case .open:
            return .open
        case .close:
            // Swedish ”…”, German »…«, or a closer typed the wrong way round: opens when shaped so.
            return m.leftFlanking && !m.rightFlanking ? .open : nil
        case .either:
            if m.afterDigit { return nil }  // 6'2", a 12" record
            if m.rightFlanking && !m.leftFlanking { return nil }
            return .open
        }
    }

    func primarySpans(_ marks: [Mark], paragraph: Int, range: Range<Int>) -> [Span] {
        var spans: [Span] = []
        var open: Mark? = nil
        var nestedCurly = 0
        // Closing curly double marks still to come, for `“… he calls “hell” than …”` (a curly
        // quote nested in one of the same style): nested only if two closers follow.
        let primary = marks.filter { QuoteMarks.isPrimary($0.family) }
        var closersAfter = [Int](repeating: 0, count: primary.count + 1)
        for (n, m) in primary.enumerated().reversed() { closersAfter[n] = closersAfter[n + 1] + (m.scalar == "\u{201D}" ? 1 : 0) }
        for (n, m) in primary.enumerated() {
            guard let o = open else {
                if resolve(m, open: nil) == .open {
                    open = m
                    nestedCurly = 0
                }
                continue
            }
            guard m.family == o.family else { continue }  // « “nested” » — part of the outer quote
            if o.scalar == "\u{201C}" && m.scalar == "\u{201C}" && !m.atLineStart && !reopensAfterSentence(m) && closersAfter[n + 1] >= 2 + nestedCurly {
                nestedCurly += 1
                continue
            }
            if o.scalar == "\u{201C}" && m.scalar == "\u{201D}" && nestedCurly > 0 {
                nestedCurly -= 1
                continue
            }
            // "…“nested”…": curly marks inside a straight-quoted passage belong to it; a curly closer
            // with no curly opener before it closes the straight one ("work-related” typed loosely).
            if o.scalar == "\"" && m.scalar != "\"" && m.scalar != "'" && !(m.atLineStart && m.direction == .open) {
                if m.direction == .open {
                    nestedCurly += 1
                    continue
                }
                if nestedCurly > 0 {
                    nestedCurly -= 1
                    continue
                }
            }
            switch resolve(m, open: o) {
            case .close?:
                spans.append(span(open: o, close: m, paragraph: paragraph, range: range))
                open = nil
            case .open?:
                // A new quote opens before the old one closed. At a line start the old one ran to the end
                // of its line (a quote over several lines or paragraphs); mid-line it was never closed.
                spans.append(unclosed(o, before: m.first, paragraph: paragraph, range: range, continues: m.atLineStart || reopensAfterSentence(m)))
                open = m
                nestedCurly = 0
            default:
                continue
            }
        }
        if let o = open { spans.append(unclosed(o, before: range.upperBound, paragraph: paragraph, range: range, continues: true)) }
        return spans
    }

    func singleSpans(_ marks: [Mark], outside primary: [Span], paragraph: Int, range: Range<Int>) -> [Span] {
        var spans: [Span] = []
        var open: Mark? = nil
        var p = 0
        var pAtOpen = 0
        for m in marks where !QuoteMarks.isPrimary(m.family) {
            while p < primary.count && primary[p].range.upperBound <= m.start { p += 1 }
            if p < primary.count && primary[p].range.contains(m.start) { continue }
            // Never across a double-quoted span left open: 'a "b" c' is fine, but an apostrophe before
            // a stray double mark must not pair with one after it. (Only the spans passed since the
            // single mark opened are looked at, so this stays linear.)
            if let o = open, primary[min(pAtOpen, p)..<p].contains(where: { $0.range.lowerBound > o.start && !$0.closed }) {
                open = nil
            }
            if let o = open {
                if m.family == o.family, m.rightFlanking || (m.direction == .close && !m.leftFlanking) {
                    if !m.afterDigit || (m.rightFlanking && !m.leftFlanking) {
                        spans.append(span(open: o, close: m, paragraph: paragraph, range: range))
                        open = nil
                        continue
                    }
                }
                if m.leftFlanking && !m.rightFlanking && isSingleOpener(m) {  // the old one was an apostrophe
                    open = m
                    pAtOpen = p
                }
                continue
            }
            if m.leftFlanking && !m.rightFlanking && isSingleOpener(m) {
                open = m
                pAtOpen = p
            }
        }
        return spans
    }

    /// An opening single mark must be followed by a word that is not an elision ('em, '90s, 'til).
    func isSingleOpener(_ m: Mark) -> Bool {
        if m.direction == .close && m.scalar != "\u{203A}" && m.scalar != "\u{2019}" { return false }
        guard m.last + 1 < tokens.count else { return false }
        let next = tokens[m.last + 1]
        if next.kind == .number || (next.kind == .word && next.has(.hasDigit) && Bytes.isDigit(bytes[Int(next.start)])) { return false }
        if next.kind == .word && QuoteLexicons.elisions.contains(next.hash) && !next.isCapitalized { return false }
        return true
    }

    func span(open o: Mark, close c: Mark, paragraph: Int, range: Range<Int>) -> Span {
        Span(
            openToken: o.first, endToken: c.last + 1, closeToken: c.first, range: o.start..<c.end, inner: trimmed(o.end..<c.start),
            family: o.family, paragraph: paragraph, openAtEnd: false)
    }

    /// An opening mark with no closer: the quote runs to the end of its paragraph, or to the end of
    /// the first line after it that ends a sentence (so a stray mark never covers more than that).
    func unclosed(_ o: Mark, before limit: Int, paragraph: Int, range: Range<Int>, continues: Bool) -> Span {
        var end = max(o.last + 1, min(limit, range.upperBound))
        var k = o.last + 1
        while k < end {
            // A line break after sentence-final punctuation ends the quote.
            if k > o.last + 1, tokens[k].has(.newlineBefore), QuoteMarks.endsSentence(tokens[k - 1]) {
                end = k
                break
            }
            k += 1
        }
        let lastEnd = end > o.last + 1 ? Int(tokens[end - 1].end) : o.end
        return Span(
            openToken: o.first, endToken: end, closeToken: nil, range: o.start..<lastEnd, inner: trimmed(o.end..<lastEnd),
            family: o.family, paragraph: paragraph, openAtEnd: continues && end == min(limit, range.upperBound))
    }

    /// `"We have an offer on the table. "We would also like a deal," he said.`: a mark shaped as
    /// an opener right after a sentence ends, while a quote is open, reopens it. Text that lost its
    /// paragraph breaks (wire copy run together, a CMS export) writes a quote over several
    /// paragraphs this way.
    func reopensAfterSentence(_ m: Mark) -> Bool {
        reopensAfterSentence(openToken: m.first)
    }

    func reopensAfterSentence(openToken k: Int) -> Bool {
        guard k > 0, k < tokens.count, tokens[k].has(.spaceBefore), !tokens[k].has(.newlineBefore) else { return false }
        let previous = tokens[k - 1]
        return previous.kind == .punctuation && (previous.first == "." || previous.first == "?" || previous.first == "!")
    }

    static func endsSentence(_ t: Token) -> Bool {
        if t.kind == .punctuation {
            switch t.first {
            case ".", "!", "?", "\u{2026}", ":": return true
            default: return false
            }
        }
        return false
    }

    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        var hi = max(lo, r.upperBound)
        while lo < hi, lo < bytes.count, Bytes.isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, hi - 1 < bytes.count, Bytes.isSpace(bytes[hi - 1]) { hi -= 1 }
        return lo..<hi
    }
}
