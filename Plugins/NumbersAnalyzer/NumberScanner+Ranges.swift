import TextAnalysis

// RANGEs sharing a unit ("10-15 km", "between 10 and 15"), and spoken decimals ("point 77 percent").
extension NumberScanner {
    /// A range sharing its unit: "10-15 km", "10 to 15", "between 10 and 15".
    func range(after core: Core, start: Int, attributes: Attributes, currency: String?) -> NumberMatch? {
        var end = core.tokens.upperBound
        guard kind(end) == .word || kind(end) == .punctuation || kind(end) == .symbol else { return nil }
        // "between 5% and 7%": the unit may be written after both bounds.
        // Only after "between" may the unit come first ("between 5% and 7%").
        // "between $5 and $10": "between" stands before the currency symbol.
        // "between the ages of 5 and 11": ages, the words in the span as in "over the age of 65" (stop 26).
        let betweenAges = wordIs(start - 1, "of") && (wordIs(start - 2, "ages") || wordIs(start - 2, "age")) && wordIs(start - 3, "the")
            && wordIs(start - 4, "between") && start - 4 >= matchFloor
        let afterBetween = wordIs(start - 1, "between") || wordIs(core.tokens.lowerBound - 1, "between") || betweenAges
        // "4.25%-4.50%": the unit after both bounds, the dash against them; "from 3% to 5%" as "from 3 to 5%".
        let afterFrom = wordIs(start - 1, "from")
        // "to" after a unit of one or two tokens, for a percentage or a unit of measure ("5% to 7%", "25C to 30C").
        let toAhead = wordIs(end + 1, "to") || wordIs(end + 2, "to")
        let firstUnit = afterBetween || afterFrom || (wordIs(end, "%") && (wordIs(end + 1, "-") || wordIs(end + 1, "–")) && attached(end + 1) && attached(end + 2))
            || (toAhead && percentThenTo(at: end, start: start)) ? percentLength(at: end) : nil
        if let firstUnit {
            end += firstUnit
            if afterFrom, !afterBetween, !wordIs(end, "to") { return nil }
        }
        // "between 30C and 35C", "from 5 km to 10 km", "25C to 30C": a unit of measure after both bounds.
        let measured = firstUnit == nil && (afterBetween || afterFrom || toAhead)
            && measureBeforeJoiner(core: core, start: start, afterBetween: afterBetween, afterFrom: afterFrom)
        if measured, let measure = measureUnit(at: end, words: core.kind == .words) { end += measure.length }
        // "from 2025 through 2030", "from 1998 until 2004": years, as "from 2014 to 2022".
        if core.yearLike, firstUnit == nil, wordIs(start - 1, "from"), wordIs(end, "through") || wordIs(end, "until") || wordIs(end, "till"),
           let second = self.core(at: end + 1), second.yearLike, second.value > core.value {
            return yearSpan(Int(core.value), Int(second.value), tokens: (start - 1)..<second.tokens.upperBound)
        }
        guard isListed(tables.rangeJoiners, end) else { return nil }
        // Which of the listed joiners, told from the token without making its String.
        var joiner = wordIs(end, "and") ? "and" : wordIs(end, "or") ? "or" : wordIs(end, "to") ? "to" : wordIs(end, "-") ? "-" : "–"
        if joiner == "and" && !afterBetween { return nil }
        // "a 5- to 10-year sentence", "16- to 19-year-olds": the first bound's hyphen waits for the
        // second's unit; a range only when that unit comes (checked below).
        let suspended = joiner == "-" && attached(end) && wordIs(end + 1, "to") && !attached(end + 1) && firstUnit == nil && !measured
        if suspended {
            joiner = "to"
            end += 1
        } else if joiner == "-" || joiner == "–" { guard attached(end), attached(end + 1) else { return nil } }
        var secondStart = end + 1
        var secondCurrency = currency
        if let (length, code) = currencyPrefix(at: secondStart) { secondStart += length; secondCurrency = code }
        // Bounds may mix words and digits: "five to 10 years".
        guard let second = hyphenatedTo(after: end) ?? self.core(at: secondStart), second.kind == .digits || second.kind == .words,
              core.kind == .digits || core.kind == .words else { return nil }
        var low = core.value
        var high = second.value
        // "$5-7 million": the magnitude of the second bound applies to both.
        if second.scale > 1, core.scale == 1, !core.magnified {
            low *= second.scale
        }
        // "between -5 and -10°C" names its bounds in any order; "won 3-1" is a score, not a range.
        if joiner == "and", low > high { swap(&low, &high) }
        // "two or three": only neighbours make a range ("2 or 20" is a choice).
        if joiner == "or", high != low + 1 { return nil }
        // "between 2 and 4 pm", "2-4pm": hours sharing the second's a.m./p.m. are a TIME interval.
        if joiner != "or", core.kind == .digits, core.tokens.count == 1, (1...12).contains(low), low == low.rounded(),
           let (last, lastEnd) = clockWithMeridiem(at: second.tokens.lowerBound) {
            var first = Int(low) * 60 % (12 * 60) + last / (12 * 60) * 12 * 60
            if first > last { first -= 12 * 60 } // "11 to 2 pm"
            guard first >= 0 else { return nil }
            return timeInterval(start, lastEnd, first, last)
        }
        // "between 2 and 4 in the afternoon", "from 9 to 11 in the morning": the part of the day said
        // after the second hour sets both, as "pm" does (after "between"/"from" only, as a bare
        // "at 5 in the morning" needs its "at").
        if afterBetween || afterFrom, joiner != "or", core.kind == .digits || core.kind == .words, core.tokens.count == 1, second.tokens.count == 1,
           (1...12).contains(low), (1...12).contains(high), low == low.rounded(), high == high.rounded(), second.tokens.upperBound < tokenCount,
           let (length, last) = hourOfDay(Int(high) * 60, at: second.tokens.upperBound, lead: nil), length > 0 {
            var first = Int(low) % 12 * 60 + last / (12 * 60) * 12 * 60
            if first > last { first -= 12 * 60 }
            guard first >= 0 else { return nil }
            return timeInterval(start, second.tokens.upperBound + length, first, last)
        }
        // "the 2023-24 season", "the 1987-90 crops", "1998-02", "the 1950-75 rise": a later year
        // written short after a full one (a season, a fiscal year, a plan's years).
        if core.yearLike, joiner == "-" || joiner == "–", second.kind == .digits, second.tokens.count == 1,
           tokens[second.tokens.lowerBound].span.bytes.count == 2 {
            var last = Int(low) / 100 * 100 + Int(high)
            if last <= Int(low) { last += 100 }
            return yearSpan(Int(low), last, tokens: core.tokens.lowerBound..<second.tokens.upperBound)
        }
        guard low < high else { return nil }
        // "the stock fell $1.125 to $13.625", "the rig count was up 14 to 164": after a verb of change, a
        // second number many times the first is the new level, not the top of a range ("prices rose
        // 1.00 to 1.50 dlrs" stays one).
        if joiner == "to", high >= 8 * low, low > 0, isIn(tables.changeVerbs, start - 1) || (wordIs(start - 1, "by") && isIn(tables.changeVerbs, start - 2)) {
            return nil
        }
        var rangeEnd = second.tokens.upperBound
        if core.yearLike && second.yearLike {
            let begin = start > 0 && (wordIs(start - 1, "from") || wordIs(start - 1, "between")) ? start - 1 : start
            return yearSpan(Int(low), Int(high), tokens: begin..<rangeEnd)
        }
        let begin = betweenAges ? start - 4 : wordIs(start - 1, "between") || (wordIs(start - 1, "from") && joiner == "to") ? start - 1 : start
        // "24-25 December", "from 10 to 15 December 2025": days of one month.
        if core.kind == .digits, joiner != "or", !core.magnified, !second.magnified, low >= 1, high <= 31, low == low.rounded(), high == high.rounded(),
           let month = lookup(tables.months, rangeEnd), isCapitalized(rangeEnd),
           let last = dayMonth(day: Int(high), month: month, start: second.tokens.lowerBound, monthIndex: rangeEnd),
           case let .absolute(year, _, _)? = last.date {
            return NumberMatch(label: .date, tokens: begin..<last.tokens.upperBound, attributes: [:],
                               date: .dayInterval(year: year, month: month, first: Int(low), last: Int(high)), counts: nil)
        }
        var extra = Attributes()
        if !measured, let length = percentLength(at: rangeEnd) {
            rangeEnd += length
            extra["unit"] = "percent"
        } else if !measured, firstUnit == nil, wordIs(rangeEnd, "percentage") || wordIs(rangeEnd, "basis"),
                  wordIs(rangeEnd + 1, "points") || wordIs(rangeEnd + 1, "point") {
            // "one or two percentage points", "25 to 50 basis points": the unit a QUANTITY of points has.
            extra["unit"] = wordIs(rangeEnd, "basis") ? "bp" : "percent point"
            rangeEnd += 2
        } else if firstUnit != nil {
            return nil
        } else if let measure = measureUnit(at: rangeEnd, words: second.kind == .words) {
            if measured, let first = measureUnit(at: core.tokens.upperBound, words: core.kind == .words),
               first.unit != measure.unit || first.factor != measure.factor { return nil }
            rangeEnd += measure.length
            low *= measure.factor
            high *= measure.factor
            extra["unit"] = .string(measure.unit)
        } else if measured {
            return nil
        } else if let next = word(rangeEnd), let (designator, isTime) = NumberWords.timeUnits[next] {
            rangeEnd += 1
            // "two to three decades" is 20 to 30 years: the bounds take the unit's multiple.
            let (letter, multiple) = NumberWords.isoUnit(designator)
            low *= multiple
            high *= multiple
            extra["unit"] = .string(Self.rangeUnit(letter, isTime: isTime))
            // "16 to 19 years old": ages, "old" in the span as in "35 years old".
            if !isTime, wordIs(rangeEnd, "old") {
                rangeEnd += 1
                extra["age"] = true
            }
        } else if let (designator, age, length) = hyphenedTimeUnit(after: rangeEnd) {
            // "a 5 to 10-year sentence", "16- to 19-year-olds": the unit hyphened to the second bound
            // as a compound adjective writes it, the whole word in the span as in "three-day".
            rangeEnd += length
            let (letter, multiple) = NumberWords.isoUnit(designator.0)
            low *= multiple
            high *= multiple
            extra["unit"] = .string(Self.rangeUnit(letter, isTime: designator.1))
            if age { extra["age"] = true }
        } else if suspended {
            return nil
        } else if let (length, code, factor) = currencySuffix(at: rangeEnd) {
            rangeEnd += length
            secondCurrency = code
            low *= factor
            high *= factor
        } else if betweenAges || isListed(Self.ageWords, begin - 1) || (wordIs(rangeEnd, "age") && isListed(Self.ageBands, rangeEnd + 1)) {
            extra["unit"] = "yr"
            extra["age"] = true // "victims aged 18 to 25"
        }
        var all: Attributes = ["low": number(low), "high": number(high)]
        for (key, value) in extra { all[key] = value }
        if let code = secondCurrency { all["currency"] = .string(code) }
        for (key, value) in attributes { all[key] = value }
        let counted = extra.isEmpty && secondCurrency == nil ? counts(after: rangeEnd, plural: true) : nil
        return NumberMatch(label: .range, tokens: begin..<rangeEnd, attributes: all, date: nil, counts: counted)
    }

    /// "point 77 percent", "up point 3 percentage points" said for 0.77 and 0.3 (a transcript's way):
    /// the decimal the digits after "point" say, "point" then in the span; nil when "point" is a noun.
    func spokenDecimal(_ core: Core, start: Int, modifier: Attributes) -> Double? {
        guard core.kind == .digits, core.tokens.count == 1, modifier.isEmpty, start == core.tokens.lowerBound, start - 1 >= matchFloor,
              wordIs(start - 1, "point"), isListed(Self.pointLeads, start - 2) || isIn(tables.changeVerbs, start - 2),
              case let digits = tokens[start].span.bytes, digits.count <= 3, bytes[digits].allSatisfy(Self.isDigit) else { return nil }
        return core.value / (digits.count == 1 ? 10 : digits.count == 2 ? 100 : 1000)
    }

    /// Before "point 77 percent" these say a decimal ("rose by point 77 percent"); before a noun
    /// "point" stand determiners and adjectives ("at one point 40 percent", "the tipping point 40 percent").
    static let pointLeads: WordList = ["by", "to", "from", "of", "at", "was", "is", "were", "are", "be", "been", "just", "only", "about", "around", "nearly", "roughly", "and", "or"]

    /// A range's unit of time for an ISO designator's letter: "M" is minutes in a time, months in a date.
    static func rangeUnit(_ letter: String, isTime: Bool) -> String {
        switch letter {
        case "S": "s"
        case "M": isTime ? "min" : "mo"
        case "H": "h"
        case "D": "d"
        case "W": "wk"
        case "Y": "yr"
        default: letter
        }
    }

    /// "-year", "-minute", "-year-olds" glued after a range's second bound at `index`: the unit, whether
    /// it is an age ("-old", "-olds"), and the tokens it takes. A word of one unit only: "-year-long" too.
    func hyphenedTimeUnit(after index: Int) -> ((String, Bool), Bool, Int)? {
        guard wordIs(index, "-"), attached(index), attached(index + 1), kind(index + 1) == .word else { return nil }
        let parts = lowered(index + 1).dashSeparatedParts()
        guard let first = parts.first, let unit = NumberWords.timeUnits[first], !first.hasSuffix("s"), parts.count <= 2 else { return nil }
        let age = parts.count == 2 && (parts[1] == "old" || parts[1] == "olds")
        guard parts.count == 1 || age || parts[1] == "long" else { return nil }
        return (unit, age, 2)
    }

    /// "the 18-to-24 age group": the tokenizer keeps "to-24" as one word after the first hyphen;
    /// its digits are the range's second bound.
    func hyphenatedTo(after joiner: Int) -> Core? {
        let index = joiner + 1
        guard wordIs(joiner, "-"), kind(index) == .word, attached(index), tokens[index].span.bytes.count > 3, containsByte(index, UInt8(ascii: "-")) else { return nil }
        let text = lowered(index)
        guard text.hasPrefix("to-"), let high = Int(text.dropFirst(3)) else { return nil }
        return Core(tokens: index..<(index + 1), value: Double(high), kind: .digits)
    }

    /// Whether a unit of measure and the range's joiner follow the first bound: after "between", or
    /// after "from" with no verb of change before it, or before "to" alone, as for a percentage, not
    /// after a verb of change, "by" or "to" ("dropped from 20 metres to 50 metres", "fell 31,800
    /// tonnes to 432,800 tonnes" and "increase by a record 2.8 mln tonnes to 71.8 mln tonnes" are a
    /// move and the level it led to, as "fell $1.125 to $13.625" is). Apart from `range`, which
    /// asks it seldom and runs for every number.
    @inline(never)
    func measureBeforeJoiner(core: Core, start: Int, afterBetween: Bool, afterFrom: Bool) -> Bool {
        guard afterBetween || (afterFrom ? !isIn(tables.changeVerbs, start - 2)
            : !isIn(tables.changeVerbs, start - 1) && !(start - 3..<start).contains(where: { wordIs($0, "by") }) && !wordIs(start - 1, "to")),
            let measure = measureUnit(at: core.tokens.upperBound, words: core.kind == .words) else { return false }
        return wordIs(core.tokens.upperBound + measure.length, afterBetween ? "and" : "to")
    }

    /// "rates of 5.25% to 5.5%", "a 5% to 10% stake": a percentage and "to" at `index`, which with a
    /// second percentage make a RANGE, unless a change comes first: "rose 3% to 5%" is as often a
    /// change and the level it reached, and "cut the rate by one pct to 16.5 pct" always is; they
    /// stay two numbers (as "fell $1.125 to $13.625").
    func percentThenTo(at index: Int, start: Int) -> Bool {
        // The caller has seen "to" one or two tokens on, the places it can have after a percentage.
        guard let length = percentLength(at: index), wordIs(index + length, "to") else { return false }
        return !isIn(tables.changeVerbs, start - 1) && !wordIs(start - 1, "by") && !wordIs(start - 1, "to") // "fell to 36.3 pct to 40.3 pct a year before"
    }

    /// Verbs of change, after which "X to Y" may be a change and the level it led to.
    static let changeVerbs: WordSet = [
        "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "gained", "gain", "gains", "lost", "lose", "loses",
        "climbed", "jumped", "dropped", "slipped", "declined", "increased", "decreased", "added", "eased", "edged", "advanced", "up", "down",
        "shed", "surged", "soared", "plunged", "tumbled", "slid", "rallied", "grew", "cut", "raised", "lowered", "boosted", "reduced",
    ]

    /// Before "a third", "a fifth": words after which the share is the size of a change or an estimate.
    /// (And the last word of a comparator, "more than a fifth in 2025", "at least a tenth", "as much
    /// as a third over": a bound's share; "up to a third by 2030" is read in `wordCore`, "to" alone
    /// being as often a preposition's, "refer to a third by name"; stop 28.)
    static let shareOfChangeLeads: WordList = [
        "by", "about", "roughly", "nearly", "almost", "around", "approximately", "some", "over", "under", "just", "only", "fully",
        "than", "least", "as",
    ]

    /// After "by a third", "roughly a fifth": prepositions, conjunctions and time words, where a noun
    /// that the ordinal would rank is not.
    static let shareOfChangeFollowers: WordList = [
        "in", "since", "by", "over", "from", "to", "on", "at", "during", "after", "before", "between", "within", "compared", "against",
        "last", "this", "next", "and", "or", "but", "than", "while", "when", "as", "amid", "across", "year-on-year",
    ]

    /// Words joining the two bounds of a range.
    static let rangeJoiners: WordList = ["-", "–", "to", "and", "or"]
}
