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

    // Function words the grammar names, as their word hashes (`Bytes.wordHash` of the word in the
    // comment). Written as literals, a read is a constant in the code; computed on first use, every
    // read in the grammar's hot paths called the lazy-global check (`swift_once`): 4 % of the
    // instructions of `copydesk check`. `TimeWordHashTests` checks each against its word, and
    // prints the literal for a word added without one.
    static let the: UInt64 = 0x56f5_c919_4461_d57c  // "the"
    static let a: UInt64 = 0xaf63_dc4c_8601_ec8c  // "a"
    static let an: UInt64 = 0x089c_3807_b545_8406  // "an"
    static let of: UInt64 = 0x08b0_6007_b556_7108  // "of"
    static let and: UInt64 = 0xe6f7_9719_051f_f286  // "and"
    static let or: UInt64 = 0x08b0_5407_b556_5ca4  // "or"
    static let on: UInt64 = 0x08b0_5807_b556_6370  // "on"
    static let at: UInt64 = 0x089c_4e07_b545_a968  // "at"
    static let `in`: UInt64 = 0x08b7_3807_b55c_4bbe  // "in"
    static let by: UInt64 = 0x08a6_4b07_b54d_f8d4  // "by"
    static let to: UInt64 = 0x08c8_3907_b56a_c0a4  // "to"
    static let this: UInt64 = 0x2587_bcef_3249_3841  // "this"
    static let that: UInt64 = 0x256c_adef_3232_570c  // "that"
    static let next: UInt64 = 0xe531_6cba_a025_f028  // "next"
    static let last: UInt64 = 0x0456_d2ad_9058_47d9  // "last"
    static let past: UInt64 = 0x03b4_2b0d_ebc8_8fdd  // "past"
    static let coming: UInt64 = 0x9ecd_097c_b5f7_0c32  // "coming"
    static let previous: UInt64 = 0xec5f_63ff_e7e9_7248  // "previous"
    static let following: UInt64 = 0x9f50_e1df_5bdf_dcf8  // "following"
    static let current: UInt64 = 0x2a2e_8a5a_fcc8_d89a  // "current"
    static let recent: UInt64 = 0xcf2a_4200_13d7_8e7e  // "recent"
    static let same: UInt64 = 0x097b_5e18_bf93_ef5b  // "same"
    static let prior: UInt64 = 0x2f0a_9a24_8c7f_a3d7  // "prior"
    static let upcoming: UInt64 = 0x2d5e_bf2d_00a7_7043  // "upcoming"
    static let latest: UInt64 = 0x376e_3463_8197_a4a6  // "latest"
    static let final: UInt64 = 0x7c32_4d80_22a7_6537  // "final"
    static let early: UInt64 = 0x7f33_5953_6a80_d41c  // "early"
    static let mid: UInt64 = 0x07f4_3d19_1756_3645  // "mid"
    static let middle: UInt64 = 0x5bfe_da8d_7d49_7c78  // "middle"
    static let late: UInt64 = 0x044c_f1ad_9050_2801  // "late"
    static let earlier: UInt64 = 0xdf04_0ecd_a350_ea5b  // "earlier"
    static let later: UInt64 = 0x9ee7_1cec_3834_bb69  // "later"
    static let beginning: UInt64 = 0x74c0_2952_9a88_14f8  // "beginning"
    static let start: UInt64 = 0xee5d_97ad_45ad_251f  // "start"
    static let end: UInt64 = 0xc2f0_0318_f053_500a  // "end"
    static let close: UInt64 = 0x9ec2_6995_13c0_f9c3  // "close"
    static let turn: UInt64 = 0x869a_8aef_69c6_7efa  // "turn"
    static let rest: UInt64 = 0x4cb6_6f1f_bfb4_e1d7  // "rest"
    static let remainder: UInt64 = 0x5fba_cc19_5df8_1b58  // "remainder"
    static let dawn: UInt64 = 0x8557_7867_309f_9ca7  // "dawn"
    static let ago: UInt64 = 0xe715_be19_0539_325a  // "ago"
    static let before: UInt64 = 0xd89a_a062_45af_b2be  // "before"
    static let after: UInt64 = 0xbf82_010f_6f71_eae9  // "after"
    static let hence: UInt64 = 0x9237_9c46_764d_b19c  // "hence"
    static let from: UInt64 = 0x7f84_5078_d7a5_c0b5  // "from"
    static let now: UInt64 = 0x215a_d519_258e_9d97  // "now"
    static let back: UInt64 = 0x9a46_ff9b_aa27_6602  // "back"
    static let since: UInt64 = 0x2b82_7d4f_5e0a_da9d  // "since"
    static let until: UInt64 = 0x1fcc_8b4e_81fb_ac2f  // "until"
    static let till: UInt64 = 0x1e50_a0ef_2e9b_d88e  // "till"
    static let through: UInt64 = 0x79fa_8d97_ac77_625a  // "through"
    static let within: UInt64 = 0xf13c_a4a2_c837_616a  // "within"
    static let during: UInt64 = 0x8ab5_09e9_1ba2_7e88  // "during"
    static let as_: UInt64 = 0x089c_5507_b545_b54d  // "as"
    static let soon: UInt64 = 0x602e_d118_f0b5_a372  // "soon"
    static let no: UInt64 = 0x08b3_5907_b558_9afa  // "no"
    static let not: UInt64 = 0x215a_d619_258e_9f4a  // "not"
    static let than: UInt64 = 0x256c_c7ef_3232_833a  // "than"
    static let more: UInt64 = 0x0d1b_e7a2_c400_c080  // "more"
    static let less: UInt64 = 0x24dc_7fad_a229_7118  // "less"
    static let fewer: UInt64 = 0x7056_aadf_e71a_9272  // "fewer"
    static let over: UInt64 = 0xc2a3_8db4_4454_a06f  // "over"
    static let under: UInt64 = 0xa9b4_194e_cfe6_716d  // "under"
    static let least: UInt64 = 0x549a_160a_4938_aa56  // "least"
    static let most: UInt64 = 0x0d18_faa2_c3fe_aaf2  // "most"
    static let up: UInt64 = 0x08c4_3a07_b566_d980  // "up"
    static let about: UInt64 = 0x3f74_142d_6181_ea7e  // "about"
    static let around: UInt64 = 0x5d47_2807_0640_f60c  // "around"
    static let approximately: UInt64 = 0x8509_8434_b100_ad3a  // "approximately"
    static let roughly: UInt64 = 0x7361_ab1a_829d_d9cd  // "roughly"
    static let nearly: UInt64 = 0x01dc_5801_a058_eb40  // "nearly"
    static let almost: UInt64 = 0xcab5_878c_a7e1_42ef  // "almost"
    static let some: UInt64 = 0x6035_dc18_f0bb_d4d1  // "some"
    static let just: UInt64 = 0xeaf5_5edd_f815_959f  // "just"
    static let only: UInt64 = 0x072d_dab4_6af0_4ab7  // "only"
    static let some_: UInt64 = 0x6035_dc18_f0bb_d4d1  // "some"
    static let few: UInt64 = 0xdcc6_7d18_feea_8c19  // "few"
    static let several: UInt64 = 0x2031_1bc8_cf79_20ef  // "several"
    static let couple: UInt64 = 0x2816_3abe_0301_12ed  // "couple"
    static let half: UInt64 = 0x2e33_a6cc_7412_3124  // "half"
    static let dozens: UInt64 = 0xd162_3608_294c_938e  // "dozens"
    static let hundreds: UInt64 = 0x9081_1367_1960_f2b0  // "hundreds"
    static let thousands: UInt64 = 0xc009_b32a_be31_a508  // "thousands"
    static let many: UInt64 = 0x1f64_59a2_cea1_fc02  // "many"
    static let today: UInt64 = 0xa411_597d_0674_521e  // "today"
    static let tonight: UInt64 = 0x06e7_9a21_3afa_fd4a  // "tonight"
    static let yesterday: UInt64 = 0xf945_4585_85f6_2267  // "yesterday"
    static let tomorrow: UInt64 = 0x480b_227c_a618_e526  // "tomorrow"
    static let day: UInt64 = 0xca8d_3918_f457_8f1d  // "day"
    static let week: UInt64 = 0x3d80_fff6_19ed_bfbd  // "week"
    static let month: UInt64 = 0xf4bd_c393_6faf_56a5  // "month"
    static let year: UInt64 = 0x7c64_6349_7742_5edc  // "year"
    static let years: UInt64 = 0xa0f3_64d5_a5c6_e35d  // "years"
    static let quarter: UInt64 = 0xffbe_2660_a81c_5667  // "quarter"
    static let weekend: UInt64 = 0x849e_63a4_b31e_aec2  // "weekend"
    static let decade: UInt64 = 0xcadf_66f4_9788_4349  // "decade"
    static let century: UInt64 = 0x548a_b583_4617_d9d7  // "century"
    static let fiscal: UInt64 = 0xa45d_b4d8_8e7b_9563  // "fiscal"
    static let fy: UInt64 = 0x0898_4307_b541_ade0  // "fy"
    static let financial: UInt64 = 0xa780_f3e6_5613_131c  // "financial"
    static let q: UInt64 = 0xaf63_ec4c_8602_07bc  // "q"
    static let h1: UInt64 = 0xaf63_e54c_8601_fbd7  // "h"
    static let noon: UInt64 = 0x3c10_f2ba_d16c_ff73  // "noon"
    static let midnight: UInt64 = 0xc4d8_84d2_68d5_17a1  // "midnight"
    static let oclock: UInt64 = 0x7aa9_791c_016d_889f  // "o'clock"
    static let am: UInt64 = 0x089c_3707_b545_8253  // "am"
    static let pm: UInt64 = 0x08d5_3b07_b575_4e66  // "pm"
    static let amDots: UInt64 = 0x6ab5_4982_79f2_250d  // "a.m."
    static let pmDots: UInt64 = 0xbc90_9a0e_e53b_ff3c  // "p.m."
    static let local: UInt64 = 0x249f_1fb6_f3a6_80e8  // "local"
    static let time: UInt64 = 0x1e54_85ef_2e9f_9384  // "time"
    static let hours: UInt64 = 0x4d41_317b_4e57_e7f4  // "hours"
    static let every: UInt64 = 0x1153_9700_79d1_c964  // "every"
    static let each: UInt64 = 0x214b_ac60_1e6d_7da8  // "each"
    static let per: UInt64 = 0x77bc_7219_566a_8ee4  // "per"
    static let other: UInt64 = 0x0a24_ad61_c256_2a55  // "other"
    static let once: UInt64 = 0x070e_ceb4_6ad5_85c4  // "once"
    static let twice: UInt64 = 0x8902_76bf_a8a4_a7b3  // "twice"
    static let times: UInt64 = 0x2933_8c6c_3928_6cb5  // "times"
    static let daily: UInt64 = 0x36d0_3b58_3228_161e  // "daily"
    static let weekly: UInt64 = 0x366c_e843_77cc_68ee  // "weekly"
    static let monthly: UInt64 = 0xdee6_6b04_0a9b_d036  // "monthly"
    static let yearly: UInt64 = 0x447b_7308_b0f7_d16b  // "yearly"
    static let annually: UInt64 = 0xe297_88a9_d791_9ab1  // "annually"
    static let annual: UInt64 = 0xc448_279c_79cc_d8aa  // "annual"
    static let quarterly: UInt64 = 0x2aa6_a3c4_b8eb_afd8  // "quarterly"
    static let hourly: UInt64 = 0x9d59_9986_1f16_2700  // "hourly"
    static let nightly: UInt64 = 0x7e30_8d76_80db_5f8a  // "nightly"
    static let biweekly: UInt64 = 0x7175_8f47_059f_e9cf  // "biweekly"
    static let currently: UInt64 = 0xac2d_4d4a_4679_af01  // "currently"
    static let presently: UInt64 = 0xb650_e846_3118_10db  // "presently"
    static let nowadays: UInt64 = 0x830a_8407_85ce_a619  // "nowadays"
    static let these: UInt64 = 0xeaf1_ba72_5db4_c0c8  // "these"
    static let days: UInt64 = 0x8587_7367_30c8_b7ea  // "days"
    static let recently: UInt64 = 0xb71c_504a_6ca4_4e1d  // "recently"
    static let lately: UInt64 = 0x375d_4163_8189_478a  // "lately"
    static let previously: UInt64 = 0x92d9_3f73_08e1_796f  // "previously"
    static let formerly: UInt64 = 0x4e29_e08f_4944_cf0b  // "formerly"
    static let future: UInt64 = 0xd880_61d4_eab3_3056  // "future"
    static let near: UInt64 = 0xe586_64ba_a06e_228f  // "near"
    static let foreseeable: UInt64 = 0x5c3f_3f21_308c_5226  // "foreseeable"
    static let distant: UInt64 = 0xe72c_5cd0_760d_5582  // "distant"
    static let moment: UInt64 = 0x54b9_0f6e_b361_56fd  // "moment"
    static let present: UInt64 = 0x6f3f_2303_c025_8eac  // "present"
    static let right: UInt64 = 0x76aa_aa53_5714_d805  // "right"
    static let ahead: UInt64 = 0x121a_19da_0e2b_9b8e  // "ahead"
    static let beyond: UInt64 = 0xc814_affd_dfd0_1a96  // "beyond"
    static let starting: UInt64 = 0x44c1_1cb1_fc7f_ca39  // "starting"
    static let effective: UInt64 = 0xa275_4399_689a_8232  // "effective"
    static let post: UInt64 = 0x8c2f_e90d_a895_8d47  // "post"
    static let pre: UInt64 = 0x77fd_5119_56a1_edc6  // "pre"
    static let s: UInt64 = 0xaf63_ee4c_8602_0b22  // "s"
    static let apostropheS: UInt64 = 0x07bb_4507_b485_d7af  // "'s"
    static let st: UInt64 = 0x08d9_4207_b579_4322  // "st"
    static let nd: UInt64 = 0x08b3_5007_b558_8baf  // "nd"
    static let rd: UInt64 = 0x08dc_5007_b57b_90c3  // "rd"
    static let th: UInt64 = 0x08c8_3807_b56a_bef1  // "th"
    static let so: UInt64 = 0x08d9_3907_b579_33d7  // "so"
    static let ending: UInt64 = 0xba07_5a8a_4714_4f76  // "ending"
    static let ended: UInt64 = 0x34bb_12be_fe88_eb1b  // "ended"
    static let then: UInt64 = 0x2579_c7ef_323d_0d96  // "then"
    static let yearAgo: UInt64 = 0x5a5c_e05d_bb53_dc74  // "year-ago"
    static let ago_: UInt64 = 0xe715_be19_0539_325a  // "ago"
    static let were: UInt64 = 0x3db3_f1f6_1a19_018c  // "were"
    static let same_: UInt64 = 0x097b_5e18_bf93_ef5b  // "same"
    static let period: UInt64 = 0x0528_080b_48ef_9464  // "period"
    static let trading: UInt64 = 0x70c6_8610_ec47_c2ea  // "trading"
    static let business: UInt64 = 0x2657_f4cc_0d89_eb6b  // "business"
    static let full: UInt64 = 0x865b_7478_db00_e67c  // "full"
    static let whole: UInt64 = 0xe098_f188_6282_e554  // "whole"
    static let entire: UInt64 = 0x9071_590e_7163_daec  // "entire"
    static let calendar: UInt64 = 0x0a7c_f666_efcb_a93f  // "calendar"
    static let seasonW: UInt64 = 0x28df_d5e2_759b_a3f8  // "season"
    static let seasonsW: UInt64 = 0x0ffb_facd_d776_e531  // "seasons"
    static let morning: UInt64 = 0xa43a_103d_d3b5_b38f  // "morning"
    static let night: UInt64 = 0x4f77_b241_4b2c_8001  // "night"
    static let afternoon: UInt64 = 0x2952_d22a_f001_2917  // "afternoon"
    static let evening: UInt64 = 0x8e5a_5d5c_0bd4_46ef  // "evening"
    static let overnight: UInt64 = 0xbe26_4eac_867d_5517  // "overnight"
    static let dot: UInt64 = 0xaf63_a34c_8601_8bb1  // "."
    static let comma: UInt64 = 0xaf63_a14c_8601_884b  // ","
    static let dash: UInt64 = 0xaf63_a04c_8601_8698  // "-"
    static let slash: UInt64 = 0xaf63_a24c_8601_89fe  // "/"
    static let apostrophe: UInt64 = 0xaf63_9a4c_8601_7c66  // "'"
    static let dollar: UInt64 = 0xaf63_994c_8601_7ab3  // "$"
    static let no_: UInt64 = 0x215b_1c19_258f_163c  // "no."
    static let number: UInt64 = 0x8031_a80d_73f6_ebe0  // "number"
    static let page: UInt64 = 0x038b_2a0d_eba5_8916  // "page"
    static let route: UInt64 = 0x3127_fb46_9f19_ebde  // "route"
    static let flight: UInt64 = 0x4d15_cccd_2bc1_bf83  // "flight"
    static let room: UInt64 = 0xa355_141f_f0c4_8eda  // "room"
    static let percent: UInt64 = 0x4253_14f7_20ae_7f7a  // "percent"
    static let percentSign: UInt64 = 0xaf63_984c_8601_7900  // "%"
    static let euro: UInt64 = 0x5646_581b_8855_166b  // "€"
    static let pound: UInt64 = 0x0ac5_7507_b71a_f392  // "£"
    static let yen: UInt64 = 0x0ac5_6f07_b71a_e960  // "¥"
    static let hash: UInt64 = 0xaf63_9e4c_8601_8332  // "#"
    static let model: UInt64 = 0x9de5_4393_3e6e_703a  // "model"
    static let version: UInt64 = 0xbb62_c62c_9808_ea37  // "version"
    static let ces: UInt64 = 0xf5f0_fc19_0cf0_cdd2  // "ces"
    static let earliest: UInt64 = 0x44cc_506c_827b_add4  // "earliest"
    static let soonest: UInt64 = 0x6c9e_9bef_87cf_5792  // "soonest"
    static let date: UInt64 = 0x855b_5167_30a3_4339  // "date"
    static let week_: UInt64 = 0x3d80_fff6_19ed_bfbd  // "week"
    static let will: UInt64 = 0xa619_0af6_555a_bf8d  // "will"
    static let would: UInt64 = 0x7aa8_ee5e_8b93_b862  // "would"
    static let said: UInt64 = 0x096e_4d18_bf89_481c  // "said"
    static let times_: UInt64 = 0x2933_8c6c_3928_6cb5  // "times"
    static let year_: UInt64 = 0x7c64_6349_7742_5edc  // "year"
    static let previous_: UInt64 = 0xec5f_63ff_e7e9_7248  // "previous"
    static let onwards: UInt64 = 0x33af_9210_f034_a5ab  // "onwards"
    static let onward: UInt64 = 0xb7b5_96e6_250a_205a  // "onward"
    static let hereafter: UInt64 = 0x22e9_d0fb_f755_5ea3  // "hereafter"
    static let nineteen: UInt64 = 0xb653_a6d5_6c69_8c31  // "nineteen"
    static let twenty: UInt64 = 0x2eb5_eacf_4e12_1448  // "twenty"
    static let thousand: UInt64 = 0x9629_3f79_5497_f2ab  // "thousand"
    static let hundred: UInt64 = 0x6ca4_772e_23f5_0ae3  // "hundred"
    static let weeks: UInt64 = 0x6ff2_bd2e_0efc_eb0a  // "weeks"
    static let monthsW: UInt64 = 0x8dca_2986_c6f0_8da2  // "months"
    static let decades: UInt64 = 0x41df_2b9d_7c8a_3b8e  // "decades"
    static let centuries: UInt64 = 0x8e4f_105d_6330_ef4f  // "centuries"
    static let once_: UInt64 = 0x070e_ceb4_6ad5_85c4  // "once"
    static let such: UInt64 = 0xb6cd_6919_21c5_3a5e  // "such"
    static let their: UInt64 = 0xeb06_b172_5dc7_0d87  // "their"
    static let its: UInt64 = 0x2bb3_ea19_2be5_4d99  // "its"
    static let his: UInt64 = 0x3373_2319_3006_782b  // "his"
    static let her: UInt64 = 0x334a_1a19_2fe3_63cc  // "her"
    static let our: UInt64 = 0x19f7_9919_21bb_cc99  // "our"
    static let my: UInt64 = 0x08a9_4307_b550_2113  // "my"
    static let your: UInt64 = 0xd347_0d49_a88b_e12a  // "your"
    static let what: UInt64 = 0x9be8_c5f6_4f26_c30f  // "what"
    static let which: UInt64 = 0xce98_9e88_581f_9422  // "which"
    static let one: UInt64 = 0x1a08_aa19_21ca_5caf  // "one"

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
