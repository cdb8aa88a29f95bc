import JSONRPC

public struct FileEvent: Codable, Sendable, Hashable {
    public var uri: DocumentURI
    /// 1 created, 2 changed, 3 deleted.
    public var type: Int
}

public struct DidChangeWatchedFilesParams: Codable, Sendable {
    public var changes: [FileEvent]
}

public struct DidChangeConfigurationParams: Codable, Sendable {
    public var settings: JSONValue?
}

public struct WorkspaceFoldersChangeEvent: Codable, Sendable {
    public var added: [WorkspaceFolder]
    public var removed: [WorkspaceFolder]
}

public struct DidChangeWorkspaceFoldersParams: Codable, Sendable {
    public var event: WorkspaceFoldersChangeEvent
}

public struct Registration: Codable, Sendable {
    public var id: String
    public var method: String
    public var registerOptions: JSONValue?
    public init(id: String, method: String, registerOptions: JSONValue?) {
        self.id = id
        self.method = method
        self.registerOptions = registerOptions
    }
}

public struct RegistrationParams: Codable, Sendable {
    public var registrations: [Registration]
    public init(registrations: [Registration]) { self.registrations = registrations }
}

public struct ConfigurationItem: Codable, Sendable {
    public var scopeUri: DocumentURI?
    public var section: String?
    public init(scopeUri: DocumentURI?, section: String?) {
        self.scopeUri = scopeUri
        self.section = section
    }
}

public struct ConfigurationParams: Codable, Sendable {
    public var items: [ConfigurationItem]
    public init(items: [ConfigurationItem]) { self.items = items }
}

public struct ExecuteCommandParams: Codable, Sendable {
    public var command: String
    public var arguments: [JSONValue]?
}
