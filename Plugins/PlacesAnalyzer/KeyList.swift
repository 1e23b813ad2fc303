import Gazetteer

/// The few folded-name keys one document collects (surnames seen after a given name, names
/// read as places on strong evidence): a plain list searched linearly, moved to a hash table
/// only when a long document collects many.
///
/// A `Set<UInt64>` allocated its storage for the first key and ran SipHash on every insert and
/// lookup; a news article collects a handful of keys, and most articles none.
struct KeyList {
    private var keys: [UInt64] = []
    /// All the keys, once there are more than ``linearLimit`` (a book-length text).
    private var table: FoldedKeyMap<Bool>?
    private static let linearLimit = 16

    var isEmpty: Bool { keys.isEmpty }

    init() {}

    /// An empty list over the storage of an earlier one (``takeStorage()``): a document's lists
    /// grew their arrays from nothing, four allocations each, in every document that had a key.
    init(reusing storage: [UInt64]) {
        keys = storage
        keys.removeAll(keepingCapacity: true)
        if keys.capacity < Self.linearLimit { keys.reserveCapacity(Self.linearLimit + 1) }
    }

    /// The list's array, for a later list to reuse; the list is left empty.
    mutating func takeStorage() -> [UInt64] {
        table = nil
        var storage: [UInt64] = []
        swap(&storage, &keys)
        return storage
    }

    mutating func insert(_ key: UInt64) {
        if table != nil {
            table![key] = true
            return
        }
        guard !contains(key) else { return }
        keys.append(key)
        if keys.count > Self.linearLimit {
            var table = FoldedKeyMap<Bool>(capacity: 4 * Self.linearLimit)
            for key in keys { table[key] = true }
            self.table = table
        }
    }

    func contains(_ key: UInt64) -> Bool {
        if let table { return table[key] != nil }
        return keys.withUnsafeBufferPointer { keys in
            for stored in keys where stored == key { return true }
            return false
        }
    }
}
