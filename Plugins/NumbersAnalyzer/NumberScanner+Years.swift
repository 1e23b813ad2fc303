import TextAnalysis

// Years and their parts: seasons, decades, fiscal years and spans of years, quarters and halves (DATE).
extension NumberScanner {
    /// "summer 2023", "the spring of 2025", "autumn of 1987": the season before a year, where its
    /// span begins and its TIMEX3 code. ("the fall of 1989" is as often a regime's: "fall" only right before the year.)
    func seasonBefore(_ year: Int) -> (Int, String)? {
        let of = wordIs(year - 1, "of")
        let word = of ? year - 2 : year - 1
        guard word >= matchFloor, let season = lookup(Self.seasons, word), !(of && season == "FA" && wordIs(word, "fall")) else { return nil }
        return (wordIs(word - 1, "the") && word - 1 >= matchFloor ? word - 1 : word, season)
    }

    static let seasons: Lexicon<String> = ["spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"]

    /// "the eighties", "the late '90s": a decade of the twentieth century, a DATE like "the 1980s"
    /// ("the" makes it a period; after "his"/"her"/"their" it is an age, see `lifeDecade`).
    func pastDecade(_ decade: Int, at start: Int, end: Int) -> NumberMatch? {
        guard (20...90).contains(decade) else { return nil }
        var begin = isListed(tables.periodPrefixes, start - 1) ? start - 1 : start
        guard wordIs(begin - 1, "the") else { return nil }
        begin -= 1
        return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: .decade(1900 + decade), counts: nil)
    }

    /// "the 1970s and 80s", "the 1980s and '90s", "the 1960s-70s": a decade written short after a
    /// full one is of the same century (the next, when it would come before it: "the 1990s and 00s").
    func listedDecade(_ decade: Int, at start: Int, end: Int) -> NumberMatch? {
        guard decade < 100 else { return nil }
        let begin = (wordIs(start - 1, "'") || wordIs(start - 1, "’")) && attached(start) ? start - 1 : start
        guard isListed(Self.decadeJoiners, begin - 1), wordIs(begin - 2, "s"), attached(begin - 2),
              let first = integer(begin - 3, length: 4), first % 10 == 0, (1800...2090).contains(first) else { return nil }
        var year = first / 100 * 100 + decade
        if year <= first { year += 100 }
        return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: .decade(year), counts: nil)
    }

    static let decadeJoiners: WordList = ["and", "or", "to", "through", "-", "–"]

    /// "in 2019 and 2020 sales fell": a year after another year and "and"/"or" is a year too, before a noun.
    func isSecondYear(_ index: Int) -> Bool {
        guard isListed(Self.ordinalJoiners, index - 1), kind(index - 2) == .number, let year = integer(index - 2, length: 4) else { return false }
        return (1800...2100).contains(year)
    }

    /// A DATE of the years `first` through `last`; after "fiscal"/"FY" one fiscal year across two
    /// calendar years ("fiscal 1986-87", "FY 2024/25"), the fiscal words in the span.
    func yearSpan(_ first: Int, _ last: Int, tokens: Range<Int>) -> NumberMatch {
        let fiscal = last == first + 1 ? fiscalStart(before: tokens.lowerBound) : nil
        // "the 1987/88 fiscal year": the fiscal words after the years, in the span as before them.
        let after = fiscal == nil && last == first + 1 && isFiscalYear(at: tokens.upperBound) ? 2 : 0
        return NumberMatch(label: .date, tokens: (fiscal ?? tokens.lowerBound)..<(tokens.upperBound + after),
                           attributes: fiscal == nil && after == 0 ? [:] : ["fiscal": true], date: nil, counts: nil).withValue("\(first)/\(last)")
    }

    /// "fiscal year" or "financial year" at `index`, after a year ("its 1988 fiscal year").
    func isFiscalYear(at index: Int) -> Bool {
        (wordIs(index, "fiscal") || wordIs(index, "financial")) && wordIs(index + 1, "year")
    }

    /// Where "fiscal", "fiscal year", "financial year" or "FY" begins before a year at `index`; nil when none does.
    func fiscalStart(before index: Int) -> Int? {
        if wordIs(index - 1, "fiscal") || wordIs(index - 1, "fy") { return index - 1 }
        guard wordIs(index - 1, "year"), wordIs(index - 2, "fiscal") || wordIs(index - 2, "financial") else { return nil }
        return index - 2
    }

    /// "the 1987/88 season", "fiscal 1987/88": two years in a row, the second written short, as "2023-24".
    func slashedYears(at index: Int) -> NumberMatch? {
        let range = tokens[index].span.bytes
        guard bytes[range].enumerated().allSatisfy({ $0.offset == 4 || Self.isDigit($0.element) }), !attached(index + 1) || kind(index + 1) == .punctuation else { return nil }
        let first = decimal(range.prefix(4))
        guard (1800...2100).contains(first), decimal(range.suffix(2)) == (first + 1) % 100 else { return nil }
        return yearSpan(first, first + 1, tokens: index..<(index + 1))
    }

    /// The value of the ASCII digits at `range` of the document's bytes.
    func decimal(_ range: Range<Int>) -> Int {
        bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// "third quarter", "third-quarter", "first qtr", "first half", "first-half" at `index`: the
    /// quarter or half, whether it is a half, and the token after the words (nil for anything else).
    func partOfYear(at index: Int) -> (number: Int, half: Bool, end: Int)? {
        // Told by the first byte first: most years are followed by none of first/second/third/fourth.
        guard kind(index) == .word, Self.mayStartOrdinal(bytes[tokens[index].span.bytes.lowerBound]) else { return nil }
        let parts = lowered(index).dashSeparatedParts()
        guard let number = parts.first.flatMap({ NumberWords.ordinalUnits[$0] }), number <= 4, parts.count <= 2,
              let unit = parts.count == 2 ? parts[1] : word(index + 1) else { return nil }
        let end = parts.count == 2 ? index + 1 : index + 2
        if unit == "quarter" || unit == "qtr" { return (number, false, end) }
        return unit == "half" && number <= 2 ? (number, true, end) : nil
    }

    @inline(__always)
    static func mayStartOrdinal(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "f"), UInt8(ascii: "s"), UInt8(ascii: "t"): return true
        default: return false
        }
    }

    /// A half of a year as TIMEX3 writes it: "2024-H1".
    func halfYear(_ year: Int, _ half: Int, tokens: Range<Int>) -> NumberMatch {
        NumberMatch(label: .date, tokens: tokens, attributes: [:], date: nil, counts: nil).withValue("\(year)-H\(half)")
    }

    /// "of the year", "of last year", "of next year", "of this year" after a half or a quarter: the
    /// year's offset from the reference's and the token after the span.
    func relativeYear(after index: Int) -> (Int, Int)? {
        // ("of the year ending October 31", "of the year to March 31": a fiscal year, not the calendar's.)
        guard wordIs(index, "of"), wordIs(index + 2, "year"), !isListed(Self.fiscalYearEnds, index + 3),
              !((wordIs(index + 3, "to") || wordIs(index + 3, "through")) && lookup(tables.months, index + 4) != nil) else { return nil }
        let offset = wordIs(index + 1, "last") ? -1 : wordIs(index + 1, "next") ? 1 : wordIs(index + 1, "the") || wordIs(index + 1, "this") ? 0 : nil
        return offset.map { ($0, index + 3) }
    }

    static let fiscalYearEnds: WordList = ["ending", "ended", "ends", "beginning", "starting", "begun"]

    /// The year of a quarter: "the third quarter of 2024", "fourth-quarter 1986". Returns it and the token after the span.
    func quarterYear(after index: Int) -> (Int?, Int) {
        let yearIndex = wordIs(index, "of") ? index + 1 : index
        guard kind(yearIndex) == .number, let year = integer(yearIndex, length: 4), (1800...2100).contains(year) else {
            return (nil, index)
        }
        return (year, yearIndex + 1)
    }

    /// Before a year that is a date even when a noun follows it ("In 1983 women filled 73 percent":
    /// after "in", every one of the 17 four-digit numbers before a plural in the 24 MB corpus was a year).
    static let yearLeads: WordList = ["the", "since", "until", "during", "in", "'s", "’s"]

    /// Plurals after a year that are its figures, or verbs: "1986 results", "1987 profits", "1986 includes".
    static let yearNouns: WordList = [
        "earnings", "results", "sales", "profits", "levels", "revenues", "revs", "figures", "crops", "periods", "exports", "imports",
        "losses", "prices", "rates", "amounts", "budgets", "accounts", "deliveries", "operations", "expenditures", "proceeds", "gains",
        "quotas", "payments", "forecasts", "estimates", "targets", "includes", "excludes", "equals", "reflects", "remains", "appears",
    ]
}

// Years said in words, as speech and quoted speech say them (nineteenth round).
extension NumberScanner {
    /// "in nineteen eighty-four", "since twenty twelve", "in two thousand and nine", "the nineteen
    /// nineties": a year or a decade in words, a DATE as "in 1984" is. The year needs a word that
    /// takes a date before it (or a season and "of": "the spring of nineteen fifty"); the decade
    /// needs "the". Without them the words stay the numbers they say ("nineteen, eighty-four").
    /// Whether the word at `start` may begin a year in words, told from its bytes ("two", "eleven"
    /// to "nineteen", "twenty"): most words a scan starts at ("the", "a", months, modifiers) are
    /// none of these. Inlined at the call, so that they cost no call of ``spelledYear(at:)``.
    @inline(__always)
    func maySpellYear(at start: Int) -> Bool {
        let range = tokens[start].span.bytes
        switch range.count {
        case 3: return bytes[range.lowerBound] | 0x20 == UInt8(ascii: "t") && bytes[range.lowerBound + 1] | 0x20 == UInt8(ascii: "w")
        case 6...9: return Self.maySpellYear(bytes[range.lowerBound])
        // "nineteen-sixties", "eighteen-nineties": a decade in one hyphenated word.
        case 14...19: return Self.maySpellYear(bytes[range.lowerBound]) && containsByte(start, UInt8(ascii: "-"))
        default: return false
        }
    }

    func spelledYear(at start: Int) -> NumberMatch? {
        if tokens[start].span.bytes.count >= 14 { return hyphenedDecade(at: start) }
        guard let first = lookup(tables.units, start) ?? lookup(tables.tens, start), first == 2 || (11...20).contains(first),
              start + 1 < tokenCount, !attached(start + 1) else { return nil }
        let lead = start - 1
        // (At the text's start only a year opening the sentence is read.)
        guard lead >= matchFloor || start == 0 else { return nil }
        // "the nineteen nineties", "the late nineteen-sixties"
        if first >= 13, let decade = lookup(NumberWords.decadeWords, start + 1) {
            let begin = isListed(tables.periodPrefixes, lead) ? lead : start
            guard wordIs(begin - 1, "the"), begin - 1 >= matchFloor else { return nil }
            return NumberMatch(label: .date, tokens: (begin - 1)..<(start + 2), attributes: [:], date: .decade(first * 100 + decade), counts: nil)
        }
        let year: Int, end: Int
        if first == 2 {
            // "two thousand and nine", "two thousand twenty-four"; a round "two thousand" only as "the year two thousand".
            guard wordIs(start + 1, "thousand"), let core = spelled(at: start, initial: nil), case let value = Int(core.value),
                  Double(value) == core.value, (2000...2099).contains(value), value > 2000 || wordIs(lead, "year") else { return nil }
            (year, end) = (value, core.tokens.upperBound)
        } else {
            guard let (rest, restEnd) = twoDigitsOfYear(at: start + 1) else { return nil }
            (year, end) = (first * 100 + rest, restEnd)
        }
        // Not a count ("in nineteen eighty-four cases") nor an amount of a unit.
        if end < tokenCount, kind(end) == .word, isNounLike(at: end, plural: true) || lookup(tables.timeUnits, end) != nil
            || lookup(tables.measureUnits, end) != nil || isIn(tables.percentWords, end) {
            return nil
        }
        // "by eleven thirty" is a clock's: an eleven or twelve hundred starts a year only after "in" or "since".
        let leads = first <= 12 ? Self.earlyYearLeads : Self.spelledYearLeads
        if let (begin, season) = seasonBefore(start) {
            return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: nil, counts: nil).withValue("\(year)-\(season)")
        }
        // "Nineteen eighty-four was a year of change": a century and its year opening a sentence
        // count nothing (a count there is written with its noun: "Nineteen people died").
        // (Not a round "Nineteen hundred", as often a count: "Nineteen hundred were arrested".)
        let opensSentence = first >= 13 && year % 100 != 0 && sentenceStart(start) && isCapitalized(start) && !isCapitalized(start + 1)
        guard opensSentence || isListed(leads, lead) || (wordIs(lead, "year") && !isListed(tables.articles, lead - 1)) || isListed(tables.periodPrefixes, lead) && isListed(leads, lead - 1) else {
            return nil
        }
        let begin = wordIs(lead, "year") && wordIs(lead - 1, "the") && lead - 1 >= matchFloor ? lead - 1 : periodStart(before: start)
        return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: .absolute(year: year, month: nil, day: nil), counts: nil)
    }

    /// "the nineteen-sixties", "the late eighteen-nineties": the decade written as one word, "the"
    /// before it as for "the nineteen sixties".
    func hyphenedDecade(at start: Int) -> NumberMatch? {
        // Every decade word ends in "ies": most hyphened words ("sixteen-year-old", "state-owned")
        // are told apart without a String.
        let range = tokens[start].span.bytes
        guard bytes[range.upperBound - 1] | 0x20 == UInt8(ascii: "s"), bytes[range.upperBound - 2] | 0x20 == UInt8(ascii: "e"),
              bytes[range.upperBound - 3] | 0x20 == UInt8(ascii: "i") else { return nil }
        let parts = lowered(start).dashSeparatedParts()
        guard parts.count == 2, let century = NumberWords.units[parts[0]], (13...20).contains(century),
              let decade = NumberWords.decadeWords[parts[1]] else { return nil }
        let lead = start - 1
        let begin = lead >= matchFloor && isListed(tables.periodPrefixes, lead) ? lead : start
        guard wordIs(begin - 1, "the"), begin - 1 >= matchFloor else { return nil }
        return NumberMatch(label: .date, tokens: (begin - 1)..<(start + 1), attributes: [:], date: .decade(century * 100 + decade), counts: nil)
    }

    /// The first byte of "eleven" to "nineteen" and "twenty" (either case), and so of the ordinals
    /// "first" to "thirty-first" (first, second, third, eighth, ninth, ...).
    @inline(__always)
    static func maySpellYear(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "t"), UInt8(ascii: "e"), UInt8(ascii: "f"), UInt8(ascii: "s"), UInt8(ascii: "n"): return true
        default: return false
        }
    }

    /// The last two digits of a year said in words at `index`: "eighty-four", "eighty four",
    /// "ninety", "twelve", "oh five", "hundred" (00); with the token after them.
    func twoDigitsOfYear(at index: Int) -> (Int, Int)? {
        if wordIs(index, "hundred") {
            // "nineteen hundred and five"
            if wordIs(index + 1, "and") {
                if let unit = lookup(tables.units, index + 2), (1...9).contains(unit), !attached(index + 2) { return (unit, index + 3) }
                if let (rest, end) = twoDigitsOfYear(at: index + 2), rest > 0 { return (rest, end) }
            }
            return (0, index + 1)
        }
        if wordIs(index, "oh"), let unit = lookup(tables.units, index + 1), (1...9).contains(unit) { return (unit, index + 2) }
        if let tens = lookup(tables.tens, index) {
            if let unit = lookup(tables.units, index + 1), (1...9).contains(unit), !attached(index + 1) { return (tens + unit, index + 2) }
            return (tens, index + 1)
        }
        if let teen = lookup(tables.units, index), (10...19).contains(teen) { return (teen, index + 1) }
        guard containsByte(index, UInt8(ascii: "-")), let value = Self.smallNumber(lowered(index).dashSeparatedParts()), value > 20 else { return nil }
        return (value, index + 1)
    }

    /// Words before a year said in words; "by" and "from" too ("by two thousand" counts more often,
    /// but "two thousand" alone is read only after "the year").
    static let spelledYearLeads: WordList = ["in", "since", "until", "till", "by", "before", "after", "from", "during", "through", "to", "and", "circa"]
    static let earlyYearLeads: WordList = ["in", "since", "during", "circa"]
}
