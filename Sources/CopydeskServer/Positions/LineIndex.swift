/// The unit a client counts characters in (LSP `PositionEncodingKind`).
public enum PositionEncoding: String, Sendable, Hashable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"
}

/// Converts between UTF-8 byte offsets (what analysis uses) and line/character positions in a
/// client's encoding, and Unicode scalar offsets (what `copydesk analyze` reports). Built once per
/// text; each conversion is a binary search plus a walk along one line.
public struct LineIndex: Sendable {
    public let bytes: [UInt8]
    /// Byte offset of the start of each line. Lines end at `\n`, `\r\n` or a lone `\r`, the three
    /// end-of-line sequences the LSP specification names.
    public let lineStarts: [Int]
    /// Unicode scalars before the start of each line.
    private let lineScalarStarts: [Int]

    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var scalarStarts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var scalars = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b & 0xC0 != 0x80 { scalars += 1 }
            if b == 0x0A || (b == 0x0D && (i + 1 >= n || bytes[i + 1] != 0x0A)) {
                starts.append(i + 1)
                scalarStarts.append(scalars)
            }
            i += 1
        }
        lineStarts = starts
        lineScalarStarts = scalarStarts
    }

    public var lineCount: Int { lineStarts.count }

    /// The line containing byte `offset` (clamped to the text).
    public func line(of offset: Int) -> Int {
        let o = max(0, min(offset, bytes.count))
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// End of a line's content, before its `\r\n`, `\n` or `\r`.
    public func lineContentEnd(_ line: Int) -> Int {
        guard line + 1 < lineStarts.count else { return bytes.count }
        var end = lineStarts[line + 1] - 1  // the terminator's last byte: \n or a lone \r
        if bytes[end] == 0x0A, end > lineStarts[line], bytes[end - 1] == 0x0D { end -= 1 }
        return max(end, lineStarts[line])
    }

    /// Line and character of a byte offset.
    public func position(of offset: Int, encoding: PositionEncoding) -> (line: Int, character: Int) {
        let o = max(0, min(offset, bytes.count))
        let line = line(of: o)
        let start = lineStarts[line]
        return (line, units(from: start, to: o, encoding: encoding))
    }

    /// Code units of `encoding` in the bytes `from..<to`.
    public func units(from: Int, to: Int, encoding: PositionEncoding) -> Int {
        switch encoding {
        case .utf8:
            return to - from
        case .utf16, .utf32:
            var count = 0
            var i = from
            while i < to {
                let b = bytes[i]
                if b & 0xC0 != 0x80 {
                    count += 1
                    if encoding == .utf16 && b >= 0xF0 { count += 1 }  // astral plane: a surrogate pair
                }
                i += 1
            }
            return count
        }
    }

    /// The byte offset of a line/character position. Positions past the end of a line clamp to the
    /// line's end; lines past the end clamp to the end of the text; a character inside a
    /// multi-unit scalar moves to the scalar's start.
    public func offset(line: Int, character: Int, encoding: PositionEncoding) -> Int {
        if line < 0 { return 0 }
        if line >= lineStarts.count { return bytes.count }
        let start = lineStarts[line]
        let end = lineContentEnd(line)
        guard character > 0 else { return start }
        var units = 0
        var i = start
        while i < end {
            let b = bytes[i]
            let length: Int
            let width: Int
            if b < 0x80 {
                length = 1; width = 1
            } else if b & 0xE0 == 0xC0 {
                length = 2; width = encoding == .utf8 ? 2 : 1
            } else if b & 0xF0 == 0xE0 {
                length = 3; width = encoding == .utf8 ? 3 : 1
            } else if b & 0xF8 == 0xF0 {
                length = 4; width = encoding == .utf8 ? 4 : encoding == .utf16 ? 2 : 1
            } else {
                length = 1; width = 1
            }
            if units + width > character { return i }  // inside a scalar: its start
            units += width
            i += min(length, end - i)
            if units == character { return i }
        }
        return end
    }

    /// Unicode scalars before byte `offset`.
    public func scalarOffset(of offset: Int) -> Int {
        let o = max(0, min(offset, bytes.count))
        let line = line(of: o)
        return lineScalarStarts[line] + units(from: lineStarts[line], to: o, encoding: .utf32)
    }
}
