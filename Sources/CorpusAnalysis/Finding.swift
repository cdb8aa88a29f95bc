import ArticleAnalysis

public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    case error
    case warning
    case information
    case hint
}

/// A diagnostic in plain terms: where (byte offsets in the article), what, and where else to look.
public struct Finding: Sendable, Hashable {
    public struct Related: Sendable, Hashable {
        public var location: TextLocation
        public var message: String
        public init(location: TextLocation, message: String) {
            self.location = location
            self.message = message
        }
    }

    public var range: Range<Int>
    public var severity: Severity
    public var code: String
    public var message: String
    public var related: [Related]
    /// Facts a code action needs (e.g. the quote's speakers); rule-specific, string-valued.
    public var data: [String: String]

    public init(range: Range<Int>, severity: Severity, code: String, message: String, related: [Related] = [], data: [String: String] = [:]) {
        self.range = range
        self.severity = severity
        self.code = code
        self.message = message
        self.related = related
        self.data = data
    }
}

/// Per-rule severity overrides, from `.copydesk.json` or editor settings. `nil` turns a rule off.
public struct RuleConfiguration: Sendable, Hashable {
    public var overrides: [String: Severity?]
    public init(overrides: [String: Severity?] = [:]) { self.overrides = overrides }

    /// The severity to report `code` at, or nil when the rule is off.
    public func severity(for code: String, default fallback: Severity) -> Severity? {
        if let override = overrides[code] { return override }
        return fallback
    }
}
