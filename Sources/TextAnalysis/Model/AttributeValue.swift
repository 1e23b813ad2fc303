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

/// One key and its value, an element of ``Attributes``.
///
/// A struct, not a `(key:value:)` tuple: an array of tuples is copied and destroyed by the
/// runtime's generic tuple code, which reads the tuple's metadata for every element (750
/// instructions to destroy an annotation, a thousand to copy its attributes); a struct has
/// its own compiled copy and destroy.
public struct Attribute: Sendable, Hashable {
    public var key: String
    public var value: AttributeValue

    public init(_ key: String, _ value: AttributeValue) {
        self.key = key
        self.value = value
    }
}

/// Ordered key-value attributes. Order is the analyzer's, so JSON output is stable
/// and reads the way the analyzer's author meant (`value` before `unit`).
///
/// A sequence of `(key, value)` pairs, so `for (key, value) in attributes` reads as it would
/// over a dictionary; ``list`` holds them as ``Attribute``s.
public struct Attributes: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    public private(set) var list: [Attribute] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        // Analyzers build one per annotation: growing the array one entry at a time cost two extra allocations.
        list.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    /// Attributes from pairs whose keys the caller knows are distinct, in output order: no
    /// search per key, for analyzers that build many annotations. (``init(distinct:)`` takes
    /// them without the copy into ``Attribute``s.)
    public init(uniqueKeysWithValues pairs: [(key: String, value: AttributeValue)]) {
        self.init(distinct: pairs.map { Attribute($0.key, $0.value) })
    }

    /// Attributes whose keys the caller knows are distinct, in output order: the array is
    /// kept as it is.
    public init(distinct list: [Attribute]) {
        assert(Set(list.map(\.key)).count == list.count, "duplicate attribute keys")
        self.list = list
    }

    /// The pairs in order, as tuples (a copy: ``list`` reads them in place).
    public var entries: [(key: String, value: AttributeValue)] { list.map { ($0.key, $0.value) } }

    public var isEmpty: Bool { list.isEmpty }
    public var count: Int { list.count }
    public var keys: [String] { list.map(\.key) }

    /// Reads a value; setting `nil` removes the key, setting an existing key replaces it in place.
    public subscript(key: String) -> AttributeValue? {
        get { list.first(where: { $0.key == key })?.value }
        set {
            let index = list.firstIndex(where: { $0.key == key })
            switch (index, newValue) {
            case let (index?, value?): list[index].value = value
            case let (index?, nil): list.remove(at: index)
            case let (nil, value?): list.append(Attribute(key, value))
            case (nil, nil): break
            }
        }
    }

    /// Yields each attribute as a `(key, value)` tuple.
    public struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[Attribute]>

        public mutating func next() -> (key: String, value: AttributeValue)? {
            guard let attribute = base.next() else { return nil }
            return (attribute.key, attribute.value)
        }
    }

    public func makeIterator() -> Iterator { Iterator(base: list.makeIterator()) }

    public var underestimatedCount: Int { list.count }
}
