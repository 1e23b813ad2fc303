public import TextAnalysis

extension AnalyzerFactory {
    /// `tokens`: token, word and sentence statistics per document, and annotations for
    /// the token kinds analysts look for in feeds: URLs, e-mail addresses, hashtags,
    /// mentions and emoji.
    public static let tokens = AnalyzerFactory(
        id: "tokens",
        summary: "token, word and sentence statistics; URLs, e-mails, hashtags, mentions, emoji",
        options: ["sentences": "true: also annotate each sentence as SENTENCE"],
        fields: ["words"],
        examples: TokensAnalyzer.examples
    ) { options in
        TokensAnalyzer(annotatesSentences: options["sentences"] == "true")
    }
}

/// Counts what the tokenizer found and marks the token kinds worth listing.
public struct TokensAnalyzer: Analyzer {
    public let annotatesSentences: Bool

    public init(annotatesSentences: Bool = false) {
        self.annotatesSentences = annotatesSentences
    }

    /// The label of a token kind reported as an annotation. A switch, not a dictionary: it is
    /// asked for every token, and hashing each kind cost as much as the rest of the analyzer.
    static func annotationLabel(_ kind: TokenKind) -> String? {
        switch kind {
        case .url: "URL"
        case .email: "EMAIL"
        case .hashtag: "HASHTAG"
        case .mention: "MENTION"
        case .emoji: "EMOJI"
        default: nil
        }
    }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> AnalyzerOutput {
        var tally = Tally(document: document)
        // One pass, sentence by sentence (and the tokens between sentences, if any), so each
        // sentence's words are counted as its tokens are: a second pass over the tokens for the
        // longest sentence cost a fifth of the analyzer.
        // (Through buffer pointers: a slice per word retained the document's bytes, and the
        // arrays' checks per token cost as much as the hashing.)
        document.bytes.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { tokens in
                var next = 0
                for sentence in document.sentences {
                    let sentenceWords: Int
                    if sentence.tokens.lowerBound >= next {
                        _ = tally.count(next..<sentence.tokens.lowerBound, of: tokens, in: bytes)
                        sentenceWords = tally.count(sentence.tokens, of: tokens, in: bytes)
                        next = sentence.tokens.upperBound
                    } else { // (overlapping an earlier sentence, whose tokens were counted)
                        sentenceWords = tokens[sentence.tokens].count { $0.kind.isWordLike }
                        next = max(next, sentence.tokens.upperBound)
                    }
                    tally.longest = max(tally.longest, sentenceWords)
                    if annotatesSentences {
                        tally.annotations.append(document.annotation(plugin: "tokens", label: "SENTENCE", bytes: sentence.span.bytes,
                                                                     attributes: ["words": .int(sentenceWords)]))
                    }
                }
                _ = tally.count(next..<tokens.count, of: tokens, in: bytes)
            }
        }
        // (Built from distinct keys: the dictionary literal searched the keys before each insert.
        // Room made first: `compactMap` grew the list three or four times a document.)
        var kindList: [Attribute] = []
        kindList.reserveCapacity(tally.kindCounts.count)
        for kind in TokenKind.allCases where tally.kindCounts[Int(kind.rawValue)] > 0 {
            kindList.append(Attribute(kind.description, .int(tally.kindCounts[Int(kind.rawValue)])))
        }
        let kinds = Attributes(distinct: kindList)
        let sentences = document.sentences.count, words = tally.words
        let summary = Attributes(distinct: [
            Attribute("tokens", .int(document.tokens.count)),
            Attribute("words", .int(words)),
            Attribute("distinct_words", .int(tally.distinctWords.count)),
            Attribute("sentences", .int(sentences)),
            Attribute("words_per_sentence", .double(sentences == 0 ? 0 : (Double(words) / Double(sentences) * 10).rounded() / 10)),
            Attribute("longest_sentence_words", .int(tally.longest)),
            Attribute("kinds", .object(kinds)),
        ])
        return AnalyzerOutput(annotations: tally.annotations, summary: summary)
    }

    /// What the one pass over a document's tokens counts, and the annotations it makes.
    private struct Tally: ~Copyable {
        let document: Document
        var annotations: [Annotation] = []
        /// Tokens per kind, by raw value (its own memory, as the set's table, counted into with no check).
        let kindCounts: UnsafeMutableBufferPointer<Int>
        var words = 0
        var longest = 0
        /// Each word's hash goes straight into the set as the word is counted: a list of the
        /// hashes, counted in a second pass, cost an allocation and a third of the analyzer.
        var distinctWords: DistinctHashes

        init(document: Document) {
            self.document = document
            distinctWords = DistinctHashes(capacity: document.tokens.count)
            kindCounts = .allocate(capacity: TokenKind.allCases.count)
            kindCounts.initialize(repeating: 0)
        }

        deinit { kindCounts.deallocate() }

        /// Counts the tokens of `range`; returns how many are words.
        mutating func count(_ range: Range<Int>, of tokens: UnsafeBufferPointer<Token>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let first = words
            // (Counted through a local copy of the pointer: Swift 6.3.1 crashed compiling
            // `self.kindCounts[kind] &+= 1` here for the thread sanitizer, an invalid bitcast.)
            let kindCounts = kindCounts
            for index in range {
                let token = tokens[index]
                kindCounts[Int(token.kind.rawValue)] &+= 1
                if token.kind.isWordLike {
                    distinctWords.insert(TokensAnalyzer.caseFoldedHash(token.span.bytes, in: bytes))
                    words &+= 1
                } else if let label = TokensAnalyzer.annotationLabel(token.kind) {
                    annotations.append(document.annotation(plugin: "tokens", label: label, bytes: token.span.bytes))
                }
            }
            return words &- first
        }
    }

    /// How many distinct values `hashes` holds.
    static func distinctCount(_ hashes: [UInt64]) -> Int {
        var set = DistinctHashes(capacity: hashes.count)
        for hash in hashes { set.insert(hash) }
        return set.count
    }

    /// A 64-bit hash of the ASCII-lowercased bytes of `range` in `text`, eight at a time:
    /// distinct words are counted without a String per word, and a byte-at-a-time FNV was a
    /// third of the analyzer. A word's last chunk is read as a whole word of `text` and
    /// masked, when `text` extends that far.
    /// (The one-chunk path inlined in the token loop, the chunk loop apart.)
    @inline(__always)
    static func caseFoldedHash(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // Most words are one chunk: the loop's first round straight, the same hash (the mask
        // keeps the word's bytes, as the loop's does), without the loop's tests (a third of it).
        let length = range.upperBound &- range.lowerBound
        if length <= 8, length > 0, range.lowerBound &+ 8 <= text.count, let base = text.baseAddress {
            // (Wrapping arithmetic: the length is 1...8, and the checked shifts and products
            // tested for overflow that cannot happen, at every word of every document.)
            let chunk = UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self).littleEndian
                & ~UInt64(0) &>> (64 &- 8 &* UInt64(truncatingIfNeeded: length))
            let hash = (0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: length) ^ lowercasedASCII(chunk)) &* 0x9E37_79B9_7F4A_7C15
            return hash ^ hash &>> 29
        }
        return caseFoldedHashByChunks(range, in: text)
    }

    static func caseFoldedHashByChunks(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(range.count)
        var offset = range.lowerBound
        while offset < range.upperBound {
            let length = min(8, range.upperBound - offset)
            var chunk: UInt64 = 0
            if offset + 8 <= text.count {
                chunk = UnsafeRawPointer(text.baseAddress! + offset).loadUnaligned(as: UInt64.self).littleEndian
                if length < 8 { chunk &= (1 << (8 * UInt64(length))) - 1 }
            } else {
                for index in 0..<length { chunk |= UInt64(text[offset + index]) << (8 * UInt64(index)) }
            }
            hash = (hash ^ lowercasedASCII(chunk)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset += length
        }
        return hash
    }

    /// `chunk` with each byte from "A" to "Z" made lower-case, all eight at once.
    static func lowercasedASCII(_ chunk: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let low7 = chunk & ~highs
        let atLeastA = low7 &+ ones &* UInt64(0x80 - 0x41)
        let aboveZ = low7 &+ ones &* UInt64(0x80 - 0x5B)
        let upper = atLeastA & ~aboveZ & ~chunk & highs
        return chunk | upper >> 2
    }
}

/// A set of 64-bit hashes that only counts them, by linear probing in a table at most half
/// full (sorting them to count cost a third of the analyzer). The table is its own memory, so
/// a probe is a load with no bounds check and no check for shared storage.
struct DistinctHashes: ~Copyable {
    private let table: UnsafeMutablePointer<UInt64>
    private let mask: Int
    private let shift: UInt64
    private var distinct = 0
    /// 0 marks an empty slot, so a hash of 0 is counted on the side.
    private var sawZero = false

    /// A set with room for `capacity` hashes.
    init(capacity: Int) {
        let bits = max(4, Int.bitWidth - (2 * max(1, capacity) - 1).leadingZeroBitCount)
        mask = (1 << bits) - 1
        shift = UInt64(64 - bits)
        table = .allocate(capacity: mask + 1)
        table.initialize(repeating: 0, count: mask + 1)
    }

    deinit { table.deallocate() }

    var count: Int { distinct + (sawZero ? 1 : 0) }

    @inline(__always)
    mutating func insert(_ hash: UInt64) {
        guard hash != 0 else {
            sawZero = true
            return
        }
        // The multiply spreads FNV's low-entropy high bits before taking the top ones.
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let held = table[slot]
            if held == hash { return }
            if held == 0 {
                table[slot] = hash
                distinct &+= 1
                return
            }
            slot = (slot &+ 1) & mask
        }
    }
}
