import JSONRPC

public struct ClientInfo: Codable, Sendable, Hashable {
    public var name: String
    public var version: String?
}

public struct WorkspaceFolder: Codable, Sendable, Hashable {
    public var uri: DocumentURI
    public var name: String
    public init(uri: DocumentURI, name: String) {
        self.uri = uri
        self.name = name
    }
}

/// The parts of `initialize` the server reads. Client capabilities stay a JSON value: the server
/// asks for the few it needs by path.
public struct InitializeParams: Codable, Sendable {
    public var processId: Int?
    public var clientInfo: ClientInfo?
    public var rootUri: DocumentURI?
    public var rootPath: String?
    public var capabilities: JSONValue
    public var initializationOptions: JSONValue?
    public var workspaceFolders: [WorkspaceFolder]?
    public var trace: String?
}

public struct ServerInfo: Codable, Sendable, Hashable {
    public var name: String
    public var version: String?
    public init(name: String, version: String?) {
        self.name = name
        self.version = version
    }
}

public struct InitializeResult: Codable, Sendable {
    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo?
    public init(capabilities: ServerCapabilities, serverInfo: ServerInfo?) {
        self.capabilities = capabilities
        self.serverInfo = serverInfo
    }
}

public struct TextDocumentSyncOptions: Codable, Sendable, Hashable {
    public struct SaveOptions: Codable, Sendable, Hashable {
        public var includeText: Bool?
        public init(includeText: Bool?) { self.includeText = includeText }
    }
    public var openClose: Bool?
    /// 0 none, 1 full, 2 incremental.
    public var change: Int?
    public var save: SaveOptions?
    public init(openClose: Bool?, change: Int?, save: SaveOptions?) {
        self.openClose = openClose
        self.change = change
        self.save = save
    }
}

public struct DiagnosticOptions: Codable, Sendable, Hashable {
    public var identifier: String?
    public var interFileDependencies: Bool
    public var workspaceDiagnostics: Bool
    public init(identifier: String?, interFileDependencies: Bool, workspaceDiagnostics: Bool) {
        self.identifier = identifier
        self.interFileDependencies = interFileDependencies
        self.workspaceDiagnostics = workspaceDiagnostics
    }
}

/// What the server offers. Each feature is advertised only once it answers usefully; a feature's
/// options are JSON so each can carry its own shape (`true` or an options object).
public struct ServerCapabilities: Codable, Sendable {
    public var positionEncoding: String?
    public var textDocumentSync: TextDocumentSyncOptions?
    public var diagnosticProvider: DiagnosticOptions?
    public var hoverProvider: JSONValue?
    public var definitionProvider: JSONValue?
    public var referencesProvider: JSONValue?
    public var documentHighlightProvider: JSONValue?
    public var documentSymbolProvider: JSONValue?
    public var workspaceSymbolProvider: JSONValue?
    public var renameProvider: JSONValue?
    public var codeActionProvider: JSONValue?
    public var codeLensProvider: JSONValue?
    public var completionProvider: JSONValue?
    public var inlayHintProvider: JSONValue?
    public var semanticTokensProvider: JSONValue?
    public var executeCommandProvider: JSONValue?
    public var workspace: JSONValue?
    public init() {}
}

public struct SetTraceParams: Codable, Sendable {
    public var value: String
}
