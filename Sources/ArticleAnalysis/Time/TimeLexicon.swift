/// Word lists the time tagger reads, as data. Each list is matched by `Bytes.wordHash`, so a lookup
/// in the tagger's hot loop is one dictionary probe and never allocates.
enum TimeLexicon {
    // MARK: Calendar words

    static let monthNames: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ]
    /// Abbreviations: only a month when a period, a day or a year stands beside them.
    static let monthAbbreviations: [(String, Int)] = [
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]
    /// 0 = Monday … 6 = Sunday (ISO 8601).
    static let weekdayNames: [(String, Int)] = [
        ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4), ("saturday", 5), ("sunday", 6),
    ]
    static let weekdayPlurals: [(String, Int)] = [
        ("mondays", 0), ("tuesdays", 1), ("wednesdays", 2), ("thursdays", 3), ("fridays", 4), ("saturdays", 5), ("sundays", 6),
    ]
    /// Dotted weekday abbreviations used in datelines ("Tues., March 6"): need the period.
    static let weekdayAbbreviations: [(String, Int)] = [
        ("mon", 0), ("tue", 1), ("tues", 1), ("wed", 2), ("thu", 3), ("thur", 3), ("thurs", 3), ("fri", 4), ("sat", 5), ("sun", 6),
    ]
    /// TIMEX3 season codes: spring, summer, fall, winter.
    static let seasonNames: [(String, Season)] = [
        ("spring", .spring), ("summer", .summer), ("fall", .fall), ("autumn", .fall), ("winter", .winter),
        ("springtime", .spring), ("summertime", .summer), ("wintertime", .winter),
    ]

    // MARK: Units and numbers

    static let unitNames: [(String, TimeUnit, Bool)] = [
        ("second", .second, false), ("seconds", .second, true), ("sec", .second, false), ("secs", .second, true),
        ("minute", .minute, false), ("minutes", .minute, true), ("min", .minute, false), ("mins", .minute, true),
        ("hour", .hour, false), ("hours", .hour, true), ("hr", .hour, false), ("hrs", .hour, true),
        ("day", .day, false), ("days", .day, true),
        ("night", .night, false), ("nights", .night, true),
        ("week", .week, false), ("weeks", .week, true), ("fortnight", .fortnight, false), ("fortnights", .fortnight, true),
        ("weekend", .weekend, false), ("weekends", .weekend, true),
        ("month", .month, false), ("months", .month, true),
        ("quarter", .quarter, false), ("quarters", .quarter, true),
        ("year", .year, false), ("years", .year, true), ("yr", .year, false), ("yrs", .year, true),
        ("decade", .decade, false), ("decades", .decade, true),
        ("century", .century, false), ("centuries", .century, true),
        ("millennium", .millennium, false), ("millennia", .millennium, true), ("millenniums", .millennium, true),
    ]

    /// Cardinal numbers written as words. `-1` stands for an unspecified count ("several", "a few").
    static let numberWords: [(String, Int)] = [
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
        ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
        ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
        ("hundred", 100), ("thousand", 1000), ("dozen", 12), ("couple", 2),
        ("several", -1), ("few", -1), ("many", -1), ("numerous", -1), ("some", -1),
    ]

    static let ordinalWords: [(String, Int)] = [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
        ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
        ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18),
        ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30),
    ]

    /// Parts of the day, with their TIMEX3 codes.
    static let partsOfDay: [(String, String)] = [
        ("morning", "MO"), ("mornings", "MO"), ("afternoon", "AF"), ("afternoons", "AF"), ("evening", "EV"),
        ("evenings", "EV"), ("night", "NI"), ("nights", "NI"), ("overnight", "NI"), ("midday", "MI"),
        ("dawn", "MO"), ("daybreak", "MO"), ("dusk", "EV"), ("nightfall", "EV"), ("lunchtime", "MI"),
    ]

    /// Time zones written after a time of day.
    static let zones: [String] = [
        "gmt", "utc", "bst", "cet", "cest", "eet", "wet", "msk", "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt",
        "awst", "nzst", "nzdt", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
        "akst", "hst", "z",
    ]

    // MARK: Decades written as words

    static let decadeWords: [(String, Int)] = [
        ("twenties", 2), ("thirties", 3), ("forties", 4), ("fifties", 5), ("sixties", 6), ("seventies", 7),
        ("eighties", 8), ("nineties", 9),
    ]

    // MARK: Holidays and named days

    /// Fixed-date holidays: month and day.
    static let fixedHolidays: [(String, Int, Int)] = [
        ("christmas", 12, 25), ("christmas day", 12, 25), ("christmas eve", 12, 24), ("boxing day", 12, 26),
        ("new year's day", 1, 1), ("new year's eve", 12, 31), ("new year", 1, 1), ("halloween", 10, 31),
        ("valentine's day", 2, 14), ("st. patrick's day", 3, 17), ("saint patrick's day", 3, 17),
        ("independence day", 7, 4), ("veterans day", 11, 11), ("veterans' day", 11, 11), ("armistice day", 11, 11),
        ("remembrance day", 11, 11), ("may day", 5, 1), ("bastille day", 7, 14), ("canada day", 7, 1),
        ("australia day", 1, 26), ("guy fawkes night", 11, 5), ("all saints' day", 11, 1), ("epiphany", 1, 6),
        ("juneteenth", 6, 19), ("cinco de mayo", 5, 5),
    ]

    /// Holidays computed from the calendar.
    static let movableHolidays: [(String, MovableHoliday)] = [
        ("thanksgiving", .thanksgiving), ("thanksgiving day", .thanksgiving), ("black friday", .blackFriday),
        ("cyber monday", .cyberMonday), ("labor day", .laborDay), ("labour day", .laborDay),
        ("memorial day", .memorialDay), ("easter", .easter), ("easter sunday", .easter), ("easter day", .easter),
        ("easter monday", .easterMonday), ("good friday", .goodFriday), ("ash wednesday", .ashWednesday),
        ("mother's day", .mothersDay), ("father's day", .fathersDay), ("election day", .electionDay),
        ("martin luther king day", .mlkDay), ("martin luther king jr. day", .mlkDay), ("mlk day", .mlkDay),
        ("presidents' day", .presidentsDay), ("presidents day", .presidentsDay), ("columbus day", .columbusDay),
        ("super bowl sunday", .superBowlSunday),
    ]

    // MARK: Words that shape an expression

    /// Lowercase words a time expression can start with (with its signal or modifier: "in",
    /// "by", "early", "about", "two", "last", "every"…). The grammar is tried only at these, at
    /// numbers and at capitalised words (months, weekdays, holidays, named events): a cheap test
    /// that skips most of the text. Every other list in this file is part of it too.
    static let expressionStarts: [String] = [
        "a", "about", "after", "afternoon", "ago", "ahead", "almost", "already", "an", "annual",
        "annually", "approximately", "around", "as", "at", "autumn", "before", "beginning", "between", "biweekly",
        "by", "centuries", "century", "circa", "coming", "couple", "current", "currently", "daily", "days",
        "decade", "decades", "dozen", "dozens", "during", "each", "earlier", "early", "effective", "eight",
        "eighteen", "eighth", "eighty", "eleven", "end", "ending", "eve", "evening", "every", "fall",
        "few", "fifteen", "fifth", "fifty", "first", "fiscal", "five", "following", "for", "former",
        "formerly", "fortnightly", "forty", "four", "fourteen", "fourth", "from", "half", "hourly", "hours",
        "hundred", "hundreds", "in", "into", "just", "last", "late", "lately", "later", "latter",
        "least", "less", "many", "meanwhile", "mid", "middle", "midnight", "midway", "month", "monthly",
        "months", "more", "morning", "nearly", "next", "night", "nightly", "nine", "nineteen", "ninety",
        "ninth", "no", "noon", "not", "now", "nowadays", "of", "on", "once", "one",
        "over", "overnight", "past", "per", "present", "presently", "previous", "previously", "prior", "quarter",
        "quarterly", "recent", "recently", "right", "roughly", "second", "seconds", "seven", "seventeen", "seventh",
        "seventy", "several", "shortly", "since", "six", "sixteen", "sixth", "sixty", "some", "soon",
        "spring", "start", "starting", "still", "summer", "ten", "tenth", "that", "the", "then",
        "thereafter", "these", "third", "thirteen", "thirty", "this", "those", "thousand", "thousands", "three",
        "through", "throughout", "till", "today", "tomorrow", "tonight", "twelve", "twenty", "twice", "two",
        "under", "until", "up", "upcoming", "week", "weekday", "weekdays", "weekend", "weekly", "weeks",
        "winter", "within", "year", "yearly", "years", "yesterday", "yet",
    ]

    /// Start words that never make a time expression on their own (see `TimeWords.anchorWords`).
    static let leadingFunctionWords: [String] = [
        "a", "an", "the", "of", "in", "into", "on", "at", "by", "for", "from", "over", "under", "up", "as", "that",
        "this", "these", "those", "some", "no", "not", "just", "more", "less", "many", "still", "yet", "right",
        "least", "about", "around", "almost", "nearly", "roughly", "approximately", "circa", "after", "before",
        "since", "until", "till", "through", "throughout", "during", "between", "within", "each", "every", "per",
    ]

    /// Nouns the grammar reads after a lead-in that are not start words themselves.
    static let anchorNouns: [String] = [
        "time", "times", "moment", "future", "foreseeable", "dawn", "period", "turn", "close", "rest", "remainder",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
        "centuries", "quarter", "half", "weekend", "now", "then", "once", "twice",
    ]

    /// Words after which a bare month, season or weekday is a time, not a verb or a name.
    static let temporalPrepositions: [String] = [
        "in", "on", "at", "by", "since", "until", "till", "before", "after", "during", "through", "throughout", "from",
        "to", "of", "last", "next", "this", "early", "late", "mid", "around", "between", "and", "or", "each", "every",
        "since", "past", "that", "late", "earlier", "later", "for", "into", "within",
    ]

    /// Verbs and auxiliaries that mark what is to come (for weekdays and year-less dates).
    static let futureCues: [String] = [
        "will", "'ll", "shall", "plan", "plans", "planning", "intend", "intends", "aim", "aims", "aiming", "hope",
        "hopes", "hoping", "expect", "expects", "expecting", "scheduled", "slated", "due", "upcoming", "forthcoming",
        "target", "targets", "targeting", "set", "going", "gonna", "looking", "seeks", "seek", "seeking", "want",
        "wants", "promise", "promises", "pledge", "pledges", "vows", "vow", "next", "coming", "tomorrow", "await",
        "awaits", "awaiting", "forecasts", "predicts", "anticipates", "expected", "intended", "planned", "would",
        // The simple present of scheduled events: "the factory closes in November".
        "opens", "closes", "begins", "starts", "ends", "expires", "launches", "debuts", "reopens", "arrives",
        "departs", "resumes", "kicks", "premieres", "airs", "convenes", "adjourns",
    ]

    /// Finite verbs that put a sentence in the past.
    static let pastCues: [String] = [
        "was", "were", "had", "did", "said", "told", "made", "took", "came", "went", "gave", "got", "began", "rose",
        "fell", "won", "lost", "met", "left", "saw", "sold", "bought", "paid", "ran", "held", "kept", "found",
        "became", "brought", "thought", "knew", "spent", "sent", "built", "wrote", "spoke", "broke", "chose", "drove",
        "flew", "grew", "hit", "led", "meant", "read", "sought", "stood", "struck", "taught", "threw", "understood",
        "wore", "ago", "yesterday", "last", "earlier", "previously", "formerly", "once", "felt", "heard", "shot",
        "slid", "sank", "swung", "tore", "woke", "withdrew", "overtook", "undertook", "quit", "dropped", "slipped", "surged", "jumped", "climbed", "gained", "posted", "reported", "announced",
        "has", "have", "'ve", "already",
    ]

    /// Nouns for events nobody schedules: a date can name one only once it has happened ("Vantor's
    /// June 1 bankruptcy filing", "the March 3 crash"), unlike an election, a meeting or a launch.
    static let unscheduledEventNouns: [String] = [
        "filing", "filings", "bankruptcy", "death", "deaths", "crash", "collapse", "attack", "attacks", "arrest",
        "explosion", "blast", "earthquake", "quake", "shooting", "killing", "killings", "resignation", "ouster",
        "firing", "dismissal", "ruling", "verdict", "indictment", "conviction", "announcement", "statement",
        "remarks", "downgrade", "outage", "recall", "raid", "accident", "derailment", "leak", "hack", "breach",
        "disclosure", "suicide", "murder", "fire", "flood", "flooding", "storm", "tornado", "landslide", "spill",
        "default", "bailout", "walkout", "riot", "riots", "protest", "protests", "coup", "ambush", "bombing",
        "bombings", "massacre", "tweet", "interview", "lawsuit", "complaint",
    ]

    /// Present-tense finite verbs: neither past nor future.
    static let presentCues: [String] = ["is", "are", "am", "'s", "'re", "says", "does", "do", "remains", "stands", "seems"]

    /// "-ed" words that are not past-tense verbs.
    static let notPastEd: [String] = [
        "need", "needed", "speed", "feed", "seed", "bed", "red", "shed", "indeed", "hundred", "proceed", "exceed",
        "succeed", "embed", "breed", "greed", "weed", "deed", "reed", "creed", "bleed", "united", "limited", "based",
        "expected", "scheduled", "planned", "slated", "proposed", "intended", "supposed", "anticipated", "bed",
        "sled", "wed", "fled", "sped", "led", "shred", "steed", "heed", "tweed", "kindred", "naked", "wicked",
        "sacred", "rugged", "ragged", "aged", "beloved", "learned", "alleged", "advanced", "detailed", "related",
        "used", "skilled", "unlimited", "unprecedented", "talented", "interested", "concerned", "involved",
    ]

    /// Words that put the following time in speech ("said on Monday").
    static let speechVerbs: [String] = [
        "said", "says", "say", "told", "tells", "announced", "announces", "stated", "states", "added", "adds",
        "explained", "explains", "noted", "notes", "wrote", "writes", "tweeted", "posted", "declared", "declares",
        "insisted", "insists", "warned", "warns", "argued", "argues", "confirmed", "confirms", "claimed", "claims",
        "remarked", "predicted", "promised", "pledged", "reported", "reports", "testified", "admitted", "acknowledged",
        "according", "replied", "responded", "commented", "conceded", "recalled", "suggested",
    ]

    /// A four-digit number before one of these is a quantity, not a year ("2000 people").
    static let quantityNouns: [String] = [
        "people", "persons", "employees", "workers", "jobs", "members", "students", "troops", "soldiers", "police",
        "officers", "children", "residents", "voters", "votes", "units", "cars", "vehicles", "homes", "houses",
        "shares", "dollars", "euros", "pounds", "yen", "yuan", "miles", "kilometers", "kilometres", "km", "feet",
        "meters", "metres", "tons", "tonnes", "barrels", "points", "percent", "per", "%", "acres", "pages", "words",
        "copies", "users", "customers", "stores", "sites", "patients", "cases", "deaths", "victims", "calories",
        "megawatts", "mw", "gb", "mb", "kg", "lbs", "rooms", "seats", "flights", "planes", "aircraft", "ships",
        "boats", "animals", "cattle", "head", "hectares", "visitors", "tourists", "fans", "attendees", "delegates",
        "candidates", "companies", "firms", "banks", "schools", "hospitals", "beds", "books", "items", "pieces",
        "times", "signatures", "applications", "complaints", "arrests", "refugees", "migrants", "protesters",
        "demonstrators", "participants", "runners", "games", "matches", "goals", "yards", "rounds", "calls", "hours",
        "days", "weeks", "months", "years", "minutes", "seconds", "lines", "rpm", "kwh", "gallons", "liters",
        "litres", "tests", "samples", "posts", "tweets", "views", "downloads", "subscribers", "followers",
    ]

    /// Words that may follow a year and still make it a year ("the 2018 season").
    static let yearModifiedNouns: [String] = [
        "season", "election", "elections", "budget", "model", "models", "census", "level", "levels", "figures",
        "figure", "results", "report", "survey", "campaign", "race", "olympics", "games", "cup", "championship",
        "tournament", "edition", "version", "vintage", "lineup", "guidance", "forecast", "target", "targets", "plan",
        "deadline", "law", "act", "agreement", "accord", "deal", "crisis", "attacks", "attack", "war", "summit",
        "conference", "award", "awards", "prize", "class", "graduates", "draft", "midterms", "primary", "primaries",
        "session", "term", "calendar", "tax", "taxes", "earnings", "revenue", "sales", "profit", "profits", "loss",
        "losses", "period", "quarter", "half", "fiscal", "financial", "annual", "film", "movie", "album", "tour",
        "ruling", "decision", "vote", "referendum", "bill", "study", "debut", "launch", "release", "opening",
        "merger", "acquisition", "ipo", "recession", "downturn", "boom", "peak", "high", "low", "record", "average",
        "estimate", "estimates", "projection", "projections", "outlook", "winner", "winners", "champion", "champions",
        "and", "or", "to", "through", "onward", "onwards", "on",
    ]
}

enum Season: Int, Sendable {
    case spring = 1, summer, fall, winter

    var code: String {
        switch self {
        case .spring: return "SP"
        case .summer: return "SU"
        case .fall: return "FA"
        case .winter: return "WI"
        }
    }
}

enum TimeUnit: Int, Sendable, Comparable {
    case second, minute, hour, day, night, weekend, week, fortnight, month, quarter, half, year, decade, century, millennium

    static func < (a: TimeUnit, b: TimeUnit) -> Bool { a.rawValue < b.rawValue }

    /// TIMEX3 duration code and how many of it one unit is: "P3M", "PT2H", "P1DE" is written P10Y.
    var durationCode: (code: String, factor: Int, isTime: Bool) {
        switch self {
        case .second: return ("S", 1, true)
        case .minute: return ("M", 1, true)
        case .hour: return ("H", 1, true)
        case .day, .night: return ("D", 1, false)
        case .weekend: return ("WE", 1, false)
        case .week: return ("W", 1, false)
        case .fortnight: return ("W", 2, false)
        case .month: return ("M", 1, false)
        case .quarter: return ("Q", 1, false)
        case .half: return ("M", 6, false)
        case .year: return ("Y", 1, false)
        case .decade: return ("Y", 10, false)
        case .century: return ("Y", 100, false)
        case .millennium: return ("Y", 1000, false)
        }
    }

    /// Roughly how many days one unit lasts (for bounds of "in the coming weeks", "within two years").
    var approximateDays: Double {
        switch self {
        case .second: return 1.0 / 86400
        case .minute: return 1.0 / 1440
        case .hour: return 1.0 / 24
        case .day, .night: return 1
        case .weekend: return 2
        case .week: return 7
        case .fortnight: return 14
        case .month: return 30.44
        case .quarter: return 91.3
        case .half: return 182.6
        case .year: return 365.25
        case .decade: return 3652.5
        case .century: return 36525
        case .millennium: return 365250
        }
    }
}

enum MovableHoliday: Sendable {
    case thanksgiving, blackFriday, cyberMonday, laborDay, memorialDay, easter, easterMonday, goodFriday, ashWednesday,
        mothersDay, fathersDay, electionDay, mlkDay, presidentsDay, columbusDay, superBowlSunday
}
