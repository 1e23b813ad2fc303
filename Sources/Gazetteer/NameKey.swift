/// The form under which place names are stored and looked up.
///
/// News writes one place many ways: "Kup'yansk", "Kupyansk", "KUPYANSK", "Côte d'Ivoire",
/// "Cote dIvoire", "Guinea-Bissau", "U.S.". Folding removes what varies and what readers
/// ignore: case, Latin diacritics, apostrophes and periods; hyphens, dashes, commas and runs of
/// spaces become one space. The gazetteer build (`tools/gazetteer/build.py`) prunes aliases
/// that fold alike, so the data stays small only because this matcher folds.
public enum NameKey {
    /// Folds UTF-8 `bytes` and returns a 64-bit key (FNV-1a of the folded bytes), or nil
    /// when nothing is left.
    ///
    /// The key is computed without allocating: matching calls it for every candidate span.
    public static func key<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64? {
        var hasher = Hasher64()
        fold(bytes) { hasher.combine($0) }
        return hasher.isEmpty ? nil : hasher.value
    }

    /// The same for the common case of a slice of a document's bytes. Callers in other modules
    /// would otherwise get the unspecialized generic (a witness-table call per byte: a third of
    /// the `places` analyzer's time).
    public static func key(_ bytes: ArraySlice<UInt8>) -> UInt64? { specializedKey(bytes) }

    /// The same for bytes the caller already holds a buffer pointer to: no slice to retain,
    /// and the all-ASCII loop inlined into the caller (matchers key tens of thousands of words
    /// per megabyte); other names take the full fold.
    @inlinable @inline(__always)
    public static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        // Most names are letters only: they fold and hash in this loop.
        let (value, index) = hashLetters(bytes, onto: 0xcbf2_9ce4_8422_2325)
        if index > 0, index == bytes.count { return value }
        return keyTail(bytes, from: index, prefixKey: value)
    }

    /// The key of the bytes `range` of `text`, as ``key(_:)-(UnsafeBufferPointer<UInt8>)`` gives
    /// it, for a word inside a longer text: the first eight bytes are read as one word and
    /// hashed without a test per byte, so where a word's letters end costs no mispredicted
    /// branch (matchers key tens of thousands of words per megabyte, of every length). Eight
    /// bytes must be readable from the range's start (else the byte loop runs).
    @inlinable @inline(__always)
    public static func key(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard let base = text.baseAddress, range.lowerBound + 8 <= text.count else {
            return key(UnsafeBufferPointer(rebasing: text[range]))
        }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self))
        let (leading, letters) = hashEightLetters(word, upTo: range.count)
        var value = leading, count = letters
        if count == 8, range.count > 8 {
            let (rest, more) = hashLetters(UnsafeBufferPointer(rebasing: text[(range.lowerBound + 8)..<range.upperBound]), onto: value)
            value = rest
            count += more
        }
        let bytes = UnsafeBufferPointer(rebasing: text[range])
        if count > 0, count == bytes.count { return value }
        return keyTail(bytes, from: count, prefixKey: value)
    }

    /// ``hashLetters(_:onto:)`` of the first `limit` (at most eight) bytes of `word` (in
    /// memory order), from the FNV-1a basis: every lane hashed and the result selected, no
    /// branch per byte.
    @inlinable @inline(__always)
    static func hashEightLetters(_ word: UInt64, upTo limit: Int) -> (value: UInt64, count: Int) {
        let lows: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let folded = word | (0x20 &* lows)
        // Per byte (no carries across lanes: high bits cleared first): at least "a", above "z".
        let low7 = folded & ~highs
        let atLeastA = (low7 &+ (0x80 - 0x61) &* lows) & highs
        let aboveZ = (low7 &+ (0x80 - 0x7B) &* lows) & highs
        let letters = atLeastA & ~aboveZ & ~folded & highs
        let count = min((~letters & highs).trailingZeroBitCount >> 3, limit)
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for lane in 0..<8 {
            let next = (value ^ ((folded >> UInt64(8 * lane)) & 0xFF)) &* 0x0000_0100_0000_01B3
            value = lane < count ? next : value
        }
        return (value, count)
    }

    /// Folds and hashes the ASCII letters that open `bytes` onto the hash `value`: the hash
    /// after them, and how many there were.
    @inlinable @inline(__always)
    static func hashLetters(_ bytes: UnsafeBufferPointer<UInt8>, onto value: UInt64) -> (value: UInt64, count: Int) {
        var value = value
        var index = 0
        while index < bytes.count {
            let folded = bytes[index] | 0x20
            guard folded &- UInt8(ascii: "a") < 26 else { break }
            value = (value ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
            index += 1
        }
        return (value, index)
    }

    /// ``key(_:)-(UnsafeBufferPointer<UInt8>)`` from the first byte that is not a letter on,
    /// `prefixKey` being the key of the letters before it.
    @usableFromInline static func keyTail(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, prefixKey: UInt64) -> UInt64? {
        let rest = UnsafeBufferPointer(rebasing: bytes[index...])
        if let key = index > 0 ? asciiKey(rest, continuing: prefixKey, separated: false) : asciiKey(rest) { return key }
        return foldedKey(bytes)
    }

    @inline(__always)
    private static func specializedKey<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64? {
        if let key = asciiKey(bytes) { return key }
        return foldedKey(bytes)
    }

    /// The key by the full fold (any UTF-8), nil when nothing is left.
    private static func foldedKey<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64? {
        var hasher = Hasher64()
        fold(bytes) { hasher.combine($0) }
        return hasher.isEmpty ? nil : hasher.value
    }

    /// The key of a name that continues, after a space, the name whose key is `key`:
    /// `key(continuing: key("New"), with: "York") == key("New York")`. Matching grows a span a
    /// token at a time, so each token is folded once instead of once per span it is part of.
    /// `key` must come from a name that folds to at least one byte.
    /// Pass `separated: false` when the two touch ("U." and "S"): no space is folded in between.
    public static func key(continuing key: UInt64, with bytes: ArraySlice<UInt8>, separated: Bool = true) -> UInt64 {
        specializedKey(continuing: key, with: bytes, separated: separated)
    }

    /// The same for bytes the caller already holds a buffer pointer to, inlined like
    /// ``key(_:)-(UnsafeBufferPointer<UInt8>)``.
    @inlinable @inline(__always)
    public static func key(continuing key: UInt64, with bytes: UnsafeBufferPointer<UInt8>, separated: Bool = true) -> UInt64 {
        guard !bytes.isEmpty, (bytes[0] | 0x20) &- UInt8(ascii: "a") < 26 else {
            return keyTail(continuing: key, with: bytes, separated: separated)
        }
        // A word of letters: the space (if any), then the letters.
        let (value, index) = hashLetters(bytes, onto: separated ? (key ^ 0x20) &* 0x0000_0100_0000_01B3 : key)
        if index == bytes.count { return value }
        let rest = UnsafeBufferPointer(rebasing: bytes[index...])
        return keyTail(continuing: value, with: rest, separated: false, whole: bytes, of: key, separatedWhole: separated)
    }

    /// ``key(continuing:with:separated:)-(_,UnsafeBufferPointer<UInt8>,_)`` by the general loop;
    /// `whole`, `original` and `separatedWhole` describe the whole call, folded again when a
    /// byte is not ASCII.
    @usableFromInline static func keyTail(continuing key: UInt64, with bytes: UnsafeBufferPointer<UInt8>, separated: Bool,
                                          whole: UnsafeBufferPointer<UInt8>? = nil, of original: UInt64? = nil,
                                          separatedWhole: Bool? = nil) -> UInt64 {
        if let value = asciiKey(bytes, continuing: key, separated: separated) { return value }
        return specializedKey(continuing: original ?? key, with: whole ?? bytes, separated: separatedWhole ?? separated)
    }

    @inline(__always)
    private static func specializedKey<Bytes: Collection<UInt8>>(continuing key: UInt64, with bytes: Bytes, separated: Bool) -> UInt64 {
        if let value = asciiKey(bytes, continuing: key, separated: separated) { return value }
        var hasher = Hasher64(value: key)
        if separated { hasher.combine(0x20) }
        fold(bytes) { hasher.combine($0) }
        return hasher.value
    }

    /// ``fold(_:_:)`` and the hash in one loop for the common all-ASCII name, without the
    /// closure; nil when a byte is not ASCII (then the full fold runs) or nothing is left.
    /// Must give exactly the keys the full fold gives: `GazetteerTests` compares the two.
    @inlinable @inline(__always)
    static func asciiKey<Bytes: Sequence<UInt8>>(_ bytes: Bytes, continuing key: UInt64? = nil, separated: Bool = true) -> UInt64? {
        var value: UInt64 = key ?? 0xcbf2_9ce4_8422_2325
        var emitted = key != nil
        /// A space is pending and a byte was emitted before it: the next byte emits the space.
        var spaceDue = key != nil && separated
        for byte in bytes {
            var folded = byte | 0x20
            if folded &- UInt8(ascii: "a") < 26, !spaceDue { // most bytes: a letter inside a word
                value = (value ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
                emitted = true
                continue
            }
            if folded &- UInt8(ascii: "a") >= 26 { // letters take one test
                switch byte {
                case 0x80...: return nil
                case UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "`"): continue
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: ","), 0x09, 0x0A, 0x0D: spaceDue = emitted; continue
                default: folded = byte
                }
            }
            if spaceDue {
                value = (value ^ 0x20) &* 0x0000_0100_0000_01B3
                spaceDue = false
            }
            emitted = true
            value = (value ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
        }
        return emitted ? value : nil
    }

    /// Calls `body` with the key of each run of leading words of `bytes` that more words
    /// follow: "new" and "new york" for "New York City". Each is the hash of the folded bytes
    /// before a space, which is the key of those words alone (see ``NameIndex/insertPrefix(_:)``).
    static func forEachPrefixKey<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ body: (UInt64) -> Void) {
        var hasher = Hasher64()
        fold(bytes) { byte in
            if byte == 0x20 { body(hasher.value) } // the fold emits a space only between words
            hasher.combine(byte)
        }
    }

    /// Calls `body` with the key of every proper, non-empty prefix of the folded `bytes`: the
    /// hash before each folded byte but the first.
    static func forEachProperPrefixKey<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ body: (UInt64) -> Void) {
        var hasher = Hasher64()
        fold(bytes) { byte in
            if !hasher.isEmpty { body(hasher.value) }
            hasher.combine(byte)
        }
    }

    /// Folds `text` into a String: for display, tests and debugging.
    public static func folded(_ text: String) -> String {
        var out: [UInt8] = []
        fold(text.utf8) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Calls `emit` with each folded byte.
    static func fold<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ emit: (UInt8) -> Void) {
        var pendingSpace = false
        var emitted = false
        func letter(_ byte: UInt8) {
            if pendingSpace && emitted { emit(0x20) }
            pendingSpace = false
            emitted = true
            emit(byte)
        }
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                bytes.formIndex(after: &index)
                switch lead {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): letter(lead | 0x20)
                case UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "`"): continue
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: ","), 0x09, 0x0A, 0x0D: pendingSpace = true
                default: letter(lead)
                }
                continue
            }
            // Decode one multi-byte scalar; the text is valid UTF-8 (Document guarantees it).
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            bytes.formIndex(after: &index)
            for _ in 1..<length where index != bytes.endIndex {
                value = value << 6 | UInt32(bytes[index] & 0x3F)
                bytes.formIndex(after: &index)
            }
            switch value {
            case 0x2018, 0x2019, 0x02BC, 0x02BB, 0x00B4, 0x2032: continue // apostrophes and primes
            case 0x00A0, 0x2010...0x2015, 0x2212, 0x202F, 0x2009: pendingSpace = true // spaces and dashes
            default:
                if LatinFolding.fold(value, letter) { continue }
                if let scalar = Unicode.Scalar(value) {
                    for byte in scalar.properties.lowercaseMapping.utf8 { letter(byte) }
                }
            }
        }
    }
}

/// FNV-1a, 64 bits: stable across runs and platforms (unlike `Hasher`), so keys could be stored.
struct Hasher64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var isEmpty = true

    init() {}

    init(value: UInt64) {
        self.value = value
        isEmpty = false
    }

    mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        isEmpty = false
    }
}
