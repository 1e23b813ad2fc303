/// An open-addressing multimap from a folded-name key to gazetteer rows.
///
/// A `Dictionary<String, [Int32]>` of the 380,000 names took most of the load time (a String
/// and an array per name). Here a name costs 12 bytes and one probe sequence; a name with many
/// places ("San José") simply occupies several slots with the same key.
@usableFromInline struct NameIndex: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private let mask: Int
    /// Two bits per key in one 64-bit word (2^23 bits, 1 MB): most spans a matcher asks about
    /// are not names, and the bits answer without touching the 12 MB table. (One bit in 256 KB
    /// let a fifth of the non-names through, each a cache miss in the table.)
    @usableFromInline var filter = [UInt64](repeating: 0, count: NameIndex.filterWords)
    private static let filterWords = 1 << 17

    /// The word of `filter` for `key` and the two bits that must be set in it.
    @inlinable @inline(__always)
    static func filterBit(_ key: UInt64) -> (word: Int, mask: UInt64) {
        let mixed = key ^ (key >> 29)
        let word = Int(truncatingIfNeeded: mixed >> 12) & ((1 << 17) - 1) // filterWords - 1
        return (word, 1 << (mixed & 63) | 1 << ((mixed >> 6) & 63))
    }

    /// False when no name has `key` (the filter's answer, inlined into callers); true when
    /// one may, which ``contains(_:)`` settles.
    @inlinable func mayContain(_ key: UInt64) -> Bool {
        let (word, bits) = Self.filterBit(key == 0 ? 1 : key)
        return filter[word] & bits == bits
    }

    /// The raw tables, for the load cache.
    var storage: (keys: [UInt64], rows: [Int32]) { (keys, rows) }

    init?(keys: [UInt64], rows: [Int32]) {
        guard keys.count == rows.count, keys.count >= 16, keys.count & (keys.count - 1) == 0 else { return nil }
        self.keys = keys
        self.rows = rows
        mask = keys.count - 1
        for key in keys where key != 0 {
            let (word, bit) = Self.filterBit(key)
            filter[word] |= bit
        }
    }

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 } // load factor at most 1/2: short probes
        keys = Array(repeating: 0, count: size)
        rows = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// Adds `row` under `key`, unless that exact pair is already there (a name and an
    /// alias that fold alike).
    mutating func insert(_ key: UInt64, row: Int32) {
        let key = key == 0 ? 1 : key // 0 marks an empty slot
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 {
            if keys[slot] == key && rows[slot] == row { return }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        rows[slot] = row
        let (word, bit) = Self.filterBit(key)
        filter[word] |= bit
    }

    /// Calls `body` with each row stored under `key`.
    func forEachRow(_ key: UInt64, _ body: (Int32) -> Void) {
        let key = key == 0 ? 1 : key
        let (word, bits) = Self.filterBit(key)
        guard filter[word] & bits == bits else { return }
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 {
            if keys[slot] == key { body(rows[slot]) }
            slot = (slot + 1) & mask
        }
    }

    /// Appends the entries stored under `key` to `list`, in row (file) order, in one walk of
    /// the probe sequence: rows were inserted in file order, each into the first free slot of
    /// the same sequence, so they come in order; the insertion step only guards that.
    func appendPlaces(_ key: UInt64, to list: inout [PlaceID]) {
        let key = key == 0 ? 1 : key
        let (word, bits) = Self.filterBit(key)
        guard filter[word] & bits == bits else { return }
        keys.withUnsafeBufferPointer { keys in
            rows.withUnsafeBufferPointer { rows in
                let start = list.count
                var slot = Int(truncatingIfNeeded: key) & mask
                while keys[slot] != 0 {
                    if keys[slot] == key {
                        let place = PlaceID(row: rows[slot])
                        list.append(place)
                        var index = list.count - 1
                        while index > start, place < list[index - 1] {
                            list.swapAt(index, index - 1)
                            index -= 1
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Whether some row is stored under `key`: stops at the first.
    @usableFromInline func contains(_ key: UInt64) -> Bool {
        let key = key == 0 ? 1 : key
        let (word, bits) = Self.filterBit(key)
        guard filter[word] & bits == bits else { return false }
        return keys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 {
                if keys[slot] == key { return true }
                slot = (slot + 1) & mask
            }
            return false
        }
    }
}
