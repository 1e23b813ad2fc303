/// An open-addressing multimap from a folded-name key to gazetteer rows.
///
/// A `Dictionary<String, [Int32]>` of the 380,000 names took most of the load time (a String
/// and an array per name). Here a name costs one 16-byte slot and one probe sequence; a name
/// with many places ("San José") simply occupies several slots with the same key.
@usableFromInline struct NameIndex: Sendable {
    /// A key and its row side by side: a probe that finds the key has the row in the same cache
    /// line. (In two arrays, the row was a second cache miss, most of the time spent collecting
    /// a name's entries.)
    struct Slot {
        var key: UInt64
        var row: Int32
    }

    private let slots: StoredArray<Slot>
    private let mask: Int
    /// Two bits per key in one 64-bit word (2^23 bits, 1 MB): most spans a matcher asks about
    /// are not names, and the bits answer without touching the 12 MB table. (One bit in 256 KB
    /// let a fifth of the non-names through, each a cache miss in the table.) Stored with the
    /// table in the load cache: recomputing it would read every key at each start.
    ///
    /// The same word holds two more bits per key of names' leading words that more words
    /// follow ("new" and "new york" for "New York City"): a matcher growing a span a word at a
    /// time stops when the span so far begins no name, instead of folding and asking about every
    /// longer span in a run of capitalized words. Both questions about one span are then one
    /// cache line, and the filters one megabyte instead of one and a half: a separate 512 KB
    /// filter of leading words was a second cache miss per span.
    @usableFromInline let filter: StoredArray<UInt64>
    static let filterWords = 1 << 17

    /// The word of `filter` for `key`, the two bits a name sets in it and the two a name's
    /// leading words set.
    @inlinable @inline(__always)
    static func filterBits(_ key: UInt64) -> (word: Int, name: UInt64, prefix: UInt64) {
        let mixed = key ^ (key >> 29)
        let word = Int(truncatingIfNeeded: mixed >> 12) & ((1 << 17) - 1) // filterWords - 1
        return (word, 1 << (mixed & 63) | 1 << ((mixed >> 6) & 63), 1 << ((mixed >> 32) & 63) | 1 << ((mixed >> 38) & 63))
    }

    /// False when no name has `key` (the filter's answer, inlined into callers); true when
    /// one may, which ``contains(_:)`` settles.
    @inlinable @inline(__always) func mayContain(_ key: UInt64) -> Bool {
        let (word, bits, _) = Self.filterBits(key == 0 ? 1 : key)
        return filter[masked: word] & bits == bits
    }

    /// False when no name continues, after a space, the name whose key is `key` (see
    /// ``Builder/insertPrefix(_:)``); true when one may.
    @inlinable func mayBePrefix(_ key: UInt64) -> Bool {
        let (word, _, bits) = Self.filterBits(key == 0 ? 1 : key)
        return filter[masked: word] & bits == bits
    }

    /// The raw tables, for the load cache.
    var storage: (slots: StoredArray<Slot>, filter: StoredArray<UInt64>) {
        (slots, filter)
    }

    /// The tables as the load cache stored them, or nil when their sizes do not fit together.
    init?(slots: StoredArray<Slot>, filter: StoredArray<UInt64>) {
        guard slots.count >= 16, slots.count & (slots.count - 1) == 0, filter.count == Self.filterWords else { return nil }
        self.slots = slots
        self.filter = filter
        mask = slots.count - 1
    }

    /// Collects names while the gazetteer text is parsed.
    struct Builder {
        private var slots: [Slot]
        private var filter = [UInt64](repeating: 0, count: NameIndex.filterWords)
        private let mask: Int

        init(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size <<= 1 } // load factor at most 1/2: short probes
            slots = Array(repeating: Slot(key: 0, row: -1), count: size)
            mask = size - 1
        }

        /// Adds `row` under `key`, unless that exact pair is already there (a name and an
        /// alias that fold alike).
        mutating func insert(_ key: UInt64, row: Int32) {
            let key = key == 0 ? 1 : key // 0 marks an empty slot
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot].key != 0 {
                if slots[slot].key == key && slots[slot].row == row { return }
                slot = (slot + 1) & mask
            }
            slots[slot] = Slot(key: key, row: row)
            let (word, bits, _) = NameIndex.filterBits(key)
            filter[word] |= bits
        }

        /// Records that a name continues, after a space, the leading words whose key is `key`.
        mutating func insertPrefix(_ key: UInt64) {
            let (word, _, bits) = NameIndex.filterBits(key == 0 ? 1 : key)
            filter[word] |= bits
        }

        func build() -> NameIndex {
            NameIndex(slots: StoredArray(slots), filter: StoredArray(filter))!
        }
    }

    /// Calls `body` with each row stored under `key`.
    func forEachRow(_ key: UInt64, _ body: (Int32) -> Void) {
        let key = key == 0 ? 1 : key
        let (word, bits, _) = Self.filterBits(key)
        guard filter[masked: word] & bits == bits else { return }
        var slot = Int(truncatingIfNeeded: key) & mask
        while case let found = slots[masked: slot], found.key != 0 {
            if found.key == key { body(found.row) }
            slot = (slot + 1) & mask
        }
    }

    /// Appends the entries stored under `key` to `list`, in row (file) order, in one walk of
    /// the probe sequence: rows were inserted in file order, each into the first free slot of
    /// the same sequence, so they come in order; the insertion step only guards that.
    /// (Through the stored arrays' inlined subscripts: their buffer-pointer closures were not
    /// inlined, and cost more than the walk.)
    func appendPlaces(_ key: UInt64, to list: inout [PlaceID]) {
        let key = key == 0 ? 1 : key
        let (word, bits, _) = Self.filterBits(key)
        guard filter[masked: word] & bits == bits else { return }
        let start = list.count
        var slot = Int(truncatingIfNeeded: key) & mask
        while case let found = slots[masked: slot], found.key != 0 {
            if found.key == key {
                let place = PlaceID(row: found.row)
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

    /// Whether some row is stored under `key`: stops at the first.
    @usableFromInline func contains(_ key: UInt64) -> Bool {
        let key = key == 0 ? 1 : key
        let (word, bits, _) = Self.filterBits(key)
        guard filter[masked: word] & bits == bits else { return false }
        var slot = Int(truncatingIfNeeded: key) & mask
        while case let found = slots[masked: slot], found.key != 0 {
            if found.key == key { return true }
            slot = (slot + 1) & mask
        }
        return false
    }
}
