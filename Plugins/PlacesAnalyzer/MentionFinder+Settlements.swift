import Gazetteer
import TextAnalysis

/// Towns the gazetteer lacks, found by their position: "the village of Cellardyke", "the small
/// town of Pangandaran", "the villages of Bumbacari and Dudescu", "four villages: Kampungu, Makonono".
///
/// GeoNames keeps towns down to a few hundred people only where someone entered them, and news of
/// floods, outbreaks and raids names villages far smaller. A settlement's noun and "of" before a
/// capitalized name say what the name is as surely as a gazetteer would; the town is reported
/// (CITY, `resolved: false`), not placed on a map.
extension MentionFinder {
    enum SettlementCue {
        /// "the village of X": one town.
        case one
        /// "the villages of X, Y and Z", or an item after one of them: each item a town.
        case list
    }

    /// What makes the chunk a town by position: a settlement's noun and "of" right before it, or
    /// a list such a plural opened ending at `listEnd` (the token after its last item) with only
    /// a comma or "and" between.
    func settlementCue(before chunk: Range<Int>, listEnd: Int) -> SettlementCue? {
        let first = chunk.lowerBound
        guard first >= 2 else { return nil }
        // (Asked of every chunk: the bytes of "of" first, before any word's classes.)
        let of = tokens[first - 1].span.bytes
        if of.count == 2, bytes[of.lowerBound] == UInt8(ascii: "o"), bytes[of.lowerBound + 1] == UInt8(ascii: "f"),
           table.flags[first - 2] & TokenTable.capitalized == 0, !isOnCapitalsLine(first) {
            let noun = key(first - 2)
            if words.settlementNouns.contains(noun) { return .one }
            if words.settlementListNouns.contains(noun) { return .list }
        }
        // "four villages: Kampungu, Makonono, Kaluamba and Mombo", a list (not a headline's "...
        // country towns: Joyce" over a quote).
        if isByte(first - 1, UInt8(ascii: ":")), table.flags[first - 2] & TokenTable.capitalized == 0,
           words.settlementListNouns.contains(key(first - 2)), !isOnCapitalsLine(first),
           chunk.upperBound < tokens.count, isListSeparator(chunk.upperBound) { return .list }
        if listEnd > 0, first > listEnd, first - listEnd <= 2, (listEnd..<first).allSatisfy(isListSeparator) { return .list }
        return nil
    }

    /// Adds the towns of a chunk after a settlement cue that the gazetteer reading found nothing
    /// for (the mentions from `found` on are the chunk's). A pattern's feature in their place is
    /// dropped: "the town of Wobble Creek" is a town, not a creek.
    func addUnlistedTowns(in chunk: Range<Int>, cue: SettlementCue, found: Int, into places: inout [PlaceMention]) {
        var items: [Range<Int>] = []
        if cue == .list {
            var start = chunk.lowerBound
            for index in chunk where key(index) == words.and && !isNameWord(index) {
                items.append(start..<index)
                start = index + 1
            }
            items.append(start..<chunk.upperBound)
        } else {
            items = [chunk]
        }
        for var item in items {
            // "the town of Pangandaran on Monday": the chunk runs on through a connector to the
            // day; the town's name ends before it.
            if let day = item.first(where: { classes($0).contains(.calendar) }) { item = item.lowerBound..<day }
            while let last = item.last, isConnector(last) { item = item.lowerBound..<last }
            guard !item.isEmpty, isUnlistedTownName(item) else { continue }
            if let known = places[found...].firstIndex(where: { $0.tokens.overlaps(item) }) {
                guard places[known].candidates.isEmpty else { continue }
                places.remove(at: known)
            }
            var town = PlaceMention(bytes: byteRange(item), tokens: item, key: 0, candidates: 0..<0, hint: .city)
            town.locative = true
            town.unplacedKind = .city
            places.append(town)
        }
    }

    /// Capitalized name words that start with no title ("the town of President Kennedy's birth").
    private func isUnlistedTownName(_ item: Range<Int>) -> Bool {
        guard !isTitle(item.lowerBound) else { return false }
        return item.allSatisfy { isNameWord($0) && table.flags[$0] & TokenTable.capitalized != 0 || isConnector($0) }
    }

    private func isListSeparator(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .punctuation { return token.span.bytes.count == 1 && bytes[token.span.bytes.lowerBound] == UInt8(ascii: ",") }
        return key(index) == words.and
    }
}
