import ArticleAnalysis
import CopydeskServer
import CorpusAnalysis
import JSONRPC
import Dispatch
import Foundation

/// Offsets in command output: `start`/`end` count Unicode scalars from the start of the file;
/// `line`/`character` are 0-based UTF-16, as in LSP.
struct Positions {
    let index: LineIndex

    init(_ text: String) {
        index = LineIndex(text)
    }

    func lineCharacter(_ offset: Int) -> (Int, Int) {
        let p = index.position(of: offset, encoding: .utf16)
        return (p.line, p.character)
    }

    func scalar(_ offset: Int) -> Int { index.scalarOffset(of: offset) }
}

enum Reports {
    /// Every article's findings, computed in parallel (the corpus is an immutable value) and
    /// returned in the order the articles were given.
    static func diagnostics(_ loaded: CorpusLoader.Loaded) -> [(path: String, finding: Finding)] {
        let paths = loaded.paths
        let perArticle = ResultSlots<[Finding]>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let rules = loaded.configurations[paths[i]]?.rules ?? loaded.rules
            perArticle.set(i, loaded.corpus.findings(for: paths[i], configuration: rules))
        }
        var result: [(String, Finding)] = []
        for (i, path) in paths.enumerated() {
            for f in perArticle.get(i) ?? [] { result.append((path, f)) }
        }
        return result
    }

    /// A finding as `path:line:column: severity[code] message`, then its related locations.
    static func textLines(path: String, finding f: Finding, corpus: Corpus, cache: inout [String: Positions]) -> String {
        let (line, column) = positions(path, corpus: corpus, cache: &cache)?.lineCharacter(f.range.lowerBound) ?? (0, 0)
        var out = "\(path):\(line + 1):\(column + 1): \(f.severity.rawValue)[\(f.code)] \(f.message)\n"
        for r in f.related {
            guard let (l, c) = positions(r.location.path, corpus: corpus, cache: &cache)?.lineCharacter(r.location.range.lowerBound) else { continue }
            out += "    \(r.location.path):\(l + 1):\(c + 1): \(r.message)\n"
        }
        return out
    }

    /// The line table of article `path`, from `cache` or made and cached. Findings come article by
    /// article: a few recent tables serve them and the related locations they point at, without
    /// holding one per reported article.
    static func positions(_ path: String, corpus: Corpus, cache: inout [String: Positions]) -> Positions? {
        if let cached = cache[path] { return cached }
        guard let text = corpus.article(path)?.text else { return nil }
        let made = Positions(text)
        if cache.count >= 64 { cache.removeAll(keepingCapacity: true) }
        cache[path] = made
        return made
    }

    static func diagnosticJSON(path: String, finding f: Finding, corpus: Corpus, cache: inout [String: Positions]) -> JSONValue {
        func positions(_ p: String) -> Positions? { Reports.positions(p, corpus: corpus, cache: &cache) }
        guard let pos = positions(path) else { return .null }
        let (line, character) = pos.lineCharacter(f.range.lowerBound)
        let (endLine, endCharacter) = pos.lineCharacter(f.range.upperBound)
        let related: [JSONValue] = f.related.compactMap { r in
            guard let other = positions(r.location.path) else { return nil }
            let (l, c) = other.lineCharacter(r.location.range.lowerBound)
            return [
                "path": .string(r.location.path), "start": .int(other.scalar(r.location.range.lowerBound)),
                "end": .int(other.scalar(r.location.range.upperBound)), "line": .int(l), "character": .int(c),
                "message": .string(r.message),
            ]
        }
        return [
            "path": .string(path), "line": .int(line), "character": .int(character), "endLine": .int(endLine),
            "endCharacter": .int(endCharacter), "start": .int(pos.scalar(f.range.lowerBound)), "end": .int(pos.scalar(f.range.upperBound)),
            "severity": .string(f.severity.rawValue), "code": .string(f.code), "message": .string(f.message), "related": .array(related),
        ]
    }
}

func load(_ options: CommandOptions, entityStats: Bool = true) -> CorpusLoader.Loaded {
    let loader = CorpusLoader(configurationFile: options.configurationFile) { printError("copydesk: \($0)") }
    switch loader.load(options.paths, entityStats: entityStats) {
    case .success(let loaded):
        keepUntilExit(loaded)
        return loaded
    case .failure(let problem): fail(problem.description)
    }
}

/// The one-shot commands exit as soon as they have printed: freeing a corpus of thousands of
/// articles object by object would only delay the exit (the operating system reclaims it whole).
private final class UntilExit: @unchecked Sendable {
    let value: Any
    init(_ value: Any) { self.value = value }
}

func keepUntilExit(_ value: Any) {
    _ = Unmanaged.passRetained(UntilExit(value))
}

func runCheck(_ options: CommandOptions) -> Int32 {
    // Rule findings only: the per-entity totals for hover are not built.
    let loaded = load(options, entityStats: false)
    let findings = Reports.diagnostics(loaded)
    switch options.format {
    case .json:
        var cache: [String: Positions] = [:]
        let items = findings.map { Reports.diagnosticJSON(path: $0.path, finding: $0.finding, corpus: loaded.corpus, cache: &cache) }
        printOut(JSONValue.object(["diagnostics": .array(items)]).prettySerialized + "\n")
    case .text:
        // Formatted in parallel, a chunk of findings per task with its own line tables; a batch
        // of chunks at a time, written in order, so the report is never held whole.
        let chunkSize = 256
        let batch = 16
        var from = 0
        while from < findings.count {
            let upTo = min(findings.count, from + chunkSize * batch)
            let chunks = (upTo - from + chunkSize - 1) / chunkSize
            let texts = ResultSlots<String>(count: chunks)
            let start = from
            DispatchQueue.concurrentPerform(iterations: chunks) { k in
                var cache: [String: Positions] = [:]
                var out = ""
                for (path, f) in findings[(start + k * chunkSize)..<min(upTo, start + (k + 1) * chunkSize)] {
                    out += Reports.textLines(path: path, finding: f, corpus: loaded.corpus, cache: &cache)
                }
                texts.set(k, out)
            }
            for k in 0..<chunks { printOut(texts.get(k) ?? "") }
            from = upTo
        }
        let counts = Dictionary(grouping: findings, by: { $0.finding.severity }).mapValues(\.count)
        let summary = Severity.allCases.compactMap { s in counts[s].map { "\($0) \(s.rawValue)\($0 == 1 ? "" : "s")" } }
        let out = findings.isEmpty
            ? "\(loaded.paths.count) article\(loaded.paths.count == 1 ? "" : "s") checked: no findings\n"
            : "\(loaded.paths.count) article\(loaded.paths.count == 1 ? "" : "s") checked: \(summary.joined(separator: ", "))\n"
        printOut(out)
    }
    let rank: [Severity: Int] = [.error: 0, .warning: 1, .information: 2, .hint: 3]
    let failing = findings.contains { rank[$0.finding.severity]! <= rank[options.failOn]! }
    return failing ? 1 : 0
}

func runAnalyze(_ options: CommandOptions) -> Int32 {
    let loaded = load(options)
    let corpus = loaded.corpus
    var articles: [JSONValue] = []
    var entities: [String: EntitySummary] = [:]
    for path in loaded.paths {
        guard let record = corpus.record(path) else { continue }
        let article = record.article
        let pos = Positions(article.text)
        func span(_ r: Range<Int>) -> (JSONValue, JSONValue) {
            (.int(pos.scalar(r.lowerBound)), .int(pos.scalar(r.upperBound)))
        }
        let text = article.text
        let quotes: [JSONValue] = article.quotes.map { q in
            let (s, e) = span(q.range)
            var speaker: JSONValue = .null
            if let a = q.attribution, let r = a.speaker {
                let (ss, se) = span(r)
                let entity: JSONValue = a.entity.flatMap { $0 >= 0 && $0 < article.entities.count ? JSONValue.string(record.key(of: article.entities[$0])) : nil } ?? .null
                speaker = ["start": ss, "end": se, "text": .string(text.slice(r)), "entity": entity, "role": a.role.map { .string(text.slice($0)) } ?? .null]
            }
            return [
                "start": s, "end": e, "text": .string(q.pieces.map { text.slice($0) }.joined(separator: " … ")),
                "kind": .string(q.kind.rawValue), "speech": .bool(q.isSpeech),
                "attributed": .bool(q.isAttributed), "cue": q.attribution?.cue.map { .string(text.slice($0)) } ?? .null,
                "placement": q.attribution.map { .string($0.placement.rawValue) } ?? .null, "speaker": speaker,
            ]
        }
        let times: [JSONValue] = article.times.map { t in
            let (s, e) = span(t.range)
            return [
                "start": s, "end": e, "text": .string(text.slice(t.range)), "type": .string(t.type.rawValue), "value": .string(t.value),
                "mod": t.mod.map { .string($0.rawValue) } ?? .null,
                "earliest": t.bounds.map { .string($0.earliest.iso) } ?? .null, "latest": t.bounds.map { .string($0.latest.iso) } ?? .null,
                "resolved": .bool(!t.isUnresolved),
            ]
        }
        let mentions: [JSONValue] = article.mentions.map { m in
            let (s, e) = span(m.range)
            let key = m.entity < article.entities.count ? JSONValue.string(record.key(of: article.entities[m.entity])) : .null
            return ["start": s, "end": e, "text": .string(text.slice(m.range)), "type": .string(m.type.rawValue), "kind": .string(m.kind.rawValue), "entity": key]
        }
        let claims: [JSONValue] = article.claims.map { c in
            let (s, e) = span(c.range)
            return [
                "start": s, "end": e, "subject": .string(c.subject), "predicate": .string(c.predicate), "object": c.object.map { .string($0) } ?? .null,
                "time": c.time < article.times.count ? .string(text.slice(article.times[c.time].range)) : .null,
                "modality": .string(c.modality.rawValue), "negated": .bool(c.negated), "revision": .bool(c.isRevision),
            ]
        }
        for e in article.entities {
            let key = record.key(of: e)
            entities[key, default: EntitySummary(e, key: key)].add(e, path: path)
        }
        articles.append([
            "path": .string(path), "title": article.title.map { .string($0) } ?? .null, "source": article.source.map { .string($0) } ?? .null,
            "author": article.author.map { .string($0) } ?? .null,
            "published": article.publication?.date.map { .string($0.iso) } ?? .null,
            "quotes": .array(quotes), "times": .array(times), "mentions": .array(mentions), "claims": .array(claims),
        ])
    }
    var cache: [String: Positions] = [:]
    let diagnostics = Reports.diagnostics(loaded).map { Reports.diagnosticJSON(path: $0.path, finding: $0.finding, corpus: corpus, cache: &cache) }
    let entityList: [JSONValue] = entities.keys.sorted().map { entities[$0]!.json }
    printOut(JSONValue.object(["articles": .array(articles), "entities": .array(entityList), "diagnostics": .array(diagnostics)]).prettySerialized + "\n")
    return 0
}

/// One entity across the corpus, for `analyze`.
struct EntitySummary {
    var key: String
    var names: [String: Int] = [:]
    var type: EntityType
    var aliases: Set<String> = []
    var roles: Set<String> = []
    var articles: Set<String> = []

    init(_ e: LocalEntity, key: String) {
        self.key = key
        type = e.type
    }

    mutating func add(_ e: LocalEntity, path: String) {
        names[e.name, default: 0] += 1
        aliases.formUnion(e.aliases)
        aliases.insert(e.name)
        for r in e.roles { roles.insert(r.description) }
        articles.insert(path)
    }

    /// The most used name; among equals the longest, then one written in mixed case ("Dallas"
    /// over "DALLAS"), then alphabetical, so the output never depends on hashing order.
    var name: String {
        func rank(_ e: (key: String, value: Int)) -> (Int, Int, Int) {
            (e.value, e.key.count, e.key.contains(where: \.isLowercase) ? 1 : 0)
        }
        return names.max { a, b in rank(a) != rank(b) ? rank(a) < rank(b) : a.key > b.key }?.key ?? key
    }

    var json: JSONValue {
        let n = name
        return [
            "id": .string(key), "name": .string(n), "type": .string(type.rawValue),
            "aliases": .array(aliases.subtracting([n]).sorted().map { .string($0) }),
            "roles": .array(roles.sorted().map { .string($0) }), "articles": .int(articles.count),
        ]
    }
}
