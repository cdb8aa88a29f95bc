import JSONRPC

public struct LogMessageParams: Codable, Sendable {
    /// 1 error, 2 warning, 3 info, 4 log.
    public var type: Int
    public var message: String
    public init(type: Int, message: String) {
        self.type = type
        self.message = message
    }
}

public struct ShowMessageParams: Codable, Sendable {
    public var type: Int
    public var message: String
    public init(type: Int, message: String) {
        self.type = type
        self.message = message
    }
}

public struct WorkDoneProgressCreateParams: Codable, Sendable {
    public var token: String
    public init(token: String) { self.token = token }
}

/// `$/progress` with a work-done value: begin, report or end.
public struct ProgressParams: Codable, Sendable {
    public struct Value: Codable, Sendable {
        public var kind: String
        public var title: String?
        public var cancellable: Bool?
        public var message: String?
        public var percentage: Int?
    }

    public var token: String
    public var value: Value

    public static func begin(token: String, title: String, message: String?, percentage: Int?) -> ProgressParams {
        ProgressParams(token: token, value: Value(kind: "begin", title: title, cancellable: false, message: message, percentage: percentage))
    }
    public static func report(token: String, message: String?, percentage: Int?) -> ProgressParams {
        ProgressParams(token: token, value: Value(kind: "report", title: nil, cancellable: nil, message: message, percentage: percentage))
    }
    public static func end(token: String, message: String?) -> ProgressParams {
        ProgressParams(token: token, value: Value(kind: "end", title: nil, cancellable: nil, message: message, percentage: nil))
    }
}
