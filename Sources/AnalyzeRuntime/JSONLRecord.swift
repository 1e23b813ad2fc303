/// The fast path for a JSONL input line: a flat object whose `text` is a string.
///
/// Foundation's `JSONSerialization` builds an `NSDictionary` of boxed values for every line;
/// on news feeds that was 6% of a whole run, on the thread that also writes the output.
/// This parser takes the common shape only: string, number, `true`/`false`/`null` values,
/// an `id` that is absent, a plain string or a plain integer. Anything else (a nested value,
/// a duplicate key, an `id` whose raw JSON Foundation would re-escape, any syntax error)
/// returns `nil`, and the caller parses the line with `JSONSerialization` as before, so
/// results and error messages are Foundation's exactly.
package struct JSONLRecord: Equatable {
    package var text: String
    /// The `id` as raw JSON (`"a-1"`, `42`) and, when it is a string or a number, as the
    /// document's source label (otherwise the source is the file and line).
    package var id: (raw: String, label: String?)?
    /// The record's `date`, when it is a string: the day the document was written or published.
    package var date: String? = nil

    package static func == (lhs: JSONLRecord, rhs: JSONLRecord) -> Bool {
        lhs.text == rhs.text && lhs.id?.raw == rhs.id?.raw && lhs.id?.label == rhs.id?.label && lhs.date == rhs.date
    }

    package static func parse(_ bytes: [UInt8]) -> JSONLRecord? {
        var parser = Parser(bytes: bytes)
        return parser.record()
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func record() -> JSONLRecord? {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            var text: String?
            var id: (raw: String, label: String?)?
            var date: String?
            var sawID = false
            skipSpace()
            if !take(UInt8(ascii: "}")) {
                repeat {
                    skipSpace()
                    guard let key = string() else { return nil }
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return nil }
                    skipSpace()
                    switch key {
                    case "text":
                        guard text == nil, let value = string() else { return nil }
                        text = value
                    case "id":
                        guard !sawID, let value = plainID() else { return nil }
                        sawID = true
                        id = value
                    case "date":
                        guard date == nil, let value = string() else { return nil }
                        date = value
                    default:
                        guard skipScalar() else { return nil }
                    }
                    skipSpace()
                } while take(UInt8(ascii: ","))
                guard take(UInt8(ascii: "}")) else { return nil }
            }
            skipSpace()
            guard index == bytes.count, let text else { return nil }
            return JSONLRecord(text: text, id: id, date: date)
        }

        /// An id whose raw JSON is the input's own bytes: letters, digits and `_ . : -` in a
        /// string (Foundation escapes `/` when it writes one back), or a short integer.
        mutating func plainID() -> (raw: String, label: String?)? {
            let start = index
            if peek == UInt8(ascii: "\"") {
                index += 1
                while index < bytes.count, Self.isPlainIDByte(bytes[index]) { index += 1 }
                guard take(UInt8(ascii: "\"")) else { return nil }
                let label = String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self)
                return ("\"\(label)\"", label)
            }
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            let digits = index - start
            // No sign, no leading zero, no fraction: Foundation prints these back unchanged.
            guard digits > 0, digits <= 15, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
            let raw = String(decoding: bytes[start..<index], as: UTF8.self)
            return (raw, raw)
        }

        static func isPlainIDByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "-"): true
            default: false
            }
        }

        /// A JSON string; `nil` on an invalid escape, a lone surrogate or a control character.
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            // Runs between escapes are copied whole into one buffer, grown in place (a copy of
            // the text so far per escape was quadratic in a feed's "\n\n" paragraphs); a text
            // without escapes is decoded at once.
            var decoded: [UInt8] = []
            var escaped = false
            var run = index
            while true {
                guard let end = endOfRun(from: index) else { return nil }
                index = end + 1
                if bytes[end] == UInt8(ascii: "\"") {
                    guard escaped else { return String(decoding: bytes[run..<end], as: UTF8.self) }
                    appendRun(run..<end, to: &decoded)
                    return String(decoding: decoded, as: UTF8.self)
                }
                if !escaped {
                    escaped = true
                    decoded.reserveCapacity(bytes.count - run)
                }
                appendRun(run..<end, to: &decoded)
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    decoded.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
                run = index
            }
        }

        /// Copies `range` of the line to `decoded` in one move (appending the array's slice took
        /// the element-by-element path: three instructions a byte).
        func appendRun(_ range: Range<Int>, to decoded: inout [UInt8]) {
            bytes.withUnsafeBufferPointer { decoded.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
        }

        /// The index of the first quote or backslash from `start`, or nil at a control
        /// character or the end of the line. Through a buffer pointer: the text field is most
        /// of a line, and indexing the array checked every byte's bounds.
        func endOfRun(from start: Int) -> Int? {
            bytes.withUnsafeBufferPointer { bytes in
                var index = start
                // Eight bytes at a time (a byte at a time was a third of reading a line): the
                // classic "has a zero byte" test on the word XORed with each stop byte, and a
                // "has a byte below 0x20" test; the lowest flagged byte is exact, so it is the first.
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                let quotes = ones &* 0x22, backslashes = ones &* 0x5C, controls = ones &* 0x20
                if let base = bytes.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    while index + 8 <= bytes.count {
                        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian
                        let quote = word ^ quotes, backslash = word ^ backslashes
                        let flagged = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- controls) & ~word) & highs
                        if flagged != 0 {
                            index += flagged.trailingZeroBitCount / 8
                            return bytes[index] < 0x20 ? nil : index
                        }
                        index += 8
                    }
                }
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
                    if byte < 0x20 { return nil }
                    index += 1
                }
                return nil
            }
        }

        /// After `\u`: four hex digits, or a surrogate pair written as two escapes.
        mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let high = hex4() else { return nil }
            if (0xD800...0xDBFF).contains(high) {
                guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            return Unicode.Scalar(high)
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[index..<(index + 4)] {
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            index += 4
            return value
        }

        /// A string, number or literal that is not kept; nested values are left to Foundation.
        mutating func skipScalar() -> Bool {
            switch peek {
            case UInt8(ascii: "\""): return string() != nil
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        /// JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        mutating func number() -> Bool {
            _ = take(UInt8(ascii: "-"))
            if take(UInt8(ascii: "0")) {
            } else if digits() == 0 { return false }
            if take(UInt8(ascii: ".")), digits() == 0 { return false }
            if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
                if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
                if digits() == 0 { return false }
            }
            return true
        }

        mutating func digits() -> Int {
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - start
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let length = word.utf8CodeUnitCount
            guard index + length <= bytes.count else { return false }
            let matches = word.withUTF8Buffer { bytes[index..<(index + length)].elementsEqual($0) }
            if matches { index += length }
            return matches
        }

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }
    }
}
