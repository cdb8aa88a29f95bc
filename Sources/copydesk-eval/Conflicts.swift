import ArticleAnalysis
import CorpusAnalysis
import Foundation

/// `copydesk-eval conflicts`: how often Copydesk warns of conflicting dates where there are none,
/// and whether it finds the ones that are there.
///
/// - SemEval-2015 TimeLine (`DIR` = a corpus folder such as .../corpus_2): the articles' events
///   are dated once each by the gold timelines, so every `conflicting-date` warning among them is
///   a false alarm (reported per 100 articles). Then, for each pair of articles that mention one
///   gold event (a timeline line lists an event's mentions) and both date it in their text, the date phrase in
///   one article is changed (years moved three on; a month moved six; other phrases replaced by
///   "three years ago") and the pair is checked for a conflict: the recall of these changes.
/// - `--pairs DIR`: a labelled set of article pairs (files `NN-label-name.txt` with two articles
///   in fixture form: `//- path published:YYYY-MM-DD` headers). Labels: conflicting, compatible,
///   revised, different-event, unresolvable. Precision and recall of `conflicting-date`, and of
///   `revised-date`.
enum ConflictEvaluation {
    static let help = """
        copydesk-eval conflicts DIR [DIR…] [--pairs PAIRS] [--alignment MEANTIME] [--verbose]

          DIR            a SemEval-2015 TimeLine corpus folder (…/corpus_2, …/corpus_3)
          --pairs PAIRS  a folder of labelled article pairs (e.g. Tests/Fixtures/conflict-pairs)
          --alignment M  a MEANTIME topic folder (…/intra_cross-doc_annotation/corpus_airbus): whether
                         sentences about one cross-document event instance get one claim key (tuning)
          --verbose      list each false alarm, each changed pair and each pair's outcome
        """

    static func run(_ arguments: [String]) -> Int32 {
        var dirs: [String] = []
        var pairs: String? = nil
        var alignment: String? = nil
        var verbose = false
        var k = 0
        while k < arguments.count {
            switch arguments[k] {
            case "--help", "-h":
                print(help)
                return 0
            case "--pairs":
                k += 1
                if k < arguments.count { pairs = arguments[k] }
            case "--claims":
                // Debugging aid: the claims of each article of a pair file (or plain text file).
                k += 1
                while k < arguments.count {
                    AlignmentEvaluation.printClaims(arguments[k])
                    k += 1
                }
                return 0
            case "--alignment":
                k += 1
                if k < arguments.count { alignment = arguments[k] }
            case "--verbose": verbose = true
            default: dirs.append(arguments[k])
            }
            k += 1
        }
        guard !dirs.isEmpty || pairs != nil || alignment != nil else {
            print(help)
            return 2
        }
        if !dirs.isEmpty {
            var rows: [[String]] = [["corpus", "articles", "warnings", "false alarms / 100 articles", "revised-date (info)", "gold pairs dated in text", "changed", "found", "recall", "recall where claims align", "reported as revised-date"]]
            for dir in dirs {
                let result = TimelineEvaluation.run(dir, verbose: verbose)
                rows.append(result.row(name: dir.split(separator: "/").suffix(1).joined()))
            }
            print("SemEval-2015 TimeLine: false conflicts, and conflicts found after changing one article's date")
            print("")
            EvalFiles.printTable(rows)
            print("")
            print("A warning among these articles is a false alarm: the gold timelines date each event once.")
            print("Recall: pairs of articles that mention one gold timeline event (same line) and both date it in their text;")
            print("one article's date phrase is changed and the pair must then be reported as conflicting.")
            print("")
        }
        if let pairs {
            PairEvaluation.run(pairs, verbose: verbose)
        }
        if let alignment {
            AlignmentEvaluation.run(alignment, verbose: verbose)
        }
        return 0
    }
}

// MARK: SemEval-2015 TimeLine

enum TimelineEvaluation {
    struct Document {
        var id: String
        var path: String
        var text: String
        var dct: CalendarDate?
        /// Sentence id → byte range in `text`.
        var sentences: [Int: Range<Int>]
    }

    struct Result {
        var articles = 0
        var warnings = 0
        var revisions = 0
        var datedPairs = 0
        var changed = 0
        var found = 0
        var aligned = 0
        var alignedFound = 0
        /// Changed pairs reported as `revised-date` instead (a plan, then a later report of another date).
        var foundAsRevision = 0

        func row(name: String) -> [String] {
            let per100 = articles > 0 ? Double(warnings) * 100 / Double(articles) : 0
            return [
                name, "\(articles)", "\(warnings)", String(format: "%.1f", per100), "\(revisions)", "\(datedPairs)", "\(changed)", "\(found)",
                changed > 0 ? String(format: "%.3f", Double(found) / Double(changed)) : "–",
                aligned > 0 ? String(format: "%.3f (%d/%d)", Double(alignedFound) / Double(aligned), alignedFound, aligned) : "–",
                "\(foundAsRevision)",
            ]
        }
    }

    static func run(_ dir: String, verbose: Bool) -> Result {
        var result = Result()
        let documents = EvalFiles.list(dir + "/corpus_trackA_TimeML", extensions: ["tml"]).compactMap(read)
        result.articles = documents.count
        var corpus = Corpus()
        var byID: [String: Document] = [:]
        for d in documents {
            corpus.update(path: d.path, article: analyze(d.text, d.dct), computeImpact: false)
            byID[d.id] = d
        }
        for d in documents {
            for f in corpus.findings(for: d.path) {
                if f.code == "conflicting-date" {
                    result.warnings += 1
                    if verbose { print("false alarm  \(d.path): \(f.message)") }
                } else if f.code == "revised-date" {
                    result.revisions += 1
                    if verbose { print("revision     \(d.path): \(f.message)") }
                }
            }
        }
        // Gold pairs: mentions of one event (one timeline line lists an event's coreferent
        // mentions) in two articles, dated alike by definition.
        var seen: Set<String> = []
        for file in EvalFiles.list(dir + "/TimeLines_Gold_Standard", extensions: ["txt"]) {
            guard let content = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            for line in content.split(separator: "\n") {
                let fields = line.split(separator: "\t").map(String.init)
                guard fields.count >= 4, !fields[1].hasPrefix("XXXX"), let gold = goldBounds(fields[1]) else { continue }
                var mentions: [(doc: String, sentence: Int)] = []
                for event in fields.dropFirst(2) {
                    let parts = event.split(separator: "-")
                    guard parts.count >= 3, let s = Int(parts[1]) else { continue }
                    mentions.append((String(parts[0]), s))
                }
                for a in mentions {
                    for b in mentions where a.doc < b.doc {
                        let id = "\(a.doc)#\(a.sentence)|\(b.doc)#\(b.sentence)"
                        guard !seen.contains(id), let da = byID[a.doc], let db = byID[b.doc] else { continue }
                        seen.insert(id)
                        evaluatePair(da, a.sentence, db, b.sentence, gold: gold, date: fields[1], corpus: corpus, result: &result, verbose: verbose)
                    }
                }
            }
        }
        return result
    }

    static func analyze(_ text: String, _ dct: CalendarDate?) -> AnalyzedArticle {
        ArticleAnalyzer.analyze(text, format: .plainText, options: .init(publication: dct))
    }

    /// "2005-11-05" → that day; "2007-10-XX" → the month; "2007-XX-XX" → the year.
    static func goldBounds(_ date: String) -> TimeBounds? {
        let parts = date.split(separator: "-").map(String.init)
        guard parts.count == 3, let y = Int(parts[0]) else { return nil }
        if let m = Int(parts[1]) {
            if let d = Int(parts[2]), let day = CalendarDate(validYear: y, month: m, day: d) { return TimeBounds(from: day, to: day) }
            guard (1...12).contains(m) else { return nil }
            return TimeBounds(from: CalendarDate(year: y, month: m, day: 1), to: CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y)))
        }
        return TimeBounds(from: CalendarDate(year: y, month: 1, day: 1), to: CalendarDate(year: y, month: 12, day: 31))
    }

    static func evaluatePair(
        _ a: Document, _ sa: Int, _ b: Document, _ sb: Int, gold: TimeBounds, date: String, corpus: Corpus, result: inout Result, verbose: Bool
    ) {
        guard let ra = a.sentences[sa], let rb = b.sentences[sb], let articleA = corpus.article(a.path), let articleB = corpus.article(b.path) else { return }
        // Both sentences must date the event in their text, at a time the gold date falls in.
        func datingTime(_ article: AnalyzedArticle, _ r: Range<Int>) -> Int? {
            article.times.indices.first { i in
                let t = article.times[i]
                guard r.contains(t.range.lowerBound), t.type == .date || t.type == .time, !t.value.hasSuffix("_REF"), let bounds = t.bounds else { return false }
                return bounds.canOverlap(gold)
            }
        }
        guard let ta = datingTime(articleA, ra), datingTime(articleB, rb) != nil else { return }
        result.datedPairs += 1
        let claimsA = articleA.claims.filter { ra.contains($0.range.lowerBound) }
        let claimsB = articleB.claims.filter { rb.contains($0.range.lowerBound) }
        let keysA = Set(claimsA.map(\.key))
        let keysB = Set(claimsB.map(\.key))
        // One event whichever way either names it (a designation alone, a company's short name).
        let aligned = claimsA.contains { a in claimsB.contains { a.isSameEvent(as: $0) } }
        // Change A's date phrase.
        let time = articleA.times[ta]
        guard let replacement = changedPhrase(articleA.text.slice(time.core)) else { return }
        var bytes = Array(articleA.text.utf8)
        bytes.replaceSubrange(time.core, with: Array(replacement.utf8))
        let changedText = String(decoding: bytes, as: UTF8.self)
        var changedCorpus = corpus
        changedCorpus.update(path: a.path, article: analyze(changedText, a.dct))
        result.changed += 1
        if aligned { result.aligned += 1 }
        let found = changedCorpus.findings(for: a.path).contains { f in
            f.code == "conflicting-date" && f.related.contains { $0.location.path == b.path }
        }
        if found {
            result.found += 1
            if aligned { result.alignedFound += 1 }
        }
        let revised = !found && changedCorpus.findings(for: a.path).contains { f in
            f.code == "revised-date" && f.related.contains { $0.location.path == b.path }
        }
        if revised { result.foundAsRevision += 1 }
        if verbose {
            print("\(found ? "found " : revised ? "revised" : "missed") \(a.id)#\(sa) “\(articleA.text.slice(time.core))” → “\(replacement)” vs \(b.id)#\(sb) (gold \(date))\(aligned ? "" : " [claims not aligned]")")
            if !aligned {
                print("    \(a.id)#\(sa): \(articleA.text.slice(ra))\n      claims: \(keysA.sorted())")
                print("    \(b.id)#\(sb): \(articleB.text.slice(rb))\n      claims: \(keysB.sorted())")
            }
        }
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// The changed date phrase: years three on, else the month six on, else "three years ago".
    static func changedPhrase(_ phrase: String) -> String? {
        var words = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for (i, w) in words.enumerated() {
            let digits = w.filter(\.isNumber)
            if digits.count == 4, let y = Int(digits), (1000...2199).contains(y) {
                words[i] = w.replacingOccurrences(of: digits, with: String(y + 3))
                return words.joined(separator: " ")
            }
        }
        for (i, w) in words.enumerated() {
            if let m = months.firstIndex(where: { w.lowercased().hasPrefix($0.lowercased().prefix(3)) && w.first?.isUppercase == true }) {
                words[i] = months[(m + 6) % 12]
                return words.joined(separator: " ")
            }
        }
        return "three years ago"
    }

    /// Undoes the corpus's tokenisation: no space before , . ; : ! ? ) % 's n't and a possessive
    /// apostrophe, none after ( and $, and `` '' as straight double quotes.
    static func detokenize(_ sentence: String) -> String {
        var t = " " + sentence + " "
        t = t.replacingOccurrences(of: " `` ", with: " \"").replacingOccurrences(of: " '' ", with: "\" ")
        for p in [",", ".", ";", ":", "!", "?", ")", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m"] {
            t = t.replacingOccurrences(of: " " + p + " ", with: p + " ")
        }
        // "aircrafts ' delivery": a possessive after a plural.
        t = t.replacingOccurrences(of: "s ' ", with: "s' ")
        t = t.replacingOccurrences(of: "( ", with: "(").replacingOccurrences(of: "$ ", with: "$")
        return t.trimmingCharacters(in: .whitespaces)
    }

    static func read(_ file: String) -> Document? {
        guard let data = FileManager.default.contents(atPath: file) else { return nil }
        var id = ""
        var dct: CalendarDate? = nil
        var text: [UInt8] = []
        var sentences: [Int: Range<Int>] = [:]
        var current: (id: Int, start: Int)? = nil
        var inDocID = false
        var inText = false
        for event in EvalXML.events([UInt8](data)) {
            switch event {
            case .open(let tag, let attributes, _):
                if tag == "DOCID" { inDocID = true }
                if tag == "TIMEX3", attributes["functionInDocument"] == "CREATION_TIME", let v = attributes["value"] { dct = DateParsing.parse(v) }
                if tag == "TEXT" { inText = true }
                if tag == "s", inText, let s = Int(attributes["id"] ?? "") {
                    if !text.isEmpty { text += [0x0A, 0x0A] }
                    current = (s, text.count)
                }
            case .close(let tag):
                if tag == "DOCID" { inDocID = false }
                if tag == "TEXT" { inText = false }
                if tag == "s", let c = current {
                    sentences[c.id] = c.start..<text.count
                    current = nil
                }
            case .text(let t):
                if inDocID { id += String(decoding: t, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
                if current != nil { text += t.map { $0 == 0x0A ? 0x20 : $0 } }
            }
            if case .close(let tag) = event, tag == "s", let range = sentences.values.max(by: { $0.lowerBound < $1.lowerBound }) {
                // The corpus is tokenised ("Airbus ' delivery , originally"); the articles were not.
                let sentence = detokenize(String(decoding: text[range], as: UTF8.self))
                text.removeSubrange(range)
                text += Array(sentence.utf8)
                for (k, r) in sentences where r == range { sentences[k] = range.lowerBound..<text.count }
            }
        }
        guard !id.isEmpty, !text.isEmpty else { return nil }
        return Document(id: id, path: id + ".tml", text: String(decoding: text, as: UTF8.self), dct: dct, sentences: sentences)
    }
}

// MARK: Labelled pairs

enum PairEvaluation {
    struct Pair {
        var name: String
        var label: String
        var articles: [(path: String, published: CalendarDate?, text: String)]
    }

    /// Reads a pair file: `# label: …` comment lines, then articles after `//- path published:…`.
    static func read(_ file: String) -> Pair? {
        guard let content = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        var label = ""
        var articles: [(String, CalendarDate?, [Substring])] = []
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if articles.isEmpty, line.hasPrefix("#") {
                if line.hasPrefix("# label:") { label = line.dropFirst("# label:".count).trimmingCharacters(in: .whitespaces) }
                continue
            }
            if line.hasPrefix("//- ") {
                let words = line.dropFirst(4).split(separator: " ")
                let published = words.dropFirst().first { $0.hasPrefix("published:") }.flatMap { DateParsing.parse(String($0.dropFirst("published:".count))) }
                articles.append((String(words.first ?? "article.md"), published, []))
            } else if !articles.isEmpty {
                articles[articles.count - 1].2.append(line)
            }
        }
        guard !label.isEmpty, articles.count >= 2 else { return nil }
        let name = (file as NSString).lastPathComponent
        return Pair(name: name, label: label, articles: articles.map { ($0.0, $0.1, $0.2.joined(separator: "\n")) })
    }

    /// What Copydesk reports for the pair: "conflicting", "revised" or "none".
    static func outcome(_ pair: Pair) -> String {
        var corpus = Corpus()
        for a in pair.articles {
            corpus.update(path: a.path, article: ArticleAnalyzer.analyze(a.text, format: ArticleFormat.forPath(a.path), options: .init(publication: a.published)))
        }
        let codes = Set(pair.articles.flatMap { corpus.findings(for: $0.path).map(\.code) })
        if codes.contains("conflicting-date") { return "conflicting" }
        if codes.contains("revised-date") { return "revised" }
        return "none"
    }

    struct Scores {
        var perLabel: [String: (total: Int, correct: Int)] = [:]
        var conflictTP = 0, conflictFP = 0, conflictFN = 0
        var revisionTP = 0, revisionFP = 0, revisionFN = 0
        var failures: [String] = []

        var conflictPrecision: Double { ratio(conflictTP, conflictTP + conflictFP) }
        var conflictRecall: Double { ratio(conflictTP, conflictTP + conflictFN) }
        var revisionPrecision: Double { ratio(revisionTP, revisionTP + revisionFP) }
        var revisionRecall: Double { ratio(revisionTP, revisionTP + revisionFN) }
        func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 1 }
    }

    static func expected(_ label: String) -> String {
        switch label {
        case "conflicting": return "conflicting"
        case "revised": return "revised"
        default: return "none"
        }
    }

    static func score(_ dir: String) -> (pairs: Int, scores: Scores, outcomes: [(String, String, String)]) {
        var s = Scores()
        var outcomes: [(String, String, String)] = []
        let pairs = EvalFiles.list(dir, extensions: ["txt"]).compactMap(read)
        for pair in pairs {
            let got = outcome(pair)
            let want = expected(pair.label)
            outcomes.append((pair.name, pair.label, got))
            var entry = s.perLabel[pair.label] ?? (0, 0)
            entry.total += 1
            if got == want { entry.correct += 1 } else { s.failures.append("\(pair.name): labelled \(pair.label), reported \(got)") }
            s.perLabel[pair.label] = entry
            if got == "conflicting" { if want == "conflicting" { s.conflictTP += 1 } else { s.conflictFP += 1 } } else if want == "conflicting" { s.conflictFN += 1 }
            if got == "revised" { if want == "revised" { s.revisionTP += 1 } else { s.revisionFP += 1 } } else if want == "revised" { s.revisionFN += 1 }
        }
        return (pairs.count, s, outcomes)
    }

    static func run(_ dir: String, verbose: Bool) {
        let (count, s, outcomes) = score(dir)
        print("Labelled article pairs (\(count) pairs in \(dir))")
        print("")
        var rows = [["label", "pairs", "reported as labelled"]]
        for label in ["conflicting", "revised", "compatible", "different-event", "unresolvable"] {
            let e = s.perLabel[label] ?? (0, 0)
            rows.append([label, "\(e.total)", "\(e.correct)"])
        }
        EvalFiles.printTable(rows)
        print("")
        EvalFiles.printTable([
            ["finding", "precision", "recall"],
            ["conflicting-date", String(format: "%.3f", s.conflictPrecision), String(format: "%.3f", s.conflictRecall)],
            ["revised-date", String(format: "%.3f", s.revisionPrecision), String(format: "%.3f", s.revisionRecall)],
        ])
        if verbose {
            print("")
            for (name, label, got) in outcomes { print("\(name): \(label) → \(got)") }
        }
        if !s.failures.isEmpty {
            print("")
            for f in s.failures { print("wrong: \(f)") }
        }
    }
}
