#if canImport(Glibc)
import Glibc
#endif
import Foundation
import JSONRPC

/// A minimal LSP client that drives `copydesk lsp` over pipes, as an editor would. A reader thread
/// frames the server's output and stamps each message with the time it arrived (before parsing),
/// so figures are the server's latency plus a pipe hop, not the harness's bookkeeping. Requests
/// the server sends (progress tokens, registrations) are answered at once from that thread.
final class LSPClient: @unchecked Sendable {
    let process: Subprocess.Piped
    private let condition = NSCondition()
    private let writeLock = NSLock()
    private var nextID = 1
    private var responses: [Int: (value: JSONValue, time: Double)] = [:]
    /// Per URI, every publishDiagnostics: (version, arrival time, diagnostic count), in arrival order.
    private var published: [String: [(version: Int, time: Double, count: Int)]] = [:]
    private(set) var progressBegin: Double?
    private var progressEnd: Double?
    private(set) var closed = false
    var messagesReceived = 0

    init(command: [String], stderrPath: String) throws {
        process = try Subprocess.Piped(command, stderrPath: stderrPath)
        let thread = Thread { [unowned self] in readLoop() }
        thread.stackSize = 4 << 20
        thread.start()
    }

    var pid: pid_t { process.pid }

    // MARK: Sending

    private func send(_ message: JSONValue) {
        let frame = FrameDecoder.encode(message.serialized)
        writeLock.withLock { _ = StandardIO.writeAll(frame, to: process.input) }
    }

    /// Sends a notification; returns the time just before it was written.
    @discardableResult
    func notify(_ method: String, _ params: JSONValue) -> Double {
        let t = Clock.now()
        send(["jsonrpc": "2.0", "method": .string(method), "params": params])
        return t
    }

    /// Sends a request without waiting; `response(id:)` collects the answer.
    func send(request method: String, _ params: JSONValue) -> (id: Int, sent: Double) {
        let id: Int = condition.withLock {
            defer { nextID += 1 }
            return nextID
        }
        let t0 = Clock.now()
        send(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
        return (id, t0)
    }

    /// The response to request `id` and its arrival time, if it arrives within `timeout`.
    func response(id: Int, timeout: Double) -> (value: JSONValue, time: Double)? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while responses[id] == nil {
            if closed || !condition.wait(until: deadline) { return nil }
        }
        return responses.removeValue(forKey: id)
    }

    /// Sends a request and waits for its response. Returns the result (or error object) and the
    /// round trip in milliseconds.
    func request(_ method: String, _ params: JSONValue, timeout: Double = 120) throws -> (result: JSONValue, ms: Double) {
        let id: Int = condition.withLock {
            defer { nextID += 1 }
            return nextID
        }
        let t0 = Clock.now()
        send(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while responses[id] == nil && !closed {
            if !condition.wait(until: deadline) { throw BenchError("\(method): no response in \(Int(timeout)) s") }
        }
        guard let (value, t1) = responses.removeValue(forKey: id) else { throw BenchError("\(method): the server closed the connection") }
        if let error = value["error"] { throw BenchError("\(method) failed: \(error)") }
        return (value["result"] ?? .null, (t1 - t0) * 1000)
    }

    // MARK: Waiting for what the server pushes

    /// Waits for the first publishDiagnostics for `uri` with `version` or later; returns its
    /// arrival time.
    func diagnosticsArrival(uri: String, atLeast version: Int, timeout: Double = 30) -> Double? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let hit = published[uri]?.first(where: { $0.version >= version }) { return hit.time }
            if closed || !condition.wait(until: deadline) { return nil }
        }
    }

    func diagnosticCount(uri: String) -> Int? { condition.withLock { published[uri]?.last?.count } }

    /// How many publishDiagnostics have arrived for `uri`.
    func publishCount(uri: String) -> Int { condition.withLock { published[uri]?.count ?? 0 } }

    /// Waits for the end of the indexing progress; returns its arrival time.
    func progressEndArrival(timeout: Double) -> Double? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while progressEnd == nil {
            if closed || !condition.wait(until: deadline) { return nil }
        }
        return progressEnd
    }

    // MARK: Reading

    private func readLoop() {
        var decoder = FrameDecoder()
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(process.output, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            let t = Clock.now()
            for event in decoder.feed(buffer[0..<n]) {
                guard case .frame(let body) = event, let message = try? JSONParser.parse(body) else { continue }
                handle(message, at: t)
            }
        }
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }

    private func handle(_ message: JSONValue, at t: Double) {
        let method = message["method"]?.stringValue
        if let method, let id = message["id"] {
            // A request from the server: answer at once.
            let result: JSONValue = method == "workspace/configuration" ? [.null] : .null
            send(["jsonrpc": "2.0", "id": id, "result": result])
            return
        }
        condition.lock()
        defer { condition.unlock() }
        messagesReceived += 1
        switch method {
        case nil:
            if let id = message["id"]?.intValue { responses[id] = (message, t) }
        case "textDocument/publishDiagnostics":
            if let uri = message.at("params", "uri")?.stringValue {
                let version = message.at("params", "version")?.intValue ?? -1
                published[uri, default: []].append((version, t, message.at("params", "diagnostics")?.arrayValue?.count ?? 0))
            }
        case "$/progress":
            switch message.at("params", "value", "kind")?.stringValue {
            case "begin": progressBegin = progressBegin ?? t
            case "end": progressEnd = t
            default: break
            }
        default:
            break
        }
        condition.broadcast()
    }

    // MARK: Session helpers

    /// `initialize` as a push-diagnostics editor with progress support (no pull capability), then
    /// `initialized`.
    /// `beforeInitialized` runs between the `initialize` response and `initialized` (when the
    /// server starts indexing).
    func initialize(root: String, pull: Bool = false, beforeInitialized: () -> Void = {}) throws -> Double {
        let uri = "file://" + root
        var capabilities: JSONValue = [
            "window": ["workDoneProgress": true],
            "general": ["positionEncodings": ["utf-16"]],
            "textDocument": [
                "synchronization": ["didSave": true, "dynamicRegistration": false],
                "publishDiagnostics": ["versionSupport": true, "relatedInformation": true],
                "hover": ["contentFormat": ["markdown", "plaintext"]],
                "definition": [:], "references": [:],
            ],
            "workspace": ["workspaceFolders": true],
        ]
        if pull, case .object(var c) = capabilities, case .object(var td)? = c["textDocument"] {
            // An LSP 3.17 pull client: document and workspace diagnostics, no refresh support.
            td["diagnostic"] = ["relatedDocumentSupport": false]
            c["textDocument"] = .object(td)
            capabilities = .object(c)
        }
        let params: JSONValue = [
            "processId": .int(Int(getpid())), "rootUri": .string(uri), "capabilities": capabilities,
            "workspaceFolders": [["uri": .string(uri), "name": "bench"]], "clientInfo": ["name": "copydesk-bench"],
        ]
        let (_, ms) = try request("initialize", params)
        beforeInitialized()
        notify("initialized", [:])
        return ms
    }

    func shutdown() -> (status: Int32, peakRSS: Double) {
        _ = try? request("shutdown", .null, timeout: 30)
        notify("exit", .null)
        return process.wait()
    }
}
