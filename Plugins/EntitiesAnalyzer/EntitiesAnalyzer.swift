public import Gazetteer
public import TextAnalysis

extension AnalyzerFactory {
    /// `entities`: people, organizations, places and nationalities, from a trained model.
    public static let entities = AnalyzerFactory(
        id: "entities",
        summary: "named entities (PERSON, ORG, GPE, LOC, FAC, NORP, MISC) linked within the document",
        options: ["min-confidence": "0...1: drop mentions less confident than this (default \(EntitiesAnalyzer.defaultMinimumConfidence))"]
    ) { options in
        var minimum = EntitiesAnalyzer.defaultMinimumConfidence
        if let value = options["min-confidence"] {
            guard let number = Float(value), (0...1).contains(number) else { throw EntitiesOptionError.minimumConfidence(value) }
            minimum = number
        }
        return try EntitiesAnalyzer(model: EntityModel.bundled(), gazetteer: Gazetteer.bundled(), lexicon: Lexicon.bundled(),
                                    minimumConfidence: minimum)
    }
}

enum EntitiesOptionError: Error, CustomStringConvertible {
    case minimumConfidence(String)

    var description: String {
        switch self {
        case let .minimumConfidence(value): "min-confidence must be a number from 0 to 1, not '\(value)'"
        }
    }
}

/// Tags tokens with the trained model (``GreedyTagger``), reads the spans off the tags, applies
/// the span conventions, maps the model's four types onto OntoNotes labels and links the
/// mentions of one entity (``EntityLinker``).
public struct EntitiesAnalyzer: Analyzer {
    let model: EntityModel
    let extractor: FeatureExtractor
    let scorer: CachedWordScorer
    let labeler: EntityLabeler
    let minimumConfidence: Float

    /// Dropping the least confident spans raised F1 on both development sets (CoNLL 0.915 →
    /// 0.916, UNER 0.573 → 0.585 at 0.7): the doubtful ones are more often wrong than right.
    public static let defaultMinimumConfidence: Float = 0.7

    public init(model: EntityModel, gazetteer: Gazetteer, lexicon: Lexicon, minimumConfidence: Float = defaultMinimumConfidence) {
        self.minimumConfidence = minimumConfidence
        self.model = model
        scorer = CachedWordScorer(words: WordScores(model: model))
        extractor = FeatureExtractor(gazetteer: gazetteer, lexicon: lexicon)
        labeler = EntityLabeler(gazetteer: gazetteer, places: extractor.placeReadings)
    }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> AnalyzerOutput {
        let mentions = mentions(in: document)
        // Entities are numbered in order of first mention, so every number below the largest is used.
        var entityCount = 0
        for mention in mentions { entityCount = max(entityCount, mention.entity + 1) }
        let identifiers = Self.identifiers
        var scalars = ScalarCounter()
        let annotations = mentions.map { mention in
            Annotation(plugin: "entities", label: mention.label, span: scalars.span(bytes: mention.bytes, in: document),
                       text: mention.text(in: document), attributes: Attributes(uniqueKeysWithValues: [
                           // Distinct keys: no search per key, as the dictionary literal does.
                           ("entity_id", .string(mention.entity < identifiers.count ? identifiers[mention.entity] : "E\(mention.entity + 1)")),
                           ("canonical", .string(mention.canonical)),
                           ("confidence", .double((Double(mention.confidence) * 1000).rounded() / 1000)),
                       ]))
        }
        // Counted before they become attributes: an Attributes entry update searches and copies.
        var labels: [(label: MentionLabel, count: Int)] = []
        labels.reserveCapacity(8) // more than the labels there are: never grown
        for mention in mentions {
            if let index = labels.firstIndex(where: { $0.label == mention.kind }) { labels[index].count += 1 } else { labels.append((mention.kind, 1)) }
        }
        let counts = Attributes(uniqueKeysWithValues: labels.map { ($0.label.name, .int($0.count)) })
        return AnalyzerOutput(annotations: annotations,
                              summary: Attributes(uniqueKeysWithValues: [("entities", .int(entityCount)), ("mentions", .object(counts))]))
    }

    /// "E1", "E2", …, made once per process: making them per document (a String interpolation
    /// each) cost more than the rest of an entity's output. Documents with more entities make
    /// the rest as they come.
    static let identifiers: [String] = (1...512).map { "E\($0)" }

    /// The document's entity mentions, in text order, labeled and linked.
    public func mentions(in document: Document) -> [EntityMention] {
        let features = extractor.extract(document)
        let result = GreedyTagger().tag(features, scorer: scorer.prepared(for: features))
        let conventions = SpanConventions(document: document, facts: features.facts, lexicon: extractor.lexicon,
                                          gazetteer: extractor.gazetteer, sentences: features.sentences, capsLines: features.capsLines,
                                          minimumConfidence: minimumConfidence)
        let spans = conventions.apply(to: EntitySpan.spans(result, sentences: features.sentences))
        return EntityLinker(document: document, facts: features.facts, labeler: labeler).link(spans)
    }
}

/// ``Document/span(bytes:)`` for ranges that come in text order, as mentions do: the scalars are
/// counted on from the previous range's start instead of from a checkpoint of the document each
/// time (up to 256 bytes scanned twice per mention).
struct ScalarCounter {
    private var byte = 0
    private var scalar = 0

    mutating func span(bytes range: Range<Int>, in document: Document) -> TextSpan {
        guard range.lowerBound >= byte else { return document.span(bytes: range) }
        scalar += Self.scalarCount(document.bytes, byte..<range.lowerBound)
        byte = range.lowerBound
        return TextSpan(bytes: range, scalars: scalar..<scalar + Self.scalarCount(document.bytes, range))
    }

    /// How many scalars start in `bytes[range]`: the bytes that are not UTF-8 continuation bytes
    /// (`10xxxxxx`), counted eight at a time, as the whole text passes here.
    static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBytes { raw in
            var count = 0
            var offset = range.lowerBound
            while offset + 8 <= range.upperBound {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                // Per byte: the top bit set, and the next one (shifted up into its place) clear;
                // the flags moved to the bytes' low bits add up in the top byte of one multiply
                // (the baseline x86-64 target has no popcount instruction).
                let continuations = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                count += 8 - Int(truncatingIfNeeded: (continuations &* 0x0101_0101_0101_0101) >> 56)
                offset += 8
            }
            while offset < range.upperBound {
                if raw[offset] & 0xC0 != 0x80 { count += 1 }
                offset += 1
            }
            return count
        }
    }
}
