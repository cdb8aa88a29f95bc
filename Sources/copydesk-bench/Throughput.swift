import Foundation

/// Batch figures: `copydesk check` over a workspace, and the peers on the same text.
enum Throughput {
    struct Size {
        var files = 0
        var bytes = 0
        /// Whitespace-separated words in the bodies (front matter left out), as the spaCy script counts.
        var words = 0
    }

    /// Files, bytes and body words of the `.md` files under `dir`.
    static func measure(_ dir: String) -> Size {
        var size = Size()
        guard let e = FileManager.default.enumerator(atPath: dir) else { return size }
        while let name = e.nextObject() as? String {
            guard name.hasSuffix(".md"), let data = FileManager.default.contents(atPath: dir + "/" + name) else { continue }
            size.files += 1
            size.bytes += data.count
            size.words += bodyWords(data)
        }
        return size
    }

    static func bodyWords(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var start = 0
        if bytes.starts(with: Array("---\n".utf8)) {
            let marker = Array("\n---\n".utf8)
            var i = 4
            while i + marker.count <= bytes.count {
                if bytes[i] == 0x0A && Array(bytes[i..<(i + marker.count)]) == marker {
                    start = i + marker.count
                    break
                }
                i += 1
            }
        }
        // Python's str.split(): runs of whitespace separate words.
        var words = 0
        var inWord = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C
            if !space && !inWord { words += 1 }
            inWord = !space
            i += 1
        }
        return words
    }

    struct Run {
        var seconds: Double
        var peakRSS: Double
        var status: Int32
        var findings = 0
    }

    /// `copydesk check DIR` with its report thrown away, `repeat` times; the median run.
    static func check(copydesk: String, dir: String, repeat count: Int, log: String) throws -> Run {
        var runs: [Run] = []
        for _ in 0..<max(1, count) {
            let r = try Subprocess.run([copydesk, "check", dir], stderrPath: log)
            guard r.status == 0 || r.status == 1 else { throw BenchError("copydesk check \(dir) exited \(r.status) (see \(log))") }
            runs.append(Run(seconds: r.seconds, peakRSS: r.peakRSS, status: r.status))
        }
        runs.sort { $0.seconds < $1.seconds }
        return runs[runs.count / 2]
    }

    /// `harper-cli lint` over every file of `dir` in one invocation (it lints files in parallel).
    static func harper(binary: String, dir: String, log: String) throws -> Run {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".md") }.sorted().map { dir + "/" + $0 }
        let r = try Subprocess.run([binary, "lint", "--format", "compact", "--no-color", "--quiet"] + files, captureOutput: true, stderrPath: log)
        // harper exits 1 when it finds lints ("Error: Lints were found"); compact output is one
        // line per lint, so an exit 1 with no lint line is a failure, as is anything else.
        let lints = r.stdout.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
        guard r.status == 0 || (r.status == 1 && lints > 0) else { throw BenchError("harper-cli exited \(r.status) (see \(log))") }
        return Run(seconds: r.seconds, peakRSS: r.peakRSS, status: r.status, findings: lints)
    }

    struct SpacyResult {
        var words: Int
        var seconds: Double
        var loadSeconds: Double
        var entities: Int
        var processes: Int
        var model: String
        var peakRSS: Double
    }

    static func spacy(python: String, script: String, dir: String, processes: Int, log: String) throws -> SpacyResult {
        let r = try Subprocess.run([python, script, dir, String(processes)], captureOutput: true, stderrPath: log)
        guard r.status == 0, let line = r.stdout.split(separator: "\n").last,
            let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else { throw BenchError("spaCy run failed (exit \(r.status); see \(log))") }
        return SpacyResult(
            words: json["words"] as? Int ?? 0, seconds: json["seconds"] as? Double ?? 0, loadSeconds: json["load_seconds"] as? Double ?? 0,
            entities: json["entities"] as? Int ?? 0, processes: processes, model: json["model"] as? String ?? "?", peakRSS: r.peakRSS)
    }
}
