import Gazetteer
import TextAnalysis

/// The OntoNotes labels the analyzer reports. The linker compares and counts these, not their
/// names: comparing two label Strings was a call into the String library each time.
enum MentionLabel: UInt8, Sendable {
    case person, organization, politicalPlace, location, facility, nationality, miscellaneous

    /// The label as written in the output.
    var name: String {
        switch self {
        case .person: "PERSON"
        case .organization: "ORG"
        case .politicalPlace: "GPE"
        case .location: "LOC"
        case .facility: "FAC"
        case .nationality: "NORP"
        case .miscellaneous: "MISC"
        }
    }
}

/// Maps the model's CoNLL types onto OntoNotes labels, the ones spaCy users know.
///
/// - location → GPE when it names a country, first- or second-level division or city, unless
///   written with a feature word ("Oskil River": LOC) or a structure word ("Wall Street",
///   "White House": FAC); LOC for continents, regions and natural features the gazetteer knows.
///   A location the gazetteer does not know is most often a town in news, so GPE.
/// - miscellaneous → NORP for demonyms ("Russian", "Ukrainians") and religious or political
///   groups; MISC otherwise (events, products and laws are not told apart by the model).
struct EntityLabeler: Sendable {
    let gazetteer: Gazetteer
    /// The extractor's, so a name's places are summed once per analyzer.
    let places: PlaceReadings
    /// Held: each read of a static is a call, and every place span asks.
    private let facilityStart = CueWords.facilityStart

    /// Religious and political groups and regional peoples (lower-cased word hashes). A
    /// ``CueSet``, as the cue words are: a `Set` hashed each word again with SipHash, and the
    /// conventions ask about every word of short names (0.8 M instructions per MB of news).
    static let groups = CueSet(FeatureHash.words("""
        muslim muslims christian christians jewish jew jews catholic catholics protestant protestants
        orthodox sunni sunnis shia shiite shiites hindu hindus buddhist buddhists sikh sikhs islamic
        democrat democrats democratic republican republicans communist communists socialist socialists
        conservative conservatives liberal liberals nationalist nationalists kurd kurds kurdish
        arab arabs palestinians israelis latino latinos hispanic
        european europeans soviet soviets asian asians african africans western westerners
        scandinavian nordic caribbean arabian slavic
        """))

    /// "'s", or the "s" of an apostrophe and an "s" written apart ("Britt 's Pizza").
    private func isPossessive(_ token: Int, document: Document) -> Bool {
        let bytes = document.tokens[token].span.bytes
        return document.tokens[token].kind == .clitic || bytes.count == 1 && document.bytes[bytes.lowerBound] == UInt8(ascii: "s")
    }

    /// "Heathrow, Florida": a comma and a country's, a division's or a town's name at `token`.
    private func isPlacedByComma(after token: Int, facts: [TokenFacts], document: Document) -> Bool {
        guard token + 1 < facts.count, document.token(document.tokens[token], is: UInt8(ascii: ",")),
              facts[token + 1].isCapitalized else { return false }
        return places.reading(forKey: facts[token + 1].nameKey)?.isPolitical == true
    }

    func label(_ span: EntitySpan, facts: [TokenFacts], document: Document) -> MentionLabel {
        switch span.type {
        case .person: return .person
        case .organization: return .organization
        case .location:
            if let last = span.tokens.last, CueWords.location.contains(facts[last].bare)
                || span.tokens.count == 1 && CueWords.celestial.contains(facts[last].bare) { return .location }
            if let last = span.tokens.last, span.tokens.count > 1, CueWords.facility.contains(facts[last].bare) { return .facility }
            // "Del Frisco's", "McDonald's": a place named with a possessive is a restaurant or a shop.
            if let last = span.tokens.last, span.tokens.count > 1, document.tokens[last].kind == .clitic
                || document.tokens[last].span.bytes.count == 1 && document.bytes[document.tokens[last].span.bytes.lowerBound] == UInt8(ascii: "s") {
                return .facility
            }
            let reading = document.nameKey(of: span.tokens).flatMap { places.reading(forKey: $0) }
            // "Hilton Hotel", "Field Museum": a venue, unless a town has the name ("Menlo Park").
            if span.tokens.count > 1, reading?.isPolitical != true, CueWords.venue.contains(facts[span.tokens.upperBound - 1].bare)
                || span.tokens.count > 2 && CueWords.dish.contains(facts[span.tokens.upperBound - 1].bare) && span.tokens.dropFirst().contains(where: { isPossessive($0, document: document) }) { return .facility }
            // "at Steinbrenner Field", "Lambeau Field": a ballpark or an airfield, whose last word
            // the lists of venues leave out as a surname's ("Sally Field" is no place). Not after
            // a determiner: "its Bluebell-Altamont Field" (oil), "the Kepler Field" (sky).
            if span.tokens.count > 1, reading?.isPolitical != true, facts[span.tokens.upperBound - 1].bare == CueWords.field,
               span.tokens.lowerBound == 0 || !CueWords.beforeCommonNoun.contains(facts[span.tokens.lowerBound - 1].bare) { return .facility }
            // "Red Square", "Heathrow", "Angkor Wat": a landmark or a facility the gazetteer knows by
            // its feature code, though no structure word ends it, and though a hamlet shares it.
            // Not a town placed by its state or country after a comma ("Heathrow, Florida").
            if reading?.isStructure == true, !isPlacedByComma(after: span.tokens.upperBound, facts: facts, document: document) { return .facility }
            // "Evin prison", "Kennedy airport", "the Kakhovka dam": a name before a facility's word
            // is the facility's, unless a country, a division or a big town has it ("Kyiv
            // hospital", "Kursk nuclear plant": the town's, GPE) or "a" makes it one of many there
            // ("a Bakhmut hospital").
            if span.tokens.upperBound < facts.count, facilityStart.contains(facts[span.tokens.upperBound].bare),
               reading?.isMajorPolitical != true, CueWords.startsFacilityNoun(at: span.tokens.upperBound, facts: facts),
               !span.tokens.contains(where: { CueWords.location.contains(facts[$0].bare) }),
               span.tokens.lowerBound == 0 || !CueWords.indefiniteArticle.contains(facts[span.tokens.lowerBound - 1].bare) { return .facility }
            // "Lakeside Family Dental", "Green Valley Landscaping": a place no list knows, ending in a
            // firm's kind or a local trade, is the business reviews name, not a town.
            guard let reading else {
                if span.tokens.count > 1, let last = span.tokens.last, CueWords.firmKind.contains(facts[last].bare) || CueWords.trade.contains(facts[last].bare) {
                    return .organization
                }
                // "Sea of Oman", "Bay of Gabes": the feature's word first, a country's or a town's
                // name last (a region the gazetteer knows stays one: "Bay of Plenty").
                if span.tokens.count >= 3, CueWords.location.contains(facts[span.tokens.lowerBound].bare),
                   facts[span.tokens.lowerBound + 1].bare == CueWords.of { return .location }
                return .politicalPlace
            }
            // "Africa", "Asia": a continent, LOC, though a town somewhere has the name.
            if reading.kind == PlaceReadings.rank(.continent) { return .location }
            return reading.isPolitical ? .politicalPlace : .location
        case .miscellaneous:
            // "Russian", "Sunni", "European"; "West German", "South Korean", "Latin American":
            // the last word says it (the model's MISC covers events and products too).
            if let last = span.tokens.last {
                let token = facts[last]
                if gazetteer.isDemonym(key: token.nameKey) || Self.groups.contains(token.lower) { return .nationality }
            }
            return .miscellaneous
        }
    }
}
