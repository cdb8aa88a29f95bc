import ArticleAnalysis
import LanguageServerProtocol

/// A document the client has open. Its text is the client's, not the disk's.
public struct OpenDocument: Sendable {
    /// The URI exactly as the client sent it (diagnostics go back under this spelling).
    public var uri: String
    /// The canonical URI: the corpus key.
    public var key: String
    public var languageId: String
    public var version: Int
    public var text: String

    public var format: ArticleFormat {
        switch languageId.lowercased() {
        case "markdown", "mdx": return .markdown
        case "plaintext", "text", "article": return .plainText
        default: return ArticleFormat.forPath(FileURI.path(uri) ?? uri)
        }
    }
}

/// Applies LSP content changes to text. Ranges are in the negotiated position encoding; ranges
/// past the end clamp to it, and a reversed range is read as empty at its start, so no edit a
/// client sends can make the text invalid or trap.
public enum TextEditing {
    public static func apply(_ changes: [TextDocumentContentChangeEvent], to text: String, encoding: PositionEncoding) -> String {
        var bytes = Array(text.utf8)
        for change in changes {
            guard let range = change.range else {
                bytes = Array(change.text.utf8)
                continue
            }
            let index = LineIndex(bytes: bytes)
            let start = index.offset(line: range.start.line, character: range.start.character, encoding: encoding)
            var end = index.offset(line: range.end.line, character: range.end.character, encoding: encoding)
            if end < start { end = start }
            bytes.replaceSubrange(start..<end, with: Array(change.text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
