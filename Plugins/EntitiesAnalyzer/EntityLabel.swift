/// The four CoNLL types the model learns; the analyzer maps them onto OntoNotes labels afterwards
/// (``EntityLabeler``), because the training data only knows these four.
public enum EntityType: Int, Sendable, CaseIterable {
    case person, organization, location, miscellaneous

    /// The names used in training files (CoNLL-2003, UNER).
    public var corpusName: String {
        switch self {
        case .person: "PER"
        case .organization: "ORG"
        case .location: "LOC"
        case .miscellaneous: "MISC"
        }
    }

    public init?(corpusName: String) {
        switch corpusName {
        case "PER", "PERSON": self = .person
        case "ORG": self = .organization
        case "LOC", "GPE", "FAC": self = .location
        case "MISC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE": self = .miscellaneous
        default: return nil
        }
    }
}

/// A BILOU tag packed into one small integer: 0 is outside, then four positions per type.
///
/// BILOU rather than BIO because the last and unit tokens of names behave differently from
/// their first tokens (Ratinov & Roth 2009 measured the gain); the constraint check below keeps
/// greedy decoding from producing a tag sequence that is not a set of spans.
public struct EntityTag: Hashable, Sendable {
    public enum Position: Int, Sendable { case begin, inside, last, unit }

    public let rawValue: Int
    public static let count = 1 + 4 * EntityType.allCases.count
    public static let outside = EntityTag(rawValue: 0)

    public init(rawValue: Int) { self.rawValue = rawValue }
    public init(_ type: EntityType, _ position: Position) { rawValue = 1 + type.rawValue * 4 + position.rawValue }

    public var type: EntityType? { rawValue == 0 ? nil : EntityType(rawValue: (rawValue - 1) / 4) }
    public var position: Position? { rawValue == 0 ? nil : Position(rawValue: (rawValue - 1) % 4) }

    /// Whether the tag leaves a span open that the next token must continue.
    /// (Begin and inside are positions 0 and 1: asked for every scored token, this skips
    /// making the optional position.)
    @inline(__always)
    public var isOpen: Bool { rawValue != 0 && (rawValue - 1) % 4 <= Position.inside.rawValue }

    /// Whether `self` may follow `previous` (nil at a sentence start); `isLast` says the token
    /// ends its sentence, where no span may stay open.
    public func mayFollow(_ previous: EntityTag?, isLast: Bool) -> Bool {
        if let previous, previous.isOpen {
            guard type == previous.type else { return false }
            return position == .last || (position == .inside && !isLast)
        }
        if isOpen { return position == .begin && !isLast }
        return position != .last && position != .inside
    }
}
