public import TextAnalysis

extension AnalyzerFactory {
    /// `numbers`: cardinals, ordinals, fractions, percentages, ranges, money, quantities,
    /// dates, times and durations, with normalized values and modifiers as fields.
    public static let numbers = AnalyzerFactory(
        id: "numbers",
        summary: "numbers, money, percentages, quantities, dates, times and durations, normalized",
        options: ["reference-date": "YYYY-MM-DD that relative and partial dates resolve against, where a JSONL record has no date (default: the first full date in the document)"],
        fields: ["value", "low", "high", "unit", "currency", "approximate", "comparator", "tolerance", "relative", "age", "fiscal", "counts"],
        examples: NumbersAnalyzer.examples
    ) { options in
        guard let text = options["reference-date"] else { return NumbersAnalyzer(referenceDate: nil) }
        guard let date = CalendarDate(iso: text) else {
            throw NumbersOptionError(message: "reference-date '\(text)' is not a YYYY-MM-DD date")
        }
        return NumbersAnalyzer(referenceDate: date)
    }
}

struct NumbersOptionError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Finds numeric expressions by scanning tokens: an optional modifier and currency,
/// a numeric core (digits or words), then what follows decides the label (a unit, a
/// currency, "%", a month, a time unit, a second number for a range).
public struct NumbersAnalyzer: Analyzer {
    let referenceDate: CalendarDate?

    init(referenceDate: CalendarDate?) {
        self.referenceDate = referenceDate
    }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> AnalyzerOutput {
        // The document's own date first (a feed's publication date), then the user's, then the text's
        // first full date that is not a birth's or a founding's ("Born on Oct. 1, 1924," opens an
        // obituary written a century later: its "Sunday" is no day of 1924).
        let given = document.date.flatMap(CalendarDate.init(iso:)) ?? referenceDate
        // A date the text gives is no "now": a story "as of 24 December" may be written the day
        // after, and its "By 25 December, the number had dropped" would go back a year. Months
        // read in their tense only against a date the caller gives (weekdays stay within the week
        // either way).
        let scanner = NumberScanner(bytes: document.bytes, tokens: document.tokens, readsMonthTense: given != nil)
        var found = scanner.scan()
        let reference = given ?? Self.firstFullDate(in: found, of: document)
        if let reference { Self.chainWeekdays(&found, reference: reference, in: document) }
        // A loop, not `map`: the closure held a copy of the document.
        var annotations: [Annotation] = []
        annotations.reserveCapacity(found.count)
        // In place: iterating the matches copied each one out of the array, and its fields with it.
        for position in found.indices { annotations.append(found[position].takeAnnotation(in: document, reference: reference)) }
        return AnalyzerOutput(annotations: annotations)
    }
}

extension NumbersAnalyzer {
    /// "next Thursday and Friday", "last Monday and Tuesday", "on Monday, Tuesday and Wednesday":
    /// a bare weekday joined by "and", "or", "&" or a comma to a weekday before it is the first
    /// such day after that one, not the one nearest the reference on its own ("next Monday and
    /// Tuesday" had put the Tuesday in the week before). Against a reference only, after the
    /// document's own reference is chosen.
    static func chainWeekdays(_ found: inout [NumberMatch], reference: CalendarDate, in document: Document) {
        var chained = -1 // the last match given its day here: a list's next weekday follows it
        for index in found.indices.dropFirst() where found[index].label == .date && found[index].tokens.count == 1 {
            let day: Int
            switch found[index].date {
            case let .weekday(number)?, let .weekdayInTense(number, _)?: day = number
            default: continue
            }
            let previous = found[index - 1]
            guard previous.label == .date, let previousDate = previous.date else { continue }
            switch previousDate {
            case .weekday, .weekdayInTense, .relative(unit: .weekdayPast, _), .relative(unit: .weekdayFuture, _),
                 .relative(unit: .weekdayThis, _): break
            case .absolute where chained == index - 1: break
            default: continue
            }
            let gap = previous.tokens.upperBound..<found[index].tokens.lowerBound
            guard (1...2).contains(gap.count), gap.allSatisfy({ joinsWeekdays(document.tokens[$0], in: document) }),
                  let anchor = previousDate.resolved(against: reference).flatMap(CalendarDate.init(iso:)) else { continue }
            let ahead = (day - anchor.weekday + 7) % 7
            let date = anchor.adding(days: ahead == 0 ? 7 : ahead)
            found[index].date = .absolute(year: date.year, month: date.month, day: date.day)
            chained = index
        }
    }

    private static func joinsWeekdays(_ token: Token, in document: Document) -> Bool {
        document.token(token, equals: "and") || document.token(token, equals: "or") || document.token(token, equals: "&")
            || document.token(token, equals: ",")
    }

    /// Words before a date that make it a beginning told as history: "born (on)", "founded (on)",
    /// "established (on)", "incorporated (on)".
    static let originWords: Set<String> = ["born", "founded", "established", "incorporated"]

    /// The text's first full date that is no birth's or founding's. (A loop, not a lazy chain: its
    /// closure, holding the document, retained and released it for every match.)
    static func firstFullDate(in found: [NumberMatch], of document: Document) -> CalendarDate? {
        for index in found.indices {
            guard let date = found[index].fullDate else { continue }
            if !isOrigin(found[index], in: document) { return date }
        }
        return nil
    }

    /// Whether `match`, a full date, is a date of birth or of founding ("born on Oct. 1, 1924",
    /// "Born Oct. 1, 1924"). Asked only of full dates until one is the reference: a few per document.
    static func isOrigin(_ match: NumberMatch, in document: Document) -> Bool {
        var before = match.tokens.lowerBound - 1
        guard before >= 0 else { return false }
        if document.text(of: document.tokens[before]).lowercased() == "on", before > 0 { before -= 1 }
        return originWords.contains(document.text(of: document.tokens[before]).lowercased())
    }
}

/// A found expression before dates are resolved (the reference date may come later in the text).
struct NumberMatch {
    var label: NumberLabel
    var tokens: Range<Int>
    var attributes: Attributes
    var date: DateExpression?
    var counts: Range<Int>?
    /// Where the span ends when it stops inside its last token ("second" of "second-largest").
    var byteEnd: Int? = nil

    var fullDate: CalendarDate? {
        switch date {
        // A date before 1800 ("July 4th, 1776") is history quoted, never the day a story is written.
        case let .absolute(year?, month?, day?) where year >= 1800: return CalendarDate(year: year, month: month, day: day)
        // The first full date written: "from May 21, 1987 until ...", "between March 31 and August 31, 1987".
        case let .monthSpan(first, last):
            for end in [SpanEnd(first), SpanEnd(last)] {
                if let year = end.year, let day = end.day { return CalendarDate(year: year, month: end.month, day: day) }
            }
            return nil
        default: return nil
        }
    }

    /// The annotation, made with the match's fields, which it takes: the match is not read again,
    /// and fields no one else holds take the date's value or the counted noun without a copy.
    mutating func takeAnnotation(in document: Document, reference: CalendarDate?) -> Annotation {
        var attributes = self.attributes
        self.attributes = Attributes()
        if let date {
            let value = date.resolved(against: reference).map(AttributeValue.string) ?? .null
            var relative = false
            switch date {
            case .relative, .season, .partOfYear, .monthsOfYear: relative = true
            default: break
            }
            if attributes.isEmpty {
                // Most dates carry no modifier: their fields are stored whole, without a search per key.
                attributes = Attributes(distinct: relative ? [Attribute("value", value), Attribute("relative", true)] : [Attribute("value", value)])
            } else {
                attributes["value"] = value
                if relative { attributes["relative"] = true }
            }
        }
        if let counts {
            let span = Self.span(of: counts, in: document)
            attributes["counts"] = .object(Attributes(distinct: [
                Attribute("text", .string(Self.text(of: span, in: document))),
                Attribute("start", .int(span.scalars.lowerBound)), Attribute("end", .int(span.scalars.upperBound)),
                Attribute("byte_start", .int(span.bytes.lowerBound)), Attribute("byte_end", .int(span.bytes.upperBound)),
            ]))
        }
        var span = Self.span(of: tokens, in: document)
        if let byteEnd { span = document.span(bytes: span.bytes.lowerBound..<byteEnd) }
        return Annotation(plugin: "numbers", label: label.rawValue, span: span, text: Self.text(of: span, in: document), attributes: attributes)
    }

    /// `document.text(of:)`; every annotation and counted noun makes its text. Up to 15 bytes
    /// (nearly every one) are copied into the String in place, which skips UTF-8 validation when
    /// they are ASCII and repairs as `String(decoding:)` does otherwise; decoding every text cost
    /// about 190 instructions an annotation.
    static func text(of span: TextSpan, in document: Document) -> String {
        let range = span.bytes
        guard range.count <= 15 else { return document.text(bytes: range) }
        return document.bytes.withUnsafeBufferPointer { bytes in
            String(unsafeUninitializedCapacity: range.count) { buffer in
                for offset in 0..<range.count { buffer[offset] = bytes[range.lowerBound &+ offset] }
                return range.count
            }
        }
    }

    /// Tokens carry their scalar offsets, so a span of whole tokens needs no counting.
    static func span(of tokens: Range<Int>, in document: Document) -> TextSpan {
        let first = document.tokens[tokens.lowerBound].span, last = document.tokens[tokens.upperBound - 1].span
        return TextSpan(bytes: first.bytes.lowerBound..<last.bytes.upperBound, scalars: first.scalars.lowerBound..<last.scalars.upperBound)
    }
}

/// One end of a `DateExpression.monthSpan`: year, month and day as written, packed as
/// yyyymmdd with 0 for a year or day not written.
struct SpanEnd {
    let year: Int?
    let month: Int
    let day: Int?

    init(year: Int?, month: Int, day: Int?) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    init(_ packed: Int) {
        (year, month, day) = (packed / 10_000 == 0 ? nil : packed / 10_000, packed / 100 % 100, packed % 100 == 0 ? nil : packed % 100)
    }

    var packed: Int { (year ?? 0) * 10_000 + month * 100 + (day ?? 0) }
}

/// Dates as written, resolved once the reference date is known.
///
/// Plain values only (no String, no indirect case): a match is copied several times on its way
/// out of the rules, and a reference inside made each copy retain and release it.
enum DateExpression {
    case absolute(year: Int?, month: Int?, day: Int?)
    case quarter(year: Int?, quarter: Int)
    /// Two days of one month written as one span ("24-25 December"); each end resolves on its own.
    /// Month 0 ("from the 5th to the 9th", no month written): both are of the month the first
    /// resolves to. (Not an `Int?`: the wider payload cost `NumberMatch?` its spare bits, +2%
    /// instructions in outlined tag code.)
    case dayInterval(year: Int?, month: Int, first: Int, last: Int)
    case weekday(Int)
    /// A bare weekday whose clause is in the past (`future` false: "said on Monday", the latest
    /// such day not after the reference) or speaks of what is to come (true: "will meet on
    /// Friday", the first not before it), as HeidelTime reads news.
    case weekdayInTense(Int, future: Bool)
    /// A bare month, or day of a month (`day` 0: none), read in its clause's tense as a weekday is
    /// ("Sales rose in March" said in November: the March before; "will vote in March": the
    /// next), the year the latest not after the reference or the first not before it. Only
    /// against a reference the caller gives (``NumbersAnalyzer/analyze(_:context:)``), and only
    /// beyond the months next to the reference's.
    case monthDayInTense(month: Int, day: Int, future: Bool)
    /// "from 1 May to 30 June", "between January and March": two dates of the same grain in
    /// one span, each end resolved on its own (a year written once, after the second, applies to
    /// both). Each end packed as `SpanEnd` into one Int: the case stays as small as the others,
    /// and a match is copied without a memcpy call.
    case monthSpan(first: Int, last: Int)
    /// "from Monday to Friday"
    case weekdaySpan(first: Int, last: Int)
    /// "last October" (-1), "next March" (1): the month strictly before or after the reference's.
    case monthBeside(month: Int, relation: Int)
    /// "since March", "since June 20", "since Tuesday": the latest such month (day 0) or day not
    /// after the reference; month 0 makes `day` an ISO weekday.
    case notAfterReference(month: Int, day: Int)
    case decade(Int)
    /// Relative to the reference: a day offset, or a calendar unit offset.
    case relative(unit: RelativeUnit, offset: Int)
    /// "Christmas Day", "Easter 2024", "last Thanksgiving" (`relation` -1; 1 for "next", else 0).
    case holiday(Holiday, year: Int?, relation: Int)
    /// "the first Friday in October", "the last Monday of May": the `nth` ISO `weekday` of a month
    /// (-1: the last), resolved as a movable holiday is, to the nearest such day.
    case monthWeekday(year: Int?, month: Int, weekday: Int, nth: Int)
    /// "Tuesday the 4th": the `day` of the month nearest the reference on which it falls on the
    /// ISO `weekday` (a 4th that is a Tuesday), else that day of the nearest month.
    case weekdayAndDay(weekday: Int, day: Int)
    /// "a week from Friday", "three days from Monday": `days` after the coming such ISO `weekday`
    /// (the reference's own day when it is that weekday), as "a week from today" counts from today.
    case daysFromWeekday(weekday: Int, days: Int)
    /// "a month from Monday": `months` calendar months after the coming such ISO `weekday` (the
    /// day of the month kept, or the month's last day when it has no such day).
    case monthsFromWeekday(weekday: Int, months: Int)
    /// "last summer", "this winter": a season (index into `seasonCodes`) before (-1), of (0) or
    /// after (1) the reference.
    case season(Int, relation: Int)

    /// "the second half of the year", "the first quarter of last year": a half ("H2") or quarter
    /// ("Q1") of the reference's year, or of the year before (-1) or after (1) it.
    /// (Integers, not a "Q1" string: a payload that needs no reference counting keeps the enum trivial to copy.)
    case partOfYear(half: Bool, number: Int, offset: Int)
    /// "the first nine months of the year", "the last three months of last year": months `first`
    /// to `last` of the reference's year, or of the year before (-1) or after (1) it (stop 26).
    case monthsOfYear(first: Int, last: Int, offset: Int)

    /// TIMEX3's season codes, in the order of the months they begin (March, June, September, December).
    static let seasonCodes = ["SP", "SU", "FA", "WI"]

    /// What a relative date's offset counts.
    enum RelativeUnit: String {
        case day, week, month, year
        /// The offset is a weekday: the closest one strictly before / after the reference.
        case weekdayPast = "weekday-past", weekdayFuture = "weekday-future"
        /// The offset is a weekday: that day of the reference's ISO week ("this Sunday").
        case weekdayThis = "weekday-this"
        /// The offset is a number of days before the reference.
        case daysAgo = "days-ago"
        /// The weekend of the ISO week `offset` weeks from the reference's ("this weekend" 0,
        /// "last weekend" -1): TIMEX3's week value with "-WE", as seasons take its codes.
        case weekend
        /// "over the weekend": the last weekend begun by the reference (offset -1), or the first
        /// not yet over (offset 1), as the clause's tense says.
        case nearestWeekend = "nearest-weekend"
    }

    /// Of the candidates for the offsets -1, 0 and 1 (nil: none), the first at the least distance,
    /// as `min(by:)` over them in that order finds it, without an array.
    private static func nearest<T>(_ candidate: (Int) -> T?, distance: (T) -> Int) -> T? {
        var best: (value: T, distance: Int)?
        for delta in -1...1 {
            guard let value = candidate(delta) else { continue }
            let gap = distance(value)
            if best == nil || gap < best!.distance { best = (value, gap) }
        }
        return best?.value
    }

    func resolved(against reference: CalendarDate?) -> String? {
        switch self {
        case let .decade(start):
            return "\(start)/\(start + 9)"
        case let .dayInterval(year, month, first, last):
            // Both ends in the year (and month) the first resolves to: one month's days are never split across two.
            guard let low = DateExpression.absolute(year: year, month: month == 0 ? nil : month, day: first).resolved(against: reference) else { return nil }
            let lowMonth = month == 0 ? Int(low.dropFirst(5).prefix(2)) : month
            guard let high = DateExpression.absolute(year: year ?? Int(low.prefix(4)), month: lowMonth, day: last).resolved(against: reference) else { return nil }
            return "\(low)/\(high)"
        case let .quarter(year, quarter):
            if let year { return "\(year)-Q\(quarter)" }
            guard let reference else { return DateText.yearlessQuarter(quarter) }
            // The nearest such quarter, as for bare months.
            let current = reference.year * 4 + (reference.month - 1) / 3
            let year = Self.nearest { reference.year + $0 } distance: { abs($0 * 4 + quarter - 1 - current) }!
            return "\(year)-Q\(quarter)"
        case let .absolute(year, month, day):
            if let year, let month, let day { return CalendarDate(year: year, month: month, day: day).iso }
            if let year, let month { return DateText.yearMonth(year, month) }
            if let year, day == nil { return String(year) }
            guard let reference else {
                return DateText.yearless(month: month, day: day)
            }
            if let month, let day {
                return Self.nearest { delta -> CalendarDate? in
                    let year = reference.year + delta
                    return day <= CalendarDate.daysIn(month, of: year) ? CalendarDate(year: year, month: month, day: day) : nil
                } distance: { abs($0.dayNumber - reference.dayNumber) }?.iso
            }
            if let month {
                let year = Self.nearest { reference.year + $0 } distance: { abs(($0 * 12 + month) - (reference.year * 12 + reference.month)) }!
                return DateText.yearMonth(year, month)
            }
            if let day {
                // "the 19th": that day of the nearest month that has it.
                return Self.nearest { delta -> CalendarDate? in
                    let months = reference.year * 12 + reference.month - 1 + delta
                    let (year, month) = (months / 12, months % 12 + 1)
                    return day <= CalendarDate.daysIn(month, of: year) ? CalendarDate(year: year, month: month, day: day) : nil
                } distance: { abs($0.dayNumber - reference.dayNumber) }?.iso
            }
            return nil
        case let .daysFromWeekday(weekday, days):
            guard let reference else { return nil }
            return reference.adding(days: (weekday - reference.weekday + 7) % 7 + days).iso
        case let .monthsFromWeekday(weekday, months):
            guard let reference else { return nil }
            let from = reference.adding(days: (weekday - reference.weekday + 7) % 7)
            let count = from.year * 12 + from.month - 1 + months
            let (year, month) = (count / 12, count % 12 + 1)
            return CalendarDate(year: year, month: month, day: min(from.day, CalendarDate.daysIn(month, of: year))).iso
        case let .weekdayAndDay(weekday, day):
            guard let reference else { return DateText.yearless(month: nil, day: day) }
            var best: CalendarDate?
            for delta in -6...6 {
                let months = reference.year * 12 + reference.month - 1 + delta
                let (year, month) = (months / 12, months % 12 + 1)
                guard day <= CalendarDate.daysIn(month, of: year) else { continue }
                let date = CalendarDate(year: year, month: month, day: day)
                if date.weekday == weekday, best.map({ abs(date.dayNumber - reference.dayNumber) < abs($0.dayNumber - reference.dayNumber) }) ?? true {
                    best = date
                }
            }
            return best?.iso ?? DateExpression.absolute(year: nil, month: nil, day: day).resolved(against: reference)
        case let .monthSpan(first, last):
            let (low, high) = (SpanEnd(first), SpanEnd(last))
            // A year written once, after the second date, applies to both.
            guard let lowText = DateExpression.absolute(year: low.year ?? high.year, month: low.month, day: low.day).resolved(against: reference) else { return nil }
            // A second end without a year is the first such date from the first end on, not the
            // one nearest the reference: "from November to February" said in June runs into the next year.
            if high.year == nil, let lowYear = Int(lowText.prefix(4)) {
                for year in lowYear...lowYear + 1 {
                    guard let highText = DateExpression.absolute(year: year, month: high.month, day: high.day).resolved(against: reference) else { return nil }
                    if highText >= lowText || year > lowYear { return "\(lowText)/\(highText)" }
                }
            }
            guard let highText = DateExpression.absolute(year: high.year, month: high.month, day: high.day).resolved(against: reference) else { return nil }
            return "\(lowText)/\(highText)"
        case let .monthBeside(month, relation):
            guard let reference else { return DateText.yearless(month: month, day: nil) }
            let year = relation < 0 ? (month < reference.month ? reference.year : reference.year - 1)
                                    : (month > reference.month ? reference.year : reference.year + 1)
            return DateText.yearMonth(year, month)
        case let .notAfterReference(month, day):
            if month == 0 {
                // A weekday (`day`): that day of the week up to six days back.
                guard let reference else { return DateText.yearlessWeekday(day) }
                let delta = day - reference.weekday
                return reference.adding(days: delta > 0 ? delta - 7 : delta).iso
            }
            guard let reference else { return DateText.yearless(month: month, day: day == 0 ? nil : day) }
            let monthLater = month > reference.month || (month == reference.month && day > reference.day)
            // (A 29 February past: the year before may lack it, and then the latest leap year's.)
            var year = monthLater ? reference.year - 1 : reference.year
            if day == 0 { return DateText.yearMonth(year, month) }
            guard day <= CalendarDate.daysIn(month, of: 2024) else { return nil }
            while day > CalendarDate.daysIn(month, of: year) { year -= 1 }
            return CalendarDate(year: year, month: month, day: day).iso
        case let .weekdaySpan(first, last):
            guard let reference else { return "\(DateText.yearlessWeekday(first))/\(DateText.yearlessWeekday(last))" }
            // The first end is the nearest such day, the second the next such day after it ("from
            // Tuesday to Sunday" said on a Sunday runs from the coming Tuesday to the Sunday after).
            guard let low = CalendarDate(iso: DateExpression.weekday(first).resolved(against: reference) ?? "") else { return nil }
            let gap = (last - first + 7) % 7
            return "\(low.iso)/\(low.adding(days: gap == 0 ? 7 : gap).iso)"
        case let .weekday(day):
            guard let reference else { return DateText.yearlessWeekday(day) }
            var delta = day - reference.weekday
            if delta > 3 { delta -= 7 }
            if delta < -3 { delta += 7 }
            return reference.adding(days: delta).iso
        case let .monthDayInTense(month, day, future):
            guard let reference else { return DateText.yearless(month: month, day: day == 0 ? nil : day) }
            // A month or day within a month of the reference is the nearest whatever the tense: a
            // reference is seldom the very day of writing ("By 25 December, the number had
            // dropped" in a story of 26 December whose feed gave the 24th).
            let nearest = DateExpression.absolute(year: nil, month: month, day: day == 0 ? nil : day)
            let months = (month - reference.month + 12) % 12
            if months <= 1 || months == 11 { return nearest.resolved(against: reference) }
            // (Past that test the month is not the reference's: its year moves by the month alone.)
            var year = reference.year + (future && month < reference.month ? 1 : !future && month > reference.month ? -1 : 0)
            if day == 0 { return DateText.yearMonth(year, month) }
            guard day <= CalendarDate.daysIn(month, of: 2024) else { return nil }
            while day > CalendarDate.daysIn(month, of: year) { year += future ? 1 : -1 } // 29 February
            return CalendarDate(year: year, month: month, day: day).iso
        case let .weekdayInTense(day, future):
            guard let reference else { return DateText.yearlessWeekday(day) }
            let ahead = (day - reference.weekday + 7) % 7 // 0...6 days on to that weekday
            return reference.adding(days: future ? ahead : ahead == 0 ? 0 : ahead - 7).iso
        case let .holiday(holiday, year, relation):
            if let year { return holiday.date(in: year)?.iso ?? String(year) }
            guard let reference else { return holiday.yearless }
            return holiday.resolved(against: reference, relation: relation)
        case let .monthWeekday(year, month, weekday, nth):
            func day(in year: Int) -> CalendarDate? { Holiday.weekday(weekday, of: month, in: year, nth: nth) }
            if let year { return day(in: year)?.iso }
            return reference.flatMap { Holiday.nearest(to: $0, relation: 0, date: day(in:))?.iso }
        case let .partOfYear(half, number, offset):
            return reference.map { "\($0.year + offset)-\(half ? "H" : "Q")\(number)" }
        case let .monthsOfYear(first, last, offset):
            return reference.map { "\(DateText.yearMonth($0.year + offset, first))/\(DateText.yearMonth($0.year + offset, last))" }
        case let .season(season, relation):
            guard let reference else { return nil }
            // A season is named by the year it begins in: the winter of December 2025 to February 2026 is 2025-WI.
            let startMonth = 3 * (season + 1)
            let latestStart = reference.month >= startMonth ? reference.year : reference.year - 1
            let inside = (reference.month - startMonth + 12) % 12 < 3
            let year: Int
            switch relation {
            case -1: year = inside ? latestStart - 1 : latestStart
            case 1: year = latestStart + 1
            // "this summer" said in December is the summer of that calendar year; "this winter" in January began the December before.
            default: year = inside ? latestStart : season == 3 && reference.month <= 2 ? reference.year - 1 : reference.year
            }
            return "\(year)-\(Self.seasonCodes[season])"
        case let .relative(unit, offset):
            guard let reference else { return nil }
            switch unit {
            case .day: return reference.adding(days: offset).iso
            case .week:
                let week = reference.adding(days: 7 * offset).isoWeek
                return "\(week.year)-W\(CalendarDate.pad(week.week, 2))"
            case .weekend:
                let week = reference.adding(days: 7 * offset).isoWeek
                return "\(week.year)-W\(CalendarDate.pad(week.week, 2))-WE"
            case .nearestWeekend:
                // A weekend has begun on Saturday (ISO weekday 6): from Monday to Friday the last one
                // is the week before's, the next one this week's; on a weekend day both are its own.
                let weeks = reference.weekday >= 6 ? 0 : offset < 0 ? -1 : 0
                let week = reference.adding(days: 7 * weeks).isoWeek
                return "\(week.year)-W\(CalendarDate.pad(week.week, 2))-WE"
            case .weekdayPast, .weekdayFuture:
                // offset holds the weekday; the closest one strictly before/after the reference.
                var delta = offset - reference.weekday
                if unit == .weekdayPast { if delta >= 0 { delta -= 7 } } else if delta <= 0 { delta += 7 }
                return reference.adding(days: delta).iso
            case .weekdayThis: return reference.adding(days: offset - reference.weekday).iso
            case .daysAgo: return reference.adding(days: -offset).iso
            case .month:
                let months = reference.year * 12 + (reference.month - 1) + offset
                return DateText.yearMonth(months / 12, months % 12 + 1)
            case .year: return String(reference.year + offset)
            }
        }
    }
}
