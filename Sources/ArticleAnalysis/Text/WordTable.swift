/// Hash tables keyed by word hashes (`Bytes.wordHash`). The keys are already well-mixed 64-bit
/// hashes, so these tables index by a multiply-shift of the key instead of running the standard
/// library's seeded SipHash on every lookup: lexicon lookups sit in every hot loop of analysis.
/// Open addressing with linear probing; deletion shifts entries back, so no tombstones.
public struct WordTable<Value>: Sequence {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline var shift: UInt64
    @usableFromInline var _count = 0
    public var count: Int { _count }

    /// An empty table that allocates nothing until the first insert: many tables (an entity's
    /// acronyms, its descriptions) stay empty.
    @inlinable public init() {
        keys = []
        values = []
        shift = 63
    }

    @inlinable public init(minimumCapacity: Int) {
        var bits: UInt64 = 3
        while (1 << bits) < minimumCapacity * 2 { bits += 1 }
        keys = Array(repeating: 0, count: 1 << Int(bits))
        values = Array(repeating: nil, count: 1 << Int(bits))
        shift = 64 - bits
    }

    public var isEmpty: Bool { _count == 0 }

    @inlinable @inline(__always) func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inlinable @inline(__always) func find(_ key: UInt64) -> (index: Int, found: Bool) {
        let mask = keys.count - 1
        // Nothing allocated yet (`init()`): absent, and an insert grows the table first.
        if mask < 0 { return (0, false) }
        var i = slot(key)
        while true {
            guard values[i] != nil else { return (i, false) }
            if keys[i] == key { return (i, true) }
            i = (i + 1) & mask
        }
    }

    public subscript(key: UInt64) -> Value? {
        @inlinable get {
            let (i, found) = find(key)
            return found ? values[i] : nil
        }
        @inlinable set {
            if let newValue {
                let (i, found) = find(key)
                if found {
                    values[i] = newValue
                } else {
                    insertMissing(key, newValue, at: i)
                }
            } else {
                remove(key)
            }
        }
    }

    /// Adds `delta` to the count under `key` (absent counts as zero), with one lookup.
    @inlinable public mutating func increment(_ key: UInt64, by delta: Value = 1) where Value: BinaryInteger {
        let (i, found) = find(key)
        if found {
            values[i] = values[i]! + delta
        } else {
            insertMissing(key, delta, at: i)
        }
    }

    /// Stores a key `find` reported missing at slot `i`, growing the table first when it is half full.
    @inlinable mutating func insertMissing(_ key: UInt64, _ value: Value, at slot: Int) {
        var i = slot
        if (_count + 1) * 2 > keys.count {
            grow()
            i = find(key).index
        }
        keys[i] = key
        values[i] = value
        _count += 1
    }

    public subscript(key: UInt64, default fallback: @autoclosure () -> Value) -> Value {
        @inlinable get { self[key] ?? fallback() }
        @inlinable set { self[key] = newValue }
    }

    @discardableResult
    public mutating func remove(_ key: UInt64) -> Value? {
        var (i, found) = find(key)
        guard found else { return nil }
        let removed = values[i]
        let mask = keys.count - 1
        values[i] = nil
        _count -= 1
        // Shift back the entries that probed past the hole.
        var j = i
        while true {
            j = (j + 1) & mask
            guard values[j] != nil else { break }
            let home = slot(keys[j])
            let between = i <= j ? (home > i && home <= j) : (home > i || home <= j)
            if !between {
                keys[i] = keys[j]
                values[i] = values[j]
                values[j] = nil
                i = j
            }
        }
        return removed
    }

    /// Doubles the slots and moves every entry (keys are distinct, so no lookups are needed).
    @inlinable mutating func grow() {
        var bigger = WordTable(minimumCapacity: keys.count)
        let mask = bigger.keys.count - 1
        for j in 0..<keys.count {
            guard let v = values[j] else { continue }
            var i = bigger.slot(keys[j])
            while bigger.values[i] != nil { i = (i + 1) & mask }
            bigger.keys[i] = keys[j]
            bigger.values[i] = v
        }
        bigger._count = _count
        values = []
        self = bigger
    }

    public func makeIterator() -> AnyIterator<(key: UInt64, value: Value)> {
        var i = 0
        let keys = self.keys
        let values = self.values
        return AnyIterator {
            while i < keys.count {
                defer { i += 1 }
                if let v = values[i] { return (keys[i], v) }
            }
            return nil
        }
    }

    public var allKeys: [UInt64] { zip(keys, values).compactMap { k, v in v == nil ? nil : k } }
}

extension WordTable: Sendable where Value: Sendable {}

extension WordTable: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (UInt64, Value)...) {
        if elements.isEmpty {
            self.init()
            return
        }
        self.init(minimumCapacity: elements.count)
        for (k, v) in elements { self[k] = v }
    }
}

/// A set of word hashes (see `WordTable`).
public struct WordSet: Sequence, Sendable, ExpressibleByArrayLiteral {
    @usableFromInline var table = WordTable<Bool>()

    public init() {}
    public init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        for h in hashes { table[h] = true }
    }
    public init(arrayLiteral elements: UInt64...) { self.init(elements) }

    public var count: Int { table.count }
    public var isEmpty: Bool { table.isEmpty }
    @inlinable @inline(__always) public func contains(_ hash: UInt64) -> Bool { table.find(hash).found }

    @discardableResult
    public mutating func insert(_ hash: UInt64) -> (inserted: Bool, memberAfterInsert: UInt64) {
        if table[hash] != nil { return (false, hash) }
        table[hash] = true
        return (true, hash)
    }

    @discardableResult
    public mutating func remove(_ hash: UInt64) -> UInt64? { table.remove(hash) != nil ? hash : nil }

    public mutating func formUnion<S: Sequence>(_ other: S) where S.Element == UInt64 {
        for h in other { table[h] = true }
    }

    public func union<S: Sequence>(_ other: S) -> WordSet where S.Element == UInt64 {
        var copy = self
        copy.formUnion(other)
        return copy
    }

    public func isDisjoint(with other: WordSet) -> Bool { !contains(where: { other.contains($0) }) }

    public func makeIterator() -> AnyIterator<UInt64> {
        let keys = table.allKeys
        var i = 0
        return AnyIterator {
            defer { i += 1 }
            return i < keys.count ? keys[i] : nil
        }
    }
}
