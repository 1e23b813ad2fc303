import TextAnalysis

// Fixed expressions that are not a number followed by its unit: quarters, clock words, rankings, "three-day".
extension NumberScanner {
    /// Expressions that are not a number followed by its unit: quarters ("Q3 2025", "Third-quarter"),
    /// numeric dates ("24.12.2025"), clock words ("noon", "half past nine"), rankings ("world No. 1"),
    /// "mid-January", the ordinal of "second-largest", and compounds such as "three-day" or "two-hour".
    func idiom(at index: Int) -> NumberMatch? {
        switch tokens[index].kind {
        case .number: return numericDate(at: index)
        case .word, .abbreviation: break
        default: return nil
        }
        // Every idiom below is one of six words, a quarter ("Q3") or hyphenated: an ASCII token
        // that is none of these is told from its bytes, without a String.
        let range = tokens[index].span.bytes
        if bytes[range].allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "-") }),
           !(range.count == 2 && (bytes[range.lowerBound] | 0x20 == UInt8(ascii: "q") || bytes[range.lowerBound] | 0x20 == UInt8(ascii: "h"))),
           !(wordIs(index, "noon") || wordIs(index, "midday") || wordIs(index, "midnight") || wordIs(index, "half")
               || wordIs(index, "quarter") || wordIs(index, "no.")) {
            return nil
        }
        let word = lowered(index)
        // "noon-2 p.m.": the tokenizer keeps the clock word and the next hour one word.
        if word.hasPrefix("noon-") || word.hasPrefix("midday-") || word.hasPrefix("midnight-"), let interval = clockWordInterval(word, at: index) { return interval }
        func date(_ length: Int, _ expression: DateExpression) -> NumberMatch {
            NumberMatch(label: .date, tokens: index..<(index + length), attributes: [:], date: expression, counts: nil)
        }
        switch word {
        case "noon", "midday", "midnight":
            return NumberMatch(label: .time, tokens: index..<(index + 1), attributes: ["value": .string(word == "midnight" ? "T00:00" : "T12:00")], date: nil, counts: nil)
        case "half", "quarter":
            // "half past nine", "quarter to 10": a 12-hour clock without a.m./p.m. keeps the hour as written.
            // ("a quarter after five" is the US "past"; nineteenth round.)
            guard let relation = self.word(index + 1), relation == "past" || relation == "to" || relation == "after" && word == "quarter" else { return nil }
            // "a quarter to midnight", "half past noon": the clock word is the hour (twenty-first round).
            if let (hourMinutes, clockEnd) = clockWord(at: index + 2) {
                let shift = (word == "half" ? 30 : 15) * (relation == "to" ? -1 : 1)
                return NumberMatch(label: .time, tokens: index..<clockEnd, attributes: ["value": .string(Self.clock((hourMinutes + shift + 24 * 60) % (24 * 60)))],
                                   date: nil, counts: nil)
            }
            guard let hour = core(at: index + 2),
                  hour.kind == .digits || hour.kind == .words, hour.tokens.count == 1, (1...12).contains(hour.value), hour.value == hour.value.rounded()
            else { return nil }
            let offset = word == "half" ? 30 : 15
            let clock = Int(hour.value) * 60 + (relation == "to" ? -offset : offset)
            // "quarter past eight in the evening", "half past nine p.m."
            guard let (end, minutes) = spokenClock(clock, at: hour.tokens.upperBound, lead: nil) else { return nil }
            // "(a) quarter to 5 percent" is no clock ("quarter to seven in the evening" is).
            if relation != "past", end == hour.tokens.upperBound, followerMatters(end) { return nil }
            // "the quarter after two acquisitions" counts: "after" names a clock only after "a" or a
            // word that takes an hour, with the hour ending its phrase or said with its part of the day.
            if relation == "after", !(wordIs(index - 1, "a") || isListed(tables.hourLeads, index - 1))
                || !(end > hour.tokens.upperBound || endsPhrase(end) || isListed(Self.hourFollowers, end)) {
                return nil
            }
            return NumberMatch(label: .time, tokens: index..<end, attributes: ["value": .string(Self.clock(minutes))], date: nil, counts: nil)
        case "no.":
            // "world No. 1" ranks; "No. 10 Downing Street" does not.
            // "at No. 1", "climbed to No. 3": a chart's place after a word of where or of moving, the
            // number ending its phrase ("at No. 10 Downing Street" is an address; stop 28).
            guard let previous = self.word(index - 1), Self.rankLeads.contains(previous)
                    || Self.chartPlaceLeads.contains(previous) && !isCapitalized(index + 2) && kind(index + 2) != .number,
                  kind(index + 1) == .number, let rank = Int(lowered(index + 1)), rank > 0 else { return nil }
            return NumberMatch(label: .ordinal, tokens: index..<(index + 2), attributes: ["value": .int(rank)], date: nil, counts: nil)
        default:
            break
        }
        if word.utf8.count == 2, word.utf8.first == UInt8(ascii: "q"), let quarter = Int(word.dropFirst()), (1...4).contains(quarter) {
            if kind(index + 1) == .number, let year = integer(index + 1, length: 4) {
                return date(2, .quarter(year: year, quarter: quarter))
            }
            return date(1, .quarter(year: nil, quarter: quarter))
        }
        // "H1 2024": a half of a year, only with the year ("H1" alone is as often a heading or a virus).
        if word.utf8.count == 2, word.utf8.first == UInt8(ascii: "h"), let half = Int(word.dropFirst()), half == 1 || half == 2,
           case let (year?, last) = quarterYear(after: index + 1), last == index + 2 {
            return halfYear(year, half, tokens: index..<last)
        }
        guard word.containsByte(UInt8(ascii: "-")) else { return nil }
        if isCapitalized(index), let span = monthSpan(word, at: index) { return span }
        guard !isCapitalized(index) || sentenceStart(index) || isAllCaps(index) else { return nil }
        let parts = word.dashSeparatedParts()
        // "at nine-thirty", "five-forty-five p.m.": a spoken clock written as one word (after a word
        // that takes an hour or before a.m./p.m.; the minutes' first letter is told before those words).
        if parts.count == 2 || parts.count == 3, Self.maySayClock(parts[1].utf8.first ?? 0),
           isListed(tables.hourLeads, index - 1) || isListed(Self.meridiems, index + 1), let hour = NumberWords.units[parts[0]], (1...12).contains(hour),
           let minutes = Self.smallNumber(Array(parts.dropFirst())), (10...59).contains(minutes),
           let (end, clock) = spokenClock(hour * 60 + minutes, at: index + 1, lead: index - 1) {
            return NumberMatch(label: .time, tokens: index..<end, attributes: ["value": .string(Self.clock(clock))], date: nil, counts: nil)
        }
        if parts.count == 2 {
            // "mid-January", "mid-2025": the grain of what is named.
            if Self.periodPrefixes.contains(parts[0]) {
                if let month = NumberWords.months[parts[1]] {
                    if kind(index + 1) == .number, let year = integer(index + 1, length: 4) {
                        return date(2, .absolute(year: year, month: month, day: nil))
                    }
                    return date(1, .absolute(year: nil, month: month, day: nil))
                }
                if parts[1].count == 4, let year = Int(parts[1]), (1800...2100).contains(year) { return date(1, .absolute(year: year, month: nil, day: nil)) }
                // "mid-next year", "late-last month": the period named, as "late last year" is.
                if let offset = ["last": -1, "this": 0, "next": 1][parts[1]], wordIs(index + 1, "week") || wordIs(index + 1, "month") || wordIs(index + 1, "year") {
                    let unit: DateExpression.RelativeUnit = wordIs(index + 1, "week") ? .week : wordIs(index + 1, "month") ? .month : .year
                    return date(2, .relative(unit: unit, offset: offset))
                }
                // "the mid-1990s" (a decade), "in his mid-60s", "her late-thirties" (a decade of life).
                if parts[1].hasSuffix("s"), let decade = Int(parts[1].dropLast()), decade % 10 == 0 {
                    if parts[1].count == 5, (1800...2100).contains(decade) {
                        let begin = wordIs(index - 1, "the") ? index - 1 : index
                        return NumberMatch(label: .date, tokens: begin..<(index + 1), attributes: [:], date: .decade(decade), counts: nil)
                    }
                    if let age = lifeDecade(decade, at: index, end: index + 1) { return age }
                }
                if let decade = NumberWords.decadeWords[parts[1]], let age = lifeDecade(decade, at: index, end: index + 1) { return age }
            }
            if let quarter = NumberWords.ordinalUnits[parts[0]], quarter <= 4, parts[1] == "quarter" || parts[1] == "qtr" {
                let (year, last) = quarterYear(after: index + 1)
                return date(last - index, .quarter(year: year, quarter: quarter))
            }
            // "first-half 2024"
            if let half = NumberWords.ordinalUnits[parts[0]], half <= 2, parts[1] == "half", case let (year?, last) = quarterYear(after: index + 1) {
                return halfYear(year, half, tokens: index..<last)
            }
            // "second-largest": only the ordinal part is the number.
            if let rank = NumberWords.ordinalUnits[parts[0]], parts[1].hasSuffix("est") {
                return NumberMatch(label: .ordinal, tokens: index..<(index + 1), attributes: ["value": .int(rank)], date: nil, counts: nil,
                                   byteEnd: tokens[index].span.bytes.lowerBound + parts[0].utf8.count)
            }
        }
        // "three-day", "two-hour", "twenty-five-year-old", "five-kilometre"; "forty-second" is an ordinal.
        // "two-and-a-half-hour", "six-and-a-half-year": the half joins the number before the unit.
        var compound = parts, half = 0.0
        if compound.count > 4, let at = compound.firstIndex(of: "and"), at == 1 || at == 2, compound[at + 1] == "a", compound[at + 2] == "half" {
            compound.removeSubrange(at..<(at + 3))
            half = 0.5
        }
        for split in 1...2 where compound.count > split && ordinalValue(word) == nil {
            guard let amount = Self.smallNumber(Array(compound[..<split])).map({ Double($0) + half }) else { continue }
            let unitWord = compound[split]
            if let (designator, isTime) = NumberWords.timeUnits[unitWord] {
                let age = compound.count == split + 2 && (compound[split + 1] == "old" || compound[split + 1] == "olds")
                // "a six-month-long suspension": the unit ends the span, "-long" is the adjective's.
                let long = compound.count == split + 2 && compound[split + 1] == "long"
                    && bytes[tokens[index].span.bytes.upperBound - 5] == UInt8(ascii: "-")
                return NumberMatch(label: .duration, tokens: index..<(index + 1),
                                   attributes: Attributes(distinct: Self.durationAttributes(amount, designator, isTime, age: age)),
                                   date: nil, counts: nil, byteEnd: long ? tokens[index].span.bytes.upperBound - 5 : nil)
            }
            if unitWord.count > 2, let unit = NumberWords.measureUnits[unitWord] {
                // "a two-kilometre-long wall", "a three-gram-per-tonne grade": the unit (or the rate) ends
                // the span, the adjective after it stays out, as after digits.
                let rate = compoundRate(unit, compound, after: split)
                let used = split + (rate == nil ? 1 : 3)
                let head = compound[..<used].joined(separator: "-")
                let byteEnd = half == 0 && compound.count > used && word.utf8.count == tokens[index].span.bytes.count && word.hasPrefix(head + "-") ? tokens[index].span.bytes.lowerBound + head.utf8.count : nil
                return NumberMatch(label: .quantity, tokens: index..<(index + 1), attributes: ["value": number(amount), "unit": .string(rate ?? unit)],
                                   date: nil, counts: nil, byteEnd: byteEnd)
            }
        }
        return nil
    }
}
