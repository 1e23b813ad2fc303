import TextAnalysis

/// Whole values as JSON integers ("27169", not "27169.0"), others as doubles.
func number(_ value: Double) -> AttributeValue {
    value == value.rounded() && abs(value) < 9e15 ? .int(Int(value)) : .double(value)
}

extension NumberMatch {
    func withValue(_ value: String) -> NumberMatch {
        var copy = self
        copy.attributes["value"] = .string(value)
        return copy
    }
}

extension String {
    /// The parts between hyphens (and with `emDash`, "—"), empty parts dropped: what
    /// `split(whereSeparator:)` gives. Splitting by Character is slow, and an ASCII word has one
    /// byte per Character, so its bytes are split instead.
    func dashSeparatedParts(emDash: Bool = false) -> [String] {
        let ascii = utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            // By hand: the generic split made an array of slices first. (At its size at once:
            // grown part by part, the array was reallocated for the second and third.)
            var parts: [String] = []
            parts.reserveCapacity(bytes.reduce(1) { $1 == UInt8(ascii: "-") ? $0 + 1 : $0 })
            var start = 0
            for offset in 0...bytes.count where offset == bytes.count || bytes[offset] == UInt8(ascii: "-") {
                // (Copied in place: ASCII of up to 15 bytes makes an inline String without validation.)
                if offset > start {
                    let part = UnsafeBufferPointer(rebasing: bytes[start..<offset])
                    parts.append(part.count <= 15
                        ? String(unsafeUninitializedCapacity: part.count) { _ = $0.initialize(from: part); return part.count }
                        : String(decoding: part, as: UTF8.self))
                }
                start = offset + 1
            }
            return parts
        }
        return (ascii ?? nil) ?? split(whereSeparator: { $0 == "-" || (emDash && $0 == "—") }).map(String.init)
    }

    /// `utf8.contains` steps through the view one index at a time; this reads the bytes in place.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// A suffix compared byte by byte, in place.
    func hasByteSuffix(_ suffix: StaticString) -> Bool {
        let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        return utf8.withContiguousStorageIfAvailable { $0.count >= tail.count && $0[($0.count - tail.count)...].elementsEqual(tail) }
            ?? (utf8.count >= tail.count && utf8.suffix(tail.count).elementsEqual(tail))
    }

    /// Drops an ordinal suffix: "24th" → "24".
    func trimmingSuffix() -> String {
        // Most end in a digit: a last byte that is ASCII and none of "t", "d", "h" ends no suffix.
        if let last = utf8.last, last < 0x80, last != UInt8(ascii: "t"), last != UInt8(ascii: "d"), last != UInt8(ascii: "h") { return self }
        for suffix in ["st", "nd", "rd", "th"] where hasSuffix(suffix) { return String(dropLast(2)) }
        return self
    }
}
