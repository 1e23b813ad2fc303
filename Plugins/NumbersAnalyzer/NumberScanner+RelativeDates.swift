import TextAnalysis

// Dates named from the reference: "yesterday", "last week", "on Monday", "the end of the year".
extension NumberScanner {
    /// A determiner before "last summer" makes "last" an adjective: "the last summer of his life".
    static let seasonBlockers: WordList = ["the", "a", "its", "his", "her", "their", "our", "my", "that"]

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

    /// "by year-end", "at year-end 1986", "before year-end.": the wire's end of a year after a word
    /// that takes a date, the year written after it or, without one, the reference's, as "the end of
    /// the year" is (stop 26). Not before a noun it qualifies ("at year-end rates").
    @inline(never)
    func yearEnd(at index: Int) -> NumberMatch? {
        guard isListed(Self.yearEndLeads, index - 1) else { return nil }
        if kind(index + 1) == .number, let year = integer(index + 1, length: 4), (1800...2100).contains(year) {
            return NumberMatch(label: .date, tokens: index..<(index + 2), attributes: [:], date: .absolute(year: year, month: nil, day: nil), counts: nil)
        }
        guard endsPhrase(index + 1) || isListed(Self.yearEndFollowers, index + 1) else { return nil }
        return NumberMatch(label: .date, tokens: index..<(index + 1), attributes: [:], date: .relative(unit: .year, offset: 0), counts: nil)
    }

    static let yearEndLeads: WordList = ["at", "by", "before", "until", "till", "since", "from", "after", "around", "near", "to"]
    static let yearEndFollowers: WordList = [
        "from", "and", "or", "to", "when", "as", "compared", "against", "versus", "vs", "with", "after", "before", "in", "on", "at", "of",
        "but", "while", "if", "is", "was", "will", "would", "should", "could", "the", "a", "an", "this", "that", "it", "he", "she", "they", "we",
    ]

    /// The period one of ``calendarUnits`` names ("weekend" moves by weeks, and is valued as its week's weekend).
    func calendarUnit(_ index: Int) -> DateExpression.RelativeUnit {
        wordIs(index, "week") ? .week : wordIs(index, "weekend") ? .weekend : wordIs(index, "month") ? .month : .year
    }

    /// "yesterday", "last week", "next month", "on Monday", "last Friday".
    func relativeDate(at index: Int) -> NumberMatch? {
        guard tokens[index].kind == .word else { return nil }
        // One of six words, or a capitalized weekday, and the word after it, told from the tokens:
        // a String is made only for a unit that may be glued to the next word.
        // Five to nine bytes: no other token lower-cases to one of these words ("this" is tested next).
        let length = tokens[index].span.bytes.count
        if length == 7, wordIs(index, "weekend") { return prepositionalWeekend(at: index) }
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
            // "the last quarter of 2025", "the last half of the year": the fourth quarter or the second half, as numbered.
            if last, wordIs(index - 1, "the"), wordIs(unit, "quarter") || wordIs(unit, "half") {
                let half = wordIs(unit, "half"), number = wordIs(unit, "half") ? 2 : 4
                if let (offset, end) = relativeYear(after: unit + 1) {
                    return NumberMatch(label: .date, tokens: (index - 1)..<end, attributes: [:], date: .partOfYear(half: half, number: number, offset: offset), counts: nil)
                }
                if wordIs(unit + 1, "of"), case let (year?, end) = quarterYear(after: unit + 1) {
                    return half ? halfYear(year, number, tokens: (index - 1)..<end)
                                : NumberMatch(label: .date, tokens: (index - 1)..<end, attributes: [:], date: .quarter(year: year, quarter: number), counts: nil)
                }
            }
            // "this past weekend" is last weekend, the ISO week before; "this coming weekend" ends the
            // reference's own ISO week, as "this weekend" does. "this past week" is last week: the seven
            // days just gone mostly are the calendar week before when a story is dated, and "last week"
            // is read the same way ("this coming week" stays out: the rest of this week or all of the next).
            if !last, !next, wordIs(unit, "past") || wordIs(unit, "coming"),
               wordIs(unit + 1, "weekend") || wordIs(unit, "past") && wordIs(unit + 1, "week") {
                return NumberMatch(label: .date, tokens: begin..<(index + 3), attributes: [:],
                                   date: .relative(unit: wordIs(unit + 1, "weekend") ? .weekend : .week, offset: wordIs(unit, "past") ? -1 : 0), counts: nil)
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
            if let weekday = lookup(tables.weekdays, unit) {
                if !last, !next, var named = relativeDate(at: unit), case .absolute? = named.date {
                    named.tokens = index..<named.tokens.upperBound
                    return named
                }
                return NumberMatch(label: .date, tokens: index..<dayPartEnd(after: unit), attributes: [:],
                                   date: .relative(unit: last ? .weekdayPast : next ? .weekdayFuture : .weekdayThis, offset: weekday), counts: nil)
            }
            return nil
        }
        guard isCapitalized(index), let weekday = lookup(tables.weekdays, index) else { return nil }
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
           // not "Saturday, the 30th anniversary"; "Monday the 3rd at noon" (a weekday has named the day)
           word(dateStart + 1).map({ Self.dayOfMonthFollowers.contains($0) || $0 == "at" }) ?? true {
            return NumberMatch(label: .date, tokens: index..<(dateStart + 1), attributes: [:], date: .weekdayAndDay(weekday: weekday, day: day), counts: nil)
        }
        // "every Monday", "each Friday": a weekday that recurs, no one day of it (TIMEX3's SET value, never resolved).
        if index - 1 >= matchFloor, wordIs(index - 1, "every") || wordIs(index - 1, "each") {
            return NumberMatch(label: .date, tokens: (index - 1)..<(index + 1), attributes: [:], date: nil, counts: nil)
                .withValue(DateText.yearlessWeekday(weekday))
        }
        // "every other Tuesday", "every second Friday": a weekday that recurs too, the words in the
        // span, never one day (had been the nearest Tuesday; stop 28).
        if index - 2 >= matchFloor, wordIs(index - 1, "other") || wordIs(index - 1, "second"), wordIs(index - 2, "every") {
            return NumberMatch(label: .date, tokens: (index - 2)..<(index + 1), attributes: [:], date: nil, counts: nil)
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

    /// "earlier this month" names the same month.
    /// Before "this/last/next week/month/year": "earlier this month", "late last year", "early next week"
    /// (not "end", a verb as often: "talks would not end next week").
    static let samePeriodLeads: WordList = ["earlier", "later", "early", "late", "mid"]

    /// Before "late"/"early", words that make it an adjective.
    static let adjectiveLeads: WordList = ["be", "is", "was", "were", "are", "been", "very", "too", "so", "unusually"]

    /// After "last", "next", "this"; a weekend is named by its week.
    static let calendarUnits: WordList = ["week", "month", "year", "weekend"]
}

// "over the weekend", "at the weekend", "by the weekend": a weekend named by its preposition.
extension NumberScanner {
    /// "Police made 40 arrests over the weekend", "Crowds are expected at the weekend": "the
    /// weekend" after a preposition of time is a DATE (the span without the preposition), the last
    /// weekend begun by the reference, or the next one when the preposition looks ahead ("by", "until",
    /// "before", "for") or the clause before it speaks of what is to come ("will", "expected").
    /// Not "the weekend's storms": a possessive is no time said.
    func prepositionalWeekend(at index: Int) -> NumberMatch? {
        guard index - 1 >= matchFloor, wordIs(index - 1, "the"), let preposition = word(index - 2), Self.isWeekendPreposition(preposition),
              !(index + 1 < tokenCount && attached(index + 1) && isPossessiveMark(index + 1)) else { return nil }
        let ahead = Self.looksAhead(preposition) || hasFutureCue(before: index - 2)
        return NumberMatch(label: .date, tokens: (index - 1)..<(index + 1), attributes: [:],
                           date: .relative(unit: .nearestWeekend, offset: ahead ? 1 : -1), counts: nil)
    }

    /// Whether a word of what is to come stands in the clause before `index` (up to ten words back).
    func hasFutureCue(before index: Int) -> Bool {
        var back = index - 1
        while back >= 0, back >= index - 10, !isListed(tables.clauseEnds, back) {
            if Self.isFutureCue(lowered(back)) { return true }
            back -= 1
        }
        return false
    }

    // (Tests of a String, not word lists: asked only at "weekend", and a list's tables cost their building.)
    static func isWeekendPreposition(_ word: String) -> Bool {
        switch word {
        case "over", "at", "during", "on", "through", "throughout", "across", "by", "until", "till", "before", "for": true
        default: false
        }
    }
    /// Prepositions that look ahead to a weekend not yet over.
    static func looksAhead(_ preposition: String) -> Bool {
        switch preposition {
        case "by", "until", "till", "before", "for": true
        default: false
        }
    }
    /// Words that speak of what is to come, or of what is so now.
    static func isFutureCue(_ word: String) -> Bool {
        switch word {
        case "will", "'ll", "’ll", "shall", "wo", "going", "expected", "expects", "expect", "forecast", "forecasts", "due", "scheduled",
             "plans", "plan", "planned", "planning", "hopes", "hope", "set", "likely", "could", "may", "might", "is", "are", "be": true
        default: false
        }
    }
}


// "said on Monday", "will meet on Friday", "rose in March": a bare date read in its clause's tense.
extension NumberScanner {
    /// A bare weekday, month or day of a month resolves in the tense of the verb nearest it in
    /// its clause, as HeidelTime reads news: after a past tense ("The talks, which began on
    /// Monday", "On Monday, the company said", "Sales rose in March") the latest such day or month
    /// not after the reference, after a word of what is to come ("will resume on Tuesday", "is due
    /// in March") the first not before it. With neither, the nearest such day or month
    /// (``DateExpression/weekday(_:)``, ``DateExpression/absolute(year:month:day:)``). A cue before
    /// the date, back to the clause's start, is read first; after it, up to the sentence's end
    /// (past a comma: "On Monday, ...").
    func settleTense(of match: inout NumberMatch) {
        let weekday: Int?, month: Int?, day: Int
        switch match.date {
        case let .weekday(number)?: (weekday, month, day) = (number, nil, 0)
        case let .absolute(nil, number?, dayNumber)? where readsMonthTense: (weekday, month, day) = (nil, number, dayNumber ?? 0)
        default: return
        }
        var back = match.tokens.lowerBound - 1, backCue: Bool?, backDistance = Int.max
        while back >= 0, back >= match.tokens.lowerBound - 8, !isListed(tables.clauseEnds, back) {
            if let future = tenseCue(back) { backCue = future; backDistance = match.tokens.lowerBound - back; break }
            back -= 1
        }
        var ahead = match.tokens.upperBound, aheadCue: Bool?, aheadDistance = Int.max
        while ahead < tokenCount, ahead < match.tokens.upperBound + 8, !isListed(Self.sentenceEnds, ahead) {
            if let future = tenseCue(ahead) { aheadCue = future; aheadDistance = ahead - match.tokens.upperBound + 1; break }
            ahead += 1
        }
        guard let future = backDistance <= aheadDistance ? backCue : aheadCue else { return }
        if let weekday { match.date = .weekdayInTense(weekday, future: future) }
        if let month { match.date = .monthDayInTense(month: month, day: day, future: future) }
    }

    /// Whether token `index` says the clause looks ahead (true), is past (false), or neither (nil).
    /// (Read through the word tables' hashes, no String made: the clause's words around every
    /// date are asked, and lower-casing each cost 10 M instructions per MB of news.)
    private func tenseCue(_ index: Int) -> Bool? {
        guard kind(index) == .word || tokens[index].kind == .clitic else { return nil }
        if isIn(Self.futureVerbs, index) { return true }
        // "set to" looks ahead; "was set at" is past.
        if wordIs(index, "set"), wordIs(index + 1, "to") { return true }
        // A past form ("held", "announced": five letters or more ending in "ed", not a word of what
        // is to come, "expected", "scheduled"), unless a form of "be" now or to come makes it a
        // passive's participle ("will be held", "is delayed").
        let range = tokens[index].span.bytes
        let regular = range.count >= 5 && bytes[range.upperBound - 1] | 0x20 == UInt8(ascii: "d")
            && bytes[range.upperBound - 2] | 0x20 == UInt8(ascii: "e") && !isIn(Self.notPastEd, index)
        guard regular || isIn(Self.pastVerbs, index) else { return nil }
        return index > 0 && isListed(Self.presentBe, index - 1)
    }

    /// Words of what is to come, or of what is so now, before or after a weekday. Not the weekend
    /// rule's "be" ("said it would be posting a loss on Thursday": the "would" decides) nor a bare
    /// "set" ("was set at"); "would" too, news's reported future ("said it would vote on Friday").
    static let futureVerbs: WordSet = [
        "will", "'ll", "’ll", "shall", "wo", "would", "going", "expected", "expects", "expect", "forecast", "forecasts",
        "due", "scheduled", "plans", "plan", "planning", "hopes", "hope", "likely", "could", "may", "might", "is", "are",
    ]
    /// Ends of a sentence, past which no verb is the weekday's.
    static let sentenceEnds: WordList = [".", ";", "!", "?"]
    /// Forms of "be" that make the participle after them a state now or to come ("is delayed").
    static let presentBe: WordList = ["is", "are", "be", "'s", "’s"]
    /// Words ending in "ed" that are no past tense in news ("need", "speed", "bed", "red"…, the
    /// four-letter ones are left out by length already), or whose clause looks ahead.
    static let notPastEd: WordSet = [
        "expected", "scheduled", "planned", "proposed", "intended", "supposed", "required", "needed", "indeed",
        "hundred", "hundreds", "united", "limited", "advanced", "detailed", "related", "interested", "concerned",
        "prepared", "allowed", "designed", "committed", "determined", "embed", "forecasted",
    ]
    /// Past forms of irregular verbs news uses most, and the past of "be", "have" and "do"; and
    /// "since", which looks back ("since reporting on Thursday that it would").
    static let pastVerbs: WordSet = [
        "since", "said", "told", "was", "were", "had", "did", "began", "came", "went", "took", "made", "gave", "met", "won",
        "lost", "left", "held", "saw", "fell", "rose", "got", "found", "led", "sent", "spent", "brought", "bought",
        "thought", "knew", "became", "broke", "wrote", "ran", "spoke", "chose", "drew", "flew", "grew", "threw",
        "stood", "struck", "sold", "paid", "kept", "felt", "heard", "meant", "shot", "fought", "caught", "sought",
        "built", "fled", "hid", "swore", "woke", "wore", "tore", "froze", "forgave", "overtook", "undertook",
        "withdrew", "arose", "dealt", "lent", "slid", "sank", "sang", "rang", "swam", "bit", "beat", "ate", "drove",
        "rode", "hung", "dug", "stuck", "stole", "sprang", "shook", "awoke", "laid",
    ]
}
