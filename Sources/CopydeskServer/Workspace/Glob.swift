/// Glob patterns as `.copydesk.json` uses them, matched against paths relative to a root:
/// `*` (within a path segment), `**` (any number of segments), `?`, `[abc]`, `[!abc]`, `{a,b}`.
/// A pattern without a `/` matches a file name at any depth.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let alternatives: [[UInt8]]
    private let anyDepth: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        var p = pattern
        if p.hasPrefix("./") { p.removeFirst(2) }
        if p.hasPrefix("/") { p.removeFirst() }
        anyDepth = !p.contains("/")
        alternatives = Glob.expandBraces(p).map { Array($0.utf8) }
    }

    public func matches(_ relativePath: String) -> Bool {
        let path = Array(relativePath.utf8)
        for alt in alternatives {
            if Glob.match(alt[...], path[...]) { return true }
            if anyDepth, let slash = path.lastIndex(of: UInt8(ascii: "/")), Glob.match(alt[...], path[(slash + 1)...]) { return true }
            // A directory pattern "drafts" or "drafts/**" also covers everything inside.
            if Glob.match(alt[...] + Array("/**".utf8), path[...]) { return true }
        }
        return false
    }

    static func expandBraces(_ s: String) -> [String] {
        guard let open = s.firstIndex(of: "{"), let close = s[open...].firstIndex(of: "}") else { return [s] }
        let head = s[..<open]
        let tail = s[s.index(after: close)...]
        let options = s[s.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
        return options.flatMap { expandBraces(String(head) + $0 + tail) }
    }

    static func match(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) -> Bool {
        var p = p
        var s = s
        while let c = p.first {
            if c == UInt8(ascii: "*") {
                let isDouble = p.count >= 2 && p[p.startIndex + 1] == UInt8(ascii: "*")
                if isDouble {
                    var rest = p.dropFirst(2)
                    if rest.first == UInt8(ascii: "/") { rest = rest.dropFirst() }
                    // ** matches zero or more whole segments.
                    if match(rest, s) { return true }
                    var k = s.startIndex
                    while k < s.endIndex {
                        if s[k] == UInt8(ascii: "/"), match(rest, s[(k + 1)...]) { return true }
                        k += 1
                    }
                    return rest.isEmpty
                }
                let rest = p.dropFirst()
                var k = s.startIndex
                while true {
                    if match(rest, s[k...]) { return true }
                    if k == s.endIndex || s[k] == UInt8(ascii: "/") { return false }
                    k += 1
                }
            }
            guard let h = s.first else { return false }
            if c == UInt8(ascii: "?") {
                if h == UInt8(ascii: "/") { return false }
            } else if c == UInt8(ascii: "[") {
                guard let close = p.dropFirst().firstIndex(of: UInt8(ascii: "]")) else { return false }
                var set = p[(p.startIndex + 1)..<close]
                var negate = false
                if set.first == UInt8(ascii: "!") || set.first == UInt8(ascii: "^") {
                    negate = true
                    set = set.dropFirst()
                }
                var found = false
                var i = set.startIndex
                while i < set.endIndex {
                    if i + 2 < set.endIndex, set[i + 1] == UInt8(ascii: "-") {
                        if set[i] <= h && h <= set[i + 2] { found = true }
                        i += 3
                    } else {
                        if set[i] == h { found = true }
                        i += 1
                    }
                }
                if found == negate { return false }
                p = p[close...]
            } else if c != h {
                return false
            }
            p = p.dropFirst()
            s = s.dropFirst()
        }
        return s.isEmpty
    }
}
