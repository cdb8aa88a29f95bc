import JSONRPC

public struct DiagnosticRelatedInformation: Codable, Sendable, Hashable {
    public var location: Location
    public var message: String
    public init(location: Location, message: String) {
        self.location = location
        self.message = message
    }
}

public struct CodeDescription: Codable, Sendable, Hashable {
    public var href: String
    public init(href: String) { self.href = href }
}

public struct Diagnostic: Codable, Sendable, Hashable {
    public var range: LSPRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int?
    public var code: String?
    public var codeDescription: CodeDescription?
    public var source: String?
    public var message: String
    public var relatedInformation: [DiagnosticRelatedInformation]?
    public var data: JSONValue?
    public init(
        range: LSPRange, severity: Int?, code: String?, source: String?, message: String,
        relatedInformation: [DiagnosticRelatedInformation]?, data: JSONValue? = nil
    ) {
        self.range = range
        self.severity = severity
        self.code = code
        self.source = source
        self.message = message
        self.relatedInformation = relatedInformation
        self.data = data
    }
}

public struct PublishDiagnosticsParams: Codable, Sendable {
    public var uri: DocumentURI
    public var version: Int?
    public var diagnostics: [Diagnostic]
    public init(uri: DocumentURI, version: Int?, diagnostics: [Diagnostic]) {
        self.uri = uri
        self.version = version
        self.diagnostics = diagnostics
    }
}

public struct DocumentDiagnosticParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var identifier: String?
    public var previousResultId: String?
}

/// `textDocument/diagnostic` result: a full report, or "unchanged" against `previousResultId`.
public struct DocumentDiagnosticReport: Codable, Sendable {
    public var kind: String
    public var resultId: String?
    public var items: [Diagnostic]?
    public init(full items: [Diagnostic], resultId: String?) {
        kind = "full"
        self.items = items
        self.resultId = resultId
    }
    public init(unchangedResultId: String) {
        kind = "unchanged"
        resultId = unchangedResultId
        items = nil
    }
}

public struct PreviousResultId: Codable, Sendable {
    public var uri: DocumentURI
    public var value: String
}

public struct WorkspaceDiagnosticParams: Codable, Sendable {
    public var identifier: String?
    public var previousResultIds: [PreviousResultId]
}

public struct WorkspaceDocumentDiagnosticReport: Codable, Sendable {
    public var kind: String
    public var uri: DocumentURI
    public var version: Int?
    public var resultId: String?
    public var items: [Diagnostic]?
    public init(full items: [Diagnostic], uri: DocumentURI, version: Int?, resultId: String) {
        kind = "full"
        self.items = items
        self.uri = uri
        self.version = version
        self.resultId = resultId
    }
    public init(unchangedResultId: String, uri: DocumentURI, version: Int?) {
        kind = "unchanged"
        self.uri = uri
        self.version = version
        resultId = unchangedResultId
        items = nil
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(uri, forKey: .uri)
        try c.encode(version, forKey: .version)  // `integer | null`: required
        try c.encodeIfPresent(resultId, forKey: .resultId)
        try c.encodeIfPresent(items, forKey: .items)
    }
}

public struct WorkspaceDiagnosticReport: Codable, Sendable {
    public var items: [WorkspaceDocumentDiagnosticReport]
    public init(items: [WorkspaceDocumentDiagnosticReport]) { self.items = items }
}
