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

    /// Reads the spans off a tag sequence; greedy decoding keeps it well formed, and a stray
    /// open span (which it cannot produce) would be closed at the sentence end.
    public static func spans(_ result: GreedyTagger.Result, sentences: [Range<Int>]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        spans.reserveCapacity(result.tags.count / 16) // news has about one name per 18 tokens
        // Through a buffer pointer: most tokens are outside, and the checked loop over every
        // token cost four times the work done for the few inside names.
        result.tags.withUnsafeBufferPointer { tags in
            for sentence in sentences {
                precondition(sentence.lowerBound >= 0 && sentence.upperBound <= tags.count)
                var start: Int?
                for index in sentence {
                    let tag = tags[index]
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
            }
        }
        return spans
    }
}
