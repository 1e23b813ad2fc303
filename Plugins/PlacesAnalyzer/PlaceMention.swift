import Gazetteer

/// A place name found in the text, before disambiguation.
struct PlaceMention {
    /// The annotated bytes: the name with its type word or direction ("Kharkiv Oblast",
    /// "Central Luzon"), never a leading "the" or a trailing "’s".
    var bytes: Range<Int>
    var tokens: Range<Int>
    /// The folded key of the part that names the place ("kharkiv" in "Kharkiv-based").
    var key: UInt64
    /// Gazetteer entries with that name, as a range of the document's candidate list (see
    /// ``MentionFinder/find()``); empty for a feature found only by its pattern.
    var candidates: Range<Int>
    /// A type word's preference: "Donetsk region" wants a first-level division.
    var hint: PlaceKindHint?
    /// "Central Luzon", "Southern California": a region around the place named.
    var directional = false
    /// After "in", "at", "from", ...: evidence for a place reading.
    var locative = false
    /// Read as a place on weak evidence (a common word or a surname without a locative cue):
    /// kept only if the document also uses the name as a place with stronger evidence.
    var weak = false
    /// A company's name ("Nokia", ``PlaceWords/organizationNames``) read as a place on a
    /// locative alone ("a stake in Nokia"): kept only when the story names another place of
    /// its country, as a village named alone is.
    var companyName = false
    /// Index of the mention that qualifies this one: "Paris, Texas" → Texas.
    var qualifier: Int?
    /// Index of the first item of the list this mention is an item of: "Washington,
    /// Pennsylvania and California" are siblings, so no item qualifies the one before it.
    var list: Int?
    /// A US state's abbreviation after a town ("Geneseo, Ill."): it qualifies the town before
    /// it and is never an item of a list.
    var abbreviatedState = false
    /// The hint came from a plural type word around the list the mention is an item of ("the
    /// provinces of Anhui, ..., Beijing and Hubei"): it reads the item, but the name's other
    /// mentions keep their own reading (a bare "Beijing" there is still the capital).
    var hintFromList = false
    /// "Perry Oklahoma": a town and, right after it with no comma, the state (first-level
    /// division) that holds a town of its name (set on both). The pair is read as "Perry, Oklahoma" is, not
    /// as a person's given name and surname.
    var juxtaposedWithContainer = false
    /// A capitalized feature word after a name the gazetteer knows without it ("Victoria River",
    /// "China Lake", "Goulburn Valley"): the feature, not the place of that name, which at most
    /// contains it.
    var namesFeature = false
    /// The kind of entry the name was read as before its qualifier showed the gazetteer lacks
    /// the place ("Nyanza Province, Kenya"): reported with that kind's label, not placed.
    var unplacedKind: PlaceKind?
}

/// A demonym or country adjective: "Ukrainian", "South African".
struct DemonymMention {
    var bytes: Range<Int>
    /// The tokens of `bytes` (its scalar offsets are theirs: see ``ScalarCursor``).
    var tokens: Range<Int>
    var country: String
}
