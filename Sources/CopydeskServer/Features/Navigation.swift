import CorpusAnalysis
import JSONRPC
import LanguageServerProtocol

extension CopydeskServer {
    func registerFeatureHandlers() {
        registerNavigationHandlers()
        registerQuoteFeatures()
        registerTimeFeatures()
        registerEntityFeatures()
        registerPresentationFeatures()
        registerCodeActions()
    }

    func registerNavigationHandlers() {
        onRequest("textDocument/hover", TextDocumentPositionParams.self) { [unowned self] p, _ -> Hover? in
            guard let (key, offset) = locate(p.textDocument.uri, p.position), let answer = corpus.hover(path: key, offset: offset),
                let record = corpus.record(key)
            else { return nil }
            let content = client.markdownHover ? MarkupContent(markdown: answer.markdown) : MarkupContent(plainText: answer.markdown)
            return Hover(contents: content, range: lspRange(answer.range, lineIndex(record)))
        }
        onRequest("textDocument/definition", TextDocumentPositionParams.self) { [unowned self] p, _ -> [Location] in
            ensureAllAnalyzed()
            guard let (key, offset) = locate(p.textDocument.uri, p.position) else { return [] }
            return corpus.definition(path: key, offset: offset).compactMap(lspLocation)
        }
        onRequest("textDocument/references", ReferenceParams.self) { [unowned self] p, _ -> [Location] in
            ensureAllAnalyzed()
            guard let (key, offset) = locate(p.textDocument.uri, p.position) else { return [] }
            return corpus.references(path: key, offset: offset, includeDeclaration: p.context.includeDeclaration).compactMap(lspLocation)
        }
        onRequest("textDocument/documentHighlight", TextDocumentPositionParams.self) { [unowned self] p, _ -> [DocumentHighlight] in
            guard let (key, offset) = locate(p.textDocument.uri, p.position), let record = corpus.record(key) else { return [] }
            let index = lineIndex(record)
            return corpus.highlights(path: key, offset: offset).map { DocumentHighlight(range: lspRange($0, index), kind: 1) }
        }
    }

    /// The corpus key and byte offset of a client position, with the document's analysis current.
    /// Positions outside the text clamp to it.
    func locate(_ uri: String, _ position: Position) -> (String, Int)? {
        let key = FileURI.canonical(uri)
        ensureAnalyzed(key)
        guard let record = corpus.record(key) else { return nil }
        return (key, offset(position, lineIndex(record)))
    }

    func lspLocation(_ location: TextLocation) -> Location? {
        guard let record = corpus.record(location.path) else { return nil }
        let uri = documents[location.path]?.uri ?? location.path
        return Location(uri: uri, range: lspRange(location.range, lineIndex(record)))
    }
}
