import CorpusAnalysis
import JSONRPC
import LanguageServerProtocol

/// Editor features for time (issue 4): inlay hints, unresolved-date code action.
extension CopydeskServer {
    func registerTimeFeatures() {
    }

    func contributeTimeCapabilities(_ capabilities: inout ServerCapabilities) {
    }

    /// Code actions for this family's diagnostics (see `CodeActions.swift`).
    func timeCodeActions(_ context: CodeActionContext) -> [CodeAction] {
        []
    }
}
