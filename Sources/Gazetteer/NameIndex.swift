/// An open-addressing multimap from a folded-name key to gazetteer rows.
///
/// A `Dictionary<String, [Int32]>` of the 380,000 names took most of the load time (a String
/// and an array per name). Here a name costs 12 bytes and one probe sequence; a name with many
/// places ("San José") simply occupies several slots with the same key.
@usableFromInline struct NameIndex: Sendable {
    private let keys: StoredArray<UInt64>
    private let rows: StoredArray<Int32>
    private let mask: Int
    /// Two bits per key in one 64-bit word (2^23 bits, 1 MB): most spans a matcher asks about
    /// are not names, and the bits answer without touching the 12 MB table. (One bit in 256 KB
    /// let a fifth of the non-names through, each a cache miss in the table.) Stored with the
    /// table in the load cache: recomputing it would read every key at each start.
    @usableFromInline let filter: StoredArray<UInt64>
    static let filterWords = 1 << 17

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
    var storage: (keys: StoredArray<UInt64>, rows: StoredArray<Int32>, filter: StoredArray<UInt64>) { (keys, rows, filter) }

    /// The tables as the load cache stored them, or nil when their sizes do not fit together.
    init?(keys: StoredArray<UInt64>, rows: StoredArray<Int32>, filter: StoredArray<UInt64>) {
        guard keys.count == rows.count, keys.count >= 16, keys.count & (keys.count - 1) == 0, filter.count == Self.filterWords else { return nil }
        self.keys = keys
        self.rows = rows
        self.filter = filter
        mask = keys.count - 1
    }

    /// Collects names while the gazetteer text is parsed.
    struct Builder {
        private var keys: [UInt64]
        private var rows: [Int32]
        private var filter = [UInt64](repeating: 0, count: NameIndex.filterWords)
        private let mask: Int

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
            let (word, bit) = NameIndex.filterBit(key)
            filter[word] |= bit
        }

        func build() -> NameIndex {
            NameIndex(keys: StoredArray(keys), rows: StoredArray(rows), filter: StoredArray(filter))!
        }
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

    /// Appends the entries stored under `key` to `list`, in row (file) order: counted first,
    /// so an empty list is allocated once, and sorted only where probing wrapped around the
    /// table's end.
    func appendPlaces(_ key: UInt64, to list: inout [PlaceID]) {
        let key = key == 0 ? 1 : key
        let (word, bits) = Self.filterBit(key)
        guard filter[word] & bits == bits else { return }
        keys.withUnsafeBufferPointer { keys in
            rows.withUnsafeBufferPointer { rows in
                let first = Int(truncatingIfNeeded: key) & mask
                var count = 0
                var slot = first
                while keys[slot] != 0 {
                    if keys[slot] == key { count += 1 }
                    slot = (slot + 1) & mask
                }
                guard count > 0 else { return }
                if list.isEmpty { list.reserveCapacity(count) }
                let start = list.count
                slot = first
                while list.count - start < count {
                    if keys[slot] == key {
                        // Insertion: rows come in order unless the probe wrapped around.
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

    @usableFromInline func contains(_ key: UInt64) -> Bool {
        var found = false
        forEachRow(key) { _ in found = true }
        return found
    }
}
