/// `lower..<upper`, empty rather than trapping when the bounds cross.
@inline(__always) func safeRange(_ lower: Int, _ upper: Int) -> Range<Int> { lower..<max(lower, upper) }

/// A speaker as the text names it: the words that name the speaker (tight: the name, the pronoun or
/// the role phrase itself) and any role given with them.
struct SpeakerPhrase {
    /// Bytes naming the speaker: "Lei Jun", "he", "a spokesperson for Xiaomi".
    var speaker: Range<Int>
    /// "the chairman of Xiaomi" in `Lei Jun, the chairman of Xiaomi, said`; "Xiaomi Chairman" in
    /// `Xiaomi Chairman Lei Jun said`.
    var role: Range<Int>?
    /// First and last token (inclusive) of everything the phrase covers, appositive included.
    var firstToken: Int
    var lastToken: Int
    var isPronoun: Bool
    /// A proper name (capitalised words), as opposed to a pronoun or a role phrase.
    var isName: Bool
}

/// Reads speech cues and speaker phrases from tokens. Works on token indices; every look-up is
/// bounds-checked, so odd text yields "nothing found", never a trap.
struct CueScanner {
    /// Words joining a speaker's name to where they work: "James Hall with the police department".
    static let affiliationWords = Lexicon(words: "with from at")

    let tokens: [Token]
    let bytes: [UInt8]
    /// Quotation marks around nicknames, read as part of the name they sit in.
    var nicknameMarks: Set<Int> = []
    /// Per token: inside a headline-style sentence (Every Word Capitalised). Empty when none is.
    var inTitleCase: [Bool] = []

    @inline(__always) func isInTitleCase(_ i: Int) -> Bool { i >= 0 && i < inTitleCase.count && inTitleCase[i] }

    static let hashBy = Bytes.wordHash("by")
    static let hashAnd = Bytes.wordHash("and")
    static let hashWho = Bytes.wordHash("who")
    static let hashWhich = Bytes.wordHash("which")
    static let hashQuoted = Bytes.wordHash("quoted")
    static let hashAs = Bytes.wordHash("as")
    static let hashSaying = Bytes.wordHash("saying")
    static let hashIn = Bytes.wordHash("in")
    static let hashThe = Bytes.wordHash("the")
    static let hashPer = Bytes.wordHash("per")
    static let hashJr = Bytes.wordHash("jr")
    static let hashSr = Bytes.wordHash("sr")
    static let hashPut = Bytes.wordHash("put")
    static let hashPuts = Bytes.wordHash("puts")
    static let hashGo = Bytes.wordHash("go")
    static let hashGoes = Bytes.wordHash("goes")
    static let hashWent = Bytes.wordHash("went")
    static let hashGone = Bytes.wordHash("gone")
    static let hashPoint = Bytes.wordHash("point")
    static let hashPoints = Bytes.wordHash("points")
    static let hashPointed = Bytes.wordHash("pointed")
    static let hashPointing = Bytes.wordHash("pointing")
    static let hashRead = Bytes.wordHash("read")
    static let hashReads = Bytes.wordHash("reads")
    static let hashReading = Bytes.wordHash("reading")
    static let hashIt = Bytes.wordHash("it")
    static let hashOn = Bytes.wordHash("on")
    static let hashOut = Bytes.wordHash("out")
    static let hashTo = Bytes.wordHash("to")
    static let hashOf = Bytes.wordHash("of")
    static let hashAsked = Bytes.wordHash("asked")

    /// Words before an -ing cue that make it a participle of the main clause: "by saying", "while
    /// arguing".
    static let participleLeads: WordSet = WordSet(["by", "while", "after", "before", "when", "in", "without", "also", "then", "despite", "for", "of"].map { Bytes.wordHash($0) })

    /// Particles inside names: "Charles de Gaulle", "Ludwig van Beethoven", "Osama bin Laden".
    static let nameParticles = Lexicon(lines: """
        de
        van
        von
        der
        den
        bin
        ibn
        al
        el
        la
        le
        du
        da
        di
        del
        dos
        das
        st
        """)

    /// Verbs whose object is the person spoken to: in `"…," told CNBC`, CNBC is not the speaker.
    static let addresseeVerbs = Lexicon(lines: """
        tell
        tells
        told
        telling
        inform
        informs
        informed
        informing
        assure
        assures
        assured
        assuring
        reassure
        reassures
        reassured
        reassuring
        advise
        advises
        advised
        advising
        urge
        urges
        urged
        urging
        thank
        thanks
        thanked
        """)

    /// Addressee verbs that never put the speaker after them: `"…," told CNBC` is not CNBC
    /// speaking, but `"…," urges psychologist Alvord` is Alvord.
    static let neverInverted = Lexicon(lines: """
        tell
        tells
        told
        telling
        inform
        informs
        informed
        informing
        thank
        thanks
        thanked
        """)

    static let conjunctions: WordSet = WordSet(["and", "or", "nor", "but", "then", "as", "well"].map { Bytes.wordHash($0) })

    /// Owners of what was said: "his promise", "their call".
    static let possessivePronouns = Lexicon(lines: """
        his
        her
        their
        its
        my
        our
        """)

    /// Nouns for what was said: "that quote from Lei Jun".
    static let remarkNouns = Lexicon(lines: """
        quote
        quotation
        remark
        remarks
        comment
        comments
        words
        line
        statement
        message
        tweet
        post
        """)

    static let passiveAuxiliaries = Lexicon(lines: """
        was
        were
        is
        are
        been
        being
        be
        """)

    // MARK: Token predicates

    @inline(__always) func token(_ i: Int) -> Token? { i >= 0 && i < tokens.count ? tokens[i] : nil }

    @inline(__always) func isWord(_ i: Int) -> Bool {
        guard let t = token(i) else { return false }
        return t.kind == .word || t.kind == .number
    }

    @inline(__always) func isPunct(_ i: Int, _ s: Unicode.Scalar) -> Bool { token(i)?.isPunctuation(s) ?? false }

    /// Sentence-final punctuation — not the period of "Mr." or "J." inside a name.
    func isTerminal(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .punctuation else { return false }
        switch t.first {
        case ".": return t.length > 1 || !isNameInternalPeriod(i)
        case "!", "?", "\u{2026}": return true
        default: return false
        }
    }

    /// A comma, a dash or a semicolon: punctuation a cue may sit behind.
    func isSoftPunctuation(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .punctuation else { return false }
        switch t.first {
        case ",", "\u{2014}", "\u{2013}", "\u{2015}", "-", ";": return true
        default: return false
        }
    }

    func isDash(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .punctuation else { return false }
        return t.first == "\u{2014}" || t.first == "\u{2013}" || t.first == "\u{2015}" || t.first == "-"
    }

    /// Whether the phrase's head (the word ending the speaker range) can speak: a pronoun, a name, or
    /// a role ("the senator", "multiple lawmakers") — not "a phenomenon" or "a film".
    func isAgentive(_ p: SpeakerPhrase) -> Bool {
        if p.isPronoun || p.isName { return true }
        var k = p.firstToken
        // Owned by a name: "NatWest's corporate parent", "Clinton's spokesman".
        while k <= p.lastToken, let t = token(k), Int(t.start) < p.speaker.upperBound {
            if t.has(.possessive) && isCapitalizedWord(k - 1) { return true }
            k += 1
        }
        k = p.firstToken
        while k <= p.lastToken, let t = token(k) {
            // "a staffer in the room", "an aide at the meeting": a role noun heads the phrase, and
            // what follows its preposition only says where the person was.
            if k > p.firstToken, Int(t.end) < p.speaker.upperBound, has(QuoteLexicons.roleLinks, k), has(QuoteLexicons.roleNouns, k - 1) { return true }
            if Int(t.end) == p.speaker.upperBound { return has(QuoteLexicons.roleNouns, k) || isCapitalizedWord(k) }
            k += 1
        }
        return false
    }

    func isPronoun(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .word, !t.has(.possessive) else { return false }
        return QuoteLexicons.pronouns.contains(t.hash)
    }

    func isCapitalizedWord(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .word, !t.has(.possessive) else { return false }
        return t.isCapitalized || t.has(.allCaps)
    }

    func isLowercaseWord(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .word, !t.has(.possessive) else { return false }
        return t.has(.lowercase)
    }

    func isPossessive(_ i: Int) -> Bool { token(i)?.has(.possessive) ?? false }

    func has(_ lexicon: Lexicon, _ i: Int) -> Bool {
        guard let t = token(i), t.kind == .word else { return false }
        return lexicon.contains(t.hash)
    }

    func hash(_ i: Int) -> UInt64 { token(i)?.hash ?? 0 }

    /// A capitalised word that can be part of a name (not "The", "But", "Monday"…).
    func isNameWord(_ i: Int) -> Bool {
        guard isCapitalizedWord(i) else { return false }
        return !isExcludedCapital(i) && !has(QuoteLexicons.pronouns, i)
    }

    /// A capitalised function word ("But", "The", "On") that does not start or continue a name.
    /// Words that are also names ("May", "Will") count as names when capitalised mid-sentence.
    func isExcludedCapital(_ i: Int) -> Bool {
        guard has(QuoteLexicons.nonNameWords, i) || has(QuoteLexicons.clauseWords, i), let t = token(i) else { return false }
        if !t.has(.sentenceStart) && has(CueScanner.alsoNames, i) { return false }
        return true
    }

    static let alsoNames = Lexicon(lines: """
        may
        will
        can
        hope
        grant
        """)

    /// "J." in "J. K. Rowling", "Sen." in "Sen. Ted Cruz", "Jr." after a name.
    func isNameInternalPeriod(_ i: Int) -> Bool {
        guard isPunct(i, "."), let t = token(i), !t.has(.spaceBefore), let w = token(i - 1), w.kind == .word else { return false }
        if w.length == 1 && w.isCapitalized { return true }
        if AbbreviationLexicons.titles.contains(w.hash) || w.hash == CueScanner.hashJr || w.hash == CueScanner.hashSr { return true }
        // "Md.," "R-Ky.," "(D-Wis.)": an abbreviation, since a comma or parenthesis follows.
        if let n = token(i + 1), n.kind == .punctuation, n.first == "," || n.first == ")", !n.has(.spaceBefore) { return w.isCapitalized }
        return false
    }

    // MARK: Cues

    enum CueKind {
        /// say, tell, add, write…
        case speech
        /// called, accused, described…: only in the quote's own sentence.
        case characterizing
        /// "according to", "per": the speaker follows.
        case accordingTo
        /// "quoted as saying", "went on", "pointed out", "put it": the speaker precedes.
        case phrase
    }

    /// The cue at token `i`, if one starts there, and how many tokens it takes.
    func cue(at i: Int) -> (kind: CueKind, length: Int)? {
        guard let t = token(i), t.kind == .word, !t.has(.possessive) else { return nil }
        let m = QuoteLexicons.cuePhrases.match(tokens, at: i)
        if m > 1 {
            if t.hash == Bytes.wordHash("according") { return (.accordingTo, m) }
            return (.phrase, m)
        }
        if t.hash == CueScanner.hashPer, let next = token(i + 1), next.kind == .word, next.isCapitalized || QuoteLexicons.determiners.contains(next.hash) {
            return (.accordingTo, 1)
        }
        // Verbs that report speech only in a phrase: "put it", "went on", "pointed out".
        switch t.hash {
        case CueScanner.hashPut, CueScanner.hashPuts, CueScanner.hashGo, CueScanner.hashGoes, CueScanner.hashWent, CueScanner.hashGone,
            CueScanner.hashPoint, CueScanner.hashPoints, CueScanner.hashPointed, CueScanner.hashPointing:
            return nil
        case CueScanner.hashRead, CueScanner.hashReads, CueScanner.hashReading:
            // "the statement read", not "read the report"
            return isWord(i + 1) && !isPunct(i + 1, ":") ? nil : (.speech, 1)
        default:
            break
        }
        let speech = QuoteLexicons.speechVerbs.contains(t.hash)
        guard speech || QuoteLexicons.characterizingVerbs.contains(t.hash) else { return nil }
        // A capitalised verb mid-sentence is a name ("Tell" is rare; "Post" is a newspaper) — except
        // in a headline-style sentence.
        if t.isCapitalized && !t.has(.sentenceStart) && !isInTitleCase(i) { return nil }
        // "the post", "a Trump tweet", "his remarks": a noun, not a verb ("Another tweeted" is a verb).
        if let p = token(i - 1), p.kind == .word, QuoteLexicons.determiners.contains(p.hash), !standsAlone(i - 1) { return nil }
        if QuoteLexicons.nounLikeVerbs.contains(t.hash), isNounUse(i) { return nil }
        return (speech ? .speech : .characterizing, 1)
    }

    /// A determiner that stands for a speaker at the start of a clause: "Another said", "Some argued".
    func standsAlone(_ i: Int) -> Bool {
        guard has(QuoteLexicons.pronounDeterminers, i), let t = token(i) else { return false }
        return t.has(.sentenceStart) || !isWord(i - 1) || has(QuoteLexicons.clauseWords, i - 1) || hash(i - 1) == CueScanner.hashAnd
    }

    /// Whether a word that is a noun or a verb ("tweet", "claims") reads as a noun at `i`: a
    /// determiner or possessive heads the words before it ("a Donald Trump tweet", "Clinton's claims").
    func isNounUse(_ i: Int) -> Bool {
        if isLowercaseWord(i - 1), has(QuoteLexicons.determiners, i - 2), endsWithAdjectiveSuffix(i - 1) { return true }
        // Followed by "to", a pronoun or a determiner, it takes an object or a complement: a verb
        // ("her plan promises to…", "claims he").
        if hash(i + 1) == CueScanner.hashTo || isPronoun(i + 1) || (has(QuoteLexicons.determiners, i + 1) && !isCapitalizedWord(i + 1)) { return false }
        guard let p = token(i - 1) else { return false }
        if p.kind != .word { return false }
        if isPronoun(i - 1) { return false }
        // "an apparent counter": an adjective right before it makes it a noun.
        if isLowercaseWord(i - 1), has(QuoteLexicons.determiners, i - 2), endsWithAdjectiveSuffix(i - 1) { return true }
        if p.has(.possessive) { return true }
        if has(QuoteLexicons.roleNouns, i - 1) { return false }
        var k = i - 2
        while k >= 0 && k >= i - 5 {
            guard let t = token(k), t.kind == .word else { return false }
            if t.has(.possessive) || QuoteLexicons.determiners.contains(t.hash) { return true }
            if QuoteLexicons.clauseWords.contains(t.hash) || QuoteLexicons.pronouns.contains(t.hash) { return false }
            k -= 1
        }
        return false
    }

    /// Common adjective endings: "apparent", "brief", "national", "angry"… (a rough test, used only
    /// to tell "an apparent counter" from "the plan counters").
    func endsWithAdjectiveSuffix(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .word, t.length > 3 else { return false }
        let e = Int(t.end)
        guard e >= 4, e <= bytes.count else { return false }
        let tail = String(decoding: bytes[(e - 4)..<e], as: UTF8.self).lowercased()
        for suffix in ["ent", "ant", "al", "ive", "ous", "ic", "ful", "less", "ary", "ble"] where tail.hasSuffix(suffix) { return true }
        return false
    }

    /// A lowercase word ending in "ed" (a past tense or participle).
    func endsWithEd(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .word, t.has(.lowercase), t.length > 3 else { return false }
        let e = Int(t.end)
        guard e >= 2, e <= bytes.count else { return false }
        return bytes[e - 2] == 0x65 && bytes[e - 1] == 0x64
    }

    /// A lowercase word ending in "ly" ("broadly", "publicly"): an adverb between a speaker and a verb.
    func isAdverb(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .word, t.has(.lowercase), t.length > 4 else { return false }
        let e = Int(t.end)
        guard e >= 2, e <= bytes.count else { return false }
        // "the daily wrote": after a determiner it is a noun.
        return bytes[e - 2] == 0x6C && bytes[e - 1] == 0x79 && !has(QuoteLexicons.roleNouns, i) && !has(QuoteLexicons.determiners, i - 1)
    }

    /// Whether the word at `i` ends in "ing": a participle ("saying") or progressive ("is saying").
    func isIngForm(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .word, t.length > 4 else { return false }
        let e = Int(t.end)
        guard e >= 3, e <= bytes.count else { return false }
        return Bytes.lower(bytes[e - 3]) == 0x69 && Bytes.lower(bytes[e - 2]) == 0x6E && Bytes.lower(bytes[e - 1]) == 0x67
    }

    func isAddresseeVerb(_ i: Int) -> Bool { has(CueScanner.addresseeVerbs, i) }

    /// "in a statement", "in an interview with CNBC": the medium of speech, starting at `i` ("in").
    func mediumPhrase(at i: Int) -> Int? {
        guard hash(i) == CueScanner.hashIn else { return nil }
        var k = i + 1
        if has(QuoteLexicons.determiners, k) { k += 1 }
        var adjectives = 0
        while isLowercaseWord(k) && !has(QuoteLexicons.speechNouns, k) && adjectives < 2 {
            k += 1
            adjectives += 1
        }
        guard has(QuoteLexicons.speechNouns, k) else { return nil }
        return k - i + 1
    }

    // MARK: Speaker phrases

    /// The speaker phrase that is the subject of the verb at `verb`: read backwards, skipping
    /// auxiliaries and adverbs ("has also said"), time phrases ("on Monday") and an appositive set off by
    /// commas (`Lei Jun, the chairman of Xiaomi, said`). Nil if the words before the verb are not a
    /// speaker, or the verb is passive.
    func subject(ofVerb verb: Int, lowerBound lo: Int) -> SpeakerPhrase? {
        var j = verb - 1
        var skipped = 0
        var passive = false
        while j >= lo && skipped < 5 {
            if has(QuoteLexicons.verbModifiers, j) || hash(j) == Bytes.wordHash("not") || hash(j) == Bytes.wordHash("never") || isAdverb(j) {
                if has(CueScanner.passiveAuxiliaries, j) && skipped == 0 { passive = true }
                j -= 1
                skipped += 1
                continue
            }
            // "He’s claiming": a contracted auxiliary after a pronoun.
            if isPossessive(j), isPronoun(j - 1) {
                j -= 1
                skipped += 1
                continue
            }
            if let t = skipTimePhraseBackward(j, lo) {
                j = t
                skipped += 1
                continue
            }
            // "Rep. Gwen Moore (D-Wis.) said": a parenthesis after the name.
            if isPunct(j, ")"), let open = (max(lo, j - 12)..<j).last(where: { isPunct($0, "(") }) {
                j = open - 1
                skipped += 1
                continue
            }
            // "John Dickey, the chief executive -- the company that owns it -- told": an aside
            // between dashes.
            if isDash(j), let open = (max(lo, j - 25)..<j).last(where: { isDash($0) }), open > lo {
                j = open - 1
                skipped += 1
                continue
            }
            break
        }
        // Passive ("was told"), unless progressive ("is saying") or "was quoted as saying".
        if passive && !isIngForm(verb) && !(hash(verb) == CueScanner.hashQuoted) { return nil }
        guard j >= lo else { return nil }
        // A relative pronoun: "McConnell, who in 2010 said" — the antecedent speaks.
        if has(CueScanner.relativeWords, j) || hash(j) == Bytes.wordHash("that") {
            guard hash(j) != Bytes.wordHash("that") || isPunct(j - 1, ",") == false else { return nil }
            let before = isPunct(j - 1, ",") ? j - 2 : j - 1
            guard before >= lo else { return nil }
            if isPunct(before, ",") || isPunct(before + 1, ","), let phrase = subjectBeforeComma(before + 1, lo) { return phrase }
            return phraseEnding(at: before, lowerBound: lo)
        }
        if isPunct(j, ",") { return subjectBeforeComma(j, lo) }
        // "said Lei Jun, the executive" is read forwards; here a phrase must end right before the verb.
        return phraseEnding(at: j, lowerBound: lo)
    }

    /// The speaker before a comma that closes one or more appositives or a relative clause:
    /// `Lei Jun, the chairman of Xiaomi, said`, `Scott Pruitt, the attorney general, one of…, said`,
    /// `Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said`. The comma-separated
    /// segments are read from the earliest: the first that is wholly a speaker phrase speaks, and the
    /// segment after it, if it reads as a role, is the role.
    func subjectBeforeComma(_ comma: Int, _ lo: Int) -> SpeakerPhrase? {
        var commas: [Int] = [comma]
        var k = comma - 1
        var start = lo
        while k >= lo && comma - k < 40 {
            // `Ron Tallis, a contestant on the show "The Great Bake," who …, said`: a quoted title
            // inside an appositive is read past.
            if let open = quotedTitleOpen(closingAt: k, lowerBound: lo) {
                k = open - 1
                continue
            }
            if isTerminal(k) || isPunct(k, ":") || isPunct(k, ";") || token(k)?.kind == .quote || isDash(k) && (token(k)?.has(.spaceBefore) ?? false) {
                start = k + 1
                break
            }
            if isPunct(k, ",") { commas.append(k) }
            k -= 1
        }
        if k < lo || comma - k >= 40 { start = max(lo, k + 1) }
        commas.reverse()  // earliest first
        var segmentStart = start
        var index = 0
        while index < commas.count {
            var segmentEnd = commas[index] - 1
            // "Dana Whitlock (Green), who …, said": a parenthesis after the name.
            if isPunct(segmentEnd, ")"), let open = (max(segmentStart, segmentEnd - 12)..<segmentEnd).last(where: { isPunct($0, "(") }), open > segmentStart {
                segmentEnd = open - 1
            }
            defer {
                segmentStart = commas[index] + 1
                index += 1
            }
            guard segmentStart <= segmentEnd else { continue }
            // Words that join clauses may open the segment: "and", "but".
            var first = segmentStart
            while first < segmentEnd, hash(first) == CueScanner.hashAnd || hash(first) == Bytes.wordHash("but") { first += 1 }
            guard var phrase = phraseEnding(at: segmentEnd, lowerBound: first), phrase.firstToken == first,
                phrase.isName || phrase.isPronoun || isAgentive(phrase)
            else { continue }
            // A role phrase followed by a name: `the company's chairman, Lei Jun, said`.
            if !phrase.isName && !phrase.isPronoun, index + 1 < commas.count, let name = phraseEnding(at: commas[index + 1] - 1, lowerBound: commas[index] + 1),
                name.isName, name.firstToken == commas[index] + 1
            {
                var n = name
                n.role = n.role ?? phrase.speaker
                n.firstToken = phrase.firstToken
                n.lastToken = comma - 1
                return n
            }
            if phrase.role == nil, index + 1 < commas.count {
                let a = commas[index] + 1
                var b = commas[index + 1] - 1
                // A relative clause after a quoted title is not part of the role: `a contestant on
                // "The Great Bake," who went on…`.
                if let relative = safeRange(a + 1, b + 1).first(where: { has(CueScanner.relativeWords, $0) }) {
                    b = relative - 1
                }
                if a <= b, !has(CueScanner.relativeWords, a), token(a)?.kind != .number, !isPronoun(a), let s = token(a), let e = token(b) {
                    phrase.role = Int(s.start)..<Int(e.end)
                }
            }
            phrase.lastToken = comma - 1
            return phrase
        }
        return nil
    }

    /// "on Monday", "Monday", "last week", "earlier this month" ending at `j`: the index before it.
    func skipTimePhraseBackward(_ j: Int, _ lo: Int) -> Int? {
        guard let t = token(j) else { return nil }
        // "in 2010", "on Sept. 5"
        if t.kind == .number {
            var k = j - 1
            if isPunct(k, ".") { k -= 1 }
            if isCapitalizedWord(k) && !has(QuoteLexicons.roleLinks, k) { k -= 1 }
            return has(QuoteLexicons.timeWords, k) && has(QuoteLexicons.roleLinks, k) && k >= lo ? k - 1 : nil
        }
        guard t.kind == .word else { return nil }
        let h = t.hash
        let isDay = QuoteLexicons.timeWords.contains(h) && !has(QuoteLexicons.roleLinks, j)
        guard isDay else { return nil }
        var k = j - 1
        while k >= lo && k >= j - 3 && has(QuoteLexicons.timeWords, k) { k -= 1 }
        return k
    }

    /// The closing mark of a short quoted name or title that opens at `open` (`"Ted Cruz"`, `"The
    /// Great Bake,"`), found within eight tokens and before `limit`: what a speaker phrase or an
    /// attribution reads past.
    func quotedTitleClose(openingAt open: Int, limit: Int) -> Int? {
        guard token(open)?.kind == .quote,
            let close = safeRange(open + 1, min(limit, open + 9)).first(where: { token($0)?.kind == .quote }), isQuotedTitle(open, close)
        else { return nil }
        return close
    }

    /// The opening mark of a short quoted name or title that closes at `close`, read backwards
    /// (not before `lowerBound`).
    func quotedTitleOpen(closingAt close: Int, lowerBound: Int) -> Int? {
        guard token(close)?.kind == .quote,
            let open = safeRange(max(lowerBound, close - 8), close).last(where: { token($0)?.kind == .quote }), isQuotedTitle(open, close)
        else { return nil }
        return open
    }

    /// Whether the words between the quotation marks at `open` and `close` are a title: each
    /// capitalised but for short function words, with at most a comma or period before the close.
    func isQuotedTitle(_ open: Int, _ close: Int) -> Bool {
        var words = 0
        for k in safeRange(open + 1, close) {
            guard let t = token(k) else { return false }
            if t.kind == .word {
                guard t.isCapitalized || t.has(.allCaps) || (QuoteLexicons.nonNameWords.contains(t.hash) && t.length <= 4 && words > 0) else { return false }
                words += 1
            } else if !(k == close - 1 && (t.isPunctuation(",") || t.isPunctuation("."))) {
                return false
            }
        }
        return words > 0
    }

    /// From a comma at `close` back to the comma that opens the appositive. Returns the opening
    /// comma's index and the role (nil for a relative clause or an age).
    func appositiveBackward(endingAt close: Int, lowerBound lo: Int) -> (Int, Range<Int>?)? {
        var k = close - 1
        var count = 0
        while k >= lo && count < 24 {
            guard let t = token(k) else { return nil }
            if t.kind == .quote || isTerminal(k) { return nil }
            if t.isPunctuation(",") {
                let first = k + 1
                let last = close - 1
                guard first <= last, let a = token(first), let b = token(last) else { return nil }
                // "Lei Jun, 48, said": an age. "X, who …, said": a relative clause. Neither is a role.
                if a.kind == .number || has(CueScanner.relativeWords, first) { return (k, nil) }
                // A role reads as a noun phrase; a clause ("the plan, he said, is…") ends the search.
                if isPronoun(first) { return nil }
                return (k, Int(a.start)..<Int(b.end))
            }
            k -= 1
            count += 1
        }
        return nil
    }

    static let relativeWords = Lexicon(lines: """
        who
        which
        whose
        whom
        where
        """)

    /// The speaker phrase whose last token is `j`, read backwards.
    func phraseEnding(at j: Int, lowerBound lo: Int) -> SpeakerPhrase? {
        guard j >= lo, let last = token(j) else { return nil }
        if isPronoun(j) { return pronounPhrase(j) }
        // "Another said", "Others added": a determiner standing for a speaker.
        if standsAlone(j), j == lo || !isWord(j - 1) || has(QuoteLexicons.clauseWords, j - 1) {
            return pronounPhrase(j)
        }
        guard last.kind == .word || last.kind == .number || isNameInternalPeriod(j) else { return nil }
        var start = j + 1
        var k = j
        var lowercaseWords = 0
        var words = 0
        scan: while k >= lo && j - k < 12 {
            guard let t = token(k) else { break }
            switch t.kind {
            case .quote:
                if nicknameMarks.contains(k) {
                    start = k
                    k -= 1
                    continue
                }
                break scan
            case .punctuation:
                if isNameInternalPeriod(k) || t.first == "&" {
                    start = k
                    k -= 1
                    continue
                }
                break scan
            case .number:
                break scan
            case .word:
                if t.has(.possessive) {
                    start = k
                    k -= 1
                    continue
                }
                if isPronoun(k) { break scan }
                if t.isCapitalized || t.has(.allCaps) {
                    if has(QuoteLexicons.determiners, k) && !t.has(.allCaps) {
                        // "The executive said" — the phrase opens here ("Mr. Morgan of the Sierra Club":
                        // a determiner after "of" inside a name reads on).
                        if words > 0 { start = k }
                        if hash(k - 1) == CueScanner.hashOf, isNameWord(k - 2), words > 0 {
                            k -= 1
                            continue
                        }
                        break scan
                    }
                    if isExcludedCapital(k) { break scan }
                    start = k
                    words += 1
                    k -= 1
                    continue
                }
                // Lowercase.
                if has(QuoteLexicons.determiners, k) {
                    if words > 0 { start = k }
                    if hash(k - 1) == CueScanner.hashOf, isNameWord(k - 2), words > 0, isCapitalizedWord(k + 1) {
                        k -= 1
                        continue
                    }
                    break scan
                }
                if has(CueScanner.nameParticles, k), isCapitalizedWord(k - 1), isCapitalizedWord(k + 1) {
                    start = k
                    k -= 1
                    continue
                }
                if hash(k) == CueScanner.hashAnd, isNameWord(k - 1), isNameWord(k + 1) {
                    start = k
                    k -= 1
                    continue
                }
                // "the ambassador to Pakistan Abdul Zaeef said", "an adviser to the mayor": "to"
                // joins a role to whom it serves.
                if hash(k) == CueScanner.hashTo, words > 0, has(QuoteLexicons.roleNouns, k - 1) {
                    start = k
                    k -= 1
                    continue
                }
                if has(QuoteLexicons.roleLinks, k) {
                    // "a spokesperson for Xiaomi": joins a role to an organisation; "Bank of Scotland",
                    // "Mr. Morgan of the Sierra Club": "of" inside a name.
                    if words > 0, has(QuoteLexicons.roleNouns, k - 1) || (hash(k) == CueScanner.hashOf && isNameWord(k - 1) && (isCapitalizedWord(k + 1) || has(QuoteLexicons.determiners, k + 1))) {
                        start = k
                        k -= 1
                        continue
                    }
                    break scan
                }
                if has(QuoteLexicons.clauseWords, k) || has(QuoteLexicons.nonNameWords, k) || has(QuoteLexicons.verbModifiers, k) {
                    break scan
                }
                // A verb ends the phrase — unless it is a noun here ("the email said", "the note says").
                if QuoteLexicons.speechVerbs.contains(t.hash) || QuoteLexicons.characterizingVerbs.contains(t.hash) {
                    guard QuoteLexicons.nounLikeVerbs.contains(t.hash) || QuoteLexicons.roleNouns.contains(t.hash), k - 1 >= lo,
                        has(QuoteLexicons.determiners, k - 1) || isPossessive(k - 1) || (isWord(k - 1) && !isPronoun(k - 1) && !has(QuoteLexicons.clauseWords, k - 1))
                    else { break scan }
                }
                lowercaseWords += 1
                if lowercaseWords > 4 { break scan }
                start = k
                words += 1
                k -= 1
            }
        }
        guard start <= j, words > 0 else { return nil }
        // "a narrator in the Clinton ad", "a spokesperson for the company": a role attached to a
        // noun phrase.
        if has(QuoteLexicons.determiners, start), start - 2 >= lo, has(QuoteLexicons.roleLinks, start - 1), has(QuoteLexicons.roleNouns, start - 2) {
            start -= 2
            // Back to the determiner over up to two modifiers: "a Democratic staffer in the room".
            var m = start - 1
            while m >= lo, m >= start - 3, !has(QuoteLexicons.determiners, m), isLowercaseWord(m) || isNameWord(m),
                !has(QuoteLexicons.clauseWords, m), !has(QuoteLexicons.roleLinks, m)
            {
                m -= 1
            }
            if m >= lo, has(QuoteLexicons.determiners, m) { start = m }
        }
        // Drop a leading preposition or possessive the scan may have stopped on.
        while start <= j, has(QuoteLexicons.roleLinks, start) || isPossessive(start) || isPunct(start, "&") { start += 1 }
        guard start <= j else { return nil }
        // Lowercase words with no determiner and no capital: a role only if a role noun heads it
        // ("officials said", "analysts said"), not a stray verb phrase ("polls show voters said").
        let hasCapital = (start...j).contains { isCapitalizedWord($0) }
        if !hasCapital && !has(QuoteLexicons.determiners, start) {
            guard has(QuoteLexicons.roleNouns, j) else { return nil }
            // "many analysts", "government officials": at most two words before the head.
            if j - start > 2 { start = j - 2 }
        }
        return split(start, j)
    }

    func pronounPhrase(_ i: Int) -> SpeakerPhrase? {
        guard let t = token(i) else { return nil }
        return SpeakerPhrase(speaker: t.range, role: nil, firstToken: i, lastToken: i, isPronoun: true, isName: false)
    }

    /// The speaker phrase starting at `i`, read forwards (`said Lei Jun, the chairman of Xiaomi`;
    /// `according to a spokesperson for Xiaomi`), with a following appositive as its role.
    func phraseStarting(at i: Int, upperBound hi: Int) -> SpeakerPhrase? {
        guard i < hi, let first = token(i) else { return nil }
        if isPronoun(i) { return pronounPhrase(i) }
        // `…," said another.` — a determiner standing for a speaker, ending the clause.
        if has(QuoteLexicons.pronounDeterminers, i), i + 1 >= hi || !isWord(i + 1) { return pronounPhrase(i) }
        guard first.kind == .word, !first.has(.possessive) else { return nil }
        var k = i
        var end = i - 1
        var capitals = 0
        var lowercase = 0
        let startsWithDeterminer = has(QuoteLexicons.determiners, i) && !first.has(.allCaps)
        if startsWithDeterminer {
            end = i
            k = i + 1
        }
        scan: while k < hi && k - i < 12 {
            guard let t = token(k) else { break }
            switch t.kind {
            case .quote where nicknameMarks.contains(k):
                end = k
                k += 1
                continue
            case .quote, .number:
                break scan
            case .punctuation:
                if isNameInternalPeriod(k) || t.first == "&" {
                    end = k
                    k += 1
                    continue
                }
                break scan
            case .word:
                if t.has(.possessive) {
                    end = k
                    k += 1
                    continue
                }
                if isPronoun(k) { break scan }
                if t.isCapitalized || t.has(.allCaps) {
                    if isExcludedCapital(k) { break scan }
                    if QuoteLexicons.speechVerbs.contains(t.hash) && t.has(.sentenceStart) { break scan }
                    capitals += 1
                    end = k
                    k += 1
                    continue
                }
                if has(CueScanner.nameParticles, k), isCapitalizedWord(k - 1), isCapitalizedWord(k + 1) {
                    end = k
                    k += 1
                    continue
                }
                if hash(k) == CueScanner.hashAnd, isNameWord(k - 1), isNameWord(k + 1) {
                    end = k
                    k += 1
                    continue
                }
                if has(QuoteLexicons.roleLinks, k) {
                    // "a spokesperson for Xiaomi", "the chairman of the board", "people familiar with…"
                    if end >= i, has(QuoteLexicons.roleNouns, end) || (lowercase > 0 && capitals == 0) {
                        if isCapitalizedWord(k + 1) || has(QuoteLexicons.determiners, k + 1) || isLowercaseWord(k + 1) {
                            end = k
                            k += 1
                            continue
                        }
                    }
                    break scan
                }
                // "a spokesperson for the council": a determiner right after a link opens its object.
                if has(QuoteLexicons.determiners, k), has(QuoteLexicons.roleLinks, k - 1), k - 1 > i {
                    end = k
                    k += 1
                    continue
                }
                // "CBS moderator Nancy Cordes", "Fox anchor Chris Wallace": a lowercase role
                // between an organisation and a name.
                if capitals > 0, !startsWithDeterminer, has(QuoteLexicons.roleNouns, k), isNameWord(k + 1), k + 1 < hi {
                    end = k
                    k += 1
                    continue
                }
                // Lowercase words belong to a phrase opened by a determiner, or to a role phrase.
                if capitals > 0 && !startsWithDeterminer { break scan }
                if has(QuoteLexicons.clauseWords, k) || has(QuoteLexicons.verbModifiers, k) || has(QuoteLexicons.nonNameWords, k) {
                    break scan
                }
                // A verb ends the phrase — unless a noun here: "according to the report".
                if QuoteLexicons.speechVerbs.contains(t.hash) || QuoteLexicons.characterizingVerbs.contains(t.hash) {
                    guard startsWithDeterminer, QuoteLexicons.nounLikeVerbs.contains(t.hash) || QuoteLexicons.roleNouns.contains(t.hash) else { break scan }
                }
                if has(QuoteLexicons.timeWords, k) { break scan }
                // A role noun heads the phrase: the lowercase word after it is the verb ("The mayor
                // took a heckler in stride"), unless it names the role further ("chief executive officer").
                if lowercase > 0, end > i, has(QuoteLexicons.roleNouns, end), !has(QuoteLexicons.roleNouns, k), hash(k) != CueScanner.hashAnd { break scan }
                // After a noun, a word in "-ed" is a verb: "The harbour authority issued…".
                if lowercase > 0 || capitals > 0, endsWithEd(k) { break scan }
                lowercase += 1
                if lowercase > 5 { break scan }
                end = k
                k += 1
            }
        }
        // Trailing link words ("a spokesperson for") and possessives are not part of the phrase.
        while end >= i, has(QuoteLexicons.roleLinks, end) || isPossessive(end) || has(QuoteLexicons.determiners, end) { end -= 1 }
        guard end >= i, end > i || !startsWithDeterminer else { return nil }
        // Without a determiner, lowercase words must end in a role noun ("officials", "people familiar…").
        if capitals == 0 && !startsWithDeterminer && !has(QuoteLexicons.roleNouns, i) { return nil }
        var phrase = split(i, end)
        // An appositive after the phrase: ", the chairman of Xiaomi" — or a name after a role
        // (`said the company's chairman, Lei Jun`).
        if isPunct(end + 1, ","), end + 2 < hi {
            let a = end + 2
            if !phrase.isName && !phrase.isPronoun && isNameWord(a), let name = phraseStarting(at: a, upperBound: hi), name.isName {
                let roleRange = phrase.speaker
                phrase = name
                phrase.role = phrase.role ?? roleRange
                phrase.firstToken = i
                return phrase
            }
            if phrase.isName, has(QuoteLexicons.determiners, a) || has(QuoteLexicons.roleNouns, a) || (isLowercaseWord(a) && !has(QuoteLexicons.clauseWords, a) && !has(QuoteLexicons.verbModifiers, a) && QuoteLexicons.speechVerbs.contains(hash(a)) == false) || (isCapitalizedWord(a) && has(QuoteLexicons.roleNouns, a)) {
                var e = a
                while e + 1 < hi, e - a < 15, let t = token(e + 1), t.kind != .quote, !t.isPunctuation(","), !isTerminal(e + 1),
                    !t.isPunctuation(";"), !t.isPunctuation("("), !t.isPunctuation(":"), !isDash(e + 1)
                {
                    e += 1
                }
                if let s = token(a), let t = token(e), !has(CueScanner.relativeWords, a) {
                    if phrase.role == nil { phrase.role = Int(s.start)..<Int(t.end) }
                    phrase.lastToken = e
                }
            }
        }
        return phrase
    }

    /// Splits the phrase `start...end` into the speaker and a role: "Xiaomi Chairman Lei Jun" →
    /// "Lei Jun" with role "Xiaomi Chairman"; "President Barack Obama" → "Barack Obama", "President";
    /// "a spokesperson for Xiaomi" stays whole. A statement's source is its author: "a statement from
    /// Xiaomi" → "Xiaomi".
    func split(_ start: Int, _ end: Int) -> SpeakerPhrase {
        func range(_ a: Int, _ b: Int) -> Range<Int> {
            let s = token(a).map { Int($0.start) } ?? 0
            let e = token(b).map { Int($0.end) } ?? s
            return s..<max(s, e)
        }
        // "Mr. Morgan of the Harbour Trust", "Jeffrey Lewis of the Martin Center": a person's name
        // (two words, or a title and a name), then "of" and an organisation: the person speaks.
        if !has(QuoteLexicons.determiners, start), let of = (start...end).first(where: { hash($0) == CueScanner.hashOf }), of > start, of < end {
            let nameWords = (start..<of).filter { isCapitalizedWord($0) }.count
            let titled = AbbreviationLexicons.titles.contains(hash(start))
            let allName = (start..<of).allSatisfy { isCapitalizedWord($0) || isNameInternalPeriod($0) }
            if allName, nameWords >= 2 || titled, !(start..<of).contains(where: { has(QuoteLexicons.roleNouns, $0) }) {
                return SpeakerPhrase(speaker: range(start, of - 1), role: range(of + 1, end), firstToken: start, lastToken: end, isPronoun: false, isName: true)
            }
        }
        let whole = SpeakerPhrase(
            speaker: range(start, end), role: nil, firstToken: start, lastToken: end, isPronoun: false,
            isName: isCapitalizedWord(start) && !has(QuoteLexicons.determiners, start) && !(start...end).contains { isLowercaseWord($0) && !has(CueScanner.nameParticles, $0) && hash($0) != CueScanner.hashAnd })
        // The name after the last role word: "Xiaomi Chairman Lei Jun", "Secretary of State John Kerry".
        var lastRole: Int? = nil
        var k = start
        while k <= end {
            if has(QuoteLexicons.roleNouns, k) && !isPossessive(k) { lastRole = k }
            // "of State", "for Europe", "envoy to Portugal" inside a title: the capitalised word
            // after the link is the title's.
            if k > start, has(QuoteLexicons.roleLinks, k - 1) || hash(k - 1) == CueScanner.hashTo, isCapitalizedWord(k), lastRole == k - 2 || lastRole == k - 1 - 1 {
                var capsAfter = 0
                var m = k + 1
                while m <= end, isCapitalizedWord(m) || isNameInternalPeriod(m) { capsAfter += isCapitalizedWord(m) ? 1 : 0; m += 1 }
                if capsAfter >= 2 { lastRole = k }
            }
            k += 1
        }
        if let r = lastRole, r < end {
            var nameStart = r + 1
            while nameStart <= end, isPunct(nameStart, ".") { nameStart += 1 }
            if nameStart <= end, (nameStart...end).allSatisfy({ isCapitalizedWord($0) || isNameInternalPeriod($0) || has(CueScanner.nameParticles, $0) || hash($0) == CueScanner.hashAnd }), isCapitalizedWord(nameStart) {
                var roleStart = start
                if has(QuoteLexicons.determiners, roleStart) && roleStart < r { roleStart += 1 }
                return SpeakerPhrase(speaker: range(nameStart, end), role: range(roleStart, nameStart - 1 >= roleStart ? lastNonPeriod(nameStart - 1, roleStart) : r), firstToken: start, lastToken: end, isPronoun: false, isName: true)
            }
        }
        // "longtime friend Joe Smith": lowercase words, then a name.
        if !whole.isName, isCapitalizedWord(end), !has(QuoteLexicons.roleLinks, end - 1) {
            var n = end
            while n - 1 >= start, isCapitalizedWord(n - 1) || isNameInternalPeriod(n - 1) { n -= 1 }
            if n > start, !has(QuoteLexicons.roleLinks, n - 1), !isPossessive(n - 1), isLowercaseWord(n - 1) {
                var roleStart = start
                if has(QuoteLexicons.determiners, roleStart) { roleStart += 1 }
                return SpeakerPhrase(speaker: range(n, end), role: roleStart < n ? range(roleStart, n - 1) : nil, firstToken: start, lastToken: end, isPronoun: false, isName: true)
            }
        }
        // "a statement from Xiaomi", "a post by Lei Jun": the source of the text speaks.
        if has(QuoteLexicons.speechNouns, start) || (has(QuoteLexicons.determiners, start) && has(QuoteLexicons.speechNouns, start + 1)) {
            var m = start
            while m < end, !(hash(m) == CueScanner.hashBy || hash(m) == Bytes.wordHash("from") || hash(m) == Bytes.wordHash("of")) { m += 1 }
            if m < end, isCapitalizedWord(m + 1) || has(QuoteLexicons.determiners, m + 1) {
                return SpeakerPhrase(speaker: range(m + 1, end), role: nil, firstToken: start, lastToken: end, isPronoun: false, isName: isCapitalizedWord(m + 1) && !has(QuoteLexicons.determiners, m + 1))
            }
        }
        return whole
    }

    /// The last token at or before `i` (and not before `floor`) that is not a period.
    func lastNonPeriod(_ i: Int, _ floor: Int) -> Int {
        var k = i
        while k > floor, isPunct(k, ".") && !isNameInternalPeriod(k) { k -= 1 }
        return k
    }
}
