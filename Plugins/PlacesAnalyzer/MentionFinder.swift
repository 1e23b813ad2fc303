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
    let words = PlaceWordKeys.shared
    let tokens: [Token]
    let bytes: [UInt8]
    /// Per-token flags (sentence start, capitals line, name word) and keys computed on first use.
    let table: TokenTable

    /// `table`: the table the caller holds for this document, reset here (see ``TokenTable``).
    /// (The document borrowed: an initializer's argument is otherwise the caller's copy of it,
    /// a retain and a release of each of its arrays per document.)
    init(document: borrowing Document, gazetteer: Gazetteer, lexicon: Lexicon, table: TokenTable) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        let tokens = document.tokens
        let bytes = document.bytes
        self.tokens = tokens
        self.bytes = bytes
        table.reset(count: tokens.count)
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
                        // They key their neighbourhood as a capital does: "in el-Oued", "hit
                        // al-Bab" have no capital near to key the name itself.
                        if flags[index] & TokenTable.nameWord != 0 {
                            starts[startCount] = Int32(truncatingIfNeeded: index)
                            startCount += 1
                            Self.keyNeighbourhood(of: index, tokens, text, keys, keyed: &keyed)
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
                    Self.keyNeighbourhood(of: index, tokens, text, keys, keyed: &keyed)
                }
                table.startCount = startCount
                Self.markCapitalsLines(tokens, text, into: flags)
            }
        }
    }

    /// A capital keys the tokens from two before it to one after it; `keyed` is the first token
    /// not keyed yet (or needing no key).
    @inline(__always)
    private static func keyNeighbourhood(of index: Int, _ tokens: UnsafeBufferPointer<Token>, _ text: UnsafeBufferPointer<UInt8>,
                                         _ keys: UnsafeMutableBufferPointer<UInt64>, keyed: inout Int) {
        for near in max(keyed, index - 2)..<min(index + 2, tokens.count) {
            let token = tokens[near]
            guard token.kind == .word || token.kind == .abbreviation else { continue }
            keys[near] = NameKey.key(token.span.bytes, in: text) ?? 0
        }
        keyed = max(keyed, index + 2)
    }

    /// Not `mutating`: Swift copies a struct to call its other methods from a mutating one.
    ///
    /// `candidates` holds every mention's gazetteer entries (``PlaceMention/candidates`` are
    /// ranges of it): one list per document instead of an array per mention.
    func find() -> (places: [PlaceMention], demonyms: [DemonymMention], candidates: [PlaceID]) {
        /// Surnames seen after a given name or title ("Kerry-Ann Hamilton"): later lone uses
        /// ("Hamilton said") are the person, not the place.
        var personNames = KeyList(reusing: taken(&table.personNameKeys))
        var places = taken(&table.places)
        places.reserveCapacity(16) // one allocation for most documents instead of four
        var demonyms = taken(&table.demonyms)
        var index = 0
        /// The token after the last item of a list of towns ("the villages of A, B"), 0 for none.
        var townListEnd = 0
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
            if followsCapitalAndComma(index),
               let (mention, next) = stateAbbreviation(at: index, town: places.last.flatMap { $0.tokens.upperBound == index - 1 ? $0.candidates : nil }) {
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
            // "the village of Cellardyke": a town by position, whether the gazetteer knows it or not.
            // (Inline, the test that settles most chunks: no two-byte word before, no list open.)
            let settlement = chunk.lowerBound >= 2 && (townListEnd > 0 || tokens[chunk.lowerBound - 1].span.bytes.count == 2
                                                       || bytes[tokens[chunk.lowerBound - 1].span.bytes.lowerBound] == UInt8(ascii: ":"))
                ? settlementCue(before: chunk, listEnd: townListEnd) : nil
            townListEnd = settlement == .list ? chunk.upperBound : 0
            // Most chunks are one word that names nothing ("He", "Trump"): two probes settle them.
            if chunk.count == 1, isLoneNonName(index) {
                if let settlement { addUnlistedTowns(in: chunk, cue: settlement, found: places.count, into: &places) }
                // "the Huai river". (The bound first: a lone word may end the document, and the keys
                // end with it. "the Padma and Meghna rivers" is one chunk of three, read in `decide`.)
                if index + 1 < tokens.count, key(index + 1) == words.river { places.append(contentsOf: riversBeforeTypeWord(index)) }
                index = chunk.upperBound
                continue
            }
            let firstFound = places.count
            if isOnCapitalsLine(index) {
                matchCaps(chunk, into: &places)
            } else {
                match(chunk, personNames: &personNames, into: &places, demonyms: &demonyms)
            }
            if let settlement { addUnlistedTowns(in: chunk, cue: settlement, found: firstFound, into: &places) }
            index = max(chunk.upperBound, places.count > firstFound ? places[places.count - 1].tokens.upperBound : 0)
        }
        // (Both readings need a name in capitals: most mentions are settled by that test alone,
        // without the two calls and their copies of the mention.)
        for index in places.indices where places[index].hint == nil && isAllCaps(places[index].tokens.lowerBound) {
            if isDateline(places[index]) {
                markDateline(&places[index])
            } else if isQualifiedDateline(places[index]) {
                places[index].hint = .city // "SAO PAULO, Brazil —" is the city, not the bigger state
            }
        }
        // A weak reading ("Hartl said", "the Buffalo community") stands only if the same name is
        // read as a place with stronger evidence elsewhere in the document.
        // (Most documents have no weak reading: then there is nothing to confirm.)
        // So does one its division or country qualifies: "Buffalo, New York", "Reading, Pennsylvania".
        if places.contains(where: \.weak) {
            var confirmed = KeyList(reusing: taken(&table.confirmedKeys))
            for place in places where !place.weak { confirmed.insert(place.key) }
            var kept = 0
            for index in places.indices {
                let mention = places[index]
                guard !mention.weak || confirmed.contains(mention.key)
                    || index + 1 < places.count && isQualified(mention, by: places[index + 1])
                    || isListedAmongPlaces(index, in: places) else { continue }
                places[kept] = mention
                kept += 1
            }
            places.removeSubrange(kept...)
            table.confirmedKeys = confirmed.takeStorage()
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
        readListedRivers(&places)
        table.personNameKeys = personNames.takeStorage()
        return (places, demonyms, table.candidates)
    }

    // MARK: - Chunks

    /// Capitalized words with connectors between them: "Bosnia and Herzegovina",
    /// "Democratic Republic of the Congo", "Queen Elizabeth University Hospital".
    func chunk(from start: Int) -> Range<Int> {
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
    func contiguousOrClitic(_ index: Int) -> Bool {
        contiguous(index) || (!isSentenceStart(index) && tokens[index].kind == .clitic
            && tokens[index - 1].span.bytes.upperBound == tokens[index].span.bytes.lowerBound)
    }

    /// Token `index` continues the previous one: same sentence, only spaces between.
    /// (Inlined: asked thousands of times per megabyte, for a few comparisons.)
    @inline(__always)
    func contiguous(_ index: Int) -> Bool {
        guard !isSentenceStart(index) else { return false }
        let gap = tokens[index - 1].span.bytes.upperBound..<tokens[index].span.bytes.lowerBound
        guard gap.count <= 2 else { return false }
        for offset in gap where bytes[offset] != 0x20 { return false }
        return true
    }

    /// Token `index` is neither a gazetteer name nor a demonym, so a chunk of it alone holds
    /// nothing ``match(_:personNames:into:demonyms:)`` or ``matchCaps(_:into:)`` would find.
    @inline(__always)
    func isLoneNonName(_ index: Int) -> Bool {
        let key = key(index)
        return key != 0 && !gazetteer.hasPlace(forKey: key) && !gazetteer.isDemonym(key: key)
    }

    /// Matches inside one chunk of mixed-case text, appended to `places` and `demonyms`.
    func match(_ chunk: Range<Int>, personNames: inout KeyList, into places: inout [PlaceMention],
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
                demonyms.append(DemonymMention(bytes: byteRange(range), tokens: range, country: country))
                position = range.upperBound
                continue
            }
            if let named {
                guard let hitMention = mention(named, in: start..<chunk.upperBound) else {
                    position = named.range.upperBound
                    continue
                }
                // ("Lake Argyle" takes the word before the name, which may have been read as a place.)
                while places.count > firstFound, places[places.count - 1].tokens.upperBound > hitMention.tokens.lowerBound { places.removeLast() }
                places.append(hitMention)
                position = hitMention.tokens.upperBound // past a type word it took ("Kharkiv Oblast")
                continue
            }
            position += 1
        }
        // ("Ardmore Oklahoma and Enid Oklahoma", "Eau Claire Wisconsin on Wednesday": pairs the
        // chunk runs on from through "and" or another connector.)
        for town in firstFound..<max(firstFound, places.count - 1) {
            let townStart = places[town].tokens.lowerBound, containerEnd = places[town + 1].tokens.upperBound
            guard townStart == start || key(townStart - 1) == words.and,
                  containerEnd == chunk.upperBound || !isNameWord(containerEnd),
                  isTownBeforeContainer(places[town], places[town + 1]) else { continue }
            places[town].juxtaposedWithContainer = true
            places[town + 1].juxtaposedWithContainer = true
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
        let earlierChunks = first // places[..<earlierChunks]: the document's places kept so far
        var namesClub = false // "Manchester City": no pattern's town and type word either
        for index in first..<places.count {
            var mention = places[index]
            guard !mention.juxtaposedWithContainer else {
                places[kept] = mention // "Perry Oklahoma": a town and its state, no person's name
                kept += 1
                continue
            }
            let first = mention.tokens.lowerBound
            let previous = first - 1
            // A lone word that is the whole run ("in Kyiv", "Ukraine said", the common mention) has
            // no word of its run beside it: the tests of a longer name's other words (a given name
            // or a title inside the run, a firm's, a facility's or a thing's word after the place)
            // cannot fire, and only the words outside the run are asked about.
            let lone = mention.tokens.count == 1 && first == chunk.lowerBound && mention.tokens.upperBound == chunk.upperBound
            // "St. Mary's Hospital", "St Jude said": a name after a saint's abbreviation, which the
            // gazetteer did not know with it, is the saint's (a church's, a school's, a firm's), not
            // the town "Mary"; a feature its type word made keeps the saint ("St. Lawrence River").
            if previous >= chunk.lowerBound, words.saints.contains(key(previous)) {
                guard mention.tokens.count > 1, mention.hint == .water || mention.hint == .land else { continue }
                mention.tokens = previous..<mention.tokens.upperBound
                mention.bytes = tokens[previous].span.bytes.lowerBound..<mention.bytes.upperBound
            }
            if namesPossessiveFirm(mention) {
                // "Moody's RMS", "at McDonald's": a name only small towns have whose possessive is
                // a listed firm's name is the firm's, and stays so in the story ("Moody said").
                personNames.insert(mention.key)
                continue
            }
            if namesListedCompany(mention, chunk: chunk) {
                // "Santos Ltd", "Salzgitter AG <SALG.H>", "Delta <DAL> Airlines": the company's in
                // the rest of the story too ("Santos said"), whatever the size of the place.
                personNames.insert(mention.key)
                continue
            }
            // "President Lincoln", "spokesman Trehubov", "Kerry-Ann Hamilton", "Nelson Mandela";
            // "his father Hussein Obama", "President Barack Obama": the later words of a name
            // after a title. (A title ending the line above is a headline's last word:
            // "... NOMINATES NEW PRESIDENT" over "TOKYO, April 27 -".)
            if previous >= max(0, chunk.lowerBound - 1), isTitle(previous) && contiguous(first) || !lone && (
                (previous >= chunk.lowerBound && isGivenName(previous) && !namesCountryNotSurname(mention))
                || (previous > chunk.lowerBound && isGivenName(previous - 1) && isNameWord(previous) && !classes(previous).contains(.connector)
                    && mention.tokens.count == 1 && (onlySmallTowns(mention) || isMiddleInitial(previous)))
                // "McDonnell Douglas", "Morgan Stanley": a surname after another that names no place
                // is a person's or a firm's.
                || (previous >= chunk.lowerBound && mention.tokens.count == 1 && key(previous) != 0 && classes(previous).hint == nil
                    && lexicon.isSurname(key: key(previous))
                    && lexicon.isSurname(key: mention.key) && !gazetteer.hasPlace(forKey: key(previous)) && onlySmallTowns(mention))
                || followsTitledName(first, chunk: chunk)) {
                personNames.insert(mention.key)
                continue
            }
            // "Mahim Bay": a feature's type word alone after another capitalized word is the end of
            // a feature's name the gazetteer lacks (the pattern below reads it), not Somalia's Bay.
            if mention.tokens.count == 1, first > chunk.lowerBound, isNameWord(first - 1), !classes(first - 1).contains(.connector),
               !isAllCaps(first - 1), isFeatureWord(first) { continue }
            if !lone, startsPersonName(mention, chunk: chunk) || startsLongerRomanceName(mention, chunk: chunk) { continue }
            // (Alone in its run, only by its own word: "Naval Academy", a town in GeoNames too.)
            if !lone || classes(first).contains(.institution), namesInstitution(mention, chunk: chunk) {
                // "Drexel Burnham Lambert Inc", then "Drexel said": a small town's name the story
                // gives a company is the company's in the rest of it too, as a person's is.
                if onlySmallTowns(mention) { personNames.insert(mention.key) }
                continue
            }
            if mention.tokens.count == 1, !classes(first).isDisjoint(with: [.calendar, .direction]) { continue }
            // "in Spring 2002", "the Fall 2023 semester": a season before a year (Spring, Texas
            // is still read with a comma or a qualifier).
            if mention.tokens.count == 1, words.seasons.contains(mention.key), first + 1 < tokens.count,
               tokens[first + 1].kind == .number, contiguous(first + 1) { continue }
            if namesDisease(mention) || namesProduct(mention)
                || !lone && (namesFirmWithDirection(mention, chunk: chunk) || namesPersonFacility(mention, chunk: chunk)) { continue }
            // (A town the document named as one stays the town: "the city of Princeton, Ind. ...
            // Princeton's bonds".)
            if namesUniversity(mention), !places[..<earlierChunks].contains(where: { $0.key == mention.key }) { continue }
            // (Alone in its run, a club's name needs its prefix before it: "Real Madrid beat Bayern".)
            if (!lone || first > 0 && isNameWord(first - 1)) && namesTeam(mention, chunk: chunk) || namesClubByRole(mention, chunk: chunk) {
                namesClub = true
                continue
            }
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
            let after = mention.tokens.upperBound
            if after < chunk.upperBound, contiguous(after), words.directionSuffixes.contains(key(after)) {
                mention.directional = true // "Kasai Occidental"
                mention.bytes = mention.bytes.lowerBound..<tokens[after].span.bytes.upperBound
                mention.tokens = mention.tokens.lowerBound..<(after + 1)
            }
            // "in Falmouth and Scarborough", "near Cardwell and Tully": the second of two names
            // joined by "and" after a locative is where the first is, not a surname.
            if !mention.locative, first >= 2, kept > 0, key(first - 1) == words.and, places[kept - 1].tokens.upperBound == first - 1,
               places[kept - 1].locative, !places[kept - 1].weak, !places[kept - 1].companyName,
               // ("Reynolds and Reynolds", "Smith and Wesson": a firm's partners, not two towns.)
               places[kept - 1].key != mention.key, !lexicon.isGivenName(key: places[kept - 1].key) {
                mention.locative = true
            }
            // (A dateline is a place by its position: "COLOGNE, March 11 -".)
            if classes(first).contains(.companyName), mention.key == key(first), !isDateline(mention) {
                readAsCompanyName(&mention)
            } else if isRejectedCommonWord(mention), !isDateline(mention) {
                mention.weak = true
            } else if mention.tokens.count == 1, !mention.locative, mention.qualifier == nil, isPersonLike(mention) {
                // "Whitley said", "Franklin": a surname that is also a small town; but "the Venice summit".
                if let seats = seatsNamedLikeGivenName(mention) { mention.candidates = seats } else { mention.weak = true }
            } else if mention.tokens.count == 1, !mention.locative, mention.qualifier == nil,
                      isFeatureWord(first), onlySmallTowns(mention) {
                mention.weak = true // "Gulf states", "Gulf Oil": a feature's word, not Papua New Guinea's Gulf Province
            } else if mention.tokens.count == 1, !lone, mention.qualifier == nil, startsThingName(mention, chunk: chunk) {
                // "Continental Materials", "Ewing Bank": a small town's name heading a company's,
                // after a locative too ("a stake in Turner Broadcasting", "a spokesman for Campbell
                // Soup": 146 readings over the corpus, nearly all false; "in Abu Shok refugee camp"
                // is no town "Abu" either, though the camp's name is lost).
                mention.weak = true
            } else if bytes[tokens[first].span.bytes.lowerBound] >= 97, !mention.locative,
                      isInsideLongerName(mention, chunk: chunk) || namesMedia(mention) {
                // "al-Bab", "el-Oued" written from a lower-case particle are places as capitalized
                // names are, but not as a part of a longer name ("the daily al-Sharq al-Awsat",
                // "Bab el-Oued hospital", a quarter of Algiers; "l'Union de Garantie et de
                // Placement", a bank) nor beside a newspaper's or a channel's word ("al-Thawra
                // newspaper"), unless the story names the place so elsewhere.
                mention.weak = true
            }
            places[kept] = mention
            kept += 1
        }
        if kept < places.count { places.removeLast(places.count - kept) } // (not the generic removeSubrange)
        // (A pattern needs two words: most chunks have one, settled before the call.)
        if chunk.count >= 2, kept == first, !namesClub, let feature = patternFeature(in: chunk) {
            places.append(feature)
        } else if chunk.count == 3, kept == first, chunk.upperBound < tokens.count, key(chunk.lowerBound + 1) == words.and,
                  key(chunk.upperBound) == words.rivers {
            places.append(contentsOf: riversBeforeTypeWord(chunk.lowerBound)) // "the Padma and Meghna rivers"
        } else if chunk.count >= 2, kept > first, places[first..<kept].allSatisfy(\.weak), classes(chunk.upperBound - 1).hint != nil,
                  !places[first..<kept].contains(where: { candidates(of: $0).contains { gazetteer.kind($0) <= .admin1 } }),
                  var feature = patternFeature(in: chunk), feature.hint == .water || feature.hint == .land {
            // "the Red River", "Three Mile Island", "Barrow Island": a river's or an island's
            // pattern over a chunk whose only readings are weak (a common word's small town:
            // "Red", "Mile", "Barrow") is the feature, in their place, reported unplaced as the
            // pattern's features are: the weak town says nothing of where the river runs
            // ("Pine Creek" in the Northern Territory is no town Pine in the U.S.). Not over a
            // country or a division ("the U.S. Gulf" keeps its reading, confirmed elsewhere).
            feature.candidates = feature.candidates.lowerBound..<feature.candidates.lowerBound
            places.removeLast(places.count - first)
            places.append(feature)
        }
    }

    /// The chunk holds more of a name before or after the mention, not only the other items of
    /// a list ("al-Bab and al-Mayadeen").
    private func isInsideLongerName(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        let first = mention.tokens.lowerBound, after = mention.tokens.upperBound
        return first > chunk.lowerBound && key(first - 1) != words.and || after < chunk.upperBound && key(after) != words.and
    }

    /// A word of ``PlaceWords/mediaWords`` right before or after the mention.
    private func namesMedia(_ mention: PlaceMention) -> Bool {
        let before = mention.tokens.lowerBound - 1, after = mention.tokens.upperBound
        return before >= 0 && words.mediaWords.contains(key(before)) || after < tokens.count && words.mediaWords.contains(key(after))
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

    /// "Meta said", "a stake in Nokia": a company's name (``PlaceWords/organizationNames``) is
    /// the company's unless a qualifier, a type word or an area's context names the place;
    /// after a locative, the story must name another place of its country (see
    /// ``PlaceMention/companyName``). (Out of line: rare, and inlined it slowed every mention.)
    @inline(never)
    private func readAsCompanyName(_ mention: inout PlaceMention) {
        guard mention.hint == nil, !isQualifiedNext(mention.tokens, key: mention.key), !namesAreaInContext(mention),
              !precedesDepartment(mention), !opensTypedApposition(mention) else { return }
        if mention.locative { mention.companyName = true } else { mention.weak = true }
    }

    /// "the Amazon", "the Peruvian Amazon", "Amazon basin oil fields": a company's name
    /// (``PlaceWords/organizationNames``) that a river or a region bears names that after a
    /// lower-case "the" or a demonym, which no company's name takes, or before a word of such
    /// an area's ("basin", "jungle"); "websites like Amazon" and "the Albras Amazon aluminium
    /// project" stay the companies'.
    private func namesAreaInContext(_ mention: PlaceMention) -> Bool {
        let before = mention.tokens.lowerBound - 1, next = mention.tokens.upperBound
        let article = before >= 0 && key(before) == words.the && table.flags[before] & TokenTable.capitalized == 0
        let demonym = before >= 0 && tokens[before].kind == .word && gazetteer.isDemonym(key: tokenKey(before))
        let areaNoun = next < tokens.count && contiguous(next) && table.flags[next] & TokenTable.capitalized == 0
            && words.areaNouns.contains(tokenKey(next))
        guard article || demonym || areaNoun else { return false }
        return candidates(of: mention).contains { gazetteer.kind($0) == .feature || gazetteer.kind($0) == .region }
    }

    /// Token `index`'s folded key, folded now where the finder did not fold it (0 if none).
    func tokenKey(_ index: Int) -> UInt64 {
        key(index) != 0 ? key(index) : spanKey(tokens[index].span.bytes) ?? 0
    }

    /// "Hitachi, a city in Ibaraki Prefecture", "Nokia, the town near Tampere": an apposition
    /// opened by an article and a place's type word in lower case says the name is that place.
    private func opensTypedApposition(_ mention: PlaceMention) -> Bool {
        let comma = mention.tokens.upperBound
        guard comma + 2 < tokens.count, isByte(comma, UInt8(ascii: ",")), table.flags[comma + 2] & TokenTable.capitalized == 0,
              tokenKey(comma + 1) == words.the || isIndefiniteArticle(comma + 1) else { return false }
        return classes(comma + 2).hint != nil
    }

    /// "the Meta department": a lower-case "department" after the name, which is no type word
    /// elsewhere ("the State Department", "a department store"), names a division here.
    private func precedesDepartment(_ mention: PlaceMention) -> Bool {
        let next = mention.tokens.upperBound
        return next < tokens.count && contiguous(next) && table.flags[next] & TokenTable.capitalized == 0
            && tokenKey(next) == words.department
    }

    /// A given name that is not a common word ("Nelson", "Kerry"; not "Will" or "Grant"), nor a
    /// month ("ending June India will borrow").
    func isGivenName(_ index: Int) -> Bool {
        tokens[index].kind == .word && lexicon.isGivenName(key: key(index)) && !isCommonWord(index) && !isAllCaps(index)
            && !classes(index).contains(.calendar)
    }

    /// "Robert F. Kennedy", "George W. Bush": one capital letter and a full stop, which after a
    /// given name makes the next word a surname whatever place bears it (Kennedy is a Bogotá
    /// locality of a million people).
    func isMiddleInitial(_ index: Int) -> Bool {
        let range = tokens[index].span.bytes
        return range.count == 2 && bytes[range.lowerBound] &- UInt8(ascii: "A") < 26 && bytes[range.lowerBound + 1] == UInt8(ascii: ".")
    }

    /// A country's own name that is no surname: after a given name it is still the country ("Ford
    /// Philippines", "Kleinwort Benson Australia Ltd", "Banque Nationale de Paris Hong Kong"), where
    /// "Michael Jordan" is a person, and so is "Carlos Brasil" (an alias).
    private func namesCountryNotSurname(_ mention: PlaceMention) -> Bool {
        !lexicon.isSurname(key: mention.key)
            && candidates(of: mention).contains { gazetteer.kind($0) == .country && gazetteer.isNamed($0, key: mention.key) }
    }

    /// A person's name more than a notable place: a name-list word whose places are all small towns.
    private func isPersonLike(_ mention: PlaceMention) -> Bool {
        guard lexicon.isSurname(key: mention.key) || lexicon.isGivenName(key: mention.key) else { return false }
        return onlySmallTowns(mention)
    }

    /// "the Venice summit", "Venice is sinking": a given name that is no surname, alone, names a
    /// person far less often than a surname does ("Nelson said", "David", "Carson"), and when a
    /// capital or first-level seat of 50,000 people or more bears it, the name is that seat (GeoNames
    /// counts Venice by its old town, 51,298 people; Venice, California has 40,885). Not before a
    /// comma, where a qualifier may name another ("Venice, Fla."). The seats, or nil.
    private func seatsNamedLikeGivenName(_ mention: PlaceMention) -> Range<Int>? {
        let next = mention.tokens.upperBound
        guard !lexicon.isSurname(key: mention.key), next >= tokens.count || !isByte(next, UInt8(ascii: ",")) else { return nil }
        let seats = table.keepCandidates(mention.candidates) { gazetteer.isSeat($0) && gazetteer.population($0) >= 50_000 }
        return seats.isEmpty ? nil : seats
    }

    /// Whether every place of the name is a town or county of under 100,000 people: a name a
    /// person's may outweigh ("Robert M. Freeman"; not "Christian East Beirut").
    /// (A division that small counts as one: "Paul", Cape Verde; "Michael", Isle of Man.)
    /// A firm named with a possessive the lexicon lists ("Moody's", "McDonald's", "Lowe's") after a
    /// name only small towns have (Moody, Alabama).
    private func namesPossessiveFirm(_ mention: PlaceMention) -> Bool {
        let clitic = mention.tokens.upperBound
        guard clitic < tokens.count, tokens[clitic].kind == .clitic, contiguous(clitic),
              let key = spanKey(byteRange(mention.tokens.lowerBound..<clitic + 1)), lexicon.knownOrganization(key: key) != nil else { return false }
        return onlySmallTowns(mention)
    }

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
        // "China's official news agency Xinhua reported": the agency's word before the name.
        let previous = mention.tokens.lowerBound - 1
        if previous >= 0, key(previous) == words.agency, table.flags[previous] & TokenTable.capitalized == 0 {
            return onlySmallTowns(mention)
        }
        let next = mention.tokens.upperBound
        // (Keys stop a token after a capital: "agency" in "Xinhua news agency" is folded here.)
        guard next + 1 < tokens.count, key(next) == words.news, contiguous(next), contiguous(next + 1),
              tokenKey(next + 1) == words.agency else { return false }
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
    func matchCaps(_ chunk: Range<Int>, into found: inout [PlaceMention]) {
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
            // ("META CUTS JOBS": a company's name, see ``PlaceWords/organizationNames``.)
            if wellKnown && !common && !(featureWord && onlySmallTowns(mention))
                && !(mention.tokens.count == 1 && classes(mention.tokens.lowerBound).contains(.companyName)) {
                found.append(mention)
            }
        }
    }
}
