/// A set of folded-name keys (``NameKey``) for the word lists matchers ask about on every
/// capitalized token ("is this a title, a connector, a common word?").
///
/// The keys are already 64-bit hashes, so the table uses their bits directly: `Set<UInt64>`
/// would run SipHash on every lookup, which showed in the `places` profile.
public struct FoldedKeySet: Sendable {
    @usableFromInline let table: FoldedKeyMap<Bool>

    public init(_ keys: some Sequence<UInt64>) {
        table = FoldedKeyMap(keys.map { ($0, true) })
    }

    /// (The keys alone are probed: every key of a set holds a value, so its slot is the answer.)
    @inlinable public func contains(_ key: UInt64) -> Bool { table.hasSlot(for: key) }

    /// A set over a table read back from the load cache.
    init(table: FoldedKeyMap<Bool>) {
        self.table = table
    }
}

/// A map from folded-name keys to values, with the same open-addressing layout as
/// ``FoldedKeySet``. Later pairs win over earlier ones with the same key.
public struct FoldedKeyMap<Value: Sendable>: Sendable {
    // Visible to other modules' inlined code: an unspecialized generic call per lookup showed
    // in the entities profile.
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline var mask: Int
    /// Slots holding a key (a key set to nil keeps its slot).
    @usableFromInline var used = 0

    @inlinable public init(_ pairs: some Collection<(UInt64, Value)>) {
        self.init(capacity: pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// An empty map with room for `capacity` keys before it grows: a per-document memory
    /// without SipHash.
    @inlinable public init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 } // load factor at most 1/2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inlinable public subscript(key: UInt64) -> Value? {
        get {
            // Probed through a buffer pointer: no bounds check per slot (the mask keeps it inside).
            let stored = Self.stored(key)
            return keys.withUnsafeBufferPointer { keys in
                var slot = Self.slot(key, mask)
                while keys[slot] != 0 {
                    if keys[slot] == stored { return values[slot] }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
        set {
            let stored = Self.stored(key)
            var slot = Self.slot(key, mask)
            while keys[slot] != 0 && keys[slot] != stored { slot = (slot + 1) & mask }
            if keys[slot] == 0 {
                if (used + 1) * 2 > keys.count {
                    grow()
                    self[key] = newValue
                    return
                }
                keys[slot] = stored
                used += 1
            }
            values[slot] = newValue
        }
    }

    /// Whether `key` has a slot, without reading its value: for ``FoldedKeySet``, whose keys
    /// all hold one (a key set to nil keeps its slot, so this is not `self[key] != nil` in general).
    @inlinable func hasSlot(for key: UInt64) -> Bool {
        let stored = Self.stored(key)
        return keys.withUnsafeBufferPointer { keys in
            var slot = Self.slot(key, mask)
            while keys[slot] != 0 {
                if keys[slot] == stored { return true }
                slot = (slot + 1) & mask
            }
            return false
        }
    }

    /// A table read back from the load cache; nil when its arrays do not fit together.
    init?(keys: [UInt64], values: [Value?], used: Int) {
        guard keys.count == values.count, keys.count >= 16, keys.count & (keys.count - 1) == 0, used * 2 <= keys.count else { return nil }
        self.keys = keys
        self.values = values
        mask = keys.count - 1
        self.used = used
    }

    /// Doubles the table, keeping the load factor at most 1/2.
    @inlinable mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        used = 0
        for (slot, key) in oldKeys.enumerated() where key != 0 { self[key] = oldValues[slot] }
    }

    public var count: Int { values.lazy.filter { $0 != nil }.count }

    /// Empties the map for about `capacity` keys, in its own table when that is large enough and
    /// not four times too large: a per-document map kept from one document to the next clears
    /// its table instead of allocating two arrays through the unspecialized
    /// `Array(repeating:count:)`.
    @inlinable public mutating func removeAll(reservingCapacity capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        guard keys.count >= size && keys.count <= 4 * size else {
            self = Self(capacity: capacity)
            return
        }
        keys.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        values.withUnsafeMutableBufferPointer { $0.update(repeating: nil) }
        used = 0
    }

    /// 0 marks an empty slot, so a key of 0 is stored as 1 (a collision of one in 2^64).
    @inlinable static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }
    @inlinable static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 32)) & mask }
}
