import TextAnalysis

/// A proleptic Gregorian day, enough for resolving news dates against a reference
/// date without Foundation's time zones (a news date is a calendar day, not an instant).
struct CalendarDate: Hashable, Comparable, Sendable {
    let year: Int, month: Int, day: Int

    /// Parses a day as a document's `date` is read (``Document/calendarDay(_:)``): `YYYY-MM-DD`,
    /// alone or opening a timestamp.
    init?(iso: String) {
        guard let (year, month, day) = Document.calendarDay(iso) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Hinnant's days_from_civil).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// ISO weekday, Monday = 1.
    var weekday: Int { ((dayNumber % 7 + 7 + 3) % 7) + 1 }

    /// ISO 8601 week-numbering year and week.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let firstOfYear = CalendarDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1)
    }

    /// Every annotated date is formatted, so a date of four-digit year is written straight into
    /// a (small, inline) String rather than through interpolation.
    var iso: String {
        guard (0..<10_000).contains(year), (0..<100).contains(month), (0..<100).contains(day) else {
            return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            Self.writeDigits(year, into: buffer, at: 0, count: 4)
            buffer[4] = UInt8(ascii: "-")
            Self.writeDigits(month, into: buffer, at: 5, count: 2)
            buffer[7] = UInt8(ascii: "-")
            Self.writeDigits(day, into: buffer, at: 8, count: 2)
            return 10
        }
    }

    /// Zero-padded to `width`; longer numbers keep all their digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        guard value >= 0, value < 10_000, width <= 4 else {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let count = max(value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : 4, width)
        return String(unsafeUninitializedCapacity: count) { buffer in
            writeDigits(value, into: buffer, at: 0, count: count)
            return count
        }
    }

    /// The last `count` decimal digits of a non-negative `value`, zero-padded.
    private static func writeDigits(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int, count: Int) {
        var rest = value
        for position in (start..<(start + count)).reversed() {
            buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }

    static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}
