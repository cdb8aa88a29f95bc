/// Names with a value attached (a place's canonical name and kind, an organisation's expansion),
/// kept as data and matched token by token by hash, so lookups never allocate.
///
/// Data format, one entry per line: `Canonical Name | alias | alias …`. Every form (the canonical
/// one included) matches; the value is the canonical name, lowercased. Blank lines and lines
/// starting with `#` are ignored.
struct Gazetteer: Sendable {
    struct Entry: Sendable, Hashable {
        /// Lowercased canonical name: "united states".
        var canonical: String
        /// A small tag the owner of the list defines (place kind, …).
        var tag: UInt8
    }

    private var table: WordTable<[(rest: [UInt64], entry: Int32)]> = [:]
    /// The same forms as words only (punctuation other than "&" dropped), for `exact(words:)`:
    /// "St. Louis" is the words "st", "louis".
    private var wordTable: WordTable<[(rest: [UInt64], entry: Int32)]> = [:]
    private(set) var entries: [Entry] = []

    init() {}

    init(lines: String, tag: UInt8 = 0) {
        add(lines: lines, tag: tag)
    }

    mutating func add(lines: String, tag: UInt8) {
        for line in lines.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: " \t\r")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let forms = trimmed.split(separator: "|").map { String($0.trimmingCharacters(in: " \t")) }.filter { !$0.isEmpty }
            guard let canonical = forms.first else { continue }
            add(forms: forms, canonical: canonical.lowercased(), tag: tag)
        }
    }

    mutating func add(forms: [String], canonical: String, tag: UInt8) {
        let index = Int32(entries.count)
        entries.append(Entry(canonical: canonical, tag: tag))
        for form in forms {
            let tokens = Tokenizer.tokenize(Array(form.utf8))
            let words = tokens.map(\.hash)
            guard let first = words.first else { continue }
            table[first, default: []].append((Array(words.dropFirst()), index))
            let wordsOnly = tokens.filter { $0.kind == .word || $0.kind == .number || $0.isPunctuation("&") }.map(\.hash)
            if let f = wordsOnly.first { wordTable[f, default: []].append((Array(wordsOnly.dropFirst()), index)) }
        }
    }

    /// The longest entry matching tokens `index…` (not past `limit`), as its length in tokens and entry.
    func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> (length: Int, entry: Entry)? {
        let end = min(limit ?? tokens.count, tokens.count)
        guard index >= 0, index < end, let candidates = table[tokens[index].hash] else { return nil }
        var best: (length: Int, entry: Entry)? = nil
        for candidate in candidates where index + candidate.rest.count < end {
            var ok = true
            for (k, h) in candidate.rest.enumerated() where tokens[index + 1 + k].hash != h {
                ok = false
                break
            }
            if ok, candidate.rest.count + 1 > (best?.length ?? 0) {
                best = (candidate.rest.count + 1, entries[Int(candidate.entry)])
            }
        }
        return best
    }

    /// Whether the tokens `range` are exactly one entry.
    func exact(_ tokens: [Token], _ range: Range<Int>) -> Entry? {
        guard let m = match(tokens, at: range.lowerBound, limit: range.upperBound), m.length == range.count else { return nil }
        return m.entry
    }

    /// The entry that is exactly these word hashes.
    func exact(words: ArraySlice<UInt64>) -> Entry? {
        guard let first = words.first, let candidates = wordTable[first] else { return nil }
        let rest = words.dropFirst()
        for c in candidates where c.rest.count == rest.count && c.rest.elementsEqual(rest) { return entries[Int(c.entry)] }
        return nil
    }

    func exact(words: [UInt64]) -> Entry? { exact(words: words[...]) }

    /// Lookup of a single word by hash.
    func single(_ hash: UInt64) -> Entry? {
        guard let candidates = table[hash] else { return nil }
        for c in candidates where c.rest.isEmpty { return entries[Int(c.entry)] }
        return nil
    }

    /// Lookup of a lowercased phrase (for keys built from text).
    func lookup(_ phrase: String) -> Entry? {
        let words = Lexicon.words(of: phrase)
        guard let first = words.first, let candidates = table[first] else { return nil }
        for c in candidates where c.rest == Array(words.dropFirst()) { return entries[Int(c.entry)] }
        return nil
    }
}
