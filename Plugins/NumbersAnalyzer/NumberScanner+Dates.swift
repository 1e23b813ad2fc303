import TextAnalysis

// Calendar dates: month and day, numeric dates, weekdays, parts of a month, and DATE spans
// ("from 1 May to 30 June", "January-March").
extension NumberScanner {
    /// The year of four digits at `index`, or after a comma there ("24 December, 2025"), within
    /// `years`, and the token after it, where the date then ends.
    func yearAfterDay(at index: Int, in years: ClosedRange<Int>) -> (year: Int, end: Int)? {
        let yearIndex = wordIs(index, ",") ? index + 1 : index
        guard yearIndex < tokenCount, tokens[yearIndex].kind == .number, let value = integer(yearIndex, length: 4), years.contains(value) else { return nil }
        return (value, yearIndex + 1)
    }

    func dayMonth(day: Int, month: Int, start: Int, monthIndex: Int) -> NumberMatch? {
        guard day >= 1, day <= 31 else { return nil }
        var end = monthIndex + 1
        if wordIs(end, ".") && tokens[monthIndex].kind == .word { end = monthIndex + 1 }
        let found = yearAfterDay(at: end, in: 1800...2100)
        if let found { end = found.end }
        let year = found?.year
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
        let month = name == range ? lookup(tables.months, index) : bytes.withUnsafeBufferPointer { bytes in
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
        // "January fifth", "March twenty-first," without "the": only before no word but a year's
        // comma or a clock's ("in March fifth place" ranks; nineteenth round).
        // (Told from the word's first byte first: most words after a month name no day.)
        func isBareDay() -> Bool {
            kind(next) == .word && Self.maySpellYear(bytes[tokens[next].span.bytes.lowerBound]) && !isCapitalized(next)
                && (endsPhrase(next + 1) || kind(next + 1) == .number || isListed(Self.hourFollowers, next + 1)
                    // "On July fourth we watch": after a word that takes a date, before no noun.
                    || isListed(Self.bareDayLeads, index - 1) && !isNounLike(at: next + 1, plural: false))
        }
        let spokenDay = kind(next) == .word && (wordIs(next - 1, "the") || isBareDay())
            ? ordinalValue(at: next).flatMap { (1...31).contains($0) ? $0 : nil } : nil
        if next < tokenCount, let day = spokenDay ?? (tokens[next].kind == .number ? dayNumber(next) : nil), (1...31).contains(day) {
            var end = next + 1
            // After a month and a day any four digits are the year: "July 4th, 1776".
            let found = yearAfterDay(at: end, in: 1000...2100)
            if let found { end = found.end }
            var year = found?.year
            if let value = integer(next, length: 4), (1800...2100).contains(value) {
                return NumberMatch(label: .date, tokens: index..<(next + 1), attributes: [:], date: .absolute(year: value, month: month, day: nil), counts: nil)
            }
            // "Dec 10-15", "May 5 to 7": days of one month; "between March 5 and 17" too, "between" in
            // the span as in "between 3 and 7 April".
            // ("between March 5 and 17 pct": a date and an amount.)
            let betweenDays = wordIs(end, "and") && wordIs(index - 1, "between") && index - 1 >= matchFloor
                && percentLength(at: end + 2) == nil && measureUnit(at: end + 2, words: false) == nil && currencySuffix(at: end + 2) == nil
            if year == nil, betweenDays || isListed(Self.dayRangeJoiners, end), kind(end + 1) == .number,
               let last = Int(lowered(end + 1)), last > day, last <= 31, betweenDays || wordIs(end, "to") || (attached(end) && attached(end + 1)),
               // "from Jan 1 to 3 p.m.": an hour after "to" ends a span of time, not of days; "from
               // March 3rd to 5 stores" counts stores.
               // ("September 11-12 shows" has its verb there.)
               betweenDays || !(word(end + 2).map(Self.isClockSuffix) ?? false) && !(wordIs(end, "to") && kind(end + 2) == .word && isNounLike(at: end + 2, plural: true)) {
                var lastEnd = end + 2
                var yearIndex = lastEnd
                if wordIs(yearIndex, ",") { yearIndex += 1 }
                if kind(yearIndex) == .number, let value = integer(yearIndex, length: 4), (1800...2100).contains(value) {
                    year = value
                    lastEnd = yearIndex + 1
                }
                // "from March 3 to 5": "from" in the span, as in "from March 3rd to 5th" (stop 26).
                let fromDays = wordIs(end, "to") && index - 1 >= matchFloor && wordIs(index - 1, "from")
                return NumberMatch(label: .date, tokens: (betweenDays || fromDays ? index - 1 : index)..<lastEnd, attributes: [:],
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
        guard tokens[index].kind == .word, isIn(Self.monthLeads, index - 1) || isMonthOnItsOwn(index),
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

    /// "the warmest October", "every January", "the October figures", "October's sales", "October
    /// was the wettest month": a month's full name (not "May", a name and a verb) that no word
    /// taking dates leads, where nothing but the month can be meant: after "every" or "each", after
    /// a superlative after "the", after "the" before a word in lower case, before a possessive,
    /// or opening a sentence before a verb of being or of what a period brings (stop 27).
    @inline(never)
    func isMonthOnItsOwn(_ index: Int) -> Bool {
        let length = tokens[index].span.bytes.count
        guard length >= 4, !isAllCaps(index), !wordIs(index, "may"), !wordIs(index, "sept") else { return false }
        if wordIs(index - 1, "every") || wordIs(index - 1, "each") { return true }
        if index >= 2, wordIs(index - 2, "the"), kind(index - 1) == .word, !isCapitalized(index - 1),
           case let previous = tokens[index - 1].span.bytes, previous.count > 4,
           bytes[previous.upperBound - 3] == UInt8(ascii: "e"), bytes[previous.upperBound - 2] == UInt8(ascii: "s"),
           bytes[previous.upperBound - 1] == UInt8(ascii: "t") {
            return true
        }
        // (Not before "of" or "and": "the March of Dimes".)
        if wordIs(index - 1, "the"), kind(index + 1) == .word, !isCapitalized(index + 1), !attached(index + 1),
           !wordIs(index + 1, "of"), !wordIs(index + 1, "and") {
            return true
        }
        if kind(index + 1) == .clitic { return true }
        return sentenceStart(index) && isIn(Self.monthSubjectVerbs, index + 1)
    }

    /// Verbs after a month that opens a sentence: "October was the warmest", "June saw record heat".
    static let monthSubjectVerbs: WordSet = ["was", "is", "has", "had", "saw", "brought", "marked", "will", "proved", "ended", "began"]

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
        if isListed(tables.periodPrefixes, index - 1) { return index - 1 }
        guard wordIs(index - 1, "of"), isListed(Self.periodParts, index - 2) else { return index }
        return wordIs(index - 3, "the") ? index - 3 : index - 2
    }

    /// Before a month whose day in words is read before any word but a noun ("on July fourth we").
    static let bareDayLeads: WordList = ["on", "by", "until", "till", "since", "before", "after"]

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
        if number ?? 1 == 1, wordIs(unit + 1, "days") || wordIs(unit + 1, "weeks") || wordIs(unit + 1, "months"), let amount = core(at: unit), amount.tokens.upperBound == unit + 1,
           amount.kind == .digits || amount.kind == .words, amount.value == amount.value.rounded(), (2...20).contains(amount.value) {
            count = Int(amount.value)
            unit += 1
        }
        // "the first nine months of 1986", "the last three months of the year": months of a year, a
        // DATE interval as "the first 10 days of June" is of days (had been an ORDINAL, a DURATION
        // and the year; stop 26).
        if count > 1, wordIs(unit, "months") {
            guard count <= 11 else { return nil }
            let (first, last) = number == nil ? (13 - count, 12) : (1, count)
            if let (offset, end) = relativeYear(after: unit + 1) {
                return NumberMatch(label: .date, tokens: begin..<end, attributes: [:], date: .monthsOfYear(first: first, last: last, offset: offset), counts: nil)
            }
            guard wordIs(unit + 1, "of"), kind(unit + 2) == .number, let year = integer(unit + 2, length: 4), (1800...2100).contains(year) else { return nil }
            return NumberMatch(label: .date, tokens: begin..<(unit + 3), attributes: [:],
                               date: .monthSpan(first: SpanEnd(year: year, month: first, day: nil).packed, last: SpanEnd(year: year, month: last, day: nil).packed), counts: nil)
        }
        let week = count == 1 ? wordIs(unit, "week") : wordIs(unit, "weeks") // (not "the first weeks of May")
        // ("last Friday in March" without "the" is as often last week's Friday, said in March.)
        let dayOfMonth = count == 1 && wordIs(begin, "the"), day = dayOfMonth && wordIs(unit, "day")
        let weekday = dayOfMonth && isCapitalized(unit) ? lookup(tables.weekdays, unit) : nil
        guard week || day || weekday != nil || wordIs(unit, "half") || count > 1, wordIs(unit + 1, "of") || weekday != nil && wordIs(unit + 1, "in"),
              let month = lookup(tables.months, unit + 2), isCapitalized(unit + 2) else { return nil }
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

    static let monthLeads: WordSet = [
        "in", "since", "until", "till", "by", "from", "through", "during", "last", "next", "this", "early", "late", "mid", "of", "for",
        "before", "after", "between", "to",
    ]

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

    /// "24.12.2025" (day first), "14/03/2025", "12/24/2025" and "5/13/2024" (whichever order is possible).
    /// When both orders are possible ("03/04/2025") only the year is certain, so only the year is given.
    func numericDate(at index: Int) -> NumberMatch? {
        // An ASCII token of other than ten bytes is no such date; only other tokens need their lower-cased text.
        let range = tokens[index].span.bytes
        if !bytes[range].contains(where: { $0 >= 0x80 }) {
            // "2023/24": a season or a fiscal year.
            if range.count == 7, bytes[range.lowerBound + 4] == UInt8(ascii: "/"), let years = slashedYears(at: index) { return years }
            // "1/1/27" to "24.12.2025": six to ten bytes, a separator after one or two digits.
            guard (6...10).contains(range.count) else { return nil }
            let second = bytes[range.lowerBound + 1], third = bytes[range.lowerBound + 2]
            guard second == UInt8(ascii: "/") || second == UInt8(ascii: ".") || third == UInt8(ascii: "/") || third == UInt8(ascii: ".") else { return nil }
            // Two separators, or no date: decimals ("12.345", "3.1416") make no String here.
            guard bytes[range].reduce(0, { $0 + ($1 == UInt8(ascii: "/") || $1 == UInt8(ascii: ".") ? 1 : 0) }) == 2 else { return nil }
        }
        let text = lowered(index)
        guard (6...10).contains(text.utf8.count), let separator = text.first(where: { $0 == "." || $0 == "/" }) else { return nil }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, let first = Int(parts[0]), let second = Int(parts[1]) else { return nil }
        // "5/14/82", "04/09/87", "1/1/27": a year in two digits after slashes, as US papers and tables
        // write it, read as POSIX's %y does (69-99 the 1900s, 00-68 the 2000s); not after points,
        // which version numbers have ("1.2.10"; stop 27).
        guard parts[2].count == 4 || (parts[2].count == 2 && separator == "/"), let written = Int(parts[2]) else { return nil }
        let year = parts[2].count == 4 ? written : written >= 69 ? 1900 + written : 2000 + written
        guard (1800...2100).contains(year) else { return nil }
        guard !attached(index + 1) || kind(index + 1) == .punctuation, !attached(index) || kind(index - 1) == .punctuation else { return nil }
        let dayFirst = separator == "." || first > 12
        let (day, month) = dayFirst ? (first, second) : (second, first)
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month, of: year) else { return nil }
        let ambiguous = separator == "/" && first <= 12 && second <= 12 && first != second
        return NumberMatch(label: .date, tokens: index..<(index + 1), attributes: [:],
                           date: ambiguous ? .absolute(year: year, month: nil, day: nil) : .absolute(year: year, month: month, day: day), counts: nil)
    }

    /// What may follow "the 19th" when it is a day of the month.
    static let dayOfMonthFollowers: WordList = [".", ",", ";", "and", "to"]

    /// Part of a date span ("early 2026", "mid-January", "end-2025").
    static let periodPrefixes: WordList = ["early", "mid", "late", "end"]

    /// Join the two ends of a span of dates after "from".
    static let spanJoiners: WordList = ["to", "until", "till", "through"]

    /// Words joining two days of one month ("Dec 10-15").
    static let dayRangeJoiners: WordList = ["-", "–", "to"]

    /// Before these "May" is a verb more often than the month.
    static let mayVerbLeads: WordList = ["by", "of", "for", "to"]

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
              case let secondStart = isListed(tables.periodPrefixes, joiner + 1) ? joiner + 2 : joiner + 1, // "to early March"
              let second = self.match(at: secondStart) ?? bareMonth(at: secondStart) ?? dayOfMonth(at: secondStart) else { return }
        // "from March 3rd to 5th", "between June 10 and 14": the second end a day of the first's month.
        if second.label != .date {
            if case let .absolute(year, month?, firstDay?) = first, let lastDay = laterDayOfMonth(second, after: firstDay) {
                match = NumberMatch(label: .date, tokens: lead..<second.tokens.upperBound, attributes: [:],
                                    date: .dayInterval(year: year, month: month, first: firstDay, last: lastDay), counts: nil)
            }
            return
        }
        guard let last = second.date else { return }
        let date: DateExpression
        switch (first, last) {
        case let (.absolute(firstYear, firstMonth?, firstDay), .absolute(lastYear, lastMonth?, lastDay))
            where (firstDay == nil) == (lastDay == nil) && (firstYear == nil || lastYear != nil):
            date = .monthSpan(first: SpanEnd(year: firstYear, month: firstMonth, day: firstDay).packed,
                              last: SpanEnd(year: lastYear, month: lastMonth, day: lastDay).packed)
        case let (.weekday(firstDay), .weekday(lastDay)):
            date = .weekdaySpan(first: firstDay, last: lastDay)
        // "from mid-2023 to early 2024", "from 2019 to late 2021": years with a part of them named,
        // which the reading of "from 2014 to 2022" does not reach; the grain stays the year's.
        case let (.absolute(firstYear?, nil, nil), .absolute(lastYear?, nil, nil)) where firstYear < lastYear:
            match = NumberMatch(label: .date, tokens: lead..<second.tokens.upperBound, attributes: [:], date: nil, counts: nil)
                .withValue("\(firstYear)/\(lastYear)")
            return
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

    /// The day a bare number or ordinal of one token names as a span's second end ("to 5th", "and
    /// 14"): a whole number after `firstDay`, up to 31, with nothing more in its match (no unit,
    /// no modifier, no counted noun: "from March 3 to 5 people" is no span of days).
    func laterDayOfMonth(_ second: NumberMatch, after firstDay: Int) -> Int? {
        guard second.label == .ordinal || second.label == .cardinal, second.tokens.count == 1, second.counts == nil,
              second.attributes.count == 1, let day = second.attributes["value"]?.intValue, day > firstDay, day <= 31 else { return nil }
        return day
    }

    /// "the 9th", as the second end of "from the 5th to the 9th": the day is read from its number
    /// (a match starts there), "the" joining it.
    func dayOfMonth(at index: Int) -> NumberMatch? {
        guard wordIs(index, "the"), kind(index + 1) == .number, let day = match(at: index + 1), day.tokens.lowerBound == index,
              case .absolute(nil, _, _)? = day.date else { return nil }
        return day
    }

    /// A capitalized month name alone, as the second end of "between January and March" (there
    /// "May" is the month too).
    func bareMonth(at index: Int) -> NumberMatch? {
        guard isCapitalized(index), let month = lookup(tables.months, index) else { return nil }
        return NumberMatch(label: .date, tokens: index..<(index + 1), attributes: [:], date: .absolute(year: nil, month: month, day: nil), counts: nil)
    }

    /// After an hour: "3 p.m.", "3pm" as the tokenizer leaves them.
    static func isClockSuffix(_ word: String) -> Bool {
        switch word {
        case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc": true
        default: false
        }
    }
}
