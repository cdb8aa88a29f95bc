import ArticleAnalysis
import CorpusAnalysis
import Dispatch
import Foundation
import JSONRPC
import LanguageServerProtocol

extension CopydeskServer {
    func registerDiagnosticHandlers() {
        onRequest("textDocument/diagnostic", DocumentDiagnosticParams.self) { [unowned self] p, _ in
            let key = FileURI.canonical(p.textDocument.uri)
            ensureAnalyzed(key)
            let (items, resultId) = documentDiagnostics(key)
            if let previous = p.previousResultId, previous == resultId { return DocumentDiagnosticReport(unchangedResultId: resultId) }
            return DocumentDiagnosticReport(full: items, resultId: resultId)
        }
        // A pull client re-asks with the result id of every document it knows: in a large
        // workspace that is megabytes of JSON, so it is decoded off the server queue, and keystrokes
        // and requests behind it do not wait for it.
        requestHandlers["workspace/diagnostic"] = { [unowned self] request in
            let raw = request.rawParams
            DispatchQueue.global(qos: .userInitiated).async { [weak self] in
                let decoded: Result<[String: String], any Error> = Result {
                    let params = try JSONDecoder().decode(WorkspaceDiagnosticParams.self, from: Data(raw ?? Array("null".utf8)))
                    return Dictionary(params.previousResultIds.map { (FileURI.canonical($0.uri), $0.value) }, uniquingKeysWith: { a, _ in a })
                }
                guard let self else { return }
                self.queue.async {
                    switch decoded {
                    case .success(let previous):
                        self.waitingWorkspaceDiagnostics.append(WaitingWorkspacePull(request: request, previous: previous))
                        self.answerWaitingWorkspaceDiagnostics()
                    case .failure(let error):
                        request.reply(error: .invalidParams("invalid params for workspace/diagnostic: \(self.describe(error))"))
                    }
                }
            }
        }
        notificationHandlers["$/cancelRequest"] = { [unowned self] _, _ in answerWaitingWorkspaceDiagnostics(changed: []) }
    }

    /// Publishes diagnostics for an open document (push model). Clients that pull get none pushed.
    func publish(_ key: String) {
        guard !client.pullDiagnostics, let document = documents[key] else { return }
        sendNotification("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: document.uri, version: document.version, diagnostics: lspDiagnostics(key)))
    }

    /// Asks a pull client to pull again, at most once per turn of the queue.
    func requestDiagnosticRefresh() {
        guard client.diagnosticRefresh, !refreshRequested else { return }
        refreshRequested = true
        queue.async { [unowned self] in
            refreshRequested = false
            sendRequest("workspace/diagnostic/refresh", Optional<JSONValue>.none) { _ in }
        }
    }

    /// A document's diagnostics and result id, from the cache while its record is unchanged.
    func documentDiagnostics(_ key: String) -> (items: [Diagnostic], resultId: String) {
        guard let record = corpus.record(key) else { return ([], CopydeskServer.resultId([])) }
        if let cached = diagnosticsCache[key], cached.record === record { return (cached.items, cached.resultId) }
        let items = lspDiagnostics(key)
        let resultId = CopydeskServer.resultId(items)
        diagnosticsCache[key] = CachedDiagnostics(record: record, items: items, resultId: resultId)
        return (items, resultId)
    }

    /// Answers workspace-diagnostic requests. The first pull (no result ids) gets every document.
    /// Later pulls are held until a document's diagnostics differ from the result id the client
    /// sent (the client re-asks as soon as it has an answer, so answering "unchanged" at once would
    /// spin), and then get only the documents that differ: the client keeps the others.
    ///
    /// - Parameter changed: the documents a change touched, or nil to compare every document
    ///   (a new request, the end of indexing). A keystroke costs its own article and the articles
    ///   it affects, never the corpus size.
    func answerWaitingWorkspaceDiagnostics(changed: Set<String>? = nil) {
        guard !waitingWorkspaceDiagnostics.isEmpty else { return }
        var still: [WaitingWorkspacePull] = []
        for waiting in waitingWorkspaceDiagnostics {
            let request = waiting.request
            if request.isCancelled || lifecycle == .shutDown {
                request.reply(error: .cancelled)
                continue
            }
            if isIndexing {
                still.append(waiting)
                continue
            }
            var reports: [WorkspaceDocumentDiagnosticReport] = []
            if waiting.previous.isEmpty {
                for key in corpus.paths { reports.append(report(key, previous: nil)) }
            } else {
                // Every document (a new request) or the touched ones; no sorting of the whole
                // corpus, only of what is reported.
                var differing: [String] = []
                var gone: [String] = []
                func compare(_ key: String) {
                    if corpus.record(key) != nil {
                        if waiting.previous[key] != documentDiagnostics(key).resultId { differing.append(key) }
                    } else if waiting.previous[key] != nil {
                        gone.append(key)
                    }
                }
                if let changed {
                    changed.forEach(compare)
                } else {
                    corpus.unorderedPaths.forEach(compare)
                    for key in waiting.previous.keys where corpus.record(key) == nil { gone.append(key) }
                }
                for key in differing.sorted() { reports.append(report(key, previous: waiting.previous[key])) }
                // Documents the client knows that are gone now: an empty report clears them.
                for key in gone.sorted() {
                    reports.append(WorkspaceDocumentDiagnosticReport(full: [], uri: key, version: nil, resultId: CopydeskServer.resultId([])))
                }
            }
            if !reports.isEmpty || waiting.previous.isEmpty {
                let answer = WorkspaceDiagnosticReport(items: reports)
                if reports.count < 256 {
                    if let raw = encode(answer) { request.reply(.success(raw)) }
                } else {
                    // A whole workspace's report is encoded off the server queue: keystrokes
                    // behind it do not wait for megabytes of JSON.
                    DispatchQueue.global(qos: .userInitiated).async {
                        let encoder = JSONEncoder()
                        encoder.outputFormatting = [.withoutEscapingSlashes]
                        if let data = try? encoder.encode(answer) {
                            request.reply(.success(RawJSON(bytes: Array(data))))
                        } else {
                            request.reply(error: .internalError("could not encode the workspace diagnostic report"))
                        }
                    }
                }
            } else {
                still.append(waiting)
            }
        }
        waitingWorkspaceDiagnostics = still
    }

    /// One document's workspace report: full, or unchanged when the client has this result.
    func report(_ key: String, previous: String?) -> WorkspaceDocumentDiagnosticReport {
        let (items, resultId) = documentDiagnostics(key)
        let uri = documents[key]?.uri ?? key
        let version = documents[key]?.version
        if previous == resultId { return WorkspaceDocumentDiagnosticReport(unchangedResultId: resultId, uri: uri, version: version) }
        return WorkspaceDocumentDiagnosticReport(full: items, uri: uri, version: version, resultId: resultId)
    }

    /// A stable id for a diagnostics result: equal items give equal ids.
    static func resultId(_ items: [Diagnostic]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for d in items {
            for part in ["\(d.range.start.line):\(d.range.start.character)-\(d.range.end.line):\(d.range.end.character)", d.code ?? "", d.message, "\(d.severity ?? 0)"] {
                for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            }
            for r in d.relatedInformation ?? [] {
                for b in "\(r.location.uri)\(r.location.range.start.line):\(r.location.range.start.character)\(r.message)".utf8 {
                    h = (h ^ UInt64(b)) &* 0x100_0000_01b3
                }
            }
        }
        return String(h, radix: 36)
    }

    /// The document's findings in LSP terms.
    func lspDiagnostics(_ key: String) -> [Diagnostic] {
        guard let record = corpus.record(key) else { return [] }
        let findings = corpus.findings(for: key, configuration: configuration(for: key).rules)
        guard !findings.isEmpty else { return [] }
        let index = lineIndex(record)
        return findings.map { f in
            let related = f.related.compactMap { r -> DiagnosticRelatedInformation? in
                guard let other = corpus.record(r.location.path) else { return nil }
                let uri = documents[r.location.path]?.uri ?? r.location.path
                return DiagnosticRelatedInformation(location: Location(uri: uri, range: lspRange(r.location.range, lineIndex(other))), message: r.message)
            }
            let data: JSONValue? = f.data.isEmpty ? nil : .object(f.data.mapValues { .string($0) })
            return Diagnostic(
                range: lspRange(f.range, index), severity: CopydeskServer.lspSeverity(f.severity), code: f.code, source: "copydesk",
                message: f.message, relatedInformation: related.isEmpty ? nil : related, data: data)
        }
    }

    static func lspSeverity(_ s: Severity) -> Int {
        switch s {
        case .error: return 1
        case .warning: return 2
        case .information: return 3
        case .hint: return 4
        }
    }

    // MARK: Positions

    func lineIndex(_ record: ArticleRecord) -> LineIndex {
        if let (cached, index) = lineIndexCache[record.path], cached === record { return index }
        if lineIndexCache.count > 2048 { lineIndexCache.removeAll(keepingCapacity: true) }
        let index = LineIndex(record.article.text)
        lineIndexCache[record.path] = (record, index)
        return index
    }

    func lspRange(_ range: Range<Int>, _ index: LineIndex) -> LSPRange {
        let s = index.position(of: range.lowerBound, encoding: encoding)
        let e = index.position(of: range.upperBound, encoding: encoding)
        return LSPRange(start: Position(line: s.line, character: s.character), end: Position(line: e.line, character: e.character))
    }

    func offset(_ position: Position, _ index: LineIndex) -> Int {
        index.offset(line: position.line, character: position.character, encoding: encoding)
    }
}

/// A document's diagnostics as last computed, for the record they were computed from.
struct CachedDiagnostics {
    let record: ArticleRecord
    let items: [Diagnostic]
    let resultId: String
}

/// A `workspace/diagnostic` request held until something differs from what the client has.
struct WaitingWorkspacePull {
    let request: IncomingRequest
    /// Result ids the client sent, by canonical URI.
    let previous: [String: String]
}
