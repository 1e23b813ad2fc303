/// The classes of ``PlaceWords`` a word belongs to, as bits, and the hint of a type word: one
/// lookup answers every question the finder asks about a token ("a title? a connector? a type
/// word?"), where each class was a table of its own, probed again for every question.
struct PlaceWordClasses: OptionSet, Sendable {
    let rawValue: UInt32

    static let connector = Self(rawValue: 1 << 0)
    static let office = Self(rawValue: 1 << 1)
    static let featurePrefix = Self(rawValue: 1 << 2)
    static let direction = Self(rawValue: 1 << 3)
    static let locative = Self(rawValue: 1 << 4)
    static let title = Self(rawValue: 1 << 5)
    static let calendar = Self(rawValue: 1 << 6)
    static let opener = Self(rawValue: 1 << 7)
    static let disease = Self(rawValue: 1 << 8)
    static let organization = Self(rawValue: 1 << 9)
    static let publication = Self(rawValue: 1 << 10)
    static let institution = Self(rawValue: 1 << 11)
    static let honorific = Self(rawValue: 1 << 12)
    static let companyEnd = Self(rawValue: 1 << 13)
    static let installation = Self(rawValue: 1 << 14)
    static let product = Self(rawValue: 1 << 15)
    /// (Bit 24: bits 16...22 hold hints, below.)
    static let placeNoun = Self(rawValue: 1 << 24)
    /// A company known by a word that is also a place's name (``PlaceWords/organizationNames``: "Meta").
    static let companyName = Self(rawValue: 1 << 25)
    /// A company's legal form after its name (``PlaceWords/legalForms``: "Ltd", "AG").
    static let legalForm = Self(rawValue: 1 << 26)

    /// Bits 16...18 hold a type word's hint (1 + its raw value), 0 for a word that is none;
    /// bits 20...22 an office's ("Governor": a first-level division).
    private static let hintShift: UInt32 = 16, officeHintShift: UInt32 = 20

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    init(hint: PlaceKindHint) {
        rawValue = (UInt32(hint.rawValue) + 1) << Self.hintShift
    }

    init(officeHint: PlaceKindHint) {
        rawValue = (UInt32(officeHint.rawValue) + 1) << Self.officeHintShift
    }

    /// What the word says as a type word ("Oblast", "river"), nil for other words.
    /// (This and ``officeHint`` inlined: the matcher asks them of about 15,000 tokens per
    /// megabyte, and the calls cost more than the shift and the test.)
    @inline(__always)
    var hint: PlaceKindHint? { Self.hint(rawValue >> Self.hintShift) }

    /// What the word says as an office after a place ("Governor", "Mayor"), nil for other words.
    @inline(__always)
    var officeHint: PlaceKindHint? { Self.hint(rawValue >> Self.officeHintShift) }

    @inline(__always)
    private static func hint(_ bits: UInt32) -> PlaceKindHint? {
        let stored = bits & 7
        return stored == 0 ? nil : PlaceKindHint(rawValue: UInt8(stored - 1))
    }
}
