import ArticleAnalysis
import CorpusAnalysis
import Foundation

/// `copydesk-eval quotes DIR`: scores quotation finding and attribution against PolNeAR (BRAT
/// standoff), following ../shared/eval/README.md.
///
/// - A gold direct quote is a pair of double quotation marks (" “ ” '') whose quoted text lies inside
///   an attribution's Content span; its speaker is that attribution's Source (none for
///   `Attribution-no-source`). Where attributions nest, the innermost Content holds the quote. Pairs
///   outside every Content are "quoted, not annotated as speech" (scare quotes, titles — or speech the
///   annotators missed).
/// - A predicted quote matches a gold pair when one of its pieces overlaps at least half of the
///   shorter of the two.
/// - A speaker is right when it overlaps the Source span, or names the same person: the two share a
///   name word, after a pronoun or role phrase is resolved to the nearest named speaker before it (in
///   our output for ours, in the annotation for theirs).
/// - Articles annotated by several people are scored against the first annotation file (sorted).
enum QuoteEvaluation {
    static let help = """
        copydesk-eval quotes DIR [--split train|dev|test|all] [--show-failures N] [--failures recall|speaker|flag|precision|nosource|all]

        DIR is the PolNeAR folder (…/eval/polnear, holding train/ dev/ test/). Default split: test.
        Prints span precision/recall/F1 for speech quotes, speaker accuracy, the share of attributed quotes
        flagged `unattributed-quote`, and precision/recall of those flags.
        """

    static func run(_ arguments: [String]) -> Int32 {
        var directory: String? = nil
        var split = "test"
        var showFailures = 0
        var failureKinds: Set<String> = ["recall", "speaker", "flag"]
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            switch a {
            case "--help", "-h":
                print(help)
                return 0
            case "--split":
                i += 1
                split = i < arguments.count ? arguments[i] : split
            case "--show-failures":
                i += 1
                showFailures = i < arguments.count ? Int(arguments[i]) ?? 10 : 10
            case "--failures":
                i += 1
                if i < arguments.count {
                    failureKinds = arguments[i] == "all" ? ["recall", "speaker", "flag", "precision", "nosource"] : Set(arguments[i].split(separator: ",").map(String.init))
                }
            default:
                if directory == nil { directory = a } else {
                    print("copydesk-eval quotes: unexpected argument '\(a)'\n\n\(help)")
                    return 2
                }
            }
            i += 1
        }
        guard let directory else {
            print(help)
            return 2
        }
        let splits = split == "all" ? ["train", "dev", "test"] : [split]
        var score = Score()
        var failures = Failures(limit: showFailures, kinds: failureKinds)
        var articles = 0
        for s in splits {
            let textDir = directory + "/" + s + "/text"
            let annDir = directory + "/" + s + "/attributions"
            guard let texts = try? FileManager.default.contentsOfDirectory(atPath: textDir) else {
                print("copydesk-eval quotes: cannot read \(textDir)")
                return 2
            }
            let annotations = (try? FileManager.default.contentsOfDirectory(atPath: annDir)) ?? []
            var byBase: [String: String] = [:]
            for a in annotations.sorted() where a.hasSuffix(".ann") {
                guard let cut = a.dropLast(4).lastIndex(of: "_") else { continue }
                let base = String(a[..<cut])
                if byBase[base] == nil { byBase[base] = a }
            }
            for file in texts.sorted() where file.hasSuffix(".txt") {
                let base = String(file.dropLast(4))
                guard let ann = byBase[base], let text = try? String(contentsOfFile: textDir + "/" + file, encoding: .utf8),
                    let annText = try? String(contentsOfFile: annDir + "/" + ann, encoding: .utf8)
                else { continue }
                let gold = GoldArticle(text: text, annotation: annText)
                score.add(evaluate(path: s + "/" + file, text: text, gold: gold, failures: &failures))
                articles += 1
            }
        }
        score.print(articles: articles, split: split)
        failures.print()
        return 0
    }

    // MARK: Gold

    struct GoldAttribution {
        var content: [Range<Int>]
        var source: [Range<Int>]
        var sourceText: String
        var hasSource: Bool { !source.isEmpty }
    }

    struct GoldQuote {
        var inner: Range<Int>
        /// Index into attributions, or nil when no Content holds it.
        var attribution: Int?
    }

    struct GoldArticle {
        var attributions: [GoldAttribution] = []
        var quotes: [GoldQuote] = []

        init(text: String, annotation: String) {
            let toByte = GoldArticle.scalarToByte(text)
            func bytes(_ r: Range<Int>) -> Range<Int> {
                let lo = toByte[max(0, min(r.lowerBound, toByte.count - 1))]
                let hi = toByte[max(0, min(r.upperBound, toByte.count - 1))]
                return lo..<max(lo, hi)
            }
            var spans: [String: (type: String, ranges: [Range<Int>], text: String)] = [:]
            var events: [[String: String]] = []
            for line in annotation.split(separator: "\n") {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard let id = parts.first else { continue }
                if id.hasPrefix("T"), parts.count >= 2 {
                    let head = parts[1].split(separator: " ", maxSplits: 1).map(String.init)
                    guard head.count == 2 else { continue }
                    var ranges: [Range<Int>] = []
                    for fragment in head[1].split(separator: ";") {
                        let n = fragment.split(separator: " ").compactMap { Int($0) }
                        if n.count == 2, n[0] <= n[1] { ranges.append(bytes(n[0]..<n[1])) }
                    }
                    spans[id] = (head[0], ranges, parts.count > 2 ? parts[2] : "")
                } else if id.hasPrefix("E"), parts.count >= 2 {
                    var args: [String: String] = [:]
                    for (index, a) in parts[1].split(separator: " ").enumerated() {
                        let kv = a.split(separator: ":", maxSplits: 1).map(String.init)
                        guard kv.count == 2 else { continue }
                        args[index == 0 ? "_kind" : kv[0]] = kv[1]
                        if index == 0 { args["_type"] = kv[0] }
                    }
                    events.append(args)
                }
            }
            for e in events {
                guard let c = e["Content"].flatMap({ spans[$0] }) else { continue }
                let s = e["Source"].flatMap { spans[$0] }
                attributions.append(GoldAttribution(content: c.ranges, source: s?.ranges ?? [], sourceText: s?.text ?? ""))
            }
            for inner in GoldArticle.doubleQuotePairs(Array(text.utf8)) {
                var best: (Int, Int)? = nil  // (content length, index)
                for (index, a) in attributions.enumerated() {
                    let covered = a.content.reduce(0) { $0 + overlap($1, inner) }
                    guard covered * 2 >= inner.count, covered > 0 else { continue }
                    let length = a.content.reduce(0) { $0 + $1.count }
                    if best == nil || length < best!.0 { best = (length, index) }
                }
                quotes.append(GoldQuote(inner: inner, attribution: best?.1))
            }
        }

        static func scalarToByte(_ text: String) -> [Int] {
            var result: [Int] = []
            result.reserveCapacity(text.unicodeScalars.count + 1)
            var offset = 0
            for s in text.unicodeScalars {
                result.append(offset)
                offset += UTF8.width(s)
            }
            result.append(offset)
            return result
        }

        /// Pairs of double quotation marks, line by line (a quote left open at a line's end runs to it
        /// when the next line reopens; otherwise the mark is dropped). Returns the quoted text's ranges.
        static func doubleQuotePairs(_ b: [UInt8]) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var open: Int? = nil  // offset after the opening mark
            var i = 0
            var lineStart = true
            var pendingLineEnd: Range<Int>? = nil
            func trim(_ r: Range<Int>) -> Range<Int> {
                var lo = r.lowerBound
                var hi = r.upperBound
                while lo < hi, Bytes.isSpace(b[lo]) { lo += 1 }
                while hi > lo, Bytes.isSpace(b[hi - 1]) { hi -= 1 }
                return lo..<hi
            }
            while i < b.count {
                let c = b[i]
                if c == 0x0A {
                    if let o = open {
                        pendingLineEnd = trim(o..<i)
                        open = nil
                    }
                    lineStart = true
                    i += 1
                    continue
                }
                var mark: (length: Int, direction: Int)? = nil  // -1 open, 1 close, 0 either
                if c == 0x22 { mark = (1, 0) }
                if c == 0x27, i + 1 < b.count, b[i + 1] == 0x27 { mark = (2, 0) }
                if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
                    if b[i + 2] == 0x9C || b[i + 2] == 0x9E { mark = (3, -1) }
                    if b[i + 2] == 0x9D { mark = (3, 1) }
                }
                if var m = mark {
                    // A closing mark opening a line with nothing open is an opener typed the wrong way.
                    if m.direction == 1 && open == nil && lineStart { m.direction = -1 }
                    if let pending = pendingLineEnd {
                        // A line that reopens continues the quote left open on the line before.
                        if lineStart && m.direction <= 0 { result.append(pending) }
                        pendingLineEnd = nil
                    }
                    if let o = open, m.direction >= 0 {
                        let r = trim(o..<i)
                        if !r.isEmpty { result.append(r) }
                        open = nil
                    } else if m.direction <= 0 {
                        open = i + m.length
                    }
                    i += m.length
                    lineStart = false
                    continue
                }
                if !Bytes.isSpace(c) {
                    if lineStart { pendingLineEnd = nil }
                    lineStart = false
                }
                i += 1
            }
            return result
        }
    }

    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int { max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)) }

    static func matches(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let o = overlap(a, b)
        return o > 0 && o * 2 >= min(a.count, b.count)
    }

    // MARK: Scoring

    struct Score {
        var goldSpeech = 0
        var goldSpeechFound = 0
        var goldSpeechFoundAny = 0
        var predictedSpeechPieces = 0
        var predictedPiecesOnGoldSpeech = 0
        var predictedPiecesOnUnannotated = 0
        var goldWithSource = 0
        var goldWithSourceFound = 0
        var speakerRight = 0
        var attributedFlagged = 0
        var goldNoSource = 0
        var goldNoSourceFlagged = 0
        var flags = 0
        var flagsOnNoSource = 0
        var flagsOnAttributed = 0
        var flagsOnUnannotated = 0
        var flagsOnNothing = 0
        var goldUnannotated = 0
        var goldUnannotatedAsSpeech = 0

        mutating func add(_ o: Score) {
            goldSpeech += o.goldSpeech
            goldSpeechFound += o.goldSpeechFound
            goldSpeechFoundAny += o.goldSpeechFoundAny
            predictedSpeechPieces += o.predictedSpeechPieces
            predictedPiecesOnGoldSpeech += o.predictedPiecesOnGoldSpeech
            predictedPiecesOnUnannotated += o.predictedPiecesOnUnannotated
            goldWithSource += o.goldWithSource
            goldWithSourceFound += o.goldWithSourceFound
            speakerRight += o.speakerRight
            attributedFlagged += o.attributedFlagged
            goldNoSource += o.goldNoSource
            goldNoSourceFlagged += o.goldNoSourceFlagged
            flags += o.flags
            flagsOnNoSource += o.flagsOnNoSource
            flagsOnAttributed += o.flagsOnAttributed
            flagsOnUnannotated += o.flagsOnUnannotated
            flagsOnNothing += o.flagsOnNothing
            goldUnannotated += o.goldUnannotated
            goldUnannotatedAsSpeech += o.goldUnannotatedAsSpeech
        }

        func print(articles: Int, split: String) {
            func ratio(_ a: Int, _ b: Int) -> String { b == 0 ? "  n/a" : String(format: "%.3f", Double(a) / Double(b)) }
            func row(_ name: String, _ value: String, _ detail: String, _ target: String = "") {
                let padded = name.padding(toLength: 52, withPad: " ", startingAt: 0)
                let v = value.padding(toLength: 8, withPad: " ", startingAt: 0)
                let d = detail.padding(toLength: 16, withPad: " ", startingAt: 0)
                Swift.print("\(padded) \(v) \(d) \(target)")
            }
            let precision = Double(predictedPiecesOnGoldSpeech) / Double(max(1, predictedSpeechPieces))
            let recall = Double(goldSpeechFound) / Double(max(1, goldSpeech))
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            Swift.print("PolNeAR \(split): \(articles) articles, \(goldSpeech) quotes in attributed content, \(goldUnannotated) quoted spans outside any attribution\n")
            row("measure", "value", "count", "target")
            row(String(repeating: "-", count: 52), "-----", "-----", "------")
            row("speech-quote recall", ratio(goldSpeechFound, goldSpeech), "\(goldSpeechFound)/\(goldSpeech)", "≥ 0.95")
            row("  (found as any quote, speech or not)", ratio(goldSpeechFoundAny, goldSpeech), "\(goldSpeechFoundAny)/\(goldSpeech)")
            row("speech-quote span precision", String(format: "%.3f", precision), "\(predictedPiecesOnGoldSpeech)/\(predictedSpeechPieces)")
            row("  (unmatched pieces on unannotated quoted spans)", "", "\(predictedPiecesOnUnannotated)")
            row("speech-quote span F1", String(format: "%.3f", f1), "")
            row("speaker accuracy (found quotes with a Source)", ratio(speakerRight, goldWithSourceFound), "\(speakerRight)/\(goldWithSourceFound)", "≥ 0.85")
            row("attributed quotes flagged unattributed", ratio(attributedFlagged, goldWithSource), "\(attributedFlagged)/\(goldWithSource)", "≤ 0.05")
            row("unattributed-quote flag precision", ratio(flagsOnNoSource, flags), "\(flagsOnNoSource)/\(flags)", "reported")
            row("  flags on quotes the annotation attributes", "", "\(flagsOnAttributed)")
            row("  flags on quoted spans outside any attribution", "", "\(flagsOnUnannotated)")
            row("  flags matching no double-quoted span", "", "\(flagsOnNothing)")
            row("unattributed-quote flag recall (no-source quotes)", ratio(goldNoSourceFlagged, goldNoSource), "\(goldNoSourceFlagged)/\(goldNoSource)")
            row("unannotated quoted spans read as speech", ratio(goldUnannotatedAsSpeech, goldUnannotated), "\(goldUnannotatedAsSpeech)/\(goldUnannotated)")
        }
    }

    struct Failures {
        var limit: Int
        var kinds: Set<String>
        var items: [String: [String]] = [:]
        mutating func add(_ kind: String, _ text: String) {
            guard limit > 0, kinds.contains(kind) else { return }
            if (items[kind]?.count ?? 0) < limit { items[kind, default: []].append(text) }
        }
        func print() {
            for kind in ["recall", "speaker", "flag", "precision", "nosource"] {
                guard let list = items[kind], !list.isEmpty else { continue }
                Swift.print("\n== \(kind) failures (first \(list.count)) ==")
                for item in list { Swift.print(item) }
            }
        }
    }

    static func context(_ text: String, _ r: Range<Int>, _ width: Int = 110) -> String {
        let utf8 = Array(text.utf8)
        var lo = max(0, r.lowerBound - width)
        var hi = min(utf8.count, r.upperBound + width)
        while lo > 0 && Bytes.isContinuation(utf8[lo]) { lo -= 1 }
        while hi < utf8.count && Bytes.isContinuation(utf8[hi]) { hi += 1 }
        let before = String(decoding: utf8[lo..<r.lowerBound], as: UTF8.self)
        let inside = String(decoding: utf8[r.lowerBound..<min(r.upperBound, utf8.count)], as: UTF8.self)
        let after = String(decoding: utf8[min(r.upperBound, utf8.count)..<hi], as: UTF8.self)
        return (before + "⟦" + inside + "⟧" + after).replacingOccurrences(of: "\n", with: " ¶ ")
    }

    static func evaluate(path: String, text: String, gold: GoldArticle, failures: inout Failures) -> Score {
        var s = Score()
        var corpus = Corpus()
        corpus.update(path: path, article: ArticleAnalyzer.analyze(text, format: .plainText), computeImpact: false)
        guard let article = corpus.article(path) else { return s }
        let flagged = corpus.findings(for: path).filter { $0.code == "unattributed-quote" }
        let flaggedRanges = flagged.map(\.range)
        let quotes = article.quotes
        func quoteIndex(for inner: Range<Int>, speechOnly: Bool) -> Int? {
            quotes.indices.first { q in (!speechOnly || quotes[q].isSpeech) && quotes[q].pieces.contains { matches($0, inner) } }
        }
        func isFlagged(_ q: Int) -> Bool { flaggedRanges.contains(quotes[q].range) }
        // Named speakers in order, to resolve pronouns and role phrases.
        let ourNamed: [(Int, String)] = quotes.compactMap { q in
            guard let r = q.attribution?.speaker else { return nil }
            let t = article.text.slice(r)
            return nameWords(t).isEmpty ? nil : (r.lowerBound, t)
        }
        let goldNamed: [(Int, String)] = gold.attributions.compactMap { a in
            guard let r = a.source.first, !nameWords(a.sourceText).isEmpty else { return nil }
            return (r.lowerBound, a.sourceText)
        }.sorted { $0.0 < $1.0 }
        func resolve(_ text: String, at offset: Int, _ named: [(Int, String)]) -> Set<String> {
            let own = nameWords(text)
            if !own.isEmpty { return own }
            return named.last(where: { $0.0 < offset }).map { nameWords($0.1) } ?? []
        }
        for g in gold.quotes {
            guard let ai = g.attribution else {
                s.goldUnannotated += 1
                if quoteIndex(for: g.inner, speechOnly: true) != nil { s.goldUnannotatedAsSpeech += 1 }
                continue
            }
            let a = gold.attributions[ai]
            s.goldSpeech += 1
            let found = quoteIndex(for: g.inner, speechOnly: true)
            if quoteIndex(for: g.inner, speechOnly: false) != nil { s.goldSpeechFoundAny += 1 }
            if a.hasSource { s.goldWithSource += 1 } else { s.goldNoSource += 1 }
            guard let q = found else {
                failures.add("recall", "\(path): " + context(article.text, g.inner))
                continue
            }
            s.goldSpeechFound += 1
            let flaggedHere = isFlagged(q)
            if a.hasSource {
                s.goldWithSourceFound += 1
                if flaggedHere {
                    s.attributedFlagged += 1
                    let cue = quotes[q].attribution?.cue.map { " cue «\(article.text.slice($0))»" } ?? ""
                    failures.add("flag", "\(path): source «\(a.sourceText)»\(cue) " + context(article.text, quotes[q].range))
                }
                var right = false
                if let speaker = quotes[q].attribution?.speaker {
                    if a.source.contains(where: { overlap($0, speaker) > 0 }) {
                        right = true
                    } else {
                        let ours = resolve(article.text.slice(speaker), at: speaker.lowerBound, ourNamed)
                        let theirs = resolve(a.sourceText, at: a.source.first?.lowerBound ?? 0, goldNamed)
                        right = !ours.isDisjoint(with: theirs)
                    }
                }
                if right {
                    s.speakerRight += 1
                } else {
                    let ours = quotes[q].attribution?.speaker.map { article.text.slice($0) } ?? "—"
                    failures.add("speaker", "\(path): ours «\(ours)» gold «\(a.sourceText)» " + context(article.text, quotes[q].range, 160))
                }
            } else if flaggedHere {
                s.goldNoSourceFlagged += 1
            } else {
                let ours = quotes[q].attribution?.speaker.map { article.text.slice($0) } ?? "—"
                failures.add("nosource", "\(path): ours «\(ours)» " + context(article.text, quotes[q].range))
            }
        }
        for q in quotes where q.isSpeech {
            for piece in q.pieces {
                s.predictedSpeechPieces += 1
                if let g = gold.quotes.first(where: { matches($0.inner, piece) }) {
                    if g.attribution != nil {
                        s.predictedPiecesOnGoldSpeech += 1
                    } else {
                        s.predictedPiecesOnUnannotated += 1
                        failures.add("precision", "\(path): " + context(article.text, piece))
                    }
                } else {
                    failures.add("precision", "\(path): (no gold pair) " + context(article.text, piece))
                }
            }
        }
        for f in flagged {
            s.flags += 1
            guard let q = quotes.firstIndex(where: { $0.range == f.range }) else { continue }
            let golds = gold.quotes.filter { g in quotes[q].pieces.contains { matches($0, g.inner) } }
            if golds.contains(where: { $0.attribution.map { !gold.attributions[$0].hasSource } ?? false }) {
                s.flagsOnNoSource += 1
            } else if golds.contains(where: { $0.attribution != nil }) {
                s.flagsOnAttributed += 1
            } else if !golds.isEmpty {
                s.flagsOnUnannotated += 1
                failures.add("flag", "\(path): (unannotated) " + context(article.text, f.range))
            } else {
                s.flagsOnNothing += 1
                failures.add("flag", "\(path): (no gold pair) " + context(article.text, f.range))
            }
        }
        return s
    }

    static let notNames: Set<String> = [
        "the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "he", "she", "they", "it", "i", "we", "you",
        "his", "her", "their", "its", "of", "for", "and", "former", "senator", "secretary", "state", "chairman", "ceo", "u.s.",
    ]

    /// Capitalised words of a name, lowercased, without titles and function words.
    static func nameWords(_ text: String) -> Set<String> {
        var result: Set<String> = []
        for raw in text.split(whereSeparator: { !$0.isLetter && $0 != "." && $0 != "-" }) {
            var w = String(raw)
            while w.hasSuffix(".") { w.removeLast() }
            guard let f = w.first, f.isUppercase, w.count > 1 else { continue }
            let lower = w.lowercased()
            if lower.hasSuffix("’s") || lower.hasSuffix("'s") { continue }
            if notNames.contains(lower) { continue }
            result.insert(lower)
        }
        return result
    }
}
