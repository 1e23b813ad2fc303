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

    /// The span of `range`, a mention's bytes over `tokens` of the document: when the range runs
    /// from the first token's start to the last one's end, as most mentions do, its scalar offsets
    /// are the tokens', and nothing is counted; otherwise ("Kharkiv" of "Kharkiv-based") as
    /// ``span(_:in:bytes:)`` gives it.
    mutating func span(_ range: Range<Int>, tokens: Range<Int>, of document: Document, bytes: UnsafeBufferPointer<UInt8>) -> TextSpan {
        guard !tokens.isEmpty, range.lowerBound >= byte else { return span(range, in: document, bytes: bytes) }
        let first = document.tokens[tokens.lowerBound].span, last = document.tokens[tokens.upperBound - 1].span
        guard first.bytes.lowerBound == range.lowerBound, last.bytes.upperBound == range.upperBound else {
            return span(range, in: document, bytes: bytes)
        }
        byte = range.upperBound
        scalar = last.scalars.upperBound
        return TextSpan(bytes: range, scalars: first.scalars.lowerBound..<scalar)
    }

    /// Unicode scalars in `range` of UTF-8 `bytes`: bytes that are not continuation bytes
    /// (10xxxxxx), eight at a time.
    static func scalars(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        ByteLanes.count(in: range, of: bytes, marks: { word in
            ~(word & ~(word << 1)) & ByteLanes.high // (a continuation byte has its high bit set, the next clear)
        }, isMarked: { $0 & 0xC0 != 0x80 })
    }
}
