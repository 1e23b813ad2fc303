import Gazetteer
import TextAnalysis

/// The span conventions about people's names (see ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``):
/// a name runs on through its particles, and capitalized words after a title only people take
/// are a person's name.
extension DocumentFeatures {
    /// "Javier Perez de Cuellar", "Leonardo da Vinci", "Abu Bakr al-Baghdadi": a person's name runs
    /// on through lower-case particles to the one or two capitalized words after them, which a
    /// tagger trained on 1996 newswire split off or read as a place ("de [Cuellar]GPE"). After
    /// "bin", "ibn" or "bint" the whole is a person whatever the tagger read ("[Osama]ORG bin
    /// [Laden]ORG"), and so is a given name the tagger read as anything else ("[Hans]MISC van den
    /// Broek"; "[Bank of France Governor Jacques]ORG de Larosiere" keeps "Bank of France" apart).
    /// A span the tagger runs on past those words ("... de Gaulle Airport") is left whole.
    ///
    /// The names of European companies and places run on through their Romance particles
    /// ("Banque Nationale de Paris", "Cassa di Risparmio di Roma", "Punta del Este", "Rio Grande
    /// do Sul"): an organization or a place before "de", "di", "do", "del", … takes in the words
    /// after it, which the tagger had split off 200 times over the news corpus.
    func joinNameParticles(_ spans: [EntitySpan]) -> [EntitySpan] {
        // Most documents have no particle after a name: then no array is built.
        guard spans.contains(where: { mayHaveParticle(after: $0) }) else { return spans }
        var spans = spans
        var joined: [EntitySpan] = []
        joined.reserveCapacity(spans.count)
        var index = 0
        while index < spans.count {
            var span = spans[index]
            index += 1
            guard mayHaveParticle(after: span) else {
                joined.append(span)
                continue
            }
            var next = span.tokens.upperBound
            var patronymic = false, romance = true
            while next < facts.count, !facts[next].isCapitalized, spaced(next),
                  CueWords.nameParticle.contains(facts[next].bare) || CueWords.patronymic.contains(facts[next].bare) {
                patronymic = patronymic || CueWords.patronymic.contains(facts[next].bare)
                romance = romance && CueWords.romanceParticle.contains(facts[next].bare)
                next += 1
            }
            var end = next
            if next > span.tokens.upperBound {
                while end < min(facts.count, next + 2), facts[end].isCapitalized, facts[end].isWord, !facts[end].isAllCaps, spaced(end) { end += 1 }
                // "Tamim bin Hamad al-Thani", "Khalid bin Mohammed al-Attiyah": the family's "al-"
                // name after the father's.
                if patronymic, end > next, end < facts.count, spaced(end), hasArticlePrefix(end) { end += 1 }
            } else if next < facts.count, spaced(next), hasArticlePrefix(next) {
                end = next + 1 // "al-Baghdadi", one token
            }
            // A name the tagger found after the particle that runs on further ("de [Paris Hong Kong]").
            if index < spans.count, spans[index].tokens.lowerBound < end, spans[index].tokens.upperBound > end {
                end = max(next, spans[index].tokens.lowerBound)
            }
            // Most names have no particle after them: nothing below is needed.
            guard end > next else {
                joined.append(span)
                continue
            }
            let last = span.tokens.upperBound - 1
            // A given name, or any word after a title ("Committee Chairman Kika de la Garza"); not a
            // place's ("Marina del Rey") nor one a company's name ends in ("Banco Royal do Canada"),
            // unless a title stands between ("Bank of France Governor Jacques"); nor a word after a
            // particle this pass joined ("Banca del Monte di Parma").
            let titled = last > span.tokens.lowerBound && CueWords.title.contains(facts[last - 1].bare)
            let givenName = span.type != .person && span.type != .location && !patronymic && facts[last].isCapitalized
                && !facts[last].isAllCaps && !CueWords.organization.contains(facts[last].bare)
                && (titled || extractor.lexicon.isGivenName(key: facts[last].nameKey))
                && (last == span.tokens.lowerBound || titled
                    || !span.tokens.contains(where: { CueWords.organization.contains(facts[$0].bare) || CueWords.nameParticle.contains(facts[$0].bare) }))
            let isPerson = span.type == .person || patronymic || givenName
            guard isPerson || romance && next > span.tokens.upperBound && (span.type == .organization || span.type == .location),
                  !isPerson || !(span.tokens.lowerBound..<end).contains(where: { CueWords.organization.contains(facts[$0].bare) })
                    || givenName && !CueWords.organization.contains(facts[last].bare) else {
                joined.append(span)
                continue
            }
            while index < spans.count, spans[index].tokens.lowerBound < end { index += 1 }
            if givenName, last > span.tokens.lowerBound {
                // What comes before the given name, its titles dropped, if it names an organization.
                var before = span.tokens.lowerBound..<last
                while let word = before.last, CueWords.title.contains(facts[word].bare) { before = before.dropLast() }
                if before.contains(where: { CueWords.organization.contains(facts[$0].bare) }) || before.count == 1 && facts[before.lowerBound].isAllCaps {
                    var organization = span
                    organization.tokens = before
                    joined.append(organization)
                }
            }
            span.tokens = (givenName ? last : span.tokens.lowerBound)..<end
            span.isConfirmedByRule = true
            guard isPerson else {
                // "Cassa di Risparmio" + "di Roma": the joined name is asked again.
                index -= 1
                spans[index] = span
                continue
            }
            span.type = .person
            joined.append(span)
        }
        return joined
    }

    /// "Mark van der Berg scored", "Ayman [al-Zawahiri]MISC was killed": a given name the tagger
    /// left out, opening a run of capitals, before lower-case particles and one or two
    /// capitalized words that end the run, or before an "al-" name, is the person's whole name
    /// (the tagger, which had not seen the given name open one, tagged the family name alone:
    /// "[Berg]GPE"). Before "al-", not a word news writes in lower case more often than not, nor "Abu"
    /// ("Abu al-Bukhoosh", an oil field); never a word no list has as a given name ("Shatt
    /// al-Arab", "Banco de la Nacion").
    func addUntaggedParticleNames(_ spans: inout [EntitySpan]) {
        // Read from the surname's span back (the tagger found "[Berg]GPE", "[al-Zawahiri]MISC"):
        // spans are a fifth as many as capitals, and most fail the first test.
        let particles = CueWords.nameParticle // read once: each read of a static is a call
        for index in spans.indices {
            let surname = spans[index].tokens
            let first = surname.lowerBound
            guard first >= 1, surname.count <= 2 else { continue }
            var given: Int
            if !facts[first].isCapitalized {
                guard facts[first].isWord, surname.count == 1, hasArticlePrefix(first) else { continue }
                given = first - 1
            } else {
                guard first >= 2, !facts[first - 1].isCapitalized, facts[first - 1].isWord, particles.contains(facts[first - 1].bare) else { continue }
                given = first - 1
                while given > 0, !facts[given].isCapitalized, facts[given].isWord, spaced(given + 1), particles.contains(facts[given].bare) { given -= 1 }
                guard surname.upperBound == facts.count || !facts[surname.upperBound].isCapitalized || !spaced(surname.upperBound) else { continue }
            }
            guard spaced(given + 1), facts[given].isCapitalized, !facts[given].isAllCaps, facts[given].isWord, facts[given].bare != CueWords.abu,
                  !CueWords.title.contains(facts[given].bare), !CueWords.personalTitle.contains(facts[given].bare), // "General de la Billiere"
                  index == 0 || spans[index - 1].tokens.upperBound <= given,
                  given == 0 || !facts[given - 1].isWord || !facts[given - 1].hasUppercase || !spaced(given)
                    || CueWords.personalTitle.contains(facts[given - 1].bare),
                  extractor.lexicon.isGivenName(key: facts[given].nameKey),
                  facts[first].isCapitalized || (extractor.lexicon.lowerCaseShare(key: facts[given].nameKey) ?? 0) < 0.5 else { continue }
            spans[index].tokens = given..<surname.upperBound
            spans[index].type = .person
            spans[index].isConfirmedByRule = true
        }
    }

    /// The word after `span` is a lower-case particle or an "al-" name: tested for every span, so
    /// the cheapest tests come first.
    @inline(__always)
    private func mayHaveParticle(after span: EntitySpan) -> Bool {
        let next = span.tokens.upperBound
        guard next < facts.count, facts[next].isWord, !facts[next].isCapitalized else { return false }
        return CueWords.nameParticle.contains(facts[next].bare) || CueWords.patronymic.contains(facts[next].bare) || hasArticlePrefix(next)
    }

    /// "Ms Gross", "Mr Root", "Professor Sue Serjeantson": a word news writes in lower case
    /// more often than not is still the name after a title only people take when the name lists
    /// have it: a given name first, a surname after ("Mr Right", "Mr Sensitive" name no one).
    /// Not after a noble's title, which firms and places are named with ("King World", "King River").
    private func isListedName(_ fact: TokenFacts, first: Bool) -> Bool {
        fact.bare != CueWords.vice // "Mr. Vice President"
            && (extractor.lexicon.isSurname(key: fact.nameKey) || first && extractor.lexicon.isGivenName(key: fact.nameKey))
    }

    /// "Dr Kevin O'Connor", "Professor Robert Booy": capitalized words right after a title only
    /// people take, which the tagger left untagged (a name shape it had not seen), are a person's
    /// name, as in ``trim(_:)`` for a span it did tag; a span it tagged there with little
    /// confidence is confirmed. Up to three words, with initials between
    /// them, none an organization's word or often written in lower case ("Mr Speaker") unless
    /// the name lists have it (``isListedName(_:first:)``).
    func addTitledNames(_ spans: inout [EntitySpan]) {
        var added: [EntitySpan] = []
        var cursor = 0
        // Only tokens with a capital can be the title or the name after it: a sixth of them.
        let capitals = uppercase.tokens
        var position = 0, skipBefore = 0
        var emptied = false // spans merged into a titled name, removed at the end
        while position + 1 < capitals.count {
            let title = capitals[position]
            position += 1
            // Cheap tests first: most capitals are no capitalized word before another.
            guard title >= skipBefore, capitals[position] == title + 1, facts[title].isCapitalized, !facts[title].isAllCaps,
                  facts[title + 1].isCapitalized, !facts[title + 1].isAllCaps,
                  CueWords.personalTitle.contains(facts[title].bare) else { continue }
            var end = title + 1
            var words = 0
            let noble = CueWords.nobleTitle.contains(facts[title].bare)
            var listedOnly = false // a word taken in only because the name lists have it
            while end < facts.count, words < 3, spaced(end) {
                let fact = facts[end]
                if fact.isWord, fact.isCapitalized, !fact.isAllCaps, !CueWords.organization.contains(fact.bare),
                   !CueWords.title.contains(fact.bare), !CueWords.addressedOffice.contains(fact.bare), // "Mr President", "Reverend Clergy"
                   (extractor.lexicon.lowerCaseShare(key: fact.nameKey) ?? 0) < 0.5 || !noble && isListedName(fact, first: words == 0) {
                    listedOnly = listedOnly || (extractor.lexicon.lowerCaseShare(key: fact.nameKey) ?? 0) >= 0.5
                    words += 1
                } else if !(words > 0 && isInitial(end) && end + 1 < facts.count && facts[end + 1].isCapitalized) {
                    break
                }
                end += 1
            }
            guard words > 0 else { continue }
            // "<Mrs Fields Inc>": a firm's kind after a common word makes the whole a firm's name.
            if listedOnly, end < facts.count, facts[end].isCapitalized,
               CueWords.organization.contains(facts[end].bare) || CueWords.firmKind.contains(facts[end].bare) { continue }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= title { cursor += 1 }
            // "King Baudouin I"; not where a name runs through the title ("Greenwich King Street Associates II").
            if cursor == spans.count || spans[cursor].tokens.lowerBound > title, let numeral = regnalNumeral(after: title + 1..<end) {
                end = numeral + 1
            }
            // The spans over the title and the name: none, or all ending within the name.
            var last = cursor
            while last < spans.count && spans[last].tokens.lowerBound < end { last += 1 }
            if last > cursor {
                // A title inside a name is a name word ("Martin Luther King Jr."), unless the tagger
                // ran through it into the name and stopped short: "[Chicago Cardinal Joseph]ORG
                // Bernardin" is a place and a person. A name tagged doubtfully, short or in parts
                // ("[Kevin] O'Connor", "Joseph [Bernardin]GPE"): the title confirms it, through the
                // name's words the tagger left out.
                let opening = spans[cursor].tokens
                guard spans[last - 1].tokens.upperBound <= end,
                      opening.lowerBound > title || opening.upperBound > title + 1 && opening.upperBound < end else { continue }
                for covered in cursor + 1..<last { spans[covered].tokens = end..<end }
                var person = spans[cursor]
                person.tokens = title + 1..<end
                person.type = .person
                person.isConfirmedByRule = true
                var before = min(opening.lowerBound, title)..<title
                while let word = before.last, facts[word].bare == CueWords.vice || CueWords.title.contains(facts[word].bare) { before = before.dropLast() }
                if before.isEmpty {
                    spans[cursor] = person
                } else {
                    spans[cursor].tokens = before
                    spans[cursor].type = typeBeforeTitle(before)
                    added.append(person)
                }
                if last > cursor + 1 { emptied = true }
                skipBefore = end
                continue
            }
            added.append(EntitySpan(confirmed: .person, tokens: title + 1..<end))
            skipBefore = end
        }
        if emptied { spans.removeAll { $0.tokens.isEmpty } }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// "Putin told reporters", "Xi Jinping arrived in Paris": one or two capitalized words before a
    /// verb people do (``CueWords/peopleVerb``), each unknown to the case lexicon of 1987 news and no
    /// large place, are a person's name the tagger had not learned: left out, or read as an
    /// organization or a miscellaneous name for want of a given name it knew (the tagger had left
    /// words untagged over the news corpus, most of them people: "Neyra told reuters", "Tariana
    /// Turia told The Press"). A firm named since that no list knows
    /// is taken for a person too: nothing in the sentence tells them apart.
    func addSubjectsOfPeoplesVerbs(_ spans: inout [EntitySpan], minimumConfidence: Float, cues: CapitalsBeforeCues) {
        var added: [EntitySpan] = []
        var cursor = 0
        for name in cues.peopleVerb {
            let verb = name + 1
            guard facts[name].isCapitalized, spaced(verb), isUnheardName(name) else { continue }
            // "Eyewitnesses told": opening a sentence, a word ending in "s" is most often a common
            // noun's plural that news wrote too seldom to count.
            if let sentence = sentence(holding: name), sentences[sentence].lowerBound == name,
               document.bytes[document.tokens[name].span.bytes.upperBound - 1] == UInt8(ascii: "s") { continue }
            // The given names and initials before it the tagger left out too ("Maurice Menn told",
            // "T. Don Stacy told"), or a second unknown word ("Recep Erdogan met").
            var start = name
            while name - start < 3, start > 0, spaced(start), isGivenNameOrInitial(start - 1) || start == name && isUnheardName(start - 1) {
                start -= 1
            }
            // "the Zorvex told": a determiner makes a thing of it.
            if start > 0, CueWords.beforeCommonNoun.contains(facts[start - 1].bare) { continue }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= start { cursor += 1 }
            if cursor < spans.count, spans[cursor].tokens.lowerBound <= name {
                // Tagged, of these words only and ending here: a person the tagger doubted ("Scholz
                // met" at 0.6), or a miscellaneous name or an organization of two words it read for
                // want of a given name ("[Xi Jinping]ORG arrived"). One word it was sure is an
                // organization keeps it: the tagger had its reasons, "Bryson said it" before
                // "Bryson told the SEC" (2 of the 3 such over the news corpus were firms). Unless it
                // told reporters, which people do ("[Nadella]ORG told reporters" at 0.83).
                let tokens = spans[cursor].tokens
                guard tokens.upperBound == verb, tokens.lowerBound >= start, spans[cursor].type != .location,
                      spans[cursor].type != .organization || tokens.count > 1 || spans[cursor].confidence < minimumConfidence
                          || verb + 1 < facts.count && facts[verb].bare == CueWords.told && CueWords.toldByPeople.contains(facts[verb + 1].bare),
                      !spans[cursor].isConfirmedByRule else { continue }
                spans[cursor].type = .person
                spans[cursor].isConfirmedByRule = true
            } else {
                added.append(EntitySpan(confirmed: .person, tokens: start..<verb))
            }
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// "Rahul Gandhi's Congress party", "Elon Musk's Tesla", "Modi's party": a name before a
    /// possessive and another name is read by the tagger as the organization's, the two as one
    /// owner; a given name and a surname there (and initials or a second given name between) are
    /// the person, and so is one word news of 1987 never wrote ("Sunak", "Lula") before a party's
    /// name or what only a person has ("'s wife", "'s party"). And one such word the tagger read
    /// as a person but doubted, before "said" or a possessive, is one ("Macron said", "Modi's"), and
    /// so is such a word or a given name before a surname ("Shehbaz Sharif said"):
    /// a firm's is kept out by "it" or "its" after "said", which stays the tagger's doubt.
    func retypePossessors(_ spans: inout [EntitySpan], minimumConfidence: Float) {
        let personsOwn = CueWords.personsOwn, firmSpeaks = CueWords.firmSpeaks
        for index in spans.indices where !spans[index].isConfirmedByRule && spans[index].type != .location {
            let tokens = spans[index].tokens, last = tokens.upperBound - 1
            guard last + 2 < facts.count, !facts[last + 1].isCapitalized else { continue }
            if let end = possessiveEnd(after: last), end < facts.count {
                let ownsPersonally = !facts[end].isCapitalized && personsOwn.contains(facts[end].bare)
                // An organization's name after it: a person's ("Morgan Stanley's David Hill") makes
                // the owner a firm, with an analyst.
                let ownsName = facts[end].isCapitalized && index + 1 < spans.count && spans[index + 1].tokens.lowerBound == end
                    && spans[index + 1].type == .organization
                if tokens.count >= 2, spans[index].type == .organization || spans[index].type == .miscellaneous || spans[index].confidence < minimumConfidence,
                   ownsPersonally || ownsName, isPersonsFullName(tokens) {
                    spans[index].type = .person
                    spans[index].isConfirmedByRule = true
                } else if tokens.count == 2, spans[index].type == .person, spans[index].confidence < minimumConfidence,
                          !facts[end].isCapitalized, ownsPersonally || CueWords.personsSide.contains(facts[end].bare),
                          extractor.lexicon.isSurname(key: facts[last].nameKey) {
                    // "Pep Guardiola's side", "Ange Postecoglou's team": the tagger's doubted person,
                    // a surname last, before what a person has or leads (a nickname for a given name).
                    spans[index].isConfirmedByRule = true
                } else if tokens.count == 1, isUnheardName(tokens.lowerBound) {
                    // Not a doubted person's before any possessive: shops and restaurants are
                    // named so ("Hardee's restaurants", "Oshman's net earnings").
                    // "Lula's Workers' Party", "Orban's Fidesz party".
                    let partyEnd = ownsName ? spans[index + 1].tokens.upperBound : 0
                    let ownsParty = ownsName && (spans[index + 1].tokens.count > 1 && CueWords.politicalBody.contains(facts[partyEnd - 1].bare)
                        || partyEnd < facts.count && !facts[partyEnd].isCapitalized && CueWords.politicalBody.contains(facts[partyEnd].bare))
                    // The tagger's own doubted person before a party's or a body's acronym ("Modi's
                    // BJP"); not before a firm's words, which shops' names with "'s" open
                    // ("Oshman's Sporting Goods", "Boatmen's National Bank"), nor in a headline.
                    let doubtedOwner = ownsName && spans[index].type == .person && spans[index + 1].tokens.count == 1
                        && document.tokens[end].kind == .word && facts[end].isAllCaps && isInMixedCase(end)
                    if ownsPersonally || ownsParty || doubtedOwner {
                        spans[index].type = .person
                        spans[index].isConfirmedByRule = true
                    }
                }
            } else if spans[index].type == .person, spans[index].confidence >= 0.4, firmSpeaks.contains(facts[last + 1].bare),
                      facts[last + 2].bare != CueWords.its, facts[last + 2].bare != CueWords.it,
                      tokens.lowerBound == 0 || !facts[tokens.lowerBound - 1].isWord,
                      tokens.count == 1 ? isUnheardName(last) : tokens.count == 2 && isPersonsFullName(tokens)
                          && (isGivenNameOrInitial(tokens.lowerBound) || !isGivenNameOrInitial(last)) {
                // (Or a given name, or one news never wrote, and a surname: "Shehbaz Sharif said";
                // not a role news never wrote before a given name: "Entomologist Kevin Walden said".)
                // Opening a clause: after a word, a firm's kind or name is most often there
                // ("trading company Waterfind says", "St. Jude said").
                spans[index].isConfirmedByRule = true
            }
        }
    }

    /// "Lula's Workers' Party", "Sunak's Conservatives", "Nitish Kumar's Janata Dal (United)",
    /// "Jeff Bezos's Amazon agreed": what a person's possessive owns, which the tagger read as a
    /// people, a person or a river, or left out. After a person's name, or one word news of 1987
    /// never wrote, and its "'s", capitalized words ending in a political body's word ("Party",
    /// "Front", "League") or a party's members alone ("Conservatives") are the party, an ORG, and
    /// the owner a person, unless the tagger read a longer organization there ("Suu Kyi's National
    /// League for Democracy"); so is a name of two words or more read as a
    /// person's, opening with no given name, with a parenthesized word after it (a party's
    /// faction: "Janata Dal (United)", "Janata Dal (Secular)"); after a given name and a surname,
    /// a river's or a region's name of one word before a firm's verb is the firm.
    func retypeOwnedNames(_ spans: inout [EntitySpan]) {
        var owned: [EntitySpan] = [], owners: [EntitySpan] = []
        var cursor = 0
        for owner in uppercase.tokens {
            // Most capitals have a word after them, or no capital two or three tokens on: those
            // tests first, the possessive's after (asked of every capital, it was 0.9 M
            // instructions per MB of news).
            guard owner + 3 < facts.count, !facts[owner + 1].isWord, facts[owner + 2].isCapitalized || facts[owner + 3].isCapitalized,
                  let end = possessiveEnd(after: owner), end < facts.count,
                  facts[end].isCapitalized, !facts[end].isAllCaps, facts[owner].isWord else { continue }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= owner { cursor += 1 }
            let ownerSpan = cursor < spans.count && spans[cursor].tokens.lowerBound <= owner ? cursor : nil
            // The tagger may have run the owner on through the possessive into the party's first
            // words ("Sheikh [Hasina's Awami]PERSON League"): the owner ends at the possessive.
            let ranThrough = ownerSpan.map { spans[$0].tokens.upperBound > end } ?? false
            if let ownerSpan, spans[ownerSpan].tokens.upperBound != owner + 1, !ranThrough { continue }
            var ownedSpan = cursor
            while ownedSpan < spans.count && spans[ownedSpan].tokens.upperBound <= end { ownedSpan += 1 }
            let ownedTokens = !ranThrough && ownedSpan < spans.count && spans[ownedSpan].tokens.lowerBound == end ? spans[ownedSpan].tokens : nil
            var name: Range<Int>?
            // The tagger's organization stays ("Suu Kyi's National League for Democracy"), and a
            // party's name makes its owner a person ("Milei's Libertarian Party", "Sheinbaum's Morena
            // party").
            let ownedOrganization = ownedTokens.map { spans[ownedSpan].type == .organization && ($0.count > 1 || !CueWords.partyMembers.contains(facts[end].bare)) } ?? false
            if ownedOrganization, let tokens = ownedTokens {
                let next = tokens.upperBound
                guard tokens.count > 1 && CueWords.politicalBody.contains(facts[next - 1].bare)
                        || next < facts.count && !facts[next].hasUppercase && CueWords.politicalBody.contains(facts[next].bare) else { continue }
                name = tokens
            } else if let partyEnd = partyName(at: end) {
                name = end..<partyEnd
            } else if ranThrough {
                continue
            } else if let tokens = ownedTokens, tokens.count >= 2, spans[ownedSpan].type == .person, !isGivenNameOrInitial(end),
                      let close = parenthesizedWordEnd(after: tokens.upperBound - 1) {
                name = end..<close
            } else if let tokens = ownedTokens, tokens.count == 1, spans[ownedSpan].type == .location, let ownerSpan,
                      spans[ownerSpan].type == .person, spans[ownerSpan].tokens.count >= 2, isGivenNameOrInitial(spans[ownerSpan].tokens.lowerBound),
                      end + 1 < facts.count, !facts[end + 1].hasUppercase, CueWords.firmDoes.contains(facts[end + 1].bare), !isLargePlace(tokens) {
                name = tokens
            }
            guard let name else { continue }
            if let ownerSpan {
                // A one-word owner the tagger read as a firm or a thing: a person if news never wrote it.
                guard spans[ownerSpan].type == .person || spans[ownerSpan].tokens.count == 1 && spans[ownerSpan].type != .location
                        && !spans[ownerSpan].isConfirmedByRule && isUnheardName(owner) else { continue }
                if spans[ownerSpan].type != .person || ranThrough {
                    var person = spans[ownerSpan]
                    person.tokens = person.tokens.lowerBound..<owner + 1
                    person.type = .person
                    person.isConfirmedByRule = true
                    owners.append(person)
                }
            } else {
                guard isUnheardName(owner) else { continue }
                var person = EntitySpan(type: .person, tokens: owner..<owner + 1, confidence: 1)
                person.isConfirmedByRule = true
                owners.append(person)
            }
            if !ownedOrganization {
                var party = EntitySpan(type: .organization, tokens: name, confidence: 1)
                party.isConfirmedByRule = true
                owned.append(party)
            }
        }
        guard !owned.isEmpty || !owners.isEmpty else { return }
        let replaced = owned + owners
        spans.removeAll { span in replaced.contains { $0.tokens.overlaps(span.tokens) } }
        spans = (spans + replaced).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Emmerson Mnangagwa of ZANU-PF", "Prabowo Subianto of Gerindra", "Paetongtarn Shinawatra of
    /// Pheu Thai": after a person's full name, "of" and maybe "the", a name the tagger read as a
    /// person's with no given name first, or as a place but with a body's marks
    /// (``isReadAsPlaceButFirm(_:)``), that the gazetteer does not know at all, is what the person
    /// belongs to, a party or a body (ORG); a town the gazetteer knows stays one ("Jane Hill of
    /// Ripon"), and so does one with its state or country after a comma or a large place's name
    /// last ("West Germany").
    func retypeAffiliations(_ spans: inout [EntitySpan]) {
        for index in spans.indices.dropLast() where spans[index].type == .person && spans[index].tokens.count >= 2 {
            var next = spans[index].tokens.upperBound
            guard next + 1 < facts.count, facts[next].bare == CueWords.of else { continue }
            next += 1
            if facts[next].bare == CueWords.the { next += 1 }
            let body = spans[index + 1]
            guard body.tokens.lowerBound == next, !body.isConfirmedByRule, facts[next].isCapitalized,
                  body.type == .person ? !isGivenNameOrInitial(next) : body.type == .location && isReadAsPlaceButFirm(body.tokens),
                  !isKnownPlace(body.tokens), !isLargePlace(body.tokens.upperBound - 1..<body.tokens.upperBound) else { continue }
            let after = body.tokens.upperBound
            if after + 1 < facts.count, document.token(document.tokens[after], equals: ","), facts[after + 1].isCapitalized { continue }
            spans[index + 1].type = .organization
            spans[index + 1].isConfirmedByRule = true
        }
    }

    /// A name the tagger read as a place after "of" that is a body's all the same: an
    /// institution's word in it ("Mayo Clinic", "Marine Biological Laboratory"), capitals
    /// ("ZANU-PF"), or one word that is a surname, as brokers are named ("Shearson", "Lipper").
    /// Not an unknown word alone: a farm's or a hamlet's ("Ken McKenzie of Yaralla").
    private func isReadAsPlaceButFirm(_ tokens: Range<Int>) -> Bool {
        if tokens.contains(where: { CueWords.organization.contains(facts[$0].bare) || CueWords.institution.contains(facts[$0].bare) }) { return true }
        if tokens.allSatisfy({ facts[$0].isAllCaps }) { return isInMixedCase(tokens.lowerBound) }
        return tokens.count == 1 && extractor.lexicon.isSurname(key: facts[tokens.lowerBound].nameKey)
    }

    /// Any place the gazetteer knows by the words of `tokens`, however small.
    private func isKnownPlace(_ tokens: Range<Int>) -> Bool { placeReading(tokens) != nil }

    /// The gazetteer's reading of the words of `tokens` as one place's name.
    func placeReading(_ tokens: Range<Int>) -> PlaceReading? {
        document.nameKey(of: tokens).flatMap { extractor.placeReadings.reading(forKey: $0) }
    }

    /// Where a party's name opening at `start` ends: capitalized words (a plural's apostrophe
    /// inside: "Workers' Party") whose last is a political body's word or a party's members
    /// ("Social Democrats"), or a party's members alone ("Conservatives"); nil when none does.
    private func partyName(at start: Int) -> Int? {
        var end = start + 1, lastWord = start
        while end < facts.count, end - start < 6 {
            if facts[end].isWord, facts[end].isCapitalized, !facts[end].isAllCaps, spaced(end) {
                lastWord = end
            } else if !(document.token(document.tokens[end], equals: "'") && !spaced(end)) {
                break
            }
            end += 1
        }
        // The longer name first: "Labour Party", "Social Democrats".
        let lastBare = facts[lastWord].bare
        if lastWord > start && (CueWords.politicalBody.contains(lastBare) || CueWords.partyMembers.contains(lastBare)) { return lastWord + 1 }
        return CueWords.partyMembers.contains(facts[start].bare) ? start + 1 : nil
    }

    /// The end of "(United)" after `index`: one or two capitalized words in parentheses, spaced
    /// from the name before.
    private func parenthesizedWordEnd(after index: Int) -> Int? {
        let open = index + 1
        guard open + 2 < facts.count, document.token(document.tokens[open], equals: "("), spaced(open) else { return nil }
        var close = open + 1
        while close < facts.count, close - open <= 2, facts[close].isWord, facts[close].isCapitalized { close += 1 }
        guard close > open + 1, close < facts.count, document.token(document.tokens[close], equals: ")") else { return nil }
        return close + 1
    }

    /// A given name, a surname and between them at most one initial or given name, in mixed
    /// case, none of them an organization's word ("Elon Musk", "George W. Bush", "Rahul Gandhi").
    private func isPersonsFullName(_ tokens: Range<Int>) -> Bool {
        // A given name the lists lack ("Rahul", "Nitish") is one news of 1987 never wrote.
        guard tokens.count <= 3, !isInitial(tokens.lowerBound), isGivenNameOrInitial(tokens.lowerBound) || isUnheardName(tokens.lowerBound) else { return false }
        let surname = facts[tokens.upperBound - 1]
        guard surname.isCapitalized, !surname.isAllCaps, extractor.lexicon.isSurname(key: surname.nameKey),
              !CueWords.organization.contains(surname.bare) else { return false }
        return tokens.count == 2 || isGivenNameOrInitial(tokens.lowerBound + 1)
    }

    private func isGivenNameOrInitial(_ index: Int) -> Bool {
        isInitial(index) || facts[index].isCapitalized && !facts[index].isAllCaps && extractor.lexicon.isGivenName(key: facts[index].nameKey)
            && !CueWords.title.contains(facts[index].bare) && !CueWords.personalTitle.contains(facts[index].bare)
    }

    /// A capitalized word of letters, no capital after the first ("OpenAI" is a firm's way),
    /// that news of 1987 never wrote often enough to count, no organization's word nor a firm or
    /// product named since (``CueWords/knownOrganization``: "Nvidia told analysts"), no large place
    /// ("Kyiv"; small towns share many people's names: "Obama", "Lula") and no people ("Uzbek").
    private func isUnheardName(_ index: Int) -> Bool {
        let fact = facts[index]
        guard fact.isWord, fact.isCapitalized, !fact.isAllCaps, document.tokens[index].kind == .word,
              extractor.lexicon.lowerCaseShare(key: fact.nameKey) == nil,
              !CueWords.organization.contains(fact.bare), !CueWords.knownOrganization.contains(fact.bare),
              !CueWords.knownProduct.contains(fact.bare), !CueWords.notAName.contains(fact.bare) else { return false }
        let bytes = document.tokens[index].span.bytes
        for byte in bytes.dropFirst() where !(0x61...0x7A).contains(document.bytes[byte]) { return false }
        return !isLargePlace(index..<index + 1) && !isPeople(index)
    }

    /// What a title's holder belongs to: a people or a party ("Liberal Senator George Brandis"),
    /// a country, a division or a city of 65,000 people or more ("Chicago Cardinal Joseph
    /// Bernardin", "New York Governor Mario Cuomo"; not the towns called "Liberal" or "Moody"),
    /// or else an organization ("Leucadia President Joseph Steinberg").
    private func typeBeforeTitle(_ tokens: Range<Int>) -> EntityType {
        guard !tokens.contains(where: { CueWords.organization.contains(facts[$0].bare) }) else { return .organization }
        if tokens.count == 1, isPeople(tokens.lowerBound) { return .miscellaneous }
        return isLargePlace(tokens) ? .location : .organization
    }

    /// A country, a division, or a city of 65,000 people or more: a name news seldom gives
    /// anything else (not the towns called "Liberal" or "Moody"). `countryOrState`: only a
    /// country or a first-level division.
    func isLargePlace(_ tokens: Range<Int>, countryOrState: Bool = false) -> Bool {
        guard let place = placeReading(tokens), place.isPolitical else { return false }
        return place.kind <= PlaceReadings.rank(.admin1) || !countryOrState && place.magnitude >= 5
    }

    /// "J.", an initial inside a name.
    func isInitial(_ index: Int) -> Bool {
        let range = document.tokens[index].span.bytes
        return document.tokens[index].kind == .abbreviation && range.count == 2
    }


    /// "al-Baghdadi", "el-Sisi": the Arabic article glued by a hyphen to a capitalized name.
    private func hasArticlePrefix(_ index: Int) -> Bool {
        let range = document.tokens[index].span.bytes, bytes = document.bytes
        guard range.count >= 5, bytes[range.lowerBound + 2] == UInt8(ascii: "-"),
              bytes[range.lowerBound + 3] >= 65, bytes[range.lowerBound + 3] <= 90 else { return false }
        let first = bytes[range.lowerBound], second = bytes[range.lowerBound + 1]
        return (first == UInt8(ascii: "a") || first == UInt8(ascii: "e")) && second == UInt8(ascii: "l")
    }

    /// "Hurricane Katrina", "cyclone Larry", "Typhoon Haiyan": a capitalized word right after the
    /// word for a storm names the storm (OntoNotes EVENT, here MISC), not the person the tagger
    /// reads in a given name ("cyclone Larry" 52 times over the news corpus). The storm's word is
    /// in the name when written with a capital ("[Hurricane Rita]", "cyclone [Larry]"); the
    /// storm's name, nil when the span names none. (Asked in the one pass over the spans; the
    /// name alone elsewhere is the storm too: ``markStorms(_:names:)``.) `stormWord`: the token
    /// before the name.
    func stormName(_ span: inout EntitySpan, stormWord: Int) -> UInt64? {
        let name = span.tokens.upperBound - 1
        guard span.tokens.count == (stormWord < span.tokens.lowerBound ? 1 : 2), isStormWord(stormWord), facts[name].isCapitalized, spaced(name), !facts[name].isAllCaps || facts[stormWord].isAllCaps,
              !CueWords.month.contains(facts[name].bare), !CueWords.weekday.contains(facts[name].bare) else { return nil }
        span.tokens = (facts[stormWord].hasUppercase ? stormWord : name)..<name + 1
        span.type = .miscellaneous
        span.isConfirmedByRule = true
        return facts[name].identity
    }

    /// "the Moon", "on Mars", "Venus' atmosphere": the Sun, the Moon and the planets are places
    /// (OntoNotes LOC), which the tagger read as a thing (MISC: "the Moon" 37 times over the news
    /// corpus), a person ("Venus", "Mars": 56) or a firm ("on Earth"). A planet's name is a
    /// person's where the document gives it in a person's longer name ("Venus Williams",
    /// "Freddie Mercury"); the Sun, the Moon and the Earth only after "the" or a preposition
    /// ("Sun and colleagues say" is a person, "Sun said" the oil company), and a firm's name
    /// stays a firm's when it is the Sun's or a planet's ("Mars said", "Sun's posted price").
    func isCelestialBody(_ span: EntitySpan, among spans: [EntitySpan]) -> Bool {
        let token = span.tokens.lowerBound, word = facts[token].bare
        guard facts[token].isCapitalized, !facts[token].isAllCaps else { return false }
        let isPlanet = !CueWords.nearBody.contains(word)
        let afterCue = token > 0 && CueWords.beforeBody.contains(facts[token - 1].bare)
        switch span.type {
        case .miscellaneous: return true
        case .organization: return !isPlanet && word != CueWords.sun && afterCue
        case .person:
            guard isPlanet else { return afterCue }
            return !spans.contains { $0.type == .person && $0.tokens.count > 1 && $0.tokens.contains { facts[$0].identity == facts[token].identity } }
        case .location: return false
        }
    }

    /// "hurricane", "cyclone", "typhoon", or "storm" after "tropical".
    func isStormWord(_ index: Int) -> Bool {
        CueWords.stormKind.contains(facts[index].bare)
            || facts[index].bare == CueWords.storm && index > 0 && facts[index - 1].bare == CueWords.tropical
    }

    /// "Rita packed winds of 240 km/h" after "Hurricane Rita": a storm's name alone is the storm.
    func markStorms(_ spans: inout [EntitySpan], names: [UInt64]) {
        // (One entry per storm, not per mention: a list searched for every span was quadratic
        // in a long document.)
        let names = Set(names)
        for index in spans.indices where spans[index].tokens.count == 1 && names.contains(facts[spans[index].tokens.lowerBound].identity) {
            spans[index].type = .miscellaneous
        }
    }
}
