/// Byte-level reading of the gazetteer's tab-separated files: no String per field, because
/// loading must stay well under the 100 ms start-up budget.
enum TabSeparated {
    /// Calls `body` with each data line's byte range (without the newline) and its 1-based
    /// number; skips `#` comment lines and empty lines.
    static func forEachLine(_ bytes: [UInt8], _ body: (Range<Int>, Int) throws -> Void) rethrows {
        var start = 0
        var number = 0
        while start < bytes.count {
            number += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd > start, bytes[start] != UInt8(ascii: "#") { try body(start..<lineEnd, number) }
            start = end + 1
        }
    }

    /// The first `count` fields of `line` (all of them by default; fewer if it has fewer):
    /// readers of one entry need only the leading ones, and a big city's line is mostly aliases.
    static func split<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ line: Range<Int>, into fields: inout [Range<Int>], first count: Int = .max)
        where Bytes.Index == Int {
        fields.removeAll(keepingCapacity: true)
        var start = line.lowerBound
        var index = start
        while index < line.upperBound, fields.count < count {
            if bytes[index] == 0x09 {
                fields.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        if fields.count < count { fields.append(start..<line.upperBound) }
    }

    static func integer(_ digits: some Collection<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value &* 10 &+ Int(byte - 0x30)
        }
        return value
    }

    /// "-27.4698" and "133": the gazetteer writes plain decimals, at most 4 places.
    static func double(_ text: ArraySlice<UInt8>) -> Double? {
        var digits = text[...]
        var sign = 1.0
        if digits.first == UInt8(ascii: "-") { sign = -1; digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var whole = 0.0, fraction = 0.0, scale = 1.0, afterPoint = false
        for byte in digits {
            if byte == UInt8(ascii: ".") && !afterPoint { afterPoint = true; continue }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            if afterPoint {
                scale /= 10
                fraction += Double(byte - 0x30) * scale
            } else {
                whole = whole * 10 + Double(byte - 0x30)
            }
        }
        return sign * (whole + fraction)
    }
}
