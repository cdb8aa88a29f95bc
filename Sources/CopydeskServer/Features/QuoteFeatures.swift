import CorpusAnalysis
import JSONRPC
import LanguageServerProtocol

/// Editor features for quotes (issue 3): code actions on unattributed quotes, quote hover details.
extension CopydeskServer {
    func registerQuoteFeatures() {
    }

    func contributeQuoteCapabilities(_ capabilities: inout ServerCapabilities) {
    }

    /// Code actions for this family's diagnostics (see `CodeActions.swift`).
    func quoteCodeActions(_ context: CodeActionContext) -> [CodeAction] {
        []
    }
}
