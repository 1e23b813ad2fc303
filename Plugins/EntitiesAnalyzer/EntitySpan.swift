/// A run of tokens the tagger marked as one entity.
public struct EntitySpan: Hashable, Sendable {
    public var type: EntityType
    public var tokens: Range<Int>
    public var confidence: Float
    /// Set when a span convention found its own evidence for the span (an acronym in
    /// parentheses, a title before a name): such spans are kept whatever the model's confidence.
    public var isConfirmedByRule = false

    public init(type: EntityType, tokens: Range<Int>, confidence: Float) {
        self.type = type
        self.tokens = tokens
        self.confidence = confidence
    }

    /// A span a convention found its own evidence for.
    init(confirmed type: EntityType, tokens: Range<Int>, confidence: Float = 1) {
        self.init(type: type, tokens: tokens, confidence: confidence)
        isConfirmedByRule = true
    }

    /// Reads the spans off a tag sequence; greedy decoding keeps it well formed, and a stray
    /// open span (which it cannot produce) would be closed at the sentence end. Only the tokens
    /// tagged inside a name are visited (``GreedyTagger/Result/named``, in order, as the tagger
    /// visits the sentences): a token skipped between two of them was outside, which ends an open
    /// span as it did when every token was read. The sentence of each is followed with a cursor.
    public static func spans(_ result: GreedyTagger.Result, sentences: [Range<Int>]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        spans.reserveCapacity(result.named.count)
        var sentence = 0
        var start: Int?
        var previous = Int.min
        for index in result.named {
            if sentence < sentences.count, index >= sentences[sentence].upperBound {
                // A later sentence: nothing open goes on into it.
                while sentence < sentences.count, index >= sentences[sentence].upperBound { sentence += 1 }
                start = nil
            }
            if index != previous &+ 1 { start = nil } // outside tokens between
            previous = index
            let tag = result.tags[index]
            guard tag != .outside, let type = tag.type, let position = tag.position else { start = nil; continue }
            switch position {
            case .unit:
                spans.append(EntitySpan(type: type, tokens: index..<index + 1, confidence: result.confidences[index]))
                start = nil
            case .begin:
                start = index
            case .inside:
                break
            case .last:
                let first = start ?? index
                let confidence = result.confidences[first...index].min() ?? 1
                spans.append(EntitySpan(type: type, tokens: first..<index + 1, confidence: confidence))
                start = nil
            }
        }
        return spans
    }
}

extension [EntitySpan] {
    /// Spans a convention found, put among the tagger's in the order of their first token (the
    /// conventions after it read spans in text order).
    mutating func insertInOrder(_ added: [EntitySpan]) {
        self = (self + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
