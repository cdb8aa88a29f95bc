import ArticleAnalysis
import CorpusAnalysis
import Dispatch
import Foundation
import JSONRPC
import LanguageServerProtocol

extension CopydeskServer {
    func registerDiagnosticHandlers() {
        onAsyncRequest("textDocument/diagnostic", DocumentDiagnosticParams.self) { [unowned self] p, request in
            let key = FileURI.canonical(p.textDocument.uri)
            // A pull client asks right after each change: while the new text's analysis runs,
            // the answer waits for it rather than cancel it and analyse again here.
            if analysisJobs[key] != nil {
                waitingDocumentPulls[key, default: []].append((request, p.previousResultId))
                return
            }
            ensureAnalyzed(key)
            answerDocumentPull(request, key, previous: p.previousResultId)
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

    func answerDocumentPull(_ request: IncomingRequest, _ key: String, previous: String?) {
        if request.isCancelled || lifecycle != .running {
            request.reply(error: .cancelled)
            return
        }
        let (items, resultId) = documentDiagnostics(key)
        let report = previous == resultId ? DocumentDiagnosticReport(unchangedResultId: resultId) : DocumentDiagnosticReport(full: items, resultId: resultId)
        if let raw = encode(report) {
            request.reply(.success(raw))
        } else {
            request.reply(error: .internalError("could not encode the document diagnostic report"))
        }
    }

    /// Answers the document pulls that waited for `key`'s analysis, now that it is current (or
    /// the document closed, or the server is shutting down).
    func answerWaitingDocumentPulls(_ key: String) {
        guard let waiting = waitingDocumentPulls.removeValue(forKey: key) else { return }
        for (request, previous) in waiting { answerDocumentPull(request, key, previous: previous) }
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
    /// Work over the whole corpus (a first pull's report, comparing a new request's result ids)
    /// goes in slices, one per turn of the queue, so keystrokes and requests are handled between
    /// slices; a change compares only the documents it touched.
    ///
    /// - Parameter changed: the documents a change touched, or nil to compare every document
    ///   (a new request, the end of indexing).
    func answerWaitingWorkspaceDiagnostics(changed: Set<String>? = nil) {
        guard !waitingWorkspaceDiagnostics.isEmpty else { return }
        var still: [WaitingWorkspacePull] = []
        for waiting in waitingWorkspaceDiagnostics {
            if waiting.request.isCancelled || lifecycle == .shutDown {
                waiting.request.reply(error: .cancelled)
                continue
            }
            if isIndexing {
                still.append(waiting)
                continue
            }
            if waiting.previous.isEmpty {
                reportWholeWorkspace(waiting.request)
                continue
            }
            if let changed {
                for key in changed { compare(key, for: waiting, present: true) }
                if waiting.hasDifferences {
                    answer(waiting)
                    continue
                }
            } else {
                waiting.unverified = Array(corpus.unorderedPaths)[...]
                waiting.unverifiedPrevious = Array(waiting.previous.keys)[...]
                queue.async { [weak self] in self?.continueComparing(waiting) }
            }
            still.append(waiting)
        }
        waitingWorkspaceDiagnostics = still
    }

    static let workspaceSlice = 500

    /// How long the corpus must be still before a held workspace pull is answered with what
    /// changed: the client re-asks at once, so answering on every keystroke would recompute the
    /// edited article's neighbours' diagnostics while the writer types.
    static let workspaceQuietPeriod = DispatchTimeInterval.milliseconds(300)

    /// Notes articles whose diagnostics may differ, for the held workspace pulls.
    func workspaceChanged(_ touched: Set<String>) {
        guard !waitingWorkspaceDiagnostics.isEmpty else { return }
        pendingWorkspaceChanges.formUnion(touched)
        workspaceChangeGeneration += 1
        let generation = workspaceChangeGeneration
        queue.asyncAfter(deadline: .now() + CopydeskServer.workspaceQuietPeriod) { [weak self] in
            guard let self, generation == self.workspaceChangeGeneration else { return }
            let changed = self.pendingWorkspaceChanges
            self.pendingWorkspaceChanges = []
            self.answerWaitingWorkspaceDiagnostics(changed: changed)
        }
    }

    /// Records whether `key` differs from what the client of `waiting` has (or is gone).
    func compare(_ key: String, for waiting: WaitingWorkspacePull, present: Bool) {
        if corpus.record(key) != nil {
            if present, waiting.previous[key] != documentDiagnostics(key).resultId { waiting.differing.insert(key) }
        } else if waiting.previous[key] != nil {
            waiting.gone.insert(key)
        }
    }

    /// Compares the next slice of a held request's result ids; answers when something differs.
    func continueComparing(_ waiting: WaitingWorkspacePull) {
        guard waitingWorkspaceDiagnostics.contains(where: { $0 === waiting }), !isIndexing else { return }
        if waiting.request.isCancelled || lifecycle == .shutDown {
            answerWaitingWorkspaceDiagnostics(changed: [])
            return
        }
        var budget = CopydeskServer.workspaceSlice
        while budget > 0, let key = waiting.unverified.popFirst() {
            compare(key, for: waiting, present: true)
            budget -= 1
        }
        while budget > 0, let key = waiting.unverifiedPrevious.popFirst() {
            compare(key, for: waiting, present: false)
            budget -= 1
        }
        if !waiting.unverified.isEmpty || !waiting.unverifiedPrevious.isEmpty {
            queue.async { [weak self] in self?.continueComparing(waiting) }
        } else if waiting.hasDifferences {
            waitingWorkspaceDiagnostics.removeAll { $0 === waiting }
            answer(waiting)
        }
    }

    /// Replies to a held request with the documents that differ from what its client has.
    func answer(_ waiting: WaitingWorkspacePull) {
        var reports: [WorkspaceDocumentDiagnosticReport] = []
        for key in waiting.differing.sorted() where corpus.record(key) != nil {
            reports.append(report(key, previous: waiting.previous[key]))
        }
        // Documents the client knows that are gone now: an empty report clears them.
        for key in waiting.gone.union(waiting.differing.filter { corpus.record($0) == nil }).sorted() where corpus.record(key) == nil {
            reports.append(WorkspaceDocumentDiagnosticReport(full: [], uri: key, version: nil, resultId: CopydeskServer.resultId([])))
        }
        reply(waiting.request, WorkspaceDiagnosticReport(items: reports))
    }

    /// The first pull's report, every document, made in slices and sent in path order.
    func reportWholeWorkspace(_ request: IncomingRequest) {
        continueReport(WholeWorkspaceReport(request: request, keys: Array(corpus.unorderedPaths)))
    }

    func continueReport(_ job: WholeWorkspaceReport) {
        if job.request.isCancelled || lifecycle == .shutDown {
            job.request.reply(error: .cancelled)
            return
        }
        let end = min(job.keys.count, job.next + CopydeskServer.workspaceSlice)
        for key in job.keys[job.next..<end] where corpus.record(key) != nil {
            job.reports.append((key, report(key, previous: nil)))
        }
        job.next = end
        if end < job.keys.count {
            queue.async { [weak self] in self?.continueReport(job) }
        } else {
            reply(job.request, sortedBy: job.reports)
        }
    }

    /// Sends a workspace report; large ones are sorted and encoded off the server queue, so
    /// keystrokes behind them do not wait for megabytes of JSON.
    func reply(_ request: IncomingRequest, _ report: WorkspaceDiagnosticReport) {
        if report.items.count < 256 {
            if let raw = encode(report) { request.reply(.success(raw)) }
            return
        }
        DispatchQueue.global(qos: .userInitiated).async {
            CopydeskServer.encodeAndReply(request, report)
        }
    }

    func reply(_ request: IncomingRequest, sortedBy reports: [(key: String, report: WorkspaceDocumentDiagnosticReport)]) {
        if reports.count < 256 {
            reply(request, WorkspaceDiagnosticReport(items: reports.sorted { $0.key < $1.key }.map(\.report)))
            return
        }
        DispatchQueue.global(qos: .userInitiated).async {
            CopydeskServer.encodeAndReply(request, WorkspaceDiagnosticReport(items: reports.sorted { $0.key < $1.key }.map(\.report)))
        }
    }

    static func encodeAndReply(_ request: IncomingRequest, _ report: WorkspaceDiagnosticReport) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        if let data = try? encoder.encode(report) {
            request.reply(.success(RawJSON(bytes: Array(data))))
        } else {
            request.reply(error: .internalError("could not encode the workspace diagnostic report"))
        }
    }

    /// One document's workspace report: full, or unchanged when the client has this result.
    func report(_ key: String, previous: String?) -> WorkspaceDocumentDiagnosticReport {
        // Labelled with the document's version, so made from that version's text.
        ensureAnalyzed(key)
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
/// Touched only on the server queue.
final class WaitingWorkspacePull: @unchecked Sendable {
    let request: IncomingRequest
    /// Result ids the client sent, by canonical URI.
    let previous: [String: String]
    /// Documents whose diagnostics differ from `previous`, and documents in it that are gone.
    var differing: Set<String> = []
    var gone: Set<String> = []
    /// Corpus documents and client documents still to compare (a new request is compared in
    /// slices).
    var unverified: ArraySlice<String> = []
    var unverifiedPrevious: ArraySlice<String> = []

    init(request: IncomingRequest, previous: [String: String]) {
        self.request = request
        self.previous = previous
    }

    var hasDifferences: Bool { !differing.isEmpty || !gone.isEmpty }
}

/// A first pull's report in the making. Touched only on the server queue.
final class WholeWorkspaceReport: @unchecked Sendable {
    let request: IncomingRequest
    let keys: [String]
    var next = 0
    var reports: [(key: String, report: WorkspaceDocumentDiagnosticReport)] = []

    init(request: IncomingRequest, keys: [String]) {
        self.request = request
        self.keys = keys
        reports.reserveCapacity(keys.count)
    }
}
