import Gazetteer

/// The GeoNames feature codes the finder and the resolver test, packed as
/// ``Gazetteer/packedFeatureCode(_:)`` reads them: a test compares two numbers, where reading an
/// entry's leading fields made three Strings for it (2% of the analyzer's instructions).
enum FeatureCodes {
    /// A country's capital (PPLC).
    static let capital = StateAbbreviations.packed("PPLC".utf8)!
    /// A sports ground (STDM).
    static let stadium = StateAbbreviations.packed("STDM".utf8)!
    /// A former country (PCLH).
    static let formerCountry = StateAbbreviations.packed("PCLH".utf8)!
    /// "PPL" and "PPLX": a town's codes begin with the one, a city's district has the other.
    static let town = StateAbbreviations.packed("PPL".utf8)!
    static let cityDistrict = StateAbbreviations.packed("PPLX".utf8)!

    /// A town of its own by its code: not a city's district ("Kennedy", a borough of Bogotá of a
    /// million people), nor an entry without a code. (The first three bytes are the low ones.)
    static func isTown(_ code: UInt64) -> Bool {
        code & 0xFF_FFFF == town && code != cityDistrict
    }
}
