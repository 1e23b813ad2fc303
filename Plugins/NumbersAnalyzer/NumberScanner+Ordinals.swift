import TextAnalysis

// Ordinals and ranks: "a second attack" but not "a second opinion", "the 24th Japanese bank".
extension NumberScanner {
    /// "second" in "a second attack" but not "a second opinion" or "for a second".
    /// Tested on the tokens: the words around the ordinal are mostly read nowhere else, and a String of each cost more than the tests.
    func ordinalWordAllowed(at index: Int) -> Bool {
        if wordIs(index, "first") && (wordIs(index - 1, "at") || sentenceStart(index) && wordIs(index + 1, ",")) { return false }
        if isListed(Self.nonRankFollowers, index + 1) { return false }
        // "written in the first person" is grammar; "the fifth person to die", "a second person" count people.
        if wordIs(index + 1, "person"), wordIs(index - 1, "the"), wordIs(index - 2, "in") { return false }
        // "finished second." ranks even at the end of the sentence.
        if wordIs(index, "second") && (index + 1 >= tokenCount || isListed(Self.bareSecondFollowers, index + 1) || wordIs(index - 1, "every")
                                        || wordIs(index - 1, "a") && isListed(Self.momentFollowers, index + 1)),
           !isIn(Self.rankVerbs, index - 1) {
            return false
        }
        if isCapitalized(index) && !sentenceStart(index) && !isAllCaps(index) { return false } // "Fifth Republic"
        // Past "third", an ordinal word has no other reading; "finished eighth", "the second and third".
        if (ordinalValue(at: index) ?? 0) > 3 { return true }
        if isListed(Self.ordinalJoiners, index - 1), lookup(tables.ordinalUnits, index - 2) != nil { return true }
        return isIn(Self.ordinalLeads, index - 1) || (word(index + 1)?.hasSuffix("est") ?? false) || wordIs(index + 1, "-")
    }

    /// Words after which "first", "second" and "third" rank something.
    static let ordinalLeads = WordSet(["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "for", "in", "this", "that", "'s", "’s"]
                                      + rankVerbList)

    static let rankVerbList = ["finished", "came", "ranked", "placed", "finish", "come", "rank", "place", "ranks", "finishes", "comes"]

    static let rankVerbs = WordSet(rankVerbList)

    /// "win 15th European title", "the 24th Japanese bank", "a 24th Grand Slam title": one or two
    /// capitalized words and then a common noun in lower case qualify the noun, when the first is a
    /// people's or a place's adjective or the noun is a contest's prize; a name the ordinal belongs to
    /// runs on in capitals ("the 92nd Separate Mechanized Brigade") or names a body or a street
    /// before its noun ("the 8th Circuit judges", "the 79th Street traffic circle").
    /// Asked only of an ordinal in digits before a capitalized word: the Strings made here are few.
    func isProperAdjective(_ index: Int) -> Bool {
        var next = index
        while next < index + 2, kind(next) == .word, isCapitalized(next), !lineBreakBefore(next) { next += 1 }
        guard next < tokenCount, next > index, kind(next) == .word, !isCapitalized(next), !lineBreakBefore(next),
              !isIn(tables.stopWords, next), isNounLike(at: next, plural: false) else { return false }
        if isListed(Self.prizeWords, next) { return true }
        let first = lowered(index)
        return first.utf8.count > 3 && (first.hasByteSuffix("an") || first.hasByteSuffix("ese") || first.hasByteSuffix("ish")
            || first.hasByteSuffix("ch") || first.hasByteSuffix("ic") || first.hasByteSuffix("i")) // European, Japanese, British, French, Olympic, Israeli
    }

    static let prizeWords: WordList = ["title", "titles", "crown", "trophy", "medal", "victory", "win", "championship"]

    /// "Djokovic Wins 24th Grand Slam Title", "Fed Holds Rates Steady For 8th Straight Meeting": on
    /// a headline line with every word capitalized (four or more, not all in capitals), a capital
    /// after the ordinal says nothing of a name. Asked as `isProperAdjective` is: rarely.
    func isTitleCaseLine(_ index: Int) -> Bool {
        var first = index
        while first > 0, index - first < 40, !lineBreakBefore(first) { first -= 1 }
        var words = 0, mixedCase = false
        var token = first
        while token < tokenCount, token - index < 40, token == first || !lineBreakBefore(token) {
            if kind(token) == .word {
                guard isCapitalized(token) else { return false }
                words += 1
                mixedCase = mixedCase || !isAllCaps(token)
            }
            token += 1
        }
        return words >= 4 && mixedCase
    }

    /// After "first"/"second": a fixed phrase, not a rank.
    static let nonRankFollowers: WordList = ["opinion", "thoughts", "hand", "-", "lady", "aid"]

    /// Before these "second" ranks nothing ("for a second.", "every second counts").
    static let bareSecondFollowers: WordList = [".", ",", "counts", "!"]

    /// Words after "a second" that make it a moment, not a second thing: "a fraction of a second
    /// in a slow computer", "a second or two", "a second later".
    static let momentFollowers: WordList = ["in", "or", "over", "to", "later", "earlier", "ago", "before", "after", "longer"]

    /// Join two ordinals ("the second and third").
    static let ordinalJoiners: WordList = ["and", "or"]

    /// Before "No. 1" when it ranks.
    static let rankLeads: WordList = ["world", "ranked", "seeded"]
    /// Before a chart's place ("spent 12 weeks at No. 1", "climbed to No. 3").
    static let chartPlaceLeads: WordList = ["at", "to", "reached", "hit", "debuted", "entered", "climbed", "rose", "fell", "dropped", "slipped", "peaked"]

    /// Join the tens and the unit of an ordinal ("forty—second").
    static let dashes: WordList = ["-", "—", "–"]
}
