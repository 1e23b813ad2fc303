import TextAnalysis

extension NumberScanner {
    /// Decides the label from what surrounds the core.
    func classify(_ core: Core, start: Int, modifier: Attributes, currency prefixCurrency: String?) -> NumberMatch? {
        var attributes = modifier
        var end = core.tokens.upperBound
        let value = core.value
        // The label's own fields have distinct keys: no search per key while they are stored.
        // Its "value", maybe one more field of its own, then the modifier's.
        func make(_ label: NumberLabel, _ fieldValue: AttributeValue, _ second: (key: String, value: AttributeValue)? = nil,
                  counts: Bool = false, plural: Bool? = nil) -> NumberMatch {
            // "5% or more", "$100 or less", "10 km or so" (a cardinal reads them itself, before its counted noun).
            if label.takesTrailingModifier, wordIs(end, "or"), attributes.isEmpty, let symbol = trailingModifier(at: end) {
                end += 2
                if symbol == "~" { attributes["approximate"] = true } else { attributes["comparator"] = .string(symbol) }
            }
            let countRange = counts ? self.counts(after: countsStart(after: end, core: core), plural: plural ?? (value != 1)) : nil
            var all = Attributes(distinct: second.map { [Attribute("value", fieldValue), Attribute($0.key, $0.value)] } ?? [Attribute("value", fieldValue)])
            for (key, value) in attributes { all[key] = value }
            return NumberMatch(label: label, tokens: start..<end, attributes: all, date: nil, counts: countRange)
        }
        func makeTime(_ minutes: Int) -> NumberMatch {
            var zone = ""
            if let next = word(end), next == "gmt" || next == "utc" { end += 1; zone = "Z" }
            else if let offset = zoneOffset(at: end) { end += 1; zone = offset }
            return make(.time, .string(Self.clock(minutes) + zone))
        }
        // "3 p.m.", "8pm", "0600 GMT"
        // Tested on the token's bytes: most numbers are followed by neither, and need no String for the word after them.
        // (At the text's end too: "at 0800".)
        if core.kind == .digits, core.tokens.count == 1 {
            // "9am-5pm": the tokenizer keeps "am-5pm" one word.
            if attached(end), let (firstAfternoon, last, lastEnd) = gluedMeridiemInterval(at: end), value == value.rounded(), (1...12).contains(value) {
                let first = Int(value) % 12 * 60 + (firstAfternoon ? 12 * 60 : 0)
                return timeInterval(start, lastEnd, first, last)
            }
            if wordIs(end, "a.m.") || wordIs(end, "p.m.") || wordIs(end, "am") || wordIs(end, "pm"),
               let clock = value == value.rounded() ? Int(value) * 60 : dottedClock(core.tokens.lowerBound), clock >= 60, clock < 13 * 60 {
                let next = lowered(end)
                end += 1
                var minutes = clock % (12 * 60)
                if next.hasPrefix("p") { minutes += 12 * 60 }
                // "9am-5pm", "from 9 a.m. to 5 p.m.": a TIME interval.
                if isListed(Self.timeJoiners, end), !wordIs(end, "and") || wordIs(start - 1, "between"),
                   let (last, lastEnd) = clockWithMeridiem(at: end + 1) ?? clockWord(at: end + 1) {
                    return timeInterval(start, lastEnd, minutes, last)
                }
                // "9 a.m.-5 p.m.": the tokenizer reads the hyphen after the dotted "a.m." as the second hour's sign.
                if attached(end), let (last, lastEnd) = hyphenedClockWithMeridiem(at: end) {
                    return timeInterval(start, lastEnd, minutes, last)
                }
                return makeTime(minutes)
            }
            // "0600 GMT", "1630 EST"; "0600 local time" (the words stay outside the span).
            if tokens[core.tokens.lowerBound].span.bytes.count == 4 {
                if wordIs(end, "gmt") || wordIs(end, "utc") || (wordIs(end, "local") && wordIs(end + 1, "time")) || zoneOffset(at: end) != nil,
                   let clock = integer(core.tokens.lowerBound, length: 4), clock / 100 < 24, clock % 100 < 60 {
                    return makeTime(clock / 100 * 60 + clock % 100)
                }
                // "at 1715 hours", "0930 hrs EDT": the military clock, "hours" in the span; after a word
                // that takes an hour, before a zone, or with its leading zero ("worked 1400 hours" is a duration).
                if wordIs(end, "hours") || wordIs(end, "hrs"), let clock = integer(core.tokens.lowerBound, length: 4), clock / 100 < 24, clock % 100 < 60,
                   clock < 1000 || isListed(Self.hourLeads, start - 1) || wordIs(end + 1, "gmt") || wordIs(end + 1, "local") || zoneOffset(at: end + 1) != nil {
                    end += 1
                    return makeTime(clock / 100 * 60 + clock % 100)
                }
                // "at 0630", "around 0936", "from 0800 to 1415": four digits with the clock's leading zero
                // after a word that takes an hour (without the zero, "by 2010" and "from 1949" are years).
                if bytes[tokens[core.tokens.lowerBound].span.bytes.lowerBound] == UInt8(ascii: "0"), isListed(Self.hourLeads, core.tokens.lowerBound - 1),
                   let clock = integer(core.tokens.lowerBound, length: 4), clock / 100 < 24, clock % 100 < 60 {
                    let minutes = clock / 100 * 60 + clock % 100
                    if isListed(Self.timeJoiners, end), !wordIs(end, "and") || wordIs(start - 1, "between"), zoneOffset(at: end + 2) == nil, !wordIs(end + 2, "gmt"),
                       kind(end + 1) == .number, let last = integer(end + 1, length: 4), last / 100 < 24, last % 100 < 60 {
                        return timeInterval(start, end + 2, minutes, last / 100 * 60 + last % 100)
                    }
                    return makeTime(minutes)
                }
            }
        }
        // "earns six figures": how many digits a sum has, no count of figures (see CONVENTIONS.md);
        // "all three figures are below" and "the six figures on the frieze" count them.
        if core.kind == .words, core.tokens.count == 1, (5...10).contains(value), wordIs(end, "figures"), !isListed(Self.figureDeterminers, start - 1) { return nil }
        // "1h30": hours and minutes written as one word, French and sports style.
        if core.kind == .digits, core.tokens.count == 1, attached(end), let minutes = gluedMinutes(at: end), value >= 1, value < 100, value == value.rounded() {
            end += 1
            return make(.duration, .string("PT\(Int(value))H\(minutes)M"))
        }
        // "12 noon", "12 midnight": the number in the span.
        if value == 12, core.kind == .digits || core.kind == .words, wordIs(end, "noon") || wordIs(end, "midnight") {
            end += 1
            return makeTime(wordIs(end - 1, "noon") ? 12 * 60 : 0)
        }
        // "twenty past four", "ten past nine": minutes past an hour, the hour as written (as "half past nine").
        if core.kind == .words, wordIs(end, "past"), value >= 1, value < 60, value == value.rounded(), let hour = self.core(at: end + 1),
           hour.kind == .words || hour.kind == .digits, hour.tokens.count == 1, (1...12).contains(hour.value), hour.value == hour.value.rounded(),
           // "twenty past four in the afternoon": a part of the day after it is in the span.
           let (clockEnd, minutes) = spokenClock(Int(hour.value) * 60 + Int(value), at: hour.tokens.upperBound, lead: nil),
           clockEnd > hour.tokens.upperBound || !followerMatters(hour.tokens.upperBound) {
            end = clockEnd
            return makeTime(minutes)
        }
        // "seven pm", "five thirty pm", "at nine thirty": an hour in words and its minutes, said as a clock.
        if core.kind == .words, core.tokens.count == 1, value >= 1, value <= 12, value == value.rounded(), end < tokenCount,
           Self.maySayClock(bytes[tokens[end].span.bytes.lowerBound]) {
            var minutes = Int(value) * 60
            if isListed(Self.meridiems, end) {
                // ("four AM stations", "the two PM candidates")
                if !(isCapitalized(end) && tokens[end].span.bytes.count == 2) {
                    end = meridiem(after: end, minutes: &minutes)
                    return makeTime(minutes)
                }
            } else if let said = spokenMinutes(at: end), let (clockEnd, clock) = spokenClock(minutes + said, at: end + 1, lead: core.tokens.lowerBound - 1) {
                end = clockEnd
                return makeTime(clock)
            }
        }
        // "8 o'clock", "eight o'clock in the evening", "at 5 in the morning": an hour of the clock.
        // Told first from the next token's first byte: most small numbers are followed by none of these words.
        if value >= 1, value <= 12, end < tokenCount, Self.mayFollowHour(bytes[tokens[end].span.bytes.lowerBound]),
           core.kind == .digits || core.kind == .words, core.tokens.count == 1, value == value.rounded(),
           let (length, minutes) = hourOfDay(Int(value) * 60, at: end, lead: core.tokens.lowerBound - 1) {
            end += length
            return makeTime(minutes)
        }
        // "tomorrow morning at 9", "Friday evening at 7": the part of the day, said before "at".
        if value >= 1, value <= 12, start == core.tokens.lowerBound, core.tokens.count == 1, value == value.rounded(),
           core.kind == .digits || core.kind == .words, wordIs(start - 1, "at"), end >= tokenCount || isListed(Self.hourFollowers, end),
           let afternoon = dayPart(before: start - 1, hour: Int(value)) {
            return makeTime(Int(value) % 12 * 60 + (afternoon ? 12 * 60 : 0))
        }
        switch core.kind {
        case .ordinal:
            guard start == core.tokens.lowerBound else { return nil }
            // "the 19th century", "the early twentieth century", "20th-century art": a DATE interval of a hundred years.
            let centuryWord = wordIs(end, "-") && attached(end) && attached(end + 1) ? end + 1 : end
            // ("20th Century Fox" is a name.)
            // "the 18th and 19th centuries": each ordinal of the list is a century of its own.
            let listedCentury = isListed(Self.ordinalJoiners, end) && end == centuryWord
                && self.core(at: end + 1).map { $0.kind == .ordinal && wordIs($0.tokens.upperBound, "centuries") } == true
            if (10...21).contains(value), listedCentury || wordIs(centuryWord, "century") || (wordIs(centuryWord, "centuries") && isListed(Self.ordinalJoiners, start - 1)),
               !(isCapitalized(centuryWord) && !isAllCaps(centuryWord) && kind(centuryWord + 1) == .word && isCapitalized(centuryWord + 1)) {
                var begin = start
                if isListed(Self.periodPrefixes, begin - 1) { begin -= 1 }
                if wordIs(begin - 1, "the") { begin -= 1 }
                let first = (Int(value) - 1) * 100
                return NumberMatch(label: .date, tokens: begin..<(listedCentury ? end : centuryWord + 1), attributes: [:], date: nil, counts: nil).withValue("\(first)/\(first + 99)")
            }
            // "the first half of 2024": a half of a named year (a bare "first half" is as often a match's).
            if value == 1 || value == 2, wordIs(end, "half") {
                let begin = wordIs(start - 1, "the") ? start - 1 : start
                if case let (year?, last) = quarterYear(after: end + 1) { return halfYear(year, Int(value), tokens: begin..<last) }
                if let (offset, last) = relativeYear(after: end + 1) {
                    return NumberMatch(label: .date, tokens: begin..<last, attributes: [:], date: .partOfYear(half: true, number: Int(value), offset: offset), counts: nil)
                }
            }
            // "the first week of May", "the second half of March": days of a named month.
            if value <= 4, let part = monthPart(Int(value), unit: end, begin: wordIs(start - 1, "the") ? start - 1 : start) { return part }
            // "the third quarter", "First qtr": a quarter of the year.
            if (1...4).contains(value), wordIs(end, "quarter") || wordIs(end, "qtr") {
                let begin = wordIs(start - 1, "the") ? start - 1 : start
                if let (offset, last) = relativeYear(after: end + 1) {
                    return NumberMatch(label: .date, tokens: begin..<last, attributes: [:], date: .partOfYear(half: false, number: Int(value), offset: offset), counts: nil)
                }
                let (year, last) = quarterYear(after: end + 1)
                return NumberMatch(label: .date, tokens: begin..<last, attributes: [:], date: .quarter(year: year, quarter: Int(value)), counts: nil)
            }
            let isWord = tokens[core.tokens.lowerBound].kind == .word
            if core.tokens.count == 1, isWord, !ordinalWordAllowed(at: core.tokens.lowerBound) { return nil }
            if let month = lookup(NumberWords.months, end), isCapitalized(end) {
                // "the 2nd of March" is handled as "2nd March" without "of": day then month.
                return dayMonth(day: Int(value), month: month, start: start, monthIndex: end)
            }
            if wordIs(end, "of"), let month = lookup(NumberWords.months, end + 1), isCapitalized(end + 1) {
                return dayMonth(day: Int(value), month: month, start: start, monthIndex: end + 1)
            }
            // "the 92nd Separate Mechanized Brigade": an ordinal before a capitalized name is part of it.
            if !isWord, kind(end) == .word, isCapitalized(end), !sentenceStart(end), !isProperAdjective(end), !isTitleCaseLine(end) { return nil }
            // "on the 19th": a day of the month.
            if !isWord, wordIs(start - 1, "the"), value >= 1, value <= 31,
               word(end).map({ Self.dayOfMonthFollowers.contains($0) }) ?? true {
                return NumberMatch(label: .date, tokens: (start - 1)..<end, attributes: [:], date: .absolute(year: nil, month: nil, day: Int(value)), counts: nil)
            }
            return make(.ordinal, number(value))
        case .time:
            var minutes = Int(value)
            end = meridiem(after: end, minutes: &minutes)
            // "7:30 in the morning"
            if end == core.tokens.upperBound, minutes < 13 * 60, end < tokenCount, Self.mayFollowHour(bytes[tokens[end].span.bytes.lowerBound]),
               let (length, clock) = hourOfDay(minutes, at: end, lead: nil) {
                end += length
                return makeTime(clock)
            }
            // "from 9:00 to 17:00": a TIME interval.
            if isListed(Self.timeJoiners, end), let second = self.core(at: end + 1), second.kind == .time {
                var last = Int(second.value)
                let secondEnd = meridiem(after: second.tokens.upperBound, minutes: &last)
                return timeInterval(start, secondEnd, minutes, last)
            }
            // "between 9:30 a.m. and 4 p.m."
            if end > core.tokens.upperBound, isListed(Self.timeJoiners, end),
               let (last, lastEnd) = clockWithMeridiem(at: end + 1) ?? (wordIs(end, "and") ? nil : clockWord(at: end + 1)) {
                return timeInterval(start, lastEnd, minutes, last)
            }
            // "9:30 a.m.-4 p.m.", as "9 a.m.-5 p.m."
            if end > core.tokens.upperBound, attached(end), let (last, lastEnd) = hyphenedClockWithMeridiem(at: end) {
                return timeInterval(start, lastEnd, minutes, last)
            }
            return makeTime(minutes)
        case .fraction:
            // "a quarter past six", "a quarter to 10": a clock time ("a half to one percentage point" is not).
            if wordIs(end, "past") || (wordIs(end, "to") && wordIs(end - 1, "quarter")), core.tokens.count > 1,
               var time = idiom(at: end - 1), time.label == .time, !followerMatters(time.tokens.upperBound) {
                time.tokens = start..<time.tokens.upperBound
                return time
            }
            // "a half hour", "a quarter century", "a half-hour": that share of one unit of time, as
            // "half an hour" is; before "ago" a date ("a quarter century ago").
            if core.tokens.count == 2, wordIs(core.tokens.lowerBound, "a"), let (designator, isTime, length) = shareOfUnit(core: core, end: end) {
                end += length
                if wordIs(end, "ago") {
                    end += 1
                    return agoDate(value, designator, isTime: isTime, fromNow: false, tokens: start..<end, from: core.tokens.lowerBound, attributes: attributes)
                }
                return make(.duration, .string(Self.duration(value, designator, isTime)))
            }
            // "a half-point cut", "a quarter point cut", "a half percentage point": a move of a rate in
            // points, as "half a percentage point" is (the article in the span, as in "a half hour").
            if core.tokens.count == 2, wordIs(core.tokens.lowerBound, "a"), let length = ratePointLength(core: core, end: end) {
                end += length
                return make(.quantity, number(value), ("unit", "percent point"))
            }
            // "a quarter of a percentage point": a change in points, as "half a percentage point".
            if wordIs(end, "of"), wordIs(end + 1, "a"), wordIs(end + 2, "percentage"), wordIs(end + 3, "point") || wordIs(end + 3, "points") {
                end += 4
                return make(.quantity, number(value), ("unit", "percent point"))
            }
            // "a quarter of a percent", "three-quarters of an hour": that share of the unit, as
            // "half a percent" and "half an hour" are.
            if wordIs(end, "of"), wordIs(end + 1, "a") || wordIs(end + 1, "an") || wordIs(end + 1, "one") {
                if let length = percentLength(at: end + 2) {
                    end += 2 + length
                    return make(.percent, number(value))
                }
                if let unit = word(end + 2), let (designator, isTime) = NumberWords.timeUnits[unit] {
                    end += 3
                    // "a quarter of a century ago", as "half a century ago".
                    if wordIs(end, "ago") {
                        end += 1
                        return agoDate(value, designator, isTime: isTime, fromNow: false, tokens: start..<end, from: core.tokens.lowerBound, attributes: attributes)
                    }
                    return make(.duration, .string(Self.duration(value, designator, isTime)))
                }
                // "two-thirds of a mile", "a tenth of a degree"
                if let measure = measureUnit(at: end + 2, words: true), measure.factor == 1 {
                    end += 2 + measure.length
                    return make(.quantity, number(value), ("unit", .string(measure.unit)))
                }
            }
            return make(.fraction, number(value))
        case .digits, .words:
            break
        }
        // "rose 10-fold", "a fivefold increase": a multiplier is a CARDINAL of its factor, as
        // "three times" is, with "-fold" in the span (it is part of the word) and nothing counted.
        // After a form of "be" the word says how many parts ("the reason is twofold", "our task is
        // threefold: first, ..."), unless a comparative follows ("is 100-fold greater").
        if core.multiplier {
            return isPartCount(before: start, after: end) ? nil : make(.cardinal, number(value))
        }
        // "one" is a pronoun more often than a count.
        if core.kind == .words, core.tokens.count == 1, wordIs(core.tokens.lowerBound, "one"), !oneIsCount(at: core.tokens.lowerBound) { return nil }
        var amount = value
        // "a 108-billion-dlr debt", "a 1.1-mln-member union": the word after the magnitude says what it counts.
        if let token = core.magnitudeToken, let compound = hyphenedCompound(amount, token: token, currency: prefixCurrency) {
            var match = make(compound.label, compound.value, compound.field)
            match.byteEnd = compound.byteEnd
            return match
        }
        // "the 1986 third quarter", "1987 first-half": the wire's quarter or half of the year before it
        // (before "second" is read as a unit of time).
        if core.yearLike, attributes.isEmpty, let (number, half, last) = partOfYear(at: end) {
            let begin = wordIs(start - 1, "the") ? start - 1 : start
            if half { return halfYear(Int(value), number, tokens: begin..<last) }
            return NumberMatch(label: .date, tokens: begin..<last, attributes: [:], date: .quarter(year: Int(value), quarter: number), counts: nil)
        }
        // Most numbers are followed by a word no rule below reads ("27,169 people", "in 2022,").
        // Asked again below when nothing here matched; `end` has usually not moved by then.
        let followerEnd = end, followerAtEnd = followerMatters(end)
        if followerAtEnd {
            // "Forty-five (45)", "45 (forty five)": the number restated in brackets is one annotation.
            if wordIs(end, "("), let restated = self.core(at: end + 1), restated.value == value, wordIs(restated.tokens.upperBound, ")") {
                end = restated.tokens.upperBound + 1
            }
            // "2025-12-24", "2025-12-24T10:30:00Z"
            if core.yearLike, wordIs(end, "-"), attached(end), kind(end + 1) == .number, attached(end + 1), lowered(end + 1).utf8.count == 2,
               wordIs(end + 2, "-"), attached(end + 2), kind(end + 3) == .number, attached(end + 3), lowered(end + 3).utf8.count == 2,
               let month = Int(lowered(end + 1)), let day = Int(lowered(end + 3)), (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month, of: Int(value)) {
                end += 4
                if kind(end) == .word, attached(end), lowered(end).first == "t", lowered(end).dropFirst().first?.isNumber == true {
                    // Up to the first space; a final full stop or comma is the sentence's.
                    while end < tokenCount, attached(end), !(kind(end) == .punctuation && !attached(end + 1)) { end += 1 }
                    let text = String(decoding: bytes[tokens[start].span.bytes.lowerBound..<tokens[end - 1].span.bytes.upperBound], as: UTF8.self)
                    return NumberMatch(label: .date, tokens: start..<end, attributes: [:], date: nil, counts: nil).withValue(text)
                }
                return NumberMatch(label: .date, tokens: start..<end, attributes: [:], date: .absolute(year: Int(value), month: month, day: day), counts: nil)
            }
            // "a 45-year-old", "a 90-day ceasefire", "a 12-kilometre trench", "155-mm", "a 7-percent stake"
            if core.kind == .digits, wordIs(end, "-"), attached(end), end + 1 < tokenCount, attached(end + 1), tokens[end + 1].kind == .word {
                if wordIs(end + 1, "fold") { // "10-fold", read as "tenfold" is
                    end += 2
                    return isPartCount(before: start, after: end) ? nil : make(.cardinal, number(value))
                }
                let parts = lowered(end + 1).dashSeparatedParts()
                let unit = parts.first ?? ""
                // "a 930,000-dlr provision", "2.50-dlr preferred", "a 46-dlr-per-share offer": the currency
                // ends the span ("a 2,000-pound bomb" is a weight, read below).
                if unit.utf8.count > 2, value > 0, !unit.hasPrefix("pound"), let (code, factor) = NumberWords.currencySuffixes[unit] {
                    end += 2
                    var match = make(.money, number(value * factor), ("currency", .string(code)))
                    if parts.count > 1 { match.byteEnd = tokens[end - 1].span.bytes.lowerBound + unit.utf8.count }
                    return match
                }
                if let (designator, isTime) = NumberWords.timeUnits[unit] {
                    end += 2
                    var match = make(.duration, .string(Self.duration(value, designator, isTime)), (parts.last == "old" || parts.last == "olds") && parts.count > 1 ? ("age", .bool(true)) : nil)
                    // "a 10-year-long probe": the unit ends the span, as in "a 6-foot-tall fence".
                    if parts.count == 2, parts[1] == "long" { match.byteEnd = tokens[end - 1].span.bytes.lowerBound + unit.utf8.count }
                    return match
                }
                if let measure = measureUnit(at: end + 1, words: core.kind == .words), measure.length == 1 {
                    end += 2
                    return make(.quantity, number(value * measure.factor), ("unit", .string(measure.unit)))
                }
                // "6-foot-2": a height, in inches.
                if parts.count == 2, unit == "foot" || unit == "feet", let inches = Int(parts[1]), inches < 12 {
                    end += 2
                    return make(.quantity, number(value * 12 + Double(inches)), ("unit", "in"))
                }
                // "a 6-foot-tall fence", "a 2,000-pound bomb": the unit ends the span, the adjective after it stays out.
                if unit == "pound", parts.count == 1, isListed(Self.poundNotes, end + 2) {
                    end += 2
                    return make(.money, number(value), ("currency", "GBP"))
                }
                if parts.count > 1 || unit == "pound", let measure = NumberWords.measureUnits[unit] ?? (unit == "pound" ? "lb" : nil), unit.utf8.count > 2 {
                    // "a 40-mile-per-hour wind", "a 60-mile-an-hour wind": a speed, the whole token.
                    let speed = parts.count == 3 && (parts[1] == "per" || parts[1] == "an") && parts[2] == "hour" && (measure == "mi" || measure == "km")
                    let unitEnd = tokens[end + 1].span.bytes.lowerBound + unit.utf8.count
                    end += 2
                    var match = make(.quantity, number(value), ("unit", .string(speed ? (measure == "mi" ? "mph" : "km/h") : measure)))
                    if parts.count > 1, !speed { match.byteEnd = unitEnd }
                    return match
                }
                if NumberWords.percentWords.contains(unit) {
                    end += 2
                    return make(.percent, number(value))
                }
                // "a 25-basis-point cut", "a 2-percentage-point rise", as "a 25 basis-point cut" is read.
                if parts.count == 2, parts[1] == "point" || parts[1] == "points", unit == "basis" || unit == "percentage" {
                    end += 2
                    return make(.quantity, number(value), ("unit", .string(unit == "basis" ? "bp" : "percent point")))
                }
            }
            // "5'7"", "6ft 2in", "6 ft 1 in": the inches after the feet of a height are a QUANTITY of their own.
            if core.kind == .digits, core.tokens.count == 1, end < tokenCount, Self.mayMarkHeight(bytes[tokens[end].span.bytes.lowerBound]),
               let unit = heightUnit(start: start, end: end), unit == "ft" || value < 12 {
                // "5'7"": one height, in inches.
                if unit == "ft", let inches = dayNumber(end + 1), inches < 12 {
                    end += 3
                    return make(.quantity, number(value * 12 + Double(inches)), ("unit", "in"))
                }
                end += 1
                return make(.quantity, number(value), ("unit", .string(unit)))
            }
            // "one in five"
            let denominatorStart = wordIs(end, "out") && wordIs(end + 1, "of") ? end + 2 : end + 1
            if wordIs(end, "in") || wordIs(end, "out"), core.value >= 1, let denominator = self.core(at: denominatorStart), denominator.kind == .digits || denominator.kind == .words,
               denominator.value > core.value, !denominator.yearLike {
                end = denominator.tokens.upperBound
                return make(.fraction, number(core.value / denominator.value), counts: true, plural: true)
            }
            // Ranges: "10-15", "10 to 15", "between 10 and 15", "from 10 to 15 km".
            if let range = range(after: core, start: start, attributes: attributes, currency: prefixCurrency) { return range }
            if prefixCurrency == nil, wordIs(end, "pounds") || wordIs(end, "pound") {
                // "7 pounds 8 ounces": the ounces make the pounds a weight, one weight in ounces.
                if let (ounces, ouncesEnd) = ouncesAfterPounds(at: end + 1) {
                    end = ouncesEnd
                    return make(.quantity, number(amount * 16 + ounces), ("unit", "oz"))
                }
                if isWeight(start: start, unit: end), subunitAmount(after: end + 1, currency: "GBP") == nil { // "five pounds and twenty pence" is money
                    end += 1
                    return make(.quantity, number(amount), ("unit", "lb"))
                }
            }
            if prefixCurrency == nil, let (length, code, factor) = currencySuffix(at: end) {
                end += length
                var value = amount * factor
                if factor == 1, let (subunits, subunitEnd) = subunitAmount(after: end, currency: code) {
                    value += subunits
                    end = subunitEnd
                }
                return make(.money, number(value), ("currency", .string(code)))
            }
        }
        if let code = prefixCurrency {
            if let (length, suffixCode, _) = currencySuffix(at: end), suffixCode == code { end += length }
            var value = amount
            if let (subunits, subunitEnd) = subunitAmount(after: end, currency: code) {
                value += subunits
                end = subunitEnd
            }
            return make(.money, number(value), ("currency", .string(code)))
        }
        if end == followerEnd ? followerAtEnd : followerMatters(end) {
            // The word after the number, tested on its token (no String).
            if end < tokenCount {
                if let length = percentLength(at: end) {
                    end += length
                    if let decimal = spokenDecimal(core, start: start, modifier: attributes) {
                        return NumberMatch(label: .percent, tokens: (start - 1)..<end, attributes: ["value": number(decimal)], date: nil, counts: nil)
                    }
                    return make(.percent, number(amount))
                }
                let basis = wordIs(end, "basis")
                if (basis || wordIs(end, "percentage")) && (wordIs(end + 1, "points") || wordIs(end + 1, "point")) {
                    end += 2
                    if !basis, let decimal = spokenDecimal(core, start: start, modifier: attributes) {
                        return NumberMatch(label: .quantity, tokens: (start - 1)..<end, attributes: ["value": number(decimal), "unit": "percent point"], date: nil, counts: nil)
                    }
                    return make(.quantity, number(amount), ("unit", .string(basis ? "bp" : "percent point")))
                }
                // "a 25 basis-point cut"
                if wordIs(end, "basis-point") || wordIs(end, "percentage-point") {
                    end += 1
                    return make(.quantity, number(amount), ("unit", .string(wordIs(end - 1, "basis-point") ? "bp" : "percent point")))
                }
                // "15 below zero": a temperature, in degrees of no named scale.
                if wordIs(end, "below"), wordIs(end + 1, "zero"), core.kind != .ordinal {
                    end += 2
                    return make(.quantity, number(-amount), ("unit", "°"))
                }
                if let (designator, isTime) = lookup(NumberWords.timeUnits, end), !(core.kind == .words && wordIs(end, "second")) {
                    // "three days ago"; "three days from now" counts the other way.
                    let fromNow = wordIs(end + 1, "from") && (wordIs(end + 2, "now") || wordIs(end + 2, "today"))
                    if wordIs(end + 1, "ago") || fromNow {
                        end += fromNow ? 3 : 2
                        return agoDate(amount, designator, isTime: isTime, fromNow: fromNow, tokens: start..<end, from: core.tokens.lowerBound, attributes: attributes)
                    }
                    end += 1
                    // "a week or two", "a day or two": one or two of the unit, a RANGE as "two or three
                    // days" is ("a year or two ago" is left as it was).
                    if amount == 1, wordIs(end, "or"), wordIs(end + 1, "two"), !wordIs(end + 2, "ago"), core.kind == .words,
                       isListed(Self.articles, core.tokens.lowerBound), attributes.isEmpty {
                        let (letter, multiple) = NumberWords.isoUnit(designator)
                        // "a week or two weeks": the unit said again is in the span.
                        let rangeEnd = lookup(NumberWords.timeUnits, end + 2)?.0 == designator ? end + 3 : end + 2
                        return NumberMatch(label: .range, tokens: start..<rangeEnd,
                                           attributes: ["low": number(multiple), "high": number(2 * multiple), "unit": .string(Self.rangeUnit(letter, isTime: isTime))],
                                           date: nil, counts: nil)
                    }
                    // "an hour and a half"
                    if wordIs(end, "and"), wordIs(end + 1, "a"), wordIs(end + 2, "half") {
                        amount += 0.5
                        end += 3
                    }
                    var iso = Self.duration(amount, designator, isTime)
                    // "two hours and 15 minutes", "three years and six months", "2 hours 1 minute 9 seconds": one
                    // DURATION of the parts, each smaller than the one before.
                    var larger = designator
                    // (Without "and" the part is in digits: a word after a duration is seldom a number.)
                    while kind(end) == .number || wordIs(end, "and"),
                          let (rest, smaller, restEnd) = smallerDuration(at: wordIs(end, "and") ? end + 1 : end, than: larger, isTime: isTime) {
                        iso += rest
                        (larger, end) = (smaller, restEnd)
                    }
                    // "35 years old", "42 years of age": an age, and "old" or "of age" is part of it.
                    let ofAge = !isTime && wordIs(end, "of") && wordIs(end + 1, "age")
                    let age = ofAge || !isTime && wordIs(end, "old")
                    if age { end += ofAge ? 2 : 1 }
                    return make(.duration, .string(iso), age ? ("age", .bool(true)) : nil)
                }
                // "a couple of days", "a dozen of years": the "of" belongs to the duration.
                if wordIs(end, "of"), core.kind == .words, Self.articles.contains(lowered(core.tokens.lowerBound)),
                   let unit = word(end + 1), let (designator, isTime) = NumberWords.timeUnits[unit] {
                    end += 2
                    return make(.duration, .string(Self.duration(amount, designator, isTime)))
                }
                if let measure = measureUnit(at: end, words: core.kind == .words) {
                    end += measure.length
                    // "5 feet 10 inches", "6 ft 2 in": one height, in inches.
                    if measure.unit == "ft", let (inches, inchesEnd) = inchesAfterFeet(at: end) {
                        end = inchesEnd
                        return make(.quantity, number(amount * 12 + inches), ("unit", "in"))
                    }
                    // "7 pounds 8 ounces", "8 lb 3 oz": one weight, in ounces, as a height is one in inches.
                    if measure.unit == "lb", let (ounces, ouncesEnd) = ouncesAfterPounds(at: end) {
                        end = ouncesEnd
                        return make(.quantity, number(amount * 16 + ounces), ("unit", "oz"))
                    }
                    return make(.quantity, number(amount * measure.factor), ("unit", .string(measure.unit)))
                }
                if let month = lookup(NumberWords.months, end), isCapitalized(end), core.kind == .digits, value >= 1, value <= 31, value == value.rounded(), !core.magnified {
                    return dayMonth(day: Int(value), month: month, start: start, monthIndex: end)
                }
                if wordIs(end, "s"), attached(end), core.kind == .digits, Int(value) % 10 == 0, value == value.rounded(), !core.magnified, attributes.isEmpty {
                    if core.yearLike {
                        // "the late 1990s": the modifier is part of the span, the value keeps the decade's grain.
                        end += 1
                        var begin = isListed(Self.periodPrefixes, start - 1) ? start - 1 : start
                        if wordIs(begin - 1, "the") { begin -= 1 }
                        // "the 1800s" is a century: a round hundred before 2000 names one more often than a decade.
                        let year = Int(value)
                        if year % 100 == 0, year < 2000 {
                            return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: nil, counts: nil).withValue("\(year)/\(year + 99)")
                        }
                        return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: .decade(year), counts: nil)
                    }
                    if let age = lifeDecade(Int(value), at: start, end: end + 1) ?? listedDecade(Int(value), at: start, end: end + 1) { return age }
                    // "the '90s" (without the apostrophe "in the 90s" is as often a temperature or a price).
                    if wordIs(start - 1, "'") || wordIs(start - 1, "’"), attached(start), let decade = pastDecade(Int(value), at: start - 1, end: end + 1) {
                        return decade
                    }
                }
            }
        }
        // "fiscal 2025", "fiscal year 2024", "FY 2024": a company's or a government's year, named by
        // the calendar year it ends in, a DATE even before a noun ("fiscal 1987 earnings").
        if core.yearLike, attributes.isEmpty, let begin = fiscalStart(before: start) {
            return NumberMatch(label: .date, tokens: begin..<end, attributes: ["fiscal": true],
                               date: .absolute(year: Int(value), month: nil, day: nil), counts: nil)
        }
        // A year, unless it counts something right after it ("2022 people"); "early 2026" keeps its modifier.
        // A year's accounts and a verb are no count: "1986 earnings", "1986 figures include".
        if core.yearLike, attributes.isEmpty,
           isListed(Self.yearLeads, start - 1) || !(end < tokenCount && isNounLike(at: end, plural: true)) || isSecondYear(start)
            || isListed(Self.yearNouns, end) {
            if let (begin, season) = seasonBefore(start) {
                return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: nil, counts: nil).withValue("\(Int(value))-\(season)")
            }
            // "in the year 2000": the words name the year, and are in its span.
            let begin = start - 2 >= matchFloor && wordIs(start - 1, "year") && wordIs(start - 2, "the") ? start - 2 : periodStart(before: start)
            return NumberMatch(label: .date, tokens: begin..<end, attributes: [:],
                               date: .absolute(year: Int(value), month: nil, day: nil), counts: nil)
        }
        if core.magnified, core.kind == .words, lookup(NumberWords.pluralScales, core.tokens.lowerBound) != nil || wordIs(core.tokens.lowerBound, "tens") {
            attributes["comparator"] = ">="
            // "millions of dollars", "tens of billions of dollars": a lower bound of money, as "several
            // million dollars" is ("millions of pounds of steel" stays a count).
            if prefixCurrency == nil, wordIs(end, "of"), let (length, code, factor) = currencySuffix(at: end + 1), factor == 1,
               !((wordIs(end + 1, "pounds") || wordIs(end + 1, "pound")) && isWeight(start: start, unit: end + 1)) {
                end += 1 + length
                return make(.money, number(amount), ("currency", .string(code)))
            }
        }
        if attributes.isEmpty, wordIs(end, "or"), let symbol = trailingModifier(at: end) {
            end += 2
            if symbol == "~" { attributes["approximate"] = true } else { attributes["comparator"] = .string(symbol) }
        } else if attributes.isEmpty, wordIs(end, "+"), attached(end) {
            end += 1
            attributes["comparator"] = ">="
        } else if attributes.isEmpty, wordIs(end, "-"), attached(end), wordIs(end + 1, "plus"), attached(end + 1) { // "10,000-plus"
            end += 2
            attributes["comparator"] = ">="
        }
        return make(.cardinal, number(amount), counts: true)
    }

    /// "5'7"": "ft" for the "5'" of a height written with marks, "in" for its "7"" and for the
    /// inches after feet ("6ft 2in", "6 ft 1 in", where a bare "in" is no unit): nil otherwise.
    /// Whether a token beginning with `byte` may mark feet or inches ("'", a double quote, "in").
    @inline(__always)
    static func mayMarkHeight(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte | 0x20 == UInt8(ascii: "i")
    }

    func heightUnit(start: Int, end: Int) -> String? {
        if wordIs(end, "'"), attached(end), kind(end + 1) == .number, attached(end + 1), wordIs(end + 2, "\""), attached(end + 2) { return "ft" }
        if wordIs(end, "\""), attached(end), wordIs(start - 1, "'"), attached(start), kind(start - 2) == .number { return "in" }
        if wordIs(start - 1, "ft") || wordIs(start - 1, "feet") || wordIs(start - 1, "foot"), wordIs(end, "in"), kind(start - 2) == .number { return "in" }
        return nil
    }

    /// "summer 2023", "the spring of 2025", "autumn of 1987": the season before a year, where its
    /// span begins and its TIMEX3 code. ("the fall of 1989" is as often a regime's: "fall" only right before the year.)
    func seasonBefore(_ year: Int) -> (Int, String)? {
        let of = wordIs(year - 1, "of")
        let word = of ? year - 2 : year - 1
        guard word >= matchFloor, let season = lookup(Self.seasons, word), !(of && season == "FA" && wordIs(word, "fall")) else { return nil }
        return (wordIs(word - 1, "the") && word - 1 >= matchFloor ? word - 1 : word, season)
    }

    static let seasons: Lexicon<String> = ["spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"]
    /// A determiner before "last summer" makes "last" an adjective: "the last summer of his life".
    static let seasonBlockers: WordList = ["the", "a", "its", "his", "her", "their", "our", "my", "that"]

    /// Whether a "-fold" word between `before` and `after` counts parts, not a factor: after a
    /// form of "be" and no comparative ("greater", "higher", "more") after it.
    func isPartCount(before start: Int, after end: Int) -> Bool {
        guard isListed(Self.beForms, start - 1) else { return false }
        return !(wordIs(end, "more") || wordIs(end, "less") || (kind(end) == .word && lowered(end).hasSuffix("er")))
    }
    static let beForms: WordList = ["is", "are", "was", "were", "be", "been", "being"]

    /// The ounces after a weight's pounds ("7 pounds 8 ounces", "8 lb 3 oz"), fewer than a pound, and the token after them.
    func ouncesAfterPounds(at index: Int) -> (Double, Int)? {
        guard kind(index) == .number, let ounces = core(at: index), ounces.kind == .digits, ounces.tokens.count == 1, ounces.value < 16,
              case let after = ounces.tokens.upperBound, wordIs(after, "oz") || wordIs(after, "ounces") || wordIs(after, "ounce") else { return nil }
        return (ounces.value, after + 1)
    }

    /// The inches of a height after its feet ("5 feet 10 inches", "6 ft 2 in", "5 foot 7."), and the token after them.
    func inchesAfterFeet(at index: Int) -> (Double, Int)? {
        guard kind(index) == .number, let inches = core(at: index), inches.kind == .digits, inches.tokens.count == 1, inches.value < 12 else { return nil }
        let after = index + 1
        if wordIs(after, "in") || wordIs(after, "inch") || wordIs(after, "inches") { return (inches.value, after + 1) }
        // "5 foot 7", "He is 5 feet 11.": bare inches at the end of the phrase, after the singular or a person's height in feet.
        if wordIs(index - 1, "foot") || wordIs(index - 1, "feet") && kind(index - 2) == .number && integer(index - 2, length: 1).map({ (4...7).contains($0) }) == true,
           after >= tokenCount || kind(after) == .punctuation || wordIs(after, "tall") { return (inches.value, after) }
        return nil
    }

    /// Words after "N-pound" that make it money: "a 10-pound note", "a 50-pound fine".
    static let poundNotes: WordList = ["note", "notes", "coin", "coins", "fine", "ticket", "tickets", "bill"]

    /// "100 or more", "5% or less", "65 or older", "30 or so": the comparator ("~" for "or so") that
    /// "or" and the word after it put on the amount before them; they are then part of its span.
    func trailingModifier(at index: Int) -> String? {
        guard wordIs(index, "or"), index + 1 < tokenCount else { return nil }
        return lookup(NumberWords.trailingModifiers, index + 1)
    }

    /// "in his 40s", "in her late twenties", "a man in his mid-60s": the decade of a life, a RANGE
    /// of ages in years (`age: true`) like "aged 18 to 25". The span is the decade and its
    /// early/mid/late, which keeps the decade's grain (as "late 2026" does); "his"/"her"/"their"
    /// before it is what makes it an age ("the 1960s" and "in the sixties" are not).
    func lifeDecade(_ decade: Int, at start: Int, end: Int) -> NumberMatch? {
        guard (10...90).contains(decade) else { return nil }
        var begin = start
        if wordIs(begin - 1, "-"), attached(begin), attached(begin - 1), isListed(Self.periodPrefixes, begin - 2) {
            begin -= 2 // "mid-60s"
        } else if isListed(Self.periodPrefixes, begin - 1) {
            begin -= 1
        }
        guard isListed(Self.lifePossessives, begin - 1) else { return nil }
        return NumberMatch(label: .range, tokens: begin..<end,
                           attributes: ["low": .int(decade), "high": .int(decade + 9), "unit": "yr", "age": true], date: nil, counts: nil)
    }

    /// "the eighties", "the late '90s": a decade of the twentieth century, a DATE like "the 1980s"
    /// ("the" makes it a period; after "his"/"her"/"their" it is an age, see `lifeDecade`).
    func pastDecade(_ decade: Int, at start: Int, end: Int) -> NumberMatch? {
        guard (20...90).contains(decade) else { return nil }
        var begin = isListed(Self.periodPrefixes, start - 1) ? start - 1 : start
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

    /// Whether any labelling rule reads the token after a number; most tokens there are no unit, currency or joiner.
    func followerMatters(_ index: Int) -> Bool {
        guard index < tokenCount else { return false }
        switch tokens[index].kind {
        case .word, .abbreviation:
            return isIn(NumberWords.followers, index)
        case .punctuation, .symbol:
            let byte = bytes[tokens[index].span.bytes.lowerBound]
            switch byte {
            case 0x80..., UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                return true
            default: return false
            }
        default:
            return false
        }
    }

    /// The words after an hour that make it a time of day, and the time: "o'clock" ("8 o'clock"
    /// keeps the hour as written, as "half past nine" does), and a part of the day that sets the
    /// half of it ("in the afternoon", "at night", "7:30 in the morning"; after a bare hour without
    /// "o'clock" only when `lead` is "at", "by", "until", ...: "killed 5 in the morning raid" counts people).
    /// `clock` is in minutes as written, below 13 hours; `lead` is nil for a clock with a colon.
    func hourOfDay(_ clock: Int, at index: Int, lead: Int?) -> (length: Int, minutes: Int)? {
        guard tokens[index].kind == .word else { return nil }
        // ("8 O'Clock Royale" is a brand.)
        let oclock = clock % 60 == 0 && (wordIs(index, "o'clock") || wordIs(index, "o’clock")) && (!isCapitalized(index) || isAllCaps(index))
        guard oclock || lead.map({ isListed(Self.hourLeads, $0) }) ?? true else { return nil }
        let part = oclock ? index + 1 : index
        var minutes = clock % (12 * 60)
        var partLength = 0
        if wordIs(part, "in"), wordIs(part + 1, "the") {
            if wordIs(part + 2, "afternoon") || wordIs(part + 2, "evening") {
                minutes += 12 * 60
                partLength = 3
            } else if wordIs(part + 2, "morning") {
                partLength = 3
            }
        } else if wordIs(part, "at"), wordIs(part + 1, "night") {
            if clock >= 6 * 60 { minutes += 12 * 60 }
            partLength = 2
        }
        if !oclock {
            // "at 8 tomorrow", "by 9 tonight": a day word names the day of the hour (a DATE of its own).
            // Not "today": a market report's "trading off 1/4 at 10 today", "from 4.0000 today" are prices
            // (the only two in the 24 MB news corpus), and neither is a decimal or an hour after a number.
            if partLength == 0, wordIs(part, "tomorrow") || wordIs(part, "tonight"),
               lead.map({ kind($0 - 1) != .number && !containsByte($0 + 1, UInt8(ascii: ".")) }) ?? true {
                return (0, wordIs(part, "tonight") && clock >= 6 * 60 ? minutes + 12 * 60 : minutes)
            }
            guard partLength > 0 else { return nil }
            // "at 5 in the morning raid": the part of the day names a thing.
            if kind(part + partLength) == .word, isNounLike(at: part + partLength, plural: false) { return nil }
        } else if partLength == 0 {
            minutes = clock
        }
        return ((oclock ? 1 : 0) + partLength, minutes)
    }

    static let figureDeterminers: WordList = ["the", "all", "these", "those", "both", "his", "her", "their", "its"]

    /// The "30" of "1h30": a token "h" and two digits below 60, or nil.
    func gluedMinutes(at index: Int) -> Int? {
        guard index < tokenCount, tokens[index].kind == .word else { return nil }
        let range = tokens[index].span.bytes
        guard range.count == 3, bytes[range.lowerBound] == UInt8(ascii: "h"), Self.isDigit(bytes[range.lowerBound + 1]), Self.isDigit(bytes[range.lowerBound + 2]) else { return nil }
        let minutes = Int(bytes[range.lowerBound + 1] - UInt8(ascii: "0")) * 10 + Int(bytes[range.lowerBound + 2] - UInt8(ascii: "0"))
        return minutes < 60 ? minutes : nil
    }

    /// The minutes of a spoken clock at `index`: "thirty", "fifteen", "forty-five" (10 to 59), or nil.
    func spokenMinutes(at index: Int) -> Int? {
        guard kind(index) == .word, !attached(index) else { return nil }
        if let tens = lookup(NumberWords.tens, index) { return tens < 60 ? tens : nil }
        if let unit = lookup(NumberWords.units, index) { return (10...19).contains(unit) ? unit : nil }
        // Hyphenated minutes ("twenty-one") take nine bytes or more.
        guard tokens[index].span.bytes.count >= 9, containsByte(index, UInt8(ascii: "-")),
              let minutes = Self.smallNumber(lowered(index).dashSeparatedParts()) else { return nil }
        return (21...59).contains(minutes) ? minutes : nil
    }

    /// A clock said in words with its minutes ("five thirty p.m.", "at nine-thirty", "half past eight
    /// in the evening"): `clock` in minutes as said, `index` the token after it. With "a.m."/"p.m." or a
    /// part of the day after it, the time and the token after them; else only after `lead` "at", "by",
    /// "until", ... and before punctuation or a word that ends a clause ("at five thirty sharp"; "at
    /// nine thirty-somethings" counts people); with no `lead` (a clock phrase said whole, "half past
    /// nine") the clock as said. nil when it is no clock.
    func spokenClock(_ clock: Int, at index: Int, lead: Int?) -> (end: Int, minutes: Int)? {
        var minutes = clock
        let afterMeridiem = meridiem(after: index, minutes: &minutes)
        if afterMeridiem > index { return (afterMeridiem, minutes) }
        if index < tokenCount, Self.mayFollowHour(bytes[tokens[index].span.bytes.lowerBound]),
           let (length, dayMinutes) = hourOfDay(clock, at: index, lead: lead) {
            return (index + length, dayMinutes)
        }
        guard let lead else { return (index, clock) }
        guard isListed(Self.hourLeads, lead), index >= tokenCount || isListed(Self.hourFollowers, index) else { return nil }
        return (index, clock)
    }

    /// The first byte of "a.m."/"p.m." and of the minutes "ten" to "fifty-nine" (either case): most
    /// words after a number word ("of", "people", "years") start with none of these.
    @inline(__always)
    static func maySayClock(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "a"), UInt8(ascii: "p"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "e"), UInt8(ascii: "s"), UInt8(ascii: "n"): return true
        default: return false
        }
    }

    /// The first byte of "o'clock", "in", "at" and "tomorrow"/"tonight" (either case).
    @inline(__always)
    static func mayFollowHour(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return folded == UInt8(ascii: "o") || folded == UInt8(ascii: "i") || folded == UInt8(ascii: "a") || folded == UInt8(ascii: "t")
    }

    static let hourLeads: WordList = ["at", "by", "until", "till", "before", "after", "from", "around", "since", "about"]

    /// Whether the part of the day named right before token `at` puts `hour` after noon: nil when
    /// none is named. "morning" no; "afternoon", "evening" yes; "night" and "tonight" from six on.
    func dayPart(before at: Int, hour: Int) -> Bool? {
        if wordIs(at - 1, "morning") { return false }
        if wordIs(at - 1, "afternoon") || wordIs(at - 1, "evening") { return true }
        if wordIs(at - 1, "night") || wordIs(at - 1, "tonight") { return hour >= 6 }
        return nil
    }

    /// "T09:30".
    static func clock(_ minutes: Int) -> String {
        "T\(CalendarDate.pad(minutes / 60 % 24, 2)):\(CalendarDate.pad(minutes % 60, 2))"
    }

    /// A duration's value, and `age: true` for "a 45-year-old", "35 years old", "twenty-five-year-old":
    /// still a DURATION (see CONVENTIONS.md), marked so a reader can tell ages from periods.
    static func durationAttributes(_ amount: Double, _ designator: String, _ isTime: Bool, age: Bool) -> [Attribute] {
        let value = Attribute("value", .string(duration(amount, designator, isTime)))
        return age ? [value, Attribute("age", .bool(true))] : [value]
    }

    /// An ISO 8601 duration in the unit as written: "PT90M", "P2.5Y", "P10Y" for "a decade".
    /// A whole number of a smaller unit of the same kind at `index` ("15 minutes" after hours):
    /// its ISO part ("15M") and the token after it. Weeks and multiples ("decade") mix with nothing.
    func smallerDuration(at index: Int, than designator: String, isTime: Bool) -> (String, String, Int)? {
        let order = isTime ? ["S", "M", "H"] : ["D", "M", "Y"]
        guard kind(index) == .number || kind(index) == .word, let larger = order.firstIndex(of: designator),
              let core = core(at: index), core.kind == .digits || core.kind == .words, core.value >= 1, core.value == core.value.rounded(),
              let (smaller, smallerIsTime) = lookup(NumberWords.timeUnits, core.tokens.upperBound), smallerIsTime == isTime,
              let rank = order.firstIndex(of: smaller), rank < larger else { return nil }
        return ("\(Int(core.value))" + smaller, smaller, core.tokens.upperBound + 1)
    }

    static func duration(_ amount: Double, _ designator: String, _ isTime: Bool) -> String {
        let (letter, multiple) = NumberWords.isoUnit(designator)
        let total = amount * multiple
        return (isTime ? "PT" : "P") + Self.plainDecimal(total) + letter
    }

    /// `amount` in plain digits, as ISO 8601 wants them: "0.000001", not "1e-06" ("one millionth of a second").
    static func plainDecimal(_ amount: Double) -> String {
        if amount == amount.rounded() { return String(Int(amount)) }
        let text = String(amount)
        guard text.contains("e"), amount > 0, amount < 1 else { return text }
        var digits = String(Int((amount * 1e12).rounded()))
        digits = String(repeating: "0", count: max(0, 12 - digits.count)) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "0." + digits
    }

    /// The unit of time after "a half"/"a quarter" (`core`): the word at `end` ("a half hour"), or
    /// the rest of the token when it is hyphened to the share ("a half-hour", "a quarter-century"),
    /// with the tokens it adds.
    /// How many words after "a half"/"a quarter" name a rate's point ("point", "percentage
    /// points"), 0 for one hyphened to the share ("a half-point"), nil for none.
    func ratePointLength(core: Core, end: Int) -> Int? {
        let share = core.tokens.upperBound - 1
        if containsByte(share, UInt8(ascii: "-")) { return lowered(share).hasByteSuffix("-point") ? 0 : nil }
        let point = wordIs(end, "percentage") ? end + 1 : end
        return wordIs(point, "point") || wordIs(point, "points") ? point + 1 - end : nil
    }

    func shareOfUnit(core: Core, end: Int) -> (designator: String, isTime: Bool, length: Int)? {
        let share = core.tokens.upperBound - 1
        if kind(end) == .word, !wordIs(end, "second"), let (designator, isTime) = lookup(NumberWords.timeUnits, end) { return (designator, isTime, 1) }
        guard containsByte(share, UInt8(ascii: "-")), case let parts = lowered(share).dashSeparatedParts(), parts.count == 2,
              let (designator, isTime) = NumberWords.timeUnits[parts[1]] else { return nil }
        return (designator, isTime, 0)
    }

    /// "three days ago", "three days from now" (`fromNow`): a DATE that long before or after the
    /// reference, at day grain for days and weeks, month and year grain for those; hours ago is today.
    /// "over a year ago", "more than a week ago": a bound on the time elapsed, which a date's value
    /// cannot carry (its ">" would read as "later than"), so the date is the words from the number
    /// on (`number`), as dates never take a comparator; "about a year ago" keeps its approximation.
    func agoDate(_ amount: Double, _ designator: String, isTime: Bool, fromNow: Bool, tokens: Range<Int>, from number: Int,
                 attributes: Attributes) -> NumberMatch {
        var (tokens, attributes) = (tokens, attributes)
        if attributes["comparator"] != nil {
            attributes["comparator"] = nil
            tokens = number..<tokens.upperBound
        }
        let (letter, multiple) = NumberWords.isoUnit(designator)
        let count = Int(amount * multiple) * (fromNow ? -1 : 1)
        let (unit, offset): (DateExpression.RelativeUnit, Int) = isTime ? (.day, 0) : letter == "D" ? (.daysAgo, count)
            : letter == "W" ? (.daysAgo, 7 * count) : letter == "M" ? (.month, -count) : (.year, -count)
        return NumberMatch(label: .date, tokens: tokens, attributes: attributes, date: .relative(unit: unit, offset: offset), counts: nil)
    }

    /// Applies "a.m."/"p.m." after a clock time; returns the token after it.
    /// A TIME interval from token `start` ("from"/"between" before it joins the span) to `end`, in minutes since midnight.
    func timeInterval(_ start: Int, _ end: Int, _ first: Int, _ last: Int) -> NumberMatch {
        let begin = isListed(Self.intervalLeads, start - 1) ? start - 1 : start
        // "8:00-10:00 GMT", "from 9 a.m. to 5 p.m. EST": the zone after the second time is both ends'.
        var end = end, zone = ""
        if let next = word(end), next == "gmt" || next == "utc" { end += 1; zone = "Z" }
        else if let offset = zoneOffset(at: end) { end += 1; zone = offset }
        return NumberMatch(label: .time, tokens: begin..<end, attributes: ["value": .string(Self.clock(first) + zone + "/" + Self.clock(last) + zone)],
                           date: nil, counts: nil)
    }

    /// A clock time with its a.m./p.m. at `index` ("5pm", "5:30 p.m.", "5.30pm"): minutes since
    /// midnight and the token after it.
    func clockWithMeridiem(at index: Int) -> (Int, Int)? {
        guard kind(index) == .number, let core = core(at: index), core.tokens.lowerBound == index else { return nil }
        let clock: Int?
        switch core.kind {
        case .time: clock = Int(core.value) < 13 * 60 ? Int(core.value) : nil
        case .digits where core.tokens.count == 1:
            clock = core.value == core.value.rounded() ? (1...12).contains(core.value) ? Int(core.value) * 60 : nil : dottedClock(index)
        default: clock = nil
        }
        guard var minutes = clock, let word = word(core.tokens.upperBound), Self.meridiems.contains(word) else { return nil }
        minutes %= 12 * 60
        if word.hasPrefix("p") { minutes += 12 * 60 }
        return (minutes, core.tokens.upperBound + 1)
    }

    /// "noon", "midnight", "midday" as the second end of "8:30 a.m.-noon", "7 a.m. to noon": the
    /// time in minutes since midnight and the token after it.
    func clockWord(at index: Int) -> (Int, Int)? {
        if wordIs(index, "noon") || wordIs(index, "midday") { return (12 * 60, index + 1) }
        return wordIs(index, "midnight") ? (0, index + 1) : nil
    }

    /// "noon-2 p.m.", "midnight-6am": a clock word hyphened to an hour, one token, and the hour's
    /// a.m./p.m. after it or glued to it: a TIME interval.
    func clockWordInterval(_ word: String, at index: Int) -> NumberMatch? {
        let parts = word.dashSeparatedParts()
        guard parts.count == 2 else { return nil }
        var hourText = parts[1]
        var end = index + 1
        let meridiem: String
        if hourText.hasSuffix("am") || hourText.hasSuffix("pm") {
            meridiem = String(hourText.suffix(2))
            hourText = String(hourText.dropLast(2))
        } else if let next = self.word(end), Self.meridiems.contains(next) {
            meridiem = next
            end += 1
        } else {
            return nil
        }
        guard hourText.utf8.count <= 2, let hour = Int(hourText), (1...12).contains(hour) else { return nil }
        return timeInterval(index, end, parts[0] == "midnight" ? 0 : 12 * 60, hour % 12 * 60 + (meridiem.hasPrefix("p") ? 12 * 60 : 0))
    }

    /// "-5 p.m." glued to a time before it: an hour of one or two digits after a hyphen, with its
    /// a.m./p.m.: the time in minutes since midnight and the token after it.
    func hyphenedClockWithMeridiem(at index: Int) -> (Int, Int)? {
        guard wordIs(index, "-"), attached(index + 1), let core = core(at: index + 1) ?? core(at: index), core.tokens.upperBound == index + 2,
              core.kind == .digits, core.value == core.value.rounded(), (1...12).contains(abs(core.value)),
              let word = word(core.tokens.upperBound), Self.meridiems.contains(word) else { return nil }
        return (Int(abs(core.value)) % 12 * 60 + (word.hasPrefix("p") ? 12 * 60 : 0), core.tokens.upperBound + 1)
    }

    /// "am-5pm", "pm-11pm" (one token after the first hour's digits), "am-2" ":" "30" "pm" (the
    /// tokenizer splits a second time with minutes): whether the first hour is after noon, the second
    /// time in minutes since midnight, and the token after it. Told by the bytes "am-"/"pm-" first.
    func gluedMeridiemInterval(at index: Int) -> (Bool, Int, Int)? {
        guard kind(index) == .word else { return nil }
        let range = tokens[index].span.bytes
        guard range.count >= 4, range.count <= 11, bytes[range.lowerBound + 2] == UInt8(ascii: "-") else { return nil }
        let text = lowered(index)
        guard text.hasPrefix("am-") || text.hasPrefix("pm-") else { return nil }
        var hourText = text.dropFirst(3)
        // "8:30am-noon", "6pm-midnight"
        if hourText == "noon" || hourText == "midday" || hourText == "midnight" { return (text.hasPrefix("pm-"), hourText == "midnight" ? 0 : 12 * 60, index + 1) }
        var meridiem = ""
        var after = index + 1
        var minutes = 0
        if hourText.hasSuffix("am") || hourText.hasSuffix("pm") {
            meridiem = String(hourText.suffix(2))
            hourText = hourText.dropLast(2)
        } else {
            // "10am-2:30pm"
            guard wordIs(after, ":"), attached(after), attached(after + 1), tokens[after + 1].span.bytes.count == 2,
                  let extra = integer(after + 1, length: 2), extra < 60, let word = word(after + 2), word == "am" || word == "pm" else { return nil }
            minutes = extra
            meridiem = word
            after += 3
        }
        guard hourText.count <= 2, let hours = Int(hourText), (1...12).contains(hours) else { return nil }
        minutes += hours % 12 * 60 + (meridiem == "pm" ? 12 * 60 : 0)
        return (text.hasPrefix("pm-"), minutes, after)
    }

    /// "7.30" in "7.30am" (British style): the minutes since midnight on a 12-hour clock, or nil.
    func dottedClock(_ index: Int) -> Int? {
        let range = tokens[index].span.bytes
        guard range.count == 4 || range.count == 5, bytes[range.upperBound - 3] == UInt8(ascii: "."),
              bytes[range.lowerBound..<(range.upperBound - 3)].allSatisfy(Self.isDigit),
              bytes[(range.upperBound - 2)..<range.upperBound].allSatisfy(Self.isDigit) else { return nil }
        func digits(_ part: Range<Int>) -> Int { bytes[part].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }
        let hours = digits(range.lowerBound..<(range.upperBound - 3)), minutes = digits((range.upperBound - 2)..<range.upperBound)
        guard (1...12).contains(hours), minutes < 60 else { return nil }
        return hours * 60 + minutes
    }

    func meridiem(after end: Int, minutes: inout Int) -> Int {
        // Told from the token's hash first: most words after a number are none of these.
        guard isListed(Self.meridiems, end), let word = word(end) else { return end }
        if word.hasPrefix("p") && minutes < 12 * 60 { minutes += 12 * 60 }
        if word.hasPrefix("a") && minutes >= 12 * 60 { minutes -= 12 * 60 }
        return end + 1
    }

    /// "%", "percent", "pct", "pc", "per cent": how many tokens say "percent" at `index`.
    func percentLength(at index: Int) -> Int? {
        guard index >= 0, index < tokenCount else { return nil }
        if isIn(NumberWords.percentWords, index) { return 1 }
        return wordIs(index, "per") && wordIs(index + 1, "cent") ? 2 : nil
    }

    /// A currency word after the amount, one or two words ("dollars", "Swiss francs").
    func currencySuffix(at index: Int) -> (Int, String, Double)? {
        guard kind(index) == .word || kind(index) == .abbreviation else { return nil }
        if isIn(NumberWords.currencyQualifiers, index), let next = self.word(index + 1),
           let (code, factor) = NumberWords.currencySuffixes[lowered(index) + " " + next] {
            return (2, code, factor)
        }
        // "1.2 trillion won": after a magnitude "won" is no verb.
        if wordIs(index, "won"), lookup(NumberWords.scales, index - 1) != nil { return (1, "KRW", 1) }
        guard let (code, factor) = lookup(NumberWords.currencySuffixes, index), !wordIs(index, "p") || attached(index) else { return nil }
        return (1, code, factor)
    }

    /// "costs 15 pounds" is sterling; "15 pounds of explosives", "weighs 200 pounds" and a bare
    /// "7,600,000 pounds to Denver" are weight: only a money word just before makes it a price.
    func isWeight(start: Int, unit: Int) -> Bool {
        if wordIs(unit + 1, "of") { return true }
        if wordIs(unit + 1, "sterling") { return false }
        return ![start - 1, start - 2, start - 3].contains { word($0).map(Self.priceWords.contains) ?? false }
    }

    static let priceWords: WordSet = [
        "cost", "costs", "costing", "paid", "pay", "pays", "paying", "fined", "fine", "worth", "price", "priced", "prices", "charge",
        "charged", "charges", "spent", "spend", "spends", "earned", "earn", "earns", "raised", "raise", "sold", "bought", "fee", "fees",
        "salary", "wage", "wages", "bill", "loan", "bid", "offer", "offered", "award", "awarded", "compensation", "prize", "budget",
        "for", "at", "ticket", "tickets",
    ]

    /// "49.6 C", "minus 30 C": a spaced capital scale letter is a temperature when nothing names it
    /// otherwise: not before a capitalized word, digits or a glued abbreviation ("200,000 C. difficile",
    /// "Grade 5 C Street"), and not after a name (`isNameBefore` has left "Vitamin C" out already).
    func isSpacedScale(_ index: Int) -> Bool {
        guard index + 1 < tokenCount else { return true }
        if wordIs(index + 1, "."), attached(index + 1) { return index + 2 >= tokenCount || isCapitalized(index + 2) }
        return !isCapitalized(index + 1) && kind(index + 1) != .number
    }

    /// A unit of measure at `index`: how many tokens it takes, its symbol and a factor on the value.
    /// `words`: the number was spelled out, so a lone "m" is not metres ("three m").
    func measureUnit(at index: Int, words spelled: Bool) -> (length: Int, unit: String, factor: Double)? {
        guard index >= 0, index < tokenCount else { return nil }
        // The unit is tested on its token (no String). An ASCII token is never "°": no ASCII text is
        // canonically equivalent to it, so only other tokens need their String for that test.
        if wordIs(index, "degrees") || wordIs(index, "degree") || (containsNonASCII(index) && lowered(index) == "°") {
            var (length, unit) = (1, "°")
            if let scale = word(index + 1), Self.temperatureScales.contains(scale) { (length, unit) = (2, scale.hasPrefix("c") ? "°C" : "°F") }
            // "10 degrees below zero" is -10 degrees.
            if wordIs(index + length, "below"), wordIs(index + length + 1, "zero") { return (length + 2, unit, -1) }
            return (length, unit, 1)
        }
        // "35C": a temperature when the capital is written against the digits.
        let celsius = wordIs(index, "c")
        if celsius || wordIs(index, "f"), isCapitalized(index), !(attached(index + 1) && kind(index + 1) == .word),
           attached(index) || isSpacedScale(index) {
            return (1, celsius ? "°C" : "°F", 1)
        }
        // "sq km", "sq. km", "square kilometres", "cubic metres"
        if let power = lookup(NumberWords.unitPowers, index) {
            let dot = wordIs(index + 1, ".") && attached(index + 1) ? 1 : 0
            if let base = lookup(NumberWords.measureUnits, index + 1 + dot), Self.lengthUnits.contains(base) { return (2 + dot, base + power, 1) }
        }
        if wordIs(index, "nautical"), let base = word(index + 1), base == "miles" || base == "mile" { return (2, "nmi", 1) }
        // "weighs 7 stone", "lost two stone in a month": the British weight (14 lb), where no noun
        // follows ("three stone bridges" counts bridges).
        if wordIs(index, "stone"), endsPhrase(index + 1) || kind(index + 1) == .number || isListed(Self.hourFollowers, index + 1) {
            return (1, "st", 1)
        }
        guard let unit = lookup(NumberWords.measureUnits, index) else { return nil }
        if wordIs(index, "m") && (!attached(index) && spelled || isCapitalized(index)) { return nil }
        if wordIs(index, "g") && !(attached(index) && !isCapitalized(index)) { return nil }
        // "500 MB" is data; a lower-case "mb" is as often a millibar.
        if wordIs(index, "mb") && !isAllCaps(index) { return nil }
        let factor = wordIs(index, "bcm") ? 1e9 : 1
        // Rates: "40 km/h", "2 million barrels per day".
        if wordIs(index + 1, "/"), attached(index + 1), attached(index + 2), let per = lookup(Self.rateUnits, index + 2) {
            return (3, unit + "/" + per, factor)
        }
        // "65 miles per hour" and "290 kilometres an hour" are speeds, in "mph" and "km/h".
        if unit == "mi" || unit == "km", wordIs(index + 1, "per") || wordIs(index + 1, "an"), wordIs(index + 2, "hour") {
            return (3, unit == "mi" ? "mph" : "km/h", factor)
        }
        // "40 miles per gallon", a car's fuel economy, is "40 mpg".
        if unit == "mi", wordIs(index + 1, "per"), wordIs(index + 2, "gallon") { return (3, "mpg", factor) }
        // (Not a rate already: "one mln bpd per day" says the day twice.)
        if wordIs(index + 1, "per"), let per = lookup(Self.rateUnits, index + 2), !unit.utf8.contains(UInt8(ascii: "/")) {
            return (3, unit + "/" + per, factor)
        }
        return (1, unit, factor)
    }

    /// "1630 EST", "3 p.m. EDT": a zone's offset from UTC after a clock time, in its value
    /// ("T16:30-05:00", as "0600 GMT" is "T06:00Z"), the zone in the span. Capitals only ("est."
    /// is estimated); not "ET" or "PT", which are either of two offsets.
    func zoneOffset(at index: Int) -> String? {
        guard kind(index) == .word, case let length = tokens[index].span.bytes.count, length == 3 || length == 4, isAllCaps(index) else { return nil }
        return lookup(Self.zoneOffsets, index)
    }

    static let zoneOffsets: Lexicon<String> = [
        "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00",
        "pst": "-08:00", "pdt": "-07:00", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
    ]

    static let rateUnits: Lexicon<String> = ["h": "h", "hr": "h", "hour": "h", "s": "s", "sec": "s", "second": "s", "d": "d", "day": "d"]

    func dayMonth(day: Int, month: Int, start: Int, monthIndex: Int) -> NumberMatch? {
        guard day >= 1, day <= 31 else { return nil }
        var end = monthIndex + 1
        if wordIs(end, ".") && tokens[monthIndex].kind == .word { end = monthIndex + 1 }
        var year: Int?
        var yearIndex = end
        if wordIs(yearIndex, ",") { yearIndex += 1 }
        if yearIndex < tokenCount, tokens[yearIndex].kind == .number, let value = integer(yearIndex, length: 4), (1800...2100).contains(value) {
            year = value
            end = yearIndex + 1
        }
        let begin = wordIs(start - 1, "the") && wordIs(monthIndex - 1, "of") ? start - 1 : start
        return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: .absolute(year: year, month: month, day: day), counts: nil)
    }

    /// "December 24, 2025", "Dec. 22", "December 2025", "in March".
    func monthFirstDate(at index: Int) -> NumberMatch? {
        guard isCapitalized(index), tokens[index].kind != .number else { return nil }
        // "Dec.": the month's name without the full stop, read off the bytes when they are ASCII.
        let range = tokens[index].span.bytes
        let name = bytes[range.upperBound - 1] == UInt8(ascii: ".") ? range.dropLast() : range
        // Without a full stop the token's kept hash settles most words without reading them again.
        let month = name == range ? lookup(NumberWords.months, index) : bytes.withUnsafeBufferPointer { bytes in
            NumberWords.months.value(folding: bytes[name]) { String(lowered(index).dropLast()) }
        }
        guard let month, isCapitalized(index) else { return nil }
        var next = index + 1
        if tokens[index].kind == .word, wordIs(next, "."), attached(next) { next += 1 }
        // "the June quarter": Australian, New Zealand and company reports name a quarter by its last
        // month, the calendar quarter ending then (a fiscal quarter ends in the same months). Not the
        // second month of a pair, "the January/March quarter", whose first is read on its own.
        if month % 3 == 0, wordIs(next, "quarter"), !(attached(index) && kind(index - 1) == .punctuation) {
            let begin = wordIs(index - 1, "the") && index - 1 >= matchFloor ? index - 1 : index
            let (year, last) = quarterYear(after: next + 1)
            return NumberMatch(label: .date, tokens: begin..<last, attributes: [:], date: .quarter(year: year, quarter: month / 3), counts: nil)
        }
        // "September the 11th": an ordinal day after "the".
        // ("in March the 3rd Infantry Division": an ordinal before a name is part of it.)
        if wordIs(next, "the"), kind(next + 1) == .number ? lowered(next + 1).last?.isLetter == true
            // (in words only before no word: "in November the first snow fell")
            : !isCapitalized(next + 1) && kind(next + 2) != .word && ordinalValue(at: next + 1) != nil,
           !(kind(next + 2) == .word && isCapitalized(next + 2) && !sentenceStart(next + 2)) {
            next += 1
        }
        // "November the fifth", "March the twenty-first": a day in words after "the".
        let spokenDay = wordIs(next - 1, "the") && kind(next) == .word ? ordinalValue(at: next).flatMap { (1...31).contains($0) ? $0 : nil } : nil
        if next < tokenCount, let day = spokenDay ?? (tokens[next].kind == .number ? dayNumber(next) : nil), (1...31).contains(day) {
            var end = next + 1
            var year: Int?
            var yearIndex = end
            if wordIs(yearIndex, ",") { yearIndex += 1 }
            // After a month and a day any four digits are the year: "July 4th, 1776".
            if yearIndex < tokenCount, tokens[yearIndex].kind == .number, let value = integer(yearIndex, length: 4), (1000...2100).contains(value) {
                year = value
                end = yearIndex + 1
            }
            if let value = integer(next, length: 4), (1800...2100).contains(value) {
                return NumberMatch(label: .date, tokens: index..<(next + 1), attributes: [:], date: .absolute(year: value, month: month, day: nil), counts: nil)
            }
            // "Dec 10-15", "May 5 to 7": days of one month; "between March 5 and 17" too, "between" in
            // the span as in "between 3 and 7 April".
            // ("between March 5 and 17 pct": a date and an amount.)
            let betweenDays = wordIs(end, "and") && wordIs(index - 1, "between") && index - 1 >= matchFloor
                && percentLength(at: end + 2) == nil && measureUnit(at: end + 2, words: false) == nil && currencySuffix(at: end + 2) == nil
            if year == nil, betweenDays || isListed(Self.dayRangeJoiners, end), kind(end + 1) == .number,
               let last = Int(lowered(end + 1)), last > day, last <= 31, betweenDays || wordIs(end, "to") || (attached(end) && attached(end + 1)) {
                var lastEnd = end + 2
                var yearIndex = lastEnd
                if wordIs(yearIndex, ",") { yearIndex += 1 }
                if kind(yearIndex) == .number, let value = integer(yearIndex, length: 4), (1800...2100).contains(value) {
                    year = value
                    lastEnd = yearIndex + 1
                }
                return NumberMatch(label: .date, tokens: (betweenDays ? index - 1 : index)..<lastEnd, attributes: [:],
                                   date: .dayInterval(year: year, month: month, first: day, last: last), counts: nil)
            }
            return NumberMatch(label: .date, tokens: weekdayStart(before: index)..<end, attributes: [:], date: .absolute(year: year, month: month, day: day), counts: nil)
        }
        if next < tokenCount, tokens[next].kind == .number, let value = integer(next, length: 4), (1800...2100).contains(value) {
            return NumberMatch(label: .date, tokens: periodStart(before: index)..<(next + 1), attributes: [:],
                               date: .absolute(year: value, month: month, day: nil), counts: nil)
        }
        // A month alone only after a word that takes dates; "May" (a verb and a name) only after one that takes nothing else.
        // ("in the six months to March"; not "in contrast to DEC", the company.)
        guard tokens[index].kind == .word, isIn(Self.monthLeads, index - 1),
              !wordIs(index, "may") || !isListed(Self.mayVerbLeads, index - 1) && !sentenceStart(index),
              !(wordIs(index - 1, "to") && isAllCaps(index) && tokens[index].span.bytes.count <= 4)
        else { return nil }
        if wordIs(index - 1, "last") || wordIs(index - 1, "next") || wordIs(index - 1, "this") {
            // "last October" is the latest October before the reference's month, "next March" the
            // first after it, as "last/next Friday" are (the nearest had put "last October" said in
            // September a month ahead); "this March" stays the nearest.
            let relation = wordIs(index - 1, "last") ? -1 : wordIs(index - 1, "next") ? 1 : 0
            return NumberMatch(label: .date, tokens: (index - 1)..<(index + 1), attributes: [:],
                               date: relation == 0 ? .absolute(year: nil, month: month, day: nil) : .monthBeside(month: month, relation: relation), counts: nil)
        }
        return NumberMatch(label: .date, tokens: periodStart(before: index)..<(index + 1), attributes: [:],
                           date: .absolute(year: nil, month: month, day: nil), counts: nil)
    }

    /// "Wed., Jan. 8": an abbreviated weekday and a comma before a month's day join its span (a
    /// weekday written in full starts the date itself). The token the span begins with.
    @inline(__always)
    func weekdayStart(before index: Int) -> Int {
        guard index >= 2, tokens[index - 1].span.bytes.count == 1, bytes[tokens[index - 1].span.bytes.lowerBound] == UInt8(ascii: ",") else { return index }
        var at = index - 2
        if wordIs(at, "."), attached(at) { at -= 1 }
        // ("The Sun, Jan. 8" names a newspaper.)
        guard at >= matchFloor, isCapitalized(at), lookup(NumberWords.weekdayAbbreviations, at) != nil, !wordIs(at - 1, "the") else { return index }
        return at
    }

    /// "on Wed.", "by Thurs.": an abbreviated weekday with its full stop after a word that takes a
    /// date is that weekday, as "on Wednesday" is (without them "Sun" and "Sat" are as often a
    /// newspaper or a verb). Before a comma it is left to the date it may open ("Wed., Jan. 8").
    /// Not "Sun.", a newspaper's or a company's name as often ("a variant sold by Sun.").
    @inline(__always)
    func abbreviatedWeekday(at index: Int) -> NumberMatch? {
        // Three to six bytes, the first a capital: most words that reach here are told by their bytes.
        let range = tokens[index].span.bytes
        guard range.count >= 3, range.count <= 6, bytes[range.lowerBound] &- 65 < 26 else { return nil }
        return weekdayAbbreviation(at: index)
    }

    @inline(never)
    private func weekdayAbbreviation(at index: Int) -> NumberMatch? {
        guard index >= 1, index - 1 >= matchFloor, isIn(Self.abbreviatedWeekdayLeads, index - 1),
              let weekday = lookup(NumberWords.weekdayAbbreviations, index), weekday != 7 else { return nil }
        let dotted = bytes[tokens[index].span.bytes.upperBound - 1] == UInt8(ascii: ".")
        guard dotted || wordIs(index + 1, ".") && attached(index + 1), !wordIs(index + 1, ",") && !wordIs(index + 2, ",") else { return nil }
        return NumberMatch(label: .date, tokens: index..<(index + 1), attributes: [:], date: .weekday(weekday), counts: nil)
    }

    static let abbreviatedWeekdayLeads: WordSet = ["on", "by", "until", "till", "since", "before", "after", "from", "through", "to", "and"]

    /// Where a month's or a year's span begins: with the words that place it in its period, "early
    /// March", "late 2026", "the end of 2024", "the beginning of March" (the value keeps the grain
    /// of what is named, as for "end-1986" and "mid-January").
    func periodStart(before index: Int) -> Int {
        if isListed(Self.periodPrefixes, index - 1) { return index - 1 }
        guard wordIs(index - 1, "of"), isListed(Self.periodParts, index - 2) else { return index }
        return wordIs(index - 3, "the") ? index - 3 : index - 2
    }

    static let periodParts: WordList = ["end", "start", "beginning", "middle"]

    /// "the first week of May", "the last week of April", "the second half of March 1987", "the
    /// first 10 days of June": days of a named month, a DATE interval ("the" in the span, as in "the
    /// end of 2024"). A week counts seven days from the 1st, the last week is the month's last seven,
    /// a half the 1st to the 15th or the 16th to the end. After "the", a weekday or "day" of a named
    /// month is one day: "the first Friday in October" (resolved as a movable holiday is), "the last
    /// day of May" (`XXXX-05-31`). `number` is the ordinal, nil for "last"; `unit` the token after it.
    func monthPart(_ number: Int?, unit: Int, begin: Int) -> NumberMatch? {
        var unit = unit, count = 1
        // "the first 10 days of", "the last two weeks of"
        // (A count of one token, told by the unit after it before the number is read.)
        if number ?? 1 == 1, wordIs(unit + 1, "days") || wordIs(unit + 1, "weeks"), let amount = core(at: unit), amount.tokens.upperBound == unit + 1,
           amount.kind == .digits || amount.kind == .words, amount.value == amount.value.rounded(), (2...20).contains(amount.value) {
            count = Int(amount.value)
            unit += 1
        }
        let week = count == 1 ? wordIs(unit, "week") : wordIs(unit, "weeks") // (not "the first weeks of May")
        // ("last Friday in March" without "the" is as often last week's Friday, said in March.)
        let dayOfMonth = count == 1 && wordIs(begin, "the"), day = dayOfMonth && wordIs(unit, "day")
        let weekday = dayOfMonth && isCapitalized(unit) ? lookup(NumberWords.weekdays, unit) : nil
        guard week || day || weekday != nil || wordIs(unit, "half") || count > 1, wordIs(unit + 1, "of") || weekday != nil && wordIs(unit + 1, "in"),
              let month = lookup(NumberWords.months, unit + 2), isCapitalized(unit + 2) else { return nil }
        var end = unit + 3
        var year: Int?
        if kind(end) == .number, let value = integer(end, length: 4), (1800...2100).contains(value) {
            year = value
            end += 1
        }
        // (February has 28 days when no year is named.)
        let length = CalendarDate.daysIn(month, of: year ?? 2001)
        if let weekday {
            return NumberMatch(label: .date, tokens: begin..<end, attributes: [:],
                               date: .monthWeekday(year: year, month: month, weekday: weekday, nth: number ?? -1), counts: nil)
        }
        if day {
            return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: .absolute(year: year, month: month, day: number ?? length), counts: nil)
        }
        let days: (first: Int, last: Int)
        let span = week ? 7 * count : count
        switch (week || count > 1, number) {
        case (true, let ordinal?): days = (span * ordinal - span + 1, span * ordinal)
        case (true, nil): days = (length - span + 1, length)
        case (false, 1): days = (1, 15)
        case (false, 2), (false, nil): days = (16, length)
        default: return nil
        }
        guard days.last <= length else { return nil }
        return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: .dayInterval(year: year, month: month, first: days.first, last: days.last), counts: nil)
    }

    /// "the end of the year", "by the start of next month", "the middle of this week": the part
    /// and "the" before it are in the span, and the value is the named period's, as "the end of
    /// 2024" is `2024` ("the year" is this year, as "the month" this month). Nil before anything
    /// else: "the end of 2024" and "the end of March" are read from the year and the month.
    func partOfPeriod(at index: Int) -> NumberMatch? {
        let begin = wordIs(index - 1, "the") ? index - 1 : index
        let unit = index + 3
        if wordIs(index + 2, "the"), isListed(Self.calendarUnits, unit), !wordIs(unit, "weekend"), !isCapitalized(unit) {
            let calendarUnit: DateExpression.RelativeUnit = wordIs(unit, "week") ? .week : wordIs(unit, "month") ? .month : .year
            return NumberMatch(label: .date, tokens: begin..<(unit + 1), attributes: [:], date: .relative(unit: calendarUnit, offset: 0), counts: nil)
        }
        guard wordIs(index + 2, "this") || wordIs(index + 2, "last") || wordIs(index + 2, "next"), var named = relativeDate(at: index + 2) else { return nil }
        named.tokens = begin..<named.tokens.upperBound
        return named
    }

    static let monthLeads: WordSet = [
        "in", "since", "until", "till", "by", "from", "through", "during", "last", "next", "this", "early", "late", "mid", "of", "for",
        "before", "after", "between", "to",
    ]

    /// The period one of ``calendarUnits`` names ("weekend" moves by weeks).
    func calendarUnit(_ index: Int) -> DateExpression.RelativeUnit {
        wordIs(index, "week") || wordIs(index, "weekend") ? .week : wordIs(index, "month") ? .month : .year
    }

    /// "yesterday", "last week", "next month", "on Monday", "last Friday".
    func relativeDate(at index: Int) -> NumberMatch? {
        guard tokens[index].kind == .word else { return nil }
        // One of six words, or a capitalized weekday, and the word after it, told from the tokens:
        // a String is made only for a unit that may be glued to the next word.
        // Five to nine bytes: no other token lower-cases to one of these words ("this" is tested next).
        let length = tokens[index].span.bytes.count
        // "end", "start", "middle", "beginning"
        if length == 3 || length == 5 || length == 6 || length == 9, wordIs(index + 1, "of"), isListed(Self.periodParts, index) {
            return partOfPeriod(at: index)
        }
        let yesterday = length == 9 && wordIs(index, "yesterday"), tomorrow = length == 8 && wordIs(index, "tomorrow")
        if yesterday || tomorrow || (length == 5 && wordIs(index, "today")) || (length == 7 && wordIs(index, "tonight")) {
            var offset = yesterday ? -1 : tomorrow ? 1 : 0
            var begin = index
            // "the day before yesterday", "the day after tomorrow"
            if index >= 3, wordIs(index - 3, "the"), wordIs(index - 2, "day"),
               (yesterday && wordIs(index - 1, "before")) || (tomorrow && wordIs(index - 1, "after")) {
                begin = index - 3
                offset *= 2
            }
            // "yesterday afternoon", "tomorrow morning"
            let end = yesterday || tomorrow ? dayPartEnd(after: index) : index + 1
            return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: .relative(unit: .day, offset: offset), counts: nil)
        }
        let last = wordIs(index, "last"), next = wordIs(index, "next")
        if last || next || wordIs(index, "this") {
            let unit = index + 1
            // "the week after next", "the year after next": two periods on, as "the day after tomorrow" is two days.
            if next, index >= 3, wordIs(index - 1, "after"), wordIs(index - 3, "the"), isListed(Self.calendarUnits, index - 2), !isListed(Self.calendarUnits, unit) {
                return NumberMatch(label: .date, tokens: (index - 3)..<(index + 1), attributes: [:], date: .relative(unit: calendarUnit(index - 2), offset: 2), counts: nil)
            }
            guard unit < tokenCount else { return nil }
            let offset = last ? -1 : next ? 1 : 0
            // "earlier this month" names the same month, "late last year" the same year: the word is in the span.
            // ("will be late this year", "maturing very early this year": there the word says how, not when.)
            let begin = isListed(Self.samePeriodLeads, index - 1)
                && !((wordIs(index - 1, "late") || wordIs(index - 1, "early")) && isListed(Self.adjectiveLeads, index - 2)) ? index - 1 : index
            // "the last week of April" is of April, not last week.
            if last, let part = monthPart(nil, unit: unit, begin: wordIs(index - 1, "the") ? index - 1 : index) { return part }
            // "this past weekend" is last weekend, the ISO week before; "this coming weekend" ends the
            // reference's own ISO week, as "this weekend" does. "this past week" is last week: the seven
            // days just gone mostly are the calendar week before when a story is dated, and "last week"
            // is read the same way ("this coming week" stays out: the rest of this week or all of the next).
            if !last, !next, wordIs(unit, "past") || wordIs(unit, "coming"),
               wordIs(unit + 1, "weekend") || wordIs(unit, "past") && wordIs(unit + 1, "week") {
                return NumberMatch(label: .date, tokens: begin..<(index + 3), attributes: [:],
                                   date: .relative(unit: .week, offset: wordIs(unit, "past") ? -1 : 0), counts: nil)
            }
            if isListed(Self.calendarUnits, unit) {
                return NumberMatch(label: .date, tokens: begin..<(index + 2), attributes: [:], date: .relative(unit: calendarUnit(unit), offset: offset), counts: nil)
            }
            // "last night/evening" (the day before), "this morning/afternoon/evening" (the reference day).
            // ("late last night", "early this morning", the lead in the span as before a week.)
            if !next, last ? wordIs(unit, "night") || wordIs(unit, "evening") : wordIs(unit, "morning") || wordIs(unit, "afternoon") || wordIs(unit, "evening") {
                return NumberMatch(label: .date, tokens: begin..<(index + 2), attributes: [:], date: .relative(unit: .day, offset: offset), counts: nil)
            }
            // "last weekthat": a missing space glues the unit to a short function word; the span stops after the unit.
            if mayBeginWithCalendarUnit(unit) {
                let word = lowered(unit)
                if let glued = ["week", "month", "year"].first(where: { word.hasPrefix($0) }), Self.stopWords.contains(String(word.dropFirst(glued.count))),
                   let gluedUnit = DateExpression.RelativeUnit(rawValue: glued) {
                    return NumberMatch(label: .date, tokens: begin..<(index + 2), attributes: [:], date: .relative(unit: gluedUnit, offset: offset), counts: nil,
                                       byteEnd: tokens[unit].span.bytes.lowerBound + glued.utf8.count)
                }
            }
            // "last Christmas", "next Easter", "this Thanksgiving"
            if var holiday = holidayDate(at: unit, relation: offset) {
                holiday.tokens = index..<holiday.tokens.upperBound
                return holiday
            }
            // "last summer", "next spring", "this winter" (not "the last summer of his life", "this fall in prices").
            if let season = lookup(Self.seasons, unit), !isListed(Self.seasonBlockers, index - 1),
               !(wordIs(unit, "fall") && (wordIs(unit + 1, "in") || wordIs(unit + 1, "of"))) {
                return NumberMatch(label: .date, tokens: index..<(index + 2), attributes: [:],
                                   date: .season(DateExpression.seasonCodes.firstIndex(of: season)!, relation: offset), counts: nil)
            }
            // "this Sunday": that day of the reference's week, "this" in the span ("this Wednesday, March 4" is the date named).
            if let weekday = lookup(NumberWords.weekdays, unit) {
                if !last, !next, var named = relativeDate(at: unit), case .absolute? = named.date {
                    named.tokens = index..<named.tokens.upperBound
                    return named
                }
                return NumberMatch(label: .date, tokens: index..<dayPartEnd(after: unit), attributes: [:],
                                   date: .relative(unit: last ? .weekdayPast : next ? .weekdayFuture : .weekdayThis, offset: weekday), counts: nil)
            }
            return nil
        }
        guard isCapitalized(index), let weekday = lookup(NumberWords.weekdays, index) else { return nil }
        // "the Good Friday Agreement": the holiday, read from "Good" when it is one, here in a name.
        if wordIs(index - 1, "good"), isCapitalized(index - 1) { return nil }
        // "Wednesday, 24 December 2025": the weekday joins the date it names.
        var dateStart = wordIs(index + 1, ",") ? index + 2 : index + 1
        if dateStart < tokenCount, var date = monthFirstDate(at: dateStart) ?? modifiedMatch(at: dateStart), date.label == .date,
           case .absolute(_, _?, _?)? = date.date {
            date.tokens = index..<date.tokens.upperBound
            return date
        }
        // "Monday the 5th", "Sunday 14th": the weekday and a day of the month are one date, of that day.
        if wordIs(dateStart, "the") { dateStart += 1 }
        if kind(dateStart) == .number, lowered(dateStart).last?.isLetter == true, let day = dayNumber(dateStart), (1...31).contains(day),
           word(dateStart + 1).map({ Self.dayOfMonthFollowers.contains($0) }) ?? true { // not "Saturday, the 30th anniversary"
            return NumberMatch(label: .date, tokens: index..<(dateStart + 1), attributes: [:], date: .absolute(year: nil, month: nil, day: day), counts: nil)
        }
        // "every Monday", "each Friday": a weekday that recurs, no one day of it (TIMEX3's SET value, never resolved).
        if index - 1 >= matchFloor, wordIs(index - 1, "every") || wordIs(index - 1, "each") {
            return NumberMatch(label: .date, tokens: (index - 1)..<(index + 1), attributes: [:], date: nil, counts: nil)
                .withValue(DateText.yearlessWeekday(weekday))
        }
        // "this coming Friday", "this past Monday": the next or the last such day, "this" in the span
        // (read from the weekday: "coming" and "past" after "this" start nothing else).
        if index - 2 >= matchFloor, wordIs(index - 2, "this"), wordIs(index - 1, "coming") || wordIs(index - 1, "past") {
            return NumberMatch(label: .date, tokens: (index - 2)..<dayPartEnd(after: index), attributes: [:],
                               date: .relative(unit: wordIs(index - 1, "past") ? .weekdayPast : .weekdayFuture, offset: weekday), counts: nil)
        }
        let end = dayPartEnd(after: index)
        if wordIs(end, "through"), let through = weekdaysThrough(weekday, start: index, joiner: end) { return through }
        // "late Monday", "early Tuesday": the word places the time within the day, in the span as in
        // "late May", the value the day's (not after a form of "be" or an intensifier: "was late Monday").
        let begin = index - 1 >= matchFloor && (wordIs(index - 1, "early") || wordIs(index - 1, "late"))
            && !isListed(Self.adjectiveLeads, index - 2) ? index - 1 : index
        return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: .weekday(weekday), counts: nil)
    }

    /// "Tuesday morning", "last Friday night", "yesterday afternoon": the part of the day after a
    /// day is in its span, the value still the day's (as "last night" and "this morning" are). Not
    /// a capitalized one, a name's: "Saturday Night Live". The token after the span.
    func dayPartEnd(after index: Int) -> Int {
        isListed(Self.dayParts, index + 1) && !isCapitalized(index + 1) ? index + 2 : index + 1
    }

    static let dayParts: WordList = ["morning", "afternoon", "evening", "night"]

    /// False when the token cannot lower-case to "week", "month" or "year" and more: an ASCII
    /// token must begin with one of them. (Anything else is left to the String test.)
    private func mayBeginWithCalendarUnit(_ index: Int) -> Bool {
        let range = tokens[index].span.bytes
        guard range.count > 4 else { return false }
        if containsNonASCII(index) { return true }
        func begins(_ word: StaticString) -> Bool {
            (0..<4).allSatisfy { offset in
                let byte = bytes[range.lowerBound + offset]
                return (byte &- 65 < 26 ? byte | 0x20 : byte) == word.utf8Start[offset]
            }
        }
        return begins("week") || begins("mont") || begins("year")
    }

    /// A range sharing its unit: "10-15 km", "10 to 15", "between 10 and 15".
    func range(after core: Core, start: Int, attributes: Attributes, currency: String?) -> NumberMatch? {
        var end = core.tokens.upperBound
        guard kind(end) == .word || kind(end) == .punctuation || kind(end) == .symbol else { return nil }
        // "between 5% and 7%": the unit may be written after both bounds.
        // Only after "between" may the unit come first ("between 5% and 7%").
        // "between $5 and $10": "between" stands before the currency symbol.
        let afterBetween = wordIs(start - 1, "between") || wordIs(core.tokens.lowerBound - 1, "between")
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
        guard isListed(Self.rangeJoiners, end) else { return nil }
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
        if joiner == "to", high >= 8 * low, low > 0, isIn(Self.changeVerbs, start - 1) || (wordIs(start - 1, "by") && isIn(Self.changeVerbs, start - 2)) {
            return nil
        }
        var rangeEnd = second.tokens.upperBound
        if core.yearLike && second.yearLike {
            let begin = start > 0 && (wordIs(start - 1, "from") || wordIs(start - 1, "between")) ? start - 1 : start
            return yearSpan(Int(low), Int(high), tokens: begin..<rangeEnd)
        }
        let begin = wordIs(start - 1, "between") || (wordIs(start - 1, "from") && joiner == "to") ? start - 1 : start
        // "24-25 December", "from 10 to 15 December 2025": days of one month.
        if core.kind == .digits, joiner != "or", !core.magnified, !second.magnified, low >= 1, high <= 31, low == low.rounded(), high == high.rounded(),
           let month = lookup(NumberWords.months, rangeEnd), isCapitalized(rangeEnd),
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
        } else if isListed(Self.ageWords, begin - 1) || (wordIs(rangeEnd, "age") && isListed(Self.ageBands, rangeEnd + 1)) {
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
              wordIs(start - 1, "point"), isListed(Self.pointLeads, start - 2) || isIn(Self.changeVerbs, start - 2),
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

    /// "in 2019 and 2020 sales fell": a year after another year and "and"/"or" is a year too, before a noun.
    func isSecondYear(_ index: Int) -> Bool {
        guard isListed(Self.ordinalJoiners, index - 1), kind(index - 2) == .number, let year = integer(index - 2, length: 4) else { return false }
        return (1800...2100).contains(year)
    }

    /// A DATE of the years `first` through `last`; after "fiscal"/"FY" one fiscal year across two
    /// calendar years ("fiscal 1986-87", "FY 2024/25"), the fiscal words in the span.
    func yearSpan(_ first: Int, _ last: Int, tokens: Range<Int>) -> NumberMatch {
        let fiscal = last == first + 1 ? fiscalStart(before: tokens.lowerBound) : nil
        return NumberMatch(label: .date, tokens: (fiscal ?? tokens.lowerBound)..<tokens.upperBound, attributes: fiscal == nil ? [:] : ["fiscal": true],
                           date: nil, counts: nil).withValue("\(first)/\(last)")
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

    /// "rates of 5.25% to 5.5%", "a 5% to 10% stake": a percentage and "to" at `index`, which with a
    /// second percentage make a RANGE, unless a change comes first: "rose 3% to 5%" is as often a
    /// change and the level it reached, and "cut the rate by one pct to 16.5 pct" always is; they
    /// stay two numbers (as "fell $1.125 to $13.625").
    /// Whether a unit of measure and the range's joiner follow the first bound: after "between", or
    /// after "from" with no verb of change before it, or before "to" alone, as for a percentage, not
    /// after a verb of change, "by" or "to" ("dropped from 20 metres to 50 metres", "fell 31,800
    /// tonnes to 432,800 tonnes" and "increase by a record 2.8 mln tonnes to 71.8 mln tonnes" are a
    /// move and the level it led to, as "fell $1.125 to $13.625" is). Apart from `range`, which
    /// asks it seldom and runs for every number.
    @inline(never)
    func measureBeforeJoiner(core: Core, start: Int, afterBetween: Bool, afterFrom: Bool) -> Bool {
        guard afterBetween || (afterFrom ? !isIn(Self.changeVerbs, start - 2)
            : !isIn(Self.changeVerbs, start - 1) && !(start - 3..<start).contains(where: { wordIs($0, "by") }) && !wordIs(start - 1, "to")),
            let measure = measureUnit(at: core.tokens.upperBound, words: core.kind == .words) else { return false }
        return wordIs(core.tokens.upperBound + measure.length, afterBetween ? "and" : "to")
    }

    func percentThenTo(at index: Int, start: Int) -> Bool {
        // The caller has seen "to" one or two tokens on, the places it can have after a percentage.
        guard let length = percentLength(at: index), wordIs(index + length, "to") else { return false }
        return !isIn(Self.changeVerbs, start - 1) && !wordIs(start - 1, "by") && !wordIs(start - 1, "to") // "fell to 36.3 pct to 40.3 pct a year before"
    }

    // MARK: - Context rules

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
        if isListed(Self.ordinalJoiners, index - 1), lookup(NumberWords.ordinalUnits, index - 2) != nil { return true }
        return isIn(Self.ordinalLeads, index - 1) || (word(index + 1)?.hasSuffix("est") ?? false) || wordIs(index + 1, "-")
    }

    /// Words after which "first", "second" and "third" rank something.
    static let ordinalLeads = WordSet(["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "for", "in", "this", "that", "'s", "’s"]
                                      + rankVerbList)
    /// Verbs of change, after which "X to Y" may be a change and the level it led to.
    static let changeVerbs: WordSet = [
        "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "gained", "gain", "gains", "lost", "lose", "loses",
        "climbed", "jumped", "dropped", "slipped", "declined", "increased", "decreased", "added", "eased", "edged", "advanced", "up", "down",
        "shed", "surged", "soared", "plunged", "tumbled", "slid", "rallied", "grew", "cut", "raised", "lowered", "boosted", "reduced",
    ]
    static let rankVerbList = ["finished", "came", "ranked", "placed", "finish", "come", "rank", "place", "ranks", "finishes", "comes"]
    static let rankVerbs = WordSet(rankVerbList)

    /// "one" counts in "only one soldier", "one of 12 cities", "one of them"; not in
    /// "the one who", "no one", "one another", "one day", "one of the largest".
    /// Tested on the tokens, as `ordinalWordAllowed`.
    func oneIsCount(at index: Int) -> Bool {
        if isListed(Self.pronounOneLeads, index - 1) { return false }
        // "lasted one day", "for one day": after a word that takes an amount of time it counts the
        // day ("One day he left" tells a story; "one day" is left out elsewhere).
        // "One day later" counts it too, as "two days later" and "one week later" do.
        if isListed(Self.pronounOneFollowers, index + 1) {
            return wordIs(index + 1, "day") && (isListed(Self.oneUnitLeads, index - 1) || wordIs(index + 2, "later") || wordIs(index + 2, "earlier"))
        }
        if wordIs(index + 1, "of"), wordIs(index + 2, "the"), let after = word(index + 3), after.hasSuffix("est") || after == "most" { return false }
        if index + 1 >= tokenCount || isListed(Self.clauseEnds, index + 1) { return wordIs(index - 1, "only") || wordIs(index - 1, "just") }
        return true
    }

    /// The noun phrase a number counts, right after it: "Russian soldiers", "hogs", "people".
    func counts(after index: Int, plural: Bool) -> Range<Int>? {
        var end = index
        var lastNoun: Int?
        // The test of the word after a noun, kept for the next turn (which tests the same word).
        var tested = (index: -1, noun: false)
        while end < tokenCount, end < index + 4, tokens[end].kind == .word, !lineBreakBefore(end) {
            if isIn(Self.stopWords, end) { break }
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
}

/// Whole values as JSON integers ("27169", not "27169.0"), others as doubles.
func number(_ value: Double) -> AttributeValue {
    value == value.rounded() && abs(value) < 9e15 ? .int(Int(value)) : .double(value)
}

extension NumberMatch {
    func withValue(_ value: String) -> NumberMatch {
        var copy = self
        copy.attributes["value"] = .string(value)
        return copy
    }
}

extension String {
    /// The parts between hyphens (and with `emDash`, "—"), empty parts dropped: what
    /// `split(whereSeparator:)` gives. Splitting by Character is slow, and an ASCII word has one
    /// byte per Character, so its bytes are split instead.
    func dashSeparatedParts(emDash: Bool = false) -> [String] {
        let ascii = utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            // By hand: the generic split made an array of slices first.
            var parts: [String] = []
            var start = 0
            for offset in 0...bytes.count where offset == bytes.count || bytes[offset] == UInt8(ascii: "-") {
                if offset > start { parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)) }
                start = offset + 1
            }
            return parts
        }
        return (ascii ?? nil) ?? split(whereSeparator: { $0 == "-" || (emDash && $0 == "—") }).map(String.init)
    }

    /// `utf8.contains` steps through the view one index at a time; this reads the bytes in place.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// A suffix compared byte by byte, in place.
    func hasByteSuffix(_ suffix: StaticString) -> Bool {
        let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        return utf8.withContiguousStorageIfAvailable { $0.count >= tail.count && $0[($0.count - tail.count)...].elementsEqual(tail) }
            ?? (utf8.count >= tail.count && utf8.suffix(tail.count).elementsEqual(tail))
    }

    /// Drops an ordinal suffix: "24th" → "24".
    func trimmingSuffix() -> String {
        // Most end in a digit: a last byte that is ASCII and none of "t", "d", "h" ends no suffix.
        if let last = utf8.last, last < 0x80, last != UInt8(ascii: "t"), last != UInt8(ascii: "d"), last != UInt8(ascii: "h") { return self }
        for suffix in ["st", "nd", "rd", "th"] where hasSuffix(suffix) { return String(dropLast(2)) }
        return self
    }
}


// MARK: - Fixed expressions

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
            guard let relation = self.word(index + 1), relation == "past" || relation == "to", let hour = core(at: index + 2),
                  hour.kind == .digits || hour.kind == .words, hour.tokens.count == 1, (1...12).contains(hour.value), hour.value == hour.value.rounded()
            else { return nil }
            // "(a) quarter to 5 percent" is no clock.
            if relation == "to", followerMatters(hour.tokens.upperBound) { return nil }
            let offset = word == "half" ? 30 : 15
            let clock = Int(hour.value) * 60 + (relation == "past" ? offset : -offset)
            // "quarter past eight in the evening", "half past nine p.m."
            guard let (end, minutes) = spokenClock(clock, at: hour.tokens.upperBound, lead: nil) else { return nil }
            return NumberMatch(label: .time, tokens: index..<end, attributes: ["value": .string(Self.clock(minutes))], date: nil, counts: nil)
        case "no.":
            // "world No. 1" ranks; "No. 10 Downing Street" does not.
            guard let previous = self.word(index - 1), Self.rankLeads.contains(previous), kind(index + 1) == .number,
                  let rank = Int(lowered(index + 1)), rank > 0 else { return nil }
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
           isListed(Self.hourLeads, index - 1) || isListed(Self.meridiems, index + 1), let hour = NumberWords.units[parts[0]], (1...12).contains(hour),
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
                return NumberMatch(label: .quantity, tokens: index..<(index + 1), attributes: ["value": number(amount), "unit": .string(unit)], date: nil, counts: nil)
            }
        }
        return nil
    }

    /// "… and 50 cents", "… and twenty pence" after an amount in the same currency: the subunits
    /// as a fraction of the unit, and the token after them. One amount, as readers say it.
    func subunitAmount(after end: Int, currency code: String) -> (Double, Int)? {
        guard wordIs(end, "and"), let cents = core(at: end + 1), cents.kind == .digits || cents.kind == .words,
              cents.value >= 1, cents.value < 100, cents.value == cents.value.rounded(),
              let (length, subunitCode, factor) = currencySuffix(at: cents.tokens.upperBound), factor == 0.01,
              // "5 euros and 50 cents": a cent is a hundredth of the euro and of every dollar.
              subunitCode == code || (subunitCode == "USD" && Self.centCurrencies.contains(code) && isListed(Self.centWords, cents.tokens.upperBound))
        else { return nil }
        return (cents.value / 100, cents.tokens.upperBound + length)
    }

    /// Currencies whose hundredth is called a cent, beside the US dollar the word means alone.
    static let centCurrencies: Set<String> = ["EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"]
    static let centWords: WordList = ["cents", "cent"]

    /// A half of a year as TIMEX3 writes it: "2024-H1".
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

    func halfYear(_ year: Int, _ half: Int, tokens: Range<Int>) -> NumberMatch {
        NumberMatch(label: .date, tokens: tokens, attributes: [:], date: nil, counts: nil).withValue("\(year)-H\(half)")
    }

    /// "the January-March trade surplus", "Jan-Dec, 1986", "January-June 1988": months joined by a
    /// hyphen in one word are a DATE interval, as "from January to March" is; a year after them
    /// applies to both, the first's the year before when the span crosses New Year ("Oct-Sept 1987").
    func monthSpan(_ word: String, at index: Int) -> NumberMatch? {
        // (Two short Strings, no array: most capitalized words with a hyphen here are no months.)
        guard let hyphen = word.utf8.firstIndex(of: UInt8(ascii: "-")), let first = NumberWords.months[String(word[..<hyphen])],
              let last = NumberWords.months[String(word[word.utf8.index(after: hyphen)...])], first != last else { return nil }
        let yearIndex = wordIs(index + 1, ",") ? index + 2 : index + 1
        let year = kind(yearIndex) == .number ? integer(yearIndex, length: 4).flatMap { (1800...2100).contains($0) ? $0 : nil } : nil
        // ("Oct-Sept" without its year: which October comes first is unknown.)
        if year == nil, first > last { return nil }
        let date = DateExpression.monthSpan(first: SpanEnd(year: year.map { first > last ? $0 - 1 : $0 }, month: first, day: nil).packed,
                                            last: SpanEnd(year: year, month: last, day: nil).packed)
        return NumberMatch(label: .date, tokens: index..<(year == nil ? index + 1 : yearIndex + 1), attributes: [:], date: date, counts: nil)
    }

    /// "of the year", "of last year", "of next year", "of this year" after a half or a quarter: the
    /// year's offset from the reference's and the token after the span.
    func relativeYear(after index: Int) -> (Int, Int)? {
        // ("of the year ending October 31", "of the year to March 31": a fiscal year, not the calendar's.)
        guard wordIs(index, "of"), wordIs(index + 2, "year"), !isListed(Self.fiscalYearEnds, index + 3),
              !((wordIs(index + 3, "to") || wordIs(index + 3, "through")) && lookup(NumberWords.months, index + 4) != nil) else { return nil }
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

    /// "24.12.2025" (day first), "14/03/2025", "12/24/2025" and "5/13/2024" (whichever order is possible).
    /// When both orders are possible ("03/04/2025") only the year is certain, so only the year is given.
    func numericDate(at index: Int) -> NumberMatch? {
        // An ASCII token of other than ten bytes is no such date; only other tokens need their lower-cased text.
        let range = tokens[index].span.bytes
        if !bytes[range].contains(where: { $0 >= 0x80 }) {
            // "5/6/2024" to "24.12.2025": eight to ten bytes, a separator after one or two digits.
            guard (8...10).contains(range.count) else {
                return range.count == 7 && bytes[range.lowerBound + 4] == UInt8(ascii: "/") ? slashedYears(at: index) : nil
            }
            let second = bytes[range.lowerBound + 1], third = bytes[range.lowerBound + 2]
            guard second == UInt8(ascii: "/") || second == UInt8(ascii: ".") || third == UInt8(ascii: "/") || third == UInt8(ascii: ".") else { return nil }
        }
        let text = lowered(index)
        guard (8...10).contains(text.utf8.count), let separator = text.first(where: { $0 == "." || $0 == "/" }) else { return nil }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
              let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2]), (1800...2100).contains(year) else { return nil }
        guard !attached(index + 1) || kind(index + 1) == .punctuation, !attached(index) || kind(index - 1) == .punctuation else { return nil }
        let dayFirst = separator == "." || first > 12
        let (day, month) = dayFirst ? (first, second) : (second, first)
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month, of: year) else { return nil }
        let ambiguous = separator == "/" && first <= 12 && second <= 12 && first != second
        return NumberMatch(label: .date, tokens: index..<(index + 1), attributes: [:],
                           date: ambiguous ? .absolute(year: year, month: nil, day: nil) : .absolute(year: year, month: month, day: day), counts: nil)
    }
}

// Word lists the rules test; static so that a test allocates nothing.
extension NumberScanner {
    /// Clock suffixes.
    static let meridiems: WordList = ["a.m.", "p.m.", "am", "pm"]
    /// What may follow "the 19th" when it is a day of the month.
    static let dayOfMonthFollowers: WordList = [".", ",", ";", "and", "to"]
    /// Join the two times of an interval.
    static let timeJoiners: WordList = ["to", "-", "–", "and", "until"]
    /// Part of a time interval's span.
    static let intervalLeads: WordList = ["from", "between"]
    /// "a"/"an" before a number word or a unit of time.
    static let articles: WordList = ["a", "an"]
    /// Before a year that is a date even when a noun follows it.
    static let yearLeads: WordList = ["the", "since", "until", "during", "'s", "’s"]
    /// Plurals after a year that are its figures, or verbs: "1986 results", "1987 profits", "1986 includes".
    static let yearNouns: WordList = [
        "earnings", "results", "sales", "profits", "levels", "revenues", "revs", "figures", "crops", "periods", "exports", "imports",
        "losses", "prices", "rates", "amounts", "budgets", "accounts", "deliveries", "operations", "expenditures", "proceeds", "gains",
        "quotas", "payments", "forecasts", "estimates", "targets", "includes", "excludes", "equals", "reflects", "remains", "appears",
    ]
    /// Part of a date span ("early 2026", "mid-January", "end-2025").
    static let periodPrefixes: WordList = ["early", "mid", "late", "end"]
    /// After "degrees".
    static let temperatureScales: WordList = ["c", "celsius", "f", "fahrenheit"]
    /// Lengths that "sq" and "cubic" make areas and volumes.
    static let lengthUnits: WordList = ["mm", "cm", "m", "km", "mi", "ft", "yd", "in"]
    /// Join the two ends of a span of dates after "from".
    static let spanJoiners: WordList = ["to", "until", "till", "through"]
    /// Words joining two days of one month ("Dec 10-15").
    static let dayRangeJoiners: WordList = ["-", "–", "to"]
    /// Before these "May" is a verb more often than the month.
    static let mayVerbLeads: WordList = ["by", "of", "for", "to"]
    /// "earlier this month" names the same month.
    /// Before "this/last/next week/month/year": "earlier this month", "late last year", "early next week"
    /// (not "end", a verb as often: "talks would not end next week").
    static let samePeriodLeads: WordList = ["earlier", "later", "early", "late", "mid"]
    /// Before "late"/"early", words that make it an adjective.
    static let adjectiveLeads: WordList = ["be", "is", "was", "were", "are", "been", "very", "too", "so", "unusually"]
    /// After "last", "next", "this"; a weekend is named by its week.
    static let calendarUnits: WordList = ["week", "month", "year", "weekend"]
    /// Words joining the two bounds of a range.
    static let rangeJoiners: WordList = ["-", "–", "to", "and", "or"]
    /// "the 18-24 age group": a range before these is of ages.
    static let ageBands: WordList = ["group", "groups", "bracket", "brackets", "range", "band", "bands", "category"]
    /// Before an age or a range of ages, whose unit is years.
    static let ageWords: WordList = ["aged", "ages", "age"]
    /// Before a decade of life ("in his 40s").
    static let lifePossessives: WordList = ["his", "her", "their"]

    /// "from 1 May to 30 June", "between January and March", "from Monday to Friday": a date after
    /// "from" or "between" and one of the same grain after "to"/"until"/"through" (or "and" after
    /// "between") are one DATE interval, "from" in the span. Changes the match in place.
    func joinDateSpan(_ match: inout NumberMatch) {
        let lead = match.tokens.lowerBound - 1
        // Most dates follow other words ("in", "on", "for"): told by the length, without reading them.
        guard lead >= matchFloor, lead >= 0, tokens[lead].span.bytes.count == 4 || tokens[lead].span.bytes.count == 7 else { return }
        let between = wordIs(lead, "between")
        guard between || wordIs(lead, "from"), let first = match.date, match.byteEnd == nil else { return }
        let joiner = match.tokens.upperBound
        guard between ? wordIs(joiner, "and") : isListed(Self.spanJoiners, joiner), joiner + 1 < tokenCount,
              case let secondStart = isListed(Self.periodPrefixes, joiner + 1) ? joiner + 2 : joiner + 1, // "to early March"
              let second = self.match(at: secondStart) ?? bareMonth(at: secondStart) ?? dayOfMonth(at: secondStart), second.label == .date,
              let last = second.date else { return }
        let date: DateExpression
        switch (first, last) {
        case let (.absolute(firstYear, firstMonth?, firstDay), .absolute(lastYear, lastMonth?, lastDay))
            where (firstDay == nil) == (lastDay == nil) && (firstYear == nil || lastYear != nil):
            date = .monthSpan(first: SpanEnd(year: firstYear, month: firstMonth, day: firstDay).packed,
                              last: SpanEnd(year: lastYear, month: lastMonth, day: lastDay).packed)
        case let (.weekday(firstDay), .weekday(lastDay)):
            date = .weekdaySpan(first: firstDay, last: lastDay)
        // "from the 5th to the 9th", "from the 5th to the 9th of July": days of one month, the
        // second's month (or the month the first resolves to) for both.
        case let (.absolute(nil, nil, firstDay?), .absolute(lastYear, lastMonth, lastDay?)) where firstDay < lastDay && (lastMonth != nil || lastYear == nil):
            date = .dayInterval(year: lastYear, month: lastMonth ?? 0, first: firstDay, last: lastDay)
        default:
            return
        }
        match = NumberMatch(label: .date, tokens: lead..<second.tokens.upperBound, attributes: [:], date: date, counts: nil)
    }

    /// "since Tuesday", "since March", "since June 20": "since" names a moment already past, so a
    /// bare date after it is the latest such date not after the reference, not the nearest (which
    /// may be ahead of it). Changes the match in place.
    func pastAfterSince(_ match: inout NumberMatch) {
        let lead = match.tokens.lowerBound - 1
        // Told by the length first: most dates follow other words.
        guard lead >= 0, tokens[lead].span.bytes.count == 5, wordIs(lead, "since"), let date = match.date else { return }
        switch date {
        case let .weekday(day): match.date = .notAfterReference(month: 0, day: day)
        case let .absolute(nil, month?, day): match.date = .notAfterReference(month: month, day: day ?? 0)
        default: return
        }
    }

    /// "Monday through Friday": US usage joins two weekdays with "through" alone ("from Monday to
    /// Friday" needs its "from": "moved the vote Monday to Friday" names two days).
    @inline(never)
    func weekdaysThrough(_ firstDay: Int, start: Int, joiner: Int) -> NumberMatch? {
        // (After "from" the span joins its "from" later, as "from Monday to Friday".)
        guard !wordIs(start - 1, "from"), let second = relativeDate(at: joiner + 1), case let .weekday(lastDay)? = second.date else { return nil }
        return NumberMatch(label: .date, tokens: start..<second.tokens.upperBound, attributes: [:],
                           date: .weekdaySpan(first: firstDay, last: lastDay), counts: nil)
    }

    /// "from 8pm to midnight", "between noon and 2pm": two clock times after "from" or "between" are
    /// one TIME interval, as "from 9 am to 5 pm" is (a clock word is a match of its own, which the
    /// number's reading of an interval does not reach). Changes the match in place.
    func joinTimeSpan(_ match: inout NumberMatch) {
        // "noon to 3 p.m.", "midnight-5 a.m.": a clock word before an hour with its a.m./p.m. is the
        // interval's first end without "from" too, as "9 a.m. to 5 p.m." is.
        if match.tokens.count == 1, let (first, joiner) = clockWord(at: match.tokens.lowerBound), isListed(Self.timeJoiners, joiner), !wordIs(joiner, "and"),
           let (last, lastEnd) = clockWithMeridiem(at: joiner + 1) {
            match = timeInterval(match.tokens.lowerBound, lastEnd, first, last)
            return
        }
        let lead = match.tokens.lowerBound - 1
        guard lead >= matchFloor, lead >= 0, tokens[lead].span.bytes.count == 4 || tokens[lead].span.bytes.count == 7 else { return }
        let between = wordIs(lead, "between")
        guard between || wordIs(lead, "from"), case let .string(first)? = match.attributes["value"], !first.contains("/") else { return }
        let joiner = match.tokens.upperBound
        guard between ? wordIs(joiner, "and") : isListed(Self.spanJoiners, joiner),
              let second = self.match(at: joiner + 1), second.label == .time,
              case let .string(last)? = second.attributes["value"], !last.contains("/") else { return }
        match = NumberMatch(label: .time, tokens: lead..<second.tokens.upperBound, attributes: ["value": .string(first + "/" + last)], date: nil, counts: nil)
    }

    /// "the 9th", as the second end of "from the 5th to the 9th": the day is read from its number
    /// (a match starts there), "the" joining it.
    func dayOfMonth(at index: Int) -> NumberMatch? {
        guard wordIs(index, "the"), kind(index + 1) == .number, let day = match(at: index + 1), day.tokens.lowerBound == index,
              case .absolute(nil, _, _)? = day.date else { return nil }
        return day
    }

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
              !isIn(Self.stopWords, next), isNounLike(at: next, plural: false) else { return false }
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

    /// A capitalized month name alone, as the second end of "between January and March" (there
    /// "May" is the month too).
    func bareMonth(at index: Int) -> NumberMatch? {
        guard isCapitalized(index), let month = lookup(NumberWords.months, index) else { return nil }
        return NumberMatch(label: .date, tokens: index..<(index + 1), attributes: [:], date: .absolute(year: nil, month: month, day: nil), counts: nil)
    }

    /// "a man aged 35", "at age 92", "aged 19 and 22": a bare number of years after an age word is an age, a
    /// DURATION like "35 years old" with `age: true` (see CONVENTIONS.md).
    /// Changes the match in place: the many that are no age are not copied.
    func markAge(_ match: inout NumberMatch) {
        // "at the age of 50"
        let lead = match.tokens.lowerBound - 1
        let theAgeOf = wordIs(lead - 1, "age") && wordIs(lead, "of") && wordIs(lead - 2, "the")
        // (After "the age of" a word after the number is no counted noun: "under the age of 16 needs".)
        guard match.counts == nil || theAgeOf && match.attributes.count == 1 else { return }
        var bound: (start: Int, comparator: String)?
        if theAgeOf, let comparator = Self.ageBounds[lowered(lead - 3)] {
            bound = (lead - 3, comparator) // "over the age of 65": the bound's words in the span, as in "over 65"
        } else if wordIs(lead, "as"), wordIs(lead - 2, "as"), match.attributes.count == 1 {
            // "as young as 10" is the low end of the ages, as "as few as" is of counts.
            if wordIs(lead - 1, "young") { bound = (lead - 2, ">=") } else if wordIs(lead - 1, "old") { bound = (lead - 2, "<=") }
        }
        guard bound != nil || theAgeOf || isListed(Self.ageWords, lead)
                || (kind(lead - 1) == .number && isListed(Self.ageWords, lead - 2) && (wordIs(lead, "and") || wordIs(lead, "or"))) // "aged 19 and 22"
                || (wordIs(lead, ",") && isApposedAge(match.tokens, fields: match.attributes.count)) || (wordIs(lead, "at") && isLifeEventAge(after: lead - 1, end: match.tokens.upperBound)) // "died at 85"
                || (isListed(Self.turningVerbs, lead) && match.attributes.count == 1 && isTurnedAge(end: match.tokens.upperBound)), // "who turned 80 last year"
              let years = match.attributes["value"]?.intValue, (1...130).contains(years) else { return }
        match.label = .duration
        match.attributes["value"] = .string("P\(years)Y")
        match.attributes["age"] = true
        match.counts = nil
        if let (start, comparator) = bound {
            match.tokens = start..<match.tokens.upperBound
            match.attributes["comparator"] = .string(comparator)
        }
    }
    /// Before "the age of": a bound on the age ("children under the age of 18").
    static let ageBounds: [String: String] = ["over": ">", "above": ">", "under": "<", "below": "<"]
    static let turningVerbs: WordList = ["turned", "turns", "turning", "turn"]
    /// "turned 80 last year", "turns 66 soon", "when they turn 18,": a number of years ends the
    /// clause after "turn" (else it is a move: "turned 2 points lower" counts points).
    func isTurnedAge(end: Int) -> Bool {
        guard end < tokenCount else { return true }
        return isListed(Self.clauseEnds, end) || isListed(Self.turnedFollowers, end)
    }
    static let turnedFollowers: WordList = [
        "and", "on", "in", "last", "this", "next", "soon", "earlier", "later", "today", "yesterday", "tomorrow", "when", "before",
        "while", "but", "or", "-", "—", ")", "!", "?",
    ]
    /// "Gordon Davis, 50, will replace", "Drexler, 42, had been", "the suspect, 32, was charged": a
    /// bare number set off by commas after a name or a word for a person is the person's age (the
    /// news convention). The word after the second comma is in lower case, as a verb or a title is,
    /// and no number stands before the name: "Boston, 12, Chicago, 15, and Denver" is a list of counts.
    /// `fields`: how many the match has (only a bare value qualifies). The caller has seen the first comma.
    func isApposedAge(_ span: Range<Int>, fields: @autoclosure () -> Int) -> Bool {
        let lead = span.lowerBound - 1, end = span.upperBound
        guard wordIs(end, ","), span.count == 1, fields() == 1,
              kind(end + 1) == .word, !isCapitalized(end + 1), kind(lead - 1) == .word || kind(lead - 1) == .abbreviation,
              case let digits = tokens[span.lowerBound].span.bytes, digits.count <= 3, bytes[digits].allSatisfy(Self.isDigit) else { return false }
        if wordIs(lead - 2, ","), kind(lead - 3) == .number { return false }
        if isIn(Self.personWords, lead - 1) { return true }
        return isCapitalized(lead - 1) && !isAllCaps(lead - 1) && lookup(NumberWords.months, lead - 1) == nil && lookup(NumberWords.weekdays, lead - 1) == nil
    }
    /// "died at 85"; "became a mother at 19", "married at 25 and divorced at 30", "retired at 60.":
    /// an event of a life, the number after "at" the age it came at. Only a death reads an age
    /// before anything: after the others the number must end its clause ("retired at 60 bases").
    func isLifeEventAge(after event: Int, end: Int) -> Bool {
        isListed(Self.deathVerbs, event) || (isListed(Self.lifeEvents, event) && (isListed(Self.clauseEnds, end) || wordIs(end, "and")))
    }
    static let deathVerbs: WordList = ["died", "dies", "dead", "death"]
    static let lifeEvents: WordList = [
        "mother", "father", "parent", "grandmother", "grandfather", "widow", "widower", "married", "marry", "divorced", "widowed",
        "orphaned", "retired", "retire", "retiring", "emigrated",
    ]
    static let personWords: WordSet = [
        "man", "woman", "boy", "girl", "suspect", "victim", "teenager", "driver", "mother", "father", "son", "daughter", "wife", "husband",
        "brother", "sister", "student", "pilot", "soldier", "officer", "resident", "passenger", "patient", "friend", "partner", "gunman",
        "toddler", "baby", "infant", "child", "teen", "grandmother", "grandfather",
    ]
    /// After "first"/"second": a fixed phrase, not a rank.
    static let nonRankFollowers: WordList = ["opinion", "thoughts", "hand", "-", "lady", "aid"]
    /// Before these "second" ranks nothing ("for a second.", "every second counts").
    static let bareSecondFollowers: WordList = [".", ",", "counts", "!"]
    /// Words after "a second" that make it a moment, not a second thing: "a fraction of a second
    /// in a slow computer", "a second or two", "a second later".
    static let momentFollowers: WordList = ["in", "or", "over", "to", "later", "earlier", "ago", "before", "after", "longer"]
    /// Join two ordinals ("the second and third").
    static let ordinalJoiners: WordList = ["and", "or"]
    /// Before these "one" is a pronoun.
    static let pronounOneLeads: WordList = ["the", "no", "any", "every", "each", "this", "that", "which", "someone", "anyone"]
    /// After these, "one" is a pronoun.
    static let pronounOneFollowers: WordList = ["another", "who", "day", "time", "way", "thing", "could", "should", "would", "can", "must", "might", "may", "-", "'s", "’s"]
    /// A "one" that ends its clause counts only after "only" or "just".
    static let clauseEnds: WordList = [".", ",", ";", ":"]
    /// After an hour said without a.m. or p.m. ("tomorrow morning at 9, ..."): not "at 9 percent".
    static let hourFollowers: WordList = [".", ",", ";", ":", "and", "on", "to", "with", "when", "for", "in", "sharp", "!", "?"]
    /// Before "No. 1" when it ranks.
    static let rankLeads: WordList = ["world", "ranked", "seeded"]
    /// "a week" is one unit of time after these.
    static let oneUnitLeads: WordList = ["for", "in", "within", "over", "after", "than", "nearly", "almost", "about", "spent", "lasted", "took", "served",
                                         "take", "takes", "taking", "lasts", "lasting", "spend", "spends", "spending"]
    /// Join the tens and the unit of an ordinal ("forty—second").
    static let dashes: WordList = ["-", "—", "–"]
}
