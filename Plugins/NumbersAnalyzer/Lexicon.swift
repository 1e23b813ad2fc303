/// Word tables for the scanner's rules.
///
/// Most words the rules look up are in no table, and a `Dictionary<String, _>` lookup pays for a
/// full SipHash of the key, hit or miss. Each table here hashes the word once with FNV-1a: a small
/// bit set answers most misses, and an open-addressing index on the same hash finds a hit with
/// one comparison.
///
/// The tables are classes: every rule reads one through a `static let`, and a struct of several
/// arrays was retained and released array by array at each read.
final class Lexicon<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral, Sequence {
    private let table: [String: Value]
    private let index: WordIndex
    private let values: [Value]

    init(_ table: [String: Value]) {
        self.table = table
        index = WordIndex(Array(table.keys))
        values = index.keys.map { table[$0]! }
    }

    convenience init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    subscript(word: String) -> Value? {
        switch index.find(word) {
        case let .found(position): values[position]
        case .absent: nil
        case .unsure: table[word]
        }
    }
    /// The value for an ASCII token's lower-cased bytes, folded while hashing; `word` (the
    /// token's lower-cased String) is made only when the bytes cannot settle it.
    func value(folding bytes: Slice<UnsafeBufferPointer<UInt8>>, word: () -> String) -> Value? {
        value(hash: FoldedHash.of(bytes), folding: bytes, word: word)
    }
    /// False when no key has this `FoldedHash`: most tokens, settled without reading their bytes.
    @inline(__always)
    func mayContain(hash: UInt32) -> Bool { index.mayContain(hash: hash) }
    /// As `value(folding:word:)` with the bytes' `FoldedHash` already known (nil: not ASCII).
    func value(hash: UInt32?, folding bytes: Slice<UnsafeBufferPointer<UInt8>>, word: () -> String) -> Value? {
        guard let hash else { return self[word()] }
        switch index.find(hash: hash, folding: bytes) {
        case let .found(position): return values[position]
        case .absent: return nil
        case .unsure: return self[word()]
        }
    }
    var keys: Dictionary<String, Value>.Keys { table.keys }
    func makeIterator() -> Dictionary<String, Value>.Iterator { table.makeIterator() }
}

/// A set of words with the same lookup as ``Lexicon``.
final class WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let words: Set<String>
    private let index: WordIndex

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        index = WordIndex(Array(self.words))
    }

    convenience init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: String) -> Bool {
        switch index.find(word) {
        case .found: true
        case .absent: false
        case .unsure: words.contains(word)
        }
    }
    /// As ``Lexicon/value(folding:word:)``.
    func contains(folding bytes: Slice<UnsafeBufferPointer<UInt8>>, word: () -> String) -> Bool {
        contains(hash: FoldedHash.of(bytes), folding: bytes, word: word)
    }
    /// As ``Lexicon/mayContain(hash:)``.
    @inline(__always)
    func mayContain(hash: UInt32) -> Bool { index.mayContain(hash: hash) }
    /// As ``Lexicon/value(hash:folding:word:)``.
    func contains(hash: UInt32?, folding bytes: Slice<UnsafeBufferPointer<UInt8>>, word: () -> String) -> Bool {
        guard let hash else { return contains(word()) }
        switch index.find(hash: hash, folding: bytes) {
        case .found: return true
        case .absent: return false
        case .unsure: return contains(word())
        }
    }
    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}

/// FNV-1a hashes of a table's words: 4096 bits for misses, then open addressing to the word.
///
/// `String ==` is canonical equivalence, not byte equality, so a word whose bytes hash to no key
/// may still equal one: when the word or some key is not ASCII, a miss past the bit set is
/// `unsure` and the caller asks its `Dictionary`/`Set`, as before this index existed.
private final class WordIndex: @unchecked Sendable {
    enum Lookup { case found(Int), absent, unsure }

    let keys: [String]
    /// Every key's bytes, in one flat array: a hit compares bytes without retaining a per-key array.
    private let keyBytes: PackedWords
    /// Per key, two words: its first eight bytes (the first in the low byte, zeros after) and its
    /// length. A key of at most eight bytes is compared with a token in one load
    /// (`find(hash:folding:)`); comparing through `keyBytes` a byte at a time cost about 150
    /// instructions a lookup, and most lookups that get that far are hits.
    private let keyHeads: [UInt64]
    /// The 4096 bits, in memory of the index's own, written only in `init` (hence `@unchecked
    /// Sendable`): every table test of every token reads them, and an array's load of its buffer
    /// and test of its bounds cost as much as the test itself.
    private let bits: UnsafeMutablePointer<UInt64>
    /// High 32 bits: the hash; low bits: the key's position + 1; 0 is empty.
    private let slots: [UInt64]
    private let asciiKeys: Bool

    init(_ keys: [String]) {
        self.keys = keys
        keyBytes = PackedWords(keys)
        asciiKeys = keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        var capacity = 16
        while capacity < keys.count * 4 { capacity *= 2 }
        let bits = UnsafeMutablePointer<UInt64>.allocate(capacity: 64)
        bits.initialize(repeating: 0, count: 64)
        var slots = [UInt64](repeating: 0, count: capacity)
        var keyHeads = [UInt64](repeating: 0, count: 2 * keys.count)
        for (position, key) in keys.enumerated() {
            let hash = Self.hash(key).value
            let bit = Self.bit(hash)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = Int(hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = UInt64(hash) << 32 | UInt64(position + 1)
            // (Read in place: a loop over each key's `utf8` cost half a million instructions a run.)
            var key = key
            key.withUTF8 { utf8 in
                keyHeads[2 * position] = FoldedHash.load(utf8, 0, count: min(utf8.count, 8))
                keyHeads[2 * position + 1] = UInt64(utf8.count)
            }
        }
        self.bits = bits
        self.slots = slots
        self.keyHeads = keyHeads
    }

    deinit {
        bits.deallocate()
    }

    func find(_ word: String) -> Lookup {
        let (hash, ascii) = Self.hash(word)
        let bit = Self.bit(hash)
        guard bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return .absent }
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let entry = slots[slot]
            if UInt32(entry >> 32) == hash, keys[Int(UInt32(truncatingIfNeeded: entry)) - 1] == word {
                return .found(Int(UInt32(truncatingIfNeeded: entry)) - 1)
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return ascii && asciiKeys ? .absent : .unsure
    }

    @inline(__always)
    func mayContain(hash: UInt32) -> Bool {
        let bit = Self.bit(hash)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// `find` for an ASCII token whose `FoldedHash` is `hash`.
    func find(hash: UInt32, folding token: Slice<UnsafeBufferPointer<UInt8>>) -> Lookup {
        let bit = Self.bit(hash)
        guard bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return .absent }
        let count = token.count
        let head = FoldedHash.lowercased(FoldedHash.load(token.base, token.startIndex, count: count))
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            keyHeads.withUnsafeBufferPointer { keyHeads in
                let mask = slots.count &- 1
                var slot = Int(hash) & mask
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return nil }
                    let position = Int(UInt32(truncatingIfNeeded: entry)) &- 1
                    if UInt32(entry >> 32) == hash, keyHeads[2 &* position] == head, keyHeads[2 &* position &+ 1] == UInt64(truncatingIfNeeded: count),
                       count <= 8 || keyBytes.word(position, equals: token, folding: true) {
                        return position
                    }
                    slot = (slot &+ 1) & mask
                }
            }
        }
        if let found { return .found(found) }
        return asciiKeys ? .absent : .unsure
    }

    private static func bit(_ hash: UInt32) -> Int { Int((hash ^ (hash >> 16)) & 4095) }

    /// Reads the bytes in place (inline for short words); iterating `utf8` one index at a time would not.
    private static func hash(_ word: String) -> (value: UInt32, ascii: Bool) {
        func fold(_ bytes: some Sequence<UInt8>) -> (value: UInt32, ascii: Bool) {
            var hash: UInt32 = 2_166_136_261
            var high: UInt8 = 0
            for byte in bytes {
                hash = (hash ^ UInt32(byte)) &* 16_777_619
                high |= byte
            }
            return (hash, high < 0x80)
        }
        return word.utf8.withContiguousStorageIfAvailable { fold($0) } ?? fold(word.utf8)
    }
}

/// The hash every table indexes an ASCII token by, from its bytes: FNV-1a over the bytes with
/// ASCII letters folded as the scanner's lower-casing does. Nil for a token that is not ASCII
/// (Unicode lower-casing decides). The scanner keeps it per token: the rules look the same few
/// tokens up in many tables.
enum FoldedHash {
    static func of(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32? {
        of(token.base, token.startIndex..<token.endIndex)
    }
    /// Indexes the buffer itself: a slice's subscript checks each index against its bounds.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32? {
        var hash: UInt32 = 2_166_136_261
        var high: UInt8 = 0
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = bytes[offset]
            high |= byte
            hash = (hash ^ UInt32(byte &- 65 < 26 ? byte | 0x20 : byte)) &* 16_777_619
            offset += 1
        }
        return high < 0x80 ? hash : nil
    }

    /// `count` bytes (at most eight) from `start`, the first in the low byte, zeros after: one
    /// load when eight bytes are there to read (a token's own and the text after it).
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, count: Int) -> UInt64 {
        if count &- 1 < 8, start &+ 8 <= bytes.count, let base = UnsafeRawPointer(bytes.baseAddress) {
            return base.loadUnaligned(fromByteOffset: start, as: UInt64.self).littleEndian & (~0 &>> UInt64(truncatingIfNeeded: 64 &- count &* 8))
        }
        var word: UInt64 = 0
        for offset in 0..<min(max(count, 0), 8) { word |= UInt64(bytes[start &+ offset]) &<< UInt64(offset &* 8) }
        return word
    }

    /// The eight bytes with "A"..."Z" made "a"..."z" and every other byte kept, as the scanner
    /// lower-cases an ASCII token.
    @inline(__always)
    static func lowercased(_ word: UInt64) -> UInt64 {
        let ascii = word & 0x7F7F_7F7F_7F7F_7F7F
        // Per byte, the high bit: at least "A", above "Z", and the byte below 0x80.
        let capital = (ascii &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(ascii &+ 0x2525_2525_2525_2525) & ~word & 0x8080_8080_8080_8080
        return word | capital &>> 2
    }
}

/// A short list of words, tested in order. `String ==` compares by canonical equivalence, which
/// is slow whenever one side is not ASCII ("–", "’s"); an ASCII word equals a listed word exactly
/// when their bytes are equal, so only non-ASCII words take the Unicode comparison.
final class WordList: Sendable, ExpressibleByArrayLiteral {
    private let words: [String]
    private let bytes: PackedWords
    /// The ASCII words, by `FoldedHash`: an ASCII token equals only those.
    private let asciiIndex: WordIndex

    init(arrayLiteral elements: String...) {
        words = elements
        bytes = PackedWords(elements)
        asciiIndex = WordIndex(elements.filter { $0.utf8.allSatisfy { $0 < 0x80 } })
    }

    func contains(_ word: String) -> Bool {
        let ascii = word.utf8.withContiguousStorageIfAvailable { utf8 -> Bool? in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            return words.indices.contains { bytes.word($0, equals: utf8[...], folding: false) }
        }
        if let found = ascii ?? nil { return found }
        return words.contains(word)
    }

    /// As ``Lexicon/mayContain(hash:)``, for an ASCII token.
    @inline(__always)
    func mayContain(hash: UInt32) -> Bool { asciiIndex.mayContain(hash: hash) }
    /// `contains` of an ASCII token's lower-cased text, from its bytes and `FoldedHash`.
    func contains(hash: UInt32, folding token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if case .found = asciiIndex.find(hash: hash, folding: token) { return true }
        return false
    }
}

/// The UTF-8 bytes of a list of words, one after another in one array: word n is
/// `bytes[starts[n]..<starts[n + 1]]`.
struct PackedWords: Sendable {
    private let bytes: [UInt8]
    private let starts: [Int]

    /// Appended into arrays sized up front: an array per word cost more than every lookup of a short run.
    init(_ words: [String]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(words.reduce(0) { $0 + $1.utf8.count })
        var starts: [Int] = [0]
        starts.reserveCapacity(words.count + 1)
        for word in words {
            bytes.append(contentsOf: word.utf8)
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// Whether word n equals the token's bytes; with `folding`, the token's ASCII capitals are
    /// compared as the scanner's lower-casing leaves them.
    @inline(__always)
    func word(_ n: Int, equals token: Slice<UnsafeBufferPointer<UInt8>>, folding: Bool) -> Bool {
        guard starts[n + 1] - starts[n] == token.count else { return false }
        var offset = starts[n]
        for byte in token {
            if bytes[offset] != (folding && byte &- 65 < 26 ? byte | 0x20 : byte) { return false }
            offset += 1
        }
        return true
    }
}
