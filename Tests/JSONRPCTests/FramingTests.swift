import JSONRPC
import Testing

@Suite struct FramingTests {
    func frame(_ body: String, extraHeaders: String = "") -> [UInt8] {
        Array("Content-Length: \(body.utf8.count)\r\n\(extraHeaders)\r\n\(body)".utf8)
    }

    @Test func oneFrameInOneRead() {
        var decoder = FrameDecoder()
        #expect(decoder.feed(frame(#"{"a":1}"#)) == [.frame(Array(#"{"a":1}"#.utf8))])
    }

    @Test func frameSplitAcrossReadsAtEveryByte() {
        let bytes = frame(#"{"text":"héllo “quoted” 😀"}"#)
        for cut in 1..<bytes.count {
            var decoder = FrameDecoder()
            var events = decoder.feed(bytes[..<cut])
            events += decoder.feed(bytes[cut...])
            #expect(events == [.frame(Array(#"{"text":"héllo “quoted” 😀"}"#.utf8))], "cut at \(cut)")
        }
    }

    @Test func severalFramesInOneRead() {
        var decoder = FrameDecoder()
        let events = decoder.feed(frame("[1]") + frame("[2]") + frame("[3]"))
        #expect(events == [.frame(Array("[1]".utf8)), .frame(Array("[2]".utf8)), .frame(Array("[3]".utf8))])
    }

    @Test func contentTypeHeaderIsAccepted() {
        var decoder = FrameDecoder()
        let events = decoder.feed(frame("{}", extraHeaders: "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"))
        #expect(events == [.frame(Array("{}".utf8))])
    }

    @Test func contentLengthCountsBytesNotCharacters() {
        // "é" is two bytes, "😀" four: a decoder counting characters would cut the frame short.
        var decoder = FrameDecoder()
        let body = #"{"t":"é😀"}"#
        #expect(decoder.feed(frame(body) + frame("{}")) == [.frame(Array(body.utf8)), .frame(Array("{}".utf8))])
    }

    @Test func missingContentLengthIsReportedAndTheStreamRecovers() {
        var decoder = FrameDecoder()
        let events = decoder.feed(Array("Content-Type: x\r\n\r\n".utf8) + frame("{}"))
        #expect(events.count == 2)
        if case .problem = events[0] {} else { Issue.record("expected a problem first, got \(events[0])") }
        #expect(events[1] == .frame(Array("{}".utf8)))
    }

    @Test func invalidContentLengthIsReported() {
        var decoder = FrameDecoder()
        let events = decoder.feed(Array("Content-Length: lots\r\n\r\n".utf8) + frame("{}"))
        #expect(events.first.map { if case .problem(let m) = $0 { m.contains("invalid Content-Length") } else { false } } == true)
        #expect(events.last == .frame(Array("{}".utf8)))
    }

    @Test func garbageBeforeAHeaderIsSkipped() {
        var decoder = FrameDecoder()
        var garbage = [UInt8](repeating: UInt8(ascii: "x"), count: FrameDecoder.maximumHeaderBytes + 10)
        garbage += frame("{}")
        let events = decoder.feed(garbage)
        #expect(events.last == .frame(Array("{}".utf8)))
    }

    @Test func shortContentLengthYieldsATruncatedBody() {
        // Content-Length smaller than the body: the frame is cut; the rest is garbage the decoder
        // reports and skips before the next real header.
        var decoder = FrameDecoder()
        let bytes = Array("Content-Length: 3\r\n\r\n{\"a\":1}".utf8) + frame("{}")
        let events = decoder.feed(bytes)
        #expect(events.first == .frame(Array("{\"a".utf8)))
        #expect(events.last == .frame(Array("{}".utf8)))
    }

    @Test func oversizedBodyIsSkippedWithoutBuffering() {
        var decoder = FrameDecoder(maximumBodyBytes: 10)
        let big = String(repeating: "a", count: 100)
        let events = decoder.feed(frame("\"\(big)\"") + frame("{}"))
        #expect(events.count == 2)
        #expect(events.last == .frame(Array("{}".utf8)))
        #expect(decoder.bufferedByteCount == 0)
    }

    @Test func encodeWritesContentLengthInBytes() {
        #expect(FrameDecoder.encode(Array("é".utf8)) == Array("Content-Length: 2\r\n\r\né".utf8))
    }
}
