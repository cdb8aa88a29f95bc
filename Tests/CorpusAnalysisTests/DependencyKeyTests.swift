import Testing

@testable import CorpusAnalysis

/// The corpus indexes 64-bit keys; what links two articles must not depend on how a key was built.
@Suite struct DependencyKeyTests {
    @Test func aPrefixAndTextHashLikeTheJoinedKey() {
        #expect(DependencyKey("claim:", "n:xiaomi|enter|place:united states") == DependencyKey("claim:n:xiaomi", "|enter|place:united states"))
        #expect(DependencyKey("claim:", "n:xiaomi|enter|") != DependencyKey("role:", "n:xiaomi|enter|"))
        #expect(DependencyKey("claim:", "") != DependencyKey("claim:", " "))
    }

    @Test func aQuoteFingerprintIsNotANamedKeyWithTheSameHash() {
        let named = DependencyKey("claim:", "x")
        #expect(DependencyKey(quoteFingerprint: named.rawValue) != named)
        #expect(DependencyKey(quoteFingerprint: 7) == DependencyKey(quoteFingerprint: 7))
    }

    @Test func uniqueSortsAndDropsRepeats() {
        let keys = [5, 3, 5, 1, 3].map { DependencyKey(rawValue: UInt64($0)) }
        #expect(DependencyKey.unique(keys).map(\.rawValue) == [1, 3, 5])
        #expect(DependencyKey.unique([]).isEmpty)
    }
}
