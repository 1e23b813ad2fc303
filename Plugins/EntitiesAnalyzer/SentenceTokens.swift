/// Some of a document's tokens (the ones with a capital, the ones tagged inside a name), in
/// token order, and each sentence's share of them: passes that only care about those tokens
/// visit them instead of testing every token of every sentence.
struct SentenceTokens: Sendable {
    /// In token order.
    let tokens: [Int]
    /// Per sentence, where its tokens are in ``tokens``.
    private let ranges: [Range<Int>]
    /// Whether the sentences' shares, one after the other, are ``tokens`` (sentences in token
    /// order, every token in one of them): then ``bySentence`` needs no new array.
    private let isBySentence: Bool

    /// `ranges`: an empty array whose storage is reused (``DocumentScratch``).
    init(_ tokens: [Int], sentences: [Range<Int>], ranges: [Range<Int>] = []) {
        self.tokens = tokens
        var ranges = ranges
        ranges.reserveCapacity(sentences.count)
        var cursor = 0
        var isBySentence = true
        for sentence in sentences {
            // Sentences come in token order, so the cursor only moves forward; it starts over
            // for one that does not.
            if cursor > 0 && tokens[cursor - 1] >= sentence.lowerBound { cursor = 0 }
            while cursor < tokens.count && tokens[cursor] < sentence.lowerBound { cursor += 1 }
            let start = cursor
            while cursor < tokens.count && tokens[cursor] < sentence.upperBound { cursor += 1 }
            if start != (ranges.last?.upperBound ?? 0) { isBySentence = false }
            ranges.append(start..<cursor)
        }
        self.ranges = ranges
        self.isBySentence = isBySentence && (ranges.last?.upperBound ?? 0) == tokens.count
    }

    /// The sentences' ranges, kept for the next document by ``DocumentScratch/keep(_:_:)``.
    var rangesStorage: [Range<Int>] { ranges }

    /// The sentences' tokens, sentence by sentence.
    var bySentence: [Int] {
        if isBySentence { return tokens }
        var all: [Int] = []
        all.reserveCapacity(tokens.count)
        for sentence in ranges.indices { all.append(contentsOf: self[sentence]) }
        return all
    }

    /// Where the tokens of sentence number `sentence` are in ``tokens``.
    func positions(of sentence: Int) -> Range<Int> { ranges[sentence] }

    /// The tokens of sentence number `sentence`, in order.
    subscript(sentence: Int) -> ArraySlice<Int> { tokens[ranges[sentence]] }
}
