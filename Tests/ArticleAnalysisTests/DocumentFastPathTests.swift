@testable import ArticleAnalysis
import Testing

/// Shortcuts in the document layer must answer exactly as the plain code they stand in for.
@Suite struct DocumentFastPathTests {
    static let paragraphs = [
        "© 2018 Reuters", "ⓒ Yonhap", "Ⓒ Yonhap", "(c) ABC", "(C) ABC", "Copyright 2018", "COPYRIGHT", "Tags: a, b",
        "Tagged: x", "Topics: y", "Source: AP", "Sources: AP", "Related: x", "Read more", "READ MORE here", "Share this",
        "Follow us", "Sign up", "Subscribe", "Advertisement", "Click here", "Filed under", "Most tweeted", "Most popular",
        "Most read", "Recommended", "Comments", "Image: x", "Photo: y", "Credit: z", "The company said", "copy", "c",
        "", "  © not at the start", "Sourced", "Comment", "tag", "Xiaomi Chairman Lei Jun said", "“Quoted” text",
    ]

    @Test(arguments: paragraphs)
    func boilerplatePrefixBucketsMatchTheList(_ text: String) {
        let bytes = Array(text.utf8)
        for lower in 0...min(bytes.count, 3) {
            for upper in lower...bytes.count {
                let range = lower..<upper
                let head = min(range.upperBound, range.lowerBound + 40)
                let expected = Segmenter.boilerplatePrefixBytes.contains(where: {
                    Bytes.hasPrefix(bytes, at: range.lowerBound, end: head, ignoringASCIICase: $0)
                })
                #expect(Segmenter.hasBoilerplatePrefix(bytes, range) == expected, "\(range) in \(text)")
            }
        }
    }

    /// The segmenter asks `boundaryAfter` only at punctuation, dotted acronyms, or anywhere in a
    /// block with hard line breaks: everywhere else it must have said no.
    @Test func boundariesAreOnlyWhereTheSegmenterAsks() {
        let texts = [
            "He said so. Then he left! Did he? Yes… “Quite.” (Really.) U.S. officials met J. K. Rowling at 3 p.m. Monday.",
            "Mr. Smith went to Washington. Dr. Jones stayed. The U.S. Army said so. It was Jan. 5 when it ended...",
            "a.m. Then 3.5 percent rose. \"What?\" she asked. 'No,' he said. [Editor's note.] Next sentence here.",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            let tokens = Tokenizer.tokenize(bytes)
            for k in tokens.indices {
                let t = tokens[k]
                if t.kind == .punctuation || (t.kind == .word && t.has(.dottedAcronym)) { continue }
                #expect(Segmenter.boundaryAfter(tokens, k, end: tokens.count, bytes: bytes, hardBreaks: [], kind: .body) == nil, "token \(k) in \(text)")
            }
        }
    }

    /// The eight-bytes-at-a-time scans find what a byte loop finds, at every start and end,
    /// with non-ASCII bytes and every byte value near the ones they look for.
    @Test func wordScansMatchByteLoops() {
        let alphabet: [UInt8] = Array("abcXYZ 09.,\n\t!*<>/[\\]^_`{}~|-".utf8) + [0x80, 0x9C, 0xA1, 0xAA, 0xBC, 0xDB, 0xDF, 0xE0, 0xE2, 0xFE, 0xFF, 0x00, 0x0A]
        var state: UInt64 = 0x2545_f491_4f6c_dd1d
        for _ in 0..<200 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 58)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                // Mostly letters, as prose is, so that whole words get skipped.
                let pick = Int(state >> 33)
                bytes.append(pick % 3 == 0 ? alphabet[pick % alphabet.count] : UInt8(0x61 + pick % 26))
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...buffer.count {
                    for end in start...buffer.count {
                        var markup = start
                        while markup < end && !Layout.startsInlineMarkup(buffer[markup]) { markup += 1 }
                        #expect(Layout.firstInlineMarkup(buffer, from: start, to: end) == markup, "\(bytes) \(start)..<\(end)")
                        var comment = start
                        while comment < end && buffer[comment] != 0x3C && buffer[comment] != 0x2F { comment += 1 }
                        #expect(Bytes.firstIndex(of: 0x3C, or: 0x2F, in: buffer, from: start, to: end) == comment)
                        var newline = start
                        while newline < end && buffer[newline] != 0x0A { newline += 1 }
                        #expect(Bytes.firstIndex(of: 0x0A, in: buffer, from: start, to: end) == newline)
                    }
                }
            }
        }
    }
}
