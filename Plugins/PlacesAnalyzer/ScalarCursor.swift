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
        ByteLanes.count(in: range, of: bytes, marks: { word in
            ~(word & ~(word << 1)) & ByteLanes.high // (a continuation byte has its high bit set, the next clear)
        }, isMarked: { $0 & 0xC0 != 0x80 })
    }
}
