/// A small streaming JSON writer: bytes out, keys in the order written.
///
/// Faster than building a tree and encoding it, and deterministic, which the
/// output contract needs (`--jobs 1` and `--jobs 4` must print the same bytes).
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    /// One entry per open container: whether it already holds an element.
    private var hasElements: [Bool] = []
    private var afterKey = false

    public init(pretty: Bool = false) {
        self.pretty = pretty
        bytes.reserveCapacity(4096)
    }

    public mutating func beginObject() { beginValue(); bytes.append(UInt8(ascii: "{")); hasElements.append(false) }
    public mutating func endObject() { end(UInt8(ascii: "}")) }
    public mutating func beginArray() { beginValue(); bytes.append(UInt8(ascii: "[")); hasElements.append(false) }
    public mutating func endArray() { end(UInt8(ascii: "]")) }

    public mutating func key(_ key: String) {
        separate()
        appendQuoted(key)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func string(_ value: String) { beginValue(); appendQuoted(value) }
    public mutating func int(_ value: Int) { beginValue(); appendDecimal(value) }
    public mutating func bool(_ value: Bool) { beginValue(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { beginValue(); bytes.append(contentsOf: "null".utf8) }

    /// Non-finite values have no JSON form and are written as `null`.
    public mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        beginValue()
        if value == value.rounded(), abs(value) < 1e15 {
            appendDecimal(Int(value))
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
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
            for (key, element) in attributes {
                self.key(key)
                self.value(element)
            }
            endObject()
        }
    }

    /// Raw JSON written by a caller that has it already (for example a JSONL `id`).
    public mutating func raw(_ json: some Sequence<UInt8>) { beginValue(); bytes.append(contentsOf: json) }

    public mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

    // MARK: - Layout

    private mutating func beginValue() {
        if afterKey { afterKey = false } else { separate() }
    }

    private mutating func separate() {
        guard let last = hasElements.last else { return }
        if last { bytes.append(UInt8(ascii: ",")) }
        hasElements[hasElements.count - 1] = true
        indent()
    }

    private mutating func end(_ byte: UInt8) {
        let hadElements = hasElements.removeLast()
        if hadElements { indent() }
        bytes.append(byte)
    }

    private mutating func indent() {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * hasElements.count))
    }

    /// Digits appended highest first: `String(value)` per offset cost a tenth of the encoder
    /// (every annotation has four offsets).
    private mutating func appendDecimal(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendQuoted(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        // Keys, labels, names and nearly all text need no escape: one bulk copy instead of an
        // append per byte (the per-byte loop was 7% of a whole `analyze` run).
        // (Through the contiguous bytes: iterating `String.UTF8View` costs about ten
        // instructions a byte; every native String, small ones included, has them.)
        let copied = string.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F {
                return false
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied != true {
            for byte in string.utf8 { appendEscaped(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
        case 0..<0x20, 0x7F:
            bytes.append(contentsOf: "\\u00".utf8)
            bytes.append(Self.hex[Int(byte >> 4)])
            bytes.append(Self.hex[Int(byte & 0xF)])
        default: bytes.append(byte)
        }
    }
}
