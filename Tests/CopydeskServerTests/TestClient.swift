import CopydeskServer
import Foundation
import JSONRPC

/// An in-process LSP client: it talks to a `CopydeskServer` through a real `Connection` (frames and
/// all), answers the server's own requests, and lets a test wait for messages.
final class TestClient: @unchecked Sendable {
    let connection: Connection
    let server: CopydeskServer
    private let condition = NSCondition()
    private var received: [JSONValue] = []
    /// Every message received, in order, including those a wait has taken.
    private var history: [JSONValue] = []
    private var decoder = FrameDecoder()
    private var nextID = 1
    private(set) var exitCode: Int32?
    /// Answers to server→client requests, by method.
    var answers: [String: JSONValue] = ["workspace/configuration": [nil]]

    init() {
        let box = Box()
        connection = Connection(write: { bytes in box.client?.receiveFromServer(bytes) }, log: { _ in })
        server = CopydeskServer(connection: connection, log: Logger(writesToStderr: false)) { code in box.client?.exited(code) }
        box.client = self
        connection.start(handler: server)
    }

    final class Box: @unchecked Sendable { weak var client: TestClient? }

    private func receiveFromServer(_ bytes: [UInt8]) {
        condition.lock()
        let events = decoder.feed(bytes)
        var toAnswer: [JSONValue] = []
        for case .frame(let body) in events {
            guard let value = try? JSONParser.parse(body) else { continue }
            received.append(value)
            history.append(value)
            if value["method"] != nil, value["id"] != nil { toAnswer.append(value) }
        }
        condition.broadcast()
        condition.unlock()
        for request in toAnswer {
            let method = request["method"]?.stringValue ?? ""
            send(["jsonrpc": "2.0", "id": request["id"]!, "result": answers[method] ?? nil])
        }
    }

    private func exited(_ code: Int32) {
        condition.lock()
        exitCode = code
        condition.broadcast()
        condition.unlock()
    }

    func send(_ message: JSONValue) {
        connection.receive(FrameDecoder.encode(message.serialized))
    }

    func sendRaw(_ bytes: [UInt8]) { connection.receive(bytes) }

    @discardableResult
    func notify(_ method: String, _ params: JSONValue? = nil) -> TestClient {
        var m: [String: JSONValue] = ["jsonrpc": "2.0", "method": .string(method)]
        if let params { m["params"] = params }
        send(.object(m))
        return self
    }

    /// Sends a request and waits for its response (the whole response message).
    func request(_ method: String, _ params: JSONValue? = nil, timeout: TimeInterval = 20) throws -> JSONValue {
        let id = nextRequestID()
        var m: [String: JSONValue] = ["jsonrpc": "2.0", "id": .int(id), "method": .string(method)]
        if let params { m["params"] = params }
        send(.object(m))
        return try waitFor(timeout: timeout) { $0["id"] == .int(id) && $0["method"] == nil }
    }

    func nextRequestID() -> Int {
        condition.lock()
        defer { condition.unlock() }
        nextID += 1
        return nextID
    }

    /// Waits for a message matching `predicate` (already received or yet to come) and removes it.
    func waitFor(timeout: TimeInterval = 20, _ predicate: (JSONValue) -> Bool) throws -> JSONValue {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let i = received.firstIndex(where: predicate) { return received.remove(at: i) }
            if !condition.wait(until: deadline) { throw TestClientError.timeout(received.map(\.serializedString)) }
        }
    }

    /// The notifications of `method` received so far, in arrival order (taken by a wait or not).
    func notifications(_ method: String) -> [JSONValue] {
        condition.lock()
        defer { condition.unlock() }
        return history.filter { $0["method"] == .string(method) && $0["id"] == nil }
    }

    func waitForNotification(_ method: String, where predicate: (JSONValue) -> Bool = { _ in true }) throws -> JSONValue {
        try waitFor { $0["method"] == .string(method) && $0["id"] == nil && predicate($0) }
    }

    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while exitCode == nil { if !condition.wait(until: deadline) { break } }
        return exitCode
    }

    var messages: [JSONValue] {
        condition.lock()
        defer { condition.unlock() }
        return received
    }

    @discardableResult
    func initialize(capabilities: JSONValue = [:], rootPath: String? = nil, initializationOptions: JSONValue? = nil) throws -> JSONValue {
        var params: [String: JSONValue] = ["processId": nil, "capabilities": capabilities, "rootUri": rootPath.map { .string(FileURI.uri(path: $0)) } ?? nil]
        if let initializationOptions { params["initializationOptions"] = initializationOptions }
        let response = try request("initialize", .object(params))
        notify("initialized", [:])
        return response
    }

    func open(_ uri: String, _ text: String, version: Int = 1, languageId: String = "markdown") {
        notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": .string(languageId), "version": .int(version), "text": .string(text)]])
    }
}

enum TestClientError: Error, CustomStringConvertible {
    case timeout([String])
    var description: String {
        switch self {
        case .timeout(let messages): return "timed out; received so far:\n" + messages.joined(separator: "\n")
        }
    }
}

/// A temporary folder of files, removed at the end.
final class TemporaryFolder {
    let path: String
    init(_ files: [String: String]) throws {
        path = NSTemporaryDirectory() + "copydesk-test-" + UUID().uuidString
        for (name, content) in files {
            let full = path + "/" + name
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try content.write(toFile: full, atomically: true, encoding: .utf8)
        }
        if files.isEmpty { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}
