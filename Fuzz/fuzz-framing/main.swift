import FuzzSupport
import JSONRPC

/// Fuzz target: arbitrary bytes through the frame decoder (in arbitrary chunkings) and the
/// message decoder. Nothing may trap; every frame decodes to a message or an error.
func fuzzFraming(_ data: UnsafeRawBufferPointer) {
    let bytes = Array(data)
    guard let first = bytes.first else { return }
    // The first byte picks a chunk size, so splits land everywhere.
    let chunk = Int(first % 17) + 1
    var decoder = FrameDecoder(maximumBodyBytes: 1 << 16)
    var i = 1
    while i < bytes.count {
        let end = min(bytes.count, i + chunk)
        for event in decoder.feed(bytes[i..<end]) {
            if case .frame(let body) = event {
                _ = IncomingMessage.decode(body)
            }
        }
        i = end
    }
    // Whole input as one body too.
    _ = IncomingMessage.decode(Array(bytes.dropFirst()))
    if let value = try? JSONParser.parse(Array(bytes.dropFirst())) {
        // What parses must serialise and parse back to the same value.
        let again = try? JSONParser.parse(value.serialized)
        precondition(again == value || value.containsNaNLike, "round trip changed the value")
    }
}

extension JSONValue {
    /// Doubles that do not survive a text round trip exactly are tolerated.
    var containsNaNLike: Bool {
        switch self {
        case .double: return true
        case .array(let a): return a.contains { $0.containsNaNLike }
        case .object(let o): return o.values.contains { $0.containsNaNLike }
        default: return false
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif

exit(Fuzz.main(CommandLine.argc, CommandLine.unsafeArgv, fuzzFraming))
