/// A key that links one article's facts to other articles' (a claim's event, a person's roles at
/// an organisation, a quotation's fingerprint), as the corpus indexes it: 64 bits, not a string.
/// An article holds hundreds of them, and every bulk load and keystroke builds, hashes and indexes
/// them all, so they are made without allocating: a named key is the FNV-1a hash of its prefix
/// and text ("claim:" + "n:xiaomi|enter|place:united states"), a quotation fingerprint is its own
/// hash in a separate namespace.
///
/// Two different keys can collide only by chance (about one pair in 10^19), and a collision costs
/// only a comparison: the index picks candidate articles, and the rules then compare the facts
/// themselves.
public struct DependencyKey: Hashable, Sendable {
    public let rawValue: UInt64

    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The key `prefix + text`, hashed without building the joined string.
    public init(_ prefix: StaticString, _ text: String) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        prefix.withUTF8Buffer { for b in $0 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } }
        var text = text
        text.withUTF8 { for b in $0 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } }
        rawValue = h
    }

    /// The key of a quotation fingerprint (see `QuoteWords.fingerprintHashes`): moved into its own
    /// namespace by an odd multiplier, so it does not stand for a named key with the same hash.
    public init(quoteFingerprint hash: UInt64) {
        rawValue = (hash ^ 0x5155_4f54_4521_0000) &* 0x9E37_79B9_7F4A_7C15
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// `keys` sorted, each once: an article's keys as a record keeps them.
    static func unique(_ keys: [DependencyKey]) -> [DependencyKey] {
        guard keys.count > 1 else { return keys }
        var sorted = keys.sorted { $0.rawValue < $1.rawValue }
        var w = 1
        for r in 1..<sorted.count where sorted[r] != sorted[w - 1] {
            sorted[w] = sorted[r]
            w += 1
        }
        sorted.removeLast(sorted.count - w)
        return sorted
    }
}
