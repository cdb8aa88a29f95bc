import ArticleAnalysis
import CorpusAnalysis
import JSONRPC
import LanguageServerProtocol

/// `textDocument/codeAction`: each feature family offers its fixes for the diagnostics in range.
/// Fixes are edits the client applies (WorkspaceEdit); the server never writes a file itself.
extension CopydeskServer {
    func registerCodeActions() {
        onRequest("textDocument/codeAction", CodeActionParams.self) { [unowned self] p, _ -> [CodeAction] in
            let key = FileURI.canonical(p.textDocument.uri)
            ensureAnalyzed(key)
            guard let record = corpus.record(key) else { return [] }
            let index = lineIndex(record)
            let range = offset(p.range.start, index)..<max(offset(p.range.start, index), offset(p.range.end, index))
            let context = CodeActionContext(uri: documents[key]?.uri ?? p.textDocument.uri, key: key, record: record, index: index, range: range, diagnostics: p.context.diagnostics)
            return quoteCodeActions(context) + timeCodeActions(context) + entityCodeActions(context)
        }
    }
}

/// What a feature needs to offer code actions.
struct CodeActionContext {
    /// The document's URI as the client spells it (for the WorkspaceEdit).
    var uri: String
    var key: String
    var record: ArticleRecord
    var index: LineIndex
    /// The requested range, in byte offsets.
    var range: Range<Int>
    /// The client's diagnostics in range (as it has them).
    var diagnostics: [Diagnostic]
}
