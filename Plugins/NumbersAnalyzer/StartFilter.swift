import TextAnalysis

/// Decides, from a token's bytes alone, whether a number expression may start there.
///
/// Most news tokens ("the", "said", "government") can never start a number, and the scanner's
/// rules are costly (they read words around the token). This filter lets the scanner skip them
/// without making a `String`: the words the rules look for are hashed once into two bit sets.
/// A hash collision only costs a needless rule run; it never hides a match.
struct StartFilter: Sendable {
    /// Words that can start an expression on their own: number words, months, units, currencies.
    private var strong = BitSet()
    /// Frequent words that start one only before a number ("about 50", "the 1990s", "last week").
    private var weak = BitSet()
    /// Words that never start an expression but make a weak word before them count ("a week ago").
    private var companion = BitSet()
    /// First parts of hyphenated words that start one ("mid-January", "early-2026").
    private var prefixes = BitSet()

    static let shared = StartFilter()

    private init() {
        var strongWords: Set<String> = ["yesterday", "today", "tomorrow", "half", "minus", "dozen", "couple", "pair", "noon", "midday", "midnight",
                                         "tens", "q1", "q2", "q3", "q4", "quarter"]
        for table in [Array(NumberWords.units.keys), Array(NumberWords.tens.keys), Array(NumberWords.scales.keys),
                      Array(NumberWords.pluralScales.keys), Array(NumberWords.ordinalUnits.keys), Array(NumberWords.fractions.keys),
                      Array(NumberWords.months.keys), Array(NumberWords.weekdays.keys), Array(NumberWords.currencyPrefixes.keys)] {
            strongWords.formUnion(table)
        }
        // Compound ordinals written solid: "twentyfifth".
        for (tens, _) in NumberWords.tens {
            for (unit, value) in NumberWords.ordinalUnits where value < 10 { strongWords.insert(tens + unit) }
        }
        // "US $5": the letters of a split currency prefix start it only before the symbol.
        var weakWords: Set<String> = ["a", "an", "the", "just", "well", "last", "next", "this", "us", "c", "hk", "negative"]
        weakWords.formUnion(NumberWords.approximators)
        for (phrase, _) in NumberWords.comparators { weakWords.formUnion(phrase) }
        for word in strongWords { strong.insert(Self.hash(word)) }
        for word in weakWords.subtracting(strongWords) { weak.insert(Self.hash(word)) }
        for word in NumberWords.timeUnits.keys where !strongWords.contains(word) { companion.insert(Self.hash(word)) }
        for word in ["mid", "early", "late"] { prefixes.insert(Self.hash(word)) }
    }

    /// True when the scanner must try token `index`. Works on the raw buffers: it runs on every token.
    func mayStart(at index: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch classify(index, tokens: tokens, bytes: bytes) {
        case .strong: return true
        case .none, .companion: return false
        case .weak:
            // A comparator or article counts only with a number close behind ("more than 20", "at least 5").
            for next in (index + 1)..<min(index + 4, tokens.count) {
                let strength = classify(next, tokens: tokens, bytes: bytes)
                if strength == .strong || strength == .companion { return true }
            }
            return index + 1 < tokens.count && Self.startsWithCalendarUnit(tokens[index + 1], bytes: bytes)
        }
    }

    private enum Strength { case none, weak, companion, strong }

    private func classify(_ index: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) -> Strength {
        let token = tokens[index]
        switch token.kind {
        case .number: return .strong
        case .word, .abbreviation: break
        case .punctuation, .symbol:
            // A sign or a decimal point only right before digits ("-3", "~50", ".75"); a currency symbol before any ("$ 3 billion").
            let next = index + 1
            guard next < tokens.count, tokens[next].kind == .number else { return .none }
            return token.kind == .symbol || tokens[next].span.bytes.lowerBound == token.span.bytes.upperBound ? .strong : .none
        default: return .none
        }
        let start = token.span.bytes.lowerBound
        var end = token.span.bytes.upperBound
        if bytes[end - 1] == UInt8(ascii: ".") { end -= 1 } // "Dec.", "no."
        guard end - start <= 16 else { return .none }
        // Hyphenated words are numbers when their first part is ("twenty-five", "three-day", "mid-2025").
        if let hyphen = (start..<end).first(where: { bytes[$0] == UInt8(ascii: "-") }) {
            return prefixes.contains(Self.hash(bytes, start..<hyphen)) || strong.contains(Self.hash(bytes, start..<hyphen)) ? .strong : .none
        }
        let hash = Self.hash(bytes, start..<end)
        if strong.contains(hash) { return .strong }
        if weak.contains(hash) { return .weak }
        return companion.contains(hash) ? .companion : .none
    }

    /// "last weekthat": a calendar unit glued to the next word by a missing space.
    private static func startsWithCalendarUnit(_ token: Token, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = token.span.bytes.lowerBound
        guard token.span.bytes.count > 4 else { return false }
        func prefix(_ word: StaticString) -> Bool {
            (0..<4).allSatisfy { bytes[start + $0] | 0x20 == word.utf8Start[$0] }
        }
        return prefix("week") || prefix("mont") || prefix("year")
    }

    /// FNV-1a over ASCII-lower-cased bytes. Non-ASCII words hash too; they simply never hit.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for index in range {
            let byte = bytes[index]
            let lower = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
            hash = (hash ^ UInt32(lower)) &* 16_777_619
        }
        return hash
    }

    private static func hash(_ word: String) -> UInt32 {
        Array(word.utf8).withUnsafeBufferPointer { hash($0, 0..<$0.count) }
    }

    /// 2^16 bits: with about 300 words a miss is a false positive well under 1% of the time.
    private struct BitSet: Sendable {
        private var words = [UInt64](repeating: 0, count: 1024)
        mutating func insert(_ hash: UInt32) {
            let bit = Int(hash & 0xFFFF)
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        func contains(_ hash: UInt32) -> Bool {
            let bit = Int(hash & 0xFFFF)
            return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }
    }
}
