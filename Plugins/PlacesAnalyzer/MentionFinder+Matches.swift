import Foundation
import Gazetteer
import TextAnalysis

/// Reading a gazetteer match as a mention: the longest name from a token, the hint of a type
/// word around it, the features a pattern names ("the Oskil River"), names after a title.
extension MentionFinder {
    /// The longest run of tokens from `start` whose text is a gazetteer name.
    func longestHit(from start: Int, before limit: Int, acrossClitics: Bool = false) -> Range<Int>? {
        longestNameHit(from: start, before: limit, acrossClitics: acrossClitics)?.range
    }

    /// ``longestHit(from:before:acrossClitics:)`` with the span's folded key, or 0 for a key
    /// ``mention(_:in:)`` must fold again (a span whose first token has no key).
    func longestNameHit(from start: Int, before limit: Int, acrossClitics: Bool = false) -> (range: Range<Int>, key: UInt64)? {
        var longest = min(limit, start + gazetteer.longestNameWords + 2)
        guard longest > start else { return nil }
        // Across clitics too ("People's Republic of China"), the span grows a token at a time
        // below: folding every span from the longest down cost a thousand instructions for each
        // name before a possessive ("Trump's"). Only a first token without a key needs that.
        if acrossClitics, key(start) == 0 {
            // Only a run without sentence breaks or punctuation gaps may hold one name.
            if let stop = (start + 1..<longest).first(where: { !contiguousOrClitic($0) }) { longest = stop }
            var end = longest
            while end > start {
                let last = end - 1
                if isNameWord(last), let key = spanKey(tokens[start].span.bytes.lowerBound..<tokens[last].span.bytes.upperBound),
                   gazetteer.hasPlace(forKey: key) {
                    return (start..<end, key)
                }
                end -= 1
            }
            return nil
        }
        // Tokens of a chunk are separated by spaces only (or glued clitics): grow the key a token
        // at a time, and keep the last (longest) span that is a name.
        let startKey = key(start)
        var spanKey = startKey
        var found: (range: Range<Int>, key: UInt64)?
        bytes.withUnsafeBufferPointer { bytes in
            for last in start..<longest {
                // Only a run without sentence breaks or punctuation gaps may hold one name: across
                // clitics, the run ends at the first token that neither continues it nor is a
                // clitic glued on (found here, not by a scan of every token up to the longest
                // name's length first: most such runs end at the possessive's next word).
                if acrossClitics, last > start, !contiguousOrClitic(last) { break }
                if last > start {
                    let separated = tokens[last - 1].span.bytes.upperBound < tokens[last].span.bytes.lowerBound
                    spanKey = NameKey.key(continuing: spanKey, with: UnsafeBufferPointer(rebasing: bytes[tokens[last].span.bytes]),
                                          separated: separated)
                }
                if isNameWord(last), spanKey != 0, gazetteer.hasPlace(forKey: spanKey) {
                    found = (start..<(last + 1), startKey != 0 ? spanKey : 0)
                }
                // A longer span after a space is these words, a space and more: no longer name
                // can match unless some name begins with these words. (Not across tokens that
                // touch, whose join no prefix records; not from a first token without a key.)
                if startKey != 0, last + 1 < longest, tokens[last].span.bytes.upperBound < tokens[last + 1].span.bytes.lowerBound,
                   !gazetteer.mayContinueName(key: spanKey) {
                    break
                }
            }
        }
        return found
    }

    /// The mention a gazetteer hit makes, or nil when the hit is not a place name here.
    /// `named` is a hit and its key (0: fold the span again).
    func mention(_ named: (range: Range<Int>, key: UInt64), in chunk: Range<Int>) -> PlaceMention? {
        let hit = named.range
        let hitKey = named.key != 0 ? named.key : spanKey(byteRange(hit))!
        var range = hit
        if range.count > 1, self.key(range.lowerBound) == words.the {
            range = range.dropFirst() // "the UAE" is an alias, but "the" stays outside the span
        }
        let span = byteRange(range)
        let key = range == hit ? hitKey : spanKey(span)!
        if range.count == 1, classes(range.lowerBound).contains(.organization) { return nil }
        if words.seatsOfGovernment.contains(key) { return nil } // "the White House said"
        if range.count == 1 {
            // "Sen. Bob Dole" is no Senj; "La Fondiaria" no Los Angeles ("in Van" is Van, Turkey).
            let wordClasses = classes(range.lowerBound), kind = tokens[range.lowerBound].kind
            if kind == .abbreviation && wordClasses.contains(.title)
                || kind == .word && wordClasses.contains(.connector) && !isAllCaps(range.lowerBound)
                && !(range.lowerBound > 0 && isLocative(range.lowerBound - 1)) {
                return nil
            }
        }
        if range.upperBound < tokens.count, isNameWord(range.upperBound), self.key(range.upperBound) != 0, words.streetWords.contains(self.key(range.upperBound)),
           !namesCountry(hitKey) {
            // "Wall Street", "Pennsylvania Avenue", "Victoria Highway": a street, not the place. (A
            // country keeps its reading: "the Bangladesh Bridge", "Japan Highway Public Corp".)
            return nil
        }
        if range.lowerBound > 0, self.key(range.upperBound - 1) == words.park, contiguous(range.lowerBound), isNameWord(range.lowerBound - 1) {
            // "Blue Mountains National Park", "Kakadu National Park": a park's name is one
            // feature, not a town named like its last words (National Park, New Jersey).
            return nil
        }
        if isGlued(range.lowerBound - 1, to: range.lowerBound, anyOf: UInt8(ascii: "/"), UInt8(ascii: "/"))
            || isGlued(range.upperBound, to: range.upperBound - 1, anyOf: UInt8(ascii: "/"), UInt8(ascii: "$")),
           !isInSlashDateline(range) {
            return nil // "A/California/7/2009" (a virus strain), "US$460" (a currency)
        }
        if range.upperBound < chunk.upperBound, classes(range.upperBound).contains(.publication) {
            return nil // "New York Times", "The New Zealand Herald": a title, not a place
        }
        // (The entries are fetched after the tests above, which do not depend on them.)
        var candidates = table.appendPlaces(forKey: hitKey, from: gazetteer)
        // "in the Gulf", "the North Sea", "the Atlantic": a lower-case "the" before the name may
        // make the alias of a sea, a river or a region (the Persian Gulf; not Gulf Province, Papua
        // New Guinea, nor the town North Sea, New York), which then decides. Not of a town ("the
        // Plains states" is no alias of Danvers), nor before more of a name or a division's or an
        // office's word ("the Mississippi Supreme Court", "the Parana state capital").
        if range.lowerBound > 0, range == hit, self.key(range.lowerBound - 1) == words.the, contiguous(range.lowerBound),
           range.upperBound >= tokens.count || !(contiguous(range.upperBound) && isNameWord(range.upperBound))
            && classes(range.upperBound).hint == nil && !classes(range.upperBound).contains(.office),
           let withThe = spanKey(tokens[range.lowerBound - 1].span.bytes.lowerBound..<span.upperBound), gazetteer.hasPlace(forKey: withThe) {
            let named = table.appendPlaces(forKey: withThe, from: gazetteer)
            let areas = table.keepCandidates(named) { gazetteer.kind($0) != .city }
            if !areas.isEmpty { candidates = areas }
        }
        // "the central Gulf", "Gulf states": a feature's word that only small places are named is
        // the feature its "the" form names, without that "the" too (the Persian Gulf, not Papua
        // New Guinea's Gulf Province). (Rare: the key of the "the" form is made only then.)
        if range.count == 1, range == hit, isFeatureWord(range.lowerBound),
           table.candidates[candidates].allSatisfy({ gazetteer.kind($0) >= .admin1 && gazetteer.kind($0) != .region && gazetteer.kind($0) != .feature && gazetteer.population($0) < 100_000 }),
           let withThe = NameKey.key(Array("the ".utf8) + Array(bytes[span])), gazetteer.hasPlace(forKey: withThe) {
            let named = table.appendPlaces(forKey: withThe, from: gazetteer)
            let areas = table.keepCandidates(named) { gazetteer.kind($0) == .feature || gazetteer.kind($0) == .region }
            if !areas.isEmpty { candidates = areas }
        }
        if range.count == 1, isAllCaps(range.lowerBound), !isOnCapitalsLine(range.lowerBound), !startsDateline(range.lowerBound),
           !isInSlashDateline(range) {
            if followsCapitalAndComma(range.upperBound + 1), let (state, _) = stateAbbreviation(at: range.upperBound + 1, town: candidates), let stateID = table.candidates[state.candidates].first {
                // "GENEVA, N.Y.": a town of that state all the same.
                candidates = table.keepCandidates(candidates) { gazetteer.admin1(of: $0) == stateID }
            } else {
                // "NSW", "DRC", "US" are abbreviations of big places; "HIV" and "FAO" fold like villages.
                // Written with periods, a capital's abbreviation counts too: "D.C.".
                let dotted = tokens[range.lowerBound].kind == .abbreviation
                // Three capitals or fewer that are a place's own name, not an abbreviation of it,
                // are an acronym that happens to spell one: "GAO" (the General Accounting Office,
                // not Mali's Gao region), "ICA", "LAC".
                let acronym = !dotted && span.count <= 3
                candidates = table.keepCandidates(candidates) {
                    (gazetteer.kind($0) <= .admin1 || gazetteer.kind($0) == .region || dotted && gazetteer.kind($0) == .city && gazetteer.isSeat($0))
                        && !(acronym && gazetteer.isNamed($0, key: key))
                }
            }
            if candidates.isEmpty { return nil }
        }
        if candidates.count > 1 { candidates = settleGround(candidates, named: range) }
        var mention = PlaceMention(bytes: span, tokens: range, key: key, candidates: candidates)
        mention.locative = range.lowerBound > 0 && isLocative(range.lowerBound - 1) || describesPersonFrom(range)
        // A type word right after: "Kharkiv Oblast" (when not a name of its own), "Donetsk region".
        if range.upperBound < tokens.count, contiguous(range.upperBound) || !isNameWord(range.upperBound),
           let hint = classes(range.upperBound).hint, tokens[range.upperBound].kind == .word,
           tokens[range.upperBound].span.bytes.lowerBound - span.upperBound == 1,
           !(range.upperBound + 1 < tokens.count && classes(range.upperBound + 1).contains(.office)) {
            let typeToken = range.upperBound
            if hint == .city, !isNameWord(typeToken), townOfName(after: typeToken) {
                // "the Texas town of Paris", "the Iowa city of Ames": the type word is the next
                // name's, and this place contains it (see ``linkContainers(_:)``).
            } else if isNameWord(typeToken), self.key(typeToken) == words.state, opensBodyName(typeToken) {
                // "the Nebraska State Patrol", "the NSW State Emergency Service": the body's name
                // begins with "State"; the place is the name before it, the state the word says.
                mention.hint = hint
            } else if isNameWord(typeToken) {
                // "Kharkiv Oblast", "Oskil River": part of the name.
                // (Not on a capitals line, where "CHINA FOREST FIRES" may be a lower-case word's.)
                if hint == .water || hint == .land, !isOnCapitalsLine(typeToken) {
                    // "Eastern Creek" near Sydney is no creek of Zambia's Eastern Province: a name of
                    // directions alone says nothing of where the feature is, which is reported unplaced
                    // as ``patternFeature(in:)`` reports it.
                    if range.allSatisfy({ classes($0).contains(.direction) }) {
                        let name = range.lowerBound..<(typeToken + 1)
                        return PlaceMention(bytes: byteRange(name), tokens: name, key: 0, candidates: 0..<0, hint: hint,
                                            locative: mention.locative)
                    }
                    mention.namesFeature = true
                }
                mention.hint = hint
                mention.bytes = span.lowerBound..<tokens[typeToken].span.bytes.upperBound
                mention.tokens = range.lowerBound..<(typeToken + 1)
            } else {
                // "Anhui province", "Donetsk region": a descriptor, outside the name but telling;
                // the gazetteer may know the whole phrase ("Donetsk region" is Donetsk Oblast).
                mention.hint = hint
                if let phrase = spanKey(span.lowerBound..<tokens[typeToken].span.bytes.upperBound), gazetteer.hasPlace(forKey: phrase) {
                    let named = table.appendPlaces(forKey: phrase, from: gazetteer)
                    mention.candidates = hint == .city ? cityDescriptorCandidates(named: named, phrase: phrase, orTownsOf: mention.candidates) : named
                }
            }
        } else if range.upperBound < tokens.count, let hint = classes(range.upperBound).officeHint {
            mention.hint = hint // "New York Governor": the office says which New York
        } else if range.count > 1, let hint = classes(range.upperBound - 1).hint, !isNameWord(range.upperBound - 1) {
            // An alias that ends in a lower-case type word ("Artibonite region"): same convention.
            mention.hint = hint
            mention.tokens = range.lowerBound..<(range.upperBound - 1)
            mention.bytes = byteRange(mention.tokens)
        }
        // "Lake Argyle", "Mount Charlotte", "Cape York": "Lake", "Mount" or "Cape" opening the
        // capitalized run before a name the gazetteer knows only without it names the feature, not
        // a town of the name far away (Argyle, Texas; Charlotte; York, Western Australia): reported
        // as a feature the gazetteer lacks, or in the division of the name as "Victoria River" is.
        // ("Gulf Arab", "Sea King", "Bay Street", "Port Jerome" are other things; "Gulf Canada" a company.)
        if mention.hint == nil, range.lowerBound > 0, case let prefix = range.lowerBound - 1, words.featureNamePrefixes.contains(self.key(prefix)),
           isNameWord(prefix), contiguous(range.lowerBound), prefix == 0 || !contiguous(prefix) || !isNameWord(prefix - 1),
           !isOnCapitalsLine(prefix), !table.candidates[candidates].contains(where: { gazetteer.kind($0) == .country }) {
            mention.hint = .water // (as ``patternFeature(in:)`` reads a prefix)
            mention.namesFeature = true
            mention.tokens = prefix..<mention.tokens.upperBound
            mention.bytes = tokens[prefix].span.bytes.lowerBound..<mention.bytes.upperBound
            mention.candidates = table.keepCandidates(mention.candidates) { gazetteer.kind($0) != .city }
        }
        // A division's or city's type word or office before, through "of" (the one word both a
        // connector and a locative): "the province of Buenos Aires", "the state of Georgia", "the
        // city of Quebec", "the governor of Washington", "the mayor of Paris". Not land or water:
        // "the coast of Broome" is the town, and so is "the island of Cebu".
        if mention.hint == nil, range.lowerBound >= 2, classes(range.lowerBound - 1).isSuperset(of: [.connector, .locative]),
           tokens[range.lowerBound - 2].kind == .word, !isNameWord(range.lowerBound - 2),
           let hint = classes(range.lowerBound - 2).hint ?? classes(range.lowerBound - 2).officeHint,
           hint == .admin || hint == .district || hint == .city {
            mention.hint = hint
        }
        return mention
    }

    /// "Fans queued outside Wembley", "lost 3-0 at Old Trafford": a sports ground (GeoNames'
    /// `STDM`) named like a town or a district is the ground in a sentence about sport or a show,
    /// the town elsewhere ("Stamford Bridge, a village east of York"; Chelsea's ground is 290 km
    /// from it, Aston Villa's "Villa Park" 6,000 km from the Illinois town).
    private func settleGround(_ candidates: Range<Int>, named range: Range<Int>) -> Range<Int> {
        var grounds = 0
        let ids = table.candidates
        for index in candidates where gazetteer.kind(ids[index]) == .feature && gazetteer.packedFeatureCode(ids[index]) == FeatureCodes.stadium {
            grounds += 1
        }
        guard grounds > 0, grounds < candidates.count else { return candidates }
        let sporting = isAboutSport(around: range)
        return table.keepCandidates(candidates) { (gazetteer.kind($0) == .feature && gazetteer.packedFeatureCode($0) == FeatureCodes.stadium) == sporting }
    }

    /// A word of ``PlaceWords/sportsWords`` or a score ("2-0") in the sentence of `range` (at most
    /// 60 tokens each way). (Keys made here: the finder keys only the words near capitals.)
    func isAboutSport(around range: Range<Int>) -> Bool {
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < 60, !isSentenceStart(start) { start -= 1 }
        var end = range.upperBound
        while end < tokens.count, end - range.upperBound < 60, !isSentenceStart(end) { end += 1 }
        for index in start..<end where !range.contains(index) {
            if tokens[index].kind == .word, let word = spanKey(tokens[index].span.bytes), words.sportsWords.contains(word) { return true }
            if index + 2 < end, isScore(index) { return true }
        }
        return false
    }

    /// "2-0", "3-1": two numbers of one or two digits joined by a hyphen, no spaces.
    private func isScore(_ index: Int) -> Bool {
        tokens[index].kind == .number && tokens[index + 2].kind == .number && tokens[index].span.bytes.count <= 2
            && tokens[index + 2].span.bytes.count <= 2 && isGlued(index + 1, to: index, anyOf: UInt8(ascii: "-"), UInt8(ascii: "-"))
            && tokens[index + 1].span.bytes.upperBound == tokens[index + 2].span.bytes.lowerBound
    }

    /// Whether one of the entries of the name `key` is a country.
    private func namesCountry(_ key: UInt64) -> Bool {
        var names = false
        gazetteer.forEachPlace(forKey: key) { id in names = names || gazetteer.kind(id) == .country }
        return names
    }

    /// "Lake Victoria" or "the Oskil River" when the gazetteer lacks them: a feature by pattern.
    func patternFeature(in run: Range<Int>) -> PlaceMention? {
        guard run.count >= 2 else { return nil }
        var chunk = run
        if classes(run.upperBound - 1).hint != nil {
            // The name before a type word is the capitalized words next to it, not across a
            // connector: "Swiss and Cayman Island", "Minister of State" are no places.
            var start = run.upperBound - 1
            while start > run.lowerBound, isNameWord(start - 1), !classes(start - 1).contains(.connector) { start -= 1 }
            chunk = start..<run.upperBound
            guard chunk.count >= 2 else { return nil }
        }
        let firstClasses = classes(chunk.lowerBound), lastClasses = classes(chunk.upperBound - 1)
        if lastClasses.contains(.institution) { return nil } // "Bay State Gas Co": "Co" is a company here
        if firstClasses.contains(.honorific) { return nil } // "Mrs. Hills" is a person
        let hint: PlaceKindHint
        if let typeHint = lastClasses.hint, isNameWord(chunk.upperBound - 1) {
            hint = typeHint
        } else if firstClasses.contains(.featurePrefix) {
            hint = .water
        } else if firstClasses.contains(.installation), isNameWord(chunk.lowerBound), chunk.count == 2,
                  !isGlued(chunk.lowerBound - 1, to: chunk.lowerBound, anyOf: UInt8(ascii: "/"), UInt8(ascii: "/")) {
            // "Fort Hood": no town "Hood" is meant. (Not "Dallas/Fort Worth", whose names a slash
            // keeps from being read at all, as in a virus strain's.)
            var mention = PlaceMention(bytes: byteRange(chunk), tokens: chunk, key: 0, candidates: 0..<0, hint: .land)
            mention.locative = chunk.lowerBound > 0 && isLocative(chunk.lowerBound - 1)
            return mention
        } else {
            return nil
        }
        let span = byteRange(chunk)
        // The name without its type word may still be known: "Salinas Valley" lies at Salinas.
        let nameTokens = lastClasses.hint != nil ? chunk.lowerBound..<(chunk.upperBound - 1) : (chunk.lowerBound + 1)..<chunk.upperBound
        // "First City", "Circuit City", "American City", "Sea Containers", "Sea World": a town's or
        // division's word, or "Sea" before, with one common word or a nationality for a name is a
        // company's or a park's. (Not water or land: "Snake River", "Crystal Lake" are places.)
        if nameTokens.count == 1, lastClasses.hint != nil ? hint == .city || hint == .admin || hint == .district : key(chunk.lowerBound) == words.sea,
           isCommonWord(nameTokens.lowerBound) || gazetteer.isDemonym(key: key(nameTokens.lowerBound)) {
            return nil
        }
        // A name that is only directions ("Eastern Creek") says nothing about where it is.
        let onlyDirections = nameTokens.allSatisfy { classes($0).contains(.direction) }
        let nameKey = onlyDirections ? 0 : spanKey(byteRange(nameTokens)) ?? 0
        var mention = PlaceMention(bytes: span, tokens: chunk, key: nameKey, candidates: table.appendPlaces(forKey: nameKey, from: gazetteer),
                                   hint: hint)
        mention.locative = chunk.lowerBound > 0 && isLocative(chunk.lowerBound - 1)
        return mention
    }

    /// Whether the word at `first` is the second or third word of a name after a title, the
    /// title before the capitalized run or inside it ("minister Makoto Kuroda", "President
    /// Mauno Koivisto", "Koivisto and Dr Iver Cairns").
    func followsTitledName(_ first: Int, chunk: Range<Int>) -> Bool {
        for title in stride(from: first - 2, through: max(first - 3, chunk.lowerBound - 1, 0), by: -1) where isPersonTitle(title) && contiguous(title + 1) {
            return (title + 1..<first).allSatisfy { isNameWord($0) && !classes($0).contains(.connector) }
        }
        return false
    }

    /// A title word, but not a lower-case one that is mostly an adjective: "its major Chicago
    /// distribution center", "the general Moscow area" (a capitalized "Major Lee" is a title).
    func isTitle(_ index: Int) -> Bool {
        classes(index).contains(.title) && (table.flags[index] & TokenTable.capitalized != 0 || !words.adjectivalTitles.contains(key(index)))
    }

    /// A title before a whole name: a lower-case one ("minister Makoto Kuroda", "his father
    /// Hussein Obama") or an honorific ("President George W. Bush"). A capitalized "General",
    /// "King" or "Lady" also starts names of things ("General Motors Canada", "King Nut").
    private func isPersonTitle(_ index: Int) -> Bool {
        let wordClasses = classes(index)
        guard wordClasses.contains(.title) else { return false }
        return table.flags[index] & TokenTable.capitalized == 0 || wordClasses.contains(.honorific)
    }

    /// "the Nebraska State Patrol", "NSW State Emergency Service", "Ohio State Highway Patrol": a
    /// capitalized "State" with another name word after it that is neither a place's type word nor
    /// an office (those have their own readings) opens a public body's name.
    private func opensBodyName(_ typeToken: Int) -> Bool {
        let next = typeToken + 1
        return next < tokens.count && contiguous(next) && isNameWord(next) && !isConnector(next) && !isAllCaps(next)
            && classes(next).hint == nil && !classes(next).contains(.office) && key(next) != words.park
    }

    /// "a Kilkenny man", "an Ames woman", "the Dundalk native": a name between an article and a
    /// person's noun says where the person is from, as "a man from Kilkenny" does.
    func describesPersonFrom(_ range: Range<Int>) -> Bool {
        // (Keys, not folds: the words next to a capital were keyed with it.)
        let next = range.upperBound
        guard range.lowerBound > 0, next < tokens.count, tokens[next].kind == .word, table.flags[next] & TokenTable.capitalized == 0,
              contiguous(next), words.personNouns.contains(key(next)) else { return false }
        let article = key(range.lowerBound - 1)
        return article == words.a || article == words.an || article == words.the
    }

    /// "Victoria city hall", "Lincoln city officials": a lower-case "city" is as often the town's
    /// descriptor as part of a name ("Quebec city"), so the towns of the name alone (`towns`)
    /// compete with the entries of the phrase (`named`: Victoria City, an alias of Hong Kong's
    /// Victoria; Lincoln City, Oregon), unless the phrase is a big city's own name ("Mexico city",
    /// "Ho Chi Minh city"). Out of line, and by loops: it runs for few mentions.
    @inline(never)
    private func cityDescriptorCandidates(named: Range<Int>, phrase: UInt64, orTownsOf towns: Range<Int>) -> Range<Int> {
        for index in named where gazetteer.isNamed(table.candidates[index], key: phrase) && gazetteer.population(table.candidates[index]) >= 100_000 {
            return named
        }
        var end = named.upperBound // (the towns are appended right after: one range)
        for index in towns where gazetteer.kind(table.candidates[index]) == .city {
            let town = table.candidates[index]
            var listed = false
            for other in named where table.candidates[other] == town { listed = true }
            if !listed { end = table.keepCandidates(index..<(index + 1)) { _ in true }.upperBound }
        }
        return named.lowerBound..<end
    }
}
