import Foundation

/// Receives what arrives on a connection. Calls come from the connection's reader, one at a time,
/// in arrival order; a handler that does real work hands it to its own queue and returns.
public protocol MessageHandler: AnyObject, Sendable {
    func handle(request: IncomingRequest)
    func handle(notification method: String, params: JSONValue?, rawParams: [UInt8]?)
    /// The peer closed the stream.
    func connectionClosed()
}

/// A request awaiting its one response. Replying twice is a bug that is logged, never sent.
public final class IncomingRequest: @unchecked Sendable {
    public let id: RequestID
    public let method: String
    public let params: JSONValue?
    /// The params exactly as received, for `JSONDecoder`.
    public let rawParams: [UInt8]?
    private weak var connection: Connection?
    private let lock = NSLock()
    private var replied = false

    init(id: RequestID, method: String, params: JSONValue?, rawParams: [UInt8]?, connection: Connection) {
        self.id = id
        self.method = method
        self.params = params
        self.rawParams = rawParams
        self.connection = connection
    }

    /// For tests and in-process use: a request whose reply goes to `sink`.
    public init(id: RequestID, method: String, params: JSONValue?, sink: Connection) {
        self.id = id
        self.method = method
        self.params = params
        self.rawParams = params.map { $0.serialized }
        self.connection = sink
    }

    /// True once the client has sent `$/cancelRequest` for this id.
    public var isCancelled: Bool { connection?.isCancelled(id) ?? false }

    public var hasReplied: Bool { lock.withLock { replied } }

    public func reply(_ result: Result<RawJSON, ResponseError>) {
        let first = lock.withLock { () -> Bool in
            if replied { return false }
            replied = true
            return true
        }
        guard first else {
            connection?.log("internal: second reply to request \(id) (\(method)) dropped")
            return
        }
        connection?.sendResponse(id: id, result: result)
    }

    public func reply(json: JSONValue) { reply(.success(RawJSON(json))) }
    public func reply(error: ResponseError) { reply(.failure(error)) }
}

/// A JSON-RPC 2.0 connection over a byte stream. Bytes come in through `receive(_:)` (from a reader
/// thread, or a test); frames go out through `write`, one whole frame per call, never interleaved.
public final class Connection: @unchecked Sendable {
    public typealias Writer = @Sendable ([UInt8]) -> Void
    public typealias Logger = @Sendable (String) -> Void

    private let write: Writer
    let log: Logger
    private let lock = NSLock()
    private let writeLock = NSLock()
    private var decoder = FrameDecoder()
    private weak var handler: (any MessageHandler)?
    private var inFlight: Set<RequestID> = []
    private var cancelled: Set<RequestID> = []
    private var nextOutgoingID = 1
    private var pendingOutgoing: [RequestID: @Sendable (Result<JSONValue, ResponseError>) -> Void] = [:]
    private var closed = false

    public init(write: @escaping Writer, log: @escaping Logger) {
        self.write = write
        self.log = log
    }

    /// Starts delivering messages to `handler`. The connection holds it weakly (the handler owns
    /// the connection): whoever runs the connection keeps the handler alive.
    public func start(handler: any MessageHandler) {
        lock.withLock {
            self.handler = handler
        }
    }

    // MARK: Incoming

    /// Feeds bytes from the peer. Never blocks on the handler's work.
    public func receive<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        let events = lock.withLock { decoder.feed(bytes) }
        for event in events {
            switch event {
            case .problem(let reason):
                log("framing: \(reason)")
            case .frame(let body):
                dispatch(IncomingMessage.decode(body))
            }
        }
    }

    /// The peer closed its end.
    public func receiveEndOfStream() {
        let (handler, pending, leftover) = lock.withLock { () -> ((any MessageHandler)?, [@Sendable (Result<JSONValue, ResponseError>) -> Void], Int) in
            if closed { return (nil, [], 0) }
            closed = true
            let pending = Array(pendingOutgoing.values)
            pendingOutgoing = [:]
            return (self.handler, pending, decoder.bufferedByteCount)
        }
        if leftover > 0 { log("framing: stream ended inside a frame (\(leftover) bytes)") }
        for callback in pending {
            callback(.failure(ResponseError(code: .requestCancelled, message: "connection closed")))
        }
        handler?.connectionClosed()
    }

    private func dispatch(_ message: IncomingMessage) {
        let handler = lock.withLock { self.handler }
        switch message {
        case .request(let id, let method, let params, let rawParams):
            let duplicate = lock.withLock { () -> Bool in
                if inFlight.contains(id) { return true }
                inFlight.insert(id)
                return false
            }
            if duplicate {
                log("request id \(id) reused while still in flight; answering with an error")
                writeFrame(OutgoingMessage.error(id: id, error: ResponseError(code: .invalidRequest, message: "request id \(id) is already in use")))
                return
            }
            let request = IncomingRequest(id: id, method: method, params: params, rawParams: rawParams, connection: self)
            if let handler {
                handler.handle(request: request)
            } else {
                request.reply(error: ResponseError(code: .internalError, message: "no handler"))
            }
        case .notification(let method, let params, let rawParams):
            if method == "$/cancelRequest" {
                if let id = params?["id"].flatMap(RequestID.init(json:)) {
                    lock.withLock { if inFlight.contains(id) { _ = cancelled.insert(id) } }
                } else {
                    log("$/cancelRequest without a valid id dropped")
                }
                handler?.handle(notification: method, params: params, rawParams: rawParams)
                return
            }
            handler?.handle(notification: method, params: params, rawParams: rawParams)
        case .response(let id, let result):
            let callback = lock.withLock { pendingOutgoing.removeValue(forKey: id) }
            if let callback {
                callback(result)
            } else {
                log("response to unknown request id \(id) dropped")
            }
        case .invalid(let id, let error):
            log("invalid message: \(error.message)")
            writeFrame(OutgoingMessage.error(id: id, error: error))
        case .malformedNotification(let method, let reason):
            log("notification \(method) dropped: \(reason)")
        }
    }

    func isCancelled(_ id: RequestID) -> Bool { lock.withLock { cancelled.contains(id) } }

    // MARK: Outgoing

    func sendResponse(id: RequestID, result: Result<RawJSON, ResponseError>) {
        lock.withLock {
            inFlight.remove(id)
            cancelled.remove(id)
        }
        switch result {
        case .success(let raw): writeFrame(OutgoingMessage.response(id: id, result: raw))
        case .failure(let error): writeFrame(OutgoingMessage.error(id: id, error: error))
        }
    }

    public func sendNotification(method: String, params: RawJSON?) {
        writeFrame(OutgoingMessage.notification(method: method, params: params))
    }

    /// Sends a request to the client; `completion` runs once, with the response or with an error
    /// if the connection closes first.
    public func sendRequest(
        method: String, params: RawJSON?, completion: @escaping @Sendable (Result<JSONValue, ResponseError>) -> Void
    ) {
        let id: RequestID? = lock.withLock {
            if closed { return nil }
            let id = RequestID.string("copydesk-\(nextOutgoingID)")
            nextOutgoingID += 1
            pendingOutgoing[id] = completion
            return id
        }
        guard let id else {
            completion(.failure(ResponseError(code: .requestCancelled, message: "connection closed")))
            return
        }
        writeFrame(OutgoingMessage.request(id: id, method: method, params: params))
    }

    private func writeFrame(_ body: [UInt8]) {
        let frame = FrameDecoder.encode(body)
        writeLock.withLock { write(frame) }
    }
}
