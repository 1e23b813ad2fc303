import Foundation
import Gazetteer
import TextAnalysis

/// Finds place names and demonyms in a tokenized document.
///
/// Names are found as the longest gazetteer match inside a run of capitalized words (a
/// "chunk"), and a match is kept only when the chunk around it reads as a place: "Hamilton"
/// alone is a place, "Kerry-Ann Hamilton" is a person, "Texas Department of Health" an
/// organization, "Police" at the start of a sentence a common word. ALL-CAPS headlines carry
/// no case evidence, so there only well-known places that are not common words count.
struct MentionFinder {
    let gazetteer: Gazetteer
    let lexicon: Lexicon
    private let words = PlaceWordKeys.shared
    private let tokens: [Token]
    private let bytes: [UInt8]
    /// Per-token flags (sentence start, capitals line, name word) and keys computed on first use.
    private let table: TokenTable

    /// `memory`: table memory the caller holds for this document (see ``TokenTableMemory``).
    init(document: Document, gazetteer: Gazetteer, lexicon: Lexicon, memory: TokenTableMemory) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        let tokens = document.tokens
        let bytes = document.bytes
        self.tokens = tokens
        self.bytes = bytes
        let table = TokenTable(count: tokens.count, memory: memory)
        self.table = table
        let flags = table.flags
        for sentence in document.sentences where sentence.tokens.lowerBound < tokens.count {
            flags[sentence.tokens.lowerBound] |= TokenTable.sentenceStart
        }
        // One pass over raw buffers: only words starting with a capital or a Latin letter with a
        // diacritic are classified here; lower-case particles are found from their marks.
        let particles = PlaceWordKeys.shared.particles
        bytes.withUnsafeBufferPointer { text in
            tokens.withUnsafeBufferPointer { tokens in
                Self.classifyMarkedWords(tokens, text, particles, into: flags)
                // Only capitalized tokens are classified and only near them are keys computed:
                // the loop steps over the others (most tokens) with one test each.
                // Keys only where a name can be: words and abbreviations that are capitalized or
                // within a token of a capitalized one (connectors, titles, type words,
                // locatives); 0 elsewhere. All at once, with the hash inlined: asked lazily, the
                // check and the call cost more than the keys most tokens here need anyway.
                // The same pass lists where ``find()`` has anything to do: name words, and
                // capitalized words that may be compounds ("Kharkiv-based").
                let keys = table.keys, starts = table.starts
                var startCount = 0
                var keyed = 0 // tokens before this one are keyed (or need no key)
                for index in 0..<tokens.count {
                    let token = tokens[index]
                    let first = text[token.span.bytes.lowerBound]
                    guard first >= 65 && first <= 90 || first >= 0xC3 else {
                        // Lower-case particles ("al-Bab") were classified from their marks.
                        if flags[index] & TokenTable.nameWord != 0 {
                            starts[startCount] = Int32(truncatingIfNeeded: index)
                            startCount += 1
                        }
                        continue
                    }
                    if first <= 90 {
                        flags[index] |= TokenTable.capitalized | TokenTable.upperASCII
                    } else {
                        flags[index] |= TokenTable.capitalized
                    }
                    // A capitalized word without a hyphen is a name word: no need to look.
                    if token.kind == .word || token.kind == .abbreviation,
                       (first <= 90 && flags[index] & TokenTable.hyphenated == 0)
                        || Self.classifyNameWord(token.span.bytes, in: text, particles: particles) {
                        flags[index] |= TokenTable.nameWord
                    }
                    if flags[index] & (TokenTable.nameWord | TokenTable.upperASCII) != 0 {
                        starts[startCount] = Int32(truncatingIfNeeded: index)
                        startCount += 1
                    }
                    // A capital keys the tokens from two before it to one after it.
                    for near in max(keyed, index - 2)..<min(index + 2, tokens.count) {
                        let token = tokens[near]
                        guard token.kind == .word || token.kind == .abbreviation else { continue }
                        keys[near] = NameKey.key(UnsafeBufferPointer(rebasing: text[token.span.bytes])) ?? 0
                        flags[near] |= TokenTable.keyed
                    }
                    keyed = max(keyed, index + 2)
                }
                table.startCount = startCount
                Self.markCapitalsLines(tokens, text, into: flags)
            }
        }
    }

    /// Not `mutating`: Swift copies a struct to call its other methods from a mutating one.
    ///
    /// `candidates` holds every mention's gazetteer entries (``PlaceMention/candidates`` are
    /// ranges of it): one list per document instead of an array per mention.
    func find() -> (places: [PlaceMention], demonyms: [DemonymMention], candidates: [PlaceID]) {
        /// Surnames seen after a given name or title ("Kerry-Ann Hamilton"): later lone uses
        /// ("Hamilton said") are the person, not the place.
        var personNames = KeyList()
        var places: [PlaceMention] = []
        places.reserveCapacity(16) // one allocation for most documents instead of four
        var demonyms: [DemonymMention] = []
        var index = 0
        // Only the listed tokens can start anything (see the initializer): the others were
        // stepped over one at a time.
        let starts = table.starts, startCount = table.startCount
        var cursor = 0
        while cursor < startCount {
            let start = Int(starts[cursor])
            cursor += 1
            guard start >= index else { continue }
            index = start
            // "Kharkiv-based", "Australia-wide": one capitalized token, so test before chunking
            // (only on capitals: the call returns a large optional, copied even when nil).
            if followsCapitalAndComma(index), let (mention, next) = stateAbbreviation(at: index) {
                places.append(mention)
                index = next
                continue
            }
            let first = bytes[tokens[index].span.bytes.lowerBound]
            // A capitalized word is a compound exactly when it is not a name word (see
            // ``classifyNameWord(_:in:particles:)``): most capitals skip the call.
            if first >= 65, first <= 90, !isNameWord(index), let (mention, next) = basedCompound(at: index) {
                places.append(mention)
                index = next
                continue
            }
            if first >= 65, first <= 90, table.flags[index] & TokenTable.hyphenated != 0, pairedPlaces(at: index, into: &places) {
                index += 1
                continue
            }
            guard isNameWord(index) else {
                index += 1
                continue
            }
            let chunk = chunk(from: index)
            // "Hong Kong-based", "New York-born": a name of several words before a compound's
            // hyphen is read whole, not as its last word ("Kong", Ivory Coast; "Island", Iceland).
            if chunk.upperBound < tokens.count, table.flags[chunk.upperBound] & TokenTable.hyphenated != 0,
               let next = readCompound(endingAt: chunk, personNames: &personNames, into: &places, demonyms: &demonyms) {
                index = next
                continue
            }
            // Most chunks are one word that names nothing ("He", "Trump"): two probes settle them.
            if chunk.count == 1, isLoneNonName(index) {
                index = chunk.upperBound
                continue
            }
            let firstFound = places.count
            if isOnCapitalsLine(index) {
                matchCaps(chunk, into: &places)
            } else {
                match(chunk, personNames: &personNames, into: &places, demonyms: &demonyms)
            }
            index = max(chunk.upperBound, places.count > firstFound ? places[places.count - 1].tokens.upperBound : 0)
        }
        for index in places.indices where places[index].hint == nil && isDateline(places[index]) { markDateline(&places[index]) }
        // A weak reading ("Hartl said", "the Buffalo community") stands only if the same name is
        // read as a place with stronger evidence elsewhere in the document.
        // (Most documents have no weak reading: then there is nothing to confirm.)
        // So does one its division or country qualifies: "Buffalo, New York", "Reading, Pennsylvania".
        if places.contains(where: \.weak) {
            var confirmed = KeyList()
            for place in places where !place.weak { confirmed.insert(place.key) }
            var kept = 0
            for index in places.indices {
                let mention = places[index]
                guard !mention.weak || confirmed.contains(mention.key)
                    || index + 1 < places.count && isQualified(mention, by: places[index + 1]) else { continue }
                places[kept] = mention
                kept += 1
            }
            places.removeSubrange(kept...)
        }
        if !personNames.isEmpty {
            // (Not a dateline's city: "WASHINGTON, March 20 -" stays a place after "George Washington Hospital".)
            places.removeAll { personNames.contains($0.key) && !$0.locative && $0.qualifier == nil && !isDateline($0) }
        }
        // Type words and directions widen a mention; keep the first of any that now overlap.
        places.sort { ($0.bytes.lowerBound, -$0.bytes.count) < ($1.bytes.lowerBound, -$1.bytes.count) }
        var end = 0
        places.removeAll { mention in
            defer { end = max(end, mention.bytes.upperBound) }
            return mention.bytes.lowerBound < end
        }
        linkQualifiers(&places)
        linkContainers(&places)
        return (places, demonyms, table.candidates)
    }

    // MARK: - Chunks

    /// Capitalized words with connectors between them: "Bosnia and Herzegovina",
    /// "Democratic Republic of the Congo", "Queen Elizabeth University Hospital".
    private func chunk(from start: Int) -> Range<Int> {
        var end = start + 1
        while end < tokens.count, contiguous(end) {
            if isNameWord(end) { end += 1; continue }
            // A connector counts only when a name word follows it. (Token `end` was found
            // contiguous just above: not tested again.)
            var next = end
            while next < tokens.count, next == end || contiguous(next), isConnector(next) { next += 1 }
            guard next > end, next < tokens.count, contiguous(next), isNameWord(next), !isOnCapitalsLine(next) || isOnCapitalsLine(start) else { break }
            end = next + 1
        }
        // "People's Republic of China": a name that runs on through a clitic, from the chunk's
        // start or one of its last two words ("the Ministry of Health of the People's Republic of
        // China", "the Democratic People's Republic of Korea").
        if end < tokens.count, tokens[end].kind == .clitic {
            func runsThroughClitic(from: Int) -> Int? {
                let hit = longestHit(from: from, before: min(tokens.count, from + gazetteer.longestNameWords + 2), acrossClitics: true)
                return hit.flatMap { $0.upperBound > end ? $0.upperBound : nil }
            }
            if let last = runsThroughClitic(from: start) { return start..<last }
            for from in max(start + 1, end - 2)..<end where isNameWord(from) {
                if let last = runsThroughClitic(from: from) { return start..<last }
            }
        }
        return start..<end
    }

    /// Token `index` continues the previous one, or is a clitic glued to it ("People's").
    private func contiguousOrClitic(_ index: Int) -> Bool {
        contiguous(index) || (!isSentenceStart(index) && tokens[index].kind == .clitic
            && tokens[index - 1].span.bytes.upperBound == tokens[index].span.bytes.lowerBound)
    }

    /// Token `index` continues the previous one: same sentence, only spaces between.
    /// (Inlined: asked thousands of times per megabyte, for a few comparisons.)
    @inline(__always)
    private func contiguous(_ index: Int) -> Bool {
        guard !isSentenceStart(index) else { return false }
        let gap = tokens[index - 1].span.bytes.upperBound..<tokens[index].span.bytes.lowerBound
        guard gap.count <= 2 else { return false }
        for offset in gap where bytes[offset] != 0x20 { return false }
        return true
    }

    /// Token `index` is neither a gazetteer name nor a demonym, so a chunk of it alone holds
    /// nothing ``match(_:personNames:into:demonyms:)`` or ``matchCaps(_:into:)`` would find.
    @inline(__always)
    private func isLoneNonName(_ index: Int) -> Bool {
        let key = key(index)
        return key != 0 && !gazetteer.hasPlace(forKey: key) && !gazetteer.isDemonym(key: key)
    }

    /// Matches inside one chunk of mixed-case text, appended to `places` and `demonyms`.
    private func match(_ chunk: Range<Int>, personNames: inout KeyList, into places: inout [PlaceMention],
                       demonyms: inout [DemonymMention]) {
        var start = chunk.lowerBound
        // A sentence's first word is capitalized anyway: "In", "The", "Police" are not names,
        // unless they begin a longer name ("New Zealand", "The Hague").
        // ("U.S. officials said", "US troops": an abbreviation or capitals opening a sentence are
        // not the pronoun "us", whatever the word-case lexicon says of "us".)
        // ("Mobile, Alabama, hosts": a qualifier after it says it is the place.)
        if isSentenceStart(start) || start == 0, isCommonWord(start) || classes(start).contains(.opener),
           tokens[start].kind != .abbreviation, !(isAllCaps(start) && !isOnCapitalsLine(start) && tokens[start].span.bytes.count >= 2),
           (longestHit(from: start, before: chunk.upperBound)?.count ?? 0) < 2,
           chunk.count > 1 || !isQualifiedNext(start..<(start + 1), key: key(start)) {
            start += 1
            while start < chunk.upperBound, isConnector(start) || (isCommonWord(start) && !isNameWord(start)) { start += 1 }
        }
        let firstFound = places.count
        var position = start
        while position < chunk.upperBound {
            if isConnector(position) { position += 1; continue }
            let named = longestNameHit(from: position, before: chunk.upperBound)
            let hit = named?.range
            // "Canadian beef" is a nationality, not Canadian, Texas; "Indian Ocean" is longer.
            if mayBeginDemonym(position), let (range, country) = demonym(at: position, before: chunk.upperBound), range.count >= hit?.count ?? 0,
               range.count > hit?.count ?? 0 || !namesOwnCountry(hit!, country) {
                demonyms.append(DemonymMention(bytes: byteRange(range), country: country))
                position = range.upperBound
                continue
            }
            if let named {
                guard let hitMention = mention(named, in: start..<chunk.upperBound) else {
                    position = named.range.upperBound
                    continue
                }
                places.append(hitMention)
                position = hitMention.tokens.upperBound // past a type word it took ("Kharkiv Oblast")
                continue
            }
            position += 1
        }
        decide(&places, from: firstFound, chunk: start..<chunk.upperBound, personNames: &personNames)
    }

    /// Keeps the matches of a chunk that read as places.
    ///
    /// Places inside organization names and before titles count, as geoparsers count them
    /// ("the U.S. Centers for Disease Control", "Ministry of Health of Uganda", "New York
    /// Governor"). What is dropped: parts of a person's name ("Nelson Mandela", "President
    /// Lincoln"), months and weekdays, disease names ("Marburg virus"), a bare direction
    /// ("West"), and common words without a locative cue.
    ///
    /// The chunk's matches are `places[first...]`; those dropped are removed in place.
    private func decide(_ places: inout [PlaceMention], from first: Int, chunk: Range<Int>, personNames: inout KeyList) {
        var kept = first
        for index in first..<places.count {
            var mention = places[index]
            let first = mention.tokens.lowerBound
            let previous = first - 1
            // "President Lincoln", "spokesman Trehubov", "Kerry-Ann Hamilton", "Nelson Mandela";
            // "his father Hussein Obama", "President Barack Obama": the later words of a name
            // after a title. (A title ending the line above is a headline's last word:
            // "... NOMINATES NEW PRESIDENT" over "TOKYO, April 27 -".)
            if previous >= max(0, chunk.lowerBound - 1), isTitle(previous) && contiguous(first)
                || (previous >= chunk.lowerBound && isGivenName(previous))
                || (previous > chunk.lowerBound && isGivenName(previous - 1) && isNameWord(previous) && !classes(previous).contains(.connector)
                    && mention.tokens.count == 1 && onlySmallTowns(mention))
                // "McDonnell Douglas", "Morgan Stanley": a surname after another that names no place
                // is a person's or a firm's.
                || (previous >= chunk.lowerBound && mention.tokens.count == 1 && key(previous) != 0 && classes(previous).hint == nil
                    && lexicon.isSurname(key: key(previous))
                    && lexicon.isSurname(key: mention.key) && !gazetteer.hasPlace(forKey: key(previous)) && onlySmallTowns(mention))
                || followsTitledName(first, chunk: chunk) {
                personNames.insert(mention.key)
                continue
            }
            // "Mahim Bay": a feature's type word alone after another capitalized word is the end of
            // a feature's name the gazetteer lacks (the pattern below reads it), not Somalia's Bay.
            if mention.tokens.count == 1, first > chunk.lowerBound, isNameWord(first - 1), !classes(first - 1).contains(.connector),
               !isAllCaps(first - 1), isFeatureWord(first) { continue }
            if startsPersonName(mention, chunk: chunk) { continue }
            if namesInstitution(mention, chunk: chunk) { continue }
            if mention.tokens.count == 1, !classes(first).isDisjoint(with: [.calendar, .direction]) { continue }
            if namesDisease(mention) || namesProduct(mention) { continue }
            if namesNewsAgency(mention) {
                personNames.insert(mention.key) // and "quoted by Xinhua" elsewhere in the story
                continue
            }
            var directionStart = first
            while directionStart > chunk.lowerBound, classes(directionStart - 1).contains(.direction) { directionStart -= 1 }
            if directionStart < first {
                mention.directional = true // "Central Luzon", "Southern California"
                mention.bytes = tokens[directionStart].span.bytes.lowerBound..<mention.bytes.upperBound
                mention.tokens = directionStart..<mention.tokens.upperBound
            }
            // (A dateline is a place by its position: "COLOGNE, March 11 -".)
            if isRejectedCommonWord(mention), !isDateline(mention) {
                mention.weak = true
            } else if mention.tokens.count == 1, !mention.locative, mention.qualifier == nil, isPersonLike(mention) {
                mention.weak = true // "Whitley said", "Franklin": a surname that is also a small town
            } else if mention.tokens.count == 1, !mention.locative, mention.qualifier == nil,
                      isFeatureWord(first), onlySmallTowns(mention) {
                mention.weak = true // "Gulf states", "Gulf Oil": a feature's word, not Papua New Guinea's Gulf Province
            } else if mention.tokens.count == 1, !mention.locative, mention.qualifier == nil, startsThingName(mention, chunk: chunk) {
                mention.weak = true // "Continental Materials", "Ewing Bank": a small town's name heading a company's
            }
            places[kept] = mention
            kept += 1
        }
        if kept < places.count { places.removeLast(places.count - kept) } // (not the generic removeSubrange)
        // (A pattern needs two words: most chunks have one, settled before the call.)
        if kept == first, chunk.count >= 2, let feature = patternFeature(in: chunk) { places.append(feature) }
    }

    /// Whether a word that is also a demonym names that country itself ("U.S." in "a U.S.
    /// soldier" is the country; "Somali" is the people, not Ethiopia's Somali Region).
    private func namesOwnCountry(_ hit: Range<Int>, _ country: String) -> Bool {
        guard let key = spanKey(byteRange(hit)) else { return false }
        var names = false
        gazetteer.forEachPlace(forKey: key) { id in
            names = names || (gazetteer.kind(id) == .country && gazetteer.countryCode(id) == country)
        }
        return names
    }

    /// Part of a school's or a company's name: the capitalized run the place is in ends in
    /// "Elementary", "University", "LLC"... ("Franklin Elementary", "Buffalo Science Magnet
    /// School", "Michigan State University"; "Naval Academy" is a town in GeoNames too). A
    /// country keeps its reading ("U.S. Naval Academy").
    /// (Or the part of the run before an "and" or "&": "Harvard University and Israeli co-authors"
    /// is a university's name, then another; "Lufkin and Jenrette Securities Corp" one company's.)
    /// (Or a company's last word after the place, no "of" between: "Texas Instruments", "Delta
    /// Air Lines".)
    private func namesInstitution(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        var last = mention.tokens.upperBound - 1
        while last + 1 < chunk.upperBound, !joinsTwoNames(last + 1) { last += 1 }
        guard last >= mention.tokens.lowerBound,
              classes(chunk.upperBound - 1).contains(.institution) || classes(last).contains(.institution)
                || namesCompany(mention, last: last, chunk: chunk) else { return false }
        return !candidates(of: mention).contains { gazetteer.kind($0) <= .country }
    }

    /// The company's word ends the run after the place, or is the place's own last word after
    /// other words of the run ("Ohio Edison": Edison, Ohio is a town too).
    private func namesCompany(_ mention: PlaceMention, last: Int, chunk: Range<Int>) -> Bool {
        guard classes(last).contains(.companyEnd) else { return false }
        guard last >= mention.tokens.upperBound else {
            return mention.tokens.lowerBound > chunk.lowerBound && isNameWord(mention.tokens.lowerBound - 1)
        }
        return !(mention.tokens.upperBound..<last).contains { classes($0).isSuperset(of: [.connector, .locative]) }
    }

    /// Token `index` is "and" or "&".
    private func joinsTwoNames(_ index: Int) -> Bool {
        key(index) == words.and || isByte(index, UInt8(ascii: "&"))
    }

    /// A feature's type word ("Gulf", "Bay", "Delta", "Valley"): water or land.
    private func isFeatureWord(_ index: Int) -> Bool {
        let hint = classes(index).hint
        return hint == .water || hint == .land
    }

    /// A given name followed by a surname-like word: "Paris Hilton", "Jordan Henderson"; or by a
    /// surname's particle and a capital ("Dennis van Engelsdorp", "Luis de Souza").
    private func startsPersonName(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        let first = mention.tokens.lowerBound, next = mention.tokens.upperBound
        guard mention.tokens.count == 1, mention.hint == nil, next < chunk.upperBound, isGivenName(first) else { return false }
        if next + 1 < chunk.upperBound, PlaceWords.surnameParticles.contains(String(decoding: bytes[tokens[next].span.bytes], as: UTF8.self)), isNameWord(next + 1) {
            return !candidates(of: mention).contains { gazetteer.kind($0) <= .admin1 }
        }
        guard isNameWord(next) else { return false }
        let nextKey = key(next)
        var names = false
        gazetteer.forEachPlace(forKey: nextKey) { id in names = names || gazetteer.kind(id) <= .admin1 }
        // "Georgia Armenia" stays places; "George Washington" is a person's name: a surname that is
        // also a state's, after a given name only towns have.
        if names { return lexicon.isSurname(key: nextKey) && !candidates(of: mention).contains { gazetteer.kind($0) <= .admin1 } }
        if lexicon.isSurname(key: nextKey) { return true }
        return (lexicon.lowerCaseShare(key: nextKey) ?? 0) < 0.1 && classes(next).hint == nil
    }

    /// A name that only small towns have, followed in its capitalized run by a word that is
    /// neither a place nor a type word: the run names a company, a team or a product
    /// ("Continental Airlines", "Ewing Bank Block 826", "Olympic Airways"), or it is a person's
    /// first name ("Commissioner Frans Andriessen"). A bigger place keeps its reading ("Ohio
    /// Edison"); so does a town confirmed elsewhere in the document (a weak reading).
    private func startsThingName(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        let next = mention.tokens.upperBound
        guard next < chunk.upperBound, isNameWord(next), classes(next).hint == nil, !classes(next).contains(.connector),
              key(next) != 0, !gazetteer.hasPlace(forKey: key(next)) else { return false }
        return candidates(of: mention).allSatisfy { id in
            let kind = gazetteer.kind(id)
            return (kind == .city || kind == .admin2) && gazetteer.population(id) < 50_000
        }
    }

    /// A given name that is not a common word ("Nelson", "Kerry"; not "Will" or "Grant").
    private func isGivenName(_ index: Int) -> Bool {
        tokens[index].kind == .word && lexicon.isGivenName(key: key(index)) && !isCommonWord(index) && !isAllCaps(index)
    }

    /// A person's name more than a notable place: a name-list word whose places are all small towns.
    private func isPersonLike(_ mention: PlaceMention) -> Bool {
        guard lexicon.isSurname(key: mention.key) || lexicon.isGivenName(key: mention.key) else { return false }
        return onlySmallTowns(mention)
    }

    /// Whether every place of the name is a town or county of under 100,000 people: a name a
    /// person's may outweigh ("Robert M. Freeman"; not "Christian East Beirut").
    /// (A division that small counts as one: "Paul", Cape Verde; "Michael", Isle of Man.)
    private func onlySmallTowns(_ mention: PlaceMention) -> Bool {
        candidates(of: mention).allSatisfy { id in
            let kind = gazetteer.kind(id)
            return (kind == .city || kind == .admin2 || kind == .admin1) && gazetteer.population(id) < 100_000
        }
    }

    /// "the Xinhua news agency", "Petra News Agency", "Mehr news agency": a name only small towns
    /// have before "news agency" is the agency's (Xinhua, Yunnan). Not a country's or a large
    /// division's ("Kuwait News Agency", "Fars news agency"), which geoparsers count as places in
    /// an organization's name.
    private func namesNewsAgency(_ mention: PlaceMention) -> Bool {
        let next = mention.tokens.upperBound
        // (Keys stop a token after a capital: "agency" in "Xinhua news agency" is folded here.)
        guard next + 1 < tokens.count, key(next) == words.news, contiguous(next), contiguous(next + 1),
              (key(next + 1) != 0 ? key(next + 1) : spanKey(tokens[next + 1].span.bytes)) == words.agency else { return false }
        return onlySmallTowns(mention)
    }

    /// "the Corsica sedan", "a Delta rocket": a name before a vehicle's or a weapon's word in
    /// lower case (``PlaceWords/productWords``) that no country bears.
    private func namesProduct(_ mention: PlaceMention) -> Bool {
        let next = mention.tokens.upperBound
        // (Lower case: "the White Sands Missile Range" is a place.)
        guard next < tokens.count, tokens[next].kind == .word, table.flags[next] & TokenTable.capitalized == 0,
              classes(next).contains(.product) else { return false }
        return !candidates(of: mention).contains { gazetteer.kind($0) == .country }
    }

    /// "Marburg virus", "West Nile fever", "Ebola": a town or river named in a disease's name.
    private func namesDisease(_ mention: PlaceMention) -> Bool {
        let next = mention.tokens.upperBound
        guard next < tokens.count, tokens[next].kind == .word, classes(next).contains(.disease) else { return false }
        return !candidates(of: mention).contains { gazetteer.kind($0) <= .admin1 }
    }

    /// Matches in an ALL-CAPS line: only well-known places that are not common words.
    private func matchCaps(_ chunk: Range<Int>, into found: inout [PlaceMention]) {
        var position = chunk.lowerBound
        while position < chunk.upperBound {
            guard let named = longestNameHit(from: position, before: chunk.upperBound) else { position += 1; continue }
            let hit = named.range
            guard let mention = mention(named, in: chunk) else { position = hit.upperBound; continue }
            defer { position = max(hit.upperBound, mention.tokens.upperBound) }
            // "WEST GERMANY", "SOUTH KOREAN": a bare direction is no place (Cameroon's West region).
            if mention.tokens.count == 1, classes(mention.tokens.lowerBound).contains(.direction) { continue }
            let common = (lexicon.lowerCaseShare(key: mention.key) ?? 0) > 0.2
            let wellKnown = candidates(of: mention).contains { id in
                switch gazetteer.kind(id) {
                case .continent, .country, .admin1: true
                case .city: gazetteer.population(id) >= 100_000
                default: false
                }
            }
            // "GULF ARAB STATES": a feature's word that only small places are named is the feature.
            let featureWord = mention.tokens.count == 1 && isFeatureWord(mention.tokens.lowerBound)
            if wellKnown && !common && !(featureWord && onlySmallTowns(mention)) { found.append(mention) }
        }
    }

    // MARK: - Gazetteer matches

    /// The longest run of tokens from `start` whose text is a gazetteer name.
    private func longestHit(from start: Int, before limit: Int, acrossClitics: Bool = false) -> Range<Int>? {
        longestNameHit(from: start, before: limit, acrossClitics: acrossClitics)?.range
    }

    /// ``longestHit(from:before:acrossClitics:)`` with the span's folded key, or 0 for a key
    /// ``mention(_:in:)`` must fold again (a span whose first token has no key).
    private func longestNameHit(from start: Int, before limit: Int, acrossClitics: Bool = false) -> (range: Range<Int>, key: UInt64)? {
        var longest = min(limit, start + gazetteer.longestNameWords + 2)
        // Only a run without sentence breaks or punctuation gaps may hold one name.
        if acrossClitics, let stop = (start + 1..<max(start + 1, longest)).first(where: { !contiguousOrClitic($0) }) {
            longest = stop
        }
        guard longest > start else { return nil }
        // Across clitics too ("People's Republic of China"), the span grows a token at a time
        // below: folding every span from the longest down cost a thousand instructions for each
        // name before a possessive ("Trump's"). Only a first token without a key needs that.
        if acrossClitics, key(start) == 0 {
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
    private func mention(_ named: (range: Range<Int>, key: UInt64), in chunk: Range<Int>) -> PlaceMention? {
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
                && !(range.lowerBound > 0 && classes(range.lowerBound - 1).contains(.locative)) {
                return nil
            }
        }
        if range.upperBound < tokens.count, isNameWord(range.upperBound), self.key(range.upperBound) != 0, words.streetWords.contains(self.key(range.upperBound)) {
            return nil // "Wall Street", "Pennsylvania Avenue": a street, not the place
        }
        if isGlued(range.lowerBound - 1, to: range.lowerBound, anyOf: UInt8(ascii: "/"), UInt8(ascii: "/"))
            || isGlued(range.upperBound, to: range.upperBound - 1, anyOf: UInt8(ascii: "/"), UInt8(ascii: "$")) {
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
        if range.count == 1, isAllCaps(range.lowerBound), !isOnCapitalsLine(range.lowerBound), !startsDateline(range.lowerBound) {
            if followsCapitalAndComma(range.upperBound + 1), let (state, _) = stateAbbreviation(at: range.upperBound + 1), let stateID = table.candidates[state.candidates].first {
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
        var mention = PlaceMention(bytes: span, tokens: range, key: key, candidates: candidates)
        mention.locative = range.lowerBound > 0 && classes(range.lowerBound - 1).contains(.locative)
        // A type word right after: "Kharkiv Oblast" (when not a name of its own), "Donetsk region".
        if range.upperBound < tokens.count, contiguous(range.upperBound) || !isNameWord(range.upperBound),
           let hint = classes(range.upperBound).hint, tokens[range.upperBound].kind == .word,
           tokens[range.upperBound].span.bytes.lowerBound - span.upperBound == 1,
           !(range.upperBound + 1 < tokens.count && classes(range.upperBound + 1).contains(.office)) {
            let typeToken = range.upperBound
            if hint == .city, !isNameWord(typeToken), townOfName(after: typeToken) {
                // "the Texas town of Paris", "the Iowa city of Ames": the type word is the next
                // name's, and this place contains it (see ``linkContainers(_:)``).
            } else if isNameWord(typeToken) {
                // "Kharkiv Oblast", "Oskil River": part of the name.
                mention.hint = hint
                mention.bytes = span.lowerBound..<tokens[typeToken].span.bytes.upperBound
                mention.tokens = range.lowerBound..<(typeToken + 1)
            } else {
                // "Anhui province", "Donetsk region": a descriptor, outside the name but telling;
                // the gazetteer may know the whole phrase ("Donetsk region" is Donetsk Oblast).
                mention.hint = hint
                if let phrase = spanKey(span.lowerBound..<tokens[typeToken].span.bytes.upperBound), gazetteer.hasPlace(forKey: phrase) {
                    mention.candidates = table.appendPlaces(forKey: phrase, from: gazetteer)
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

    /// "Lake Victoria" or "the Oskil River" when the gazetteer lacks them: a feature by pattern.
    private func patternFeature(in run: Range<Int>) -> PlaceMention? {
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
            mention.locative = chunk.lowerBound > 0 && classes(chunk.lowerBound - 1).contains(.locative)
            return mention
        } else {
            return nil
        }
        let span = byteRange(chunk)
        // The name without its type word may still be known: "Salinas Valley" lies at Salinas.
        let nameTokens = lastClasses.hint != nil ? chunk.lowerBound..<(chunk.upperBound - 1) : (chunk.lowerBound + 1)..<chunk.upperBound
        // A name that is only directions ("Eastern Creek") says nothing about where it is.
        let onlyDirections = nameTokens.allSatisfy { classes($0).contains(.direction) }
        let nameKey = onlyDirections ? 0 : spanKey(byteRange(nameTokens)) ?? 0
        var mention = PlaceMention(bytes: span, tokens: chunk, key: nameKey, candidates: table.appendPlaces(forKey: nameKey, from: gazetteer),
                                   hint: hint)
        mention.locative = chunk.lowerBound > 0 && classes(chunk.lowerBound - 1).contains(.locative)
        return mention
    }

    /// Whether the word at `first` is the second or third word of a name after a title, the
    /// title before the capitalized run or inside it ("minister Makoto Kuroda", "President
    /// Mauno Koivisto", "Koivisto and Dr Iver Cairns").
    private func followsTitledName(_ first: Int, chunk: Range<Int>) -> Bool {
        for title in stride(from: first - 2, through: max(first - 3, chunk.lowerBound - 1, 0), by: -1) where isPersonTitle(title) && contiguous(title + 1) {
            return (title + 1..<first).allSatisfy { isNameWord($0) && !classes($0).contains(.connector) }
        }
        return false
    }

    /// A title word, but not a lower-case one that is mostly an adjective: "its major Chicago
    /// distribution center", "the general Moscow area" (a capitalized "Major Lee" is a title).
    private func isTitle(_ index: Int) -> Bool {
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

    /// "Kharkiv-based", "Kyiv-born": the place is the part before the hyphen.
    private func basedCompound(at index: Int) -> (PlaceMention, Int)? {
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
    private func readCompound(endingAt chunk: Range<Int>, personNames: inout KeyList, into places: inout [PlaceMention], demonyms: inout [DemonymMention]) -> Int? {
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
    private func basedCompound(endingAt chunk: Range<Int>) -> (Int, PlaceMention)? {
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
    /// ``stateAbbreviation(at:)`` can find one. Tested inline before the call, which returns a
    /// large optional, for every token ``find()`` looks at.
    @inline(__always)
    private func followsCapitalAndComma(_ index: Int) -> Bool {
        guard index >= 2, index < tokens.count, table.flags[index - 2] & TokenTable.capitalized != 0 else { return false }
        let comma = tokens[index - 1].span.bytes
        return comma.count == 1 && bytes[comma.lowerBound] == UInt8(ascii: ",") && tokens[index - 2].span.bytes.upperBound == comma.lowerBound
            && tokens[index].span.bytes.lowerBound == comma.upperBound + 1 && bytes[comma.upperBound] == 0x20
    }

    /// "Geneseo, Ill.", "PORTLAND, ORE.", "Dallas, TX 75201": a US state's abbreviation (see
    /// ``StateAbbreviations``) at `index`, which ``followsCapitalAndComma(_:)``, with the token after it.
    private func stateAbbreviation(at index: Int) -> (PlaceMention, Int)? {
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
        let state: StateAbbreviations.State
        if let lowered, let dotted = StateAbbreviations.dotted[lowered] {
            state = dotted
        } else if followedByComma, !bytes[span].contains(UInt8(ascii: ".")), let withPeriod = lowered.flatMap(StateAbbreviations.appendingPeriod),
                  let dotted = StateAbbreviations.dotted[withPeriod] {
            // (A period in the bytes is one in the text: no key with one holds anything but ASCII.)
            state = dotted // "DENVER, Colo, April 9": wire copy that drops the period
        } else if let written, let postal = StateAbbreviations.postal[written],
                  end == tokens.count || tokens[end].kind == .number || tokens[end].kind == .punctuation || startsLine(end) {
            state = postal
        } else {
            return nil
        }
        let key = state.key
        let named = table.appendPlaces(forKey: key, from: gazetteer)
        let united = StateAbbreviations.unitedStates
        let states = table.keepCandidates(named) { gazetteer.kind($0) == .admin1 && gazetteer.countryKey($0) == united }
        guard !states.isEmpty else { return nil }
        var mention = PlaceMention(bytes: span, tokens: index..<end, key: key, candidates: states)
        mention.abbreviatedState = true
        return (mention, end)
    }

    /// "India-Pakistan border", "Iran-Iraq war", "US-China ties", "Antwerp-Hamburg range":
    /// places joined by hyphens into one word, each a country, a first-level division or a city
    /// of 100,000 by its own name, are each a mention. Not company names joined the same way:
    /// "Mercedes-Benz" (no such places), "Georgia-Pacific" (an ocean is no such place),
    /// "Dayton-Hudson" (Hudson only an alias of Jersey City), "Amsterdam-Rotterdam Bank" (a
    /// capitalized word follows); nor directions ("East-West trade").
    /// Returns whether the word was read so (its mentions appended to `places`).
    private func pairedPlaces(at index: Int, into places: inout [PlaceMention]) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        if index + 1 < tokens.count, contiguous(index + 1), table.flags[index + 1] & TokenTable.capitalized != 0 { return false }
        let range = token.span.bytes
        // (A name of its own, "Baden-Württemberg" or "Guinea-Bissau", was read as a name already.)
        if let whole = spanKey(range), gazetteer.hasPlace(forKey: whole) { return false }
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for offset in range where bytes[offset] == UInt8(ascii: "-") {
            parts.append(start..<offset)
            start = offset + 1
        }
        parts.append(start..<range.upperBound)
        guard parts.count >= 2, parts.count <= 3 else { return false }
        var found: [PlaceMention] = []
        for part in parts {
            guard let first = part.first.map({ bytes[$0] }), first >= 65 && first <= 90 || first >= 0xC3,
                  let key = spanKey(part), gazetteer.hasPlace(forKey: key),
                  !(words.classes[key] ?? []).contains(.direction) else { return false }
            let candidates = table.appendPlaces(forKey: key, from: gazetteer)
            let wellKnown = table.candidates[candidates].contains { id in
                switch gazetteer.kind(id) {
                case .continent, .country, .admin1: true
                case .city: gazetteer.population(id) >= 100_000 && gazetteer.isNamed(id, key: key)
                case .admin2, .region, .feature: false
                }
            }
            guard wellKnown else { return false }
            var mention = PlaceMention(bytes: part, tokens: index..<(index + 1), key: key, candidates: candidates)
            mention.locative = true // the compound itself says these are places
            found.append(mention)
        }
        places.append(contentsOf: found)
        return true
    }

    /// Whether ``demonym(at:before:)`` may find one at `index`, settled inline from the token's
    /// key: most chunk words begin no demonym, and the call returning nil cost more than the two
    /// probes. (A token without a key is left to the call.)
    @inline(__always)
    private func mayBeginDemonym(_ index: Int) -> Bool {
        let key = key(index)
        return key == 0 || gazetteer.mayBeginDemonym(key: key) || gazetteer.isDemonym(key: key)
    }

    /// A demonym of one or two words ("Saudi Arabian") at `index`, the longer first.
    private func demonym(at index: Int, before limit: Int) -> (Range<Int>, String)? {
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
    private func isRejectedCommonWord(_ mention: PlaceMention) -> Bool {
        if mention.tokens.count != 1 || !words.weakNames.contains(mention.key) { // "Venus" is a planet first
            guard mention.tokens.count == 1 || mention.hint != nil, let share = lexicon.lowerCaseShare(key: mention.key), share >= 0.3 else {
                return false
            }
            if isAllCaps(mention.tokens.lowerBound) && mention.bytes.count <= 5 { return false } // "US", "UK": acronyms
        }
        if isQualifiedNext(mention.tokens, key: mention.key) { return false }
        guard mention.locative else { return true }
        return !candidates(of: mention).contains { id in
            gazetteer.kind(id) <= .admin1 || gazetteer.population(id) >= 20_000
        }
    }

    /// "Mobile, Alabama": a division or country named after a comma holds one of the entries of
    /// the name at `range` (`key`) of 20,000 people or more. (Asked while matching, before
    /// ``linkQualifiers(_:)``, of a common word that would be no place otherwise.)
    private func isQualifiedNext(_ range: Range<Int>, key: UInt64) -> Bool {
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

    /// "Paris, Texas": a place right after a comma qualifies the one before; so does each link
    /// of "Kupiansk, Kharkiv Oblast, Ukraine". Places joined by "and" or "or" ("Washington,
    /// Pennsylvania and California"), or four and more joined by commas ("Michigan, Oregon, New
    /// Mexico, New York"), are a list instead: siblings, none the container of the one before.
    private func linkQualifiers(_ places: inout [PlaceMention]) {
        var first = 0
        while first < places.count {
            // "Geneseo, Ill., and Austin, Tex.": a state's abbreviation qualifies the town before it.
            if first + 1 < places.count, places[first + 1].abbreviatedState, listSeparator(from: places[first], to: places[first + 1]) == .comma {
                places[first].qualifier = first + 1
                first += 2
                continue
            }
            var end = first + 1
            var conjunction = false
            while end < places.count, !places[end].abbreviatedState, end + 1 == places.count || !places[end + 1].abbreviatedState,
                  let separator = listSeparator(from: places[end - 1], to: places[end]) {
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
            } else {
                for index in first..<(end - 1) { places[index].qualifier = index + 1 }
            }
            first = end
        }
    }

    /// The places of `run` pair off, each pair a place after a comma and a division or country
    /// that holds it.
    private func qualifiedPairs(_ places: [PlaceMention], _ run: Range<Int>) -> Bool {
        stride(from: run.lowerBound, to: run.upperBound, by: 2).allSatisfy { isQualified(places[$0], by: places[$0 + 1]) }
    }

    /// "of" and a name after a town's type word `typeToken`: "town of Paris".
    private func townOfName(after typeToken: Int) -> Bool {
        typeToken + 2 < tokens.count && classes(typeToken + 1).isSuperset(of: [.connector, .locative])
            && contiguous(typeToken + 1) && contiguous(typeToken + 2) && isNameWord(typeToken + 2)
    }

    /// "the Texas town of Paris", "the Iowa city of Ames": the place before the type word
    /// qualifies the town after "of", as "Paris, Texas" does.
    private func linkContainers(_ places: inout [PlaceMention]) {
        for index in places.indices.dropFirst() where places[index].qualifier == nil {
            let typeToken = places[index - 1].tokens.upperBound
            if places[index].tokens.lowerBound == typeToken + 2, classes(typeToken).hint == .city,
               !isNameWord(typeToken), townOfName(after: typeToken) {
                places[index].qualifier = index - 1
            }
        }
    }

    /// Whether `next` follows `mention` after a comma and names a division or country that
    /// contains one of its entries.
    private func isQualified(_ mention: PlaceMention, by next: PlaceMention) -> Bool {
        guard !next.weak, listSeparator(from: mention, to: next) == .comma else { return false }
        return candidates(of: next).contains { container in
            let kind = gazetteer.kind(container)
            guard kind == .country || kind == .admin1 else { return false }
            return candidates(of: mention).contains { id in
                kind == .admin1 ? gazetteer.admin1(of: id) == container : gazetteer.countryKey(id) == gazetteer.countryKey(container)
            }
        }
    }

    private enum ListSeparator { case comma, conjunction }

    /// "and" or "or" and a capitalized word right after `place` (in the same sentence).
    private func namesAnotherAfterConjunction(_ place: PlaceMention) -> Bool {
        let next = place.tokens.upperBound
        guard next + 1 < tokens.count, contiguous(next), contiguous(next + 1), isNameWord(next + 1) else { return false }
        let word = tokens[next].span.bytes
        return joinsTwoNames(next) || word.count == 2 && bytes[word.lowerBound] == UInt8(ascii: "o") && bytes[word.lowerBound + 1] == UInt8(ascii: "r")
    }

    /// How two places are joined when only a list separator stands between them: ", ", " and ",
    /// ", or ", "&".
    private func listSeparator(from place: PlaceMention, to next: PlaceMention) -> ListSeparator? {
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

    // MARK: - Token classes

    /// The folded key of token `index`, computed once per token (most tokens are asked about
    /// several times: as a word, a connector, a title, a type word).
    /// (0 for tokens no name can be near: see the initializer.)
    @inline(__always)
    private func key(_ index: Int) -> UInt64 { table.flags[index] & TokenTable.keyed != 0 ? table.keys[index] : 0 }

    /// The word classes of token `index` (``PlaceWords``), looked up once per token and kept:
    /// a token is asked about as a title, a connector, a type word, a direction...
    /// (The kept answer inline, the lookup a call: about 30,000 asks per megabyte, most answered
    /// from the table.)
    @inline(__always)
    private func classes(_ index: Int) -> PlaceWordClasses {
        if table.flags[index] & TokenTable.classified != 0 { return PlaceWordClasses(rawValue: table.classes[index]) }
        return lookUpClasses(index)
    }

    /// Looks up and keeps the word classes of token `index` (see ``classes(_:)``).
    @inline(never)
    private func lookUpClasses(_ index: Int) -> PlaceWordClasses {
        let key = key(index)
        let found = key == 0 ? words.classesOfKeyZero : words.classes[key] ?? []
        table.classes[index] = found.rawValue
        table.flags[index] |= TokenTable.classified
        return found
    }

    /// Token `index` is the first of the text or has a line break before it.
    private func startsLine(_ index: Int) -> Bool {
        index == 0 || bytes[tokens[index - 1].span.bytes.upperBound..<tokens[index].span.bytes.lowerBound].contains(0x0A)
    }

    /// "MOSCOW, March 3 -": a wire dateline, a place written in capitals at the start of a line.
    private func startsDateline(_ index: Int) -> Bool {
        opensLine(index) && index + 1 < tokens.count && isByte(index + 1, UInt8(ascii: ","))
    }

    /// Token `index` starts a line, alone or after a capitals "THE" ("THE HAGUE, March 31 -").
    private func opensLine(_ index: Int) -> Bool {
        startsLine(index) || index > 0 && key(index - 1) == words.the && isAllCaps(index - 1) && startsLine(index - 1)
    }

    /// Token `index` is the one byte `byte` (no array made to compare with, as `== [byte]` did).
    private func isByte(_ index: Int, _ byte: UInt8) -> Bool {
        let span = tokens[index].span.bytes
        return span.count == 1 && bytes[span.lowerBound] == byte
    }

    /// "WASHINGTON, Oct 20 -", "LONDON (Reuters) -": a place in capitals opening a line before a
    /// date or an agency names the city the story was filed from, not the state or country.
    private func isDateline(_ mention: PlaceMention) -> Bool {
        let first = mention.tokens.lowerBound, next = mention.tokens.upperBound
        guard next + 1 < tokens.count, isAllCaps(first), opensLine(first) else { return false }
        let separator = tokens[next].span.bytes
        guard separator.count == 1 else { return false }
        switch bytes[separator.lowerBound] {
        case UInt8(ascii: "("): return true
        case UInt8(ascii: ","): return classes(next + 1).contains(.calendar)
        default: return false
        }
    }

    /// A dateline names a city, and one without its state or country ("WASHINGTON"; "PORTLAND,
    /// ORE." otherwise) is a city the wire expects every reader to know: the biggest of that name,
    /// whatever towns of the document's states share it. A city known by the name only as an alias
    /// must be ten times bigger to win ("HANOVER" is Hannover, not Hanover, Maryland; "ISLAMABAD"
    /// is not Chittagong, once called so). A country's name ("KUWAIT", "SINGAPORE") stays the
    /// country, as elsewhere in the story.
    private func markDateline(_ mention: inout PlaceMention) {
        let ids = table.candidates[mention.candidates]
        guard !ids.contains(where: { gazetteer.kind($0) <= .country }) else { return }
        mention.hint = .city
        var biggest: (id: PlaceID, weight: Int)?
        for id in ids where gazetteer.kind(id) == .city {
            // (The name is read only when it could matter: most towns lose on population alone.)
            let population = gazetteer.population(id)
            guard biggest.map({ population * 10 > $0.weight }) ?? true else { continue }
            let weight = gazetteer.isNamed(id, key: mention.key) ? population * 10 : population
            if biggest.map({ weight > $0.weight }) ?? true { biggest = (id, weight) }
        }
        if let biggest { mention.candidates = table.keepCandidates(mention.candidates) { $0 == biggest.id } }
    }

    /// Whether token `index` exists, touches token `neighbour` with no space, and is the
    /// one-byte symbol `symbol` or `other`.
    private func isGlued(_ index: Int, to neighbour: Int, anyOf symbol: UInt8, _ alternative: UInt8) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index].span.bytes, other = tokens[neighbour].span.bytes
        guard token.lowerBound == other.upperBound || token.upperBound == other.lowerBound, token.count == 1 else { return false }
        return bytes[token.lowerBound] == symbol || bytes[token.lowerBound] == alternative
    }



    /// The folded key of `range` of the text, by the buffer-pointer fold inlined here (a slice
    /// took the generic path: several hundred instructions a span).
    private func spanKey(_ range: Range<Int>) -> UInt64? {
        bytes.withUnsafeBufferPointer { NameKey.key(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    private func byteRange(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].span.bytes.lowerBound..<tokens[range.upperBound - 1].span.bytes.upperBound
    }

    /// A mention's gazetteer entries.
    private func candidates(of mention: PlaceMention) -> ArraySlice<PlaceID> { table.candidates[mention.candidates] }

    /// A word that can be part of a name (see ``classifyNameWord(_:)``).
    func isNameWord(_ index: Int) -> Bool { table.flags[index] & TokenTable.nameWord != 0 }

    /// Token `index` starts a sentence (or a line).
    private func isSentenceStart(_ index: Int) -> Bool { table.flags[index] & TokenTable.sentenceStart != 0 }

    /// Token `index` is on a line written in capitals.
    private func isOnCapitalsLine(_ index: Int) -> Bool { table.flags[index] & TokenTable.capitalsLine != 0 }

    /// A word that can be part of a name: capitalized ("Kyiv", "U.S.", "Ürümqi") or a lower-case
    /// particle before a capital ("d'Ivoire", "al-Bab"). `range` is a word's or an abbreviation's.
    @inline(__always)
    private static func classifyNameWord(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, particles: FoldedKeySet) -> Bool {
        let first = bytes[range.lowerBound]
        if first >= 65 && first <= 90 {
            // "Kharkiv-based", "Texas-wide" are adjectives; ``basedCompound(at:)`` takes them.
            var offset = range.upperBound - 1
            while offset >= range.lowerBound {
                if bytes[offset] == UInt8(ascii: "-") {
                    guard offset + 1 < range.upperBound else { return true }
                    let next = bytes[offset + 1]
                    return !(next >= 97 && next <= 122)
                }
                offset -= 1
            }
            return true
        }
        if first >= 0xC3, first <= 0xC5 {
            let prefix = Array(bytes[range.lowerBound..<min(range.upperBound, range.lowerBound + 2)])
            if let scalar = String(decoding: prefix, as: UTF8.self).unicodeScalars.first {
                return scalar.properties.isUppercase
            }
            return false
        }
        if first >= 97, first <= 122 {
            var offset = 1
            while offset <= 3, range.lowerBound + offset + 1 < range.upperBound {
                let byte = bytes[range.lowerBound + offset]
                if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") {
                    let next = bytes[range.lowerBound + offset + 1]
                    // Only name particles: "al-Bab", "d'Ivoire"; not "sub-Saharan", "pro-Russian".
                    return next >= 65 && next <= 90
                        && particles.contains(NameKey.key(UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<(range.lowerBound + offset)])) ?? 0)
                }
                offset += 1
            }
        }
        return false
    }

    private func isConnector(_ index: Int) -> Bool {
        tokens[index].kind == .word && classes(index).contains(.connector) && !isNameWord(index)
    }

    private func isAllCaps(_ index: Int) -> Bool {
        for offset in tokens[index].span.bytes where bytes[offset] >= 97 && bytes[offset] <= 122 { return false }
        return true
    }

    /// Written lower-case at least as often as capitalized in news ("In", "The", "Police").
    private func isCommonWord(_ index: Int) -> Bool {
        (lexicon.lowerCaseShare(key: key(index)) ?? 0) >= 0.5
    }

    /// Marks the tokens holding a hyphen, and classifies the lower-case words that can be name
    /// words: only particles glued to a capital by an apostrophe or a hyphen ("al-Bab",
    /// "d'Ivoire"). The marks are found with `memchr` instead of visiting every word.
    private static func classifyMarkedWords(_ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
                                          _ particles: FoldedKeySet, into flags: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        for mark in [UInt8(ascii: "'"), UInt8(ascii: "-")] {
            var offset = 0
            var index = 0 // the first token that may hold the mark
            while offset < bytes.count, let found = memchr(base + offset, Int32(mark), bytes.count - offset) {
                let position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                offset = position + 1
                if mark == UInt8(ascii: "-") {
                    index = firstToken(endingAfter: position, from: index, in: tokens)
                    if index < tokens.count, tokens[index].span.bytes.lowerBound <= position { flags[index] |= TokenTable.hyphenated }
                }
                guard offset < bytes.count, bytes[offset] >= 65, bytes[offset] <= 90 else { continue }
                index = firstToken(endingAfter: position, from: index, in: tokens)
                guard index < tokens.count, tokens[index].span.bytes.lowerBound < position else { continue }
                let token = tokens[index]
                guard token.kind == .word || token.kind == .abbreviation else { continue }
                let first = bytes[token.span.bytes.lowerBound]
                guard first >= 97, first <= 122 else { continue }
                if classifyNameWord(token.span.bytes, in: bytes, particles: particles) { flags[index] |= TokenTable.nameWord }
            }
        }
    }

    /// The first token from `start` on that ends after byte `position` (`tokens.count` for
    /// none), by galloping then bisecting: marks lie tens of tokens apart, and stepping through
    /// every token between them cost more than finding the marks.
    private static func firstToken(endingAfter position: Int, from start: Int, in tokens: UnsafeBufferPointer<Token>) -> Int {
        guard start < tokens.count, tokens[start].span.bytes.upperBound <= position else { return start }
        // tokens[low] ends at or before `position`; tokens[high] (if any) after it.
        var low = start, step = 1, high = start + 1
        while high < tokens.count, tokens[high].span.bytes.upperBound <= position {
            low = high
            step *= 2
            high = low + step
        }
        var first = low + 1, end = min(high, tokens.count)
        while first < end {
            let middle = (first + end) / 2
            if tokens[middle].span.bytes.upperBound <= position { first = middle + 1 } else { end = middle }
        }
        return first
    }

    /// Tokens on lines where letters are mostly capitals (headlines, wire slugs): at least six
    /// capitals in the line's words, and more than four per lower-case letter.
    private static func markCapitalsLines(_ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
                                          into flags: UnsafeMutableBufferPointer<UInt8>) {
        /// The first newline at or after `offset`, or the end of the text (`memchr`: a
        /// byte-by-byte scan of the gaps between tokens cost more).
        func newline(from offset: Int) -> Int {
            guard offset < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + offset, 0x0A, bytes.count - offset) else { return bytes.count }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        LetterCase.weights.withUnsafeBufferPointer { weights in
            var lineStart = 0
            while lineStart < tokens.count {
                // The line ends before the first token after a newline that lies between tokens
                // (not inside one): found by bisection from each newline.
                var end = tokens.count
                var from = tokens[lineStart].span.bytes.upperBound
                while true {
                    let position = newline(from: from)
                    var low = lineStart + 1, high = tokens.count // first token starting after the newline
                    while low < high {
                        let middle = (low + high) / 2
                        if tokens[middle].span.bytes.lowerBound > position { high = middle } else { low = middle + 1 }
                    }
                    if low == tokens.count { break }
                    if tokens[low - 1].span.bytes.upperBound <= position {
                        end = low
                        break
                    }
                    from = tokens[low - 1].span.bytes.upperBound // the newline is inside a token
                }
                if isCapitalsLine(lineStart..<end, tokens, bytes, weights) {
                    for index in lineStart..<end { flags[index] |= TokenTable.capitalsLine }
                }
                lineStart = end
            }
        }
    }

    /// Counts the line's letters, and stops once the bytes left could not make it a capitals
    /// line (most lines are prose, decided a third of the way in).
    private static func isCapitalsLine(_ line: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
                                       _ weights: UnsafeBufferPointer<UInt32>) -> Bool {
        let lineEnd = tokens[line.upperBound - 1].span.bytes.upperBound
        // No more capitals in the line's words than in all its bytes, counted eight at a time:
        // most prose lines have fewer than six, and the rest are settled by their first words.
        let capitals = LetterCase.capitalsBound(in: tokens[line.lowerBound].span.bytes.lowerBound..<lineEnd, of: bytes)
        guard capitals >= 6 else { return false }
        var upper = 0, lower = 0
        for index in line where tokens[index].kind == .word {
            let span = tokens[index].span.bytes
            let most = min(capitals, upper + (lineEnd - span.lowerBound)) // capitals the line could still reach
            if most < 6 || 4 * lower >= most { return false }
            let letters = LetterCase.count(in: span, of: bytes, weights: weights)
            upper += letters.upper
            lower += letters.lower
        }
        return upper >= 6 && upper > 4 * lower
    }
}

/// What ``MentionFinder`` knows per token: flag bits and folded keys, and the document's
/// candidate list. A class over raw buffers (two allocations per document, no generic array
/// set-up), so the finder's non-mutating methods can add candidates.
private final class TokenTable {
    /// Flag bits: the token starts a sentence (or a line); it is on a line written in capitals;
    /// it can be part of a name (``MentionFinder/classifyNameWord(_:in:particles:)``); it starts
    /// with a capital or a non-ASCII letter.
    static let sentenceStart: UInt8 = 1, capitalsLine: UInt8 = 2, nameWord: UInt8 = 4, capitalized: UInt8 = 8
    /// The token starts with an ASCII capital; the token holds a hyphen.
    static let upperASCII: UInt8 = 16, hyphenated: UInt8 = 32
    /// The token's ``keys`` and ``classes`` entries are set: only the flags are cleared per
    /// document (clearing the keys and classes too was a twelve-byte memset per token).
    static let keyed: UInt8 = 64, classified: UInt8 = 128
    /// Each token's folded key where ``keyed`` is set (uninitialized elsewhere).
    let keys: UnsafeMutableBufferPointer<UInt64>
    let flags: UnsafeMutableBufferPointer<UInt8>
    /// Each token's ``PlaceWordClasses`` where ``classified`` is set (uninitialized elsewhere).
    let classes: UnsafeMutableBufferPointer<UInt32>
    /// Indices of the tokens ``MentionFinder/find()`` looks at, the first `startCount`.
    let starts: UnsafeMutableBufferPointer<Int32>
    var startCount = 0
    /// The gazetteer entries of the document's mentions, each mention's a range of it.
    /// (Unchecked: the table belongs to one finder on one thread, and the dynamic exclusivity
    /// check of a class property cost more than the access on every mention.)
    @exclusivity(unchecked) private(set) var candidates: [PlaceID] = []

    /// The four per-token arrays above in one block, and the candidates' storage, both kept in
    /// `memory` (the candidates handed back by `deinit`): an allocation of each per document cost
    /// more than their set-up.
    private let memory: TokenTableMemory

    init(count: Int, memory: TokenTableMemory) {
        let keyBytes = count * MemoryLayout<UInt64>.stride, classBytes = count * MemoryLayout<UInt32>.stride
        let startBytes = count * MemoryLayout<Int32>.stride
        self.memory = memory
        let storage = memory.storage(byteCount: keyBytes + classBytes + startBytes + count)
        keys = UnsafeMutableBufferPointer(start: storage.bindMemory(to: UInt64.self, capacity: count), count: count)
        classes = UnsafeMutableBufferPointer(start: (storage + keyBytes).bindMemory(to: UInt32.self, capacity: count), count: count)
        starts = UnsafeMutableBufferPointer(start: (storage + keyBytes + classBytes).bindMemory(to: Int32.self, capacity: count),
                                            count: count)
        flags = UnsafeMutableBufferPointer(start: (storage + keyBytes + classBytes + startBytes).bindMemory(to: UInt8.self, capacity: count),
                                           count: count)
        flags.initialize(repeating: 0)
        swap(&candidates, &memory.candidates)
        candidates.removeAll(keepingCapacity: true)
    }

    deinit {
        swap(&candidates, &memory.candidates)
    }

    /// Appends the entries named `key` to ``candidates``; returns their range.
    func appendPlaces(forKey key: UInt64, from gazetteer: Gazetteer) -> Range<Int> {
        // Room for a typical document's candidates at once, instead of growing four times.
        if candidates.capacity == 0 { candidates.reserveCapacity(32) }
        let start = candidates.count
        gazetteer.appendPlaces(forKey: key, to: &candidates)
        return start..<candidates.count
    }

    /// Appends the entries of `range` that satisfy `keep`, in order; returns their range.
    func keepCandidates(_ range: Range<Int>, where keep: (PlaceID) -> Bool) -> Range<Int> {
        let start = candidates.count
        for index in range where keep(candidates[index]) { candidates.append(candidates[index]) }
        return start..<candidates.count
    }
}

/// A token table's memory, kept between documents by the analyzer (in its pool of
/// ``PlacesAnalyzer/DocumentMemory``, one per document in progress at most): its per-token
/// block, grown to the longest document seen, and its candidates' storage.
///
/// `@unchecked Sendable`: one call of the analyzer at a time holds it, taken from the pool under
/// its lock and put back when the document is done; no two threads ever use it at once.
final class TokenTableMemory: @unchecked Sendable {
    private var block: UnsafeMutableRawPointer?
    private var blockBytes = 0
    @exclusivity(unchecked) fileprivate var candidates: [PlaceID] = []

    /// At least `byteCount` bytes, uninitialized (bound to a type by the caller).
    fileprivate func storage(byteCount: Int) -> UnsafeMutableRawPointer {
        if let block, blockBytes >= byteCount { return block }
        block?.deallocate()
        blockBytes = max(byteCount, 2 * blockBytes, 4096)
        let grown = UnsafeMutableRawPointer.allocate(byteCount: blockBytes, alignment: 8)
        block = grown
        return grown
    }

    deinit {
        block?.deallocate()
    }
}
