import TextAnalysis

/// A holiday news dates by name ("on Christmas Day", "by Thanksgiving"), with the rule that
/// places it in a year: a fixed day, a weekday of a month, or a day counted from Easter.
enum Holiday: UInt8 {
    case newYearsDay, newYearsEve, valentinesDay, goodFriday, easter, easterMonday, memorialDay, juneteenth,
         independenceDay, laborDay, halloween, veteransDay, thanksgiving, christmasEve, christmas, boxingDay
    /// A day each country keeps on its own date ("Ukraine's Independence Day", "Labour Day"): no rule.
    case unplaced

    /// The day in `year`; nil for `unplaced`. US days (Independence, Memorial, Labor, Thanksgiving,
    /// Veterans) by the US rule, the one news written in English means most often.
    func date(in year: Int) -> CalendarDate? {
        switch self {
        case .newYearsDay: CalendarDate(year: year, month: 1, day: 1)
        case .newYearsEve: CalendarDate(year: year, month: 12, day: 31)
        case .valentinesDay: CalendarDate(year: year, month: 2, day: 14)
        case .goodFriday: Self.easterSunday(year).adding(days: -2)
        case .easter: Self.easterSunday(year)
        case .easterMonday: Self.easterSunday(year).adding(days: 1)
        case .memorialDay: Self.weekday(1, of: 5, in: year, nth: -1)
        case .juneteenth: CalendarDate(year: year, month: 6, day: 19)
        case .independenceDay: CalendarDate(year: year, month: 7, day: 4)
        case .laborDay: Self.weekday(1, of: 9, in: year, nth: 1)
        case .halloween: CalendarDate(year: year, month: 10, day: 31)
        case .veteransDay: CalendarDate(year: year, month: 11, day: 11)
        case .thanksgiving: Self.weekday(4, of: 11, in: year, nth: 4)
        case .christmasEve: CalendarDate(year: year, month: 12, day: 24)
        case .christmas: CalendarDate(year: year, month: 12, day: 25)
        case .boxingDay: CalendarDate(year: year, month: 12, day: 26)
        case .unplaced: nil
        }
    }

    /// The value without a year: "XXXX-12-25" for a day fixed in the calendar; nil for one that moves.
    var yearless: String? {
        switch self {
        case .goodFriday, .easter, .easterMonday, .memorialDay, .laborDay, .thanksgiving, .unplaced: nil
        default: date(in: 2000).map { DateText.yearless(month: $0.month, day: $0.day) }
        }
    }

    /// The value against `reference`: the nearest such day (`relation` 0), or the last before it
    /// (-1, "last Christmas") or the first after it (1, "next Easter").
    func resolved(against reference: CalendarDate, relation: Int) -> String? {
        Self.nearest(to: reference, relation: relation, date: date(in:))?.iso
    }

    /// Of a day that comes once a year (`date`, nil when it has no rule), the one nearest
    /// `reference`, or the last before it (`relation` -1) or the first after it (1).
    static func nearest(to reference: CalendarDate, relation: Int, date: (Int) -> CalendarDate?) -> CalendarDate? {
        var best: CalendarDate?
        for year in (reference.year - 1)...(reference.year + 1) {
            guard let day = date(year) else { return nil }
            if relation < 0 ? day >= reference : relation > 0 ? day <= reference : false { continue }
            let distance = abs(day.dayNumber - reference.dayNumber)
            if let found = best, abs(found.dayNumber - reference.dayNumber) <= distance { continue }
            best = day
        }
        return best
    }

    /// Western Easter Sunday (the anonymous Gregorian computus).
    static func easterSunday(_ year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let n = h + l - 7 * m + 114
        return CalendarDate(year: year, month: n / 31, day: n % 31 + 1)
    }

    /// The `nth` ISO `weekday` of `month` (-1: the last).
    static func weekday(_ weekday: Int, of month: Int, in year: Int, nth: Int) -> CalendarDate {
        if nth < 0 {
            let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month, of: year))
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        }
        let first = CalendarDate(year: year, month: month, day: 1)
        return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
    }
}

extension NumberScanner {
    /// First words of holidays: those that name the day alone, and those a second word completes
    /// ("Labor Day", "New Year's Eve", "Good Friday").
    static let holidayWords: WordSet = [
        "christmas", "easter", "thanksgiving", "halloween", "juneteenth", "new", "independence", "memorial", "labor", "labour",
        "boxing", "veterans", "remembrance", "armistice", "valentine", "good",
    ]
    /// Words before a holiday named alone that make it the day: "on Christmas", "by Thanksgiving",
    /// "until Easter", "ahead of Christmas" (not "Christmas shopping", "the Easter Rising").
    static let holidayLeads: WordSet = [
        "on", "by", "before", "after", "since", "until", "till", "at", "for", "over", "around", "during", "through", "from", "to",
    ]

    /// "the 2004 Boxing Day tsunami", "the 2010 Thanksgiving weekend": a year written before the
    /// holiday dates it, as one written after does ("Christmas 2024"); one DATE, not two.
    /// Changes the match in place.
    func joinYearHoliday(_ match: inout NumberMatch) {
        guard match.tokens.count == 1, case let .absolute(year?, nil, nil)? = match.date, match.byteEnd == nil,
              case let next = match.tokens.upperBound, next < tokenCount, isCapitalized(next), !attached(next),
              let holiday = holidayDate(at: next, relation: 0), case let .holiday(day, nil, _)? = holiday.date else { return }
        match = NumberMatch(label: .date, tokens: match.tokens.lowerBound..<holiday.tokens.upperBound, attributes: [:],
                            date: .holiday(day, year: year, relation: 0), counts: nil)
    }

    /// "Christmas Day", "New Year's Eve", "Labor Day", "by Thanksgiving", "Easter 2024": a DATE of the
    /// holiday. A name of a day ("Labor Day sales") is a date wherever it stands; a holiday named
    /// alone ("Christmas", "Easter") only after a word that takes dates, with a year after it, or
    /// after last/next/this (`relation`), and not before a capitalized name ("Christmas Island").
    func holidayDate(at index: Int, relation: Int? = nil) -> NumberMatch? {
        guard index < tokenCount, isCapitalized(index), isIn(Self.holidayWords, index) else { return nil }
        let next = index + 1
        let possessive = wordIs(next, "'s") || wordIs(next, "’s")
        var end = index + 2
        var alone = false
        let holiday: Holiday
        switch lowered(index) {
        case "christmas":
            if wordIs(next, "day") { holiday = .christmas } else if wordIs(next, "eve") { holiday = .christmasEve } else { (holiday, alone, end) = (.christmas, true, next) }
        case "easter":
            if wordIs(next, "sunday") { holiday = .easter } else if wordIs(next, "monday") { holiday = .easterMonday } else { (holiday, alone, end) = (.easter, true, next) }
        case "thanksgiving":
            if wordIs(next, "day") { holiday = .thanksgiving } else { (holiday, alone, end) = (.thanksgiving, true, next) }
        case "halloween": (holiday, alone, end) = (.halloween, true, next)
        case "juneteenth": (holiday, alone, end) = (.juneteenth, true, next)
        case "new":
            // "New Year's Day", "New Year's Eve"; "New Year's" alone as a holiday named alone.
            guard wordIs(next, "year"), wordIs(next + 1, "'s") || wordIs(next + 1, "’s") else { return nil }
            if wordIs(next + 2, "day") || wordIs(next + 2, "eve") {
                holiday = wordIs(next + 2, "day") ? .newYearsDay : .newYearsEve
                end = next + 3
            } else {
                (holiday, alone, end) = (.newYearsDay, true, next + 2)
            }
        case "valentine":
            guard possessive, wordIs(next + 1, "day") else { return nil }
            (holiday, end) = (.valentinesDay, next + 2)
        case "veterans":
            // "Veterans Day", "Veterans' Day"
            let day = wordIs(next, "'") || wordIs(next, "’") ? next + 1 : next
            guard wordIs(day, "day") else { return nil }
            (holiday, end) = (.veteransDay, day + 1)
        case "good":
            guard wordIs(next, "friday") else { return nil }
            holiday = .goodFriday
        default:
            guard wordIs(next, "day") else { return nil }
            switch lowered(index) {
            case "independence":
                // "Ukraine's Independence Day", "Ukrainian Independence Day": a country's own day.
                let other = wordIs(index - 1, "'s") || wordIs(index - 1, "’s") || (kind(index - 1) == .word && isCapitalized(index - 1) && !sentenceStart(index - 1))
                holiday = other ? .unplaced : .independenceDay
            case "memorial": holiday = .memorialDay
            case "labor": holiday = .laborDay
            case "boxing": holiday = .boxingDay
            case "remembrance", "armistice": holiday = .veteransDay
            default: holiday = .unplaced // "Labour Day": May 1 in most countries, September in Canada
            }
        }
        var year: Int?
        if kind(end) == .number, let value = integer(end, length: 4), (1800...2100).contains(value) {
            year = value
            end += 1
        }
        // "Christmas Island", "the Good Friday Agreement": a name.
        if alone || holiday == .goodFriday, year == nil, kind(end) == .word, isCapitalized(end), !sentenceStart(end) { return nil }
        if alone, year == nil, relation == nil, !isIn(Self.holidayLeads, index - 1), !(wordIs(index - 1, "of") && wordIs(index - 2, "ahead")) { return nil }
        return NumberMatch(label: .date, tokens: index..<end, attributes: [:], date: .holiday(holiday, year: year, relation: relation ?? 0), counts: nil)
    }
}
