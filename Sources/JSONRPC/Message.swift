/// A JSON-RPC request id: an integer or a string.
public enum RequestID: Sendable, Hashable, CustomStringConvertible {
    case int(Int)
    case string(String)

    public var json: JSONValue {
        switch self {
        case .int(let i): return .int(i)
        case .string(let s): return .string(s)
        }
    }

    public init?(json: JSONValue) {
        switch json {
        case .int(let i): self = .int(i)
        case .string(let s): self = .string(s)
        case .double(let d) where d.rounded() == d && abs(d) < 9e15: self = .int(Int(d))
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .int(let i): return String(i)
        case .string(let s): return "\"\(s)\""
        }
    }
}

public struct ErrorCode: Sendable, Hashable {
    public let rawValue: Int
    public init(_ rawValue: Int) { self.rawValue = rawValue }

    public static let parseError = ErrorCode(-32700)
    public static let invalidRequest = ErrorCode(-32600)
    public static let methodNotFound = ErrorCode(-32601)
    public static let invalidParams = ErrorCode(-32602)
    public static let internalError = ErrorCode(-32603)
    /// LSP: a request arrived before `initialize`.
    public static let serverNotInitialized = ErrorCode(-32002)
    public static let unknownErrorCode = ErrorCode(-32001)
    /// LSP: the request was valid but is no longer, e.g. the document changed.
    public static let contentModified = ErrorCode(-32801)
    public static let requestCancelled = ErrorCode(-32800)
    public static let requestFailed = ErrorCode(-32803)
    public static let serverCancelled = ErrorCode(-32802)
}

public struct ResponseError: Error, Sendable, Hashable {
    public var code: ErrorCode
    public var message: String
    public var data: JSONValue?

    public init(code: ErrorCode, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    public static func invalidParams(_ message: String) -> ResponseError { .init(code: .invalidParams, message: message) }
    public static func methodNotFound(_ method: String) -> ResponseError {
        .init(code: .methodNotFound, message: "method not found: \(method)")
    }
    public static let cancelled = ResponseError(code: .requestCancelled, message: "request cancelled")
    public static func internalError(_ message: String) -> ResponseError { .init(code: .internalError, message: message) }

    public var json: JSONValue {
        var object: [String: JSONValue] = ["code": .int(code.rawValue), "message": .string(message)]
        if let data { object["data"] = data }
        return .object(object)
    }

    init?(json: JSONValue) {
        guard let code = json["code"]?.intValue else { return nil }
        self.init(code: ErrorCode(code), message: json["message"]?.stringValue ?? "", data: json["data"])
    }
}

/// JSON text that is already serialized, e.g. by `JSONEncoder`; written into a response verbatim.
public struct RawJSON: Sendable, Hashable {
    public let bytes: [UInt8]
    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ value: JSONValue) { self.bytes = value.serialized }
    public static let null = RawJSON(bytes: Array("null".utf8))
}

/// One incoming message, classified.
public enum IncomingMessage: Sendable {
    case request(id: RequestID, method: String, params: JSONValue?, rawParams: [UInt8]?)
    case notification(method: String, params: JSONValue?, rawParams: [UInt8]?)
    case response(id: RequestID, result: Result<JSONValue, ResponseError>)
    /// Not a valid JSON-RPC message. It is answered with the error, with id null when none could be read.
    case invalid(id: RequestID?, error: ResponseError)
    /// A notification whose body is wrong: logged and dropped, since notifications get no answer.
    case malformedNotification(method: String, reason: String)

    /// Parses and classifies one frame body.
    public static func decode(_ body: [UInt8]) -> IncomingMessage {
        var parser = JSONParser(bytes: body)
        let value: JSONValue
        do {
            value = try parser.parseDocument()
        } catch {
            return .invalid(id: nil, error: ResponseError(code: .parseError, message: "parse error: \(error.reason) at byte \(error.offset)"))
        }
        guard case .object(let members) = value else {
            let what = value.arrayValue != nil ? "batch requests are not supported by the Language Server Protocol" : "a message must be a JSON object"
            return .invalid(id: nil, error: ResponseError(code: .invalidRequest, message: "invalid request: \(what)"))
        }
        let idValue = members["id"]
        let id = idValue.flatMap(RequestID.init(json:))
        if let idValue, !idValue.isNull, id == nil {
            return .invalid(id: nil, error: ResponseError(code: .invalidRequest, message: "invalid request: id must be an integer or a string"))
        }
        if members["jsonrpc"]?.stringValue != "2.0" {
            return .invalid(id: id, error: ResponseError(code: .invalidRequest, message: "invalid request: \"jsonrpc\" must be \"2.0\""))
        }
        let rawParams = parser.topLevelParamsRange.map { Array(body[$0]) }
        if let methodValue = members["method"] {
            guard let method = methodValue.stringValue else {
                return .invalid(id: id, error: ResponseError(code: .invalidRequest, message: "invalid request: method must be a string"))
            }
            // `"params": null` reads as no params: Emacs's jsonrpc.el (Eglot 1.9) sends it with
            // `shutdown` and `exit`, whose params LSP declares void.
            var params: JSONValue? = members["params"]
            if params?.isNull == true { params = Optional.none }
            let rawParams = params == nil ? nil : rawParams
            if let params, params.objectValue == nil, params.arrayValue == nil {
                // JSON-RPC: params must be structured. Answer requests with -32602, drop notifications.
                if let id { return .invalid(id: id, error: .invalidParams("params must be an object or an array")) }
                return .malformedNotification(method: method, reason: "params must be an object or an array")
            }
            if let id { return .request(id: id, method: method, params: params, rawParams: rawParams) }
            return .notification(method: method, params: params, rawParams: rawParams)
        }
        if let id {
            if let error = members["error"] {
                return .response(id: id, result: .failure(ResponseError(json: error) ?? ResponseError(code: .internalError, message: "malformed error")))
            }
            if let result = members["result"] { return .response(id: id, result: .success(result)) }
        }
        return .invalid(id: id, error: ResponseError(code: .invalidRequest, message: "invalid request: no method, result or error"))
    }
}

public enum OutgoingMessage {
    public static func response(id: RequestID?, result: RawJSON) -> [UInt8] {
        var out = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
        (id?.json ?? .null).write(to: &out)
        out.append(contentsOf: Array(#","result":"#.utf8))
        out.append(contentsOf: result.bytes)
        out.append(UInt8(ascii: "}"))
        return out
    }

    public static func error(id: RequestID?, error: ResponseError) -> [UInt8] {
        var out = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
        (id?.json ?? .null).write(to: &out)
        out.append(contentsOf: Array(#","error":"#.utf8))
        error.json.write(to: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }

    public static func notification(method: String, params: RawJSON?) -> [UInt8] {
        var out = Array(#"{"jsonrpc":"2.0","method":"#.utf8)
        JSONValue.writeString(method, to: &out)
        if let params {
            out.append(contentsOf: Array(#","params":"#.utf8))
            out.append(contentsOf: params.bytes)
        }
        out.append(UInt8(ascii: "}"))
        return out
    }

    public static func request(id: RequestID, method: String, params: RawJSON?) -> [UInt8] {
        var out = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
        id.json.write(to: &out)
        out.append(contentsOf: Array(#","method":"#.utf8))
        JSONValue.writeString(method, to: &out)
        if let params {
            out.append(contentsOf: Array(#","params":"#.utf8))
            out.append(contentsOf: params.bytes)
        }
        out.append(UInt8(ascii: "}"))
        return out
    }
}
