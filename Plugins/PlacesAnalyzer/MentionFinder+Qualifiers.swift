import Foundation
import Gazetteer
import TextAnalysis

/// Demonyms, common words that are places only in context ("Mobile, Alabama"), and what links
/// mentions: qualifiers ("Paris, Texas"), containers ("the Texas town of Paris"), lists.
extension MentionFinder {
    /// Whether ``demonym(at:before:)`` may find one at `index`, settled inline from the token's
    /// key: most chunk words begin no demonym, and the call returning nil cost more than the two
    /// probes. (A token without a key is left to the call.)
    @inline(__always)
    func mayBeginDemonym(_ index: Int) -> Bool {
        let key = key(index)
        return key == 0 || gazetteer.mayBeginDemonym(key: key) || gazetteer.isDemonym(key: key)
    }

    /// A demonym of one or two words ("Saudi Arabian") at `index`, the longer first.
    func demonym(at index: Int, before limit: Int) -> (Range<Int>, String)? {
        // Keys from the per-token ones: every chunk word asks, and folding is the cost.
        let cached = key(index) // 0 where it was not computed
        guard let first = cached != 0 ? cached : spanKey(tokens[index].span.bytes) else { return nil }
        // (A pair folds to the first word's bytes and more: only a word that begins a demonym can begin one.)
        if index + 2 <= limit, gazetteer.mayBeginDemonym(key: first) {
            let separated = tokens[index].span.bytes.upperBound < tokens[index + 1].span.bytes.lowerBound
            let pair = bytes.withUnsafeBufferPointer { bytes in
                NameKey.key(continuing: first, with: UnsafeBufferPointer(rebasing: bytes[tokens[index + 1].span.bytes]), separated: separated)
            }
            if gazetteer.isDemonym(key: pair), let country = gazetteer.demonymCountry(forKey: pair) { return (index..<(index + 2), country) }
        }
        if index + 1 <= limit, gazetteer.isDemonym(key: first), let country = gazetteer.demonymCountry(forKey: first) {
            return (index..<(index + 1), country)
        }
        return nil
    }

    /// A common English word ("Split", "Mobile", "Police") is a place only after a locative
    /// preposition, or with a qualifier, and then only a sizeable one.
    func isRejectedCommonWord(_ mention: PlaceMention) -> Bool {
        if mention.tokens.count != 1 || !words.weakNames.contains(mention.key) { // "Venus" is a planet first
            guard mention.tokens.count == 1 || mention.hint != nil, let share = lexicon.lowerCaseShare(key: mention.key), share >= 0.3 else {
                return false
            }
            if isAllCaps(mention.tokens.lowerBound) && mention.bytes.count <= 5 { return false } // "US", "UK": acronyms
        }
        if isQualifiedNext(mention.tokens, key: mention.key) { return false }
        guard mention.locative || namedWithDivisionWord(mention) else { return true }
        return !candidates(of: mention).contains { id in
            gazetteer.kind(id) <= .admin1 || gazetteer.population(id) >= 20_000
        }
    }

    /// "the Orange region", "Orange district apple growers": a lower-case division's word after
    /// the name says it is a place, as a locative before it does.
    private func namedWithDivisionWord(_ mention: PlaceMention) -> Bool {
        let next = mention.tokens.upperBound
        guard mention.hint == .admin || mention.hint == .district, next < tokens.count else { return false }
        return classes(next).hint == mention.hint && !isNameWord(next)
    }

    /// "Mobile, Alabama": a division or country named after a comma holds one of the entries of
    /// the name at `range` (`key`) of 20,000 people or more. (Asked while matching, before
    /// ``linkQualifiers(_:)``, of a common word that would be no place otherwise.)
    func isQualifiedNext(_ range: Range<Int>, key: UInt64) -> Bool {
        let comma = range.upperBound
        guard key != 0, comma + 1 < tokens.count, isByte(comma, UInt8(ascii: ",")),
              let named = longestNameHit(from: comma + 1, before: min(tokens.count, comma + 1 + gazetteer.longestNameWords)),
              let containerKey = named.key != 0 ? named.key : spanKey(byteRange(named.range)) else { return false }
        var holds = false
        gazetteer.forEachPlace(forKey: containerKey) { container in
            let kind = gazetteer.kind(container)
            guard !holds, kind == .country || kind == .admin1 else { return }
            gazetteer.forEachPlace(forKey: key) { id in
                holds = holds || gazetteer.population(id) >= 20_000
                    && (kind == .admin1 ? gazetteer.admin1(of: id) == container : gazetteer.countryKey(id) == gazetteer.countryKey(container))
            }
        }
        return holds
    }

    /// "in Moonbi, Parkes, Berry and Wyong": a weak reading (a surname, a common word) is an item
    /// of a list of three or more whose other items include two places read on their own. A list
    /// names things of one kind. (Not across a gap: "Parkes said" stays the person.) Over the news
    /// corpus this kept 10 towns, all right ("Boston, Buffalo, Hartford", "Wellsville, Amity, Andover").
    func isListedAmongPlaces(_ index: Int, in places: [PlaceMention]) -> Bool {
        // (Before overlaps are settled: a mention may end after the next one starts.)
        func listed(_ place: PlaceMention, _ next: PlaceMention) -> Bool {
            place.bytes.upperBound <= next.bytes.lowerBound && listSeparator(from: place, to: next) != nil
        }
        var first = index, last = index
        while first > 0, listed(places[first - 1], places[first]) { first -= 1 }
        while last + 1 < places.count, listed(places[last], places[last + 1]) { last += 1 }
        // Not the list's first item, which may be what the rest describes ("Williams, Duluth,
        // Ga., is an insurer", "fort Worth and Cleburne"), nor the first word of a longer name
        // ("Superior Court", "Dumbarton Oaks").
        let next = places[index].tokens.upperBound
        guard last - first >= 2, index > first, next >= tokens.count || !(contiguous(next) && isNameWord(next)) else { return false }
        return (first...last).count { !places[$0].weak && !places[$0].candidates.isEmpty } >= 2
    }

    /// "Paris, Texas": a place right after a comma qualifies the one before; so does each link
    /// of "Kupiansk, Kharkiv Oblast, Ukraine". Places joined by "and" or "or" ("Washington,
    /// Pennsylvania and California"), or four and more joined by commas ("Michigan, Oregon, New
    /// Mexico, New York"), are a list instead: siblings, none the container of the one before.
    func linkQualifiers(_ places: inout [PlaceMention]) {
        var first = 0
        while first < places.count {
            // "Geneseo, Ill., and Austin, Tex.": a state's abbreviation qualifies the town before it.
            if first + 1 < places.count, places[first + 1].abbreviatedState, listSeparator(from: places[first], to: places[first + 1]) == .comma {
                places[first].qualifier = first + 1
                first += 2
                continue
            }
            if first + 1 < places.count, places[first].juxtaposedWithContainer, places[first + 1].juxtaposedWithContainer {
                places[first].qualifier = first + 1 // "Perry Oklahoma"
                first += 1
                continue
            }
            var end = first + 1
            var conjunction = false
            while end < places.count, !places[end].abbreviatedState, end + 1 == places.count || !places[end + 1].abbreviatedState,
                  let separator = listSeparator(from: places[end - 1], to: places[end]), !opensApposition(places[end]) {
                conjunction = conjunction || separator == .conjunction
                end += 1
            }
            // "Los Angeles, Santa Barbara and Ventura": a list whose last item is no place we know
            // (but "Milan, Italy and ARCO": Italy holds Milan).
            if !conjunction, end - first >= 2, namesAnotherAfterConjunction(places[end - 1]),
               !(first..<(end - 1)).contains(where: { isQualified(places[$0], by: places[$0 + 1]) }) {
                conjunction = true
            }
            if end - first >= 4, (end - first) % 2 == 0, qualifiedPairs(places, first..<end) {
                // "Victoria, British Columbia and Victoria, Australia", "Paris, Texas, and Paris,
                // France": places each qualified by the next, in pairs, are a list of the pairs.
                for index in stride(from: first, to: end, by: 2) { places[index].qualifier = index + 1 }
            } else if conjunction || end - first >= 4 {
                for index in first..<end { places[index].list = first }
                hintListedDivisions(&places, first..<end)
            } else {
                for index in first..<(end - 1) { places[index].qualifier = index + 1 }
            }
            first = end
        }
        // "around Delhi, in Delaware County, New York": a division or a country after ", in"
        // holds the place before it, as one after a bare comma does.
        for index in places.indices.dropLast() where places[index].qualifier == nil && places[index].list == nil {
            let gap = places[index].bytes.upperBound, next = places[index + 1].bytes.lowerBound
            guard next - gap == 5, bytes[gap] == UInt8(ascii: ","), bytes[gap + 1] == 0x20, bytes[gap + 2] == UInt8(ascii: "i"),
                  bytes[gap + 3] == UInt8(ascii: "n"), bytes[gap + 4] == 0x20,
                  candidates(of: places[index + 1]).contains(where: { gazetteer.kind($0) <= .admin2 }) else { continue }
            places[index].qualifier = index + 1
        }
    }

    /// "Perry Oklahoma", "Storm Lake Iowa": a town and the state (first-level division) holding
    /// a town of its name, with no comma between, as local papers and informal copy write them
    /// (the caller asks that the pair be the capitalized run, or an item of it between "and"s).
    /// Not a country after the name, which heads a firm's unit or an apposition more often than
    /// it places a town ("Campbell U.S.A.", "to Moscow U.S. grain"); not a country's name before
    /// it, a type word, or directions ("West Texas" is no town West in Texas).
    func isTownBeforeContainer(_ town: PlaceMention, _ container: PlaceMention) -> Bool {
        guard town.tokens.upperBound == container.tokens.lowerBound,
              town.hint == nil, container.hint == nil, !town.candidates.isEmpty, !container.candidates.isEmpty,
              !town.tokens.allSatisfy({ classes($0).contains(.direction) }) else { return false }
        // (By index, not through slices of the candidate list: asked of every two adjacent names.)
        let candidates = table.candidates
        for index in town.candidates where gazetteer.kind(candidates[index]) <= .country { return false }
        for holderIndex in container.candidates where gazetteer.kind(candidates[holderIndex]) == .admin1 {
            let holder = candidates[holderIndex]
            for index in town.candidates where gazetteer.kind(candidates[index]) == .city && gazetteer.admin1(of: candidates[index]) == holder {
                return true
            }
        }
        return false
    }

    /// "the states of Minas Gerais, Rio de Janeiro and Sao Paulo", "Kaduna, Katsina and Zamfara
    /// states": a division's type word in the plural before the list (through "of") or right
    /// after its last item gives each item the hint the singular gives one name ("Zamfara
    /// state"), so "Sao Paulo" there is the state even after a dateline's "SAO PAULO" city.
    private func hintListedDivisions(_ places: inout [PlaceMention], _ items: Range<Int>) {
        let head = places[items.lowerBound].tokens.lowerBound, tail = places[items.upperBound - 1].tokens.upperBound
        var hint: PlaceKindHint?
        if head >= 2, key(head - 1) == words.of, !isNameWord(head - 2) { hint = words.pluralTypeWords[key(head - 2)] }
        if hint == nil, tail < tokens.count, contiguous(tail), !isNameWord(tail) { hint = words.pluralTypeWords[key(tail)] }
        guard let hint else { return }
        for index in items where places[index].hint == nil {
            places[index].hint = hint
            places[index].hintFromList = true
        }
    }

    /// "the Ohio and Mississippi rivers", "the Niger and Benue rivers", "the Tennessee and
    /// Cumberland rivers": "rivers" after names joined by "and" (or a list) makes each a river, as
    /// "the Niger river" makes one. Such rivers mostly share their names with the states and
    /// countries they cross, which the gazetteer knows by the bare name, the river only as
    /// "Niger River": each item is looked up with "river" after it. Only the listed mentions
    /// are read so; a bare "Mississippi" elsewhere in the story keeps its own reading.
    func readListedRivers(_ places: inout [PlaceMention]) {
        var added: [(at: Int, mention: PlaceMention)] = []
        for index in places.indices {
            let after = places[index].tokens.upperBound
            guard after < tokens.count, contiguous(after) else { continue }
            let first = places[index].list ?? index
            if key(after) == words.rivers {
                // "The Huai and Yangtze rivers": the first item may be a name read as no place.
                let unread = unreadRiverName(before: places[first], after: first > 0 ? places[first - 1].tokens.upperBound : 0)
                // A capitalized "Rivers" closes a list's name ("the Murray and Murrumbidgee
                // Rivers"), but after one name it is a name's own word ("Rivers State", Nigeria's).
                guard !isNameWord(after) || first < index || unread != nil else { continue }
                for item in first...index { readAsRiver(&places[item]) }
                if let unread { added.append((first, riverMention(unread))) }
            } else if key(after) == words.and, after + 1 < tokens.count, !isNameWord(after), index + 1 == places.count || places[index + 1].tokens.lowerBound > after + 1 {
                // The other item is a name read as no place: "and Cumberland rivers", "and Drina rivers".
                var end = after + 1
                while end < tokens.count, contiguous(end), isNameWord(end) { end += 1 }
                guard end > after + 1, end < tokens.count, contiguous(end), key(end) == words.rivers else { continue }
                for item in first...index { readAsRiver(&places[item]) }
                added.append((index + 1, riverMention((after + 1)..<end)))
            }
        }
        for (offset, addition) in added.enumerated() { places.insert(addition.mention, at: addition.at + offset) }
    }

    /// The capitalized words of "the Cenepa and" right before `mention`, none of them read as a
    /// place (nothing of them at or after `readEnd`, the end of the mention before).
    private func unreadRiverName(before mention: PlaceMention, after readEnd: Int) -> Range<Int>? {
        let and = mention.tokens.lowerBound - 1
        guard and >= 2, key(and) == words.and, contiguous(mention.tokens.lowerBound), contiguous(and) else { return nil }
        var start = and
        while start > readEnd, isNameWord(start - 1), key(start - 1) != words.the, contiguous(start) { start -= 1 }
        guard start < and, start > readEnd, key(start - 1) == words.the else { return nil }
        return start..<and
    }

    /// "the Drina river", "the Huai river": a capitalized word the gazetteer has no place for,
    /// after "the" and before a lower-case "river", is the river of its name ("Huai River"), or a
    /// river the gazetteer lacks, reported unplaced as a pattern's features are. So are two such
    /// words joined by "and" before "rivers": "the Padma and Meghna rivers" (a name the gazetteer
    /// has after "and" is read by ``readListedRivers(_:)``).
    func riversBeforeTypeWord(_ index: Int) -> [PlaceMention] {
        guard index >= 1, index + 1 < tokens.count, key(index - 1) == words.the, contiguous(index), contiguous(index + 1),
              !isNameWord(index + 1), !isOnCapitalsLine(index), !isCommonWord(index) else { return [] }
        if key(index + 1) == words.river { return [riverMention(index..<(index + 1), locativeAt: index - 2)] }
        let other = index + 2
        guard key(index + 1) == words.and, other + 1 < tokens.count, isNameWord(other), contiguous(other), contiguous(other + 1),
              key(other + 1) == words.rivers, !isCommonWord(other), isLoneNonName(other) else { return [] }
        return [riverMention(index..<(index + 1), locativeAt: index - 2), riverMention(other..<(other + 1), locativeAt: index - 2)]
    }

    /// A mention of the river named by the words `name`; a locative at `locativeAt` ("along the
    /// Huai river") marks it as one.
    private func riverMention(_ name: Range<Int>, locativeAt: Int = -1) -> PlaceMention {
        let nameBytes = byteRange(name)
        var river = PlaceMention(bytes: nameBytes, tokens: name, key: spanKey(nameBytes) ?? 0,
                                 candidates: table.candidates.count..<table.candidates.count, hint: .water)
        river.hintFromList = true
        river.locative = locativeAt >= 0 && isLocative(locativeAt)
        readAsRiver(&river)
        return river
    }

    /// `mention` as the river "<name> River" when the gazetteer has one; otherwise a river it
    /// lacks (its candidates, towns and divisions of the name, are kept for the resolver, which
    /// reports the feature unplaced as it does "the Santiago river").
    private func readAsRiver(_ mention: inout PlaceMention) {
        guard mention.hint == nil || mention.hintFromList else { return }
        var name = Array(bytes[mention.bytes])
        name.append(contentsOf: " river".utf8)
        if let riverKey = NameKey.key(name), gazetteer.hasPlace(forKey: riverKey) {
            mention.candidates = table.appendPlaces(forKey: riverKey, from: gazetteer)
        }
        mention.hint = .water
        mention.hintFromList = true
    }

    /// The places of `run` pair off, each pair a place after a comma and a division or country
    /// that holds it.
    private func qualifiedPairs(_ places: [PlaceMention], _ run: Range<Int>) -> Bool {
        stride(from: run.lowerBound, to: run.upperBound, by: 2).allSatisfy { isQualified(places[$0], by: places[$0 + 1]) }
    }

    /// "of" and a name after a town's type word `typeToken`: "town of Paris".
    func townOfName(after typeToken: Int) -> Bool {
        typeToken + 2 < tokens.count && classes(typeToken + 1).isSuperset(of: [.connector, .locative])
            && contiguous(typeToken + 1) && contiguous(typeToken + 2) && isNameWord(typeToken + 2)
    }

    /// "the Texas town of Paris", "the Iowa city of Ames": the place before the type word
    /// qualifies the town after "of", as "Paris, Texas" does. "the Kimberley region of Western
    /// Australia", "the Kasai province of Congo": the place after a division's type word and "of"
    /// qualifies the one before it, as "Kimberley, Western Australia" would.
    ///
    /// "New York's Rockland County", "Georgia's Fulton County": a place in the possessive right
    /// before another that it holds qualifies it too, so "New York" is the state.
    func linkContainers(_ places: inout [PlaceMention]) {
        for index in places.indices.dropFirst() {
            if places[index].qualifier == nil, places[index].list == nil, holdsInPossessive(places[index - 1], places[index]) {
                places[index].qualifier = index - 1
                continue
            }
            if places[index - 1].qualifier == nil, places[index - 1].list == nil, namesDivisionOf(places[index - 1], places[index]) {
                places[index - 1].qualifier = index
                continue
            }
            let typeToken = places[index - 1].tokens.upperBound
            if places[index].qualifier == nil, places[index].tokens.lowerBound == typeToken + 2, classes(typeToken).hint == .city,
               !isNameWord(typeToken), townOfName(after: typeToken) {
                places[index].qualifier = index - 1
            }
        }
    }

    /// "Kimberley region of Western Australia": `mention`, a lower-case division's word, "of", then `next`.
    private func namesDivisionOf(_ mention: PlaceMention, _ next: PlaceMention) -> Bool {
        let typeToken = mention.tokens.upperBound
        guard next.tokens.lowerBound == typeToken + 2, mention.hint == .admin || mention.hint == .district,
              classes(typeToken).hint == mention.hint, !isNameWord(typeToken) else { return false }
        return townOfName(after: typeToken)
    }

    /// `container`, then "'s", then `place`.
    private func holdsInPossessive(_ container: PlaceMention, _ place: PlaceMention) -> Bool {
        let clitic = container.tokens.upperBound
        guard place.tokens.lowerBound == clitic + 1, tokens[clitic].kind == .clitic, !container.weak else { return false }
        return holds(container, oneOf: place)
    }

    /// Whether `next` follows `mention` after a comma (or "region of") and names a division or
    /// country that contains one of its entries.
    func isQualified(_ mention: PlaceMention, by next: PlaceMention) -> Bool {
        guard !next.weak, listSeparator(from: mention, to: next) == .comma || namesDivisionOf(mention, next) else { return false }
        return holds(next, oneOf: mention)
    }

    /// Whether one of `holder`'s entries is a division or country that holds one of `mention`'s.
    private func holds(_ holder: PlaceMention, oneOf mention: PlaceMention) -> Bool {
        candidates(of: holder).contains { container in
            let kind = gazetteer.kind(container)
            guard kind == .country || kind == .admin1 else { return false }
            return candidates(of: mention).contains { id in
                kind == .admin1 ? gazetteer.admin1(of: id) == container : gazetteer.countryKey(id) == gazetteer.countryKey(container)
            }
        }
    }

    enum ListSeparator { case comma, conjunction }

    /// "Moi, Kenya's ruler", "Carling, Canada's third largest brewery": a place in the possessive
    /// after a comma opens an apposition about what comes before, which it neither qualifies nor
    /// lists with.
    private func opensApposition(_ place: PlaceMention) -> Bool {
        place.tokens.upperBound < tokens.count && tokens[place.tokens.upperBound].kind == .clitic
    }

    /// "and" or "or" and a capitalized word right after `place` (in the same sentence).
    private func namesAnotherAfterConjunction(_ place: PlaceMention) -> Bool {
        let next = place.tokens.upperBound
        guard next + 1 < tokens.count, contiguous(next), contiguous(next + 1), isNameWord(next + 1) else { return false }
        let word = tokens[next].span.bytes
        return joinsTwoNames(next) || word.count == 2 && bytes[word.lowerBound] == UInt8(ascii: "o") && bytes[word.lowerBound + 1] == UInt8(ascii: "r")
    }

    /// How two places are joined when only a list separator stands between them: ", ", " and ",
    /// ", or ", "&".
    func listSeparator(from place: PlaceMention, to next: PlaceMention) -> ListSeparator? {
        var gap = bytes[place.bytes.upperBound..<next.bytes.lowerBound]
        guard gap.count <= 6 else { return nil }
        var comma = false
        if gap.first == UInt8(ascii: ",") {
            comma = true
            gap = gap.dropFirst()
        }
        while gap.first == 0x20 { gap = gap.dropFirst() }
        while gap.last == 0x20 { gap = gap.dropLast() }
        if gap.isEmpty { return comma ? .comma : nil }
        return gap.elementsEqual("and".utf8) || gap.elementsEqual("or".utf8) || gap.elementsEqual("&".utf8) ? .conjunction : nil
    }
}
