import JSONRPC
import Testing

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let v = try JSONParser.parse(#"{"a":[1,-2.5,true,false,null,"x\n\u00e9\ud83d\ude00"],"b":{}}"#)
        #expect(v == ["a": [1, .double(-2.5), true, false, nil, "x\né😀"], "b": .object([:])])
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "\"unterminated", "nul", "{\"a\":1}x", "[\"\u{01}\"]", "'single'",
    ])
    func rejectsInvalidJSON(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        #expect(try JSONParser.parse(#""\ud800x""#) == "\u{FFFD}x")
    }

    @Test func serializationRoundTrips() throws {
        let v: JSONValue = ["text": "quote \"here\"\n\t\\ 😀", "n": 3, "list": [1, nil, false]]
        #expect(try JSONParser.parse(v.serialized) == v)
    }

    @Test func classifiesMessages() {
        func decode(_ s: String) -> IncomingMessage { IncomingMessage.decode(Array(s.utf8)) }
        if case .request(let id, let method, _, let raw) = decode(#"{"jsonrpc":"2.0","id":7,"method":"m","params":{"x":1}}"#) {
            #expect(id == .int(7))
            #expect(method == "m")
            #expect(raw == Array(#"{"x":1}"#.utf8))
        } else {
            Issue.record("not a request")
        }
        if case .notification("n", _, _) = decode(#"{"jsonrpc":"2.0","method":"n"}"#) {} else { Issue.record("not a notification") }
        if case .response(.string("a"), .success(.int(1))) = decode(#"{"jsonrpc":"2.0","id":"a","result":1}"#) {} else { Issue.record("not a response") }
        if case .invalid(nil, let e) = decode("not json") { #expect(e.code == .parseError) } else { Issue.record("not a parse error") }
        if case .invalid(nil, let e) = decode("[1]") { #expect(e.code == .invalidRequest) } else { Issue.record("batch accepted") }
        if case .invalid(.int(1), let e) = decode(#"{"jsonrpc":"2.0","id":1,"method":5}"#) { #expect(e.code == .invalidRequest) } else { Issue.record("bad method accepted") }
        if case .invalid(.int(2), let e) = decode(#"{"jsonrpc":"2.0","id":2,"method":"m","params":3}"#) { #expect(e.code == .invalidParams) } else { Issue.record("scalar params accepted") }
        if case .malformedNotification("m", _) = decode(#"{"jsonrpc":"2.0","method":"m","params":"x"}"#) {} else { Issue.record("bad notification not dropped") }
        if case .invalid(.int(3), _) = decode(#"{"id":3,"method":"m"}"#) {} else { Issue.record("missing jsonrpc accepted") }
    }
}
