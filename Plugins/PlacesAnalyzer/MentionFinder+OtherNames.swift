import Gazetteer
import TextAnalysis

/// A place's name inside a longer name of another kind, which the matcher drops: a school's or a
/// company's ("Franklin Elementary", "Santos Ltd", "Norfolk Southern"), a person's ("Paris
/// Hilton"), a sports club's ("Manchester United"), a product's or a thing's ("Continental
/// Airlines"). Asked by ``MentionFinder/decide(_:from:chunk:personNames:)`` of each mention.
extension MentionFinder {
    /// Part of a school's or a company's name: the capitalized run the place is in ends in
    /// "Elementary", "University", "LLC"... ("Franklin Elementary", "Buffalo Science Magnet
    /// School", "Michigan State University"; "Naval Academy" is a town in GeoNames too). A
    /// country keeps its reading ("U.S. Naval Academy").
    /// (Or the part of the run before an "and" or "&": "Harvard University and Israeli co-authors"
    /// is a university's name, then another; "Lufkin and Jenrette Securities Corp" one company's.)
    /// (Or a company's last word after the place, no "of" between: "Texas Instruments", "Delta
    /// Air Lines".)
    func namesInstitution(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        var last = mention.tokens.upperBound - 1
        while last + 1 < chunk.upperBound, !joinsTwoNames(last + 1) { last += 1 }
        guard last >= mention.tokens.lowerBound,
              classes(chunk.upperBound - 1).contains(.institution) || classes(last).contains(.institution)
                || namesCompany(mention, last: last, chunk: chunk) else { return false }
        return !candidates(of: mention).contains { gazetteer.kind($0) <= .country }
    }

    /// A place's name alone before a company's legal form or a stock ticker ("Santos Ltd",
    /// "Nokia Oyj", "Salzgitter AG <SALG.H>", "Delta <DAL> Airlines Inc"), which no place takes:
    /// the name is the company's. Not after more of a name ("First Boston Corp", "Banks of Iowa
    /// Inc", "Bank of Montreal <BMO.M>") or an article ("an Alberta Corp"), nor a country's ("U.S. <...>" heads headlines).
    func namesListedCompany(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        let first = mention.tokens.lowerBound, next = mention.tokens.upperBound
        // (Asked of every mention: the cheap tests of the next token first.)
        guard next + 1 < tokens.count else { return false }
        if isByte(next, UInt8(ascii: "<")) {
            guard tokens[next + 1].kind == .word, isAllCaps(next + 1),
                  tokens[next].span.bytes.upperBound == tokens[next + 1].span.bytes.lowerBound else { return false }
        } else {
            guard table.flags[next] & TokenTable.capitalized != 0, classes(next).contains(.legalForm), !isOnCapitalsLine(next) else { return false }
        }
        guard contiguous(next), first == 0 || !contiguous(first) || !opensName(first - 1) && !isIndefiniteArticle(first - 1) else { return false }
        return !candidates(of: mention).contains { gazetteer.kind($0) <= .country }
    }

    /// "a", "an": "Nova, an Alberta Corp" says where a company is incorporated, not its name.
    func isIndefiniteArticle(_ index: Int) -> Bool {
        let key = tokenKey(index)
        return key == words.a || key == words.an
    }

    /// Token `index` may begin or join a name: capitalized, or a connector ("Bank of Montreal").
    func opensName(_ index: Int) -> Bool {
        table.flags[index] & TokenTable.capitalized != 0 || classes(index).contains(.connector)
    }

    /// The company's word ends the run after the place, or is the place's own last word after
    /// other words of the run ("Ohio Edison": Edison, Ohio is a town too).
    func namesCompany(_ mention: PlaceMention, last: Int, chunk: Range<Int>) -> Bool {
        guard classes(last).contains(.companyEnd) else { return false }
        guard last >= mention.tokens.upperBound else {
            return mention.tokens.lowerBound > chunk.lowerBound && isNameWord(mention.tokens.lowerBound - 1)
        }
        return !(mention.tokens.upperBound..<last).contains { classes($0).isSuperset(of: [.connector, .locative]) }
    }

    /// Token `index` is "and" or "&".
    func joinsTwoNames(_ index: Int) -> Bool {
        key(index) == words.and || isByte(index, UInt8(ascii: "&"))
    }

    /// A feature's type word ("Gulf", "Bay", "Delta", "Valley"): water or land.
    func isFeatureWord(_ index: Int) -> Bool {
        let hint = classes(index).hint
        return hint == .water || hint == .land
    }

    /// A given name followed by a surname-like word: "Paris Hilton", "Jordan Henderson"; or by a
    /// surname's particle and a capital ("Dennis van Engelsdorp", "Luis de Souza").
    func startsPersonName(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
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

    /// "Plaza de Mayo", "Puerta del Sol", "Casa de Nariño": a name only small towns have, then a
    /// lower-case Romance particle and a capital, is the first word of a longer name the gazetteer
    /// lacks (a square's, a gate's, a house's), not the town. The whole names the gazetteer knows
    /// ("Rio de Janeiro", "Santiago de Cuba") were matched longest before this is asked.
    func startsLongerRomanceName(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        let next = mention.tokens.upperBound
        // (Every particle begins with a lower-case "d": the one byte settles nearly every mention;
        // the particle is keyed already, as the token after a capital.)
        guard mention.tokens.count == 1, mention.hint == nil, next + 1 < chunk.upperBound,
              bytes[tokens[next].span.bytes.lowerBound] == UInt8(ascii: "d"), contiguous(next), contiguous(next + 1),
              words.romanceParticles.contains(key(next)),
              isNameWord(next + 1) else { return false }
        return candidates(of: mention).allSatisfy { id in
            let kind = gazetteer.kind(id)
            return (kind == .city || kind == .admin2) && gazetteer.population(id) < 100_000
        }
    }

    /// "Norfolk Southern", "Texas Eastern Corp": a place's name and a direction adjective after
    /// it in one capitalized run name a firm (``PlaceWords/firmDirections``), unless a place or a
    /// type word follows ("Kenya Western Province" keeps Kenya). Over the 1987 news, 50 such
    /// readings, none a place.
    func namesFirmWithDirection(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        let after = mention.tokens.upperBound
        guard after < chunk.upperBound, contiguous(after), isNameWord(after), words.firmDirections.contains(key(after)) else { return false }
        let next = after + 1
        return next >= chunk.upperBound || !contiguous(next) || (classes(next).hint == nil && !gazetteer.hasPlace(forKey: key(next)))
    }

    /// "Manchester United", "the Boston Red Sox", "Real Madrid": a place's name inside a sports
    /// club's (``SportsTeams/teamNames``, ``SportsTeams/clubPrefixes``), in one capitalized run.
    /// (Not a country's name, which no listed club bears, nor on a line in capitals, where
    /// "TEXAS GIANTS" may be a headline's words.)
    func namesTeam(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        guard !isOnCapitalsLine(mention.tokens.lowerBound) else { return false }
        // "Manchester City beat Arsenal 2-1", "Ipswich Town fans": a town read with "City" or
        // "Town" after it, ending the run, names its club in a sentence about sport ("Kansas
        // City", "Mexico City" are whole names the gazetteer knows; "Manchester City Council"
        // runs on).
        let last = mention.tokens.upperBound - 1
        if mention.tokens.count >= 2, key(last) == words.city || key(last) == words.town,
           mention.tokens.upperBound >= chunk.upperBound || !contiguous(mention.tokens.upperBound) || !isNameWord(mention.tokens.upperBound),
           !(spanKey(byteRange(mention.tokens)).map(gazetteer.hasPlace(forKey:)) ?? false), isAboutSport(around: mention.tokens) {
            return true
        }
        guard clubWordsAround(mention, chunk: chunk) else { return false }
        return !candidates(of: mention).contains { gazetteer.kind($0) == .country }
    }

    /// "lost 2-1 against Barcelona", "Liverpool fans", "the Napoli striker", "joined from
    /// Benfica", "Barcelona beat Real Madrid": a city's name alone after an opponent's cue or a
    /// player's transfer, or before a player's or a fan's word or a result's verb, in a sentence
    /// about sport, is its club. (Only a town's or a city's name: "England beat Australia" are countries, which
    /// geoparsers' gold counts.)
    func namesClubByRole(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        let first = mention.tokens.lowerBound, after = mention.tokens.upperBound
        // (Both words are keyed already: a capital keys the two tokens before it and the one after.)
        let cueBefore = first > 0 && !isSentenceStart(first)
            && (words.clubOpponentCues.contains(key(first - 1)) || isAfterTransfer(first))
        let roleAfter = !cueBefore && after < tokens.count && contiguous(after) && !isNameWord(after)
            && (words.clubRoleWords.contains(key(after)) || words.clubResultVerbs.contains(key(after)))
        guard cueBefore || roleAfter, mention.hint == nil, mention.qualifier == nil else { return false }
        // (The role word, itself one of the sports words, does not count: "Weipa manager Rob
        // Atkinson says" is a mine's.)
        return !candidates(of: mention).contains { gazetteer.kind($0) <= .admin1 }
            && isAboutSport(around: first..<(roleAfter ? after + 1 : after))
    }

    /// A player's transfer right before token `first`: "joined Porto", "joined from Benfica",
    /// "signed for Liverpool" (``PlaceWords/transferVerbs``).
    private func isAfterTransfer(_ first: Int) -> Bool {
        let before = key(first - 1)
        if words.transferVerbs.contains(before) { return true }
        return first > 1 && !isSentenceStart(first - 1) && words.transferPrepositions.contains(before) && words.transferVerbs.contains(key(first - 2))
    }

    /// "a student from Harvard", "Stanford researchers said": a university's town's name alone
    /// is the university (``PlaceWords/universityTowns``), unless "in", "near", "outside" or "of"
    /// comes before it or a comma and a capital after it ("Princeton, N.J.").
    func namesUniversity(_ mention: PlaceMention) -> Bool {
        guard mention.tokens.count == 1, words.universityTowns.contains(mention.key) else { return false }
        let first = mention.tokens.lowerBound, after = mention.tokens.upperBound
        if first > 0, !isSentenceStart(first), words.townPrepositions.contains(key(first - 1)) { return false }
        if after + 1 < tokens.count, isByte(after, UInt8(ascii: ",")), table.flags[after + 1] & TokenTable.capitalized != 0 { return false }
        return true
    }

    /// "the Kennedy Space Center", "the Lincoln Memorial", "the Kennedy Center": a surname alone
    /// before "Memorial", or before "Center" or "Centre" ending its capitalized run right after it
    /// or after "Space" or "Research" ("Langley Research Center", NASA's in Virginia), names a
    /// facility after a person, not the town of the name, however big (Kennedy is a Bogotá
    /// locality of a million people; Langley, B.C. a city). Longer runs keep the place ("the
    /// Dallas Distribution Center", "Springfield Health Care Center in Springfield, Tenn."), and
    /// so do a division's and a country's names ("the Georgia Center").
    func namesPersonFacility(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        let next = mention.tokens.upperBound
        guard mention.tokens.count == 1, next < chunk.upperBound, contiguous(next), isNameWord(next) else { return false }
        let nextKey = tokenKey(next)
        var facility = nextKey == words.memorial
        if !facility {
            let last = words.personFacilityFirstWords.contains(nextKey) ? next + 1 : next
            facility = last < chunk.upperBound && (last + 1 == chunk.upperBound || !contiguous(last + 1) || !isNameWord(last + 1))
                && words.personFacilityEnds.contains(tokenKey(last))
        }
        guard facility, lexicon.isSurname(key: mention.key) else { return false }
        return !candidates(of: mention).contains { gazetteer.kind($0) <= .admin1 }
    }

    func clubWordsAround(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        let first = mention.tokens.lowerBound, after = mention.tokens.upperBound
        if first > 0, contiguous(first), isNameWord(first - 1), words.clubPrefixes.contains(key(first - 1)) {
            // A sentence's first word, which `match` stepped past as a common word, only in a
            // sentence about sport: "Real Madrid beat Bayern 2-1", not "As Kyiv braced" ("AS
            // Roma" and "FC Porto" write their short prefixes in capitals).
            if first - 1 >= chunk.lowerBound { return true }
            if tokens[first - 1].span.bytes.count > 2 || isAllCaps(first - 1), isAboutSport(around: mention.tokens) { return true }
        }
        guard after < chunk.upperBound, contiguous(after), isNameWord(after) else { return false }
        // "Bayern Munich": the prefix is itself a place's name (Bavaria's, in German).
        if words.clubPrefixes.contains(mention.key) { return true }
        if words.teamNames.contains(key(after)) {
            // (Not when a type word follows: "Kings County" reads its type word.)
            return after + 1 >= chunk.upperBound || !contiguous(after + 1) || classes(after + 1).hint == nil
        }
        // "Boston Red Sox", "Chennai Super Kings", "Toronto Maple Leafs": one word between.
        let last = after + 1
        guard last < chunk.upperBound, contiguous(last), isNameWord(last), words.teamNames.contains(key(last)),
              classes(after).hint == nil else { return false }
        return last + 1 >= chunk.upperBound || !contiguous(last + 1) || !isNameWord(last + 1) || classes(last + 1).contains(.connector)
    }

    /// A name that only small towns have, followed in its capitalized run by a word that is
    /// neither a place nor a type word: the run names a company, a team or a product
    /// ("Continental Airlines", "Ewing Bank Block 826", "Olympic Airways"), or it is a person's
    /// first name ("Commissioner Frans Andriessen"). So does a name only towns of under 150,000
    /// people have ("Columbia Pictures", "Columbia Gas", "Nikko Securities", "Bundaberg Sugar"),
    /// unless the word after it is an abbreviation or a letter, which no company's word is
    /// ("Syracuse N.Y.", "Duluth Ga.", "in Flint K mart stores"). A bigger place keeps its
    /// reading ("Ohio Edison"); so does a town confirmed elsewhere in the document (a weak reading).
    func startsThingName(_ mention: PlaceMention, chunk: Range<Int>) -> Bool {
        let next = mention.tokens.upperBound
        guard next < chunk.upperBound, isNameWord(next), classes(next).hint == nil, !classes(next).contains(.connector),
              key(next) != 0, !gazetteer.hasPlace(forKey: key(next)) else { return false }
        // (An ocean's or a region's name that small towns bear too reads the same: "Pacific Gas",
        // "the Pacific Stock Exchange", "Atlantic Richfield" are no towns Pacific or Atlantic.)
        var towns = false, midSized = false
        let onlyTowns = candidates(of: mention).allSatisfy { id in
            let kind = gazetteer.kind(id)
            if kind == .city || kind == .admin2, case let population = gazetteer.population(id), population < 150_000 {
                towns = true
                midSized = midSized || population >= 50_000
                return true
            }
            return kind == .feature || kind == .region
        }
        guard onlyTowns, towns else { return false }
        return !midSized || tokens[next].kind != .abbreviation && tokens[next].span.bytes.count > 1
    }
}
