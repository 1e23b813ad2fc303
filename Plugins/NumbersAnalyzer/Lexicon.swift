/// Word tables for the scanner's rules.
///
/// Most words the rules look up are in no table, and a `Dictionary<String, _>` miss still pays
/// for a full SipHash of the key. Each table here keeps a small bit set of FNV-1a hashes of its
/// words, so a miss usually costs a few instructions per byte instead.
struct Lexicon<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral, Sequence {
    private let table: [String: Value]
    private let bits: WordBits

    init(_ table: [String: Value]) {
        self.table = table
        bits = WordBits(table.keys)
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    subscript(word: String) -> Value? { bits.mayContain(word) ? table[word] : nil }
    var keys: Dictionary<String, Value>.Keys { table.keys }
    func makeIterator() -> Dictionary<String, Value>.Iterator { table.makeIterator() }
}

/// A set of words with the same cheap first test as ``Lexicon``.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let words: Set<String>
    private let bits: WordBits

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        bits = WordBits(self.words)
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: String) -> Bool { bits.mayContain(word) && words.contains(word) }
    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}

/// 4096 bits keyed on a word's length and its first, second and last bytes: all O(1) on a native
/// String, so a miss costs a handful of instructions. With a few hundred words, most misses stop here.
private struct WordBits: Sendable {
    private var words = [UInt64](repeating: 0, count: 64)

    init<S: Sequence>(_ keys: S) where S.Element == String {
        for key in keys {
            let bit = Self.bit(key)
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    func mayContain(_ word: String) -> Bool {
        let bit = Self.bit(word)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bit(_ word: String) -> Int {
        let utf8 = word.utf8
        guard let first = utf8.first, let last = utf8.last else { return 0 }
        let second = utf8.dropFirst().first ?? 0
        var hash = UInt32(utf8.count) &* 2_654_435_761
        hash = (hash ^ UInt32(first)) &* 16_777_619
        hash = (hash ^ UInt32(second)) &* 16_777_619
        hash = (hash ^ UInt32(last)) &* 16_777_619
        return Int((hash ^ (hash >> 15)) & 4095)
    }
}
