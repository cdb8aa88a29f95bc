import ArticleAnalysis
import CorpusAnalysis
import Dispatch
import Foundation
import JSONRPC
import LanguageServerProtocol

/// The language server: LSP lifecycle, open documents, workspace files, positions, publishing.
/// It is a thin translation: every answer comes from `CorpusAnalysis` in byte offsets and plain
/// structs, and only this layer turns offsets into the client's positions.
///
/// Threading: the connection's reader thread hands every message to `queue`, a serial queue that
/// owns all state, so messages are handled in arrival order and responses for a document follow
/// its changes. Cold indexing reads and analyses files on other threads and merges the results
/// on `queue` in batches; an edited document is analysed on another thread too, and a newer edit
/// cancels that analysis (requests about the document analyse it on `queue` first).
public final class CopydeskServer: MessageHandler, @unchecked Sendable {
    public static let version = "0.1.0"

    enum Lifecycle { case uninitialized, running, shutDown }

    let connection: Connection
    let log: Logger
    let queue = DispatchQueue(label: "copydesk.server", qos: .userInitiated)
    let exit: @Sendable (Int32) -> Void

    // Everything below is confined to `queue`.
    var lifecycle = Lifecycle.uninitialized
    var client = ClientCapabilities()
    var encoding = PositionEncoding.utf16
    var roots: [WorkspaceRoot] = []
    var documents: [String: OpenDocument] = [:]
    var corpus: Corpus = {
        var corpus = Corpus()
        corpus.quoteMatchCache = QuoteMatchCache()
        return corpus
    }()
    var editorSettings: JSONValue = .null
    var trace = "off"
    var indexGeneration = 0
    var isIndexing = false
    /// Line indexes of recently converted articles, by path, valid while the record is the same
    /// object (held, so a new record can never be taken for an old one at the same address).
    var lineIndexCache: [String: (ArticleRecord, LineIndex)] = [:]
    /// Each article's diagnostics in LSP terms and their result id, valid while its record is
    /// the same object; dropped for the articles a change affects and when settings change.
    var diagnosticsCache: [String: CachedDiagnostics] = [:]
    /// Open documents changed since they were last analysed.
    var pendingAnalysis: Set<String> = []
    /// Analyses of open documents running off the queue, by document (see `startAnalysis`).
    var analysisJobs: [String: Cancellation] = [:]
    /// `textDocument/diagnostic` requests waiting for the analysis running for their document.
    var waitingDocumentPulls: [String: [(IncomingRequest, String?)]] = [:]
    /// Open documents whose diagnostics another document's change may have altered.
    var pendingDependents: Set<String> = []
    /// Articles changed since the held workspace pulls were last brought up to date.
    var pendingWorkspaceChanges: Set<String> = []
    var workspaceChangeGeneration = 0
    var refreshRequested = false
    var waitingWorkspaceDiagnostics: [WaitingWorkspacePull] = []
    var indexJob: IndexJob?
    var progressToken: String?
    var requestHandlers: [String: (IncomingRequest) -> Void] = [:]
    var notificationHandlers: [String: (JSONValue?, [UInt8]?) -> Void] = [:]
    let decoder = JSONDecoder()
    let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes]
        return e
    }()

    /// - Parameters:
    ///   - connection: where messages come from and go to.
    ///   - log: stderr (and, once initialised, `window/logMessage`).
    ///   - exit: called for `exit` and when the client goes away; the executable exits the process.
    public init(connection: Connection, log: Logger, exit: @escaping @Sendable (Int32) -> Void) {
        self.connection = connection
        self.log = log
        self.exit = exit
        registerHandlers()
    }

    // MARK: MessageHandler (called on the reader thread)

    public func handle(request: IncomingRequest) {
        queue.async { self.dispatch(request) }
    }

    public func handle(notification method: String, params: JSONValue?, rawParams: [UInt8]?) {
        if method == "exit" {
            // Handled at once: nothing queued behind it matters once the client says exit.
            queue.async { self.exitNow() }
            return
        }
        queue.async { self.dispatchNotification(method, params, rawParams) }
    }

    public func connectionClosed() {
        queue.async {
            self.log("client closed the connection; exiting")
            self.exit(self.lifecycle == .shutDown ? 0 : 1)
        }
    }

    func exitNow() {
        exit(lifecycle == .shutDown ? 0 : 1)
    }

    // MARK: Dispatch (on queue)

    func dispatch(_ request: IncomingRequest) {
        if request.isCancelled {
            request.reply(error: .cancelled)
            return
        }
        switch lifecycle {
        case .uninitialized where request.method != "initialize":
            request.reply(error: ResponseError(code: .serverNotInitialized, message: "the server has not been initialized; send `initialize` first"))
            return
        case .running where request.method == "initialize":
            request.reply(error: ResponseError(code: .invalidRequest, message: "`initialize` may only be sent once"))
            return
        case .shutDown:
            request.reply(error: ResponseError(code: .invalidRequest, message: "the server is shutting down; only `exit` is accepted"))
            return
        default:
            break
        }
        guard let handler = requestHandlers[request.method] else {
            request.reply(error: .methodNotFound(request.method))
            return
        }
        handler(request)
    }

    func dispatchNotification(_ method: String, _ params: JSONValue?, _ raw: [UInt8]?) {
        if lifecycle == .uninitialized {
            log("\(method) before initialize dropped", level: .warning)
            return
        }
        guard let handler = notificationHandlers[method] else {
            if !method.hasPrefix("$/") { log("unknown notification \(method) ignored", level: .log) }
            return
        }
        handler(params, raw)
    }

    // MARK: Typed handlers

    /// Registers a request handler with decoded params and an encoded result. Params that do not
    /// decode are answered with -32602 naming what was wrong; a thrown `ResponseError` is the answer.
    func onRequest<P: Decodable, R: Encodable>(_ method: String, _ type: P.Type, _ body: @escaping (P, IncomingRequest) throws -> R) {
        requestHandlers[method] = { [unowned self] request in
            let params: P
            do {
                params = try decodeParams(P.self, request.rawParams)
            } catch {
                request.reply(error: .invalidParams("invalid params for \(method): \(describe(error))"))
                return
            }
            do {
                let result = try body(params, request)
                request.reply(.success(RawJSON(bytes: Array(try encoder.encode(result)))))
            } catch let error as ResponseError {
                request.reply(error: error)
            } catch {
                request.reply(error: .internalError("\(method) failed: \(error)"))
            }
        }
    }

    /// A request whose answer is sent later (by `reply`), e.g. after background work.
    func onAsyncRequest<P: Decodable>(_ method: String, _ type: P.Type, _ body: @escaping (P, IncomingRequest) -> Void) {
        requestHandlers[method] = { [unowned self] request in
            do {
                body(try decodeParams(P.self, request.rawParams), request)
            } catch {
                request.reply(error: .invalidParams("invalid params for \(method): \(describe(error))"))
            }
        }
    }

    func onNotification<P: Decodable>(_ method: String, _ type: P.Type, _ body: @escaping (P) -> Void) {
        notificationHandlers[method] = { [unowned self] _, raw in
            do {
                body(try decodeParams(P.self, raw))
            } catch {
                log("notification \(method) dropped: invalid params: \(describe(error))", level: .warning)
            }
        }
    }

    func decodeParams<P: Decodable>(_ type: P.Type, _ raw: [UInt8]?) throws -> P {
        try decoder.decode(P.self, from: Data(raw ?? Array("null".utf8)))
    }

    func encode<T: Encodable>(_ value: T) -> RawJSON? {
        guard let data = try? encoder.encode(value) else { return nil }
        return RawJSON(bytes: Array(data))
    }

    func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing \(path(context.codingPath + [key]))"
        case DecodingError.typeMismatch(let type, let context):
            return "\(path(context.codingPath)) should be \(type)"
        case DecodingError.valueNotFound(let type, let context):
            return "\(path(context.codingPath)) should be \(type), not null"
        case DecodingError.dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }

    func path(_ keys: [any CodingKey]) -> String {
        let p = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return p.isEmpty ? "params" : "params" + p
    }

    // MARK: Messages to the client

    func sendNotification<T: Encodable>(_ method: String, _ params: T) {
        guard let raw = encode(params) else {
            log("could not encode \(method)", level: .error)
            return
        }
        connection.sendNotification(method: method, params: raw)
    }

    /// Sends a request to the client; `completion` runs on `queue`.
    func sendRequest<T: Encodable>(_ method: String, _ params: T?, completion: @escaping (Result<JSONValue, ResponseError>) -> Void) {
        let raw = params.flatMap { encode($0) }
        let box = QueueConfined(completion)
        connection.sendRequest(method: method, params: raw) { [weak self] result in
            self?.queue.async { box.value(result) }
        }
    }
}

/// A value that is only ever touched on the server queue, carried across a `@Sendable` boundary.
struct QueueConfined<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
