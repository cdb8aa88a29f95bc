/// A token, or part of a hyphenated token ("mid-2018" is "mid" + "2018"): what the time grammar
/// matches on.
struct Piece: Sendable {
    var start: Int
    var end: Int
    var hash: UInt64
    var kind: Token.Kind
    var flags: Token.Flags
    /// Glued to the previous piece by a hyphen.
    var joined: Bool
    /// The integer when the piece is all digits (thousands commas allowed), else -1.
    var value: Int
    /// How many digits `value` was written with.
    var digits: Int
    /// Index of the token it came from in `ArticleDocument.tokens`.
    var token: Int

    var isCapitalized: Bool { flags.contains(.capitalized) }
    var isWordLike: Bool { kind == .word || kind == .number }
}

enum Pieces {
    /// The pieces of a run of tokens. Hyphenated words split at their hyphens; an ISO date
    /// ("2018-03-05") stays whole.
    static func make(_ tokens: ArraySlice<Token>, _ b: UnsafeBufferPointer<UInt8>) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(tokens.count + 4)
        for index in tokens.indices {
            let t = tokens[index]
            let start = Int(t.start)
            let end = Int(t.end)
            if t.has(.hyphenated) && (t.kind == .word || t.kind == .number) && !isISODate(b, start..<end) {
                var partStart = start
                var i = start
                var first = true
                while i <= end {
                    let atHyphen = i < end && b[i] == 0x2D
                    if i == end || atHyphen {
                        if i > partStart {
                            var piece = makePiece(b, partStart..<i, token: t, index: index)
                            piece.joined = !first
                            if !first { piece.flags.remove(.spaceBefore) }
                            if !first { piece.flags.remove(.sentenceStart) }
                            result.append(piece)
                            first = false
                        }
                        partStart = i + 1
                    }
                    i += 1
                }
            } else {
                result.append(makePiece(b, start..<end, token: t, index: index))
            }
        }
        return result
    }

    static func makePiece(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, token t: Token, index: Int) -> Piece {
        var flags = t.flags
        var kind = t.kind
        if r.lowerBound != Int(t.start) || r.upperBound != Int(t.end) {
            // A part of a hyphenated word: recompute case and kind for the part.
            flags.remove([.capitalized, .lowercase, .allCaps, .hasDigit, .hyphenated])
            if let f = r.first.map({ b[$0] }) {
                if Bytes.isUpper(f) { flags.insert(.capitalized) } else if Bytes.isLower(f) { flags.insert(.lowercase) }
            }
            var allDigits = true
            for i in r {
                if Bytes.isDigit(b[i]) { flags.insert(.hasDigit) } else { allDigits = false }
            }
            kind = allDigits && !r.isEmpty ? .number : .word
        }
        let (value, digits) = integer(b, r)
        return Piece(
            start: r.lowerBound, end: r.upperBound, hash: Bytes.wordHash(b, r), kind: kind, flags: flags, joined: false,
            value: value, digits: digits, token: index)
    }

    /// The integer written by the bytes (digits, with commas between groups), or -1.
    static func integer(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> (Int, Int) {
        var value = 0
        var digits = 0
        for i in r {
            let c = b[i]
            if Bytes.isDigit(c) {
                if digits < 12 { value = value * 10 + Int(c - 0x30) }
                digits += 1
            } else if c == 0x2C && digits > 0 && i + 1 < r.upperBound {
                continue
            } else {
                return (-1, 0)
            }
        }
        return digits > 0 && digits <= 12 ? (value, digits) : (-1, 0)
    }

    /// yyyy-mm-dd (optionally followed by more: a time).
    static func isISODate(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count >= 10 else { return false }
        let s = r.lowerBound
        for k in [0, 1, 2, 3, 5, 6, 8, 9] where !Bytes.isDigit(b[s + k]) { return false }
        return b[s + 4] == 0x2D && b[s + 7] == 0x2D
    }
}
