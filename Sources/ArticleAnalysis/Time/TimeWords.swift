/// The tagger's lexicons as hash tables (built once from `TimeLexicon`), and the hashes of the
/// function words its grammar names.
enum TimeWords {
    static func table<V>(_ entries: [(String, V)]) -> WordTable<V> {
        var t = WordTable<V>()
        for (word, value) in entries where t[Bytes.wordHash(word)] == nil { t[Bytes.wordHash(word)] = value }
        return t
    }

    static func set(_ words: [String]) -> WordSet { WordSet(words.map(Bytes.wordHash)) }

    /// Every word a time expression can start with (see `TimeLexicon.expressionStarts`), plus the
    /// first word of every entry of the other lists.
    static let expressionStarts: WordSet = {
        var set = WordSet(TimeLexicon.expressionStarts.map(Bytes.wordHash))
        func add(_ phrases: [String]) {
            for phrase in phrases {
                if let first = Tokenizer.tokenize(Array(phrase.utf8)).first { set.insert(first.hash) }
            }
        }
        add(TimeLexicon.monthNames.map(\.0))
        add(TimeLexicon.monthAbbreviations.map(\.0))
        add(TimeLexicon.weekdayNames.map(\.0))
        add(TimeLexicon.weekdayPlurals.map(\.0))
        add(TimeLexicon.weekdayAbbreviations.map(\.0))
        add(TimeLexicon.seasonNames.map(\.0))
        add(TimeLexicon.unitNames.map(\.0))
        add(TimeLexicon.numberWords.map(\.0))
        add(TimeLexicon.ordinalWords.map(\.0))
        add(TimeLexicon.partsOfDay.map(\.0))
        add(TimeLexicon.zones)
        add(TimeLexicon.decadeWords.map(\.0))
        add(TimeLexicon.fixedHolidays.map(\.0))
        add(TimeLexicon.movableHolidays.map(\.0))
        return set
    }()

    /// Words that begin time expressions ("in", "the", "a", "by") but never make one alone: the
    /// tagger skips them unless a time word follows closely.
    static let leadingFunctionWords = set(TimeLexicon.leadingFunctionWords)

    /// Words that can carry a time expression: every start word except the leading function
    /// words, and the nouns the grammar reads after them ("at the time", "in the future").
    static let anchorWords: WordSet = {
        var set = WordSet()
        for h in expressionStarts where !leadingFunctionWords.contains(h) { set.insert(h) }
        for w in TimeLexicon.anchorNouns { set.insert(Bytes.wordHash(w)) }
        return set
    }()

    /// A number, a word with digits, or an anchor word.
    @inline(__always) static func isAnchor(_ piece: Piece) -> Bool {
        piece.kind == .number || piece.flags.contains(.hasDigit) || (piece.kind != .punctuation && anchorWords.contains(piece.hash))
    }

    static let months = table(TimeLexicon.monthNames)
    static let monthAbbreviations = table(TimeLexicon.monthAbbreviations)
    static let weekdays = table(TimeLexicon.weekdayNames)
    static let weekdayPlurals = table(TimeLexicon.weekdayPlurals)
    static let weekdayAbbreviations = table(TimeLexicon.weekdayAbbreviations)
    static let seasons = table(TimeLexicon.seasonNames)
    static let units: WordTable<(unit: TimeUnit, plural: Bool)> = table(TimeLexicon.unitNames.map { ($0.0, ($0.1, $0.2)) })
    static let numbers = table(TimeLexicon.numberWords)
    static let ordinals = table(TimeLexicon.ordinalWords)
    static let partsOfDay = table(TimeLexicon.partsOfDay)
    static let zones = set(TimeLexicon.zones)
    static let decadeWords = table(TimeLexicon.decadeWords)
    static let temporalPrepositions = set(TimeLexicon.temporalPrepositions)
    static let futureCues = set(TimeLexicon.futureCues)
    static let pastCues = set(TimeLexicon.pastCues)
    static let presentCues = set(TimeLexicon.presentCues)
    static let notPastEd = set(TimeLexicon.notPastEd)
    static let speechVerbs = set(TimeLexicon.speechVerbs)
    static let quantityNouns = set(TimeLexicon.quantityNouns)
    static let yearModifiedNouns = set(TimeLexicon.yearModifiedNouns)
    /// Words after a duration that count it from another time ("three days later", "two months
    /// after that"): signals, outside the TimeML extent of the duration.
    static let unscheduledEventNouns = set(TimeLexicon.unscheduledEventNouns)
    /// Words before "'s" that make it "is" or "has" ("it's", "that's"), not a possessive.
    static let contractingPronouns = set(["it", "that", "there", "here", "what", "who", "he", "she", "this", "where", "which", "everything", "nothing", "let"])
    /// Owners before a date that modifies a noun: "its June 1 filing", "the March 3 crash".
    static let nounPhraseOwners = set(["its", "their", "his", "her", "our", "the"])
    static let narrativeSignals = set(["later", "after", "that", "then", "afterwards", "afterward"])

    enum Holiday: Sendable {
        case fixed(month: Int, day: Int)
        case movable(MovableHoliday)
    }

    static let holidays: PhraseTable<Holiday> = PhraseTable(
        TimeLexicon.fixedHolidays.map { ($0.0, Holiday.fixed(month: $0.1, day: $0.2)) }
            + TimeLexicon.movableHolidays.map { ($0.0, Holiday.movable($0.1)) })

    // Function words the grammar names.
    static let the = h("the"), a = h("a"), an = h("an"), of = h("of"), and = h("and"), or = h("or"), on = h("on")
    static let at = h("at"), `in` = h("in"), by = h("by"), to = h("to"), this = h("this"), that = h("that")
    static let next = h("next"), last = h("last"), past = h("past"), coming = h("coming"), previous = h("previous")
    static let following = h("following"), current = h("current"), recent = h("recent"), same = h("same")
    static let prior = h("prior"), upcoming = h("upcoming"), latest = h("latest"), final = h("final")
    static let early = h("early"), mid = h("mid"), middle = h("middle"), late = h("late"), earlier = h("earlier")
    static let later = h("later"), beginning = h("beginning"), start = h("start"), end = h("end"), close = h("close")
    static let turn = h("turn"), rest = h("rest"), remainder = h("remainder"), dawn = h("dawn")
    static let ago = h("ago"), before = h("before"), after = h("after"), hence = h("hence"), from = h("from")
    static let now = h("now"), back = h("back"), since = h("since"), until = h("until"), till = h("till")
    static let through = h("through"), within = h("within"), during = h("during"), as_ = h("as"), soon = h("soon")
    static let no = h("no"), not = h("not"), than = h("than"), more = h("more"), less = h("less"), fewer = h("fewer")
    static let over = h("over"), under = h("under"), least = h("least"), most = h("most"), up = h("up")
    static let about = h("about"), around = h("around"), approximately = h("approximately"), roughly = h("roughly")
    static let nearly = h("nearly"), almost = h("almost"), some = h("some"), just = h("just"), only = h("only")
    static let some_ = h("some"), few = h("few"), several = h("several"), couple = h("couple"), half = h("half")
    static let dozens = h("dozens"), hundreds = h("hundreds"), thousands = h("thousands"), many = h("many")
    static let today = h("today"), tonight = h("tonight"), yesterday = h("yesterday"), tomorrow = h("tomorrow")
    static let day = h("day"), week = h("week"), month = h("month"), year = h("year"), years = h("years")
    static let quarter = h("quarter"), weekend = h("weekend"), decade = h("decade"), century = h("century")
    static let fiscal = h("fiscal"), fy = h("fy"), financial = h("financial"), q = h("q"), h1 = h("h")
    static let noon = h("noon"), midnight = h("midnight"), oclock = h("o'clock"), am = h("am"), pm = h("pm")
    static let amDots = h("a.m."), pmDots = h("p.m."), local = h("local"), time = h("time"), hours = h("hours")
    static let every = h("every"), each = h("each"), per = h("per"), other = h("other"), once = h("once")
    static let twice = h("twice"), times = h("times"), daily = h("daily"), weekly = h("weekly")
    static let monthly = h("monthly"), yearly = h("yearly"), annually = h("annually"), annual = h("annual")
    static let quarterly = h("quarterly"), hourly = h("hourly"), nightly = h("nightly"), biweekly = h("biweekly")
    static let currently = h("currently"), presently = h("presently"), nowadays = h("nowadays"), these = h("these")
    static let days = h("days"), recently = h("recently"), lately = h("lately"), previously = h("previously")
    static let formerly = h("formerly"), future = h("future"), near = h("near"), foreseeable = h("foreseeable")
    static let distant = h("distant"), moment = h("moment"), present = h("present"), right = h("right")
    static let ahead = h("ahead"), beyond = h("beyond"), starting = h("starting"), effective = h("effective")
    static let post = h("post"), pre = h("pre"), s = h("s"), apostropheS = h("'s"), st = h("st"), nd = h("nd")
    static let rd = h("rd"), th = h("th"), so = h("so"), ending = h("ending"), ended = h("ended"), then = h("then")
    static let yearAgo = h("year-ago"), ago_ = h("ago"), were = h("were"), same_ = h("same"), period = h("period")
    static let trading = h("trading"), business = h("business"), full = h("full"), whole = h("whole"), entire = h("entire")
    static let calendar = h("calendar"), seasonW = h("season"), seasonsW = h("seasons"), morning = h("morning")
    static let night = h("night"), afternoon = h("afternoon"), evening = h("evening"), overnight = h("overnight")
    static let dot = h("."), comma = h(","), dash = h("-"), slash = h("/"), apostrophe = h("'"), dollar = h("$")
    static let no_ = h("no."), number = h("number"), page = h("page"), route = h("route"), flight = h("flight")
    static let room = h("room"), percent = h("percent"), percentSign = h("%"), euro = h("€"), pound = h("£")
    static let yen = h("¥"), hash = h("#"), model = h("model"), version = h("version"), ces = h("ces")
    static let earliest = h("earliest"), soonest = h("soonest"), date = h("date"), week_ = h("week")
    static let will = h("will"), would = h("would"), said = h("said"), times_ = h("times"), year_ = h("year")
    static let previous_ = h("previous"), onwards = h("onwards"), onward = h("onward"), hereafter = h("hereafter")
    static let nineteen = h("nineteen"), twenty = h("twenty"), thousand = h("thousand"), hundred = h("hundred")
    static let weeks = h("weeks"), monthsW = h("months"), decades = h("decades"), centuries = h("centuries")
    static let once_ = h("once"), such = h("such"), their = h("their"), its = h("its"), his = h("his"), her = h("her")
    static let our = h("our"), my = h("my"), your = h("your"), what = h("what"), which = h("which"), one = h("one")

    @inline(__always) static func h(_ s: String) -> UInt64 { Bytes.wordHash(s) }
}

/// Multiword entries matched piece by piece by hash; the longest entry wins.
struct PhraseTable<Value: Sendable>: Sendable {
    private var entries: WordTable<[(rest: [UInt64], value: Value)]> = [:]

    init(_ list: [(String, Value)]) {
        for (phrase, value) in list {
            // A trailing space lets a dotted acronym keep its final period ("u.s.").
            let words = Tokenizer.tokenize(Array((phrase + " ").utf8)).map(\.hash)
            guard let first = words.first else { continue }
            entries[first, default: []].append((Array(words.dropFirst()), value))
        }
        for key in entries.allKeys { entries[key]?.sort { $0.rest.count > $1.rest.count } }
    }

    /// The longest entry starting at piece `i`: its length in pieces and its value.
    func match(_ hashes: (Int) -> UInt64, at i: Int) -> (length: Int, value: Value)? {
        guard let candidates = entries[hashes(i)] else { return nil }
        for c in candidates {
            var ok = true
            for (k, w) in c.rest.enumerated() where hashes(i + 1 + k) != w {
                ok = false
                break
            }
            if ok { return (c.rest.count + 1, c.value) }
        }
        return nil
    }
}
