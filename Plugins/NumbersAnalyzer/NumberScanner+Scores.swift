import TextAnalysis

/// Two numbers joined by a dash or a colon that are neither a range nor a clock time.
///
/// "won 3-1", "a 2-0 win", "voted 52-48": a score or a tally counts two different things, so
/// it is no quantity and no range, and nothing is marked (before this, "3" and "1" came out as
/// two CARDINALs). "a 2:1 majority", "mixed 3:1": a ratio is a FRACTION whose value is the
/// quotient, like "one in five" (0.2), and so is "odds of 3 to 1" or "a 2-to-1 margin". "Genesis 1:1" is a reference: nothing is marked.
extension NumberScanner {
    /// What a glued pair of small integers at `index` reads as, or nil for none of these (the
    /// other rules then read it: a range, a time, two numbers). The pair is found once; each
    /// reading below only looks at the words around it.
    enum PairReading {
        /// A score, tally or reference: the token after it, nothing marked.
        case unmarked(end: Int)
        case ratio(NumberMatch)
    }

    func pairReading(at index: Int) -> PairReading? {
        guard let (first, second, after) = joinedPair(at: index) else {
            guard mayBeWordedRatio(at: index) else { return nil }
            if isSpokenTally(at: index) { return .unmarked(end: index + 3) }
            return wordedRatio(at: index).map(PairReading.ratio)
        }
        if isScore(at: index, after: after) { return .unmarked(end: after) }
        // "a 50-50 joint venture", "a 50-50 chance", "split 60-40": two shares of one whole, as a
        // tally is two counts; neither bound of a range, and the ratio of "2:1" would value an
        // even chance at 1.
        // "50-50" alone says it: "a 50-50 call".
        if first + second == 100, first > 0, second > 0, !wordIs(index + 1, ":"),
           first == 50 || isListed(Self.shareWords, after) || isListed(Self.shareWords, index - 1)
            || wordIs(after, "joint") || (wordIs(index - 1, "than") && (wordIs(index - 2, "better") || wordIs(index - 2, "worse"))) {
            return .unmarked(end: after)
        }
        guard wordIs(index + 1, ":") else { return nil }
        let ratioWord = isListed(Self.ratioWords, after) || isListed(Self.ratioWords, index - 1)
            || wordIs(index - 1, "of") && isListed(Self.ratioWords, index - 2)
        // "Genesis 1:1", "Psalm 23:4": after a name, a colon pair is a reference; a verse is no
        // quantity, and its second number must not be left over as a CARDINAL.
        let afterName = isNameBefore(index)
        if afterName && !isListed(Self.ratioWords, after) { return .unmarked(end: after) }
        // A ratio word beside it, or a one-digit second number (no clock writes "2:1").
        guard second > 0, ratioWord || tokens[index + 2].span.bytes.count == 1 && !afterName else { return nil }
        return .ratio(NumberMatch(label: .fraction, tokens: index..<after,
                                  attributes: Attributes(distinct: [Attribute("value", number(Double(first) / Double(second)))]),
                                  date: nil, counts: nil))
    }

    /// Whether a number at `index` has " to" and a number, or a hyphen and a word in "t" or
    /// "i", after it: told by a few bytes, as most numbers have neither.
    @inline(__always)
    private func mayBeWordedRatio(at index: Int) -> Bool {
        guard index + 2 < tokenCount, tokens[index].kind == .number else { return false }
        let next = bytes[tokens[index + 1].span.bytes.lowerBound], third = tokens[index + 2]
        if next == UInt8(ascii: "-") {
            let letter = bytes[third.span.bytes.lowerBound] | 0x20
            return third.kind == .word && (letter == UInt8(ascii: "t") || letter == UInt8(ascii: "i") || letter == UInt8(ascii: "f"))
        }
        return next | 0x20 == UInt8(ascii: "t") && third.kind == .number
    }

    /// "odds of 3 to 1", "a 2-to-1 margin", "3-to-1 odds": a ratio written with "to" is one only
    /// with a ratio word beside it (else "3 to 5" is a range), valued as "2:1" is. "a 1-in-100
    /// chance", "a 1-in-100-year flood": the hyphenated "one in five", the whole token in the span
    /// (the tokenizer keeps "in-100-year" one word), with no counted noun (it is an adjective).
    private func wordedRatio(at index: Int) -> NumberMatch? {
        guard let first = smallInteger(index), first > 0 else { return nil }
        let second: Int, after: Int
        if wordIs(index + 1, "to"), tokens[index + 2].kind == .number, let value = smallInteger(index + 2) {
            (second, after) = (value, index + 3)
            // "3 to 1 against", "odds of 3 to 1.": nothing counted or measured after the second number.
            guard kind(after) != .word || isListed(Self.ratioWords, after) || isListed(Self.ratioTails, after) else { return nil }
        } else if wordIs(index + 1, "-"), attached(index + 1), attached(index + 2) {
            if let (value, rest) = hyphenedInteger(index + 2, after: "to"), rest == 0 {
                (second, after) = (value, index + 3)
            } else if let (value, rest) = hyphenedInteger(index + 2, after: "for"), rest == 0, value > 0,
                      isListed(Self.splitWords, index + 3) || (isListed(Self.splitWords, index + 4) && kind(index + 3) == .word) {
                // "a 10-for-1 stock split", "a 1-for-25 reverse split": shares after for shares before.
                return ratio(first, value, tokens: index..<(index + 3))
            } else if let (value, rest) = hyphenedInteger(index + 2, after: "in"), value > first,
                      rest == 0 || bytes[tokens[index + 2].span.bytes.upperBound - rest] == UInt8(ascii: "-") {
                return ratio(first, value, tokens: index..<(index + 3))
            } else { return nil }
        } else { return nil }
        // ("the odds are 5 to 1", "the ratio was 3 to 1": the ratio word and a form of "be" before it; nineteenth round.)
        guard second > 0, isListed(Self.ratioWords, after) || isListed(Self.ratioWords, index - 1)
                || (wordIs(index - 1, "of") || isListed(Self.ratioVerbs, index - 1)) && isListed(Self.ratioWords, index - 2) else { return nil }
        return ratio(first, second, tokens: index..<after)
    }

    private func ratio(_ first: Int, _ second: Int, tokens span: Range<Int>) -> NumberMatch {
        NumberMatch(label: .fraction, tokens: span,
                    attributes: Attributes(distinct: [Attribute("value", number(Double(first) / Double(second)))]),
                    date: nil, counts: nil)
    }

    /// The integer of one to three digits in a word token such as "to-1" or "in-100-year" (the
    /// tokenizer's reading of "2-to-1" and "1-in-100-year"), after `word` and a hyphen, and how
    /// many bytes follow the digits.
    private func hyphenedInteger(_ index: Int, after word: StaticString) -> (Int, Int)? {
        let range = tokens[index].span.bytes, length = word.utf8CodeUnitCount
        guard tokens[index].kind == .word, range.count > length + 1,
              bytes[range.lowerBound + length] == UInt8(ascii: "-"),
              zip(bytes[range.lowerBound..<(range.lowerBound + length)], UnsafeBufferPointer(start: word.utf8Start, count: length))
                .allSatisfy({ ($0 &- 65 < 26 ? $0 | 0x20 : $0) == $1 }) else { return nil }
        let digits = bytes[(range.lowerBound + length + 1)..<range.upperBound].prefix { Self.isDigit($0) }
        guard (1...3).contains(digits.count) else { return nil }
        return (digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }, range.upperBound - digits.endIndex)
    }

    /// "The Senate voted 51 to 49", "passed 218 to 212 in the House": a tally said with "to"
    /// after a verb of voting or winning, as "voted 52-48" is, with no counted noun after it
    /// ("won 10 to 15 seats" stays a range) and the larger count first (a tally names the winner's).
    private func isSpokenTally(at index: Int) -> Bool {
        guard wordIs(index + 1, "to"), index + 2 < tokenCount, tokens[index + 2].kind == .number,
              let first = smallInteger(index), let second = smallInteger(index + 2), first > second,
              (max(0, index - 3)..<index).contains(where: { isListed(Self.tallyVerbs, $0) }) else { return false }
        let after = index + 3
        return after >= tokenCount || kind(after) != .word || isListed(Self.scoreTails, after)
    }

    /// A score or tally: a result word after the pair ("a 2-0 win"), or a verb of winning,
    /// losing or voting before it and no counted noun after ("won 3-1 at home"; "won 10-15
    /// seats" stays a range).
    private func isScore(at index: Int, after: Int) -> Bool {
        if isListed(Self.scoreResults, after) { return true }
        let leads = (max(0, index - 3)..<index).contains { isListed(Self.scoreVerbs, $0) }
        if leads && (after >= tokenCount || kind(after) != .word || isListed(Self.scoreTails, after)) { return true }
        // "beat Medvedev 3-6, 3-6, 6-4, 6-4, 6-3", "won 7-6 (7-4), 6-3": a set's score after
        // another's, a comma or a tiebreak's parenthesis between, is a score too.
        guard index >= 4, wordIs(index - 1, ",") || wordIs(index - 1, "(") else { return false }
        let previous = wordIs(index - 1, "(") ? index - 4 : (wordIs(index - 2, ")") && index >= 5 ? index - 5 : index - 4)
        guard let (_, _, previousAfter) = joinedPair(at: previous), previousAfter == index - 1 || previousAfter == index - 2 && wordIs(index - 2, ")") else { return false }
        return isScore(at: previous, after: previousAfter)
    }

    /// Two integers of one to three digits glued to a dash or colon between them ("3-1",
    /// "52–48", "2:1"): their values and the token after them.
    private func joinedPair(at index: Int) -> (Int, Int, Int)? {
        guard index + 2 < tokenCount, tokens[index].kind == .number, tokens[index + 2].kind == .number,
              attached(index + 1), attached(index + 2), isListed(Self.pairJoiners, index + 1),
              !(attached(index) && (kind(index - 1) == .word || kind(index - 1) == .number || isListed(Self.pairJoiners, index - 1))),
              !(attached(index + 3) && !isListed(tables.clauseEnds, index + 3) && !wordIs(index + 3, ")")),
              let first = smallInteger(index), let second = smallInteger(index + 2) else { return nil }
        return (first, second, index + 3)
    }

    private func smallInteger(_ index: Int) -> Int? {
        let length = tokens[index].span.bytes.count
        return length <= 3 ? integer(index, length: length) : nil
    }

    static let pairJoiners: WordList = ["-", "–", ":"]
    /// Before a score: who won, lost or voted.
    static let scoreVerbs: WordList = [
        "won", "win", "wins", "winning", "beat", "beats", "beating", "lost", "lose", "loses", "losing", "drew", "draw", "draws",
        "defeated", "defeat", "defeats", "defeating", "edged", "thrashed", "routed", "crushed", "trailed", "trailing", "trail", "trails",
        "led", "leading", "leads", "scored", "voted", "vote", "votes", "tied", "levelled", "leveled", "overcame", "downed",
        // A court's or a chamber's tally and a match's final score: "ruled 6-3", "passed 218-212", "ended 0-0".
        "ruled", "passed", "approved", "rejected", "ended", "finished",
        // The score named: "the final score was 27-24", "a score of 2-2 at half-time" (stop 28).
        "score", "scoreline",
    ]
    /// After a score, a result: "a 2-0 win".
    static let scoreResults: WordList = [
        "win", "wins", "victory", "victories", "defeat", "defeats", "loss", "losses", "draw", "lead", "scoreline", "triumph",
        "thrashing", "rout", "aggregate", "vote", "decision", "verdict",
    ]
    /// What may follow a score the verb before it announced, besides punctuation: "won 3-1 at
    /// home", "beat them 2-0 in the final"; a noun there is counted ("won 10-15 seats").
    static let scoreTails: WordList = [
        "in", "on", "at", "against", "over", "with", "after", "to", "and", "but", "for", "as", "when", "thanks", "before",
        "home", "away", "win", "victory", "defeat", "draw", "lead", "margin", "tuesday", "monday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "last", "this", "despite", "while",
        // "the score stood at 1-1 until the 88th minute" (stop 28)
        "until", "till",
    ]
    /// Before a tally said with "to": a vote's verbs ("voted 350 to 73"), not a change's
    /// ("led 3 to 1" and "ended 5 to 3" are as often a market's moves).
    static let tallyVerbs: WordList = ["voted", "vote", "votes", "tallied", "passed", "approved", "rejected", "ruled", "won", "beat", "defeated"]
    /// Beside a pair of shares of one whole: "a 50-50 chance", "a 60-40 split".
    static let shareWords: WordList = ["chance", "chances", "split", "venture", "partnership", "basis", "proposition", "odds", "deal", "ownership", "stake"]
    /// What may follow "3 to 1" in a ratio besides punctuation: "odds of 3 to 1 against".
    static let ratioTails: WordList = ["against", "on", "in", "that", "and", "or"]
    /// After "N-for-M" (maybe past "stock" or "reverse"): a share split.
    static let splitWords: WordList = ["split", "splits"]
    static let ratioVerbs: WordList = ["is", "are", "was", "were"]
    static let ratioWords: WordList = ["ratio", "ratios", "odds", "majority", "margin", "split", "mix", "mixture", "proportion"]
}
