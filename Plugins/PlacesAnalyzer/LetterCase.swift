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
        ByteLanes.count(in: range, of: bytes, marks: { word in
            // Per byte, the low seven bits plus 0x3F reach the high bit from "A" (0x41) up, plus
            // 0x25 from "[" (0x5B) up: capitals set the first and not the second.
            let bits = word & ~ByteLanes.high
            return (bits &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(bits &+ 0x2525_2525_2525_2525) & ByteLanes.high
        }, isMarked: { $0 &- 65 < 26 })
    }
}
