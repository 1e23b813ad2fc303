import Gazetteer

/// A ``FoldedKeyMap`` that keeps its first ``scanLimit`` keys in one short array and finds them
/// by scanning it: most per-document maps hold a handful of keys, and a table is two
/// allocations through the unspecialized `Array(repeating:count:)` (about 700 instructions
/// each). Keys are stored as the table stores them (0 as 1), so both forms find the same values.
struct SmallKeyMap<Value: Sendable> {
    private var few: [(key: UInt64, value: Value)] = []
    private var table: FoldedKeyMap<Value>?
    /// About how many keys the table will hold, once there is one.
    private let capacity: Int
    private static var scanLimit: Int { 16 }

    init(capacity: Int = 0) { self.capacity = capacity }

    /// Whether no key has a value; false once the map has turned to a table, even if every key
    /// was removed since (no caller removes keys from a long map).
    var isEmpty: Bool { table == nil && few.isEmpty }

    /// Empties the map for another document, keeping the short array's storage (``DocumentScratch``).
    mutating func removeAll() {
        few.removeAll(keepingCapacity: true)
        table = nil
    }

    subscript(key: UInt64) -> Value? {
        get {
            if table != nil { return table?[key] ?? nil }
            let stored = key == 0 ? 1 : key
            for entry in few where entry.key == stored { return entry.value }
            return nil
        }
        set {
            if table != nil {
                table?[key] = newValue
                return
            }
            let stored = key == 0 ? 1 : key
            if let index = few.firstIndex(where: { $0.key == stored }) {
                if let newValue { few[index].value = newValue } else { few.remove(at: index) }
                return
            }
            guard let newValue else { return }
            guard few.count == Self.scanLimit else {
                if few.isEmpty { few.reserveCapacity(Self.scanLimit) }
                few.append((stored, newValue))
                return
            }
            var map = FoldedKeyMap<Value>(capacity: max(capacity, 2 * Self.scanLimit))
            for entry in few { map[entry.key] = entry.value }
            map[key] = newValue
            table = map
            few = []
        }
    }
}
