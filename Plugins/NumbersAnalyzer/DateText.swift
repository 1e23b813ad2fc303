/// The texts of dates whose parts are short numbers, written byte by byte into a small
/// (inline) String: most news dates give no year ("XXXX-04-02"), and interpolating and
/// concatenating their parts cost several times more than the annotation's other fields.
/// Each function gives exactly what the interpolation it replaces gives; a part outside
/// the range it writes takes that interpolation.
enum DateText {
    /// "XXXX-04", "XXXX-04-02", "XXXX-XX-19": a month and/or day of an unknown year.
    static func yearless(month: Int?, day: Int?) -> String {
        guard month.map(isTwoDigit) ?? true, day.map(isTwoDigit) ?? true else {
            return "XXXX-\(month.map { CalendarDate.pad($0, 2) } ?? "XX")" + (day.map { "-" + CalendarDate.pad($0, 2) } ?? "")
        }
        return String(unsafeUninitializedCapacity: day == nil ? 7 : 10) { buffer in
            write("XXXX-", into: buffer, at: 0)
            if let month { writeTwoDigits(month, into: buffer, at: 5) } else { write("XX", into: buffer, at: 5) }
            guard let day else { return 7 }
            buffer[7] = UInt8(ascii: "-")
            writeTwoDigits(day, into: buffer, at: 8)
            return 10
        }
    }

    /// "2025-04": a year and a month.
    static func yearMonth(_ year: Int, _ month: Int) -> String {
        guard (1000..<10_000).contains(year), isTwoDigit(month) else { return "\(year)-\(CalendarDate.pad(month, 2))" }
        return String(unsafeUninitializedCapacity: 7) { buffer in
            writeTwoDigits(year / 100, into: buffer, at: 0)
            writeTwoDigits(year % 100, into: buffer, at: 2)
            buffer[4] = UInt8(ascii: "-")
            writeTwoDigits(month, into: buffer, at: 5)
            return 7
        }
    }

    /// "XXXX-Q3": a quarter of an unknown year.
    static func yearlessQuarter(_ quarter: Int) -> String { prefixed("XXXX-Q", digit: quarter) ?? "XXXX-Q\(quarter)" }

    /// "XXXX-WXX-5": a weekday of an unknown week.
    static func yearlessWeekday(_ day: Int) -> String { prefixed("XXXX-WXX-", digit: day) ?? "XXXX-WXX-\(day)" }

    /// `prefix` and one decimal digit; nil when `digit` is not one.
    private static func prefixed(_ prefix: StaticString, digit: Int) -> String? {
        guard (0..<10).contains(digit) else { return nil }
        let count = prefix.utf8CodeUnitCount + 1
        return String(unsafeUninitializedCapacity: count) { buffer in
            write(prefix, into: buffer, at: 0)
            buffer[count - 1] = UInt8(ascii: "0") + UInt8(digit)
            return count
        }
    }

    private static func isTwoDigit(_ value: Int) -> Bool { (0..<100).contains(value) }

    private static func writeTwoDigits(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        buffer[offset] = UInt8(ascii: "0") + UInt8(value / 10)
        buffer[offset + 1] = UInt8(ascii: "0") + UInt8(value % 10)
    }

    private static func write(_ text: StaticString, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        for index in 0..<text.utf8CodeUnitCount { buffer[offset + index] = text.utf8Start[index] }
    }
}
