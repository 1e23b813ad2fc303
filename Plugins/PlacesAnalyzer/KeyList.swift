/// The few folded-name keys one document collects (surnames seen after a given name, names
/// read as places on strong evidence): a plain list, searched linearly.
///
/// A `Set<UInt64>` allocated its storage for the first key and ran SipHash on every insert and
/// lookup; a document collects a handful of keys, and most documents none.
struct KeyList {
    private var keys: [UInt64] = []

    var isEmpty: Bool { keys.isEmpty }

    mutating func insert(_ key: UInt64) {
        if !contains(key) { keys.append(key) }
    }

    func contains(_ key: UInt64) -> Bool {
        keys.withUnsafeBufferPointer { keys in
            for stored in keys where stored == key { return true }
            return false
        }
    }
}
