import ArticleAnalysis
import CorpusAnalysis
import JSONRPC
import LanguageServerProtocol

/// Editor features for entities (issue 5): outline, workspace symbols, rename, code lens,
/// completion of known names.
extension CopydeskServer {
    static let showReferencesCommand = "copydesk.showReferences"

    func registerEntityFeatures() {
        onRequest("textDocument/documentSymbol", TextDocumentParams.self) { [unowned self] p, _ -> [DocumentSymbol] in
            let key = FileURI.canonical(p.textDocument.uri)
            ensureAnalyzed(key)
            guard let record = corpus.record(key) else { return [] }
            let index = lineIndex(record)
            return corpus.outline(path: key).map { symbol($0, index) }
        }
        onRequest("workspace/symbol", WorkspaceSymbolParams.self) { [unowned self] p, request -> [SymbolInformation] in
            if request.isCancelled { throw ResponseError.cancelled }
            ensureAllAnalyzed()
            return corpus.entitySymbols(matching: p.query).compactMap { s in
                guard let location = lspLocation(s.location) else { return nil }
                return SymbolInformation(name: s.name, kind: CopydeskServer.symbolKind(s.type), location: location, containerName: "\(s.type.rawValue) · \(s.articles) article\(s.articles == 1 ? "" : "s")")
            }
        }
        onRequest("textDocument/prepareRename", PrepareRenameParams.self) { [unowned self] p, _ -> PrepareRenameResult? in
            ensureAllAnalyzed()
            guard let (key, offset) = locate(p.textDocument.uri, p.position), let record = corpus.record(key),
                let target = corpus.renameTarget(path: key, offset: offset)
            else { return nil }
            return PrepareRenameResult(range: lspRange(target.range, lineIndex(record)), placeholder: target.text)
        }
        onRequest("textDocument/rename", RenameParams.self) { [unowned self] p, _ -> WorkspaceEdit? in
            let newName = p.newName.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !newName.isEmpty else { throw ResponseError.invalidParams("a name cannot be empty") }
            // The edits reach other open documents: at the positions of the texts the client has.
            ensureAllAnalyzed()
            guard let (key, offset) = locate(p.textDocument.uri, p.position) else { return nil }
            guard let replacements = corpus.rename(path: key, offset: offset, to: newName) else {
                throw ResponseError(code: .requestFailed, message: "only names can be renamed (not pronouns or descriptions such as “the company”)")
            }
            var changes: [DocumentURI: [TextEdit]] = [:]
            for r in replacements {
                guard let record = corpus.record(r.location.path) else { continue }
                let uri = documents[r.location.path]?.uri ?? r.location.path
                changes[uri, default: []].append(TextEdit(range: lspRange(r.location.range, lineIndex(record)), newText: r.newText))
            }
            return WorkspaceEdit(changes: changes)
        }
        onRequest("textDocument/codeLens", CodeLensParams.self) { [unowned self] p, _ -> [CodeLens] in
            let key = FileURI.canonical(p.textDocument.uri)
            ensureAnalyzed(key)
            guard let record = corpus.record(key) else { return [] }
            let index = lineIndex(record)
            let uri = documents[key]?.uri ?? p.textDocument.uri
            return corpus.mentionCounts(path: key).map { lens in
                let range = lspRange(lens.range, index)
                let title = "mentioned in \(lens.articles) article\(lens.articles == 1 ? "" : "s")"
                // Arguments are the place to ask references for; a client extension shows them
                // (the VS Code extension maps this to its references view). Cheap to compute, so a
                // lens never costs a references search.
                let command = Command(title: title, command: CopydeskServer.showReferencesCommand, arguments: [.string(uri), CopydeskServer.json(range.start)])
                return CodeLens(range: range, command: command, data: nil)
            }
        }
        onRequest("workspace/executeCommand", ExecuteCommandParams.self) { p, _ -> JSONValue? in
            // The lens command is for the client to show; a client that sends it back gets a no-op.
            guard p.command == CopydeskServer.showReferencesCommand else { throw ResponseError.invalidParams("unknown command \(p.command)") }
            return nil
        }
        onRequest("textDocument/completion", CompletionParams.self) { [unowned self] p, _ -> CompletionList in
            guard let (key, offset) = locate(p.textDocument.uri, p.position), let record = corpus.record(key) else {
                return CompletionList(isIncomplete: false, items: [])
            }
            let index = lineIndex(record)
            let items = corpus.completeName(path: key, offset: offset).map { c in
                CompletionItem(
                    label: c.name, kind: CopydeskServer.completionKind(c.type), detail: c.detail, documentation: nil, filterText: c.name,
                    textEdit: TextEdit(range: lspRange(c.replacing, index), newText: c.name))
            }
            return CompletionList(isIncomplete: true, items: items)
        }
    }

    func contributeEntityCapabilities(_ capabilities: inout ServerCapabilities) {
        capabilities.documentSymbolProvider = true
        capabilities.workspaceSymbolProvider = true
        capabilities.renameProvider = ["prepareProvider": true]
        capabilities.codeLensProvider = ["resolveProvider": false]
        capabilities.completionProvider = ["resolveProvider": false]
        capabilities.executeCommandProvider = ["commands": [.string(CopydeskServer.showReferencesCommand)]]
    }

    /// Code actions for this family's diagnostics (see `CodeActions.swift`).
    func entityCodeActions(_ context: CodeActionContext) -> [CodeAction] {
        []
    }

    func symbol(_ item: OutlineItem, _ index: LineIndex) -> DocumentSymbol {
        let kind: Int
        switch item.kind {
        case .group: kind = 4  // Package
        case .entity(let type): kind = CopydeskServer.symbolKind(type)
        case .speaker: kind = 8  // Field
        case .quote: kind = 15  // String
        }
        return DocumentSymbol(
            name: item.name, detail: item.detail, kind: kind, range: lspRange(item.range, index), selectionRange: lspRange(item.selection, index),
            children: item.children.isEmpty ? nil : item.children.map { symbol($0, index) })
    }

    /// SymbolKind for an entity type: person Variable, organisation Class, place Namespace,
    /// product Object, event Event, other Key.
    static func symbolKind(_ type: EntityType) -> Int {
        switch type {
        case .person: return 13
        case .organization: return 5
        case .place: return 3
        case .product: return 19
        case .event: return 24
        case .other: return 20
        }
    }

    /// CompletionItemKind for an entity type, matching `symbolKind`.
    static func completionKind(_ type: EntityType) -> Int {
        switch type {
        case .person: return 6
        case .organization: return 7
        case .place: return 9
        case .product: return 12
        case .event: return 23
        case .other: return 1
        }
    }

    static func json(_ p: Position) -> JSONValue { ["line": .int(p.line), "character": .int(p.character)] }
    static func json(_ r: LSPRange) -> JSONValue { ["start": json(r.start), "end": json(r.end)] }
}
