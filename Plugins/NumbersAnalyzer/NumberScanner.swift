import TextAnalysis

/// The token scanner behind ``NumbersAnalyzer``. One instance per document.
///
/// A class: the rules pass it to one another and capture it in closures, and copying a struct
/// that holds the document retained and released each of the document's arrays. It keeps only
/// the two arrays the rules read, not the whole document (made and dropped once per article),
/// and its word caches in itself: a separate cache object cost an allocation, its own retains
/// and a deallocation per article.
final class NumberScanner {
    let bytes: [UInt8]
    let tokens: [Token]
    /// `tokens.count`, read by nearly every rule: the array's getter was not inlined.
    let tokenCount: Int
    /// The tables the rules read most (``HotTables``).
    let tables = HotTables.shared

    /// Rules read the same few words around a number many times, so each is lower-cased once.
    /// A small direct-mapped cache, not one slot per token: the rules only read near the scan
    /// position, and a per-token array cost more to set up and tear down than all the lookups.
    /// Slots 0..<32: the tokens' `FoldedHash`es, direct-mapped: (index + 1) << 34, 1 << 33 when
    /// the token is ASCII, and the hash (a token is looked up in many tables and hashed once).
    /// Slots 32..<48: the words, direct-mapped: (index + 1) << 32 and the word's place in `made`. 0 is empty.
    /// Memory of the scanner's own, allocated with it (nearly every article's rules read a word,
    /// and the shared array of zeros it replaced was copied on the first write anyway): reads and
    /// writes check no bounds and no uniqueness.
    private let slots: UnsafeMutablePointer<UInt64>
    private static let slotCount = 48
    /// The lower-cased words made, in order; a slot taken over leaves its old word here until `made` is cleared.
    @exclusivity(unchecked) private var made: [String] = []

    /// Where the last match ended: a modifier read back from a number stops there.
    private(set) var matchFloor = 0
    /// An upper bound came after "and" ("and less than 20"): `joinBounds` has work to do.
    private var boundsToJoin = false

    /// Whether bare months read their clause's tense (``settleTense(of:)``): only against a
    /// reference the caller gives.
    let readsMonthTense: Bool

    init(bytes: [UInt8], tokens: [Token], readsMonthTense: Bool = false) {
        self.bytes = bytes
        self.tokens = tokens
        tokenCount = tokens.count
        self.readsMonthTense = readsMonthTense
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(repeating: 0, count: Self.slotCount)
    }

    deinit {
        slots.deallocate()
    }

    /// The lower-cased text of token `index`.
    func lowered(_ index: Int) -> String {
        let slot = 32 + (index & 15)
        let entry = slots[slot]
        if entry >> 32 == UInt64(index + 1) { return made[Int(UInt32(truncatingIfNeeded: entry))] }
        let word = Self.lowercased(bytes, tokens[index].span.bytes)
        if made.count == 64 {
            made.removeAll(keepingCapacity: true)
            for slot in 32..<48 { slots[slot] = 0 }
        } else if made.isEmpty {
            made.reserveCapacity(16)
        }
        slots[slot] = UInt64(index + 1) << 32 | UInt64(made.count)
        made.append(word)
        return word
    }

    /// The token's `FoldedHash`; nil when it is not ASCII.
    @inline(__always)
    func foldedHash(_ index: Int) -> UInt32? {
        var entry = slots[index & 31]
        if entry >> 34 != UInt64(index + 1) { entry = hashEntry(index) }
        return entry & (1 << 33) != 0 ? UInt32(truncatingIfNeeded: entry) : nil
    }
    private func hashEntry(_ index: Int) -> UInt64 {
        let range = tokens[index].span.bytes
        let hash = bytes.withUnsafeBufferPointer { FoldedHash.of($0, range) }
        let entry = UInt64(index + 1) << 34 | (hash == nil ? 0 : 1 << 33) | UInt64(hash ?? 0)
        slots[index & 31] = entry
        return entry
    }

    /// ASCII (nearly every token of English news) is folded byte by byte, written straight
    /// into the String: up to 15 ASCII bytes stay inline and skip UTF-8 validation.
    /// Anything else takes the Unicode path.
    static func lowercased(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        guard range.count <= 32, !bytes[range].contains(where: { $0 >= 0x80 }) else {
            return String(decoding: bytes[range], as: UTF8.self).lowercased()
        }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, index) in range.enumerated() {
                let byte = bytes[index]
                buffer[offset] = byte &- 65 < 26 ? byte | 0x20 : byte
            }
            return range.count
        }
    }

    /// A numeric core: tokens and value before modifiers and units.
    struct Core {
        enum Kind { case digits, words, ordinal, fraction, time }
        var tokens: Range<Int>
        var value: Double
        var kind: Kind
        /// Four plain digits, no separators: could be a year.
        var yearLike = false
        var magnified = false
        /// The magnitude written after the digits or words ("billion" → 1e9), 1 when none:
        /// "$5-7 million" and "two to 2.2 mln" apply the second bound's to the first.
        var scale = 1.0
        /// "several hundred", "a few thousand": a magnitude counted vaguely, read as its lower bound.
        var vague = false
        /// The word of a magnitude hyphened to the digits ("a $5-billion fund", "a 108-billion-dlr
        /// debt", "a 1.1-mln-member union"): ``NumberScanner/hyphenedCompound(_:token:currency:)``
        /// reads what follows the magnitude in it. (A token, not the words: a String here made every
        /// copy of a core retain and release it, +1% instructions.)
        var magnitudeToken: Int?
        /// "tenfold", "five-fold", "10-fold": a factor, whose word says what it multiplies.
        var multiplier = false
    }

    func scan() -> [NumberMatch] {
        let filter = StartFilter.shared
        return tokens.withUnsafeBufferPointer { tokenBuffer in
            bytes.withUnsafeBufferPointer { byteBuffer in
                var matches: [NumberMatch] = []
                // About one match per 20 tokens in news, more in short articles: most never regrow the array.
                matches.reserveCapacity(min(max(tokenBuffer.count / 6, 8), 1024))
                var index = 0
                while true {
                    index = filter.nextStart(from: index, tokens: tokenBuffer, bytes: byteBuffer)
                    guard index < tokenBuffer.count else { break }
                    if let end = identifierEnd(at: index) {
                        index = end
                    } else if let pair = pairReading(at: index) {
                        switch pair {
                        case let .unmarked(end): index = end
                        case let .ratio(found):
                            index = found.tokens.upperBound
                            matchFloor = index
                            matches.append(found)
                        }
                    } else if var found = match(at: index) {
                        if found.label == .date {
                            joinDateSpan(&found)
                            joinYearHoliday(&found)
                            pastAfterSince(&found)
                            settleTense(of: &found)
                        } else if found.label == .time {
                            joinTimeSpan(&found)
                        }
                        index = found.tokens.upperBound
                        matchFloor = index
                        if found.label == .cardinal { markAge(&found) }
                        matches.append(consume found)
                    } else {
                        index += 1
                    }
                }
                if boundsToJoin { joinBounds(&matches) }
                return matches
            }
        }
    }

    /// "more than 10 and less than 20", "at least $5 and no more than $10": a lower and an upper
    /// bound of one kind joined by "and" are one RANGE, as "between 10 and 20" is (the bounds'
    /// strictness is not kept, as "between" does not say it). A pass after the scan, over the
    /// documents that have an upper bound after "and": a test in the scan's loop slowed all of it.
    func joinBounds(_ matches: inout [NumberMatch]) {
        var joined: [NumberMatch] = []
        joined.reserveCapacity(matches.count)
        for match in matches {
            // "more than 30 but less than 50 per cent" joins its bounds as "and" does (stop 26).
            if let lower = joined.last, wordIs(match.tokens.lowerBound - 1, "and") || wordIs(match.tokens.lowerBound - 1, "but"), let range = boundedRange(lower, match) {
                joined[joined.count - 1] = range
            } else {
                joined.append(match)
            }
        }
        matches = joined
    }

    private func boundedRange(_ lower: NumberMatch, _ upper: NumberMatch) -> NumberMatch? {
        // (A bare first bound takes the second's unit: "more than 10 and less than 20 percent".)
        guard lower.tokens.upperBound == upper.tokens.lowerBound - 1,
              upper.label == .cardinal || upper.label == .money || upper.label == .percent || upper.label == .quantity,
              case let .string(below)? = lower.attributes["comparator"], below == ">" || below == ">=",
              case let .string(above)? = upper.attributes["comparator"], above == "<" || above == "<=",
              lower.label == .cardinal || lower.label == upper.label && lower.attributes["unit"] == upper.attributes["unit"]
                  && lower.attributes["currency"] == upper.attributes["currency"],
              let low = lower.attributes["value"], let high = upper.attributes["value"], Self.amount(low) < Self.amount(high)
        else { return nil }
        var attributes: Attributes = ["low": low, "high": high]
        if upper.label == .percent { attributes["unit"] = "percent" } else if let unit = upper.attributes["unit"] { attributes["unit"] = unit }
        if let currency = upper.attributes["currency"] { attributes["currency"] = currency }
        return NumberMatch(label: .range, tokens: lower.tokens.lowerBound..<upper.tokens.upperBound, attributes: attributes, date: nil, counts: upper.counts)
    }

    private static func amount(_ value: AttributeValue) -> Double {
        switch value {
        case let .int(number): Double(number)
        case let .double(number): number
        default: .nan
        }
    }

    /// Phone numbers and IDs are not quantities: "+380 44 123 4567", "555-0199",
    /// "978-3-16-148410-0". Returns the token after the identifier.
    func identifierEnd(at index: Int) -> Int? {
        if tokens[index].kind == .number {
            // Most numbers stand alone: no leading zero and nothing glued after them.
            let range = tokens[index].span.bytes
            let leadingZero = range.count > 1 && bytes[range.lowerBound] == UInt8(ascii: "0") && Self.isDigit(bytes[range.lowerBound + 1])
            if !leadingZero && !attached(index + 1) { return nil }
        } else if !(wordIs(index, "+") && kind(index + 1) == .number && attached(index + 1)) {
            return nil
        }
        // A leading zero is a dialling or area prefix ("067 123 45 67"), never a count.
        // Read off the bytes: lower-casing keeps digits and spaces, and makes neither.
        let range = tokens[index].span.bytes
        if range.count > 1, bytes[range.lowerBound] == UInt8(ascii: "0"), Self.isDigit(bytes[range.lowerBound + 1]),
           containsByte(index, UInt8(ascii: " ")) || (kind(index + 1) == .number && !attached(index + 1)) {
            var end = index + 1
            while end < tokenCount, tokens[end].kind == .number, !attached(end) { end += 1 }
            return end
        }
        if let end = aircraftVariantEnd(at: index) { return end }
        // "1+1" (a channel), "24/7": digits joined by an operator are a name, not two numbers.
        if !wordIs(index, "+"), wordIs(index + 1, "+"), attached(index + 1), kind(index + 2) == .number, attached(index + 2) {
            return index + 3
        }
        // "(555) 123-4567"
        if isAreaCode(index - 1), isPlainDigits(index + 2, count: 3), wordIs(index + 3, "-"), attached(index + 3), attached(index + 4),
           isPlainDigits(index + 4, count: 4) {
            return index + 5
        }
        var end = index + (wordIs(index, "+") ? 1 : 0)
        var parts = 0
        var hyphenated = false
        while end < tokenCount, tokens[end].kind == .number {
            parts += 1
            end += 1
            guard end + 1 < tokenCount, attached(end), wordIs(end, "-") || wordIs(end, "."), attached(end + 1), tokens[end + 1].kind == .number else { break }
            if wordIs(end, ".") { return nil }
            hyphenated = true
            end += 1
        }
        if wordIs(index, "+") { // international dialling: the digits that follow belong to it
            while end < tokenCount, tokens[end].kind == .number { end += 1 }
            return end
        }
        guard hyphenated else { return nil }
        // An ISO date ("2025-12-24") is three hyphenated numbers too.
        if parts == 3, lowered(index).utf8.count == 4, lowered(index + 2).utf8.count == 2, lowered(end - 1).utf8.count == 2 { return nil }
        let last = lowered(end - 1)
        if parts >= 3 || (parts == 2 && last.count == 4 && last.hasPrefix("0")) { return end }
        // "Call 555-1234", "(555) 123-4567": a local number, three digits and four. Without a
        // telephone word or an area code before it the same shape is a range ("975-1250 lbs").
        if parts == 2, isPlainDigits(index, count: 3), isPlainDigits(end - 1, count: 4), isAreaCode(index - 3) || hasPhoneCue(before: index) {
            return end
        }
        return nil
    }

    /// "the 737-800", "a Boeing 777-300ER", "767-300's": a Boeing family (7x7) and its series, a
    /// round hundred up to 1000, name an aircraft type, not a range 737..800 nor a count of 800;
    /// so do the newer variants numbered 1 to 10 ("the 747-8 freighter", "a 737-9", "the
    /// 787-10"), which no range or count reads either (a range does not fall from 747 to 8).
    /// Returns the token after the series.
    func aircraftVariantEnd(at index: Int) -> Int? {
        guard isPlainDigits(index, count: 3), case let family = bytes[tokens[index].span.bytes],
              family.first == UInt8(ascii: "7"), family.last == UInt8(ascii: "7"),
              wordIs(index + 1, "-"), attached(index + 1), attached(index + 2), index + 2 < tokenCount else { return nil }
        // The series' digits, with any letters glued to them ("300ER", "200LR").
        let series = bytes[tokens[index + 2].span.bytes]
        let digits = series.prefix(while: Self.isDigit)
        let hundreds = (3...4).contains(digits.count) && digits.dropFirst().allSatisfy({ $0 == UInt8(ascii: "0") })
            && (digits.count == 3 || digits.first == UInt8(ascii: "1"))
        let variant = (1...2).contains(digits.count) && digits.first != UInt8(ascii: "0")
            && (digits.count == 1 || digits.elementsEqual("10".utf8))
        guard hundreds || variant, digits.count == series.count || series[series.startIndex + digits.count] >= UInt8(ascii: "A") else { return nil }
        var end = index + 3
        // "300ER" may come as digits and a word glued to them.
        if kind(end) == .word, attached(end), isAllCaps(end) { end += 1 }
        return end
    }

    /// Whether token `index` is `count` ASCII digits and nothing else.
    func isPlainDigits(_ index: Int, count: Int) -> Bool {
        guard index >= 0, index < tokenCount, tokens[index].kind == .number else { return false }
        let range = tokens[index].span.bytes
        return range.count == count && bytes[range].allSatisfy(Self.isDigit)
    }

    /// "(555)" from token `index` on: an area code in brackets.
    func isAreaCode(_ index: Int) -> Bool {
        wordIs(index, "(") && isPlainDigits(index + 1, count: 3) && attached(index + 1) && wordIs(index + 2, ")") && attached(index + 2)
    }

    /// A telephone word within the four words before `index`: "call", "phone us on", "Tel.", "the hotline at".
    func hasPhoneCue(before index: Int) -> Bool {
        (max(0, index - 4)..<index).contains { isIn(Self.phoneWords, $0) }
    }

    static let phoneWords: WordSet = [
        "call", "calls", "calling", "phone", "phones", "phoned", "telephone", "tel", "tel.", "fax", "dial", "hotline", "helpline", "number", "ring",
    ]

    static let streetWords: WordSet = ["street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "blvd.", "lane", "drive", "square", "place"]

    static let signWords: WordSet = ["-", "−", "minus", "negative"]

    // MARK: - Token helpers

    func word(_ index: Int) -> String? { index >= 0 && index < tokenCount ? lowered(index) : nil }
    /// Whether the lower-cased token equals `literal`, read off the document's bytes: no String is
    /// made for the many tests that fail. A token or literal that is not ASCII takes the String
    /// comparison (lower-casing and canonical equivalence can change lengths there).
    /// Inlined: the literal is a constant there, and most tests end at the first byte.
    @inline(__always)
    func wordIs(_ index: Int, _ literal: StaticString) -> Bool {
        guard index >= 0, index < tokenCount else { return false }
        // Most tests fail on the first byte: an ASCII first character stays first under
        // lower-casing and normalization, so it must already match.
        let first = byteAt(tokenAt(index).span.bytes.lowerBound)
        if literal.isASCII, literal.utf8CodeUnitCount > 0, first < 0x80, (first &- 65 < 26 ? first | 0x20 : first) != literal.utf8Start[0] { return false }
        return wordEquals(index, literal)
    }
    /// The rest of `wordIs`, for a token whose first byte matched.
    private func wordEquals(_ index: Int, _ literal: StaticString) -> Bool {
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        return token(index, equals: expected, ascii: literal.isASCII) { String(decoding: expected, as: UTF8.self) }
    }
    /// `wordIs` for a word known only at run time (a phrase's words): `word(index) == word`,
    /// without making the String when both are ASCII.
    func wordIs(_ index: Int, text word: String) -> Bool {
        guard index >= 0, index < tokenCount else { return false }
        return word.utf8.withContiguousStorageIfAvailable { expected in
            token(index, equals: expected, ascii: !expected.contains(where: { $0 >= 0x80 })) { word }
        } ?? (lowered(index) == word)
    }
    /// Whether token `index`, lower-cased, equals the UTF-8 text `expected`: by bytes when both
    /// are ASCII, else by `String` comparison with `text()`.
    ///
    /// One pass over a token of the literal's length: an ASCII byte that differs settles it (the
    /// bytes before it are ASCII too, each its own scalar, so the Strings differ there as well);
    /// a byte past ASCII before any difference hands it to `String`. (The test for non-ASCII
    /// bytes first, then the comparison, read such a token twice.)
    private func token(_ index: Int, equals expected: UnsafeBufferPointer<UInt8>, ascii: Bool, text: () -> String) -> Bool {
        let range = tokenAt(index).span.bytes
        let verdict: Bool? = bytes.withUnsafeBufferPointer { bytes in
            guard ascii else { return nil }
            guard range.count == expected.count else {
                // Lower-casing a token past ASCII may change its length ("\u{212A}m" is "km").
                // (Most tokens are eight bytes or fewer: told with one load, not a byte at a time.)
                if range.count <= 8 { return FoldedHash.load(bytes, range.lowerBound, count: range.count) & 0x8080_8080_8080_8080 != 0 ? nil : false }
                return bytes[range].contains(where: { $0 >= 0x80 }) ? nil : false
            }
            var offset = 0
            while offset < expected.count {
                let byte = bytes[range.lowerBound &+ offset]
                if byte >= 0x80 { return nil }
                if (byte &- 65 < 26 ? byte | 0x20 : byte) != expected[offset] { return false }
                offset &+= 1
            }
            return true
        }
        return verdict ?? (lowered(index) == text())
    }
    /// `table[lowered(index)]` without making the String for an ASCII token; nil past either end.
    /// Inlined up to the hash's bit, which settles most tokens.
    @inline(__always)
    func lookup<Value>(_ table: Lexicon<Value>, _ index: Int) -> Value? {
        guard index >= 0, index < tokenCount else { return nil }
        let hash = foldedHash(index)
        if let hash, !table.mayContain(hash: hash) { return nil }
        return lookup(table, index, hash: hash)
    }
    private func lookup<Value>(_ table: Lexicon<Value>, _ index: Int, hash: UInt32?) -> Value? {
        bytes.withUnsafeBufferPointer { table.value(hash: hash, folding: $0[tokens[index].span.bytes]) { lowered(index) } }
    }
    /// `set.contains(lowered(index))` without making the String for an ASCII token.
    @inline(__always)
    func isIn(_ set: WordSet, _ index: Int) -> Bool {
        guard index >= 0, index < tokenCount else { return false }
        let hash = foldedHash(index)
        if let hash, !set.mayContain(hash: hash) { return false }
        return isIn(set, index, hash: hash)
    }
    private func isIn(_ set: WordSet, _ index: Int, hash: UInt32?) -> Bool {
        bytes.withUnsafeBufferPointer { set.contains(hash: hash, folding: $0[tokens[index].span.bytes]) { lowered(index) } }
    }
    /// `list.contains(word(index) ?? "")` without making the String for an ASCII token (no list holds "").
    @inline(__always)
    func isListed(_ list: WordList, _ index: Int) -> Bool {
        guard index >= 0, index < tokenCount else { return false }
        guard let hash = foldedHash(index) else { return list.contains(lowered(index)) }
        if !list.mayContain(hash: hash) { return false }
        return bytes.withUnsafeBufferPointer { list.contains(hash: hash, folding: $0[tokens[index].span.bytes]) }
    }
    /// `Int(lowered(index))` when the lower-cased token has `length` UTF-8 bytes, else nil: a year or a
    /// clock time of ASCII digits is read off the bytes, without a String.
    func integer(_ index: Int, length: Int) -> Int? {
        let range = tokens[index].span.bytes
        if range.count == length, bytes[range].allSatisfy(Self.isDigit) {
            return bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        // ASCII of another length lower-cases to that length; anything else takes the String.
        if range.count != length, !containsNonASCII(index) { return nil }
        let word = lowered(index)
        return word.utf8.count == length ? Int(word) : nil
    }
    /// `Int(lowered(index).trimmingSuffix())` for a token of at most four UTF-8 bytes ("24", "24th").
    func dayNumber(_ index: Int) -> Int? {
        let range = tokens[index].span.bytes
        if range.count <= 4, bytes[range].allSatisfy(Self.isDigit) { return integer(index, length: range.count) }
        let word = lowered(index)
        return word.utf8.count <= 4 ? Int(word.trimmingSuffix()) : nil
    }
    /// Whether any of the token's bytes is not ASCII.
    func containsNonASCII(_ index: Int) -> Bool {
        bytes[tokens[index].span.bytes].contains { $0 >= 0x80 }
    }
    /// Whether the token's bytes hold `byte`.
    @inline(__always)
    func containsByte(_ index: Int, _ byte: UInt8) -> Bool {
        bytes[tokens[index].span.bytes].contains(byte)
    }
    /// Token `index`, which the caller has tested to be in range, read without the array's own
    /// test: the helpers below are inlined into every rule, and each test cost a compare, a
    /// branch and a load of the array's count.
    @inline(__always)
    func tokenAt(_ index: Int) -> Token { tokens.withUnsafeBufferPointer { $0[index] } }
    /// The document's byte at `offset` (a token's, so in range), without the array's test.
    @inline(__always)
    func byteAt(_ offset: Int) -> UInt8 { bytes.withUnsafeBufferPointer { $0[offset] } }
    @inline(__always)
    func kind(_ index: Int) -> TokenKind? { index >= 0 && index < tokenCount ? tokenAt(index).kind : nil }
    @inline(__always)
    func attached(_ index: Int) -> Bool {
        index > 0 && index < tokenCount && tokenAt(index).span.bytes.lowerBound == tokenAt(index - 1).span.bytes.upperBound
    }
    @inline(__always)
    func isCapitalized(_ index: Int) -> Bool {
        guard index >= 0, index < tokenCount else { return false }
        let byte = byteAt(tokenAt(index).span.bytes.lowerBound)
        return byte >= 65 && byte <= 90
    }
    func isAllCaps(_ index: Int) -> Bool {
        !bytes[tokens[index].span.bytes].contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }
    func sentenceStart(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1].span.bytes
        if previous.count == 1 {
            switch bytes[previous.lowerBound] {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: ":"): return true
            default: break
            }
        }
        if previous.count == 3, bytes[previous].elementsEqual("“".utf8) { return true }
        // "... Industries Inc. Five new directors": an abbreviation's full stop can end the sentence too.
        if tokens[index - 1].kind == .abbreviation, bytes[previous.upperBound - 1] == UInt8(ascii: "."), isCapitalized(index),
           previous.count > 2 {
            return true
        }
        return lineBreakBefore(index)
    }
    func lineBreakBefore(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        return bytes[tokens[index - 1].span.bytes.upperBound..<tokens[index].span.bytes.lowerBound].contains(10)
    }

    // MARK: - One expression

    func match(at start: Int) -> NumberMatch? {
        if tokens[start].kind == .number {
            // "R2.5bn": the decimals of a currency's word ("R2"), which the tokenizer split at its point.
            if start >= 2, attached(start), kind(start - 2) == .word, isDecimalOfGluedWord(start),
               let money = gluedCurrencyAmount(word: start - 2, symbol: nil) {
                return money
            }
            // "Sh500,000": the thousands of a currency's word ("Sh500"), split at the comma; a group
            // after any other word that ends in digits is no number of its own.
            if start >= 2, attached(start), isGroupOfGluedWord(start) { return gluedCurrencyAmount(word: start - 2, symbol: nil) }
            // "1H 2025", "3Q 2024", "2Q25", "1H26": a half or a quarter of a year as markets write it.
            if tokens[start].span.bytes.count == 1, start + 1 < tokenCount, attached(start + 1), let period = reportingPeriod(at: start) {
                return period
            }
            // Month-first and relative dates start at a word; of the idioms, only numeric dates at digits.
            if let date = numericDate(at: start) { return date }
        } else {
            // "$US47.25", "$A5 billion": the dollar's letters glued to the digits.
            if tokens[start].kind == .symbol, isDollarBeforeGluedWord(start), let money = gluedCurrencyAmount(word: start + 1, symbol: start) {
                return money
            }
            // "R300 million": a magnitude after a currency's word ("R300"); told first by the last
            // byte of the token before, a digit after few start words.
            if start >= 1, Self.isDigit(bytes[tokens[start - 1].span.bytes.upperBound - 1]), kind(start - 1) == .word,
               let money = gluedCurrencyAmount(word: start - 1, symbol: nil) {
                return money
            }
            // "by year-end": the start filter lets through every word of its shape, the wire's
            // "year-ago" and "year-earlier" most often, at which no other reading starts.
            // ("four-day" and "half-day" have their hyphen there too: the first four bytes are "year".)
            if tokens[start].span.bytes.count == 8, case let first = tokens[start].span.bytes.lowerBound, bytes[first + 4] == UInt8(ascii: "-"),
               bytes[first] | 0x20 == UInt8(ascii: "y"), bytes[first + 1] | 0x20 == UInt8(ascii: "e"), bytes[first + 2] | 0x20 == UInt8(ascii: "a"),
               bytes[first + 3] | 0x20 == UInt8(ascii: "r") {
                return wordIs(start, "year-end") ? yearEnd(at: start) : nil
            }
            if let date = monthFirstDate(at: start) { return date }
            if maySpellYear(at: start), let year = spelledYear(at: start) { return year }
            if let relative = relativeDate(at: start) { return relative }
            if let holiday = holidayDate(at: start) { return holiday }
            if let weekday = abbreviatedWeekday(at: start) { return weekday }
            if let idiom = idiom(at: start) { return idiom }
            // "twenty-something", "thirtysomethings": an age in that decade of life.
            if tokens[start].span.bytes.count >= 13, let age = somethingAge(word: start) { return age }
            // "thirties": seven to nine letters ending in "s".
            if (7...9).contains(tokens[start].span.bytes.count), bytes[tokens[start].span.bytes.upperBound - 1] == UInt8(ascii: "s"),
               let decade = lookup(NumberWords.decadeWords, start),
               let match = lifeDecade(decade, at: start, end: start + 1) ?? pastDecade(decade, at: start, end: start + 1) {
                return match
            }
        }
        guard let found = modifiedMatch(at: start) else { return nil }
        // Digits glued to letters that are no unit are a name or a code: "5G", "3M Co".
        let after = found.tokens.upperBound
        if found.byteEnd == nil, tokens[after - 1].kind == .number, attached(after) {
            if kind(after) == .word { return nil }
            // "7-Eleven"
            if wordIs(after, "-"), kind(after + 1) == .word, attached(after + 1), isCapitalized(after + 1) { return nil }
        }
        // "the 737 MAX 9": asked of a bare count only, the one reading a model number gets.
        if found.label == .cardinal, found.tokens.count == 1, isModelBefore(found.tokens.lowerBound) { return nil }
        // "350 Fifth Avenue": a street number (on one line: a headline's "BUYING THREE COMPANIES"
        // is no street number of the "ST. LOUIS" dateline below it).
        if found.label == .cardinal, isCapitalized(after),
           (after..<min(after + 3, tokenCount)).contains(where: { isIn(NumberScanner.streetWords, $0) && !(after...$0).contains(where: lineBreakBefore) }) {
            return nil
        }
        return found
    }

    func modifiedMatch(at start: Int) -> NumberMatch? {
        // Modifier, then currency, then the core.
        var position = start
        var start = start
        var attributes = Attributes()
        var tolerance = false
        if let (length, found) = modifier(at: position) {
            position += length
            var comparator = found
            // "not more than 10"
            if comparator != "~", comparator != "+-", wordIs(start - 1, "not"), start - 1 >= matchFloor {
                comparator = comparator.hasPrefix(">") ? "<=" : ">="
                start -= 1
            }
            // A tolerance bounds the error both ways: no comparator fits, and the amount is its size.
            if comparator == "+-" { attributes["tolerance"] = true; tolerance = true } else if comparator == "~" { attributes["approximate"] = true } else {
                attributes["comparator"] = .string(comparator)
            }
            // "slightly more than", "a little over", "a shade under": how near the bound is, in the span as "just" is.
            if comparator != "~", comparator != "+-", start == position - length {
                if wordIs(start - 1, "slightly"), start - 1 >= matchFloor {
                    start -= 1
                } else if start - 2 >= matchFloor, wordIs(start - 2, "a"), isIn(Self.nearnessWords, start - 1) {
                    start -= 2
                }
            }
            if comparator.hasPrefix("<"), wordIs(start - 1, "and") || wordIs(start - 1, "but") { boundsToJoin = true }
        } else if wordIs(start - 1, "of"), let (length, comparator) = precedingComparator(before: start), start - length >= matchFloor {
            start -= length
            if comparator == "~" { attributes["approximate"] = true } else { attributes["comparator"] = .string(comparator) }
            if comparator.hasPrefix("<"), wordIs(start - 1, "and") || wordIs(start - 1, "but") { boundsToJoin = true } // "and a maximum of"
        }
        var currency: String?
        if let (length, code) = currencyPrefix(at: position) {
            currency = code
            position += length
        } else if position == start, position > 0, let code = capitalCurrencyCode(before: position) {
            currency = code
            start -= 1
        }
        guard var core = core(at: position) else { return nil }
        // "ten grand", "$50 grand": thousands, said of money (the word then ends the phrase or goes
        // on with a preposition: "a grand jury", "two grand slams" are no thousands; nineteenth round).
        if core.scale == 1, !core.magnified, core.tokens.upperBound < tokenCount, tokens[core.tokens.upperBound].span.bytes.count == 5,
           core.kind == .digits || core.kind == .words, wordIs(core.tokens.upperBound, "grand"),
           !isCapitalized(core.tokens.upperBound), core.value >= 1, core.value < 1000,
           endsPhrase(core.tokens.upperBound + 1) || isListed(Self.subunitFollowers, core.tokens.upperBound + 1) {
            core.value *= 1000
            core.tokens = core.tokens.lowerBound..<(core.tokens.upperBound + 1)
            core.magnified = true
            core.scale = 1000
        }
        // "paid in rupees 5 years ago": a currency word before an amount of something else is the
        // end of another phrase; the number is read again on its own.
        if currency != nil, kind(position - 1) == .word, lookup(tables.currencyWordsBefore, position - 1) != nil,
           lookup(tables.timeUnits, core.tokens.upperBound) != nil || percentLength(at: core.tokens.upperBound) != nil
            || wordIs(core.tokens.upperBound, "times") || measureUnit(at: core.tokens.upperBound, words: false) != nil {
            return nil
        }
        // "plus or minus 2%": the digits take the "minus" for a sign; a tolerance is its size.
        if tolerance { core.value = abs(core.value) }
        if core.vague, attributes.isEmpty { attributes["comparator"] = ">=" }
        // ".75" and "-3" begin before the token the scan stopped at.
        start = attributes.isEmpty && currency == nil ? min(start, core.tokens.lowerBound) : start
        // A modifier never qualifies an ordinal ("over third"); a bare currency only an amount.
        let hasModifier = !attributes.isEmpty
        if hasModifier, core.kind == .ordinal { return nil }
        // "higher than 1985" compares with a year, which stays a DATE; "3.6 pct higher than 1.11 billion"
        // names what a change is measured from, not a bound. Either is read again from the number on.
        // "as high as 1985" (levels) compares with a year as "higher than 1985" does.
        if hasModifier, core.yearLike, wordIs(start, "as"), wordIs(start + 1, "high") || wordIs(start + 1, "low") { return nil }
        if hasModifier, isIn(Self.comparativeAdjectives, start),
           core.yearLike || kind(start - 1) == .number || isIn(tables.percentWords, start - 1) || isIn(Self.changeUnits, start - 1)
            || isListed(tables.articles, core.tokens.lowerBound) { // "higher than a year earlier"
            return nil
        }
        if !hasModifier, currency != nil, core.kind != .digits, core.kind != .words { return nil }
        // "worth $5 billion over five years", "spread over three years", "rose 40% over two
        // years": "over" after an amount, a verb of change or of spreading, before an amount of
        // time, says during what, not a bound (twenty-fourth stop); read again from the number on.
        if hasModifier, wordIs(start, "over"), lookup(tables.timeUnits, core.tokens.upperBound) != nil,
           kind(start - 1) == .number || isIn(tables.percentWords, start - 1) || isIn(Self.overSpanLeads, start - 1)
            || isIn(tables.changeVerbs, start - 1) || isCountedNounBeforeSpan(start - 1, unit: core.tokens.upperBound)
            || closesAmountBeforeOver(start - 1) {
            return nil
        }
        return classify(core, start: start, modifier: attributes, currency: currency)
    }

    /// "sequenced 2,500 genomes over six years", "sold 5 million copies over three years": a
    /// lower-case noun right after a number (or its magnitude) before "over" and an amount of time,
    /// which then says during what, as after an amount ("$5 billion over five years"); not when
    /// an age's or a time's word follows the unit ("children over five years old", "people over 18
    /// years of age", "over six years ago"; stop 27).
    @inline(never)
    func isCountedNounBeforeSpan(_ noun: Int, unit: Int) -> Bool {
        guard noun >= 1, kind(noun) == .word, !isCapitalized(noun),
              kind(noun - 1) == .number || lookup(tables.scales, noun - 1) != nil else { return false }
        return !(wordIs(unit + 1, "old") || wordIs(unit + 1, "of") || wordIs(unit + 1, "ago"))
    }

    /// "$33.29 a month over 24 months", "£50 per week over two years", "rose 5 per cent over two
    /// years": a rate's denominator, or the "cent" of "per cent", ends an amount as the amount's own
    /// word does, so "over" after it says during what too (stop 28).
    @inline(never)
    func closesAmountBeforeOver(_ index: Int) -> Bool {
        guard index >= 2 else { return false }
        if wordIs(index, "cent") { return wordIs(index - 1, "per") }
        return lookup(tables.timeUnits, index) != nil && (wordIs(index - 1, "a") || wordIs(index - 1, "an") || wordIs(index - 1, "per"))
            && (kind(index - 2) == .number || isIn(tables.percentWords, index - 2) || isIn(Self.overSpanLeads, index - 2))
    }

    /// Words after which "over" and an amount of time say during what ("$5 billion over five
    /// years", "spread over three years"), not how long at least.
    static let overSpanLeads: WordSet = [
        "billion", "million", "trillion", "bn", "mln", "billions", "millions", "dollars", "dlrs", "euros", "pounds", "yen", "yuan",
        "rupees", "points", "spread", "spreading", "phased", "paid", "payable", "repaid", "repay", "stretched", "staggered",
        "invest", "invested", "investing", "save", "saved", "built", "delivered", "disbursed",
    ]
    // (Not "spend"/"spent": right before "over", the time is what was spent, "spent over a year
    // preparing"; "spent $5 billion over five years" reads "over" after the amount.)

    /// First words of comparators that compare with a year as readily as with an amount.
    static let comparativeAdjectives: WordSet = ["greater", "larger", "higher", "lower", "smaller", "bigger", "older", "younger"]
    /// Ends of a change before a comparative: "five points higher than", "three times larger than".
    static let changeUnits: WordSet = ["points", "point", "times", "cent", "percent", "cents", "dlrs", "dollars"]

    /// "in excess of", "a minimum of", "a maximum of" before "of" + `index`: comparators whose first
    /// word is too common to start a scan ("in", "a"), read back from the number once it is found;
    /// so are "north of" and "(just) shy of" (a word of place or manner as often, so no start word),
    /// and the approximations "in the region of", "in the neighbourhood of", "on the order of".
    /// The number of words and the comparator ("~" for an approximation).
    func precedingComparator(before index: Int) -> (Int, String)? {
        if wordIs(index - 2, "excess") { return wordIs(index - 3, "in") ? (3, ">") : nil }
        if wordIs(index - 2, "north") { return (2, ">") }
        if wordIs(index - 2, "shy") { return wordIs(index - 3, "just") ? (3, "<") : (2, "<") }
        if wordIs(index - 3, "the"), wordIs(index - 2, "region") || wordIs(index - 2, "neighbourhood") || wordIs(index - 2, "neighborhood") {
            return wordIs(index - 4, "in") ? (4, "~") : nil
        }
        if wordIs(index - 2, "order"), wordIs(index - 3, "the") { return wordIs(index - 4, "on") ? (4, "~") : nil }
        guard wordIs(index - 3, "a") else { return nil }
        return wordIs(index - 2, "minimum") ? (3, ">=") : wordIs(index - 2, "maximum") ? (3, "<=") : nil
    }

    /// "a little over", "a bit more than", "a shade under": after "a", how near a comparator's bound is.
    static let nearnessWords: WordSet = ["little", "bit", "shade", "touch", "tad"]

    /// "about", "more than", "at least" directly before a number.
    func modifier(at index: Int) -> (Int, String)? {
        guard index < tokenCount, tokens[index].kind != .number, isIn(tables.modifierStarts, index) else { return nil }
        for (phrase, symbol) in lookup(NumberWords.comparatorsByFirstWord, index) ?? [] where index + phrase.count < tokenCount {
            if phrase.indices.allSatisfy({ wordIs(index + $0, text: phrase[$0]) }) { return (phrase.count, symbol) }
        }
        if isIn(tables.approximators, index), index + 1 < tokenCount {
            return (1, "~")
        }
        if wordIs(index, "just") || wordIs(index, "well"), let (length, symbol) = modifier(at: index + 1), symbol != "~" {
            return (length + 1, symbol)
        }
        return nil
    }

    func currencyPrefix(at index: Int) -> (Int, String)? {
        guard let tokenKind = kind(index), tokenKind != .number, tokenKind != .punctuation else { return nil }
        // Two ASCII tokens longer together than every prefix cannot spell one ("about,"): no String is made.
        if index + 1 < tokenCount, attached(index + 1),
           tokens[index + 1].span.bytes.upperBound - tokens[index].span.bytes.lowerBound <= Self.longestCurrencyPrefix
            || bytes[tokens[index].span.bytes.lowerBound..<tokens[index + 1].span.bytes.upperBound].contains(where: { $0 >= 0x80 }),
           let code = NumberWords.currencyPrefixes[lowered(index) + lowered(index + 1)] {
            return (2, code)
        }
        if let code = lookup(tables.currencyPrefixes, index) {
            let word = lowered(index)
            guard tokens[index].kind == .symbol || word.count == 3 || word == "rs" else { return nil }
            if tokens[index].kind != .symbol, kind(index + 1) != .number {
                // "Rs. 1,500": the tokenizer keeps the abbreviation's full stop apart.
                if word == "rs", wordIs(index + 1, "."), attached(index + 1), kind(index + 2) == .number { return (2, code) }
                return nil
            }
            return (1, code)
        }
        if kind(index + 1) == .number, !attached(index + 1), let code = lookup(tables.currencyWordsBefore, index) { return (1, code) }
        return nil
    }

    /// "AED 50", "KSh 500": an ISO code in capitals before the digits at `index`, read back from
    /// the digits (a start word for each code let "the" and "they" past the start filter's first
    /// test more often, +1% instructions); nil when there is none, or it ends an earlier match.
    @inline(__always)
    func capitalCurrencyCode(before index: Int) -> String? {
        // Most numbers fail the first test: the token before is no capital of three bytes.
        let previous = tokens[index - 1].span.bytes
        guard previous.count == 3, bytes[previous.lowerBound] &- 65 < 26, index > matchFloor, !attached(index) else { return nil }
        return capitalCurrencyCode(at: index - 1)
    }

    /// The currency a token written as an ISO code names ("AED", "KSh"), nil for any other token.
    @inline(never)
    func capitalCurrencyCode(at index: Int) -> String? {
        isCapitalCurrencyCode(index) ? lookup(NumberWords.capitalCurrencyCodes, index) : nil
    }

    /// A token written as an ISO code is ("AED", "KSh"): three letters, in capitals but for Kenya's "KSh".
    func isCapitalCurrencyCode(_ index: Int) -> Bool {
        let range = tokens[index].span.bytes
        guard range.count == 3, bytes[range.lowerBound] &- 65 < 26, bytes[range.lowerBound + 1] &- 65 < 26 else { return false }
        return bytes[range.lowerBound + 2] &- 65 < 26 || (bytes[range.lowerBound] == UInt8(ascii: "K") && bytes[range.lowerBound + 2] == UInt8(ascii: "h"))
    }

    /// In bytes: an ASCII text longer than this is no currency prefix.
    /// (ASCII keys only: a pair with a byte past ASCII is looked up whatever its length, and "gh₵"
    /// would let every attached ASCII pair of five bytes make its String.)
    static let longestCurrencyPrefix = NumberWords.currencyPrefixes.keys.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map(\.utf8.count).max() ?? 0

    // MARK: - Cores

    func core(at index: Int) -> Core? {
        guard index < tokenCount else { return nil }
        if tokens[index].kind == .number { return digitCore(at: index) }
        if isIn(tables.signWords, index), index + 1 < tokenCount {
            if tokens[index + 1].kind == .number, let core = digitCore(at: index + 1), core.tokens.lowerBound == index { return core }
            // "minus three million", "negative five hundred and four"
            if lowered(index).utf8.count > 1, tokens[index + 1].kind == .word, var core = spelled(at: index + 1, initial: nil) {
                core.tokens = index..<core.tokens.upperBound
                core.value = -core.value
                return core
            }
        }
        if tokens[index].kind == .word || tokens[index].kind == .abbreviation { return wordCore(at: index) }
        return nil
    }

    /// The value of a vulgar fraction's glyph at `index` ("½", "¼", "¾", "⅓", "⅔", "⅛"...), read off its bytes.
    @inline(never)
    func vulgarFraction(at index: Int) -> Double? {
        let range = tokens[index].span.bytes
        if range.count == 2, bytes[range.lowerBound] == 0xC2 {
            switch bytes[range.lowerBound + 1] {
            case 0xBC: return 0.25
            case 0xBD: return 0.5
            case 0xBE: return 0.75
            default: return nil
            }
        }
        // U+2153...U+215E: thirds, fifths, sixths and eighths.
        guard range.count == 3, bytes[range.lowerBound] == 0xE2, bytes[range.lowerBound + 1] == 0x85 else { return nil }
        switch bytes[range.lowerBound + 2] {
        case 0x93: return 1.0 / 3
        case 0x94: return 2.0 / 3
        case 0x95: return 0.2
        case 0x96: return 0.4
        case 0x97: return 0.6
        case 0x98: return 0.8
        case 0x99: return 1.0 / 6
        case 0x9A: return 5.0 / 6
        case 0x9B: return 0.125
        case 0x9C: return 0.375
        case 0x9D: return 0.625
        case 0x9E: return 0.875
        default: return nil
        }
    }

    func digitCore(at index: Int) -> Core? {
        if isNameBefore(index) { return nil }
        if isIn(tables.numberingWords, index - 1) { return nil }
        if attached(index), kind(index - 1) == .word || kind(index - 1) == .number || isDecimalOfGluedWord(index) { return nil }
        // "1. Russia must withdraw": list numbering at the start of a line.
        if index == 0 || lineBreakBefore(index), wordIs(index + 1, ".") || wordIs(index + 1, ")"), attached(index + 1), isCapitalized(index + 2) {
            return nil
        }
        // Most number tokens are ASCII digits with group separators or a decimal point: they are
        // read off the document's bytes (lower-casing leaves them as they are), without a String.
        let range = tokens[index].span.bytes
        var plain = true, digitsOnly = true
        for position in range where !Self.isDigit(bytes[position]) {
            digitsOnly = false
            if bytes[position] != UInt8(ascii: ","), bytes[position] != UInt8(ascii: ".") {
                plain = false
                break
            }
        }
        let length: Int
        let allDigits: Bool
        let parsed: Double?
        if plain {
            length = range.count
            allDigits = digitsOnly
            parsed = bytes.withUnsafeBufferPointer { Self.parseDigits($0[range]) { lowered(index) } }
        } else {
            let text = lowered(index)
            let utf8 = text.utf8
            if text.containsByte(UInt8(ascii: ":")) {
                let parts = text.split(separator: ":").compactMap { Double($0) }
                guard parts.count >= 2, parts[0] < 24, parts[1] < 60 else { return nil }
                return Core(tokens: index..<(index + 1), value: parts[0] * 60 + parts[1], kind: .time)
            }
            if text.containsByte(UInt8(ascii: "/")) {
                guard let fraction = Self.fraction(text) else { return nil }
                return Core(tokens: index..<(index + 1), value: fraction, kind: .fraction)
            }
            if let last = utf8.last, last >= UInt8(ascii: "a"), String(utf8.suffix(2)).map(Self.ordinalSuffixes.contains) == true,
               let value = String(utf8.dropLast(2)).flatMap(Self.parseDigits) {
                return Core(tokens: index..<(index + 1), value: value, kind: .ordinal)
            }
            length = utf8.count
            allDigits = utf8.allSatisfy(Self.isDigit)
            parsed = Self.parseDigits(text)
        }
        guard var value = parsed else { return nil }
        var end = index + 1
        var first = index
        // "1,000th": the tokenizer splits the suffix off a grouped number.
        if isIn(tables.ordinalSuffixes, end), attached(end), value == value.rounded() {
            return Core(tokens: index..<(end + 1), value: value, kind: .ordinal)
        }
        if index > 0, isIn(tables.signWords, index - 1),
           lowered(index - 1).utf8.count > 1
            || (attached(index) && !(index >= 2 && attached(index - 1) && (kind(index - 2) == .number || kind(index - 2) == .word || wordIs(index - 2, "%")))) {
            value = -value
            first = index - 1
        } else if index > 0, wordIs(index - 1, "."), attached(index), !attached(index - 1), allDigits, let decimal = Double("0." + lowered(index)) {
            // ".75": a leading decimal point, not the end of a sentence.
            value = decimal
            first = index - 1
        }
        // "2 1/2 miles", "3-1/2 cts": a whole number and a fraction.
        let fractionIndex = wordIs(end, "-") && attached(end) ? end + 1 : end
        if kind(fractionIndex) == .number, (fractionIndex == end) != attached(fractionIndex), containsByte(fractionIndex, UInt8(ascii: "/")),
           let fraction = Self.fraction(lowered(fractionIndex)), value == value.rounded() {
            value += value < 0 ? -fraction : fraction
            end = fractionIndex + 1
        }
        // "1½ hours", "2¼ teaspoons": a vulgar fraction's glyph glued to a whole number, as recipes and
        // product pages write it (the tokenizer splits the glyph off the digits).
        if end == index + 1, attached(end), byteAt(tokenAt(end).span.bytes.lowerBound) >= 0xC2, let fraction = vulgarFraction(at: end), value == value.rounded() {
            value += value < 0 ? -fraction : fraction
            end += 1
        }
        // "3 and a half years", "1 and a half million", "3 and a quarter.": the half or quarter joins digits
        // before a unit of time, a magnitude or the phrase's end, as it joins "two and a half years" (before
        // a counted noun it stays a count and a FRACTION).
        if end == index + 1, wordIs(end, "and"), wordIs(end + 1, "a"), let share = joinedShare(at: end + 2), value == value.rounded(),
           lookup(tables.timeUnits, end + 3) != nil || lookup(tables.scales, end + 3) != nil || endsPhrase(end + 3) {
            value += value < 0 ? -share : share
            end += 3
        }
        // "2 point 5 percent", "1 point 2 billion dollars": a decimal said aloud, in digits.
        if end == index + 1, allDigits, wordIs(end, "point"), let (decimal, after) = spokenDecimalDigits(after: end) {
            value += value < 0 ? -decimal : decimal
            end = after
        }
        var magnified = false
        var magnitude = 1.0
        if end < tokenCount, attached(end), let scale = lookup(tables.attachedScales, end) {
            // "in 4K", "an 8K TV": a screen's resolution, and "a 401k plan", a retirement account, are
            // names as "5G" is, not 4,000 or 401,000 (a currency before them makes them money: "$4K").
            if scale == 1e3, first == index, end == index + 1, !(index > 0 && tokens[index - 1].kind == .symbol),
               (value == 401 && allDigits) || ((value == 4 || value == 8) && isCapitalized(end) && !isCountedAfterScale(end + 1)) {
                return nil
            }
            // "the 10K filing", "its annual 10K report": the SEC's form 10-K, written without its hyphen.
            if scale == 1e3, value == 10, first == index, end == index + 1, isCapitalized(end), isIn(Self.formWords, end + 1) { return nil }
            // "3.7m households" and "3M" are millions; "100m" alone reads as metres; "3M Co" is a name.
            let upper = isCapitalized(end)
            if !(upper && isCapitalized(end + 1) && kind(end + 1) == .word), !isRaceInKilometres(end),
               !wordIs(end, "m") || upper || (kind(end + 1) == .word && !isCapitalized(end + 1) && !isIn(Self.metreFollowers, end + 1) && !isRace(index) && !isRaceTime(end + 1)
                                 && !isSizePair(index, unit: end))
                || (index > 0 && tokens[index - 1].kind == .symbol) || isCurrencyCode(index - 1) {
                value *= scale; end += 1; magnified = true; magnitude = scale
            }
        } else if end < tokenCount, let scale = lookup(tables.scales, end) ?? lookup(tables.countedScales, end) {
            value *= scale; end += 1; magnified = true; magnitude = scale
            while end < tokenCount, let next = lookup(tables.scales, end), next > 100 { value *= next; magnitude *= next; end += 1 }
        }
        var magnitudeToken: Int?
        // (Both need a word glued to the digits, which most numbers have not: asked only then.)
        if !magnified, attached(end), let scale = gluedHyphenedMagnitude(at: end, digits: index) {
            // "€2bn-a-year", "£20m-a-year": an abbreviated magnitude glued to the digits, the
            // compound going on after it (``hyphenedCompound(_:token:currency:)`` reads the rest).
            value *= scale; end += 1; magnified = true; magnitude = scale
            magnitudeToken = end - 1
        } else if !magnified, attached(end), let scale = hyphenedMagnitude(after: end) {
            // "a $5-billion deal", "a 108-billion-dlr debt", "a 1.1-mln-member union": the magnitude
            // hyphened to the digits, as a compound adjective writes it; the whole word is the core's.
            value *= scale; end += 2; magnified = true; magnitude = scale
            magnitudeToken = end - 1
        }
        let yearLike = !magnified && first == index && end == index + 1 && length == 4 && allDigits && (1800...2100).contains(Int(value))
        return Core(tokens: first..<end, value: value, kind: .digits, yearLike: yearLike, magnified: magnified, scale: magnitude, magnitudeToken: magnitudeToken)
    }

    /// "1H 2025", "3Q 2024", "2Q25", "1H26": a digit glued to a capital "H" (1 or 2) or "Q" (1 to 4)
    /// and a year, spaced in four digits or glued in two (the 2000s), as company reports and market
    /// news write a half or a quarter (stop 27; "H1 2024" and "Q3 2025" are read from their word).
    /// Only with the year: "1H" alone stays what it was.
    @inline(never)
    func reportingPeriod(at index: Int) -> NumberMatch? {
        let digit = Int(bytes[tokens[index].span.bytes.lowerBound]) - Int(UInt8(ascii: "0"))
        let letter = tokens[index + 1].span.bytes
        guard digit >= 1, digit <= 4, letter.count == 1 || letter.count == 3 else { return nil }
        let isHalf = bytes[letter.lowerBound] == UInt8(ascii: "H")
        guard isHalf ? digit <= 2 : bytes[letter.lowerBound] == UInt8(ascii: "Q") else { return nil }
        var year: Int, end: Int
        if letter.count == 3 {
            let tens = Int(bytes[letter.lowerBound + 1]) - 48, ones = Int(bytes[letter.lowerBound + 2]) - 48
            guard (0...9).contains(tens), (0...9).contains(ones) else { return nil }
            (year, end) = (2000 + tens * 10 + ones, index + 2)
        } else {
            guard index + 2 < tokenCount, !attached(index + 2), kind(index + 2) == .number, let written = integer(index + 2, length: 4),
                  (1800...2100).contains(written) else { return nil }
            (year, end) = (written, index + 3)
        }
        if end < tokenCount, attached(end), kind(end) == .word || kind(end) == .number { return nil }
        return isHalf ? halfYear(year, digit, tokens: index..<end)
            : NumberMatch(label: .date, tokens: index..<end, attributes: [:], date: .quarter(year: year, quarter: digit), counts: nil)
    }

    /// "Sh500,000": three digits after a comma, both glued to a word ending in a digit.
    @inline(never)
    func isGroupOfGluedWord(_ index: Int) -> Bool {
        guard tokens[index].span.bytes.count >= 3, wordIs(index - 1, ","), attached(index - 1), kind(index - 2) == .word else { return false }
        return Self.isDigit(bytes[tokens[index - 2].span.bytes.upperBound - 1])
    }

    /// "R2.5bn", "v1.5": the tokenizer splits a word ending in a digit at its decimal point; the
    /// digits after the point are the decimal of that word's number, no number of their own.
    @inline(never)
    func isDecimalOfGluedWord(_ index: Int) -> Bool {
        guard index >= 2, wordIs(index - 1, "."), attached(index - 1), kind(index - 2) == .word else { return false }
        let previous = tokens[index - 2].span.bytes
        return Self.isDigit(bytes[previous.upperBound - 1])
    }

    /// The digits after "point" (`point`) said for a decimal, and the token after them: one to three
    /// plain digits, then a percent word or a magnitude of a thousand or more, which no market's
    /// move in points has after it ("rose 1 point to 5 percent" has its "to"; a bare "1 point 1"
    /// stays two numbers, see CONVENTIONS.md). (Out of line: "point" after digits is rare.)
    @inline(never)
    func spokenDecimalDigits(after point: Int) -> (Double, Int)? {
        let digits = point + 1
        guard digits < tokenCount, tokens[digits].kind == .number, !attached(digits), case let range = tokens[digits].span.bytes, range.count <= 3,
              bytes[range].allSatisfy(Self.isDigit) else { return nil }
        let after = digits + 1
        guard percentLength(at: after) != nil || wordIs(after, "percentage") || (lookup(tables.scales, after).map { $0 >= 1e3 } ?? false),
              let decimal = Double("0." + String(decoding: bytes[range], as: UTF8.self)) else { return nil }
        return (decimal, after)
    }

    /// Whether the article at `index` opens a rate's denominator: a number or "once"/"twice" stands
    /// up to three words before it in its clause ("four hours a day", "ten dollars a week", "20
    /// cigarettes a day", "three times a week", "twice a day").
    @inline(never)
    func isRateDenominator(_ index: Int) -> Bool {
        var back = index - 1
        while back >= 0, back >= index - 3, kind(back) != .punctuation {
            if kind(back) == .number || lookup(tables.units, back) != nil || lookup(tables.tens, back) != nil
                || isListed(Self.frequencyWords, back) { return true }
            back -= 1
        }
        return false
    }
    static let frequencyWords: WordList = ["once", "twice", "thrice"]

    /// The magnitude that starts the word at `index` before a hyphen ("bn-a-year"), a million or
    /// more; a one-letter one only as "m" after a currency symbol ("a 100m-long hull" is metres,
    /// "Rule 10b-13" a name).
    /// (Out of line: asked after every number, it seldom gets past its first tests.)
    @inline(never)
    func gluedHyphenedMagnitude(at index: Int, digits: Int) -> Double? {
        guard index < tokenCount, attached(index), tokens[index].kind == .word, containsByte(index, UInt8(ascii: "-")),
              let head = lowered(index).dashSeparatedParts().first, let scale = NumberWords.attachedScales[head], scale >= 1e6,
              head.utf8.count > 1 || (head == "m" && digits > 0 && tokens[digits - 1].kind == .symbol) else { return nil }
        return scale
    }

    /// "bn-2bn", "m-4.5m": the value of a second bound written after the magnitude of the first in
    /// one word, with the same magnitude glued to it; nil for any other word ("bn-a-year").
    @inline(never)
    func gluedSecondBound(token: Int) -> Double? {
        let parts = lowered(token).dashSeparatedParts()
        guard parts.count == 2, let scale = NumberWords.attachedScales[parts[0]], parts[1].hasSuffix(parts[0]),
              let bound = Double(parts[1].dropLast(parts[0].utf8.count)), bound > 0 else { return nil }
        return bound * scale
    }

    /// "-billion", "-mln-dlr", "-million-member" right after digits: the magnitude starting a
    /// compound adjective (a million or more: "a 5-thousand-strong crowd" stays a count of 5).
    func hyphenedMagnitude(after hyphen: Int) -> Double? {
        guard hyphen + 1 < tokenCount, wordIs(hyphen, "-"), attached(hyphen), attached(hyphen + 1), kind(hyphen + 1) == .word,
              let first = lowered(hyphen + 1).dashSeparatedParts().first, let scale = NumberWords.scales[first], scale >= 1e6 else { return nil }
        return scale
    }

    /// What follows the magnitude in its hyphened word (``hyphenedMagnitude(after:)``): "a
    /// 108-billion-dlr debt", "a 5-million-member union", "a 1.2-million-hectare area", "a
    /// 465-million-year-old fossil", "a 3.16-billion-dlr-offer". `amount` is the magnified number;
    /// the span ends inside the word, after the magnitude, or after the unit or currency that names
    /// what is counted (a unit of time takes the whole word, as "a 45-year-old" does). Nil for a
    /// magnitude ending the word ("a $5-billion fund", "a 200-million budget"), which is read as
    /// "5 billion" is.
    func hyphenedCompound(_ amount: Double, token: Int, currency prefixCurrency: String?)
        -> (label: NumberLabel, value: AttributeValue, field: (key: String, value: AttributeValue)?, byteEnd: Int?)? {
        var parts = lowered(token).dashSeparatedParts()
        var start = tokens[token].span.bytes.lowerBound
        // "ten-mln-dlr": a number word before the magnitude in the same word.
        if let first = parts.first, NumberWords.scales[first] == nil, NumberWords.attachedScales[first] == nil {
            start += first.utf8.count + 1
            parts.removeFirst()
        }
        guard parts.count > 1 else { return nil }
        let rest = parts[1]
        let magnitudeEnd = start + parts[0].utf8.count
        // (Before the second part, or the whole word when nothing follows it.)
        let restEnd: Int? = parts.count > 2 ? magnitudeEnd + 1 + rest.utf8.count : nil
        let suffix = NumberWords.currencySuffixes[rest] ?? Self.compoundCurrencies[rest].map { ($0, 1) }
        if let code = prefixCurrency {
            // "a $5-billion-a-year business": the symbol names the currency ("$5-billion-dlr" repeats it).
            return (.money, number(amount), ("currency", .string(code)), suffix == nil ? magnitudeEnd : restEnd)
        }
        if let (code, factor) = suffix {
            return (.money, number(amount * factor), ("currency", .string(code)), restEnd)
        }
        // "a 300-mln-Canadian-dlr takeover": a two-word currency.
        if parts.count > 2, NumberWords.currencyQualifiers.contains(rest), let (code, factor) = NumberWords.currencySuffixes[rest + " " + parts[2]] {
            let end = parts.count > 3 ? restEnd.map { $0 + 1 + parts[2].utf8.count } : nil
            return (.money, number(amount * factor), ("currency", .string(code)), end)
        }
        if let (designator, isTime) = NumberWords.timeUnits[rest] {
            let old = parts.count == 3 && (parts[2] == "old" || parts[2] == "olds")
            return (.duration, .string(Self.duration(amount, designator, isTime)), old ? ("age", .bool(true)) : nil, nil)
        }
        // "a 2-million-cubic-metre reservoir", "a 1.5-million-square-foot plant".
        if let unit = poweredUnit(parts, at: 1) {
            return (.quantity, number(amount), ("unit", .string(unit)), parts.count > 3 ? magnitudeEnd + 1 + rest.utf8.count + 1 + parts[2].utf8.count : nil)
        }
        if rest.utf8.count > 2, let unit = NumberWords.measureUnits[rest] {
            return (.quantity, number(amount), ("unit", .string(unit)), restEnd)
        }
        return (.cardinal, number(amount), nil, magnitudeEnd)
    }

    /// The wire's currencies in the singular of a compound adjective, after a magnitude only ("this
    /// 1.93-billion-mark rise"): alone, "the 1,000 mark" is a threshold (see `currencySuffixes`).
    static let compoundCurrencies: Lexicon<String> = [
        "mark": "DEM", "guilder": "NLG", "peseta": "ESP", "escudo": "PTE", "drachma": "GRD", "schilling": "ATS", "ecu": "XEU",
    ]

    /// After these a lower-case "m" against the digits is metres, not million: "3,000m long",
    /// "2m tall", "the 100m sprint", "a 400m hurdles".
    static let metreFollowers: WordSet = [
        "long", "tall", "high", "deep", "wide", "thick", "away", "across", "apart", "offshore", "underground", "above", "below",
        "race", "sprint", "hurdles", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "relay", "steeplechase", "dash",
    ]

    /// "won the 100m in 9.58 seconds": a race's distance after "the", not a million.
    func isRace(_ index: Int) -> Bool {
        wordIs(index - 1, "the") && tokens[index].span.bytes.count <= 5 && Self.raceDistances.contains(Int(lowered(index)) ?? 0)
    }
    static let raceDistances: Set<Int> = [60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000]

    /// "4K rounds", "8K jobs": a plural in lower case after "4K" is counted, and the K is thousands
    /// ("4K TVs" and "in 4K" are the resolution).
    func isCountedAfterScale(_ index: Int) -> Bool {
        kind(index) == .word && !isCapitalized(index) && isNounLike(at: index, plural: true)
    }

    /// "the 50K,", "a 10K race", "the 30K classical-style race": a race's distance in kilometres
    /// after "the" or "a", a capital K glued to the digits at `k - 1` (not 50,000: a count of
    /// runners or money has its noun or currency, "10K runners", "$50K").
    func isRaceInKilometres(_ k: Int) -> Bool {
        guard kind(k - 1) == .number, attached(k), wordIs(k, "k"), isCapitalized(k), wordIs(k - 2, "the") || isListed(tables.articles, k - 2),
              !(k >= 3 && tokens[k - 3].kind == .symbol) else { return false }
        // "ran a 10K in under 40 minutes", "won the 5K on Saturday": a race's verb before the article names it, whatever follows.
        // ("won a 10K prize" counts thousands: a noun after it is what the K counts.)
        return endsPhrase(k + 1) || isIn(Self.raceWords, k + 1) || isListed(Self.raceVerbs, k - 3) && isListed(Self.raceFollowers, k + 1)
    }
    static let raceFollowers: WordList = ["in", "on", "at", "through", "across", "around", "along", "with", "for", "and", "last", "this", "yesterday",
                                          "today", "before", "after", "during", "without"]
    static let raceVerbs: WordList = ["ran", "run", "runs", "running", "raced", "racing", "won", "win", "wins", "winning", "finished", "finish",
                                      "completed", "complete", "completing", "walked", "jogged", "entered", "enter"]
    static let formWords: WordSet = ["filing", "filings", "report", "reports", "form", "forms", "statement"]
    static let raceWords: WordSet = ["race", "races", "run", "runs", "walk", "relay", "classic", "classical", "classical-style", "freestyle", "event", "course", "road"]

    /// "CHF 2m", "EUR 50m": a currency's ISO code before the digits (in capitals, as codes are
    /// written), which makes a glued "m" a million as "$" does.
    func isCurrencyCode(_ index: Int) -> Bool {
        index >= 0 && kind(index) == .word && isCapitalCurrencyCode(index)
            && (lookup(tables.currencyPrefixes, index) != nil || capitalCurrencyCode(at: index) != nil)
    }

    /// "ran 100m in 9.58 seconds": a distance and the time it took, not a million ("raised 100m in
    /// funding" has no time after "in").
    func isRaceTime(_ index: Int) -> Bool {
        wordIs(index, "in") && kind(index + 1) == .number && lookup(tables.timeUnits, index + 2) != nil
    }

    /// "a 50m by 30m pool", "a 4m x 2m banner": two lengths of a size, metres on both sides of
    /// "by" or "x" (a million is never multiplied by another in prose). `unit` is the "m" glued
    /// to the digits at `number`.
    func isSizePair(_ number: Int, unit: Int) -> Bool {
        func isBy(_ index: Int) -> Bool { wordIs(index, "by") || wordIs(index, "x") }
        func isMetres(_ index: Int) -> Bool { kind(index) == .number && wordIs(index + 1, "m") && attached(index + 1) }
        return (isBy(unit + 1) && isMetres(unit + 2)) || (isBy(number - 1) && isMetres(number - 3))
    }

    /// Page, section and list numbers are references, not quantities.
    static let numberingWords: WordSet = [
        "page", "pages", "section", "chapter", "article", "paragraph", "item", "no.", "no", "number", "resolution", "flight", "route", "room",
        // Numbers that name ("version 2.0 of its software", "NYSE rule 390", "near junction 19",
        // "from platform 9"; stop 28).
        "version", "rule", "junction", "junctions", "platform",
    ]

    /// "3/4", "1/2"; not "9/11" or "24/7" (names) nor "12/24" (a date): the denominators of everyday fractions.
    static func fraction(_ text: String) -> Double? {
        let numerator: Double, denominator: Double
        if let pair = text.utf8.withContiguousStorageIfAvailable(digitPair) ?? nil {
            (numerator, denominator) = pair
        } else {
            let parts = text.split(separator: "/").compactMap { Double($0) }
            guard parts.count == 2 else { return nil }
            (numerator, denominator) = (parts[0], parts[1])
        }
        guard numerator < denominator, denominator <= 10 || denominator == 16 || denominator == 32 || denominator == 64 || denominator == 100 else { return nil }
        return numerator / denominator
    }

    /// "3/4": two runs of ASCII digits (at most 15, so exact as doubles) around one slash, read
    /// without `Double(_:)`, which parses far more forms; nil for anything else.
    static func digitPair(_ bytes: UnsafeBufferPointer<UInt8>) -> (Double, Double)? {
        var values: (UInt64, UInt64) = (0, 0)
        var lengths = (0, 0)
        var second = false
        for byte in bytes {
            if byte == UInt8(ascii: "/") {
                guard !second else { return nil }
                second = true
            } else if isDigit(byte) {
                // (More than 15 digits is no everyday fraction: stop before a long run overflows.)
                if second {
                    guard lengths.1 < 15 else { return nil }
                    values.1 = values.1 * 10 + UInt64(byte - UInt8(ascii: "0"))
                    lengths.1 += 1
                } else {
                    guard lengths.0 < 15 else { return nil }
                    values.0 = values.0 * 10 + UInt64(byte - UInt8(ascii: "0"))
                    lengths.0 += 1
                }
            } else {
                return nil
            }
        }
        guard (1...15).contains(lengths.0), (1...15).contains(lengths.1) else { return nil }
        return (Double(values.0), Double(values.1))
    }

    /// Digits inside a name or code ("Windows 10", "FTSE 100", "iOS 17.2", "Apollo 11") are not quantities.
    /// A capitalized word opening the sentence is a name only when the number has no unit or magnitude
    /// ("Apollo 11 landed", but "Net 5.2 mln", "Shr 1.25 dlrs").
    func isNameBefore(_ index: Int) -> Bool {
        // The cheap and selective tests first (most words before a number have no capital).
        guard index > 0, tokens[index - 1].kind == .word, bytes[tokens[index - 1].span.bytes].contains(where: { $0 >= 65 && $0 <= 90 }),
              !sentenceStart(index) else { return false }
        // Names and models do not group thousands: "Sales 3,138,000 vs 5,667,000" is a figure.
        if bytes[tokens[index].span.bytes].contains(UInt8(ascii: ",")) { return false }
        // "Djokovic Wins 24th Grand Slam Title": in a headline in title case an ordinal after a
        // capital is no name's ("Windows 10" has no suffix).
        if let last = bytes[tokens[index].span.bytes].last, last | 0x20 >= 97, last | 0x20 <= 122, isTitleCaseLine(index) { return false }
        let previous = index - 1
        if isIn(tables.stopWords, previous) || isIn(tables.numberLeadWords, previous) || lookup(tables.months, previous) != nil
            || lookup(tables.weekdays, previous) != nil || lookup(tables.currencyPrefixes, previous) != nil || isIn(tables.approximators, previous)
            || lookup(tables.currencyWordsBefore, previous) != nil || capitalCurrencyCode(at: previous) != nil
            || isListed(Self.ageWords, previous) || wordIs(previous, "fy") || wordIs(previous, "fiscal") { // "Aged 70, she ...", "FY 2024"
            return false
        }
        // "- Shr 41 cts vs 28 cts", "class B 13.5 cts": money and percentages are no name's digits.
        guard sentenceStart(previous) else { return !isAmount(at: index + 1) && !isDayBeforeMonth(index) }
        // "Two 17-year-old boys": a number word opening the sentence counts what follows.
        if lookup(tables.units, previous) != nil || lookup(tables.tens, previous) != nil { return false }
        // "Drink 8 glasses of water", "Take 3 pills a day": a verb opening the sentence is an
        // imperative, whose object the digits count; no model or mission is named with one.
        if isIn(Self.imperativeVerbs, previous) { return false }
        // "Book 2 rooms", "Order 3 pizzas": verbs that also name volumes, corners and orders with
        // digits ("Book 2 of the series", "Turn 4 is") are imperatives only before a plural they count.
        if isIn(Self.imperativeVerbsBeforePlurals, previous), index + 1 < tokenCount, kind(index + 1) == .word, !isCapitalized(index + 1),
           !attached(index + 1), isNounLike(at: index + 1, plural: true) {
            return false
        }
        let next = index + 1
        guard next < tokenCount else { return true }
        let measured = lookup(tables.scales, next) != nil || lookup(tables.attachedScales, next) != nil || lookup(tables.currencySuffixes, next) != nil
            || lookup(tables.measureUnits, next) != nil || lookup(tables.timeUnits, next) != nil || isIn(tables.percentWords, next)
            || (kind(next) == .number && !attached(next) && containsByte(next, UInt8(ascii: "/"))) // "Add 1 1/2 cups"
            || isTimeCompound(at: next)
        return !measured && !isDayBeforeMonth(index)
    }

    /// "Pay 6 May Record 21 April" (the wire's dividend lines): a day before a capitalized month is
    /// a date, not a name's digits; with a year after the month it may still be a name's version
    /// ("Windows 10 May 2019 Update").
    func isDayBeforeMonth(_ index: Int) -> Bool {
        let length = tokens[index].span.bytes.count
        guard length <= 2, let day = integer(index, length: length), (1...31).contains(day), isCapitalized(index + 1),
              lookup(tables.months, index + 1) != nil, kind(index + 2) != .number else { return false }
        return true
    }

    /// Whether the words at `index` make the number before them an amount: a currency word ("cts",
    /// "dlrs"; not the one letter "p"), a percent word, or a magnitude of a million or more ("Net
    /// Premiums 176.3 mln", the headline "ISSUES 100 MLN ECU EUROBOND"), or a unit of time joined by
    /// a hyphen (the headline "CANADA 7-YEAR BONDS"); or a clock's time zone (the table row
    /// "REGULAR SESSION CLOSES 12:00 EDT"), which no name's digits are written with.
    func isAmount(at index: Int) -> Bool {
        guard index < tokenCount, tokens[index].kind != .number else { return false }
        if isTimeCompound(at: index) || zoneOffset(at: index) != nil { return true }
        if isIn(tables.percentWords, index) { return true }
        if let scale = lookup(tables.scales, index) { return scale >= 1e6 }
        return tokens[index].span.bytes.count > 1 && lookup(tables.currencySuffixes, index) != nil
    }

    /// A hyphen and a unit of time glued to the digits before `index` ("7-YEAR", "30-day"): a length
    /// of time, which no name or model number is written as.
    func isTimeCompound(at index: Int) -> Bool {
        guard wordIs(index, "-"), attached(index), index + 1 < tokenCount, attached(index + 1), tokens[index + 1].kind == .word,
              let unit = lowered(index + 1).dashSeparatedParts().first else { return false }
        return NumberWords.timeUnits[unit] != nil
    }

    /// "the 737 MAX 9", "a 5080 Model 2": a model number before its variant (a capitalized word and
    /// digits, which `isNameBefore` leaves out), after a determiner; without one it is a table's
    /// row ("284 3/4 UP 1 1/4"), a count groups thousands ("the 1,000 Boeing workers"), and a year
    /// dates the name ("the 1969 Apollo 11 mission").
    func isModelBefore(_ index: Int) -> Bool {
        let word = index + 1
        guard word + 1 < tokenCount, tokens[word + 1].kind == .number, tokens[word].kind == .word, isCapitalized(word), index > 0,
              isIn(Self.modelDeterminers, index - 1), !isCapitalized(index - 1) || sentenceStart(index - 1), !attached(index - 1) || kind(index - 2) == .word,
              !sentenceStart(word), tokens[index].span.bytes.count >= 3, bytes[tokens[index].span.bytes].allSatisfy(Self.isDigit),
              !(integer(index, length: 4).map { (1800...2100).contains($0) } ?? false), !attached(word + 1),
              lookup(tables.months, word) == nil, lookup(tables.measureUnits, word) == nil, lookup(tables.currencySuffixes, word) == nil
        else { return false }
        return true
    }

    static let modelDeterminers: WordSet = ["the", "a", "an", "its", "their", "his", "her", "'s", "’s"]

    /// Words that open a sentence before a number without naming it ("Between 10 and 15", "Another 20").
    /// Verbs that open instructions (recipes, health advice, how-tos, requests), none a name that
    /// takes digits: not "Book" ("Book 3 of the saga"), "Turn" (a circuit's "Turn 4"), "Order" or "Run".
    /// (Not "Feed", "Seed", "Food": the crop tables' rows, "Feed 350 325 274 274", whose figures a space would join.)
    static let imperativeVerbs: WordSet = [
        "add", "answer", "bake", "boil", "bring", "buy", "call", "check", "choose", "chop", "clean", "collect", "combine",
        "cook", "cut", "dial", "divide", "do", "donate", "download", "drink", "eat", "fill", "finish", "fix", "get",
        "give", "grab", "heat", "hire", "invite", "keep", "leave", "lift", "limit", "list", "measure", "mix", "name", "pay",
        "pick", "place", "plant", "pour", "preheat", "press", "print", "put", "read", "remove", "rent", "repeat", "reserve",
        "rinse", "save", "sell", "send", "serve", "share", "simmer", "skip", "sleep", "slice", "spend", "stir", "swim",
        "take", "try", "use", "visit", "wait", "walk", "wash", "whisk", "write",
    ]
    static let imperativeVerbsBeforePlurals: WordSet = ["book", "order", "run", "turn"]

    static let numberLeadWords: WordSet = [
        "between", "another", "exactly", "up", "down", "plus", "within", "over", "under", "above", "below", "around", "some",
        "nearly", "almost", "roughly", "approximately", "about", "fewer", "less", "least", "most", "only", "just", "total",
        "among", "like", "against", "toward", "towards", "via", "until", "till", "through", "except", "including",
    ]

    /// "27,169", "27 169" (any space), "1,000.5". Digits are read as one integer and scaled once,
    /// so "1.85" is the nearest double to 1.85, as a decimal parser gives.
    static func parseDigits(_ text: String) -> Double? {
        parseDigits(text.utf8) { text }
    }

    /// `parseDigits` over the bytes of `text`, which is made only for a number too long for the fast path.
    static func parseDigits(_ bytes: some Sequence<UInt8>, text: () -> String) -> Double? {
        var mantissa: UInt64 = 0
        var decimals = 0
        var digits = 0
        var seenPoint = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 18 else { return Double(text().filter { $0.isNumber || $0 == "." }) }
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if seenPoint { decimals += 1 }
            case UInt8(ascii: "."):
                guard !seenPoint else { return nil }
                seenPoint = true
            case UInt8(ascii: ","), UInt8(ascii: " "), 0x80...: continue // group separators, including no-break and thin spaces
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        var power = 1.0
        for _ in 0..<decimals { power *= 10 }
        return Double(mantissa) / power
    }

    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    func wordCore(at index: Int) -> Core? {
        let article = wordIs(index, "a") || wordIs(index, "an")
        // A capitalized number word inside a sentence is a name: "Formula One", "Group of Seven", "Big Four";
        // in capitals throughout it is a headline ("ISSUES FIVE YEAR NOTES").
        if isCapitalized(index), !sentenceStart(index), !article, !isAllCaps(index) { return nil }
        // "rose fivefold", "a hundredfold": a multiplier (the article stays out, as a factor takes none).
        if let factor = lookup(tables.multipliers, index) {
            return Core(tokens: index..<(index + 1), value: Double(factor), kind: .words, multiplier: true)
        }
        // "a dozen", "a couple", "a pair", "a hundred", "a million": the word after the article is
        // tested on its token, in the order of the cases it is.
        // "some quarter of a million", "nearly third of a billion" (the article dropped after a
        // modifier, as headlines and quick copy drop it): that share of the magnitude.
        if !article, index + 3 < tokenCount, tokens[index + 2].span.bytes.count == 1, wordIs(index + 2, "a"), wordIs(index + 1, "of"), kind(index - 1) == .word, !isListed(tables.articles, index - 1), !wordIs(index - 1, "the"),
           let fraction = lookup(tables.fractions, index), let scale = lookup(tables.scales, index + 3), scale >= 1000 {
            return Core(tokens: index..<(index + 4), value: fraction * scale, kind: .words, magnified: true)
        }
        if article, index + 1 < tokenCount {
            let next = index + 1
            if wordIs(next, "dozen") { return Core(tokens: index..<(index + 2), value: 12, kind: .words) }
            if wordIs(next, "couple") || wordIs(next, "pair") { return Core(tokens: index..<(index + 2), value: 2, kind: .words) }
            if wordIs(next, "hundred") || wordIs(next, "thousand") || wordIs(next, "million") || wordIs(next, "billion") {
                return spelled(at: index + 1, initial: 1).map { Core(tokens: index..<$0.tokens.upperBound, value: $0.value, kind: .words) }
            }
            if wordIs(next, "half") { return Core(tokens: index..<(index + 2), value: 0.5, kind: .fraction) }
            // "a dollar fifty", "a euro twenty": one of the currency and its hundredths said after it.
            if isListed(Self.spokenCurrencyWords, next), spokenSubunits(after: index + 2) != nil {
                return Core(tokens: index..<(index + 1), value: 1, kind: .words)
            }
            if wordIs(next, "few") { return vagueMagnitude(at: index + 2, from: index) }
            if lookup(tables.timeUnits, next) != nil, !wordIs(next, "second") {
                // "a week ago", "for an hour", "in a decade", "a decade of reform": one unit of time.
                // "a week from today", "a year from now": a date, as "two weeks from now" is (nineteenth round).
                guard wordIs(index + 2, "ago") || wordIs(index + 2, "of") || (wordIs(index + 2, "and") && wordIs(index + 3, "a") && wordIs(index + 4, "half"))
                    || (wordIs(index + 2, "from") && (wordIs(index + 3, "now") || wordIs(index + 3, "today") || lookup(tables.weekdays, index + 3) != nil))
                    || (wordIs(index + 2, "or") && wordIs(index + 3, "two") && !wordIs(index + 4, "ago")) // "a day or two"
                    || isListed(Self.oneUnitLeads, index - 1)
                    // "A day after the vote", "a week before the election", as "two days after the blast"
                    // (not a rate's: "$5 a day after the first week", "twice a day after a meal").
                    || (isDayBeforeEvent(index + 2) && !isRateDenominator(index)) else { return nil }
                return Core(tokens: index..<(index + 1), value: 1, kind: .words)
            }
            // "a quarter of a million": that share of the magnitude.
            if let fraction = lookup(tables.fractions, next), wordIs(index + 2, "of"), wordIs(index + 3, "a"),
               let scale = lookup(tables.scales, index + 4), scale >= 1000 {
                return Core(tokens: index..<(index + 5), value: fraction * scale, kind: .words, magnified: true)
            }
            // "a third of the harvest", "rose by a third."; "a third term" is an ordinal.
            // "cut emissions by a third by 2030", "gained roughly a fifth since January": after "by", a verb
            // of change or a word of nearness the share is the size of a change, also before a preposition
            // or a time word ("a third party", "a fifth straight win" still rank; stop 26).
            if let fraction = lookup(tables.fractions, next), wordIs(index + 2, "of") || index + 2 >= tokenCount || kind(index + 2) == .punctuation
                || ((isListed(Self.shareOfChangeLeads, index - 1) || isIn(tables.changeVerbs, index - 1) || wordIs(index - 1, "to") && wordIs(index - 2, "up"))
                    && isListed(Self.shareOfChangeFollowers, index + 2)) {
                return Core(tokens: index..<(index + 2), value: fraction, kind: .fraction)
            }
            if wordIs(next, "quarter") { return Core(tokens: index..<(index + 2), value: 0.25, kind: .fraction) }
            // "a half-hour", "a quarter-century": the share hyphened to a unit of time; "a half-point cut"
            // to a rate's point (read on in `classify`).
            // (Told by the first byte before any String: "a three-day" and "a well-known" are far commoner.)
            if case let first = bytes[tokens[next].span.bytes.lowerBound] | 0x20, first == UInt8(ascii: "h") || first == UInt8(ascii: "q"),
               containsByte(next, UInt8(ascii: "-")), case let parts = lowered(next).dashSeparatedParts(), parts.count == 2,
               parts[0] == "half" || parts[0] == "quarter", NumberWords.timeUnits[parts[1]] != nil || parts[1] == "point" {
                return Core(tokens: index..<(index + 2), value: parts[0] == "half" ? 0.5 : 0.25, kind: .fraction)
            }
            return nil
        }
        if wordIs(index, "several") { return vagueMagnitude(at: index + 1, from: index) }
        if wordIs(index, "half") {
            guard wordIs(index + 1, "a") || wordIs(index + 1, "an") else {
                return Core(tokens: index..<(index + 1), value: 0.5, kind: .fraction)
            }
            // "half a million", "half a dozen"; "half an hour", "half a percentage point", "half a percent" take their unit later.
            let next = index + 2
            guard next < tokenCount else { return nil }
            if let scale = lookup(tables.scales, next) ?? (wordIs(next, "dozen") ? 12 : nil) {
                return Core(tokens: index..<(index + 3), value: scale / 2, kind: .words, magnified: true)
            }
            // "half a mile", "half a tonne": a unit spelled out (not "half a m", "half a g").
            guard lookup(tables.timeUnits, next) != nil || wordIs(next, "percentage") || percentLength(at: next) != nil
                || (tokens[next].span.bytes.count >= 3 && lookup(tables.measureUnits, next) != nil) else { return nil }
            return Core(tokens: index..<(index + 2), value: 0.5, kind: .words)
        }
        if let plural = lookup(tables.pluralScales, index) ?? (wordIs(index, "tens") ? 20 : nil) {
            // "tens of thousands" is at least 20 thousand; "hundreds of millions" at least 200 million.
            if wordIs(index + 1, "of"), let scale = lookup(tables.pluralScales, index + 2) {
                return Core(tokens: index..<(index + 3), value: plural * scale / 2, kind: .words, magnified: true)
            }
            if wordIs(index, "tens") { return nil }
            return Core(tokens: index..<(index + 1), value: plural, kind: .words, magnified: true)
        }
        // Ordinals: "third", "twenty-first", "twentyfifth", "twenty fifth", "forty—second".
        if let ordinal = ordinalValue(at: index) {
            return Core(tokens: index..<(index + 1), value: Double(ordinal), kind: .ordinal)
        }
        if let tens = lookup(tables.tens, index) {
            let unitIndex = isListed(Self.dashes, index + 1) && attached(index + 1) && attached(index + 2) ? index + 2 : index + 1
            if let unit = lookup(tables.ordinalUnits, unitIndex), unit < 10, unitIndex == index + 2 || !attached(unitIndex) {
                return Core(tokens: index..<(unitIndex + 1), value: Double(tens + unit), kind: .ordinal)
            }
        }
        // Fractions: "two-thirds", "three quarters".
        let parts = containsByte(index, UInt8(ascii: "-")) ? lowered(index).dashSeparatedParts() : []
        // "five-fold", "a hundred-fold": a multiplier, as "fivefold" is.
        if parts.count == 2, parts[1] == "fold",
           let factor = NumberWords.units[parts[0]] ?? NumberWords.tens[parts[0]] ?? NumberWords.scales[parts[0]].map({ Int($0) }), factor > 1 {
            return Core(tokens: index..<(index + 1), value: Double(factor), kind: .words, multiplier: true)
        }
        if parts.count == 2, let numerator = NumberWords.units[parts[0]], let fraction = NumberWords.fractions[parts[1]] {
            return Core(tokens: index..<(index + 1), value: Double(numerator) * fraction, kind: .fraction)
        }
        // "a ten-mln-dlr facility", "an eight-billion-dlr surplus": a magnitude hyphened to the number
        // word, as to digits (``hyphenedCompound(_:token:currency:)`` reads the rest of the word).
        if parts.count > 1, let number = NumberWords.units[parts[0]] ?? NumberWords.tens[parts[0]], number > 0,
           let scale = NumberWords.scales[parts[1]], scale >= 1e6 {
            return Core(tokens: index..<(index + 1), value: Double(number) * scale, kind: .words, magnified: true, scale: scale, magnitudeToken: index)
        }
        if let spaced = spacedFraction(at: index) { return spaced }
        return spelled(at: index, initial: nil)
    }

    /// "several hundred", "a few thousand", "several dozen": at least two of the magnitude at
    /// `index`, as the plural "hundreds" is (`vague` makes it a lower bound); nil before any other word.
    func vagueMagnitude(at index: Int, from start: Int) -> Core? {
        guard index < tokenCount, lookup(tables.scales, index) != nil || wordIs(index, "dozen"),
              var core = spelled(at: index, initial: 2) else { return nil }
        core.tokens = start..<core.tokens.upperBound
        core.magnified = true
        core.vague = true
        return core
    }

    /// "three quarters", "two thirds", "one fifth", "one half": a numerator word, a space, the denominator
    /// word in the number that agrees with it (singular after "one"), making at most a whole.
    /// Quarters are also periods of a year ("two quarters later", "in three quarters"), so they
    /// count as a fraction only before "of" or a punctuation mark ("three quarters of them").
    func spacedFraction(at index: Int) -> Core? {
        // The denominator is tested on its token first: most words after a number word are none.
        guard let numerator = lookup(tables.units, index), numerator >= 1, index + 1 < tokenCount, !attached(index + 1),
              !wordIs(index + 1, "halves"), numerator == 1 || !wordIs(index + 1, "half"),
              let fraction = lookup(tables.fractions, index + 1) else { return nil }
        // "the one millionth visitor" ranks; "one millionth of a second" is a share.
        if numerator == 1, wordIs(index - 1, "the"), let rank = lookup(tables.ordinalUnits, index + 1), rank >= 100 {
            return Core(tokens: index..<(index + 2), value: Double(rank), kind: .ordinal)
        }
        let next = lowered(index + 1)
        guard Double(numerator) * fraction <= 1, (numerator == 1) == !next.hasSuffix("s") else { return nil }
        if next.hasPrefix("quarter") {
            if isIn(Self.periodLeads, index - 1) { return nil }
            guard wordIs(index + 2, "of") || index + 2 >= tokenCount || kind(index + 2) == .punctuation else { return nil }
        }
        return Core(tokens: index..<(index + 2), value: Double(numerator) * fraction, kind: .fraction)
    }

    /// Words before "N quarters" that make them periods of time.
    static let periodLeads: WordSet = ["in", "for", "over", "past", "last", "next", "first", "previous"]

    /// `ordinalValue(lowered(index))`; a table word or a short ASCII token needs no String.
    func ordinalValue(at index: Int) -> Int? {
        if let value = lookup(tables.ordinalUnits, index) { return value }
        let range = tokens[index].span.bytes
        if range.count <= 5, !bytes[range].contains(where: { $0 >= 0x80 }) { return nil }
        // An ASCII word without a hyphen is an ordinal of `ordinalValue(_:)` only written solid,
        // more than eight bytes ending in "th", "st", "nd" or "rd" ("twentyfifth"): told from the
        // bytes, as "million", "thousand" and "seventeen" are most words asked here (the String
        // and its tests cost about 1,500 instructions a word).
        if range.count <= 8 || !Self.mayEndOrdinal(bytes[range.upperBound - 2], bytes[range.upperBound - 1]),
           !bytes[range].contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "-") }) {
            return nil
        }
        return ordinalValue(lowered(index))
    }

    /// Whether two bytes, lower-cased, are "th", "st", "nd" or "rd".
    private static func mayEndOrdinal(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first | 0x20, second | 0x20) {
        case (UInt8(ascii: "t"), UInt8(ascii: "h")), (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")), (UInt8(ascii: "r"), UInt8(ascii: "d")):
            return true
        default:
            return false
        }
    }

    func ordinalValue(_ word: String) -> Int? {
        if let value = NumberWords.ordinalUnits[word] { return value }
        guard word.utf8.count > 5 else { return nil }
        // Most words hold neither dash (0xE2 leads "—"): they are one part, split into no array.
        let dashed = word.containsByte(UInt8(ascii: "-")) || word.containsByte(0xE2)
        let parts = dashed ? word.dashSeparatedParts(emDash: true) : []
        if parts.count == 2, let tens = NumberWords.tens[parts[0]], let unit = NumberWords.ordinalUnits[parts[1]], unit < 10 {
            return tens + unit
        }
        // Written solid: "twentyfifth".
        if !dashed || parts.count == 1, word.utf8.count > 8, word.hasSuffix("th") || word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd") {
            for (name, tens) in NumberWords.tens where word.hasPrefix(name) {
                if let unit = NumberWords.ordinalUnits[String(word.dropFirst(name.count))], unit < 10 { return tens + unit }
            }
        }
        return nil
    }

    /// Spelled-out cardinals: "five", "twenty-five", "one hundred and five", "two thousand",
    /// "two point two million", "one and a half million", "three thousand millions".
    func spelled(at index: Int, initial: Double?) -> Core? {
        var total = 0.0
        var current = initial ?? 0
        var largest = initial ?? 0
        var end = index
        var sawNumber = initial != nil
        var position = index
        // The words are tested on the tokens (hashed once, no String) wherever a table or a literal decides.
        while position < tokenCount, tokens[position].kind == .word {
            if wordIs(position, "and"), sawNumber, position + 1 < tokenCount {
                if wordIs(position + 1, "a"), let share = joinedShare(at: position + 2), share == 0.5 || endsPhrase(position + 3)
                    || lookup(tables.timeUnits, position + 3) != nil || lookup(tables.scales, position + 3) != nil {
                    // "a million and a half" is half the million, not half a unit.
                    if current == 0, largest >= 1000 { total += largest * share } else { current += share }
                    position += 3
                    end = position
                    continue
                }
                // A "-" Character holds the "-" byte: only then can the word contain it.
                if lookup(tables.units, position + 1) != nil || lookup(tables.tens, position + 1) != nil
                    || (containsByte(position + 1, UInt8(ascii: "-")) && lowered(position + 1).contains("-")) {
                    position += 1
                    continue
                }
            }
            if wordIs(position, "point"), sawNumber, current == current.rounded(), let decimals = decimalDigits(at: position + 1) {
                current += decimals.value
                position = decimals.end
                end = position
                continue
            }
            var half = 0.0
            let value: Int?
            if containsByte(position, UInt8(ascii: "-")) {
                var parts = lowered(position).dashSeparatedParts()
                // "two-and-a-half years": the half written into the token.
                if parts.count > 3, parts.suffix(3) == ["and", "a", "half"] {
                    parts.removeLast(3)
                    half = 0.5
                }
                value = Self.smallNumber(parts)
            } else {
                value = lookup(tables.units, position) ?? lookup(tables.tens, position)
            }
            if let value {
                // "one twenty two" is two numbers (or a time): a unit only follows a hundred, a scale or a ten.
                let remainder = Int(current) % 100
                guard current == current.rounded(), remainder == 0 || (remainder >= 20 && remainder % 10 == 0 && value < 10) else { break }
                current += Double(value) + half
            } else if wordIs(position, "hundred") && sawNumber {
                current = max(current, 1) * 100
            } else if let scale = lookup(tables.scales, position) ?? lookup(tables.countedScales, position), scale >= 1000, sawNumber,
                      !wordIs(position, "mln") || current > 0 {
                if scale > largest, total > 0 {
                    total = (total + current) * scale // "three thousand millions"
                } else {
                    total += max(current, 1) * scale
                }
                largest = max(largest, scale)
                current = 0
            } else if wordIs(position, "dozen") || wordIs(position, "dozens"), sawNumber {
                current = max(current, 1) * 12
            } else {
                break
            }
            sawNumber = true
            position += 1
            end = position
        }
        guard sawNumber, end > index else { return nil }
        return Core(tokens: index..<end, value: total + current, kind: .words, scale: current == 0 && largest >= 1000 ? largest : 1)
    }

    /// The share "and a" joins to a whole number before it: "three and a half", "three and a quarter".
    func joinedShare(at index: Int) -> Double? {
        wordIs(index, "half") ? 0.5 : wordIs(index, "quarter") ? 0.25 : nil
    }

    /// Nothing that could be counted comes next: the text ends or a punctuation mark does.
    func endsPhrase(_ index: Int) -> Bool { index >= tokenCount || kind(index) == .punctuation }

    /// The digits after "point": "two point two" → 0.2, "point seven five" → 0.75.
    func decimalDigits(at index: Int) -> (value: Double, end: Int)? {
        var digits = ""
        var position = index
        while let word = word(position), let digit = NumberWords.units[word], digit < 10 {
            digits += String(digit)
            position += 1
        }
        guard !digits.isEmpty, let value = Double("0." + digits) else { return nil }
        return (value, position)
    }

    static func smallNumber(_ word: String) -> Int? { NumberWords.units[word] ?? NumberWords.tens[word] }

    /// 0...99 from one word or a hyphenated pair ("twenty-five").
    static func smallNumber(_ parts: [String]) -> Int? {
        if parts.count == 1 { return smallNumber(parts[0]) }
        if parts.count == 2, let tens = NumberWords.tens[parts[0]], let unit = NumberWords.units[parts[1]], unit < 10 { return tens + unit }
        return nil
    }
}
