/// Finds quotations and attributes them to speakers.
///
/// The pipeline, one linear pass per step over tokens:
/// 1. `QuoteMarks` pairs quotation marks per paragraph; Markdown block quotes are quotes whole.
/// 2. A quote left open at a paragraph's end continues in the next paragraph that reopens it.
/// 3. Interrupted quotes (`"We plan," he said, "to open in May."`) become one quote with two pieces.
/// 4. Each quote looks for a cue in its own sentence: after it (`"…," said Lei Jun` / `"…," Lei Jun
///    said`), then before it (`Lei Jun said: "…"`, `according to Lei Jun, "…"`, a colon).
/// 5. Quotes still without a speaker look at the sentences around them: a quote-only sentence
///    continues the quote before it, or takes the speaker of a speech clause just before or after.
/// 6. Quotes nobody speaks are told apart from speech: terms (`so-called "gig economy"`), titles,
///    nicknames and short scare quotes are `isSpeech = false`.
public enum QuoteFinder {
    public static func find(_ document: ArticleDocument, entities: EntityRecognizer.Result) -> [Quote] {
        var finding = QuoteFinding(document)
        return finding.run()
    }
}

struct QuoteFinding {
    let document: ArticleDocument
    let tokens: [Token]
    let bytes: [UInt8]
    var scanner: CueScanner
    let marks: QuoteMarks
    /// The sentence index of each token.
    let sentenceOf: [Int32]
    /// How far (in tokens) a cue is looked for from its quote.
    static let reach = 80
    /// Quotation marks of nicknames (Dwayne "The Rock" Johnson): read through as part of a name.
    var nicknameMarks: Set<Int> = []

    init(_ document: ArticleDocument) {
        self.document = document
        tokens = document.tokens
        bytes = document.bytes
        scanner = CueScanner(tokens: document.tokens, bytes: document.bytes)
        marks = QuoteMarks(tokens: document.tokens, bytes: document.bytes)
        var sentenceOf = [Int32](repeating: -1, count: document.tokens.count)
        var titleCase: [Bool] = []
        for (index, s) in document.sentences.enumerated() {
            for t in s.tokens where t >= 0 && t < sentenceOf.count { sentenceOf[t] = Int32(index) }
            if QuoteFinding.isTitleCaseSentence(document.tokens, s.tokens) {
                if titleCase.isEmpty { titleCase = [Bool](repeating: false, count: document.tokens.count) }
                for t in s.tokens where t >= 0 && t < titleCase.count { titleCase[t] = true }
            }
        }
        self.sentenceOf = sentenceOf
        scanner.inTitleCase = titleCase
    }

    /// A headline-style sentence, Every Word Capitalised: capitals there say nothing about names or
    /// titles ("Clinton Praised “Continuing Movements Towards Open Markets”").
    static func isTitleCaseSentence(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var capitals = 0
        var lowercase = 0
        for i in range where i >= 0 && i < tokens.count && tokens[i].kind == .word && !tokens[i].has(.possessive) {
            let t = tokens[i]
            if t.isCapitalized || t.has(.allCaps) {
                capitals += 1
            } else if t.length > 3 || !QuoteLexicons.nonNameWords.contains(t.hash) {
                lowercase += 1
            }
        }
        return capitals >= 4 && capitals * 100 >= (capitals + lowercase) * 85
    }

    /// A quote being built: its spans (pieces) and what is known of it.
    struct Candidate {
        var spans: [QuoteMarks.Span]
        /// A Markdown block quote.
        var isBlock = false
        var attribution: Attribution?
        /// How the attribution was found; `continuation` attributions may be inherited in turn.
        var isSpeech = true
        var openToken: Int
        var endToken: Int

        init(_ spans: [QuoteMarks.Span]) {
            self.spans = spans
            openToken = spans.first?.openToken ?? 0
            endToken = spans.last?.endToken ?? 0
        }

        var firstParagraph: Int { spans.first?.paragraph ?? 0 }
        var lastParagraph: Int { spans.last?.paragraph ?? 0 }
        var range: Range<Int> {
            guard let f = spans.first, let l = spans.last else { return 0..<0 }
            return f.range.lowerBound..<max(f.range.lowerBound, l.range.upperBound)
        }
    }

    mutating func run() -> [Quote] {
        var candidates = collect()
        guard !candidates.isEmpty else { return [] }
        // Nicknames are set aside first, so a speaker named with one (`Marcia "Cia" Price said`)
        // still reads as one phrase.
        var nicknames: [Candidate] = []
        candidates.removeAll { c in
            guard isNickname(c) else { return false }
            nicknames.append(c)
            return true
        }
        for c in nicknames {
            for span in c.spans {
                nicknameMarks.insert(span.openToken)
                if let close = span.closeToken {
                    var k = close
                    while k < span.endToken {
                        nicknameMarks.insert(k)
                        k += 1
                    }
                }
            }
        }
        scanner.nicknameMarks = nicknameMarks
        candidates = mergeInterrupted(candidates)
        for i in candidates.indices where candidates[i].attribution == nil {
            candidates[i].attribution = attributeInSentence(candidates, i)
        }
        for i in candidates.indices where candidates[i].attribution == nil {
            candidates[i].attribution = attributeAcrossSentences(candidates, i)
        }
        for var c in nicknames {
            c.isSpeech = false
            candidates.append(c)
        }
        if !nicknames.isEmpty { candidates.sort { $0.openToken < $1.openToken } }
        var quotes: [Quote] = []
        quotes.reserveCapacity(candidates.count)
        for c in candidates {
            let pieces = c.spans.map(\.inner).filter { !$0.isEmpty }
            guard !pieces.isEmpty else { continue }
            let kind = self.kind(of: c)
            let speech = c.isSpeech && isSpeech(c, kind: kind)
            quotes.append(Quote(range: c.range, pieces: pieces, kind: kind, isSpeech: speech, attribution: speech ? c.attribution : c.attribution.flatMap { $0.speaker == nil ? nil : $0 }))
        }
        return quotes
    }

    // MARK: Sentences and paragraphs

    func tokenRange(ofParagraph p: Int) -> Range<Int> {
        guard p >= 0, p < document.paragraphs.count else { return 0..<0 }
        let s = document.paragraphs[p].sentences
        guard !s.isEmpty, s.lowerBound >= 0, s.upperBound <= document.sentences.count else { return 0..<0 }
        return document.sentences[s.lowerBound].tokens.lowerBound..<document.sentences[s.upperBound - 1].tokens.upperBound
    }

    func sentence(ofToken i: Int) -> Int? {
        guard i >= 0, i < sentenceOf.count, sentenceOf[i] >= 0 else { return nil }
        return Int(sentenceOf[i])
    }

    func sentenceTokens(_ s: Int) -> Range<Int> {
        guard s >= 0, s < document.sentences.count else { return 0..<0 }
        return document.sentences[s].tokens
    }

    func paragraphKind(_ p: Int) -> Paragraph.Kind? {
        p >= 0 && p < document.paragraphs.count ? document.paragraphs[p].kind : nil
    }

    // MARK: 1–2. Spans, block quotes, paragraphs that continue a quote

    func collect() -> [Candidate] {
        var result: [Candidate] = []
        var pendingChain: Candidate? = nil
        var p = 0
        let paragraphs = document.paragraphs
        while p < paragraphs.count {
            let kind = paragraphs[p].kind
            let range = tokenRange(ofParagraph: p)
            if kind == .boilerplate || kind == .tableRow || range.isEmpty {
                if let c = pendingChain { result.append(c) }
                pendingChain = nil
                p += 1
                continue
            }
            if kind == .blockQuote {
                if let c = pendingChain { result.append(c) }
                pendingChain = nil
                // Consecutive block-quote paragraphs are one quotation.
                var spans: [QuoteMarks.Span] = []
                while p < paragraphs.count, paragraphs[p].kind == .blockQuote {
                    if let s = blockSpan(p) { spans.append(s) }
                    p += 1
                }
                if !spans.isEmpty {
                    var c = Candidate(spans)
                    c.isBlock = true
                    c.attribution = blockSignature(spans)
                    result.append(c)
                }
                continue
            }
            for var span in marks.spans(paragraph: p, tokens: range) {
                // A transcript line, `"WALLACE: Let's start…`: the label names the speaker.
                var labelled: Attribution? = nil
                if let (label, colon) = transcriptLabel(span) {
                    labelled = Attribution(speaker: label, cue: tokens[colon].range, placement: .before)
                    span.inner = marks.trimmed(Int(tokens[colon].end)..<max(Int(tokens[colon].end), span.inner.upperBound))
                }
                if var chain = pendingChain {
                    // The quote left open continues if this paragraph (or line) reopens it at once.
                    let reopens = labelled == nil && span.family == chain.spans.last?.family
                        && ((span.openToken == range.lowerBound || (tokens.indices.contains(span.openToken) && tokens[span.openToken].has(.newlineBefore)))
                            && (span.paragraph == chain.lastParagraph + 1 || span.paragraph == chain.lastParagraph)
                            || span.paragraph == chain.lastParagraph && marks.reopensAfterSentence(openToken: span.openToken))
                    if reopens {
                        chain.spans.append(span)
                        chain.endToken = span.endToken
                        pendingChain = span.openAtEnd ? chain : nil
                        if !span.openAtEnd { result.append(chain) }
                        continue
                    }
                    result.append(chain)
                    pendingChain = nil
                }
                var c = Candidate([span])
                c.attribution = labelled
                if span.openAtEnd { pendingChain = c } else { result.append(c) }
            }
            // A chain survives only into the very next paragraph.
            if let c = pendingChain, c.lastParagraph < p {
                result.append(c)
                pendingChain = nil
            }
            p += 1
        }
        if let c = pendingChain { result.append(c) }
        return result.sorted { $0.openToken < $1.openToken }
    }

    /// `"WALLACE: Let's start…"`: one to three capitalised words in capitals, then a colon, opening
    /// the quote. Returns the label's bytes and the colon's token index.
    func transcriptLabel(_ span: QuoteMarks.Span) -> (Range<Int>, Int)? {
        let first = document.tokenIndex(atOrAfter: span.inner.lowerBound)
        var k = first
        while k < first + 5, k < tokens.count, (tokens[k].kind == .word && tokens[k].has(.allCaps)) || scanner.isNameInternalPeriod(k) {
            k += 1
        }
        guard k > first, k < span.endToken, scanner.isPunct(k, ":") else { return nil }
        return (Int(tokens[first].start)..<Int(tokens[k - 1].end), k)
    }

    /// A Markdown block-quote paragraph as one span: its text, without enclosing quotation marks or
    /// a closing signature line ("— Lei Jun").
    func blockSpan(_ p: Int) -> QuoteMarks.Span? {
        let range = tokenRange(ofParagraph: p)
        guard !range.isEmpty else { return nil }
        var first = range.lowerBound
        var last = range.upperBound - 1
        if let sig = signatureLine(range) { last = sig - 1 }
        guard first <= last else { return nil }
        if tokens[first].kind == .quote { first += 1 }
        if last > first, tokens[last].kind == .quote { last -= 1 }
        guard first <= last else { return nil }
        let inner = Int(tokens[first].start)..<Int(tokens[last].end)
        let whole = Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
        return QuoteMarks.Span(
            openToken: range.lowerBound, endToken: range.upperBound, closeToken: nil, range: whole, inner: inner, family: .double,
            paragraph: p, openAtEnd: false)
    }

    /// The token index of a signature line ("— Lei Jun, Xiaomi") that ends a block quote.
    func signatureLine(_ range: Range<Int>) -> Int? {
        var k = range.upperBound - 1
        while k > range.lowerBound {
            if tokens[k].has(.newlineBefore) {
                return scanner.isDash(k) && scanner.phraseStarting(at: k + 1, upperBound: range.upperBound) != nil ? k : nil
            }
            k -= 1
        }
        return nil
    }

    /// The attribution a block quote's signature line gives.
    func blockSignature(_ spans: [QuoteMarks.Span]) -> Attribution? {
        guard let last = spans.last else { return nil }
        let range = tokenRange(ofParagraph: last.paragraph)
        guard let sig = signatureLine(range), let phrase = scanner.phraseStarting(at: sig + 1, upperBound: range.upperBound) else { return nil }
        return Attribution(speaker: phrase.speaker, cue: tokens[sig].range, placement: .after, role: phrase.role)
    }

    // MARK: 3. Interrupted quotes

    /// `"We plan," he said, "to open in May."`: two spans with a cue clause between them (no sentence
    /// end, a comma or colon before the second) are one quote.
    func mergeInterrupted(_ candidates: [Candidate]) -> [Candidate] {
        var result: [Candidate] = []
        result.reserveCapacity(candidates.count)
        for c in candidates {
            guard var previous = result.last, let a = previous.spans.last, let b = c.spans.first, !previous.isBlock, !c.isBlock,
                a.closed, a.paragraph == b.paragraph, b.openToken > a.endToken
            else {
                result.append(c)
                continue
            }
            let between = a.endToken..<b.openToken
            guard between.count <= 30, let cue = interruptionCue(between, lastInner: a.closeToken.map { $0 - 1 }, next: b.openToken + 1) else {
                result.append(c)
                continue
            }
            previous.spans.append(contentsOf: c.spans)
            previous.endToken = c.endToken
            if previous.attribution == nil {
                previous.attribution = cue.attribution
            }
            result[result.count - 1] = previous
        }
        return result
    }

    /// Whether the tokens between two spans are an interrupting cue clause, and the attribution it gives.
    func interruptionCue(_ between: Range<Int>, lastInner: Int?, next: Int) -> (cue: Int, attribution: Attribution?)? {
        guard let lastBetween = between.last else { return nil }
        // The clause ends with a comma, colon or dash before the second piece opens.
        guard scanner.isSoftPunctuation(lastBetween) || scanner.isPunct(lastBetween, ":") else { return nil }
        var cue: Int? = nil
        for k in between {
            if scanner.isTerminal(k) { return nil }
            if tokens[k].kind == .quote { return nil }
            if cue == nil, let c = scanner.cue(at: k), c.kind == .speech || c.kind == .phrase || c.kind == .accordingTo { cue = k }
        }
        guard let cue else { return nil }
        // A first piece that ended its sentence ("…?" he asked, "…") must be followed by lowercase.
        if let li = lastInner, scanner.isTerminal(li), !scanner.isLowercaseWord(next) { return nil }
        if let a = attributionAfter(from: between.lowerBound, limit: lastBetween + 1), a.speaker != nil { return (cue, a) }
        if let a = attributionAt(cue, lowerBound: between.lowerBound, upperBound: lastBetween + 1, placement: .inside) { return (cue, a) }
        // A participle between the pieces (`-- and, asked later, asserting, "…"`) leans on the subject
        // of the sentence.
        let sentenceStart = sentence(ofToken: between.lowerBound).map { sentenceTokens($0).lowerBound } ?? between.lowerBound
        if let phrase = sentenceSubject(from: sentenceStart, before: cue), phrase.lastToken < between.lowerBound || phrase.firstToken >= between.lowerBound {
            return (cue, Attribution(speaker: phrase.speaker, cue: tokens[cue].range, placement: .inside, role: phrase.role))
        }
        return (cue, nil)
    }

    // MARK: 4. A cue in the quote's own sentence

    func attributeInSentence(_ candidates: [Candidate], _ i: Int) -> Attribution? {
        let c = candidates[i]
        guard let firstSentence = sentence(ofToken: c.openToken), let lastSentence = sentence(ofToken: c.endToken - 1) else { return nil }
        let sentenceStart = sentenceTokens(firstSentence).lowerBound
        var afterLimit = sentenceTokens(lastSentence).upperBound
        // The next quote bounds the search, unless it is a short quoted name or title read past
        // on the way to the cue (`Bill Eastland, wearing "Ted Cruz" pins, said`).
        var next = i + 1
        while next < candidates.count, let close = candidates[next].spans.first?.closeToken, candidates[next].spans.count == 1,
            scanner.isQuotedTitle(candidates[next].openToken, close)
        {
            next += 1
        }
        if next < candidates.count { afterLimit = min(afterLimit, candidates[next].openToken) }
        let startsSentence = !safeRange(max(sentenceStart, c.openToken - QuoteFinding.reach), c.openToken).contains { scanner.isWord($0) }
        var lowerBound = sentenceStart
        if i > 0 { lowerBound = max(lowerBound, candidates[i - 1].endToken) }
        if c.isBlock { return nil }
        if startsSentence {
            if let a = attributionAfter(from: c.endToken, limit: afterLimit) { return a }
            return attributionBefore(c, lowerBound: lowerBound, skipping: candidates, index: i)
        }
        let before = attributionBefore(c, lowerBound: sentenceStart, skipping: candidates, index: i)
        if let b = before, b.speaker != nil { return b }
        if let a = attributionAfter(from: c.endToken, limit: afterLimit), a.speaker != nil || before == nil { return a }
        if let b = before { return b }
        // A clause closing the sentence speaks for every quote in it: `"tight," with "modest" growth,
        // according to the survey.`
        if afterLimit < sentenceTokens(lastSentence).upperBound, let a = trailingAttribution(sentenceTokens(lastSentence), after: c.endToken) { return a }
        // `called it "sad" and "a disgrace"`: a quote joined to the one before shares its speaker.
        if i > 0, candidates[i - 1].endToken > sentenceStart, let a = candidates[i - 1].attribution, a.speaker != nil {
            let between = safeRange(candidates[i - 1].endToken, c.openToken)
            if between.count <= 3, between.allSatisfy({ scanner.isPunct($0, ",") || CueScanner.conjunctions.contains(scanner.hash($0)) }) { return a }
        }
        return nil
    }

    /// `"…," said Lei Jun` / `"…," Lei Jun said` / `"…," according to Lei Jun`, reading from `start`
    /// (just after the quote) up to `limit`.
    func attributionAfter(from start: Int, limit: Int) -> Attribution? {
        var a = start
        // A signature: `"…" — Lei Jun` ending the sentence or line.
        if scanner.isDash(a) || (scanner.isPunct(a, ",") && scanner.isDash(a + 1)) {
            let dash = scanner.isDash(a) ? a : a + 1
            if let phrase = scanner.phraseStarting(at: dash + 1, upperBound: limit), phrase.isName,
                phrase.lastToken + 1 >= limit || scanner.isTerminal(phrase.lastToken + 1) || (tokens.indices.contains(phrase.lastToken + 1) && tokens[phrase.lastToken + 1].has(.newlineBefore))
            {
                return Attribution(speaker: phrase.speaker, cue: tokens[dash].range, placement: .after, role: phrase.role)
            }
        }
        while a < limit, scanner.isSoftPunctuation(a) || (tokens[a].kind == .punctuation && tokens[a].first == ")") { a += 1 }
        guard a < limit else { return nil }
        // `"…," in a statement from Xiaomi.`
        if let m = scanner.mediumPhrase(at: a), scanner.hash(a + m) == Bytes.wordHash("from") || scanner.hash(a + m) == CueScanner.hashBy,
            let phrase = scanner.phraseStarting(at: a + m + 1, upperBound: limit)
        {
            return Attribution(speaker: phrase.speaker, cue: span(a, a + m - 1), placement: .after, role: phrase.role)
        }
        if let c = scanner.cue(at: a) {
            switch c.kind {
            case .accordingTo:
                let phrase = scanner.phraseStarting(at: a + c.length, upperBound: limit)
                return Attribution(speaker: phrase?.speaker, cue: span(a, a + c.length - 1), placement: .after, role: phrase?.role)
            case .speech:
                // Inverted: `said Lei Jun`. With "told", what follows is the party told, not the speaker.
                if scanner.has(CueScanner.neverInverted, a) { return nil }
                let phrase = scanner.phraseStarting(at: a + 1, upperBound: limit)
                guard let phrase else { return nil }
                return Attribution(speaker: phrase.speaker, cue: tokens[a].range, placement: .after, role: phrase.role)
            case .phrase, .characterizing:
                break
            }
        }
        // A name, then what it is, then the verb, with the comma that should close the appositive
        // left out (`"…," Nabil Abu Rudeina, an adviser to Mr Arafat said.`), or a phrase saying
        // where the speaker works (`"…," Patrol Chief James Hall with the New York Police
        // Department said Wednesday.`).
        if let name = scanner.phraseStarting(at: a, upperBound: limit), name.isName, name.lastToken + 1 < limit {
            let next = name.lastToken + 1
            // The phrase read the unclosed appositive through to the verb: the verb ends it.
            let last = name.lastToken
            if let role = name.role, last > a, let c = scanner.cue(at: last), c.kind == .speech, !scanner.has(CueScanner.neverInverted, last),
                Int(tokens[last].start) >= role.lowerBound, endsClause(last + 1, limit)
            {
                let trimmed = role.lowerBound..<max(role.lowerBound, Int(tokens[last - 1].end))
                return Attribution(speaker: name.speaker, cue: tokens[last].range, placement: .after, role: trimmed.isEmpty ? nil : trimmed)
            }
            let appositive = scanner.isPunct(next, ",") && next + 1 < limit
            // ("of" is left to the phrase reader: "the Bank of Portville", "Mr. Morgan of the Trust".)
            let affiliation = CueScanner.affiliationWords.contains(scanner.hash(next)) && next + 1 < limit && name.firstToken == a
            if appositive || affiliation {
                var v = next + 1
                while v < limit, v - next <= 16, !scanner.isTerminal(v), !scanner.isPunct(v, ",") {
                    // `wearing "Ted Cruz" campaign pins`: a quoted name or title inside the
                    // appositive is read past.
                    if tokens[v].kind == .quote {
                        guard let close = scanner.quotedTitleClose(openingAt: v, limit: limit) else { break }
                        v = close + 1
                        continue
                    }
                    if v > next + 1, let c = scanner.cue(at: v), c.kind == .speech, !scanner.has(CueScanner.neverInverted, v), endsClause(v + 1, limit) {
                        let role = appositive ? span(next + 1, v - 1) : name.role
                        return Attribution(speaker: name.speaker, cue: tokens[v].range, placement: .after, role: role)
                    }
                    v += 1
                }
            }
        }
        // Speaker then verb: the speaker phrase must start where the clause starts — or, further on,
        // after a comma (`"…" to drive up the stock price, she said`).
        var k = a
        while k < limit && k - a < 40 {
            // "(D-Wis.)" after a name: read through.
            if scanner.isPunct(k, "("), let close = safeRange(k, min(limit, k + 12)).first(where: { scanner.isPunct($0, ")") }) {
                k = close + 1
                continue
            }
            // `Bill Eastland, wearing "Ted Cruz" pins, said`: a quoted name or title on the way.
            if !nicknameMarks.contains(k), let close = scanner.quotedTitleClose(openingAt: k, limit: limit) {
                k = close + 1
                continue
            }
            if tokens[k].kind == .quote && !nicknameMarks.contains(k) || scanner.isTerminal(k) { return nil }
            // `…, according to the survey.` ending the sentence: the source of all of it.
            if k > a, scanner.isPunct(k - 1, ","), let c = scanner.cue(at: k), c.kind == .accordingTo,
                let phrase = scanner.phraseStarting(at: k + c.length, upperBound: limit), endsClause(phrase.lastToken + 1, limit)
            {
                return Attribution(speaker: phrase.speaker, cue: span(k, k + c.length - 1), placement: .after, role: phrase.role)
            }
            // A verb that characterises what was said counts right after the quote: `"Go," Trump
            // implored.`, `The "joke," as he called it`.
            if let c = scanner.cue(at: k), c.kind == .characterizing, k - a <= 6, let phrase = scanner.subject(ofVerb: k, lowerBound: a),
                phrase.firstToken <= a + 1 || (scanner.hash(a) == CueScanner.hashAs && phrase.firstToken == a + 1), scanner.isAgentive(phrase),
                endsClause(k + 1, limit) || scanner.isPronoun(k + 1) && endsClause(k + 2, limit)
            {
                return Attribution(speaker: phrase.speaker, cue: tokens[k].range, placement: .after, role: phrase.role)
            }
            if let c = scanner.cue(at: k), c.kind == .speech || c.kind == .phrase {
                if let phrase = scanner.subject(ofVerb: k, lowerBound: a),
                    phrase.firstToken <= a + 1 || ((scanner.isPunct(phrase.firstToken - 1, ",") || scanner.isDash(phrase.firstToken - 1)) && scanner.isAgentive(phrase) && endsClause(k + c.length, limit))
                    || (scanner.hash(a) == CueScanner.hashAs && phrase.firstToken == a + 1)
                {
                    return Attribution(speaker: phrase.speaker, cue: span(k, k + c.length - 1), placement: .after, role: phrase.role)
                }
                // `…, said Elizabeth Warren.`
                if k > a, scanner.isPunct(k - 1, ","), !scanner.isAddresseeVerb(k), let phrase = scanner.phraseStarting(at: k + 1, upperBound: limit),
                    scanner.isAgentive(phrase), endsClause(phrase.lastToken + 1, limit)
                {
                    return Attribution(speaker: phrase.speaker, cue: tokens[k].range, placement: .after, role: phrase.role)
                }
                if k - a > 4 {
                    k += 1
                    continue
                }
                // Passive with an agent: `"…," CNBC was told by Lei Jun`.
                if scanner.hash(k + 1) == CueScanner.hashBy, let phrase = scanner.phraseStarting(at: k + 2, upperBound: limit) {
                    return Attribution(speaker: phrase.speaker, cue: tokens[k].range, placement: .after, role: phrase.role)
                }
                // A cue with no speaker we can name: `"…," the crowd was told.`
                return Attribution(speaker: nil, cue: tokens[k].range, placement: .after)
            }
            k += 1
        }
        return nil
    }

    /// The clause after the sentence's last comma, when it attributes: `…, according to X.`,
    /// `…, X said.`, `…, said X.`
    func trailingAttribution(_ sentence: Range<Int>, after start: Int) -> Attribution? {
        var end = sentence.upperBound
        while end > start, tokens[end - 1].kind == .punctuation || tokens[end - 1].kind == .quote { end -= 1 }
        var comma = end - 1
        // The clause starts after the last comma — or after a closing mark (`…friends," she says.`).
        while comma > start, end - comma <= 14, !scanner.isPunct(comma, ","), tokens[comma].kind != .quote { comma -= 1 }
        guard comma >= start, scanner.isPunct(comma, ",") || tokens[comma].kind == .quote, comma + 1 < end else { return nil }
        let a = comma + 1
        if let c = scanner.cue(at: a), c.kind == .accordingTo, let phrase = scanner.phraseStarting(at: a + c.length, upperBound: end),
            endsClause(phrase.lastToken + 1, sentence.upperBound)
        {
            return Attribution(speaker: phrase.speaker, cue: span(a, a + c.length - 1), placement: .after, role: phrase.role)
        }
        for k in a..<end {
            guard let c = scanner.cue(at: k), c.kind == .speech || c.kind == .phrase else { continue }
            if k == a, !scanner.isAddresseeVerb(k), let phrase = scanner.phraseStarting(at: k + 1, upperBound: end), endsClause(phrase.lastToken + 1, sentence.upperBound) {
                return Attribution(speaker: phrase.speaker, cue: tokens[k].range, placement: .after, role: phrase.role)
            }
            if let phrase = scanner.subject(ofVerb: k, lowerBound: a), phrase.firstToken == a, scanner.isAgentive(phrase), endsClause(k + c.length, sentence.upperBound) {
                return Attribution(speaker: phrase.speaker, cue: span(k, k + c.length - 1), placement: .after, role: phrase.role)
            }
            return nil
        }
        return nil
    }

    /// Whether a clause ends at `k`: the sentence's end, a comma, or a short adverbial ("on Monday",
    /// "in a statement") before one of those.
    func endsClause(_ k: Int, _ limit: Int) -> Bool {
        var i = k
        var words = 0
        // `she said in a video message to the convention.`: the medium of speech is part of the cue.
        if let m = scanner.mediumPhrase(at: i) { i += m }
        while i < limit {
            if scanner.isPunct(i, ",") || scanner.isTerminal(i) || scanner.isPunct(i, ";") || scanner.isDash(i) || tokens[i].kind == .quote { return true }
            if scanner.isWord(i) { words += 1 }
            if words > 6 { return false }
            i += 1
        }
        return true
    }

    /// `his promise of "…"`, `Trump's pledge to be "neutral"`: a possessive, an utterance noun, and at
    /// most a few words before the quote.
    func ownedUtterance(before open: Int, lowerBound lo: Int) -> Attribution? {
        var k = open - 1
        while k >= lo && open - k <= 6 {
            if tokens[k].kind == .quote || scanner.isTerminal(k) { return nil }
            if scanner.has(QuoteLexicons.utteranceNouns, k), !scanner.isPossessive(k) {
                // The owner right before the noun (an adjective may sit between): "his", "Trump's".
                var o = k - 1
                if scanner.isLowercaseWord(o) && !scanner.has(QuoteLexicons.determiners, o) { o -= 1 }
                guard o >= lo else { return nil }
                if scanner.has(CueScanner.possessivePronouns, o) {
                    return Attribution(speaker: tokens[o].range, cue: tokens[k].range, placement: .before)
                }
                if scanner.isPossessive(o), let phrase = scanner.phraseEnding(at: o - 1, lowerBound: lo), scanner.isAgentive(phrase) {
                    return Attribution(speaker: phrase.speaker, cue: tokens[k].range, placement: .before, role: phrase.role)
                }
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// A document noun phrase ("a statement", "a fundraising email") that is the object of a verb
    /// right before it (issued, sent, released…).
    func isIssuedDocument(_ phrase: SpeakerPhrase) -> Bool {
        guard !phrase.isName, !phrase.isPronoun, scanner.has(QuoteLexicons.determiners, phrase.firstToken) else { return false }
        var head = phrase.firstToken
        while head + 1 <= phrase.lastToken, Int(tokens[head].end) < phrase.speaker.upperBound { head += 1 }
        guard scanner.has(QuoteLexicons.speechNouns, head) || scanner.has(CueScanner.remarkNouns, head) || scanner.has(QuoteLexicons.utteranceNouns, head)
        else { return false }
        let verb = phrase.firstToken - 1
        return scanner.isLowercaseWord(verb) && !scanner.has(QuoteLexicons.roleLinks, verb) && !scanner.has(QuoteLexicons.clauseWords, verb)
    }

    /// "in a statement", "in an interview" within `range`, as a cue.
    func mediumCue(in range: Range<Int>) -> Range<Int>? {
        for k in range {
            if let m = scanner.mediumPhrase(at: k), k + m <= range.upperBound { return span(k, k + m - 1) }
        }
        return nil
    }

    /// The subject a participle or infinitive cue leans on: the noun phrase that opens the sentence
    /// (`Trump took to Twitter to accuse…`, `Clinton spoke Tuesday, arguing…`), after an
    /// introductory phrase set off by a comma.
    func sentenceSubject(from lo: Int, before cue: Int) -> SpeakerPhrase? {
        var k = lo
        while k < cue, scanner.isPunct(k, ",") || (scanner.has(QuoteLexicons.nonNameWords, k) && !scanner.has(QuoteLexicons.determiners, k) && !scanner.has(QuoteLexicons.roleLinks, k) && !scanner.isPronoun(k)) {
            k += 1
        }
        if scanner.has(QuoteLexicons.roleLinks, k) || scanner.isIngForm(k) || scanner.has(QuoteLexicons.clauseWords, k) {
            guard let comma = safeRange(k, min(cue, k + 24)).first(where: { scanner.isPunct($0, ",") }) else { return nil }
            k = comma + 1
        }
        guard k < cue, let phrase = scanner.phraseStarting(at: k, upperBound: cue), phrase.lastToken < cue, scanner.isAgentive(phrase) else { return nil }
        return phrase
    }

    /// The nearest cue before the quote in its sentence: `Lei Jun said: "…"`, `called the levy "…"`,
    /// `According to Lei Jun, "…"`, or a colon.
    func attributionBefore(_ c: Candidate, lowerBound lo: Int, skipping candidates: [Candidate], index: Int) -> Attribution? {
        var k = c.openToken - 1
        var colon: Int? = nil
        while k >= lo, scanner.isSoftPunctuation(k) || scanner.isPunct(k, ":") {
            if scanner.isPunct(k, ":") { colon = k }
            k -= 1
        }
        // Previous quotes in the sentence are skipped over, not read as cues. A cue is looked for within
        // `reach` tokens, so a sentence that never ends costs no more than a short one.
        var previous = index - 1
        var j = k
        let floor = max(lo, c.openToken - QuoteFinding.reach)
        while j >= floor {
            if previous >= 0, candidates[previous].endToken - 1 >= j, candidates[previous].openToken <= j {
                j = candidates[previous].openToken - 1
                previous -= 1
                continue
            }
            if scanner.isTerminal(j) { break }
            if let cue = scanner.cue(at: j) {
                switch cue.kind {
                case .accordingTo:
                    let phrase = scanner.phraseStarting(at: j + cue.length, upperBound: c.openToken)
                    return Attribution(speaker: phrase?.speaker, cue: span(j, j + cue.length - 1), placement: .before, role: phrase?.role)
                case .characterizing:
                    // "called" right before the quote: speech when someone calls ("what it calls", "the
                    // senator called"), a name when something is called ("a phenomenon called").
                    if j == c.openToken - 1 {
                        if let p = scanner.subject(ofVerb: j, lowerBound: lo), scanner.isAgentive(p) {
                            return Attribution(speaker: p.speaker, cue: tokens[j].range, placement: .before, role: p.role)
                        }
                        break
                    }
                    if let a = attributionAt(j, lowerBound: lo, upperBound: c.openToken, placement: .before) { return a }
                case .speech, .phrase:
                    if let a = attributionAt(j, lowerBound: lo, upperBound: c.openToken, placement: .before) { return a }
                }
            }
            j -= 1
        }
        // `his promise of "free college"`, `Clinton's call for "a new start"`: the owner of what was
        // said is its speaker.
        if let owned = ownedUtterance(before: c.openToken, lowerBound: lo) { return owned }
        // Headline style, a name and a colon opening the sentence: `Kasich: Voters 'want a fighter'`.
        if colon == nil, let phrase = scanner.phraseStarting(at: lo, upperBound: c.openToken), phrase.isName,
            scanner.isPunct(phrase.lastToken + 1, ":"), phrase.lastToken + 1 < c.openToken
        {
            return Attribution(speaker: phrase.speaker, cue: tokens[phrase.lastToken + 1].range, placement: .before, role: phrase.role)
        }
        if let colon {
            // `Lei Jun on the delay: "…"` — a short lead-in naming the speaker; `In a Fox interview,
            // Trump went further: "…"` — the subject of the clause the colon ends.
            if let phrase = scanner.phraseStarting(at: lo, upperBound: colon), colon - phrase.lastToken <= 5 {
                // `Xiaomi, in a statement: "…"` — the medium is the cue.
                let medium = mediumCue(in: safeRange(phrase.lastToken + 1, colon))
                // A phrase opened by a determiner must end right at the colon: "The statement: "…"",
                // not "The message was simple: "…"".
                if medium != nil || !scanner.has(QuoteLexicons.determiners, lo) || colon - phrase.lastToken <= 1 {
                    return Attribution(speaker: phrase.speaker, cue: medium ?? tokens[colon].range, placement: .before, role: phrase.role)
                }
            }
            if let phrase = sentenceSubject(from: lo, before: colon), phrase.isName || phrase.isPronoun {
                return Attribution(speaker: phrase.speaker, cue: tokens[colon].range, placement: .before, role: phrase.role)
            }
            return Attribution(speaker: nil, cue: tokens[colon].range, placement: .before)
        }
        return nil
    }

    /// The attribution made by the cue at `cue`: its subject, or the phrase after it when inverted
    /// (`Said Lei Jun: "…"`), or a passive agent.
    func attributionAt(_ cue: Int, lowerBound lo: Int, upperBound hi: Int, placement: Attribution.Placement) -> Attribution? {
        let length = scanner.cue(at: cue)?.length ?? 1
        let cueRange = span(cue, cue + length - 1)
        if let phrase = scanner.subject(ofVerb: cue, lowerBound: lo) {
            // `Teneo issued a statement saying…`, `Trump sent a tweet saying…`: whoever issued the
            // document speaks, not the document.
            if scanner.isIngForm(cue), isIssuedDocument(phrase), let issuer = sentenceSubject(from: lo, before: phrase.firstToken) {
                return Attribution(speaker: issuer.speaker, cue: cueRange, placement: placement, role: issuer.role)
            }
            return Attribution(speaker: phrase.speaker, cue: cueRange, placement: placement, role: phrase.role)
        }
        if scanner.hash(cue + 1) == CueScanner.hashBy, let phrase = scanner.phraseStarting(at: cue + 2, upperBound: hi) {
            return Attribution(speaker: phrase.speaker, cue: cueRange, placement: placement, role: phrase.role)
        }
        if !scanner.isAddresseeVerb(cue), let phrase = scanner.phraseStarting(at: cue + length, upperBound: hi),
            scanner.isSoftPunctuation(phrase.lastToken + 1) || scanner.isPunct(phrase.lastToken + 1, ":") || phrase.lastToken + 1 == hi
                || scanner.isTerminal(phrase.lastToken + 1)
        {
            return Attribution(speaker: phrase.speaker, cue: cueRange, placement: placement, role: phrase.role)
        }
        // A participle (", arguing that…"), an infinitive ("to accuse") or a second verb ("and
        // says"): the sentence's subject speaks.
        var before = cue - 1
        while before > lo, scanner.has(QuoteLexicons.verbModifiers, before) || scanner.isAdverb(before) { before -= 1 }
        let previous = scanner.hash(before)
        let participle = scanner.isIngForm(cue)
        if participle || previous == CueScanner.hashTo || previous == CueScanner.hashAnd || previous == Bytes.wordHash("but"),
            let phrase = sentenceSubject(from: lo, before: cue)
        {
            return Attribution(speaker: phrase.speaker, cue: cueRange, placement: placement, role: phrase.role)
        }
        return nil
    }

    func span(_ a: Int, _ b: Int) -> Range<Int> {
        guard a >= 0, a < tokens.count else { return 0..<0 }
        let e = b >= a && b < tokens.count ? tokens[b].end : tokens[a].end
        return Int(tokens[a].start)..<Int(e)
    }

    // MARK: 5. The sentences around

    /// Whether the quote is a sentence (or more) of its own: no words of the writer's before or after it.
    func isQuoteOnly(_ c: Candidate) -> Bool {
        guard let first = sentence(ofToken: c.openToken), let last = sentence(ofToken: c.endToken - 1) else { return false }
        let before = safeRange(max(sentenceTokens(first).lowerBound, c.openToken - QuoteFinding.reach), c.openToken)
        let after = safeRange(c.endToken, min(sentenceTokens(last).upperBound, c.endToken + QuoteFinding.reach))
        return !before.contains { scanner.isWord($0) } && !after.contains { scanner.isWord($0) }
    }

    func attributeAcrossSentences(_ candidates: [Candidate], _ i: Int) -> Attribution? {
        let c = candidates[i]
        guard let first = sentence(ofToken: c.openToken), let last = sentence(ofToken: c.endToken - 1) else { return nil }
        let quoteOnly = c.isBlock || isQuoteOnly(c)
        let paragraph = c.firstParagraph
        // The sentence before: in this paragraph, or the last of the previous one when the quote opens
        // its paragraph.
        let previousSentence = first - 1
        var previousUsable = false
        if previousSentence >= 0, previousSentence < document.sentences.count {
            let pp = document.sentences[previousSentence].paragraph
            let kind = paragraphKind(pp)
            previousUsable = (pp == paragraph || pp == paragraph - 1) && kind != .heading && kind != .boilerplate && kind != .tableRow
        }
        // `"Why now?" Lei Jun asked.` — the quote ended the sentence with ? or !, and the next one
        // is its cue.
        let nextSentence = last + 1
        let exclaims = c.endToken >= 2 && (scanner.isPunct(c.endToken - 2, "?") || scanner.isPunct(c.endToken - 2, "!"))
        if exclaims, nextSentence < document.sentences.count, document.sentences[nextSentence].paragraph == c.lastParagraph,
            let a = leadingSpeechClause(in: sentenceTokens(nextSentence))
        {
            return Attribution(speaker: a.speaker, cue: a.cue, placement: .after, role: a.role)
        }
        // The sentence before in this paragraph, or a lead-in ending with a colon, comes first; the
        // sentence after in this paragraph before the last sentence of the previous paragraph.
        var fromPrevious: Attribution? = nil
        var previousFirst = false
        if previousUsable {
            let range = sentenceTokens(previousSentence)
            let endsWithColon = range.upperBound > range.lowerBound && scanner.isPunct(range.upperBound - 1, ":")
            previousFirst = document.sentences[previousSentence].paragraph == paragraph || endsWithColon
            fromPrevious = attributionFromPrevious(candidates, i, range, quoteOnly: quoteOnly)
        }
        if previousFirst, let a = fromPrevious { return a }
        // `"…," Ellison told reporters. "I think what they care about is lower rents" and other
        // costs.` — `But "the candidacy is stronger."`: a quote opening its sentence right after an
        // attributed quote in the same paragraph goes on in that speaker's words.
        if !quoteOnly, previousUsable, document.sentences[previousSentence].paragraph == paragraph, leadsSentence(c, from: sentenceTokens(first).lowerBound),
            let a = attributionFromPrevious(candidates, i, sentenceTokens(previousSentence), quoteOnly: true), a.placement == .continuation
        {
            return a
        }
        guard quoteOnly else { return nil }
        // The sentence after, in the same paragraph: `"We will." That is how Lei Jun put it.` — or a
        // quote there attributed after it: `"We will." "Soon," Lei Jun said.`
        if nextSentence < document.sentences.count, document.sentences[nextSentence].paragraph == c.lastParagraph {
            let range = sentenceTokens(nextSentence)
            if i + 1 < candidates.count, candidates[i + 1].openToken == range.lowerBound, let a = candidates[i + 1].attribution,
                a.speaker != nil, a.placement == .after || a.placement == .inside
            {
                return Attribution(speaker: a.speaker, cue: a.cue, placement: .nextSentence, role: a.role)
            }
            if let a = leadingSpeechClause(in: range) {
                return Attribution(speaker: a.speaker, cue: a.cue, placement: exclaims ? .after : .nextSentence, role: a.role)
            }
        }
        if let a = fromPrevious { return a }
        // The next paragraph is only a signature: "— Lei Jun".
        if c.isBlock || quoteOnly, nextSentence < document.sentences.count {
            let range = sentenceTokens(nextSentence)
            if scanner.isDash(range.lowerBound), let phrase = scanner.phraseStarting(at: range.lowerBound + 1, upperBound: range.upperBound),
                phrase.isName, range.upperBound - phrase.lastToken <= 2
            {
                return Attribution(speaker: phrase.speaker, cue: tokens[range.lowerBound].range, placement: .after, role: phrase.role)
            }
        }
        // Continuation: the nearest attributed quote earlier in this paragraph, or in the previous
        // paragraph when this quote opens its own.
        if i > 0 {
            let q = candidates[i - 1]
            let opensParagraph = previousSentence < 0 || previousSentence >= document.sentences.count
                || document.sentences[previousSentence].paragraph != paragraph
            let near = q.lastParagraph == paragraph || (opensParagraph && q.lastParagraph == paragraph - 1)
            if near, q.isSpeech, let a = q.attribution, a.speaker != nil {
                return Attribution(speaker: a.speaker, cue: a.cue, placement: .continuation, role: a.role, entity: a.entity)
            }
        }
        return nil
    }

    /// Whether the quote opens its sentence (after at most a conjunction: "But", "And", "Yet") with
    /// words that begin a sentence of their own (a capital, and at least four words).
    func leadsSentence(_ c: Candidate, from start: Int) -> Bool {
        var k = start
        while k < c.openToken, k - start < 3, scanner.has(QuoteLexicons.continuationOpeners, k) || scanner.isPunct(k, ",") { k += 1 }
        guard k == c.openToken, c.openToken + 1 < c.endToken, scanner.isCapitalizedWord(c.openToken + 1) else { return false }
        return (c.openToken + 1..<c.endToken).count { scanner.isWord($0) } >= 4
    }

    /// Attribution from the sentence before a quote (`range`): a quote there that this one continues,
    /// a speech clause, or a lead-in ending with a colon.
    func attributionFromPrevious(_ candidates: [Candidate], _ i: Int, _ range: Range<Int>, quoteOnly: Bool) -> Attribution? {
        let c = candidates[i]
        // A quote in the sentence before, attributed: this one continues it.
        if quoteOnly {
            // Candidates are in text order: walk back only as far as the sentence before.
            var j = i - 1
            while j >= 0, candidates[j].endToken > range.lowerBound {
                if candidates[j].openToken < range.upperBound, let a = candidates[j].attribution, a.speaker != nil {
                    return Attribution(speaker: a.speaker, cue: a.cue, placement: .continuation, role: a.role, entity: a.entity)
                }
                if candidates[j].openToken < range.upperBound { break }
                j -= 1
            }
        }
        // `Cruz continued:` / `Lei Jun explained the delay.` then the quote.
        let endsWithColon = range.upperBound > range.lowerBound && scanner.isPunct(range.upperBound - 1, ":")
        if quoteOnly || endsWithColon || c.isBlock, let a = speechClause(in: range, avoiding: candidates) {
            return Attribution(speaker: a.speaker, cue: a.cue, placement: endsWithColon ? .before : .previousSentence, role: a.role)
        }
        if endsWithColon {
            let lo = range.lowerBound
            if let phrase = scanner.phraseStarting(at: lo, upperBound: range.upperBound - 1), range.upperBound - 1 - phrase.lastToken <= 3 {
                return Attribution(speaker: phrase.speaker, cue: tokens[range.upperBound - 1].range, placement: .before, role: phrase.role)
            }
            // `He then listed the qualities he wanted:` — the subject of the lead-in.
            if let phrase = sentenceSubject(from: lo, before: range.upperBound - 1), phrase.isName || phrase.isPronoun {
                return Attribution(speaker: phrase.speaker, cue: tokens[range.upperBound - 1].range, placement: .before, role: phrase.role)
            }
        }
        return nil
    }

    /// A speech clause anywhere in a sentence without quotes of its own: the first speech verb with a
    /// subject (or an inverted speaker), or "according to".
    func speechClause(in range: Range<Int>, avoiding candidates: [Candidate]) -> Attribution? {
        for k in range.prefix(QuoteFinding.reach) {
            // Quoted words in the sentence (a show's name, a term) are read past.
            guard tokens[k].kind != .quote, let cue = scanner.cue(at: k) else { continue }
            switch cue.kind {
            case .accordingTo:
                if let phrase = scanner.phraseStarting(at: k + cue.length, upperBound: range.upperBound) {
                    return Attribution(speaker: phrase.speaker, cue: span(k, k + cue.length - 1), placement: .previousSentence, role: phrase.role)
                }
            case .speech, .phrase, .characterizing:
                if let a = attributionAt(k, lowerBound: range.lowerBound, upperBound: range.upperBound, placement: .previousSentence), a.speaker != nil {
                    return a
                }
                // `Clinton was asked why…` — the one asked answers in the quote that follows.
                if scanner.hash(k) == CueScanner.hashAsked, scanner.has(CueScanner.passiveAuxiliaries, k - 1),
                    let phrase = scanner.phraseEnding(at: k - 2, lowerBound: range.lowerBound), scanner.isAgentive(phrase)
                {
                    return Attribution(speaker: phrase.speaker, cue: span(k - 1, k), placement: .previousSentence, role: phrase.role)
                }
            }
        }
        return nil
    }

    /// A sentence that opens with a speech clause: `Lei Jun said…`, `So said Lei Jun.`, `He added…`.
    func leadingSpeechClause(in range: Range<Int>) -> Attribution? {
        // "That quote from Lei Jun…", "The remark, by Lei Jun,…"
        var d = range.lowerBound
        if scanner.has(QuoteLexicons.determiners, d) || scanner.hash(d) == Bytes.wordHash("that") { d += 1 }
        if d > range.lowerBound, scanner.has(CueScanner.remarkNouns, d), scanner.hash(d + 1) == CueScanner.hashBy || scanner.hash(d + 1) == Bytes.wordHash("from"),
            let phrase = scanner.phraseStarting(at: d + 2, upperBound: range.upperBound), scanner.isAgentive(phrase)
        {
            return Attribution(speaker: phrase.speaker, cue: span(range.lowerBound, d + 1), placement: .nextSentence, role: phrase.role)
        }
        var k = range.lowerBound
        while k < range.upperBound && k - range.lowerBound < 24 {
            if tokens[k].kind == .quote && !nicknameMarks.contains(k) || scanner.isTerminal(k) { return nil }
            if let cue = scanner.cue(at: k), cue.kind == .speech || cue.kind == .phrase {
                if let phrase = scanner.subject(ofVerb: k, lowerBound: range.lowerBound), phrase.firstToken <= range.lowerBound + 2 {
                    return Attribution(speaker: phrase.speaker, cue: span(k, k + cue.length - 1), placement: .nextSentence, role: phrase.role)
                }
                if k - range.lowerBound <= 1, !scanner.isAddresseeVerb(k), let phrase = scanner.phraseStarting(at: k + cue.length, upperBound: range.upperBound) {
                    return Attribution(speaker: phrase.speaker, cue: span(k, k + cue.length - 1), placement: .nextSentence, role: phrase.role)
                }
                return nil
            }
            k += 1
        }
        return nil
    }

    // MARK: 6. Kind and speech

    func kind(of c: Candidate) -> Quote.Kind {
        if c.isBlock || c.firstParagraph != c.lastParagraph { return .block }
        guard let s = sentence(ofToken: c.openToken) else { return .full }
        let start = sentenceTokens(s).lowerBound
        let before = safeRange(max(start, c.openToken - QuoteFinding.reach), c.openToken)
        if !before.contains(where: { scanner.isWord($0) }) { return .full }
        // After a colon, or a comma after a cue: a full quotation introduced by the writer.
        let previous = c.openToken - 1
        if scanner.isPunct(previous, ":") { return .full }
        if let first = c.spans.first {
            let innerFirst = first.openToken + 1
            let startsCapital = scanner.isCapitalizedWord(innerFirst) || tokens.indices.contains(innerFirst) && tokens[innerFirst].kind == .number
            if startsCapital && (scanner.isPunct(previous, ",") || scanner.cue(at: previous)?.kind == .speech) { return .full }
        }
        return .partial
    }

    /// Dwayne "The Rock" Johnson: one to three words between a first name and a surname.
    func isNickname(_ c: Candidate) -> Bool {
        guard c.spans.count == 1, let s = c.spans.first, let close = s.closeToken, !c.isBlock else { return false }
        guard close - s.openToken - 1 <= 4, close > s.openToken + 1 else { return false }
        guard scanner.isNameWord(s.openToken - 1), scanner.isNameWord(s.endToken) else { return false }
        return !((s.openToken + 1)..<close).contains { scanner.isTerminal($0) || scanner.isPunct($0, ",") || !scanner.isWord($0) }
    }

    /// Number of words inside the quote.
    func wordCount(_ c: Candidate) -> Int {
        var n = 0
        for s in c.spans {
            let upper = s.closeToken ?? s.endToken
            for k in (s.openToken + 1)..<max(s.openToken + 1, upper) where scanner.isWord(k) { n += 1 }
        }
        return n
    }

    func isSpeech(_ c: Candidate, kind: Quote.Kind) -> Bool {
        if c.isBlock { return true }
        guard let first = c.spans.first else { return false }
        let words = wordCount(c)
        if words == 0 { return false }
        // `the so-called "gig economy"`, `a film titled "Jaws"`, `the word "literally"`.
        if isIntroducedAsTerm(first.openToken) { return false }
        // Markup left in the text: `author="fireregui"`, `id="6721"`.
        if scanner.isPunct(first.openToken - 1, "=") { return false }
        // Only numbers and symbols: nobody says "672151859491016704".
        let innerUpper = first.closeToken ?? first.endToken
        if !safeRange(first.openToken + 1, innerUpper).contains(where: { tokens[$0].kind == .word }) { return false }
        // NBC's "Today", Fleming's "The Fixers": a title after a possessive names a work.
        if scanner.isPossessive(first.openToken - 1), isTitleCase(safeRange(first.openToken + 1, innerUpper)), !scanner.isInTitleCase(first.openToken) {
            return false
        }
        if c.spans.count > 1 { return true }
        let innerFirst = first.openToken + 1
        let innerEnd = first.closeToken ?? first.endToken
        let attributed = c.attribution?.speaker != nil
        // A short sentence of its own ("Nobody asked us.") is speech; short words inside the writer's
        // sentence, or with no sentence punctuation, may be a scare quote or a title.
        let sentenceOfItsOwn = scanner.isCapitalizedWord(innerFirst) && scanner.isTerminal(innerEnd - 1) && isQuoteOnly(c)
        if kind == .partial || (!attributed && words <= 3 && !sentenceOfItsOwn) {
            // A title or name in capitals: "The Apprentice", "Make America Great Again" — unless the
            // whole sentence is in capitals, as headlines are.
            if !attributed && isTitleCase(safeRange(innerFirst, innerEnd)) && !scanner.isInTitleCase(first.openToken) { return false }
            // Short quoted words nobody is said to have said: scare quotes, terms.
            if !attributed && words <= 3 && (kind == .partial || c.attribution == nil) { return false }
        }
        // A search query or a topic: 'how to lose weight', 'what is a ferry pass' — lowercase, opened
        // by a question word, with no question mark.
        if !attributed, words <= 10, scanner.isLowercaseWord(innerFirst), scanner.has(QuoteLexicons.queryOpeners, innerFirst),
            !safeRange(innerFirst, innerEnd).contains(where: { scanner.isPunct($0, "?") })
        {
            return false
        }
        // Followed by what the term names: the "Fight for $15" campaign, "Harbour Lights" star.
        if !attributed && words <= 6, scanner.has(QuoteLexicons.termFollowers, first.endToken) { return false }
        return true
    }

    func isIntroducedAsTerm(_ open: Int) -> Bool {
        for back in 1...3 {
            let start = open - back
            guard start >= 0 else { break }
            if QuoteLexicons.termIntroducers.match(tokens, at: start) == back {
                // `called the show "the best on air"`: a verb of speech before "the show" quotes
                // someone; `starred in the show "Harbour Lights"` names it.
                if scanner.has(QuoteLexicons.determiners, start), let cue = scanner.cue(at: start - 1), cue.kind != .accordingTo { return false }
                return true
            }
        }
        return false
    }

    /// Every word capitalised except short function words, and no sentence-final punctuation inside
    /// (a trailing period or comma, placed inside the marks American-style, is allowed).
    func isTitleCase(_ range: Range<Int>) -> Bool {
        var capitals = 0
        var words = 0
        var k = range.lowerBound
        while k < range.upperBound {
            let t = tokens[k]
            if t.kind == .word && !t.has(.possessive) {
                words += 1
                if t.isCapitalized || t.has(.allCaps) {
                    capitals += 1
                } else if !QuoteLexicons.nonNameWords.contains(t.hash) || t.length > 4 {
                    return false
                }
            } else if scanner.isTerminal(k) && k < range.upperBound - 1 {
                return false
            } else if t.kind == .punctuation && t.first == "," && k < range.upperBound - 1 {
                return false
            }
            k += 1
        }
        guard words > 0, capitals > 0 else { return false }
        // A one-word capitalised quote at the start of a sentence is as likely speech ("Never.").
        if words == 1 { return !scanner.isTerminal(range.upperBound - 1) }
        return true
    }
}

