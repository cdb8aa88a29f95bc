import ArticleAnalysis
@testable import CopydeskServer
import Foundation
import JSONRPC
import Testing

/// Semantic tokens: the pure pieces (facts → spans → LSP integers) with hand-made facts, then the
/// requests through the in-process client.
@Suite struct SemanticTokenEncodingTests {
    /// Decodes the relative integers back into absolute (line, character, length, type, modifiers).
    static func decode(_ data: [Int]) -> [[Int]] {
        #expect(data.count % 5 == 0)
        var tokens: [[Int]] = []
        var line = 0
        var character = 0
        for i in stride(from: 0, to: data.count - data.count % 5, by: 5) {
            if data[i] > 0 { character = 0 }
            line += data[i]
            character += data[i + 1]
            tokens.append([line, character, data[i + 2], data[i + 3], data[i + 4]])
        }
        return tokens
    }

    /// Byte range of the nth occurrence of `needle`.
    static func range(of needle: String, in text: String, nth: Int = 1) -> Range<Int> {
        let bytes = Array(text.utf8)
        let n = Array(needle.utf8)
        var seen = 0
        var i = 0
        while i + n.count <= bytes.count {
            if Array(bytes[i..<(i + n.count)]) == n {
                seen += 1
                if seen == nth { return i..<(i + n.count) }
            }
            i += 1
        }
        Issue.record("\(needle) not in text")
        return 0..<0
    }

    @Test func relativeEncodingInEachPositionEncoding() {
        // An emoji (2 UTF-16 units, 4 bytes, 1 scalar) and CJK (1 unit, 3 bytes) before the names.
        let text = "🙂 Lei Jun met 小米 staff on March 5.\nXiaomi said so.\n"
        let index = LineIndex(text)
        let facts = [
            SemanticTokenFact(range: Self.range(of: "Lei Jun", in: text), kind: .person, modifiers: SemanticTokenLegend.declaration),
            SemanticTokenFact(range: Self.range(of: "小米", in: text), kind: .organization),
            SemanticTokenFact(range: Self.range(of: "March 5", in: text), kind: .date),
            SemanticTokenFact(range: Self.range(of: "Xiaomi", in: text), kind: .organization),
        ]
        // Relative: each token's start counts from the previous token on its line.
        #expect(SemanticTokenEncoder.encode(facts, index: index, encoding: .utf16) == [
            0, 3, 7, 0, 1,  // "Lei Jun" after 🙂 (two UTF-16 units) and a space; declaration
            0, 12, 2, 1, 0,  // "小米" at 15
            0, 12, 7, 7, 0,  // "March 5" at 27
            1, 0, 6, 1, 0,  // "Xiaomi" on the next line
        ])
        let utf16 = Self.decode(SemanticTokenEncoder.encode(facts, index: index, encoding: .utf16))
        #expect(utf16 == [[0, 3, 7, 0, 1], [0, 15, 2, 1, 0], [0, 27, 7, 7, 0], [1, 0, 6, 1, 0]])
        let utf8 = Self.decode(SemanticTokenEncoder.encode(facts, index: index, encoding: .utf8))
        #expect(utf8 == [[0, 5, 7, 0, 1], [0, 17, 6, 1, 0], [0, 33, 7, 7, 0], [1, 0, 6, 1, 0]])
        let utf32 = Self.decode(SemanticTokenEncoder.encode(facts, index: index, encoding: .utf32))
        #expect(utf32 == [[0, 2, 7, 0, 1], [0, 14, 2, 1, 0], [0, 26, 7, 7, 0], [1, 0, 6, 1, 0]])
    }

    @Test func multiLineSpansAreSplitPerLineWithoutTheLineBreaks() {
        let text = "He said: “We will\r\nopen in May,\n\nand stay.” Done.\n"
        let index = LineIndex(text)
        let start = Self.range(of: "“", in: text).lowerBound
        let end = Self.range(of: "”", in: text).upperBound
        let tokens = Self.decode(SemanticTokenEncoder.encode([SemanticTokenFact(range: start..<end, kind: .quote)], index: index, encoding: .utf16))
        // Line 0 from the mark to before \r\n, all of line 1, nothing for the empty line 2, line 3 to the mark.
        #expect(tokens == [[0, 9, 8, 5, 0], [1, 0, 12, 5, 0], [3, 0, 10, 5, 0]])
    }

    @Test func tokensComeOutSortedWhateverTheInputOrder() {
        let text = "Beijing, Xiaomi and Lei Jun.\n"
        let facts = [
            SemanticTokenFact(range: Self.range(of: "Lei Jun", in: text), kind: .person),
            SemanticTokenFact(range: Self.range(of: "Beijing", in: text), kind: .place),
            SemanticTokenFact(range: Self.range(of: "Xiaomi", in: text), kind: .organization),
        ]
        let tokens = Self.decode(SemanticTokenEncoder.encode(facts, index: LineIndex(text), encoding: .utf16))
        #expect(tokens.map { $0[1] } == [0, 9, 20])
        #expect(tokens.map { $0[3] } == [SemanticTokenKind.place.rawValue, SemanticTokenKind.organization.rawValue, SemanticTokenKind.person.rawValue])
    }

    @Test func rangeKeepsOnlyTokensThatOverlapIt() {
        let text = "Beijing.\nXiaomi said.\nLei Jun.\n"
        let index = LineIndex(text)
        let facts = ["Beijing", "Xiaomi", "Lei Jun"].map { SemanticTokenFact(range: Self.range(of: $0, in: text), kind: .place) }
        let line1 = index.lineStarts[1]..<index.lineStarts[2]
        let tokens = Self.decode(SemanticTokenEncoder.encode(facts, index: index, encoding: .utf16, within: line1))
        #expect(tokens == [[1, 0, 6, SemanticTokenKind.place.rawValue, 0]])
        // A multi-line span keeps only its lines inside the range.
        let span = SemanticTokenFact(range: 0..<text.utf8.count, kind: .quote)
        #expect(Self.decode(SemanticTokenEncoder.encode([span], index: index, encoding: .utf16, within: line1)) == [[1, 0, 12, 5, 0]])
    }

    @Test func factsOutsideTheTextAreClampedNotTrapped() {
        let text = "Short.\n"
        let facts = [SemanticTokenFact(range: 3..<400, kind: .date), SemanticTokenFact(range: 500..<600, kind: .person)]
        let resolved = SemanticTokenFacts.resolve(facts, limit: text.utf8.count)
        #expect(resolved == [SemanticTokenFact(range: 3..<7, kind: .date)])
        #expect(Self.decode(SemanticTokenEncoder.encode(resolved, index: LineIndex(text), encoding: .utf16)) == [[0, 3, 3, 7, 0]])
    }
}

@Suite struct SemanticTokenFactTests {
    static let range = SemanticTokenEncodingTests.range

    @Test func higherPrecedenceCutsTheOverlapOutOfLowerOnes() {
        let text = #""By March 2019 Lei Jun will be in Mexico," said Lei Jun."#
        let quote = SemanticTokenFact(range: Self.range(#""By March 2019 Lei Jun will be in Mexico,""#, text, 1), kind: .quote, modifiers: 0)
        let date = SemanticTokenFact(range: Self.range("March 2019", text, 1), kind: .date)
        let nameInQuote = SemanticTokenFact(range: Self.range("Lei Jun", text, 1), kind: .person)
        let place = SemanticTokenFact(range: Self.range("Mexico", text, 1), kind: .place)
        let speakerName = SemanticTokenFact(range: Self.range("Lei Jun", text, 2), kind: .person)
        let speaker = SemanticTokenFact(range: Self.range("Lei Jun", text, 2), kind: .speaker)
        let resolved = SemanticTokenFacts.resolve([quote, date, nameInQuote, place, speakerName, speaker], limit: text.utf8.count)
        let pieces = resolved.map { (String(decoding: Array(text.utf8)[$0.range], as: UTF8.self), $0.kind) }
        #expect(pieces.map(\.0) == [#""By "#, "March 2019", " ", "Lei Jun", " will be in ", "Mexico", #",""#, "Lei Jun"])
        #expect(pieces.map(\.1) == [.quote, .date, .quote, .person, .quote, .place, .quote, .speaker])
        // Sorted and non-overlapping.
        for (a, b) in zip(resolved, resolved.dropFirst()) { #expect(a.range.upperBound <= b.range.lowerBound) }
    }

    @Test func adjacentFactsStayApartAndEqualOverlapsGoToTheFirst() {
        let a = SemanticTokenFact(range: 0..<5, kind: .person)
        let b = SemanticTokenFact(range: 5..<9, kind: .person)
        #expect(SemanticTokenFacts.resolve([a, b], limit: 20) == [a, b])
        let c = SemanticTokenFact(range: 3..<7, kind: .organization)
        #expect(SemanticTokenFacts.resolve([a, c], limit: 20) == [a, SemanticTokenFact(range: 5..<7, kind: .organization)])
        #expect(SemanticTokenFacts.resolve([SemanticTokenFact(range: 4..<4, kind: .date)], limit: 20).isEmpty)
    }

    /// An analysed article with facts filled in by hand (the analysis stages fill them in for real).
    static func article(_ text: String, build: (inout AnalyzedArticle) -> Void) -> AnalyzedArticle {
        var article = ArticleAnalyzer.analyze(text, format: .plainText)
        build(&article)
        return article
    }

    @Test func collectsMentionsQuotesSpeakersAndTimes() {
        let text = "Xiaomi chairman Lei Jun said: \"We plan,\" he said, \"to enter by late 2018.\" Jun smiled. \"Soon.\"\n"
        let bytes = Array(text.utf8)
        let r = { (needle: String, nth: Int) in Self.range(needle, text, nth) }
        let article = Self.article(text) { a in
            a.mentions = [
                Mention(range: r("Xiaomi", 1), type: .organization, kind: .name, entity: 0),
                Mention(range: r("Lei Jun", 1), type: .person, kind: .name, entity: 1),
                Mention(range: r("he", 1), type: .person, kind: .pronoun, entity: 1),
                Mention(range: r("Jun", 2), type: .person, kind: .name, entity: 1),
            ]
            a.entities = [
                LocalEntity(name: "Xiaomi", type: .organization, key: "org:xiaomi", aliases: [], roles: [], mentions: [0], introduction: 0),
                LocalEntity(name: "Lei Jun", type: .person, key: "person:lei jun", aliases: [], roles: [], mentions: [1, 2, 3], introduction: 0),
            ]
            let first = r("\"We plan,\"", 1)
            let second = r("\"to enter by late 2018.\"", 1)
            a.quotes = [
                Quote(range: first.lowerBound..<second.upperBound, pieces: [r("We plan,", 1), r("to enter by late 2018.", 1)], kind: .full,
                      isSpeech: true, attribution: Attribution(speaker: r("he", 1), cue: r("said", 2), placement: .inside)),
                Quote(range: r("\"Soon.\"", 1), pieces: [r("Soon.", 1)], kind: .full, isSpeech: true, attribution: nil),
            ]
            a.times = [TimeExpression(range: r("late 2018", 1), type: .date, value: "2018", mod: .end)]
        }
        let facts = SemanticTokenFacts.collect(article, bytes: bytes)
        let described = facts.map { "\(String(decoding: bytes[$0.range], as: UTF8.self))|\($0.kind.name)|\($0.modifiers)" }
        #expect(described == [
            "Xiaomi|organization|1",
            "Lei Jun|person|1",
            "\"We plan,\"|quote|0",
            "he|speaker|0",
            "\"to enter by |quote|0",
            "late 2018|date|0",
            ".\"|quote|0",
            "Jun|person|0",
            "\"Soon.\"|quote|2",
        ])
    }

    @Test func scareQuotesAndOtherEntitiesAreNotHighlighted() {
        let text = "The so-called \"miracle\" of the Thing.\n"
        let article = Self.article(text) { a in
            a.quotes = [Quote(range: Self.range("\"miracle\"", text, 1), pieces: [Self.range("miracle", text, 1)], kind: .partial, isSpeech: false)]
            a.mentions = [Mention(range: Self.range("Thing", text, 1), type: .other, kind: .name, entity: 0)]
        }
        #expect(SemanticTokenFacts.collect(article, bytes: Array(text.utf8)).isEmpty)
    }
}

extension SemanticTokenFactTests {
    static func range(_ needle: String, _ text: String, _ nth: Int) -> Range<Int> {
        SemanticTokenEncodingTests.range(of: needle, in: text, nth: nth)
    }
}

@Suite struct SemanticTokenServerTests {
    static let article = """
        ---
        title: Xiaomi aims for the US
        date: 2018-03-05
        ---

        BEIJING (Reuters) - Xiaomi chairman Lei Jun said on Monday the company aims to enter the U.S. by late 2018.

        "We've always been considering entering the US market," said Lei Jun. “We plan to start 🙂 by end 2018.”

        "Nobody knows the price yet."

        """

    @Test func legendFallsBackToStandardTypesUnlessTheClientKnowsCopydesksOwn() throws {
        let plain = try TestClient().initialize(capabilities: ["textDocument": ["semanticTokens": ["tokenTypes": ["class", "namespace", "string"]]]])
        let provider = plain.at("result", "capabilities", "semanticTokensProvider")
        #expect(provider?.at("legend", "tokenTypes") == ["class", "namespace", "enumMember", "type", "event", "string", "parameter", "number"])
        #expect(provider?.at("legend", "tokenModifiers") == ["declaration", "unattributed"])
        #expect(provider?["full"] == true)
        #expect(provider?["range"] == true)

        let ours = SemanticTokenKind.allCases.map { JSONValue.string($0.name) }
        let custom = try TestClient().initialize(capabilities: ["textDocument": ["semanticTokens": ["tokenTypes": .array(["class"] + ours)]]])
        #expect(custom.at("result", "capabilities", "semanticTokensProvider", "legend", "tokenTypes")
            == ["person", "organization", "place", "product", "event", "quote", "speaker", "date"])
    }

    /// What the server answers must be well-formed whatever the analysis finds: five integers a
    /// token, sorted, each inside one line of the document, types inside the legend. (Once the
    /// analysis issues fill in mentions, quotes and times, this document yields tokens.)
    func checkWellFormed(_ data: [Int], text: String, encoding: PositionEncoding) {
        let index = LineIndex(text)
        var previous = (line: -1, character: 0)
        for token in SemanticTokenEncodingTests.decode(data) {
            let (line, character, length, type, modifiers) = (token[0], token[1], token[2], token[3], token[4])
            #expect((line, character) >= previous || previous.line == -1)  // adjacent tokens may touch
            #expect(line < index.lineCount)
            let lineLength = index.units(from: index.lineStarts[line], to: index.lineContentEnd(line), encoding: encoding)
            #expect(length > 0 && character + length <= lineLength)
            #expect(type < SemanticTokenKind.allCases.count)
            #expect(modifiers < 1 << SemanticTokenLegend.tokenModifiers.count)
            if previous.line == line { #expect(character >= previous.character) }
            previous = (line, character + length)
        }
    }

    @Test func fullAndRangeAnswerForAnOpenDocument() throws {
        let client = TestClient()
        try client.initialize()
        let uri = "file:///tmp/copydesk-semantic/xiaomi.md"
        client.open(uri, Self.article)
        _ = try client.waitForNotification("textDocument/publishDiagnostics")
        let full = try client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": .string(uri)]])
        #expect(full["error"] == nil)
        let data = try #require(full.at("result", "data")?.arrayValue).compactMap(\.intValue)
        checkWellFormed(data, text: Self.article, encoding: .utf16)

        let range = try client.request(
            "textDocument/semanticTokens/range",
            ["textDocument": ["uri": .string(uri)], "range": ["start": ["line": 5, "character": 0], "end": ["line": 7, "character": 0]]])
        let rangeData = try #require(range.at("result", "data")?.arrayValue).compactMap(\.intValue)
        checkWellFormed(rangeData, text: Self.article, encoding: .utf16)
        // Every token of the range answer is one of the full answer's.
        let all = SemanticTokenEncodingTests.decode(data)
        for token in SemanticTokenEncodingTests.decode(rangeData) { #expect(all.contains(token)) }
    }

    @Test func unknownDocumentsAndBadParamsAreAnsweredNotDropped() throws {
        let client = TestClient()
        try client.initialize(capabilities: ["general": ["positionEncodings": ["utf-8"]]])
        let unknown = try client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": "file:///nowhere/missing.md"]])
        #expect(unknown.at("result", "data") == [])
        let bad = try client.request("textDocument/semanticTokens/range", ["textDocument": ["uri": "file:///a.md"]])
        #expect(bad.at("error", "code") == -32602)
    }
}
