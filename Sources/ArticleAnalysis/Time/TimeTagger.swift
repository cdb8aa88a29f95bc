/// Finds time expressions and normalises them against the article's publication date.
///
/// Sentence by sentence, the grammar (`TimeGrammar`) matches the longest expression at each token;
/// the resolver anchors what it says: relative expressions to the publication date (or, inside a
/// quotation, to when it was said), narrative ones ("three days later") to the last time the text
/// named, year-less dates and weekdays in the direction of the sentence's tense.
public enum TimeTagger {
    public static func tag(_ document: ArticleDocument) -> [TimeExpression] {
        document.bytes.withUnsafeBufferPointer { tag(document, $0) }
    }

    /// How far after a leading function word the grammar's longest such lead-in ("at the end of
    /// the first …") reaches its first time word.
    static let anchorReach = 8

    /// For each piece, the index of the first piece at or after it that can carry a time
    /// expression (see `TimeWords.isAnchor`); `pieces.count` when none follows.
    static func nextAnchors(_ pieces: [Piece]) -> [Int] {
        var next = [Int](repeating: pieces.count, count: pieces.count + 1)
        var k = pieces.count - 1
        while k >= 0 {
            next[k] = TimeWords.isAnchor(pieces[k]) ? k : next[k + 1]
            k -= 1
        }
        return next
    }

    static func tag(_ d: ArticleDocument, _ b: UnsafeBufferPointer<UInt8>) -> [TimeExpression] {
        var resolver = TimeResolver(publication: d.publication?.date)
        var result: [TimeExpression] = []
        var inQuote = false
        var lastParagraph = -1
        var speechTime: CalendarDate? = nil
        for sentence in d.sentences {
            guard sentence.paragraph >= 0, sentence.paragraph < d.paragraphs.count,
                sentence.tokens.lowerBound >= 0, sentence.tokens.upperBound <= d.tokens.count
            else { continue }
            let paragraph = d.paragraphs[sentence.paragraph]
            if paragraph.kind == .boilerplate { continue }

            if sentence.paragraph != lastParagraph {
                lastParagraph = sentence.paragraph
                inQuote = paragraph.kind == .blockQuote
                speechTime = nil
            }
            let pieces = Pieces.make(d.tokens[sentence.tokens], b)
            guard !pieces.isEmpty else { continue }
            var quoted = [Bool](repeating: false, count: pieces.count)
            for k in pieces.indices {
                if pieces[k].kind == .quote, let q = TimeTagger.quoteDirection(b, pieces[k], inQuote: inQuote) {
                    inQuote = q
                    quoted[k] = false
                    continue
                }
                quoted[k] = inQuote
            }
            resolver.beginSentence()
            // Every time expression holds a word that says time (a number, a month, "year",
            // "now"…); a sentence with none is skipped, and a function word ("in", "the", "a")
            // starts an expression only with such a word close after it.
            let anchors = TimeTagger.nextAnchors(pieces)
            guard anchors[0] < pieces.count else { continue }
            let grammar = TimeGrammar(b: b, p: pieces)
            var parses: [TimeParse] = []
            var i = 0
            while i < pieces.count {
                if anchors[i] - i > TimeTagger.anchorReach, TimeWords.leadingFunctionWords.contains(pieces[i].hash) {
                    i += 1
                    continue
                }
                if let parse = grammar.parse(at: i), parse.end > i, parse.end <= pieces.count {
                    parses.append(parse)
                    i = parse.end
                } else {
                    i += 1
                }
            }
            guard !parses.isEmpty else { continue }
            // Outside quotations first: a "said Monday" sets the time the quotation was spoken.
            var order = parses.indices.filter { !quoted[parses[$0].coreStart] }
            order += parses.indices.filter { quoted[parses[$0].coreStart] }
            var resolved: [(Int, TimeExpression)] = []
            for index in order {
                let parse = parses[index]
                let isQuoted = quoted[parse.coreStart]
                var tense = Tense.direction(pieces, b, around: parse.start..<parse.end, quoted: quoted)
                // "until Tuesday", "as soon as Friday": deadlines and earliest dates lie ahead.
                if let signal = parse.signal, signal == .onOrBefore || signal == .onOrAfter, tense == nil || tense == .this {
                    switch parse.spec {
                    case .weekday, .timeOfDay(.weekday?, _, _), .partOfDay(.weekday?, _): tense = .future
                    default: break
                    }
                }
                // "Wednesday's ruling": a day named as an event's, usually one that has happened.
                if parse.end < pieces.count, pieces[parse.end].hash == TimeWords.apostropheS, case .weekday = parse.spec { tense = nil }
                // "Vantor's June 1 bankruptcy filing was larger": a date naming an event nobody
                // schedules names one that has happened, unless the clause's verb looks ahead.
                if tense != .future, TimeTagger.modifiesUnscheduledEvent(pieces, parse) { tense = .past }
                var expression = resolver.resolve(parse, pieces: pieces, tense: tense, speech: isQuoted ? speechTime : nil)
                expression.range = pieces[parse.start].start..<pieces[parse.end - 1].end
                expression.core = pieces[parse.coreStart].start..<pieces[parse.end - 1].end
                // "three days later" with no earlier time to count from is a duration: TimeML's
                // extent is "three days", and "later" (or "after that") is a signal outside it.
                if expression.type == .duration, case .ago = parse.spec {
                    var end = parse.end
                    while end - 1 > parse.coreStart, TimeWords.narrativeSignals.contains(pieces[end - 1].hash) { end -= 1 }
                    expression.range = pieces[parse.start].start..<pieces[end - 1].end
                    expression.core = pieces[parse.coreStart].start..<pieces[end - 1].end
                }
                if !isQuoted, TimeTagger.followsSpeechVerb(pieces, parse.start), let day = expression.bounds, !expression.isUnresolved,
                    expression.granularity <= .day
                {
                    speechTime = CalendarDate(dayNumber: day.earliestBegin)
                }
                resolved.append((index, expression))
            }
            resolved.sort { $0.0 < $1.0 }
            for (_, expression) in resolved where !TimeTagger.isDateline(expression, d.publication) {
                result.append(expression)
            }
        }
        return result
    }

    /// The dateline's own date: the publication date, not a time the story names.
    static func isDateline(_ t: TimeExpression, _ publication: PublicationDate?) -> Bool {
        guard let p = publication, let r = p.range, p.origin == .dateline || p.origin == .dateLine, r.overlaps(t.range) else { return false }
        switch p.value {
        case .date(let date): return t.value.hasPrefix(date.iso)
        case .monthDay(let m, let d): return t.value.hasPrefix("XXXX-" + Granule.pad(m, 2) + "-" + Granule.pad(d, 2))
        }
    }

    /// A year-less date or weekday between an owner ("Vantor's", "its", "the") and a noun for an
    /// event nobody schedules, within two words: "Vantor's June 1 bankruptcy filing", "the
    /// March 3 crash".
    static func modifiesUnscheduledEvent(_ p: [Piece], _ parse: TimeParse) -> Bool {
        switch parse.spec {
        case .yearless(.day), .yearless(.month), .yearlessOnWeekday, .weekday(_, nil): break
        default: return false
        }
        let before = parse.start - 1
        guard before >= 0, p[before].kind == .word else { return false }
        let owner = p[before].flags.contains(.possessive) || TimeWords.nounPhraseOwners.contains(p[before].hash)
        guard owner else { return false }
        var k = parse.end
        while k < p.count, k < parse.end + 2, p[k].kind == .word, p[k].flags.contains(.lowercase) {
            if TimeWords.unscheduledEventNouns.contains(p[k].hash) { return true }
            k += 1
        }
        return false
    }

    /// Whether a quotation mark opens (true) or closes (false) a quotation; nil for apostrophes
    /// and single quotes, which are too often apostrophes to track.
    static func quoteDirection(_ b: UnsafeBufferPointer<UInt8>, _ piece: Piece, inQuote: Bool) -> Bool? {
        let (scalar, _) = Bytes.scalar(in: b, at: piece.start)
        switch scalar.value {
        case 0x201C, 0x00AB, 0x201E: return true
        case 0x201D, 0x00BB: return false
        case 0x22: return !inQuote
        default: return nil
        }
    }

    /// "said Monday", "said on Monday", "told reporters on Friday".
    static func followsSpeechVerb(_ pieces: [Piece], _ start: Int) -> Bool {
        var k = start - 1
        var steps = 0
        while k >= 0, steps < 4 {
            if TimeWords.speechVerbs.contains(pieces[k].hash) { return true }
            if pieces[k].kind == .punctuation || pieces[k].kind == .quote { return false }
            k -= 1
            steps += 1
        }
        return false
    }
}

/// The direction a sentence looks in from its reference time: past, future, or neither.
enum Tense {
    static let contractionsFuture: WordSet = TimeWords.set([
        "won't", "wont", "we'll", "they'll", "it'll", "he'll", "she'll", "i'll", "you'll", "that'll", "there'll",
        "who'll",
    ])
    static let auxiliaries: WordSet = TimeWords.set([
        "be", "been", "being", "is", "are", "was", "were", "am", "'s", "'re", "get", "gets", "got", "become",
    ])
    static let perfect: WordSet = TimeWords.set(["has", "have", "had", "'ve", "'d"])
    /// Future only before "to": "plans to open" (not "announced plans Friday").
    static let needsTo: WordSet = TimeWords.set([
        "going", "set", "looking", "seeking", "want", "wants", "plan", "plans", "hope", "hopes", "aim", "aims", "target",
        "targets", "promise", "promises", "pledge", "pledges", "vow", "vows", "seek", "seeks",
    ])
    static let presentAuxiliaries: WordSet = TimeWords.set(["is", "are", "am", "'s", "'re", "be", "being"])
    static let pastAuxiliaries: WordSet = TimeWords.set(["was", "were", "had", "been"])
    /// Past participles of planning verbs: "is expected to" looks ahead, "planned to" looked ahead
    /// from the past.
    static let planParticiples: WordSet = TimeWords.set(["expected", "planned", "intended", "scheduled", "slated", "set", "due"])
    static let setHash = Bytes.wordHash("set")
    static let hadHash = Bytes.wordHash("had")
    static let apostropheDHash = Bytes.wordHash("'d")
    static let wasHash = Bytes.wordHash("was")
    static let wereHash = Bytes.wordHash("were")
    static let planningHash = Bytes.wordHash("planning")
    static let goingHash = Bytes.wordHash("going")
    static let dueHash = Bytes.wordHash("due")
    static let dueTimeSignals: WordSet = TimeWords.set(["in", "until", "till", "by", "on", "before", "at", "early", "late", "later", "next", "this"])
    static let clauseBreaks: WordSet = TimeWords.set([";", "but", "while", "whereas", "although", "though", "because"])
    /// Modal verbs: "may launch in March", "could close by June", "must wait until July" and
    /// "should arrive by Friday" look ahead ("must have left on Tuesday" looks back).
    static let modals: WordSet = TimeWords.set(["may", "might", "could", "must", "should"])
    static let mayHash = Bytes.wordHash("may")
    static let couldHash = Bytes.wordHash("could")
    static let haveHash = Bytes.wordHash("have")
    static let apostropheVeHash = Bytes.wordHash("'ve")

    /// The tense cue nearest to the expression within its clause (before it on a tie): the verb
    /// that governs a time adverb is usually the closest one.
    static func direction(_ p: [Piece], _ b: UnsafeBufferPointer<UInt8>, around r: Range<Int>, quoted: [Bool]) -> TimeSpec.Direction? {
        let inQuote = r.lowerBound < quoted.count ? quoted[r.lowerBound] : false
        var backward: (distance: Int, direction: TimeSpec.Direction)? = nil
        // Forty pieces either way: a tense cue further off governs another clause, and a giant
        // run-on "sentence" must not make tagging quadratic.
        var k = r.lowerBound - 1
        while k >= 0, k >= r.lowerBound - 40 {
            if quoted[k] != inQuote || p[k].kind == .quote { break }
            if clauseBreaks.contains(p[k].hash) { break }
            // "Vantor's June 1 filing": a possessive right before the time, not "is".
            if k == r.lowerBound - 1, p[k].flags.contains(.possessive), k > 0, !TimeWords.contractingPronouns.contains(p[k - 1].hash) {
                k -= 1
                continue
            }
            if let d = cue(p, b, k) {
                backward = (r.lowerBound - k, d)
                break
            }
            k -= 1
        }
        var forward: (distance: Int, direction: TimeSpec.Direction)? = nil
        k = r.upperBound
        while k < p.count, k < r.upperBound + 40 {
            if quoted[k] != inQuote || p[k].kind == .quote { break }
            if clauseBreaks.contains(p[k].hash) { break }
            if let backward, k - r.upperBound + 1 >= backward.distance { break }
            // ", its chairman said": a reporting clause after a comma does not govern the time.
            if backward != nil, p[k].kind == .punctuation, p[k].hash == TimeWords.comma { break }
            if let d = cue(p, b, k) {
                forward = (k - r.upperBound + 1, d)
                break
            }
            k += 1
        }
        switch (backward, forward) {
        case let (b?, f?): return f.distance < b.distance ? f.direction : b.direction
        case let (b?, nil): return b.direction
        case let (nil, f?): return f.direction
        default: return nil
        }
    }

    /// The direction piece `k` signals, if it is a tense cue. `.this` stands for present tense.
    static func cue(_ p: [Piece], _ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> TimeSpec.Direction? {
        let w = p[k].hash
        guard p[k].kind == .word else { return nil }
        // Part of a compound ("sold-out", "long-planned"): an adjective, not a verb.
        if p[k].joined || (k + 1 < p.count && p[k + 1].joined) { return nil }
        if contractionsFuture.contains(w) { return .future }
        if modals.contains(w) {
            // "May" capitalised is the month.
            if w == mayHash && !p[k].flags.contains(.lowercase) { return nil }
            var next = k + 1 < p.count ? p[k + 1].hash : 0
            // "could not be reached for comment on Monday": what someone could not do happened.
            if next == TimeWords.not && w == couldHash { return nil }
            if next == TimeWords.not, k + 2 < p.count { next = p[k + 2].hash }
            // "may have left on Tuesday", "might not have known": a guess about the past.
            if next == haveHash || next == apostropheVeHash { return .past }
            return .future
        }
        if planParticiples.contains(w) {
            // What was planned, expected or scheduled lies ahead of the planning: "planned to
            // leave on Thursday". "set" and "due" need "to"/"for" to be about plans.
            if w == setHash || w == dueHash {
                let next = k + 1 < p.count ? p[k + 1].hash : 0
                if next == TimeWords.to || next == TimeWords.for { return .future }
                // "is due in October", "are not due until October": what is due lies ahead.
                return w == dueHash && dueTimeSignals.contains(next) ? .future : nil
            }
            return .future
        }
        if TimeWords.futureCues.contains(w) {
            if needsTo.contains(w) {
                return k + 1 < p.count && p[k + 1].hash == TimeWords.to ? .future : nil
            }
            // "expected" after "as" ("as expected") or "was expected to" is still about the future.
            return .future
        }
        // "has given them until Tuesday": the present perfect reaches into now; "had" is past.
        if w == hadHash || w == apostropheDHash { return .past }
        if perfect.contains(w) { return .this }
        // "were planning to", "was expected to": a plan seen from the past still looks ahead.
        if (w == wasHash || w == wereHash), k + 1 < p.count, planParticiples.contains(p[k + 1].hash) || p[k + 1].hash == planningHash || p[k + 1].hash == goingHash {
            return .future
        }
        if TimeWords.pastCues.contains(w) {
            if w == TimeWords.last || w == TimeWords.earlier { return nil }
            // An irregular participle after an auxiliary ("is held", "will be made"): the
            // auxiliary decides.
            if k > 0, auxiliaries.contains(p[k - 1].hash) || perfect.contains(p[k - 1].hash) || p[k - 1].hash == TimeWords.will { return nil }
            return .past
        }
        if TimeWords.presentCues.contains(w) { return .this }
        // -ed verbs: past, unless a participle after an auxiliary (the auxiliary decides).
        let n = p[k].end - p[k].start
        if n >= 4, p[k].flags.contains(.lowercase), b[p[k].end - 1] | 0x20 == 0x64, b[p[k].end - 2] | 0x20 == 0x65,
            !TimeWords.notPastEd.contains(w)
        {
            if k > 0, auxiliaries.contains(p[k - 1].hash) || perfect.contains(p[k - 1].hash) { return nil }
            if k > 1, auxiliaries.contains(p[k - 2].hash) { return nil }
            return .past
        }
        return nil
    }
}
