/// Counting bytes of a kind eight at a time, for the scans that read every byte of a span or a
/// line (scalars in a span, capitals in a line).
enum ByteLanes {
    /// How many bytes of `range` of `bytes` are of the kind: `marks` takes eight bytes (a
    /// little-endian word) and returns the word with the high bit of each byte of the kind set
    /// and every other bit clear; `isMarked` decides the last bytes, fewer than eight, one by one.
    ///
    /// The marks are summed per byte lane over up to 255 words, then across lanes by a
    /// multiply: no population-count instruction in the baseline x86-64 build.
    @inline(__always)
    static func count(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>,
                      marks: (UInt64) -> UInt64, isMarked: (UInt8) -> Bool) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var offset = range.lowerBound
        while offset + 8 <= range.upperBound {
            var lanes: UInt64 = 0
            let words = min((range.upperBound - offset) / 8, 255)
            for _ in 0..<words {
                lanes &+= marks(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) >> 7
                offset += 8
            }
            let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF) // 16-bit lanes
            count += Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while offset < range.upperBound {
            if isMarked(bytes[offset]) { count += 1 }
            offset += 1
        }
        return count
    }

    /// The high bit of each byte.
    static var high: UInt64 { 0x8080_8080_8080_8080 }
}
