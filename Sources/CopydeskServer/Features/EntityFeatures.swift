import CorpusAnalysis
import JSONRPC
import LanguageServerProtocol

/// Editor features for entities (issue 5): rename, symbols, code lens, completion.
extension CopydeskServer {
    func registerEntityFeatures() {
    }

    func contributeEntityCapabilities(_ capabilities: inout ServerCapabilities) {
    }
}
