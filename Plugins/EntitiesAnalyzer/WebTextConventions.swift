import Gazetteer
import TextAnalysis

/// The span conventions for text off the news wire (see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``): web text, e-mail and
/// forum posts that write places in lower case.
extension DocumentFeatures {
    /// "living in malaysia", "from san francisco", "going to baguio": a writer who opens
    /// sentences in lower case writes places so too, which the tagger (scoring only words with
    /// a capital) never sees. In such a document, lower-case words after a preposition that name
    /// a large place (a country, a division or a city of 65,000 people or more) and that news
    /// seldom writes in lower case are that place, and so are the country or state right after
    /// it and a large place after it and "and" ("san francisco california", "noida and greater
    /// noida"). Not after "at", which comes before venues ("at woodrow s", a bar). Edited text opens its
    /// sentences with capitals: there "in turkey" or "fine china" stay common words. Since stop
    /// 27, a question is read so too, as forum posts ask them ("Does anyone know a good mechanic
    /// in sacramento?"), but only after a preposition and only for names news never writes in
    /// lower case (two in a hundred at most: not "turkey"): ``addLowerCasePlacesInQuestions(_:)``.
    func addLowerCasePlaces(_ spans: inout [EntitySpan]) {
        var writesLowerCase = false, asks = false
        for sentence in sentences {
            if facts[sentence.lowerBound].isWord && !facts[sentence.lowerBound].hasUppercase {
                writesLowerCase = true
                break
            }
            if !asks, document.token(document.tokens[sentence.upperBound - 1], is: UInt8(ascii: "?")) { asks = true }
        }
        guard writesLowerCase else {
            if asks { addLowerCasePlacesInQuestions(&spans) }
            return
        }
        var added: [EntitySpan] = []
        var cursor = 0
        var placeEnd = -1 // where the last place found ends
        var index = 1
        while index < facts.count {
            // Right after a place, only the country or state it is in ("miramar florida", not
            // "tampa bay" as two places).
            let isInPlace = index == placeEnd
            let follows = isInPlace || CueWords.placePreposition.contains(facts[index - 1].bare)
                || index == placeEnd + 1 && facts[index - 1].bare == CueWords.and
                || facts[index - 1].bare == CueWords.of && !facts[index - 1].hasUppercase // "out of dublin", "the state of delaware"
            guard facts[index].isWord, !facts[index].hasUppercase else { index += 1; continue }
            if let firm = lowerCaseFirm(at: index) {
                while cursor < spans.count && spans[cursor].tokens.upperBound <= index { cursor += 1 }
                if cursor == spans.count || spans[cursor].tokens.lowerBound >= firm.upperBound {
                    added.append(EntitySpan(confirmed: .organization, tokens: firm))
                }
                index = firm.upperBound
                continue
            }
            guard follows else {
                if let country = lowerCaseCountry(at: index) {
                    while cursor < spans.count && spans[cursor].tokens.upperBound <= index { cursor += 1 }
                    if cursor == spans.count || spans[cursor].tokens.lowerBound >= country.upperBound {
                        added.append(EntitySpan(confirmed: .location, tokens: country))
                        placeEnd = country.upperBound
                    }
                    index = country.upperBound
                } else if let name = lowerCaseGivenName(at: index) {
                    while cursor < spans.count && spans[cursor].tokens.upperBound <= index { cursor += 1 }
                    if cursor == spans.count || spans[cursor].tokens.lowerBound >= name.upperBound {
                        added.append(EntitySpan(confirmed: .person, tokens: name))
                    }
                    index = name.upperBound
                } else {
                    index += 1
                }
                continue
            }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= index { cursor += 1 }
            var found: Range<Int>?
            // The longest name first: "san francisco" before "san".
            for count in stride(from: 3, through: 1, by: -1) where index + count <= facts.count {
                let tokens = index..<index + count
                guard cursor == spans.count || spans[cursor].tokens.lowerBound >= tokens.upperBound,
                      tokens.allSatisfy({ facts[$0].isWord && !facts[$0].hasUppercase && spaced($0) || $0 == index }),
                      tokens.contains(where: { (extractor.lexicon.lowerCaseShare(key: lowerCaseKey($0)) ?? 0) < 0.1 }),
                      isLargePlace(tokens, countryOrState: isInPlace) else { continue }
                found = tokens
                break
            }
            guard var tokens = found else { index += 1; continue }
            // "tampa bay", "mexico city": a place's word after the name is part of it.
            if tokens.upperBound < facts.count, CueWords.placeWord.contains(facts[tokens.upperBound].bare),
               !facts[tokens.upperBound].hasUppercase, spaced(tokens.upperBound),
               cursor == spans.count || spans[cursor].tokens.lowerBound > tokens.upperBound {
                tokens = tokens.lowerBound..<tokens.upperBound + 1
            }
            added.append(EntitySpan(confirmed: .location, tokens: tokens))
            placeEnd = tokens.upperBound
            index = tokens.upperBound
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// "Britt's Pizza is long gone", "Ray's Pizza", "Barry's Auto Repair": a name, its "'s" and
    /// capitalized words ending in a venue's, a dish's or a local trade's word are one shop,
    /// restaurant or firm, which the tagger split into the owner's name (a person) and words it
    /// left out, or doubted whole. A venue or a dish makes the place (FAC, as ``CueWords/venue``
    /// does), a trade the organization. The owner is a person or a word the tagger left out or
    /// doubted, not a firm it was sure of, nor a large place ("Britain's Labour Party"), and the
    /// words do not run on into another name.
    func joinShopNames(_ spans: inout [EntitySpan], minimumConfidence: Float) {
        var cursor = 0
        var joinedUpTo = 0
        // Only the tokens with a capital, a sixth of them, can own a shop.
        for owner in uppercase.tokens where owner >= joinedUpTo && owner + 2 < facts.count {
            guard facts[owner].isCapitalized, !facts[owner].isAllCaps, let end = possessiveEnd(after: owner), end < facts.count,
                  facts[end].isCapitalized, !facts[end].isAllCaps, spaced(end) else { continue }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= owner { cursor += 1 }
            // The owner: the tagger's person of a word or two, a name it doubted, or a word it left
            // out that news seldom writes in lower case (not "Today's Special Combo"). An
            // organization it was sure of owns a unit, no shop ("AMR Corp's American Airlines",
            // "Hebrew University's Scheinfeld Center"), and its sure reading of the whole stays
            // (the football club "Queen's Park").
            var name = owner..<owner + 1
            if cursor < spans.count && spans[cursor].tokens.lowerBound <= owner {
                let span = spans[cursor]
                guard span.tokens.lowerBound + 1 >= owner, span.type == .person || span.confidence < minimumConfidence,
                      span.tokens.upperBound == owner + 1 || span.tokens.upperBound > end && span.confidence < minimumConfidence else { continue }
                name = span.tokens.lowerBound..<owner + 1
            } else if (extractor.lexicon.lowerCaseShare(key: facts[owner].nameKey) ?? 0) >= 0.5 {
                continue
            }
            var last = end
            while last + 1 < facts.count, last + 1 < end + 3, facts[last + 1].isCapitalized, !facts[last + 1].isAllCaps,
                  document.tokens[last + 1].kind == .word, spaced(last + 1) { last += 1 }
            // The shop's words end its name: not "Joe's Pizza Hut Express" running on.
            guard last + 1 == facts.count || !facts[last + 1].isCapitalized else { continue }
            let word = facts[last].bare
            let isPlace = CueWords.venue.contains(word) || CueWords.dish.contains(word)
            // Not a firm's kind ("Salomon Inc's Salomon Brothers", "Reagan's Economic Policy
            // Council": a unit of a firm or a body, which news names so); a local trade's word.
            guard isPlace || CueWords.trade.contains(word),
                  isInMixedCase(end), !isLargePlace(name) else { continue }
            // Names the tagger found in the shop's words are taken in; one running past them is not.
            let first = cursor
            var after = first
            while after < spans.count, spans[after].tokens.lowerBound <= last {
                guard spans[after].tokens.upperBound <= last + 1 else { break }
                after += 1
            }
            guard after == spans.count || spans[after].tokens.lowerBound > last else { continue }
            var shop = EntitySpan(type: isPlace ? .location : .organization, tokens: name.lowerBound..<last + 1, confidence: 1)
            shop.isConfirmedByRule = true
            spans.replaceSubrange(first..<after, with: [shop])
            joinedUpTo = last + 1
        }
    }

    /// "John,", "Jill:", "Julie" alone on a line, and "Thanks again Nina.", "Good morning Debra
    /// -": e-mail and forum posts open and sign with the name of the one they write to or of the
    /// writer, which the tagger, with no context around it, left out or doubted. A given name
    /// that news seldom writes in lower case is that person: alone on its line, or right after a
    /// greeting that opens the sentence. Not a large place's ("Georgia", "Victoria"), a month's
    /// or a day's ("June", a given name, heading a table). (Any word news never writes in lower
    /// case, alone before a comma, found nothing more on the development sets and made
    /// "Scorers :" heading CoNLL's football tables a person.)
    func addAddressedNames(_ spans: inout [EntitySpan]) {
        var added: [EntitySpan] = []
        var cursor = 0
        // Read once: each read of a static is a call, and this asks every sentence.
        let greeting = CueWords.greeting, good = CueWords.good, closings = CueWords.closing
        for sentence in sentences {
            var name = sentence.lowerBound
            let opener = facts[name].bare
            let greeted = greeting.contains(opener)
                || opener == good && name + 1 < sentence.upperBound && CueWords.timeOfDay.contains(facts[name + 1].bare)
            if greeted {
                name += opener == good ? 2 : 1
                if name < sentence.upperBound, facts[name].bare == CueWords.again { name += 1 }
            } else if sentence.count <= 6, let signature = signature(sentence, closings: closings) {
                while cursor < spans.count && spans[cursor].tokens.upperBound <= signature { cursor += 1 }
                if cursor < spans.count && spans[cursor].tokens.lowerBound <= signature {
                    if spans[cursor].tokens == signature..<signature + 1 {
                        spans[cursor].type = .person
                        spans[cursor].isConfirmedByRule = true
                    }
                } else {
                    added.append(EntitySpan(confirmed: .person, tokens: signature..<signature + 1))
                }
                continue
            } else if sentence.count > 2 {
                continue
            }
            guard name < sentence.upperBound, facts[name].isCapitalized, !facts[name].isAllCaps, document.tokens[name].kind == .word else { continue }
            let next = name + 1
            // Not "Selah!", "Why?": a word exclaimed or asked alone.
            let closes = next == sentence.upperBound || document.tokens[next].kind == .punctuation
                && !document.token(document.tokens[next], is: UInt8(ascii: "!")) && !document.token(document.tokens[next], is: UInt8(ascii: "?"))
            guard closes, greeted || opensLine(name) && (next == facts.count || opensLine(next) || next + 1 == facts.count || opensLine(next + 1)) else { continue }
            guard extractor.lexicon.isGivenName(key: facts[name].nameKey), (extractor.lexicon.lowerCaseShare(key: facts[name].nameKey) ?? 0) < 0.5,
                  !CueWords.month.contains(facts[name].bare), !CueWords.weekday.contains(facts[name].bare), !isLargePlace(name..<next),
                  !CueWords.knownOrganization.contains(facts[name].bare), !CueWords.newsAgency.contains(facts[name].bare) else { continue }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= name { cursor += 1 }
            if cursor < spans.count && spans[cursor].tokens.lowerBound <= name {
                // The tagger's own name: retyped only when it is this word alone.
                if spans[cursor].tokens == name..<next {
                    spans[cursor].type = .person
                    spans[cursor].isConfirmedByRule = true
                }
                continue
            }
            added.append(EntitySpan(confirmed: .person, tokens: name..<next))
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// "Thx\ndp", "Kindest regards,\nVisit", "Talk to you later\nGT": the writer's name or initials
    /// alone on the line after a closing ("thanks", "regards", "cheers", "later"), which the
    /// given names' test above misses when the name is none the lists know or is initials: one
    /// word on its line, with at most a point or a comma, capitalized, initials in capitals or
    /// two or three lower-case letters, that news seldom writes in lower case. Since stop 27;
    /// over the news corpus it reads nothing.
    /// (The sentence's last word: the closing and the name may make one short sentence, "Thx\ndp",
    /// "Kindest regards,\nVisit"; asked only of sentences of six tokens or fewer, which cut its
    /// cost over news from 0.8 M instructions per MB.)
    private func signature(_ sentence: Range<Int>, closings: CueSet) -> Int? {
        let last = sentence.upperBound - 1
        let name = facts[last].isWord ? last : last - 1
        guard name >= sentence.lowerBound, name >= 2 else { return nil }
        // The line before ends in a closing, with at most a comma or a point after it. (Asked of
        // every sentence: the facts' test first, which few sentences pass.)
        let closing = facts[name - 1].isWord ? name - 1 : name - 2
        guard closing >= 0, closings.contains(facts[closing].bare) else { return nil }
        guard opensLine(name), document.tokens[name].kind == .word,
              name == last || !document.token(document.tokens[last], is: UInt8(ascii: "!")) && !document.token(document.tokens[last], is: UInt8(ascii: "?")),
              sentence.upperBound == facts.count || opensLine(sentence.upperBound) else { return nil }
        let fact = facts[name], length = document.tokens[name].span.bytes.count
        let isInitials = (2...3).contains(length) && (fact.isAllCaps || !fact.hasUppercase)
        guard isInitials || fact.isCapitalized && !fact.isAllCaps, !closings.contains(fact.bare), !CueWords.greeting.contains(fact.bare) else { return nil }
        let key = fact.hasUppercase ? fact.nameKey : lowerCaseKey(name)
        return (extractor.lexicon.lowerCaseShare(key: key) ?? 0) < 0.2 ? name : nil
    }

    /// "a good mechanic in sacramento?", "moving from Lagos to toronto, any tips?": in a sentence
    /// that asks, lower-case words after a preposition that name a large place news never writes
    /// in lower case (two in a hundred at most, any of the words) are the place. Only the
    /// questions are read: a pass over every token of the documents that ask one cost 1.6 M
    /// instructions per MB of news.
    private func addLowerCasePlacesInQuestions(_ spans: inout [EntitySpan]) {
        var added: [EntitySpan] = []
        var cursor = 0
        let prepositions = CueWords.placePreposition
        for sentence in sentences where sentence.count > 2
            && document.token(document.tokens[sentence.upperBound - 1], is: UInt8(ascii: "?")) {
            var index = sentence.lowerBound + 1
            while index < sentence.upperBound - 1 {
                guard facts[index].isWord, !facts[index].hasUppercase, prepositions.contains(facts[index - 1].bare),
                      (extractor.lexicon.lowerCaseShare(key: lowerCaseKey(index)) ?? 0) < 0.02 else { index += 1; continue }
                while cursor < spans.count && spans[cursor].tokens.upperBound <= index { cursor += 1 }
                var found: Range<Int>?
                for count in stride(from: 3, through: 1, by: -1) where index + count < sentence.upperBound {
                    let tokens = index..<index + count
                    guard cursor == spans.count || spans[cursor].tokens.lowerBound >= tokens.upperBound,
                          tokens.allSatisfy({ $0 == index || facts[$0].isWord && !facts[$0].hasUppercase && spaced($0) }),
                          isLargePlace(tokens) else { continue }
                    found = tokens
                    break
                }
                guard let tokens = found else { index += 1; continue }
                added.append(EntitySpan(confirmed: .location, tokens: tokens))
                index = tokens.upperBound
            }
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// "ordered from taco bell", "flown ryanair out of dublin", "google keeps flagging my mail": a
    /// writer who writes places in lower case writes firms so too. In such a document, lower-case
    /// words that are a listed firm's whole name, the name alone saying so (no common word, place
    /// or person's name: "Ryanair", "Taco Bell", "Safaricom"; not "Target", "Apple", "Amazon"),
    /// or a firm younger than the tagger (``CueWords/knownOrganization``: "google", "netflix"),
    /// are that firm, not inside a link ("unitedway.enron.com"); one word of four letters or more
    /// that news never writes in lower case (two in a hundred at most), not a sentence's first
    /// word ("google it") nor after an article or a possessive ("any intel", "the oracle"); of
    /// several words, one news seldom writes in lower case ("taco", not "best buy" or "waste
    /// management", which are phrases too).
    private func lowerCaseFirm(at index: Int) -> Range<Int>? {
        let lexicon = extractor.lexicon
        for count in stride(from: 3, through: 1, by: -1) where index + count <= facts.count {
            let tokens = index..<index + count
            guard tokens.allSatisfy({ facts[$0].isWord && !facts[$0].hasUppercase && ($0 == index || spaced($0)) }) else { continue }
            // Not in a link ("unitedway.enron.com").
            if index > 0 && isJoined(index - 1, index) || tokens.upperBound < facts.count && isJoined(tokens.upperBound - 1, tokens.upperBound)
                && tokens.upperBound + 1 < facts.count && isJoined(tokens.upperBound, tokens.upperBound + 1) { continue }
            if count == 1 {
                // Not a sentence's first word, where the name is a verb as often ("google it").
                guard document.tokens[index].span.bytes.count >= 4, index > 0, !CueWords.beforeCommonNoun.contains(facts[index - 1].bare),
                      sentence(holding: index).map({ sentences[$0].lowerBound != index }) ?? false,
                      (lexicon.lowerCaseShare(key: lowerCaseKey(index)) ?? 0) < 0.02 else { return nil }
                if CueWords.knownOrganization.contains(facts[index].bare) { return tokens }
            } else {
                guard tokens.contains(where: { (lexicon.lowerCaseShare(key: lowerCaseKey($0)) ?? 0) < 0.1 }) else { continue }
            }
            guard let key = document.nameKey(of: tokens), let known = lexicon.knownOrganization(key: key), known.isNameAlone,
                  !known.isParty else { continue }
            return tokens
        }
        return nil
    }

    /// "how are vietnam and Afghanistan alike", "india?": in such a document a country's name in
    /// lower case is the country wherever it stands, when news never writes it in lower case
    /// (two in a hundred at most: not "turkey", "chad", "china") and it is no given name
    /// ("jordan", "georgia").
    private func lowerCaseCountry(at index: Int) -> Range<Int>? {
        for count in stride(from: 2, through: 1, by: -1) where index + count <= facts.count {
            let tokens = index..<index + count
            guard tokens.allSatisfy({ facts[$0].isWord && !facts[$0].hasUppercase && ($0 == index || spaced($0))
                      && (extractor.lexicon.lowerCaseShare(key: lowerCaseKey($0)) ?? 0) < 0.02 }),
                  let place = placeReading(tokens), place.isPolitical, place.kind == PlaceReadings.rank(.country),
                  count > 1 || !extractor.lexicon.isGivenName(key: lowerCaseKey(index)) else { continue }
            return tokens
        }
        return nil
    }

    /// "unless lisa promises", "hector was just blowing smoke", "jill allen finishes": a writer who
    /// writes places in lower case writes people so too (``addLowerCasePlaces(_:)`` asks this
    /// in such documents only). A given name of three letters or more that news writes in lower
    /// case less than once in twenty ("max", "will", "rose" are common words), with the surname
    /// after it if one follows, is that person; not after an article or a possessive ("the
    /// lisa", "a jen"), which make a common noun of it.
    private func lowerCaseGivenName(at index: Int) -> Range<Int>? {
        // Written as a word among words: not "(jai/gm)", an editor's initials.
        guard document.tokens[index].span.bytes.count >= 3, spaced(index), !CueWords.beforeCommonNoun.contains(facts[index - 1].bare),
              !CueWords.month.contains(facts[index].bare), !CueWords.weekday.contains(facts[index].bare),
              isLowerCaseName(index, given: true) else { return nil }
        let next = index + 1
        guard next < facts.count else { return index..<next }
        // "wendy 's", "woodrow s": a shop named with its owner's "'s".
        let lead = document.bytes[document.tokens[next].span.bytes.lowerBound]
        if document.tokens[next].kind == .clitic || lead == UInt8(ascii: "'") || lead == 0xE2
            || document.tokens[next].span.bytes.count == 1 && lead == UInt8(ascii: "s") {
            return nil
        }
        // "jill allen", "samantha Fox".
        let hasSurname = facts[next].isWord && !facts[next].isAllCaps && spaced(next) && document.tokens[next].span.bytes.count >= 3
            && isLowerCaseName(next, given: false)
        return hasSurname ? index..<next + 1 : index..<next
    }

    /// A given name or surname that news seldom writes in lower case, and no large place's or
    /// people's name ("florida", "india", "german" are given names too).
    private func isLowerCaseName(_ index: Int, given: Bool) -> Bool {
        let key = facts[index].hasUppercase ? facts[index].nameKey : lowerCaseKey(index)
        guard given ? extractor.lexicon.isGivenName(key: key) : extractor.lexicon.isSurname(key: key),
              (extractor.lexicon.lowerCaseShare(key: key) ?? 0) < 0.05 else { return false }
        return !isLargePlace(index..<index + 1) && !extractor.gazetteer.isDemonym(key: key)
    }

    /// "CrudeStocks.pdf", "Lisa_resume.doc": a name glued to an underscore or to a file's
    /// extension is part of a file's name, which e-mail lists ("See attached file:") and which
    /// names nothing (the tagger read "[Lisa]_coverletter.doc" as an organization).
    @inline(__always)
    func isInFileName(_ span: EntitySpan) -> Bool {
        let end = document.tokens[span.tokens.upperBound - 1].span.bytes.upperBound, next = span.tokens.upperBound
        guard end < document.bytes.count else { return false }
        switch document.bytes[end] {
        case UInt8(ascii: "_"): return true
        case UInt8(ascii: "."):
            guard next + 1 < facts.count, document.tokens[next + 1].span.bytes.lowerBound == end + 1 else { return false }
            return CueWords.fileExtension.contains(facts[next + 1].bare)
        default: return false
        }
    }

    /// "Poor Service", "Buyer Beware!!", "Thanks For A Great Job": a review's or a post's title,
    /// or a line with every word capitalized, names nothing when its words are common ones
    /// (news writes them in lower case at least two times in five; a word it has too seldom to
    /// say, "Beware", is no common one: "Fob Paranagua", "Source: Zacks Investment Research"
    /// name places and firms). A line of
    /// capitalized words alone is rare in news (29 names over the corpus, most of them a
    /// person's or a company's, whose words are no common words); a headline in capitals is not
    /// asked about.
    /// (Inlined: most names have a lower-case word after them on their line, the first test;
    /// the rest is a call.)
    @inline(__always)
    func isInCommonWordsLine(_ span: EntitySpan) -> Bool {
        let after = span.tokens.upperBound
        if after < facts.count && facts[after].isWord && !facts[after].isCapitalized && !opensLine(after) { return false }
        return isLineOfCommonWords(around: span)
    }

    private func isLineOfCommonWords(around span: EntitySpan) -> Bool {
        let after = span.tokens.upperBound
        var first = span.tokens.lowerBound
        while !opensLine(first) {
            first -= 1
            guard facts[first].isCapitalized || !facts[first].isWord && document.tokens[first].kind == .punctuation else { return false }
        }
        var end = after
        while end < facts.count && !opensLine(end) {
            guard facts[end].isCapitalized || document.tokens[end].kind == .punctuation else { return false }
            end += 1
        }
        var inMixedCase = false
        for index in first..<end where document.tokens[index].kind != .punctuation {
            // Words only, no abbreviation ("U.S.") nor an acronym's few capitals ("DNA"), and no
            // given name ("Thanks From Bill").
            guard facts[index].isCapitalized, document.tokens[index].kind == .word,
                  let share = extractor.lexicon.lowerCaseShare(key: facts[index].nameKey), share >= 0.4,
                  !extractor.lexicon.isGivenName(key: facts[index].nameKey) else { return false }
            if facts[index].isAllCaps {
                guard document.tokens[index].span.bytes.count > 3 else { return false }
            } else {
                inMixedCase = true
            }
        }
        return inMixedCase
    }

    /// "Hayes Street Grill", "Symphony Auditorium", "Caesar Salad": capitalized words ending in
    /// a venue's or a structure's word name a place (FAC), and ending in a dish's they name the
    /// dish (MISC), not the person the tagger read in them; reviews name restaurants, shops and
    /// menus so ("Hilton Hotel", "Candlestick Park" in news). A person's surname may be such a
    /// word ("Arsenio Hall", "Henry Cabot Lodge"): a given name before a surname keeps the
    /// person, unless a street's word comes between ("Hayes Street Grill"), and a dish's word
    /// that is a surname ("Gera Curry") is the person's.
    /// (Other common words ending a name are no sign: news names firms so, "Hemlo Gold", "Cray
    /// Research", which the tagger also reads as people.)
    func thingNamedLikePerson(_ span: EntitySpan) -> EntityType? {
        let first = span.tokens.lowerBound, last = span.tokens.upperBound - 1
        let type: EntityType
        if CueWords.placeWord.contains(facts[last].bare) || CueWords.venue.contains(facts[last].bare) {
            type = .location
        } else if CueWords.dish.contains(facts[last].bare), !extractor.lexicon.isSurname(key: facts[last].nameKey) {
            type = .miscellaneous
        } else {
            return nil
        }
        guard span.tokens.allSatisfy({ facts[$0].isCapitalized && !facts[$0].isAllCaps && document.tokens[$0].kind == .word }),
              !(extractor.lexicon.isSurname(key: facts[last].nameKey) && extractor.lexicon.isGivenName(key: facts[first].nameKey)
                && !(first..<last).contains(where: { CueWords.placeWord.contains(facts[$0].bare) })) else { return nil }
        return type
    }

    /// `"Townsend, George" <gtownsend@manorisd.net>`, `"Lenhart, Matthew"` on its own line: an
    /// e-mail's header writes the surname, a comma and the given name in quotation marks, one
    /// person (the tagger read two names, or two places). Whether the span at `index`, after a
    /// quotation mark, is such a surname, the next span the given name that closes the quote,
    /// before an address in angle brackets or the line's end.
    func isQuotedSurnameFirst(_ spans: [EntitySpan], _ index: Int) -> Bool {
        let surname = spans[index].tokens, comma = surname.upperBound
        guard surname.count == 1, index + 1 < spans.count, comma + 1 < facts.count,
              document.token(document.tokens[comma], is: UInt8(ascii: ",")) else { return false }
        let given = spans[index + 1].tokens, close = given.upperBound
        guard given.lowerBound == comma + 1, given.count <= 2, close < facts.count, facts[close].bare == CueWords.quote,
              close + 1 == facts.count || opensLine(close + 1) || document.token(document.tokens[close + 1], is: UInt8(ascii: "<")) else { return false }
        return (surname.lowerBound..<close).allSatisfy { $0 == comma || facts[$0].isCapitalized && !facts[$0].isAllCaps }
    }

    /// Whether a line break comes between token `index` and the one before it (or it is the first).
    @inline(__always)
    func opensLine(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let gap = document.tokens[index - 1].span.bytes.upperBound..<document.tokens[index].span.bytes.lowerBound
        for byte in gap where document.bytes[byte] == 0x0A { return true }
        return false
    }

    /// The ``NameKey`` of a word without a capital, which its facts do not keep.
    func lowerCaseKey(_ index: Int) -> UInt64 {
        let bytes = document.tokens[index].span.bytes
        return document.bytes.withUnsafeBufferPointer { NameKey.key(UnsafeBufferPointer(rebasing: $0[bytes])) } ?? 0
    }
}
