import CorpusAnalysis
import JSONRPC
import LanguageServerProtocol

/// Editor features for entities (issue 5): rename, symbols, code lens, completion.
extension CopydeskServer {
    func registerEntityFeatures() {
    }

    func contributeEntityCapabilities(_ capabilities: inout ServerCapabilities) {
    }

    /// Code actions for this family's diagnostics (see `CodeActions.swift`).
    func entityCodeActions(_ context: CodeActionContext) -> [CodeAction] {
        []
    }
}
