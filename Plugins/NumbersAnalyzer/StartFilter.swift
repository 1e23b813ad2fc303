import TextAnalysis

/// Decides, from a token's bytes alone, whether a number expression may start there.
///
/// Most news tokens ("the", "said", "government") can never start a number, and the scanner's
/// rules are costly (they read words around the token). This filter lets the scanner skip them
/// without making a `String`: each word the rules look for is stored with the role it plays.
struct StartFilter: Sendable {
    private struct Roles: OptionSet, Sendable {
        let rawValue: UInt32
        /// Starts an expression on its own: number words, scales, clock and day words.
        static let strong = Roles(rawValue: 1 << 0)
        /// Starts one when capitalized: months and weekdays ("may" and "march" are verbs).
        static let capitalStrong = Roles(rawValue: 1 << 1)
        /// A one-word modifier, right before a number or another modifier: "about 50", "just over 100".
        static let lead = Roles(rawValue: 1 << 2)
        /// "a"/"an": only before a number word or a unit of time ("a dozen", "a week ago").
        static let article = Roles(rawValue: 1 << 3)
        /// "last"/"next"/"this": only before a calendar word ("last week", "next Friday").
        static let calendarLead = Roles(rawValue: 1 << 4)
        /// First word of a comparator phrase, which counts only before the phrase's next word ("at least").
        static let phraseStart = Roles(rawValue: 1 << 5)
        static let phraseSecond = Roles(rawValue: 1 << 6)
        /// Never starts one but completes an article or calendar word: time units, fractions.
        static let companion = Roles(rawValue: 1 << 7)
        /// First part of a hyphenated date word: "mid-January", "early-2026".
        static let prefix = Roles(rawValue: 1 << 8)
        /// Digits, or a sign or currency symbol before them (always with `.strong`).
        static let digits = Roles(rawValue: 1 << 9)
        /// A part of a period, only before "of": "the end of the year", "the start of next month".
        static let periodPart = Roles(rawValue: 1 << 10)
        /// A holiday's first word that a second completes, when capitalized: "Labor Day", "New Year's", "Good Friday".
        static let holidayFirst = Roles(rawValue: 1 << 11)
    }

    /// Every table word with its roles, by `wordKey`: open addressing, three entries a slot (the
    /// key's two words and the roles); no roles is empty. Found without a loop over the bytes,
    /// and exactly: no other word shares a key.
    private var slots: [UInt64] = []
    /// The roles of each table word, merged while the tables are built.
    private var roles: [String: Roles] = [:]
    /// By the classes of a word token's first two bytes, the token lengths that can be a table
    /// word, bare or with a full stop (low bit n: n bytes). "the", "said" and most other words stop
    /// here, before hashing. The high 32 bits do the same for the words a hyphen can follow
    /// ("twenty-five", "mid-2025"): bit 32 + n when the token's byte n must be that hyphen. One
    /// table, so a word is settled with one read of it. (Table words are shorter than 32 bytes.)
    private var shapes = [UInt64](repeating: 0, count: 32 * 32)
    /// The same shapes with the class of the last byte, as bits of a hashed set (8 KB): "that" and
    /// "they" share "this"'s first bytes and length but not its last byte.
    private var endings = [UInt64](repeating: 0, count: 1024)
    /// The hyphen bits of `shapes`, merged into it once every word is in.
    private var hyphenShapes = [UInt64](repeating: 0, count: 32 * 32)
    /// Every table word, for `heads` and `wordShapes`.
    private var words: [String] = []
    /// `nextStart`'s test, run on every token, knows only the words that can start an expression
    /// themselves, the only ones the scan must classify: "of", "to", "than" (second words of
    /// phrases) and "year" (a companion) are table words read after a start, and the commonest
    /// words of all. By a token's first two bytes (`headKey`): the lengths a start word can have
    /// (low bit n: n bytes), and in the high 32 bits the places of the hyphen after a start word
    /// a hyphen can follow (bit 32 + n: byte n).
    private var heads = [UInt64](repeating: 0, count: 1024)
    /// A hashed set (8 KB) of start words' first, second, third and last bytes and length (`wordBit`):
    /// "that" and "they" share "this"'s first bytes and length but not its last byte, "there" and
    /// "these" all of "three"'s but the third.
    private var wordShapes = [UInt64](repeating: 0, count: 1024)
    /// The first question `nextStart` asks a word, from one table: a hashed set (16 KB) of
    /// `openingBit`s, the first three bytes and length of every start word as a token, and of every
    /// token a hyphen after a start word can begin ("three-day", "mid-2025": any length from the
    /// hyphen on). "the", "said" and "government" stop here, before the questions of `wordMayStart`.
    private var openings = [UInt64](repeating: 0, count: 1 << (openingHashBits - 6))
    /// `openings`' size, 2^n bits. The hyphen forms, one bit a length, are most of its bits: at 2^16,
    /// 28.3k words a MB went on to `wordMayStart` against 25.4k at 2^17 (0.24 M instructions a MB
    /// fewer; the wall time did not tell them apart).
    private static let openingHashBits = 17
    /// By a token's length (31 for more), the mask `prefix` keeps of its first eight bytes: one
    /// read of a length the scan computes anyway, where the shifts that made it cost about eight
    /// instructions a word token.
    private let prefixMasks: [UInt64] = (0..<32).map { length in 0x1F_1F1F &>> UInt64(24 - min(length, 3) * 8) }

    static let shared = StartFilter()

    private init() {
        // Room for every table word at once (about 600): growing the dictionary rehashed each word
        // at every doubling, a cost paid by every run.
        roles.reserveCapacity(1024)
        words.reserveCapacity(1024)
        var strong: Set<String> = ["yesterday", "today", "tonight", "tomorrow", "half", "minus", "dozen", "couple", "pair", "noon", "midday", "midnight", "quarter",
                                   "tens", "q1", "q2", "q3", "q4", "h1", "h2",
                                   // "over the weekend": read back to its preposition.
                                   "weekend",
                                   // "by year-end", "at year-end 1986" (stop 26).
                                   "year-end"]
        for table in [Array(NumberWords.units.keys), Array(NumberWords.tens.keys), Array(NumberWords.scales.keys),
                      Array(NumberWords.pluralScales.keys), Array(NumberWords.ordinalUnits.keys), Array(NumberWords.currencyPrefixes.keys),
                      Array(NumberWords.multipliers.keys), Array(NumberWords.currencyWordsBefore.keys)] {
            strong.formUnion(table)
        }
        // Compound ordinals written solid: "twentyfifth".
        for (tens, _) in NumberWords.tens {
            for (unit, value) in NumberWords.ordinalUnits where value < 10 { strong.insert(tens + unit) }
        }
        for word in strong { add(word, .strong) }
        // ("on Wed.": an abbreviated weekday, whose full stop the table adds itself; "Sun." is read
        // only in a date, "Sun., Jan. 8", which the month starts.)
        let abbreviatedWeekdays = NumberWords.weekdayAbbreviations.keys.filter { $0.utf8.last != UInt8(ascii: ".") && $0 != "sun" }
        for word in Array(NumberWords.months.keys) + Array(NumberWords.weekdays.keys) + abbreviatedWeekdays + ["christmas", "easter", "thanksgiving", "halloween", "juneteenth"] {
            add(word, .capitalStrong)
        }
        for word in ["new", "independence", "memorial", "labor", "labour", "boxing", "veterans", "remembrance", "armistice", "valentine", "good"] {
            add(word, .holidayFirst)
        }
        // "US $5": the letters of a split currency prefix start it only before the symbol.
        for word in Array(NumberWords.approximators) + ["just", "well", "negative", "no", "us", "c", "hk", "r", "nz", "nt", "s", "gh", "several"] { add(word, .lead) }
        for (phrase, _) in NumberWords.comparators {
            if phrase.count == 1 { add(phrase[0], .lead) } else {
                add(phrase[0], .phraseStart)
                add(phrase[1], .phraseSecond)
            }
        }
        for word in ["a", "an"] { add(word, .article) }
        for word in ["last", "next", "this"] { add(word, .calendarLead) }
        // ("a dollar fifty": a currency's one before its hundredths said.)
        for word in Array(NumberWords.timeUnits.keys) + Array(NumberWords.fractions.keys) + ["estimated", "night", "morning", "afternoon", "evening", "few", "spring", "summer", "autumn", "fall", "winter",
                                                                                              "dollar", "euro", "pound", "buck"] {
            add(word, .companion)
        }
        for word in ["mid", "early", "late", "end"] { add(word, .prefix) }
        for word in ["end", "start", "beginning", "middle"] { add(word, .periodPart) }
        // "in his thirties": an age.
        for word in NumberWords.decadeWords.keys { add(word, .strong) }
        // "a thirtysomething actor", "fortysomethings": an age in that decade (the hyphened
        // "twenty-something" passes as "twenty" does; "twentysomethings" is longer than a start word may be).
        for decade in ["twenty", "thirty", "forty", "fifty"] {
            for ending in ["something", "somethings"] where decade.utf8.count + ending.utf8.count < 16 { add(decade + ending, .strong) }
        }
        // With the roles of all words under the word's key, as `classify` finds them.
        var capacity = 64
        while capacity < roles.count * 2 { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: 3 * capacity)
        for (word, roles) in roles {
            let utf8 = Array(word.utf8)
            precondition(!utf8.isEmpty && utf8.count <= 16 && !utf8.contains(0), "`classify` reads table words of 1 to 16 bytes whole")
            let key = Self.wordKey(Self.words(utf8), length: utf8.count)
            var slot = slotIndex(key)
            while slots[3 * slot + 2] != 0 { slot = (slot + 1) & (capacity - 1) }
            (slots[3 * slot], slots[3 * slot + 1], slots[3 * slot + 2]) = (key.0, key.1, UInt64(roles.rawValue))
        }
        for word in words {
            let utf8 = Array(word.utf8)
            let roles = roles[word] ?? []
            if !Self.neverStarts(roles) {
                // The word as a token, and with the full stop `classify` drops ("Dec.").
                for form in [utf8, utf8 + [UInt8(ascii: ".")]] where form.count < 32 {
                    let prefix = Self.prefix(form)
                    heads[Self.headKey(prefix)] |= 1 << UInt64(form.count)
                    let bit = Self.wordBit(prefix, first: form[0], last: form[form.count - 1], form.count)
                    wordShapes[bit >> 6] |= 1 << UInt64(bit & 63)
                    setOpening(prefix, length: form.count)
                }
            }
            if !roles.isDisjoint(with: [.strong, .capitalStrong, .prefix]) {
                // The word, a hyphen and more: the token's second byte is the hyphen after a one-letter word.
                precondition(utf8.count < 16, "`wordMayStart` reads hyphens in a token's first 16 bytes")
                let form = utf8 + [UInt8(ascii: "-")]
                heads[Self.headKey(Self.prefix(form))] |= 1 << UInt64(32 + utf8.count)
                // Any length from the hyphen on, and after a one-letter word any third byte.
                for third in form.count < 3 ? Array(0..<32) : [0] {
                    for length in form.count...31 { setOpening(Self.prefix(form) | UInt64(third) << 16, length: length) }
                }
            }
        }
        words = []
        roles = [:]
        for key in 0..<hyphenShapes.count {
            shapes[key] |= hyphenShapes[key] << 32
        }
    }

    private mutating func setOpening(_ prefix: UInt64, length: Int) {
        let bit = Self.openingBit(prefix, length: length)
        openings[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Roles that start nothing on their own, whatever follows (`mayStartByRoles` stops at them).
    private static func neverStarts(_ roles: Roles) -> Bool {
        roles.isEmpty || roles == .companion || roles == .phraseSecond || roles == .prefix
    }

    /// Registers the token shapes `classify` reads as this word: the word and the word with a full stop.
    private static func addShape(_ utf8: [UInt8], to shapes: inout [UInt64], _ endings: inout [UInt64]) {
        let n = utf8.count
        func key(after single: UInt8) -> Int {
            Int(byteClass(utf8[0])) << 5 | Int(n > 1 ? byteClass(utf8[1]) : single)
        }
        shapes[key(after: endClass)] |= 1 << UInt64(n)
        shapes[key(after: byteClass(UInt8(ascii: ".")))] |= 1 << UInt64(n + 1)
        for (shape, last, length) in [(key(after: endClass), byteClass(utf8[n - 1]), n),
                                      (key(after: byteClass(UInt8(ascii: "."))), byteClass(UInt8(ascii: ".")), n + 1)] {
            let bit = endingBit(shape: shape, last: last, length: length)
            endings[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    private mutating func add(_ word: String, _ roles: Roles) {
        let utf8 = Array(word.utf8)
        assert(utf8.count < 31, "shapes hold lengths and hyphen places below 32")
        words.append(word)
        // The token shapes `classify` reads as this word: the word, the word and a full stop,
        // and for the roles a hyphen keeps, the word, a hyphen and anything after it.
        Self.addShape(utf8, to: &shapes, &endings)
        if !roles.isDisjoint(with: [.strong, .capitalStrong, .prefix]) {
            let n = utf8.count
            hyphenShapes[Int(byteClass(utf8[0])) << 5 | Int(n > 1 ? byteClass(utf8[1]) : byteClass(UInt8(ascii: "-")))] |= 1 << UInt64(n)
        }
        self.roles[word, default: []].formUnion(roles)
    }

    @inline(__always)
    private func slotIndex(_ key: (UInt64, UInt64)) -> Int {
        let mixed = key.0 &* 0x9E37_79B9_7F4A_7C15 ^ key.1 &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: mixed >> 40) & (slots.count / 3 - 1)
    }

    /// The roles of the word whose `wordKey` is `key`.
    @inline(__always)
    private func lookup(_ key: (UInt64, UInt64)) -> Roles {
        slots.withUnsafeBufferPointer { slots in
            var slot = slotIndex(key)
            while true {
                let roles = slots[3 &* slot &+ 2]
                if (slots[3 &* slot] == key.0 && slots[3 &* slot &+ 1] == key.1) || roles == 0 { return Roles(rawValue: UInt32(truncatingIfNeeded: roles)) }
                slot = (slot &+ 1) & (slots.count / 3 &- 1)
            }
        }
    }

    /// The first token at or after `index` where the scanner must try a match (`mayStart`), or
    /// `tokens.count`.
    ///
    /// Every token passes through here, and nearly all are rejected. A number starts a try, a
    /// sign or symbol does before a number; a word asks first one bit of `openings` (its first
    /// three bytes and length), which about one word in six passes, then `wordMayStart`'s
    /// questions, computed without branches: those tests one by one (a shape that is empty, a
    /// length that differs, an ending) went either way at random from word to word, and the
    /// processor guessed them wrong about once a token. The kind itself is guessed well:
    /// selecting the kinds' tests without a branch too measured slower (adding 89-98% to the
    /// tokenizer's time against 77-88%). The tokens that pass get the exact tests of `mayStart`.
    ///
    /// Tried and dropped: the first four bytes in `openings` (fewer words through, more work for
    /// each: no faster); `openings` by the first three bytes alone, with the hyphen places read
    /// eight bytes at once (a third fewer words through to `wordMayStart`, 40% more instructions
    /// in the loop: no faster); this function out of line, `@inline(never)`, to spare the loop the
    /// scan's register pressure (1.09 M instructions a MB more).
    func nextStart(from index: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = tokens.count
        return heads.withUnsafeBufferPointer { heads in
            wordShapes.withUnsafeBufferPointer { wordShapes in
                openings.withUnsafeBufferPointer { openings in
                prefixMasks.withUnsafeBufferPointer { prefixMasks in
                var index = index
                while index < count {
                    let token = tokens[index]
                    switch token.kind {
                    case .word, .abbreviation:
                        let range = token.span.bytes
                        let words = Self.load16(bytes, range.lowerBound)
                        let cappedLength = min(range.count, 31)
                        let prefix = words.0 & prefixMasks[cappedLength]
                        let opening = Self.openingBit(prefix, length: cappedLength)
                        if openings[opening >> 6] & (1 &<< UInt64(opening & 63)) != 0,
                           Self.wordMayStart(range, words: words, prefix: prefix, heads: heads, shapes: wordShapes, bytes: bytes),
                           mayStart(at: index, tokens: tokens, bytes: bytes) { return index }
                    case .number:
                        return index
                    case .punctuation, .symbol:
                        if index &+ 1 < count {
                            let next = tokens[index &+ 1]
                            if next.kind == .number {
                                if mayStart(at: index, tokens: tokens, bytes: bytes) { return index }
                            } else if token.kind == .symbol, next.kind == .word, bytes[token.span.bytes.lowerBound] == UInt8(ascii: "$"),
                                      next.span.bytes.lowerBound == token.span.bytes.upperBound {
                                // "$US47.25", "$A5 billion": the dollar's letters glued to the digits.
                                return index
                            }
                        }
                    default:
                        break
                    }
                    index &+= 1
                }
                return count
                }
                }
            }
        }
    }

    /// Whether a word token's shape (first three bytes, last byte, length) or hyphen places fit
    /// a start word, computed without a branch.
    ///
    /// The token's first 16 bytes are read as two words: one load gives its first bytes, and the
    /// hyphens among the 16 are found all at once. (Testing only the first two hyphen places a
    /// token's first bytes allow, and passing the rest, sent "several", "thousands" and "foreign"
    /// to `mayStart`: a quarter of the words it was asked about.)
    @inline(__always)
    private static func wordMayStart(_ range: Range<Int>, words: (UInt64, UInt64), prefix: UInt64, heads: UnsafeBufferPointer<UInt64>,
                                     shapes: UnsafeBufferPointer<UInt64>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = range.count
        let (low, high) = words
        let head = heads[headKey(prefix)]
        let bit = wordBit(prefix, first: UInt8(truncatingIfNeeded: low), last: bytes[range.upperBound &- 1], length)
        let lengthBit = UInt64(1) &<< UInt64(length & 31) &* UInt64(Self.bit(length < 32))
        let word = head & lengthBit & (shapes[bit >> 6] &>> UInt64(bit & 63)) &<< UInt64(length & 31)
        // Hyphen places inside the token where a start word's hyphen would stand.
        let hyphens = (head >> 32) & (lengthBit &- 1) & (hyphenBits(low) | hyphenBits(high) &<< 8)
        return word | hyphens != 0
    }

    /// The 16 bytes from `start`, the first in the low byte of the first word; zeros past the text.
    @inline(__always)
    private static func load16(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> (UInt64, UInt64) {
        if start &+ 16 <= bytes.count, let base = UnsafeRawPointer(bytes.baseAddress) {
            return (base.loadUnaligned(fromByteOffset: start, as: UInt64.self).littleEndian,
                    base.loadUnaligned(fromByteOffset: start &+ 8, as: UInt64.self).littleEndian)
        }
        return words(bytes[start..<min(start + 16, bytes.count)]) // the last tokens of a text
    }

    /// Bit n set when byte n of `word` is a hyphen (or, rarely, a comma right after one, by a
    /// borrow: that only lets a token through to `mayStart`).
    @inline(__always)
    private static func hyphenBits(_ word: UInt64) -> UInt64 {
        let x = word ^ 0x2D2D_2D2D_2D2D_2D2D
        let zero = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
        return ((zero &>> 7) &* 0x0102_0408_1020_4080) &>> 56
    }

    /// The first `length` (at most 16) of the bytes in `words`, zeros after, with ASCII capitals
    /// lower-cased: `classify`'s key for a word, exact (words hold no zero byte).
    @inline(__always)
    private static func wordKey(_ words: (UInt64, UInt64), length: Int) -> (UInt64, UInt64) {
        let bits = UInt64(truncatingIfNeeded: length &* 8)
        let low = words.0 & (bits >= 64 ? ~0 : (UInt64(1) &<< bits) &- 1)
        let high = words.1 & (bits >= 128 ? ~0 : bits <= 64 ? 0 : (UInt64(1) &<< (bits &- 64)) &- 1)
        return (lowercased(low), lowercased(high))
    }
    @inline(__always)
    private static func lowercased(_ word: UInt64) -> UInt64 { FoldedHash.lowercased(word) }
    /// The first 16 bytes as `load16` reads them.
    private static func words<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        for (offset, byte) in bytes.prefix(16).enumerated() {
            if offset < 8 { words.0 |= UInt64(byte) << UInt64(offset * 8) } else { words.1 |= UInt64(byte) << UInt64(offset % 8 * 8) }
        }
        return words
    }

    /// 1 or 0, for tests combined without a branch each.
    @inline(__always)
    private static func bit(_ test: Bool) -> UInt8 { test ? 1 : 0 }

    /// A token's first three bytes (all of a shorter one, zeros after), each folded to its low
    /// five bits: ASCII letters fold with their capitals, other bytes with letters, which only
    /// lets more tokens through to `mayStart`.
    @inline(__always)
    private static func prefix(_ low: UInt64, length: Int) -> UInt64 {
        low & (0xFF_FFFF &>> UInt64(truncatingIfNeeded: 24 &- min(length, 3) &* 8)) & 0x1F_1F1F
    }
    /// `prefix` of a word's bytes, as the tables are built.
    private static func prefix(_ form: [UInt8]) -> UInt64 {
        prefix(words(form).0, length: form.count)
    }
    /// `heads`' key: the first two bytes of `prefix`.
    @inline(__always)
    private static func headKey(_ prefix: UInt64) -> Int { Int(truncatingIfNeeded: prefix & 31) << 5 | Int(truncatingIfNeeded: prefix >> 8 & 31) }
    /// `openings`' bit: a hash of the first three bytes (`prefix`) and the length (31 for more).
    /// The multiplier decides which common words hit a start word's bit by chance: with the golden
    /// ratio's, "to" did at 2^16 and 2^17 bits (4.3k tokens a MB, a sixth of the words through);
    /// with this one (SplitMix64's), the false hits on 1 MB of news fall from about 5.7k to 2.0k
    /// (simulated over its words) and none of its hundred commonest words hits; measured, 21.8k
    /// words a MB go on to `wordMayStart`, 25.4k before.
    @inline(__always)
    private static func openingBit(_ prefix: UInt64, length: Int) -> Int {
        Int(truncatingIfNeeded: ((prefix | UInt64(truncatingIfNeeded: length) << 24) &* 0x94D0_49BB_1331_11EB) >> UInt64(64 - openingHashBits))
    }
    /// `wordShapes`' bit: a hash of the first three bytes (`prefix`), whether the first is past
    /// ASCII, the last byte and the length (below 32 where it matters). ("be" and "¥", C2 A5,
    /// were one shape, and "be" the commonest word `mayStart` was asked about.)
    @inline(__always)
    private static func wordBit(_ prefix: UInt64, first: UInt8, last: UInt8, _ length: Int) -> Int {
        let key = prefix | UInt64(last & 31) << 24 | UInt64(length & 31) << 29 | UInt64(first & 0x80) << 27
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// True when the scanner must try token `index`.
    @inline(never)
    func mayStart(at index: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .number: return true
        case .word, .abbreviation: break // `nextStart` tested its shape
        case .punctuation, .symbol: guard index + 1 < tokens.count, tokens[index + 1].kind == .number else { return false }
        default: return false
        }
        return mayStartByRoles(at: index, tokens: tokens, bytes: bytes)
    }

    /// How far after a comparator phrase's first word its number can stand (the phrase, a currency symbol).
    private static let phraseReach = (NumberWords.comparators.map(\.0.count).max() ?? 3) + 2

    private func mayStartByRoles(at index: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let roles = classify(index, tokens: tokens, bytes: bytes, shapeKnown: true)
        if roles.contains(.strong) { return true }
        if Self.neverStarts(roles) { return false }
        let next = index + 1 < tokens.count ? classify(index + 1, tokens: tokens, bytes: bytes) : []
        // "a dozen", "a week": a word, not digits ("a 90-day ceasefire" starts at 90).
        if roles.contains(.article), !next.contains(.digits), !next.isDisjoint(with: [.strong, .companion]) { return true }
        // "A$20 million": the letter of a currency prefix.
        if roles.contains(.article), next.contains(.digits), tokens[index + 1].kind == .symbol,
           tokens[index + 1].span.bytes.lowerBound == tokens[index].span.bytes.upperBound {
            return true
        }
        if roles.contains(.calendarLead), !next.isDisjoint(with: [.strong, .capitalStrong, .companion]) || (index + 1 < tokens.count && Self.startsWithCalendarUnit(tokens[index + 1], bytes: bytes)) {
            return true
        }
        // "this past weekend", "this coming weekend", "this past week": the unit a word later.
        if roles.contains(.calendarLead), index + 2 < tokens.count,
           Self.isWord(tokens[index + 1], "past", bytes: bytes) || Self.isWord(tokens[index + 1], "coming", bytes: bytes),
           Self.startsWithCalendarUnit(tokens[index + 2], bytes: bytes, bare: true) {
            return true
        }
        // "the week after next": the unit two words before.
        if roles.contains(.calendarLead), index >= 2, Self.isWord(tokens[index - 1], "after", bytes: bytes),
           Self.startsWithCalendarUnit(tokens[index - 2], bytes: bytes, bare: true) {
            return true
        }
        if roles.contains(.lead), !next.isDisjoint(with: [.strong, .lead, .article]) { return true }
        // "the end of the year", "the start of next month"; not "the end of the war".
        if roles.contains(.periodPart), index + 3 < tokens.count, Self.isWord(tokens[index + 1], "of", bytes: bytes) {
            let determiner = tokens[index + 2]
            if Self.isWord(determiner, "the", bytes: bytes) { return Self.startsWithCalendarUnit(tokens[index + 3], bytes: bytes, bare: true) }
            return Self.isWord(determiner, "this", bytes: bytes) || Self.isWord(determiner, "last", bytes: bytes) || Self.isWord(determiner, "next", bytes: bytes)
        }
        // "more than 20", "as many as 5", "less than or equal to 3": the phrase, then a number just after
        // its longest form.
        if roles.contains(.holidayFirst), bytes[tokens[index].span.bytes.lowerBound] &- UInt8(ascii: "A") < 26, index + 1 < tokens.count {
            let second = tokens[index + 1]
            let first = bytes[second.span.bytes.lowerBound]
            return Self.isWord(second, "day", bytes: bytes) || Self.isWord(second, "year", bytes: bytes) || Self.isWord(second, "friday", bytes: bytes)
                || first == UInt8(ascii: "'") || first == 0xE2 // "Valentine's Day", "Veterans' Day"
        }
        if roles.contains(.phraseStart), !next.isDisjoint(with: [.phraseSecond, .phraseStart]) {
            return ((index + 2)..<min(index + Self.phraseReach, tokens.count)).contains { !classify($0, tokens: tokens, bytes: bytes).isDisjoint(with: [.strong, .article]) }
        }
        return false
    }

    /// The roles of a token; a number, or a sign or currency symbol before digits, is `.strong`.
    /// `shapeKnown`: the token is a word that passed `nextStart`'s test of start words' shapes already.
    private func classify(_ index: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, shapeKnown: Bool = false) -> Roles {
        let token = tokens[index]
        let start = token.span.bytes.lowerBound
        switch token.kind {
        case .number: return [.strong, .digits]
        case .word, .abbreviation: break
        case .punctuation, .symbol:
            // A sign or a decimal point right before digits ("-3", "~50", ".75"); a currency symbol before any ("$ 3 billion").
            let next = index + 1
            guard next < tokens.count, tokens[next].kind == .number else { return [] }
            let first = bytes[start]
            let attachedDigits = tokens[next].span.bytes.lowerBound == token.span.bytes.upperBound
            if token.kind == .symbol { return first == UInt8(ascii: "$") || first >= 0x80 || (attachedDigits && (first == UInt8(ascii: "~") || first == UInt8(ascii: "+"))) ? [.strong, .digits] : [] }
            let sign = first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || first == UInt8(ascii: "~") || first == UInt8(ascii: "+") || first >= 0x80
            return attachedDigits && sign ? [.strong, .digits] : []
        default: return []
        }
        guard shapeKnown || mayBeTableWord(token.span.bytes, bytes: bytes, shapes: shapes, endings: endings) else { return [] }
        let length = token.span.bytes.count
        let words = Self.load16(bytes, start)
        // The part before a hyphen ("twenty-five", "three-day", "mid-2025"): the first hyphen is
        // the lowest bit (`hyphenBits`' false places only follow a true one).
        let hyphens = (Self.hyphenBits(words.0) | Self.hyphenBits(words.1) &<< 8) & (UInt64(1) &<< UInt64(min(length, 16)) &- 1)
        if hyphens != 0 {
            let roles = lookup(Self.wordKey(words, length: hyphens.trailingZeroBitCount))
            if !roles.isDisjoint(with: [.strong, .capitalStrong, .prefix]) { return .strong }
            // The one table word with its own hyphen, "year-end" (stop 26), looked up whole: told by
            // its length first, as a second lookup for every hyphened word cost 0.3 M instructions a MB.
            return length == 8 && lookup(Self.wordKey(words, length: length)).contains(.strong) ? .strong : []
        }
        // "Dec.", "no.": the full stop is not the word's. (Table words have at most 16 bytes.)
        let wordLength = bytes[token.span.bytes.upperBound - 1] == UInt8(ascii: ".") ? length - 1 : length
        guard wordLength <= 16 else { return [] }
        var roles = lookup(Self.wordKey(words, length: wordLength))
        if roles.contains(.capitalStrong), bytes[start] >= UInt8(ascii: "A"), bytes[start] <= UInt8(ascii: "Z") { roles.insert(.strong) }
        return roles
    }

    /// Whether the token is the lower-case ASCII `word`, in any case.
    private static func isWord(_ token: Token, _ word: StaticString, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = token.span.bytes
        return range.count == word.utf8CodeUnitCount && (0..<range.count).allSatisfy { bytes[range.lowerBound + $0] | 0x20 == word.utf8Start[$0] }
    }

    /// "last weekthat": a calendar unit glued to the next word by a missing space.
    /// `bare`: the unit alone ("year", "month") is one too.
    private static func startsWithCalendarUnit(_ token: Token, bytes: UnsafeBufferPointer<UInt8>, bare: Bool = false) -> Bool {
        let start = token.span.bytes.lowerBound
        guard token.span.bytes.count > (bare ? 3 : 4) else { return false }
        func prefix(_ word: StaticString) -> Bool {
            (0..<4).allSatisfy { bytes[start + $0] | 0x20 == word.utf8Start[$0] }
        }
        return prefix("week") || prefix("mont") || prefix("year")
    }

    @inline(__always)
    private func mayBeTableWord(_ range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, shapes: [UInt64], endings: [UInt64]) -> Bool {
        let start = range.lowerBound, length = range.count
        let key = Int(byteClass(bytes[start])) << 5 | Int(length > 1 ? byteClass(bytes[start + 1]) : Self.endClass)
        let shape = shapes[key]
        guard shape != 0 else { return false }
        if length < 32, shape & (1 << UInt64(length)) != 0 {
            let bit = Self.endingBit(shape: key, last: byteClass(bytes[range.upperBound - 1]), length: length)
            if endings[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
        }
        // Only a hyphen inside the token counts.
        var hyphens = (shape >> 32) & (length < 32 ? (1 << UInt64(length)) - 1 : 0xFFFF_FFFF)
        while hyphens != 0 {
            if bytes[start + hyphens.trailingZeroBitCount] == UInt8(ascii: "-") { return true }
            hyphens &= hyphens - 1
        }
        return false
    }

    @inline(__always)
    private static func endingBit(shape: Int, last: UInt8, length: Int) -> Int {
        let key = UInt32(shape << 11 | Int(last) << 6 | length)
        return Int((key &* 0x9E37_79B1) >> 16)
    }

    /// Letters fold to 0...25; the few other bytes table words begin with keep their own class.
    /// A table: the scan reads two or three classes per word token.
    private static let classes: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        let folded = UInt8(byte) | 0x20
        if folded &- UInt8(ascii: "a") < 26 { return folded &- UInt8(ascii: "a") }
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return 26
        case UInt8(ascii: "-"): return 27
        case UInt8(ascii: "."): return 28
        case UInt8(ascii: "$"): return 29
        default: return 30
        }
    }
    private let classes = StartFilter.classes

    @inline(__always)
    private func byteClass(_ byte: UInt8) -> UInt8 { classes.withUnsafeBufferPointer { $0[Int(byte)] } }
    private static func byteClass(_ byte: UInt8) -> UInt8 { classes[Int(byte)] }

    private static let endClass: UInt8 = 31

}
