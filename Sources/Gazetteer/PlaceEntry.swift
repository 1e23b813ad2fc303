/// What kind of place an entry is; the order is the gazetteer file's order.
public enum PlaceKind: String, Sendable, CaseIterable, Comparable {
    case continent = "CONTINENT"
    case country = "COUNTRY"
    case admin1 = "ADMIN1"
    case admin2 = "ADMIN2"
    case region = "REGION"
    case feature = "FEATURE"
    case city = "CITY"

    /// The kind named by a gazetteer field, compared as bytes (a String switch per row was a
    /// tenth of the load time).
    init?(bytes: ArraySlice<UInt8>) {
        guard let first = bytes.first else { return nil }
        let candidate: PlaceKind
        switch first {
        case UInt8(ascii: "C"): candidate = bytes.count == 4 ? .city : bytes.count == 7 ? .country : .continent
        case UInt8(ascii: "A"): candidate = bytes.last == UInt8(ascii: "1") ? .admin1 : .admin2
        case UInt8(ascii: "R"): candidate = .region
        case UInt8(ascii: "F"): candidate = .feature
        default: return nil
        }
        guard bytes.elementsEqual(PlaceKind.names[candidate]!) else { return nil }
        self = candidate
    }

    private static let names = Dictionary(uniqueKeysWithValues: allCases.map { ($0, Array($0.rawValue.utf8)) })

    /// The position in the file's order, the most political kind first (a country before a
    /// city). A switch: `allCases` builds an array on every call, and ranking compares kinds for
    /// every candidate. Public so that readers of the gazetteer rank kinds the same way.
    public var rank: Int {
        switch self {
        case .continent: 0
        case .country: 1
        case .admin1: 2
        case .admin2: 3
        case .region: 4
        case .feature: 5
        case .city: 6
        }
    }

    public static func < (lhs: PlaceKind, rhs: PlaceKind) -> Bool { lhs.rank < rhs.rank }
}

/// A row of the gazetteer, by position. Cheap to copy and compare; ``Gazetteer/entry(_:)``
/// gives its fields.
public struct PlaceID: Hashable, Sendable, Comparable {
    public let row: Int32
    @inlinable init(row: Int32) { self.row = row }
    public static func < (lhs: PlaceID, rhs: PlaceID) -> Bool { lhs.row < rhs.row }
}

/// One gazetteer entry with every field, made on demand from the file's bytes.
public struct PlaceEntry: Sendable, Hashable {
    public let id: PlaceID
    /// GeoNames id; nil for rows that have none (most first-level divisions, curated features).
    public let geonameID: Int?
    /// The preferred English name: "Kupiansk", "Kharkiv Oblast", "United States".
    public let name: String
    public let kind: PlaceKind
    /// GeoNames feature code: "PPLA", "PCLI", "ADM1", "STM" (stream), "MTS" (mountains)...
    public let featureCode: String
    /// ISO 3166-1 alpha-2; empty for features that span countries.
    public let country: String
    /// The GeoNames admin1 code of the containing first-level division ("07", "CA").
    public let admin1Code: String
    public let latitude: Double?
    public let longitude: Double?
    /// Inhabitants; for divisions, the sum of their listed towns (a lower bound).
    public let population: Int
    /// ISO 3166 code for countries ("UKR") and subdivisions ("UA-63").
    public let iso: String
}
