import ArticleAnalysis
import CorpusAnalysis
import Dispatch
import Foundation

/// Builds a corpus from paths on disk, for `copydesk check`/`analyze` and the evaluation and
/// benchmark tools: folders are scanned as a workspace folder would be, files named directly are
/// read whatever their extension. Files are read and analysed in parallel.
public struct CorpusLoader {
    public struct Problem: Sendable, Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public var configurationFile: String?
    public var log: (String) -> Void

    public init(configurationFile: String? = nil, log: @escaping (String) -> Void) {
        self.configurationFile = configurationFile
        self.log = log
    }

    public struct Loaded: Sendable {
        public var corpus: Corpus
        /// Paths in the order they were given or found.
        public var paths: [String]
        /// The rule settings to report with.
        public var rules: RuleConfiguration
        public var configurations: [String: CopydeskConfiguration]
    }

    /// Loads every article under `paths`. A path that does not exist, or a file named directly that
    /// cannot be read or is binary, is a `Problem` (the command exits 2). Files over the size limit
    /// or binary files met while scanning a folder are kept as `skipped-file` findings.
    /// `entityStats: false` leaves out the per-entity totals only the entity queries read (see
    /// `Corpus.tracksEntityStats`): for `check`, which reports rule findings and nothing else.
    public func load(_ paths: [String], entityStats: Bool = true) -> Result<Loaded, Problem> {
        var explicitConfig: CopydeskConfiguration? = nil
        if let file = configurationFile {
            switch FileSystem.readArticle(file, limit: 1 << 20) {
            case .success(let text):
                let (config, problems) = CopydeskConfiguration.parse(text, origin: file)
                problems.forEach(log)
                explicitConfig = config
            case .failure(let error):
                return .failure(Problem(path: file, reason: error.description))
            }
        }
        var files: [(path: String, limit: Int, explicit: Bool)] = []
        var configurations: [String: CopydeskConfiguration] = [:]
        for path in paths {
            guard FileSystem.exists(path) else { return .failure(Problem(path: path, reason: "no such file or directory")) }
            if FileSystem.isDirectory(path) {
                let config = explicitConfig ?? folderConfiguration(path)
                let found = FileSystem.articleFiles(under: path, configuration: config, log: log)
                for f in found {
                    let shown = path == "." && f.hasPrefix("./") ? String(f.dropFirst(2)) : f
                    files.append((shown, config.maxFileSize, false))
                    configurations[shown] = config
                }
            } else {
                let config = explicitConfig ?? CopydeskConfiguration()
                files.append((path, config.maxFileSize, true))
                configurations[path] = config
            }
        }
        // Read, analyse and prepare the cross-article facts in parallel; indexing stays serial.
        let slots = ResultSlots<Result<PreparedArticle, Problem>>(count: files.count)
        let work = files
        DispatchQueue.concurrentPerform(iterations: work.count) { i in
            let (path, limit, explicit) = work[i]
            let format = ArticleFormat.forPath(path)
            switch FileSystem.readArticle(path, limit: limit) {
            case .success(let text):
                slots.set(i, .success(PreparedArticle(path: path, article: ArticleAnalyzer.analyze(text, format: format))))
            case .failure(let error):
                if !explicit, error == .binary || { if case .tooLarge = error { return true } else { return false } }() {
                    let name = (path as NSString).lastPathComponent
                    slots.set(i, .success(PreparedArticle(path: path, article: ArticleAnalyzer.skipped(name, format: format, reason: "Not analysed: \(error)"))))
                } else {
                    slots.set(i, .failure(Problem(path: path, reason: error.description)))
                }
            }
        }
        var corpus = Corpus()
        corpus.tracksEntityStats = entityStats
        var order: [String] = []
        for (i, file) in files.enumerated() {
            switch slots.get(i) {
            case .success(let prepared)?:
                if corpus.record(file.path) == nil { order.append(file.path) }
                corpus.update(prepared, computeImpact: false)
            case .failure(let problem)?:
                return .failure(problem)
            case nil:
                return .failure(Problem(path: file.path, reason: "was not read"))
            }
        }
        let rules = explicitConfig?.rules ?? configurations.values.first?.rules ?? RuleConfiguration()
        return .success(Loaded(corpus: corpus, paths: order, rules: rules, configurations: configurations))
    }

    func folderConfiguration(_ folder: String) -> CopydeskConfiguration {
        let file = (folder.hasSuffix("/") ? folder : folder + "/") + CopydeskConfiguration.fileName
        guard FileSystem.exists(file) else { return CopydeskConfiguration() }
        switch FileSystem.readArticle(file, limit: 1 << 20) {
        case .success(let text):
            let (config, problems) = CopydeskConfiguration.parse(text, origin: file)
            problems.forEach(log)
            return config
        case .failure(let error):
            log("\(file): \(error); using defaults")
            return CopydeskConfiguration()
        }
    }
}
