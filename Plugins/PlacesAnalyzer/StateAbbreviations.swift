import Gazetteer

/// US state abbreviations as American news writes them after a town: "Geneseo, Ill.",
/// "Jacksonville, Fla.", "PORTLAND, ORE., March 3", "Dallas, TX 75201".
///
/// They are read only there, after a capitalized word and a comma (see
/// ``MentionFinder``): alone, "Mass.", "Miss.", "Pa.", "Ind." and "IN" are other words, and
/// the gazetteer's folding reads "Fla." as Norway's Flå and "Minn." as Minden. There they name
/// the state, which then qualifies the town ("Geneseo, Ill." is not the one in New York).
/// The forms are the AP stylebook's dateline abbreviations with common older variants and
/// the USPS codes (general knowledge; this project's list).
enum StateAbbreviations {
    /// A state as an abbreviation names it: the folded key of its name, made once (folding the
    /// name as a String for every abbreviation found cost thousands of instructions).
    struct State {
        let key: UInt64

        init(_ name: String) {
            key = NameKey.key(name.utf8)!
        }
    }

    /// The country key of the United States, whose first-level divisions the states are.
    static let unitedStates = Gazetteer.countryKey(code: "US")

    /// Lower-cased, periods included: "fla." → "Florida". Capitalized or in capitals in the text.
    static let dotted: [String: State] = states([
        "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California", "cal.": "California",
        "colo.": "Colorado", "conn.": "Connecticut", "del.": "Delaware", "fla.": "Florida", "ga.": "Georgia",
        "ill.": "Illinois", "ind.": "Indiana", "kan.": "Kansas", "kans.": "Kansas", "ky.": "Kentucky",
        "la.": "Louisiana", "md.": "Maryland", "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota",
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
    static let postal: [String: State] = states([
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

    private static func states(_ names: [String: String]) -> [String: State] { names.mapValues(State.init) }
}
