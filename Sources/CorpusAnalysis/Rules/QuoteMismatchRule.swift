import ArticleAnalysis

/// `quote-mismatch` (information): another source carries the same quotation with different words
/// (beyond punctuation, case and "U.S."/"US"-style variants), or attributes it to a different
/// speaker (only when both speakers resolve to named entities, and they differ). Related
/// information points at the other article's quotation.
public struct QuoteMismatchRule: PreparingRule {
    public init() {}
    public let code = "quote-mismatch"
    public let defaultSeverity = Severity.information
    public let summary = "The same quotation appears in another source with different words or a different speaker."

    /// Each speech quotation's normalised words and fingerprints, computed once per article version
    /// (comparisons across articles read them instead of normalising again).
    public func prepare(_ article: AnalyzedArticle) -> (any Sendable)? {
        PreparedQuotes(article)
    }

    /// Quote fingerprints: an edit to a quotation changes them, so the articles sharing the old or
    /// the new ones are checked again.
    public func dependencyKeys(of article: AnalyzedArticle, prepared: (any Sendable)?) -> [DependencyKey] {
        let quotes = prepared as? PreparedQuotes ?? PreparedQuotes(article)
        return quotes.fingerprintIndex.map { DependencyKey(quoteFingerprint: $0.hash) }
    }

    public func dependencyKeys(of article: AnalyzedArticle) -> [DependencyKey] {
        dependencyKeys(of: article, prepared: nil)
    }

    public func findings(in record: ArticleRecord, corpus: Corpus) -> [Finding] {
        let article = record.article
        var result: [Finding] = []
        for (index, quote) in article.quotes.enumerated() where quote.isSpeech {
            let matches = corpus.sameQuotations(record, quote: index)
            guard !matches.isEmpty else { continue }
            let worded = matches.filter { $0.relation == .differentWords }
            if let first = worded.first {
                let theirs = first.record.article.quotes[first.quote]
                let words = QuoteMismatchRule.words(theirs, in: first.record.article.text)
                let more = worded.count > 1 ? " (and \(worded.count - 1) other source\(worded.count == 2 ? "" : "s"))" : ""
                result.append(Finding(
                    range: quote.range, severity: defaultSeverity, code: code,
                    message: "\(first.record.sourceName) quotes this differently\(more): “\(words)”",
                    related: worded.map { m in
                        let q = m.record.article.quotes[m.quote]
                        return Finding.Related(
                            location: TextLocation(path: m.record.path, range: q.range),
                            message: "\(m.record.sourceName): “\(QuoteMismatchRule.words(q, in: m.record.article.text))”")
                    }))
            }
            let attributed = matches.filter(\.differentSpeaker)
            if let first = attributed.first, let ours = record.speakerName(quote) {
                let theirs = first.record.speakerName(first.record.article.quotes[first.quote]) ?? "someone else"
                result.append(Finding(
                    range: quote.range, severity: defaultSeverity, code: code,
                    message: "\(first.record.sourceName) attributes this quotation to \(theirs), not \(ours)",
                    related: attributed.map { m in
                        let name = m.record.speakerName(m.record.article.quotes[m.quote]) ?? "someone else"
                        return Finding.Related(
                            location: TextLocation(path: m.record.path, range: m.record.article.quotes[m.quote].range),
                            message: "\(m.record.sourceName) attributes it to \(name)")
                    }))
            }
        }
        return result
    }

    /// The quotation's words as the other article has them, shortened for a message.
    static func words(_ quote: Quote, in text: String, limit: Int = 24) -> String {
        let joined = quote.pieces.map { text.slice($0) }.joined(separator: " … ")
        let words = joined.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        let head = words.prefix(limit).joined(separator: " ")
        return words.count > limit ? head + "…" : head
    }
}

/// A speech quotation's comparable words and fingerprints, by quote index. A class: read from
/// many comparisons, it is shared, never copied.
final class PreparedQuotes: Sendable {
    /// A class: comparisons look entries up by the thousand, and a reference costs one retain
    /// where a struct of arrays cost one per array.
    final class Entry: Sendable {
        let words: QuoteWords
        let compact: QuoteWords.Compact
        /// The fingerprints' hashes, sorted (see `quotes(sharingFingerprintsOf:)`).
        let sortedFingerprintHashes: [UInt64]
        /// The fingerprints as dependency keys (`DependencyKey(quoteFingerprint:)`).
        var fingerprintKeys: [DependencyKey] { sortedFingerprintHashes.map(DependencyKey.init(quoteFingerprint:)) }
        /// The quote holds another or sits inside one (see `AnalyzedArticle.isNestedOrNesting`).
        let nestedOrNesting: Bool
        /// The speaker, when resolved to a named person or organisation: what comparisons read,
        /// worked out once instead of at every comparison.
        let speaker: Speaker?

        init(words: QuoteWords, compact: QuoteWords.Compact, fingerprintHashes: [UInt64], nestedOrNesting: Bool, speaker: Speaker?) {
            self.words = words
            self.compact = compact
            self.sortedFingerprintHashes = fingerprintHashes.sorted()
            self.nestedOrNesting = nestedOrNesting
            self.speaker = speaker
        }
    }

    /// By quote index; nil for quotes that are not speech.
    let byIndex: [Entry?]
    /// Every (fingerprint, quote index) pair, sorted: another article finds its counterparts by
    /// walking this list beside its own sorted fingerprints. One contiguous array per article,
    /// because comparisons across thousands of articles are bound by memory, not arithmetic.
    let fingerprintIndex: [FingerprintEntry]

    struct FingerprintEntry: Sendable {
        var hash: UInt64
        var quote: Int32
    }

    init(_ article: AnalyzedArticle) {
        var byIndex = [Entry?](repeating: nil, count: article.quotes.count)
        var pairs: [FingerprintEntry] = []
        for (i, quote) in article.quotes.enumerated() where quote.isSpeech {
            let words = QuoteWords(quote, in: article.text)
            let hashes = words.fingerprintHashes
            byIndex[i] = Entry(
                words: words, compact: words.compact, fingerprintHashes: hashes,
                nestedOrNesting: article.isNestedOrNesting(i), speaker: PreparedQuotes.speaker(quote, article))
            for h in hashes { pairs.append(FingerprintEntry(hash: h, quote: Int32(i))) }
        }
        pairs.sort { $0.hash < $1.hash || $0.hash == $1.hash && $0.quote < $1.quote }
        self.byIndex = byIndex
        self.fingerprintIndex = pairs
    }

    /// The indices of the quotes that share a fingerprint with `entry` (another article's), in
    /// order, each once.
    func quotes(sharingFingerprintsOf entry: Entry) -> [Int] {
        PreparedQuotes.quotes(sharing: entry.sortedFingerprintHashes, in: fingerprintIndex)
    }

    /// The quote indices in `index` (sorted by hash) having any of the hashes `mine` (sorted,
    /// unique), in order, each once.
    static func quotes(sharing mine: [UInt64], in index: [FingerprintEntry]) -> [Int] {
        var shared: [Int] = []
        // A quote has a few fingerprints and an article hundreds: each of mine is found by binary
        // search in what is left of theirs, rather than by walking all of it.
        var b = 0
        for h in mine {
            var lo = b
            var hi = index.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if index[mid].hash < h { lo = mid + 1 } else { hi = mid }
            }
            b = lo
            while b < index.count && index[b].hash == h {
                shared.append(Int(index[b].quote))
                b += 1
            }
            if b >= index.count { break }
        }
        guard shared.count > 1 else { return shared }
        shared.sort()
        var unique: [Int] = []
        unique.reserveCapacity(shared.count)
        for q in shared where unique.last != q { unique.append(q) }
        return unique
    }

    struct Speaker: Sendable {
        /// The entity's key (local keys start with `~` and are scoped by the article's path).
        let key: String
        /// The lowercased words of its name.
        let words: Set<String>
    }

    static func speaker(_ quote: Quote, _ article: AnalyzedArticle) -> Speaker? {
        guard let e = quote.attribution?.entity, e >= 0, e < article.entities.count else { return nil }
        let entity = article.entities[e]
        guard entity.type == .person || entity.type == .organization else { return nil }
        let words = Set(entity.name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        return Speaker(key: entity.key, words: words)
    }

    func entry(_ index: Int) -> Entry? { index >= 0 && index < byIndex.count ? byIndex[index] : nil }

    static func of(_ record: ArticleRecord) -> PreparedQuotes {
        record.preparedQuotes ?? PreparedQuotes(record.article)
    }
}
