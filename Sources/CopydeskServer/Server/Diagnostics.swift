import ArticleAnalysis
import CorpusAnalysis
import JSONRPC
import LanguageServerProtocol

extension CopydeskServer {
    func registerDiagnosticHandlers() {
        onRequest("textDocument/diagnostic", DocumentDiagnosticParams.self) { [unowned self] p, _ in
            let key = FileURI.canonical(p.textDocument.uri)
            ensureAnalyzed(key)
            let items = lspDiagnostics(key)
            let resultId = CopydeskServer.resultId(items)
            if let previous = p.previousResultId, previous == resultId { return DocumentDiagnosticReport(unchangedResultId: resultId) }
            return DocumentDiagnosticReport(full: items, resultId: resultId)
        }
        onAsyncRequest("workspace/diagnostic", WorkspaceDiagnosticParams.self) { [unowned self] p, request in
            waitingWorkspaceDiagnostics.append((request, p))
            answerWaitingWorkspaceDiagnostics()
        }
        notificationHandlers["$/cancelRequest"] = { [unowned self] _, _ in answerWaitingWorkspaceDiagnostics() }
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

    /// Answers workspace-diagnostic requests: at once when something differs from what the client
    /// has, otherwise held until something changes (the client re-asks as soon as it has an answer,
    /// so answering "unchanged" at once would spin).
    func answerWaitingWorkspaceDiagnostics() {
        guard !waitingWorkspaceDiagnostics.isEmpty else { return }
        var still: [(IncomingRequest, WorkspaceDiagnosticParams)] = []
        for (request, params) in waitingWorkspaceDiagnostics {
            if request.isCancelled || lifecycle == .shutDown {
                request.reply(error: .cancelled)
                continue
            }
            if isIndexing {
                still.append((request, params))
                continue
            }
            let previous = Dictionary(params.previousResultIds.map { (FileURI.canonical($0.uri), $0.value) }, uniquingKeysWith: { a, _ in a })
            var reports: [WorkspaceDocumentDiagnosticReport] = []
            var changed = false
            for key in corpus.paths {
                let items = lspDiagnostics(key)
                let resultId = CopydeskServer.resultId(items)
                let uri = documents[key]?.uri ?? key
                let version = documents[key]?.version
                if previous[key] == resultId {
                    reports.append(WorkspaceDocumentDiagnosticReport(unchangedResultId: resultId, uri: uri, version: version))
                } else {
                    changed = true
                    reports.append(WorkspaceDocumentDiagnosticReport(full: items, uri: uri, version: version, resultId: resultId))
                }
            }
            // Documents the client knows that are gone now: an empty report clears them.
            for (key, _) in previous where corpus.record(key) == nil {
                changed = true
                reports.append(WorkspaceDocumentDiagnosticReport(full: [], uri: key, version: nil, resultId: CopydeskServer.resultId([])))
            }
            if changed || previous.isEmpty {
                if let raw = encode(WorkspaceDiagnosticReport(items: reports)) { request.reply(.success(raw)) }
            } else {
                still.append((request, params))
            }
        }
        waitingWorkspaceDiagnostics = still
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
        let id = ObjectIdentifier(record)
        if let (cached, index) = lineIndexCache[record.path], cached == id { return index }
        if lineIndexCache.count > 2048 { lineIndexCache.removeAll(keepingCapacity: true) }
        let index = LineIndex(record.article.text)
        lineIndexCache[record.path] = (id, index)
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
