/// What the recognizer knows about one article before it looks for names: per-sentence casing
/// (prose, or a Title Case / ALL CAPS line where capitals prove nothing), which words the article
/// writes in lowercase and which it capitalises mid-sentence, and which tokens sit inside quotation
/// marks. Built once per article in one pass over the tokens.
struct EntityContext {
    let document: ArticleDocument
    let tokens: [Token]
    let bytes: [UInt8]
    /// Sentence index of each token, or -1.
    private(set) var sentenceOf: [Int32]
    /// Sentences whose capitals carry no information (headlines, ALL CAPS lines).
    private(set) var caseless: [Bool]
    /// Sentences in ALL CAPS, where even acronyms prove nothing.
    private(set) var allCaps: [Bool]
    /// Sentences not to look for names in (boilerplate: copyright lines, tag lists, credits).
    private(set) var skipped: [Bool]
    /// Word hash → times the article capitalises it where capitals mean a name (mid-sentence prose).
    private(set) var capitalized: WordTable<Int32> = [:]
    /// Word hash → times the article capitalises it anywhere (sentence starts and headlines too).
    private(set) var capitalizedAnywhere: WordTable<Int32> = [:]
    /// Word hash → times the article writes it in lowercase.
    private(set) var lowercase: WordTable<Int32> = [:]
    /// Whether each token is inside quotation marks.
    private(set) var quoted: [Bool]

    init(_ document: ArticleDocument) {
        self.document = document
        tokens = document.tokens
        bytes = document.bytes
        sentenceOf = Array(repeating: -1, count: document.tokens.count)
        caseless = Array(repeating: false, count: document.sentences.count)
        allCaps = Array(repeating: false, count: document.sentences.count)
        skipped = Array(repeating: false, count: document.sentences.count)
        quoted = Array(repeating: false, count: document.tokens.count)
        for (s, sentence) in document.sentences.enumerated() {
            let kind = sentence.paragraph < document.paragraphs.count ? document.paragraphs[sentence.paragraph].kind : .body
            skipped[s] = kind == .boilerplate || kind == .tableRow
            var long = 0
            var capitalLong = 0
            var upperLong = 0
            var capitalCommon = 0
            var upperShort = 0
            var words = 0
            for i in sentence.tokens where i < tokens.count {
                sentenceOf[i] = Int32(s)
                let t = tokens[i]
                guard t.kind == .word, !t.has(.possessive) else { continue }
                words += 1
                if t.has(.allCaps) || (t.length == 1 && t.isCapitalized) { upperShort += 1 }
                if t.length >= 4 && !t.has(.hasDigit) {
                    long += 1
                    if t.isCapitalized || t.has(.allCaps) {
                        capitalLong += 1
                        if CommonWords.lexicon.contains(t.hash) { capitalCommon += 1 }
                    }
                    if t.has(.allCaps) { upperLong += 1 }
                }
            }
            // Title Case and ALL CAPS lines: most long words capitalised, common words among them
            // (a line of names — "Isel Lopez (Cuba) 61.24" — is not a headline).
            let shouting = words >= 2 && ((long >= 1 && upperLong * 4 >= long * 3) || (long == 0 && upperShort == words))
            // Prose with many names still has lowercase long words; a headline has almost none.
            let titleCase = kind == .heading ? capitalLong * 4 >= long * 3 : capitalLong == long
            caseless[s] = shouting || (words >= 3 && long >= 2 && titleCase && capitalCommon * 5 >= long)
            allCaps[s] = shouting
        }
        markQuotes()
        countCasing()
        var sportsWords = 0
        for t in tokens where t.kind == .word && EntityContext.sportsWords.contains(t.hash) { sportsWords += 1 }
        isSportsPage = sportsWords >= 3
    }

    /// A sports report or results page: several sports words.
    private(set) var isSportsPage = false

    static let sportsWords = Lexicon(words: """
        baseball basketball football soccer cricket rugby tennis golf hockey league innings wickets goals
        scored striker goalkeeper standings playoff playoffs inning homer pitcher quarterback touchdown
        championship tournament match matches halftime fixtures seeded semifinal quarterfinal
        """)

    /// Marks tokens between opening and closing quotation marks, paragraph by paragraph.
    private mutating func markQuotes() {
        for p in document.paragraphs {
            guard p.sentences.lowerBound < document.sentences.count else { continue }
            let first = document.sentences[p.sentences.lowerBound].tokens.lowerBound
            let last = document.sentences[max(p.sentences.lowerBound, p.sentences.upperBound - 1)].tokens.upperBound
            var open = false
            var i = first
            while i < min(last, tokens.count) {
                let t = tokens[i]
                if t.kind == .quote {
                    let s = t.first
                    if s == "\u{201C}" || s == "\u{00AB}" || s == "\u{201E}" {
                        open = true
                    } else if s == "\u{201D}" || s == "\u{00BB}" {
                        open = false
                    } else if s == "\"" {
                        open.toggle()
                    } else if s == "\u{2018}" && t.has(.spaceBefore) {
                        // single quotes: only count a clear opening mark
                    }
                } else if open {
                    quoted[i] = true
                }
                i += 1
            }
        }
    }

    /// Counts, per word, capitalised-in-prose and lowercase uses.
    private mutating func countCasing() {
        // Sized for the article's vocabulary up front: growing a table rehashes all it holds.
        let vocabulary = max(8, tokens.count / 4)
        capitalizedAnywhere = WordTable(minimumCapacity: vocabulary / 2)
        capitalized = WordTable(minimumCapacity: vocabulary / 2)
        lowercase = WordTable(minimumCapacity: vocabulary)
        for (s, sentence) in document.sentences.enumerated() where !skipped[s] {
            for i in sentence.tokens where i < tokens.count {
                let t = tokens[i]
                guard t.kind == .word && t.isCapitalized && !t.has(.allCaps) && !t.has(.possessive) else { continue }
                // Labels in tables and lists ("Bowling: …", "Extras (lb-2) 12") prove nothing.
                if i + 1 < tokens.count {
                    let n = tokens[i + 1]
                    if n.isPunctuation(":") || n.isPunctuation("(") || n.kind == .number { continue }
                }
                capitalizedAnywhere.increment(t.hash)
            }
        }
        for (s, sentence) in document.sentences.enumerated() where !skipped[s] && !caseless[s] {
            var previous: Token? = nil
            for i in sentence.tokens where i < tokens.count {
                let t = tokens[i]
                defer { previous = t }
                guard t.kind == .word, !t.has(.possessive) else { continue }
                if EntityContext.isInnerCapital(t, bytes) {
                    capitalized.increment(t.hash)
                } else if t.has(.lowercase) {
                    lowercase.increment(t.hash)
                } else if t.isCapitalized {
                    // Capitals after a sentence start, a quotation mark or a colon prove nothing.
                    if t.has(.sentenceStart) || t.has(.paragraphStart) { continue }
                    if let p = previous, p.kind == .quote || p.isPunctuation(":") || p.isPunctuation("(") || p.isPunctuation("—") || p.isPunctuation("-") { continue }
                    capitalized.increment(t.hash)
                }
            }
        }
    }

    /// "iPhone", "eBay": lowercase first letter, capital second.
    static func isInnerCapital(_ t: Token, _ bytes: [UInt8]) -> Bool {
        guard t.has(.lowercase), t.length >= 3 else { return false }
        let second = Int(t.start) + 1
        return second < bytes.count && Bytes.isUpper(bytes[second])
    }

    func sentence(of token: Int) -> Int { token >= 0 && token < sentenceOf.count ? Int(sentenceOf[token]) : -1 }

    func isCaseless(_ token: Int) -> Bool {
        let s = sentence(of: token)
        return s >= 0 && caseless[s]
    }

    func isAllCapsLine(_ token: Int) -> Bool {
        let s = sentence(of: token)
        return s >= 0 && allCaps[s]
    }

    /// An unknown word the article capitalises at least twice and never writes in lowercase
    /// ("Vantor" opening a headline and a sentence).
    func isRepeatedCapital(_ token: Token) -> Bool {
        let needed: Int32 = token.has(.allCaps) ? 1 : 2
        return (capitalizedAnywhere[token.hash] ?? 0) >= needed && (lowercase[token.hash] ?? 0) == 0 && !CommonWords.lexicon.contains(token.hash)
    }

    /// Whether the article writes this word capitalised in prose.
    func seenCapitalized(_ hash: UInt64) -> Bool { (capitalized[hash] ?? 0) > 0 }
    /// Whether the article writes this word in lowercase (and never capitalised in prose).
    func seenOnlyLowercase(_ hash: UInt64) -> Bool { (lowercase[hash] ?? 0) > 0 && (capitalized[hash] ?? 0) == 0 }

    func text(_ range: Range<Int>) -> String { bytes.text(range) }

    func hash(_ range: Range<Int>) -> UInt64 {
        bytes.withUnsafeBufferPointer { Bytes.wordHash($0, range) }
    }

    /// Whether a capitalised word that starts a sentence (or sits in a headline) is a common word
    /// rather than a name: in the common-word list, written in lowercase elsewhere, or a plain
    /// inflection of a common word ("Analysts", "Officials").
    func isCommonWord(_ i: Int) -> Bool {
        let t = tokens[i]
        if CommonWords.lexicon.contains(t.hash) { return true }
        // Nouns for people, organisations and places ("Automaker GM", "Officials said").
        if NameTyping.nounClass(hash: t.hash) != nil && !t.has(.allCaps) { return true }
        if seenOnlyLowercase(t.hash) { return true }
        guard !t.has(.allCaps) || isCaseless(i), t.length >= 4 else { return false }
        let end = Int(t.end)
        let start = Int(t.start)
        let lastByte = bytes[end - 1] | 0x20
        var stems: [Range<Int>] = []
        if lastByte == 0x73 { stems.append(start..<(end - 1)) }  // -s
        if t.length >= 5 {
            let tail2 = (bytes[end - 2] | 0x20, lastByte)
            if tail2 == (0x65, 0x64) { stems.append(start..<(end - 2)); stems.append(start..<(end - 1)) }  // -ed
            if tail2 == (0x65, 0x73) { stems.append(start..<(end - 2)) }  // -es
            if tail2 == (0x6C, 0x79) { stems.append(start..<(end - 2)) }  // -ly
        }
        if t.length >= 6, (bytes[end - 3] | 0x20, bytes[end - 2] | 0x20, lastByte) == (0x69, 0x6E, 0x67) {
            stems.append(start..<(end - 3))  // -ing
            stems.append(start..<(end - 3))
        }
        for stem in stems where stem.count >= 3 {
            let h = hash(stem)
            if CommonWords.lexicon.contains(h) || (lowercase[h] ?? 0) > 0 { return true }
        }
        return false
    }
}
