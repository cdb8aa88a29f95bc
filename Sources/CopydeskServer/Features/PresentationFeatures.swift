import ArticleAnalysis
import CorpusAnalysis
import JSONRPC
import LanguageServerProtocol

/// Editor features for presentation (issue 6): semantic tokens, full and range.
///
/// The facts come from the article's analysis (`mentions`, `quotes` with their speakers, `times`);
/// `SemanticTokenFacts` turns them into non-overlapping byte ranges and `SemanticTokenEncoder`
/// into the LSP's relative integer array in the negotiated encoding. Both are pure, so they are
/// tested without a server.
extension CopydeskServer {
    func registerPresentationFeatures() {
        onRequest("textDocument/semanticTokens/full", TextDocumentParams.self) { [unowned self] p, _ -> SemanticTokens in
            semanticTokens(p.textDocument.uri, range: nil)
        }
        onRequest("textDocument/semanticTokens/range", TextDocumentRangeParams.self) { [unowned self] p, _ -> SemanticTokens in
            semanticTokens(p.textDocument.uri, range: p.range)
        }
    }

    func contributePresentationCapabilities(_ capabilities: inout ServerCapabilities) {
        let legend = SemanticTokenLegend(clientTokenTypes: client.semanticTokenTypes)
        capabilities.semanticTokensProvider = [
            "legend": [
                "tokenTypes": .array(legend.tokenTypes.map { .string($0) }),
                "tokenModifiers": .array(SemanticTokenLegend.tokenModifiers.map { .string($0) }),
            ],
            "range": true,
            "full": true,
        ]
    }

    func semanticTokens(_ uri: String, range: LSPRange?) -> SemanticTokens {
        let key = FileURI.canonical(uri)
        ensureAnalyzed(key)
        guard let record = corpus.record(key) else { return SemanticTokens(resultId: nil, data: []) }
        let index = lineIndex(record)
        let facts = SemanticTokenFacts.collect(record.article, bytes: index.bytes)
        let window = range.map { offset($0.start, index)..<max(offset($0.start, index), offset($0.end, index)) }
        return SemanticTokens(resultId: nil, data: SemanticTokenEncoder.encode(facts, index: index, encoding: encoding, within: window))
    }
}

/// Copydesk's token types, in legend order (the integer a token carries is the raw value).
public enum SemanticTokenKind: Int, CaseIterable, Sendable, Hashable {
    case person, organization, place, product, event, quote, speaker, date

    /// The name a client that knows Copydesk's types sees.
    public var name: String {
        switch self {
        case .person: return "person"
        case .organization: return "organization"
        case .place: return "place"
        case .product: return "product"
        case .event: return "event"
        case .quote: return "quote"
        case .speaker: return "speaker"
        case .date: return "date"
        }
    }

    /// A standard LSP token type with a similar meaning, which themes colour without setup.
    public var fallback: String {
        switch self {
        case .person: return "class"
        case .organization: return "namespace"
        case .place: return "enumMember"
        case .product: return "type"
        case .event: return "event"
        case .quote: return "string"
        case .speaker: return "parameter"
        case .date: return "number"
        }
    }

    /// Which wins where two facts overlap: a speaker over the name it is, a name over the quote it
    /// stands in, a date over the quote that mentions it.
    var precedence: Int {
        switch self {
        case .speaker: return 3
        case .person, .organization, .place, .product, .event: return 2
        case .date: return 1
        case .quote: return 0
        }
    }

    init?(_ type: EntityType) {
        switch type {
        case .person: self = .person
        case .organization: self = .organization
        case .place: self = .place
        case .product: self = .product
        case .event: self = .event
        case .other: return nil
        }
    }
}

/// The legend a client gets. A client sees Copydesk's own names only when it says it knows them
/// (it lists them in `textDocument.semanticTokens.tokenTypes`, as the Copydesk editor
/// integrations do, mapping them to theme colours themselves). Every other client gets standard
/// types in the same slots, because clients colour only the types they know: VS Code and Neovim
/// leave an unknown type unstyled until a theme or the user maps it.
public struct SemanticTokenLegend: Sendable, Hashable {
    public static let tokenModifiers = ["declaration", "unattributed"]
    public static let declaration: UInt32 = 1 << 0
    public static let unattributed: UInt32 = 1 << 1

    public let usesCustomNames: Bool
    public var tokenTypes: [String] {
        SemanticTokenKind.allCases.map { usesCustomNames ? $0.name : $0.fallback }
    }

    public init(clientTokenTypes: [String]) {
        let known = Set(clientTokenTypes)
        usesCustomNames = SemanticTokenKind.allCases.allSatisfy { known.contains($0.name) }
    }
}

/// One highlighted span, in UTF-8 byte offsets into the article's text.
public struct SemanticTokenFact: Sendable, Hashable {
    public var range: Range<Int>
    public var kind: SemanticTokenKind
    /// Bits of `SemanticTokenLegend.tokenModifiers`.
    public var modifiers: UInt32

    public init(range: Range<Int>, kind: SemanticTokenKind, modifiers: UInt32 = 0) {
        self.range = range
        self.kind = kind
        self.modifiers = modifiers
    }
}

public enum SemanticTokenFacts {
    /// The article's facts as highlight spans: sorted, non-overlapping, never empty. Where facts
    /// overlap the one with the higher `precedence` keeps the overlap and the other keeps what is
    /// left of it (a quote around a name becomes the pieces before and after the name).
    public static func collect(_ article: AnalyzedArticle, bytes: [UInt8]) -> [SemanticTokenFact] {
        var facts: [SemanticTokenFact] = []
        for (i, mention) in article.mentions.enumerated() where mention.kind != .pronoun {
            guard let kind = SemanticTokenKind(mention.type) else { continue }
            var modifiers: UInt32 = 0
            if article.entities.indices.contains(mention.entity) {
                let entity = article.entities[mention.entity]
                if entity.mentions.indices.contains(entity.introduction), entity.mentions[entity.introduction] == i {
                    modifiers |= SemanticTokenLegend.declaration
                }
            }
            facts.append(SemanticTokenFact(range: mention.range, kind: kind, modifiers: modifiers))
        }
        for quote in article.quotes where quote.isSpeech {
            let modifiers = quote.attribution?.speaker == nil ? SemanticTokenLegend.unattributed : 0
            for span in quoteSpans(quote, bytes: bytes) {
                facts.append(SemanticTokenFact(range: span, kind: .quote, modifiers: modifiers))
            }
            if let speaker = quote.attribution?.speaker {
                facts.append(SemanticTokenFact(range: speaker, kind: .speaker))
            }
        }
        for time in article.times {
            facts.append(SemanticTokenFact(range: time.range, kind: .date))
        }
        return resolve(facts, limit: bytes.count)
    }

    /// A quote's highlighted spans: each piece with its own quotation marks, so the words between
    /// the pieces of an interrupted quote (`"We plan," he said, "to open"`) stay plain.
    static func quoteSpans(_ quote: Quote, bytes: [UInt8]) -> [Range<Int>] {
        guard quote.pieces.count > 1 else { return [quote.range] }
        var spans: [Range<Int>] = []
        for (i, piece) in quote.pieces.enumerated() {
            let lower = i == 0 ? quote.range.lowerBound : markStart(before: piece.lowerBound, bytes: bytes)
            let upper = i == quote.pieces.count - 1 ? quote.range.upperBound : markEnd(after: piece.upperBound, bytes: bytes)
            if lower < upper { spans.append(lower..<upper) }
        }
        return spans
    }

    static let quotationMarks: [[UInt8]] = ["\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›"].map { Array($0.utf8) }

    static func markStart(before offset: Int, bytes: [UInt8]) -> Int {
        for mark in quotationMarks where offset >= mark.count && offset <= bytes.count
            && Array(bytes[(offset - mark.count)..<offset]) == mark
        {
            return offset - mark.count
        }
        return offset
    }

    static func markEnd(after offset: Int, bytes: [UInt8]) -> Int {
        for mark in quotationMarks where offset >= 0 && offset + mark.count <= bytes.count
            && Array(bytes[offset..<(offset + mark.count)]) == mark
        {
            return offset + mark.count
        }
        return offset
    }

    /// Cuts overlapping facts into non-overlapping spans, the higher precedence winning each
    /// overlap (the earlier fact, between equals). O(n log n): a sweep over the facts' edges.
    public static func resolve(_ input: [SemanticTokenFact], limit: Int) -> [SemanticTokenFact] {
        let facts = input.compactMap { fact -> SemanticTokenFact? in
            let lower = max(0, min(fact.range.lowerBound, limit))
            let upper = max(lower, min(fact.range.upperBound, limit))
            guard lower < upper else { return nil }
            var f = fact
            f.range = lower..<upper
            return f
        }
        guard !facts.isEmpty else { return [] }
        // Edges: at each offset, facts ending there leave before facts starting there join.
        var edges: [(offset: Int, isStart: Bool, fact: Int)] = []
        edges.reserveCapacity(facts.count * 2)
        for (i, f) in facts.enumerated() {
            edges.append((f.range.lowerBound, true, i))
            edges.append((f.range.upperBound, false, i))
        }
        edges.sort { ($0.offset, $0.isStart ? 1 : 0, $0.fact) < ($1.offset, $1.isStart ? 1 : 0, $1.fact) }
        // Active facts per precedence level, each a min-ordered set so the earliest fact wins ties.
        var active = Array(repeating: Set<Int>(), count: 4)
        var result: [SemanticTokenFact] = []
        var lastWinner = -1
        var e = 0
        while e < edges.count {
            let here = edges[e].offset
            while e < edges.count, edges[e].offset == here {
                let edge = edges[e]
                let level = facts[edge.fact].kind.precedence
                if edge.isStart { active[level].insert(edge.fact) } else { active[level].remove(edge.fact) }
                e += 1
            }
            guard e < edges.count else { break }
            let next = edges[e].offset
            guard let level = active.indices.last(where: { !active[$0].isEmpty }), next > here else { continue }
            let winner = active[level].min()!
            let fact = facts[winner]
            // Pieces of one fact join up again (two names side by side stay two tokens).
            if winner == lastWinner, let last = result.last, last.range.upperBound == here {
                result[result.count - 1].range = last.range.lowerBound..<next
            } else {
                result.append(SemanticTokenFact(range: here..<next, kind: fact.kind, modifiers: fact.modifiers))
            }
            lastWinner = winner
        }
        return result
    }
}

public enum SemanticTokenEncoder {
    /// The LSP's `SemanticTokens.data`: five integers per token (line delta, start delta from
    /// the previous token on the same line or from the line start, length, type, modifier bits),
    /// counted in `encoding`. A span over several lines becomes one token per line (line breaks
    /// excluded), since not every client takes multi-line tokens. `within`, if given, keeps only
    /// the tokens that overlap it (for `semanticTokens/range`).
    public static func encode(_ facts: [SemanticTokenFact], index: LineIndex, encoding: PositionEncoding, within: Range<Int>? = nil) -> [Int] {
        var data: [Int] = []
        data.reserveCapacity(facts.count * 5)
        var previousLine = 0
        var previousCharacter = 0
        for fact in facts.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            var start = fact.range.lowerBound
            let end = min(fact.range.upperBound, index.bytes.count)
            var line = index.line(of: start)
            while start < end {
                let lineEnd = min(end, index.lineContentEnd(line))
                if lineEnd > start, within.map({ $0.overlaps(start..<lineEnd) }) ?? true {
                    let character = index.units(from: index.lineStarts[line], to: start, encoding: encoding)
                    let length = index.units(from: start, to: lineEnd, encoding: encoding)
                    let deltaLine = line - previousLine
                    data += [deltaLine, deltaLine == 0 ? character - previousCharacter : character, length, fact.kind.rawValue, Int(fact.modifiers)]
                    previousLine = line
                    previousCharacter = character
                }
                guard line + 1 < index.lineStarts.count else { break }
                line += 1
                start = max(start, index.lineStarts[line])
            }
        }
        return data
    }
}
