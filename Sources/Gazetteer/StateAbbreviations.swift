/// US state abbreviations as American news writes them after a town: "Geneseo, Ill.",
/// "Jacksonville, Fla.", "PORTLAND, ORE., March 3", "Dallas, TX 75201".
///
/// They are read only there, after a capitalized word and a comma (the `places` plugin's
/// mention finder, and the `entities` plugin's conventions): alone, "Mass.", "Miss.", "Pa.", "Ind." and "IN" are other words, and
/// the gazetteer's folding reads "Fla." as Norway's Flå and "Minn." as Minden. There they name
/// the state, which then qualifies the town ("Geneseo, Ill." is not the one in New York).
/// The forms are the AP stylebook's dateline abbreviations with common older variants and
/// the USPS codes (general knowledge; this project's list).
public enum StateAbbreviations {
    /// A state as an abbreviation names it: the folded key of its name, made once (folding the
    /// name as a String for every abbreviation found cost thousands of instructions).
    public struct State: Sendable {
        public let key: UInt64
        /// The country key (``Gazetteer/countryKey(code:)``) whose first-level division it is.
        public let country: UInt64
        /// Read only after a town of that state ("Bendigo, Vic.", "Wagga Wagga, NSW"): the form
        /// is a word or another abbreviation elsewhere ("Man.", "SA" for South Africa, "WA" for
        /// Washington).
        public let needsTown: Bool

        init(_ name: String, country: UInt64 = StateAbbreviations.unitedStates, needsTown: Bool = false) {
            key = NameKey.key(name.utf8)!
            self.country = country
            self.needsTown = needsTown
        }
    }

    /// The country key of the United States, whose first-level divisions the states are.
    public static let unitedStates = Gazetteer.countryKey(code: "US")

    /// Lower-cased, periods included: "fla." → "Florida". Capitalized or in capitals in the text.
    /// By ``packed(_:)`` key.
    public static let dotted: FoldedKeyMap<State> = states([
        "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California", "cal.": "California",
        "colo.": "Colorado", "conn.": "Connecticut", "del.": "Delaware", "dela.": "Delaware", "fla.": "Florida",
        "ga.": "Georgia", "ia.": "Iowa", "ill.": "Illinois", "ind.": "Indiana", "kan.": "Kansas", "kans.": "Kansas",
        "ky.": "Kentucky", "ken.": "Kentucky", "la.": "Louisiana", "me.": "Maine", "md.": "Maryland",
        "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota",
        "miss.": "Mississippi", "mo.": "Missouri", "mont.": "Montana", "neb.": "Nebraska", "nebr.": "Nebraska",
        "nev.": "Nevada", "n.h.": "New Hampshire", "n.j.": "New Jersey", "n.m.": "New Mexico", "n.mex.": "New Mexico",
        "n.y.": "New York", "n.c.": "North Carolina", "n.d.": "North Dakota", "n.dak.": "North Dakota",
        "okla.": "Oklahoma", "ore.": "Oregon", "oreg.": "Oregon", "pa.": "Pennsylvania", "penn.": "Pennsylvania",
        "penna.": "Pennsylvania", "r.i.": "Rhode Island", "s.c.": "South Carolina", "s.d.": "South Dakota",
        "s.dak.": "South Dakota", "tenn.": "Tennessee", "tex.": "Texas", "vt.": "Vermont", "va.": "Virginia",
        "wash.": "Washington", "w.va.": "West Virginia", "wis.": "Wisconsin", "wisc.": "Wisconsin", "wyo.": "Wyoming",
    ])

    /// USPS codes, written in capitals without periods: "TX" → "Texas". Only before punctuation,
    /// a number (a ZIP code) or the end of a line, so "BUSH, IN SPEECH" stays a headline.
    /// By ``packed(_:)`` key.
    public static let postal: FoldedKeyMap<State> = states([
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
        "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
        "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
        "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
        "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
        "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
        "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
        "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
        "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
        "WI": "Wisconsin", "WY": "Wyoming",
    ])

    public static let canada = Gazetteer.countryKey(code: "CA")
    public static let australia = Gazetteer.countryKey(code: "AU")

    /// Canadian provinces as the Canadian Press writes them after a town ("Shediac, N.B.",
    /// "Lethbridge, Alta.", "KELOWNA, B.C."), and Australian states as Australian papers do
    /// ("Bendigo, Vic.", "Toowoomba, Qld"). Lower-cased, periods included, as ``dotted``; only
    /// the `places` plugin reads them. (Canadian Press style and Australian usage: general
    /// knowledge, this project's list.)
    public static let provincesDotted = FoldedKeyMap(provinces([
        "b.c.": "British Columbia", "alta.": "Alberta", "sask.": "Saskatchewan", "ont.": "Ontario",
        "que.": "Quebec", "n.b.": "New Brunswick", "n.s.": "Nova Scotia", "p.e.i.": "Prince Edward Island",
        "n.l.": "Newfoundland and Labrador", "nfld.": "Newfoundland and Labrador", "n.w.t.": "Northwest Territories",
        "qld.": "Queensland", "tas.": "Tasmania",
    ], needsTown: false) + provinces([
        // Words or names of their own elsewhere: "Man.", "Vic."; and the forms without a period.
        "man.": "Manitoba", "vic.": "Victoria", "vic": "Victoria", "qld": "Queensland", "tas": "Tasmania",
    ], needsTown: true))

    /// Province and state codes written in capitals without periods ("Wagga Wagga, NSW",
    /// "Geraldton, WA", "Kamloops, BC"): read only after a town of that province or state,
    /// for "SA" is as often South Africa and "WA" Washington (see ``State/needsTown``).
    public static let provinceCodes = FoldedKeyMap(provinces([
        "NSW": "New South Wales", "QLD": "Queensland", "VIC": "Victoria", "TAS": "Tasmania", "WA": "Western Australia",
        "SA": "South Australia", "NT": "Northern Territory", "ACT": "Australian Capital Territory",
        "BC": "British Columbia", "AB": "Alberta", "SK": "Saskatchewan", "MB": "Manitoba", "ON": "Ontario",
        "QC": "Quebec", "NB": "New Brunswick", "NS": "Nova Scotia", "PE": "Prince Edward Island", "PEI": "Prince Edward Island",
        "NL": "Newfoundland and Labrador",
    ], needsTown: true))

    private static let australianStates: Set<String> = [
        "New South Wales", "Queensland", "Victoria", "Tasmania", "Western Australia", "South Australia",
        "Northern Territory", "Australian Capital Territory",
    ]

    private static func provinces(_ names: [String: String], needsTown: Bool) -> [(UInt64, State)] {
        names.map { form, name in
            let country = australianStates.contains(name) ? australia : canada
            return (packed(form.utf8)!, State(name, country: country, needsTown: needsTown))
        }
    }

    private static func states(_ names: [String: String]) -> FoldedKeyMap<State> {
        FoldedKeyMap(names.map { (packed($0.key.utf8)!, State($0.value)) })
    }

    /// Up to eight ASCII bytes as one word, the first in the low byte: every form above fits, so
    /// a span is looked up without making a String (that, lower-casing and hashing it were
    /// most of the cost of the test, asked after every capitalized word and comma). Nil for
    /// more bytes or a byte that is not ASCII, which no form has.
    @inlinable public static func packed(_ bytes: some Sequence<UInt8>) -> UInt64? {
        var word: UInt64 = 0, shift: UInt64 = 0
        for byte in bytes {
            guard shift < 64, byte != 0, byte < 0x80 else { return nil }
            word |= UInt64(byte) << shift
            shift += 8
        }
        return word
    }

    /// The packed bytes of `key` and a period after them, nil when eight bytes are packed already.
    @inlinable public static func appendingPeriod(_ key: UInt64) -> UInt64? {
        let count = (64 - key.leadingZeroBitCount + 7) / 8
        return count < 8 ? key | UInt64(UInt8(ascii: ".")) << UInt64(8 * count) : nil
    }

    /// ``packed(_:)`` of the ASCII bytes lower-cased.
    @inlinable public static func packedLowerCase(_ bytes: some Sequence<UInt8>) -> UInt64? {
        packed(bytes.lazy.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 })
    }
}
