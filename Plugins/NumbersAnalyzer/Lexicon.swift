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

/// 4096 bits of FNV-1a hashes: with a few hundred words, most misses stop here.
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

    /// Reads the bytes in place (inline for short words); iterating `utf8` one index at a time would not.
    private static func bit(_ word: String) -> Int {
        let hash = word.utf8.withContiguousStorageIfAvailable { bytes in
            var hash: UInt32 = 2_166_136_261
            for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            return hash
        } ?? word.utf8.reduce(2_166_136_261) { ($0 ^ UInt32($1)) &* 16_777_619 }
        return Int((hash ^ (hash >> 16)) & 4095)
    }
}

/// A short list of words, tested in order. `String ==` compares by canonical equivalence, which
/// is slow whenever one side is not ASCII ("–", "’s"); an ASCII word equals a listed word exactly
/// when their bytes are equal, so only non-ASCII words take the Unicode comparison.
struct WordList: Sendable, ExpressibleByArrayLiteral {
    private let words: [String]
    private let bytes: [[UInt8]]

    init(arrayLiteral elements: String...) {
        words = elements
        bytes = elements.map { Array($0.utf8) }
    }

    func contains(_ word: String) -> Bool {
        let ascii = word.utf8.withContiguousStorageIfAvailable { utf8 -> Bool? in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            return bytes.contains { $0.count == utf8.count && $0.withUnsafeBufferPointer { $0.elementsEqual(utf8) } }
        }
        if let found = ascii ?? nil { return found }
        return words.contains(word)
    }
}
