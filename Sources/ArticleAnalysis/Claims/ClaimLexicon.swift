/// Word lists the claim extractor reads, as data: event verbs and nouns by class, the words that
/// make a sentence a plan, negate it or revise a date, and place aliases so "the U.S. market",
/// "the US market" and "the United States" name one place.
enum ClaimLexicon {
    /// Event words → predicate class. Verb forms and the nouns that name the same event.
    static let predicates: [(String, String)] = [
        // enter / expand into / launch in
        ("enter", "enter"), ("enters", "enter"), ("entered", "enter"), ("entering", "enter"), ("entry", "enter"),
        ("expand", "enter"), ("expands", "enter"), ("expanded", "enter"), ("expanding", "enter"), ("expansion", "enter"),
        ("penetrate", "enter"), ("penetrates", "enter"), ("penetrated", "enter"), ("penetrating", "enter"),
        // launch / release / unveil
        ("launch", "launch"), ("launches", "launch"), ("launched", "launch"), ("launching", "launch"),
        ("release", "launch"), ("releases", "launch"), ("released", "launch"), ("releasing", "launch"),
        ("unveil", "launch"), ("unveils", "launch"), ("unveiled", "launch"), ("unveiling", "launch"),
        ("debut", "launch"), ("debuts", "launch"), ("debuted", "launch"), ("debuting", "launch"),
        ("rollout", "launch"), ("introduce", "launch"), ("introduces", "launch"), ("introduced", "launch"),
        ("introducing", "launch"), ("premiere", "launch"), ("premieres", "launch"), ("premiered", "launch"),
        // open / reopen
        ("open", "open"), ("opens", "open"), ("opened", "open"), ("opening", "open"), ("reopen", "open"),
        ("reopens", "open"), ("reopened", "open"), ("reopening", "open"), ("inaugurate", "open"),
        ("inaugurates", "open"), ("inaugurated", "open"), ("inauguration", "open"),
        // close
        ("close", "close"), ("closes", "close"), ("closed", "close"), ("closing", "close"), ("closure", "close"),
        ("shutdown", "close"), ("shutter", "close"), ("shutters", "close"), ("shuttered", "close"), ("shuttering", "close"),
        // vote
        ("vote", "vote"), ("votes", "vote"), ("voted", "vote"), ("voting", "vote"), ("referendum", "vote"),
        ("ballot", "vote"),
        // deliver / ship
        ("deliver", "deliver"), ("delivers", "deliver"), ("delivered", "deliver"), ("delivering", "deliver"),
        ("delivery", "deliver"), ("deliveries", "deliver"), ("receive", "deliver"), ("receives", "deliver"),
        ("received", "deliver"), ("receiving", "deliver"), ("ship", "deliver"), ("ships", "deliver"),
        ("shipped", "deliver"), ("shipping", "deliver"), ("shipment", "deliver"), ("shipments", "deliver"),
        // found / establish
        ("founded", "found"), ("founding", "found"), ("establish", "found"), ("establishes", "found"),
        ("established", "found"), ("establishing", "found"), ("incorporated", "found"),
        // start / finish
        ("start", "start"), ("starts", "start"), ("started", "start"), ("starting", "start"), ("begin", "start"),
        ("begins", "start"), ("began", "start"), ("begun", "start"), ("commence", "start"), ("commences", "start"),
        ("commenced", "start"), ("finish", "finish"), ("finishes", "finish"), ("finished", "finish"),
        ("finishing", "finish"), ("complete", "finish"), ("completes", "finish"), ("completed", "finish"),
        ("completing", "finish"), ("completion", "finish"), ("conclude", "finish"), ("concludes", "finish"),
        ("concluded", "finish"),
        // announce
        ("announce", "announce"), ("announces", "announce"), ("announced", "announce"), ("announcing", "announce"),
        ("announcement", "announce"),
        // acquire / merge
        ("acquire", "acquire"), ("acquires", "acquire"), ("acquired", "acquire"), ("acquiring", "acquire"),
        ("acquisition", "acquire"), ("buy", "acquire"), ("buys", "acquire"), ("bought", "acquire"),
        ("purchase", "acquire"), ("purchased", "acquire"), ("takeover", "acquire"), ("buyout", "acquire"),
        ("merge", "merge"), ("merges", "merge"), ("merged", "merge"), ("merger", "merge"),
        // go bankrupt (a filing verb or an owner must come with the word: see `ClaimExtraction.bankruptcy`)
        ("bankruptcy", "bankrupt"), ("bankrupt", "bankrupt"), ("insolvency", "bankrupt"),
        // sign / hold
        ("sign", "sign"), ("signs", "sign"), ("signed", "sign"), ("signing", "sign"),
        // list (go public)
        ("ipo", "list"), ("listing", "list"),
        // fly (first flights)
        ("flight", "fly"), ("flew", "fly"), ("fly", "fly"), ("flies", "fly"), ("flown", "fly"),
        // resign / die
        ("resign", "resign"), ("resigns", "resign"), ("resigned", "resign"), ("resignation", "resign"),
        ("died", "die"), ("dies", "die"), ("death", "die"), ("oust", "resign"), ("ousts", "resign"), ("ousted", "resign"),
        ("ouster", "resign"), ("sacked", "resign"),
        // defeat a rival for a contract (see `contestPrizes`)
        ("defeat", "defeat"), ("defeats", "defeat"), ("defeated", "defeat"), ("defeating", "defeat"), ("beat", "defeat"),
        ("beats", "defeat"), ("beaten", "defeat"), ("beating", "defeat"), ("outbid", "defeat"), ("outbids", "defeat"),
        // born: one birth per person ("was born in 1948", "born on May 4, 1951")
        ("born", "born"),
        // assassinated: the victim's death
        ("assassinated", "die"), ("assassination", "die"),
        // join an organisation: one event per member and organisation (a named one; see `join`)
        ("join", "join"), ("joins", "join"), ("joined", "join"), ("joining", "join"),
        // arrested: one event of the person arrested
        ("arrest", "arrest"), ("arrests", "arrest"), ("arrested", "arrest"), ("arresting", "arrest"),
        // convicted and sentenced: once per person and case (see `personEvents`)
        // (Not "conviction", which is as often a belief.)
        ("convicted", "convict"), ("sentenced", "sentence"), ("sentencing", "sentence"),
        // killed: a named person's death (not "fired": "fired back", "fired a shot", "fired up")
        ("killed", "die"),
        // sell
        ("sell", "sell"), ("sells", "sell"), ("sold", "sell"), ("selling", "sell"), ("sale", "sell"),
    ]

    /// Two-word predicates: "roll out", "shut down", "set up", "go public", "step down".
    static let phrasalPredicates: [(String, String)] = [
        ("roll out", "launch"), ("rolls out", "launch"), ("rolled out", "launch"), ("rolling out", "launch"),
        ("shut down", "close"), ("shuts down", "close"), ("shutting down", "close"), ("set up", "found"),
        ("sets up", "found"), ("setting up", "found"), ("go public", "list"), ("goes public", "list"),
        ("went public", "list"), ("going public", "list"), ("step down", "resign"), ("steps down", "resign"),
        ("stepped down", "resign"), ("go on sale", "launch"), ("goes on sale", "launch"), ("went on sale", "launch"),
        ("hit shelves", "launch"), ("hits shelves", "launch"), ("break into", "enter"), ("breaks into", "enter"),
        ("move into", "enter"), ("moves into", "enter"), ("moved into", "enter"), ("kick off", "start"),
        ("kicks off", "start"), ("kicked off", "start"), ("take off", "fly"), ("took off", "fly"),
        ("first flight", "fly"), ("maiden flight", "fly"), ("public offering", "list"),
        ("enter service", "service"), ("enters service", "service"), ("entered service", "service"),
        ("entering service", "service"), ("enter commercial service", "service"), ("enters commercial service", "service"),
        ("entered commercial service", "service"), ("entering commercial service", "service"), ("entry into service", "service"),
        ("forced out", "resign"), ("chapter 11", "bankrupt"),
        ("take over", "acquire"), ("takes over", "acquire"), ("took over", "acquire"), ("taken over", "acquire"),
        ("taking over", "acquire"), ("hand over", "deliver"), ("hands over", "deliver"), ("handed over", "deliver"),
        ("handing over", "deliver"), ("began trading", "list"), ("begin trading", "list"), ("begins trading", "list"),
        ("started trading", "list"), ("start trading", "list"), ("starts trading", "list"), ("buy out", "acquire"), ("buys out", "acquire"), ("bought out", "acquire"),
    ] + bankruptcyExits

    /// Leaving bankruptcy: "emerged from bankruptcy", "exited Chapter 11", "came out of court
    /// protection". One event per company, apart from the filing.
    static let bankruptcyExits: [(String, String)] = {
        let verbs = [
            "emerge from", "emerges from", "emerged from", "emerging from", "exit", "exits", "exited", "exiting",
            "came out of", "come out of", "comes out of", "coming out of",
        ]
        let states = ["bankruptcy", "chapter 11", "court protection", "creditor protection", "administration"]
        return verbs.flatMap { verb in states.map { (verb + " " + $0, "emerge") } }
    }()

    /// Words before "flight" that make it the start of service, not the first flight: "the first
    /// commercial flight" is a product entering service.
    static let serviceFlightKinds: [String] = ["commercial", "passenger", "revenue", "scheduled", "regular", "paying"]

    /// Nouns that name a deal between two companies: "completed the deal", "the merger was
    /// completed". With the takeover words, one event per pair of companies and phase.
    static let dealNouns: [String] = [
        "deal", "takeover", "acquisition", "merger", "buyout", "purchase", "transaction", "tie-up",
    ]

    /// Words before a deal word that make the dated event the agreement, not the completion:
    /// "announced its takeover of", "agreed to buy", "signed a merger agreement".
    static let dealAgreementCues: [String] = [
        "announce", "announces", "announced", "announcing", "announcement", "agree", "agrees", "agreed", "agreeing",
        "agreement", "sign", "signs", "signed", "signing", "unveil", "unveils", "unveiled", "propose", "proposes",
        "proposed",
    ]

    /// Words that make the dated event a regulator's or shareholders' approval of a deal.
    static let dealApprovalCues: [String] = [
        "approve", "approves", "approved", "approving", "approval", "clear", "clears", "cleared", "clearance",
        "authorise", "authorised", "authorize", "authorized", "ratify", "ratified", "ratifies",
    ]

    /// Words that make a deal word a bid, which may be made, raised and dropped many times: "a
    /// takeover bid", "attempting to take over", "talks to acquire". No claim.
    static let dealBidCues: [String] = [
        "bid", "bids", "bidding", "offer", "offers", "offered", "offering", "attempt", "attempts", "attempted",
        "attempting", "try", "tries", "tried", "trying", "seek", "seeks", "sought", "seeking", "talks", "approach",
        "hostile", "reject", "rejects", "rejected", "block", "blocks", "blocked", "abandon", "abandons", "abandoned",
        "consider", "considers", "considered", "considering", "battle", "fight", "rumoured", "rumored", "speculation",
    ]

    /// Words that say a deal closed: "completed the deal", "the merger closed", "finalised".
    static let dealCompletionCues: [String] = [
        "complete", "completes", "completed", "completing", "completion", "close", "closes", "closed", "closing",
        "finalise", "finalises", "finalised", "finalize", "finalizes", "finalized", "conclude", "concludes", "concluded",
    ]

    /// What makes "bankruptcy" an event: a filing verb before it ("filed for Chapter 11
    /// bankruptcy", "went bankrupt", "declared insolvency").
    static let bankruptcyVerbs: [String] = [
        "file", "files", "filed", "filing", "declare", "declares", "declared", "declaring", "go", "goes", "went", "gone",
        "going", "enter", "enters", "entered", "entering", "seek", "seeks", "sought", "seeking",
    ]

    /// Words before "bankruptcy" that a filing passes over: "filed for Chapter 11 bankruptcy".
    static let bankruptcyFillers: [String] = ["for", "into", "chapter", "11", "7", "voluntary", "itself"]

    /// Nouns after "bankruptcy" that still name the filing ("bankruptcy protection", "its
    /// bankruptcy filing"); any other noun there ("bankruptcy court", "bankruptcy exit") is not it.
    static let bankruptcyHeads: [String] = ["protection", "filing", "petition", "bankruptcy"]

    /// Words before "bankruptcy" that make it the other end: "emerged from bankruptcy".
    static let bankruptcyExit: [String] = [
        "emerge", "emerges", "emerged", "emerging", "exit", "exits", "exited", "exiting", "out", "leave", "leaves",
        "left", "from", "during", "through", "in", "avoid", "avoids", "avoided", "avoiding", "escape", "escaped",
        "near", "brink", "verge", "edge", "threat", "risk", "possible", "potential", "facing", "faces", "faced",
    ]

    /// Predicates that only mean entering when a place follows: "expand into Mexico", "launch in
    /// the US", "sell in the United States".
    static let enterWithPlace: Set<String> = ["launch", "sell"]

    /// Words that make the event a plan or expectation, not a fact.
    static let planCues: [String] = [
        "will", "'ll", "shall", "would", "could", "may", "might", "should", "plan", "plans", "planned", "planning",
        "aim", "aims", "aimed", "aiming", "hope", "hopes", "hoped", "hoping", "expect", "expects", "expected",
        "expecting", "intend", "intends", "intended", "intending", "target", "targets", "targeted", "targeting",
        "scheduled", "slated", "due", "going", "looking", "seeks", "seek", "seeking", "want", "wants", "wanted",
        "considering", "preparing", "poised", "ready", "set", "likely", "unlikely", "able", "goal", "promised",
        "promises", "pledged", "pledges", "vowed", "vows", "wo", "won't", "gonna", "tentatively", "proposed",
        "upcoming", "forthcoming", "next", "eyeing", "eyes", "mulling", "weighing", "expectation", "hopeful",
    ]

    static let negations: [String] = ["not", "never", "n't", "no", "won't", "wont", "can't", "cannot", "didn't", "doesn't", "don't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't", "neither", "nor"]

    /// Words saying a date moved.
    static let revisionCues: [String] = [
        "delay", "delays", "delayed", "delaying", "postpone", "postpones", "postponed", "postponing", "postponement",
        "reschedule", "reschedules", "rescheduled", "rescheduling", "defer", "defers", "deferred", "deferring",
        "slip", "slips", "slipped", "slipping", "rescheduled", "pushed", "push", "pushes", "pushing", "moved",
        "brought", "advanced", "revised", "revises", "behind", "instead", "originally", "initially", "previously",
        "earlier-than-planned", "later-than-planned", "setback", "setbacks",
    ]

    /// Revision words that need a particle or context to mean "moved": "pushed back", "moved up",
    /// "brought forward", "behind schedule", "originally planned".
    static let revisionNeedsPartner: Set<String> = ["pushed", "push", "pushes", "pushing", "moved", "brought", "advanced", "behind", "instead", "originally", "initially", "previously", "slip", "slips", "slipped", "slipping"]
    static let revisionPartners: [String] = [
        "back", "out", "up", "forward", "ahead", "schedule", "of", "planned", "scheduled", "expected", "due", "slated",
        "targeted", "to", "into", "until", "from",
    ]

    /// Words the backward search for a subject passes over: auxiliaries, modals, plan verbs, adverbs.
    static let subjectSkip: [String] = [
        "will", "would", "can", "could", "may", "might", "shall", "should", "must", "'ll", "is", "are", "was", "were",
        "be", "been", "being", "has", "have", "had", "do", "does", "did", "to", "not", "n't", "never", "also", "still",
        "now", "already", "finally", "officially", "reportedly", "apparently", "technically", "just", "soon", "then",
        "actually", "currently", "plans", "plan", "planned", "planning", "aims", "aim", "aiming", "aimed", "hopes",
        "hope", "hoping", "hoped", "expects", "expect", "expected", "expecting", "intends", "intend", "intended",
        "intending", "wants", "want", "wanted", "looking", "seeks", "seek", "seeking", "targets", "targeting",
        "targeted", "set", "scheduled", "slated", "due", "going", "able", "poised", "ready", "preparing", "prepared",
        "trying", "tries", "tried", "working", "considering", "likely", "unlikely", "about", "again", "first",
        "eventually", "initially", "originally", "once", "formally", "publicly", "tentatively", "likely", "keen",
        "eager", "looks", "look", "promised", "promises", "pledged", "vowed", "try", "decided", "agreed", "agrees",
        "agree", "needs", "need", "needed", "started", "begin", "began", "start", "starts", "begins", "won't", "wo",
        "cannot", "can't", "didn't", "doesn't", "don't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
        "finally", "only", "ever", "long", "even", "gonna", "'s", "'re", "'ve", "apparently", "mulling", "weighing",
        "eyeing",
    ]

    /// Words that end a noun phrase when searching backward or forward.
    static let phraseStops: [String] = [
        "said", "says", "say", "told", "that", "which", "who", "whom", "whose", "where", "when", "while", "and", "or",
        "but", "if", "because", "as", "than", "of", "in", "into", "on", "at", "by", "for", "from", "with", "without",
        "to", "after", "before", "since", "until", "during", "over", "under", "through", "about", "against", "between",
        "among", "like", "including", "according", "although", "though", "whether", "so", "yet", "also", "is", "are",
        "near", "outside", "inside", "beside", "beyond", "across", "around", "toward", "towards", "within", "via",
        "was", "were", "will", "would", "has", "have", "had", "be", "been", "can", "could", "may", "might", "should",
        "its", "their", "his", "her", "our", "your", "my",
    ]

    /// Nouns that end the name of a built place: such a place can open, close or be delivered.
    static let facilityHeads: [String] = [
        "arena", "stadium", "bridge", "tunnel", "station", "terminal", "airport", "port", "harbour", "harbor", "museum",
        "gallery", "library", "theatre", "theater", "hall", "centre", "center", "mall", "tower", "hospital", "school",
        "campus", "plant", "factory", "mill", "mine", "line", "railway", "park", "zoo", "building", "hotel", "pier",
        "dam", "highway", "road", "street", "avenue", "square", "market", "store",
    ]

    /// Determiners and possessives that may open a noun phrase.
    static let determiners: [String] = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "your", "my"]

    /// Pronouns and nominals that stand for the organisation the story is about.
    static let organizationAnaphora: [String] = [
        "it", "its", "they", "their", "we", "our", "us", "company", "firm", "group", "automaker", "carmaker",
        "airline", "brand", "manufacturer", "maker", "retailer", "bank", "startup", "giant", "chipmaker", "network",
        "studio", "vendor", "operator", "carrier", "business", "conglomerate", "corporation", "insurer", "lender",
        "developer", "producer", "supplier", "outfit", "chain", "platform", "service", "team", "club", "party",
        "government", "agency", "council", "board", "ministry", "administration", "city", "state",
    ]

    /// Corporate suffixes dropped from a name's key.
    static let corporateSuffixes: [String] = [
        "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "plc", "llc", "sa", "ag", "nv",
        "n.v.", "se", "gmbh", "limited", "incorporated", "holdings",
    ]

    /// Place aliases: written form → canonical name. Demonyms name the place ("American market").
    static let places: [(String, String)] = [
        ("us", "united states"), ("u.s.", "united states"), ("usa", "united states"), ("u.s.a.", "united states"),
        ("united states", "united states"), ("united states of america", "united states"), ("america", "united states"),
        ("american", "united states"), ("the states", "united states"),
        ("uk", "united kingdom"), ("u.k.", "united kingdom"), ("britain", "united kingdom"),
        ("great britain", "united kingdom"), ("united kingdom", "united kingdom"), ("british", "united kingdom"),
        ("eu", "european union"), ("e.u.", "european union"), ("european union", "european union"),
        ("europe", "europe"), ("european", "europe"),
        ("china", "china"), ("mainland china", "china"), ("prc", "china"), ("chinese", "china"),
        ("uae", "united arab emirates"), ("u.a.e.", "united arab emirates"), ("united arab emirates", "united arab emirates"),
        ("emirati", "united arab emirates"),
        ("india", "india"), ("indian", "india"), ("japan", "japan"), ("japanese", "japan"), ("germany", "germany"),
        ("german", "germany"), ("france", "france"), ("french", "france"), ("mexico", "mexico"), ("mexican", "mexico"),
        ("canada", "canada"), ("canadian", "canada"), ("brazil", "brazil"), ("brazilian", "brazil"),
        ("russia", "russia"), ("russian", "russia"), ("south korea", "south korea"), ("korea", "south korea"),
        ("korean", "south korea"), ("south korean", "south korea"), ("australia", "australia"),
        ("australian", "australia"), ("italy", "italy"), ("italian", "italy"), ("spain", "spain"), ("spanish", "spain"),
        ("latin america", "latin america"), ("africa", "africa"), ("african", "africa"), ("asia", "asia"),
        ("asian", "asia"), ("southeast asia", "southeast asia"), ("middle east", "middle east"),
        ("indonesia", "indonesia"), ("indonesian", "indonesia"), ("vietnam", "vietnam"), ("vietnamese", "vietnam"),
        ("taiwan", "taiwan"), ("taiwanese", "taiwan"), ("hong kong", "hong kong"), ("singapore", "singapore"),
        ("netherlands", "netherlands"), ("dutch", "netherlands"), ("switzerland", "switzerland"), ("swiss", "switzerland"),
        ("sweden", "sweden"), ("swedish", "sweden"), ("turkey", "turkey"), ("turkish", "turkey"),
        ("nigeria", "nigeria"), ("nigerian", "nigeria"), ("south africa", "south africa"),
        ("saudi arabia", "saudi arabia"), ("saudi", "saudi arabia"), ("israel", "israel"), ("israeli", "israel"),
        ("pakistan", "pakistan"), ("pakistani", "pakistan"), ("philippines", "philippines"), ("filipino", "philippines"),
        ("thailand", "thailand"), ("thai", "thailand"), ("malaysia", "malaysia"), ("malaysian", "malaysia"),
        ("argentina", "argentina"), ("argentine", "argentina"), ("chile", "chile"), ("colombia", "colombia"),
        ("egypt", "egypt"), ("egyptian", "egypt"), ("iran", "iran"), ("iranian", "iran"), ("ireland", "ireland"),
        ("irish", "ireland"), ("poland", "poland"), ("polish", "poland"), ("ukraine", "ukraine"),
        ("ukrainian", "ukraine"), ("new zealand", "new zealand"), ("norway", "norway"), ("norwegian", "norway"),
        ("denmark", "denmark"), ("danish", "denmark"), ("finland", "finland"), ("finnish", "finland"),
        ("belgium", "belgium"), ("belgian", "belgium"), ("austria", "austria"), ("austrian", "austria"),
        ("portugal", "portugal"), ("portuguese", "portugal"), ("greece", "greece"), ("greek", "greece"),
        ("kenya", "kenya"), ("kenyan", "kenya"), ("bangladesh", "bangladesh"), ("peru", "peru"), ("qatar", "qatar"),
    ]

    /// Nouns a place qualifies when it names a market: "the U.S. wireless market".
    static let marketWords: [String] = ["market", "markets", "marketplace"]

    /// Things a subject does again and again: "a speech", "the poll", "its ad" name no single event.
    static let recurringNouns: [String] = [
        "speech", "speeches", "address", "remarks", "statement", "statements", "poll", "polls", "survey", "report",
        "reports", "ad", "ads", "advertisement", "commercial", "interview", "rally", "rallies", "debate", "meeting",
        "meetings", "hearing", "session", "tweet", "tweets", "video", "letter", "memo", "bill", "email", "emails",
        "message", "comment", "comments", "briefing", "call", "calls", "episode", "update", "version", "edition",
        "issue", "study", "data", "figures", "results", "numbers", "plan", "proposal", "attack", "attacks", "book",
        "post", "posts", "photo", "photos", "album", "song", "single", "show", "event", "game", "match", "race",
        "round", "phase", "wave", "batch", "series", "plans", "proposals", "studies", "surveys", "updates", "versions",
        "editions", "events", "games", "matches", "races", "shows", "songs", "books", "letters", "memos", "bills",
        "messages", "briefings", "interviews", "debates", "hearings", "sessions", "videos", "it", "them", "this",
        "that", "these", "those", "something", "anything", "everything", "nothing",
        // A stretch of time is no event: "started the week higher", "finished the day down".
        "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters", "session",
        "sessions", "trading", "morning", "afternoon", "evening", "night", "season", "period", "term", "decade",
    ]

    /// Determiners that make a phrase indefinite: "a speech", "another store", "three plants".
    static let indefinites: [String] = [
        "a", "an", "another", "some", "several", "many", "few", "one", "two", "three", "four", "five", "second",
        "third", "fourth", "fifth", "other", "any", "each", "every", "multiple", "numerous", "new", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "fifty", "hundred", "dozen",
        "dozens", "hundreds", "thousands", "more", "most", "all", "both",
    ]

    /// Nouns an event word can modify, so that the phrase names no event: "its launch customer",
    /// "a flight number", "the delivery delays".
    static let eventModifiedNouns: [String] = [
        "customer", "customers", "number", "numbers", "crew", "crews", "pad", "price", "prices", "costs", "cost", "delays",
        "problems", "simulator", "simulators", "attendant", "attendants", "hours", "speech", "sales", "figures", "rate",
        "rates", "slot", "slots", "rights", "mode", "version", "edition",
        // An attempt is not the event: "the 1981 assassination attempt", "a launch attempt".
        "attempt", "attempts", "plot", "plots",
    ]
    // Not "date", "day", "schedule" or "ceremony": "the launch date is March 5" dates the launch.

    /// What a defeat must be for to be one event: "defeated Boeing for the tanker contract", "beat
    /// Vantor to win the order". Not elections, primaries or matches.
    static let contestPrizes: [String] = [
        "contract", "contracts", "order", "orders", "tender", "tenders", "deal", "deals", "concession", "franchise",
        "licence", "license",
    ]

    /// Trailing words of a company's name that say what it does, not which company it is:
    /// "Orvane Systems" is "Orvane" in the next article's headline. (Not newspaper words: "The
    /// Washington Post" is no "Washington".)
    static let industryWords: [String] = [
        "group", "holdings", "holding", "industries", "international", "enterprises", "ventures", "capital",
        "investments", "securities", "financial", "bancorp", "insurance", "motors", "motor", "airlines", "airways",
        "aviation", "aerospace", "automotive", "electronics", "energy", "petroleum", "telecom", "telecommunications",
        "communications", "networks", "technologies", "technology", "systems", "solutions", "logistics", "freight",
        "shipping", "steel", "mining", "chemicals", "semiconductor", "semiconductors", "aircraft", "software", "labs",
        "laboratories", "pharmaceuticals", "pharma", "foods", "brands", "media", "entertainment", "studios",
        "instruments", "mobile", "retail", "stores", "robotics", "biotech", "therapeutics", "materials", "resources",
        "engineering", "manufacturing", "dynamics", "devices", "products", "services", "interactive", "digital",
        "global", "worldwide", "corporation", "company", "companies", "health", "healthcare", "medical",
    ]

    /// "the country", "the region": the last place the story named.
    static let placeAnaphora: [String] = ["country", "region", "nation", "territory"]
}
