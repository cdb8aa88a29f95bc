import ArticleAnalysis
import CorpusAnalysis
import JSONRPC

/// Settings from a root's `.copydesk.json` and from the editor:
///
///     {
///       "include": ["**/*.md", "**/*.txt"],
///       "exclude": ["drafts/**"],
///       "rules": { "unattributed-quote": "error", "unresolved-date": "off" },
///       "maxFileSize": 5000000
///     }
///
/// Wrong types are reported and ignored; the defaults keep working.
public struct CopydeskConfiguration: Sendable, Hashable {
    public static let fileName = ".copydesk.json"
    public static let defaultMaxFileSize = 5 * 1024 * 1024
    public static let articleExtensions = ["md", "markdown", "txt", "article"]

    public var include: [Glob] = []
    public var exclude: [Glob] = []
    public var rules = RuleConfiguration()
    public var maxFileSize = CopydeskConfiguration.defaultMaxFileSize

    public init() {}

    /// Reads a configuration document. Returns the configuration and a message for each problem.
    public static func parse(_ text: String, origin: String) -> (CopydeskConfiguration, [String]) {
        var config = CopydeskConfiguration()
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            return (config, ["\(origin): not valid JSON (\(error.reason) at byte \(error.offset)); using defaults"])
        }
        let problems = config.merge(value, origin: origin)
        return (config, problems)
    }

    /// Applies settings from a JSON object (a `.copydesk.json` or the editor's `copydesk` section)
    /// on top of these. Returns a message for each setting that could not be used.
    @discardableResult
    public mutating func merge(_ value: JSONValue, origin: String) -> [String] {
        guard case .object(let object) = value else {
            if value.isNull { return [] }
            return ["\(origin): settings must be a JSON object; using defaults"]
        }
        var problems: [String] = []
        func globs(_ key: String) -> [Glob]? {
            guard let v = object[key] else { return nil }
            if let s = v.stringValue { return [Glob(s)] }
            guard let items = v.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
                problems.append("\(origin): \"\(key)\" must be a list of glob strings; ignored")
                return nil
            }
            return items.compactMap(\.stringValue).map(Glob.init)
        }
        if let g = globs("include") { include = g }
        if let g = globs("exclude") { exclude = g }
        if let v = object["maxFileSize"] {
            if let n = v.intValue, n > 0 {
                maxFileSize = n
            } else {
                problems.append("\(origin): \"maxFileSize\" must be a positive number of bytes; using \(maxFileSize)")
            }
        }
        if let v = object["rules"] {
            if case .object(let rules) = v {
                for (code, setting) in rules.sorted(by: { $0.key < $1.key }) {
                    if !RuleCatalog.codes.contains(code) {
                        problems.append("\(origin): unknown rule \"\(code)\" (known: \(RuleCatalog.codes.joined(separator: ", ")))")
                        continue
                    }
                    switch CopydeskConfiguration.severity(setting) {
                    case .some(let severity): self.rules.overrides[code] = .some(severity)
                    case .none:
                        problems.append("\(origin): rule \"\(code)\" must be \"error\", \"warning\", \"information\", \"hint\" or \"off\"; ignored")
                    }
                }
            } else {
                problems.append("\(origin): \"rules\" must be an object of rule → severity; ignored")
            }
        }
        for key in object.keys.sorted() where !["include", "exclude", "rules", "maxFileSize", "$schema", "trace", "path", "serverPath"].contains(key) {
            problems.append("\(origin): unknown setting \"\(key)\" ignored")
        }
        return problems
    }

    /// "error"/"warning"/"information"/"info"/"hint" → severity; "off"/false → rule off (`.some(nil)`).
    static func severity(_ value: JSONValue) -> Severity?? {
        if value.boolValue == false { return .some(nil) }
        guard let s = value.stringValue?.lowercased() else { return nil }
        switch s {
        case "off", "none", "ignore", "disabled": return .some(nil)
        case "info": return .some(.information)
        default: return Severity(rawValue: s).map { .some($0) }
        }
    }

    /// Whether a file (path relative to its root) is an article this workspace reads.
    public func includes(relativePath: String) -> Bool {
        if exclude.contains(where: { $0.matches(relativePath) }) { return false }
        if !include.isEmpty { return include.contains(where: { $0.matches(relativePath) }) }
        return CopydeskConfiguration.hasArticleExtension(relativePath)
    }

    static let articleExtensionBytes = articleExtensions.map { Array($0.utf8) }

    /// Whether the last non-empty `.`-separated part of `path`, lowercased, is an article
    /// extension (and the path has a dot): what `split(separator: ".").last?.lowercased()` says,
    /// read from the bytes without allocating, since every file of a workspace is asked.
    static func hasArticleExtension(_ path: String) -> Bool {
        let answer = path.utf8.withContiguousStorageIfAvailable { hasArticleExtension(bytes: $0) }
        return answer ?? hasArticleExtension(bytes: Array(path.utf8).withUnsafeBufferPointer { $0 })
    }

    static func hasArticleExtension(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        guard end < bytes.count || bytes.contains(UInt8(ascii: ".")) else { return false }
        var start = end
        while start > 0, bytes[start - 1] != UInt8(ascii: ".") { start -= 1 }
        let length = end - start
        return articleExtensionBytes.contains { ext in
            guard ext.count == length else { return false }
            for k in 0..<length where Bytes.lower(bytes[start + k]) != ext[k] { return false }
            return true
        }
    }
}
