import TextAnalysis

// What a number counts: the noun after it (`counts`), the pronoun "one", and the noun test.
extension NumberScanner {
    /// Where the counted noun starts: after "of the" in a partitive ("Fourteen of the hostages"),
    /// after "of" for magnitudes and pairs ("dozens of civilians", "a couple of residents").
    func countsStart(after end: Int, core: Core) -> Int {
        guard wordIs(end, "of") else { return end }
        // "Twelve of the 20 drones", "one of 12 cities": the noun after the second number.
        var after = wordIs(end + 1, "the") ? end + 2 : end + 1
        if kind(after) == .number { after += 1 }
        if after > end + 1 { return after }
        let first = lowered(core.tokens.lowerBound)
        if core.magnified || Self.articles.contains(first) || NumberWords.pluralScales[first] != nil { return end + 1 }
        return end
    }

    /// "one" counts in "only one soldier", "one of 12 cities", "one of them"; not in
    /// "the one who", "no one", "one another", "one day", "one of the largest".
    /// Tested on the tokens, as `ordinalWordAllowed`.
    func oneIsCount(at index: Int) -> Bool {
        if isListed(Self.pronounOneLeads, index - 1) { return false }
        // "lasted one day", "for one day": after a word that takes an amount of time it counts the
        // day ("One day he left" tells a story; "one day" is left out elsewhere).
        // "One day later" counts it too, as "two days later" and "one week later" do.
        if isListed(Self.pronounOneFollowers, index + 1) {
            return wordIs(index + 1, "day") && (isListed(Self.oneUnitLeads, index - 1) || wordIs(index + 2, "later") || wordIs(index + 2, "earlier")
                || isDayBeforeEvent(index + 2))
        }
        if wordIs(index + 1, "of"), wordIs(index + 2, "the"), let after = word(index + 3), after.hasSuffix("est") || after == "most" { return false }
        if index + 1 >= tokenCount || isListed(tables.clauseEnds, index + 1) { return wordIs(index - 1, "only") || wordIs(index - 1, "just") }
        return true
    }

    /// "One day after the vote", "one day before his death", "one day after Christmas": "after" or
    /// "before" and an event named with a determiner, a possessive or a capital place the day from
    /// that event, as "two days after the blast" does ("One day after school he ran" tells a story).
    @inline(never)
    func isDayBeforeEvent(_ index: Int) -> Bool {
        guard wordIs(index, "after") || wordIs(index, "before") else { return false }
        return isListed(Self.eventDeterminers, index + 1) || (kind(index + 1) == .word && isCapitalized(index + 1) && !wordIs(index + 1, "I"))
    }
    static let eventDeterminers: WordList = ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that"]

    /// The noun phrase a number counts, right after it: "Russian soldiers", "hogs", "people".
    func counts(after index: Int, plural: Bool) -> Range<Int>? {
        var end = index
        var lastNoun: Int?
        // The test of the word after a noun, kept for the next turn (which tests the same word).
        var tested = (index: -1, noun: false)
        while end < tokenCount, end < index + 4, tokens[end].kind == .word, !lineBreakBefore(end) {
            if isIn(tables.stopWords, end) { break }
            if tested.index == end ? tested.noun : isNounLike(at: end, plural: plural) { lastNoun = end }
            end += 1
            if lastNoun == end - 1, end < tokenCount {
                tested = (end, isNounLike(at: end, plural: plural))
                if !tested.noun { break }
            }
        }
        guard let lastNoun else { return nil }
        return index..<(lastNoun + 1)
    }

    static let irregularPlurals: WordSet = ["people", "children", "men", "women", "police", "personnel", "cattle", "staff", "livestock", "sheep", "fish", "deer", "aircraft", "troops", "civilians", "feet"]

    /// `isNounLike` of the lower-cased token, read off its bytes when they are ASCII: the words
    /// after a number are mostly read nowhere else.
    func isNounLike(at index: Int, plural: Bool) -> Bool {
        let range = tokens[index].span.bytes
        let ascii: Bool? = bytes.withUnsafeBufferPointer { bytes in
            let token = bytes[range]
            guard !token.contains(where: { $0 >= 0x80 }) else { return nil }
            return Self.isNounLike(length: token.count, plural: plural, isListed: { isIn($0, index) }) { suffix in
                // Byte by byte from the end, folding as lower-casing does.
                let count = suffix.utf8CodeUnitCount
                guard token.count >= count else { return false }
                var offset = 0
                while offset < count {
                    let byte = token[token.endIndex - count + offset]
                    if (byte &- 65 < 26 ? byte | 0x20 : byte) != suffix.utf8Start[offset] { return false }
                    offset += 1
                }
                return true
            }
        }
        return ascii ?? Self.isNounLike(lowered(index), plural: plural)
    }

    static func isNounLike(_ word: String, plural: Bool) -> Bool {
        isNounLike(length: word.utf8.count, plural: plural, isListed: { $0.contains(word) }, ends: word.hasByteSuffix)
    }

    /// The rule itself, over a word's byte length, its membership in a list and its suffixes.
    /// Inlined, so that the closures are too.
    @inline(__always)
    private static func isNounLike(length: Int, plural: Bool, isListed: (WordSet) -> Bool, ends: (StaticString) -> Bool) -> Bool {
        if length <= 2 || ends("ing") || ends("ly") || isListed(stopWords) { return false }
        if isListed(irregularPlurals) { return true }
        if plural { return (ends("s") || ends("men")) && !ends("ss") && !ends("us") && !ends("is") }
        return !ends("ed")
    }

    static let stopWords: WordSet = [
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "near", "over", "under", "since", "after", "before",
        "during", "per", "than", "as", "and", "or", "but", "the", "a", "an", "this", "that", "these", "those", "who", "which",
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "could", "should", "may",
        "might", "can", "said", "says", "say", "more", "less", "fewer", "other", "others", "each", "times",
        "percent", "its", "their", "his", "her", "our", "when", "while", "where", "also", "still", "all", "only", "just", "then",
        "year", "years", "day", "days", "week", "weeks", "month", "months", "hours", "minutes", "ago", "mln", "bn", "billion", "million",
        "thousand", "hundred", "dlrs", "cts", "pct", "vs", "yesterday", "today", "tomorrow",
    ]

    /// Before these "one" is a pronoun.
    static let pronounOneLeads: WordList = ["the", "no", "any", "every", "each", "this", "that", "which", "someone", "anyone"]

    /// After these, "one" is a pronoun.
    static let pronounOneFollowers: WordList = ["another", "who", "day", "time", "way", "thing", "could", "should", "would", "can", "must", "might", "may", "-", "'s", "’s"]

    /// A "one" that ends its clause counts only after "only" or "just".
    static let clauseEnds: WordList = [".", ",", ";", ":"]
}
