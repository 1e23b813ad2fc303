import Foundation
import Gazetteer
import TextAnalysis

/// Places inside one word or glued to punctuation: "Kharkiv-based", "Hong Kong-based",
/// "Geneseo, Ill." (US state abbreviations), "Poland-Ukraine" (places joined by hyphens).
extension MentionFinder {
    /// "Kharkiv-based", "Kyiv-born": the place is the part before the hyphen.
    func basedCompound(at index: Int) -> (PlaceMention, Int)? {
        guard let hyphen = compoundHyphen(at: index), bytes[hyphen + 1] >= 97, bytes[hyphen + 1] <= 122 else { return nil }
        let name = tokens[index].span.bytes.lowerBound..<hyphen
        guard let key = spanKey(name), gazetteer.hasPlace(forKey: key) else { return nil }
        var mention = PlaceMention(bytes: name, tokens: index..<(index + 1), key: key, candidates: table.appendPlaces(forKey: key, from: gazetteer))
        mention.locative = true // "-based", "-born", "-led": the compound itself says it is a place
        return isRejectedCommonWord(mention) ? nil : (mention, index + 1)
    }

    /// The hyphen of a capitalized word that ends in a compound's suffix ("Kharkiv-based",
    /// "Kong-born"; ``PlaceWords/compoundSuffixes``): where the place's name stops.
    private func compoundHyphen(at index: Int) -> Int? {
        let range = tokens[index].span.bytes
        guard tokens[index].kind == .word, let first = bytes[range].first, first >= 65, first <= 90,
              let hyphen = bytes[range].lastIndex(of: UInt8(ascii: "-")), hyphen + 1 < range.upperBound,
              let suffix = spanKey(hyphen + 1..<range.upperBound), words.compoundSuffixes.contains(suffix) else { return nil }
        return hyphen
    }

    /// "Hong Kong-based": the compound after `chunk` with the longest name that starts at one of
    /// the chunk's last three words and runs into the compound, found with the chunk's words
    /// before that name; the index after the compound, or nil when there is none.
    /// (Not inlined: rare, and it would grow the loop of ``find()``.)
    @inline(never)
    func readCompound(endingAt chunk: Range<Int>, personNames: inout KeyList, into places: inout [PlaceMention], demonyms: inout [DemonymMention]) -> Int? {
        guard !isNameWord(chunk.upperBound), contiguous(chunk.upperBound), let (start, mention) = basedCompound(endingAt: chunk) else { return nil }
        if start > chunk.lowerBound {
            if isOnCapitalsLine(chunk.lowerBound) {
                matchCaps(chunk.lowerBound..<start, into: &places)
            } else {
                match(chunk.lowerBound..<start, personNames: &personNames, into: &places, demonyms: &demonyms)
            }
        }
        places.append(mention)
        return chunk.upperBound + 1
    }

    /// See ``readCompound(endingAt:personNames:into:demonyms:)``: the compound's first word and mention.
    func basedCompound(endingAt chunk: Range<Int>) -> (Int, PlaceMention)? {
        let index = chunk.upperBound
        guard let hyphen = compoundHyphen(at: index) else { return nil }
        for start in max(chunk.lowerBound, index - 3)..<index where self.key(start) != words.the {
            let name = tokens[start].span.bytes.lowerBound..<hyphen
            guard let key = spanKey(name), gazetteer.hasPlace(forKey: key) else { continue }
            if words.seatsOfGovernment.contains(key) { return nil } // "a White House-ordered report"
            var mention = PlaceMention(bytes: name, tokens: start..<(index + 1), key: key, candidates: table.appendPlaces(forKey: key, from: gazetteer))
            mention.locative = true
            return isRejectedCommonWord(mention) ? nil : (start, mention)
        }
        return nil
    }

    /// "Geneseo, Ill.", "PORTLAND, ORE.", "Dallas, TX 75201": a US state's abbreviation (see
    /// ``StateAbbreviations``) right after a capitalized word and a comma, with the token after it.
    /// Token `index` follows a capitalized word and a comma glued to it, then a space: where
    /// ``stateAbbreviation(at:town:)`` can find one. Tested inline before the call, which returns a
    /// large optional, for every token ``find()`` looks at.
    @inline(__always)
    func followsCapitalAndComma(_ index: Int) -> Bool {
        guard index >= 2, index < tokens.count, table.flags[index - 2] & TokenTable.capitalized != 0 else { return false }
        let comma = tokens[index - 1].span.bytes
        return comma.count == 1 && bytes[comma.lowerBound] == UInt8(ascii: ",") && tokens[index - 2].span.bytes.upperBound == comma.lowerBound
            && tokens[index].span.bytes.lowerBound == comma.upperBound + 1 && bytes[comma.upperBound] == 0x20
    }

    /// "Geneseo, Ill.", "PORTLAND, ORE.", "Dallas, TX 75201": a US state's abbreviation (see
    /// ``StateAbbreviations``) at `index`, which ``followsCapitalAndComma(_:)``, with the token after it.
    /// So too a Canadian province's or an Australian state's ("Shediac, N.B.", "Bendigo, Vic.",
    /// "Wagga Wagga, NSW"); those that are other words elsewhere only when `town`, the candidates
    /// of the name before the comma, holds a town of that province or state.
    func stateAbbreviation(at index: Int, town: Range<Int>?) -> (PlaceMention, Int)? {
        // Its tokens, glued: "Fla."; "ILL" "."; "W." "Va" ".".
        var end = index + 1
        while end < tokens.count, end - index < 4, tokens[end].span.bytes.lowerBound == tokens[end - 1].span.bytes.upperBound,
              tokens[end].kind == .word || tokens[end].kind == .abbreviation || isByte(end, UInt8(ascii: ".")) {
            end += 1
        }
        let span = tokens[index].span.bytes.lowerBound..<tokens[end - 1].span.bytes.upperBound
        guard span.count <= 7 else { return nil }
        // Keys of the text as written and lower-cased (nil: no form is written so). Text that is
        // not ASCII is lower-cased as a String, which may make it ASCII (the Kelvin sign is "k").
        let written = StateAbbreviations.packed(bytes[span])
        let lowered = written != nil ? StateAbbreviations.packedLowerCase(bytes[span])
            : StateAbbreviations.packed(String(decoding: bytes[span], as: UTF8.self).lowercased().utf8)
        let followedByComma = end < tokens.count && isByte(end, UInt8(ascii: ","))
        // A code in capitals ends the place: punctuation, a number (a ZIP code), the line's end.
        let endsCode = end == tokens.count || tokens[end].kind == .number || tokens[end].kind == .punctuation || startsLine(end)
        if let lowered, let dotted = StateAbbreviations.dotted[lowered] {
            return stateMention(dotted, index..<end)
        } else if followedByComma, !bytes[span].contains(UInt8(ascii: ".")), let withPeriod = lowered.flatMap(StateAbbreviations.appendingPeriod),
                  let dotted = StateAbbreviations.dotted[withPeriod] {
            // (A period in the bytes is one in the text: no key with one holds anything but ASCII.)
            return stateMention(dotted, index..<end) // "DENVER, Colo, April 9": wire copy that drops the period
        } else if let lowered, let province = StateAbbreviations.provincesDotted[lowered],
                  let mention = stateMention(province, index..<end, town: town) {
            return mention
        } else if let written, let province = StateAbbreviations.provinceCodes[written], endsCode || startsLowerCase(end),
                  let mention = stateMention(province, index..<end, town: town) {
            // "Bunbury, WA", but "Vancouver, WA" is Washington's: a town of both is read as American.
            if let postal = StateAbbreviations.postal[written], let american = stateMention(postal, index..<end, town: town, needsTown: true) {
                return american
            }
            return mention
        } else if let written, let postal = StateAbbreviations.postal[written], endsCode {
            return stateMention(postal, index..<end)
        }
        return nil
    }

    /// The mention of `state` over `range`, and the token after it; nil when the gazetteer has
    /// no such division, or when the form needs a town (``StateAbbreviations/State/needsTown``)
    /// and `town` holds none of the state's.
    private func stateMention(_ state: StateAbbreviations.State, _ range: Range<Int>, town: Range<Int>? = nil,
                              needsTown: Bool? = nil) -> (PlaceMention, Int)? {
        let key = state.key
        let named = table.appendPlaces(forKey: key, from: gazetteer)
        let states = table.keepCandidates(named) { gazetteer.kind($0) == .admin1 && gazetteer.countryKey($0) == state.country }
        guard let stateID = states.first.map({ table.candidates[$0] }) else { return nil }
        if needsTown ?? state.needsTown {
            guard let town, table.candidates[town].contains(where: { gazetteer.kind($0) == .city && gazetteer.admin1(of: $0) == stateID }) else { return nil }
        }
        var mention = PlaceMention(bytes: tokens[range.lowerBound].span.bytes.lowerBound..<tokens[range.upperBound - 1].span.bytes.upperBound,
                                   tokens: range, key: key, candidates: states)
        mention.abbreviatedState = true
        return (mention, range.upperBound)
    }

    private func startsLowerCase(_ index: Int) -> Bool {
        guard index < tokens.count, let first = bytes[tokens[index].span.bytes].first else { return false }
        return first >= 97 && first <= 122
    }

    /// "India-Pakistan border", "Iran-Iraq war", "US-China ties", "Antwerp-Hamburg range":
    /// places joined by hyphens into one word, each a country, a first-level division or a city
    /// of 100,000 by its own name, are each a mention. Not company names joined the same way:
    /// "Mercedes-Benz" (no such places), "Georgia-Pacific" (an ocean is no such place),
    /// "Dayton-Hudson" (Hudson only an alias of Jersey City), "Amsterdam-Rotterdam Bank" (a
    /// capitalized word follows); nor directions ("East-West trade").
    /// Returns whether the word was read so (its mentions appended to `places`).
    func pairedPlaces(at index: Int, into places: inout [PlaceMention]) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        if index + 1 < tokens.count, contiguous(index + 1), table.flags[index + 1] & TokenTable.capitalized != 0 { return false }
        let range = token.span.bytes
        // (A name of its own, "Baden-Württemberg" or "Guinea-Bissau", was read as a name already.)
        if let whole = spanKey(range), gazetteer.hasPlace(forKey: whole) { return false }
        // Two or three parts: the one or two hyphens' offsets, without an array per compound.
        var hyphens = (first: 0, second: 0), hyphenCount = 0
        for offset in range where bytes[offset] == UInt8(ascii: "-") {
            guard hyphenCount < 2 else { return false }
            if hyphenCount == 0 { hyphens.first = offset } else { hyphens.second = offset }
            hyphenCount += 1
        }
        guard hyphenCount > 0 else { return false }
        let found = places.count
        var partStart = range.lowerBound
        for part in 0...hyphenCount {
            let partEnd = part == hyphenCount ? range.upperBound : part == 0 ? hyphens.first : hyphens.second
            defer { partStart = partEnd + 1 }
            guard let mention = pairedPlace(partStart..<partEnd, of: index) else {
                places.removeLast(places.count - found)
                return false
            }
            places.append(mention)
        }
        return true
    }

    /// The mention the part `part` (bytes) of the compound token `index` makes, or nil when it
    /// names no well-known place (see ``pairedPlaces(at:into:)``).
    private func pairedPlace(_ part: Range<Int>, of index: Int) -> PlaceMention? {
        guard let first = part.first.map({ bytes[$0] }), first >= 65 && first <= 90 || first >= 0xC3,
              let key = spanKey(part), gazetteer.hasPlace(forKey: key),
              !(words.classes[key] ?? []).contains(.direction) else { return nil }
        let candidates = table.appendPlaces(forKey: key, from: gazetteer)
        let wellKnown = table.candidates[candidates].contains { id in
            switch gazetteer.kind(id) {
            case .continent, .country, .admin1: true
            case .city: gazetteer.population(id) >= 100_000 && gazetteer.isNamed(id, key: key)
            case .admin2, .region, .feature: false
            }
        }
        guard wellKnown else { return nil }
        var mention = PlaceMention(bytes: part, tokens: index..<(index + 1), key: key, candidates: candidates)
        mention.locative = true // the compound itself says these are places
        return mention
    }
}
