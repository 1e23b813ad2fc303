import Gazetteer
import TextAnalysis

/// The summed weights of each word's own features (``FeatureExtractor/addWordFeatures(_:_:_:into:)``:
/// the word, its shape, prefixes and suffixes, lexicon and demonym hits), kept per analyzer and
/// shared by its documents and threads. They are a third of a scored token's features and most
/// of their cost (hashing prefixes, looking up lexicons); news repeats its capitalized words, and
/// one read of a word's sums replaces a dozen and more reads of the weight table, which miss the
/// processor's caches. The sums are integers, so the scores are exactly those of all features
/// summed at once.
///
/// A word is known by a 64-bit hash of its bytes and token kind, like every other word identity
/// in the analyzer; the map stops taking words at ``capacity`` (a rare word is then summed each
/// time, as before), so its memory stays bounded.
final class WordScores: Sendable {
    let model: EntityModel
    private let known = Locked((sums: FoldedKeyMap<TagSums>(capacity: 1 << 12), count: 0))
    /// About 6 MB at most (a map slot is 88 bytes, and the map is at most half full).
    static let capacity = 1 << 15

    init(model: EntityModel) { self.model = model }

    func sums(of index: Int, in document: DocumentFeatures) -> TagSums {
        let facts = document.facts[index]
        let token = document.document.tokens[index]
        let key = FeatureHash.feature(.form, facts.form, UInt64(token.kind.rawValue))
        if let found = known.withLock({ $0.sums[key] }) { return found }
        var features: [UInt64] = []
        features.reserveCapacity(32)
        document.extractor.addWordFeatures(facts, token, document.document, into: &features)
        var sums = TagSums()
        model.add(features[...], to: &sums)
        known.withLock { known in
            guard known.count < Self.capacity else { return }
            known.sums[key] = sums
            known.count += 1
        }
        return sums
    }
}

/// The analyzer's scorer: the shipped model, with each word's own features summed once
/// (``WordScores``). The features it lists are not all a token's, so it cannot train.
struct CachedWordScorer: TagScorer {
    let words: WordScores

    func accumulate(_ features: ArraySlice<UInt64>, into scores: inout [Float]) {
        words.model.accumulate(features, into: &scores)
    }

    func appendFeatures(of index: Int, sentence: Int, in document: DocumentFeatures, into features: inout [UInt64]) {
        guard document.mayBeInName(index, sentence: sentence) else {
            document.appendStaticFeatures(of: index, sentence: sentence, into: &features)
            return
        }
        document.appendContextFeatures(of: index, sentence: sentence, into: &features)
    }

    func accumulate(_ features: ArraySlice<UInt64>, token index: Int, sentence: Int, in document: DocumentFeatures,
                    into scores: inout [Float]) {
        let sums = document.mayBeInName(index, sentence: sentence) ? words.sums(of: index, in: document) : TagSums()
        words.model.accumulate(features, startingFrom: sums, into: &scores)
    }
}
