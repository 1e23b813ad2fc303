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
    /// Sized for the capitalized words of a megabyte of news (some 7,500): growing the table on
    /// the way there cost more than filling the larger one once.
    private let known = Locked(WordSumsTable(capacity: 1 << 13))
    /// About 6 MB at most (a slot is 88 bytes, and the table is at most half full).
    static let capacity = 1 << 15

    init(model: EntityModel) { self.model = model }

    func sums(of index: Int, in document: DocumentFeatures) -> TagSums {
        let key = key(of: index, in: document)
        if let found = known.withLock({ $0[key] }) { return found }
        let sums = summed(index, in: document)
        known.withLock { known in known.keep(key, sums, upTo: Self.capacity) }
        return sums
    }

    /// ``sums(of:in:)`` of each token at `indices`, in order, into `sums` (emptied first), with
    /// the lock taken once to read the known words and once more to add the new ones (if any):
    /// taking it per token, in the generic ``Locked/withLock(_:)``, cost more than the lookup.
    /// `scratch` lends the keys' and the new words' arrays, kept between documents: made anew
    /// for each document, their allocations and frees were a tenth of this pass.
    func sums(of indices: [Int], in document: DocumentFeatures, into sums: inout [TagSums], scratch: DocumentScratch) {
        var keys = DocumentScratch.take(&scratch.wordKeys)
        keys.reserveCapacity(indices.count)
        for index in indices { keys.append(key(of: index, in: document)) }
        var missing = DocumentScratch.take(&scratch.newWords)
        sums.removeAll(keepingCapacity: true)
        sums.reserveCapacity(keys.count)
        known.withLock { known in
            for position in keys.indices {
                if let slot = known.slot(of: keys[position]) {
                    sums.append(known.sums(at: slot))
                } else {
                    missing.append(position)
                    sums.append(TagSums())
                }
            }
        }
        if !missing.isEmpty {
            summedNewWords(indices, keys: keys, missing: missing, in: document, into: &sums)
            known.withLock { known in
                for position in missing { known.keep(keys[position], sums[position], upTo: Self.capacity) }
            }
        }
        scratch.wordKeys = keys
        scratch.newWords = missing
    }

    /// The sums of the words at `missing` (positions in `indices` and `keys`), each new word
    /// summed once however often the document has it: an earlier one is found by scanning the
    /// new words before it, a few per document, or through a map when there are many.
    private func summedNewWords(_ indices: [Int], keys: [UInt64], missing: [Int], in document: DocumentFeatures,
                                into sums: inout [TagSums]) {
        if missing.count <= Self.scannedNewWords {
            for (number, position) in missing.enumerated() {
                let key = keys[position]
                var earlier: Int?
                for before in missing[..<number] where keys[before] == key { earlier = before; break }
                sums[position] = earlier.map { sums[$0] } ?? summed(indices[position], in: document)
            }
            return
        }
        var first = SmallKeyMap<Int>(capacity: missing.count)
        for position in missing {
            if let earlier = first[keys[position]] {
                sums[position] = sums[earlier]
            } else {
                sums[position] = summed(indices[position], in: document)
                first[keys[position]] = position
            }
        }
    }

    /// Up to this many new words in a document are told apart by scanning (a quadratic pass,
    /// cheaper than a map for the few most documents have).
    private static var scannedNewWords: Int { 48 }

    private func key(of index: Int, in document: DocumentFeatures) -> UInt64 {
        FeatureHash.feature(.form, document.facts[index].form, UInt64(document.document.tokens[index].kind.rawValue))
    }

    /// The sum of the word features of the token at `index`, from the weight table.
    private func summed(_ index: Int, in document: DocumentFeatures) -> TagSums {
        model.sum { document.extractor.addWordFeatures(document.facts[index], document.document.tokens[index], document.document, into: &$0) }
    }
}

/// The words' sums of ``WordScores``, by key: open addressing over a table of keys and one of
/// sums (a zero key marks an empty slot, a key of 0 is stored as 1), at most half full. In place
/// of a ``FoldedKeyMap`` of optional sums: a read copied the optional out and unwrapped it, and
/// adding a word probed twice (is it there, then set it).
struct WordSumsTable {
    private var keys: [UInt64]
    private var values: [TagSums]
    private var mask: Int
    /// The words held.
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = .filled(with: 0, count: size)
        values = .filled(with: TagSums(), count: size)
        mask = size - 1
    }

    /// The slot holding `key`, nil when the table has no such word.
    @inline(__always)
    func slot(of key: UInt64) -> Int? {
        let stored = key == 0 ? 1 : key
        return keys.withUnsafeBufferPointer { keys in
            var slot = Self.start(stored, mask)
            while true {
                let found = keys[slot]
                if found == stored { return slot }
                if found == 0 { return nil }
                slot = (slot &+ 1) & mask
            }
        }
    }

    /// The sums in `slot` (from ``slot(of:)``).
    @inline(__always)
    func sums(at slot: Int) -> TagSums { values.withUnsafeBufferPointer { $0[slot] } }

    subscript(key: UInt64) -> TagSums? { slot(of: key).map { sums(at: $0) } }

    /// Adds a word while the table holds fewer than `limit` (a word summed twice in one
    /// document, or by two documents at once, is added once).
    mutating func keep(_ key: UInt64, _ sums: TagSums, upTo limit: Int) {
        guard count < limit else { return }
        let stored = key == 0 ? 1 : key
        var slot = Self.start(stored, mask)
        while keys[slot] != 0 {
            if keys[slot] == stored { return }
            slot = (slot &+ 1) & mask
        }
        if (count + 1) * 2 > keys.count {
            grow()
            keep(key, sums, upTo: limit)
            return
        }
        keys[slot] = stored
        values[slot] = sums
        count += 1
    }

    private mutating func grow() {
        var larger = WordSumsTable(capacity: keys.count)
        for slot in keys.indices where keys[slot] != 0 { larger.keep(keys[slot], values[slot], upTo: Int.max) }
        self = larger
    }

    @inline(__always)
    private static func start(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 32)) & mask }
}

/// The analyzer's scorer: the shipped model, with each word's own features summed once
/// (``WordScores``) and the tag-only history features summed once per pair of tags
/// (``HistorySums``).
struct CachedWordScorer: TagScorer {
    let words: WordScores
    private let history: HistorySums
    /// For the document being tagged (``prepared(for:reusing:)``): the word sums of its tokens with a
    /// capital, by ``ScoredToken/capitalOrdinal``.
    private var capitalizedSums: [TagSums] = []

    init(words: WordScores) {
        self.words = words
        history = HistorySums(model: words.model)
    }

    /// The scorer for `document`, with the sums of its words with a capital read at once
    /// (``WordScores/sums(of:in:)``); the tokens scored without one are looked up as they come.
    /// The sums' array is taken from `scratch` and handed back by ``keepSums(in:)``.
    func prepared(for document: DocumentFeatures, reusing scratch: DocumentScratch) -> CachedWordScorer {
        var scorer = self
        scorer.capitalizedSums = DocumentScratch.take(&scratch.capitalizedSums)
        words.sums(of: document.capitalizedTokens(), in: document, into: &scorer.capitalizedSums, scratch: scratch)
        return scorer
    }

    /// Puts the sums' array back in `scratch` for the next document.
    func keepSums(in scratch: DocumentScratch) { scratch.capitalizedSums = capitalizedSums }

    /// The features ``DocumentFeatures/addFeatures(of:into:)`` lists, summed from the table as
    /// they are made, with the cached sums in place of the word's own and the tag-only ones.
    func score(_ token: ScoredToken, in document: DocumentFeatures) -> TagScores {
        let index = token.index
        let model = words.model
        var sums = history[token.history]
        var isBiasOnly = false // all the static features such a token gets
        if let ordinal = token.capitalOrdinal {
            sums = sums + capitalizedSums[ordinal] + document.contextSums(of: index, sentence: token.sentence, model: model)
        } else if document.mayBeInName(index, sentence: token.sentence) {
            sums = sums + words.sums(of: index, in: document) + document.contextSums(of: index, sentence: token.sentence, model: model)
        } else {
            isBiasOnly = true
        }
        sums = sums + model.sum { table in
            if isBiasOnly { table.add(.bias) }
            document.addWordHistoryFeatures(of: index, token.history, into: &table)
        }
        return model.scores(sums)
    }
}

/// The summed weights of the history features that depend only on the previous two tags
/// (``DocumentFeatures/addTagFeatures(_:into:)``), one entry per pair: read once per scored
/// token in place of two hashes and two reads of the table.
struct HistorySums: Sendable {
    private let sums: [TagSums]
    /// Tag codes: 0 for none, then each tag plus one.
    private static var codes: Int { EntityTag.count + 1 }

    init(model: EntityModel) {
        sums = (0..<Self.codes * Self.codes).map { entry in
            let history = TagHistory(previousCode: UInt64(entry % Self.codes), beforePreviousCode: UInt64(entry / Self.codes))
            return model.sum { DocumentFeatures.addTagFeatures(history, into: &$0) }
        }
    }

    subscript(history: TagHistory) -> TagSums {
        sums[Int(history.beforePreviousCode) * Self.codes + Int(history.previousCode)]
    }
}
