/// A half-open range of a document's text, in both coordinate systems users need.
///
/// `bytes` are UTF-8 offsets (what C libraries, PCRE2 and byte-oriented tools use);
/// `scalars` are Unicode scalar offsets (what Python's `str` and most annotation
/// formats index). Both are end-exclusive and always describe the same text.
/// Named `TextSpan` so it does not shadow the standard library's `Swift.Span`.
public struct TextSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    public var bytes: Range<Int>
    public var scalars: Range<Int>

    public init(bytes: Range<Int>, scalars: Range<Int>) {
        self.bytes = bytes
        self.scalars = scalars
    }

    public var isEmpty: Bool { bytes.isEmpty }

    public var description: String { "\(scalars.lowerBound)..<\(scalars.upperBound) (bytes \(bytes.lowerBound)..<\(bytes.upperBound))" }

    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(
            bytes: min(bytes.lowerBound, other.bytes.lowerBound)..<max(bytes.upperBound, other.bytes.upperBound),
            scalars: min(scalars.lowerBound, other.scalars.lowerBound)..<max(scalars.upperBound, other.scalars.upperBound)
        )
    }
}
