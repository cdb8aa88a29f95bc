@testable import ArticleAnalysis
import Testing

/// The one-pass ASCII word path must make exactly the tokens the general path (`scanWord` +
/// `makeWord`) makes, and hand every joiner to it.
@Suite struct TokenizerFastPathTests {
    static let texts = [
        "Xiaomi Chairman Lei Jun said on Monday, March 5, 2018, that sales rose 3.5% to 10,000 units at 10:29 a.m.",
        "The U.S. and the U.S.A. met J. K. Rowling at 24/7 events; don't, O'Brien, We’ve, workers’ rights.",
        "Xiaomi’s shares — “We are not going to stop here,” said the CEO (Beijing-based) in 2018.",
        "WSJ NASA iPhone 5G 2018 4th COVID-19 e-mail naïve café Zürich São Paulo 東京 x",
        "end.", "a", "AB", "ab1", "1a", "12", "x-", "x'", "1.", "1,", "1:", "1/", "ab.", "ab,cd", "ab:cd", "ab/cd",
        "a\u{2010}b c\u{2011}d e\u{2019}f g\u{201D}h", "word\u{FFFD}x", "multi\nline\ttext\r\nend",
    ]

    @Test(arguments: texts)
    func fastPathMatchesTheGeneralPath(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                let b = buffer[i]
                guard b < 0x80, let fast = Tokenizer.asciiWord(buffer, from: i, end: buffer.count) else {
                    i += 1
                    continue
                }
                // Only at a word's start does the tokenizer ask; elsewhere this still must agree.
                let wordEnd = Tokenizer.scanWord(buffer, from: i, end: buffer.count)
                let general = Tokenizer.makeWord(buffer, i..<wordEnd)
                #expect(Tokenizer.possessiveSplit(buffer, i..<wordEnd) == nil)
                #expect(fast == general, "at \(i) in \(text)")
                i = Int(fast.end)
            }
        }
    }

    @Test func randomTextAgrees() {
        // Seeded strings over letters, digits, every joiner and a few non-ASCII marks.
        let alphabet = ["a", "Z", "s", "5", "0", ".", ",", ":", "/", "-", "'", " ", "’", "\u{2010}", "é", "”", "\u{FFFD}", "\n"]
        var state: UInt64 = 0x9e37_79b9_7f4a_7c15
        for _ in 0..<3000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<(1 + Int(state >> 59)) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += alphabet[Int(state >> 33) % alphabet.count]
            }
            fastPathMatchesTheGeneralPath(text)
        }
    }

    @Test func tokensOfRealTextAreUnchanged() {
        // Tokens as the general path alone makes them, for a sentence with every kind of joiner.
        let text = "“We’ve sold 10,000 phones,” Lei Jun, Xiaomi’s chairman, told the U.S.-based WSJ at 10:29 a.m. on March 5."
        let tokens = Tokenizer.tokenize(Array(text.utf8))
        let words = tokens.map { text.slice($0.range) }
        #expect(words == ["“", "We’ve", "sold", "10,000", "phones", ",", "”", "Lei", "Jun", ",", "Xiaomi", "’s", "chairman", ",", "told", "the", "U.S.", "-", "based", "WSJ", "at", "10:29", "a.m.", "on", "March", "5", "."])
        let wsj = tokens[19]
        #expect(wsj.has(.allCaps) && wsj.has(.capitalized) && wsj.kind == .word)
        #expect(tokens[3].kind == .number && tokens[3].has(.hasDigit))
        #expect(tokens[25].kind == .number)
        #expect(tokens[2].hash == Bytes.wordHash("SOLD"))
    }
}

@Suite struct LayoutScanTests {
    @Test func theMarkupStartSetIsExactlyTheBytesMaskInlineHandles() {
        let expected = Set("\\`*_~![<".utf8)
        for b in 0...255 {
            #expect(Layout.startsInlineMarkup(UInt8(b)) == expected.contains(UInt8(b)), "byte \(b)")
        }
    }
}

/// Entity keys fold a name's words straight from the article's bytes when they are ASCII; that
/// must be what folding the word's text gives, ASCII or not.
@Suite struct EntityKeyFoldTests {
    @Test func foldingBytesAgreesWithFoldingText() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Lei", "JUN", "U.S.", "Ca\u{301}ceres", "Müller", "O’Neil", "x", ".", "Š", "ř", "AT&T", "3M"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let lower = Int.random(in: 0...bytes.count, using: &generator)
            let upper = Int.random(in: lower...bytes.count, using: &generator)
            let expected = EntityKeys.fold(String(decoding: bytes[lower..<upper], as: UTF8.self))
            #expect(EntityKeys.fold(bytes, lower..<upper) == expected, "\(text) \(lower)..<\(upper)")
        }
    }
}
