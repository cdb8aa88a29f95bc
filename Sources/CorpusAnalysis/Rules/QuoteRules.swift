import ArticleAnalysis
import Foundation

extension RuleCatalog {
    /// Rules about quotations.
    static let quoteRules: [any Rule] = [UnattributedQuoteRule(), QuoteMismatchRule()]
}

/// A quotation's words as compared across articles: lowercased, punctuation dropped, apostrophes
/// folded, dotted acronyms undotted ("U.S." = "US"), a few long forms shortened ("United States" =
/// "US"), numbers without separators ("10,000" = "10000"). An ellipsis, or an editor's insertion
/// in square brackets, is kept as a gap marker.
struct QuoteWords: Sendable, Hashable {
    static let gap = "…"
    /// Whether `w` is the gap marker. Comparing a word with "…" by `==` takes the standard
    /// library's slow (Unicode-normalising) path whenever the bytes differ, and this runs for
    /// every word of every quotation: the first byte settles almost all of them.
    @inline(__always) static func isGap(_ w: String) -> Bool { w.utf8.first == 0xE2 && w == gap }
    var words: [String]

    /// Words that are not gap markers.
    var count: Int { words.reduce(0) { $0 + (QuoteWords.isGap($1) ? 0 : 1) } }

    init(words: [String]) { self.words = words }

    init(_ quote: Quote, in text: String) {
        var words: [String] = []
        for (index, piece) in quote.pieces.enumerated() {
            // The cue between the pieces of an interrupted quote is not part of it.
            if index > 0 { words.append(QuoteWords.gap) }
            QuoteWords.append(text.slice(piece), to: &words)
        }
        self.words = QuoteWords.shorten(words)
    }

    static func append(_ text: String, to words: inout [String]) {
        let scalars = Array(text.unicodeScalars)
        // The word being built, as lowercase UTF-8 (ASCII handled without Unicode tables).
        var current: [UInt8] = []
        var currentScalars = 0
        var lastIsNumeric = false
        var segmentLength = 0  // letters since the last dot inside the word
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            currentScalars = 0
            lastIsNumeric = false
            segmentLength = 0
        }
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return Bytes.isASCIILetter(UInt8(s.value)) || Bytes.isDigit(UInt8(s.value)) }
            return s.properties.isAlphabetic || s.properties.numericType != nil
        }
        func isNumeric(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return Bytes.isDigit(UInt8(s.value)) }
            return s.properties.numericType != nil
        }
        func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return Bytes.isASCIILetter(UInt8(s.value)) }
            return s.properties.isAlphabetic
        }
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            if isWordScalar(scalar) {
                if scalar.value < 0x80 {
                    current.append(Bytes.lower(UInt8(scalar.value)))
                } else {
                    current.append(contentsOf: Array(scalar.properties.lowercaseMapping.utf8))
                }
                currentScalars += 1
                lastIsNumeric = isNumeric(scalar)
                segmentLength += 1
            } else {
                switch scalar {
                case "’", "‘", "'", "ʼ":
                    // Inside a word an apostrophe ("don't"); at its edge a quotation mark.
                    if !current.isEmpty, let n = next, isWordScalar(n) {
                        current.append(UInt8(ascii: "'"))
                        currentScalars += 1
                        lastIsNumeric = false
                    }
                case ".":
                    if next == ".", i + 2 < scalars.count, scalars[i + 2] == "." {
                        flush()
                        if !(words.last.map(isGap) ?? false) { words.append(gap) }
                        i += 3
                        continue
                    }
                    // "U.S.": single letters joined by dots are one word, undotted.
                    if segmentLength == 1, let n = next, isAlphabetic(n), i + 2 >= scalars.count || scalars[i + 2] == "." {
                        segmentLength = 0
                    } else if segmentLength == 1 && currentScalars > 1 {
                        segmentLength = 0  // the final dot of "U.S."
                        flush()
                    } else {
                        flush()
                    }
                case "…":
                    flush()
                    if !(words.last.map(isGap) ?? false) { words.append(gap) }
                case "[":
                    // "he [Trump] is": an editor's insertion stands for words the speaker said
                    // differently, like an ellipsis.
                    if let close = scalars[(i + 1)...].prefix(40).firstIndex(of: "]") {
                        flush()
                        if !(words.last.map(isGap) ?? false) { words.append(gap) }
                        i = close + 1
                        continue
                    }
                    flush()
                case ",":
                    // "10,000": a thousands separator between digits is dropped.
                    if lastIsNumeric, let n = next, isNumeric(n) { break }
                    flush()
                default:
                    flush()
                }
            }
            i += 1
        }
        flush()
    }

    static let longForms: [([String], String)] = [
        (["united", "states"], "us"), (["united", "kingdom"], "uk"), (["european", "union"], "eu"), (["united", "nations"], "un"),
    ]

    static func shorten(_ words: [String]) -> [String] {
        let forms = longForms
        var result: [String] = []
        result.reserveCapacity(words.count)
        var i = 0
        outer: while i < words.count {
            // (The first byte first: most words start with neither "u" nor "e".)
            for (long, short) in forms
            where i + long.count <= words.count && words[i].utf8.first == long[0].utf8.first && words[i] == long[0]
                && words[i..<(i + long.count)].elementsEqual(long)
            {
                result.append(short)
                i += long.count
                continue outer
            }
            result.append(words[i])
            i += 1
        }
        return result
    }

    /// The runs of words between gaps.
    var segments: [[String]] {
        var result: [[String]] = [[]]
        for w in words {
            if QuoteWords.isGap(w) {
                if !(result.last?.isEmpty ?? true) { result.append([]) }
            } else {
                result[result.count - 1].append(w)
            }
        }
        return result.filter { !$0.isEmpty }
    }

    var plain: [String] { words.filter { !QuoteWords.isGap($0) } }

    // MARK: Fingerprints

    /// Keys that two versions of one quotation very likely share: hashes of four-word runs, the
    /// first and last always, the others when their hash picks them (so two articles pick the same
    /// runs), all of them for short quotes.
    /// (Their dependency keys are `DependencyKey(quoteFingerprint:)`.)
    var fingerprintHashes: [UInt64] {
        // Every word's bytes once, in one buffer: each four-word run is then hashed from it, the
        // same value as `hash(_:)` of the run.
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(words.count)
        for var w in words where !QuoteWords.isGap(w) {
            w.withUTF8 { bytes.append(contentsOf: $0) }
            ends.append(bytes.count)
        }
        guard ends.count >= QuoteWords.minimumWords else { return [] }
        let n = 4
        let shingles = ends.count - n + 1
        var hashes: [UInt64] = []
        // A set only for long quotes: for a few dozen hashes a scan is cheaper than hashing.
        var seen: Set<UInt64>? = shingles > 64 ? [] : nil
        bytes.withUnsafeBufferPointer { buffer in
            for i in 0..<max(0, shingles) {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                var start = i == 0 ? 0 : ends[i - 1]
                for k in i..<(i + n) {
                    for j in start..<ends[k] { h = (h ^ UInt64(buffer[j])) &* 0x100_0000_01b3 }
                    h = (h ^ 0x20) &* 0x100_0000_01b3
                    start = ends[k]
                }
                if i == 0 || i == shingles - 1 || shingles <= 12 || h % 2 == 0 {
                    if seen != nil ? seen!.insert(h).inserted : !hashes.contains(h) { hashes.append(h) }
                }
            }
        }
        return hashes
    }

    /// Quotations shorter than this are too common to compare ("we'll see", "no comment").
    static let minimumWords = 5

    static func hash(_ words: ArraySlice<String>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for w in words {
            for b in w.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            h = (h ^ 0x20) &* 0x100_0000_01b3
        }
        return h
    }

    // MARK: Comparison

    enum Relation: Sendable, Hashable {
        /// The same words (or one quotes a faithful part of the other, ellipses allowed).
        case same
        /// Recognisably the same quotation, worded differently.
        case differentWords
        /// Not the same quotation.
        case unrelated
    }

    /// How two quotations relate.
    static func relation(_ a: QuoteWords, _ b: QuoteWords) -> Relation {
        relation(plain: a.plain, segments: a.segments, plain: b.plain, segments: b.segments)
    }

    static func relation(_ a: Compact, _ b: Compact) -> Relation {
        relation(plain: a.plain, segments: a.segments, plain: b.plain, segments: b.segments)
    }

    static func relation<T: Comparable>(plain pa: [T], segments sa: [[T]], plain pb: [T], segments sb: [[T]]) -> Relation {
        guard !pa.isEmpty, !pb.isEmpty else { return .unrelated }
        if pa == pb { return .same }
        // One is an excerpt of the other: each of its segments appears, in order, in the other.
        if isExcerpt(sa, of: pb) || isExcerpt(sb, of: pa) { return .same }
        let shorter = min(pa.count, pb.count)
        guard shorter >= minimumWords else { return .unrelated }
        // Reworded, not merely sharing a phrase: most of the longer version's words come back in
        // order. Measured against the shorter one, a stock phrase ("come a long way", "going to
        // build") and the function words around it made unrelated quotations look alike.
        // The common subsequence is at most the shorter list, and at most the words the two
        // share counted with repeats: when either bound falls short, the table is not needed.
        let needed = max(pa.count, pb.count) * 7
        guard shorter * 10 >= needed, sharedWordCount(pa, pb) * 10 >= needed else { return .unrelated }
        let common = lcs(pa, pb)
        if common * 10 >= needed && common >= minimumWords { return .differentWords }
        return .unrelated
    }

    /// The words as hashes, for comparing many quotations quickly (see `PreparedQuotes`).
    struct Compact: Sendable {
        var plain: [UInt64]
        var segments: [[UInt64]]
    }

    var compact: Compact {
        var plain: [UInt64] = []
        plain.reserveCapacity(words.count)
        var segments: [[UInt64]] = []
        var segment: [UInt64] = []
        for w in words {
            if QuoteWords.isGap(w) {
                if !segment.isEmpty { segments.append(segment) }
                segment.removeAll(keepingCapacity: true)
            } else {
                let h = QuoteWords.hash(word: w)
                plain.append(h)
                segment.append(h)
            }
        }
        if !segment.isEmpty { segments.append(segment) }
        return Compact(plain: plain, segments: segments)
    }

    /// `hash([word])`, without building an array for one word.
    static func hash(word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return (h ^ 0x20) &* 0x100_0000_01b3
    }

    static func isExcerpt<T: Equatable>(_ segments: [[T]], of whole: [T]) -> Bool {
        guard !segments.isEmpty else { return false }
        var from = 0
        for segment in segments {
            guard let at = find(segment, in: whole, from: from) else { return false }
            from = at + segment.count
        }
        return true
    }

    static func find<T: Equatable>(_ needle: [T], in haystack: [T], from: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count - from else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    /// Length of the longest common subsequence of words (quotes are capped at 300 words each, so
    /// this stays small).
    /// How many words the lists share, repeats counted (the size of their multiset intersection),
    /// within the first 300 of each as `lcs` reads them: an upper bound of the LCS.
    static func sharedWordCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        let x = a.prefix(300).sorted()
        let y = b.prefix(300).sorted()
        var i = 0
        var j = 0
        var shared = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                shared += 1
                i += 1
                j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    static func lcs<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        let a = Array(a.prefix(300))
        let b = Array(b.prefix(300))
        // A common prefix and suffix belong to every longest common subsequence: only the middle
        // needs the table (a quotation being edited differs from its copies in a few words).
        var start = 0
        while start < a.count && start < b.count && a[start] == b[start] { start += 1 }
        var endA = a.count
        var endB = b.count
        while endA > start && endB > start && a[endA - 1] == b[endB - 1] {
            endA -= 1
            endB -= 1
        }
        let trimmed = start + (a.count - endA)
        guard endA > start && endB > start else { return trimmed }
        let middleB = b[start..<endB]
        var previous = [Int](repeating: 0, count: middleB.count + 1)
        var current = previous
        for x in a[start..<endA] {
            for (j, y) in middleB.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return trimmed + previous[middleB.count]
    }
}

/// The same quotation in another article, and how it differs.
struct QuoteMatch: Sendable {
    var record: ArticleRecord
    var quote: Int
    var relation: QuoteWords.Relation
    /// Both speakers resolve to named entities, and not the same one.
    var differentSpeaker: Bool
}

extension Corpus {
    /// Quotations shorter than this are not used to say two sources name different speakers.
    static let minimumWordsToCompareSpeakers = 8

    /// Other articles' speech quotations that are the same as the article's quote `index` (same or
    /// different words), in publication order.
    func sameQuotations(_ record: ArticleRecord, quote index: Int) -> [QuoteMatch] {
        let article = record.article
        guard index >= 0, index < article.quotes.count, article.quotes[index].isSpeech else { return [] }
        guard let mine = PreparedQuotes.of(record).entry(index) else { return [] }
        let keys = mine.fingerprintKeys
        guard !keys.isEmpty else { return [] }
        // A wire story reprinted by hundreds of outlets shares its quotes with all of them: the
        // earliest-published few are enough to show a difference, and keep the cost of a quote
        // bounded however many copies the corpus holds.
        let candidates = earliestArticles(sharingAny: keys, except: record.id)
        let cacheKey = quoteMatchCache.map { _ in QuoteMatchCache.Key(record.path, mine) }
        if let cache = quoteMatchCache, let cacheKey, let known = cache.matches(cacheKey, sources: candidates) { return known }
        var result: [QuoteMatch] = []
        var compared = 0
        for other in candidates {
            guard compared < Corpus.maximumComparedSources else { break }
            let prepared = PreparedQuotes.of(other)
            // Their quotes that share a fingerprint with this one, in order, each once.
            let shared = prepared.quotes(sharingFingerprintsOf: mine)
            guard !shared.isEmpty else { continue }
            compared += 1
            var best: QuoteMatch? = nil
            var bestEntry: PreparedQuotes.Entry? = nil
            for j in shared where j < other.article.quotes.count {
                let q = other.article.quotes[j]
                guard q.isSpeech, let theirs = prepared.entry(j) else { continue }
                let relation = QuoteWords.relation(mine.compact, theirs.compact)
                guard relation != .unrelated else { continue }
                if best == nil || (best!.relation != .same && relation == .same) {
                    best = QuoteMatch(record: other, quote: j, relation: relation, differentSpeaker: false)
                    bestEntry = theirs
                }
            }
            if var best, let theirs = bestEntry {
                // Only the very same words, spoken in both articles (a quotation nested in another
                // is someone quoting it), can show two sources naming different speakers.
                // A short phrase ("take on the Washington cartel", "we need a big change") is a
                // slogan or a talking point that several people repeat: it names no one speaker.
                let shortest = min(mine.compact.plain.count, theirs.compact.plain.count)
                if best.relation == .same, shortest >= Corpus.minimumWordsToCompareSpeakers, !mine.nestedOrNesting, !theirs.nestedOrNesting {
                    best.differentSpeaker = differentSpeakers(mine, in: record, theirs, in: other)
                }
                result.append(best)
            }
        }
        if let cache = quoteMatchCache, let cacheKey { cache.remember(cacheKey, sources: candidates, matches: result) }
        return result
    }

    /// Both quotes have a speaker resolved to a named person or organisation, the entities differ,
    /// and their names cannot be one name written two ways ("Trump" and "Donald Trump" may be one
    /// person the corpus keeps apart; "Bill Clinton" and "Hillary Clinton" are two).
    func differentSpeakers(_ qa: PreparedQuotes.Entry, in a: ArticleRecord, _ qb: PreparedQuotes.Entry, in b: ArticleRecord) -> Bool {
        guard let x = qa.speaker, let y = qb.speaker else { return false }
        guard x.key != y.key || x.key.hasPrefix("~") && a.path != b.path else { return false }
        return !x.words.isEmpty && !y.words.isEmpty && !x.words.isSubset(of: y.words) && !y.words.isSubset(of: x.words)
    }
}

extension AnalyzedArticle {
    /// Whether quote `index` lies inside another of the article's quotes, or holds one: words
    /// one speaker repeats from another ("When Trump says ‘make America great again’, …", a tweet
    /// quoting a statement), so whose words they are is not the quote's speaker alone.
    func isNestedOrNesting(_ index: Int) -> Bool {
        guard index >= 0, index < quotes.count else { return false }
        let this = quotes[index].range
        for (j, q) in quotes.enumerated() where j != index && q.range != this {
            if q.range.lowerBound <= this.lowerBound && this.upperBound <= q.range.upperBound { return true }
            if this.lowerBound <= q.range.lowerBound && q.range.upperBound <= this.upperBound { return true }
        }
        // Inner quotation marks the quote finder kept inside the quote's own words.
        let pieces = quotes[index].pieces
        var copy = self.text
        return copy.withUTF8 { AnalyzedArticle.holdsQuotationMarks($0, pieces) }
    }

    static func holdsQuotationMarks(_ text: UnsafeBufferPointer<UInt8>, _ pieces: [Range<Int>]) -> Bool {
        for piece in pieces where piece.lowerBound >= 0 && piece.upperBound <= text.count {
            var k = piece.lowerBound
            while k < piece.upperBound {
                let b = text[k]
                if b == 0x22 { return true }  // "
                // ‘ (E2 80 98) and “ (E2 80 9C) opening inside the words.
                if b == 0xE2, k + 2 < piece.upperBound, text[k + 1] == 0x80, text[k + 2] == 0x98 || text[k + 2] == 0x9C { return true }
                // ' opening a quotation: after a space, before a letter.
                if b == 0x27, k > piece.lowerBound, text[k - 1] == 0x20, k + 1 < piece.upperBound, (text[k + 1] | 0x20) >= 0x61, (text[k + 1] | 0x20) <= 0x7A {
                    return true
                }
                k += 1
            }
        }
        return false
    }
}

extension ArticleRecord {
    /// How the article is named to a reader: its outlet, else its file name.
    var sourceName: String {
        if let s = article.source, !s.isEmpty { return s }
        return fileName
    }

    /// The name a quote's speaker goes by: the entity's name, else the speaker words.
    func speakerName(_ quote: Quote) -> String? {
        guard let a = quote.attribution else { return nil }
        if let e = a.entity, e >= 0, e < article.entities.count { return article.entities[e].name }
        return a.speaker.map { article.text.slice($0) }
    }
}

/// Results of `Corpus.sameQuotations` kept between calls. While a writer types, every keystroke
/// recomputes the edited article's findings, and comparing each of its quotes with up to 32
/// sources was most of that work although only the quote being typed changed.
///
/// A result depends on the quote (its words, speaker and nesting), the article's path, and the
/// sources compared: the same records, in the same order. A lookup finds the sources again (a
/// cheap index lookup) and reuses the result only if they are the very same record objects; a
/// changed source is a new record, so a stale result can never be returned. Entries hold their
/// sources weakly (a replaced record is freed as before, and its entry stops matching) and name
/// matches by their place among the sources. The cache is bounded and emptied when full.
public final class QuoteMatchCache: @unchecked Sendable {
    struct Key: Hashable {
        let path: String
        let plain: [UInt64]
        let segments: [[UInt64]]
        let speakerKey: String?
        let speakerWords: Set<String>?
        let nestedOrNesting: Bool

        init(_ path: String, _ entry: PreparedQuotes.Entry) {
            self.path = path
            plain = entry.compact.plain
            segments = entry.compact.segments
            speakerKey = entry.speaker?.key
            speakerWords = entry.speaker?.words
            nestedOrNesting = entry.nestedOrNesting
        }
    }

    struct Source {
        weak var record: ArticleRecord?
    }

    struct Match {
        let source: Int
        let quote: Int
        let relation: QuoteWords.Relation
        let differentSpeaker: Bool
    }

    struct Value {
        let sources: [Source]
        let matches: [Match]
    }

    private var entries: [Key: Value] = [:]
    private let lock = NSLock()
    let capacity: Int
    private var hitCount = 0
    /// How many lookups were answered from the cache.
    public var hits: Int { lock.withLock { hitCount } }

    public init(capacity: Int = 4096) { self.capacity = capacity }

    func matches(_ key: Key, sources: [ArticleRecord]) -> [QuoteMatch]? {
        lock.withLock {
            guard let value = entries[key], value.sources.count == sources.count,
                zip(value.sources, sources).allSatisfy({ $0.record === $1 })
            else { return nil }
            hitCount += 1
            return value.matches.map { m in
                QuoteMatch(record: sources[m.source], quote: m.quote, relation: m.relation, differentSpeaker: m.differentSpeaker)
            }
        }
    }

    func remember(_ key: Key, sources: [ArticleRecord], matches: [QuoteMatch]) {
        let kept = matches.compactMap { m -> Match? in
            guard let i = sources.firstIndex(where: { $0 === m.record }) else { return nil }
            return Match(source: i, quote: m.quote, relation: m.relation, differentSpeaker: m.differentSpeaker)
        }
        // A match outside the sources cannot be kept by place: not kept at all.
        guard kept.count == matches.count else { return }
        lock.withLock {
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = Value(sources: sources.map { Source(record: $0) }, matches: kept)
        }
    }

    /// Forgets every result (a whole workspace re-read makes them all stale).
    public func removeAll() {
        lock.withLock { entries.removeAll() }
    }
}
