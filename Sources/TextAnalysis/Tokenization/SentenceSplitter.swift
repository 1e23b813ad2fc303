/// Groups tokens into sentences.
///
/// Rules, in the order they are checked:
/// - a blank line always ends a sentence (headlines and datelines have no final period);
/// - a single line break ends one unless the next line starts in lower case (hard-wrapped text);
/// - `.`, `!`, `?` and `…` end one, together with closing quotes and brackets after them,
///   unless the next token starts in lower case;
/// - an abbreviation that keeps its period ends one only if it can be final ("U.S.", "Inc.",
///   "etc.", not "Dr." or "Jan.") and the next word is a typical sentence opener ("The", "He").
/// Decimals ("1,000.5"), URLs and initials are single tokens, so their periods never split.
struct SentenceSplitter: Sendable {
    private static let openers = Set<WordKey>([
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "Or", "So", "Yet", "If", "When", "While", "After", "Before", "As", "Meanwhile",
        "However", "According", "His", "Her", "Its", "Their", "Our", "My", "Some", "Many", "Most", "Both",
    ].compactMap { WordKey($0.utf8) })
    private static let nonFinalAbbreviations = Set(TokenRule.nonFinalAbbreviations.compactMap { WordKey($0.utf8) })

    /// A short text's bytes and length packed in two integers, so an abbreviation token is
    /// looked up in the lists above without making a `String` and hashing it (two thirds of
    /// the cost of those lookups). `nil` for texts longer than 15 bytes: no listed word is.
    private struct WordKey: Hashable {
        private var low: UInt64 = 0
        private var high: UInt64

        init?(_ bytes: some Collection<UInt8>) {
            guard bytes.count < 16 else { return nil }
            high = UInt64(bytes.count) << 56
            for (index, byte) in bytes.enumerated() {
                if index < 8 { low |= UInt64(byte) << (8 * index) } else { high |= UInt64(byte) << (8 * (index - 8)) }
            }
        }
    }

    func sentences(in document: Document) -> [Sentence] {
        // (Through buffer pointers: the arrays' checks per token were half of the splitter.)
        document.tokens.withUnsafeBufferPointer { tokens in
            document.bytes.withUnsafeBufferPointer { bytes in sentences(tokens, bytes, document) }
        }
    }

    private func sentences(_ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>, _ document: Document) -> [Sentence] {
        var sentences: [Sentence] = []
        // News averages about 21 tokens a sentence: one reservation instead of regrowth
        // (1.3 M instructions per MB).
        sentences.reserveCapacity(tokens.count / 12 + 1)
        var first = 0
        var index = 0
        while index < tokens.count {
            var last = index
            var ends = false
            let token = tokens[index]
            if isTerminal(token, bytes) {
                // Runs like "?!" or "..." followed by closing quotes/brackets stay in this sentence.
                while last + 1 < tokens.count, isAttached(tokens[last + 1], after: tokens[last]),
                      isTerminal(tokens[last + 1], bytes) || isClosing(tokens[last + 1], bytes) {
                    last += 1
                }
                ends = last + 1 == tokens.count || !startsLowercase(tokens[last + 1], bytes, document)
            } else if token.kind == .abbreviation, index + 1 < tokens.count {
                ends = !(WordKey(bytes[token.span.bytes]).map(Self.nonFinalAbbreviations.contains) ?? false)
                    && (WordKey(bytes[tokens[index + 1].span.bytes]).map(Self.openers.contains) ?? false)
            }
            if last + 1 < tokens.count {
                switch lineBreaks(between: tokens[last], tokens[last + 1], bytes) {
                case 0: break
                case 1: ends = ends || !startsLowercase(tokens[last + 1], bytes, document)
                default: ends = true
                }
            } else {
                ends = true
            }
            if ends {
                let span = tokens[first].span.union(tokens[last].span)
                sentences.append(Sentence(span: span, tokens: first..<(last + 1)))
                first = last + 1
            }
            index = last + 1
        }
        return sentences
    }

    private func isTerminal(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .punctuation else { return false }
        let range = token.span.bytes
        switch bytes[range.lowerBound] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
        case 0xE2: return bytes[range].elementsEqual("…".utf8) || bytes[range].elementsEqual("‼".utf8)
        default: return false
        }
    }

    private static let closers: [String] = ["\"", "'", "”", "’", ")", "]", "»", "›"]

    private func isClosing(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .punctuation else { return false }
        let text = bytes[token.span.bytes]
        return Self.closers.contains { text.elementsEqual($0.utf8) }
    }

    private func isAttached(_ token: Token, after previous: Token) -> Bool {
        token.span.bytes.lowerBound == previous.span.bytes.upperBound
    }

    private func startsLowercase(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ document: Document) -> Bool {
        guard token.kind == .word || token.kind == .abbreviation else { return false }
        let first = bytes[token.span.bytes.lowerBound]
        if first < 0x80 { return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") }
        return document.text(of: token).unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// 0, 1, or 2 (two or more) line breaks in the gap between two tokens.
    private func lineBreaks(between previous: Token, _ next: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var offset = previous.span.bytes.upperBound
        // Most gaps are nothing or one space.
        if next.span.bytes.lowerBound - offset <= 1, offset == next.span.bytes.lowerBound || bytes[offset] == 0x20 { return 0 }
        while offset < next.span.bytes.lowerBound {
            if bytes[offset] == UInt8(ascii: "\n") {
                count += 1
                if count == 2 { return 2 }
            }
            offset += 1
        }
        return count
    }
}
