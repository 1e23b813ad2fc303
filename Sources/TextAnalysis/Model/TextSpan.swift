/// A half-open range of a document's text, in both coordinate systems users need.
///
/// `bytes` are UTF-8 offsets (what C libraries, PCRE2 and byte-oriented tools use);
/// `scalars` are Unicode scalar offsets (what Python's `str` and most annotation
/// formats index). Both are end-exclusive and always describe the same text.
/// Named `TextSpan` so it does not shadow the standard library's `Swift.Span`.
///
/// The offsets are stored as 32-bit integers: a token is a kind and a span, and at 40 bytes
/// a token the token array of a 24 MB text (180 MB) cost more in fresh pages than
/// tokenizing did. Documents are limited to 4 GiB (``Document/maximumBytes``) accordingly.
public struct TextSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    private var byteStart: UInt32
    private var byteEnd: UInt32
    private var scalarStart: UInt32
    private var scalarEnd: UInt32

    public init(bytes: Range<Int>, scalars: Range<Int>) {
        byteStart = UInt32(bytes.lowerBound)
        byteEnd = UInt32(bytes.upperBound)
        scalarStart = UInt32(scalars.lowerBound)
        scalarEnd = UInt32(scalars.upperBound)
    }

    /// Offsets that are known to fit in 32 bits, those of a ``Document`` (at most
    /// ``Document/maximumBytes``): no overflow checks, for the tokenizer's one span per token.
    /// The caller keeps each start at or before its end.
    @inline(__always)
    init(byteStart: Int, byteEnd: Int, scalarStart: Int, scalarEnd: Int) {
        self.byteStart = UInt32(truncatingIfNeeded: byteStart)
        self.byteEnd = UInt32(truncatingIfNeeded: byteEnd)
        self.scalarStart = UInt32(truncatingIfNeeded: scalarStart)
        self.scalarEnd = UInt32(truncatingIfNeeded: scalarEnd)
    }

    // Every initializer keeps start <= end, so the getters skip Range's check of its bounds
    // (read for every token by the sentence splitter and the plugins).
    public var bytes: Range<Int> {
        get { Range(uncheckedBounds: (Int(byteStart), Int(byteEnd))) }
        set { (byteStart, byteEnd) = (UInt32(newValue.lowerBound), UInt32(newValue.upperBound)) }
    }

    public var scalars: Range<Int> {
        get { Range(uncheckedBounds: (Int(scalarStart), Int(scalarEnd))) }
        set { (scalarStart, scalarEnd) = (UInt32(newValue.lowerBound), UInt32(newValue.upperBound)) }
    }

    public var isEmpty: Bool { byteStart == byteEnd }

    public var description: String { "\(scalars.lowerBound)..<\(scalars.upperBound) (bytes \(bytes.lowerBound)..<\(bytes.upperBound))" }

    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(
            bytes: min(bytes.lowerBound, other.bytes.lowerBound)..<max(bytes.upperBound, other.bytes.upperBound),
            scalars: min(scalars.lowerBound, other.scalars.lowerBound)..<max(scalars.upperBound, other.scalars.upperBound)
        )
    }

    // Coded as the two ranges, as before the offsets were packed.
    private enum CodingKeys: String, CodingKey { case bytes, scalars }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let bytes = try container.decode(Range<Int>.self, forKey: .bytes)
        let scalars = try container.decode(Range<Int>.self, forKey: .scalars)
        guard bytes.lowerBound >= 0, bytes.upperBound <= Int(UInt32.max), scalars.lowerBound >= 0, scalars.upperBound <= Int(UInt32.max) else {
            throw DecodingError.dataCorruptedError(forKey: .bytes, in: container, debugDescription: "offsets outside 0...\(UInt32.max)")
        }
        self.init(bytes: bytes, scalars: scalars)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(scalars, forKey: .scalars)
    }
}
