/// Byte-level helpers over UTF-8. Analysis works on byte offsets into the article's UTF-8 text;
/// hot loops look at bytes, and decode a scalar only when a byte is not ASCII.
public enum Bytes {
    @inline(__always) public static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) public static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) public static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) public static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) public static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    @inline(__always) public static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B }
    @inline(__always) public static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// Decodes the scalar starting at `i` (which must not be a continuation byte). Returns the scalar
    /// and its length in bytes; malformed sequences decode as U+FFFD of length 1.
    @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let n = bytes.count
        var value: UInt32
        var length: Int
        if b0 & 0xE0 == 0xC0 {
            value = UInt32(b0 & 0x1F); length = 2
        } else if b0 & 0xF0 == 0xE0 {
            value = UInt32(b0 & 0x0F); length = 3
        } else if b0 & 0xF8 == 0xF0 {
            value = UInt32(b0 & 0x07); length = 4
        } else {
            return ("\u{FFFD}", 1)
        }
        guard i + length <= n else { return ("\u{FFFD}", 1) }
        for k in 1..<length {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = (value << 6) | UInt32(c & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    public static func scalar(in bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        bytes.withUnsafeBufferPointer { scalar(in: $0, at: i) }
    }

    /// FNV-1a over the bytes, ASCII-lowercased, with typographic apostrophes (U+2019, U+2018)
    /// folded to `'` so "We’ve" and "We've" hash alike. Used to look words up in lexicons without
    /// allocating strings.
    @inline(__always)
    public static func wordHash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = range.lowerBound
        while i < range.upperBound {
            var b = bytes[i]
            if b == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98 {
                b = 0x27
                i += 2
            }
            h = (h ^ UInt64(lower(b))) &* 0x100_0000_01b3
            i += 1
        }
        return h
    }

    public static func wordHash(_ word: String) -> UInt64 {
        var copy = Array(word.utf8)
        return copy.withUnsafeMutableBufferPointer { wordHash(UnsafeBufferPointer($0), 0..<$0.count) }
    }

    /// Whether `bytes[start..<end]` begins with `prefix`, ASCII letters compared without case
    /// (`prefix` given in lowercase). Other bytes must match exactly.
    @inline(__always)
    public static func hasPrefix(_ bytes: [UInt8], at start: Int, end: Int, ignoringASCIICase prefix: [UInt8]) -> Bool {
        guard start >= 0, end <= bytes.count, end - start >= prefix.count else { return false }
        var k = 0
        while k < prefix.count {
            if lower(bytes[start + k]) != prefix[k] { return false }
            k += 1
        }
        return true
    }

    /// A phrase to search for without ASCII case, prepared once (Horspool's skip table).
    public struct Needle: Sendable {
        /// The phrase, ASCII-lowercased.
        public let bytes: [UInt8]
        /// For each byte value: how far the search may move when that byte is under the phrase's
        /// last position.
        let skip: [Int]

        public init(_ phrase: String) {
            bytes = phrase.utf8.map { Bytes.lower($0) }
            var skip = [Int](repeating: bytes.count, count: 256)
            for (k, b) in bytes.enumerated().dropLast() { skip[Int(b)] = bytes.count - 1 - k }
            self.skip = skip
        }
    }

    /// Whether `needle` occurs in `bytes[range]`, ASCII letters compared without case. No
    /// allocation, sublinear on average: for hot paths that used to lowercase a `String` to search it.
    public static func contains(_ bytes: [UInt8], _ range: Range<Int>, ignoringASCIICase needle: Needle) -> Bool {
        let n = needle.bytes.count
        guard n > 0 else { return true }
        let upper = min(range.upperBound, bytes.count)
        var i = max(0, range.lowerBound)
        let last = needle.bytes[n - 1]
        while i + n <= upper {
            let b = lower(bytes[i + n - 1])
            if b == last && hasPrefix(bytes, at: i, end: upper, ignoringASCIICase: needle.bytes) { return true }
            i += needle.skip[Int(b)]
        }
        return false
    }

    // MARK: Eight bytes at a time

    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `i` as one word (`i + 8 <= buffer.count`), in memory order.
    @inline(__always) static func load8(_ buffer: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self)
    }

    /// Nonzero exactly when some byte of `w` is `b` (which byte is not told).
    @inline(__always) static func lanesEqual(_ w: UInt64, _ b: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(b))
        return (x &- ones) & ~x & highs
    }

    /// The first index in `start..<end` holding `a` or `b`, or `end`; `end <= buffer.count`.
    /// Skips eight bytes at a time while none of them can match.
    @inline(__always)
    public static func firstIndex(of a: UInt8, or b: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        while i + 8 <= end {
            let w = load8(buffer, i)
            if lanesEqual(w, a) | lanesEqual(w, b) != 0 { break }
            i += 8
        }
        while i < end && buffer[i] != a && buffer[i] != b { i += 1 }
        return i
    }

    /// The first index in `start..<end` holding `a`, or `end`; `end <= buffer.count`.
    @inline(__always)
    public static func firstIndex(of a: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        while i + 8 <= end {
            if lanesEqual(load8(buffer, i), a) != 0 { break }
            i += 8
        }
        while i < end && buffer[i] != a { i += 1 }
        return i
    }

    /// Combines hashes of consecutive words, for multiword lexicon entries.
    @inline(__always) public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a ^ (b &+ 0x9e37_79b9_7f4a_7c15 &+ (a << 6) &+ (a >> 2))) &* 0x100_0000_01b3
    }
}

extension String {
    /// The text of a UTF-8 byte range of this string, clamped to the string and to scalar boundaries.
    public func slice(_ range: Range<Int>) -> String {
        let utf8 = self.utf8
        let lower = max(0, min(range.lowerBound, utf8.count))
        let upper = max(lower, min(range.upperBound, utf8.count))
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(start, offsetBy: upper - lower)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    /// The text of a byte range, decoded leniently.
    public func text(_ range: Range<Int>) -> String {
        let lower = Swift.max(0, Swift.min(range.lowerBound, count))
        let upper = Swift.max(lower, Swift.min(range.upperBound, count))
        return String(decoding: self[lower..<upper], as: UTF8.self)
    }
}
