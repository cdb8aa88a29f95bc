import CorpusAnalysis
import JSONRPC
import LanguageServerProtocol

/// Editor features for presentation (issue 6): semantic tokens.
extension CopydeskServer {
    func registerPresentationFeatures() {
    }

    func contributePresentationCapabilities(_ capabilities: inout ServerCapabilities) {
    }
}
