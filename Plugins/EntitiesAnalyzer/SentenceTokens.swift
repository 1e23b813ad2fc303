/// Some of a document's tokens (the ones with a capital, the ones tagged inside a name), in
/// token order, and each sentence's share of them: passes that only care about those tokens
/// visit them instead of testing every token of every sentence.
struct SentenceTokens: Sendable {
    /// In token order.
    let tokens: [Int]
    /// Per sentence, where its tokens are in ``tokens``.
    private let ranges: [Range<Int>]

    init(_ tokens: [Int], sentences: [Range<Int>]) {
        self.tokens = tokens
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(sentences.count)
        var cursor = 0
        for sentence in sentences {
            // Sentences come in token order, so the cursor only moves forward; it starts over
            // for one that does not.
            if cursor > 0 && tokens[cursor - 1] >= sentence.lowerBound { cursor = 0 }
            while cursor < tokens.count && tokens[cursor] < sentence.lowerBound { cursor += 1 }
            let start = cursor
            while cursor < tokens.count && tokens[cursor] < sentence.upperBound { cursor += 1 }
            ranges.append(start..<cursor)
        }
        self.ranges = ranges
    }

    /// The tokens of sentence number `sentence`, in order.
    subscript(sentence: Int) -> ArraySlice<Int> { tokens[ranges[sentence]] }
}
