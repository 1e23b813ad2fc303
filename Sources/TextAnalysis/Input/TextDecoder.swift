/// Turns input bytes into text, or says exactly where and why it cannot.
///
/// Policy for invalid UTF-8 is the caller's: `.reject` (the default on the
/// command line) fails with the byte offset and line of the first bad sequence;
/// `.replace` substitutes U+FFFD for each bad sequence, as WHATWG decoders do,
/// and reports what it replaced as a warning. Offsets then index the repaired text.
public enum InvalidUTF8Policy: String, Sendable, CaseIterable {
    case reject, replace
}

public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidUTF8(byteOffset: Int, line: Int)
    /// A NUL byte: the input is a binary file, not text.
    case binary(byteOffset: Int)
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case let .invalidUTF8(offset, line): "invalid UTF-8 at byte \(offset) (line \(line))"
        case let .binary(offset): "binary data (NUL byte at byte \(offset)); expected UTF-8 text"
        case let .tooLarge(bytes, limit): "document is \(bytes) bytes, over the limit of \(limit) bytes"
        }
    }

    /// A short machine-readable code for error records.
    public var code: String {
        switch self {
        case .invalidUTF8: "invalid-utf8"
        case .binary: "binary-input"
        case .tooLarge: "too-large"
        }
    }
}

public enum TextDecoder {
    /// Decoded text plus warnings (non-empty only when `.replace` repaired something).
    public static func decode(
        _ bytes: some Collection<UInt8>,
        policy: InvalidUTF8Policy = .reject,
        maximumBytes: Int = .max
    ) throws(InputError) -> (text: String, warnings: [String]) {
        guard bytes.count <= maximumBytes else { throw .tooLarge(bytes: bytes.count, limit: maximumBytes) }
        // On contiguous bytes the scan is a specialized loop over a buffer; through the generic
        // Collection it cost more than the whole `places` analyzer on a large file.
        let nul: Int? = bytes.withContiguousStorageIfAvailable { $0.firstIndex(of: 0) }
            ?? bytes.firstIndex(of: 0).map { bytes.distance(from: bytes.startIndex, to: $0) }
        if let nul { throw .binary(byteOffset: nul) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, []) }
        let array = Array(bytes)
        var invalid = invalidSequences(in: array)
        let first = invalid.first ?? 0
        switch policy {
        case .reject:
            throw .invalidUTF8(byteOffset: first, line: lineNumber(ofByte: first, in: array))
        case .replace:
            invalid = invalid.isEmpty ? [0] : invalid
            let warning = "replaced \(invalid.count) invalid UTF-8 sequence\(invalid.count == 1 ? "" : "s") with U+FFFD, the first at byte \(first) (line \(lineNumber(ofByte: first, in: array)))"
            return (String(decoding: array, as: UTF8.self), [warning])
        }
    }

    /// 1-based line number of a byte offset.
    public static func lineNumber(ofByte offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// Byte offsets where each maximal invalid subsequence starts (Unicode's
    /// "maximal subpart" practice, which is also how the standard library repairs).
    static func invalidSequences(in bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var offset = 0
        while offset < bytes.count {
            let length = validSequenceLength(bytes, at: offset)
            if length > 0 {
                offset += length
            } else {
                starts.append(offset)
                offset += max(1, maximalSubpart(bytes, at: offset))
            }
        }
        return starts
    }

    private static func expectedLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }

    /// The range the second byte must fall in, which rules out overlongs and surrogates.
    private static func secondByteRange(_ lead: UInt8) -> ClosedRange<UInt8> {
        switch lead {
        case 0xE0: 0xA0...0xBF
        case 0xED: 0x80...0x9F
        case 0xF0: 0x90...0xBF
        case 0xF4: 0x80...0x8F
        default: 0x80...0xBF
        }
    }

    private static func validSequenceLength(_ bytes: [UInt8], at offset: Int) -> Int {
        let length = expectedLength(bytes[offset])
        guard length > 0, offset + length <= bytes.count else { return 0 }
        if length == 1 { return 1 }
        guard secondByteRange(bytes[offset]).contains(bytes[offset + 1]) else { return 0 }
        for index in (offset + 2)..<(offset + length) where bytes[index] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// How many bytes of a broken sequence belong to it (so the next one starts fresh).
    private static func maximalSubpart(_ bytes: [UInt8], at offset: Int) -> Int {
        let length = expectedLength(bytes[offset])
        guard length > 1, offset + 1 < bytes.count, secondByteRange(bytes[offset]).contains(bytes[offset + 1]) else { return 1 }
        var consumed = 2
        while consumed < length, offset + consumed < bytes.count, bytes[offset + consumed] & 0xC0 == 0x80 { consumed += 1 }
        return consumed
    }
}
