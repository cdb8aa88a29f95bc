@testable import CopydeskServer
import LanguageServerProtocol
import Testing

@Suite struct PositionTests {
    // "é" 2 bytes / 1 UTF-16 unit; "😀" 4 bytes / 2 units; "中" 3 bytes / 1 unit;
    // "e\u{301}" (e + combining acute) 3 bytes / 2 units; curly quotes 3 bytes / 1 unit.
    let text = "“Café” 😀 said 中文\ne\u{301}x\r\nlast"

    @Test func utf16Positions() {
        let index = LineIndex(text)
        let bytes = Array(text.utf8)
        let saidOffset = bytes.firstIndex(of: UInt8(ascii: "s"))!
        #expect(index.position(of: saidOffset, encoding: .utf16) == (0, 10))
        #expect(index.position(of: saidOffset, encoding: .utf8) == (0, saidOffset))
        #expect(index.position(of: saidOffset, encoding: .utf32) == (0, 9))
        let xOffset = bytes.firstIndex(of: UInt8(ascii: "x"))!
        #expect(index.position(of: xOffset, encoding: .utf16) == (1, 2))
        #expect(index.position(of: bytes.count, encoding: .utf16) == (2, 4))
    }

    @Test func roundTripsEveryScalarBoundary() {
        let index = LineIndex(text)
        var offset = 0
        for scalar in text.unicodeScalars {
            defer { offset += String(scalar).utf8.count }
            if scalar == "\n" { continue }  // inside a CRLF terminator: not a position in the line
            for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
                let p = index.position(of: offset, encoding: encoding)
                #expect(index.offset(line: p.line, character: p.character, encoding: encoding) == offset)
            }
        }
    }

    @Test func outOfRangePositionsClamp() {
        let index = LineIndex(text)
        #expect(index.offset(line: 0, character: 999, encoding: .utf16) == Array("“Café” 😀 said 中文".utf8).count)
        #expect(index.offset(line: 99, character: 0, encoding: .utf16) == text.utf8.count)
        #expect(index.offset(line: -1, character: 5, encoding: .utf16) == 0)
        // The \r of a CRLF belongs to the terminator, not the line.
        #expect(index.offset(line: 1, character: 99, encoding: .utf16) == Array("“Café” 😀 said 中文\ne\u{301}x".utf8).count)
    }

    @Test func aPositionInsideASurrogatePairMovesToTheScalarStart() {
        let index = LineIndex("a😀b")
        #expect(index.offset(line: 0, character: 2, encoding: .utf16) == 1)
        #expect(index.offset(line: 0, character: 3, encoding: .utf16) == 5)
    }

    @Test func scalarOffsets() {
        let index = LineIndex(text)
        let bytes = Array(text.utf8)
        #expect(index.scalarOffset(of: bytes.firstIndex(of: UInt8(ascii: "x"))!) == Array(text.unicodeScalars).firstIndex(of: "x")!)
    }
}

@Suite struct TextEditingTests {
    func range(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> LSPRange {
        LSPRange(start: Position(line: l1, character: c1), end: Position(line: l2, character: c2))
    }

    @Test func incrementalEditsInUTF16() {
        var text = "He said “hi” 😀.\nBye"
        text = TextEditing.apply([TextDocumentContentChangeEvent(range: range(0, 9, 0, 11), text: "hello")], to: text, encoding: .utf16)
        #expect(text == "He said “hello” 😀.\nBye")
        text = TextEditing.apply([TextDocumentContentChangeEvent(range: range(0, 16, 0, 18), text: "🎉")], to: text, encoding: .utf16)
        #expect(text == "He said “hello” 🎉.\nBye")
        text = TextEditing.apply([TextDocumentContentChangeEvent(range: range(1, 0, 1, 3), text: "Later")], to: text, encoding: .utf16)
        #expect(text == "He said “hello” 🎉.\nLater")
    }

    @Test func editsOutOfRangeClampAndReversedRangesInsert() {
        var text = "abc"
        text = TextEditing.apply([TextDocumentContentChangeEvent(range: range(5, 0, 9, 9), text: "!")], to: text, encoding: .utf16)
        #expect(text == "abc!")
        text = TextEditing.apply([TextDocumentContentChangeEvent(range: range(0, 2, 0, 1), text: "X")], to: text, encoding: .utf16)
        #expect(text == "abXc!")
    }

    @Test func fullTextReplacement() {
        #expect(TextEditing.apply([TextDocumentContentChangeEvent(range: nil, text: "new")], to: "old", encoding: .utf16) == "new")
    }
}

@Suite struct WorkspaceSettingsTests {
    @Test(arguments: [
        ("**/*.md", "a/b/c.md", true), ("**/*.md", "c.md", true), ("*.md", "deep/x.md", true), ("drafts/**", "drafts/a/b.md", true),
        ("drafts", "drafts/x.txt", true), ("drafts/*.md", "drafts/a/b.md", false), ("**/*.{md,txt}", "x/y.txt", true),
        ("[ab]*.md", "b1.md", true), ("[!ab]*.md", "b1.md", false), ("?.md", "ab.md", false),
    ])
    func globs(_ pattern: String, _ path: String, _ matches: Bool) {
        #expect(Glob(pattern).matches(path) == matches)
    }

    @Test func configurationWithWrongTypesKeepsDefaults() {
        let (config, problems) = CopydeskConfiguration.parse(#"{"rules": {"unattributed-quote": 3, "no-such-rule": "error", "unresolved-date": "off"}, "include": 5, "maxFileSize": "big"}"#, origin: ".copydesk.json")
        #expect(problems.count == 4)
        #expect(config.rules.severity(for: "unresolved-date", default: .hint) == nil)
        #expect(config.rules.severity(for: "unattributed-quote", default: .warning) == .warning)
        #expect(config.maxFileSize == CopydeskConfiguration.defaultMaxFileSize)
        #expect(config.includes(relativePath: "a/b.md"))
        #expect(!config.includes(relativePath: "a/b.swift"))
    }

    @Test func invalidJSONIsReported() {
        let (_, problems) = CopydeskConfiguration.parse("{nope", origin: ".copydesk.json")
        #expect(problems.first?.contains("not valid JSON") == true)
    }

    @Test func fileURIs() {
        #expect(FileURI.path("file:///tmp/a%20b/c%C3%A9.md") == "/tmp/a b/cé.md")
        #expect(FileURI.uri(path: "/tmp/a b/cé.md") == "file:///tmp/a%20b/c%C3%A9.md")
        #expect(FileURI.canonical("file:///tmp/a%2Db.md") == "file:///tmp/a-b.md")
        #expect(FileURI.path("untitled:Untitled-1") == nil)
    }
}

@Suite struct PositionRegressionTests {
    /// Found by fuzz-edits: a UTF-8 character offset inside a multi-byte scalar split it.
    @Test func utf8OffsetInsideAScalarMovesToItsStart() {
        let index = LineIndex("é中x")
        #expect(index.offset(line: 0, character: 1, encoding: .utf8) == 0)
        #expect(index.offset(line: 0, character: 3, encoding: .utf8) == 2)
        #expect(index.offset(line: 0, character: 4, encoding: .utf8) == 2)
        #expect(index.offset(line: 0, character: 5, encoding: .utf8) == 5)
    }
}

@Suite struct FileURIFastPathTests {
    /// The byte-level fast path answers exactly as the general decoder, or leaves it the work.
    @Test(arguments: [
        "file:///tmp/a.md", "file:///tmp/a%20b/c%C3%A9.md", "FILE:///tmp/a.md", "file://localhost/tmp/a.md", "file://host/tmp/a.md",
        "file:///c:/x/a.md", "file:///C%3A/x.md", "file:///tmp/a.md?x=1", "file:///tmp/a.md#frag", "file:///tmp/ü/ß.md",
        "file:///tmp/a:b/c.md", "file:///a/b:c.md", "file:///é:/x", "file:///", "file://", "untitled:Untitled-1", "file:///tmp/%zz.md",
    ])
    func plainPathAgreesWithTheDecoder(_ uri: String) {
        if let plain = FileURI.plainPath(uri) { #expect(plain == FileURI.decodedPath(uri)) }
        #expect(FileURI.path(uri) == FileURI.decodedPath(uri))
    }

    @Test func uriRoundTrips() {
        for path in ["/tmp/a b/cé.md", "/w/ws-100k/050/aap-lee-bg-101-2.md", "relative/x.md", "/a/%/b?c#d", "/日本/記事.md"] {
            let uri = FileURI.uri(path: path)
            #expect(uri.allSatisfy { $0.isASCII })
            #expect(FileURI.path(uri) == (path.hasPrefix("/") ? path : "/" + path))
        }
        #expect(FileURI.uri(path: "/tmp/a b/cé.md") == "file:///tmp/a%20b/c%C3%A9.md")
    }
}
