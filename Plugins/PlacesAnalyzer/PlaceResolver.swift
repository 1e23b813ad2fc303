import Foundation
import Gazetteer
import TextAnalysis

/// Chooses, for every mention, the gazetteer entry the document means.
///
/// Scores add three kinds of evidence: the entry's prior (what kind of place, how many people
/// live there), the document's geography (countries and divisions its other places lie in: a
/// story about Ukraine means Ukraine's Kharkiv), and the text around the name (a qualifier
/// "Paris, Texas", a type word "Donetsk region"). One name keeps one sense in a document.
struct PlaceResolver {
    let gazetteer: Gazetteer
    /// Arrays kept from the previous documents, held by the caller for this document: see ``Scratch``.
    let scratch: Scratch
    /// The user's settings, made once per analyzer.
    var settings = Settings.none

    /// What the user asks of the resolver (`--option places....`).
    final class Settings: Sendable {
        /// Country keys (``Gazetteer/countryKey(code:)``) of the countries the user says the
        /// documents are about (`places.countries`): each counts in every document's geography as
        /// ``PlaceResolver/focusWeight`` mentions of the country would.
        let focusCountries: [UInt64]
        /// How many of each ambiguous mention's other readings to rank into
        /// ``Scratch/alternatives`` (`places.alternatives`); none by default, at no cost.
        let alternativeLimit: Int

        init(focusCountries: [UInt64], alternativeLimit: Int) {
            self.focusCountries = focusCountries
            self.alternativeLimit = alternativeLimit
        }

        static let none = Settings(focusCountries: [], alternativeLimit: 0)
    }

    /// Two mentions' worth: a short story's lone "Lincoln" leans to the focus country's, a story
    /// that names other countries again and again still has its own geography, and a big city
    /// keeps its prior ("Rome" stays Italy's for a user who follows the United States).
    static let focusWeight = 2.0

    /// The resolver's per-document arrays, emptied and refilled for each document instead of
    /// allocated: a document with an ambiguous name made about fifteen, and their allocation
    /// and reference counting were a quarter of the resolver's instructions. (A scratch keeps
    /// the capacity of the longest document it served: a few bytes per mention and candidate.)
    ///
    /// `@unchecked Sendable`, and no dynamic exclusivity checks (they cost more than the
    /// accesses): a scratch serves one call at a time. The analyzer takes it from its pool
    /// under the lock, with the finder's memory (``PlacesAnalyzer/DocumentMemory``), and puts it
    /// back when the document is done; no two threads ever hold it at once.
    final class Scratch: @unchecked Sendable {
        @exclusivity(unchecked) fileprivate var qualifying: [Bool] = []
        @exclusivity(unchecked) fileprivate var bases: [Double] = []
        @exclusivity(unchecked) fileprivate var chosen: [Resolution?] = []
        @exclusivity(unchecked) fileprivate var group: [Int] = []
        @exclusivity(unchecked) fileprivate var sizes: [Int] = []
        @exclusivity(unchecked) fileprivate var votes: [(place: PlaceID, weight: Double, next: Int32)] = []
        @exclusivity(unchecked) fileprivate var first: [Int32] = []
        /// Per name, the mention whose reading the current round scored last (-1 for none).
        @exclusivity(unchecked) fileprivate var lastScored: [Int] = []
        @exclusivity(unchecked) fileprivate var geography = DocumentGeography.Votes()
        /// Per name said three times or more, its mentions' votes (by group; others unused).
        @exclusivity(unchecked) fileprivate var groupVotes: [DocumentGeography.Votes] = []
        /// With a ``PlaceResolver/Settings/alternativeLimit``, per mention its readings by their share of
        /// the final pass's score mass, most likely first, at most the limit plus one (the reading
        /// chosen is among them unless a later rule chose another); empty for a lone candidate.
        @exclusivity(unchecked) var alternatives: [[(place: PlaceID, share: Double)]] = []
        /// The storage of the readings ``PlaceResolver/resolve(_:candidates:demonyms:)`` returns,
        /// handed back by the analyzer when the document is done (one allocation less per document).
        @exclusivity(unchecked) var resolutions: [Resolution?] = []
    }

    struct Resolution {
        var place: PlaceID
        var confidence: Double
    }

    /// `candidates`: the document's candidate list, of which each mention's ``PlaceMention/candidates``
    /// is a range.
    func resolve(_ mentions: [PlaceMention], candidates ids: [PlaceID], demonyms: [DemonymMention]) -> [Resolution?] {
        // (None from an earlier document may stay: this one may have no ambiguous name.)
        if settings.alternativeLimit > 0 { scratch.alternatives.removeAll() }
        // Only a mention with several candidates can read differently in context, by its name's
        // other mentions or as a division's seat: without one, every mention is its lone
        // candidate (or nothing), and none of the passes below would change that.
        guard mentions.contains(where: { $0.candidates.count > 1 }) else {
            var readings = taken(&scratch.resolutions)
            readings.reserveCapacity(mentions.count)
            for mention in mentions {
                guard !mention.candidates.isEmpty else {
                    readings.append(nil)
                    continue
                }
                let lone = Resolution(place: ids[mention.candidates.lowerBound], confidence: 1)
                guard mention.hint == .admin, let division = divisionNamedAfter(lone, key: mention.key) else {
                    readings.append(lone)
                    continue
                }
                readings.append(Resolution(place: division, confidence: 1))
            }
            return readings
        }
        // "Buffalo, New York", "Michigan, Oregon, New Mexico": what follows a comma names a
        // container or a sibling in a list, so it leans towards divisions and countries.
        var qualifying = taken(&scratch.qualifying)
        defer { scratch.qualifying = qualifying }
        fill(&qualifying, with: false, count: mentions.count)
        for mention in mentions { if let index = mention.qualifier { qualifying[index] = true } }
        // Each candidate's prior and type-word fit, computed once: the three passes add to them.
        // (A lone candidate wins without a score: no prior for it.)
        // (Every ambiguous mention's candidates get a prior below, and no other slot is read: the
        // array keeps an earlier document's values there and only grows, no clearing per document.)
        var candidates = Candidates(ids: ids, bases: [])
        swap(&candidates.bases, &scratch.bases)
        defer { scratch.bases = candidates.bases }
        if candidates.bases.count < ids.count { fill(&candidates.bases, with: 0, count: ids.count - candidates.bases.count) }
        // A name said again scores alike when nothing it is scored on differs: found through its
        // name's group and the mention scored last (see ``scoresAlike``), it is copied, not
        // scored again (over 1 MB of news, 888 of pass 2's 2,942 scorings were such repeats).
        let names = NameGroups(mentions, group: taken(&scratch.group), sizes: taken(&scratch.sizes))
        defer { (scratch.group, scratch.sizes) = (names.group, names.sizes) }
        var lastScored = taken(&scratch.lastScored)
        defer { scratch.lastScored = lastScored }
        fill(&lastScored, with: -1, count: names.sizes.count)
        for (index, mention) in mentions.enumerated() where mention.candidates.count > 1 {
            // The priors hang on the candidates, the name and its type word alone.
            let earlier = lastScored[names.group[index]]
            lastScored[names.group[index]] = index
            if earlier >= 0, mentions[earlier].hint == mention.hint, sameCandidates(earlier, index, mentions, ids) {
                let from = mentions[earlier].candidates.lowerBound, to = mention.candidates.lowerBound
                for offset in 0..<mention.candidates.count { candidates.bases[to + offset] = candidates.bases[from + offset] }
                continue
            }
            // (Not against a country: "Mexico" stays the country, not its capital.)
            var namesCountry = false
            var biggestCity = 0
            for index in mention.candidates {
                let kind = gazetteer.kind(ids[index])
                if kind <= .country { namesCountry = true }
                if kind == .city { biggestCity = max(biggestCity, gazetteer.population(ids[index])) }
            }
            // A namesake far smaller than a known capital, or than a city of 250,000 people or more
            // called by its own name, is less likely what a story means by that name, whatever
            // state the story is about: nothing off at a tenth of the big one's people (Athens,
            // Georgia, after "Clarke County"), up to 1.5 at a thousandth ("Rome" after "Chicago" is
            // not Rome, Illinois, 1,700 people; "Atlanta" after "Texas" not Atlanta, Texas; "Boston"
            // after "New York City" not Boston, New York).
            var capitalPopulation = 0
            for index in mention.candidates where isKnownCapital(ids[index], mention: mention, namesCountry: namesCountry) {
                capitalPopulation = max(capitalPopulation, gazetteer.population(ids[index]))
            }
            var bigCityPopulation = capitalPopulation
            if bigCityPopulation == 0, !namesCountry, biggestCity >= 250_000 {
                for index in mention.candidates where gazetteer.kind(ids[index]) == .city && gazetteer.population(ids[index]) == biggestCity
                    && gazetteer.isNamed(ids[index], key: mention.key) && FeatureCodes.isTown(gazetteer.packedFeatureCode(ids[index])) {
                    bigCityPopulation = biggestCity
                }
            }
            let uncodedTownDamping = uncodedTownsYield(mention.candidates, ids) ? Self.uncodedTownDamping : 0
            for index in mention.candidates {
                var score = prior(ids[index])
                if uncodedTownDamping > 0, gazetteer.kind(ids[index]) == .city, gazetteer.population(ids[index]) >= 100_000,
                   gazetteer.packedFeatureCode(ids[index]) == 0 {
                    score -= uncodedTownDamping
                }
                if bigCityPopulation > 0, gazetteer.kind(ids[index]) == .city, gazetteer.population(ids[index]) * 10 < bigCityPopulation {
                    let decades = log10(Double(bigCityPopulation) / Double(max(1, gazetteer.population(ids[index]))))
                    score -= 0.75 * min(2, decades - 1)
                }
                // A division with fewer people than a city of its name outranks it by kind no more:
                // "Manchester" is the English city, not Jamaica's parish of 62,000; "Washington"
                // and "Victoria" stay divisions bigger than their cities. Not after a division's
                // type word, which says the division is meant: "Taitung county" is the county
                // (ISO's row, no towns counted in it), not its seat of 103,000.
                if gazetteer.kind(ids[index]) == .admin1, gazetteer.population(ids[index]) < biggestCity,
                   mention.hint != .admin, mention.hint != .district {
                    score = min(score, Self.townPrior(population: gazetteer.population(ids[index])))
                }
                if let hint = mention.hint { score += fit(ids[index], hint) }
                // A town reached only through an alias ("Venice" for Dayton, Ohio; "Hanover" for a
                // Massachusetts town's old name; "Hudson" for Jersey City) yields to one of that name:
                // worth a thirtieth of the people (a tenth still made "Hughes" Brighton, Colorado).
                if mention.candidates.count > 1, gazetteer.kind(ids[index]) == .city, !gazetteer.isNamed(ids[index], key: mention.key) {
                    score -= 1.35
                }
                // A country's capital of 100,000 people or more, called by its name, is known the
                // world over: one mention of another country ("U.S. officials met in Dublin and
                // Paris") must not make it a small namesake there (Dublin, California; Paris,
                // Texas). A story about that country still can. (Not a capital reached through an
                // old name, "Philadelphia" for Amman, nor a small one, Stanley in the Falklands.)
                if capitalPopulation > 0, isKnownCapital(ids[index], mention: mention, namesCountry: namesCountry) {
                    score += 1.5
                }
                candidates.bases[index] = score
            }
        }
        // Pass 1: priors and local evidence only.
        var context = DocumentGeography(gazetteer: gazetteer, reusing: scratch.geography)
        scratch.geography = DocumentGeography.Votes()
        defer { scratch.geography = context.all }
        var chosen = taken(&scratch.chosen)
        defer { scratch.chosen = chosen }
        chosen.reserveCapacity(mentions.count)
        lastScored.removeAll(keepingCapacity: true)
        fill(&lastScored, with: -1, count: names.sizes.count)
        for index in mentions.indices {
            if mentions[index].candidates.count > 1 {
                let earlier = lastScored[names.group[index]]
                lastScored[names.group[index]] = index
                if earlier >= 0, qualifying[earlier] == qualifying[index], samePriors(earlier, index, mentions, candidates) {
                    chosen.append(chosen[earlier])
                    continue
                }
            }
            chosen.append(best(mentions[index].candidates, of: candidates, context: context, excluding: nil,
                               qualifier: nil, qualifies: qualifying[index]))
        }
        // Pass 2: add the document's geography and qualifiers; twice, so the context can settle,
        // and up to twice more while a reading still moves ("The Bangor school board met. ...
        // a firm in Portland": Portland settles on Maine in the second round, and only then can
        // Bangor follow it from Northern Ireland).
        let demonymCountries = demonyms.map { Gazetteer.countryKey(code: $0.country) }
        var next = taken(&scratch.resolutions)
        next.reserveCapacity(mentions.count)
        var groupVotes: [DocumentGeography.Votes] = []
        swap(&groupVotes, &scratch.groupVotes)
        defer { scratch.groupVotes = groupVotes }
        // (Only names said three times or more have repetitions to discount: see `excluding`.)
        let repeated = names.sizes.contains { $0 > 2 }
        for round in 0..<4 {
            context.recount(chosen: chosen, demonymCountries: demonymCountries, focusCountries: settings.focusCountries)
            if repeated {
                while groupVotes.count < names.sizes.count { groupVotes.append(DocumentGeography.Votes()) }
                for group in names.sizes.indices where names.sizes[group] > 2 { groupVotes[group].removeAll() }
                for index in mentions.indices where names.sizes[names.group[index]] > 2 {
                    if let reading = chosen[index] { context.add(reading, to: &groupVotes[names.group[index]]) }
                }
            }
            next.removeAll(keepingCapacity: true)
            lastScored.removeAll(keepingCapacity: true)
            fill(&lastScored, with: -1, count: names.sizes.count)
            for index in mentions.indices {
                // A lone candidate (or none) reads as in pass 1 whatever the context: no exclusion to weigh.
                guard mentions[index].candidates.count > 1 else {
                    next.append(chosen[index])
                    continue
                }
                let qualifier = mentions[index].qualifier.flatMap { chosen[$0]?.place }
                let group = names.group[index]
                // A name said again, read as before, with the same qualifier and candidates, scores
                // as its earlier mention did this round: its exclusion is the same (its own reading,
                // its name's votes), and so is everything else `best` reads.
                let earlier = lastScored[group]
                lastScored[group] = index
                if earlier >= 0, scoresAlike(earlier, index, mentions, candidates, chosen: chosen, qualifying: qualifying, qualifier: qualifier) {
                    next.append(next[earlier])
                    continue
                }
                let excluded = context.excluding(chosen[index], repetitions: names.sizes[group] > 2 ? groupVotes[group] : nil,
                                                 count: names.sizes[group])
                next.append(best(mentions[index].candidates, of: candidates, context: context, excluding: excluded,
                                 qualifier: qualifier, qualifies: qualifying[index]))
            }
            swap(&chosen, &next)
            if round >= 1, !zip(chosen, next).contains(where: { $0?.place != $1?.place }) { break }
        }
        // The readings ranked as the last pass scored them: its context still holds, and `next`
        // the readings it started from. (A loop of its own: in the pass's loop the call cost
        // every document half a percent of the analyzer's instructions, asked for or not.)
        if settings.alternativeLimit > 0 {
            scratch.alternatives = Array(repeating: [], count: mentions.count)
            for index in mentions.indices where mentions[index].candidates.count > 1 {
                let group = names.group[index]
                let excluded = context.excluding(next[index], repetitions: names.sizes[group] > 2 ? groupVotes[group] : nil,
                                                 count: names.sizes[group])
                scratch.alternatives[index] = ranked(mentions[index].candidates, of: candidates, context: context, excluding: excluded,
                                                     qualifier: mentions[index].qualifier.flatMap { next[$0]?.place },
                                                     qualifies: qualifying[index])
            }
        }
        // "New York state" once in a story makes its bare "New York" the state too; "the Moscow
        // region" (Moscow Oblast) leaves a bare "Moscow" the city.
        oneSensePerName(mentions, &chosen, ids, names: names, scratch: scratch)
        for index in mentions.indices where mentions[index].hint == .admin {
            if let reading = chosen[index], let division = divisionNamedAfter(reading, key: mentions[index].key) {
                chosen[index] = Resolution(place: division, confidence: reading.confidence)
            }
        }
        var typedPlaces: [PlaceID] = [] // "the Donetsk region": a division named with its type word (few per document)
        for (mention, resolution) in zip(mentions, chosen) where mention.hint == .admin && !mention.hintFromList {
            if let place = resolution?.place { typedPlaces.append(place) }
        }
        // The seats into the passes' spare list: no new array.
        next.removeAll(keepingCapacity: true)
        var divisionsHolding: Set<PlaceID>?
        for (index, resolution) in chosen.enumerated() {
            if let place = resolution?.place, typedPlaces.contains(place) {
                next.append(resolution)
            } else {
                // (Only a division read without a type word can yield to its seat: tested here,
                // the call and its arguments cost more than the test for the many that are not.)
                let mayYield = !qualifying[index] && mentions[index].hint == nil
                    && resolution.map { gazetteer.kind($0.place) == .admin1 } == true
                next.append(mayYield ? preferSeat(resolution, of: mentions[index], ids, chosen: chosen, divisionsHolding: &divisionsHolding) : resolution)
            }
        }
        // "New Jersey and New York", "Texas, Ohio and New York": in a list mostly of divisions,
        // the item stays a division too ("Bali, Jakarta, Riyadh and Baghdad" are cities).
        // (Counted on the seats, then applied: each item's count sees the others' seats.)
        var divisionItems: [Int] = []
        for index in mentions.indices {
            guard let list = mentions[index].list, next[index]?.place != chosen[index]?.place else { continue }
            var divisions = 0
            for other in mentions.indices where other != index && mentions[other].list == list {
                guard let place = next[other]?.place else { continue }
                divisions += gazetteer.kind(place) == .admin1 ? 1 : -1
            }
            if divisions > 0 { divisionItems.append(index) }
        }
        for index in divisionItems { next[index] = chosen[index] }
        return next
    }

    /// "Kharkiv governor Oleh Syniehubov", "the governor of Belgorod": a division's office or type
    /// word names the division, but the gazetteer knows the bare name only as the city
    /// ("Kharkiv Oblast", "Belgorod Oblast" are the divisions' names). The city's own division,
    /// when it is named after the city or after the name the text used (`key`: "Dnipropetrovsk",
    /// the old name of Dnipro), is what the word meant; "the governor of Tulsa" is no office of
    /// Oklahoma's.
    private func divisionNamedAfter(_ resolution: Resolution, key: UInt64) -> PlaceID? {
        let place = resolution.place
        guard gazetteer.kind(place) == .city, let division = gazetteer.admin1(of: place),
              gazetteer.kind(division) == .admin1 else { return nil }
        let name = gazetteer.name(division)
        guard let typeWord = name.utf8.lastIndex(of: UInt8(ascii: " ")) else { return nil }
        let city = gazetteer.name(place)
        return name.hasPrefix(city + " ") || NameKey.key(name.utf8[..<typeWord]) == key ? division : nil
    }

    /// "Kyiv", "Moscow", "Lagos": a bare name shared by a division and its main city means the
    /// city when the division is a city-state (its seat near its centre), the city holds a
    /// quarter of its people, or the city is the country's capital ("Luanda", "Buenos Aires",
    /// which is not even in the province of its name) and no other place of the document lies
    /// in the division ("Olympia" keeps Washington the state); "Quebec" stays a province.
    ///
    /// `divisionsHolding`: the divisions that hold a place the document names other than
    /// themselves, made at the first division with no seat (a search of every reading for
    /// each such division was quadratic in a long document).
    private func preferSeat(_ resolution: Resolution?, of mention: PlaceMention, _ ids: [PlaceID], chosen: [Resolution?],
                            divisionsHolding: inout Set<PlaceID>?) -> Resolution? {
        guard var resolution, mention.hint == nil, gazetteer.kind(resolution.place) == .admin1 else { return resolution }
        let country = gazetteer.countryKey(resolution.place)
        let divisionPopulation = gazetteer.population(resolution.place)
        let seat = ids[mention.candidates].first { id in
            guard gazetteer.kind(id) == .city, gazetteer.countryKey(id) == country, gazetteer.admin1(of: id) == resolution.place else { return false }
            let cityState = gazetteer.isSeat(id) && (gazetteer.distance(id, resolution.place) ?? .infinity) < 60
            // "Lagos": the city holds most of its state's people, and news means the city.
            // "Sao Paulo", "Kano": a seat of a million people or more that bears the division's own
            // name is what news means by it, even where the division's sum of towns is five
            // times its people. (Not a seat the name is only an old name of: "Bahia" is Salvador's.)
            let population = gazetteer.population(id)
            return cityState || population * 4 >= divisionPopulation
                || (population >= 1_000_000 && population * 6 >= divisionPopulation && gazetteer.isSeat(id)
                    && gazetteer.name(id) == gazetteer.name(resolution.place))
        }
        if let seat {
            resolution.place = seat
        } else if !Self.divisions(holding: chosen, gazetteer, &divisionsHolding).contains(resolution.place),
                  let capital = ids[mention.candidates].first(where: { id in
            gazetteer.kind(id) == .city && gazetteer.countryKey(id) == country && gazetteer.packedFeatureCode(id) == FeatureCodes.capital
        }) {
            resolution.place = capital
        }
        return resolution
    }

    /// ``preferSeat(_:of:_:chosen:divisionsHolding:)``'s divisions, made once.
    private static func divisions(holding chosen: [Resolution?], _ gazetteer: Gazetteer, _ made: inout Set<PlaceID>?) -> Set<PlaceID> {
        if let made { return made }
        var divisions = Set<PlaceID>()
        for resolution in chosen {
            guard let place = resolution?.place, gazetteer.kind(place) != .admin1, let division = gazetteer.admin1(of: place) else { continue }
            divisions.insert(division)
        }
        made = divisions
        return divisions
    }

    /// The same name means the same place throughout, unless a mention has its own qualifier
    /// or type word: the reading with the most total confidence wins.
    ///
    /// Votes are summed per name (`names`) and place, each name's winner found once: searching
    /// the document's votes for every mention was quadratic in long documents.
    private func oneSensePerName(_ mentions: [PlaceMention], _ chosen: inout [Resolution?], _ ids: [PlaceID], names: NameGroups,
                                 scratch: Scratch) {
        // Each name's (place, weight) votes, chained through `next` from `first[group]`: a name
        // has one or two readings, so its chain is searched linearly.
        var votes = taken(&scratch.votes)
        defer { scratch.votes = votes }
        votes.reserveCapacity(mentions.count)
        var first = taken(&scratch.first)
        defer { scratch.first = first }
        fill(&first, with: -1, count: names.sizes.count)
        for index in mentions.indices {
            guard let resolution = chosen[index] else { continue }
            let mention = mentions[index], group = names.group[index]
            let weight = resolution.confidence + (mention.qualifier != nil || mention.hint != nil && !mention.hintFromList ? 2 : 0)
            var vote = first[group], last: Int32 = -1
            while vote >= 0, votes[Int(vote)].place != resolution.place {
                last = vote
                vote = votes[Int(vote)].next
            }
            if vote >= 0 {
                votes[Int(vote)].weight += weight
            } else {
                votes.append((resolution.place, weight, -1))
                if last >= 0 { votes[Int(last)].next = Int32(votes.count - 1) } else { first[group] = Int32(votes.count - 1) }
            }
        }
        // Each name's winner, in place of its chain's head (ties go to the lower place id).
        for group in first.indices {
            var vote = first[group], winner = vote
            while vote >= 0 {
                let candidate = votes[Int(vote)], best = votes[Int(winner)]
                if best.weight < candidate.weight || (best.weight == candidate.weight && best.place > candidate.place) { winner = vote }
                vote = candidate.next
            }
            first[group] = winner
        }
        for index in mentions.indices {
            let mention = mentions[index]
            guard let resolution = chosen[index], mention.qualifier == nil, mention.hint == nil,
                  first[names.group[index]] >= 0, case let winner = votes[Int(first[names.group[index]])].place,
                  winner != resolution.place, ids[mention.candidates].contains(winner) else { continue }
            // ("Kharkiv region" votes for the oblast; a bare "Kharkiv" cannot name it, and stays the city.)
            chosen[index]!.place = winner
        }
    }

    /// Whether mentions `earlier` and `later` of one name score alike in a round of pass 2: the
    /// same reading going in (place and confidence), the same qualifier reading and qualifying
    /// role, and the same candidates with bit-identical priors.
    private func scoresAlike(_ earlier: Int, _ later: Int, _ mentions: [PlaceMention], _ candidates: borrowing Candidates,
                             chosen: [Resolution?], qualifying: [Bool], qualifier: PlaceID?) -> Bool {
        guard qualifying[earlier] == qualifying[later], chosen[earlier]?.place == chosen[later]?.place,
              chosen[earlier]?.confidence.bitPattern == chosen[later]?.confidence.bitPattern,
              mentions[earlier].qualifier.flatMap({ chosen[$0]?.place }) == qualifier else { return false }
        return samePriors(earlier, later, mentions, candidates)
    }

    /// Whether two mentions have the same candidates, in the same order, with bit-identical priors.
    private func samePriors(_ earlier: Int, _ later: Int, _ mentions: [PlaceMention], _ candidates: borrowing Candidates) -> Bool {
        guard sameCandidates(earlier, later, mentions, candidates.ids) else { return false }
        let a = mentions[earlier].candidates.lowerBound, b = mentions[later].candidates.lowerBound
        for offset in 0..<mentions[later].candidates.count
        where candidates.bases[a + offset].bitPattern != candidates.bases[b + offset].bitPattern {
            return false
        }
        return true
    }

    /// Whether two mentions have the same candidates in the same order.
    private func sameCandidates(_ earlier: Int, _ later: Int, _ mentions: [PlaceMention], _ ids: [PlaceID]) -> Bool {
        let a = mentions[earlier].candidates, b = mentions[later].candidates
        guard a.count == b.count else { return false }
        for offset in 0..<a.count where ids[a.lowerBound + offset] != ids[b.lowerBound + offset] { return false }
        return true
    }

    /// The candidates of a document's mentions with their priors.
    private struct Candidates {
        var ids: [PlaceID]
        var bases: [Double]
    }

    /// The best reading of the mention whose candidates are `range` of `candidates`; the
    /// document's geography counts, without the `excluding` readings, when that is given (the
    /// context is passed by reference, not copied).
    private func best(_ range: Range<Int>, of candidates: borrowing Candidates, context: borrowing DocumentGeography,
                      excluding excluded: DocumentGeography.Exclusion?, qualifier: PlaceID?, qualifies: Bool) -> Resolution? {
        guard !range.isEmpty else { return nil }
        // One candidate wins with confidence 1 / exp(0), whatever its (finite) score.
        if range.count == 1 { return Resolution(place: candidates.ids[range.lowerBound], confidence: 1) }
        // The scores on the stack: a reused array still cost its uniqueness checks and clearing,
        // and reference counting around every call.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: range.count) { scores in
            let ids = candidates.ids, first = range.lowerBound
            score(range, of: ids, bases: candidates.bases, context: context, excluding: excluded, qualifier: qualifier, qualifies: qualifies, into: scores)
            // The highest score, the lower place on a tie (the first such, as `max(by:)` keeps).
            var top = 0
            for slot in 1..<range.count where scores[top] < scores[slot] || (scores[top] == scores[slot] && ids[first + top] > ids[first + slot]) {
                top = slot
            }
            // The terms in slot order, the top's own exp(0) = 1 added without the call.
            var total = 0.0
            for slot in 0..<top { total += exp(scores[slot] - scores[top]) }
            total += 1
            for slot in (top + 1)..<range.count { total += exp(scores[slot] - scores[top]) }
            return Resolution(place: ids[first + top], confidence: 1 / total)
        }
    }

    /// Every candidate's score, in `scores` (uninitialized, `range.count` long).
    @inline(__always)
    private func score(_ range: Range<Int>, of ids: [PlaceID], bases: [Double], context: borrowing DocumentGeography,
                       excluding excluded: DocumentGeography.Exclusion?, qualifier: PlaceID?, qualifies: Bool,
                       into scores: UnsafeMutableBufferPointer<Double>) {
        // (Plain index loops: `zip` and `enumerated()` here were left unspecialized.)
        let first = range.lowerBound
        for slot in 0..<range.count { scores.initializeElement(at: slot, to: bases[first + slot]) }
        // Each kind of evidence in its own loop, added in the same order per candidate: the
        // context is bound once per mention instead of once per candidate.
        if let excluded {
            for slot in 0..<range.count { scores[slot] += context.score(ids[first + slot], excluding: excluded) }
        }
        if let qualifier {
            for slot in 0..<range.count { scores[slot] += self.qualifies(qualifier, ids[first + slot]) }
        }
        if qualifies {
            for slot in 0..<range.count where gazetteer.kind(ids[first + slot]) <= .admin1 { scores[slot] += 3 }
        }
    }

    /// The candidates by their share of the score mass (the confidence ``best`` gives the top
    /// one), most likely first, at most ``Settings/alternativeLimit`` + 1 of them.
    @inline(never)
    private func ranked(_ range: Range<Int>, of candidates: borrowing Candidates, context: borrowing DocumentGeography,
                        excluding excluded: DocumentGeography.Exclusion?, qualifier: PlaceID?, qualifies: Bool) -> [(place: PlaceID, share: Double)] {
        guard range.count > 1 else { return [] }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: range.count) { scores in
            score(range, of: candidates.ids, bases: candidates.bases, context: context, excluding: excluded, qualifier: qualifier,
                  qualifies: qualifies, into: scores)
            let top = scores.max()!
            let total = scores.reduce(0) { $0 + exp($1 - top) }
            let readings = (0..<range.count).map { (place: candidates.ids[range.lowerBound + $0], share: exp(scores[$0] - top) / total) }
            // Ties as ``best`` breaks them: the lower place first.
            return Array(readings.sorted { $0.share != $1.share ? $0.share > $1.share : $0.place < $1.place }.prefix(settings.alternativeLimit + 1))
        }
    }

    /// Kind and size: a country or a first-level division outranks a town of the same name;
    /// among towns, the bigger one (log scale); capitals and seats a little more.
    func prior(_ id: PlaceID) -> Double {
        let population = Double(gazetteer.population(id))
        switch gazetteer.kind(id) {
        case .continent, .country: return 10
        case .admin1: return 6 + 0.5 * log10(population + 1)
        case .region: return 8
        case .feature: return 7
        case .admin2: return 3.5 + 0.3 * log10(population + 1)
        case .city: return Self.townPrior(population: gazetteer.population(id))
        }
    }

    /// A country's capital of 100,000 people or more, called by its name (not through an old
    /// name, "Philadelphia" for Amman), where the name is no country's ("Mexico").
    private func isKnownCapital(_ id: PlaceID, mention: PlaceMention, namesCountry: Bool) -> Bool {
        !namesCountry && gazetteer.kind(id) == .city && gazetteer.isSeat(id) && gazetteer.population(id) >= 100_000
            && gazetteer.isNamed(id, key: mention.key) && gazetteer.packedFeatureCode(id) == FeatureCodes.capital
    }

    /// A town's prior lost when GeoNames gives it no feature code and a namesake has one: such
    /// an entry is often an old name or an area rather than the town news means (Hong Kong's
    /// "Victoria", 956,800 people, against Victoria, British Columbia), so its people count as
    /// a tenth as many.
    static let uncodedTownDamping = 0.9

    /// Whether `range` holds a town of 100,000 people or more without a feature code and a town
    /// with one (see ``uncodedTownDamping``). (Feature codes are read only for big towns: rare.)
    private func uncodedTownsYield(_ range: Range<Int>, _ ids: [PlaceID]) -> Bool {
        guard range.count > 1, range.contains(where: {
            gazetteer.kind(ids[$0]) == .city && gazetteer.population(ids[$0]) >= 100_000 && gazetteer.packedFeatureCode(ids[$0]) == 0
        }) else { return false }
        return range.contains { index in
            guard gazetteer.kind(ids[index]) == .city else { return false }
            return FeatureCodes.isTown(gazetteer.packedFeatureCode(ids[index]))
        }
    }

    /// A town's prior by its people (log scale).
    static func townPrior(population: Int) -> Double { 1.5 + 0.9 * log10(Double(population) + 1) }

    private func fit(_ id: PlaceID, _ hint: PlaceKindHint) -> Double {
        switch (hint, gazetteer.kind(id)) {
        case (.admin, .admin1), (.district, .admin2), (.district, .admin1), (.city, .city): 4
        case (.water, .feature), (.land, .feature), (.land, .region): 4
        default: 0
        }
    }

    /// "Paris, Texas": the qualifier contains the place (its country or division).
    private func qualifies(_ qualifier: PlaceID, _ id: PlaceID) -> Double {
        if qualifier == id { return 7 } // "Washington, D.C.": the qualifier names the place itself
        let qualifierCountry = gazetteer.countryKey(qualifier)
        guard qualifierCountry != 0, gazetteer.countryKey(id) == qualifierCountry else { return 0 }
        switch gazetteer.kind(qualifier) {
        case .country: return 4
        case .admin1: return gazetteer.admin1(of: id) == qualifier ? 7 : 2
        case .admin2:
            // "Delhi, in Delaware County, New York": a county holds the towns around its point
            // (the gazetteer gives a town its state, not its county), else its state's count more.
            if (gazetteer.distance(qualifier, id) ?? .infinity) < 50 { return 7 }
            return gazetteer.admin1(of: id) != nil && gazetteer.admin1(of: id) == gazetteer.admin1(of: qualifier) ? 4 : 2
        default: return (gazetteer.distance(qualifier, id) ?? .infinity) < 100 ? 3 : 1
        }
    }
}

/// The document's mentions grouped by folded name, in order of first mention.
private struct NameGroups {
    /// The group of each mention.
    var group: [Int] = []
    /// How many mentions each group has.
    var sizes: [Int] = []

    /// `group` and `sizes`: empty arrays whose storage to fill.
    init(_ mentions: [PlaceMention], group groupStorage: [Int], sizes sizeStorage: [Int]) {
        // A document names few places: an earlier mention of the same name is found by looking
        // back (no list of keys to grow), until a long document makes that quadratic; then the
        // groups are found in a table. (Each growing array was an allocation: most of the cost.)
        group = groupStorage
        sizes = sizeStorage
        group.reserveCapacity(mentions.count)
        sizes.reserveCapacity(mentions.count)
        var table: FoldedKeyMap<Int>?
        for index in mentions.indices {
            let key = mentions[index].key
            if index == 32 {
                var built = FoldedKeyMap<Int>(capacity: 2 * mentions.count)
                for earlier in 0..<index where built[mentions[earlier].key] == nil { built[mentions[earlier].key] = group[earlier] }
                table = built
            }
            let existing = table != nil ? table![key] : (0..<index).first { mentions[$0].key == key }.map { group[$0] }
            if let existing {
                group.append(existing)
                sizes[existing] += 1
            } else {
                group.append(sizes.count)
                sizes.append(1)
                table?[key] = sizes.count - 1
            }
        }
    }
}

/// `array`, taken out of a scratch (which is left empty, so that the array is not shared
/// while it is filled) and emptied, its storage kept. Put it back when done.
func taken<Element>(_ array: inout [Element]) -> [Element] {
    var taken: [Element] = []
    swap(&taken, &array)
    taken.removeAll(keepingCapacity: true)
    return taken
}

/// `count` copies of `value` appended to `array`: `Array(repeating:count:)` took the
/// unspecialized allocation path (800 instructions for a document's short arrays), as does
/// `init(unsafeUninitializedCapacity:initializingWith:)` (its generic metadata lookup alone).
private func fill<Element>(_ array: inout [Element], with value: Element, count: Int) {
    array.reserveCapacity(array.count + count)
    for _ in 0..<count { array.append(value) }
}
