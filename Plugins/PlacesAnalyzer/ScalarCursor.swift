import TextAnalysis

/// Spans of byte ranges that come in text order, with their scalar offsets counted on from the
/// previous range: ``Document/span(bytes:)`` rescans up to 256 bytes from a checkpoint for
/// every annotation, a tenth of the analyzer once the rest was fast.
struct ScalarCursor {
    private var byte = 0
    private var scalar = 0

    /// The span of `range`, a range of `document`'s bytes (`bytes`); ranges that start before
    /// the previous one ended fall back to the document's lookup.
    mutating func span(_ range: Range<Int>, in document: Document, bytes: UnsafeBufferPointer<UInt8>) -> TextSpan {
        if range.lowerBound < byte {
            scalar = document.scalarOffset(ofByte: range.lowerBound)
        } else {
            scalar += Self.scalars(in: byte..<range.lowerBound, of: bytes)
        }
        let start = scalar
        scalar += Self.scalars(in: range, of: bytes)
        byte = range.upperBound
        return TextSpan(bytes: range, scalars: start..<scalar)
    }

    /// Unicode scalars in `range` of UTF-8 `bytes`: bytes that are not continuation bytes
    /// (10xxxxxx), eight at a time.
    static func scalars(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var offset = range.lowerBound
        while offset + 8 <= range.upperBound {
            // Continuation bytes counted per byte lane (the high bit of each, moved to the lane's
            // low bit) over up to 255 words, then the lanes summed by a multiply: no
            // population-count instruction in the baseline x86-64 build.
            var lanes: UInt64 = 0
            let words = min((range.upperBound - offset) / 8, 255)
            for _ in 0..<words {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                lanes &+= (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                offset += 8
            }
            let continuations = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF) // 16-bit lanes
            count += 8 * words - Int(truncatingIfNeeded: (continuations &* 0x0001_0001_0001_0001) >> 48)
        }
        while offset < range.upperBound {
            if bytes[offset] & 0xC0 != 0x80 { count += 1 }
            offset += 1
        }
        return count
    }
}
