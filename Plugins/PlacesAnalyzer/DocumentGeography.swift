import Foundation
import Gazetteer

/// Where a document's places lie: countries and first-level divisions, weighted by mentions.
///
/// One per document, recounted for each pass: its tables keep their storage.
struct DocumentGeography {
    private let gazetteer: Gazetteer
    /// (Handed back to the resolver's scratch when the document is done.)
    var all: Votes

    /// `votes`: storage for the tallies, recounted before use.
    init(gazetteer: Gazetteer, reusing votes: Votes) {
        self.gazetteer = gazetteer
        all = votes
    }

    /// Tallies the chosen readings, the demonyms (`demonymCountries`: the country key of each,
    /// see ``Gazetteer/countryKey(code:)``) and the user's focus countries, replacing the
    /// previous counts.
    mutating func recount(chosen: [PlaceResolver.Resolution?], demonymCountries: [UInt64], focusCountries: [UInt64] = []) {
        all.removeAll()
        for resolution in chosen {
            if let resolution { all.add(Vote(resolution.place, gazetteer: gazetteer), weight: resolution.confidence) }
        }
        for country in demonymCountries {
            all.countries.add(country, 0.5)
            all.total += 0.5
        }
        for country in focusCountries { // (none unless the user names some)
            all.countries.add(country, PlaceResolver.focusWeight)
            all.total += PlaceResolver.focusWeight
        }
    }

    /// What one resolved mention adds to the geography.
    fileprivate struct Vote {
        var country: UInt64
        var admin1: PlaceID?
        var admin1Share: Double

        init(_ id: PlaceID, gazetteer: Gazetteer) {
            country = gazetteer.countryKey(id)
            if gazetteer.kind(id) == .admin1 {
                admin1 = id
                admin1Share = 1
            } else {
                admin1 = gazetteer.admin1(of: id)
                admin1Share = 0.5
            }
        }
    }

    /// The summed votes of some readings (the document's, a name's), by country and by division.
    struct Votes {
        fileprivate var countries = Tally()
        fileprivate var admin1s = Tally()
        /// The division votes summed per country: how spread a country's mentions are.
        fileprivate var admin1sByCountry = Tally()
        fileprivate var total = 0.0

        /// Empties the tallies, keeping their storage (room for eight keys each, made once).
        mutating func removeAll() {
            countries.removeAll()
            admin1s.removeAll()
            admin1sByCountry.removeAll()
            countries.reserve(8)
            admin1s.reserve(8)
            total = 0
        }

        fileprivate mutating func add(_ vote: Vote, weight: Double) {
            guard vote.country != 0 else { return }
            countries.add(vote.country, weight)
            total += weight
            if let admin1 = vote.admin1 {
                admin1s.add(UInt64(UInt32(bitPattern: admin1.row)), weight * vote.admin1Share)
                admin1sByCountry.add(vote.country, weight * vote.admin1Share)
            }
        }
    }

    func add(_ reading: PlaceResolver.Resolution, to votes: inout Votes) {
        votes.add(Vote(reading.place, gazetteer: gazetteer), weight: reading.confidence)
    }

    /// Readings to leave out of the geography when scoring a mention's candidates: its own, and
    /// a share of its name's.
    struct Exclusion {
        fileprivate var own: Vote?
        fileprivate var ownWeight: Double
        fileprivate var name: Votes?
        fileprivate var nameShare: Double
        fileprivate var total: Double
    }

    /// The geography without `own`, the reading of the mention being scored, so a name does not
    /// confirm itself; the other mentions of its name (`repetitions`: the votes of all `count`
    /// of them, its own included) count as one vote between them. ("Cornwall" six times in a
    /// story about Cornwall, England, once read as the Ontario town, outvoted "Camborne" and
    /// "South West England"; a second "London" may still back the first.) Subtracting the votes
    /// beats copying the tables per mention.
    /// (`repetitions` is nil for a name said once or twice, whose others count for nothing: no
    /// empty tallies copied into the exclusion and searched for every candidate.)
    func excluding(_ own: PlaceResolver.Resolution?, repetitions: Votes?, count: Int) -> Exclusion {
        // Own fully, the others at 1 - 1/(count - 1) each: share × all + (1 - share) × own.
        let share = count > 2 ? 1 - 1 / Double(count - 1) : 0
        let ownVote = own.map { Vote($0.place, gazetteer: gazetteer) }
        let ownWeight = ownVote.map { $0.country != 0 } == true ? own!.confidence : 0
        let excluded = share * (repetitions?.total ?? 0) + (1 - share) * ownWeight
        return Exclusion(own: ownVote, ownWeight: ownWeight, name: repetitions, nameShare: share, total: all.total - excluded)
    }

    /// How well `id` fits the geography without the excluded readings.
    func score(_ id: PlaceID, excluding excluded: Exclusion) -> Double {
        let total = excluded.total, share = excluded.nameShare, ownShare = (1 - share) * excluded.ownWeight
        guard total > 1e-9 else { return 0 }
        let country = gazetteer.countryKey(id)
        var countryWeight = all.countries[country] ?? 0
        countryWeight -= share * (excluded.name?.countries[country] ?? 0)
        if excluded.own?.country == country { countryWeight -= ownShare }
        var score = 3 * max(0, countryWeight) / total
        if gazetteer.kind(id) != .admin1, let admin1 = gazetteer.admin1(of: id) {
            let key = UInt64(UInt32(bitPattern: admin1.row))
            if var weight = all.admin1s[key] {
                weight -= share * (excluded.name?.admin1s[key] ?? 0)
                if let own = excluded.own, own.admin1 == admin1 { weight -= ownShare * own.admin1Share }
                // Full weight for a division that holds half its country's division votes or more: a
                // story about flu in ten states that names New York twice does not make Boston the
                // New York village; a story about Buffalo still does. (Both without the excluded votes.)
                if weight > 0.2 {
                    var inCountry = all.admin1sByCountry[country] ?? 0
                    inCountry -= share * (excluded.name?.admin1sByCountry[country] ?? 0)
                    if let own = excluded.own, own.admin1 != nil, own.country == country { inCountry -= ownShare * own.admin1Share }
                    score += 2 * min(1, 2 * weight / max(weight, inCountry))
                }
            }
        }
        return score
    }
}

/// Weights by key for the few countries or divisions one document names: a linear list, no
/// hashing, no generic storage (both showed in the profile, three times per candidate).
private struct Tally {
    /// (key, weight) pairs in one array: one allocation per tally.
    private var entries: [(key: UInt64, weight: Double)] = []

    /// (Only when short of `capacity`: reserving again copied or checked the storage on every recount.)
    mutating func reserve(_ capacity: Int) {
        if entries.capacity < capacity { entries.reserveCapacity(capacity) }
    }

    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
    }

    mutating func add(_ key: UInt64, _ weight: Double) {
        if let index = index(of: key) {
            entries[index].weight += weight
        } else {
            entries.append((key, weight))
        }
    }

    subscript(key: UInt64) -> Double? {
        index(of: key).map { entries[$0].weight }
    }

    private func index(of key: UInt64) -> Int? {
        entries.withUnsafeBufferPointer { entries in
            for index in entries.indices where entries[index].key == key { return index }
            return nil
        }
    }
}
