import Foundation
import ArticleAnalysis
import CorpusAnalysis

/// `copydesk-bench conflicts`: the cost of a keystroke for the conflict rules in a large
/// workspace. Articles come from templates (companies, places and events invented here): each
/// story is covered by a handful of articles, so every article shares claim keys with a few
/// others, as a newsroom's folder does. A keystroke re-analyses one article; the conflict update
/// is `Corpus.update` plus the findings of that article and of every article the update reports as
/// affected. Both are timed, per keystroke, at several workspace sizes.
enum ConflictBenchmark {
    static let help = """
        copydesk-bench conflicts [--sizes 1000,10000] [--keystrokes 300] [--per-story 5]

          --sizes        workspace sizes to measure (default 1000,10000; add 100000 for the big one)
          --keystrokes   edits measured per size (default 300)
          --per-story    articles covering each story (default 5)
        """

    static func run(_ arguments: [String]) -> Int32 {
        var sizes = [1000, 10000]
        var keystrokes = 300
        var perStory = 5
        var k = 0
        while k < arguments.count {
            switch arguments[k] {
            case "--help", "-h":
                print(help)
                return 0
            case "--sizes":
                k += 1
                if k < arguments.count { sizes = arguments[k].split(separator: ",").compactMap { Int($0) } }
            case "--keystrokes":
                k += 1
                if k < arguments.count { keystrokes = Int(arguments[k]) ?? keystrokes }
            case "--per-story":
                k += 1
                if k < arguments.count { perStory = max(2, Int(arguments[k]) ?? perStory) }
            default:
                print("copydesk-bench conflicts: unknown option \(arguments[k])\n\n\(help)")
                return 2
            }
            k += 1
        }
        print("Conflict update after a keystroke (release build: swift run -c release copydesk-bench conflicts)")
        print("")
        var rows: [[String]] = [[
            "articles", "load (s)", "claims/article", "affected/edit", "update+findings p50 (ms)", "p95 (ms)", "max (ms)",
            "re-analysis p50 (ms)", "p95 (ms)", "conflicts found",
        ]]
        for size in sizes {
            rows.append(measure(size: size, keystrokes: keystrokes, perStory: perStory))
        }
        printTable(rows)
        print("")
        print("update+findings: Corpus.update for the edited article, then findings for it and every affected article.")
        print("re-analysis: ArticleAnalyzer.analyze of the edited article (the same at any workspace size).")
        print("peak RSS: \(String(format: "%.0f", Clock.peakRSSMegabytes())) MB")
        return 0
    }

    static func measure(size: Int, keystrokes: Int, perStory: Int) -> [String] {
        var generator = ClaimArticleGenerator(seed: 20180305)
        let start = Clock.now()
        var corpus = Corpus()
        var texts: [String] = []
        texts.reserveCapacity(size)
        var claims = 0
        for i in 0..<size {
            let text = generator.article(i, perStory: perStory, size: size)
            texts.append(text)
            let article = ArticleAnalyzer.analyze(text, format: .markdown)
            claims += article.claims.count
            corpus.update(path: path(i), article: article, computeImpact: false)
        }
        let load = Clock.now() - start
        var update: [Double] = []
        var analysis: [Double] = []
        var affectedTotal = 0
        var conflicts = 0
        var rng = SplitMix(seed: UInt64(size))
        for n in 0..<keystrokes {
            let i = Int(rng.next() % UInt64(size))
            // The keystroke: a date in the article's story sentence changes (and on the next
            // edit of this article, changes back), so conflicts appear and disappear.
            let edited = ClaimArticleGenerator.keystroke(texts[i], n: n)
            texts[i] = edited
            let a0 = Clock.now()
            let article = ArticleAnalyzer.analyze(edited, format: .markdown)
            let a1 = Clock.now()
            let impact = corpus.update(path: path(i), article: article)
            var found = corpus.findings(for: path(i))
            for other in impact.affected { found += corpus.findings(for: other) }
            let a2 = Clock.now()
            analysis.append((a1 - a0) * 1000)
            update.append((a2 - a1) * 1000)
            affectedTotal += impact.affected.count
            conflicts += found.filter { $0.code == "conflicting-date" }.count
        }
        return [
            "\(size)", String(format: "%.1f", load), String(format: "%.2f", Double(claims) / Double(max(1, size))),
            String(format: "%.1f", Double(affectedTotal) / Double(max(1, keystrokes))),
            String(format: "%.3f", Clock.percentile(update, 50)), String(format: "%.3f", Clock.percentile(update, 95)),
            String(format: "%.3f", update.max() ?? 0), String(format: "%.3f", Clock.percentile(analysis, 50)),
            String(format: "%.3f", Clock.percentile(analysis, 95)), "\(conflicts)",
        ]
    }

    static func path(_ i: Int) -> String { "desk/story-\(i / 100)/article-\(i).md" }

    static func printTable(_ rows: [[String]]) {
        guard let first = rows.first else { return }
        var widths = first.map(\.count)
        for row in rows { for (k, cell) in row.enumerated() where k < widths.count { widths[k] = max(widths[k], cell.count) } }
        for (n, row) in rows.enumerated() {
            print(row.enumerated().map { k, cell in String(repeating: " ", count: max(0, widths[k] - cell.count)) + cell }.joined(separator: "  "))
            if n == 0 { print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
    }
}

/// Articles from templates. Article `i` covers story `i / perStory` (so each story has
/// `perStory` articles that share its claim key), plus filler prose and a second, unrelated
/// dated sentence.
struct ClaimArticleGenerator {
    var rng: SplitMix
    init(seed: UInt64) { rng = SplitMix(seed: seed) }

    static let syllables = ["kor", "vath", "lu", "men", "bra", "dell", "sto", "ria", "quin", "tal", "mer", "ovo", "zen", "dra", "pel", "cas", "tor", "vin", "ald", "ene"]
    static let suffixes = ["Systems", "Freight", "Motors", "Grocers", "Transit", "Energy", "Labs", "Airways", "Foods", "Mobile"]
    static let places = ["the United States", "Mexico", "Brazil", "India", "Japan", "Germany", "France", "Canada", "Australia", "Spain"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let fillers = [
        "Analysts said the move reflected a broader shift in the industry.",
        "The company did not respond to a request for comment.",
        "Shares were little changed in afternoon trading.",
        "Executives have described the plan as a priority for the coming years.",
        "Competitors have pursued similar strategies with mixed results.",
        "The announcement followed months of speculation among investors.",
        "Regulators are expected to review the details.",
        "Local officials welcomed the news, citing the jobs it could bring.",
    ]

    /// A company per story, never the same for two stories: the story number written in
    /// syllables (base 20), so only the articles of one story share its claims.
    static func company(_ story: Int) -> String {
        var n = story
        var parts: [String] = []
        repeat {
            parts.append(syllables[n % syllables.count])
            n /= syllables.count
        } while n > 0
        while parts.count < 2 { parts.append(syllables[(story * 7 + parts.count) % syllables.count]) }
        let name = parts.joined()
        return name.prefix(1).uppercased() + name.dropFirst() + " " + suffixes[story % suffixes.count]
    }

    /// The story's claim sentence, in one of several wordings; the date stays compatible across
    /// the story's articles.
    static func storySentence(_ story: Int, variant: Int) -> String {
        var r = SplitMix(seed: UInt64(story) &* 104_729 &+ 3)
        let company = self.company(story)
        let place = r.pick(places)
        let year = 2019 + Int(r.next() % 6)
        let month = r.pick(months)
        switch variant % 4 {
        case 0: return "\(company) plans to enter the market in \(place) in \(month) \(year), executives said."
        case 1: return "\(company) will launch its products in \(place) by the end of \(year), according to a person familiar with the plan."
        case 2: return "\(company) is expected to expand into \(place) in \(year)."
        default: return "\(company) aims to start selling in \(place) in late \(year)."
        }
    }

    mutating func article(_ i: Int, perStory: Int, size: Int) -> String {
        let story = i / perStory
        // A second story from the same part of the desk: each story is also mentioned in about
        // `perStory` other articles, whatever the workspace size.
        let stories = max(1, (size + perStory - 1) / perStory)
        let other = (story + 1 + Int(rng.next() % 50)) % stories
        var lines: [String] = []
        lines.append("---")
        lines.append("date: 2018-\(String(format: "%02d", 1 + i % 12))-\(String(format: "%02d", 1 + i % 28))")
        lines.append("outlet: Desk \(i % 37)")
        lines.append("---")
        lines.append("# \(ClaimArticleGenerator.company(story)) sets out its expansion plans")
        lines.append("")
        lines.append(ClaimArticleGenerator.storySentence(story, variant: i))
        for _ in 0..<(3 + Int(rng.next() % 4)) {
            lines.append("")
            lines.append((0..<3).map { _ in rng.pick(ClaimArticleGenerator.fillers) }.joined(separator: " "))
        }
        lines.append("")
        lines.append("Separately, " + ClaimArticleGenerator.storySentence(other, variant: i + 1))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One keystroke's worth of change: the story sentence's year moves on, or back.
    static func keystroke(_ text: String, n: Int) -> String {
        if let r = text.range(of: " 2099") { return text.replacingCharacters(in: r, with: " 2023") }
        for year in 2019...2024 {
            if let r = text.range(of: " \(year)") { return text.replacingCharacters(in: r, with: " 2099") }
        }
        return text + (n % 2 == 0 ? " " : "")
    }
}
