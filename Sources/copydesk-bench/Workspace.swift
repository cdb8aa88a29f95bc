import Foundation
import JSONRPC

/// The benchmark corpus: real news text (fetched from PyPI by `bench/run`, never kept in the
/// repository) written out as article files and scaled to workspaces of any size.
///
/// Sources (see `bench/fetch-corpus`):
/// - the Lee corpus from the gensim wheel: 350 ABC stories, one per line, no dates or headlines;
/// - newspaper4k's `tests/data/txt` articles (CNN, TIME, Wired, …) with `metadata/*.json` giving
///   title, authors, URL and publish date. Only the English ones are used, so the peers (harper,
///   spaCy's English model) read the same kind of text.
///
/// Scaling: file *i* of a workspace is copy *i / B* of base article *i mod B*. Copy 0 is the
/// article as published; later copies keep the lead paragraph, shuffle the other paragraphs (Lee
/// stories, a single line each, are regrouped into paragraphs differently per copy), and get a
/// different outlet, date and path, so no two files are byte-identical but all text is real.
struct BaseArticle {
    var name: String
    var outlet: String
    var title: String
    var author: String?
    var url: String?
    /// Year, month, day; nil when the source gives none (the Lee corpus).
    var date: (Int, Int, Int)?
    /// Real paragraphs (newspaper4k) or sentences to group into paragraphs (Lee).
    var paragraphs: [String]
    var isLee: Bool
    var sentences: [String] = []
}

enum WorkspaceBuilder {
    static let generatorVersion = "1"

    /// Outlets the copies are attributed to (the text is the source's; only the label varies).
    static let outlets = ["ABC News", "AAP", "Reuters", "Associated Press", "AFP", "The Guardian", "CNN", "BBC News", "Bloomberg", "The Age"]

    // MARK: Reading the sources

    static func loadBases(corpus: String) throws -> [BaseArticle] {
        var bases: [BaseArticle] = []
        // Lee corpus: lee_background.cor (300) then lee.cor (50).
        for file in ["lee_background.cor", "lee.cor"] {
            let path = corpus + "/lee/" + file
            guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("missing \(path); run bench/fetch-corpus") }
            let text = String(decoding: data, as: UTF8.self)
            for (n, line) in text.split(separator: "\n").enumerated() {
                let story = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if story.count < 40 { continue }
                let sentences = splitSentences(story)
                let lead = sentences.first ?? story
                bases.append(BaseArticle(
                    name: "lee-\(file.hasPrefix("lee_b") ? "bg" : "test")-\(n)", outlet: "ABC News", title: headline(fromLead: lead),
                    author: nil, url: nil, date: nil, paragraphs: [], isLee: true, sentences: sentences))
            }
        }
        // newspaper4k: English articles with metadata.
        let txtDir = corpus + "/newspaper4k/txt"
        let metaDir = corpus + "/newspaper4k/metadata"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: txtDir))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        if names.isEmpty { throw BenchError("missing \(txtDir); run bench/fetch-corpus") }
        for name in names {
            let stem = String(name.dropLast(4))
            guard let metaData = FileManager.default.contents(atPath: "\(metaDir)/\(stem).json"),
                let meta = try? JSONParser.parse(Array(metaData)), meta["meta_lang"]?.stringValue == "en",
                let body = FileManager.default.contents(atPath: "\(txtDir)/\(name)")
            else { continue }
            let text = String(decoding: body, as: UTF8.self)
            let paragraphs = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard paragraphs.count >= 2 else { continue }
            let url = meta["url"]?.stringValue
            var date: (Int, Int, Int)? = nil
            if let d = meta["publish_date"]?.stringValue, d.count >= 10 {
                let parts = d.prefix(10).split(separator: "-").compactMap { Int($0) }
                if parts.count == 3 { date = (parts[0], parts[1], parts[2]) }
            }
            let authors = meta["authors"]?.arrayValue?.compactMap(\.stringValue) ?? []
            bases.append(BaseArticle(
                name: "n4k-\(stem)", outlet: outlet(fromURL: url) ?? "Web", title: meta["title"]?.stringValue ?? headline(fromLead: paragraphs[0]),
                author: authors.first, url: url, date: date, paragraphs: paragraphs, isLee: false))
        }
        return bases
    }

    static func outlet(fromURL url: String?) -> String? {
        guard let url, let host = URL(string: url)?.host else { return nil }
        let known = ["cnn.com": "CNN", "time.com": "TIME", "wired.com": "Wired", "cleveland.com": "Cleveland.com", "fox13now.com": "FOX 13",
                     "yna.co.kr": "Yonhap", "sott.net": "SOTT", "oneesports.gg": "ONE Esports"]
        for (suffix, name) in known where host.hasSuffix(suffix) { return name }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// Sentence split for the Lee stories (which come as one line each): a period, question or
    /// exclamation mark, with any closing quote, then a space and a capital or an opening quote.
    static func splitSentences(_ text: String) -> [String] {
        let b = Array(text.utf8)
        var result: [String] = []
        var start = 0
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!") {
                var j = i + 1
                while j < b.count, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") { j += 1 }
                // Not after a single capital ("J. Smith") or a common abbreviation.
                var w = i - 1
                while w >= 0, (b[w] | 0x20) >= 0x61, (b[w] | 0x20) <= 0x7A { w -= 1 }
                let word = String(decoding: b[(w + 1)..<i], as: UTF8.self)
                let abbreviation = word.count == 1 || ["Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof", "Inc", "Co", "Corp", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"].contains(word)
                if !abbreviation, j + 1 < b.count, b[j] == 0x20, (b[j + 1] >= 0x41 && b[j + 1] <= 0x5A) || b[j + 1] == UInt8(ascii: "\"") {
                    result.append(String(decoding: b[start..<j], as: UTF8.self))
                    start = j + 1
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        if start < b.count { result.append(String(decoding: b[start...], as: UTF8.self)) }
        return result.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A headline for a story that has none: the lead's first clause, at most ten words.
    static func headline(fromLead lead: String) -> String {
        var clause = lead
        for mark in [" - ", " -- ", ", ", " who ", " which "] {
            if let r = clause.range(of: mark), clause.distance(from: clause.startIndex, to: r.lowerBound) > 25 { clause = String(clause[..<r.lowerBound]) }
        }
        let words = clause.split(separator: " ").prefix(10)
        var title = words.joined(separator: " ")
        while let last = title.last, ".,;:-".contains(last) { title.removeLast() }
        return title
    }

    // MARK: Writing one copy

    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    }

    static func fnv(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The text of copy `copy` of `base`: YAML front matter and paragraphs separated by blank lines.
    static func render(_ base: BaseArticle, copy: Int) -> (text: String, outlet: String) {
        var rng = SplitMix(state: fnv(base.name) ^ UInt64(copy) &* 0x2545_f491_4f6c_dd1d)
        var paragraphs: [String]
        if base.isLee {
            // Group sentences into news-length paragraphs (1–3 sentences; the lead alone).
            paragraphs = []
            var rest = base.sentences
            if !rest.isEmpty { paragraphs.append(rest.removeFirst()) }
            while !rest.isEmpty {
                let n = min(rest.count, copy == 0 ? 2 : 1 + rng.below(3))
                paragraphs.append(rest.prefix(n).joined(separator: " "))
                rest.removeFirst(n)
            }
        } else {
            paragraphs = base.paragraphs
        }
        if copy > 0 && paragraphs.count > 2 {
            // Keep the lead; shuffle the rest (Fisher–Yates).
            var tail = Array(paragraphs.dropFirst())
            for i in stride(from: tail.count - 1, to: 0, by: -1) { tail.swapAt(i, rng.below(i + 1)) }
            paragraphs = [paragraphs[0]] + tail
        }
        let outlet = copy == 0 ? base.outlet : outlets[(Int(fnv(base.name) % 997) + copy) % outlets.count]
        var fm = "---\n"
        fm += "title: \"\(base.title.replacingOccurrences(of: "\"", with: "'"))\"\n"
        fm += "source: \(outlet)\n"
        if let author = base.author, !author.isEmpty { fm += "author: \"\(author.replacingOccurrences(of: "\"", with: "'"))\"\n" }
        if let (y, m, d) = base.date {
            // Known date; copies are re-reports 0–20 days later.
            fm += "date: \(isoDate(y, m, d, plusDays: copy == 0 ? 0 : rng.below(21)))\n"
        } else if copy > 0 {
            // The Lee corpus has no dates: copies get one in the corpus's period (2001–02), the
            // original stays undated (as in the source), so both kinds are represented.
            fm += "date: \(isoDate(2001, 10, 1, plusDays: rng.below(240)))\n"
        }
        if let url = base.url, copy == 0 { fm += "url: \(url)\n" }
        fm += "---\n\n"
        return (fm + paragraphs.joined(separator: "\n\n") + "\n", outlet)
    }

    static func isoDate(_ y: Int, _ m: Int, _ d: Int, plusDays: Int) -> String {
        var c = DateComponents()
        c.year = y; c.month = m; c.day = d
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let date = cal.date(byAdding: .day, value: plusDays, to: cal.date(from: c)!)!
        let p = cal.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", p.year!, p.month!, p.day!)
    }

    static func slug(_ s: String) -> String {
        var out = ""
        for ch in s.lowercased().unicodeScalars {
            if (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") { out.unicodeScalars.append(ch) } else if !out.hasSuffix("-") { out += "-" }
        }
        return String(out.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(40))
    }

    // MARK: Workspaces

    /// The article typed into: a ~2,000-word real article (the longest CNN piece cut at a paragraph
    /// boundary), kept at `typing/article.md` in every workspace.
    static func typingArticle(_ bases: [BaseArticle], words target: Int = 2000) -> String {
        let source = bases.first { $0.name == "n4k-cnn_001" } ?? bases.filter { !$0.isLee }.max { $0.paragraphs.joined().count < $1.paragraphs.joined().count }!
        var kept: [String] = []
        var words = 0
        for p in source.paragraphs where words < target {
            kept.append(p)
            words += p.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        }
        var text = "---\ntitle: \"\(source.title.replacingOccurrences(of: "\"", with: "'"))\"\nsource: \(source.outlet)\n"
        if let (y, m, d) = source.date { text += "date: \(isoDate(y, m, d, plusDays: 0))\n" }
        return text + "---\n\n" + kept.joined(separator: "\n\n") + "\n"
    }

    /// Writes a workspace of `count` article files (the typing article included) under `dir`,
    /// unless one made by this generator version is already there.
    static func build(bases: [BaseArticle], count: Int, dir: String) throws {
        let stamp = dir + "/.bench-workspace"
        let expected = "generator \(generatorVersion) count \(count) bases \(bases.count)\n"
        if let existing = FileManager.default.contents(atPath: stamp), String(decoding: existing, as: UTF8.self) == expected { return }
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir + "/typing", withIntermediateDirectories: true)
        try Data(typingArticle(bases).utf8).write(to: URL(fileURLWithPath: dir + "/typing/article.md"))
        let total = count - 1
        // Folders of 1,000 files, written in parallel.
        let folders = (total + 999) / 1000
        for f in 0..<folders { try FileManager.default.createDirectory(atPath: dir + String(format: "/%03d", f), withIntermediateDirectories: true) }
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: folders) { f in
            for i in (f * 1000)..<min(total, (f + 1) * 1000) {
                let base = bases[i % bases.count]
                let copy = i / bases.count
                let (text, outlet) = render(base, copy: copy)
                let path = dir + String(format: "/%03d/%@-%@-%d.md", f, slug(outlet), base.name, copy)
                if !FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) { failures.add(1) }
            }
        }
        if failures.value > 0 { throw BenchError("could not write \(failures.value) files under \(dir)") }
        try Data(expected.utf8).write(to: URL(fileURLWithPath: stamp))
    }

    /// The base articles as published (copy 0 of each), in one folder: the text the peers read.
    static func buildSample(bases: [BaseArticle], dir: String) throws {
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for base in bases {
            try Data(render(base, copy: 0).text.utf8).write(to: URL(fileURLWithPath: "\(dir)/\(base.name).md"))
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add(_ k: Int) { lock.withLock { n += k } }
    var value: Int { lock.withLock { n } }
}
