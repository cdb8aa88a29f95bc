import ArticleAnalysis
import CorpusAnalysis

/// `copydesk-bench entities`: the entity index under load. Builds workspaces of generated articles
/// (templates below; names drawn from pools so some entities appear in almost every article, as
/// "United States" does in real news) and measures hover, definition and references latency, and
/// what one article's change costs the index.
enum EntityBenchmark {
    static let usage = """
        copydesk-bench entities [--sizes 1000,10000] [--queries N]

          --sizes    workspace sizes to build (default 1000,10000)
          --queries  hover/definition/references samples per size (default 400)
        """

    static func run(_ arguments: [String]) -> Int32 {
        var sizes = [1000, 10000]
        var queries = 400
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--help", "-h":
                print(usage)
                return 0
            case "--sizes":
                i += 1
                if i < arguments.count { sizes = arguments[i].split(separator: ",").compactMap { Int($0) } }
            case "--queries":
                i += 1
                if i < arguments.count { queries = Int(arguments[i]) ?? queries }
            default:
                print(usage)
                return 2
            }
            i += 1
        }
        print("copydesk-bench entities — generated articles; times in ms (p50 / p95 / max)")
        print("")
        print("size    analyse/article  hover p50/p95/max   definition p95   references(hot) p50/p95/max  refs   update small/large")
        for size in sizes { measure(size: size, queries: queries) }
        print("")
        print("update = re-analysing one article and applying it to the corpus (update + impact), for an article")
        print("with ~10 mentions (small) and ~120 mentions (large): it follows the article's own mentions, not")
        print("the workspace size. references(hot) = every mention of the most mentioned entity.")
        print(String(format: "peak RSS %.0f MB", Clock.peakRSSMegabytes()))
        return 0
    }

    static func measure(size: Int, queries: Int) {
        var generator = EntityArticleGenerator(seed: 42)
        var corpus = Corpus()
        var paths: [String] = []
        let start = Clock.now()
        for n in 0..<size {
            let (path, text, date) = generator.article(n)
            corpus.update(path: path, article: ArticleAnalyzer.analyze(text, format: .markdown, options: .init(publication: date)), computeImpact: false)
            paths.append(path)
        }
        let perArticle = (Clock.now() - start) * 1000 / Double(size)

        // Hover and definition at random mentions (names, nominals, pronouns alike).
        var rng = SplitMix(seed: 7)
        var positions: [(String, Int)] = []
        while positions.count < queries {
            let path = paths[Int(rng.next() % UInt64(paths.count))]
            guard let article = corpus.article(path), !article.mentions.isEmpty else { continue }
            let m = article.mentions[Int(rng.next() % UInt64(article.mentions.count))]
            positions.append((path, m.range.lowerBound))
        }
        var k = 0
        let hover = Clock.sample(iterations: positions.count) {
            let (p, o) = positions[k % positions.count]
            _ = corpus.hover(path: p, offset: o)
            k += 1
        }
        k = 0
        let definition = Clock.sample(iterations: positions.count) {
            let (p, o) = positions[k % positions.count]
            _ = corpus.definition(path: p, offset: o)
            k += 1
        }
        // References on the most mentioned entity: the worst case.
        let hot = corpus.entityKeys.max { corpus.articleCount(mentioning: $0) < corpus.articleCount(mentioning: $1) } ?? ""
        var hotPositions: [(String, Int)] = []
        for record in corpus.articles(mentioning: hot).prefix(50) {
            if let locals = record.entitiesByKey[hot], let e = locals.first, let m = record.article.entities[e].mentions.first {
                hotPositions.append((record.path, record.article.mentions[m].range.lowerBound))
            }
        }
        var count = 0
        k = 0
        let references = Clock.sample(iterations: min(100, max(1, queries / 4))) {
            let (p, o) = hotPositions[k % max(1, hotPositions.count)]
            count = corpus.references(path: p, offset: o, includeDeclaration: true).count
            k += 1
        }
        // One article's change: a small article and a large one, re-analysed and applied.
        let small = generator.smallArticle()
        let large = generator.largeArticle()
        let smallUpdate = Clock.sample(iterations: 30) {
            corpus.update(path: paths[0], article: ArticleAnalyzer.analyze(small, format: .markdown))
        }
        let largeUpdate = Clock.sample(iterations: 30) {
            corpus.update(path: paths[1], article: ArticleAnalyzer.analyze(large, format: .markdown))
        }
        func t(_ s: [Double]) -> String {
            String(format: "%.2f/%.2f/%.2f", Clock.percentile(s, 50), Clock.percentile(s, 95), s.max() ?? 0)
        }
        print(
            String(size).padding(toLength: 8, withPad: " ", startingAt: 0)
                + String(format: "%8.2f         ", perArticle)
                + t(hover).padding(toLength: 20, withPad: " ", startingAt: 0)
                + String(format: "%6.2f           ", Clock.percentile(definition, 95))
                + t(references).padding(toLength: 29, withPad: " ", startingAt: 0)
                + String(count).padding(toLength: 7, withPad: " ", startingAt: 0)
                + String(format: "%.2f / %.2f", Clock.percentile(smallUpdate, 50), Clock.percentile(largeUpdate, 50)))
    }
}

/// A small deterministic random generator, so runs are comparable.
/// Articles from templates: a company, its executive, places and products, in a few paragraphs.
/// A handful of entities are "hot" (in most articles), most are rare.
struct EntityArticleGenerator {
    var rng: SplitMix
    init(seed: UInt64) { rng = SplitMix(seed: seed) }

    static let given = ["Lena", "Omar", "Tom", "Mara", "Ravi", "Ines", "Kenji", "Sofia", "Peter", "Aisha", "Jonas", "Elena", "Victor", "Nadia", "Hugo", "Clara"]
    static let family = ["Park", "Hale", "Quill", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Rossi", "Novak", "Haddad", "Brennan", "Castillo", "Weber", "Iyer", "Duarte", "Kowalski"]
    static let companyStems = ["Vantor", "Nordwind", "Calyx", "Brightwell", "Orvane", "Tessaly", "Quorra", "Helmark", "Zephyrine", "Auberon", "Kestrel", "Lumora"]
    static let companySuffixes = ["", " Inc.", " Group", " Holdings", " Labs"]
    static let places = ["United States", "China", "Germany", "Brazil", "India", "Japan", "France", "Kenya", "Canada", "Mexico"]
    static let cities = ["Oslo", "Boston", "Shanghai", "Munich", "Lagos", "Toronto", "Madrid", "Seoul", "Lima", "Dublin"]
    static let titles = ["Chairman", "CEO", "chief financial officer", "founder", "President"]
    static let products = ["Orbit 3 Pro", "Falcon 9", "Mate 10 Pro", "Nimbus 2", "Atlas 5 Max"]

    /// 144 companies (each in 1/144 of the articles), people drawn from 256 names, a country in
    /// every article and the United States in half of them.
    mutating func article(_ n: Int) -> (String, String, CalendarDate) {
        let company = EntityArticleGenerator.companyStems[n % 12] + EntityArticleGenerator.companyStems[(n / 12) % 12].lowercased()
        let person = rng.pick(EntityArticleGenerator.given) + " " + rng.pick(EntityArticleGenerator.family)
        let title = rng.pick(EntityArticleGenerator.titles)
        let place = n % 2 == 0 ? "United States" : rng.pick(EntityArticleGenerator.places)
        let city = rng.pick(EntityArticleGenerator.cities)
        let product = rng.pick(EntityArticleGenerator.products)
        let suffix = rng.pick(EntityArticleGenerator.companySuffixes)
        let month = 1 + n % 12
        let day = 1 + n % 28
        let text = """
            # \(company) plans expansion in \(place)

            \(company)\(suffix) said on Monday that it would open offices in \(city) and \(place), as \(company) \(title) \(person) outlined the plan to investors.

            “We have been preparing this for a long time,” said \(person), adding that the company expected approval within months. The executive did not give figures.

            Analysts said the move would put \(company) in competition with larger rivals in \(place). \(person.split(separator: " ").last!) said the \(product) would lead the launch, and that he hoped to hire locally.

            The company’s shares rose after the announcement. Its last expansion, into \(rng.pick(EntityArticleGenerator.places)), took two years.
            """
        return ("ws/\(n / 100)/article-\(n).md", text, CalendarDate(year: 2018, month: month, day: day))
    }

    func smallArticle() -> String {
        "Vantor said on Monday that Lena Park would lead its office in Oslo. Park said the company was ready."
    }

    func largeArticle() -> String {
        (0..<12).map { k in
            "Vantor Chairman Lena Park met Nordwind CEO Omar Haddad in Oslo on day \(k + 1). “We talked,” said Park, adding that she expected a deal in the United States. The executive said Nordwind and Vantor would share the Orbit 3 Pro platform in Germany."
        }.joined(separator: "\n\n")
    }
}
