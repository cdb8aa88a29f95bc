import JSONRPC

/// The client capabilities the server acts on, read from `initialize`.
struct ClientCapabilities: Sendable {
    var positionEncodings: [String] = []
    var workDoneProgress = false
    var watchedFilesDynamicRegistration = false
    var configuration = false
    var diagnosticRefresh = false
    var pullDiagnostics = false
    var relatedInformation = false
    var markdownHover = true
    var workspaceFolders = false
    var inlayHintRefresh = false
    var semanticTokensRefresh = false
    var codeLensRefresh = false
    /// `textDocument.semanticTokens.tokenTypes`: the token types the client knows (see `SemanticTokenLegend`).
    var semanticTokenTypes: [String] = []

    init() {}

    init(_ json: JSONValue) {
        positionEncodings = json.at("general", "positionEncodings")?.arrayValue?.compactMap(\.stringValue) ?? []
        workDoneProgress = json.at("window", "workDoneProgress")?.boolValue ?? false
        watchedFilesDynamicRegistration = json.at("workspace", "didChangeWatchedFiles", "dynamicRegistration")?.boolValue ?? false
        configuration = json.at("workspace", "configuration")?.boolValue ?? false
        diagnosticRefresh = json.at("workspace", "diagnostics", "refreshSupport")?.boolValue ?? false
        pullDiagnostics = json.at("textDocument", "diagnostic")?.objectValue != nil
        relatedInformation = json.at("textDocument", "publishDiagnostics", "relatedInformation")?.boolValue ?? false
        if let formats = json.at("textDocument", "hover", "contentFormat")?.arrayValue?.compactMap(\.stringValue), !formats.isEmpty {
            markdownHover = formats.contains("markdown")
        }
        workspaceFolders = json.at("workspace", "workspaceFolders")?.boolValue ?? false
        inlayHintRefresh = json.at("workspace", "inlayHint", "refreshSupport")?.boolValue ?? false
        semanticTokensRefresh = json.at("workspace", "semanticTokens", "refreshSupport")?.boolValue ?? false
        codeLensRefresh = json.at("workspace", "codeLens", "refreshSupport")?.boolValue ?? false
        semanticTokenTypes = json.at("textDocument", "semanticTokens", "tokenTypes")?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// UTF-8 when the client offers it (no conversion at all), then UTF-32, else UTF-16 (the LSP default).
    var preferredEncoding: PositionEncoding {
        if positionEncodings.contains("utf-8") { return .utf8 }
        if positionEncodings.contains("utf-32") { return .utf32 }
        return .utf16
    }
}
