import TextAnalysis

/// One mention as reported: label, where, which entity of the document it belongs to.
public struct EntityMention: Sendable, Hashable {
    public var label: String
    public var bytes: Range<Int>
    /// Index of the entity within the document (0-based, in order of first mention).
    public var entity: Int
    /// The entity's fullest name in the document ("Viktor Trehubov" for "Trehubov").
    public var canonical: String
    public var confidence: Float
}

/// Links the mentions of one entity within a document: the same name again; a person's
/// surname or given name after the full name ("Trehubov" after "Viktor Trehubov"); an acronym
/// after its parenthesized introduction ("ISW" after "Institute for the Study of War (ISW)").
struct EntityLinker {
    let document: Document
    let facts: [TokenFacts]
    let labeler: EntityLabeler

    private struct Entity {
        var label: String
        var canonical: String
        var canonicalTokens: Int
        /// Folded keys of the fullest name's tokens.
        var names: [UInt64]
        var acronym: UInt64?
    }

    func link(_ spans: [EntitySpan]) -> [EntityMention] {
        var entities: [Entity] = []
        var mentions: [EntityMention] = []
        var previousSpan: EntitySpan?
        for span in spans {
            var label = labeler.label(span, facts: facts, document: document)
            let keys = span.tokens.map { facts[$0].identity }
            let text = document.text(bytes: bytes(of: span))
            var found: Int?
            if let previous = previousSpan, isAcronym(span, of: previous), let last = mentions.last {
                found = last.entity
                entities[last.entity].acronym = keys.first
            }
            if found == nil, keys.count == 1 {
                found = entities.lastIndex { $0.acronym == keys[0] }
            }
            if found == nil {
                found = entities.lastIndex { $0.names == keys && compatible($0.label, label) }
            }
            if found == nil, label == "PERSON" || (keys.count == 1 && span.type != .location) {
                // A part of an earlier person's name: its surname (last token) or given name (first).
                found = entities.lastIndex { entity in
                    entity.label == "PERSON" && entity.names.count > keys.count
                        && (Array(entity.names.suffix(keys.count)) == keys || Array(entity.names.prefix(keys.count)) == keys)
                }
                if found != nil { label = "PERSON" }
            }
            if found == nil, label == "PERSON" {
                // The full name after a shorter first mention: the entity takes the fuller name.
                found = entities.lastIndex { entity in
                    entity.label == "PERSON" && entity.names.count < keys.count && Array(keys.suffix(entity.names.count)) == entity.names
                }
            }
            let index: Int
            if let found {
                index = found
                if label != entities[index].label, entities[index].label == "ORG" || entities[index].label == "PERSON" {
                    label = entities[index].label
                }
                if span.tokens.count > entities[index].canonicalTokens && entities[index].acronym != keys.first {
                    entities[index].canonical = text
                    entities[index].canonicalTokens = span.tokens.count
                    entities[index].names = keys
                }
            } else {
                index = entities.count
                entities.append(Entity(label: label, canonical: text, canonicalTokens: span.tokens.count, names: keys))
            }
            mentions.append(EntityMention(label: label, bytes: bytes(of: span), entity: index, canonical: "", confidence: span.confidence))
            previousSpan = span
        }
        for index in mentions.indices { mentions[index].canonical = entities[mentions[index].entity].canonical }
        return mentions
    }

    private func bytes(of span: EntitySpan) -> Range<Int> {
        document.tokens[span.tokens.lowerBound].span.bytes.lowerBound..<document.tokens[span.tokens.upperBound - 1].span.bytes.upperBound
    }

    private func compatible(_ a: String, _ b: String) -> Bool {
        a == b || (Set([a, b]).isSubset(of: ["GPE", "LOC"]))
    }

    /// An acronym in parentheses right after its expansion (see ``SpanConventions``).
    private func isAcronym(_ span: EntitySpan, of previous: EntitySpan) -> Bool {
        let start = span.tokens.lowerBound
        guard span.tokens.count == 1, start == previous.tokens.upperBound + 1, start + 1 < document.tokens.count,
              SpanConventions.isAcronym(start, of: previous, document: document, facts: facts) else { return false }
        return document.token(document.tokens[start - 1], equals: "(") && document.token(document.tokens[start + 1], equals: ")")
    }
}
