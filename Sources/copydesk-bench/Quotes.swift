import ArticleAnalysis
import Foundation

/// `copydesk-bench quotes`: quote finding and attribution time against article length.
///
/// Articles are composed here from a few sentence patterns written for this benchmark (quotes
/// attributed before and after, interrupted and continued quotes, partial quotes, scare quotes,
/// plain sentences), so the figures do not depend on any corpus. Each size is analysed once to
/// build the document (tokens, sentences); the timing covers `QuoteFinder.find` alone, then the
/// whole `ArticleAnalyzer.analyze` for reference.
enum QuoteBenchmark {
    static let help = """
        copydesk-bench quotes [--sizes 1000,2000,5000,10000,20000,40000] [--iterations 40] [--one-paragraph]

        Prints, per article size in words: quotes found, the median and 90th-percentile time of quote
        analysis, the time per 1,000 words (flat when the cost is linear), and a full analysis for
        reference. --one-paragraph runs the same text with no paragraph breaks (the worst case for
        pairing marks). Build with -c release.
        """

    static func run(_ arguments: [String]) -> Int32 {
        var sizes = [1_000, 2_000, 5_000, 10_000, 20_000, 40_000]
        var iterations = 40
        var oneParagraph = false
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--help", "-h":
                print(help)
                return 0
            case "--sizes":
                i += 1
                if i < arguments.count { sizes = arguments[i].split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 } }
            case "--one-paragraph":
                oneParagraph = true
            case "--iterations":
                i += 1
                if i < arguments.count, let n = Int(arguments[i]), n > 0 { iterations = n }
            default:
                print("copydesk-bench quotes: unknown option '\(arguments[i])'\n\n\(help)")
                return 2
            }
            i += 1
        }
        #if DEBUG
            print("note: this is a debug build; run `swift run -c release copydesk-bench quotes` for real figures\n")
        #endif
        print("words     bytes    quotes  quotes p50 ms  quotes p90 ms  ms / 1k words  full analysis p50 ms")
        print("--------  -------  ------  -------------  -------------  -------------  --------------------")
        var perThousand: [Double] = []
        var tenThousand: Double? = nil
        for words in sizes {
            var text = compose(words: words)
            if oneParagraph { text = text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ") }
            let document = ArticleDocument(text: text, format: .markdown)
            var found = 0
            // Warm up once, then measure.
            found = QuoteFinder.find(document, entities: EntityRecognizer.recognize(document)).count
            let entities = EntityRecognizer.recognize(document)
            let samples = Clock.sample(iterations: iterations) {
                blackHole(QuoteFinder.find(document, entities: entities).count)
            }
            let full = Clock.sample(iterations: max(3, iterations / 4)) {
                blackHole(ArticleAnalyzer.analyze(text, format: .markdown).quotes.count)
            }
            let p50 = Clock.percentile(samples, 50)
            let p90 = Clock.percentile(samples, 90)
            let actualWords = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
            let per = p50 * 1000 / Double(max(1, actualWords))
            perThousand.append(per)
            if words == 10_000 { tenThousand = p50 }
            print(
                pad(String(actualWords), 8) + "  " + pad(String(text.utf8.count), 7) + "  " + pad(String(found), 6) + "  "
                    + pad(String(format: "%.3f", p50), 13) + "  " + pad(String(format: "%.3f", p90), 13) + "  "
                    + pad(String(format: "%.4f", per), 13) + "  " + pad(String(format: "%.3f", Clock.percentile(full, 50)), 20))
        }
        if let lo = perThousand.min(), let hi = perThousand.max(), lo > 0 {
            print(String(format: "\ncost per 1,000 words varies %.2fx across sizes (1.00x = perfectly linear)", hi / lo))
        }
        if let t = tenThousand { print(String(format: "10,000-word article: %.3f ms for quote analysis (target < 2 ms)", t)) }
        return 0
    }

    static func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s : String(repeating: " ", count: width - s.count) + s }

    @inline(never) static func blackHole(_ value: Int) {
        if value == Int.min { print(value) }
    }

    // MARK: Composition

    static let names = ["Mara Quill", "Tomas Brandt", "Dana Holt", "Ivo Lindqvist", "Ada Okonkwo", "Priya Raman", "Jonas Weber", "Lena Fischer"]
    static let roles = ["the harbour master", "a spokesperson for the council", "the chairman of Portville Transit", "an engineer at the yard"]
    static let said = ["said", "told reporters", "added", "explained", "wrote in a statement", "insisted", "warned"]
    static let clauses = [
        "we will reopen the bridge before the summer", "the steel arrived three weeks late", "nobody asked the ferry crews",
        "the budget covers the repairs but not the wages", "the inspectors signed off on Tuesday", "the harbour has never been busier",
    ]
    static let plain = [
        "The council met on Monday to discuss the repairs.", "Traffic on the coast road was light for most of the week.",
        "Ferry tickets sold out by noon, according to the operator's figures.", "The bridge opened in 1968 and was last repaired in 1994.",
        "Shops near the harbour reported fewer customers than last year.", "Engineers expect the work to take another month.",
    ]

    /// A Markdown article of about `words` words, cycling through quote patterns.
    static func compose(words target: Int) -> String {
        var paragraphs: [String] = ["# Bridge repairs run late", ""]
        var count = 5
        var n = 0
        while count < target {
            let name = names[n % names.count]
            let other = names[(n + 3) % names.count]
            let role = roles[n % roles.count]
            let verb = said[n % said.count]
            let a = clauses[n % clauses.count]
            let b = clauses[(n + 1) % clauses.count]
            let p = plain[n % plain.count]
            let q = plain[(n + 2) % plain.count]
            let paragraph: String
            switch n % 8 {
            case 0: paragraph = "\"\(a.capitalizedFirst),\" \(name) \(verb). \(p)"
            case 1: paragraph = "“\(a.capitalizedFirst),” said \(name), \(role). “\(b.capitalizedFirst).”"
            case 2: paragraph = "\(name) said: \"\(a.capitalizedFirst), and \(b).\" \(q)"
            case 3: paragraph = "\"\(a.capitalizedFirst),\" \(role) said, \"and \(b).\""
            case 4: paragraph = "\(p) \(name) called the plan \"\(b)\" and left. The so-called \"harbour levy\" was not discussed."
            case 5: paragraph = "According to \(other), \"\(a).\" \(q) \(p)"
            case 6: paragraph = "\"\(a.capitalizedFirst).\" \(name) told the Coastal Ledger the town would wait."
            default: paragraph = "\(p) \(q) \"\(b.capitalizedFirst),\" he added."
            }
            paragraphs.append(paragraph)
            paragraphs.append("")
            count += paragraph.split(separator: " ").count
            n += 1
        }
        return paragraphs.joined(separator: "\n")
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
