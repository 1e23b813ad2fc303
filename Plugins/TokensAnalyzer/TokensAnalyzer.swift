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
        var annotations: [Annotation] = []
        var kindCounts = [Int](repeating: 0, count: TokenKind.allCases.count)
        // Word hashes, counted in an open-addressing table: no String and no SipHash per word.
        let tokens = document.tokens
        var wordHashes: [UInt64] = []
        var words = 0
        var longest = 0
        // One pass, sentence by sentence (and the tokens between sentences, if any), so each
        // sentence's words are counted as its tokens are: a second pass over the tokens for the
        // longest sentence cost a fifth of the analyzer.
        // (Through buffer pointers: a slice per word retained the document's bytes, and the
        // arrays' checks per token cost as much as the hashing.)
        document.bytes.withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                kindCounts.withUnsafeMutableBufferPointer { kindCounts in
                    // (Made uninitialized, a word's hash written as it is counted: zeroing the
                    // whole array first cost 0.9 M instructions per MB. Hashes are trivial values,
                    // so writing one initializes its place; only the `words` written are kept.)
                    wordHashes = [UInt64](unsafeUninitializedCapacity: tokens.count) { hashes, initialized in
                        defer { initialized = words }
                        func count(_ range: Range<Int>) -> Int {
                            let first = words
                            for index in range {
                                let token = tokens[index]
                                kindCounts[Int(token.kind.rawValue)] &+= 1
                                if token.kind.isWordLike {
                                    hashes[words] = Self.caseFoldedHash(token.span.bytes, in: bytes)
                                    words &+= 1
                                } else if let label = Self.annotationLabel(token.kind) {
                                    annotations.append(document.annotation(plugin: "tokens", label: label, bytes: token.span.bytes))
                                }
                            }
                            return words - first
                        }
                        var next = 0
                        for sentence in document.sentences {
                            let sentenceWords: Int
                            if sentence.tokens.lowerBound >= next {
                                _ = count(next..<sentence.tokens.lowerBound)
                                sentenceWords = count(sentence.tokens)
                                next = sentence.tokens.upperBound
                            } else { // (overlapping an earlier sentence, whose tokens were counted)
                                sentenceWords = tokens[sentence.tokens].count { $0.kind.isWordLike }
                                next = max(next, sentence.tokens.upperBound)
                            }
                            longest = max(longest, sentenceWords)
                            if annotatesSentences {
                                annotations.append(document.annotation(plugin: "tokens", label: "SENTENCE", bytes: sentence.span.bytes,
                                                                       attributes: ["words": .int(sentenceWords)]))
                            }
                        }
                        _ = count(next..<tokens.count)
                    }
                }
            }
        }
        let distinctWords = Self.distinctCount(wordHashes)
        // (Built from distinct keys: the dictionary literal searched the keys before each insert.
        // Room made first: `compactMap` grew the list three or four times a document.)
        var kindList: [Attribute] = []
        kindList.reserveCapacity(kindCounts.count)
        for kind in TokenKind.allCases where kindCounts[Int(kind.rawValue)] > 0 {
            kindList.append(Attribute(kind.description, .int(kindCounts[Int(kind.rawValue)])))
        }
        let kinds = Attributes(distinct: kindList)
        let sentences = document.sentences.count
        let summary = Attributes(distinct: [
            Attribute("tokens", .int(document.tokens.count)),
            Attribute("words", .int(words)),
            Attribute("distinct_words", .int(distinctWords)),
            Attribute("sentences", .int(sentences)),
            Attribute("words_per_sentence", .double(sentences == 0 ? 0 : (Double(words) / Double(sentences) * 10).rounded() / 10)),
            Attribute("longest_sentence_words", .int(longest)),
            Attribute("kinds", .object(kinds)),
        ])
        return AnalyzerOutput(annotations: annotations, summary: summary)
    }

    /// How many distinct values `hashes` holds, by linear probing in a table at most half full.
    /// Sorting them first cost a third of the analyzer.
    static func distinctCount(_ hashes: [UInt64]) -> Int { distinctCount(hashes[...]) }

    static func distinctCount(_ hashes: ArraySlice<UInt64>) -> Int {
        guard !hashes.isEmpty else { return 0 }
        let bits = max(4, Int.bitWidth - (2 * hashes.count - 1).leadingZeroBitCount)
        let mask = (1 << bits) - 1
        // 0 marks an empty slot, so a hash of 0 is counted on the side.
        var table = [UInt64](repeating: 0, count: mask + 1)
        var distinct = 0
        var sawZero = false
        for hash in hashes {
            guard hash != 0 else { sawZero = true; continue }
            // The multiply spreads FNV's low-entropy high bits before taking the top ones.
            var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
            while table[slot] != 0, table[slot] != hash { slot = (slot + 1) & mask }
            if table[slot] == 0 {
                table[slot] = hash
                distinct += 1
            }
        }
        return distinct + (sawZero ? 1 : 0)
    }

    /// A 64-bit hash of the ASCII-lowercased bytes of `range` in `text`, eight at a time:
    /// distinct words are counted without a String per word, and a byte-at-a-time FNV was a
    /// third of the analyzer. A word's last chunk is read as a whole word of `text` and
    /// masked, when `text` extends that far.
    static func caseFoldedHash(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(range.count)
        // Most words are one chunk: the loop's first round straight, the same hash (the mask
        // keeps the word's bytes, as the loop's does), without the loop's tests (a third of it).
        let length = range.count
        if length <= 8, length > 0, range.lowerBound + 8 <= text.count {
            let chunk = UnsafeRawPointer(text.baseAddress! + range.lowerBound).loadUnaligned(as: UInt64.self).littleEndian
                & ~UInt64(0) >> (64 - 8 * UInt64(length))
            hash = (hash ^ lowercasedASCII(chunk)) &* 0x9E37_79B9_7F4A_7C15
            return hash ^ hash >> 29
        }
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
