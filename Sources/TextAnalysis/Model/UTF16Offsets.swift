/// A document's offsets in UTF-16 code units, the way JavaScript, Java, C# and Objective-C
/// strings index text (`--utf16-offsets`), so their users need not convert scalar offsets,
/// a conversion that goes wrong at the first emoji.
///
/// A scalar is one UTF-16 unit, or two above U+FFFF, which UTF-8 writes in four bytes (lead
/// byte 0xF0 or more): a UTF-16 offset is the scalar offset plus the four-byte scalars before
/// it. News has few of those or none (emoji, rare CJK), so the table is their byte offsets,
/// found in one pass over the text and searched by halves per offset.
public struct UTF16Offsets: Sendable {
    /// Byte offsets of the document's scalars above U+FFFF, ascending.
    private let supplementary: [Int]

    public init(_ document: Document) {
        var starts: [Int] = []
        document.bytes.withUnsafeBufferPointer { bytes in
            for offset in bytes.indices where bytes[offset] >= 0xF0 { starts.append(offset) }
        }
        supplementary = starts
    }

    /// The UTF-16 offset of the scalar boundary at `scalar` scalars and `byte` bytes.
    public func offset(scalar: Int, byte: Int) -> Int {
        var low = 0, high = supplementary.count
        while low < high {
            let middle = (low + high) / 2
            if supplementary[middle] < byte { low = middle + 1 } else { high = middle }
        }
        return scalar + low
    }

    /// `span` in UTF-16 code units, end-exclusive as its other offsets are.
    public func range(of span: TextSpan) -> Range<Int> {
        offset(scalar: span.scalars.lowerBound, byte: span.bytes.lowerBound)..<offset(scalar: span.scalars.upperBound, byte: span.bytes.upperBound)
    }
}
