import ArticleAnalysis
import Foundation

/// `copydesk-eval time DIR`: TempEval-3 scoring of the time tagger against TimeML (`.tml`, e.g.
/// tempeval3/te3-platinum) or MEANTIME (`.xml`, e.g. meantime/.../corpus_apple). The document
/// creation time is the publication date, as the task defines it.
///
/// Measures, as TempEval-3 computes them: extents strict (same characters) and relaxed (overlap),
/// precision/recall/F1; value F1 (a relaxed match with the same normalised value counts, over all
/// system and all gold expressions); type accuracy over relaxed matches. MEANTIME adds value
/// accuracy: the share of matched gold expressions with the right value.
enum TimeEvaluation {
    static let help = """
        copydesk-eval time DIR [DIR…] [--errors] [--limit N]

        Scores the time tagger on every .tml (TimeML) or .xml (MEANTIME) file under each DIR.
          --errors    list missed, spurious and wrongly valued expressions (for tuning on train data)
          --limit N   at most N error lines (default 400)
        """

    struct Gold {
        var range: Range<Int>
        var type: String
        var value: String
    }

    struct Document {
        var name: String
        var text: String
        var dct: CalendarDate?
        var gold: [Gold]
        /// Byte ranges whose system expressions are ignored (MEANTIME's date line is the DCT).
        var ignored: [Range<Int>]
    }

    struct Tally {
        var system = 0
        var gold = 0
        var strictSystem = 0
        var strictGold = 0
        var relaxedSystem = 0
        var relaxedGold = 0
        var valueCorrect = 0
        var typeCorrect = 0
        var matchedPairs = 0

        mutating func add(_ o: Tally) {
            system += o.system
            gold += o.gold
            strictSystem += o.strictSystem
            strictGold += o.strictGold
            relaxedSystem += o.relaxedSystem
            relaxedGold += o.relaxedGold
            valueCorrect += o.valueCorrect
            typeCorrect += o.typeCorrect
            matchedPairs += o.matchedPairs
        }
    }

    static func run(_ arguments: [String]) -> Int32 {
        var dirs: [String] = []
        var showErrors = false
        var limit = 400
        var k = 0
        while k < arguments.count {
            let a = arguments[k]
            switch a {
            case "--help", "-h":
                print(help)
                return 0
            case "--errors": showErrors = true
            case "--limit":
                k += 1
                limit = k < arguments.count ? Int(arguments[k]) ?? limit : limit
            default: dirs.append(a)
            }
            k += 1
        }
        guard !dirs.isEmpty else {
            print(help)
            return 2
        }
        var rows: [(String, Tally, Int)] = []
        var errorLines: [String] = []
        for dir in dirs {
            let files = EvalFiles.list(dir, extensions: ["tml", "xml"])
            var total = Tally()
            var docs = 0
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                let bytes = [UInt8](data)
                let document = file.hasSuffix(".tml") ? TimeMLReader.read(bytes, name: file) : MeantimeReader.read(bytes, name: file)
                guard let document else { continue }
                docs += 1
                let (tally, errors) = score(document)
                total.add(tally)
                if showErrors { errorLines += errors }
            }
            rows.append((dir, total, docs))
        }
        if showErrors {
            for line in errorLines.prefix(limit) { print(line) }
            if errorLines.count > limit { print("… \(errorLines.count - limit) more") }
            print("")
        }
        printTable(rows)
        return 0
    }

    static func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }
    static func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }
    static func fmt(_ x: Double) -> String { String(format: "%.3f", x) }

    static func printTable(_ rows: [(String, Tally, Int)]) {
        print("TempEval-3 time expressions (DCT = publication date)")
        print("")
        let header = ["data", "docs", "gold", "system", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "value P", "value R", "value F1", "value acc", "type acc"]
        var table = [header]
        for (dir, t, docs) in rows {
            let sp = ratio(t.strictSystem, t.system)
            let sr = ratio(t.strictGold, t.gold)
            let rp = ratio(t.relaxedSystem, t.system)
            let rr = ratio(t.relaxedGold, t.gold)
            let vp = ratio(t.valueCorrect, t.system)
            let vr = ratio(t.valueCorrect, t.gold)
            let name = dir.split(separator: "/").suffix(2).joined(separator: "/")
            table.append([
                name, "\(docs)", "\(t.gold)", "\(t.system)", fmt(sp), fmt(sr), fmt(f1(sp, sr)), fmt(rp), fmt(rr), fmt(f1(rp, rr)),
                fmt(vp), fmt(vr), fmt(f1(vp, vr)), fmt(ratio(t.valueCorrect, t.matchedPairs)), fmt(ratio(t.typeCorrect, t.matchedPairs)),
            ])
        }
        EvalFiles.printTable(table)
        print("")
        print("value acc = matched gold expressions with the gold value; value F1 as TempEval-3 (correct values over all system / all gold)")
        if rows.contains(where: { $0.0.contains("meantime") || $0.0.contains("corpus_") }) {
            print("MEANTIME annotates only the times its events need, so precision there is not meaningful: read recall and value acc.")
        }
    }

    /// Scores one document: system expressions against gold, both as trimmed byte ranges.
    static func score(_ document: Document) -> (Tally, [String]) {
        let analyzed = ArticleAnalyzer.analyze(document.text, format: .plainText, options: .init(publication: document.dct))
        let text = document.text
        let system = analyzed.times.filter { t in !document.ignored.contains { $0.overlaps(t.core) } }
        var tally = Tally()
        tally.system = system.count
        tally.gold = document.gold.count
        var errors: [String] = []
        var goldMatched = [Bool](repeating: false, count: document.gold.count)
        let short = document.name.split(separator: "/").last.map(String.init) ?? document.name
        let dct = document.dct?.iso ?? "none"
        for s in system {
            let exact = document.gold.indices.first { document.gold[$0].range == s.core }
            let overlapping = exact ?? document.gold.indices.first { document.gold[$0].range.overlaps(s.core) }
            if exact != nil { tally.strictSystem += 1 }
            guard let g = overlapping else {
                errors.append("spurious  \(short) [\(dct)] “\(text.slice(s.core))” \(s.type.rawValue) \(s.value)  …\(context(text, s.core))…")
                continue
            }
            tally.relaxedSystem += 1
            if !goldMatched[g] {
                goldMatched[g] = true
                tally.matchedPairs += 1
                let gold = document.gold[g]
                if gold.value == s.value { tally.valueCorrect += 1 } else {
                    errors.append("value     \(short) [\(dct)] “\(text.slice(s.core))” gold \(gold.value) (“\(text.slice(gold.range))”) got \(s.value)  …\(context(text, s.core))…")
                }
                if gold.type == s.type.rawValue { tally.typeCorrect += 1 }
                if gold.range != s.core {
                    errors.append("extent    \(short) “\(text.slice(s.core))” gold “\(text.slice(gold.range))”")
                }
            }
        }
        for (g, gold) in document.gold.enumerated() {
            if system.contains(where: { $0.core == gold.range }) { tally.strictGold += 1 }
            if goldMatched[g] || system.contains(where: { $0.core.overlaps(gold.range) }) {
                tally.relaxedGold += 1
            } else {
                errors.append("missed    \(short) [\(dct)] “\(text.slice(gold.range))” \(gold.type) \(gold.value)  …\(context(text, gold.range))…")
            }
        }
        return (tally, errors)
    }

    static func context(_ text: String, _ r: Range<Int>) -> String {
        let a = max(0, r.lowerBound - 50)
        let b = min(text.utf8.count, r.upperBound + 40)
        return text.slice(a..<b).replacingOccurrences(of: "\n", with: " ")
    }
}

/// Reads TimeML: the DCT, the TEXT element's characters, and its TIMEX3 elements at byte offsets
/// into that text.
enum TimeMLReader {
    static func read(_ bytes: [UInt8], name: String) -> TimeEvaluation.Document? {
        var text: [UInt8] = []
        var inText = false
        var inDCT = false
        var dct: CalendarDate? = nil
        var open: [(start: Int, attributes: [String: String])] = []
        var gold: [TimeEvaluation.Gold] = []
        for event in EvalXML.events(bytes) {
            switch event {
            case .open(let tag, let attributes, let selfClosing):
                if tag == "TEXT" { inText = true }
                if tag == "DCT" { inDCT = true }
                if tag == "TIMEX3" {
                    if inDCT || attributes["functionInDocument"] == "CREATION_TIME" {
                        if dct == nil, let v = attributes["value"] { dct = DateParsing.parse(v) }
                    }
                    if inText && !selfClosing { open.append((text.count, attributes)) }
                }
            case .close(let tag):
                if tag == "TEXT" { inText = false }
                if tag == "DCT" { inDCT = false }
                if tag == "TIMEX3", inText, let o = open.popLast() {
                    let r = EvalXML.trim(text, o.start..<text.count)
                    if !r.isEmpty { gold.append(.init(range: r, type: o.attributes["type"] ?? "", value: o.attributes["value"] ?? "")) }
                }
            case .text(let t):
                if inText { text += t }
            }
        }
        guard !text.isEmpty else { return nil }
        return TimeEvaluation.Document(name: name, text: String(decoding: text, as: UTF8.self), dct: dct, gold: gold, ignored: [])
    }
}

/// Reads MEANTIME's token-level XML: rebuilds the text (tokens joined by spaces, one paragraph per
/// sentence) and maps each TIMEX3's token anchors to byte ranges.
enum MeantimeReader {
    static func read(_ bytes: [UInt8], name: String) -> TimeEvaluation.Document? {
        var tokens: [(id: String, sentence: Int, text: [UInt8])] = []
        var currentToken: (id: String, sentence: Int)? = nil
        var tokenText: [UInt8] = []
        var timexes: [(attributes: [String: String], anchors: [String])] = []
        var inTimex = false
        for event in EvalXML.events(bytes) {
            switch event {
            case .open(let tag, let a, let selfClosing):
                if tag == "token" {
                    currentToken = (a["t_id"] ?? "", Int(a["sentence"] ?? "") ?? 0)
                    tokenText = []
                } else if tag == "TIMEX3" {
                    timexes.append((a, []))
                    inTimex = !selfClosing
                } else if tag == "token_anchor", inTimex, let id = a["t_id"] {
                    timexes[timexes.count - 1].anchors.append(id)
                }
            case .close(let tag):
                if tag == "token", let t = currentToken {
                    tokens.append((t.id, t.sentence, tokenText))
                    currentToken = nil
                }
                if tag == "TIMEX3" { inTimex = false }
            case .text(let t):
                if currentToken != nil { tokenText += t }
            }
        }
        guard !tokens.isEmpty else { return nil }
        var text: [UInt8] = []
        var ranges: [String: Range<Int>] = [:]
        var sentence = tokens[0].sentence
        for t in tokens {
            if t.sentence != sentence {
                text += [0x0A, 0x0A]
                sentence = t.sentence
            } else if !text.isEmpty {
                text.append(0x20)
            }
            ranges[t.id] = text.count..<(text.count + t.text.count)
            text += t.text
        }
        var dct: CalendarDate? = nil
        var gold: [TimeEvaluation.Gold] = []
        var ignored: [Range<Int>] = []
        // A few documents do not mark their creation time; the date line (sentence 1) is it.
        let sentenceOf = Dictionary(tokens.map { ($0.id, $0.sentence) }, uniquingKeysWith: { a, _ in a })
        let marksDCT = timexes.contains { $0.attributes["functionInDocument"] == "CREATION_TIME" }
        if !marksDCT, let i = timexes.firstIndex(where: { t in t.anchors.first.flatMap { sentenceOf[$0] } == 1 }) {
            timexes[i].attributes["functionInDocument"] = "CREATION_TIME"
        }
        for t in timexes {
            let spans = t.anchors.compactMap { ranges[$0] }
            guard let first = spans.map(\.lowerBound).min(), let last = spans.map(\.upperBound).max() else {
                if t.attributes["functionInDocument"] == "CREATION_TIME", dct == nil { dct = DateParsing.parse(t.attributes["value"] ?? "") }
                continue
            }
            if t.attributes["functionInDocument"] == "CREATION_TIME" {
                if dct == nil { dct = DateParsing.parse(t.attributes["value"] ?? "") }
                ignored.append(first..<last)
                continue
            }
            gold.append(.init(range: first..<last, type: t.attributes["type"] ?? "", value: t.attributes["value"] ?? ""))
        }
        return TimeEvaluation.Document(name: name, text: String(decoding: text, as: UTF8.self), dct: dct, gold: gold, ignored: ignored)
    }
}

/// A small XML event reader: enough for TimeML and MEANTIME (elements, attributes, text, the five
/// predefined entities and numeric references).
enum EvalXML {
    enum Event {
        case open(String, [String: String], selfClosing: Bool)
        case close(String)
        case text([UInt8])
    }

    static func events(_ b: [UInt8]) -> [Event] {
        var events: [Event] = []
        var i = 0
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty {
                events.append(.text(text))
                text = []
            }
        }
        while i < b.count {
            if b[i] == 0x3C {  // <
                // Comments, declarations, processing instructions.
                if i + 3 < b.count, b[i + 1] == 0x21, b[i + 2] == 0x2D, b[i + 3] == 0x2D {
                    var j = i + 4
                    while j + 2 < b.count, !(b[j] == 0x2D && b[j + 1] == 0x2D && b[j + 2] == 0x3E) { j += 1 }
                    i = j + 3
                    continue
                }
                var j = i + 1
                while j < b.count, b[j] != 0x3E { j += 1 }
                let inner = Array(b[(i + 1)..<min(j, b.count)])
                i = j + 1
                guard let first = inner.first else { continue }
                if first == 0x3F || first == 0x21 { continue }
                flush()
                if first == 0x2F {
                    events.append(.close(String(decoding: inner.dropFirst(), as: UTF8.self).trimmingCharacters(in: .whitespaces)))
                    continue
                }
                let selfClosing = inner.last == 0x2F
                let body = selfClosing ? Array(inner.dropLast()) : inner
                let (name, attributes) = parseTag(body)
                events.append(.open(name, attributes, selfClosing: selfClosing))
                if selfClosing { events.append(.close(name)) }
            } else if b[i] == 0x26 {  // &
                var j = i + 1
                while j < b.count, j - i < 10, b[j] != 0x3B { j += 1 }
                let entity = String(decoding: b[(i + 1)..<min(j, b.count)], as: UTF8.self)
                if let decoded = decode(entity), j < b.count {
                    text += Array(decoded.utf8)
                    i = j + 1
                } else {
                    text.append(b[i])
                    i += 1
                }
            } else {
                text.append(b[i])
                i += 1
            }
        }
        flush()
        return events
    }

    static func decode(_ entity: String) -> String? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            if entity.hasPrefix("#x"), let v = UInt32(entity.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) { return String(Character(s)) }
            if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()), let s = Unicode.Scalar(v) { return String(Character(s)) }
            return nil
        }
    }

    static func parseTag(_ body: [UInt8]) -> (String, [String: String]) {
        var i = 0
        while i < body.count, !Bytes.isSpace(body[i]) { i += 1 }
        let name = String(decoding: body[0..<i], as: UTF8.self)
        var attributes: [String: String] = [:]
        while i < body.count {
            while i < body.count, Bytes.isSpace(body[i]) { i += 1 }
            let keyStart = i
            while i < body.count, body[i] != 0x3D, !Bytes.isSpace(body[i]) { i += 1 }
            let key = String(decoding: body[keyStart..<i], as: UTF8.self)
            while i < body.count, body[i] != 0x22, body[i] != 0x27 { i += 1 }
            guard i < body.count else { break }
            let quote = body[i]
            i += 1
            let valueStart = i
            while i < body.count, body[i] != quote { i += 1 }
            let raw = String(decoding: body[valueStart..<min(i, body.count)], as: UTF8.self)
            attributes[key] = raw.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            i += 1
        }
        return (name, attributes)
    }

    /// The range without surrounding whitespace.
    static func trim(_ text: [UInt8], _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound
        var z = r.upperBound
        while a < z, Bytes.isSpace(text[a]) { a += 1 }
        while z > a, Bytes.isSpace(text[z - 1]) { z -= 1 }
        return a..<z
    }
}

/// Listing data files and printing aligned tables.
enum EvalFiles {
    static func list(_ dir: String, extensions: Set<String>) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory) else { return [] }
        if !isDirectory.boolValue { return [dir] }
        guard let enumerator = FileManager.default.enumerator(atPath: dir) else { return [] }
        var files: [String] = []
        while let item = enumerator.nextObject() as? String {
            if let ext = item.split(separator: ".").last, extensions.contains(String(ext)) { files.append(dir + "/" + item) }
        }
        return files.sorted()
    }

    static func printTable(_ rows: [[String]]) {
        guard let first = rows.first else { return }
        var widths = first.map(\.count)
        for row in rows { for (k, cell) in row.enumerated() where k < widths.count { widths[k] = max(widths[k], cell.count) } }
        for (n, row) in rows.enumerated() {
            let cells = row.enumerated().map { k, cell in
                k == 0 ? cell.padding(toLength: widths[k], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: max(0, widths[k] - cell.count)) + cell
            }
            print(cells.joined(separator: "  "))
            if n == 0 { print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
    }
}
