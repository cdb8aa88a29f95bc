#if canImport(Glibc)
import Glibc
#endif
import ArticleAnalysis
import CorpusAnalysis
import Dispatch
import Foundation
import JSONRPC
import LanguageServerProtocol

/// One pass over the workspace's files. A newer pass cancels an older one.
final class IndexJob: @unchecked Sendable {
    let generation: Int
    private let cancellation = Cancellation()
    var total = 0
    var done = 0
    var started = Date()
    var lastReportedPercent = -1
    /// Articles in the corpus when the pass began (0 for the first index of a session).
    var corpusCountAtStart = 0

    init(generation: Int) { self.generation = generation }

    var isCancelled: Bool { cancellation.isCancelled }
    func cancel() { cancellation.cancel() }
}

extension CopydeskServer {
    func registerWorkspaceHandlers() {
        onNotification("workspace/didChangeWatchedFiles", DidChangeWatchedFilesParams.self) { [unowned self] p in didChangeWatchedFiles(p) }
        onNotification("workspace/didChangeConfiguration", DidChangeConfigurationParams.self) { [unowned self] p in
            if client.configuration {
                fetchConfiguration()
            } else {
                if let settings = p.settings, !settings.isNull { editorSettings = settings["copydesk"] ?? settings }
                for i in roots.indices { roots[i].configuration = loadConfiguration(roots[i]) }
                startIndexing()
            }
        }
        onNotification("workspace/didChangeWorkspaceFolders", DidChangeWorkspaceFoldersParams.self) { [unowned self] p in
            let removed = Set(p.event.removed.map { FileURI.canonical($0.uri) })
            roots.removeAll { removed.contains(FileURI.canonical($0.uri)) }
            roots.append(contentsOf: p.event.added.compactMap(makeRoot))
            startIndexing()
        }
    }

    // MARK: Cold indexing

    /// Finds and analyses every article under the workspace folders, in parallel, off the server
    /// queue. Results merge into the corpus in batches, so requests are answered meanwhile.
    func startIndexing() {
        indexJob?.cancel()
        indexGeneration += 1
        let job = IndexJob(generation: indexGeneration)
        job.corpusCountAtStart = corpus.count
        indexJob = job
        isIndexing = true
        corpus.quoteMatchCache?.removeAll()
        // Settings may have changed (rule severities apply to open documents too).
        diagnosticsCache.removeAll()
        let roots = self.roots
        let logger = log
        if client.workDoneProgress {
            let token = "copydesk-index-\(job.generation)"
            sendRequest("window/workDoneProgress/create", WorkDoneProgressCreateParams(token: token)) { [unowned self] result in
                guard case .success = result, indexJob === job || !isIndexing else { return }
                progressToken = token
                sendNotification("$/progress", ProgressParams.begin(token: token, title: "Copydesk: indexing articles", message: "\(job.done)/\(job.total)", percentage: job.total > 0 ? job.done * 100 / job.total : 0))
                if !isIndexing || indexJob !== job { endProgress("indexed \(corpus.count) articles") }
            }
        }
        DispatchQueue.global(qos: .userInitiated).async { [weak self] in
            var files: [(path: String, limit: Int)] = []
            for root in roots {
                let found = FileSystem.articleFiles(under: root.path, configuration: root.configuration) { logger($0, level: .warning) }
                files += found.map { ($0, root.configuration.maxFileSize) }
            }
            guard let self, !job.isCancelled else { return }
            let total = files.count
            self.queue.async { job.total = total }
            let batchSize = 64
            var start = 0
            while start < files.count {
                if job.isCancelled { return }
                let batch = Array(files[start..<min(start + batchSize, files.count)])
                let results = CopydeskServer.readAndAnalyze(batch, log: logger)
                self.queue.async { self.integrate(results, job: job) }
                start += batchSize
            }
            let allPaths = Set(files.map { FileURI.uri(path: $0.path) })
            self.queue.async { self.finishIndexing(job, found: allPaths) }
        }
    }

    /// Reads and analyses files, and prepares their cross-article facts, in parallel. Files that cannot be read are logged and left out;
    /// files over the limit or binary become a `skipped-file` finding.
    static func readAndAnalyze(_ files: [(path: String, limit: Int)], log: Logger) -> [PreparedArticle] {
        let results = ResultSlots<PreparedArticle>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let (path, limit) = files[i]
            let format = ArticleFormat.forPath(path)
            switch FileSystem.readArticle(path, limit: limit) {
            case .success(let text):
                results.set(i, PreparedArticle(path: FileURI.uri(path: path), article: ArticleAnalyzer.analyze(text, format: format)))
            case .failure(let error):
                switch error {
                case .tooLarge, .binary:
                    log("\(path): \(error)", level: .warning)
                    let name = (path as NSString).lastPathComponent
                    results.set(i, PreparedArticle(path: FileURI.uri(path: path), article: ArticleAnalyzer.skipped(name, format: format, reason: "Not analysed: \(error)")))
                default:
                    log("\(path): \(error)", level: .warning)
                }
            }
        }
        return results.values
    }

    func integrate(_ results: [PreparedArticle], job: IndexJob) {
        guard indexJob === job else { return }
        for prepared in results where documents[prepared.path] == nil {
            corpus.update(prepared, computeImpact: false)
        }
        job.done += results.count
        if let token = progressToken, job.total > 0 {
            let percent = min(99, job.done * 100 / job.total)
            if percent >= job.lastReportedPercent + 5 {
                job.lastReportedPercent = percent
                sendNotification("$/progress", ProgressParams.report(token: token, message: "\(job.done)/\(job.total) articles", percentage: percent))
            }
        }
    }

    func finishIndexing(_ job: IndexJob, found: Set<String>) {
        guard indexJob === job else { return }
        // Files that were in the corpus but are gone from disk (and not open) leave it. A first
        // index started from an empty corpus has none, and skips the pass over every path.
        if job.corpusCountAtStart > 0 {
            let gone = corpus.unorderedPaths.filter { documents[$0] == nil && !found.contains($0) }
            for key in gone { corpus.remove(path: key) }
        }
        isIndexing = false
        indexJob = nil
        // On another thread: trimming a large heap takes a while, and nothing waits for it.
        DispatchQueue.global(qos: .utility).async { CopydeskServer.returnFreeMemory() }
        let seconds = Date().timeIntervalSince(job.started)
        log("indexed \(corpus.count) articles in \(String(format: "%.2f", seconds)) s")
        endProgress("indexed \(corpus.count) articles")
        // A document whose analysis is running publishes when it ends: published now, its new
        // version would carry the old text's diagnostics.
        for key in documents.keys where analysisJobs[key] == nil { publish(key) }
        if client.pullDiagnostics { requestDiagnosticRefresh() }
        answerWaitingWorkspaceDiagnostics()
    }

    /// Gives the pages the indexing workers freed (their token arrays and masked copies of every
    /// file) back to the system, so the resident size is what the corpus holds, not the high
    /// water of the parallel analysis.
    static func returnFreeMemory() {
        #if canImport(Glibc)
        // glibc's malloc_trim is not in the Glibc module map; look it up once.
        if let trim = mallocTrim { _ = trim(0) }
        #endif
    }

    #if canImport(Glibc)
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif

    func endProgress(_ message: String) {
        guard let token = progressToken else { return }
        progressToken = nil
        sendNotification("$/progress", ProgressParams.end(token: token, message: message))
    }

    // MARK: Watched files

    func didChangeWatchedFiles(_ p: DidChangeWatchedFilesParams) {
        var reload: [String] = []
        var removed: [String] = []
        var configChanged = false
        for event in p.changes {
            guard let path = FileURI.path(event.uri), let root = root(containing: path) else { continue }
            if (path as NSString).lastPathComponent == CopydeskConfiguration.fileName {
                configChanged = true
                continue
            }
            let key = FileURI.canonical(event.uri)
            if documents[key] != nil { continue }  // open documents override disk
            if event.type == 3 {
                removed.append(key)
            } else if root.configuration.includes(relativePath: root.relativePath(path)) {
                reload.append(path)
            }
        }
        if configChanged {
            for i in roots.indices { roots[i].configuration = loadConfiguration(roots[i]) }
            startIndexing()
            return
        }
        for key in removed { afterChange(corpus.remove(path: key)) }
        reloadFromDisk(reload)
    }

    /// Re-reads files from disk off the server queue, then merges them.
    func reloadFromDisk(_ paths: [String]) {
        guard !paths.isEmpty else { return }
        let files: [(path: String, limit: Int)] = paths.compactMap { path in
            guard let root = root(containing: path), FileSystem.isInside(path, root: root.realPath) else { return nil }
            return (path, root.configuration.maxFileSize)
        }
        let logger = log
        DispatchQueue.global(qos: .userInitiated).async { [weak self] in
            let results = CopydeskServer.readAndAnalyze(files, log: logger)
            let readKeys = Set(results.map(\.path))
            guard let self else { return }
            self.queue.async {
                for prepared in results where self.documents[prepared.path] == nil {
                    self.afterChange(self.corpus.update(prepared))
                }
                // Files that could not be read (deleted or made unreadable) leave the corpus.
                for file in files {
                    let key = FileURI.uri(path: file.path)
                    if !readKeys.contains(key) && self.documents[key] == nil { self.afterChange(self.corpus.remove(path: key)) }
                }
            }
        }
    }
}

/// Fixed slots written from parallel workers (`DispatchQueue.concurrentPerform`), read once all
/// are done: by index, or every filled slot in order. Shared by cold indexing, `CorpusLoader` and
/// the `copydesk` reports.
public final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    public init(count: Int) { slots = Array(repeating: nil, count: count) }
    public func set(_ i: Int, _ value: T) { lock.withLock { slots[i] = value } }
    public func get(_ i: Int) -> T? { lock.withLock { slots[i] } }
    public var values: [T] { lock.withLock { slots.compactMap { $0 } } }
}
