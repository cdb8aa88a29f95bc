import Testing

@testable import CorpusAnalysis

/// The reworded-quotation test rests on the longest common subsequence of two word lists; the
/// fast version trims a shared prefix and suffix before filling its table. It must agree with the
/// plain table on every input, including lists that are equal, nested or disjoint.
@Suite struct QuoteWordsLCSTests {
    static func plainLCS(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0..<a.count {
            for j in 0..<b.count {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[a.count][b.count]
    }

    @Test func agreesWithThePlainTableOnRandomWordLists() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            // A small vocabulary so that lists share words, prefixes and suffixes often.
            let a = (0..<Int.random(in: 0...14, using: &generator)).map { _ in UInt64.random(in: 0...4, using: &generator) }
            var b = a
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                switch Int.random(in: 0...2, using: &generator) {
                case 0 where !b.isEmpty: b.remove(at: Int.random(in: 0..<b.count, using: &generator))
                case 1: b.insert(UInt64.random(in: 0...4, using: &generator), at: Int.random(in: 0...b.count, using: &generator))
                default: if !b.isEmpty { b[Int.random(in: 0..<b.count, using: &generator)] = UInt64.random(in: 0...4, using: &generator) }
                }
            }
            #expect(QuoteWords.lcs(a, b) == Self.plainLCS(a, b), "a: \(a), b: \(b)")
        }
    }

    /// The shared-word count skips the table when it cannot reach 70 %: it must never be below the LCS.
    @Test func theSharedWordCountBoundsTheLCSFromAbove() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let a = (0..<Int.random(in: 0...20, using: &generator)).map { _ in UInt64.random(in: 0...6, using: &generator) }
            let b = (0..<Int.random(in: 0...20, using: &generator)).map { _ in UInt64.random(in: 0...6, using: &generator) }
            #expect(QuoteWords.sharedWordCount(a, b) >= QuoteWords.lcs(a, b), "a: \(a), b: \(b)")
        }
    }

    @Test func aQuotationEditedInTheMiddleKeepsEverythingAroundTheEdit() {
        let words: [UInt64] = Array(1...40)
        var edited = words
        edited[20] = 999
        #expect(QuoteWords.lcs(words, edited) == 39)
        #expect(QuoteWords.lcs(words, words) == 40)
        #expect(QuoteWords.lcs(words, []) == 0)
        #expect(QuoteWords.lcs(words, Array(words.reversed())) == 1)
    }
}

/// Quote fingerprints are hashed from one buffer of the words' bytes; they must be the hashes of
/// the four-word runs (`QuoteWords.hash`), picked and ordered as the definition says.
@Suite struct QuoteFingerprintTests {
    static func definition(_ quote: QuoteWords) -> [UInt64] {
        let w = quote.plain
        guard w.count >= QuoteWords.minimumWords else { return [] }
        let shingles = w.count - 3
        var hashes: [UInt64] = []
        for i in 0..<shingles {
            let h = QuoteWords.hash(w[i..<(i + 4)])
            if (i == 0 || i == shingles - 1 || shingles <= 12 || h % 2 == 0) && !hashes.contains(h) { hashes.append(h) }
        }
        return hashes
    }

    @Test func areTheHashesOfFourWordRunsOnRandomQuotes() {
        var generator = SystemRandomNumberGenerator()
        // Repeated words make repeated runs; "…" gaps and non-ASCII words are skipped or hashed whole.
        let vocabulary = ["we", "will", "not", "stop", "here", "“", "año", "naïve", "us", QuoteWords.gap, "1,000", "don't"]
        for _ in 0..<2_000 {
            let words = (0..<Int.random(in: 0...40, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
            let quote = QuoteWords(words: words)
            #expect(quote.fingerprintHashes == Self.definition(quote), "\(words)")
        }
    }
}

/// Another article's quotes sharing a fingerprint are found by binary search in its sorted
/// (fingerprint, quote) list; it must give what a plain scan gives.
@Suite struct SharedFingerprintTests {
    @Test func agreesWithAPlainScanOnRandomIndexes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let entries = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                PreparedQuotes.FingerprintEntry(hash: UInt64.random(in: 0...40, using: &generator), quote: Int32.random(in: 0...9, using: &generator))
            }.sorted { $0.hash < $1.hash || $0.hash == $1.hash && $0.quote < $1.quote }
            let mine = Array(Set((0..<Int.random(in: 0...8, using: &generator)).map { _ in UInt64.random(in: 0...40, using: &generator) })).sorted()
            let expected = Array(Set(entries.filter { mine.contains($0.hash) }.map { Int($0.quote) })).sorted()
            #expect(PreparedQuotes.quotes(sharing: mine, in: entries) == expected, "mine \(mine)")
        }
    }
}
