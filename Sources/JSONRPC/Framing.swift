/// Splits a byte stream into LSP base-protocol frames:
///
///     Content-Length: 52\r\n
///     Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n
///     \r\n
///     {"jsonrpc":"2.0",...}
///
/// Bytes arrive in arbitrary chunks: a frame may be split across reads, or several frames may
/// arrive in one. Malformed headers never stop the stream: the decoder reports the problem and
/// resynchronises at the next `Content-Length` header.
public struct FrameDecoder: Sendable {
    public enum Event: Sendable, Equatable {
        /// A complete message body.
        case frame([UInt8])
        /// Something in the stream could not be framed; the bytes concerned were skipped.
        case problem(String)
    }

    /// Headers longer than this are garbage, not headers.
    public static let maximumHeaderBytes = 16 * 1024
    /// Larger bodies are skipped (streamed past, never buffered) and reported.
    public let maximumBodyBytes: Int

    private var buffer: [UInt8] = []
    private var consumed = 0
    private var pendingBodyLength: Int?
    private var discardRemaining = 0

    public init(maximumBodyBytes: Int = 256 * 1024 * 1024) {
        self.maximumBodyBytes = maximumBodyBytes
    }

    /// Bytes received but not yet part of a complete frame.
    public var bufferedByteCount: Int { buffer.count - consumed }

    public mutating func feed<C: Collection>(_ bytes: C) -> [Event] where C.Element == UInt8 {
        var events: [Event] = []
        var input = ArraySlice(bytes)
        if discardRemaining > 0 {
            let skip = min(discardRemaining, input.count)
            discardRemaining -= skip
            input = input.dropFirst(skip)
        }
        buffer.append(contentsOf: input)
        while let event = nextEvent() { events.append(event) }
        compact()
        return events
    }

    private mutating func compact() {
        if consumed > 0 && (consumed == buffer.count || consumed > 64 * 1024) {
            buffer.removeFirst(consumed)
            consumed = 0
        }
    }

    private mutating func nextEvent() -> Event? {
        if discardRemaining > 0 {
            let available = buffer.count - consumed
            let skip = min(discardRemaining, available)
            consumed += skip
            discardRemaining -= skip
            if discardRemaining > 0 { return nil }
        }
        if let length = pendingBodyLength {
            guard buffer.count - consumed >= length else { return nil }
            let body = Array(buffer[consumed..<(consumed + length)])
            consumed += length
            pendingBodyLength = nil
            return .frame(body)
        }
        // Skip blank lines between frames (some clients send a stray CRLF).
        while consumed < buffer.count, buffer[consumed] == 0x0D || buffer[consumed] == 0x0A { consumed += 1 }
        guard consumed < buffer.count else { return nil }
        guard let headerEnd = findHeaderEnd() else {
            if buffer.count - consumed > FrameDecoder.maximumHeaderBytes {
                return resynchronise(reason: "header too long or missing a blank line")
            }
            return nil
        }
        let headerBytes = buffer[consumed..<headerEnd.start]
        switch FrameDecoder.parseHeader(headerBytes) {
        case .failure(let reason):
            // Garbage glued to the front of a real header (after a frame with a short
            // Content-Length): restart at the header inside the block, if there is one.
            if let restart = FrameDecoder.find("content-length", in: buffer, from: consumed + 1, to: headerEnd.start) {
                consumed = restart
                return .problem("\(reason); skipped to the next header")
            }
            consumed = headerEnd.end
            return .problem(reason)
        case .success(let length):
            consumed = headerEnd.end
            if length > maximumBodyBytes {
                discardRemaining = length
                return .problem("message of \(length) bytes exceeds the limit of \(maximumBodyBytes) bytes; skipped")
            }
            pendingBodyLength = length
            return nextEvent()
        }
    }

    /// Finds `\r\n\r\n` (or a bare `\n\n`, which some hand-written clients send).
    private func findHeaderEnd() -> (start: Int, end: Int)? {
        var i = consumed
        let limit = min(buffer.count, consumed + FrameDecoder.maximumHeaderBytes + 4)
        while i < limit {
            if buffer[i] == 0x0A {
                if i + 1 < buffer.count, buffer[i + 1] == 0x0A { return (i, i + 2) }
                if i + 2 < buffer.count, buffer[i + 1] == 0x0D, buffer[i + 2] == 0x0A { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    /// Drops bytes up to the next `Content-Length` so one bad frame does not poison the stream.
    private mutating func resynchronise(reason: String) -> Event {
        let next = FrameDecoder.find("content-length", in: buffer, from: consumed + 1, to: buffer.count) ?? buffer.count
        let dropped = next - consumed
        consumed = next
        return .problem("\(reason); skipped \(dropped) bytes")
    }

    /// Case-insensitive search for an ASCII needle in `buffer[from..<to]`.
    static func find(_ needle: String, in buffer: [UInt8], from: Int, to: Int) -> Int? {
        let n = Array(needle.utf8)
        var i = from
        while i + n.count <= to {
            var match = true
            for j in 0..<n.count where asciiLower(buffer[i + j]) != n[j] {
                match = false
                break
            }
            if match { return i }
            i += 1
        }
        return nil
    }

    enum HeaderResult { case success(Int), failure(String) }

    static func parseHeader(_ bytes: ArraySlice<UInt8>) -> HeaderResult {
        let text = String(decoding: bytes, as: UTF8.self)
        var length: Int?
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            guard let colon = line.firstIndex(of: ":") else {
                return .failure("malformed header line '\(line.prefix(80))'")
            }
            let name = line[..<colon].trimmingCharacters(in: " \t").lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            switch name {
            case "content-length":
                guard let n = Int(value), n >= 0 else { return .failure("invalid Content-Length '\(value.prefix(40))'") }
                length = n
            case "content-type":
                // Only UTF-8 is defined by the LSP; other charsets are read as UTF-8 anyway.
                break
            default:
                break  // Unknown headers are ignored, as the base protocol allows.
            }
        }
        guard let length else { return .failure("frame without Content-Length header") }
        return .success(length)
    }

    /// The bytes of one frame ready to write.
    public static func encode(_ body: [UInt8]) -> [UInt8] {
        var out = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        out.append(contentsOf: body)
        return out
    }
}

@inline(__always) func asciiLower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 32 : b }

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
