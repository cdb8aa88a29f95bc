import CorpusAnalysis
import JSONRPC
import LanguageServerProtocol

/// Editor features for quotes (issue 3): code actions on unattributed quotes. (Quote hover is part
/// of `textDocument/hover`, answered by `Corpus.hover`.)
extension CopydeskServer {
    func registerQuoteFeatures() {
    }

    func contributeQuoteCapabilities(_ capabilities: inout ServerCapabilities) {
        capabilities.codeActionProvider = ["codeActionKinds": ["quickfix"], "resolveProvider": false]
    }

    /// Code actions for this family's diagnostics (see `CodeActions.swift`): for each
    /// `unattributed-quote` in range, "Attribute to ⟨name⟩" (one per speaker the article already
    /// quotes) and "Ignore this quote".
    func quoteCodeActions(_ context: CodeActionContext) -> [CodeAction] {
        let rules = configuration(for: context.key).rules
        var actions: [CodeAction] = []
        for (finding, fixes) in corpus.unattributedQuoteFixes(path: context.key, range: context.range, configuration: rules) {
            let range = lspRange(finding.range, context.index)
            // The client's own copy of the diagnostic, when it sent one; else ours.
            let diagnostic = context.diagnostics.first { $0.code == finding.code && $0.range == range }
                ?? Diagnostic(
                    range: range, severity: CopydeskServer.lspSeverity(finding.severity), code: finding.code, source: "copydesk",
                    message: finding.message, relatedInformation: nil)
            for fix in fixes {
                let edits = fix.edits.map { TextEdit(range: lspRange($0.range, context.index), newText: $0.newText) }
                actions.append(CodeAction(
                    title: fix.title, kind: "quickfix", diagnostics: [diagnostic], isPreferred: fix.isPreferred ? true : nil,
                    edit: WorkspaceEdit(changes: [context.uri: edits])))
            }
        }
        return actions
    }
}
