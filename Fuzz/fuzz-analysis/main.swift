import ArticleAnalysis
import CorpusAnalysis
import FuzzSupport

/// Fuzz target: arbitrary bytes read as a file is read (invalid UTF-8 replaced), analysed as
/// Markdown and as plain text, put in a corpus with a second article, and queried everywhere.
/// Nothing may trap, and every fact must lie inside the text.
func fuzzAnalysis(_ data: UnsafeRawBufferPointer) {
    let text = String(decoding: data, as: UTF8.self)
    let size = text.utf8.count
    var corpus = Corpus()
    for (path, format) in [("a.md", ArticleFormat.markdown), ("b.txt", .plainText)] {
        let article = ArticleAnalyzer.analyze(text, format: format)
        check(article, size)
        corpus.update(path: path, article: article)
    }
    for path in ["a.md", "b.txt"] {
        _ = corpus.findings(for: path)
        var offset = 0
        while offset <= size {
            _ = corpus.hover(path: path, offset: offset)
            _ = corpus.definition(path: path, offset: offset)
            _ = corpus.references(path: path, offset: offset, includeDeclaration: true)
            offset += max(1, size / 16)
        }
        _ = corpus.outline(path: path)
    }
    corpus.remove(path: "a.md")
    _ = corpus.findings(for: "b.txt")
}

func check(_ a: AnalyzedArticle, _ size: Int) {
    func inside(_ r: Range<Int>) -> Bool { r.lowerBound >= 0 && r.upperBound <= size }
    precondition(a.sentences.allSatisfy { inside($0.range) }, "sentence outside the text")
    precondition(a.quotes.allSatisfy { inside($0.range) && $0.pieces.allSatisfy(inside) }, "quote outside the text")
    precondition(a.times.allSatisfy { inside($0.range) }, "time outside the text")
    precondition(a.mentions.allSatisfy { inside($0.range) && $0.entity >= 0 && $0.entity < a.entities.count }, "bad mention")
    precondition(zip(a.mentions, a.mentions.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound }, "mentions overlap or are unsorted")
    precondition(a.entities.allSatisfy { e in e.mentions.allSatisfy { $0 >= 0 && $0 < a.mentions.count } }, "entity points at no mention")
    precondition(a.claims.allSatisfy { inside($0.range) && $0.time >= 0 && $0.time < a.times.count }, "bad claim")
}

#if canImport(Glibc)
import Glibc
#endif

exit(Fuzz.main(CommandLine.argc, CommandLine.unsafeArgv, fuzzAnalysis))
