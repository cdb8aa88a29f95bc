#if canImport(Glibc)
import Glibc
#endif
import Foundation
import JSONRPC

/// One editor session against `copydesk lsp` in a workspace: cold indexing, memory, typing, and
/// navigation requests.
enum ServerBenchmark {
    struct Options {
        var copydesk: String
        var workspace: String
        var articles: Int
        var pacedKeystrokes = 120
        var bursts = 8
        var burstLength = 20
        var positions = 120
        var openDocuments = 12
        var indexTimeout: Double = 900
        var log: String
    }

    struct Result {
        var articles = 0
        var initializeMs = 0.0
        var coldIndexSeconds = 0.0
        var rssBaseline = 0.0
        var rssIndexed = 0.0
        /// Resident size at the end of the session (after typing and navigation), in MB.
        var rssEnd = 0.0
        var hwmIndexed = 0.0
        var peakRSS = 0.0
        var kbPerArticle = 0.0
        var paced: [Double] = []
        var burst: [Double] = []
        var hover: [Double] = []
        var definition: [Double] = []
        var references: [Double] = []
        /// Round trips of a request the server answers at once (an unknown method): the floor
        /// under every latency here, pipes and JSON on both sides.
        var floor: [Double] = []
        /// Analyses (publishDiagnostics) the bursts cost, against their keystrokes.
        var burstPublishes = 0
        var hoverAnswered = 0
        var referencesFound = 0
        var openDiagnostics = 0
    }

    static func run(_ o: Options) throws -> Result {
        var result = Result()
        result.articles = o.articles
        let client = try LSPClient(command: [o.copydesk, "lsp"], stderrPath: o.log)
        let t0 = Clock.now()
        var baseline = 0.0
        result.initializeMs = try client.initialize(root: o.workspace) { baseline = Subprocess.memory(of: client.pid).rss }
        result.rssBaseline = baseline
        guard let end = client.progressEndArrival(timeout: o.indexTimeout) else {
            if client.closed { throw BenchError("the server exited during indexing (see \(o.log))") }
            _ = client.shutdown()
            throw BenchError("no end of indexing progress within \(Int(o.indexTimeout)) s (begin seen: \(client.progressBegin != nil))")
        }
        result.coldIndexSeconds = end - t0
        let indexed = Subprocess.memory(of: client.pid)
        result.rssIndexed = indexed.rss
        result.hwmIndexed = indexed.hwm
        result.kbPerArticle = max(0, indexed.rss - result.rssBaseline) * 1024 / Double(max(1, o.articles))

        // Open the typing article and a few others, as a writer with several tabs would.
        let typingPath = o.workspace + "/typing/article.md"
        let typingText = try String(contentsOfFile: typingPath, encoding: .utf8)
        let typingURI = "file://" + typingPath
        var open: [(uri: String, text: String)] = [(typingURI, typingText)]
        for path in otherArticles(o.workspace, count: o.openDocuments - 1) {
            if let text = try? String(contentsOfFile: path, encoding: .utf8) { open.append(("file://" + path, text)) }
        }
        for doc in open {
            client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(doc.uri), "languageId": "markdown", "version": 1, "text": .string(doc.text)]])
        }
        for doc in open {
            guard client.diagnosticsArrival(uri: doc.uri, atLeast: 1) != nil else { throw BenchError("no diagnostics for \(doc.uri) after didOpen") }
            result.openDiagnostics += client.diagnosticCount(uri: doc.uri) ?? 0
        }

        for _ in 0..<50 {
            let (id, sent) = client.send(request: "copydesk-bench/ping", [:])
            if let (_, arrived) = client.response(id: id, timeout: 10) { result.floor.append((arrived - sent) * 1000) }
        }

        // Navigation first (on the text as opened): names in the open articles.
        var targets: [(uri: String, line: Int, character: Int)] = []
        for doc in open { targets += namePositions(doc.text).map { (doc.uri, $0.line, $0.character) } }
        targets = spread(targets, count: o.positions)
        for t in targets {
            let p: JSONValue = ["textDocument": ["uri": .string(t.uri)], "position": ["line": .int(t.line), "character": .int(t.character)]]
            let (h, hms) = try client.request("textDocument/hover", p)
            result.hover.append(hms)
            if !h.isNull { result.hoverAnswered += 1 }
            result.definition.append(try client.request("textDocument/definition", p).ms)
            var rp = p.objectValue!
            rp["context"] = ["includeDeclaration": true]
            let (refs, rms) = try client.request("textDocument/references", .object(rp))
            result.references.append(rms)
            result.referencesFound += refs.arrayValue?.count ?? 0
        }

        // Typing: a new sentence with a quotation, inserted at the end of a paragraph in the middle
        // of the article, one character per didChange.
        let (line, startCharacter) = typingPoint(typingText)
        let sentence = Array(" \u{201C}We are not going to stop here,\u{201D} said the senator on Tuesday, adding that a vote was expected next week.")
        var version = 1
        var character = startCharacter
        var rng = WorkspaceBuilder.SplitMix(state: 7)
        func keystroke() -> (version: Int, sent: Double) {
            let ch = String(sentence[(version - 1) % sentence.count])
            version += 1
            let edit: JSONValue = [
                "range": ["start": ["line": .int(line), "character": .int(character)], "end": ["line": .int(line), "character": .int(character)]],
                "text": .string(ch),
            ]
            character += ch.utf16.count
            let sent = client.notify("textDocument/didChange", ["textDocument": ["uri": .string(typingURI), "version": .int(version)], "contentChanges": [edit]])
            return (version, sent)
        }
        // A realistic pace: 60–140 ms between keys (about 100 words a minute).
        for _ in 0..<o.pacedKeystrokes {
            let (v, sent) = keystroke()
            guard let arrived = client.diagnosticsArrival(uri: typingURI, atLeast: v) else { throw BenchError("no diagnostics for version \(v)") }
            result.paced.append((arrived - sent) * 1000)
            let pause = Double(60 + rng.below(81)) / 1000
            let left = pause - (Clock.now() - sent)
            if left > 0 { usleep(useconds_t(left * 1e6)) }
        }
        // Bursts: keys sent back to back (auto-repeat, a fast typist, an editor batching nothing).
        let publishesBefore = client.publishCount(uri: typingURI)
        for _ in 0..<o.bursts {
            var sends: [(Int, Double)] = []
            for _ in 0..<o.burstLength { sends.append(keystroke()) }
            for (v, sent) in sends {
                guard let arrived = client.diagnosticsArrival(uri: typingURI, atLeast: v) else { throw BenchError("no diagnostics for version \(v)") }
                result.burst.append((arrived - sent) * 1000)
            }
            usleep(300_000)
        }
        result.burstPublishes = client.publishCount(uri: typingURI) - publishesBefore
        result.rssEnd = Subprocess.memory(of: client.pid).rss
        let (_, peak) = client.shutdown()
        result.peakRSS = max(peak, result.hwmIndexed)
        return result
    }

    struct PullResult {
        var fullReportMs = 0.0
        var hoverDuringFirstPull = 0.0
        /// Hover right after a keystroke while the workspace is being indexed.
        var hoverWhileIndexing: [Double] = []
        var items = 0
        /// Hover and document pull right after each keystroke, with a workspace pull held open.
        var hover: [Double] = []
        var documentPull: [Double] = []
    }

    /// An LSP 3.17 pull client (VS Code, Neovim 0.10+ with workspace diagnostics): it pulls the
    /// whole workspace once, then keeps a `workspace/diagnostic` request open with every result
    /// id it has, as such clients do. Each keystroke is followed at once by a hover and a pull of
    /// the document: what they wait for is what a keystroke costs with the workspace pull open.
    static func runPull(_ o: Options, keystrokes: Int = 20) throws -> PullResult {
        var result = PullResult()
        let client = try LSPClient(command: [o.copydesk, "lsp"], stderrPath: o.log)
        _ = try client.initialize(root: o.workspace, pull: true)
        // The writer opens the long article at once and types while the workspace is indexed:
        // each keystroke (at the end of the article) is followed by a hover, which analyses first.
        let typingPath = o.workspace + "/typing/article.md"
        let text = try String(contentsOfFile: typingPath, encoding: .utf8)
        let uri = "file://" + typingPath
        let typingURI = uri
        client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]])
        var version = 1
        let name = namePositions(text).first ?? (line: 0, character: 0)
        let hoverParams: JSONValue = ["textDocument": ["uri": .string(uri)], "position": ["line": .int(name.line), "character": .int(name.character)]]
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        var lastCharacter = 0
        while client.progressEndArrival(timeout: 0.0) == nil && !client.closed {
            version += 1
            let edit: JSONValue = [
                "range": ["start": ["line": .int(lastLine), "character": .int(lastCharacter)], "end": ["line": .int(lastLine), "character": .int(lastCharacter)]],
                "text": "x",
            ]
            lastCharacter += 1
            client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": [edit]])
            result.hoverWhileIndexing.append(try client.request("textDocument/hover", hoverParams, timeout: 600).ms)
            usleep(100_000)
        }
        guard client.progressEndArrival(timeout: o.indexTimeout) != nil else {
            _ = client.shutdown()
            throw BenchError("pull session: indexing did not end")
        }
        // The first, whole-workspace pull; a hover sent right behind it shows whether the server
        // answers meanwhile.
        let (firstID, firstSent) = client.send(request: "workspace/diagnostic", ["previousResultIds": []])
        // Hovers every 10 ms until the report arrives: the slowest is how long the server kept a
        // writer waiting while it made the report.
        var answer: (value: JSONValue, time: Double)? = nil
        while answer == nil && Clock.now() - firstSent < 600 {
            let (_, hoverMs) = try client.request("textDocument/hover", ["textDocument": ["uri": .string(typingURI)], "position": ["line": 8, "character": 10]], timeout: 600)
            result.hoverDuringFirstPull = max(result.hoverDuringFirstPull, hoverMs)
            answer = client.response(id: firstID, timeout: 0.01)
        }
        guard let (fullResponse, fullArrived) = answer else { throw BenchError("pull session: no workspace report") }
        let full = fullResponse["result"] ?? .null
        result.fullReportMs = (fullArrived - firstSent) * 1000
        let items = full["items"]?.arrayValue ?? []
        result.items = items.count
        let previous: [JSONValue] = items.compactMap { item in
            guard let uri = item["uri"], let id = item["resultId"] else { return nil }
            return ["uri": uri, "value": id]
        }
        let held = client.send(request: "workspace/diagnostic", ["previousResultIds": .array(previous)])
        let (line, startCharacter) = typingPoint(text)
        let letters = Array("Reporters said so.")
        for k in 0..<keystrokes {
            let edit: JSONValue = [
                "range": ["start": ["line": .int(line), "character": .int(startCharacter + k)], "end": ["line": .int(line), "character": .int(startCharacter + k)]],
                "text": .string(String(letters[k % letters.count])),
            ]
            version += 1
            client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": [edit]])
            result.hover.append(try client.request("textDocument/hover", hoverParams, timeout: 600).ms)
            result.documentPull.append(try client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]], timeout: 600).ms)
            usleep(100_000)
        }
        client.notify("$/cancelRequest", ["id": .int(held.id)])
        _ = client.response(id: held.id, timeout: 30)
        _ = client.shutdown()
        return result
    }

    /// A spread of other article files in the workspace (one per folder, then more).
    static func otherArticles(_ workspace: String, count: Int) -> [String] {
        guard count > 0 else { return [] }
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: workspace)) ?? []).filter { $0.count == 3 && Int($0) != nil }.sorted()
        var result: [String] = []
        var depth = 0
        while result.count < count && depth < 50 {
            for f in folders where result.count < count {
                let files = ((try? FileManager.default.contentsOfDirectory(atPath: workspace + "/" + f)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
                let k = depth * 37 + 11
                if k < files.count { result.append(workspace + "/" + f + "/" + files[k]) }
            }
            depth += 1
        }
        return result
    }

    /// Positions (0-based line, UTF-16 character) in the middle of capitalised words that do not
    /// start a sentence: the names a writer hovers on.
    static func namePositions(_ text: String) -> [(line: Int, character: Int)] {
        var result: [(Int, Int)] = []
        var inFrontMatter = text.hasPrefix("---\n")
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if n > 0 && line == "---" && inFrontMatter {
                inFrontMatter = false
                continue
            }
            if inFrontMatter { continue }
            let units = Array(line.utf16)
            var i = 0
            while i < units.count {
                let c = units[i]
                let prev = i > 0 ? units[i - 1] : 0x20
                let prevPrev = i > 1 ? units[i - 2] : 0x20
                let startsWord = prev == 0x20 && !(prevPrev == 0x2E || prevPrev == 0x3F || prevPrev == 0x21 || prevPrev == 0x22 || prevPrev == 0x201D)
                if c >= 0x41 && c <= 0x5A && startsWord && i > 0 {
                    var j = i + 1
                    while j < units.count, (units[j] | 0x20) >= 0x61 && (units[j] | 0x20) <= 0x7A { j += 1 }
                    if j - i >= 3 { result.append((n, i + (j - i) / 2)) }
                    i = j
                    continue
                }
                i += 1
            }
        }
        return result
    }

    static func spread<T>(_ items: [T], count: Int) -> [T] {
        guard items.count > count, count > 0 else { return items }
        return (0..<count).map { items[$0 * items.count / count] }
    }

    /// End of the longest paragraph line near the middle of the article.
    static func typingPoint(_ text: String) -> (line: Int, character: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let middle = lines.count / 2
        var best = (middle, 0)
        for offset in 0..<lines.count {
            for n in [middle + offset, middle - offset] where n >= 0 && n < lines.count {
                let l = lines[n]
                if l.utf16.count > 200, l.hasSuffix(".") { return (n, l.utf16.count) }
                if l.utf16.count > best.1 { best = (n, l.utf16.count) }
            }
        }
        return best
    }
}
