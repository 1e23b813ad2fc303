import Gazetteer

/// A map whose keys are names: runs of tokens, equal when their words are
/// (``TokenFacts/identity``, so "KUPIANSK" and "Kupiansk" are one name). The conventions and
/// the linker look names up for every span; keyed by `[UInt64]` arrays, that was an array
/// allocation and a SipHash per lookup. Here a name is found by a hash of its words and then
/// compared word by word, so two names never share a value because their hashes collide.
///
/// Its lookups are inlined into the callers: called, `update` reached its callers' closures
/// through thunks and hashed the name in one more call (2.4 M instructions per MB of news).
struct NameMap<Value> {
    private var facts: [TokenFacts]
    /// Hash of a name → the newest entry with that hash; entries with the same hash are chained.
    /// Made when the map outgrows ``scanLimit`` names: most documents' maps never do, and a
    /// table is two allocations through the unspecialized `Array(repeating:count:)`.
    private var heads: FoldedKeyMap<Int>?
    private var capacity: Int
    private var entries: [(name: Range<Int>, hash: UInt64, value: Value, next: Int?)] = []
    /// Up to this many names, a lookup compares the hashes of all entries instead.
    private static var scanLimit: Int { 16 }

    /// `capacity`: about how many names will be stored.
    init(facts: [TokenFacts], capacity: Int = 0) {
        self.facts = facts
        self.capacity = capacity
    }

    /// Empties the map for the names of another document (`facts`), keeping its entries'
    /// storage (``DocumentScratch``).
    mutating func reset(facts: [TokenFacts], capacity: Int) {
        self.facts = facts
        self.capacity = capacity
        entries.removeAll(keepingCapacity: true)
        heads = nil
    }

    @inline(__always)
    subscript(name: Range<Int>) -> Value? { self[name, hash: hash(name)] }

    /// The value of `name`, whose ``Swift/Array/nameHash(_:)`` the caller had.
    @inline(__always)
    subscript(name: Range<Int>, hash hash: UInt64) -> Value? { entry(name, hash: hash).map { entries[$0].value } }

    /// Sets the value of `name`, replacing any earlier one.
    @inline(__always)
    mutating func set(_ name: Range<Int>, _ value: Value) {
        set(name, hash: hash(name), value)
    }

    /// ``set(_:_:)`` with the name's ``Swift/Array/nameHash(_:)``, which the caller had.
    @inline(__always)
    mutating func set(_ name: Range<Int>, hash: UInt64, _ value: Value) {
        update(name, hash: hash, default: value) { $0 = value }
    }

    /// Changes the value of `name` in place, starting from `initial` when it has none; returns
    /// where the name's entry is, for ``value(at:)``.
    @discardableResult @inline(__always)
    mutating func update(_ name: Range<Int>, default initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) -> Int {
        update(name, hash: facts.nameHash(name), default: initial(), change)
    }

    /// ``update(_:default:_:)`` with the name's ``Swift/Array/nameHash(_:)``, which the caller had.
    @discardableResult @inline(__always)
    mutating func update(_ name: Range<Int>, hash: UInt64, default initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) -> Int {
        if let found = entry(name, hash: hash) {
            change(&entries[found].value)
            return found
        }
        var value = initial()
        change(&value)
        if entries.isEmpty { entries.reserveCapacity(capacity) }
        if heads == nil && entries.count == Self.scanLimit {
            // The chains as insertion would have made them.
            var table = FoldedKeyMap<Int>(capacity: max(capacity, 2 * Self.scanLimit))
            for index in entries.indices {
                entries[index].next = table[entries[index].hash]
                table[entries[index].hash] = index
            }
            heads = table
        }
        entries.append((name, hash, value, heads?[hash] ?? nil))
        heads?[hash] = entries.count - 1
        return entries.count - 1
    }

    /// The value of the entry ``update(_:default:_:)`` returned (entries are never removed).
    func value(at entry: Int) -> Value { entries[entry].value }

    var isEmpty: Bool { entries.isEmpty }

    @inline(__always)
    private func entry(_ name: Range<Int>, hash: UInt64) -> Int? {
        if heads == nil {
            for index in entries.indices where entries[index].hash == hash && sameWords(entries[index].name, name) { return index }
            return nil
        }
        var candidate = heads?[hash] ?? nil
        while let index = candidate {
            if sameWords(entries[index].name, name) { return index }
            candidate = entries[index].next
        }
        return nil
    }

    @inline(__always)
    private func sameWords(_ a: Range<Int>, _ b: Range<Int>) -> Bool { facts.sameWords(a, b) }

    @inline(__always)
    private func hash(_ name: Range<Int>) -> UInt64 { facts.nameHash(name) }
}

extension [TokenFacts] {
    /// A hash of the words of the tokens in `name`, the same for names of the same words.
    @inline(__always)
    func nameHash(_ name: Range<Int>) -> UInt64 {
        var hash = FeatureHash.empty
        for token in name { hash = FeatureHash.mix(hash ^ self[token].identity) }
        return hash
    }

    /// The tokens at `a` and at `b` are the same words, token by token (case aside).
    /// (A loop, not a closure: a closure reading the facts of the document's features copied
    /// them, retaining each of their arrays, at every call.)
    @inline(__always)
    func sameWords(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for offset in 0..<a.count where self[a.lowerBound + offset].identity != self[b.lowerBound + offset].identity { return false }
        return true
    }
}
