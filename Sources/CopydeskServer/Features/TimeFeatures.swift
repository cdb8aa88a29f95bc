import ArticleAnalysis
import CorpusAnalysis
import Foundation
import JSONRPC
import LanguageServerProtocol

/// Editor features for time (issue 4): inlay hints after relative or fuzzy times ("this year" →
/// 2018), and the `unresolved-date` fix that adds `date:` front matter.
extension CopydeskServer {
    func registerTimeFeatures() {
        onRequest("textDocument/inlayHint", InlayHintParams.self) { [unowned self] p, _ -> [InlayHint] in
            let key = FileURI.canonical(p.textDocument.uri)
            ensureAnalyzed(key)
            guard let record = corpus.record(key) else { return [] }
            let index = lineIndex(record)
            let start = offset(p.range.start, index)
            let range = start..<max(start, offset(p.range.end, index))
            return corpus.timeHints(path: key, in: range).map { hint in
                let position = index.position(of: hint.offset, encoding: encoding)
                return InlayHint(
                    position: Position(line: position.line, character: position.character), label: hint.label, kind: nil,
                    tooltip: MarkupContent(plainText: hint.tooltip), paddingLeft: true, paddingRight: false)
            }
        }
    }

    func contributeTimeCapabilities(_ capabilities: inout ServerCapabilities) {
        capabilities.codeActionProvider = ["codeActionKinds": ["quickfix"], "resolveProvider": false]
        capabilities.inlayHintProvider = ["resolveProvider": false]
    }

    /// Code actions for this family's diagnostics (see `CodeActions.swift`): an unresolved date
    /// gets "add `date:` front matter" (today's date, to be corrected if the article is older).
    func timeCodeActions(_ context: CodeActionContext) -> [CodeAction] {
        let article = context.record.article
        let diagnostics = context.diagnostics.filter { $0.code == "unresolved-date" }
        let touchesUnresolved = article.times.contains { t in
            t.isUnresolved && (t.range.overlaps(context.range) || t.range.contains(context.range.lowerBound) || t.range.upperBound == context.range.lowerBound)
        }
        guard !diagnostics.isEmpty || touchesUnresolved else { return [] }
        let date = TimeFixes.today().iso
        guard let (range, newText) = TimeFixes.dateEdit(article, date: date) else { return [] }
        let edit = TextEdit(range: lspRange(range, context.index), newText: newText)
        return [
            CodeAction(
                title: "Add `date: \(date)` to the front matter", kind: "quickfix", diagnostics: diagnostics.isEmpty ? nil : diagnostics,
                isPreferred: true, edit: WorkspaceEdit(changes: [context.uri: [edit]])),
        ]
    }
}

/// Where and what to write to give an article a publication date.
enum TimeFixes {
    /// Today in UTC (the server's clock; analysis never reads one).
    static func today() -> CalendarDate {
        CalendarDate(dayNumber: Int((Date().timeIntervalSince1970 / 86400).rounded(.down)))
    }

    /// The edit that adds `date:`: the value of an unreadable date field, a new line at the end
    /// of existing front matter (YAML or TOML), or a new YAML block at the top.
    static func dateEdit(_ article: AnalyzedArticle, date: String) -> (Range<Int>, String)? {
        let bytes = Array(article.text.utf8)
        guard let fm = article.frontMatter else { return (0..<0, "---\ndate: \(date)\n---\n") }
        if let field = fm.dateField { return (field.valueRange, date) }
        let isTOML = bytes.count >= 3 && bytes[fm.range.lowerBound] == UInt8(ascii: "+")
        // The start of the closing delimiter line.
        var end = min(fm.range.upperBound, bytes.count)
        if end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        if end > 0, bytes[end - 1] == 0x0D { end -= 1 }
        var close = end
        while close > fm.range.lowerBound, bytes[close - 1] != 0x0A { close -= 1 }
        guard close > fm.range.lowerBound else { return nil }
        let crlf = close >= 2 && bytes[close - 2] == 0x0D
        return (close..<close, (isTOML ? "date = \(date)" : "date: \(date)") + (crlf ? "\r\n" : "\n"))
    }
}
