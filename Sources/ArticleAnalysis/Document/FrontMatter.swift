/// The metadata block at the top of an article: YAML between `---` lines (or TOML between `+++`).
/// Only flat `key: value` pairs are read; lists and nested maps are skipped, never an error.
public struct FrontMatter: Sendable, Hashable {
    public struct Field: Sendable, Hashable {
        public var key: String
        public var value: String
        public var keyRange: Range<Int>
        public var valueRange: Range<Int>
    }

    /// The whole block, delimiters included.
    public var range: Range<Int>
    public var fields: [Field]
    /// Lines inside the block that could not be read as `key: value`.
    public var problems: [(range: Range<Int>, message: String)] {
        get { _problems.map { ($0.range, $0.message) } }
    }
    var _problems: [Problem] = []
    struct Problem: Sendable, Hashable {
        var range: Range<Int>
        var message: String
    }

    public static let titleKeys = ["title", "headline"]
    public static let sourceKeys = ["source", "outlet", "publisher", "publication", "site", "site_name"]
    public static let authorKeys = ["author", "authors", "byline", "by"]
    public static let dateKeys = ["date", "published", "publish_date", "published_at", "pubdate", "publication_date", "datepublished", "dateline"]
    public static let urlKeys = ["url", "link", "canonical_url", "source_url"]

    public func field(_ keys: [String]) -> Field? {
        for key in keys {
            if let f = fields.first(where: { $0.key == key }), !f.value.isEmpty { return f }
        }
        return nil
    }

    public var title: String? { field(FrontMatter.titleKeys)?.value }
    public var source: String? { field(FrontMatter.sourceKeys)?.value }
    public var author: String? { field(FrontMatter.authorKeys)?.value }
    public var url: String? { field(FrontMatter.urlKeys)?.value }
    public var dateField: Field? { field(FrontMatter.dateKeys) }

    /// Parses a block that starts at `offset` (after an optional byte-order mark). Returns nil when
    /// the text does not open with a delimiter line or the block is never closed.
    static func parse(_ bytes: [UInt8], at offset: Int) -> FrontMatter? {
        let lines = Lines(bytes)
        guard let first = lines.line(startingAt: offset) else { return nil }
        // Compared as bytes: the first line of an article without front matter can be a whole
        // paragraph, and every article is asked.
        let isTOML: Bool
        if isDelimiter(bytes, first.content, "---") {
            isTOML = false
        } else if isDelimiter(bytes, first.content, "+++") {
            isTOML = true
        } else {
            return nil
        }
        var fields: [Field] = []
        var problems: [Problem] = []
        var cursor = first.next
        while let line = lines.line(startingAt: cursor) {
            if isDelimiter(bytes, line.content, isTOML ? "+++" : "---") || (!isTOML && isDelimiter(bytes, line.content, "...")) {
                var fm = FrontMatter(range: offset..<line.next, fields: fields)
                fm._problems = problems
                return fm
            }
            cursor = line.next
            // Indented lines, list items and comments belong to something we do not read.
            guard let firstByte = line.content.first.map({ bytes[$0] }), firstByte != 0x20, firstByte != 0x09,
                firstByte != UInt8(ascii: "-"), firstByte != UInt8(ascii: "#"), firstByte != UInt8(ascii: "[")
            else { continue }
            let separator = isTOML ? UInt8(ascii: "=") : UInt8(ascii: ":")
            guard let sep = line.content.first(where: { bytes[$0] == separator }) else {
                problems.append(Problem(range: line.content, message: "front matter line is not `key\(isTOML ? " =" : ":") value`"))
                continue
            }
            let keyRange = trim(bytes, line.content.lowerBound..<sep)
            var valueRange = trim(bytes, (sep + 1)..<line.content.upperBound)
            if !isTOML, let hash = commentStart(bytes, valueRange) { valueRange = trim(bytes, valueRange.lowerBound..<hash) }
            // Strip matching quotes.
            if valueRange.count >= 2 {
                let q = bytes[valueRange.lowerBound]
                if (q == 0x22 || q == 0x27) && bytes[valueRange.upperBound - 1] == q {
                    valueRange = (valueRange.lowerBound + 1)..<(valueRange.upperBound - 1)
                }
            }
            let key = FrontMatter.normalizedKey(bytes, keyRange)
            var value = bytes.text(valueRange)
            if value.hasPrefix("[") || value.hasPrefix("{") || value == "|" || value == ">" {
                value = ""  // flow collections and block scalars: not a plain value
            }
            fields.append(Field(key: key, value: value, keyRange: keyRange, valueRange: valueRange))
        }
        return nil
    }

    /// Whether the line, without surrounding spaces and tabs, is exactly `delimiter` (ASCII).
    static func isDelimiter(_ bytes: [UInt8], _ line: Range<Int>, _ delimiter: StaticString) -> Bool {
        var lo = line.lowerBound
        var hi = line.upperBound
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        guard hi - lo == delimiter.utf8CodeUnitCount else { return false }
        let d = delimiter.utf8Start
        for k in 0..<(hi - lo) where bytes[lo + k] != d[k] { return false }
        return true
    }

    /// A key lowercased, with `-` read as `_`. ASCII keys (all real ones) are done on bytes.
    static func normalizedKey(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        if bytes[range].allSatisfy({ $0 < 0x80 }) {
            return String(decoding: bytes[range].map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : Bytes.lower($0) }, as: UTF8.self)
        }
        return bytes.text(range).lowercased().replacingOccurrences(of: "-", with: "_")
    }

    static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, Bytes.isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, Bytes.isSpace(bytes[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    /// A YAML comment starts with `#` after whitespace, outside quotes.
    static func commentStart(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard let first = range.first else { return nil }
        if bytes[first] == 0x22 || bytes[first] == 0x27 { return nil }
        var i = range.lowerBound + 1
        while i < range.upperBound {
            if bytes[i] == UInt8(ascii: "#") && Bytes.isSpace(bytes[i - 1]) { return i }
            i += 1
        }
        return nil
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        guard !a.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let r = rest.range(of: a) {
            result += rest[..<r.lowerBound]
            result += b
            rest = rest[r.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    func range(of needle: String) -> Range<Substring.Index>? {
        guard !needle.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
            i = index(after: i)
        }
        return nil
    }
}

/// Line iteration over bytes. A line's `content` excludes its terminator (`\n` or `\r\n`).
struct Lines {
    struct Line {
        var content: Range<Int>
        /// Offset of the next line's first byte.
        var next: Int
    }

    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func line(startingAt start: Int) -> Line? {
        guard start < bytes.count else { return nil }
        let i = bytes.withUnsafeBufferPointer { buffer in Bytes.firstIndex(of: 0x0A, in: buffer, from: start, to: buffer.count) }
        var end = i
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return Line(content: start..<end, next: min(i + 1, bytes.count))
    }

    func all() -> [Line] {
        var result: [Line] = []
        var cursor = 0
        while let line = line(startingAt: cursor) {
            result.append(line)
            cursor = line.next
        }
        return result
    }
}
