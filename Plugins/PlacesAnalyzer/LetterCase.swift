/// Each byte's weight in a count of ASCII capitals (low half) and lower-case letters (high
/// half), so counting a word's letters is one table read and one addition per byte instead of
/// two range tests: deciding which lines are written in capitals reads a third of every line.
enum LetterCase {
    static let weights: [UInt32] = (0...255).map { byte in
        switch byte {
        case 65...90: 1 // A-Z
        case 97...122: 1 << 16 // a-z
        default: 0
        }
    }

    /// Capitals and lower-case letters in `range` of `bytes`, `weights` being ``weights``.
    @inline(__always)
    static func count(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>,
                      weights: UnsafeBufferPointer<UInt32>) -> (upper: Int, lower: Int) {
        guard range.count < 1 << 16 else { // (65,536 capitals would carry into the lower half)
            return range.reduce(into: (upper: 0, lower: 0)) { counts, offset in
                let weight = weights[Int(bytes[offset])]
                counts.upper += Int(weight & 0xFFFF)
                counts.lower += Int(weight >> 16)
            }
        }
        var sum: UInt32 = 0
        for offset in range { sum &+= weights[Int(bytes[offset])] }
        return (Int(sum & 0xFFFF), Int(sum >> 16))
    }

    /// At least the number of ASCII capitals in `range` of `bytes` (bytes with the high bit set
    /// may count too): an upper bound for the capitals of the words in it, eight bytes at a time.
    static func capitalsBound(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        let raw = UnsafeRawPointer(base)
        let high: UInt64 = 0x8080_8080_8080_8080, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var count = 0
        var offset = range.lowerBound
        while offset + 8 <= range.upperBound {
            // Per byte lane, the low seven bits plus 0x3F reach the high bit from "A" (0x41) up,
            // plus 0x25 from "[" (0x5B) up: capitals set the first and not the second. The lanes'
            // flags are summed over up to 255 words, then across lanes by a multiply (no
            // population-count instruction in the baseline x86-64 build).
            var lanes: UInt64 = 0
            let words = min((range.upperBound - offset) / 8, 255)
            for _ in 0..<words {
                let bits = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & low7
                let fromA = bits &+ 0x3F3F_3F3F_3F3F_3F3F, pastZ = bits &+ 0x2525_2525_2525_2525
                lanes &+= (fromA & ~pastZ & high) >> 7
                offset += 8
            }
            let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF) // 16-bit lanes
            count += Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while offset < range.upperBound {
            if bytes[offset] &- 65 < 26 { count += 1 }
            offset += 1
        }
        return count
    }
}
