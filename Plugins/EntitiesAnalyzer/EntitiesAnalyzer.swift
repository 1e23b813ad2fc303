public import Gazetteer
public import TextAnalysis

extension AnalyzerFactory {
    /// `entities`: people, organizations, places and nationalities, from a trained model.
    public static let entities = AnalyzerFactory(
        id: "entities",
        summary: "named entities (PERSON, ORG, GPE, LOC, FAC, NORP, MISC) linked within the document",
        options: ["min-confidence": "0...1: drop mentions less confident than this (default \(EntitiesAnalyzer.defaultMinimumConfidence))"],
        fields: ["canonical", "entity_id", "confidence"],
        examples: EntitiesAnalyzer.examples
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
    let linker: EntityLinker
    let minimumConfidence: Float
    /// The documents' feature and tag arrays, kept between documents.
    let scratchPool = ScratchPool()

    /// Dropping the least confident spans raised F1 on both development sets (CoNLL 0.915 →
    /// 0.916, UNER 0.573 → 0.585 at 0.7): the doubtful ones are more often wrong than right.
    public static let defaultMinimumConfidence: Float = 0.7

    public init(model: EntityModel, gazetteer: Gazetteer, lexicon: Lexicon, minimumConfidence: Float = defaultMinimumConfidence) {
        self.minimumConfidence = minimumConfidence
        self.model = model
        scorer = CachedWordScorer(words: WordScores(model: model))
        extractor = FeatureExtractor(gazetteer: gazetteer, lexicon: lexicon)
        linker = EntityLinker(labeler: EntityLabeler(gazetteer: gazetteer, places: extractor.placeReadings))
    }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> AnalyzerOutput {
        let mentions = mentions(in: document)
        // Entities are numbered in order of first mention, so every number below the largest is used.
        // Labels are counted before they become attributes: an Attributes entry update searches
        // and copies. By index, reading two fields: `for mention in mentions` copied each
        // mention, retaining and releasing its canonical name.
        var entityCount = 0
        var labels: [(label: MentionLabel, count: Int)] = []
        labels.reserveCapacity(8) // more than the labels there are: never grown
        for index in mentions.indices {
            entityCount = max(entityCount, mentions[index].entity + 1)
            let kind = mentions[index].kind
            if let label = labels.firstIndex(where: { $0.label == kind }) { labels[label].count += 1 } else { labels.append((kind, 1)) }
        }
        let identifiers = Self.identifiers
        let annotations = mentions.map { mention in
            Annotation(plugin: "entities", label: mention.label, span: TextSpan(bytes: mention.bytes, scalars: mention.scalars),
                       text: mention.text(in: document), attributes: Attributes(distinct: [
                           // Distinct keys: no search per key, as the dictionary literal does.
                           Attribute("entity_id", .string(mention.entity < identifiers.count ? identifiers[mention.entity] : "E\(mention.entity + 1)")),
                           Attribute("canonical", .string(mention.canonical)),
                           Attribute("confidence", .double((Double(mention.confidence) * 1000).rounded() / 1000)),
                       ]))
        }
        let counts = Attributes(distinct: labels.map { Attribute($0.label.name, .int($0.count)) })
        return AnalyzerOutput(annotations: annotations,
                              summary: Attributes(distinct: [Attribute("entities", .int(entityCount)), Attribute("mentions", .object(counts))]))
    }

    /// "E1", "E2", …, made once per process: making them per document (a String interpolation
    /// each) cost more than the rest of an entity's output. Documents with more entities make
    /// the rest as they come.
    static let identifiers: [String] = (1...512).map { "E\($0)" }

    /// The document's entity mentions, in text order, labeled and linked.
    public func mentions(in document: Document) -> [EntityMention] {
        let scratch = scratchPool.take()
        defer { scratchPool.put(scratch) }
        let features = extractor.extract(document, reusing: scratch)
        let documentScorer = scorer.prepared(for: features, reusing: scratch)
        let result = GreedyTagger().tag(features, scorer: documentScorer, reusing: scratch)
        documentScorer.keepSums(in: scratch)
        let spans = features.applyConventions(to: EntitySpan.spans(result, sentences: features.sentences),
                                              minimumConfidence: minimumConfidence, scratch: scratch)
        let mentions = linker.link(spans, in: document, facts: features.facts, index: &scratch.linkIndex)
        scratch.keep(features, result)
        return mentions
    }
}
