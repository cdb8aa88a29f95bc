/// A set of words or phrases, kept as data and matched by hash so lookups in hot loops never
/// allocate. Entries are case-insensitive; a phrase is matched token by token.
public struct Lexicon: Sendable {
    private var single = WordSet()
    /// First-word hash → the remaining word hashes of each phrase starting with it, longest first.
    private var phrases = WordTable<[[UInt64]]>()
    public private(set) var count = 0

    public init(_ entries: [String]) {
        for entry in entries { insert(entry) }
    }

    /// One entry per line; blank lines and lines starting with `#` are ignored.
    public init(lines: String) {
        self.init([])
        for line in lines.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: " \t\r")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            insert(String(trimmed))
        }
    }

    public mutating func insert(_ entry: String) {
        let words = Lexicon.words(of: entry)
        guard let first = words.first else { return }
        count += 1
        if words.count == 1 {
            single.insert(first)
        } else {
            phrases[first, default: []].append(Array(words.dropFirst()))
            phrases[first]!.sort { $0.count > $1.count }
        }
    }

    /// Splits an entry the way the tokenizer splits text, and hashes each word.
    static func words(of entry: String) -> [UInt64] {
        let tokens = Tokenizer.tokenize(Array(entry.utf8))
        return tokens.map(\.hash)
    }

    public func contains(_ hash: UInt64) -> Bool { single.contains(hash) }
    public func contains(word: String) -> Bool { single.contains(Bytes.wordHash(word)) }

    /// The length in tokens of the longest entry that matches at `index`, or 0.
    public func match(_ tokens: [Token], at index: Int) -> Int {
        guard index < tokens.count else { return 0 }
        let first = tokens[index].hash
        if let candidates = phrases[first] {
            for rest in candidates where index + rest.count < tokens.count {
                var ok = true
                for (k, h) in rest.enumerated() where tokens[index + 1 + k].hash != h {
                    ok = false
                    break
                }
                if ok { return rest.count + 1 }
            }
        }
        return single.contains(first) ? 1 : 0
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> Substring {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
