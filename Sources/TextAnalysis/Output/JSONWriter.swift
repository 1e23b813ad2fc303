internal import Foundation

/// A small streaming JSON writer: bytes out, keys in the order written.
///
/// Faster than building a tree and encoding it, and deterministic, which the
/// output contract needs (`--jobs 1` and `--jobs 4` must print the same bytes).
/// Not copyable: it owns its buffer, which is what lets an append skip the check
/// for shared storage that `[UInt8]` makes (see ``OutputBuffer``).
public struct JSONWriter: ~Copyable, Sendable {
    private var buffer = OutputBuffer(capacity: 4096)
    private let pretty: Bool
    /// Whether the innermost open container already holds an element; the outer ones'
    /// flags wait in `outerHasElements`. Kept apart because it is read for every value.
    private var hasElements = false
    /// The outer containers' flags, the innermost in the lowest bit, as many as fit: a bit
    /// pushed and popped per object, where an array of flags checked its storage for sharing
    /// and its capacity at each (two calls an annotation). Flags of containers more than 64
    /// levels out wait in `deepOuterHasElements`.
    private var outerHasElements: UInt64 = 0
    private var deepOuterHasElements: [Bool] = []
    /// Containers open.
    private var depth = 0
    private var afterKey = false
    /// Levels of indentation every pretty line starts with: 1 for a value that will be an
    /// element of an array written around it (the CLI's `--format json` over several inputs),
    /// so the caller need not re-indent the bytes one by one.
    private let baseIndentation: Int
    /// Where annotations and attributes keep what the writer reads in place, looked up once
    /// per writer (a global's check of its initialization cost as much at each annotation).
    private let stored = StoredLayout.current

    public init(pretty: Bool = false, baseIndentation: Int = 0) {
        self.pretty = pretty
        self.baseIndentation = baseIndentation
    }

    /// What has been written so far.
    public var bytes: [UInt8] { buffer.bytes }

    public mutating func beginObject() { begin(UInt8(ascii: "{")) }
    public mutating func endObject() { end(UInt8(ascii: "}")) }
    public mutating func beginArray() { begin(UInt8(ascii: "[")) }
    public mutating func endArray() { end(UInt8(ascii: "]")) }

    public mutating func key(_ key: String) {
        // Compact, inside an object (every attribute key): the comma, the key and the colon at once.
        if !pretty, depth > 0, buffer.appendQuotedIfSmall(key, comma: hasElements, asKey: true) {
            hasElements = true
            afterKey = true
            return
        }
        separate()
        if buffer.appendQuotedIfSmall(key, asKey: true, pretty: pretty) {
            afterKey = true
            return
        }
        appendQuoted(key)
        if pretty { buffer.append(UInt8(ascii: ":"), UInt8(ascii: " ")) } else { buffer.append(UInt8(ascii: ":")) }
        afterKey = true
    }

    /// A key that is a small String, given as its words (``OutputBuffer/smallASCIIWords(_:)``);
    /// `string` gives it as a String, for the pretty form.
    mutating func key(smallString words: SIMD2<UInt64>, _ string: () -> String) {
        if !pretty, depth > 0, buffer.appendQuotedIfSmall(words: words.x, words.y, comma: hasElements, asKey: true) {
            hasElements = true
            afterKey = true
            return
        }
        key(string())
    }

    /// A key written in the source, such as the output contract's `"start"`: its bytes are
    /// copied without the escape scan, which cost more than the rest of the key.
    public mutating func key(literal key: StaticString) {
        separate()
        // (The pointer directly: `withUTF8Buffer`'s closure cost more than the copy.)
        precondition(key.hasPointerRepresentation, "a literal key is text")
        let utf8 = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        assert(!utf8.contains(where: Self.needsEscape), "a literal key needs escaping")
        buffer.appendKey(utf8, pretty: pretty)
        afterKey = true
    }

    public mutating func string(_ value: String) { beginValue(); appendQuoted(value) }
    public mutating func int(_ value: Int) { beginValue(); appendDecimal(value) }
    // (Literals moved whole: a String's UTF-8 view was appended byte by byte, 230 instructions a value.)
    public mutating func bool(_ value: Bool) {
        beginValue()
        if value { buffer.appendLiteral("true") } else { buffer.appendLiteral("false") }
    }
    public mutating func null() { beginValue(); buffer.appendLiteral("null") }

    /// Non-finite values have no JSON form and are written as `null`. Binary noise of decimal
    /// arithmetic is dropped: "$33.2 billion" computed as 33.2 × 1e9 is 33200000000.000004,
    /// 0.1 + 0.6 is 0.7000000000000001, a longitude read as -3.7026 is -3.7026000000000003.
    /// When a value needs 16 or 17 digits but rounds at 15 to a short decimal (three or more
    /// digits fewer), the short one is what the text said; 2/3 keeps all its digits.
    public mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        beginValue()
        // (Integer conversions, not `rounded()`: that is a call into libm.)
        if abs(value) < 1e15, value == Double(Int64(value)) { return appendDecimal(Int(value)) }
        if appendShortDecimal(value) { return }
        let text = value.description
        // (More than 15 digits takes at least 16 characters: most values skip the count.)
        guard text.utf8.count > 15, Self.significantDigits(text) > 15, let rounded = Self.roundedToFifteenDigits(value, description: text),
              Self.significantDigits(rounded.description) <= 12 else {
            return buffer.append(text.utf8)
        }
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return appendDecimal(Int(rounded)) }
        buffer.append(rounded.description.utf8)
    }

    /// `value` rounded to 15 significant digits, as `%.15g` prints it, read back; `text` is its
    /// `description`, of 16 or 17 significant digits. Rounded from those digits: Swift prints
    /// the shortest decimal that reads back as `value` and, of those, the closest, so no
    /// 15-digit rounding boundary lies between it and `value` unless the decimal is on one (a
    /// 5 for its 16th digit, nothing after): rounding its digits is rounding `value`, but for
    /// that tie, which `%.15g` settles. (`String(format:)` cost 20,000 instructions a value,
    /// C's formatting through a `va_list` 15,000, and C strings stay in the PCRE2 wrapper; a
    /// longitude computed from an offset is one such value in ten documents.)
    static func roundedToFifteenDigits(_ value: Double, description text: String) -> Double? {
        var negative = false, seenPoint = false
        var head: UInt64 = 0, digits = 0, afterPoint = 0
        var sixteenth: UInt8 = 0, restNonZero = false
        var exponent = 0, exponentSign = 1, inExponent = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"): if inExponent { exponentSign = -1 } else { negative = true }
            case UInt8(ascii: "+"): break
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = byte - UInt8(ascii: "0")
                if inExponent {
                    exponent = exponent * 10 + Int(digit)
                    continue
                }
                if seenPoint { afterPoint += 1 }
                if digits == 0 && digit == 0 { continue } // (a leading zero)
                digits += 1
                if digits <= 15 {
                    head = head * 10 + UInt64(digit)
                } else if digits == 16 {
                    sixteenth = digit
                } else if digit != 0 {
                    restNonZero = true
                }
            default: return roundedToFifteenDigitsByFormat(value)
            }
        }
        guard digits > 15 else { return roundedToFifteenDigitsByFormat(value) }
        if sixteenth == 5 && !restNonZero { return roundedToFifteenDigitsByFormat(value) }
        if sixteenth > 5 || sixteenth == 5 { head += 1 }
        // The digits are `head` then `digits - 15` more, with `afterPoint` of them after the point.
        let scale = exponentSign * exponent - afterPoint + (digits - 15)
        return Double((negative ? "-" : "") + String(head) + "e" + String(scale))
    }

    /// `value` rounded to 15 significant digits: what `%.15g` prints, read back. Through
    /// Foundation's formatting (20,000 instructions), for the ties only.
    static func roundedToFifteenDigitsByFormat(_ value: Double) -> Double? {
        Double(String(format: "%.15g", value))
    }

    /// Writes `value` when it has at most six decimals and a magnitude in [0.0001, 1e9), as
    /// `description` would, without making a String: coordinates (four decimals) and
    /// confidences (three) are most of the output's doubles, and `description` cost 580
    /// instructions each. In that range a decimal with k ≤ 6 places is at least four units in
    /// the last place from the next one, so the first k whose decimal converts back to `value`
    /// gives the shortest form, which is the one `description` prints.
    ///
    /// That k is found with one conversion: `value` scaled by 10⁶ and rounded is within 0.2 of
    /// the integer it should be, so when some k-place decimal converts back to `value`, these
    /// units are its digits followed by 6 - k zeros, and dropping the zeros finds the smallest
    /// such k; one test that the shortened decimal converts back to `value` then settles it.
    /// (Trying each k in turn cost a multiplication, two conversions and a division per place.)
    mutating func appendShortDecimal(_ value: Double) -> Bool {
        let magnitude = abs(value)
        guard magnitude >= 1e-4, magnitude < 1e9 else { return false }
        var units = UInt64(magnitude * 1e6 + 0.5) // below 2^53: the sum is exact, the cut rounds
        var places = 6
        var divisor: UInt64 = 1_000_000
        while places > 1, units % 10 == 0 {
            units /= 10
            divisor /= 10
            places -= 1
        }
        guard Double(units) / Double(divisor) == magnitude else { return false }
        buffer.appendFixedPoint(units, divisor: divisor, places: places, negative: value < 0)
        return true
    }

    /// Digits of a number as Swift prints it, from the first non-zero one up to any exponent.
    static func significantDigits(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break }
            if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") || byte == UInt8(ascii: "0") && count > 0 { count += 1 }
        }
        return count
    }

    public mutating func value(_ value: AttributeValue) {
        switch value {
        case let .string(string): self.string(string)
        case let .int(int): self.int(int)
        case let .double(double): self.double(double)
        case let .bool(bool): self.bool(bool)
        case .null: null()
        case let .array(elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case let .object(attributes):
            beginObject()
            attributes.list.withUnsafeBufferPointer { members($0) }
            endObject()
        }
    }

    /// The opening of the object of the annotation at `annotation`, `{"plugin":…,"label":…,"text":…`,
    /// compact: the keys as three literals with the separators in them, the values read as
    /// their Strings' two words where they are stored (see ``members(_:)``; a String that is
    /// not small is read as a String). Pretty output takes the general path.
    mutating func beginAnnotation(storedAt annotation: UnsafePointer<Annotation>) {
        if pretty {
            beginObject()
            key(literal: "plugin"); string(annotation.pointee.plugin)
            key(literal: "label"); string(annotation.pointee.label)
            key(literal: "text"); string(annotation.pointee.text)
            return
        }
        beginValue()
        let raw = UnsafeRawPointer(annotation), offsets = stored
        buffer.appendLiteral(#"{"plugin":"#)
        if !appendQuotedIfSmall(storedAt: raw + offsets.plugin) { appendQuotedInGeneral(annotation.pointee.plugin) }
        buffer.appendLiteral(#","label":"#)
        if !appendQuotedIfSmall(storedAt: raw + offsets.label) { appendQuotedInGeneral(annotation.pointee.label) }
        buffer.appendLiteral(#","text":"#)
        if !appendQuotedIfSmall(storedAt: raw + offsets.text) { appendQuotedInGeneral(annotation.pointee.text) }
        pushHasElements()
        hasElements = true
    }

    /// Writes the String stored at `string` quoted when it is small and needs no escape, read as
    /// its two words; false, writing nothing, otherwise.
    @inline(__always)
    private mutating func appendQuotedIfSmall(storedAt string: UnsafeRawPointer) -> Bool {
        let words = string.load(as: (UInt64, UInt64).self)
        return buffer.appendQuotedIfSmall(words: words.0, words.1)
    }

    /// A member of an object, such as an annotation's attribute: the key, then strings and
    /// integers written here, the other values through ``value(_:)``.
    mutating func member(_ key: String, _ value: AttributeValue) {
        self.key(key)
        memberValue(value)
    }

    /// The attributes of an object being written, as its members, read where they are stored.
    ///
    /// A key is read as the two words of its String, not as a String: a String loaded from
    /// memory the compiler cannot see is copied, a retain and a release (two calls for each of
    /// the 80,000 attributes of a megabyte of news), though an attribute key is nearly always
    /// a small String with no object to count. Any other key is read as a String. (Values are
    /// read as values: reading an enum's payload where it is stored would rely on a layout the
    /// compiler chooses and does not promise.)
    mutating func members(_ attributes: UnsafeBufferPointer<Attribute>) {
        guard let first = attributes.baseAddress else { return }
        let keyOffset = stored.key
        for attribute in first..<first + attributes.count {
            let raw = UnsafeRawPointer(attribute)
            let words = raw.load(fromByteOffset: keyOffset, as: (UInt64, UInt64).self)
            if !pretty, depth > 0, buffer.appendQuotedIfSmall(words: words.0, words.1, comma: hasElements, asKey: true) {
                hasElements = true
                afterKey = true
            } else {
                key(attribute.pointee.key)
            }
            memberValue(attribute.pointee.value)
        }
    }


    /// The value of a member whose key is written: strings and integers here, the other
    /// values through ``value(_:)``.
    @inline(__always)
    private mutating func memberValue(_ value: AttributeValue) {
        switch value {
        case let .string(string):
            afterKey = false
            appendQuoted(string)
        case let .int(int):
            afterKey = false
            appendDecimal(int)
        default:
            self.value(value)
        }
    }

    /// The members `start`, `end`, `byte_start` and `byte_end` of an object being written.
    mutating func offsets(_ span: TextSpan) {
        let scalars = span.scalars, bytes = span.bytes
        if pretty || depth == 0 {
            key(literal: "start"); int(scalars.lowerBound)
            key(literal: "end"); int(scalars.upperBound)
            key(literal: "byte_start"); int(bytes.lowerBound)
            key(literal: "byte_end"); int(bytes.upperBound)
            return
        }
        buffer.appendOffsetMembers(comma: hasElements, start: scalars.lowerBound, end: scalars.upperBound,
                                   byteStart: bytes.lowerBound, byteEnd: bytes.upperBound)
        hasElements = true
    }

    /// The members `utf16_start` and `utf16_end` of an object being written (``UTF16Offsets``).
    mutating func utf16Offsets(_ range: Range<Int>) {
        key(literal: "utf16_start"); int(range.lowerBound)
        key(literal: "utf16_end"); int(range.upperBound)
    }

    /// Raw JSON written by a caller that has it already (for example a JSONL `id`).
    public mutating func raw(_ json: some Sequence<UInt8>) { beginValue(); buffer.append(json) }

    public mutating func newline() { buffer.append(UInt8(ascii: "\n")) }

    // MARK: - Layout

    private mutating func beginValue() {
        if afterKey { afterKey = false } else { separate() }
    }

    private mutating func pushHasElements() {
        if depth >= UInt64.bitWidth { deepOuterHasElements.append(outerHasElements >> 63 != 0) }
        outerHasElements = outerHasElements << 1 | (hasElements ? 1 : 0)
        depth += 1
    }

    /// The flag of the container around the innermost one, which closes.
    private mutating func popHasElements() -> Bool {
        depth -= 1
        let outer = outerHasElements & 1 != 0
        outerHasElements >>= 1
        if depth >= UInt64.bitWidth, deepOuterHasElements.removeLast() { outerHasElements |= 1 << 63 }
        return outer
    }

    private mutating func begin(_ byte: UInt8) {
        beginValue()
        buffer.append(byte)
        pushHasElements()
        hasElements = false
    }

    private mutating func separate() {
        guard depth > 0 else { return }
        if hasElements { buffer.append(UInt8(ascii: ",")) }
        hasElements = true
        indent()
    }

    private mutating func end(_ byte: UInt8) {
        let hadElements = hasElements
        hasElements = popHasElements()
        if hadElements { indent() }
        buffer.append(byte)
    }

    private mutating func indent() {
        guard pretty else { return }
        buffer.append(UInt8(ascii: "\n"))
        buffer.append(repeating: UInt8(ascii: " "), count: 2 * (depth + baseIndentation))
    }

    /// Digits written in place by the buffer: `String(value)` per offset cost a tenth of the
    /// encoder (every annotation has four offsets), and dividing by a falling power of ten twice
    /// per digit most of the rest.
    private mutating func appendDecimal(_ value: Int) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        buffer.appendDigits(UInt64(value.magnitude), minimumDigits: 1)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// (The small-string path inlined at each call; the rest apart.)
    @inline(__always)
    private mutating func appendQuoted(_ string: String) {
        if buffer.appendQuotedIfSmall(string) { return }
        appendQuotedInGeneral(string)
    }

    private mutating func appendQuotedInGeneral(_ string: String) {
        buffer.append(UInt8(ascii: "\""))
        // Keys, labels, names and nearly all text need no escape: one bulk copy instead of an
        // append per byte (the per-byte loop was 7% of a whole `analyze` run).
        // (Through the contiguous bytes: iterating `String.UTF8View` costs about ten
        // instructions a byte; every native String, small ones included, has them.)
        let copied = string.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            if Self.containsEscape(utf8) { return false }
            buffer.append(utf8)
            return true
        }
        if copied != true {
            for byte in string.utf8 { appendEscaped(byte) }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// Whether any byte needs escaping, eight bytes at a time: the test per byte was the
    /// largest single cost of writing an annotation. For each word, the classic "has a zero
    /// byte" test on the word itself (control characters, below 0x20) and on the word XORed
    /// with each escaped byte repeated; exact, with no false positives.
    static func containsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= bytes.count {
                if wordNeedsEscape(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
                offset += 8
            }
        }
        while offset < bytes.count {
            if needsEscape(bytes[offset]) { return true }
            offset += 1
        }
        return false
    }

    /// Whether any of the eight bytes of `word` needs escaping (see ``containsEscape(_:)``).
    @inline(__always)
    static func wordNeedsEscape(_ word: UInt64) -> Bool { escapeBits(word) != 0 }

    /// The high bit of some byte set when any byte of `word` needs escaping, zero otherwise:
    /// the four tests' words ORed before the one mask and test, so two words can share it too.
    @inline(__always)
    static func escapeBits(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C), delete = word ^ (ones &* 0x7F)
        return ((word &- ones &* 0x20) & ~word // a byte below 0x20
            | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (delete &- ones) & ~delete) & highs
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"), byte)
        case UInt8(ascii: "\n"): buffer.append(UInt8(ascii: "\\"), UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): buffer.append(UInt8(ascii: "\\"), UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): buffer.append(UInt8(ascii: "\\"), UInt8(ascii: "t"))
        case 0..<0x20, 0x7F:
            buffer.append("\\u00".utf8)
            buffer.append(Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)])
        default: buffer.append(byte)
        }
    }
}

/// Where an ``Annotation`` holds its plugin, label and text and an ``Attribute`` its key: the
/// Strings ``JSONWriter`` reads in place as their two words (``OutputBuffer/appendQuotedIfSmall(_:comma:asKey:pretty:)``).
struct StoredLayout {
    let plugin = MemoryLayout<Annotation>.offset(of: \Annotation.plugin)!
    let label = MemoryLayout<Annotation>.offset(of: \Annotation.label)!
    let text = MemoryLayout<Annotation>.offset(of: \Annotation.text)!
    let key = MemoryLayout<Attribute>.offset(of: \Attribute.key)!

    static let current = StoredLayout()
}
