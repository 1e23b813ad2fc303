/// A typed value an analyzer attaches to an annotation or a document summary:
/// a normalized number, a unit, coordinates, a list of linked mentions.
///
/// Integers stay integers (a JSON reader never sees `27169.0`), and objects keep
/// their keys in the order the analyzer wrote them, so output is stable.
///
/// Not `indirect`: the nested cases already hold their children in arrays, and an indirect
/// enum puts every value, each number and unit of every annotation, in its own heap box.
public enum AttributeValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([AttributeValue])
    case object(Attributes)
    case null
}

extension AttributeValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: AttributeValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
}

extension AttributeValue {
    public var stringValue: String? { if case let .string(value) = self { value } else { nil } }
    public var intValue: Int? { if case let .int(value) = self { value } else { nil } }
    public var boolValue: Bool? { if case let .bool(value) = self { value } else { nil } }
    /// The value as a `Double`, for integers too.
    public var doubleValue: Double? {
        switch self {
        case let .double(value): value
        case let .int(value): Double(value)
        default: nil
        }
    }
}

/// Ordered key-value attributes. Order is the analyzer's, so JSON output is stable
/// and reads the way the analyzer's author meant (`value` before `unit`).
public struct Attributes: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    public private(set) var entries: [(key: String, value: AttributeValue)] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        // Analyzers build one per annotation: growing the array one entry at a time cost two extra allocations.
        entries.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    /// Attributes from pairs whose keys the caller knows are distinct, in output order: no
    /// search per key, for analyzers that build many annotations.
    public init(uniqueKeysWithValues pairs: [(key: String, value: AttributeValue)]) {
        assert(Set(pairs.map(\.key)).count == pairs.count, "duplicate attribute keys")
        entries = pairs
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }
    public var keys: [String] { entries.map(\.key) }

    /// Reads a value; setting `nil` removes the key, setting an existing key replaces it in place.
    public subscript(key: String) -> AttributeValue? {
        get { entries.first(where: { $0.key == key })?.value }
        set {
            let index = entries.firstIndex(where: { $0.key == key })
            switch (index, newValue) {
            case let (index?, value?): entries[index].value = value
            case let (index?, nil): entries.remove(at: index)
            case let (nil, value?): entries.append((key, value))
            case (nil, nil): break
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[(key: String, value: AttributeValue)]> {
        entries.makeIterator()
    }

    public static func == (lhs: Attributes, rhs: Attributes) -> Bool {
        lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for (key, value) in entries {
            hasher.combine(key)
            hasher.combine(value)
        }
    }
}
