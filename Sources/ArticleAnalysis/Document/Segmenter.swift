/// A paragraph of the article: a block of lines, a heading, a list item or a block quote.
public struct Paragraph: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// Running prose.
        case body
        /// A headline, subheading, or a short standalone line with no sentence punctuation.
        case heading
        /// A Markdown block quote.
        case blockQuote
        case listItem
        case tableRow
        /// Copyright lines, tag lists, "Source:" credits, share prompts: not prose, not the article's
        /// own dating (a copyright year is not the publication date).
        case boilerplate
    }

    public var range: Range<Int>
    public var kind: Kind
    /// Index of the first of its sentences in `ArticleDocument.sentences`.
    public var sentences: Range<Int>
}

public struct Sentence: Sendable, Hashable {
    public var range: Range<Int>
    /// Indices into `ArticleDocument.tokens`.
    public var tokens: Range<Int>
    public var paragraph: Int
}

enum Segmenter {
    /// Builds paragraphs from line kinds, then sentences within each paragraph; marks sentence and
    /// paragraph starts on the tokens.
    static func segment(
        layout: Layout, tokens: inout [Token], format: ArticleFormat
    ) -> (paragraphs: [Paragraph], sentences: [Sentence]) {
        let bytes = layout.masked
        var blocks: [(range: Range<Int>, kind: Paragraph.Kind, lines: [Range<Int>])] = []
        var current: (range: Range<Int>, kind: Paragraph.Kind, lines: [Range<Int>])? = nil
        func flush() {
            if let c = current { blocks.append(c) }
            current = nil
        }
        for (line, kind) in layout.lines {
            let content = FrontMatter.trim(bytes, line.content)
            switch kind {
            case .blank, .hidden:
                flush()
            case .heading, .tableRow, .listItem:
                flush()
                let k: Paragraph.Kind = kind == .heading ? .heading : kind == .tableRow ? .tableRow : .listItem
                blocks.append((content, k, [content]))
            case .blockQuote, .text:
                let k: Paragraph.Kind = kind == .blockQuote ? .blockQuote : .body
                if current != nil, current!.kind == k {
                    // Extended in place: a block of many lines must not be copied per line.
                    current!.range = current!.range.lowerBound..<content.upperBound
                    current!.lines.append(content)
                } else {
                    flush()
                    current = (content, k, [content])
                }
            }
        }
        flush()

        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(blocks.count)
        var sentences: [Sentence] = []
        var tokenIndex = 0
        for block in blocks where !block.range.isEmpty {
            while tokenIndex < tokens.count && Int(tokens[tokenIndex].end) <= block.range.lowerBound { tokenIndex += 1 }
            let firstToken = tokenIndex
            var endToken = tokenIndex
            while endToken < tokens.count && Int(tokens[endToken].start) < block.range.upperBound { endToken += 1 }
            tokenIndex = endToken
            guard firstToken < endToken else { continue }
            var kind = block.kind
            if kind == .body || kind == .heading {
                kind = classify(bytes, tokens: tokens[firstToken..<endToken], range: block.range, lineCount: block.lines.count, format: format, isFirstBlocks: paragraphs.count < 4, kind: kind)
            }
            tokens[firstToken].flags.insert(.paragraphStart)
            let hardBreaks = lineBreakBoundaries(bytes, lines: block.lines, kind: kind)
            let firstSentence = sentences.count
            var start = firstToken
            var k = firstToken
            let checksHardBreaks = !hardBreaks.isEmpty
            while k < endToken {
                // Only terminal punctuation, a dotted acronym or a hard line break can end a
                // sentence (`boundaryAfter` returns nil for anything else): most tokens skip the call.
                let t = tokens[k]
                guard checksHardBreaks || t.kind == .punctuation || (t.kind == .word && t.has(.dottedAcronym)) else {
                    k += 1
                    continue
                }
                let next = boundaryAfter(tokens, k, end: endToken, bytes: bytes, hardBreaks: hardBreaks, kind: kind)
                if let next {
                    sentences.append(Sentence(range: Int(tokens[start].start)..<Int(tokens[next - 1].end), tokens: start..<next, paragraph: paragraphs.count))
                    start = next
                    k = next
                } else {
                    k += 1
                }
            }
            if start < endToken {
                sentences.append(Sentence(range: Int(tokens[start].start)..<Int(tokens[endToken - 1].end), tokens: start..<endToken, paragraph: paragraphs.count))
            }
            for s in sentences[firstSentence...] { tokens[s.tokens.lowerBound].flags.insert(.sentenceStart) }
            paragraphs.append(Paragraph(range: block.range, kind: kind, sentences: firstSentence..<sentences.count))
        }
        return (paragraphs, sentences)
    }

    static let boilerplatePrefixes: [String] = [
        "©", "ⓒ", "(c)", "copyright", "tags:", "tagged:", "topics:", "source:", "sources:", "related:", "read more",
        "share this", "follow us", "sign up", "subscribe", "advertisement", "click here", "filed under",
        "most tweeted", "most popular", "most read", "recommended", "comments", "image:", "photo:", "credit:",
        "related stories", "related articles", "related coverage", "you may also like", "add to cart", "buy now",
        "shop now",
    ]
    /// The prefixes as bytes, compared without ASCII case ("Ⓒ" is the capital of "ⓒ").
    static let boilerplatePrefixBytes: [[UInt8]] = (boilerplatePrefixes + ["Ⓒ"]).map { Array($0.utf8) }
    /// `boilerplatePrefixBytes` by first byte (prefixes are lowercase; a paragraph's first byte is
    /// looked up ASCII-lowercased), so a paragraph is compared only with the prefixes it can start.
    static let boilerplatePrefixesByFirstByte: [[[UInt8]]] = {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for prefix in boilerplatePrefixBytes where !prefix.isEmpty { buckets[Int(prefix[0])].append(prefix) }
        return buckets
    }()
    static let allRightsReserved = Bytes.Needle("all rights reserved")

    /// Whether `bytes[range]` starts (within its first 40 bytes) with a boilerplate prefix.
    static func hasBoilerplatePrefix(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let head = min(range.upperBound, range.lowerBound + 40)
        guard range.lowerBound < head, range.lowerBound >= 0, range.lowerBound < bytes.count else { return false }
        let candidates = boilerplatePrefixesByFirstByte[Int(Bytes.lower(bytes[range.lowerBound]))]
        return candidates.contains(where: { Bytes.hasPrefix(bytes, at: range.lowerBound, end: head, ignoringASCIICase: $0) })
    }

    static func classify(
        _ bytes: [UInt8], tokens: ArraySlice<Token>, range: Range<Int>, lineCount: Int, format: ArticleFormat,
        isFirstBlocks: Bool, kind: Paragraph.Kind
    ) -> Paragraph.Kind {
        // Byte-level, no allocation: this runs for every paragraph of every article.
        if hasBoilerplatePrefix(bytes, range) { return .boilerplate }
        if range.count < 400, Bytes.contains(bytes, range, ignoringASCIICase: allRightsReserved) { return .boilerplate }
        if kind == .heading { return .heading }
        // A short single line with no sentence-final punctuation is a headline or standalone line.
        // Only single lines are candidates; count their words without building an array.
        guard lineCount == 1, let last = tokens.last else { return .body }
        // Stop counting at the 21st word: most single lines are prose paragraphs far longer.
        var wordCount = 0
        for index in tokens.indices where tokens[index].kind == .word || tokens[index].kind == .number {
            wordCount += 1
            if wordCount > 20 { return .body }
        }
        let words = tokens.filter { $0.kind == .word || $0.kind == .number }
        // A closing quotation mark ends a sentence when punctuation is inside it (`…," he said` is
        // not a line of its own; `… ‘the nation we aspire to be’` under a blank line is a subheading).
        var final = last
        var endsWithBareQuote = false
        if last.kind == .quote, let before = tokens.dropLast().last {
            if before.kind == .punctuation || before.kind == .quote { final = before } else { endsWithBareQuote = true }
        }
        // A long line ending in a bare quotation mark is prose that lost its period.
        let endsSentence = endsWithBareQuote
            ? wordCount > 12
            : final.isPunctuation(".") || final.kind == .quote || final.isPunctuation(":") || final.isPunctuation(",")
        if !endsSentence && !(final.isPunctuation("?") || final.isPunctuation("!")) { return .heading }
        // "Will Xiaomi Be Pushed Away Like Huawei?": Title Case questions are headings too.
        if final.isPunctuation("?") || final.isPunctuation("!") {
            let capitalised = words.filter { $0.isCapitalized || $0.kind == .number }.count
            if words.count >= 3 && capitalised * 10 >= words.count * 7 { return .heading }
        }
        return .body
    }

    /// In a plain-text block, a line much shorter than its neighbours that does not end a sentence
    /// is a line of its own (a headline or byline above the prose), so its break ends a sentence.
    static func lineBreakBoundaries(_ bytes: [UInt8], lines: [Range<Int>], kind: Paragraph.Kind) -> Set<Int> {
        guard lines.count > 1 else { return [] }
        let longest = lines.map(\.count).max() ?? 0
        var result: Set<Int> = []
        for line in lines.dropLast() where line.count * 10 < longest * 6 {
            guard let lastByte = line.last.map({ bytes[$0] }) else { continue }
            if lastByte == UInt8(ascii: ",") || lastByte == UInt8(ascii: "-") { continue }
            result.insert(line.upperBound)
        }
        return result
    }

    /// If a sentence ends after token `k`, the index of the first token of the next sentence.
    static func boundaryAfter(
        _ tokens: [Token], _ k: Int, end: Int, bytes: [UInt8], hardBreaks: Set<Int>, kind: Paragraph.Kind
    ) -> Int? {
        let t = tokens[k]
        guard k + 1 < end else { return nil }
        if hardBreaks.contains(Int(t.end)) { return k + 1 }
        let isTerminal: Bool
        var isAbbreviationLike = false
        switch t.kind {
        case .punctuation:
            switch t.first {
            case ".", "!", "?", "\u{2026}", "\u{203D}": isTerminal = true
            default: isTerminal = false
            }
        case .word where t.has(.dottedAcronym):
            isTerminal = true
            isAbbreviationLike = true
        default:
            isTerminal = false
        }
        guard isTerminal else { return nil }
        // Swallow closing quotes and brackets glued to the mark: `...end." Next`
        var j = k + 1
        while j < end {
            let c = tokens[j]
            let closes = (c.kind == .quote && !c.has(.spaceBefore)) || ((c.first == ")" || c.first == "]") && c.kind == .punctuation && !c.has(.spaceBefore))
            if closes { j += 1 } else { break }
        }
        guard j < end else { return nil }
        let next = tokens[j]
        guard next.has(.spaceBefore) || next.has(.newlineBefore) else { return nil }  // "3.5", "U.S.-based"
        // What starts the next sentence: a capitalised word, a number, or an opening quote or bracket
        // before one.
        // Up to two marks in a row: a doubled apostrophe (''), nested quotes, or a quote opening
        // with an editor's bracket or an ellipsis (`"[Vallejo] was going…`, `"... These thefts`).
        var starter = next
        var s = j
        func opens(_ t: Token) -> Bool {
            t.kind == .quote || (t.kind == .punctuation && (t.first == "(" || t.first == "[" || t.first == "\u{2026}" || (t.first == "." && t.length > 1)))
        }
        while s < j + 2, opens(starter), s + 1 < end {
            s += 1
            starter = tokens[s]
        }
        let startsLikeSentence = starter.isCapitalized || starter.kind == .number || (starter.kind == .word && starter.has(.hasDigit))
        guard startsLikeSentence else { return nil }
        if t.kind == .punctuation && t.first != "." { return j }  // ! ? … followed by a capital
        if t.kind == .punctuation && t.length > 1 { return j }  // "..." ellipsis
        // A period: is the word before it an abbreviation or an initial?
        if isAbbreviationLike {
            return AbbreviationLexicons.sentenceStarters.contains(starter.hash) || next.has(.newlineBefore) ? j : nil
        }
        guard k > 0 else { return j }
        let previous = tokens[k - 1]
        guard previous.kind == .word, previous.end == t.start else { return j }
        if AbbreviationLexicons.titles.contains(previous.hash) { return nil }
        // A single capital letter: an initial ("J. K. Rowling"), unless the sentence clearly restarts.
        if previous.length == 1 && previous.isCapitalized {
            return AbbreviationLexicons.sentenceStarters.contains(starter.hash) && starter.hash != Bytes.wordHash("a") ? j : nil
        }
        if AbbreviationLexicons.other.contains(previous.hash) {
            if starter.kind == .number { return nil }  // "Jan. 5"
            return AbbreviationLexicons.sentenceStarters.contains(starter.hash) || next.has(.newlineBefore) ? j : nil
        }
        return j
    }
}
