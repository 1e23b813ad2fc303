import Gazetteer
import TextAnalysis

/// One mention as reported: label, where, which entity of the document it belongs to.
public struct EntityMention: Sendable, Hashable {
    public var label: String { kind.name }
    public var bytes: Range<Int>
    /// The scalar offsets of ``bytes``, read off the tokens (which the tokenizer gave both).
    var scalars: Range<Int>
    /// Index of the entity within the document (0-based, in order of first mention).
    public var entity: Int
    /// The entity's fullest name in the document ("Viktor Trehubov" for "Trehubov").
    public var canonical: String
    public var confidence: Float
    var kind: MentionLabel
    /// Where ``canonical`` was read: a mention there has it for its text, no second String.
    var canonicalBytes: Range<Int>

    /// The mention's text: its entity's canonical name when it is that very span.
    func text(in document: Document) -> String {
        bytes == canonicalBytes ? canonical : document.text(bytes: bytes)
    }
}

/// Links the mentions of one entity within a document: the same name again; a person's
/// surname or given name after the full name ("Trehubov" after "Viktor Trehubov"); an acronym
/// after its parenthesized introduction ("ISW" after "Institute for the Study of War (ISW)").
///
/// Made once per analyzer; the document and its facts are parameters, not stored: a linker per
/// document retained and released every array of the document it held.
struct EntityLinker: Sendable {
    let labeler: EntityLabeler

    private struct Entity {
        var label: MentionLabel
        var canonical: String
        var canonicalBytes: Range<Int>
        var canonicalTokens: Int
        /// The tokens of the fullest name (a ``NameMap`` key).
        var name: Range<Int>
        var acronym: UInt64?
    }

    /// Where to find earlier entities by name, so linking stays linear in long documents. Kept
    /// between documents (``DocumentScratch``) and emptied for each (``reset(facts:spans:)``).
    struct Index {
        /// The latest registration under each name; a registration links to the one before it
        /// under the same name (a list per name without an array per name).
        var byName: NameMap<Int>
        var registrations: [(entity: Int, previous: Int?)] = []
        /// Made on the first acronym: most documents have none.
        var byAcronym: FoldedKeyMap<Int>?
        /// Proper prefixes and suffixes of people's names ("Trehubov", "Viktor").
        var byPersonPart: NameMap<Int>
        /// People's names, for a fuller name that ends with one of them.
        var byPersonName: NameMap<Int>

        init() {
            byName = NameMap(facts: [])
            byPersonPart = NameMap(facts: [])
            byPersonName = NameMap(facts: [])
        }

        /// Empties the index for a document with `facts` and `spans` spans, its storage kept.
        mutating func reset(facts: [TokenFacts], spans: Int) {
            byName.reset(facts: facts, capacity: spans)
            // Sized for the document's spans: grown one entry at a time, the two maps of people's
            // names were reallocated four times per document.
            byPersonPart.reset(facts: facts, capacity: spans)
            byPersonName.reset(facts: facts, capacity: spans / 2)
            registrations.removeAll(keepingCapacity: true)
            registrations.reserveCapacity(spans) // grown four times per document otherwise
            byAcronym = nil
        }

        /// `name`: the entity's fullest name, under which it is found from now on; `hash`: its
        /// ``Swift/Array/nameHash(_:)``, which the linker's lookups of the span had.
        mutating func register(_ name: Range<Int>, hash: UInt64, isPerson: Bool, at index: Int) {
            // One search of the name: the new registration replaces the one it links to.
            var previous: Int?
            let registration = registrations.count
            byName.update(name, hash: hash, default: registration) { latest in
                if latest != registration { previous = latest }
                latest = registration
            }
            registrations.append((index, previous))
            guard isPerson else { return }
            byPersonName.set(name, hash: hash, index)
            for length in 1..<max(1, name.count) {
                byPersonPart.set(name.lowerBound..<name.lowerBound + length, index)
                byPersonPart.set(name.upperBound - length..<name.upperBound, index)
            }
        }
    }

    /// `index`: the index to empty and fill (``DocumentScratch/linkIndex``).
    func link(_ spans: [EntitySpan], in document: Document, facts: [TokenFacts], index: inout Index) -> [EntityMention] {
        var entities: [Entity] = []
        entities.reserveCapacity(spans.count)
        index.reset(facts: facts, spans: spans.count)
        var mentions: [EntityMention] = []
        mentions.reserveCapacity(spans.count)
        var previousSpan: EntitySpan?
        for span in spans {
            var label = labeler.label(span, facts: facts, document: document)
            let name = span.tokens
            let first = facts[name.lowerBound].identity
            // Hashed once: the name is looked up in up to three maps, then registered.
            let hash = facts.nameHash(name)
            var found: Int?
            if let previous = previousSpan, Self.isAcronym(span, of: previous, in: document, facts: facts), let last = mentions.last {
                found = last.entity
                entities[last.entity].acronym = first
                if index.byAcronym == nil { index.byAcronym = FoldedKeyMap() }
                index.byAcronym![first] = last.entity
            }
            if found == nil, name.count == 1 {
                found = index.byAcronym?[first] ?? nil
            }
            if found == nil {
                // The latest entity of that name whose label agrees.
                var registration = index.byName[name, hash: hash]
                while let current = registration, found == nil {
                    let candidate = index.registrations[current].entity
                    if compatible(entities[candidate].label, label) { found = candidate }
                    registration = index.registrations[current].previous
                }
            }
            if found == nil, label == .person || (name.count == 1 && span.type != .location && !span.isConfirmedByRule) {
                // A part of an earlier person's name: its surname (last token) or given name (first);
                // not a word a rule has typed ("Mozilla" after a "Mozilla Firefox" read as a person).
                // Or the whole of an earlier one-word person's name, for a word the tagger read as
                // MISC ("Reagan's request" after "Reagan" the person); as an organization it is
                // more often a company named after someone ("Lilly", "Taft", "Nissan").
                found = index.byPersonPart[name, hash: hash] ?? (span.type == .miscellaneous ? index.byPersonName[name, hash: hash] : nil)
                if found != nil { label = .person }
            }
            if found == nil, label == .person {
                // The full name after a shorter first mention: the entity takes the fuller name.
                // The latest such entity (the largest number), without an array of them.
                for length in 1..<max(1, name.count) {
                    if let candidate = index.byPersonName[name.upperBound - length..<name.upperBound] { found = max(found ?? candidate, candidate) }
                }
            }
            let entity: Int
            if let found {
                entity = found
                if label != entities[entity].label, entities[entity].label == .organization || entities[entity].label == .person {
                    label = entities[entity].label
                }
                if span.tokens.count > entities[entity].canonicalTokens && entities[entity].acronym != first {
                    entities[entity].canonical = document.text(bytes: Self.bytes(of: span, in: document))
                    entities[entity].canonicalBytes = Self.bytes(of: span, in: document)
                    entities[entity].canonicalTokens = span.tokens.count
                    entities[entity].name = name
                    index.register(name, hash: hash, isPerson: entities[entity].label == .person, at: entity)
                }
            } else {
                entity = entities.count
                entities.append(Entity(label: label, canonical: document.text(bytes: Self.bytes(of: span, in: document)),
                                       canonicalBytes: Self.bytes(of: span, in: document),
                                       canonicalTokens: span.tokens.count, name: name))
                index.register(name, hash: hash, isPerson: label == .person, at: entity)
            }
            let start = document.tokens[span.tokens.lowerBound].span, end = document.tokens[span.tokens.upperBound - 1].span
            mentions.append(EntityMention(bytes: start.bytes.lowerBound..<end.bytes.upperBound,
                                          scalars: start.scalars.lowerBound..<end.scalars.upperBound, entity: entity, canonical: "",
                                          confidence: span.confidence, kind: label, canonicalBytes: 0..<0))
            previousSpan = span
        }
        for position in mentions.indices {
            // Field by field: a copy of the entity retained and released its Strings.
            let entity = mentions[position].entity
            mentions[position].canonical = entities[entity].canonical
            mentions[position].canonicalBytes = entities[entity].canonicalBytes
        }
        return mentions
    }

    private static func bytes(of span: EntitySpan, in document: Document) -> Range<Int> {
        document.tokens[span.tokens.lowerBound].span.bytes.lowerBound..<document.tokens[span.tokens.upperBound - 1].span.bytes.upperBound
    }

    private func compatible(_ a: MentionLabel, _ b: MentionLabel) -> Bool {
        a == b || ((a == .politicalPlace || a == .location) && (b == .politicalPlace || b == .location))
    }

    /// An acronym in parentheses right after its expansion (see ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``).
    private static func isAcronym(_ span: EntitySpan, of previous: EntitySpan, in document: Document, facts: [TokenFacts]) -> Bool {
        let start = span.tokens.lowerBound
        guard span.tokens.count == 1, start == previous.tokens.upperBound + 1, start + 1 < document.tokens.count,
              document.token(document.tokens[start - 1], is: UInt8(ascii: "(")), document.token(document.tokens[start + 1], is: UInt8(ascii: ")")) else { return false }
        return SpanConventions.isAcronym(start, of: previous, document: document, facts: facts)
    }
}
