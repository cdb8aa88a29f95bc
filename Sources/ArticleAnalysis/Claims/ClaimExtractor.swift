/// Extracts dated events from sentences with time expressions: for each date, the event word
/// nearest to it in its clause (a verb such as "enter", "launched", or a noun such as "launch",
/// "delivery"), who it is about, what it is about, whether it is a plan, negated, or a revision.
///
/// Subjects come from the entity recognizer's mentions when there are any (their entity keys link
/// across articles); otherwise from the article's own capitalised names, with pronouns and "the
/// company" read as the organisation the sentence or the story is about.
public enum ClaimExtractor {
    public static func extract(_ document: ArticleDocument, times: [TimeExpression], entities: EntityRecognizer.Result) -> [Claim] {
        guard !times.isEmpty else { return [] }
        return document.bytes.withUnsafeBufferPointer { b in
            var extraction = ClaimExtraction(document: document, bytes: b, entities: entities)
            return extraction.run(times)
        }
    }
}

/// A name or place as a claim uses it: the key that links it, and how it reads.
struct ClaimParticipant {
    var key: String
    var name: String
}

enum ClaimWords {
    static func table(_ entries: [(String, String)]) -> WordTable<String> {
        var t: WordTable<String> = [:]
        for (word, value) in entries { t[Bytes.wordHash(word)] = value }
        return t
    }

    static let predicates = table(ClaimLexicon.predicates)
    static let phrasal: PhraseTable<String> = PhraseTable(ClaimLexicon.phrasalPredicates)
    static let planCues = TimeWords.set(ClaimLexicon.planCues)
    static let negations = TimeWords.set(ClaimLexicon.negations)
    static let revisionCues = TimeWords.set(ClaimLexicon.revisionCues)
    static let revisionNeedsPartner = TimeWords.set(Array(ClaimLexicon.revisionNeedsPartner))
    static let revisionPartners = TimeWords.set(ClaimLexicon.revisionPartners)
    static let subjectSkip = TimeWords.set(ClaimLexicon.subjectSkip)
    static let phraseStops = TimeWords.set(ClaimLexicon.phraseStops)
    static let determiners = TimeWords.set(ClaimLexicon.determiners)
    static let organizationAnaphora = TimeWords.set(ClaimLexicon.organizationAnaphora)
    static let corporateSuffixes = TimeWords.set(ClaimLexicon.corporateSuffixes)
    static let industryWords = TimeWords.set(ClaimLexicon.industryWords)
    static let places: PhraseTable<String> = PhraseTable(ClaimLexicon.places)
    /// The countries and regions of the place list, as keys: places that are markets.
    static let marketPlaces: Set<String> = Set(ClaimLexicon.places.map { "place:" + $0.1 })
    static let marketWords = TimeWords.set(ClaimLexicon.marketWords)
    static let placeAnaphora = TimeWords.set(ClaimLexicon.placeAnaphora)
    /// Nouns that stand for the product the story named last: "the aircraft", "the phone".
    static let productAnaphora = TimeWords.set([
        "aircraft", "aircrafts", "plane", "planes", "jet", "jets", "airliner", "superjumbo", "jumbo", "phone", "phones", "smartphone",
        "handset", "device", "car", "cars", "vehicle", "tablet", "laptop", "console", "rocket", "satellite", "drug", "vaccine",
    ])
    static let recurringNouns = TimeWords.set(ClaimLexicon.recurringNouns)
    static let eventModifiedNouns = TimeWords.set(ClaimLexicon.eventModifiedNouns)
    static let contestPrizes = TimeWords.set(ClaimLexicon.contestPrizes)
    /// Words before a name that do not change which thing it names: "its new 787", "the first A380".
    static let nameQualifiers = TimeWords.set(["new", "first", "latest", "newest", "maiden", "all-new", "redesigned", "long-awaited", "flagship"])
    static let dealNouns = TimeWords.set(ClaimLexicon.dealNouns)
    static let serviceFlightKinds = TimeWords.set(ClaimLexicon.serviceFlightKinds)
    static let dealAgreementCues = TimeWords.set(ClaimLexicon.dealAgreementCues)
    static let dealBidCues = TimeWords.set(ClaimLexicon.dealBidCues)
    static let dealApprovalCues = TimeWords.set(ClaimLexicon.dealApprovalCues)
    static let dealCompletionCues = TimeWords.set(ClaimLexicon.dealCompletionCues)
    static let bankruptcyVerbs = TimeWords.set(ClaimLexicon.bankruptcyVerbs)
    static let bankruptcyFillers = TimeWords.set(ClaimLexicon.bankruptcyFillers)
    static let bankruptcyHeads = TimeWords.set(ClaimLexicon.bankruptcyHeads)
    static let bankruptcyExit = TimeWords.set(ClaimLexicon.bankruptcyExit)
    static let indefinites = TimeWords.set(ClaimLexicon.indefinites)
    static let to = Bytes.wordHash("to")
    static let voteObjects = TimeWords.set(["on", "for", "against", "to"])
    /// What follows a market's open or close: "closed at", "closed up 2%", "opened lower".
    static let marketMoves = TimeWords.set([
        "up", "down", "higher", "lower", "flat", "unchanged", "mixed", "off", "positive", "negative", "firmer", "weaker",
        "stronger", "%", "percent", "points",
    ])
    static let marketAdverbs = TimeWords.set(["sharply", "slightly", "marginally", "modestly", "steeply", "broadly", "little", "just", "only"])
    static let prepositions = TimeWords.set([
        "in", "of", "for", "on", "at", "with", "from", "by", "about", "after", "before", "over", "under", "into",
        "through", "during", "against", "among", "between", "despite", "like", "unlike", "than",
    ])
    /// Events whose named theme identifies them on its own ("the Mate 10 Pro launched").
    static let themeCentric: Set<String> = [
        "launch", "open", "close", "deliver", "fly", "found", "start", "finish", "die", "resign", "list", "bankrupt", "service",
        "born", "arrest", "emerge", "convict", "sentence",
    ]
    /// Determiners before a date that make it part of a noun phrase ("his 2014 return").
    static let nounPhraseDeterminers = TimeWords.set(["the", "a", "an", "its", "their", "his", "her", "our", "your", "my"])
    /// Words that can follow a date that dates the clause's event ("the 5th of May", "on the 3rd
    /// and the 4th", "the 1st, when…"): after a determiner and a date, any other word is the noun
    /// the date modifies.
    static let afterDateFunctionWords = TimeWords.set([
        "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "when", "as", "after", "before", "by", "from",
        "with", "until", "till", "through", "than", "if", "while", "is", "was", "are", "were", "will", "would", "has",
        "had", "have", "be", "been", "that", "which", "who", "where", "because", "so", "then", "too", "also",
    ])
    static let relativeOpeners = TimeWords.set(["who", "whose", "which"])
    /// Last words of times that count from a time the story told: "four days later", "a year earlier".
    static let narrativeEnds = TimeWords.set(["later", "earlier", "afterwards", "afterward", "before", "after", "previously", "prior"])
    static let clauseBreaks = TimeWords.set([";", "but", "while", "whereas", "although", "though", "which", "because", "whom"])
    static let beForms = TimeWords.set(["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get", "got", "gets"])
    static let particles = TimeWords.set(["up", "out", "down", "off", "on", "back"])
    static let locatives = TimeWords.set(["in", "into", "to", "across", "throughout", "inside"])
    static let supersededCues = TimeWords.set(["originally", "initially", "previously", "formerly"])
    static let firstCues = TimeWords.set(["first", "maiden", "inaugural", "debut", "initial"])
    /// Event words that are only nouns.
    static let nounOnlyPredicates = TimeWords.set([
        "flight", "delivery", "deliveries", "entry", "expansion", "rollout", "closure", "shutdown", "referendum", "ballot",
        "shipment", "shipments", "completion", "announcement", "acquisition", "takeover", "merger", "resignation", "death",
        "inauguration", "ipo", "listing",
    ])
    static let nominalStarts = TimeWords.set([
        "the", "its", "their", "his", "her", "our", "a", "an", "this", "that", "'s", "first", "planned", "expected", "scheduled", "official",
        "initial", "long-awaited", "proposed", "formal", "maiden", "inaugural",
    ])
    static let startClass = "start"
    static let now = Bytes.wordHash("now")
    static let by = Bytes.wordHash("by")
    static let on = Bytes.wordHash("on")
    static let of = Bytes.wordHash("of")
    static let the = Bytes.wordHash("the")
    static let ntSuffix: [UInt8] = Array("n't".utf8)
    static let lySuffix: [UInt8] = Array("ly".utf8)
    static let ingSuffix: [UInt8] = Array("ing".utf8)
    static let pronounsPersonal = TimeWords.set(["he", "she", "him", "her", "i", "me", "you"])
    static let pronouns = TimeWords.set(["it", "its", "they", "their", "we", "our", "us"])
    /// Events that need no object: one founding, one death, one listing per subject.
    static let selfContained: Set<String> = ["found", "die", "resign", "list", "bankrupt", "service", "born", "arrest", "emerge", "convict", "sentence"]
    /// The last word of a place that is a built thing, not a territory.
    static let facilityHeads = TimeWords.set(ClaimLexicon.facilityHeads)
    /// Events a named thing can undergo with no object: "the line opens", "the phone launches".
    static let intransitive: Set<String> = ["open", "close", "launch", "fly"]
    /// Titles that are not names on their own ("Mr." before the name).
    static let titles = TimeWords.set(["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "pres", "mx", "sir", "dame", "lord", "lady"])

    /// Titles of people who speak about a company from outside it: "Vantor Capital analyst".
    static let outsideVoices = TimeWords.set([
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "expert", "experts", "professor",
        "researcher", "researchers", "consultant", "consultants", "adviser", "advisor", "critic", "critics", "observer",
        "observers", "investor", "investors", "trader", "traders", "lawyer", "lawyers", "attorney", "regulator", "regulators",
    ])

    /// Verbs of saying: a time right after one dates the saying.
    static let speech = TimeWords.set([
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "noted", "explained", "according", "wrote",
        "tweeted", "insisted", "argued", "warned", "claimed", "remarked", "testified", "confirmed", "reported",
        "spoke", "speaks", "spoken", "talked", "commented",
    ])
    /// Words that open sentences without being names.
    static let commonOpeners = TimeWords.set([
        "the", "a", "an", "this", "that", "these", "those", "there", "here", "in", "on", "at", "for", "but", "and", "or",
        "as", "if", "when", "while", "after", "before", "since", "until", "however", "meanwhile", "still", "yet", "also",
        "so", "then", "now", "today", "yesterday", "tomorrow", "last", "next", "earlier", "later", "some", "many", "most",
        "all", "one", "no", "not", "what", "how", "why", "who", "where", "which", "although", "though", "because",
        "despite", "according", "additionally", "moreover", "instead", "other", "another", "such", "both", "each",
        "every", "few", "several", "much", "more", "less", "even", "only", "just", "by", "with", "from", "to", "of",
        "under", "over", "about", "will", "would", "can", "could", "should", "may", "might", "is", "are", "was", "were",
        "do", "does", "did", "has", "have", "had", "would", "source", "sources", "image", "photo", "read", "see",
    ])
}

struct ClaimExtraction {
    typealias W = ClaimWords

    let d: ArticleDocument
    let b: UnsafeBufferPointer<UInt8>
    let entities: EntityRecognizer.Result
    /// The organisation the story is most about (its most frequent name): found the first time
    /// an anaphor needs it, since it scans the whole article and most articles never ask.
    final class SalientCache {
        var known = false
        var value: ClaimParticipant? = nil
    }
    let salientCache = SalientCache()
    var salient: ClaimParticipant? {
        if !salientCache.known {
            salientCache.value = mostFrequentName()
            salientCache.known = true
        }
        return salientCache.value
    }
    /// The last subject named, for "it" and "the company".
    var lastSubject: ClaimParticipant? = nil
    /// The last place named, for "the market" and "the country".
    var lastPlace: ClaimParticipant? = nil
    /// The last product named, for "the aircraft" and "the phone".
    var lastProduct: ClaimParticipant? = nil
    /// The two companies of the last deal the story named, for "completed the deal" and "the
    /// merger was completed".
    var lastDeal: (ClaimParticipant, ClaimParticipant)? = nil
    /// Tokens where the current sentence's times begin.
    var timeStarts: Set<Int> = []
    /// Words written capitalised somewhere other than a sentence start: names, not just
    /// sentence-initial words.
    let capitalizedMidSentence: WordSet
    /// Words written in lowercase somewhere: common words, even when a sentence starts with them.
    let lowercaseWords: WordSet
    /// The keys a person recognised in the article goes by ("name:donald trump", "name:trump",
    /// "person:donald trump"): "it", "the company" and "the state" never stand for a person, so
    /// neither the story's main organisation nor the last subject may be one.
    let personKeys: Set<String>

    /// A name as claim keys spell it: lowercased, periods dropped ("U.S. Steel" → "us steel").
    static func nameKey(_ name: String) -> String {
        let lower = name.lowercased()
        guard lower.utf8.contains(0x2E) else { return lower }
        // A full stop byte is never part of a multi-byte character: drop it byte by byte.
        return String(decoding: lower.utf8.filter { $0 != 0x2E }, as: UTF8.self)
    }

    init(document: ArticleDocument, bytes: UnsafeBufferPointer<UInt8>, entities: EntityRecognizer.Result) {
        d = document
        b = bytes
        self.entities = entities
        var names: WordSet = []
        var lower: WordSet = []
        for t in document.tokens where t.kind == .word {
            if t.has(.capitalized) && !t.has(.sentenceStart) { names.insert(t.hash) }
            if t.has(.lowercase) { lower.insert(t.hash) }
        }
        capitalizedMidSentence = names
        lowercaseWords = lower
        var persons: Set<String> = []
        for e in entities.entities where e.type == .person && !ClaimExtraction.endsInIndustryWord(e.name) {
            persons.insert(e.key)
            for name in [e.name] + e.aliases { persons.insert("name:" + ClaimExtraction.nameKey(name)) }
        }
        personKeys = persons
    }

    // MARK: Tokens

    var tokens: [Token] { d.tokens }
    @inline(__always) func h(_ k: Int) -> UInt64 { k >= 0 && k < d.tokens.count ? d.tokens[k].hash : 0 }
    func text(_ r: Range<Int>) -> String { d.bytes.text(r) }
    func isNameWord(_ k: Int) -> Bool {
        guard k >= 0, k < d.tokens.count else { return false }
        let t = d.tokens[k]
        if t.kind == .number { return k > 0 && isNameWord(k - 1) && !d.tokens[k].has(.sentenceStart) }
        guard t.kind == .word, !t.has(.possessive) else { return false }
        // "iPhone", "eBay": an uppercase letter inside. (Tested first: most words have none, and
        // then no lexicon needs asking.)
        if !t.has(.capitalized), !t.has(.allCaps), !(Int(t.start)..<Int(t.end)).contains(where: { Bytes.isUpper(b[$0]) }) { return false }
        // Shouted words ("SIGN UP FOR OUR NEWSLETTER"), months, weekdays and bare titles are not names.
        if t.has(.allCaps), Int(t.end - t.start) > 5 || W.phraseStops.contains(t.hash) || W.commonOpeners.contains(t.hash) { return false }
        if isCalendarWord(k) || W.titles.contains(t.hash) { return false }
        return true
    }

    func hasSuffix(_ k: Int, _ suffix: [UInt8]) -> Bool {
        let t = d.tokens[k]
        let n = Int(t.end - t.start)
        guard n >= suffix.count else { return false }
        for (i, c) in suffix.enumerated() {
            var byte = b[Int(t.end) - suffix.count + i]
            if byte == 0x99, i > 0 { byte = 0x27 }
            if Bytes.lower(byte) != c && !(c == 0x27 && (byte == 0x27)) { return false }
        }
        return true
    }

    // MARK: Run

    func isProse(_ sentence: Sentence) -> Bool {
        sentence.paragraph >= 0 && sentence.paragraph < d.paragraphs.count && d.paragraphs[sentence.paragraph].kind != .boilerplate
    }

    mutating func run(_ times: [TimeExpression]) -> [Claim] {
        var claims: [Claim] = []
        var t = 0
        // What earlier sentences name (the last subject and place, for "it" and "the country") and
        // the article's most frequent name are read only when a sentence dates an event, and
        // only as far as that sentence: most sentences date nothing.
        var remembered = 0
        for (si, sentence) in d.sentences.enumerated() {
            guard isProse(sentence) else {
                while t < times.count, times[t].range.lowerBound < sentence.range.upperBound { t += 1 }
                continue
            }
            while t < times.count, times[t].range.lowerBound < sentence.range.lowerBound { t += 1 }
            var inSentence: [Int] = []
            var u = t
            while u < times.count, times[u].range.lowerBound < sentence.range.upperBound {
                inSentence.append(u)
                u += 1
            }
            t = u
            let events = inSentence.filter { ClaimExtraction.isEventTime(times[$0]) }
            guard !events.isEmpty else { continue }
            while remembered < si {
                if isProse(d.sentences[remembered]) { remember(d.sentences[remembered]) }
                remembered += 1
            }
            timeStarts = Set(inSentence.map { d.tokenIndex(atOrAfter: times[$0].core.lowerBound) })
            for index in events {
                if let claim = claim(for: index, time: times[index], sentence: si) { claims.append(claim) }
            }
        }
        return ClaimExtraction.withSentenceBounds(withAliasKeys(unifiedWithEntities(claims).map(ClaimExtraction.withCompanyNames)), times)
    }

    /// Each claim's alias keys (`Claim.aliasKeys`): its key with a company participant named the
    /// shorter way another article may name it. The shorter names are the article's own aliases
    /// for the entity that are part of its name or an acronym it defines ("Brennock" in a story
    /// about Brennock Instruments, "OFL" after "Ostrander Freight Lines (OFL)"), and the name
    /// without trailing industry words ("Orvane Systems" → "Orvane"), unless what is left is a
    /// common word or a place ("General Motors" is no "General").
    func withAliasKeys(_ claims: [Claim]) -> [Claim] {
        guard !claims.isEmpty else { return claims }
        // The companies among the article's entities, by the key claims give them (built once).
        var companies: [String: Int] = [:]
        for (i, e) in entities.entities.enumerated() where !e.aliases.isEmpty {
            guard e.type == .organization || e.type == .other || e.type == .person && ClaimExtraction.endsInIndustryWord(e.name) else { continue }
            let k = ClaimExtraction.companyKey(e.key, isDealParty: false)
            if companies[k] == nil { companies[k] = i }
        }
        var shortNames: [String: [String]] = [:]
        func short(_ key: String) -> [String] {
            if let known = shortNames[key] { return known }
            let names = companyShortKeys(key, entity: companies[key])
            shortNames[key] = names
            return names
        }
        return claims.map { claim in
            guard !claim.key.hasPrefix("~") else { return claim }
            let subjects = short(claim.subject)
            let objects = claim.object.map(short) ?? []
            guard !subjects.isEmpty || !objects.isEmpty else { return claim }
            var keys: [String] = []
            func add(_ k: String) {
                if k != claim.key, !keys.contains(k) { keys.append(k) }
            }
            for s in subjects { add(Claim.makeKey(s, claim.predicate, claim.object)) }
            for o in objects { add(Claim.makeKey(claim.subject, claim.predicate, o)) }
            var c = claim
            c.aliasKeys = keys
            return c
        }
    }

    /// The shorter keys a company key may be written with elsewhere (see `withAliasKeys`).
    func companyShortKeys(_ key: String, entity: Int?) -> [String] {
        var prefix = ""
        for p in ["organization:", "name:", "other:"] where key.hasPrefix(p) { prefix = p }
        guard !prefix.isEmpty else { return [] }
        let name = String(key.dropFirst(prefix.count))
        let words = name.split(separator: " ")
        var result: [String] = []
        func add(_ shortName: String) {
            let k = ClaimExtraction.companyKey("organization:" + shortName, isDealParty: false)
            let bare = String(k.dropFirst("organization:".count))
            guard bare != name, !bare.isEmpty, !isGenericName(bare), !result.contains(k) else { return }
            result.append(k)
        }
        // The article's own shorter names for the entity.
        if let e = entity.map({ entities.entities[$0] }) {
            for alias in e.aliases {
                let a = ClaimExtraction.nameKey(alias)
                let aliasWords = a.split(separator: " ")
                guard !aliasWords.isEmpty, aliasWords.count < words.count || ClaimExtraction.isAcronym(alias) else { continue }
                // Part of the name ("Brennock"), or the name's initials ("OFL").
                if aliasWords.count < words.count, words.starts(with: aliasWords) { add(a) }
                if ClaimExtraction.isAcronym(alias) { add(a) }
            }
        }
        // The name without its industry words.
        var core = words[...]
        while core.count > 1, let last = core.last, ClaimWords.industryWords.contains(Bytes.wordHash(String(last))) { core = core.dropLast() }
        // Not "Department of" from "Department of Health".
        if core.count < words.count, let last = core.last, !ClaimWords.phraseStops.contains(Bytes.wordHash(String(last))), !last.hasSuffix("&") {
            add(core.joined(separator: " "))
        }
        return result
    }

    /// A name whose last word says what a company does ("Ferrand Retail", "Pelion Mobile"): a
    /// company's, whatever type the recognizer gave it.
    static func endsInIndustryWord(_ name: String) -> Bool {
        guard let space = name.lastIndex(of: " ") else { return false }
        return ClaimWords.industryWords.contains(Bytes.wordHash(String(name[name.index(after: space)...])))
    }

    /// An acronym or ticker: two to five capital letters ("OFL", "HLV").
    static func isAcronym(_ s: String) -> Bool {
        let u = s.utf8
        return u.count >= 2 && u.count <= 5 && u.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// A short name too common to stand for one company: a common word or a place.
    func isGenericName(_ name: String) -> Bool {
        guard !name.contains(" ") else { return false }
        let h = Bytes.wordHash(name)
        return CommonWords.lexicon.contains(h) || PlaceLexicon.gazetteer.single(h) != nil || PlaceLexicon.demonyms.single(h) != nil
            || ClaimWords.places.match({ $0 == 0 ? h : 0 }, at: 0) != nil
    }

    /// A company as keys compare it across articles: "Lehman Brothers Holdings Inc." and "Lehman
    /// Brothers", "Merrill Lynch & Co." and "Merrill Lynch" are one company, so a trailing
    /// corporate word goes ("holdings", "& co"); and a party to a deal the recognizer took for a
    /// person ("Merrill Lynch") is a name, as one article's organisation of that name.
    static func withCompanyNames(_ claim: Claim) -> Claim {
        var c = claim
        let deal = c.predicate.hasPrefix("deal")
        let subject = companyKey(c.subject, isDealParty: deal)
        if subject != c.subject { c.subject = subject }
        if let o = c.object {
            let object = companyKey(o, isDealParty: deal)
            if object != o { c.object = object }
        }
        return c
    }

    static func companyKey(_ key: String, isDealParty: Bool) -> String {
        var prefix = ""
        for p in ["organization:", "name:", "other:"] where key.hasPrefix(p) { prefix = p }
        // A company the recognizer took for a person: a deal's party, or a name ending in an
        // industry word ("Ferrand Retail", "Pelion Mobile").
        if prefix.isEmpty, key.hasPrefix("person:"), isDealParty || endsInIndustryWord(key) { prefix = "person:" }
        guard !prefix.isEmpty else { return key }
        var name = Substring(key.dropFirst(prefix.count))
        // At most two trailing words ("holdings inc" is gone already: the recognizer drops legal suffixes).
        for _ in 0..<2 {
            if name.hasSuffix("&co") { name = name.dropLast(3); continue }
            if name.hasSuffix("& co") { name = name.dropLast(4); continue }
            guard let space = name.lastIndex(of: " ") else { break }
            let last = name[name.index(after: space)...]
            guard companyTails.contains(String(last)) else { break }
            name = name[..<space]
        }
        while name.hasSuffix(" ") || name.hasSuffix("&") { name = name.dropLast() }
        guard !name.isEmpty else { return key }
        return (prefix == "person:" ? "name:" : prefix) + name
    }

    /// Trailing words that do not change which company a name is.
    static let companyTails: Set<String> = ["holdings", "holding", "inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "limited", "incorporated", "corporation"]

    /// A name read from the text ("name:xiaomi", from a pronoun resolved to the story's main
    /// organisation, say) takes the key of the recognised entity with that name, so one article's
    /// claims about one company all carry one key, and link to other articles through it.
    func unifiedWithEntities(_ claims: [Claim]) -> [Claim] {
        guard !entities.entities.isEmpty, claims.contains(where: { $0.subject.hasPrefix("name:") || $0.object?.hasPrefix("name:") == true }) else {
            return claims
        }
        var byName: [String: (key: String, index: Int)] = [:]
        for (i, e) in entities.entities.enumerated() where !e.key.hasPrefix("author:") {
            for name in [e.name] + e.aliases {
                let lower = ClaimExtraction.nameKey(name)
                if byName[lower] == nil { byName[lower] = (e.key, i) }
            }
        }
        return claims.map { claim in
            var c = claim
            if c.subject.hasPrefix("name:"), let e = byName[String(c.subject.dropFirst(5))] {
                c.subject = e.key
                c.subjectEntity = e.index
            }
            if let object = c.object, object.hasPrefix("name:"), let e = byName[String(object.dropFirst(5))] { c.object = e.key }
            return c
        }
    }

    /// Each claim's sentence bounds: the union of the bounds its sentence gives the same event
    /// (nil if any of them is unresolved or the claim is negated).
    static func withSentenceBounds(_ claims: [Claim], _ times: [TimeExpression]) -> [Claim] {
        var unions: [String: TimeBounds] = [:]
        var unresolved: Set<String> = []
        for c in claims where !c.negated {
            let id = c.key + "#\(c.range.lowerBound)"
            guard c.time >= 0, c.time < times.count, let b = times[c.time].bounds else {
                unresolved.insert(id)
                continue
            }
            unions[id] = unions[id].map { $0.union(b) } ?? b
        }
        return claims.map { c in
            var claim = c
            let id = c.key + "#\(c.range.lowerBound)"
            claim.sentenceBounds = c.negated || unresolved.contains(id) ? nil : unions[id]
            return claim
        }
    }

    /// Times that can date an event: calendar dates and times, and durations reaching from the
    /// reference time ("within two years"); not "now", "recently", frequencies or bare durations.
    static func isEventTime(_ t: TimeExpression) -> Bool {
        switch t.type {
        case .date, .time:
            return !t.value.hasSuffix("_REF") || t.value == "FUTURE_REF"
        case .duration:
            return t.bounds != nil
        case .set:
            return false
        }
    }

    // MARK: One claim

    mutating func claim(for index: Int, time: TimeExpression, sentence si: Int) -> Claim? {
        let sentence = d.sentences[si]
        let first = d.tokenIndex(atOrAfter: time.range.lowerBound)
        var last = first
        while last + 1 < sentence.tokens.upperBound, Int(d.tokens[last + 1].start) < time.range.upperBound { last += 1 }
        guard first >= sentence.tokens.lowerBound, first < sentence.tokens.upperBound else { return nil }
        // "the department said on Wednesday": when it was said, not when the event is.
        if datesSpeech(first, sentenceStart: sentence.tokens.lowerBound) { return nil }
        // "his 2014 tax return", "the state's May 3 primary": the date names which return or
        // primary, inside a noun phrase; it does not date the clause's event.
        // But an owner's dated event noun is that event's dating: "Harlow Motors' March 5
        // bankruptcy filing", "its 2012 listing".
        let datedNoun = modifiesNoun(first: first, last: last, sentence: sentence)
        if datedNoun, !isOwnedEventNoun(first: first, last: last), !isEventNounWithOwnerAfter(first: first, last: last) { return nil }
        // Inside a noun phrase no verb gives a year-less date its tense: read it only when it
        // names the past ("GM's June 1 bankruptcy filing", written after it) or its year.
        if datedNoun, isFutureOfPublication(time), !(first...last).contains(where: { d.tokens[$0].kind == .number && d.tokens[$0].end - d.tokens[$0].start == 4 }) {
            return nil
        }
        // "originally due later this year, will be delayed until October 2007": the superseded date
        // is not a dating of the event any more (the sentence's other date is).
        if (max(sentence.tokens.lowerBound, first - 4)..<first).contains(where: { W.supersededCues.contains(h($0)) }) { return nil }
        // "died four days later" after "in February": "later" counts from a time the story told,
        // and when the resolver found none at that precision it counted from the publication
        // date, which dates nothing the writer meant.
        if case .publication = time.anchor, W.narrativeEnds.contains(h(last)) { return nil }
        // The clause around the time.
        // (At most 40 tokens either way: a run-on "sentence" must not make extraction quadratic.)
        var clauseStart = first
        // A comma before a subject pronoun starts a clause too: "…to join the KLA, he then
        // travelled to Pakistan November 1999". Not after the time itself: "In 2011, he resigned".
        func opensClause(_ k: Int) -> Bool {
            k > sentence.tokens.lowerBound && k - 1 != last + 1 && d.tokens[k - 1].isPunctuation(",") && ClaimExtraction.subjectPronouns.contains(h(k))
        }
        while clauseStart > sentence.tokens.lowerBound, clauseStart > first - 40, !W.clauseBreaks.contains(h(clauseStart - 1)), !opensClause(clauseStart) {
            clauseStart -= 1
        }
        var clauseEnd = last + 1
        while clauseEnd < sentence.tokens.upperBound, clauseEnd < last + 40, !W.clauseBreaks.contains(h(clauseEnd)), !opensClause(clauseEnd + 1) {
            clauseEnd += 1
        }
        // "Rick Walder, who led the company since 2000, stepped down on March 29": a time inside a
        // relative clause between commas dates that clause only.
        if let rel = (max(clauseStart, first - 12)..<first).last(where: { W.relativeOpeners.contains(h($0)) && $0 > 0 && d.tokens[$0 - 1].isPunctuation(",") }),
            !(rel..<first).contains(where: { d.tokens[$0].isPunctuation(",") }),
            // (closed by a comma, or by the sentence's end: "…, who endorsed him last week.")
            let close = ((last + 1)..<min(sentence.tokens.upperBound, last + 12)).first(where: { d.tokens[$0].isPunctuation(",") })
                ?? (sentence.tokens.upperBound <= last + 12 ? sentence.tokens.upperBound : nil)
        {
            clauseStart = rel + 1
            clauseEnd = min(clauseEnd, close)
        }
        // "The Leeds store, which Ferrand Retail opened on May 3, employs 200 people": a clause
        // after ", which" ends at its comma, and when it has a subject of its own, what its verb
        // acts on is the noun before ", which".
        var relativeObject: Int? = nil
        if clauseStart >= sentence.tokens.lowerBound + 3, h(clauseStart - 1) == ClaimExtraction.whichWord, d.tokens[clauseStart - 2].isPunctuation(","),
            let close = ((last + 1)..<min(sentence.tokens.upperBound, last + 12)).first(where: { d.tokens[$0].isPunctuation(",") })
        {
            clauseEnd = min(clauseEnd, close)
            relativeObject = clauseStart - 3
        }

        guard var predicate = nearestPredicate(clauseStart..<clauseEnd, time: first...last) else { return nil }
        // "in Saturday night's debate": a time with a possessive names which debate; it dates the
        // noun after it only when that noun is the event word.
        if last + 1 < sentence.tokens.upperBound, d.tokens[last + 1].has(.possessive), predicate.start != last + 2 { return nil }
        // "the day after his death": the event a relative time counts from is not dated by it.
        if W.narrativeEnds.contains(h(last)), predicate.start > last, predicate.start <= last + 3 { return nil }
        // "…the president was born in this country,'' Mr. Trump told Fox News in March 2011": a
        // quotation that opens or closes between the event word and the time puts them in
        // different voices (a whole quoted term between them does not: 'a "charity flight" on').
        let between = predicate.end <= first ? predicate.end..<first : (last + 1)..<predicate.start
        if quoteMarkCount(between) % 2 == 1 { return nil }
        // "held a press conference Friday, shortly after Trump said he believes Obama was born in
        // the United States": a speech verb between them opens the clause the event is in.
        if between.contains(where: { W.speech.contains(h($0)) }) { return nil }
        // "were invited to join NATO in July 1997": the time dates the invitation.
        if predicate.start >= 2, h(predicate.start - 1) == W.to, ClaimExtraction.inviteVerbs.contains(h(predicate.start - 2)) { return nil }
        if datedNoun, predicate.start != last + 1 { return nil }
        // "in March, the month after Justice Scalia died,": an appositive that places the time
        // relative to another event names that event, it is not dated by the time.
        if predicate.start > last, last + 3 < sentence.tokens.upperBound, d.tokens[last + 1].isPunctuation(","), W.determiners.contains(h(last + 2)),
            TimeWords.units[h(last + 3)] != nil, (last + 4..<predicate.start).allSatisfy({ !d.tokens[$0].isPunctuation(",") })
        {
            return nil
        }
        // "On Thursday, Officer Shelby, who shot and killed Terence Crutcher last week, was
        // charged": an event inside ", who …," is not dated by a time outside it.
        if let rel = (max(clauseStart, predicate.start - 12)..<predicate.start).last(where: { W.relativeOpeners.contains(h($0)) && $0 > 0 && d.tokens[$0 - 1].isPunctuation(",") }),
            !(rel..<predicate.start).contains(where: { d.tokens[$0].isPunctuation(",") }),
            last < rel || (predicate.end < first && (predicate.end..<first).contains(where: { d.tokens[$0].isPunctuation(",") }))
        {
            return nil
        }
        // "Harlow Motors, which filed for bankruptcy on June 1, emerged from court protection in
        // July": a time after a relative clause's closing comma does not date the clause's verb.
        if predicate.start < first, clauseStart >= sentence.tokens.lowerBound + 2, W.relativeOpeners.contains(h(clauseStart - 1)),
            d.tokens[clauseStart - 2].isPunctuation(","), (predicate.end..<first).contains(where: { d.tokens[$0].isPunctuation(",") })
        {
            return nil
        }
        // "start entering the market": the event is the entering.
        if predicate.cls == W.startClass, predicate.end < clauseEnd, let next = ClaimWords.predicates[h(predicate.end)], next != W.startClass {
            predicate = (predicate.end, predicate.end + 1, next)
        }
        // "started officially coaching Lleyton Hewitt": starting an activity no class names.
        if predicate.cls == W.startClass, predicate.end - predicate.start == 1 {
            var j = predicate.end
            while j < clauseEnd, isLyAdverb(j) { j += 1 }
            if j < clauseEnd, isIngWord(j), ClaimWords.predicates[h(j)] == nil { return nil }
        }
        // "should enter airline service", "will begin regular service": entering service.
        if predicate.cls == "enter" || predicate.cls == W.startClass, predicate.end < clauseEnd {
            var j = predicate.end
            if j + 1 < clauseEnd, W.serviceFlightKinds.contains(h(j)) || h(j) == ClaimExtraction.airline || h(j) == ClaimExtraction.commercial { j += 1 }
            if h(j) == ClaimExtraction.service, !(first...last).contains(j) { predicate = (predicate.start, j + 1, "service") }
        }
        // "filed for Chapter 11 bankruptcy", "went bankrupt", "its bankruptcy filing": the filing
        // verb or an owner makes the word an event; "bankruptcy court", "emerged from bankruptcy"
        // do not. The verb is where the subject search starts.
        if predicate.cls == "bankrupt", !datedNoun {
            guard let start = bankruptcyStart(predicate.start, end: predicate.end, clauseStart: clauseStart, clauseEnd: clauseEnd) else { return nil }
            predicate = (start, predicate.end, predicate.cls)
        }
        // "the first commercial flight", "regular passenger flights": the product entering
        // service, not its first flight.
        if predicate.cls == "fly", (max(clauseStart, predicate.start - 3)..<predicate.start).contains(where: { W.serviceFlightKinds.contains(h($0)) }) {
            predicate = (predicate.start, predicate.end, "service")
        }
        let (pStart, pEnd, cls) = predicate
        // "First flight is scheduled for March": "first flight" and "maiden flight" are nouns.
        let nominal = datedNoun || isNominal(pStart, phrasal: pEnd - pStart > 1) || (pEnd - pStart > 1 && W.firstCues.contains(h(pStart)) && W.nounOnlyPredicates.contains(h(pEnd - 1)))
        // "the plan released Tuesday", "the Mate 10 Pro, released in 2017": a participle after
        // its noun is passive too.
        // "Harlow Motors, founded in 1908, is based in Detroit": between commas, a founding too.
        // "Harriet Quayle, born in 1948, taught…": likewise a birth.
        let appositiveFounding = (cls == "found" || cls == "born") && pStart > clauseStart && d.tokens[pStart - 1].isPunctuation(",")
        let reduced = !nominal && (!W.selfContained.contains(cls) || appositiveFounding) && isReducedRelative(pStart, clauseStart: clauseStart)
        let passive = !nominal && cls != "bankrupt" && (reduced || isPassive(pStart, clauseStart: clauseStart))

        // Participants.
        var agent: ClaimParticipant? = nil
        var theme: ClaimParticipant? = nil
        var themeIsProper = false
        var themeIsVague = false
        var place: ClaimParticipant? = nil
        var subjectEntity: Int? = nil
        var facilityOwner: ClaimParticipant? = nil

        if nominal {
            // "Xiaomi's U.S. launch", "its entry into Mexico", "the opening of the Harbour Bridge"
            // The owner of a dated event noun stands before the date.
            if let (p, e) = possessor(datedNoun ? first : pStart, clauseStart: clauseStart) {
                agent = p
                subjectEntity = e
                // "the A380's delivery", "the aircraft's launch": the product is what is delivered.
                if W.themeCentric.contains(cls), p.key.hasPrefix("product:") {
                    theme = p
                    themeIsProper = true
                }
            }
            // "the bankruptcy filing of Harlow Motors": past the filing noun.
            let ofIndex = cls == "bankrupt" && pEnd + 1 < clauseEnd && W.bankruptcyHeads.contains(h(pEnd)) && h(pEnd + 1) == W.of ? pEnd + 1 : pEnd
            if h(ofIndex) == W.of || h(ofIndex) == W.on, let np = nounPhrase(from: ofIndex + 1, end: clauseEnd, stopAt: first) {
                theme = np.participant
                themeIsProper = np.isProper
                themeIsVague = np.isVague
                if let owner = np.owner { facilityOwner = owner }
                // "the opening of its Ohio factory": the owner the recognizer found is the agent.
                if pEnd + 1 < clauseEnd, W.determiners.contains(h(pEnd + 1)), let owner = entityPhrase(covering: pEnd + 1), !owner.isPlace {
                    agent = owner.participant
                    subjectEntity = owner.entity
                }
            }
            // "the bankruptcy filing by Harlow Motors", "the launch of the Z5 by Pelion": who does it.
            if agent == nil, let byIndex = (pEnd..<min(clauseEnd, pEnd + 6)).first(where: { h($0) == W.by && !(first...last).contains($0) }),
                byIndex + 1 < clauseEnd, let np = nounPhrase(from: byIndex + 1, end: clauseEnd, stopAt: first), !np.isPlace
            {
                agent = np.participant
                subjectEntity = np.entity
            }
            // "ANA was to take delivery in May 2008": the story's product is what is delivered.
            if cls == "deliver", theme == nil, pStart > clauseStart, ClaimExtraction.takeWords.contains(h(pStart - 1)), h(pEnd) != W.of, let lastProduct {
                theme = lastProduct
                themeIsProper = true
            }
            // "Deliveries to Boreal Air are not due until October", "the delivery to Boreal Air": in
            // a story about a product, its delivery to the named customer is the product's.
            if cls == "deliver", agent == nil, theme == nil, let lastProduct, pEnd + 1 < clauseEnd, h(pEnd) == W.to, isNameWord(pEnd + 1),
                !(first...last).contains(pEnd + 1), isBareOrDefinite(pStart, clauseStart: clauseStart)
            {
                theme = lastProduct
                themeIsProper = true
            }
            // "The first flight is expected in August": in a story about a product, its own
            // first flight or delivery.
            if agent == nil, theme == nil, h(pEnd) != W.of, let product = firstEventOfLastProduct(noun: pEnd - 1, cls: cls, clauseStart: clauseStart) {
                theme = product
                themeIsProper = true
            }
        } else if let product = firstEventOfLastProduct(noun: subjectHead(before: pStart, clauseStart: clauseStart), cls: cls, clauseStart: clauseStart) {
            // "The first flight will take off from Singapore": the flight is the event, and what
            // flies is the story's product.
            theme = product
            themeIsProper = true
        } else {
            let subject = reduced ? phraseEnding(at: reducedHead(pStart), clauseStart: clauseStart) : subjectPhrase(before: pStart, clauseStart: clauseStart)
            if passive {
                if let s = subject {
                    theme = s.participant
                    themeIsProper = s.isProper
                    themeIsVague = s.isVague
                    subjectEntity = s.entity
                }
                if let byIndex = (pEnd..<clauseEnd).first(where: { h($0) == W.by && !($0 >= first && $0 <= last) }),
                    let np = nounPhrase(from: byIndex + 1, end: clauseEnd, stopAt: first)
                {
                    agent = np.participant
                }
            } else {
                if let s = subject {
                    agent = s.participant
                    subjectEntity = s.entity
                    facilityOwner = s.owner
                }
                var k = pEnd
                // "begin regular service on the Sydney route": what enters service is the subject.
                if cls == "service" { k = clauseEnd }
                if k < clauseEnd, W.particles.contains(h(k)), cls != "enter" { k += 1 }
                // "vote on the budget", "voted against the bill"
                if cls == "vote", k < clauseEnd, W.voteObjects.contains(h(k)) { k += 1 }
                // "started the week higher": a stretch of time as the object is no event.
                if timeStarts.contains(k), W.determiners.contains(h(k)) { return nil }
                // "unveil on Monday his second ad": the object after the time.
                if k == first || (k + 1 == first && (h(k) == W.on || h(k) == W.the)) {
                    k = last + 1
                    if (cls == "open" || cls == "close" || cls == "start" || cls == "finish"), isMarketMove(k) { return nil }
                }
                if k < clauseEnd, !W.locatives.contains(h(k)), !(k >= first && k <= last),
                    let np = nounPhrase(from: k, end: clauseEnd, stopAt: first)
                {
                    theme = np.participant
                    themeIsProper = np.isProper
                    themeIsVague = np.isVague
                    if np.isPlace { place = np.participant }
                } else if let r = relativeObject, agent != nil, pStart > clauseStart, !W.subjectSkip.contains(h(clauseStart)),
                    let np = phraseEnding(at: r, clauseStart: max(sentence.tokens.lowerBound, r - 8))
                {
                    theme = np.participant
                    themeIsProper = np.isProper
                    themeIsVague = np.isVague
                    if let owner = np.owner { facilityOwner = owner }
                }
            }
        }
        // "Ferrand Retail's Leeds store opened its doors": the idiom is the opening itself, and
        // what opens is the subject.
        if cls == "open", theme?.key == "thing:door" {
            theme = nil
            themeIsProper = false
            themeIsVague = false
        }
        // "the Oshawa plant will close", "the closure of Harlow Motors' Oshawa plant": the facility is
        // what opens or closes, and its owner (named with it, in the sentence, or the story's
        // company) is who closes it, as in "Harlow Motors will close its Oshawa plant".
        if !nominal, !passive, theme == nil, let a = agent, ClaimExtraction.isFacilityKey(a.key) {
            theme = a
            agent = nil
            subjectEntity = nil
        }
        if let t = theme, ClaimExtraction.isFacilityKey(t.key) {
            themeIsProper = false
            if let facilityOwner { agent = facilityOwner }
            if agent == nil {
                // A company the recognizer found earlier in the sentence (not the name inside the
                // facility's own: "the Oshawa plant"), else the story's company.
                if let p = companyBefore(pStart, from: sentence.tokens.lowerBound, notIn: t.name) {
                    agent = p
                } else if let s = salient ?? lastSubject, !personKeys.contains(s.key) {
                    agent = s
                }
            }
        }
        // "ousted Harlow Motors chief executive Rick Walder": who leaves is the person the title
        // names, not the company before it.
        // "killed the journalist Amaru Quispe", "arrested activist Dario Feltz": likewise.
        // For a death or an arrest the name must be in the object itself: "killed 13 people at Fort
        // Hood" names a place.
        if cls == "resign" || cls == "die" || ClaimExtraction.personEvents.contains(cls), let t = theme, !t.key.hasPrefix("person:") {
            let withinObject = cls != "resign"
            var j = pEnd
            while j < min(clauseEnd, pEnd + 8), j != first {
                if withinObject, W.prepositions.contains(h(j)) || d.tokens[j].kind == .punctuation { break }
                if let e = entityPhrase(covering: j), let i = e.entity, entities.entities[i].type == .person {
                    theme = e.participant
                    themeIsProper = true
                    break
                }
                j += 1
            }
        }
        // Where: "in the United States", "into Mexico", "the U.S. market".
        // "launch in the US" enters it; "unveiled at its Everett factory" does not.
        var placeIsLocative = place != nil
        if place == nil, let (p, i) = findPlaceIndex(from: pEnd, end: clauseEnd, skipping: first...last) {
            place = p
            var j = i - 1
            while j > pEnd, W.determiners.contains(h(j)) { j -= 1 }
            placeIsLocative = j >= pEnd && W.locatives.contains(h(j))
        }

        // The event's identity.
        var predicateClass = cls
        var subject: ClaimParticipant? = nil
        var object: ClaimParticipant? = nil
        if predicateClass == "enter" || (ClaimLexicon.enterWithPlace.contains(predicateClass) && place != nil && !themeIsProper && placeIsLocative) {
            predicateClass = "enter"
            subject = agent ?? (passive || themeIsVague ? nil : theme)
            object = place
            if object == nil { return nil }
        } else if themeIsProper, let theme, !isGeographic(theme), W.themeCentric.contains(predicateClass) {
            // A named thing is the event's own subject: "the Mate 10 Pro launched" and "Huawei
            // launched the Mate 10 Pro" are one launch.
            subject = theme
            object = place?.key == theme.key ? nil : place
            // "unveiled at a ceremony in Everett", "rolled out in Everett": a city is where the
            // event was held, not which one it is; a country or region is a market ("launched
            // in China"), and a flight's place is its route.
            if predicateClass != "fly", let o = object, o.key.hasPrefix("place:"), !W.marketPlaces.contains(o.key) { object = nil }
            subjectEntity = nil
        } else {
            subject = agent
            if let theme {
                object = theme
                if let p = place, p.key != theme.key, !theme.key.hasSuffix("@" + p.key) {
                    // "its Ohio factory" already says where.
                    let name = theme.name.lowercased().contains(p.name.lowercased()) ? theme.name : theme.name + " in " + p.name
                    object = ClaimParticipant(key: theme.key + "@" + p.key, name: name)
                }
            } else if let p = place {
                object = p
            }
        }
        // "GM sold Saab to Spyker", "the sale of Saab to Spyker": the buyer's deal for the company.
        var sale = false
        if predicateClass == "sell", let theme, ClaimExtraction.isCompany(theme.key),
            let buyer = buyer(after: pEnd, clauseEnd: clauseEnd, time: first...last), buyer.key != theme.key
        {
            agent = buyer
            sale = true
        }
        // "was introduced by Chris Christie": a person is introduced to an audience, not launched.
        if ClaimExtraction.introduceWords.contains(h(pStart)), let t = theme, isPerson(t.key) || subjectKind(t.key) == .name && (subjectEntity.map { entities.entities[$0].type == .person } ?? false) {
            return nil
        }
        // "received its first A380": a delivery, but only of a product ("received orders" is none).
        if ClaimExtraction.receiveWords.contains(h(pStart)), theme?.key.hasPrefix("product:") != true { return nil }
        // "sale" is an event only as a company's sale: "on sale", "the sale of 20 jets" are not.
        if h(pStart) == ClaimExtraction.saleWord, !sale { return nil }
        // Deals between companies: one event per pair of companies and phase, whichever is the
        // buyer ("X completed its takeover of Y" = "Y was bought by X" = "X completed the Y
        // deal"); "completed the deal" and "the merger was completed" name the story's last deal.
        let dealWord = predicateClass == "acquire" || predicateClass == "merge" || sale
        let completesDeal = (predicateClass == "finish" || predicateClass == "close")
            && dealNounAround(pStart, pEnd, clauseStart: clauseStart, clauseEnd: clauseEnd, time: first...last)
        // "a takeover bid", "attempting to take over": bids are made and dropped many times.
        let phase = dealWord ? dealPhase(pStart, pEnd, clauseStart: clauseStart, clauseEnd: clauseEnd) : .completed
        if phase == .bid { return nil }
        // "took over as chief executive": a post, not a company.
        if dealWord, pEnd < clauseEnd, h(pEnd) == ClaimExtraction.asWord { return nil }
        if dealWord || completesDeal {
            let company = theme.flatMap { ClaimExtraction.isCompany($0.key) ? $0 : nil }
            let themeIsDealNoun = theme.map { $0.key.hasPrefix("thing:") && W.dealNouns.contains(Bytes.wordHash(String($0.key.dropFirst(6)))) } ?? false
            // "bought 20 Airbus jets", "purchased the plant": a purchase of things, not a deal
            // between companies (keyed as before).
            if completesDeal || theme == nil || company != nil || themeIsDealNoun {
                var parties: [ClaimParticipant] = []
                // "The Commission approved the merger of X and Y": the approver is no party.
                for p in phase == .approved ? [company] : [agent, company] {
                    if let p, ClaimExtraction.isCompany(p.key), !parties.contains(where: { $0.key == p.key }) { parties.append(p) }
                }
                // "the merger of X and Y", "merged with Y", "X and Y merged": the other company
                // named beside the deal word.
                if parties.count < 2 {
                    for p in companiesBeside(pStart, pEnd, clauseStart: clauseStart, clauseEnd: clauseEnd, time: first...last, backward: cls == "merge")
                    where parties.count < 2 && !parties.contains(where: { $0.key == p.key }) {
                        parties.append(p)
                    }
                }
                // "Orvane's acquisition of Tellgate, completed on June 1", "the takeover of
                // Tellgate by Orvane was completed": the companies named with the deal noun.
                if parties.count < 2, completesDeal, let n = dealNounBefore(pStart, clauseStart: clauseStart) {
                    var named: [ClaimParticipant] = []
                    // "The sale of Saabro to Spyden Motors was completed": the buyer's deal.
                    if h(n) == ClaimExtraction.saleWord, let buyer = buyer(after: n + 1, clauseEnd: pStart, time: first...last) { parties = [buyer] }
                    // Only a written owner ("Orvane's", "its"): a name earlier in the clause may
                    // be who says so ("Pellam Foods said the deal was completed").
                    let owned = n > clauseStart && (isPossessiveMark(n - 1) || W.pronouns.contains(h(n - 1)) && W.determiners.contains(h(n - 1)))
                    if owned, let (p, _) = possessor(n, clauseStart: clauseStart) { named.append(p) }
                    if n + 1 < pStart, h(n + 1) == W.of, let np = nounPhrase(from: n + 2, end: pStart, stopAt: first) { named.append(np.participant) }
                    if let byIndex = ((n + 1)..<pStart).first(where: { h($0) == W.by }), let np = nounPhrase(from: byIndex + 1, end: pStart, stopAt: first) {
                        named.append(np.participant)
                    }
                    for p in named where parties.count < 2 && ClaimExtraction.isCompany(p.key) && !parties.contains(where: { $0.key == p.key }) {
                        parties.append(p)
                    }
                }
                if parties.count < 2, let (x, y) = lastDeal {
                    // Neither company named: only "the deal", "the merger" stand for the story's deal.
                    if parties.isEmpty, !(completesDeal || nominal || themeIsDealNoun) { return nil }
                    if parties.isEmpty {
                        parties = [x, y]
                    } else if parties[0].key == x.key {
                        parties.append(y)
                    } else if parties[0].key == y.key {
                        parties.append(x)
                    }
                }
                guard parties.count == 2 else { return nil }
                lastDeal = (parties[0], parties[1])
                if parties[0].key != agent?.key { subjectEntity = nil }
                subject = parties[0]
                object = parties[1]
                predicateClass = phase.predicate
            }
        }
        // "X defeated Y for the contract", "beat Y to win the order": a contest for a contract is
        // one event per winner and loser. Elections and matches are fought again and again
        // between the same sides, so a defeat for anything else makes no claim.
        if predicateClass == "defeat" {
            guard (pEnd..<min(clauseEnd, pEnd + 12)).contains(where: { W.contestPrizes.contains(h($0)) }),
                let o = object, ClaimExtraction.isCompany(o.key), let a = subject ?? agent, ClaimExtraction.isCompany(a.key)
            else { return nil }
            subject = a
        }
        // "has not closed the door to further rate cuts", "opened the door to a deal": an idiom
        // for allowing something, not a closure or an opening.
        if predicateClass == "open" || predicateClass == "close", object?.key == "thing:door",
            let door = ((pEnd)..<min(clauseEnd, pEnd + 4)).first(where: { ClaimExtraction.doorWords.contains(h($0)) }),
            door + 1 < clauseEnd, h(door + 1) == W.to || (h(door + 1) == W.on && !(first...last).contains(door + 2))
        {
            return nil
        }
        // "Terminal 3 will open its doors": the idiom is the opening itself.
        if predicateClass == "open", object?.key == "thing:door" {
            object = nil
            theme = nil
        }
        // "the flight to New York … arrive at New York's airport": a place does not fly, deliver
        // or launch, and an event is not its own object.
        if let s = subject, let o = object, s.key == o.key { return nil }
        // Going bankrupt is the company's alone: "filed for bankruptcy protection" has no object
        // (nor has leaving it: "emerged from Chapter 11 protection");
        // a product enters service once, whoever flies it first.
        if predicateClass == "bankrupt" || predicateClass == "service" || predicateClass == "emerge" { object = nil }
        // An aircraft flies every day: a flight is one event only with its route, or as the first.
        if predicateClass == "fly", object == nil, !(max(clauseStart, pStart - 3)..<pEnd).contains(where: { W.firstCues.contains(h($0)) }) {
            return nil
        }
        // A person dies, a company is founded: where it happened is not part of which event it is.
        if W.selfContained.contains(predicateClass), object?.key.hasPrefix("place:") == true { object = nil }
        // A company goes public once: "its IPO on the Oslo exchange" is its listing.
        if predicateClass == "list" { object = nil }
        guard var subject, !subject.key.isEmpty else { return nil }
        // A pronoun the article did not resolve ("name:he") names nobody another article names.
        if subject.key.hasPrefix("name:"), case let word = Bytes.wordHash(String(subject.key.dropFirst(5))),
            W.pronounsPersonal.contains(word) || W.pronouns.contains(word)
        {
            return nil
        }
        // A birth and an arrest are a named person's: "a baby was born", "police arrested three
        // men" name nobody another article could date.
        if ClaimExtraction.personEvents.contains(predicateClass), !isPerson(subject.key) { return nil }
        // "the bomb killed a guard", "killed the bill": a named person killed, nothing else.
        // The name is written there: "a wreck that killed his mother" names nobody.
        if ClaimExtraction.personOnlyWords.contains(h(pStart)) {
            guard let t = theme, isPerson(t.key), subject.key == t.key else { return nil }
            if !passive {
                var j = pEnd
                var named = false
                while j < min(clauseEnd, pEnd + 5), j != first, !W.prepositions.contains(h(j)), d.tokens[j].kind != .punctuation {
                    if d.tokens[j].has(.capitalized) { named = true }
                    j += 1
                }
                if !named { return nil }
            }
        }
        // "had been arrested in several states since 1990": arrests, not one.
        if predicateClass == "arrest", h(first) == TimeWords.since { return nil }
        // Joining is one event per member and named organisation: "joined Corvel Labs in 2012";
        // not "joined forces", "joined the protest", nor "was joined by".
        if predicateClass == "join" {
            // An organisation: "joined President Fidel Castro on Thursday" is no membership.
            guard !passive, themeIsProper, let t = theme, t.key.hasPrefix("organization:") else { return nil }
            // "will join NATO on March 12 in a ceremony in Independence": where is not which.
            object = t
            // "joined Democrats in writing a bill in 2013": the time dates what they did together.
            if pEnd < first, (pEnd..<first).contains(where: { h($0) == TimeWords.in && isIngWord($0 + 1) }) { return nil }
        }
        // "announced on Monday that it will…", "announced a plan": companies announce all the
        // time; only an announcement of a named thing ("announced the iPhone") is one event.
        if predicateClass == "announce", object == nil || object?.key == subject.key || object?.key.hasPrefix("thing:") == true { return nil }
        // "a speech", "the poll", "another store": no single event to compare.
        if themeIsVague, object?.key.hasPrefix(theme?.key ?? "\u{0}") == true { return nil }
        if predicateClass == "enter", subject.key.hasPrefix("place:") { return nil }
        if object == nil, !W.selfContained.contains(predicateClass), !(themeIsProper && subject.key == theme?.key) {
            // "The Quayside Line will open in June": things open, close, launch and fly on
            // their own, and then the subject is the event's theme.
            guard W.intransitive.contains(predicateClass), theme == nil, !nominal else { return nil }
            // A line, a store, a product opens or launches on its own; a person does not ("the
            // groups he will soon launch": what he launches is elsewhere in the sentence).
            if subject.key.hasPrefix("person:") && !ClaimExtraction.endsInIndustryWord(subject.key) || personKeys.contains(subject.key) { return nil }
            subject = ClaimParticipant(key: subject.key, name: subject.name)
        }
        if case .name = subjectKind(subject.key) { lastSubject = subject }

        // Modality, negation, revision.
        let scanStart = clauseStart
        var planned = false
        var negated = false
        for k in scanStart..<min(pEnd, clauseEnd) {
            // "Pelion's May 3 launch", "In May, Pelion launched": the month is no modal.
            if W.planCues.contains(h(k)), !(first...last).contains(k), !(isCalendarWord(k) && d.tokens[k].has(.capitalized) && !d.tokens[k].has(.sentenceStart)) {
                planned = true
            }
            if W.negations.contains(h(k)) || hasSuffix(k, W.ntSuffix) { negated = true }
        }
        // "not due until October": the negation bounds the date, it does not deny the event.
        if negated, time.mod == .onOrAfter, let u = time.range.first.map({ b[$0] | 0x20 }), u == 0x75 || u == 0x74 { negated = false }
        if time.mod == .onOrAfter || time.value == "FUTURE_REF" { planned = planned || isFutureOfPublication(time) }
        if !planned, isFutureOfPublication(time) { planned = true }
        let revision = isRevision(max(sentence.tokens.lowerBound, clauseStart - 20)..<min(sentence.tokens.upperBound, clauseEnd + 20))

        return Claim(
            range: sentence.range, subject: subject.key, subjectEntity: subjectEntity, predicate: predicateClass,
            object: object?.key, time: index, modality: planned ? .planned : .factual, negated: negated,
            isRevision: revision, subjectName: subject.name, objectName: object?.name)
    }

    // MARK: A product's first events

    /// The word a verb's subject search stops at: "The first flight [will] take off" → "flight".
    func subjectHead(before k: Int, clauseStart: Int) -> Int {
        var j = k - 1
        while j >= clauseStart, W.subjectSkip.contains(h(j)) { j -= 1 }
        return j
    }

    /// The story's last product, when the event noun at `noun` is of class `cls` and names that
    /// product's first such event: "the first flight", "its maiden flight", "First delivery".
    /// Only words saying "first" may stand between the determiner and the noun: "the first
    /// commercial flight" or "a special charity flight" is another flight than the first one.
    func firstEventOfLastProduct(noun: Int, cls: String, clauseStart: Int) -> ClaimParticipant? {
        guard let lastProduct, noun >= clauseStart, noun < d.tokens.count, W.nounOnlyPredicates.contains(h(noun)), W.predicates[h(noun)] == cls,
            cls == "fly" || cls == "deliver"
        else { return nil }
        var j = noun - 1
        var first = false
        while j >= clauseStart, j >= noun - 3, !W.determiners.contains(h(j)) {
            guard W.firstCues.contains(h(j)) || h(j) == ClaimExtraction.test else { return nil }
            if W.firstCues.contains(h(j)) { first = true }
            j -= 1
        }
        // "its first flight" is its owner's: the possessor search handles it.
        if j >= clauseStart, W.determiners.contains(h(j)), h(j) != W.the { return nil }
        return first ? lastProduct : nil
    }

    static let test = Bytes.wordHash("test")

    /// The event noun at `k` has no determiner, or "the" with at most two lowercase modifiers
    /// between ("Deliveries", "the delivery", "the first deliveries"); not "a delivery", "its
    /// deliveries", "three deliveries", which say whose or how many.
    func isBareOrDefinite(_ k: Int, clauseStart: Int) -> Bool {
        var j = k - 1
        while j >= clauseStart, j >= k - 3, d.tokens[j].kind == .word, d.tokens[j].has(.lowercase), !W.determiners.contains(h(j)),
            !W.indefinites.contains(h(j)) || W.firstCues.contains(h(j))
        {
            j -= 1
        }
        if j < clauseStart || d.tokens[j].kind == .punctuation { return true }
        return h(j) == W.the
    }

    // MARK: Deals and bankruptcies

    /// A key that can name a company (a recognised organisation or a name read from the text).
    static func isCompany(_ key: String) -> Bool {
        // A company the recognizer took for a person ("Ardent Dairy") is still bought.
        key.hasPrefix("organization:") || key.hasPrefix("name:") || key.hasPrefix("other:") || key.hasPrefix("person:")
    }

    enum DealPhase {
        /// The deal closed (or will): "completed its takeover", "bought", "the merger took effect".
        case completed
        /// The deal was agreed or announced: "agreed to buy", "announced its takeover of".
        case agreed
        /// A regulator or shareholders approved it.
        case approved
        /// A bid, an attempt, talks: made, raised and dropped many times.
        case bid

        var predicate: String {
            switch self {
            case .completed: return "deal"
            case .agreed: return "deal-agreed"
            case .approved: return "deal-approved"
            case .bid: return "bid"
            }
        }
    }

    /// Which step of a deal the takeover word at `k` dates, by the words around it: "merger
    /// agreement", "takeover bid", "agreed to buy", "completed its takeover", "plans to acquire".
    func dealPhase(_ pStart: Int, _ pEnd: Int, clauseStart: Int, clauseEnd: Int) -> DealPhase {
        if pEnd < clauseEnd {
            let next = h(pEnd)
            if W.dealBidCues.contains(next) { return .bid }
            if W.dealApprovalCues.contains(next) { return .approved }
            if W.dealAgreementCues.contains(next) { return .agreed }
        }
        let window = max(clauseStart, pStart - 6)..<pStart
        if window.contains(where: { W.dealCompletionCues.contains(h($0)) }) { return .completed }
        if window.contains(where: { W.dealBidCues.contains(h($0)) }) { return .bid }
        if window.contains(where: { W.dealApprovalCues.contains(h($0)) }) { return .approved }
        if window.contains(where: { W.dealAgreementCues.contains(h($0)) }) { return .agreed }
        return .completed
    }

    static let saleWord = Bytes.wordHash("sale")
    static let whichWord = Bytes.wordHash("which")
    static let accordingWord = Bytes.wordHash("according")
    static let launchWord = Bytes.wordHash("launch")
    static let openingWord = Bytes.wordHash("opening")
    static let closingWord = Bytes.wordHash("closing")
    static let unveilingWord = Bytes.wordHash("unveiling")
    static let introduceWords = TimeWords.set(["introduce", "introduces", "introduced", "introducing"])
    static let fromWord = Bytes.wordHash("from")
    static let asWord = Bytes.wordHash("as")
    static let thatWord = Bytes.wordHash("that")
    static let andWord = Bytes.wordHash("and")
    static let airline = Bytes.wordHash("airline")
    static let closeWord = Bytes.wordHash("close")
    static let doorWords = Lexicon(words: "door doors")
    static let openingPrepositions = Lexicon(words: "at in on by for from with after before during since until under over")
    static let degreeWords = Lexicon(words: "very so too quite fairly extremely")
    static let commercial = Bytes.wordHash("commercial")
    static let service = Bytes.wordHash("service")
    static let takeWords = TimeWords.set(["take", "takes", "took", "taken", "taking"])
    static let pastForms = TimeWords.set(["flew", "flown", "began", "begun", "sold", "bought", "went", "took", "shut", "set"])
    /// Events only a named person undergoes.
    static let personEvents: Set<String> = ["born", "arrest", "convict", "sentence"]
    static let personOnlyWords = TimeWords.set(["killed"])
    static let subjectPronouns = TimeWords.set(["he", "she", "they", "it", "we", "i"])
    static let inviteVerbs = TimeWords.set(["invited", "asked", "urged", "encouraged", "called"])
    static let receiveWords = TimeWords.set(["receive", "receives", "received", "receiving"])
    /// Verbs and auxiliaries that cannot be part of a noun phrase read forward: "the aircraft
    /// took place", "the aircraft may".
    static let verbsEndingPhrase = TimeWords.set([
        "took", "takes", "take", "taking", "taken", "made", "makes", "make", "went", "goes", "flew", "began", "begun", "sold",
        "bought", "shut", "may", "might", "must", "shall", "should", "can", "could", "get", "got", "gets", "did", "does", "do",
        "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "has", "have", "had",
    ])

    /// The buyer in "sold Saab to Spyker", "the sale of Saab to Spyker": a name after "to".
    func buyer(after k: Int, clauseEnd: Int, time: ClosedRange<Int>) -> ClaimParticipant? {
        var j = k
        while j + 1 < min(clauseEnd, k + 8), !time.contains(j) {
            if h(j) == W.to, isNameWord(j + 1), !time.contains(j + 1) {
                var e = j + 1
                while e + 1 < clauseEnd, isNameWord(e + 1), !time.contains(e + 1) { e += 1 }
                guard let p = dealParty((j + 1)...e), ClaimExtraction.isCompany(p.key) else { return nil }
                return p
            }
            j += 1
        }
        return nil
    }

    /// Companies the recognizer found within eight tokens after the deal word (before the time),
    /// and for a merger before it too ("X and Y merged").
    func companiesBeside(_ pStart: Int, _ pEnd: Int, clauseStart: Int, clauseEnd: Int, time: ClosedRange<Int>, backward: Bool) -> [ClaimParticipant] {
        var found: [ClaimParticipant] = []
        func take(_ k: Int) {
            guard let e = entityPhrase(covering: k), let i = e.entity, entities.entities[i].type == .organization,
                !found.contains(where: { $0.key == e.participant.key })
            else { return }
            found.append(e.participant)
        }
        var k = pEnd
        while k < min(clauseEnd, pEnd + 8), !time.contains(k), !W.speech.contains(h(k)) {
            take(k)
            k += 1
        }
        if backward {
            var j = pStart - 1
            while j >= max(clauseStart, pStart - 8), !time.contains(j) {
                take(j)
                j -= 1
            }
        }
        return found
    }

    /// "completed the (Brix Freight) deal", "completion of the merger", "the deal is expected
    /// to close": a deal noun heads the completing verb's object or subject.
    func dealNounAround(_ pStart: Int, _ pEnd: Int, clauseStart: Int, clauseEnd: Int, time: ClosedRange<Int>) -> Bool {
        var k = pEnd
        if k < clauseEnd, h(k) == W.of { k += 1 }
        var steps = 0
        while k < clauseEnd, steps < 5, !time.contains(k) {
            if W.dealNouns.contains(h(k)) { return true }
            let t = d.tokens[k]
            if t.kind != .word && t.kind != .number { break }
            if W.phraseStops.contains(t.hash) && !W.determiners.contains(t.hash) { break }
            k += 1
            steps += 1
        }
        return dealNounBefore(pStart, clauseStart: clauseStart) != nil
    }

    /// The deal noun heading the completing verb's subject: "the deal was completed", "Orvane's
    /// acquisition of Tellgate, completed on June 1", "the takeover of Tellgate by Orvane was
    /// completed" (back over auxiliaries, a comma, and up to eight words of the noun phrase).
    func dealNounBefore(_ pStart: Int, clauseStart: Int) -> Int? {
        var j = pStart - 1
        while j >= clauseStart, W.subjectSkip.contains(h(j)) || W.beForms.contains(h(j)) { j -= 1 }
        if j >= clauseStart, d.tokens[j].isPunctuation(","), j + 1 == pStart { j -= 1 }
        var steps = 0
        while j >= clauseStart, steps < 8 {
            if W.dealNouns.contains(h(j)) || h(j) == ClaimExtraction.saleWord && j + 1 < pStart && h(j + 1) == W.of { return j }
            let t = d.tokens[j]
            guard t.kind == .word || t.kind == .number || isPossessiveMark(j) else { return nil }
            // "the sale of Saabro to Spyden", "the purchase of Saabro from Harlow by Spyden"
            if W.phraseStops.contains(t.hash), t.hash != W.of, t.hash != W.by, t.hash != W.to, t.hash != ClaimExtraction.fromWord, !W.determiners.contains(t.hash) {
                return nil
            }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// Where a bankruptcy event starts: its filing verb ("filed for Chapter 11 bankruptcy",
    /// "went bankrupt", "declared insolvency"), or the word itself after an owner ("GM's
    /// bankruptcy filing", "the bankruptcy of Lehman Brothers"). Nil when the word is no filing:
    /// a modifier ("bankruptcy court", "the bankrupt automaker") or the way out or the state
    /// ("emerged from bankruptcy", "in bankruptcy since 2005", "the brink of bankruptcy").
    func bankruptcyStart(_ k: Int, end: Int, clauseStart: Int, clauseEnd: Int) -> Int? {
        let next = end
        if next < clauseEnd, d.tokens[next].kind == .word, !timeStarts.contains(next), !W.phraseStops.contains(h(next)),
            !W.bankruptcyHeads.contains(h(next)), !d.tokens[next].has(.capitalized)
        {
            return nil
        }
        var j = k - 1
        var steps = 0
        while j >= clauseStart, steps < 4, W.bankruptcyFillers.contains(h(j)) || d.tokens[j].kind == .number {
            j -= 1
            steps += 1
        }
        guard j >= clauseStart else { return nil }
        if (max(clauseStart, j - 2)...j).contains(where: { W.bankruptcyExit.contains(h($0)) }) { return nil }
        if W.bankruptcyVerbs.contains(h(j)) { return j }
        return j == k - 1 && isNominal(k) ? k : nil
    }

    /// A date between a determiner or possessive and a noun: "his 2014 return", "Indiana's May 3
    /// primary", "the 2018 World Cup".
    func modifiesNoun(first: Int, last: Int, sentence: Sentence) -> Bool {
        let before = first - 1
        let after = last + 1
        guard before >= sentence.tokens.lowerBound, after < sentence.tokens.upperBound else { return false }
        guard W.nounPhraseDeterminers.contains(h(before)) || d.tokens[before].has(.possessive) || isPossessiveMark(before) else { return false }
        let next = d.tokens[after]
        return next.kind == .word && next.has(.spaceBefore) && !W.afterDateFunctionWords.contains(next.hash)
            && TimeWords.months[next.hash] == nil && TimeWords.weekdays[next.hash] == nil
    }

    /// "Harlow Motors' March 5 bankruptcy filing", "its 2012 listing": a date between an owner
    /// (a possessive, "its", "their") and an event word that is one event per owner (a founding,
    /// a listing, a filing, a death: `selfContained`), which "bankruptcy" heads only with a filing
    /// noun or nothing after it ("bankruptcy filing"; not "bankruptcy court").
    func isOwnedEventNoun(first: Int, last: Int) -> Bool {
        let owner = first - 1
        guard owner >= 0, d.tokens[owner].has(.possessive) || isPossessiveMark(owner) || W.pronouns.contains(h(owner)) && W.determiners.contains(h(owner)) else { return false }
        let k = last + 1
        // "Pelion's May 3 launch of the Pelion Z5": an event of a named thing, too.
        if namedThingEventNoun(at: k) { return true }
        guard k < d.tokens.count, d.tokens[k].has(.lowercase), let cls = W.predicates[h(k)], W.selfContained.contains(cls) else { return false }
        if cls == "bankrupt", k + 1 < d.tokens.count, d.tokens[k + 1].kind == .word, !W.bankruptcyHeads.contains(h(k + 1)) {
            return false
        }
        return true
    }

    /// "The June 1 bankruptcy filing of Harlow Motors", "the 2011 listing by Tessel": a date
    /// between "the" and an event noun that is one event per owner (as in `isOwnedEventNoun`),
    /// whose owner follows after "of" or "by".
    func isEventNounWithOwnerAfter(first: Int, last: Int) -> Bool {
        guard first > 0, h(first - 1) == W.the else { return false }
        // "the May 3 opening of the Kessel Street Bridge"
        if namedThingEventNoun(at: last + 1) { return true }
        var k = last + 1
        guard k < d.tokens.count, d.tokens[k].has(.lowercase), let cls = W.predicates[h(k)], W.selfContained.contains(cls) else { return false }
        k += 1
        if cls == "bankrupt", k < d.tokens.count, W.bankruptcyHeads.contains(h(k)) { k += 1 }
        guard k + 1 < d.tokens.count, h(k) == W.of || h(k) == W.by else { return false }
        return isNameWord(k + 1) || (W.determiners.contains(h(k + 1)) && isNameWord(k + 2))
    }

    /// An event noun whose event a named thing undergoes (`themeCentric`: a launch, an opening, a
    /// delivery, a first flight), followed by "of" and the thing's name: "launch of the Pelion
    /// Z5", "opening of the Kessel Street Bridge".
    func namedThingEventNoun(at k: Int) -> Bool {
        guard k + 2 < d.tokens.count, d.tokens[k].has(.lowercase), W.nounOnlyPredicates.contains(h(k)) || isEventNoun(k),
            let cls = W.predicates[h(k)], W.themeCentric.contains(cls), h(k + 1) == W.of
        else { return false }
        var j = k + 2
        if W.determiners.contains(h(j)), j + 1 < d.tokens.count { j += 1 }
        if W.nameQualifiers.contains(h(j)), j + 1 < d.tokens.count { j += 1 }
        return isNameWord(j) && !isCalendarWord(j)
    }

    /// Event words that are nouns here though they could be verbs: "launch", "opening", "closing".
    func isEventNoun(_ k: Int) -> Bool {
        let w = h(k)
        return w == ClaimExtraction.launchWord || w == ClaimExtraction.openingWord || w == ClaimExtraction.closingWord || w == ClaimExtraction.unveilingWord
    }

    /// A time right after a verb of saying ("said Wednesday", "told reporters on Friday").
    func datesSpeech(_ first: Int, sentenceStart: Int) -> Bool {
        var k = first - 1
        var steps = 0
        while k >= sentenceStart, steps < 4 {
            if W.speech.contains(h(k)) { return true }
            if d.tokens[k].kind == .punctuation || ClaimWords.predicates[h(k)] != nil { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    enum SubjectKind { case name, place, thing, entity }

    func subjectKind(_ key: String) -> SubjectKind {
        if key.hasPrefix("name:") { return .name }
        if key.hasPrefix("place:") { return .place }
        if key.hasPrefix("thing:") { return .thing }
        return .entity
    }

    /// The whole time lies after the publication date: a plan, whatever the verb says.
    func isFutureOfPublication(_ time: TimeExpression) -> Bool {
        guard let pub = d.publication?.date, let bounds = time.bounds else { return false }
        return bounds.earliestBegin > pub.dayNumber
    }

    /// The event word nearest the time in its clause (before it on a tie), within 20 tokens.
    /// A lowercase word ending in "-ly" ("officially").
    /// Quotation marks in `r`, a run of marks with nothing between them ('' or "') counting once.
    func quoteMarkCount(_ r: Range<Int>) -> Int {
        var count = 0
        for k in r where d.tokens[k].kind == .quote && !d.tokens[k].has(.possessive) {
            if k > r.lowerBound, d.tokens[k - 1].kind == .quote, d.tokens[k - 1].end == d.tokens[k].start { continue }
            // "Harlow Motors' Oshawa plant": an apostrophe glued to a plural is its possessive.
            if k > 0, d.tokens[k].first == "'" || d.tokens[k].first == "\u{2019}", d.tokens[k - 1].kind == .word,
                d.tokens[k - 1].end == d.tokens[k].start, b[Int(d.tokens[k - 1].end) - 1] | 0x20 == 0x73
            {
                continue
            }
            count += 1
        }
        return count
    }

    /// A person's key, as the recognizer typed it or as the article names a person elsewhere.
    func isPerson(_ key: String) -> Bool { key.hasPrefix("person:") || personKeys.contains(key) }

    func isLyAdverb(_ k: Int) -> Bool {
        let t = d.tokens[k]
        return t.kind == .word && t.has(.lowercase) && t.end - t.start >= 4 && hasSuffix(k, W.lySuffix)
    }

    /// A lowercase word ending in "-ing" ("coaching").
    func isIngWord(_ k: Int) -> Bool {
        let t = d.tokens[k]
        return t.kind == .word && t.has(.lowercase) && t.end - t.start >= 5 && hasSuffix(k, W.ingSuffix)
    }

    /// Whether the predicate at `k` sits in an "after …" / "before …" phrase that a comma parts
    /// from the time.
    func isInsideRelativeTimePhrase(_ k: Int, length: Int, clause: Range<Int>, time: ClosedRange<Int>) -> Bool {
        guard let opener = (max(clause.lowerBound, k - 5)..<k).last(where: { h($0) == TimeWords.after || h($0) == TimeWords.before }) else { return false }
        // No comma between the opener and the predicate: they are one phrase.
        guard !(opener..<k).contains(where: { d.tokens[$0].isPunctuation(",") }) else { return false }
        let between = k + length <= time.lowerBound ? (k + length)..<time.lowerBound : (time.upperBound + 1)..<max(time.upperBound + 1, opener)
        return between.contains(where: { d.tokens[$0].isPunctuation(",") })
    }

    func nearestPredicate(_ clause: Range<Int>, time: ClosedRange<Int>) -> (start: Int, end: Int, cls: String)? {
        var best: (start: Int, end: Int, cls: String, distance: Int)? = nil
        var k = clause.lowerBound
        while k < clause.upperBound {
            if time.contains(k) {
                k += 1
                continue
            }
            var match: (Int, String)? = nil
            if let (length, cls) = W.phrasal.match({ self.h($0) }, at: k), k + length <= clause.upperBound { match = (length, cls) }
            if match == nil, let cls = W.predicates[h(k)], d.tokens[k].kind == .word { match = (1, cls) }
            // "Halden Shipping", "the Airbus Delivery Center": an event word inside a name the
            // recognizer found is part of the name.
            if let (length, _) = match, length == 1, !d.tokens[k].has(.lowercase), entityPhrase(covering: k)?.isProper == true {
                k += length
                continue
            }
            // "its launch customer", "the delivery schedule", "a flight number": an event word
            // modifying another noun names no event.
            if let (length, _) = match, k + length < clause.upperBound, !time.contains(k + length), W.eventModifiedNouns.contains(h(k + length)),
                d.tokens[k + length].has(.lowercase)
            {
                k += length
                continue
            }
            // "Two days after Wikileaks' announcement, on February 28, Morales flew…": an event in
            // a phrase opened by "after" or "before" is what the time counts from, set off from it
            // by a comma; it is not dated by the time.
            if let (length, _) = match, isInsideRelativeTimePhrase(k, length: length, clause: clause, time: time) {
                k += length
                continue
            }
            // "Lahav's close friendship", "a close race", "very close ties": the adjective.
            if let (length, cls) = match, length == 1, cls == "close", h(k) == ClaimExtraction.closeWord, k > clause.lowerBound,
                d.tokens[k - 1].has(.possessive) || W.determiners.contains(h(k - 1)) || ClaimExtraction.degreeWords.contains(h(k - 1))
            {
                k += 1
                continue
            }
            // "the Dow closed at 7,552", "shares opened lower": a market's daily move, not an
            // opening or a closure.
            if let (length, cls) = match, cls == "open" || cls == "close", isMarketMove(k + length) || isMarketNoun(k) {
                k += length
                continue
            }
            if let (length, cls) = match {
                var distance = k < time.lowerBound ? time.lowerBound - (k + length - 1) : (k - time.upperBound) + 1
                // "opened the plant in 2010 and closed it two years later": a time ends its verb
                // phrase; the verb after "and" is the next phrase's.
                if k > time.upperBound, ((time.upperBound + 1)..<k).contains(where: { h($0) == ClaimExtraction.andWord }) { distance += 8 }
                if distance <= 20, best == nil || distance < best!.distance {
                    best = (k, k + length, cls, distance)
                }
                k += length
                continue
            }
            k += 1
        }
        return best.map { ($0.start, $0.end, $0.cls) }
    }

    func isMarketMove(_ k: Int) -> Bool {
        guard k < d.tokens.count else { return false }
        var j = k
        if d.tokens[j].kind == .word, W.marketAdverbs.contains(h(j)) { j += 1 }
        guard j < d.tokens.count else { return false }
        // "closed at 7,552", "closed at $12.40": a level, not a time or place.
        if h(j) == Bytes.wordHash("at") || h(j) == Bytes.wordHash("near") || h(j) == Bytes.wordHash("above") || h(j) == Bytes.wordHash("below") {
            guard j + 1 < d.tokens.count else { return false }
            return d.tokens[j + 1].kind == .number || d.tokens[j + 1].isPunctuation("$") || d.tokens[j + 1].isPunctuation("€") || d.tokens[j + 1].isPunctuation("£")
        }
        return W.marketMoves.contains(h(j)) || (d.tokens[j].kind == .number && TimeWords.months[h(j)] == nil && !(j + 1 < d.tokens.count && TimeWords.units[h(j + 1)] != nil))
    }

    /// "at the close", "the opening bell", "before the open": the trading day.
    func isMarketNoun(_ k: Int) -> Bool {
        let next = k + 1 < d.tokens.count ? h(k + 1) : 0
        return next == Bytes.wordHash("bell") || (k > 1 && h(k - 1) == W.the && (h(k - 2) == Bytes.wordHash("at") || h(k - 2) == Bytes.wordHash("before") || h(k - 2) == Bytes.wordHash("after")) && !(k + 1 < d.tokens.count && h(k + 1) == W.of))
    }

    /// "the launch", "its entry", "Xiaomi's U.S. launch", "a planned opening", "a special charity
    /// flight".
    func isNominal(_ k: Int, phrasal: Bool = false) -> Bool {
        guard k > 0 else { return false }
        // "the A380 first flew", "it first launched": a past form is a verb after "first" too.
        if endsInEd(k) || ClaimExtraction.pastForms.contains(h(k)) { return false }
        let previous = h(k - 1)
        if W.nominalStarts.contains(previous) { return true }
        if d.tokens[k - 1].has(.possessive) || isPossessiveMark(k - 1) { return true }
        // "Deliveries to Boreal Air are due in May": an event word that is only a noun opens the
        // sentence (or follows a comma) with no determiner.
        if W.nounOnlyPredicates.contains(h(k)), d.tokens[k].has(.sentenceStart) || d.tokens[k - 1].isPunctuation(",") { return true }
        // "to take delivery"
        if ClaimExtraction.takeWords.contains(previous), W.nounOnlyPredicates.contains(h(k)) { return true }
        // "its U.S. launch": a modifier between; not before a verb ("The iPhone goes on sale",
        // "the iPhone launched").
        if !phrasal, !endsInEd(k), k > 1, isNameWord(k - 1), W.nominalStarts.contains(h(k - 2)) || d.tokens[k - 2].has(.possessive) { return true }
        // "a special charity flight": up to two lowercase modifiers after an article, when the
        // event word cannot be a verb here ("flight", "delivery"; not "launched", "opens").
        if W.nounOnlyPredicates.contains(h(k)) {
            var j = k - 1
            while j >= 0, j >= k - 2, d.tokens[j].kind == .word, d.tokens[j].has(.lowercase), !W.determiners.contains(h(j)) { j -= 1 }
            if j >= 0, j < k - 1, W.determiners.contains(h(j)) { return true }
        }
        return false
    }

    func endsInEd(_ k: Int) -> Bool {
        let t = d.tokens[k]
        return Int(t.end - t.start) > 3 && (b[Int(t.end) - 1] | 0x20) == 0x64 && (b[Int(t.end) - 2] | 0x20) == 0x65
    }

    /// "the plan released Tuesday": an -ed participle right after a noun, with no auxiliary.
    func isReducedRelative(_ k: Int, clauseStart: Int) -> Bool {
        guard k - 1 >= clauseStart else { return false }
        let t = d.tokens[k]
        let n = Int(t.end - t.start)
        guard n > 3, (b[Int(t.end) - 1] | 0x20) == 0x64, (b[Int(t.end) - 2] | 0x20) == 0x65 else { return false }
        // "Our Principles PAC, which …, launched a television ad": a participle with a direct
        // object is the active verb ("the Mate 10 Pro, released in 2017," has none).
        if k + 1 < d.tokens.count, W.determiners.contains(h(k + 1)) { return false }
        var j = k - 1
        let comma = d.tokens[j].isPunctuation(",")
        if comma, j - 1 >= clauseStart { j -= 1 }
        let previous = d.tokens[j]
        guard previous.kind == .word || previous.kind == .number else { return false }
        // "Sanders announced Tuesday" is a finite verb after a name; "the plan released Tuesday"
        // and "the Mate 10 Pro, released in 2017," are participles.
        if isNameWord(j) && !comma { return false }
        if W.subjectSkip.contains(previous.hash) || W.phraseStops.contains(previous.hash) || W.pronouns.contains(previous.hash) { return false }
        // A finite verb follows its subject directly too ("Huawei launched"): only a noun phrase
        // that is itself an object or a "the …" phrase reads as reduced ("the plan released").
        var s = j
        while s - 1 >= clauseStart, d.tokens[s - 1].kind == .word, !W.phraseStops.contains(h(s - 1)) || W.determiners.contains(h(s - 1)) {
            s -= 1
            if W.determiners.contains(h(s)) { break }
        }
        if comma { return true }
        return s - 1 >= clauseStart && W.prepositions.contains(h(s - 1))
    }

    /// The last word of the noun phrase a reduced participle follows.
    func reducedHead(_ k: Int) -> Int {
        var j = k - 1
        if j >= 0, d.tokens[j].isPunctuation(",") { j -= 1 }
        return max(0, j)
    }

    func isPassive(_ k: Int, clauseStart: Int) -> Bool {
        let t = d.tokens[k]
        let n = Int(t.end - t.start)
        let endsEd = n > 2 && (b[Int(t.end) - 1] | 0x20) == 0x64 && (b[Int(t.end) - 2] | 0x20) == 0x65
        let irregular = [Bytes.wordHash("begun"), Bytes.wordHash("sold"), Bytes.wordHash("bought"), Bytes.wordHash("shut"), Bytes.wordHash("flown"), Bytes.wordHash("set"), Bytes.wordHash("taken")].contains(t.hash)
        guard endsEd || irregular else { return false }
        var j = k - 1
        var steps = 0
        while j >= clauseStart, steps < 3 {
            if W.beForms.contains(h(j)) { return true }
            let tj = d.tokens[j]
            let adverb = tj.kind == .word && tj.has(.lowercase) && Int(tj.end - tj.start) > 3 && (b[Int(tj.end) - 1] | 0x20) == 0x79 && (b[Int(tj.end) - 2] | 0x20) == 0x6C
            if !adverb && h(j) != Bytes.wordHash("also") && h(j) != Bytes.wordHash("now") { return false }
            j -= 1
            steps += 1
        }
        return false
    }

    // MARK: Phrases

    struct Phrase {
        var participant: ClaimParticipant
        var isProper: Bool
        var isPlace: Bool
        var entity: Int?
        /// Names no single thing: "a speech", "the poll", "another store".
        var isVague = false
        /// Whose named facility it is: "Harlow Motors' Oshawa plant".
        var owner: ClaimParticipant? = nil
    }

    /// A named facility's key: "the Oshawa truck plant" → "thing:plant@name:oshawa".
    static func isFacilityKey(_ key: String) -> Bool { key.hasPrefix("thing:") && key.contains("@") }

    /// The product whose name ends in the number at `k` ("Boeing 777" for "the 777"), if the
    /// article names exactly one.
    func productNamed(byNumber k: Int) -> Phrase? {
        let number = text(d.tokens[k].range).lowercased()
        // Not a year: "the 1994 season".
        guard number.utf8.count >= 3, number.allSatisfy(\.isNumber), !(number.utf8.count == 4 && (number.hasPrefix("19") || number.hasPrefix("20"))) else { return nil }
        var found: Phrase? = nil
        for (i, e) in entities.entities.enumerated() where e.type == .product {
            guard e.key == "product:" + number || e.key.hasSuffix(" " + number) else { continue }
            if found != nil { return nil }
            found = Phrase(participant: ClaimParticipant(key: e.key, name: e.name), isProper: true, isPlace: false, entity: i)
        }
        if found != nil { return found }
        // A name the recognizer left untyped: "the Skylark 717" elsewhere in the article.
        let target = d.tokens[k]
        let length = Int(target.end - target.start)
        for (i, t) in d.tokens.enumerated() where i != k && i > 0 && t.kind == .number && Int(t.end - t.start) == length && isNameWord(i - 1) {
            guard (0..<length).allSatisfy({ b[Int(t.start) + $0] == b[Int(target.start) + $0] }) else { continue }
            var s = i - 1
            while s - 1 >= 0, isNameWord(s - 1), s > i - 4 { s -= 1 }
            return properPhrase(s...i)
        }
        return nil
    }

    /// The first organisation the recognizer found in `start..<k` whose name is not part of
    /// `facility` ("the Oshawa plant").
    func companyBefore(_ k: Int, from start: Int, notIn facility: String) -> ClaimParticipant? {
        for j in start..<max(start, k) {
            if let e = entityPhrase(covering: j), let i = e.entity, entities.entities[i].type == .organization, !facility.contains(e.participant.name) {
                return e.participant
            }
        }
        return nil
    }

    /// "Harlow Motors' Oshawa plant": a possessive, or an apostrophe closing a plural name
    /// before another name (which the tokenizer cannot tell from a closing quote).
    func isPossessiveMark(_ i: Int) -> Bool {
        guard i > 0, i < d.tokens.count else { return false }
        let t = d.tokens[i]
        if t.has(.possessive) { return true }
        guard t.kind == .quote, !t.has(.spaceBefore), Int(t.end - t.start) <= 3, (b[Int(d.tokens[i - 1].end) - 1] | 0x20) == 0x73 else { return false }
        return b[Int(t.start)] == 0x27 || (Int(t.end - t.start) == 3 && b[Int(t.start)] == 0xE2 && b[Int(t.start) + 2] == 0x99)
    }

    /// After the name ending at `e`: up to three lowercase words, the last a facility noun ("truck
    /// plant", "store"). The index of that noun.
    func namedFacilityHead(after e: Int, end: Int, stopAt time: Int) -> Int? {
        var m = e + 1
        var head: Int? = nil
        while m < end, m != time, m - e <= 3, d.tokens[m].kind == .word, d.tokens[m].has(.lowercase), !W.phraseStops.contains(h(m)),
            !d.tokens[m].has(.possessive)
        {
            head = W.facilityHeads.contains(h(m)) ? m : nil
            m += 1
        }
        return head
    }

    /// The subject before the event word: passes over auxiliaries, plan verbs, adverbs and an
    /// appositive between commas ("Marguerite Ollis, the museum's founder, died"). A sentence that
    /// opens with the event ("Founded in 1934, the Ledger …") has its subject after the comma.
    func subjectPhrase(before k: Int, clauseStart: Int) -> Phrase? {
        if let opener = participialOpener(k, clauseStart: clauseStart) { return opener }
        var j = k - 1
        while j >= clauseStart {
            let t = d.tokens[j]
            if W.subjectSkip.contains(t.hash) || hasSuffix(j, W.ntSuffix) { j -= 1; continue }
            // "Acme Corp. delivered": the abbreviation's period belongs to the name.
            if t.isPunctuation("."), !t.has(.spaceBefore), j - 1 >= clauseStart, isNameWord(j - 1) || W.corporateSuffixes.contains(h(j - 1)) {
                j -= 1
                break
            }
            // -ly adverbs
            if t.kind == .word, t.has(.lowercase), Int(t.end - t.start) > 3, (b[Int(t.end) - 1] | 0x20) == 0x79, (b[Int(t.end) - 2] | 0x20) == 0x6C {
                j -= 1
                continue
            }
            // "Our Principles PAC, which was founded in 2015, launched …": the subject is the noun
            // before the relative clause that ends at this comma.
            if d.tokens[j].isPunctuation(","), clauseStart >= 3, W.relativeOpeners.contains(h(clauseStart - 1)), d.tokens[clauseStart - 2].isPunctuation(","),
                !(clauseStart..<j).contains(where: { d.tokens[$0].isPunctuation(",") })
            {
                guard let antecedent = phraseEnding(at: clauseStart - 3, clauseStart: max(0, clauseStart - 10)), antecedent.isProper || antecedent.entity != nil else { return nil }
                return antecedent
            }
            // ", the founder of the museum," between subject and verb
            if d.tokens[j].isPunctuation(","), let open = ((clauseStart..<j).last { d.tokens[$0].isPunctuation(",") }), open > clauseStart, j - open <= 12 {
                j = open - 1
                continue
            }
            break
        }
        // "Harlow Motors, which was founded in 1908,": a relative clause's subject is the name
        // before it.
        if j < clauseStart, clauseStart >= 3, W.relativeOpeners.contains(h(clauseStart - 1)), d.tokens[clauseStart - 2].isPunctuation(","),
            let antecedent = phraseEnding(at: clauseStart - 3, clauseStart: max(0, clauseStart - 10)), antecedent.isProper || antecedent.entity != nil
        {
            return antecedent
        }
        guard j >= clauseStart else { return anaphoraInClause(before: k, clauseStart: clauseStart) }
        // "the A380 first flew in April 2005 and is expected to enter service": a second verb
        // phrase has the first one's subject (not "Boeing and Airbus will", where "and" joins names).
        if h(j) == ClaimExtraction.andWord, j - 1 >= clauseStart, !isNameWord(j - 1),
            let verb = (max(clauseStart, j - 15)..<j).last(where: { W.predicates[h($0)] != nil && d.tokens[$0].has(.lowercase) && !W.nounOnlyPredicates.contains(h($0)) })
        {
            return subjectPhrase(before: verb, clauseStart: clauseStart)
        }
        // "from entering", "before launching": the event word heads a phrase, not a clause.
        if W.phraseStops.contains(h(j)) && !W.pronouns.contains(h(j)) { return nil }
        // "the airport, which has had incidents since it opened": a pronoun in a relative clause
        // stands for the noun the clause describes, not for the story's company (whatever the
        // recognizer linked it to).
        if W.pronouns.contains(h(j)), let antecedent = relativeAntecedent(before: j) { return antecedent.phrase }
        // "Analysts at Vantor Capital said the company…": after an attribution, the recognizer's
        // nearest organisation is often the source's; read the anaphor past it.
        if W.organizationAnaphora.contains(h(j)), !isNameWord(j), let cue = speechCue(before: j) {
            let reading = entityPhrase(covering: j)
            if reading == nil || reading?.isProper != true && reading?.entity.map({ isOutsideSource($0, before: cue) }) == true {
                let placeholder = Phrase(participant: ClaimParticipant(key: "", name: ""), isProper: false, isPlace: false)
                return resolveAnaphora(placeholder, before: j, sentenceStart: clauseStart)
            }
        }
        if let e = entityPhrase(covering: j) { return e }
        // "We", "It", "They": pronouns, even when capitalised.
        if W.pronouns.contains(h(j)) || W.pronounsPersonal.contains(h(j)) {
            let placeholder = Phrase(participant: ClaimParticipant(key: "", name: ""), isProper: false, isPlace: false)
            return resolveAnaphora(placeholder, before: j, sentenceStart: clauseStart)
        }
        if let phrase = phraseEnding(at: j, clauseStart: clauseStart) {
            if phrase.isProper || phrase.entity != nil { return phrase }
            if let resolved = resolveAnaphora(phrase, before: j, sentenceStart: clauseStart) { return resolved }
        }
        // "the company is working behind the scenes to expand": an infinitive's subject is the
        // clause's; a finite verb after a common noun ("polls close") has that noun as subject.
        let infinitive = (j + 1..<k).contains { h($0) == W.to }
        return infinitive ? anaphoraInClause(before: j, clauseStart: clauseStart) : nil
    }

    /// The noun phrase before ", which/that/who" when token `j` lies in that relative clause (no
    /// comma or other clause between): `phrase` nil when it cannot be read.
    func relativeAntecedent(before j: Int) -> (phrase: Phrase?, at: Int)? {
        let sentenceStart = d.sentences[d.sentenceIndex(containing: Int(d.tokens[j].start)) ?? 0].tokens.lowerBound
        var k = j - 1
        while k > sentenceStart + 1, k >= j - 15 {
            if d.tokens[k].kind == .punctuation { return nil }
            if W.relativeOpeners.contains(h(k)) || h(k) == ClaimExtraction.thatWord {
                guard d.tokens[k - 1].isPunctuation(",") else { return nil }
                return (phraseEnding(at: k - 2, clauseStart: max(sentenceStart, k - 8)), k)
            }
            k -= 1
        }
        return nil
    }

    /// "Founded in 1934, the Coastal Ledger …", "Launched last year, the Aurora X2 …": the
    /// event word opens the sentence and its subject follows the first comma.
    func participialOpener(_ k: Int, clauseStart: Int) -> Phrase? {
        let sentenceStart = d.sentences[d.sentenceIndex(containing: Int(d.tokens[k].start)) ?? 0].tokens.lowerBound
        guard k == sentenceStart || (k == sentenceStart + 1 && d.tokens[sentenceStart].kind == .quote) else { return nil }
        let t = d.tokens[k]
        let n = Int(t.end - t.start)
        let ed = n > 3 && (b[Int(t.end) - 1] | 0x20) == 0x64 && (b[Int(t.end) - 2] | 0x20) == 0x65
        let ing = n > 4 && (b[Int(t.end) - 1] | 0x20) == 0x67 && (b[Int(t.end) - 2] | 0x20) == 0x6E && (b[Int(t.end) - 3] | 0x20) == 0x69
        guard ed || ing else { return nil }
        let sentenceEnd = d.sentences[d.sentenceIndex(containing: Int(t.start)) ?? 0].tokens.upperBound
        guard let comma = ((k + 1)..<min(sentenceEnd, k + 11)).first(where: { d.tokens[$0].isPunctuation(",") }) else { return nil }
        return nounPhrase(from: comma + 1, end: sentenceEnd, stopAt: -1)
    }

    /// The noun phrase ending at token `j` (searching backward).
    func phraseEnding(at j: Int, clauseStart: Int) -> Phrase? {
        guard j >= 0, j < d.tokens.count, d.tokens[j].kind == .word || d.tokens[j].kind == .number else { return nil }
        if let e = entityPhrase(covering: j) { return e }
        var start = j
        if isNameWord(j) {
            while start - 1 >= clauseStart, isNameWord(start - 1) { start -= 1 }
            // "the Mate 10 Pro": numbers inside a name.
            return properPhrase(start...j)
        }
        // A common phrase: walk back over lowercase words to a determiner.
        var steps = 0
        while start - 1 >= clauseStart, steps < 4 {
            let w = h(start - 1)
            if W.phraseStops.contains(w) && !W.determiners.contains(w) { break }
            if d.tokens[start - 1].kind != .word && d.tokens[start - 1].kind != .number { break }
            start -= 1
            steps += 1
            if W.determiners.contains(w) { break }
        }
        return commonPhrase(start...j)
    }

    /// The index of the entity recognizer's mention covering token `k`, if its entity is known.
    /// The first mention that ends after `offset` (mentions are sorted: a binary search).
    func mentionIndex(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = entities.mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entities.mentions[mid].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func mentionIndex(covering k: Int) -> Int? {
        guard !entities.mentions.isEmpty, k >= 0, k < d.tokens.count else { return nil }
        let offset = Int(d.tokens[k].start)
        // Mentions are sorted and do not overlap.
        let lo = mentionIndex(atOrAfter: offset)
        guard lo < entities.mentions.count, entities.mentions[lo].range.contains(offset) else { return nil }
        let e = entities.mentions[lo].entity
        return e >= 0 && e < entities.entities.count ? lo : nil
    }

    /// A mention from the entity recognizer covering token `k`.
    func entityPhrase(covering k: Int) -> Phrase? {
        guard let m = mentionIndex(covering: k) else { return nil }
        let mention = entities.mentions[m]
        let entity = entities.entities[mention.entity]
        let isPlace = entity.type == .place
        let name = isPlace && ClaimExtraction.placeName(entity.name.lowercased()).hasPrefix("the ") ? "the " + entity.name : entity.name
        return Phrase(participant: ClaimParticipant(key: entity.key, name: name), isProper: mention.kind == .name, isPlace: isPlace, entity: mention.entity)
    }

    /// A capitalised run: a place, or a name keyed by its normalised words.
    func properPhrase(_ r: ClosedRange<Int>) -> Phrase? {
        var s = r.lowerBound
        // A sentence-initial determiner is not part of the name ("The Wall Street Journal" keeps it).
        if W.determiners.contains(h(s)), s < r.upperBound, d.tokens[s].has(.sentenceStart) { s += 1 }
        // A sentence-initial preposition opens an adjunct ("At Worlds 2021, they lost…"): only a
        // place in it is a participant.
        let adjunct = ClaimExtraction.openingPrepositions.contains(h(s)) && s < r.upperBound && d.tokens[s].has(.sentenceStart)
        if adjunct { s += 1 }
        if let place = placeKey(s...r.upperBound) { return Phrase(participant: place, isProper: true, isPlace: true, entity: nil) }
        if adjunct { return nil }
        var words: [String] = []
        for k in s...r.upperBound {
            if W.corporateSuffixes.contains(h(k)) && k > s { continue }
            if h(k) == W.the && k == s { continue }
            words.append(text(d.tokens[k].range))
        }
        guard !words.isEmpty else { return nil }
        let name = words.joined(separator: " ")
        let key = "name:" + ClaimExtraction.nameKey(name)
        return Phrase(participant: ClaimParticipant(key: key, name: name), isProper: true, isPlace: false, entity: nil)
    }

    /// A lowercase phrase: its head noun, singular ("the new stores" → "store").
    func commonPhrase(_ r: ClosedRange<Int>) -> Phrase? {
        let headToken = d.tokens[r.upperBound]
        guard headToken.kind == .word else { return nil }
        // "the U.S. market": a place in a market phrase is the place.
        if W.marketWords.contains(headToken.hash) {
            for k in r where isNameWord(k) || W.places.match({ self.h($0) }, at: k) != nil {
                if let place = placeAt(k) { return Phrase(participant: place, isProper: true, isPlace: true, entity: nil) }
            }
            if let lastPlace { return Phrase(participant: lastPlace, isProper: true, isPlace: true, entity: nil) }
            return nil
        }
        if W.placeAnaphora.contains(headToken.hash), let lastPlace, r.count <= 2 {
            return Phrase(participant: lastPlace, isProper: true, isPlace: true, entity: nil)
        }
        // "the Portville city council": a name inside makes the phrase a name.
        let firstWord = W.determiners.contains(h(r.lowerBound)) ? r.lowerBound + 1 : r.lowerBound
        // "the Oshawa truck plant", "its Elm Street store": a facility, keyed by its noun and the
        // name that says which ("thing:plant@name:oshawa"), so "the Oshawa plant" is the same one.
        // "Ferrand Retail's Leeds store" (read backward): the owner before the possessive.
        var owner: ClaimParticipant? = nil
        var nameFrom = firstWord
        if W.facilityHeads.contains(headToken.hash), firstWord < r.upperBound, let mark = (firstWord..<r.upperBound).last(where: { isPossessiveMark($0) }),
            mark > firstWord, mark + 1 < r.upperBound
        {
            let ownerEnd = d.tokens[mark].kind == .word && isNameWord(mark) ? mark : mark - 1
            if ownerEnd >= firstWord, isNameWord(ownerEnd) {
                var ownerStart = ownerEnd
                while ownerStart > firstWord, isNameWord(ownerStart - 1) { ownerStart -= 1 }
                owner = (entityPhrase(covering: ownerEnd) ?? properPhrase(ownerStart...ownerEnd))?.participant
                nameFrom = mark + 1
            }
        }
        if W.facilityHeads.contains(headToken.hash), headToken.has(.lowercase), nameFrom <= r.upperBound,
            let s = (nameFrom...r.upperBound).first(where: { isNameWord($0) && !isCalendarWord($0) }), !isIndefinite(r)
        {
            var e = s
            while e + 1 < r.upperBound, isNameWord(e + 1) { e += 1 }
            let location: ClaimParticipant
            if let m = entityPhrase(covering: s), m.isPlace {
                location = m.participant
            } else if let place = placeKey(s...e) {
                location = place
            } else {
                let name = (s...e).map { text(d.tokens[$0].range) }.joined(separator: " ")
                location = ClaimParticipant(key: "name:" + ClaimExtraction.nameKey(name), name: name)
            }
            let head = ClaimExtraction.singular(text(headToken.range).lowercased())
            // Named as the article's own determiner gives it ("its Ohio factory"), else "the": a
            // facility's name alone ("Ohio factory") does not read as a noun phrase in messages.
            let determiner = firstWord > r.lowerBound ? text(d.tokens[r.lowerBound].range).lowercased() : "the"
            let name = determiner + " " + (s...e).map { text(d.tokens[$0].range) }.joined(separator: " ") + " " + text(headToken.range)
            return Phrase(participant: ClaimParticipant(key: "thing:" + head + "@" + location.key, name: name), isProper: true, isPlace: false, entity: nil, owner: owner)
        }
        // "the first A380 superjumbo": a product named inside is the thing itself.
        if firstWord <= r.upperBound {
            for k in firstWord...r.upperBound where isNameWord(k) {
                if let e = entityPhrase(covering: k), let i = e.entity, entities.entities[i].type == .product {
                    // "six new A350s", "two A380s": some of the product, not the product's own event.
                    let count = isIndefinite(r)
                    return Phrase(participant: e.participant, isProper: !count, isPlace: false, entity: i, isVague: count)
                }
            }
        }
        // "the aircraft", "the double-deck commercial aircraft": the product named last.
        if W.productAnaphora.contains(headToken.hash), let lastProduct, W.determiners.contains(h(r.lowerBound)), !isIndefinite(r),
            !(firstWord...r.upperBound).contains(where: { isNameWord($0) })
        {
            return Phrase(participant: lastProduct, isProper: true, isPlace: false, entity: nil)
        }
        if firstWord <= r.upperBound, (firstWord...r.upperBound).contains(where: { isNameWord($0) && !isCalendarWord($0) && !isPlaceWord($0) }) {
            let words = (firstWord...r.upperBound).map { text(d.tokens[$0].range) }
            let name = words.joined(separator: " ")
            // "the CNN/ORC poll", "Nordlys's second phone": a named series is still many things.
            let vague = W.recurringNouns.contains(headToken.hash) || isIndefinite(r)
            return Phrase(participant: ClaimParticipant(key: "name:" + ClaimExtraction.nameKey(name), name: name), isProper: !vague, isPlace: false, entity: nil, isVague: vague)
        }
        let vague = W.recurringNouns.contains(headToken.hash) || isIndefinite(r)
        let head = ClaimExtraction.singular(text(headToken.range).lowercased())
        let phrase = r.map { text(d.tokens[$0].range) }.joined(separator: " ")
        return Phrase(participant: ClaimParticipant(key: "thing:" + head, name: phrase), isProper: false, isPlace: false, entity: nil, isVague: vague)
    }

    /// "stores" → "store", "factories" → "factory".
    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    /// "a terminal", "another store", "two plants", "his second ad": not one identified thing.
    func isIndefinite(_ r: ClosedRange<Int>) -> Bool {
        let first = r.lowerBound
        if W.indefinites.contains(h(first)) || d.tokens[first].kind == .number { return true }
        if first + 1 <= r.upperBound, W.determiners.contains(h(first)), W.indefinites.contains(h(first + 1)) || d.tokens[first + 1].kind == .number {
            return h(first + 1) != Bytes.wordHash("new")
        }
        return false
    }

    /// A pronoun or "the company" as the subject: the organisation named earlier in the sentence,
    /// else the last subject, else the story's main organisation.
    func resolveAnaphora(_ phrase: Phrase, before j: Int, sentenceStart: Int) -> Phrase? {
        let head = d.tokens[j].hash
        if W.pronounsPersonal.contains(head) { return nil }
        guard W.organizationAnaphora.contains(head) else { return nil }
        let start = d.sentences[d.sentenceIndex(containing: Int(d.tokens[j].start)) ?? 0].tokens.lowerBound
        // "Analysts at Vantor Capital said the company filed…", "According to Vantor Capital, the
        // automaker…", "Vantor analyst Dana Kole said it…": a name in the attribution is who says
        // so, not what the reported clause is about, unless it is the speaker itself ("Tessel
        // Motors said it…"; for "the company", only when it is also the story's organisation).
        if let cue = (max(start, j - 40)..<j).last(where: { W.speech.contains(h($0)) }) {
            // ("according to X," names its source up to the comma)
            var after = cue + 1
            if h(cue) == ClaimExtraction.accordingWord, let comma = (after..<j).first(where: { d.tokens[$0].isPunctuation(",") }) { after = comma + 1 }
            if after < j, let inClause = nameBefore(j, from: after) { return inClause }
            if let speaker = speakerOrganization(before: cue, from: start) {
                let pronoun = W.pronouns.contains(head)
                if pronoun || salient == nil || speaker.participant.key == salient?.key { return speaker }
            }
            if let s = salient ?? lastSubject, !personKeys.contains(s.key) { return Phrase(participant: s, isProper: true, isPlace: false, entity: nil) }
            return nil
        }
        if let inSentence = nameBefore(j, from: start) {
            return inSentence
        }
        // An organisation word: the story's main organisation before the last name mentioned
        // (which may be a person's).
        if let s = salient ?? lastSubject, !personKeys.contains(s.key) { return Phrase(participant: s, isProper: true, isPlace: false, entity: nil) }
        return nil
    }

    /// The last speech word earlier in the sentence ("said", "according to").
    func speechCue(before j: Int) -> Int? {
        let start = d.sentences[d.sentenceIndex(containing: Int(d.tokens[j].start)) ?? 0].tokens.lowerBound
        return (max(start, j - 40)..<j).last(where: { W.speech.contains(h($0)) })
    }

    /// Entity `e` is named in the attribution before the speech word at `cue` as a source from
    /// outside: governed by a preposition ("analysts at Vantor Capital", "according to Vantor")
    /// or employing an outside voice ("Vantor Capital analyst Dana Kole").
    func isOutsideSource(_ e: Int, before cue: Int) -> Bool {
        let sentence = d.sentences[d.sentenceIndex(containing: Int(d.tokens[cue].start)) ?? 0].tokens
        let start = sentence.lowerBound
        // "According to Vantor Capital, …": the source follows the cue, up to its comma.
        var attributionEnd = cue
        if h(cue) == ClaimExtraction.accordingWord {
            attributionEnd = ((cue + 1)..<min(sentence.upperBound, cue + 12)).first(where: { d.tokens[$0].isPunctuation(",") }) ?? cue
        }
        var k = start
        while k < attributionEnd {
            guard let m = mentionIndex(covering: k), entities.mentions[m].entity == e, entities.mentions[m].kind == .name else {
                k += 1
                continue
            }
            var end = k
            while end + 1 < attributionEnd, mentionIndex(covering: end + 1) == m { end += 1 }
            if k > start, W.prepositions.contains(h(k - 1)) || h(k - 1) == W.to || h(k - 1) == ClaimExtraction.accordingWord { return true }
            if end + 1 < attributionEnd, ClaimWords.outsideVoices.contains(h(end + 1)) { return true }
            k = end + 1
        }
        return false
    }

    /// The organisation that is the subject of the speech word at `cue`: a name right before it
    /// (past auxiliaries and adverbs) that no preposition governs ("Tessel Motors said"; not
    /// "analysts at Vantor Capital said", not a person). For "according to X", nil.
    func speakerOrganization(before cue: Int, from start: Int) -> Phrase? {
        var e = cue - 1
        while e >= start, W.subjectSkip.contains(h(e)) { e -= 1 }
        guard e >= start, isNameWord(e) else { return nil }
        var s = e
        while s - 1 >= start, isNameWord(s - 1) { s -= 1 }
        if s - 1 >= start, W.prepositions.contains(h(s - 1)) { return nil }
        // "Nordvik Chief Executive Ingrid Halvorsen said the company…": a person speaking for an
        // organisation (not an analyst of another one) names it through the role.
        if let p = entityPhrase(covering: e), let i = p.entity, entities.entities[i].type == .person, !ClaimExtraction.endsInIndustryWord(entities.entities[i].name) {
            guard let role = entities.entities[i].roles.first(where: { $0.organizationKey != nil && !ClaimWords.outsideVoices.contains(Bytes.wordHash(String($0.canonicalTitle.split(separator: " ").last ?? ""))) }),
                let org = entities.entities.firstIndex(where: { $0.key == role.organizationKey })
            else { return nil }
            return Phrase(participant: ClaimParticipant(key: entities.entities[org].key, name: entities.entities[org].name), isProper: true, isPlace: false, entity: org)
        }
        guard let p = entityPhrase(covering: e) ?? properPhrase(s...e), !p.isPlace, !personKeys.contains(p.participant.key),
            !p.participant.key.hasPrefix("person:") || ClaimExtraction.endsInIndustryWord(p.participant.key)
        else { return nil }
        return p
    }

    func anaphoraInClause(before k: Int, clauseStart: Int) -> Phrase? {
        var j = k - 1
        while j >= clauseStart, j >= k - 60 {
            if W.organizationAnaphora.contains(h(j)) { return resolveAnaphora(Phrase(participant: ClaimParticipant(key: "", name: ""), isProper: false, isPlace: false), before: j, sentenceStart: clauseStart) }
            if isNameWord(j), !d.tokens[j].has(.sentenceStart) {
                var s = j
                while s - 1 >= clauseStart, isNameWord(s - 1) { s -= 1 }
                if let p = properPhrase(s...j), !p.isPlace { return p }
            }
            j -= 1
        }
        return nil
    }

    /// The first organisation-like name in the sentence before token `j`.
    func nameBefore(_ j: Int, from start: Int) -> Phrase? {
        var k = max(start, j - 60)
        while k < j {
            if isNameWord(k) {
                var e = k
                while e + 1 < j, isNameWord(e + 1) { e += 1 }
                let isSentenceInitialWord = d.tokens[k].has(.sentenceStart) && e == k && !appearsCapitalizedElsewhere(k)
                if !isSentenceInitialWord, !isCalendarWord(k), let p = entityPhrase(covering: k) ?? properPhrase(k...e), !p.isPlace,
                    !personKeys.contains(p.participant.key)
                {
                    return p
                }
                k = e + 1
                continue
            }
            k += 1
        }
        return nil
    }

    static let pronounI = Bytes.wordHash("i")

    func isCalendarWord(_ k: Int) -> Bool {
        let w = h(k)
        return TimeWords.months[w] != nil || TimeWords.weekdays[w] != nil || w == ClaimExtraction.pronounI
    }

    /// A capitalised word at a sentence start is a name when the article writes it capitalised
    /// elsewhere too, or never writes it in lowercase and it is not a common opener.
    func appearsCapitalizedElsewhere(_ k: Int) -> Bool {
        let w = h(k)
        if capitalizedMidSentence.contains(w) { return true }
        return !lowercaseWords.contains(w) && !W.commonOpeners.contains(w) && !W.organizationAnaphora.contains(w)
            && !W.pronounsPersonal.contains(w)
    }

    /// "Xiaomi's launch", "its launch": the owner.
    func possessor(_ k: Int, clauseStart: Int) -> (ClaimParticipant, Int?)? {
        var j = k - 1
        // a modifier: "its U.S. launch"
        if j >= clauseStart, isNameWord(j), j - 1 >= clauseStart, W.nominalStarts.contains(h(j - 1)) || d.tokens[j - 1].has(.possessive) { j -= 1 }
        // lowercase modifiers: "Pelion Mobile's initial public offering", "its long-awaited launch"
        var m = j
        while m >= clauseStart, m > j - 2, d.tokens[m].kind == .word, d.tokens[m].has(.lowercase), !d.tokens[m].has(.possessive),
            !W.phraseStops.contains(h(m)), !W.determiners.contains(h(m)), W.predicates[h(m)] == nil
        {
            m -= 1
        }
        if m < j, m >= clauseStart, d.tokens[m].has(.possessive) || h(m) == Bytes.wordHash("its") || h(m) == Bytes.wordHash("their") { j = m }
        guard j >= clauseStart else { return nil }
        if d.tokens[j].has(.possessive), j - 1 >= clauseStart, let p = phraseEnding(at: j - 1, clauseStart: clauseStart) {
            return (p.participant, p.entity)
        }
        if h(j) == Bytes.wordHash("its") || h(j) == Bytes.wordHash("their") || h(j) == Bytes.wordHash("our") {
            // The entity recognizer's reading of the pronoun first.
            if let e = entityPhrase(covering: j), !e.isPlace { return (e.participant, e.entity) }
            let placeholder = Phrase(participant: ClaimParticipant(key: "", name: ""), isProper: false, isPlace: false)
            if let p = resolveAnaphora(placeholder, before: j, sentenceStart: clauseStart) { return (p.participant, p.entity) }
        }
        // "the company's launch" is handled above; "the launch" alone: the clause's subject.
        if let p = anaphoraInClause(before: j + 1, clauseStart: clauseStart) { return (p.participant, p.entity) }
        return nil
    }

    /// The noun phrase starting at `k` (forward), preferring a named appositive: "its latest
    /// flagship device, the Mate 10 Pro,".
    func nounPhrase(from k: Int, end: Int, stopAt time: Int) -> Phrase? {
        // (Not from a comma: "went on sale on April 26, reviewers noted" has no object.)
        guard k < end, d.tokens[k].kind == .word || d.tokens[k].kind == .number, !W.phraseStops.contains(h(k)) || W.determiners.contains(h(k)) else { return nil }
        var j = k
        while j < end, W.determiners.contains(h(j)) { j += 1 }
        // "its new 787 Dreamliner", "the first A380": a qualifier before a name; the name is the thing.
        if j + 1 < end, j + 1 != time, W.nameQualifiers.contains(h(j)), d.tokens[j].has(.lowercase),
            isNameWord(j + 1) || entityPhrase(covering: j + 1) != nil || (d.tokens[j + 1].kind == .number && isNameWord(j + 2) && j + 2 < end && j + 2 != time)
        {
            j += 1
        }
        // "the first flight of the 777": a bare model number the article names a product by.
        // (Only "the 777" before a function word or the phrase's end: "the 500 cars" is a count.)
        if d.tokens[j].kind == .number, j > k, h(j - 1) == W.the,
            j + 1 >= end || d.tokens[j + 1].kind != .word || W.phraseStops.contains(h(j + 1)) || W.beForms.contains(h(j + 1)),
            let product = productNamed(byNumber: j)
        {
            return product
        }
        // "787 Dreamliner": a model number that opens a name (not a count: "20 Dreamliners").
        if j + 1 < end, j + 1 != time, d.tokens[j].kind == .number, d.tokens[j].end - d.tokens[j].start >= 3, isNameWord(j + 1),
            (b[Int(d.tokens[j + 1].end) - 1] | 0x20) != 0x73, entityPhrase(covering: j) == nil
        {
            var e = j + 1
            while e + 1 < end, e + 1 != time, isNameWord(e + 1) { e += 1 }
            if let named = entityPhrase(covering: j + 1), !named.isPlace { return named }
            return properPhrase(j...e)
        }
        guard j < end, j != time else { return nil }
        if isNameWord(j) {
            var o = j
            while o + 1 < end, o + 1 != time, isNameWord(o + 1) { o += 1 }
            // "Harlow Motors' Oshawa truck plant": an owner's named facility.
            if o + 2 < end, isPossessiveMark(o + 1), o + 2 != time, isNameWord(o + 2),
                var f = nounPhrase(from: o + 2, end: end, stopAt: time), ClaimExtraction.isFacilityKey(f.participant.key)
            {
                f.owner = (entityPhrase(covering: o) ?? properPhrase(j...o))?.participant
                return f
            }
            // "its Oshawa plant": a name before a facility noun says which facility, whatever it names.
            if entityPhrase(covering: j)?.isPlace == false, let head = namedFacilityHead(after: o, end: end, stopAt: time) {
                return commonPhrase(k...head)
            }
        }
        if let e = entityPhrase(covering: j), !(e.isPlace && placeModifiesNoun(j, end: end, stopAt: time)) { return e }
        var e = j
        if isNameWord(j) {
            while e + 1 < end, e + 1 != time, isNameWord(e + 1) { e += 1 }
            // "the U.S. market", "the U.S. wireless market"
            var m = e + 1
            while m < end, m - e <= 3, d.tokens[m].kind == .word, !W.phraseStops.contains(h(m)), m != time {
                if W.marketWords.contains(h(m)), let place = placeKey(j...e) { return Phrase(participant: place, isProper: true, isPlace: true, entity: nil) }
                m += 1
            }
            // "its Elm Street store", "a Republican presidential nominee": the name modifies a noun.
            var tail = e
            let wholeFacilityName = W.facilityHeads.contains(h(e)) && !d.tokens[e].has(.lowercase) && !(e + 1 < end && W.facilityHeads.contains(h(e + 1)))
            while !wholeFacilityName, tail + 1 < end, tail + 1 != time, tail - e < 3, d.tokens[tail + 1].kind == .word, d.tokens[tail + 1].has(.lowercase),
                !W.phraseStops.contains(h(tail + 1)), !d.tokens[tail + 1].has(.possessive)
            {
                tail += 1
            }
            if tail > e { return commonPhrase(k...tail) }
            return properPhrase(j...e)
        }
        var steps = 0
        while e + 1 < end, e + 1 != time, steps < 4, d.tokens[e + 1].kind == .word || isNameWord(e + 1), !W.phraseStops.contains(h(e + 1)), !d.tokens[e + 1].has(.possessive),
            // "the first flight of the aircraft took place": the phrase ends before its clause's verb.
            !ClaimExtraction.verbsEndingPhrase.contains(h(e + 1))
        {
            e += 1
            steps += 1
        }
        guard d.tokens[e].kind == .word else { return nil }
        // A named appositive right after: ", the Mate 10 Pro,"
        if e + 2 < end, d.tokens[e + 1].isPunctuation(","), let named = appositive(from: e + 2, end: end, stopAt: time) { return named }
        // A place inside a market phrase: "the U.S. wireless market"
        return commonPhrase(k...e)
    }

    func appositive(from k: Int, end: Int, stopAt time: Int) -> Phrase? {
        var j = k
        while j < end, W.determiners.contains(h(j)) { j += 1 }
        guard j < end, j != time, isNameWord(j) else { return nil }
        var e = j
        while e + 1 < end, e + 1 != time, isNameWord(e + 1) { e += 1 }
        // "near Columbus, Ohio": a place after a comma locates the phrase, it does not rename it.
        if entityPhrase(covering: j)?.isPlace == true || placeKey(j...e) != nil { return nil }
        return properPhrase(j...e)
    }

    /// A country, region or city, as opposed to a named facility ("the Northline Arena", "the
    /// Harbour Bridge"), which can open or close on its own.
    func isGeographic(_ p: ClaimParticipant) -> Bool {
        guard p.key.hasPrefix("place:") else { return false }
        let last = p.name.split(separator: " ").last.map { Bytes.wordHash(String($0)) } ?? 0
        return !W.facilityHeads.contains(last)
    }

    /// A word that names a place, by the claim lexicon or the entity recognizer.
    func isPlaceWord(_ k: Int) -> Bool {
        placeAt(k) != nil || entityPhrase(covering: k)?.isPlace == true
    }

    /// A place name used as a modifier: "its Ohio factory", "the U.S. market" (a lowercase noun
    /// follows the name), so the phrase is about the noun.
    func placeModifiesNoun(_ j: Int, end: Int, stopAt time: Int) -> Bool {
        var e = j
        while e + 1 < end, e + 1 != time, isNameWord(e + 1) { e += 1 }
        let next = e + 1
        // "the Kessel Street Bridge drew crowds": a name ending in a facility noun is whole.
        // (But "its Elm Street store": a facility noun follows.)
        if W.facilityHeads.contains(h(e)), !d.tokens[e].has(.lowercase), !(next < end && W.facilityHeads.contains(h(next))) { return false }
        return next < end && next != time && d.tokens[next].kind == .word && d.tokens[next].has(.lowercase)
            && !W.phraseStops.contains(h(next)) && !d.tokens[next].has(.possessive)
    }

    /// The first place after the event word: "into Mexico", "in the United States", "the U.S.
    /// market", or "the market"/"the country" for the last place named.
    func findPlace(from k: Int, end: Int, skipping time: ClosedRange<Int>) -> ClaimParticipant? {
        findPlaceIndex(from: k, end: end, skipping: time)?.0
    }

    /// `findPlace`, with the token where the place (or "the market") starts.
    func findPlaceIndex(from k: Int, end: Int, skipping time: ClosedRange<Int>) -> (ClaimParticipant, Int)? {
        var j = k
        var steps = 0
        while j < end, steps < 12 {
            if time.contains(j) {
                j = time.upperBound + 1
                continue
            }
            if let e = entityPhrase(covering: j) {
                if e.isPlace { return (e.participant, j) }
                // "to Singapore Airlines": a place word inside another name is no place.
                while j < end, entityPhrase(covering: j)?.entity == e.entity { j += 1 }
                steps += 1
                continue
            }
            if isNameWord(j) || d.tokens[j].has(.allCaps), let place = placeAt(j) { return (place, j) }
            if W.marketWords.contains(h(j)) || W.placeAnaphora.contains(h(j)), j > k, W.determiners.contains(h(j - 1)), let lastPlace {
                return (lastPlace, j)
            }
            j += 1
            steps += 1
        }
        return nil
    }

    func placeAt(_ k: Int) -> ClaimParticipant? {
        guard let (_, canonical) = placeMatch(k) else { return nil }
        return ClaimParticipant(key: "place:" + canonical, name: ClaimExtraction.placeName(canonical))
    }

    /// The place name starting at token `k`: its length in tokens and canonical form.
    func placeMatch(_ k: Int) -> (length: Int, value: String)? {
        guard isNameWord(k) || d.tokens[k].has(.allCaps) else { return nil }
        return W.places.match({ self.h($0) }, at: k)
    }

    func placeKey(_ r: ClosedRange<Int>) -> ClaimParticipant? {
        guard let (length, canonical) = W.places.match({ self.h($0) }, at: r.lowerBound), r.lowerBound + length - 1 >= r.upperBound - 0 || length == r.count else {
            return nil
        }
        return ClaimParticipant(key: "place:" + canonical, name: ClaimExtraction.placeName(canonical))
    }

    static func placeName(_ canonical: String) -> String {
        let words = canonical.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        switch canonical {
        case "united states", "united kingdom", "european union", "united arab emirates", "netherlands", "philippines", "middle east":
            return "the " + words
        default:
            return words
        }
    }

    /// The sentence says the date moved.
    func isRevision(_ r: Range<Int>) -> Bool {
        for k in r where W.revisionCues.contains(h(k)) {
            if W.revisionNeedsPartner.contains(h(k)) {
                let next = k + 1 < r.upperBound ? h(k + 1) : 0
                let after = k + 2 < r.upperBound ? h(k + 2) : 0
                if W.revisionPartners.contains(next) || W.revisionPartners.contains(after) { return true }
                continue
            }
            return true
        }
        // "is now expected in 2020", "now scheduled for"
        for k in r where h(k) == W.now && k + 1 < r.upperBound {
            let next = d.tokens[k + 1].hash
            if next == Bytes.wordHash("expected") || next == Bytes.wordHash("scheduled") || next == Bytes.wordHash("slated") || next == Bytes.wordHash("due") || next == Bytes.wordHash("set") {
                return true
            }
        }
        return false
    }

    // MARK: Discourse

    /// Updates the last place and the last subject from a sentence.
    mutating func remember(_ sentence: Sentence) {
        var k = sentence.tokens.lowerBound
        var firstName: ClaimParticipant? = nil
        rememberDeal(sentence)
        // Only the sentence's last place and product are kept: note where they are, and spell
        // them out once at the end.
        var place: (token: Int, isMention: Bool)? = nil
        var product: Int? = nil
        // The mention covering each token, read with one cursor over the sorted mentions (the
        // same answer as `mentionIndex(covering:)`, without a search per token).
        let mentions = entities.mentions
        var m = k < d.tokens.count ? mentionIndex(atOrAfter: Int(d.tokens[k].start)) : mentions.count
        while k < sentence.tokens.upperBound {
            let offset = Int(d.tokens[k].start)
            while m < mentions.count, mentions[m].range.upperBound <= offset { m += 1 }
            let covering = m < mentions.count && mentions[m].range.contains(offset) && mentions[m].entity >= 0 && mentions[m].entity < entities.entities.count
            let type = covering ? entities.entities[mentions[m].entity].type : nil
            if type == .place {
                place = (k, true)
            } else if type == .product {
                product = k
            } else if let (length, _) = placeMatch(k) {
                place = (k, false)
                k += length
                continue
            } else if firstName == nil, isNameWord(k), !isCalendarWord(k) {
                var e = k
                while e + 1 < sentence.tokens.upperBound, isNameWord(e + 1) { e += 1 }
                let sentenceInitial = d.tokens[k].has(.sentenceStart) && e == k && !appearsCapitalizedElsewhere(k)
                if !sentenceInitial, let p = properPhrase(k...e), !p.isPlace, !personKeys.contains(p.participant.key) { firstName = p.participant }
                k = e + 1
                continue
            }
            k += 1
        }
        if let firstName { lastSubject = firstName }
        if let place { lastPlace = place.isMention ? entityPhrase(covering: place.token)?.participant : placeAt(place.token) }
        if let product, let p = entityPhrase(covering: product) { lastProduct = p.participant }
    }

    /// A deal the sentence names: a takeover word with a name before and after it ("Halden
    /// Shipping to buy Brix Freight", "Ryanair's takeover of Aer Lingus"), for a later "the deal
    /// was completed".
    mutating func rememberDeal(_ sentence: Sentence) {
        let r = sentence.tokens
        guard let w = r.first(where: { k in W.predicates[h(k)].map { $0 == "acquire" || $0 == "merge" || $0 == "sell" } ?? false }) else { return }
        if W.predicates[h(w)] == "sell" {
            // "Harlow Motors to sell Saabro Group to Spyden Motors": the buyer and what it buys.
            var k = w + 1
            while k < min(r.upperBound, w + 4), !isNameWord(k) { k += 1 }
            guard k < min(r.upperBound, w + 4) else { return }
            var e = k
            while e + 1 < r.upperBound, isNameWord(e + 1) { e += 1 }
            guard let company = dealParty(k...e), let buyer = buyer(after: e + 1, clauseEnd: r.upperBound, time: -1...(-1)), buyer.key != company.key else { return }
            lastDeal = (buyer, company)
            return
        }
        // The nearest name before the word (its last word) and after it (its first word).
        var before = w - 1
        while before >= max(r.lowerBound, w - 10), !(isNameWord(before) && !isCalendarWord(before)) { before -= 1 }
        var after = w + 1
        while after < min(r.upperBound, w + 7), !(isNameWord(after) && !isCalendarWord(after)) { after += 1 }
        guard before >= max(r.lowerBound, w - 10), after < min(r.upperBound, w + 7) else { return }
        var start = before
        while start - 1 >= r.lowerBound, isNameWord(start - 1) { start -= 1 }
        var end = after
        while end + 1 < r.upperBound, isNameWord(end + 1) { end += 1 }
        guard let x = dealParty(start...before), let y = dealParty(after...end), x.key != y.key else { return }
        lastDeal = (x, y)
    }

    /// A company named by a run of name words: the recognizer's entity (not a place), or the name.
    func dealParty(_ r: ClosedRange<Int>) -> ClaimParticipant? {
        if let m = entityPhrase(covering: r.upperBound) { return m.isPlace ? nil : m.participant }
        if d.tokens[r.lowerBound].has(.sentenceStart), r.count == 1, !appearsCapitalizedElsewhere(r.lowerBound) { return nil }
        guard let p = properPhrase(r), !p.isPlace else { return nil }
        return p.participant
    }

    /// The name the article repeats most (not people, places, months or weekdays): the
    /// organisation the story is about.
    func mostFrequentName() -> ClaimParticipant? {
        var counts: [String: (count: Int, first: Int, participant: ClaimParticipant)] = [:]
        for sentence in d.sentences {
            guard sentence.paragraph < d.paragraphs.count, d.paragraphs[sentence.paragraph].kind != .boilerplate else { continue }
            var k = sentence.tokens.lowerBound
            while k < sentence.tokens.upperBound {
                guard isNameWord(k), !isCalendarWord(k) else {
                    k += 1
                    continue
                }
                if placeAt(k) != nil {
                    k += W.places.match({ self.h($0) }, at: k)?.length ?? 1
                    continue
                }
                var e = k
                while e + 1 < sentence.tokens.upperBound, isNameWord(e + 1) { e += 1 }
                let sentenceInitial = d.tokens[k].has(.sentenceStart) && e == k && !appearsCapitalizedElsewhere(k)
                if !sentenceInitial, placeAt(k) == nil, entityPhrase(covering: k)?.isPlace != true, let p = properPhrase(k...e), !p.isPlace,
                    !personKeys.contains(p.participant.key)
                {
                    let key = p.participant.key
                    if let existing = counts[key] {
                        counts[key] = (existing.count + 1, existing.first, existing.participant)
                    } else {
                        counts[key] = (1, k, p.participant)
                    }
                }
                k = e + 1
            }
        }
        let best = counts.values.max { ($0.count, -$0.first) < ($1.count, -$1.first) }
        guard let best, best.count >= 2 else { return nil }
        return best.participant
    }
}
