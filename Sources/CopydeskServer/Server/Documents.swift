import ArticleAnalysis
import Dispatch
import Foundation
import CorpusAnalysis
import JSONRPC
import LanguageServerProtocol

extension CopydeskServer {
    func registerDocumentHandlers() {
        onNotification("textDocument/didOpen", DidOpenTextDocumentParams.self) { [unowned self] p in didOpen(p) }
        onNotification("textDocument/didChange", DidChangeTextDocumentParams.self) { [unowned self] p in didChange(p) }
        onNotification("textDocument/didClose", DidCloseTextDocumentParams.self) { [unowned self] p in didClose(p) }
        onNotification("textDocument/didSave", DidSaveTextDocumentParams.self) { _ in }
    }

    func didOpen(_ p: DidOpenTextDocumentParams) {
        open(uri: p.textDocument.uri, languageId: p.textDocument.languageId, version: p.textDocument.version, text: p.textDocument.text)
    }

    func open(uri: String, languageId: String, version: Int, text: String) {
        let key = FileURI.canonical(uri)
        documents[key] = OpenDocument(uri: uri, key: key, languageId: languageId, version: version, text: text)
        pendingAnalysis.remove(key)
        analysisJobs.removeValue(forKey: key)?.cancel()
        analyzeAndPublish(key)
    }

    func didChange(_ p: DidChangeTextDocumentParams) {
        let key = FileURI.canonical(p.textDocument.uri)
        guard var document = documents[key] else {
            // Without the text it was opened with, only a whole-text change can be applied.
            if let full = p.contentChanges.last(where: { $0.range == nil }) {
                log("didChange for \(p.textDocument.uri), which is not open: treating the full text as opened", level: .warning)
                open(uri: p.textDocument.uri, languageId: "", version: p.textDocument.version, text: full.text)
            } else {
                log("didChange for \(p.textDocument.uri), which is not open: ignored", level: .warning)
            }
            return
        }
        if p.textDocument.version <= document.version {
            log("didChange for \(p.textDocument.uri) goes from version \(document.version) to \(p.textDocument.version); applied in arrival order", level: .warning)
        }
        document.text = TextEditing.apply(p.contentChanges, to: document.text, encoding: encoding)
        document.version = p.textDocument.version
        documents[key] = document
        // Analyse off the server queue, so the next keystroke is taken at once and cancels this
        // analysis: in a burst only the last text is analysed to the end. A request about this
        // document analyses first (see `ensureAnalyzed`).
        pendingAnalysis.insert(key)
        startAnalysis(key)
    }

    /// Analyses an open document's current text on another thread, cancelling the analysis of
    /// any older text; the result is merged into the corpus and published on the server queue,
    /// unless a newer change or a request got there first.
    func startAnalysis(_ key: String) {
        analysisJobs.removeValue(forKey: key)?.cancel()
        guard let document = documents[key] else { return }
        let job = Cancellation()
        analysisJobs[key] = job
        let text = document.text
        let format = document.format
        let limit = configuration(for: key).maxFileSize
        DispatchQueue.global(qos: .userInitiated).async { [weak self] in
            guard !job.isCancelled,
                let article = CopydeskServer.analyze(text: text, format: format, limit: limit, isCancelled: { job.isCancelled })
            else { return }
            let prepared = PreparedArticle(path: key, article: article)
            guard !job.isCancelled, let self else { return }
            self.queue.async { self.finishAnalysis(key, job, prepared) }
        }
    }

    func finishAnalysis(_ key: String, _ job: Cancellation, _ prepared: PreparedArticle) {
        guard analysisJobs[key] === job, !job.isCancelled, documents[key] != nil, lifecycle == .running else { return }
        analysisJobs[key] = nil
        pendingAnalysis.remove(key)
        let impact = corpus.update(prepared)
        publish(key)
        answerWaitingDocumentPulls(key)
        afterChange(impact)
    }

    func didClose(_ p: DidCloseTextDocumentParams) {
        let key = FileURI.canonical(p.textDocument.uri)
        guard let document = documents.removeValue(forKey: key) else { return }
        pendingAnalysis.remove(key)
        analysisJobs.removeValue(forKey: key)?.cancel()
        if client.pullDiagnostics == false {
            sendNotification("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: document.uri, version: nil, diagnostics: []))
        }
        // The disk's version takes over again, if the file is part of the workspace.
        if let path = FileURI.path(key), let root = root(containing: path), root.configuration.includes(relativePath: root.relativePath(path)),
            FileSystem.isInside(path, root: root.realPath)
        {
            reloadFromDisk([path])
        } else {
            let impact = corpus.remove(path: key)
            afterChange(impact)
        }
        answerWaitingDocumentPulls(key)
    }

    func flushAnalysis(_ key: String) {
        guard pendingAnalysis.remove(key) != nil else { return }
        analysisJobs.removeValue(forKey: key)?.cancel()
        analyzeAndPublish(key)
    }

    /// Brings the analysis of an open document up to date with its text before answering about it.
    func ensureAnalyzed(_ key: String) {
        if pendingAnalysis.contains(key) { flushAnalysis(key) }
    }

    /// Brings every open document's analysis up to date: for answers that reach into other
    /// documents (references, rename, workspace symbols), whose positions must be those of the
    /// texts the client has now.
    func ensureAllAnalyzed() {
        for key in pendingAnalysis.sorted() { flushAnalysis(key) }
    }

    func analyzeAndPublish(_ key: String) {
        guard let document = documents[key] else { return }
        let config = configuration(for: key)
        let article = CopydeskServer.analyze(text: document.text, format: document.format, limit: config.maxFileSize)
        let impact = corpus.update(path: key, article: article)
        publish(key)
        answerWaitingDocumentPulls(key)
        afterChange(impact)
    }

    /// Analyses text, or explains why not (too large, binary).
    static func analyze(text: String, format: ArticleFormat, limit: Int) -> AnalyzedArticle {
        // Never cancelled, so never nil.
        analyze(text: text, format: format, limit: limit, isCancelled: { false }) ?? ArticleAnalyzer.skipped(text, format: format, reason: "")
    }

    /// As `analyze(text:format:limit:)`; nil once `isCancelled` says the result is not wanted.
    static func analyze(text: String, format: ArticleFormat, limit: Int, isCancelled: () -> Bool) -> AnalyzedArticle? {
        let size = text.utf8.count
        if size > limit {
            return ArticleAnalyzer.skipped(text, format: format, reason: "Not analysed: \(FileSystem.ReadError.tooLarge(size: size, limit: limit))")
        }
        if text.utf8.prefix(8192).contains(0) {
            return ArticleAnalyzer.skipped(text, format: format, reason: "Not analysed: \(FileSystem.ReadError.binary)")
        }
        return ArticleAnalyzer.analyze(ArticleDocument(text: text, format: format, publication: nil), isCancelled: isCancelled)
    }

    /// The settings for a document: its workspace folder's, or the editor's alone.
    func configuration(for key: String) -> CopydeskConfiguration {
        if let path = FileURI.path(key), let root = root(containing: path) { return root.configuration }
        var config = CopydeskConfiguration()
        if !editorSettings.isNull { config.merge(editorSettings, origin: "editor settings") }
        return config
    }

    func root(containing path: String) -> WorkspaceRoot? {
        roots.filter { $0.contains(path) }.max { $0.path.count < $1.path.count }
    }

    /// After the corpus changed: other open documents whose diagnostics depend on the change are
    /// published again (push), or the client is asked to pull again.
    func afterChange(_ impact: ChangeImpact) {
        // The affected articles' diagnostics may differ although their records did not change.
        for key in impact.affected { diagnosticsCache[key] = nil }
        let touched = Set(impact.affected).union([impact.changed])
        guard !impact.affected.isEmpty else {
            workspaceChanged(touched)
            return
        }
        if client.pullDiagnostics {
            requestDiagnosticRefresh()
        } else {
            // Other open documents are published once the messages already queued are handled:
            // the edited document's own diagnostics go out first, and a burst of keystrokes
            // refreshes each dependent once.
            let wasEmpty = pendingDependents.isEmpty
            pendingDependents.formUnion(impact.affected.filter { documents[$0] != nil })
            if wasEmpty && !pendingDependents.isEmpty {
                queue.async { [weak self] in self?.publishDependents() }
            }
        }
        workspaceChanged(touched)
    }

    func publishDependents() {
        let keys = pendingDependents
        pendingDependents = []
        for key in keys.sorted() {
            if pendingAnalysis.contains(key) {
                // An analysis in flight publishes when it ends.
                if analysisJobs[key] == nil { flushAnalysis(key) }
            } else {
                publish(key)
            }
        }
    }
}

/// Work running off the server queue that newer work makes stale (an open document's analysis,
/// a pass over the workspace): the queue cancels it, the worker checks.
final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    var isCancelled: Bool { lock.withLock { cancelled } }
    func cancel() { lock.withLock { cancelled = true } }
}
