import ArticleAnalysis
import CorpusAnalysis
import Foundation

/// `copydesk-eval entities DIR`: entity recognition and linking against
///
/// - CoNLL-2003 (`DIR/conll2003` or a folder holding `eng.testa`/`eng.testb`): PER/ORG/LOC typed
///   exact-match F1. Tune on `eng.testa`, report on `eng.testb`.
/// - MEANTIME (`DIR/meantime`): named-mention F1 by type, and cross-article linking (B³, MUC,
///   CEAF-e, CoNLL F1) per topic. Tune on airbus + gm, report on apple + stock.
/// - NewsWCL50 (`DIR/newswcl50`): cross-outlet linking of named chains (B³), reported.
///
/// Type mapping: person → PER, organization → ORG, place → LOC, product → PRO (MEANTIME only);
/// event and other are not scored (CoNLL's MISC and MEANTIME's FIN/MIX are left out on both sides).
enum EntityEvaluation {
    static let usage = """
        copydesk-eval entities DIR [--only conll|meantime|newswcl] [--errors N] [--split tune|report|all]

          DIR      the eval folder (holding conll2003/, meantime/, newswcl50/) or one of them
          --only   run one data set
          --errors print up to N false positives and negatives per data set (default 0)
          --split  tune: the tuning parts only; report: the report parts only; all (default): both
        """

    struct Options {
        var directory = ""
        var only: String? = nil
        var errors = 0
        var split = "all"
        var dump = -1  // -2: every document
    }

    static func run(_ arguments: [String]) -> Int32 {
        var options = Options()
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            switch a {
            case "--help", "-h":
                print(usage)
                return 0
            case "--only":
                i += 1
                options.only = i < arguments.count ? arguments[i] : nil
            case "--errors":
                i += 1
                options.errors = i < arguments.count ? Int(arguments[i]) ?? 0 : 0
            case "--dump":
                i += 1
                options.dump = i < arguments.count ? Int(arguments[i]) ?? -1 : -1
            case "--split":
                i += 1
                options.split = i < arguments.count ? arguments[i] : "all"
            default:
                options.directory = a
            }
            i += 1
        }
        guard !options.directory.isEmpty else {
            print(usage)
            return 2
        }
        let fm = FileManager.default
        let dir = options.directory
        func exists(_ path: String) -> Bool { fm.fileExists(atPath: path) }
        var conll: String? = nil
        var meantime: String? = nil
        var newswcl: String? = nil
        if exists(dir + "/eng.testa") || exists(dir + "/eng.testb") { conll = dir }
        if exists(dir + "/intra_cross-doc_annotation") { meantime = dir }
        if exists(dir + "/NewsWCL50.conll") { newswcl = dir }
        if exists(dir + "/conll2003") { conll = dir + "/conll2003" }
        if exists(dir + "/meantime") { meantime = dir + "/meantime" }
        if exists(dir + "/newswcl50") { newswcl = dir + "/newswcl50" }
        if let only = options.only {
            if only != "conll" { conll = nil }
            if only != "meantime" { meantime = nil }
            if only != "newswcl" { newswcl = nil }
        }
        guard conll != nil || meantime != nil || newswcl != nil else {
            print("copydesk-eval entities: no CoNLL-2003, MEANTIME or NewsWCL50 data under \(dir)")
            return 2
        }
        if let conll { CoNLLEvaluation.run(conll, options) }
        if let meantime { MeantimeEvaluation.run(meantime, options) }
        if let newswcl { NewsWCLEvaluation.run(newswcl, options) }
        return 0
    }

    // MARK: Shared

    /// Detokenises gold tokens into article text, keeping each token's byte range.
    struct TextBuilder {
        var text = ""
        var bytes = 0
        var ranges: [Range<Int>] = []
        private var openDouble = false
        private var noSpaceNext = true

        mutating func append(_ raw: String) {
            var token = raw
            switch raw {
            case "``": token = "\u{201C}"
            case "''": token = "\u{201D}"
            case "-LRB-", "-LCB-": token = "("
            case "-RRB-", "-RCB-": token = ")"
            default: break
            }
            var glue = noSpaceNext
            switch token {
            case ",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'S", "n't", "'", "'re", "'ve", "'ll", "'d", "'m", "\u{201D}", "...":
                glue = true
            case "\"":
                glue = openDouble ? true : glue
            default:
                break
            }
            if !glue && bytes > 0 {
                text += " "
                bytes += 1
            }
            let length = token.utf8.count
            ranges.append(bytes..<(bytes + length))
            text += token
            bytes += length
            noSpaceNext = token == "(" || token == "[" || token == "\u{201C}" || token == "$" || (token == "\"" && !openDouble)
            if token == "\"" { openDouble.toggle() }
        }

        mutating func breakParagraph() {
            guard bytes > 0 else { return }
            text += "\n\n"
            bytes += 2
            noSpaceNext = true
            openDouble = false
        }
    }

    /// Maps a byte range back to the gold tokens it covers exactly (nil when it cuts a token).
    static func tokenSpan(_ range: Range<Int>, _ ranges: [Range<Int>]) -> Range<Int>? {
        guard let first = firstIndex(ranges, atOrAfter: range.lowerBound), first < ranges.count,
            ranges[first].lowerBound == range.lowerBound
        else { return nil }
        var last = first
        while last < ranges.count, ranges[last].upperBound < range.upperBound { last += 1 }
        guard last < ranges.count, ranges[last].upperBound == range.upperBound else { return nil }
        return first..<(last + 1)
    }

    /// The gold tokens a byte range overlaps.
    static func overlapSpan(_ range: Range<Int>, _ ranges: [Range<Int>]) -> Range<Int>? {
        guard let first = firstIndex(ranges, endingAfter: range.lowerBound), first < ranges.count,
            ranges[first].lowerBound < range.upperBound
        else { return nil }
        var last = first
        while last + 1 < ranges.count, ranges[last + 1].lowerBound < range.upperBound { last += 1 }
        return first..<(last + 1)
    }

    static func firstIndex(_ ranges: [Range<Int>], atOrAfter offset: Int) -> Int? {
        var lo = 0
        var hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].lowerBound < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    static func firstIndex(_ ranges: [Range<Int>], endingAfter offset: Int) -> Int? {
        var lo = 0
        var hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    struct Counts {
        var tp = 0
        var fp = 0
        var fn = 0
        var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        static func + (a: Counts, b: Counts) -> Counts { Counts(tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn) }
    }

    static func pct(_ x: Double) -> String { String(format: "%5.1f", x * 100) }

    static func row(_ label: String, _ c: Counts, width: Int = 14) -> String {
        label.padding(toLength: width, withPad: " ", startingAt: 0)
            + " \(pct(c.precision))  \(pct(c.recall))  \(pct(c.f1))   \(String(format: "%5d %5d %5d", c.tp, c.fp, c.fn))"
    }

    static func header(_ label: String, width: Int = 14) -> String {
        label.padding(toLength: width, withPad: " ", startingAt: 0) + "     P      R      F1      TP    FP    FN"
    }

    /// Coreference scores over one set of mentions: each mention has a gold and a system cluster.
    struct CorefScores {
        var muc: (p: Double, r: Double, f: Double)
        var b3: (p: Double, r: Double, f: Double)
        var ceafe: (p: Double, r: Double, f: Double)
        var conll: Double { (muc.f + b3.f + ceafe.f) / 3 }
        var mentions: Int
    }

    static func f(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    static func coreference(gold: [String], system: [String]) -> CorefScores {
        precondition(gold.count == system.count)
        let n = gold.count
        var goldClusters: [String: [Int]] = [:]
        var systemClusters: [String: [Int]] = [:]
        for i in 0..<n {
            goldClusters[gold[i], default: []].append(i)
            systemClusters[system[i], default: []].append(i)
        }
        // B³
        var bp = 0.0
        var br = 0.0
        for i in 0..<n {
            let g = Set(goldClusters[gold[i]]!)
            let s = Set(systemClusters[system[i]]!)
            let both = Double(g.intersection(s).count)
            bp += both / Double(s.count)
            br += both / Double(g.count)
        }
        let b3p = n == 0 ? 0 : bp / Double(n)
        let b3r = n == 0 ? 0 : br / Double(n)
        // MUC
        func mucScore(_ key: [String: [Int]], _ response: [String]) -> Double {
            var num = 0
            var den = 0
            for (_, members) in key {
                let parts = Set(members.map { response[$0] }).count
                num += members.count - parts
                den += members.count - 1
            }
            return den == 0 ? 0 : Double(num) / Double(den)
        }
        let mucR = mucScore(goldClusters, system)
        let mucP = mucScore(systemClusters, gold)
        // CEAF-e (entity-based, phi4 similarity, optimal one-to-one alignment)
        let g = Array(goldClusters.values.map(Set.init))
        let s = Array(systemClusters.values.map(Set.init))
        var similarity = [[Double]](repeating: [Double](repeating: 0, count: s.count), count: g.count)
        for a in 0..<g.count {
            for b in 0..<s.count {
                let common = g[a].intersection(s[b]).count
                if common > 0 { similarity[a][b] = 2 * Double(common) / Double(g[a].count + s[b].count) }
            }
        }
        let total = Assignment.maximumWeight(similarity)
        let ceP = s.isEmpty ? 0 : total / Double(s.count)
        let ceR = g.isEmpty ? 0 : total / Double(g.count)
        return CorefScores(
            muc: (mucP, mucR, f(mucP, mucR)), b3: (b3p, b3r, f(b3p, b3r)), ceafe: (ceP, ceR, f(ceP, ceR)), mentions: n)
    }

    static func corefRow(_ label: String, _ s: CorefScores, width: Int = 14) -> String {
        label.padding(toLength: width, withPad: " ", startingAt: 0)
            + String(format: " %5d   %5.1f %5.1f %5.1f   %5.1f %5.1f %5.1f   %5.1f   %5.1f", s.mentions, s.b3.p * 100, s.b3.r * 100, s.b3.f * 100, s.muc.p * 100, s.muc.r * 100, s.muc.f * 100, s.ceafe.f * 100, s.conll * 100)
    }

    static func corefHeader(_ label: String, width: Int = 14) -> String {
        label.padding(toLength: width, withPad: " ", startingAt: 0) + " ments    B3-P  B3-R  B3-F1   MUC-P MUC-R MUC-F   CEAFe   CoNLL"
    }
}

/// Maximum-weight bipartite assignment (Hungarian algorithm, O(n³)), for CEAF.
enum Assignment {
    static func maximumWeight(_ weights: [[Double]]) -> Double {
        let rows = weights.count
        let cols = weights.first?.count ?? 0
        guard rows > 0, cols > 0 else { return 0 }
        let n = max(rows, cols)
        // Minimise cost = max - weight on a square matrix.
        var maxWeight = 0.0
        for r in weights { for w in r { maxWeight = max(maxWeight, w) } }
        var cost = [[Double]](repeating: [Double](repeating: maxWeight, count: n + 1), count: n + 1)
        for i in 0..<rows { for j in 0..<cols { cost[i + 1][j + 1] = maxWeight - weights[i][j] } }
        var u = [Double](repeating: 0, count: n + 1)
        var v = [Double](repeating: 0, count: n + 1)
        var p = [Int](repeating: 0, count: n + 1)
        var way = [Int](repeating: 0, count: n + 1)
        for i in 1...n {
            p[0] = i
            var j0 = 0
            var minv = [Double](repeating: .infinity, count: n + 1)
            var used = [Bool](repeating: false, count: n + 1)
            repeat {
                used[j0] = true
                let i0 = p[j0]
                var delta = Double.infinity
                var j1 = 0
                for j in 1...n where !used[j] {
                    let cur = cost[i0][j] - u[i0] - v[j]
                    if cur < minv[j] {
                        minv[j] = cur
                        way[j] = j0
                    }
                    if minv[j] < delta {
                        delta = minv[j]
                        j1 = j
                    }
                }
                for j in 0...n {
                    if used[j] {
                        u[p[j]] += delta
                        v[j] -= delta
                    } else {
                        minv[j] -= delta
                    }
                }
                j0 = j1
            } while p[j0] != 0
            repeat {
                let j1 = way[j0]
                p[j0] = p[j1]
                j0 = j1
            } while j0 != 0
        }
        var total = 0.0
        for j in 1...n where p[j] >= 1 && p[j] <= rows && j <= cols { total += weights[p[j] - 1][j - 1] }
        return total
    }
}

// MARK: - CoNLL-2003

enum CoNLLEvaluation {
    struct Document {
        var text: String
        var ranges: [Range<Int>]
        /// Gold entities: token span → type (PER/ORG/LOC/MISC).
        var gold: [(span: Range<Int>, type: String)]
    }

    static func run(_ dir: String, _ options: EntityEvaluation.Options) {
        print("\nCoNLL-2003 — PER/ORG/LOC typed exact-match (entity level); MISC left out on both sides")
        var parts: [(file: String, role: String)] = []
        if options.split != "report" { parts.append(("eng.testa", "tune")) }
        if options.split != "tune" { parts.append(("eng.testb", "report")) }
        for (file, role) in parts {
            let path = dir + "/" + file
            guard let content = try? String(contentsOfFile: path, encoding: .utf8) else {
                print("  (missing \(path))")
                continue
            }
            let documents = parse(content.replacingOccurrences(of: "\r\n", with: "\n"))
            var byType: [String: EntityEvaluation.Counts] = [:]
            var errors: [String] = []
            var confusion: [String: Int] = [:]
            for (docIndex, doc) in documents.enumerated() {
                let article = ArticleAnalyzer.analyze(doc.text, format: .plainText)
                if options.dump == docIndex || options.dump == -2 {
                    print("### doc \(docIndex)")
                    print(doc.text)
                    print(article.mentions.map { "\(doc.text.slice($0.range))[\($0.type.rawValue.prefix(3))/\($0.kind.rawValue.prefix(1))]" }.joined(separator: " | "))
                    if options.dump >= 0 {
                        for line in EntityRecognizer.explain(ArticleDocument(text: doc.text, format: .plainText)) { print("  " + line) }
                    }
                }
                var predicted: [Range<Int>: String] = [:]
                for m in article.mentions where m.kind == .name {
                    guard let type = conllType(m.type) else { continue }
                    if let span = EntityEvaluation.tokenSpan(m.range, doc.ranges) {
                        predicted[span] = type
                    } else {
                        byType[type, default: .init()].fp += 1
                        errors.append("  FP(cut) \(type) “\(doc.text.slice(m.range))”")
                        confusion["FP \(type) cut", default: 0] += 1
                    }
                }
                var gold: [Range<Int>: String] = [:]
                for g in doc.gold where g.type != "MISC" { gold[g.span] = g.type }
                let misc = Set(doc.gold.filter { $0.type == "MISC" }.map(\.span))
                for (span, type) in predicted {
                    if gold[span] == type {
                        byType[type, default: .init()].tp += 1
                    } else {
                        byType[type, default: .init()].fp += 1
                        let g = gold[span] ?? (misc.contains(span) ? "MISC" : "O")
                        errors.append("  FP \(type) (gold \(g)) “\(slice(doc, span))”")
                        confusion["FP \(type) gold \(g)", default: 0] += 1
                    }
                }
                for (span, type) in gold where predicted[span] != type {
                    byType[type, default: .init()].fn += 1
                    errors.append("  FN \(type) (got \(predicted[span] ?? "—")) “\(slice(doc, span))”")
                    confusion["FN \(type) got \(predicted[span] ?? "—")", default: 0] += 1
                }
            }
            print("\n  \(file) (\(role), \(documents.count) documents)")
            print("  " + EntityEvaluation.header("type"))
            var total = EntityEvaluation.Counts()
            for type in ["PER", "ORG", "LOC"] {
                let c = byType[type] ?? .init()
                total = total + c
                print("  " + EntityEvaluation.row(type, c))
            }
            print("  " + EntityEvaluation.row("all", total))
            if options.errors > 0 {
                for (k, v) in confusion.sorted(by: { $0.value > $1.value }).prefix(12) { print("    \(v)\t\(k)") }
                let step = max(1, errors.count / max(1, options.errors))
                for (n, e) in errors.enumerated() where n % step == 0 { print(e) }
            }
        }
    }

    static func conllType(_ type: EntityType) -> String? {
        switch type {
        case .person: return "PER"
        case .organization: return "ORG"
        case .place: return "LOC"
        case .product, .event, .other: return nil
        }
    }

    static func slice(_ doc: Document, _ span: Range<Int>) -> String {
        guard span.lowerBound < doc.ranges.count, span.upperBound - 1 < doc.ranges.count else { return "?" }
        return doc.text.slice(doc.ranges[span.lowerBound].lowerBound..<doc.ranges[span.upperBound - 1].upperBound)
    }

    static func parse(_ content: String) -> [Document] {
        var documents: [Document] = []
        var builder = EntityEvaluation.TextBuilder()
        var gold: [(span: Range<Int>, type: String)] = []
        var open: (start: Int, type: String)? = nil
        var index = 0
        var sentenceHasTokens = false
        func close() {
            if let o = open { gold.append((o.start..<index, o.type)) }
            open = nil
        }
        func flush() {
            close()
            if builder.bytes > 0 { documents.append(Document(text: builder.text, ranges: builder.ranges, gold: gold)) }
            builder = EntityEvaluation.TextBuilder()
            gold = []
            index = 0
        }
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-DOCSTART-") {
                flush()
                continue
            }
            let fields = line.split(separator: " ")
            if fields.isEmpty {
                close()
                if sentenceHasTokens { builder.breakParagraph() }
                sentenceHasTokens = false
                continue
            }
            guard let word = fields.first, let tag = fields.last else { continue }
            builder.append(String(word))
            sentenceHasTokens = true
            let t = String(tag)
            if t == "O" {
                close()
            } else {
                let parts = t.split(separator: "-", maxSplits: 1)
                let prefix = parts.first.map(String.init) ?? "I"
                let type = parts.count > 1 ? String(parts[1]) : t
                if prefix == "B" || open?.type != type {
                    close()
                    open = (index, type)
                }
            }
            index += 1
        }
        flush()
        return documents
    }
}

// MARK: - MEANTIME

enum MeantimeEvaluation {
    struct GoldMention {
        var tokens: Range<Int>
        var type: String
        var instance: String
        /// NAM or PRE.NAM; false for mentions whose syntactic type the corpus leaves empty (added
        /// with cross-document links; some are names): a system name inside one is not scored.
        var named = true
    }

    struct Document {
        var name: String
        var text: String
        var ranges: [Range<Int>]
        var mentions: [GoldMention]
        /// Tokens before this one are in the fully annotated part: the title, the date line and the
        /// first four body sentences (MEANTIME annotates those in full; later sentences only where
        /// cross-document links needed it).
        var annotatedEnd: Int
    }

    static let scoredTypes: Set<String> = ["PER", "ORG", "LOC", "PRO"]

    static func run(_ dir: String, _ options: EntityEvaluation.Options) {
        print("\nMEANTIME — named mentions (NAM and PRE.NAM) and cross-article linking")
        print("  A system name matches a gold named mention it lies inside (one to one, innermost first; gold spans")
        print("  cover whole noun phrases, e.g. “Airbus chief executive Noel Forgeard”). Gold FIN/MIX and our")
        print("  event/other are left out. Linking: matched mentions; gold = cross-document instance,")
        print("  system = corpus entity key. Detection is scored on the fully annotated part of each article (title")
        print("  and first four sentences); linking on every matched mention.")
        var topics: [(String, String)] = []
        if options.split != "report" { topics += [("airbus", "tune"), ("gm", "tune")] }
        if options.split != "tune" { topics += [("apple", "report"), ("stock", "report")] }
        var detectionRows: [(String, EntityEvaluation.Counts, EntityEvaluation.Counts, [String: EntityEvaluation.Counts])] = []
        var corefRows: [(String, EntityEvaluation.CorefScores)] = []
        var errors: [String] = []
        for (topic, role) in topics {
            let folder = dir + "/intra_cross-doc_annotation/corpus_\(topic)"
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                print("  (missing \(folder))")
                continue
            }
            var documents: [Document] = []
            for file in files.sorted() where file.hasSuffix(".xml") {
                guard let xml = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else { continue }
                documents.append(parse(xml, name: file))
            }
            var corpus = Corpus()
            for d in documents { corpus.update(path: d.name, article: ArticleAnalyzer.analyze(d.text, format: .plainText), computeImpact: false) }
            var lenient = EntityEvaluation.Counts()
            var exact = EntityEvaluation.Counts()
            var byType: [String: EntityEvaluation.Counts] = [:]
            var goldClusters: [String] = []
            var systemClusters: [String] = []
            for d in documents {
                guard let record = corpus.record(d.name) else { continue }
                let article = record.article
                // Gold: drop a named mention that contains another of the same instance (the
                // apposition and its name are one mention for a tagger).
                let unknown = d.mentions.filter { !$0.named }
                let gold = d.mentions.enumerated().filter { (i, g) in
                    g.named && !d.mentions.enumerated().contains { (j, o) in
                        j != i && o.named && o.instance == g.instance && o.tokens != g.tokens && g.tokens.lowerBound <= o.tokens.lowerBound
                            && o.tokens.upperBound <= g.tokens.upperBound
                    }
                }.map(\.element)
                var used = Set<Int>()
                for m in article.mentions where m.kind == .name {
                    let type = meantimeType(m.type)
                    guard let span = EntityEvaluation.overlapSpan(m.range, d.ranges) else { continue }
                    let scored = span.upperBound <= d.annotatedEnd
                    // Innermost unmatched gold mention containing the system mention.
                    var best: Int? = nil
                    for (gi, g) in gold.enumerated() where !used.contains(gi) && g.tokens.lowerBound <= span.lowerBound && span.upperBound <= g.tokens.upperBound {
                        if best == nil || g.tokens.count < gold[best!].tokens.count { best = gi }
                    }
                    if let b = best {
                        let g = gold[b]
                        if !scoredTypes.contains(g.type) {
                            used.insert(b)  // gold FIN/MIX: not scored
                            continue
                        }
                        guard let type else {
                            continue  // our event/other inside a gold name: not scored
                        }
                        used.insert(b)
                        goldClusters.append(g.instance)
                        let e = article.entities[m.entity]
                        systemClusters.append(record.key(of: e))
                        guard scored else { continue }
                        lenient.tp += 1
                        if EntityEvaluation.tokenSpan(m.range, d.ranges) == g.tokens { exact.tp += 1 } else { exact.fp += 1; exact.fn += 1 }
                        if type == g.type {
                            byType[g.type, default: .init()].tp += 1
                        } else {
                            byType[type, default: .init()].fp += 1
                            byType[g.type, default: .init()].fn += 1
                            if errors.count < options.errors * 2 { errors.append("  TYPE \(topic) \(type) (gold \(g.type)) “\(d.text.slice(m.range))”") }
                        }
                    } else if let type, scored {
                        // Inside a gold mention of something else, or outside any: a false name.
                        if d.mentions.contains(where: { $0.tokens.lowerBound <= span.lowerBound && span.upperBound <= $0.tokens.upperBound && !scoredTypes.contains($0.type) }) { continue }
                        if unknown.contains(where: { $0.tokens.lowerBound <= span.lowerBound && span.upperBound <= $0.tokens.upperBound }) { continue }
                        lenient.fp += 1
                        exact.fp += 1
                        byType[type, default: .init()].fp += 1
                        if errors.count < options.errors { errors.append("  FP \(topic) \(type) “\(d.text.slice(m.range))”") }
                    }
                }
                for (gi, g) in gold.enumerated() where !used.contains(gi) && scoredTypes.contains(g.type) && g.tokens.upperBound <= d.annotatedEnd {
                    lenient.fn += 1
                    exact.fn += 1
                    byType[g.type, default: .init()].fn += 1
                    if errors.count < options.errors * 2 {
                        let text = d.text.slice(d.ranges[g.tokens.lowerBound].lowerBound..<d.ranges[g.tokens.upperBound - 1].upperBound)
                        errors.append("  FN \(topic) \(g.type) “\(text)”")
                    }
                }
            }
            detectionRows.append(("\(topic) (\(role))", lenient, exact, byType))
            corefRows.append(("\(topic) (\(role))", EntityEvaluation.coreference(gold: goldClusters, system: systemClusters)))
        }
        print("\n  named-mention detection (lenient = inside the gold phrase; exact = same span)")
        print("  " + EntityEvaluation.header("topic", width: 18) + "   exact-F1   typed-F1")
        for (label, lenient, exact, byType) in detectionRows {
            let typed = byType.values.reduce(EntityEvaluation.Counts(), +)
            print("  " + EntityEvaluation.row(label, lenient, width: 18) + "    " + EntityEvaluation.pct(exact.f1) + "      " + EntityEvaluation.pct(typed.f1))
        }
        print("\n  typed, by type")
        print("  " + EntityEvaluation.header("topic/type", width: 18))
        for (label, _, _, byType) in detectionRows {
            for type in ["PER", "ORG", "LOC", "PRO"] {
                print("  " + EntityEvaluation.row("\(label.split(separator: " ").first ?? "") \(type)", byType[type] ?? .init(), width: 18))
            }
        }
        print("\n  cross-article linking of matched named mentions")
        print("  " + EntityEvaluation.corefHeader("topic", width: 18))
        for (label, scores) in corefRows { print("  " + EntityEvaluation.corefRow(label, scores, width: 18)) }
        for e in errors { print(e) }
    }

    static func meantimeType(_ type: EntityType) -> String? {
        switch type {
        case .person: return "PER"
        case .organization: return "ORG"
        case .place: return "LOC"
        case .product: return "PRO"
        case .event, .other: return nil
        }
    }

    /// Reads one MEANTIME XML file: tokens (sentence 0 is the title, 1 the date), entity mentions,
    /// entities and REFERS_TO links.
    static func parse(_ xml: String, name: String) -> Document {
        var tokenIDs: [String] = []
        var tokenTexts: [String] = []
        var tokenSentences: [Int] = []
        var mentionTokens: [String: [String]] = [:]
        var mentionSyntax: [String: String] = [:]
        var entities: [String: (type: String, instance: String)] = [:]
        var refers: [(sources: [String], target: String)] = []
        var currentMention: String? = nil
        var inRefers = false
        var sources: [String] = []
        var target: String? = nil
        var scanner = XMLTagScanner(xml)
        while let tag = scanner.next() {
            switch tag.name {
            case "token":
                if let id = tag.attributes["t_id"] {
                    tokenIDs.append(id)
                    tokenTexts.append(XMLTagScanner.unescape(tag.text))
                    tokenSentences.append(Int(tag.attributes["sentence"] ?? "0") ?? 0)
                }
            case "ENTITY_MENTION":
                if tag.isClosing { currentMention = nil } else {
                    currentMention = tag.attributes["m_id"]
                    if let m = currentMention { mentionSyntax[m] = tag.attributes["syntactic_type"] ?? "" }
                    if tag.isSelfClosing { currentMention = nil }
                }
            case "token_anchor":
                if let m = currentMention, let t = tag.attributes["t_id"] { mentionTokens[m, default: []].append(t) }
            case "ENTITY":
                if let m = tag.attributes["m_id"] {
                    entities[m] = (tag.attributes["ent_type"] ?? "", tag.attributes["instance_id"] ?? "\(name)#\(m)")
                }
            case "REFERS_TO":
                if tag.isClosing {
                    if let t = target { refers.append((sources, t)) }
                    inRefers = false
                } else {
                    inRefers = true
                    sources = []
                    target = nil
                }
            case "source":
                if inRefers, let m = tag.attributes["m_id"] { sources.append(m) }
            case "target":
                if inRefers, let m = tag.attributes["m_id"] { target = m }
            case "EVENT_MENTION", "TIMEX3", "SIGNAL", "VALUE", "C-SIGNAL", "EVENT":
                if tag.name == "EVENT_MENTION" && !tag.isClosing && !tag.isSelfClosing { currentMention = nil }
            default:
                break
            }
        }
        var builder = EntityEvaluation.TextBuilder()
        var index: [String: Int] = [:]
        var previousSentence = -1
        for (k, id) in tokenIDs.enumerated() {
            if tokenSentences[k] != previousSentence {
                builder.breakParagraph()
                previousSentence = tokenSentences[k]
            }
            index[id] = k
            builder.append(tokenTexts[k])
        }
        var mentions: [GoldMention] = []
        for r in refers {
            guard let entity = entities[r.target] else { continue }
            for s in r.sources {
                let syntax = mentionSyntax[s] ?? ""
                let named = syntax == "NAM" || syntax == "PRE.NAM"
                guard named || syntax.isEmpty, let ids = mentionTokens[s] else { continue }
                let positions = ids.compactMap { index[$0] }
                guard let lo = positions.min(), let hi = positions.max() else { continue }
                mentions.append(GoldMention(tokens: lo..<(hi + 1), type: entity.type, instance: entity.instance, named: named))
            }
        }
        let annotatedEnd = tokenSentences.firstIndex { $0 > 5 } ?? tokenSentences.count
        return Document(name: name, text: builder.text, ranges: builder.ranges, mentions: mentions, annotatedEnd: annotatedEnd)
    }
}

/// A minimal scanner over XML tags: name, attributes, and the text up to the next tag. Enough for
/// the regular files of MEANTIME; not a general XML parser.
struct XMLTagScanner {
    struct Tag {
        var name: String
        var attributes: [String: String]
        var isClosing: Bool
        var isSelfClosing: Bool
        var text: String
    }

    let bytes: [UInt8]
    var i = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    mutating func next() -> Tag? {
        while i < bytes.count && bytes[i] != UInt8(ascii: "<") { i += 1 }
        guard i < bytes.count else { return nil }
        let start = i + 1
        while i < bytes.count && bytes[i] != UInt8(ascii: ">") { i += 1 }
        guard i < bytes.count else { return nil }
        var inner = Array(bytes[start..<i])
        i += 1
        let textStart = i
        var j = i
        while j < bytes.count && bytes[j] != UInt8(ascii: "<") { j += 1 }
        let text = String(decoding: bytes[textStart..<j], as: UTF8.self)
        if inner.first == UInt8(ascii: "?") || inner.first == UInt8(ascii: "!") { return next() }
        var closing = false
        var selfClosing = false
        if inner.first == UInt8(ascii: "/") {
            closing = true
            inner.removeFirst()
        }
        if inner.last == UInt8(ascii: "/") {
            selfClosing = true
            inner.removeLast()
        }
        var k = 0
        while k < inner.count && !Bytes.isSpace(inner[k]) { k += 1 }
        let name = String(decoding: inner[0..<k], as: UTF8.self)
        var attributes: [String: String] = [:]
        while k < inner.count {
            while k < inner.count && Bytes.isSpace(inner[k]) { k += 1 }
            let keyStart = k
            while k < inner.count && inner[k] != UInt8(ascii: "=") && !Bytes.isSpace(inner[k]) { k += 1 }
            let key = String(decoding: inner[keyStart..<k], as: UTF8.self)
            while k < inner.count && inner[k] != UInt8(ascii: "\"") { k += 1 }
            k += 1
            let valueStart = k
            while k < inner.count && inner[k] != UInt8(ascii: "\"") { k += 1 }
            if valueStart <= k && k <= inner.count && !key.isEmpty {
                attributes[key] = XMLTagScanner.unescape(String(decoding: inner[valueStart..<min(k, inner.count)], as: UTF8.self))
            }
            k += 1
        }
        return Tag(name: name, attributes: attributes, isClosing: closing, isSelfClosing: selfClosing, text: text)
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

// MARK: - NewsWCL50

enum NewsWCLEvaluation {
    static func run(_ dir: String, _ options: EntityEvaluation.Options) {
        print("\nNewsWCL50 — cross-outlet linking of named chains (reported; no tuning)")
        print("  Gold mentions are chain spans; a chain is named when one of its mentions holds a capitalised")
        print("  word. A system name inside a gold mention is matched to it (innermost first); B³ over matched")
        print("  mentions, gold = chain, system = corpus entity key, per event (5 outlets each).")
        guard let content = try? String(contentsOfFile: dir + "/NewsWCL50.conll", encoding: .utf8) else {
            print("  (missing \(dir)/NewsWCL50.conll)")
            return
        }
        struct Doc {
            var id: String
            var builder = EntityEvaluation.TextBuilder()
            var mentions: [(tokens: Range<Int>, chain: String)] = []
            var open: [String: [Int]] = [:]
            var count = 0
        }
        var docs: [Doc] = []
        var current: Doc? = nil
        var previousSentence = -1
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#begin document") {
                if let c = current { docs.append(c) }
                let id = line.split(separator: " ").dropFirst(2).first.map { String($0).replacingOccurrences(of: ";", with: "") } ?? "doc\(docs.count)"
                current = Doc(id: id)
                previousSentence = -1
                continue
            }
            if line.hasPrefix("#end document") {
                if let c = current { docs.append(c) }
                current = nil
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 5, current != nil else { continue }
            let sentence = Int(fields[1]) ?? 0
            let word = String(fields[3])
            let tag = String(fields[4]).trimmingCharacters(in: .whitespaces)
            if word == "\\n" {
                current!.builder.breakParagraph()
                continue
            }
            if sentence != previousSentence && previousSentence >= 0 && current!.builder.bytes > 0 {
                // sentences run on within a paragraph
            }
            previousSentence = sentence
            let index = current!.count
            current!.builder.append(word)
            current!.count += 1
            guard tag != "-" else { continue }
            for part in tag.split(separator: "|") {
                var p = String(part)
                let opens = p.hasPrefix("(")
                let closes = p.hasSuffix(")")
                if opens { p.removeFirst() }
                if closes { p.removeLast() }
                if opens { current!.open[p, default: []].append(index) }
                if closes, let start = current!.open[p]?.popLast() {
                    current!.mentions.append((start..<(index + 1), p))
                }
            }
        }
        if let c = current { docs.append(c) }
        // Group documents by event: ids look like "0/-/0_L".
        var events: [String: [Doc]] = [:]
        for d in docs {
            let event = String(d.id.split(separator: "/").first ?? "?")
            events[event, default: []].append(d)
        }
        print("\n  " + EntityEvaluation.corefHeader("event", width: 10) + "   coverage")
        var allGold: [String] = []
        var allSystem: [String] = []
        var allTotal = 0
        for event in events.keys.sorted(by: { (Int($0) ?? 0) < (Int($1) ?? 0) }) {
            var corpus = Corpus()
            for d in events[event]! { corpus.update(path: d.id, article: ArticleAnalyzer.analyze(d.builder.text, format: .plainText), computeImpact: false) }
            var gold: [String] = []
            var system: [String] = []
            var named = 0
            for d in events[event]! {
                guard let record = corpus.record(d.id) else { continue }
                let text = d.builder.text
                let ranges = d.builder.ranges
                // Named gold mentions: hold a capitalised word that does not start the sentence.
                let namedMentions = d.mentions.enumerated().filter { (_, m) in
                    m.tokens.contains { k in
                        guard k < ranges.count else { return false }
                        let w = text.slice(ranges[k])
                        return w.first?.isUppercase == true && w.count > 1 && !["The", "A", "An", "President", "Mr.", "Ms.", "Mrs."].contains(w)
                    }
                }
                named += namedMentions.count
                var used = Set<Int>()
                for m in record.article.mentions where m.kind == .name {
                    guard let span = EntityEvaluation.overlapSpan(m.range, ranges) else { continue }
                    var best: Int? = nil
                    for (gi, g) in namedMentions where !used.contains(gi) && g.tokens.lowerBound <= span.lowerBound && span.upperBound <= g.tokens.upperBound {
                        if best == nil || g.tokens.count < d.mentions[best!].tokens.count { best = gi }
                    }
                    guard let b = best else { continue }
                    used.insert(b)
                    gold.append(d.mentions[b].chain)
                    system.append(record.key(of: record.article.entities[m.entity]))
                }
            }
            let s = EntityEvaluation.coreference(gold: gold, system: system)
            print("  " + EntityEvaluation.corefRow(event, s, width: 10) + String(format: "   %4d/%4d", gold.count, named))
            allGold += gold.map { event + ":" + $0 }
            allSystem += system.map { event + ":" + $0 }
            allTotal += named
        }
        let s = EntityEvaluation.coreference(gold: allGold, system: allSystem)
        print("  " + EntityEvaluation.corefRow("all", s, width: 10) + String(format: "   %4d/%4d", allGold.count, allTotal))
    }
}
