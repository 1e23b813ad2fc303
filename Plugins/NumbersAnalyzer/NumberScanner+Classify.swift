import TextAnalysis

// The label of a number read from what surrounds it (`classify`), and the few tests only it makes.
// Word lists are static lets, so that a test allocates nothing.
extension NumberScanner {
    /// Decides the label from what surrounds the core.
    /// The length unit after the number that follows "by" or "x" at `joiner` ("by 25 metres"), nil
    /// when that number has none or is no plain side ("by 25 per cent", "by 2030").
    @inline(never)
    func sizeUnitAfter(by joiner: Int) -> String? {
        guard kind(joiner + 1) == .number, let second = core(at: joiner + 1), second.kind == .digits, second.tokens.count == 1, !second.magnified,
              let measure = measureUnit(at: second.tokens.upperBound, words: false), measure.factor == 1, Self.lengthUnits.contains(measure.unit) else { return nil }
        return measure.unit
    }

    /// The seconds of a clock written with them ("2:03:17"), nil for "10:30".
    @inline(never)
    func clockSeconds(_ index: Int) -> Int? {
        let parts = lowered(index).split(separator: ":")
        guard parts.count == 3, parts[2].utf8.count == 2, let seconds = Int(parts[2]), seconds < 60 else { return nil }
        return seconds
    }

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
            // With room for the modifier's fields and the counted noun the annotation adds: growing
            // the array for "counts" cost an allocation and a copy per counting match. (Filling an
            // array made at its size, by `Array(repeating:count:)` or an uninitialized buffer, cost
            // far more: their generic allocation, about 650 instructions a match.)
            var all: [Attribute] = []
            all.reserveCapacity(2 + attributes.count + (countRange == nil ? 0 : 1))
            all.append(Attribute("value", fieldValue))
            if let second { all.append(Attribute(second.key, second.value)) }
            for attribute in attributes.list {
                // (As `Attributes`' subscript sets it: a key already there keeps its place.)
                if let index = all.firstIndex(where: { $0.key == attribute.key }) { all[index].value = attribute.value } else { all.append(attribute) }
            }
            return NumberMatch(label: label, tokens: start..<end, attributes: Attributes(distinct: all), date: nil, counts: countRange)
        }
        func makeTime(_ minutes: Int) -> NumberMatch {
            var zone = ""
            if let next = word(end), next == "gmt" || next == "utc" { end += 1; zone = "Z" }
            else if let offset = zoneOffset(at: end) { end += 1; zone = offset }
            else if isAmbiguousZone(end) { end += 1 }
            return make(.time, .string(Self.clock(minutes) + zone))
        }
        // "a 30-something teacher", "20-somethings": an age in that decade of life.
        if core.kind == .digits, core.tokens.count == 1, value >= 20, value <= 90, attached(end), prefixCurrency == nil, attributes.isEmpty, wordIs(end, "-"),
           let age = somethingAge(Int(value), at: start, something: end + 1) {
            return age
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
                   clock < 1000 || isListed(tables.hourLeads, start - 1) || wordIs(end + 1, "gmt") || wordIs(end + 1, "local") || zoneOffset(at: end + 1) != nil {
                    end += 1
                    return makeTime(clock / 100 * 60 + clock % 100)
                }
                // "at 0630", "around 0936", "from 0800 to 1415": four digits with the clock's leading zero
                // after a word that takes an hour (without the zero, "by 2010" and "from 1949" are years).
                if bytes[tokens[core.tokens.lowerBound].span.bytes.lowerBound] == UInt8(ascii: "0"), isListed(tables.hourLeads, core.tokens.lowerBound - 1),
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
        // "at ten to six", "until five to nine": minutes before an hour, said after "at", "until" or
        // "till" (elsewhere "five to ten" is a range), the minutes a multiple of five up to 25 ("a
        // quarter to" is an idiom), and the hour ending its phrase or said with its a.m./p.m. or part
        // of the day (nineteenth round).
        if core.kind == .words, core.tokens.count == 1, wordIs(end, "to"), value >= 5, value <= 25, Int(value) % 5 == 0, value == value.rounded(),
           start - 1 >= matchFloor, isListed(Self.minutesToLeads, start - 1), let hour = self.core(at: end + 1),
           hour.kind == .words || hour.kind == .digits, hour.tokens.count == 1, (1...12).contains(hour.value), hour.value == hour.value.rounded(),
           let (clockEnd, minutes) = spokenClock(Int(hour.value) * 60 - Int(value), at: hour.tokens.upperBound, lead: start - 1) {
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
                if isListed(tables.periodPrefixes, begin - 1) { begin -= 1 }
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
            if let month = lookup(tables.months, end), isCapitalized(end) {
                // "the 2nd of March" is handled as "2nd March" without "of": day then month.
                return dayMonth(day: Int(value), month: month, start: start, monthIndex: end)
            }
            if wordIs(end, "of"), let month = lookup(tables.months, end + 1), isCapitalized(end + 1) {
                return dayMonth(day: Int(value), month: month, start: start, monthIndex: end + 1)
            }
            // "the 92nd Separate Mechanized Brigade": an ordinal before a capitalized name is part of it.
            if !isWord, kind(end) == .word, isCapitalized(end), !sentenceStart(end), !isProperAdjective(end), !isTitleCaseLine(end) { return nil }
            // "on the 19th": a day of the month.
            // ("on the 15th at 3pm": before "at" too after a word that takes a date; nineteenth round.)
            if !isWord, wordIs(start - 1, "the"), value >= 1, value <= 31,
               word(end).map({ Self.dayOfMonthFollowers.contains($0) || $0 == "at" && isListed(Self.bareDayLeads, start - 2) }) ?? true {
                return NumberMatch(label: .date, tokens: (start - 1)..<end, attributes: [:], date: .absolute(year: nil, month: nil, day: Int(value)), counts: nil)
            }
            return make(.ordinal, number(value))
        case .time:
            // "finished in 2:03:17", "a time of 4:32:10": hours, minutes and seconds after "in" or "of"
            // are a race's or a stage's time, a DURATION (stop 28; the clock had dropped the seconds).
            if core.tokens.count == 1, wordIs(start - 1, "in") || wordIs(start - 1, "of"), let seconds = clockSeconds(core.tokens.lowerBound) {
                let whole = Int(value)
                let parts = [(whole / 60, "H"), (whole % 60, "M"), (seconds, "S")].filter { $0.0 > 0 }.map { "\($0.0)\($0.1)" }
                return make(.duration, .string("PT" + (parts.isEmpty ? "0S" : parts.joined())))
            }
            var minutes = Int(value)
            end = meridiem(after: end, minutes: &minutes)
            // "7:30 in the morning"
            if end == core.tokens.upperBound, minutes < 13 * 60, end < tokenCount, Self.mayFollowHour(bytes[tokens[end].span.bytes.lowerBound]),
               let (length, clock) = hourOfDay(minutes, at: end, lead: nil) {
                end += length
                return makeTime(clock)
            }
            // "from 9:00 to 17:00": a TIME interval; with "and" only after "between" ("leave at 06:15 and
            // 18:40" are two departures).
            if isListed(Self.timeJoiners, end), !wordIs(end, "and") || wordIs(start - 1, "between"), let second = self.core(at: end + 1), second.kind == .time {
                var last = Int(second.value)
                let secondEnd = meridiem(after: second.tokens.upperBound, minutes: &last)
                return timeInterval(start, secondEnd, minutes, last)
            }
            // "between 9:30 a.m. and 4 p.m."
            if end > core.tokens.upperBound, isListed(Self.timeJoiners, end), !wordIs(end, "and") || wordIs(start - 1, "between"),
               let (last, lastEnd) = clockWithMeridiem(at: end + 1) ?? (wordIs(end, "and") ? nil : clockWord(at: end + 1)) {
                return timeInterval(start, lastEnd, minutes, last)
            }
            // "9:30 a.m.-4 p.m.", as "9 a.m.-5 p.m."
            if end > core.tokens.upperBound, attached(end), let (last, lastEnd) = hyphenedClockWithMeridiem(at: end) {
                return timeInterval(start, lastEnd, minutes, last)
            }
            // "won in 2:05 hours", "a time of 3:30 hrs": hours and minutes of a race or a flight, a
            // DURATION, "hours" in the span; a clock after a word that takes one ("at 2:05 hours") and
            // the military clock's leading zero or afternoon hours ("08:30 hours", "17:00 hrs") stay TIMEs.
            if end == core.tokens.upperBound, wordIs(end, "hrs") || wordIs(end, "hours"), minutes < 13 * 60,
               bytes[tokens[core.tokens.lowerBound].span.bytes.lowerBound] != UInt8(ascii: "0"), !isListed(tables.hourLeads, start - 1), !wordIs(start - 1, "to") {
                end += 1
                return make(.duration, .string("PT\(minutes / 60)H" + (minutes % 60 == 0 ? "" : "\(minutes % 60)M")))
            }
            // "17:00 hrs", "08:30 hours": the military clock's word in the span, as after "1715"; not a
            // race time after in/of/for ("won in 2:05 hours").
            if end == core.tokens.upperBound, wordIs(end, "hrs") || wordIs(end, "hours"), !wordIs(start - 1, "in"), !wordIs(start - 1, "of"),
               !wordIs(start - 1, "for") {
                end += 1
            }
            return makeTime(minutes)
        case .fraction:
            // "1/2 teaspoon", "3/4 mile": a share of a unit written in digits, as "half a mile" is.
            // ("6.5/6.6 tonnes" is two estimates, and the "1/2" of "Series 2-1/2 ton trucks" part of a word.)
            if core.tokens.count == 1, kind(start) == .number, !attached(start), end < tokenCount, tokens[end].kind == .word, !containsByte(start, UInt8(ascii: ".")),
               let measure = measureUnit(at: end, words: false), measure.factor == 1 {
                end += measure.length
                return make(.quantity, number(value), ("unit", .string(measure.unit)))
            }
            // "a quarter past six", "a quarter to 10": a clock time ("a half to one percentage point" is not).
            if wordIs(end, "past") || ((wordIs(end, "to") || wordIs(end, "after")) && wordIs(end - 1, "quarter")), core.tokens.count > 1,
               var time = idiom(at: end - 1), time.label == .time, !followerMatters(time.tokens.upperBound) {
                time.tokens = start..<time.tokens.upperBound
                return time
            }
            // "a half hour", "a quarter century", "a half-hour": that share of one unit of time, as
            // "half an hour" is; before "ago" a date ("a quarter century ago").
            // ("every half hour", "the first half hour": a bare "half" after a word that picks one
            // period out, the same share; stop 25, it had been a FRACTION.)
            if core.tokens.count == 2 ? wordIs(core.tokens.lowerBound, "a") : core.tokens.count == 1 && wordIs(core.tokens.lowerBound, "half") && isPeriodPicker(core.tokens.lowerBound - 1),
               let (designator, isTime, length) = shareOfUnit(core: core, end: end) {
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
            // "a half cup of milk", "a quarter teaspoon", "a quarter mile": a half or a quarter of a unit
            // of measure, the US way without "of", as "half a mile" is (stop 28); not a "third" or a
            // "fifth", which rank ("a third degree burn"), nor degrees, nor the share of a number said
            // before it ("two and a quarter kilograms").
            if core.tokens.count == 2, wordIs(core.tokens.lowerBound, "a"), value == 0.5 || value == 0.25, end < tokenCount, tokens[end].kind == .word,
               !(wordIs(core.tokens.lowerBound - 1, "and") && (kind(core.tokens.lowerBound - 2) == .number || lookup(NumberWords.units, core.tokens.lowerBound - 2) != nil
                   || lookup(NumberWords.tens, core.tokens.lowerBound - 2) != nil)),
               !wordIs(end, "degree"), !wordIs(end, "degrees"), let measure = measureUnit(at: end, words: true), measure.factor == 1 {
                end += measure.length
                return make(.quantity, number(value), ("unit", .string(measure.unit)))
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
        // "$1.5bn-2bn", "€3m-4m": a second bound glued by a hyphen to the first's magnitude, which the
        // tokenizer keeps one word ("bn-2bn"); the whole word in the span (stop 26).
        if let token = core.magnitudeToken, let high = gluedSecondBound(token: token), high > amount {
            var all: Attributes = ["low": number(amount), "high": number(high)]
            if let prefixCurrency { all["currency"] = .string(prefixCurrency) }
            for (key, value) in attributes { all[key] = value }
            let countRange = prefixCurrency == nil ? counts(after: end, plural: true) : nil
            return NumberMatch(label: .range, tokens: start..<end, attributes: all, date: nil, counts: countRange)
        }
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
        // ("over" after a number word only: "one over three"; after digits it is no follower a rule here reads.)
        let followerEnd = end, followerAtEnd = followerMatters(end) || core.kind == .words && wordIs(end, "over")
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
                // "a 5,000-square-kilometre plateau", "a 20,000-square-foot warehouse": an area or a volume, the
                // span ending after the length ("-long" and the like stay out, as below).
                if parts.count > 1, let area = poweredUnit(parts, at: 0) {
                    let unitEnd = tokens[end + 1].span.bytes.lowerBound + unit.utf8.count + 1 + parts[1].utf8.count
                    end += 2
                    var match = make(.quantity, number(value), ("unit", .string(area)))
                    if parts.count > 2 { match.byteEnd = unitEnd }
                    return match
                }
                if parts.count > 1 || unit == "pound", let measure = NumberWords.measureUnits[unit] ?? (unit == "pound" ? "lb" : nil), unit.utf8.count > 2 {
                    // "a 40-mile-per-hour wind", "a 4.4-gram-a-tonne grade": a rate, to the end of its second unit.
                    let rate = compoundRate(measure, parts, after: 0)
                    let unitEnd = tokens[end + 1].span.bytes.lowerBound + (rate == nil ? unit.utf8.count : parts[...2].joined(separator: "-").utf8.count)
                    end += 2
                    var match = make(.quantity, number(value), ("unit", .string(rate ?? measure)))
                    if parts.count > (rate == nil ? 1 : 3) { match.byteEnd = unitEnd }
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
            // "one in five"; "one in every five", "4 out of every 10" (stop 25)
            var denominatorStart = wordIs(end, "out") && wordIs(end + 1, "of") ? end + 2 : end + 1
            if wordIs(denominatorStart, "every"), wordIs(end, "in") || wordIs(end, "out"),
               // ("one in every three to four families": a span of shares, left as it was.)
               !(wordIs(denominatorStart + 2, "to") || wordIs(denominatorStart + 2, "or")) {
                denominatorStart += 1
            }
            if wordIs(end, "in") || wordIs(end, "out"), core.value >= 1, let denominator = self.core(at: denominatorStart), denominator.kind == .digits || denominator.kind == .words,
               denominator.value > core.value, !denominator.yearLike {
                end = denominator.tokens.upperBound
                return make(.fraction, number(core.value / denominator.value), counts: true, plural: true)
            }
            // "one over three", "two over five": a fraction said as its numerator over its denominator,
            // both small numbers in words ("one over three days" is a bound on days).
            if wordIs(end, "over"), core.kind == .words, core.tokens.count == 1, value >= 1, kind(end + 1) == .word,
               let denominator = lookup(tables.units, end + 1), Double(denominator) > value, lookup(tables.timeUnits, end + 2) == nil {
                end += 2
                return make(.fraction, number(value / Double(denominator)), counts: true, plural: true)
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
                // "fell to 10 below overnight", "wind chills of 30 below.": "zero" left unsaid.
                if wordIs(end, "below"), isBareBelowZero(core, below: end) {
                    end += 1
                    return make(.quantity, number(-amount), ("unit", "°"))
                }
                if let (designator, isTime) = lookup(tables.timeUnits, end), !(core.kind == .words && wordIs(end, "second")) {
                    // "three days ago"; "three days from now" counts the other way.
                    let fromNow = wordIs(end + 1, "from") && (wordIs(end + 2, "now") || wordIs(end + 2, "today"))
                    // "in two weeks' time", "in a year's time": the day the amount ends on, counted
                    // forward as "from now" is ("in" stays outside, as every preposition does).
                    if !fromNow, attributes.isEmpty, isInTimeFromNow(unit: end, number: core.tokens.lowerBound) {
                        end += 3
                        return agoDate(amount, designator, isTime: isTime, fromNow: true, tokens: start..<end, from: core.tokens.lowerBound, attributes: attributes)
                    }
                    if wordIs(end + 1, "ago") || fromNow {
                        end += fromNow ? 3 : 2
                        return agoDate(amount, designator, isTime: isTime, fromNow: fromNow, tokens: start..<end, from: core.tokens.lowerBound, attributes: attributes)
                    }
                    // "a week from Friday", "three days from Monday": a date counted from that weekday.
                    if wordIs(end + 1, "from"), let days = daysFromWeekday(amount, designator, isTime: isTime, weekday: end + 2), attributes.isEmpty {
                        end += 3
                        let date: DateExpression = days.months > 0 ? .monthsFromWeekday(weekday: days.weekday, months: days.months)
                                                                   : .daysFromWeekday(weekday: days.weekday, days: days.days)
                        return NumberMatch(label: .date, tokens: start..<end, attributes: [:], date: date, counts: nil)
                    }
                    end += 1
                    // "a week or two", "a day or two": one or two of the unit, a RANGE as "two or three
                    // days" is ("a year or two ago" is left as it was).
                    if amount == 1, wordIs(end, "or"), wordIs(end + 1, "two"), !wordIs(end + 2, "ago"), core.kind == .words,
                       isListed(tables.articles, core.tokens.lowerBound), attributes.isEmpty {
                        let (letter, multiple) = NumberWords.isoUnit(designator)
                        // "a week or two weeks": the unit said again is in the span.
                        let rangeEnd = lookup(tables.timeUnits, end + 2)?.0 == designator ? end + 3 : end + 2
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
                if let month = lookup(tables.months, end), isCapitalized(end), core.kind == .digits, value >= 1, value <= 31, value == value.rounded(), !core.magnified {
                    return dayMonth(day: Int(value), month: month, start: start, monthIndex: end)
                }
                if wordIs(end, "s"), attached(end), core.kind == .digits, Int(value) % 10 == 0, value == value.rounded(), !core.magnified, attributes.isEmpty {
                    if core.yearLike {
                        // "the late 1990s": the modifier is part of the span, the value keeps the decade's grain.
                        end += 1
                        var begin = isListed(tables.periodPrefixes, start - 1) ? start - 1 : start
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
        // "40 by 25 metres", "a 10 by 12 foot room": a size's first side takes the length unit said once
        // after the second (stop 28; "10 feet by 12 feet" has its own), both sides plain digits.
        if core.kind == .digits, end == core.tokens.upperBound, wordIs(end, "by") || wordIs(end, "x"), prefixCurrency == nil, let unit = sizeUnitAfter(by: end) {
            return make(.quantity, number(value), ("unit", .string(unit)))
        }
        // "fiscal 2025", "fiscal year 2024", "FY 2024": a company's or a government's year, named by
        // the calendar year it ends in, a DATE even before a noun ("fiscal 1987 earnings").
        if core.yearLike, attributes.isEmpty, let begin = fiscalStart(before: start) ?? (isFiscalYear(at: end) ? start : nil) {
            // "its 1988 fiscal year": the fiscal words after the year are in the span too.
            if begin == start { end += 2 }
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
        if core.magnified, core.kind == .words, lookup(tables.pluralScales, core.tokens.lowerBound) != nil || wordIs(core.tokens.lowerBound, "tens") {
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
        } else if attributes.isEmpty, wordIs(end, "and"), let symbol = andTrailingModifier(at: end) {
            end += 2
            attributes["comparator"] = .string(symbol)
        } else if attributes.isEmpty, wordIs(end, "+"), attached(end) {
            end += 1
            attributes["comparator"] = ">="
        } else if attributes.isEmpty, wordIs(end, "-"), attached(end), wordIs(end + 1, "plus"), attached(end + 1) { // "10,000-plus"
            end += 2
            attributes["comparator"] = ">="
        }
        return make(.cardinal, number(amount), counts: true)
    }

    /// "100 or more", "5% or less", "65 or older", "30 or so": the comparator ("~" for "or so") that
    /// "or" and the word after it put on the amount before them; they are then part of its span.
    func trailingModifier(at index: Int) -> String? {
        guard wordIs(index, "or"), index + 1 < tokenCount else { return nil }
        return lookup(NumberWords.trailingModifiers, index + 1)
    }

    /// "aged 65 and over", "children 12 and under", "those 18 and older": "and" with a word of
    /// more or less after a count, as "or" is, before punctuation or a word that goes on with the
    /// clause ("and over the past year", "and under pressure" keep it a preposition; stop 26).
    @inline(never)
    func andTrailingModifier(at index: Int) -> String? {
        guard index + 1 < tokenCount, let symbol = lookup(NumberWords.andTrailingModifiers, index + 1) else { return nil }
        let after = index + 2
        // ("the 40 and under to 100 horsepower" segment: "to" and a number make a bound of another kind.)
        guard after >= tokenCount || kind(after) == .punctuation || isListed(Self.andBoundFollowers, after) && !(wordIs(after, "to") && kind(after + 1) == .number)
        else { return nil }
        return symbol
    }

    /// After "65 and over": the clause going on (a verb, a relative, a preposition of place), where
    /// "and under pressure" has the noun its preposition takes.
    static let andBoundFollowers: WordList = [
        "are", "were", "is", "was", "will", "would", "can", "could", "may", "might", "must", "should", "who", "in", "at", "from", "to",
        "living", "and", "or", "with", "across", "get", "receive", "pay", "need", "have", "had", "has", "account", "accounted", "make", "made",
    ]

    /// Whether any labelling rule reads the token after a number; most tokens there are no unit, currency or joiner.
    func followerMatters(_ index: Int) -> Bool {
        guard index < tokenCount else { return false }
        switch tokens[index].kind {
        case .word, .abbreviation:
            return isIn(tables.followers, index)
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

    /// Before minutes said before an hour: "at ten to six".
    static let minutesToLeads: WordList = ["at", "until", "till"]

    static let figureDeterminers: WordList = ["the", "all", "these", "those", "both", "his", "her", "their", "its"]

    /// "a"/"an" before a number word or a unit of time.
    static let articles: WordList = ["a", "an"]
}
