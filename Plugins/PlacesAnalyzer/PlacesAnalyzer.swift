import Foundation
public import Gazetteer
public import TextAnalysis

extension AnalyzerFactory {
    /// `places`: place names resolved to gazetteer entries with coordinates and country, and
    /// demonyms with their country.
    public static let places = AnalyzerFactory(
        id: "places",
        summary: "place names resolved to GeoNames entries (coordinates, country, population); demonyms",
        options: [
            "demonyms": "true|false: also report demonyms and country adjectives (default true)",
            "countries": "ISO codes, comma-separated (UA,PL): the documents are about these countries, and ambiguous names lean to places there (default none)",
            "alternatives": "0...10: list that many other entries an ambiguous name could mean, with their shares (default 0)",
            "gazetteer": "FILE: your own entries added to the bundled gazetteer, in its places.tsv columns (README, places section)",
        ],
        fields: ["name", "geonameid", "latitude", "longitude", "country", "admin1", "population", "feature", "part", "resolved", "within", "confidence"],
        examples: PlacesAnalyzer.examples
    ) { options in
        let demonyms: Bool
        switch options["demonyms"] ?? "true" {
        case "true": demonyms = true
        case "false": demonyms = false
        case let other: throw PlacesOptionError(message: "demonyms must be true or false, not '\(other)'")
        }
        var alternatives = 0
        if let value = options["alternatives"] {
            guard let count = Int(value), (0...10).contains(count) else {
                throw PlacesOptionError(message: "alternatives must be a whole number from 0 to 10, not '\(value)'")
            }
            alternatives = count
        }
        let gazetteer = try options["gazetteer"].map { try Gazetteer.bundled(adding: URL(fileURLWithPath: $0)) } ?? Gazetteer.bundled()
        let countries = try focusCountries(options["countries"], in: gazetteer)
        return try PlacesAnalyzer(gazetteer: gazetteer, lexicon: Lexicon.bundled(), reportsDemonyms: demonyms, focusCountries: countries,
                                  alternatives: alternatives)
    }

    /// The codes of `places.countries`, each checked against the gazetteer's countries (former
    /// ones too: "SU"), in upper case.
    static func focusCountries(_ value: String?, in gazetteer: Gazetteer) throws -> [String] {
        guard let value else { return [] }
        var codes: [String] = []
        for part in value.split(separator: ",", omittingEmptySubsequences: false) {
            let code = part.trimmingCharacters(in: .whitespaces).uppercased()
            guard code.count == 2, code.allSatisfy({ $0 >= "A" && $0 <= "Z" }), gazetteer.country(code: code) != nil else {
                throw PlacesOptionError(message: "countries: '\(part)' is not a country's two-letter ISO 3166 code (e.g. countries=UA,PL)")
            }
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }
}

public struct PlacesOptionError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// Finds place names (``MentionFinder``), resolves them (``PlaceResolver``) and reports each as
/// an annotation: COUNTRY, ADMIN, CITY, FEATURE, REGION, or DEMONYM.
public struct PlacesAnalyzer: Analyzer {
    let gazetteer: Gazetteer
    let lexicon: Lexicon
    let reportsDemonyms: Bool
    /// The resolver's settings: the countries the documents are about (`places.countries`), how
    /// many other readings of an ambiguous name to report (`places.alternatives`).
    let settings: PlaceResolver.Settings
    /// The most entries a ``FieldCache`` keeps.
    static let fieldCacheLimit = 1 << 14

    /// Known entries' fields by row, on a folded-key map (row + 1 as the key: no SipHash per
    /// mention, as a `Dictionary` of `PlaceID` had).
    struct FieldCache: Sendable {
        private var fields = FoldedKeyMap<KnownFields>(capacity: 1024)
        private(set) var count = 0

        subscript(place: PlaceID) -> KnownFields? {
            get { fields[Self.key(place)] }
            set {
                if fields[Self.key(place)] == nil, newValue != nil { count += 1 }
                fields[Self.key(place)] = newValue
            }
        }

        private static func key(_ place: PlaceID) -> UInt64 { UInt64(UInt32(bitPattern: place.row)) + 1 }
    }

    /// An entry's output fields, alone and with the confidence most mentions have (1).
    struct KnownFields: Sendable {
        var fields: Attributes
        var certain: Attributes

        init(_ fields: Attributes) {
            self.fields = fields
            certain = Self.adding(to: fields, part: false, confidence: PlacesAnalyzer.confidences[1000])
        }

        /// `fields` with the part (for a region around the place) and the confidence: copied
        /// entry by entry into a new array (copying the array whole took the runtime's generic
        /// path, a thousand instructions an annotation). Neither key is among the entry's
        /// fields: no search by key.
        static func adding(to fields: Attributes, part: Bool, confidence: AttributeValue) -> Attributes {
            var list: [Attribute] = []
            list.reserveCapacity(fields.count + 2)
            for attribute in fields.list { list.append(attribute) }
            if part { list.append(Attribute("part", "region around the place named")) }
            list.append(Attribute("confidence", confidence))
            return Attributes(distinct: list)
        }
    }

    /// Every confidence as output (rounded to thousandths), made once: an attribute value is a
    /// boxed enum, allocated per mention otherwise.
    static let confidences: [AttributeValue] = (0...1000).map { .double(Double($0) / 1000) }
    /// Per-document memory kept between documents, one per call in progress at most (so no
    /// more than the threads that analyze).
    private let memories = Locked([DocumentMemory]())

    /// What the finder, the resolver and the output keep between documents (``TokenTable``,
    /// ``PlaceResolver/Scratch``, the fields of entries reported), taken from the pool once per
    /// document: a pool each cost two more lock round trips per document with an ambiguous name.
    ///
    /// `@unchecked Sendable`, and no dynamic exclusivity checks on the caches: one call of the
    /// analyzer at a time holds a memory, taken from the pool under its lock and put back when
    /// the document is done.
    final class DocumentMemory: @unchecked Sendable {
        let tokenTable = TokenTable()
        let resolver = PlaceResolver.Scratch()
        /// The output fields of entries already reported: news names the same few thousand places
        /// again and again, and reading an entry's line into Strings was 7% of the analyzer. Kept
        /// per memory, not shared by the analyzer's threads: looking it up and filling it under a
        /// lock took two lock round trips per document. At most ``fieldCacheLimit`` entries.
        @exclusivity(unchecked) var knownFields = FieldCache()
        /// A demonym's attributes by country code (a few hundred codes at most): the country's
        /// name was read from its line for every demonym.
        @exclusivity(unchecked) var knownDemonyms: [String: Attributes] = [:]
    }

    /// `focusCountries`: ISO 3166 codes of the countries the documents are about, whose places
    /// ambiguous names lean to, and whose villages need no other place of their country nearby.
    /// `alternatives`: how many other readings of an ambiguous name each annotation lists.
    public init(gazetteer: Gazetteer, lexicon: Lexicon, reportsDemonyms: Bool = true, focusCountries: [String] = [],
                alternatives: Int = 0) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.reportsDemonyms = reportsDemonyms
        settings = PlaceResolver.Settings(focusCountries: focusCountries.map { Gazetteer.countryKey(code: $0.uppercased()) },
                                          alternativeLimit: max(0, alternatives))
    }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> AnalyzerOutput {
        let memory = memories.withLock { $0.popLast() } ?? DocumentMemory() // a new one when every one is in use
        defer { memories.withLock { $0.append(memory) } }
        var (mentions, demonyms, candidates) = MentionFinder(document: document, gazetteer: gazetteer, lexicon: lexicon,
                                                             table: memory.tokenTable).find()
        var resolutions = PlaceResolver(gazetteer: gazetteer, scratch: memory.resolver, settings: settings)
            .resolve(mentions, candidates: candidates, demonyms: demonyms)
        // (One list per mention, or none at all when no name was ambiguous.)
        var alternatives = settings.alternativeLimit > 0 ? memory.resolver.alternatives : []
        unplaceOutsideQualifiers(&mentions, &resolutions, candidates: candidates)
        dropUnsupportedVillages(&mentions, &resolutions, &alternatives)
        var annotations: [Annotation] = []
        annotations.reserveCapacity(mentions.count + (reportsDemonyms ? demonyms.count : 0))
        document.bytes.withUnsafeBufferPointer { bytes in
            // Mentions and demonyms each come in text order: each list counts its scalars on.
            var cursor = ScalarCursor()
            for index in mentions.indices {
                let span = cursor.span(mentions[index].bytes, tokens: mentions[index].tokens, of: document, bytes: bytes)
                let known = resolutions[index].map { knownFields(of: $0.place, in: memory) }
                annotations.append(annotation(for: mentions[index], resolutions[index], known, span: span, in: document))
                if resolutions[index] == nil, mentions[index].unplacedKind != nil,
                   let container = container(of: index, in: mentions, resolutions, bytes: bytes) {
                    addContainer(container, to: &annotations[annotations.count - 1])
                }
                if !alternatives.isEmpty, let chosen = resolutions[index]?.place {
                    addAlternatives(alternatives[index], besides: chosen, to: &annotations[annotations.count - 1])
                }
            }
            if reportsDemonyms {
                let demonymFields = self.demonymFields(demonyms, known: memory)
                cursor = ScalarCursor()
                for index in demonyms.indices {
                    let range = demonyms[index].bytes
                    let span = cursor.span(range, tokens: demonyms[index].tokens, of: document, bytes: bytes)
                    annotations.append(Annotation(plugin: "places", label: "DEMONYM", span: span,
                                                  text: document.text(bytes: range), attributes: demonymFields[index]))
                }
            }
        }
        // (The places alone come in text order already, none overlapping: see ``MentionFinder/find()``.)
        if reportsDemonyms, !demonyms.isEmpty {
            annotations.sort { $0.span.bytes.lowerBound < $1.span.bytes.lowerBound }
        }
        // The per-document lists back into the memory, their storage kept for the next document.
        swap(&mentions, &memory.tokenTable.places)
        swap(&demonyms, &memory.tokenTable.demonyms)
        swap(&resolutions, &memory.resolver.resolutions)
        return AnalyzerOutput(annotations: annotations)
    }

    /// "Nyanza Province, Kenya", "PRESTON, Md.": the text says which country or state holds the
    /// place, and when none of the entries of its name lies there, the gazetteer lacks the
    /// place (Nyanza is in Rwanda, Preston in England): reported, not placed abroad. Not a city of
    /// 100,000 people or more, known by its name whatever the text calls its country ("Taipei,
    /// China") unless a division's word names it, nor one in a former country ("Pristina, Yugoslavia").
    private func unplaceOutsideQualifiers(_ mentions: inout [PlaceMention], _ resolutions: inout [PlaceResolver.Resolution?],
                                          candidates: [PlaceID]) {
        for index in mentions.indices {
            guard let qualifier = mentions[index].qualifier, let container = resolutions[qualifier]?.place,
                  let place = resolutions[index]?.place else { continue }
            let containerKind = gazetteer.kind(container), kind = gazetteer.kind(place)
            // (A big city named as a division, "the Kimberley region of Western Australia", is that division's.)
            guard containerKind == .country || containerKind == .admin1, kind == .city || kind == .admin1 || kind == .admin2,
                  gazetteer.population(place) < 100_000 || kind == .city && mentions[index].hint.map({ $0 == .admin || $0 == .district }) == true
            else { continue }
            func holds(_ id: PlaceID) -> Bool {
                containerKind == .admin1 ? id == container || gazetteer.admin1(of: id) == container
                    : gazetteer.countryKey(id) == gazetteer.countryKey(container)
            }
            guard !candidates[mentions[index].candidates].contains(where: holds),
                  gazetteer.packedFeatureCode(container) != FeatureCodes.formerCountry else { continue }
            resolutions[index] = nil
            mentions[index].unplacedKind = kind
        }
    }

    /// A village read from its name alone, with nothing in the story near it, is far more often a
    /// company's or a person's name than the village: "Dome" (Dome Petroleum, not Dome, Ghana),
    /// "Noranda", "Continental". Such a town (see `isVillage` for its size) stays when a word before it says
    /// it is a place ("in", "near"), a division or country qualifies it ("Dome, Ghana"), a type
    /// word names it, or the story names another place in its country ("Kenya's Dadaab camps";
    /// "Mandera, Naivasha and Bunyala").
    /// A river or a mountain named like a town ("the Cedar River", read as Cedar, British Columbia)
    /// is kept but not placed, with the same test: a town's point is no feature's point abroad.
    /// (`alternatives`, when not empty, is kept in step with the mentions.)
    private func dropUnsupportedVillages(_ mentions: inout [PlaceMention], _ resolutions: inout [PlaceResolver.Resolution?],
                                         _ alternatives: inout [[(place: PlaceID, share: Double)]]) {
        func isVillage(_ index: Int) -> Bool {
            // (The user's own entries are places they asked to find, whatever their size.)
            guard let place = resolutions[index]?.place, gazetteer.kind(place) == .city, !gazetteer.isAdded(place) else { return false }
            let mention = mentions[index], population = gazetteer.population(place)
            guard !mention.locative && mention.qualifier == nil && mention.hint == nil && !mention.directional else { return false }
            // Under 20,000 people, any name; up to 50,000, a name that is also a word or a person's
            // ("Dome", "Harper", "Honda"), not one only places bear ("Kupyansk").
            return population < 20_000 || population < 50_000 && (lexicon.lowerCaseShare(key: mention.key) != nil
                || lexicon.isSurname(key: mention.key) || lexicon.isGivenName(key: mention.key))
        }
        func isFeatureOnTown(_ index: Int) -> Bool {
            guard let place = resolutions[index]?.place, gazetteer.kind(place) == .city, let hint = mentions[index].hint else { return false }
            return hint == .water || hint == .land
        }
        // "Victoria River", "China Lake", "Mon Valley": a feature named after a division or a
        // country lies in it only when the story names another place there (the Illinois River
        // in a story about Peoria); else it is reported, not placed at the area's middle.
        func isFeatureOnArea(_ index: Int) -> Bool {
            guard mentions[index].namesFeature, let place = resolutions[index]?.place else { return false }
            let kind = gazetteer.kind(place)
            return kind == .country || kind == .admin1 || kind == .admin2
        }
        func isContained(_ index: Int) -> Bool {
            let area = resolutions[index]!.place, kind = gazetteer.kind(area), country = gazetteer.countryKey(area)
            return mentions.indices.contains { other in
                guard other != index, !mentions[other].namesFeature, let place = resolutions[other]?.place else { return false }
                switch kind {
                case .country: return gazetteer.countryKey(place) == country
                case .admin1: return place == area || gazetteer.admin1(of: place) == area
                default: return place == area
                }
            }
        }
        // Most documents have none: nothing to search then.
        // ("a stake in Nokia": a company's name after a locative, whatever the place's size.)
        let villages = mentions.indices.filter { mentions[$0].companyName ? resolutions[$0] != nil : isVillage($0) }
        let featuresOnTowns = mentions.indices.filter(isFeatureOnTown)
        guard !villages.isEmpty || !featuresOnTowns.isEmpty || mentions.contains(where: \.namesFeature) else { return }
        // Per country, the first name read there and whether another name was too: one pass, so
        // a long document with many places is not searched once per village.
        var namesByCountry: [UInt64: (first: UInt64, more: Bool)] = [:]
        for index in mentions.indices {
            guard let place = resolutions[index]?.place else { continue }
            let country = gazetteer.countryKey(place), key = mentions[index].key
            if let seen = namesByCountry[country] {
                if !seen.more && seen.first != key { namesByCountry[country] = (seen.first, true) }
            } else {
                namesByCountry[country] = (key, false)
            }
        }
        // Supported when another name lies in its country, or the user follows that country.
        func isUnsupported(_ index: Int) -> Bool {
            guard let place = resolutions[index]?.place, let names = namesByCountry[gazetteer.countryKey(place)] else { return false }
            return !names.more && names.first == mentions[index].key && !settings.focusCountries.contains(gazetteer.countryKey(place))
        }
        for index in featuresOnTowns where isUnsupported(index) { resolutions[index] = nil }
        for index in mentions.indices where isFeatureOnArea(index) && !isContained(index) { resolutions[index] = nil }
        let unsupported = Set(villages.filter(isUnsupported))
        guard !unsupported.isEmpty else { return }
        // In place; a kept mention's `qualifier`, an index into the list, is renumbered (the
        // container of an unplaced town is read from it).
        var kept = 0
        var renumbered = [Int](repeating: -1, count: mentions.count)
        for index in mentions.indices where !unsupported.contains(index) {
            renumbered[index] = kept
            mentions[kept] = mentions[index]
            resolutions[kept] = resolutions[index]
            if !alternatives.isEmpty { alternatives[kept] = alternatives[index] }
            kept += 1
        }
        mentions.removeSubrange(kept...)
        resolutions.removeSubrange(kept...)
        for index in mentions.indices {
            guard let qualifier = mentions[index].qualifier else { continue }
            mentions[index].qualifier = renumbered[qualifier] >= 0 ? renumbered[qualifier] : nil
        }
        if !alternatives.isEmpty { alternatives.removeSubrange(kept...) }
    }

    /// The `alternatives` attribute: the other readings ranked for the mention, most likely first,
    /// each with the entry's fields and its `share` of the score mass (the `confidence` of the
    /// reading chosen is its share).
    private func addAlternatives(_ ranked: [(place: PlaceID, share: Double)], besides chosen: PlaceID, to annotation: inout Annotation) {
        // (Not a reading whose share rounds to nothing: "Paris, Texas" has no alternative then.)
        let others = ranked.filter { $0.place != chosen && $0.share >= 0.0005 }.prefix(settings.alternativeLimit)
        guard !others.isEmpty else { return }
        annotation.attributes["alternatives"] = .array(others.map { other in
            var fields = entryFields(other.place)
            fields["share"] = .double((other.share * 1000).rounded() / 1000)
            return .object(fields)
        })
    }

    /// `span` is the mention's span (see ``ScalarCursor``); the text is read from `document`,
    /// so the output contract holds as with ``Document/annotation(plugin:label:bytes:attributes:)``.
    private func annotation(for mention: PlaceMention, _ resolution: PlaceResolver.Resolution?, _ known: KnownFields?,
                            span: TextSpan, in document: Document) -> Annotation {
        let text = document.text(bytes: mention.bytes)
        guard let resolution, let known else {
            // Found by its pattern only ("the Oskil River"), or where the text's qualifier holds no
            // entry of its name: reported, but not placed on a map.
            // ("Nyanza Province, Kenya" is a province, whatever Rwanda's Nyanza is.)
            let label = mention.hint == .admin || mention.hint == .district ? "ADMIN"
                : mention.unplacedKind.map { PlaceFeature.label($0, hint: mention.hint, namesFeature: mention.namesFeature) } ?? "FEATURE"
            return Annotation(plugin: "places", label: label, span: span, text: text,
                              attributes: ["name": .string(text), "resolved": false])
        }
        let thousandths = (resolution.confidence * 1000).rounded()
        let attributes: Attributes
        if !mention.directional, thousandths == 1000 {
            attributes = known.certain
        } else {
            attributes = KnownFields.adding(to: known.fields, part: mention.directional,
                                            confidence: thousandths >= 0 && thousandths <= 1000
                                                ? Self.confidences[Int(thousandths)] : .double(thousandths / 1000))
        }
        let label = mention.directional ? "REGION" : PlaceFeature.label(gazetteer.kind(resolution.place), hint: mention.hint, namesFeature: mention.namesFeature)
        return Annotation(plugin: "places", label: label, span: span, text: text, attributes: attributes)
    }

    /// The place that holds an unplaced town or division, as the text names it: its qualifier
    /// ("Nyanza Province, Kenya", "the WA town of Yuna", "Cashiers, N.C."), else the place right
    /// after "in" or "near" ("the village of Cellardyke in Fife", "the town of Trudering near Munich").
    private func container(of index: Int, in mentions: [PlaceMention], _ resolutions: [PlaceResolver.Resolution?],
                           bytes: UnsafeBufferPointer<UInt8>) -> PlaceID? {
        // (Only a country or a division holds a place named after a comma: "Grande Baie, Quebec,
        // and Sebree, Ky." is a list. After "in" or "near", a city too; never a sea or a region.)
        if let qualifier = mentions[index].qualifier {
            guard let place = resolutions[qualifier]?.place, [.country, .admin1, .admin2].contains(gazetteer.kind(place)) else { return nil }
            return place
        }
        guard index + 1 < mentions.count, let next = resolutions[index + 1]?.place, [.country, .admin1, .admin2, .city].contains(gazetteer.kind(next)),
              !mentions[index + 1].namesFeature, !mentions[index + 1].directional else { return nil }
        let gap = bytes[mentions[index].bytes.upperBound..<mentions[index + 1].bytes.lowerBound]
        return Self.containerGaps.contains(where: { $0.elementsEqual(gap) }) ? next : nil
    }

    /// What may stand between a town and the place that holds it: "X in Y", "X near Y".
    private static let containerGaps: [[UInt8]] = [" in ", " near ", " outside ", " in the ", " near the ", ", in ", ", near "].map { Array($0.utf8) }

    /// An unplaced town is put where the place holding it is, and says so: `within` names that
    /// place, whose coordinates, country and first-level division it takes; `resolved` stays false.
    private func addContainer(_ container: PlaceID, to annotation: inout Annotation) {
        annotation.attributes["within"] = .string(gazetteer.name(container))
        if let (latitude, longitude) = gazetteer.coordinates(container) {
            annotation.attributes["latitude"] = .double(latitude)
            annotation.attributes["longitude"] = .double(longitude)
        }
        let country = gazetteer.countryCode(container)
        if !country.isEmpty { annotation.attributes["country"] = .string(country) }
        if gazetteer.kind(container) == .admin1 {
            annotation.attributes["admin1"] = .string(gazetteer.name(container))
        } else if let admin1 = gazetteer.admin1(of: container) {
            annotation.attributes["admin1"] = .string(gazetteer.name(admin1))
        }
    }

    /// The fields of a resolved entry, from `memory`'s cache or read once and kept there.
    /// (Per mention as its annotation is made: a list of every mention's fields first cost an
    /// array per document and two more copies of each entry's fields, retained and released.)
    private func knownFields(of place: PlaceID, in memory: DocumentMemory) -> KnownFields {
        if let known = memory.knownFields[place] { return known }
        let fields = KnownFields(entryFields(place))
        if memory.knownFields.count < Self.fieldCacheLimit { memory.knownFields[place] = fields }
        return fields
    }

    /// Each demonym's attributes: its country code and the country's name.
    private func demonymFields(_ demonyms: [DemonymMention], known memory: DocumentMemory) -> [Attributes] {
        guard !demonyms.isEmpty else { return [] }
        return demonyms.map { demonym in
            if let fields = memory.knownDemonyms[demonym.country] { return fields }
            var attributes: Attributes = ["country": .string(demonym.country)]
            if let country = gazetteer.country(code: demonym.country) {
                attributes["name"] = .string(gazetteer.name(country))
            }
            memory.knownDemonyms[demonym.country] = attributes
            return attributes
        }
    }

    /// The entry's fields as output attributes, in output order.
    /// (What ``Gazetteer/entry(_:)`` would give, read from the row and the line's first fields.)
    private func entryFields(_ place: PlaceID) -> Attributes {
        let leading = gazetteer.leadingFields(place)
        var fields = [Attribute("name", .string(leading.name))]
        fields.reserveCapacity(10) // and room for the confidence added per mention
        if let geonameID = leading.geonameID { fields.append(Attribute("geonameid", .int(geonameID))) }
        if let (latitude, longitude) = gazetteer.coordinates(place) {
            fields.append(Attribute("latitude", .double(latitude)))
            fields.append(Attribute("longitude", .double(longitude)))
        }
        let country = gazetteer.countryCode(place)
        if !country.isEmpty { fields.append(Attribute("country", .string(country))) }
        if let admin1 = gazetteer.admin1(of: place) { fields.append(Attribute("admin1", .string(gazetteer.name(admin1)))) }
        let population = gazetteer.population(place)
        if population > 0 { fields.append(Attribute("population", .int(population))) }
        fields.append(Attribute("feature", .string(PlaceFeature.word(kind: gazetteer.kind(place), code: leading.featureCode))))
        return Attributes(distinct: fields)
    }
}

/// Output words for kinds and GeoNames feature codes.
enum PlaceFeature {
    /// `namesFeature`: the place was read from the name before a feature's word ("Victoria
    /// River"), which is the feature's, as a town's name before any such word is ("Goulburn Valley").
    static func label(_ kind: PlaceKind, hint: PlaceKindHint?, namesFeature: Bool = false) -> String {
        switch kind {
        case .country: namesFeature ? "FEATURE" : "COUNTRY"
        case .admin1, .admin2: namesFeature ? "FEATURE" : "ADMIN"
        case .city: hint == .water || hint == .land ? "FEATURE" : "CITY"
        case .feature: "FEATURE"
        case .region, .continent: "REGION"
        }
    }

    private static let words: [String: String] = [
        "PCLI": "country", "PCLD": "dependent territory", "PCLIX": "country", "PCLS": "country", "PCLF": "country",
        "PCLH": "former country",
        "ADM1": "first-level division", "ADM2": "second-level division", "CONT": "continent",
        "ADM1H": "former first-level division", "ADM2H": "former second-level division",
        "PPLC": "capital", "PPLA": "first-level seat", "PPLA2": "second-level seat", "PPLA3": "town", "PPLA4": "town",
        "PPL": "town", "PPLX": "city district", "PPLL": "village",
        "STM": "river", "LK": "lake", "LKS": "lakes", "SEA": "sea", "OCN": "ocean", "GULF": "gulf", "BAY": "bay",
        "STRT": "strait", "MTS": "mountains", "MT": "mountain", "ISL": "island", "ISLS": "islands", "PEN": "peninsula",
        "RGN": "region", "PRK": "park", "DSRT": "desert", "MNMT": "monument", "HSTS": "historical site", "SQR": "square",
        "BDG": "bridge", "TOWR": "tower", "MUS": "museum", "RLG": "religious site", "PAL": "palace", "CSTL": "castle",
        "THTR": "theatre", "AIRP": "airport", "STDM": "stadium", "VAL": "valley", "PLAT": "plateau", "CNL": "canal", "RSV": "reservoir",
        "DAM": "dam", "VLC": "volcano", "DPR": "depression", "INLT": "inlet", "BGHT": "bight", "FJD": "firth", "WTLD": "wetland",
    ]

    static func word(kind: PlaceKind, code: String) -> String {
        if let word = words[code] { return word }
        switch kind {
        case .continent: return "continent"
        case .country: return "country"
        case .admin1: return "first-level division"
        case .admin2: return "second-level division"
        case .region: return "region"
        case .feature: return "feature"
        case .city: return "town"
        }
    }
}
