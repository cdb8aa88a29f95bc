/// The form an article file takes.
public enum ArticleFormat: String, Sendable, Hashable, Codable {
    case markdown
    case plainText

    /// `.md`/`.markdown` files are Markdown; `.txt`, `.article` and anything else are plain text.
    public static func forPath(_ path: String) -> ArticleFormat {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".mdx") ? .markdown : .plainText
    }
}

/// A comment that silences rules: `<!-- copydesk-disable-next-line unattributed-quote -->` in
/// Markdown or plain text, or `// copydesk-disable-next-line unattributed-quote` on its own line in
/// plain text. `copydesk-disable` (no `-next-line`) silences the rules for the rest of the file.
public struct Directive: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        case nextLine
        case restOfFile
    }

    public var range: Range<Int>
    public var scope: Scope
    /// Rule codes; empty means every rule.
    public var rules: [String]
    /// What it silences: the next non-blank line, or everything after the comment.
    public var target: Range<Int>

    public func silences(code: String, at offset: Int) -> Bool {
        (rules.isEmpty || rules.contains(code)) && target.contains(offset)
    }
}

/// How a line of the article reads once markup is set aside.
enum LineKind: Sendable, Equatable {
    case blank
    case text
    case heading
    case blockQuote
    case listItem
    case tableRow
    /// Markup only: code, rules, link definitions, directives. Treated as blank.
    case hidden
}

/// The first pass over an article: front matter, markup masking, line kinds, directives.
///
/// Masking keeps offsets: markup bytes become spaces (line breaks stay), so every later layer reads
/// prose at the file's own UTF-8 offsets and never needs a mapping back.
struct Layout {
    var masked: [UInt8]
    var frontMatter: FrontMatter?
    var lines: [(line: Lines.Line, kind: LineKind)]
    var directives: [Directive]

    init(bytes: [UInt8], format: ArticleFormat) {
        masked = bytes
        lines = []
        directives = []
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            blank(0..<3)
            start = 3
        }
        if let fm = FrontMatter.parse(bytes, at: start) {
            frontMatter = fm
            blank(fm.range)
        }
        maskComments(bytes)
        var inFence: (marker: UInt8, count: Int)? = nil
        var previousKind: LineKind = .blank
        let allLines = Lines(masked).all()
        lines.reserveCapacity(allLines.count)
        for line in allLines {
            if let fm = frontMatter, fm.range.contains(line.content.lowerBound) {
                lines.append((line, .hidden))
                continue
            }
            var kind: LineKind
            if format == .markdown {
                kind = classifyMarkdown(line, fence: &inFence, previous: previousKind)
            } else {
                kind = isBlank(line.content) ? .blank : .text
            }
            if kind != .hidden && kind != .blank && isBlank(line.content) { kind = .blank }
            lines.append((line, kind))
            previousKind = kind
        }
        resolveDirectiveTargets()
    }

    mutating func blank(_ range: Range<Int>) {
        for i in range where i < masked.count && masked[i] != 0x0A && masked[i] != 0x0D { masked[i] = 0x20 }
    }

    func isBlank(_ range: Range<Int>) -> Bool {
        for i in range where !Bytes.isSpace(masked[i]) { return false }
        return true
    }

    // MARK: Comments and directives

    /// Masks HTML comments (both formats) and `//` directive lines (plain text), recording directives.
    mutating func maskComments(_ bytes: [UInt8]) {
        var i = frontMatter?.range.upperBound ?? 0
        let n = bytes.count
        while i < n {
            // Only "<" (comments) and "/" (directive lines) matter: skip to the next of either.
            i = bytes.withUnsafeBufferPointer { buffer in
                Bytes.firstIndex(of: UInt8(ascii: "<"), or: UInt8(ascii: "/"), in: buffer, from: i, to: n)
            }
            if i >= n { break }
            if bytes[i] == UInt8(ascii: "<"), i + 3 < n, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "-"),
                bytes[i + 3] == UInt8(ascii: "-")
            {
                var j = i + 4
                var closed = false
                while j + 2 < n {
                    if bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && bytes[j + 2] == UInt8(ascii: ">") {
                        closed = true
                        break
                    }
                    j += 1
                }
                // An unclosed comment ends at its line, so it cannot hide the rest of the article.
                let end: Int
                if closed {
                    end = j + 3
                } else {
                    var k = i
                    while k < n, bytes[k] != 0x0A { k += 1 }
                    end = k
                }
                recordDirective(bytes, body: (i + 4)..<(closed ? j : end), comment: i..<end)
                blank(i..<end)
                i = end
                continue
            }
            if bytes[i] == UInt8(ascii: "/"), i + 1 < n, bytes[i + 1] == UInt8(ascii: "/"), atLineStart(bytes, i) {
                var k = i
                while k < n, bytes[k] != 0x0A { k += 1 }
                let body = (i + 2)..<k
                if bytes.text(body).trimmingCharacters(in: " \t\r").hasPrefix("copydesk-") {
                    recordDirective(bytes, body: body, comment: i..<k)
                    blank(i..<k)
                }
                i = k
                continue
            }
            i += 1
        }
    }

    func atLineStart(_ bytes: [UInt8], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, bytes[k] == 0x20 || bytes[k] == 0x09 { k -= 1 }
        return k < 0 || bytes[k] == 0x0A
    }

    mutating func recordDirective(_ bytes: [UInt8], body: Range<Int>, comment: Range<Int>) {
        let text = bytes.text(body).trimmingCharacters(in: " \t\r\n")
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
        guard let head = words.first else { return }
        let scope: Directive.Scope
        switch head {
        case "copydesk-disable-next-line", "copydesk-ignore-next-line", "copydesk-ignore": scope = .nextLine
        case "copydesk-disable", "copydesk-disable-file": scope = .restOfFile
        default: return
        }
        let rules = words.dropFirst().map(String.init).filter { $0 != "--" }
        directives.append(Directive(range: comment, scope: scope, rules: rules, target: comment.upperBound..<comment.upperBound))
    }

    mutating func resolveDirectiveTargets() {
        for index in directives.indices {
            let d = directives[index]
            switch d.scope {
            case .restOfFile:
                directives[index].target = d.range.upperBound..<Int.max
            case .nextLine:
                // The next line with prose on it (the comment's own line, if prose follows it there).
                if let own = lines.first(where: { $0.line.content.contains(d.range.lowerBound) || $0.line.content.upperBound == d.range.lowerBound }),
                    own.line.content.upperBound > d.range.upperBound, !isBlank(d.range.upperBound..<own.line.content.upperBound)
                {
                    directives[index].target = d.range.upperBound..<own.line.content.upperBound
                } else if let next = lines.first(where: { $0.line.content.lowerBound >= d.range.upperBound && ($0.kind != .blank && $0.kind != .hidden) }) {
                    directives[index].target = next.line.content
                }
            }
        }
    }

    // MARK: Markdown

    mutating func classifyMarkdown(_ line: Lines.Line, fence: inout (marker: UInt8, count: Int)?, previous: LineKind) -> LineKind {
        let r = line.content
        var i = r.lowerBound
        var indent = 0
        while i < r.upperBound, masked[i] == 0x20 || masked[i] == 0x09 {
            indent += masked[i] == 0x09 ? 4 : 1
            i += 1
        }
        // Fenced code.
        if indent < 4, i + 2 < r.upperBound, masked[i] == UInt8(ascii: "`") || masked[i] == UInt8(ascii: "~") {
            let marker = masked[i]
            var k = i
            while k < r.upperBound, masked[k] == marker { k += 1 }
            let count = k - i
            if count >= 3 {
                if let open = fence {
                    if open.marker == marker && count >= open.count && isBlank(k..<r.upperBound) { fence = nil }
                } else {
                    fence = (marker, count)
                }
                blank(r)
                return .hidden
            }
        }
        if fence != nil {
            blank(r)
            return .hidden
        }
        if i == r.upperBound { return .blank }
        // Indented code, only after a blank line.
        if indent >= 4 && (previous == .blank || previous == .hidden) {
            blank(r)
            return .hidden
        }
        let b = masked[i]
        // Thematic break or setext underline.
        if b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "_") || b == UInt8(ascii: "=") {
            var k = i
            var count = 0
            var onlyMarker = true
            while k < r.upperBound {
                if masked[k] == b { count += 1 } else if masked[k] != 0x20 && masked[k] != 0x09 { onlyMarker = false; break }
                k += 1
            }
            if onlyMarker && (count >= 3 || (b == UInt8(ascii: "=") && count >= 1)) {
                blank(r)
                // A setext underline turns the paragraph line above into a heading.
                if (b == UInt8(ascii: "=") || b == UInt8(ascii: "-")), previous == .text, let last = lines.indices.last {
                    lines[last].kind = .heading
                }
                return .hidden
            }
        }
        // ATX heading.
        if b == UInt8(ascii: "#") {
            var k = i
            while k < r.upperBound, masked[k] == UInt8(ascii: "#") { k += 1 }
            if k - i <= 6 && (k == r.upperBound || masked[k] == 0x20 || masked[k] == 0x09) {
                blank(i..<k)
                // Closing hashes.
                var e = r.upperBound
                while e > k, masked[e - 1] == 0x20 { e -= 1 }
                var h = e
                while h > k, masked[h - 1] == UInt8(ascii: "#") { h -= 1 }
                if h < e && (h == k || masked[h - 1] == 0x20) { blank(h..<e) }
                maskInline(k..<r.upperBound)
                return .heading
            }
        }
        // Block quote: one or more '>' markers.
        if b == UInt8(ascii: ">") {
            var k = i
            while k < r.upperBound, masked[k] == UInt8(ascii: ">") || masked[k] == 0x20 { k += 1 }
            blank(i..<k)
            let inner = Lines.Line(content: k..<r.upperBound, next: line.next)
            if isBlank(inner.content) { return .blank }
            maskInline(inner.content)
            return .blockQuote
        }
        // List item.
        if let markerEnd = listMarkerEnd(i, r.upperBound) {
            blank(i..<markerEnd)
            maskInline(markerEnd..<r.upperBound)
            return .listItem
        }
        // Link reference definition: [id]: url
        if b == UInt8(ascii: "["), let close = (i..<r.upperBound).first(where: { masked[$0] == UInt8(ascii: "]") }),
            close + 1 < r.upperBound, masked[close + 1] == UInt8(ascii: ":")
        {
            blank(r)
            return .hidden
        }
        // Table rows.
        if b == UInt8(ascii: "|") {
            var onlySeparators = true
            for k in r where masked[k] != UInt8(ascii: "|") && masked[k] != UInt8(ascii: "-") && masked[k] != UInt8(ascii: ":") && masked[k] != 0x20 {
                onlySeparators = false
                break
            }
            if onlySeparators {
                blank(r)
                return .hidden
            }
            for k in r where masked[k] == UInt8(ascii: "|") { masked[k] = 0x20 }
            maskInline(r)
            return .tableRow
        }
        maskInline(r)
        return previous == .listItem && indent >= 2 ? .listItem : .text
    }

    func listMarkerEnd(_ i: Int, _ end: Int) -> Int? {
        let b = masked[i]
        if (b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+")), i + 1 < end, masked[i + 1] == 0x20 {
            return i + 2
        }
        var k = i
        while k < end, Bytes.isDigit(masked[k]), k - i < 9 { k += 1 }
        if k > i, k + 1 < end, masked[k] == UInt8(ascii: ".") || masked[k] == UInt8(ascii: ")"), masked[k + 1] == 0x20 {
            return k + 2
        }
        return nil
    }

    /// Masks inline markup: emphasis, code spans, links and images, autolinks, HTML tags, escapes.
    /// Whether a byte can start inline markup: ! * < (below 64) and [ \\ _ ` ~ (64–127), as bit masks.
    @inline(__always) static func startsInlineMarkup(_ c: UInt8) -> Bool {
        let low: UInt64 = (1 << 0x21) | (1 << 0x2A) | (1 << 0x3C)
        let high: UInt64 = (1 << (0x5B - 64)) | (1 << (0x5C - 64)) | (1 << (0x5F - 64)) | (1 << (0x60 - 64)) | (1 << (0x7E - 64))
        if c < 64 { return low & (1 << UInt64(c)) != 0 }
        if c < 128 { return high & (1 << UInt64(c - 64)) != 0 }
        return false
    }

    /// Nonzero when some byte of `w` may start inline markup: exactly for ! * < ~, and for any byte
    /// whose low seven bits are 0x5B–0x60 ([ \\ ] ^ _ `, and a few non-ASCII bytes), a superset
    /// that `firstInlineMarkup` then checks byte by byte.
    @inline(__always) static func mayStartInlineMarkup(_ w: UInt64) -> UInt64 {
        let low7 = w & ~Bytes.highs
        let atLeast5B = low7 &+ (Bytes.ones &* 0x25)  // high bit set where the byte is ≥ 0x5B
        let atLeast61 = low7 &+ (Bytes.ones &* 0x1F)  // high bit set where the byte is ≥ 0x61
        let bracketToBacktick = atLeast5B & ~atLeast61 & Bytes.highs
        return bracketToBacktick | Bytes.lanesEqual(w, UInt8(ascii: "!")) | Bytes.lanesEqual(w, UInt8(ascii: "*"))
            | Bytes.lanesEqual(w, UInt8(ascii: "<")) | Bytes.lanesEqual(w, UInt8(ascii: "~"))
    }

    /// The first index in `start..<end` whose byte `startsInlineMarkup`, or `end`; eight bytes at a
    /// time through prose. `end <= buffer.count`.
    @inline(__always)
    static func firstInlineMarkup(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var j = start
        while j < end {
            if j + 8 <= end && mayStartInlineMarkup(Bytes.load8(buffer, j)) == 0 {
                j += 8
                continue
            }
            let stop = min(j + 8, end)
            while j < stop && !startsInlineMarkup(buffer[j]) { j += 1 }
            if j < stop { return j }
        }
        return end
    }

    mutating func maskInline(_ r: Range<Int>) {
        var i = r.lowerBound
        let end = r.upperBound
        while i < end {
            // Prose runs between markup characters are skipped in a tight read-only scan.
            i = masked.withUnsafeBufferPointer { buffer in Layout.firstInlineMarkup(buffer, from: i, to: end) }
            if i >= end { break }
            let b = masked[i]
            switch b {
            case UInt8(ascii: "\\"):
                if i + 1 < end, isASCIIPunctuation(masked[i + 1]) {
                    masked[i] = 0x20
                    i += 2
                    continue
                }
            case UInt8(ascii: "`"):
                var k = i
                while k < end, masked[k] == UInt8(ascii: "`") { k += 1 }
                let ticks = k - i
                // Find the matching run.
                var j = k
                var closeAt: Int? = nil
                while j < end {
                    if masked[j] == UInt8(ascii: "`") {
                        var m = j
                        while m < end, masked[m] == UInt8(ascii: "`") { m += 1 }
                        if m - j == ticks {
                            closeAt = m
                            break
                        }
                        j = m
                    } else {
                        j += 1
                    }
                }
                if let closeAt {
                    blank(i..<closeAt)
                    i = closeAt
                } else {
                    i = k
                }
                continue
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                var k = i
                while k < end, masked[k] == b { k += 1 }
                let before: UInt8 = i > r.lowerBound ? masked[i - 1] : 0x20
                let after: UInt8 = k < end ? masked[k] : 0x20
                let leftFlanking = !Bytes.isSpace(after)
                let rightFlanking = !Bytes.isSpace(before)
                let intraword = isWordByte(before) && isWordByte(after)
                if (leftFlanking || rightFlanking) && !(b == UInt8(ascii: "_") && intraword) && !(b == UInt8(ascii: "~") && k - i < 2) {
                    if !(leftFlanking && rightFlanking && intraword && b == UInt8(ascii: "*") && k - i == 1) {
                        blank(i..<k)
                    }
                }
                i = k
                continue
            case UInt8(ascii: "!"):
                if i + 1 < end, masked[i + 1] == UInt8(ascii: "["), let (_, close) = linkParts(i + 1, end) {
                    blank(i..<close)  // images are not prose
                    i = close
                    continue
                }
            case UInt8(ascii: "["):
                if let (textEnd, close) = linkParts(i, end) {
                    masked[i] = 0x20
                    blank(textEnd..<close)
                    i += 1
                    continue
                }
            case UInt8(ascii: "<"):
                // Autolinks and HTML tags: '<' then a letter, '/' or scheme, up to '>' on this line.
                if i + 1 < end, Bytes.isASCIILetter(masked[i + 1]) || masked[i + 1] == UInt8(ascii: "/") {
                    if let close = (i + 1..<end).first(where: { masked[$0] == UInt8(ascii: ">") || masked[$0] == UInt8(ascii: "<") }),
                        masked[close] == UInt8(ascii: ">")
                    {
                        let inner = masked.text((i + 1)..<close)
                        if !inner.contains(" ") || inner.first?.isLetter == true || inner.hasPrefix("/") {
                            blank(i..<(close + 1))
                            i = close + 1
                            continue
                        }
                    }
                }
            default:
                break
            }
            i += 1
        }
    }

    /// For `[text](url)` or `[text][ref]` starting at `open`: the offset of the `]` and the end of the link.
    func linkParts(_ open: Int, _ end: Int) -> (Int, Int)? {
        var depth = 0
        var k = open
        var closeBracket: Int? = nil
        while k < end {
            if masked[k] == UInt8(ascii: "[") { depth += 1 }
            if masked[k] == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 {
                    closeBracket = k
                    break
                }
            }
            k += 1
        }
        guard let cb = closeBracket, cb + 1 < end else { return nil }
        let opener = masked[cb + 1]
        let closer: UInt8
        switch opener {
        case UInt8(ascii: "("): closer = UInt8(ascii: ")")
        case UInt8(ascii: "["): closer = UInt8(ascii: "]")
        default: return nil
        }
        var m = cb + 2
        var nesting = 0
        while m < end {
            if masked[m] == opener { nesting += 1 }
            if masked[m] == closer {
                if nesting == 0 { return (cb, m + 1) }
                nesting -= 1
            }
            m += 1
        }
        return nil
    }

    @inline(__always) func isWordByte(_ b: UInt8) -> Bool { Bytes.isASCIILetter(b) || Bytes.isDigit(b) || b >= 0x80 }

    @inline(__always) func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }
}
