/// One token of article text: a word, a number, a quotation mark or another punctuation mark.
/// Offsets are UTF-8 byte offsets into the article text.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        case word
        case number
        /// A quotation mark: " ' “ ” ‘ ’ « » „ ‚ ‹ ›
        case quote
        case punctuation
    }

    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// Starts with an uppercase letter.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Two or more letters, all uppercase ("WSJ", "U.S.").
        public static let allCaps = Flags(rawValue: 1 << 1)
        /// Starts with a lowercase letter.
        public static let lowercase = Flags(rawValue: 1 << 2)
        public static let hasDigit = Flags(rawValue: 1 << 3)
        /// Contains an internal hyphen ("Beijing-based").
        public static let hyphenated = Flags(rawValue: 1 << 4)
        /// A dotted acronym that includes its final period ("U.S.", "a.m.").
        public static let dottedAcronym = Flags(rawValue: 1 << 5)
        /// Whitespace precedes the token.
        public static let spaceBefore = Flags(rawValue: 1 << 6)
        /// A line break precedes the token.
        public static let newlineBefore = Flags(rawValue: 1 << 7)
        /// First token of its sentence (set by the segmenter).
        public static let sentenceStart = Flags(rawValue: 1 << 8)
        /// First token of its paragraph (set by the segmenter).
        public static let paragraphStart = Flags(rawValue: 1 << 9)
        /// A possessive ending split off a word: "’s", "'s", or a lone "'" after a plural.
        public static let possessive = Flags(rawValue: 1 << 10)
        /// No whitespace follows the token.
        public static let noSpaceAfter = Flags(rawValue: 1 << 11)
    }

    public var start: Int32
    public var end: Int32
    public var kind: Kind
    public var flags: Flags
    /// The first scalar of the token (for punctuation and quotes, the mark itself).
    public var first: Unicode.Scalar
    /// Case-folded hash of the token's text, for lexicon lookups (see `Bytes.wordHash`).
    public var hash: UInt64

    public var range: Range<Int> { Int(start)..<Int(end) }
    public var length: Int { Int(end - start) }

    @inline(__always) public func has(_ flag: Flags) -> Bool { flags.contains(flag) }
    @inline(__always) public func isPunctuation(_ scalar: Unicode.Scalar) -> Bool { kind == .punctuation && first == scalar }
    public var isWord: Bool { kind == .word }
    public var isCapitalized: Bool { flags.contains(.capitalized) }
}

public enum Tokenizer {
    /// Tokenizes the whole text.
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize($0, range: 0..<$0.count) }
    }

    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        // About one token per 4–5 bytes of news text: reserve enough that the array never regrows.
        tokens.reserveCapacity(range.count / 3 + 16)
        var i = range.lowerBound
        let end = range.upperBound
        var pendingFlags: Token.Flags = []
        while i < end {
            let b = bytes[i]
            // Whitespace (ASCII and the Unicode spaces news text uses).
            if Bytes.isSpace(b) {
                pendingFlags.insert(.spaceBefore)
                if b == 0x0A { pendingFlags.insert(.newlineBefore) }
                i += 1
                continue
            }
            let (scalar, length) = Bytes.scalar(in: bytes, at: i)
            if b >= 0x80 && isUnicodeSpace(scalar) {
                pendingFlags.insert(.spaceBefore)
                i += length
                continue
            }
            if !tokens.isEmpty && pendingFlags.isEmpty { tokens[tokens.count - 1].flags.insert(.noSpaceAfter) }
            let start = i
            var token: Token
            if b < 0x80, let word = asciiWord(bytes, from: i, end: end) {
                // The common case, in one pass: an ASCII word that nothing joins to what follows.
                i = Int(word.end)
                token = word
            } else if isWordScalar(scalar) {
                i = scanWord(bytes, from: i, end: end)
                token = makeWord(bytes, start..<i)
                // Split a possessive ending off the word: "Xiaomi’s" → "Xiaomi" "’s".
                if let split = possessiveSplit(bytes, start..<i) {
                    var word = makeWord(bytes, start..<split)
                    word.flags.formUnion(pendingFlags)
                    word.flags.insert(.noSpaceAfter)
                    tokens.append(word)
                    pendingFlags = []
                    token = Token(
                        start: Int32(split), end: Int32(i), kind: .word, flags: [.possessive, .lowercase],
                        first: "'", hash: Bytes.wordHash(bytes, split..<i))
                }
            } else if isQuoteScalar(scalar) {
                i += length
                // A plural possessive: "workers’ rights" — apostrophe glued to a word ending in s,
                // followed by a space and a lowercase word, is not a closing quote.
                var flags: Token.Flags = []
                if (scalar == "'" || scalar == "\u{2019}"), let last = tokens.last, pendingFlags.isEmpty,
                    last.kind == .word, start > 0, bytes[start - 1] | 0x20 == 0x73,
                    i < end, Bytes.isSpace(bytes[i]), i + 1 < end, Bytes.isLower(bytes[i + 1])
                {
                    flags.insert(.possessive)
                }
                token = Token(
                    start: Int32(start), end: Int32(i), kind: flags.contains(.possessive) ? .word : .quote, flags: flags,
                    first: scalar, hash: Bytes.wordHash(bytes, start..<i))
            } else {
                i += length
                // Runs of the same ASCII mark ("--", "...", "!!") are one token.
                if b < 0x80 && (b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")) {
                    while i < end && bytes[i] == b { i += 1 }
                }
                token = Token(
                    start: Int32(start), end: Int32(i), kind: .punctuation, flags: [], first: scalar,
                    hash: Bytes.wordHash(bytes, start..<i))
            }
            token.flags.formUnion(pendingFlags)
            pendingFlags = []
            tokens.append(token)
        }
        if !tokens.isEmpty && pendingFlags.isEmpty { tokens[tokens.count - 1].flags.insert(.noSpaceAfter) }
        return tokens
    }

    @inline(__always) static func isUnicodeSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always) static func isQuoteScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2039, 0x203A,
            0x300C, 0x300D, 0x300E, 0x300F:
            return true
        default: return false
        }
    }

    /// Letters, digits and marks of any script start a word.
    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let b = UInt8(s.value)
            return Bytes.isASCIILetter(b) || Bytes.isDigit(b)
        }
        return isNonASCIIWordScalar(s)
    }

    /// The non-ASCII half of `isWordScalar`, kept out of line: `Unicode.Scalar.Properties` and its
    /// enums are resilient stdlib types, and a function that inlines them sets up their metadata and
    /// stack space on every call, even when it only ever sees ASCII (as `asciiWord` nearly always does).
    @inline(never)
    static func isNonASCIIWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value == 0xFFFD { return false }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// A word of ASCII letters and digits starting at `start`, scanned, flagged and hashed in one
    /// pass, when what follows it ends it for certain; nil sends the caller to the general path
    /// (`scanWord` + `makeWord`), which handles joiners (hyphens, apostrophes, "3.5", "U.S.",
    /// "10,000") and non-ASCII letters. The token is exactly the one the general path makes.
    @_transparent
    static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Token? {
        var i = start
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        // Every byte of the run is a letter or a digit, so letters = length − digits. Counts cannot
        // overflow (they are at most the run's length): wrapping arithmetic, no overflow checks.
        var uppers = 0
        var digits = 0
        while i < end {
            let c = bytes[i]
            let folded = c | 0x20
            if folded &- 0x61 < 26 {
                uppers &+= c < 0x61 ? 1 : 0
                h = (h ^ UInt64(folded)) &* 0x100_0000_01b3
            } else if c &- 0x30 < 10 {
                digits &+= 1
                h = (h ^ UInt64(c)) &* 0x100_0000_01b3
            } else {
                break
            }
            i &+= 1
        }
        guard i > start else { return nil }
        let letters = i &- start &- digits
        if i < end {
            let c = bytes[i]
            let lastIsDigit = Bytes.isDigit(bytes[i - 1])
            if c >= 0x80 {
                // A letter of another script continues the word; a typographic hyphen or
                // apostrophe may join it to the next.
                let (s, _) = Bytes.scalar(in: bytes, at: i)
                if isWordScalar(s) || s.value == 0x2010 || s.value == 0x2011 || s.value == 0x2019 { return nil }
            } else {
                switch c {
                case 0x2D, 0x27: return nil  // hyphen, apostrophe
                case 0x2E: if lastIsDigit || i - start == 1 { return nil }  // "3.5", "U.S.", "a.m."
                case 0x2C, 0x3A, 0x2F: if lastIsDigit { return nil }  // "10,000", "10:29", "24/7"
                default: break
                }
            }
        }
        let first = bytes[start]
        var flags: Token.Flags = []
        if first >= 0x41 && first <= 0x5A {
            flags.insert(.capitalized)
        } else if first >= 0x61 && first <= 0x7A {
            flags.insert(.lowercase)
        }
        if digits > 0 { flags.insert(.hasDigit) }
        if letters >= 2 && uppers == letters { flags.insert(.allCaps) }
        return Token(
            start: Int32(start), end: Int32(i), kind: letters == 0 ? .number : .word, flags: flags, first: Unicode.Scalar(first),
            hash: h)
    }

    /// Scans a word: letters and digits, with internal hyphens, apostrophes, periods between digits
    /// ("3.5", "10,000"), colons between digits ("10:29") and dotted acronyms ("U.S.", "a.m.").
    static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var i = start
        var lettersInRun = 0
        var dottedSingles = 0
        while i < end {
            let (s, len) = Bytes.scalar(in: bytes, at: i)
            if isWordScalar(s) {
                i += len
                lettersInRun += 1
                continue
            }
            // Internal joiners need a word character on the far side.
            let next = i + len
            guard next < end else { break }
            let (after, _) = Bytes.scalar(in: bytes, at: next)
            let prevIsDigit = Bytes.isDigit(bytes[i - 1])
            let nextIsDigit = after.value < 0x80 && Bytes.isDigit(UInt8(after.value))
            switch s.value {
            case 0x2D, 0x2010, 0x2011:  // hyphens
                guard isWordScalar(after) else { return i }
            case 0x27, 0x2019:  // apostrophes inside words: don't, O'Brien, We’ve
                guard isWordScalar(after), !(after.value < 0x80 && Bytes.isDigit(UInt8(after.value))) else { return i }
            case 0x2E:  // period
                if prevIsDigit && nextIsDigit { break }
                // Dotted acronym: single letters separated by periods, "U.S." / "a.m." / "U.S.A."
                if lettersInRun == 1 && isWordScalar(after) && !nextIsDigit {
                    let afterAfter = next + 1 < end ? bytes[next + 1] : 0x20
                    if afterAfter == 0x2E {
                        dottedSingles += 1
                        break
                    }
                }
                if lettersInRun == 1 && dottedSingles > 0 {
                    return i + 1  // include the acronym's final period
                }
                return i
            case 0x2C, 0x3A:  // comma or colon between digits: 10,000 / 10:29
                guard prevIsDigit && nextIsDigit else { return i }
            case 0x2F:  // slash between digits: 24/7, 3/5/2018
                guard prevIsDigit && nextIsDigit else { return i }
            default:
                return i
            }
            i = next
            lettersInRun = 0
        }
        if lettersInRun == 1 && dottedSingles > 0 && i < end && bytes[i] == 0x2E { return i + 1 }
        return i
    }

    /// Where a possessive ending starts, if the word ends in 's / ’s.
    static func possessiveSplit(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let n = range.upperBound
        guard range.count >= 3, bytes[n - 1] | 0x20 == 0x73 else { return nil }
        if bytes[n - 2] == 0x27 { return n - 2 > range.lowerBound ? n - 2 : nil }
        if range.count >= 5, bytes[n - 2] == 0x99, bytes[n - 3] == 0x80, bytes[n - 4] == 0xE2 {
            return n - 4 > range.lowerBound ? n - 4 : nil
        }
        return nil
    }

    static func makeWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Token {
        var flags: Token.Flags = []
        var letters = 0
        var uppers = 0
        var firstScalar: Unicode.Scalar = " "
        var i = range.lowerBound
        var isFirst = true
        var allDigits = true
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                if isFirst { firstScalar = Unicode.Scalar(b) }
                if Bytes.isASCIILetter(b) {
                    letters += 1
                    allDigits = false
                    if Bytes.isUpper(b) { uppers += 1 }
                    if isFirst { flags.insert(Bytes.isUpper(b) ? .capitalized : .lowercase) }
                } else if Bytes.isDigit(b) {
                    flags.insert(.hasDigit)
                } else if b == 0x2D {
                    flags.insert(.hyphenated)
                } else if b == 0x2E {
                    if i == range.upperBound - 1 { flags.insert(.dottedAcronym) }
                } else {
                    // , : / ' inside words and numbers
                }
                isFirst = false
                i += 1
            } else {
                let (s, len) = Bytes.scalar(in: bytes, at: i)
                if isFirst { firstScalar = s }
                let p = s.properties
                if p.isAlphabetic {
                    letters += 1
                    allDigits = false
                    if p.isUppercase { uppers += 1 }
                    if isFirst {
                        if p.isUppercase { flags.insert(.capitalized) } else if p.isLowercase { flags.insert(.lowercase) }
                    }
                }
                isFirst = false
                i += len
            }
        }
        if letters >= 2 && uppers == letters { flags.insert(.allCaps) }
        let kind: Token.Kind = (allDigits && flags.contains(.hasDigit)) ? .number : .word
        return Token(
            start: Int32(range.lowerBound), end: Int32(range.upperBound), kind: kind, flags: flags, first: firstScalar,
            hash: Bytes.wordHash(bytes, range))
    }
}
