import Gazetteer

/// Small hand-written word lists that generalize beyond the training data: the model sees
/// "a title precedes" or "an organization word follows" as one feature, whatever the word.
/// Stored as hashes of the lower-cased word without periods (``FeatureHash/of(_:bare:)``).
enum CueWords {
    /// Words that end or head organization names.
    static let organization: FoldedKeySet = hashes("""
        ministry agency council party inc corp corporation co ltd llc plc ag sa nv gmbh university
        bank forces grouping group institute committee commission association union federation
        company club fc united department office service services army navy police court
        parliament assembly news times post press television tv radio airlines airways motors
        bureau authority board foundation fund organisation organization league centre center
        school college church government administration cabinet senate congress brigade regiment
        command exchange holdings industries systems technologies partners trust society academy
        guard front movement alliance coalition network journal herald tribune gazette
        reserve securities insurance electric energy oil petroleum telecom communications
        division battalion corps directorate inspectorate prosecutor's ministry's
        """)

    /// Titles and roles written before a person's name ("President", "spokesman", "Gen.").
    static let title: FoldedKeySet = hashes("""
        president prime minister spokesman spokeswoman spokesperson gen general col colonel lt
        sgt maj major capt captain commander commander-in-chief chief mr mrs ms dr prof professor
        sen senator rep gov governor mayor king queen prince princess pope judge chairman
        chairwoman ceo director secretary ambassador envoy coach striker midfielder defender
        goalkeeper leader deputy official analyst economist lawyer sir lord lady officer head
        founder author writer actor singer manager adm admiral premier chancellor president-elect
        vice-president bishop archbishop rabbi imam father sheikh st minister's chair chairperson
        commissioner inspector detective sergeant corporal
        """)

    /// Words that end names of rivers, seas, mountains and other non-political places.
    static let location: FoldedKeySet = hashes("""
        river sea ocean mountains mountain mount mt lake bay gulf island islands peninsula valley
        desert strait canal coast plain plateau forest basin range hills
        """)

    /// Words that end names of buildings, streets and other structures (OntoNotes FAC).
    static let facility: FoldedKeySet = hashes("""
        street avenue square bridge airport house palace stadium station road highway tower
        building cathedral mosque temple hospital prison dam
        """)

    /// Lower-case words that may sit inside a capitalized name ("Bank of England").
    static let nameConnector: FoldedKeySet = hashes("of for the and de del la le von van der on")

    static let article: FoldedKeySet = hashes("the")

    private static func hashes(_ words: String) -> FoldedKeySet {
        FoldedKeySet(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { FeatureHash.of(String($0), bare: true) })
    }
}
