/// A text and everything known about it: tokens, sentences, annotations.
///
/// Byte offsets are canonical (they are what PCRE2 returns); scalar offsets are
/// derived through a small checkpoint index, so turning a byte range into a
/// ``TextSpan`` costs at most a 256-byte scan, whatever the document size.
public struct Document: Sendable {
    /// Where the text came from: a path, `-` for stdin, or a JSONL record's `id`.
    public let source: String
    public let text: String
    /// The UTF-8 bytes of `text`, for analyzers that scan bytes.
    public let bytes: [UInt8]
    /// Number of Unicode scalars in `text` (what Python's `len(str)` returns).
    public let scalarCount: Int

    public internal(set) var tokens: [Token] = []
    public internal(set) var sentences: [Sentence] = []
    public internal(set) var annotations: [Annotation] = []
    /// Per-plugin document-level figures (the `tokens` plugin's counts, for example).
    public internal(set) var summaries: Attributes = [:]
    /// Problems found while reading the input that did not stop the analysis,
    /// such as replaced invalid UTF-8.
    public var warnings: [String] = []
    /// The day the document was written or published, `YYYY-MM-DD`, when the input says (a JSONL
    /// record's `date`): analyzers resolve "last week" and "on Monday" against it.
    public var date: String?

    /// Per 256-byte block: the scalars before it, shifted left once, with the low bit set when
    /// the block is all ASCII (most blocks of English news): there a scalar offset is a byte
    /// offset plus a constant, and the scan that checks every annotation's offsets is skipped.
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 256

    /// The largest text a document holds, in UTF-8 bytes: offsets are stored in 32 bits
    /// (see ``TextSpan``).
    public static let maximumBytes = Int(UInt32.max)

    public init(text: String, source: String = "-") {
        precondition(text.utf8.count <= Self.maximumBytes, "a document holds at most \(Self.maximumBytes) bytes")
        self.source = source
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        let bytes = Array(text.utf8)
        self.bytes = bytes
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / Self.checkpointStride + 1)
        var scalars = 0
        bytes.withUnsafeBufferPointer { bytes in
            var blockStart = 0
            while blockStart < bytes.count {
                let block = UnsafeBufferPointer(rebasing: bytes[blockStart..<min(blockStart + Self.checkpointStride, bytes.count)])
                let (continuations, isASCII) = Self.continuationsAndASCII(block)
                checkpoints.append(scalars << 1 | (isASCII ? 1 : 0))
                scalars += block.count - continuations
                blockStart += Self.checkpointStride
            }
        }
        scalarCheckpoints = checkpoints
        scalarCount = scalars
    }

    /// The continuation bytes (`10xxxxxx`) of a block of at most 256 bytes, and whether all its
    /// bytes are ASCII. Eight bytes at a time: a byte's flag (its top bit set, the next one,
    /// shifted up into the top bit, clear) is moved to the lane's low bit and added lane by
    /// lane (at most 32 per lane in a block, no carry into the next), the lanes summed once at
    /// the end. A byte at a time this was 5 instructions a byte of every document.
    private static func continuationsAndASCII(_ block: UnsafeBufferPointer<UInt8>) -> (Int, Bool) {
        assert(block.count <= checkpointStride)
        let highs: UInt64 = 0x8080_8080_8080_8080
        var lanes: UInt64 = 0, high: UInt64 = 0
        var offset = 0
        if let base = block.baseAddress {
            // (Reads only inside the block: each load's eight bytes end at or before its end.)
            let raw = UnsafeRawPointer(base)
            while offset &+ 8 <= block.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                lanes &+= (word & ~(word << 1) & highs) >> 7
                high |= word
                offset &+= 8
            }
        }
        // (Summed in 16-bit lanes first: eight lanes of up to 32 may exceed a byte.)
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ (lanes >> 8 & 0x00FF_00FF_00FF_00FF)
        var continuations = Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        while offset < block.count {
            let byte = block[offset]
            continuations &+= byte & 0xC0 == 0x80 ? 1 : 0
            high |= UInt64(byte)
            offset &+= 1
        }
        return (continuations, high & highs == 0)
    }

    /// `text` as a ``date``: `YYYY-MM-DD`, alone or opening an ISO 8601 timestamp
    /// ("2025-12-24T08:30:00Z"), and a day that exists; nil for anything else.
    public static func day(_ text: String) -> String? {
        calendarDay(text).map { _ in String(decoding: text.utf8.prefix(10), as: UTF8.self) }
    }

    /// The year, month and day of a text ``day(_:)`` accepts; nil where it returns nil. The one
    /// reading of a day for every input that gives one (a JSONL record's `date`, the `numbers`
    /// plugin's reference date), so they cannot disagree on what a date is.
    public static func calendarDay(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 10 || utf8.count > 10 && (utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " ")),
              utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            range.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[$0]) }
                ? range.reduce(0) { $0 * 10 + Int(utf8[$1] - UInt8(ascii: "0")) } : nil
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day) ? (year, month, day) : nil
    }

    /// The Unicode scalar offset of a UTF-8 byte offset (which should be on a scalar boundary).
    public func scalarOffset(ofByte byteOffset: Int) -> Int {
        precondition(byteOffset >= 0 && byteOffset <= bytes.count, "byte offset \(byteOffset) outside 0...\(bytes.count)")
        if byteOffset == bytes.count { return scalarCount }
        let block = byteOffset / Self.checkpointStride
        let checkpoint = scalarCheckpoints[block]
        var scalars = checkpoint >> 1
        var offset = block * Self.checkpointStride
        if checkpoint & 1 == 1 { return scalars + byteOffset - offset }
        while offset < byteOffset {
            if bytes[offset] & 0xC0 != 0x80 { scalars += 1 }
            offset += 1
        }
        return scalars
    }

    /// The span of a UTF-8 byte range, with its scalar offsets filled in.
    public func span(bytes range: Range<Int>) -> TextSpan {
        let start = scalarOffset(ofByte: range.lowerBound)
        var end = start
        for offset in range where bytes[offset] & 0xC0 != 0x80 { end += 1 }
        return TextSpan(bytes: range, scalars: start..<end)
    }

    /// The text of a byte range.
    public func text(bytes range: Range<Int>) -> String {
        // Decoded from a buffer: through the array slice, decoding went the generic way.
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    public func text(of span: TextSpan) -> String { text(bytes: span.bytes) }
    public func text(of token: Token) -> String { text(bytes: token.span.bytes) }

    /// Whether the token's text equals `word`, without building a String.
    public func token(_ token: Token, equals word: String) -> Bool {
        bytes[token.span.bytes].elementsEqual(word.utf8)
    }

    /// An annotation whose `text` is read from this document, so the output contract
    /// (`text` equals the input at its offsets) holds by construction.
    public func annotation(plugin: String, label: String, bytes range: Range<Int>, attributes: Attributes = [:]) -> Annotation {
        Annotation(plugin: plugin, label: label, span: span(bytes: range), text: text(bytes: range), attributes: attributes)
    }

    /// Index of the token whose span contains `byteOffset`, or of the first token after it.
    public func tokenIndex(atOrAfterByte byteOffset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.bytes.upperBound <= byteOffset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

extension Document {
    /// Scalar offsets of byte offsets that never decrease, as a scan through the text asks for
    /// them: in amortized constant time, without a lookup or a count per offset. Inside a run
    /// of all-ASCII checkpoint blocks the scalar offset is the byte offset less a constant
    /// (the continuation bytes before the run); only bytes of other blocks are counted, once.
    /// The tokenizer converts every token's offsets this way.
    struct ScalarCursor {
        private let bytes: [UInt8]
        private let checkpoints: [Int]
        /// Continuation bytes (`10xxxxxx`) before `counted`: a scalar offset at or after
        /// `counted`, up to `asciiEnd`, is its byte offset less this.
        private var continuations = 0
        private var counted = 0
        /// `counted..<asciiEnd` is all ASCII.
        private var asciiEnd = 0

        init(_ document: Document) {
            bytes = document.bytes
            checkpoints = document.scalarCheckpoints
            asciiEnd = document.scalarCount == bytes.count ? bytes.count : asciiRunEnd(from: 0)
        }

        /// The scalar offset of `byteOffset`, which must be on a scalar boundary and not
        /// before the offset of the previous call.
        @inline(__always)
        mutating func scalarOffset(ofByte byteOffset: Int) -> Int {
            // One unsigned comparison for `counted <= byteOffset <= asciiEnd`.
            if UInt(bitPattern: byteOffset &- counted) > UInt(bitPattern: asciiEnd &- counted) {
                advance(to: byteOffset)
            }
            return byteOffset &- continuations
        }

        private mutating func advance(to byteOffset: Int) {
            precondition(byteOffset >= counted && byteOffset <= bytes.count, "scalar cursor moved back to byte \(byteOffset) or past the text")
            for offset in asciiEnd..<byteOffset where bytes[offset] & 0xC0 == 0x80 { continuations += 1 }
            counted = byteOffset
            asciiEnd = asciiRunEnd(from: byteOffset)
        }

        /// The end of the run of all-ASCII blocks from `byteOffset`, or `byteOffset` when
        /// its block has a multi-byte scalar.
        private func asciiRunEnd(from byteOffset: Int) -> Int {
            var block = byteOffset / Document.checkpointStride
            guard block < checkpoints.count, checkpoints[block] & 1 == 1 else { return byteOffset }
            block += 1
            while block < checkpoints.count, checkpoints[block] & 1 == 1 { block += 1 }
            return min(block * Document.checkpointStride, bytes.count)
        }
    }
}
