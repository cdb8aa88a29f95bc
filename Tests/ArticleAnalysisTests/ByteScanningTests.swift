import ArticleAnalysis
import Testing

/// The byte-level replacements for `String` searches in hot paths must answer exactly as the
/// `lowercased()`-then-search code they replaced.
@Suite struct ByteScanningTests {
    @Test(arguments: [
        ("© 2021 Coastal Ledger. All rights reserved.", true),
        ("ALL RIGHTS RESERVED", true),
        ("all rights reserved", true),
        ("All Rights Reserved — 2019", true),
        ("We reserve all rights.", false),
        ("all rights reserve", false),
        ("", false),
        ("all  rights reserved", false),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxall rights reservedxx", true),
        ("Über alles: all rights reserved ✓", true),
    ])
    func containsIgnoringCase(_ text: String, _ expected: Bool) {
        let bytes = Array(text.utf8)
        let needle = Bytes.Needle("all rights reserved")
        #expect(Bytes.contains(bytes, 0..<bytes.count, ignoringASCIICase: needle) == expected)
        #expect(text.lowercased().contains("all rights reserved") == expected)
    }

    @Test func containsStaysInsideTheRange() {
        let bytes = Array("xx all rights reserved yy".utf8)
        let needle = Bytes.Needle("all rights reserved")
        #expect(Bytes.contains(bytes, 3..<22, ignoringASCIICase: needle))
        #expect(!Bytes.contains(bytes, 4..<25, ignoringASCIICase: needle))
        #expect(!Bytes.contains(bytes, 0..<21, ignoringASCIICase: needle))
        #expect(!Bytes.contains(bytes, 0..<200, ignoringASCIICase: Bytes.Needle("absent phrase")))
    }

    @Test func prefixIgnoringCase() {
        let bytes = Array("Copyright 2020 Tags: x".utf8)
        #expect(Bytes.hasPrefix(bytes, at: 0, end: bytes.count, ignoringASCIICase: Array("copyright".utf8)))
        #expect(Bytes.hasPrefix(bytes, at: 15, end: bytes.count, ignoringASCIICase: Array("tags:".utf8)))
        #expect(!Bytes.hasPrefix(bytes, at: 15, end: 18, ignoringASCIICase: Array("tags:".utf8)))
        #expect(!Bytes.hasPrefix(bytes, at: 1, end: bytes.count, ignoringASCIICase: Array("copyright".utf8)))
    }

    @Test(arguments: [
        ("March", 3), ("MARCH", 3), ("mar", 3), ("Sept", 9), ("september", 9), ("May", 5), ("december", 12),
        ("Marc", nil), ("Ma", nil), ("", nil), ("Septembers", nil), ("Mär", nil), ("\u{212A}", nil),
    ] as [(String, Int?)])
    func monthNames(_ word: String, _ expected: Int?) {
        #expect(DateParsing.month(named: Substring(word)) == expected)
    }

    @Test func boilerplateParagraphsAreStillRecognised() {
        let doc = ArticleDocument(
            text: "The bridge will reopen.\n\nCOPYRIGHT 2021 The Ledger\n\nⒸ The Ledger 2021\n\nThe Ledger. ALL RIGHTS RESERVED.\n\nRead more: bridges",
            format: .plainText)
        #expect(doc.paragraphs.map(\.kind) == [.body, .boilerplate, .boilerplate, .boilerplate, .boilerplate])
    }

    @Test func datelinesWithAndWithoutDashes() {
        let dashed = ArticleDocument(text: "WASHINGTON, March 5, 2018 — The council met on Monday.", format: .plainText)
        #expect(dashed.publication?.date?.iso == "2018-03-05")
        #expect(dashed.publication?.origin == .dateline)
        let undashed = ArticleDocument(text: "On March 5, 2018 the council met.\n\nIt met again.", format: .plainText)
        #expect(undashed.publication == nil)
    }
}
