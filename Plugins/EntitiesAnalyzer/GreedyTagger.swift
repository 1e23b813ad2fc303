import Foundation
import Gazetteer

/// Tags a document left to right, one token at a time, with the tags already chosen as
/// features: the previous one or two tags of the sentence, and the type an earlier mention of
/// the same word got in the document (Ratinov & Roth's non-local feature: "Trehubov" after
/// "Viktor Trehubov"). Greedy decoding, because it lets the document memory see every earlier
/// decision and costs one scoring per token; tags that would break a span are never chosen.
public struct GreedyTagger {
    /// Token tags and the probability-like confidence of each tagged inside a name (softmax over
    /// the allowed tags). Tokens tagged outside keep a confidence of 1: nothing reads theirs, and
    /// the softmax (an `expf` per allowed tag) was a tenth of the decoder's time.
    public struct Result: Sendable {
        public var tags: [EntityTag]
        public var confidences: [Float]
        /// The tokens not tagged outside, in the order tagged (sentence by sentence): spans are
        /// read from these (``EntitySpan/spans(_:sentences:)``), one name per 18 tokens or so.
        public var named: [Int]
    }

    /// Perceptron scores are not probabilities; dividing the margins by this before the
    /// softmax spreads confidences out of the 0.99+ band (4 was set by hand, then the
    /// analyzer's confidence threshold was tuned on the development sets with it).
    static let temperature: Float = 4
    /// Only confident decisions enter the document memory, so one mistake is not copied to
    /// every later mention of the word.
    static let memoryConfidence: Float = 0.8

    public init() {}

    /// ``EntityTag/mayFollow(_:isLast:)`` for every case, as one bit per tag: entry
    /// `2 × (previous tag + 1, 0 for none) + (1 when last)`. Asking it 17 times per scored token
    /// was a good part of the decoder's own time.
    static let allowedTags: [UInt32] = (0...EntityTag.count).flatMap { code in
        [false, true].map { isLast in
            let previous = code == 0 ? nil : EntityTag(rawValue: code - 1)
            return (0..<EntityTag.count).reduce(UInt32(0)) { mask, raw in
                EntityTag(rawValue: raw).mayFollow(previous, isLast: isLast) ? mask | 1 << UInt32(raw) : mask
            }
        }
    }

    /// `choose` sees each scored token and the tag the scores prefer, and returns the tag to
    /// keep as history: the prediction when analyzing, the gold tag (after an update) when training.
    public func tag<Scorer: TagScorer>(
        _ document: DocumentFeatures, scorer: Scorer,
        choose: (_ token: ScoredToken, _ predicted: EntityTag) -> EntityTag = { _, predicted in predicted }
    ) -> Result {
        tag(document, scorer: scorer, reusing: DocumentScratch(), choose: choose)
    }

    /// ``tag(_:scorer:choose:)`` into arrays taken from `scratch`.
    func tag<Scorer: TagScorer>(
        _ document: DocumentFeatures, scorer: Scorer, reusing scratch: DocumentScratch,
        choose: (_ token: ScoredToken, _ predicted: EntityTag) -> EntityTag = { _, predicted in predicted }
    ) -> Result {
        let count = document.facts.count
        var tags = DocumentScratch.take(&scratch.tags)
        tags.refill(with: .outside, count: count)
        var confidences = DocumentScratch.take(&scratch.confidences)
        confidences.refill(with: 1, count: count)
        var named = DocumentScratch.take(&scratch.named)
        named.reserveCapacity(count / 4) // names are an eighth of news tokens or more
        // The tags, confidences and scores are written through buffer pointers: written through
        // the arrays, each write checked that the array was not shared (three library calls per
        // scored token: the scorer's call in between kept the compiler from hoisting them).
        // The facts and the tokens with a capital are read the same way, unchecked.
        tags.withUnsafeMutableBufferPointer { tags in
            confidences.withUnsafeMutableBufferPointer { confidences in
                withUnsafeTemporaryAllocation(of: Float.self, capacity: TagScores.laneCount) { scores in
                    document.facts.withUnsafeBufferPointer { facts in
                        document.uppercase.tokens.withUnsafeBufferPointer { capitalTokens in
                            tagSentences(document, scorer: scorer, choose: choose, tags: tags, confidences: confidences, scores: scores,
                                         facts: facts, capitalTokens: capitalTokens, named: &named, memory: &scratch.memory)
                        }
                    }
                }
            }
        }
        return Result(tags: tags, confidences: confidences, named: named)
    }

    /// ``tag(_:scorer:choose:)`` into `tags` and `confidences` (one per token, filled with the
    /// outside tag and 1), with `scores` (``TagScores/laneCount`` floats) to read each token's
    /// scores from; the tokens tagged inside a name are appended to `named`. `memory` is the
    /// document memory, emptied first (kept between documents, ``DocumentScratch``).
    private func tagSentences<Scorer: TagScorer>(
        _ document: DocumentFeatures, scorer: Scorer, choose: (_ token: ScoredToken, _ predicted: EntityTag) -> EntityTag,
        tags: UnsafeMutableBufferPointer<EntityTag>, confidences: UnsafeMutableBufferPointer<Float>,
        scores: UnsafeMutableBufferPointer<Float>, facts allFacts: UnsafeBufferPointer<TokenFacts>,
        capitalTokens: UnsafeBufferPointer<Int>, named: inout [Int], memory: inout FoldedKeyMap<EntityType>
    ) {
        memory.removeAll(reservingCapacity: document.facts.count / 8)
        let allowedTags = Self.allowedTags
        var capitalCount = 0 // tokens with a capital met so far
        // `capitalTokens` (``DocumentFeatures/uppercase``) read by position: a slice per sentence
        // retained and released the array.
        for (number, sentence) in document.sentences.enumerated() {
            var previous: EntityTag?
            var beforePrevious: EntityTag?
            // Only the tokens with a capital and those that continue an open name are scored; the
            // others are outside (see FeatureExtractor.mayBeInName), and training skips them the
            // same way. The loop goes from one scored token to the next (visiting all five in six
            // tokens that are skipped was a fifth of its work), with the history the skipped
            // tokens leave.
            let capitals = document.uppercase.positions(of: number)
            var nextCapital = capitals.lowerBound
            var last = sentence.lowerBound - 1 // the last token scored
            while true {
                let index: Int
                if previous?.isOpen == true && last + 1 < sentence.upperBound {
                    index = last + 1
                } else if nextCapital < capitals.upperBound {
                    index = capitalTokens[nextCapital]
                } else {
                    break
                }
                if nextCapital < capitals.upperBound && capitalTokens[nextCapital] == index { nextCapital += 1 }
                let skipped = index - last - 1
                if skipped > 0 {
                    beforePrevious = skipped == 1 ? previous : .outside
                    previous = .outside
                }
                last = index
                let facts = allFacts[index]
                let previousCode = UInt64(previous.map { $0.rawValue + 1 } ?? 0)
                let remembered = facts.hasLetter && (facts.isCapitalized || facts.isAllCaps) ? memory[facts.nameKey] : nil
                var capitalOrdinal: Int?
                if facts.hasUppercase {
                    capitalOrdinal = capitalCount
                    capitalCount += 1
                }
                let token = ScoredToken(index: index, sentence: number, capitalOrdinal: capitalOrdinal, history: TagHistory(
                    previousCode: previousCode, beforePreviousCode: UInt64(beforePrevious.map { $0.rawValue + 1 } ?? 0), remembered: remembered))
                scorer.score(token, in: document).copy(into: scores)
                let isLast = index == sentence.upperBound - 1
                let allowed = allowedTags[2 * Int(previousCode) + (isLast ? 1 : 0)]
                // Tags that would break a span are left out of both the choice and the softmax;
                // the allowed ones are visited in tag order, bit by bit (six or so of 17).
                var best = EntityTag.outside
                var bestScore = -Float.infinity
                var remaining = allowed
                while remaining != 0 {
                    let raw = remaining.trailingZeroBitCount
                    remaining &= remaining &- 1
                    if scores[raw] > bestScore { bestScore = scores[raw]; best = EntityTag(rawValue: raw) }
                }
                if let type = best.type {
                    var total: Float = 0
                    remaining = allowed
                    while remaining != 0 {
                        let raw = remaining.trailingZeroBitCount
                        remaining &= remaining &- 1
                        // expf(0) is exactly 1: the best tag's term needs no call.
                        let margin = scores[raw] - bestScore
                        total += margin == 0 ? 1 : expf(margin / Self.temperature)
                    }
                    confidences[index] = 1 / total
                    // Not written again when it holds that type already (a name's later mentions,
                    // mostly): the lookup above asked it about the same tokens.
                    if facts.nameKey != 0, facts.isCapitalized || facts.isAllCaps, confidences[index] >= Self.memoryConfidence,
                       remembered != type {
                        memory[facts.nameKey] = type
                    }
                }
                let kept = choose(token, best)
                tags[index] = best
                if best != .outside { named.append(index) }
                beforePrevious = previous
                previous = kept
            }
        }
    }
}

/// Trains ``PerceptronWeights`` on documents with gold tags.
public struct PerceptronTrainer {
    public let weights: PerceptronWeights
    private let tagger = GreedyTagger()

    public init(rowCount: Int) { weights = PerceptronWeights(rowCount: rowCount) }

    /// One pass over one document; returns how many tokens were tagged wrong before updating.
    @discardableResult
    public func train(_ document: DocumentFeatures, gold: [EntityTag]) -> Int {
        var mistakes = 0
        _ = tagger.tag(document, scorer: weights) { token, predicted in
            let correct = gold[token.index]
            if predicted != correct {
                mistakes += 1
                weights.update(token, in: document, gold: correct, guess: predicted)
            }
            weights.advance()
            return correct
        }
        return mistakes
    }
}

/// SplitMix64 with a given seed: training shuffles documents with it, so the same flags give
/// the same model on every run and platform.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        defer { state &+= 0x9E37_79B9_7F4A_7C15 }
        return FeatureHash.mix(state)
    }
}
