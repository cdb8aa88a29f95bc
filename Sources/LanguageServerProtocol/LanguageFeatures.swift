import JSONRPC

public struct Hover: Codable, Sendable {
    public var contents: MarkupContent
    public var range: LSPRange?
    public init(contents: MarkupContent, range: LSPRange?) {
        self.contents = contents
        self.range = range
    }
}

public struct ReferenceParams: Codable, Sendable {
    public struct Context: Codable, Sendable {
        public var includeDeclaration: Bool
    }
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var context: Context
}

public struct DocumentHighlight: Codable, Sendable, Hashable {
    public var range: LSPRange
    /// 1 text, 2 read, 3 write.
    public var kind: Int?
    public init(range: LSPRange, kind: Int?) {
        self.range = range
        self.kind = kind
    }
}

public struct DocumentSymbol: Codable, Sendable {
    public var name: String
    public var detail: String?
    /// SymbolKind: 1 File … 26 TypeParameter.
    public var kind: Int
    public var range: LSPRange
    public var selectionRange: LSPRange
    public var children: [DocumentSymbol]?
    public init(name: String, detail: String?, kind: Int, range: LSPRange, selectionRange: LSPRange, children: [DocumentSymbol]?) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }
}

public struct WorkspaceSymbolParams: Codable, Sendable {
    public var query: String
}

public struct SymbolInformation: Codable, Sendable {
    public var name: String
    public var kind: Int
    public var location: Location
    public var containerName: String?
    public init(name: String, kind: Int, location: Location, containerName: String?) {
        self.name = name
        self.kind = kind
        self.location = location
        self.containerName = containerName
    }
}

public struct RenameParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var newName: String
}

public struct PrepareRenameResult: Codable, Sendable {
    public var range: LSPRange
    public var placeholder: String
    public init(range: LSPRange, placeholder: String) {
        self.range = range
        self.placeholder = placeholder
    }
}

public struct CodeActionParams: Codable, Sendable {
    public struct Context: Codable, Sendable {
        public var diagnostics: [Diagnostic]
        public var only: [String]?
    }
    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
    public var context: Context
}

public struct CodeAction: Codable, Sendable {
    public var title: String
    public var kind: String?
    public var diagnostics: [Diagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit?
    public init(title: String, kind: String?, diagnostics: [Diagnostic]?, isPreferred: Bool?, edit: WorkspaceEdit?) {
        self.title = title
        self.kind = kind
        self.diagnostics = diagnostics
        self.isPreferred = isPreferred
        self.edit = edit
    }
}

public struct CodeLens: Codable, Sendable {
    public var range: LSPRange
    public var command: Command?
    public var data: JSONValue?
    public init(range: LSPRange, command: Command?, data: JSONValue?) {
        self.range = range
        self.command = command
        self.data = data
    }
}

public struct CompletionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

public struct CompletionItem: Codable, Sendable {
    public var label: String
    /// CompletionItemKind.
    public var kind: Int?
    public var detail: String?
    public var documentation: MarkupContent?
    public var filterText: String?
    public var textEdit: TextEdit?
    public init(label: String, kind: Int?, detail: String?, documentation: MarkupContent?, filterText: String?, textEdit: TextEdit?) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.filterText = filterText
        self.textEdit = textEdit
    }
}

public struct CompletionList: Codable, Sendable {
    public var isIncomplete: Bool
    public var items: [CompletionItem]
    public init(isIncomplete: Bool, items: [CompletionItem]) {
        self.isIncomplete = isIncomplete
        self.items = items
    }
}

public struct InlayHintParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
}

public struct InlayHint: Codable, Sendable {
    public var position: Position
    public var label: String
    /// 1 type, 2 parameter.
    public var kind: Int?
    public var tooltip: MarkupContent?
    public var paddingLeft: Bool?
    public var paddingRight: Bool?
    public init(position: Position, label: String, kind: Int?, tooltip: MarkupContent?, paddingLeft: Bool?, paddingRight: Bool?) {
        self.position = position
        self.label = label
        self.kind = kind
        self.tooltip = tooltip
        self.paddingLeft = paddingLeft
        self.paddingRight = paddingRight
    }
}

public struct SemanticTokens: Codable, Sendable {
    public var resultId: String?
    public var data: [Int]
    public init(resultId: String?, data: [Int]) {
        self.resultId = resultId
        self.data = data
    }
}

public struct CodeLensParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
}

public struct PrepareRenameParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}
