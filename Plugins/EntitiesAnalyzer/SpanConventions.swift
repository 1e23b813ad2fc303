import Gazetteer
import TextAnalysis

/// The span conventions of the README: a leading "the", a title or role before a person's
/// name and a possessive clitic stay outside; an acronym written in parentheses after its
/// expansion ("Institute for the Study of War (ISW)") is an entity of the same type.
///
/// It also repairs three mistakes a left-to-right tagger makes on news it was not trained on,
/// each checked against the CoNLL development set before it was kept:
/// a name run straight after an organization ("the Armed Forces Oleksandr Syrskyi"), a place
/// the document names on its own glued to the end of a name ("ISW Kupiansk"), and outlet
/// names built as ACRONYM-Place ("RBC-Ukraine") read as adjectives.
///
/// Methods of the document's features, which hold all the conventions read (the document, its
/// token facts, sentences, caps lines, lexicon and gazetteer): a struct of its own per document
/// retained and released each of them.
extension DocumentFeatures {
    /// `minimumConfidence`: spans the model is less sure of are dropped, unless a convention
    /// confirmed them. `scratch`: where the votes of ``agreeOnTypes(_:scratch:)`` are counted.
    func applyConventions(to spans: [EntitySpan], minimumConfidence: Float, scratch: DocumentScratch) -> [EntitySpan] {
        var trimmed: [EntitySpan] = []
        trimmed.reserveCapacity(spans.count)
        var joinedNext = false
        let trimCues = TrimCues()
        for (index, span) in spans.enumerated() {
            if joinedNext { joinedNext = false; continue }
            guard var span = trim(span, cues: trimCues) else { continue }
            if span.tokens.count >= 3, span.type != .location, splitAtPlaceOrMonth(span, into: &trimmed) { continue }
            if span.type == .location, span.tokens.count >= 2, endsInStateCode(span) {
                splitStateCode(span, into: &trimmed)
            } else {
                if span.type == .organization, index + 1 < spans.count, endsInTitledGivenName(span, before: spans[index + 1]) {
                    span.tokens = span.tokens.lowerBound..<spans[index + 1].tokens.upperBound
                    joinedNext = true
                }
                splitPersonAfterOrganization(span, into: &trimmed)
            }
        }
        trimmed = splitKnownPlaces(trimmed)
        trimmed = joinNameParticles(trimmed)
        joinFieldNames(&trimmed)
        dropTrailingWeekdays(&trimmed)
        joinEventNames(&trimmed)
        joinTeamNames(&trimmed)
        addTitledNames(&trimmed)
        addStateAbbreviations(&trimmed)
        if !scratch.knownStructures.isEmpty { addKnownStructures(&trimmed, from: scratch.knownStructures) }
        let cues = CapitalsBeforeCues(capitals: uppercase.tokens, facts: facts)
        addNamesBeforeFacilityNouns(&trimmed, cues: cues)
        // One pass for all: each test reads only its span, in the order of separate passes (a
        // group name after the organization tests, a dateline wins).
        var storms: [UInt64] = []
        // Read once: each read of a static is a call (the per-span reads of these cost 0.65 M
        // instructions per MB of news in calls alone).
        let wordBeforeCue = CueWords.wordBeforeCue
        let facilityStart = CueWords.facilityStart
        let newsAgency = CueWords.newsAgency, knownOrganization = CueWords.knownOrganization, knownProduct = CueWords.knownProduct
        let community = CueWords.community, measure = CueWords.measure, productWord = CueWords.productWord, structure = CueWords.structure
        let celestial = CueWords.celestial, labor = CueWords.labor
        let knownStructures = scratch.knownStructures
        var absorbed: [Int] = [] // given names joined to the surname before them
        var speakers: (ends: [Range<Int>], index: NamesByWord)? // made by `speaksAsFirm` when first asked
        for index in trimmed.indices {
            if isOutletName(trimmed[index]) || isOneWord(trimmed[index], of: newsAgency)
                || isOneWord(trimmed[index], of: knownOrganization) {
                trimmed[index].type = .organization
                trimmed[index].isConfirmedByRule = true
            }
            if trimmed[index].type == .organization || trimmed[index].type == .person,
               isGroupName(trimmed[index]) || isOneWord(trimmed[index], of: knownProduct) {
                trimmed[index].type = .miscellaneous
                trimmed[index].isConfirmedByRule = true
            }
            if trimmed[index].type == .person, !trimmed[index].isConfirmedByRule, trimmed[index].confidence >= 0.5,
               isGivenNameAndSurname(trimmed[index]) {
                trimmed[index].isConfirmedByRule = true
            }
            if trimmed[index].type != .location, followsSettlementNoun(trimmed[index]) {
                trimmed[index].type = .location
                trimmed[index].isConfirmedByRule = true
            }
            if isLaw(trimmed[index]) {
                trimmed[index].type = isCityNewspaper(trimmed[index]) ? .organization : .miscellaneous
                // Kept whatever the tagger's doubt ("the Geneva Conventions" had been dropped) when
                // it reads as a name: capitalized words, connectors and a year.
                trimmed[index].isConfirmedByRule = trimmed[index].isConfirmedByRule || trimmed[index].tokens.allSatisfy {
                    facts[$0].isCapitalized || document.tokens[$0].kind == .number || CueWords.nameConnector.contains(facts[$0].bare)
                }
            } else if trimmed[index].tokens.count > 1 {
                let last = facts[trimmed[index].tokens.upperBound - 1].bare, first = trimmed[index].tokens.lowerBound
                if trimmed[index].type != .organization, last == community || isGroupsBody(trimmed[index]) {
                    // "European Community", "European Economic Community": the bloc, an organization;
                    // so is a league or party of a religion or a politics ("Arab League").
                    trimmed[index].type = .organization
                } else if trimmed[index].type == .organization, measure.contains(last) || productWord.contains(last) {
                    // "Retail Price Index", "Economic Recovery Plan": a measure or a plan, no body;
                    // "Adobe Acrobat Reader", "MSN Explorer", "Smart Phone": software or a device.
                    trimmed[index].type = .miscellaneous
                } else if trimmed[index].type == .person, structure.contains(last), first > 0, facts[first - 1].bare == CueWords.the {
                    // "outside the Taj Mahal", "the Hoover Dam": after "the", a structure's name,
                    // not the person the tagger read in it (FAC).
                    trimmed[index].type = .location
                    trimmed[index].isConfirmedByRule = true
                } else if trimmed[index].type == .organization, structure.contains(last), !speaksAsFirm(trimmed[index], among: trimmed, speakers: &speakers) {
                    // "Indian Oil Building", "Allied Bank Tower", "Victoria Highway": the building a
                    // firm's name is given to, a place (FAC).
                    trimmed[index].type = .location
                }
            }
            if trimmed[index].type == .miscellaneous, isAdministrationHead(trimmed[index]) {
                trimmed[index].type = .person
            }
            if trimmed[index].type == .person, isAcronymInText(trimmed[index]) {
                trimmed[index].type = .organization
            }
            if trimmed[index].type == .person, trimmed[index].tokens.count > 1, !trimmed[index].isConfirmedByRule, let type = thingNamedLikePerson(trimmed[index]) {
                trimmed[index].type = type
            }
            // Not a MISC: "the Olympic stadium" is no place's name.
            if trimmed[index].type != .miscellaneous, !trimmed[index].isConfirmedByRule || trimmed[index].type == .location,
               trimmed[index].tokens.upperBound < facts.count, facilityStart.contains(facts[trimmed[index].tokens.upperBound].bare),
               isNameBeforeFacilityNoun(trimmed[index].tokens) {
                trimmed[index].type = .location
                trimmed[index].isConfirmedByRule = true
            }
            if trimmed[index].type != .location, !knownStructures.isEmpty, isKnownStructure(trimmed[index], among: knownStructures) {
                trimmed[index].type = .location
                trimmed[index].isConfirmedByRule = true
            }
            if trimmed[index].type == .location, !trimmed[index].isConfirmedByRule, trimmed[index].confidence >= 0.4, isStructureName(trimmed[index]) {
                trimmed[index].isConfirmedByRule = true
            }
            if trimmed[index].type == .location || trimmed[index].type == .organization, !trimmed[index].isConfirmedByRule,
               trimmed[index].confidence >= 0.4, isFeatureOfPlace(trimmed[index]) {
                trimmed[index].type = .location
                trimmed[index].isConfirmedByRule = true
            }
            if trimmed[index].type == .organization, !trimmed[index].isConfirmedByRule, trimmed[index].confidence >= 0.5,
               isPoliticalBodyName(trimmed[index]) {
                trimmed[index].isConfirmedByRule = true
            }
            if !trimmed[index].isConfirmedByRule, trimmed[index].confidence >= 0.4, isLocalBusinessName(trimmed[index]) {
                trimmed[index].type = .organization
                trimmed[index].isConfirmedByRule = true
            }
            if trimmed[index].tokens.count == 1, trimmed[index].type == .location || trimmed[index].type == .miscellaneous,
               isCountryCode(trimmed[index].tokens.lowerBound) {
                trimmed[index].type = .location
                trimmed[index].isConfirmedByRule = true
            }
            // (The first tests here, the rest a call: few places are followed by a capital.)
            if trimmed[index].type == .location, trimmed[index].tokens.upperBound < facts.count,
               facts[trimmed[index].tokens.upperBound].isCapitalized {
                nameNewspaper(&trimmed, at: index)
            }
            if trimmed[index].tokens.count == 1, trimmed[index].type != .location {
                let token = trimmed[index].tokens.lowerBound, word = facts[token].bare
                if celestial.contains(word), isCelestialBody(trimmed[index], among: trimmed) {
                    trimmed[index].type = .location
                } else if labor.contains(word), trimmed[index].type != .organization, facts[token].isCapitalized, !facts[token].isAllCaps {
                    // "Labor backflip", "the Labor candidate": the party, which the tagger read as a
                    // modifier (MISC) where no "Party" follows.
                    trimmed[index].type = .organization
                }
            }
            if isDateline(trimmed[index]) {
                trimmed[index].type = .location
                trimmed[index].isConfirmedByRule = true
            }
            // "going to Del Frisco's", "cyclone Larry": one lookup of the word before the name first,
            // which is none of these before most names; "[Hurricane Rita]" when the tagger took it in.
            let first = trimmed[index].tokens.lowerBound
            if first > 0, wordBeforeCue.contains(facts[first - 1].bare) {
                if facts[first - 1].bare == CueWords.quote {
                    if isQuotedSurnameFirst(trimmed, index) {
                        trimmed[index].tokens = first..<trimmed[index + 1].tokens.upperBound
                        trimmed[index].type = .person
                        trimmed[index].isConfirmedByRule = true
                        absorbed.append(index + 1)
                    }
                } else if first > 1, CueWords.businessPreposition.contains(facts[first - 1].bare) {
                    if let end = possessiveEnd(after: trimmed[index].tokens.upperBound - 1), isPlaceOfBusiness(trimmed[index], possessiveEnd: end) {
                        trimmed[index].tokens = first..<end
                        if trimmed[index].type == .person { trimmed[index].type = .location }
                    }
                } else if let name = stormName(&trimmed[index], stormWord: first - 1) {
                    storms.append(name)
                }
            } else if trimmed[index].tokens.count == 2, isStormWord(first), let name = stormName(&trimmed[index], stormWord: first) {
                storms.append(name)
            }
        }
        for index in absorbed.reversed() { trimmed.remove(at: index) }
        addAcronymExpansions(&trimmed)
        addParenthesizedAcronyms(&trimmed)
        joinPossessiveCompanies(&trimmed, minimumConfidence: minimumConfidence)
        joinShopNames(&trimmed, minimumConfidence: minimumConfidence)
        retypeCompanyNames(&trimmed, minimumConfidence: minimumConfidence, scratch: scratch)
        addTradedFirms(&trimmed)
        addSubjectsOfPeoplesVerbs(&trimmed, minimumConfidence: minimumConfidence, cues: cues)
        retypePossessors(&trimmed, minimumConfidence: minimumConfidence)
        retypeOwnedNames(&trimmed)
        retypeAffiliations(&trimmed)
        retypeListedOrganizations(&trimmed, minimumConfidence: minimumConfidence)
        addUntaggedListedOrganizations(&trimmed, cues: cues)
        agreeOnTypes(&trimmed, scratch: scratch)
        // After the votes, which the tagger's doubtful readings of the name would sway
        // ("Borg-Warner" as a place).
        if !scratch.companies.isEmpty { addCompanyMentions(&trimmed, companies: scratch.companies, index: scratch.companyIndex, minimumConfidence: minimumConfidence) }
        confirmRepeatedNames(&trimmed, minimumConfidence: minimumConfidence, scratch: scratch)
        if !storms.isEmpty { markStorms(&trimmed, names: storms) }
        if capsLines.contains(true) { retypeHeadlineCompanies(&trimmed) }
        // The web text's file names and titles of common words, asked only of the names kept. (A
        // loop, not `removeAll`: its closure, outlined, copied the document's features.)
        var kept = 0
        for index in trimmed.indices {
            let span = trimmed[index]
            if span.confidence < minimumConfidence && !span.isConfirmedByRule || isInFileName(span) || isInCommonWordsLine(span) { continue }
            trimmed[kept] = span
            kept += 1
        }
        trimmed.removeLast(trimmed.count - kept)
        addHeadlineMentions(&trimmed)
        addLowerCasePlaces(&trimmed)
        addAddressedNames(&trimmed)
        return trimmed
    }

    /// "LOS ANGELES, March 3 -", "DENVER (Reuters) -": a name in capitals opening a line before
    /// a date or an agency is the place the story was filed from (the tagger, with no case to
    /// go on, had read 247 "LOS ANGELES" datelines over the news corpus as an organization).
    /// Written in mixed case ("Milan, April 9 -"), the date must follow whole: a month and a day.
    @inline(__always)
    private func isDateline(_ span: EntitySpan) -> Bool {
        let first = span.tokens.lowerBound, next = span.tokens.upperBound
        guard next + 1 < facts.count else { return false }
        let tokens = document.tokens, bytes = document.bytes
        guard span.tokens.allSatisfy({ facts[$0].isAllCaps })
            || next + 2 < facts.count && tokens[next + 2].kind == .number && span.tokens.allSatisfy({ facts[$0].isCapitalized }) else { return false }
        guard first == 0 || bytes[tokens[first - 1].span.bytes.upperBound..<tokens[first].span.bytes.lowerBound].contains(0x0A) else { return false }
        let separator = tokens[next].span.bytes
        guard separator.count == 1 else { return false }
        switch bytes[separator.lowerBound] {
        case UInt8(ascii: "("): return true
        case UInt8(ascii: ","): return CueWords.month.contains(facts[next + 1].bare)
        default: return false
        }
    }

    /// "Tax Reform Act", "Securities Act of 1934", "Louvre Accord", "Geneva Conventions": a name
    /// whose last capitalized word names a law or a treaty is MISC (OntoNotes LAW), not the
    /// organization or place the tagger read.
    @inline(__always)
    private func isLaw(_ span: EntitySpan) -> Bool {
        // The last word, or the one before "of 1934".
        var last = span.tokens.upperBound - 1
        if span.tokens.count > 2, document.tokens[last].kind == .number { last -= 2 }
        if facts[last].bare == CueWords.union { return isStateOfTheUnion(span) }
        return CueWords.law.contains(facts[last].bare) && (span.tokens.count > 1 || facts[last].bare == CueWords.constitution)
    }

    /// "the State of the Union", the president's yearly address (its speeches' headlines, "ADDRESS
    /// ON THE STATE OF THE UNION", were an organization ten times over the news corpus): MISC,
    /// as a law's name is.
    private func isStateOfTheUnion(_ span: EntitySpan) -> Bool {
        let first = span.tokens.lowerBound
        return span.tokens.count == 4 && facts[first].bare == CueWords.state && facts[first + 1].bare == CueWords.of
    }

    /// "the Atlanta Constitution": a city has no constitution, so its name before one names a
    /// newspaper (it had been read as a law); a state's or a country's does not ("Texas
    /// Constitution"), nor a small town's name that is a common word ("Federal Constitution").
    private func isCityNewspaper(_ span: EntitySpan) -> Bool {
        guard span.tokens.count == 2, facts[span.tokens.upperBound - 1].bare == CueWords.constitution else { return false }
        guard let place = placeReading(span.tokens.lowerBound..<span.tokens.lowerBound + 1) else { return false }
        return place.isPolitical && place.kind == PlaceReadings.rank(.city) && place.magnitude >= 5
    }

    /// "Arab League", "Muslim League", "Liberal Party": a religious or political group's words
    /// before a league, party, union or front, which the tagger read as MISC, name an
    /// organization. Not a nationality's ("American League", a baseball league: MISC in CoNLL).
    private func isGroupsBody(_ span: EntitySpan) -> Bool {
        guard span.type == .miscellaneous, CueWords.politicalBody.contains(facts[span.tokens.upperBound - 1].bare) else { return false }
        return span.tokens.dropLast().allSatisfy { EntityLabeler.groups.contains(facts[$0].lower) }
    }

    /// "the Reagan administration": a name before "administration" is the president's, which the
    /// tagger, seeing a modifier, read as MISC 163 times over the news corpus. Not a nationality
    /// ("the Portuguese administration").
    private func isAdministrationHead(_ span: EntitySpan) -> Bool {
        let next = span.tokens.upperBound
        guard next < facts.count, facts[next].bare == CueWords.administration, let last = span.tokens.last else { return false }
        return span.tokens.allSatisfy { facts[$0].isCapitalized && facts[$0].isWord }
            && !extractor.gazetteer.isDemonym(key: facts[last].nameKey) && !EntityLabeler.groups.contains(facts[last].lower)
    }

    /// "Rashtrapati Bhavan", "Buckingham Palace", "Howrah Bridge": capitalized words in mixed case
    /// ending in a structure's word (``CueWords/facility``), which the tagger read as a place but
    /// doubted for want of the name's first words (at 0.44 to 0.69), are the place all the same.
    /// Not where the name runs on ("the United States House of Representatives", "a New York
    /// House Democrat"), nor a parliament's chamber ("the Lower House").
    private func isStructureName(_ span: EntitySpan) -> Bool {
        let first = span.tokens.lowerBound, last = span.tokens.upperBound - 1
        guard span.tokens.count > 1, CueWords.facility.contains(facts[last].bare) else { return false }
        if last + 1 < facts.count, facts[last + 1].isCapitalized || facts[last + 1].bare == CueWords.of { return false }
        if facts[last].bare == CueWords.house, CueWords.chamber.contains(facts[first].bare) { return false }
        return span.tokens.allSatisfy { facts[$0].isCapitalized && !facts[$0].isAllCaps && document.tokens[$0].kind == .word }
    }

    /// "Red Square", "the Tower of London", "Machu Picchu": a landmark or a facility the gazetteer
    /// knows by its feature code (``PlaceReading/isStructure``), which the tagger read as a body or
    /// a person (a square's or a tower's word ends many firms' names), is the place: the labeler
    /// makes it FAC. The whole span must be the entry's name, in capitalized words (connectors
    /// between them), not the start of a longer name ("Heathrow Airport Holdings").
    private func isKnownStructure(_ span: EntitySpan, among knownStructures: [Range<Int>]) -> Bool {
        let first = span.tokens.lowerBound, last = span.tokens.upperBound - 1
        // The extractor's list, empty in most documents: no gazetteer lookup per span.
        guard knownStructures.contains(span.tokens) else { return false }
        guard facts[first].isCapitalized, facts[last].isCapitalized else { return false }
        if last + 1 < facts.count, facts[last + 1].isCapitalized, document.tokens[last + 1].kind == .word { return false }
        return span.tokens.allSatisfy {
            facts[$0].isCapitalized && !facts[$0].isAllCaps && document.tokens[$0].kind == .word || CueWords.nameConnector.contains(facts[$0].bare)
        }
    }

    /// "National People's Congress", "Economic Freedom Front": capitalized words (a possessive or a
    /// between them) ending in a political body's word, which the tagger read as an organization
    /// but doubted (0.57 for the Chinese legislature), are the body all the same. Not where the
    /// name runs on ("Consumer Federation of America", "Council for Civil Liberties"), nor with
    /// a connector inside ("Members of Congress"), nor opening with a word news writes in lower
    /// case more often than not ("Because Congress", "Our Union").
    private func isPoliticalBodyName(_ span: EntitySpan) -> Bool {
        let first = span.tokens.lowerBound, last = span.tokens.upperBound - 1
        guard span.tokens.count > 1, CueWords.politicalBody.contains(facts[last].bare), facts[last].isCapitalized else { return false }
        if last + 1 < facts.count, facts[last + 1].isCapitalized || CueWords.nameConnector.contains(facts[last + 1].bare) { return false }
        if let share = extractor.lexicon.lowerCaseShare(key: facts[first].nameKey), share > 0.5 { return false }
        return span.tokens.allSatisfy {
            facts[$0].isCapitalized && !facts[$0].isAllCaps && document.tokens[$0].kind == .word || document.tokens[$0].kind == .clitic
        }
    }

    /// "Gulf of Mexico", "Bay of Bengal", "Strait of Hormuz": a place's feature word, "of" and
    /// capitalized words, which the tagger doubted as a place (the Gulf of Mexico at 0.63) or read
    /// as an organization ("Strait of Hormuz", "Bay of Bengal": "of" and a country's name make
    /// many of its bodies), are the place all the same.
    private func isFeatureOfPlace(_ span: EntitySpan) -> Bool {
        let first = span.tokens.lowerBound, last = span.tokens.upperBound - 1
        guard span.tokens.count >= 3, facts[first + 1].bare == CueWords.of, facts[first].isCapitalized,
              CueWords.location.contains(facts[first].bare) else { return false }
        if last + 1 < facts.count, facts[last + 1].isCapitalized { return false }
        return (first + 2...last).allSatisfy { facts[$0].isCapitalized && document.tokens[$0].kind == .word }
    }

    /// "Lakeside Family Dental", "Reynolds Plumbing": capitalized words ending in a local trade's
    /// word are the firm reviews name, also where the tagger doubted them (0.4 and up) or read a
    /// place, as ``isStructureName(_:)`` keeps a structure's.
    private func isLocalBusinessName(_ span: EntitySpan) -> Bool {
        let last = span.tokens.upperBound - 1
        guard span.tokens.count > 1, CueWords.trade.contains(facts[last].bare) else { return false }
        // Not a longer name's first words ("Xiamen Construction and Development Corporation"),
        // nor a title's addressing the reader ("The Bells in Your Care").
        if last + 1 < facts.count, facts[last + 1].isCapitalized || CueWords.nameConnector.contains(facts[last + 1].bare)
            && last + 2 < facts.count && facts[last + 2].isCapitalized { return false }
        if CueWords.addressPronoun.contains(facts[span.tokens.lowerBound].bare) { return false }
        return span.tokens.allSatisfy { facts[$0].isCapitalized && !facts[$0].isAllCaps && document.tokens[$0].kind == .word }
    }

    /// "GATT", "OPEC" read as a person: one word of two to five capitals in a sentence not written
    /// in capitals is an acronym, an organization's most often, never a person's name.
    private func isAcronymInText(_ span: EntitySpan) -> Bool {
        let token = span.tokens.lowerBound
        // A word, not initials ("M.A."), and alone: not one of a dateline's capitals ("SADDLE BROOK").
        guard span.tokens.count == 1, facts[token].isAllCaps, document.tokens[token].kind == .word,
              (2...5).contains(document.tokens[token].span.bytes.count),
              token == 0 || !(facts[token - 1].isAllCaps && facts[token - 1].isWord),
              token + 1 == facts.count || !(facts[token + 1].isAllCaps && facts[token + 1].isWord) else { return false }
        return isInMixedCase(token)
    }

    /// "by the US", "US troops", "UK", "NSW": a country's or a large state's code of two or three
    /// capitals in a sentence in mixed case is the place (GPE), however much the tagger, trained
    /// on news that wrote "U.S.", doubted it ("US" at 0.67, under the threshold, or NORP: 90
    /// mentions over the news corpus). A state of a million people or more: not "ICA officials"
    /// (the coffee agreement's, a Peruvian region of 0.8 million to the gazetteer).
    @inline(__always)
    private func isCountryCode(_ token: Int) -> Bool {
        guard facts[token].isAllCaps, document.tokens[token].kind == .word, (2...3).contains(document.tokens[token].span.bytes.count) else { return false }
        return isCountryOrLargeState(token) && isInMixedCase(token)
    }

    private func isCountryOrLargeState(_ token: Int) -> Bool {
        guard let place = extractor.placeReadings.reading(forKey: facts[token].nameKey), place.isPolitical else { return false }
        return place.kind == PlaceReadings.rank(.country) || place.kind == PlaceReadings.rank(.admin1) && place.magnitude >= 6
    }

    /// Whether the sentence holding `token` is not written in capitals.
    func isInMixedCase(_ token: Int) -> Bool {
        guard let sentence = sentence(holding: token) else { return false }
        return !capsLines[sentence]
    }

    /// The index of the sentence holding `token`, if any does.
    func sentence(holding token: Int) -> Int? {
        // The first sentence whose end is past the token.
        let index = sentences.partitioningIndex { $0.upperBound > token }
        return index < sentences.count && sentences[index].contains(token) ? index : nil
    }

    /// "[USA]GPE Today", "The [China]GPE Daily quoted": a newspaper's title word, capitalized
    /// within the sentence after a place's name, makes the name the paper's (an organization);
    /// the tagger, seeing the country, had stopped before it (5 times over the news corpus). Not
    /// where "Today" opens the next sentence ("in the U.S. Today, ..."), nor in a headline's capitals.
    /// The paper's name then runs on through the capitalized words after the title that no other
    /// name has ("Zambia Daily Mail").
    @inline(never)
    private func nameNewspaper(_ spans: inout [EntitySpan], at index: Int) {
        let title = spans[index].tokens.upperBound
        guard CueWords.newspaperTitle.contains(facts[title].bare), !facts[title].isAllCaps, spaced(title),
              let sentence = sentence(holding: title), sentences[sentence].lowerBound < title, !capsLines[sentence] else { return }
        var end = title + 1
        while end < facts.count, facts[end].isCapitalized, !facts[end].isAllCaps, spaced(end),
              index + 1 == spans.count || spans[index + 1].tokens.lowerBound > end { end += 1 }
        spans[index].tokens = spans[index].tokens.lowerBound..<end
        spans[index].type = .organization
        spans[index].isConfirmedByRule = true
    }

    /// Two letters after a capitalized word and a comma: a state's postal code ("Tulsa, OK"), not
    /// the word of ``CueWords/notAName`` they spell.
    private func isPostalCode(_ index: Int) -> Bool {
        index >= 2 && document.tokens[index].span.bytes.count == 2
            && document.token(document.tokens[index - 1], is: UInt8(ascii: ",")) && facts[index - 2].isCapitalized
    }

    /// "Shiite", "Sunni Arab", "Kurds" read as an organization or a person: a name made only of
    /// nationality and group words is a group of people (NORP), whatever the tagger said.
    @inline(__always)
    private func isGroupName(_ span: EntitySpan) -> Bool {
        guard span.tokens.count <= 2, span.tokens.allSatisfy({ facts[$0].isWord && isPeople($0) }) else { return false }
        // "Christian said": a given name alone stays the person the tagger saw. (Asked last: few
        // names are a people's, and the lexicon's lookup costs more than the cue words'.)
        return span.type != .person || span.tokens.count != 1 || !extractor.lexicon.isGivenName(key: facts[span.tokens.lowerBound].nameKey)
    }

    /// "near the town of Mai Mahiu", "the village of Krynky": after a settlement's or a division's
    /// noun in lower case and "of", a name is the place, whatever the tagger read (a person: "Mai"
    /// is a given name).
    private func followsSettlementNoun(_ span: EntitySpan) -> Bool {
        let start = span.tokens.lowerBound
        guard start >= 2, facts[start - 1].bare == CueWords.of, !facts[start - 2].isCapitalized,
              CueWords.settlement.contains(facts[start - 2].bare) else { return false }
        // (Not an acronym: "the region of DNA".)
        return !facts[start].isAllCaps && span.tokens.allSatisfy { facts[$0].isCapitalized || CueWords.nameParticle.contains(facts[$0].bare) }
    }

    /// "Taylor Swift played six shows": a given name that is no common word and a surname, which
    /// the tagger read as a person but doubted (the surname is a common word too, "swift"), is a
    /// person's name all the same. (A firm named so is read as one by the firm's words after it:
    /// "Dean Witter Reynolds Inc".)
    func isGivenNameAndSurname(_ span: EntitySpan) -> Bool {
        guard span.tokens.count == 2 else { return false }
        let given = facts[span.tokens.lowerBound], surname = facts[span.tokens.lowerBound + 1]
        return given.isCapitalized && !given.isAllCaps && surname.isCapitalized && !surname.isAllCaps
            && extractor.lexicon.isGivenName(key: given.nameKey) && extractor.lexicon.isSurname(key: surname.nameKey)
            && (extractor.lexicon.lowerCaseShare(key: given.nameKey) ?? 0) < 0.2
    }

    /// A span of one word that `words` lists: a news agency ("REUTER", "Xinhua"), a company
    /// younger than the model ("Google"), a product ("Firefox"); see ``CueWords``.
    @inline(__always)
    private func isOneWord(_ span: EntitySpan, of words: CueSet) -> Bool {
        span.tokens.count == 1 && words.contains(facts[span.tokens.lowerBound].bare)
    }

    /// "Suu Kyi" after "Aung San Suu Kyi", "Bernardin" after "Joseph Bernardin": the last word or
    /// two of a person's name the document has given are that person again, where the tagger
    /// doubted them (7 "Suu Kyi" dropped in the CoNLL development set) or read an organization
    /// ("Volcker", "VOLCKER" 45 times over the news corpus). Only names of words seldom written in lower
    /// case ("Many Florida", "Cherry Growers Australia" name no one). A place's name is the
    /// surname only of a given name and a surname ("Bernardin", a French town; "Jordan" after
    /// "Neil Jordan"; not "Houston" after "Hyatt Regency Houston"), and only if the document
    /// did not name the place before the person ("Franco Nevada" after "northern Nevada"); not
    /// a word of a company's name ("Salomon Inc").
    private func confirmRepeatedNames(_ spans: inout [EntitySpan], minimumConfidence: Float, scratch: DocumentScratch) {
        // The names so far, and whether a place of that name may be the person; the words of
        // the one-word places so far. A few per document: maps that scan a short list, kept
        // between documents (two tables per document were 2 M instructions per MB of news, most
        // of it allocating them), and that turn to a table in a long document (a list searched
        // for every name there was quadratic).
        var surnames = SmallKeyMap<Bool>(), places = SmallKeyMap<Bool>()
        swap(&surnames, &scratch.surnames)
        swap(&places, &scratch.singleWordPlaces)
        surnames.removeAll()
        places.removeAll()
        defer { (scratch.surnames, scratch.singleWordPlaces) = (surnames, places) }
        var companyWords: SmallKeyMap<Int>?
        // `places` holds the one-word places among the spans before this one, added when first
        // asked (each span's type is final once its own turn is past).
        var placesListed = 0
        for index in spans.indices {
            let name = spans[index].tokens
            if !surnames.isEmpty, name.count <= 2, !spans[index].isConfirmedByRule,
               spans[index].type != .person || spans[index].confidence < minimumConfidence {
                let key = suffixKey(name.upperBound, count: name.count), isPlace = spans[index].type == .location
                if let placeMayBe = surnames[key], placeMayBe || !isPlace, isSeldomCommon(name),
                   !namesCompany(facts[name.upperBound - 1].identity, spans, words: &companyWords), !isPeople(name.upperBound - 1) {
                    if spans[index].type == .organization, name.count > 1, companyWords != nil {
                        for token in name { companyWords?[facts[token].identity]? -= 1 }
                    }
                    spans[index].type = .person
                    spans[index].isConfirmedByRule = true
                    continue
                }
            }
            guard spans[index].type == .person, name.count > 1,
                  spans[index].isConfirmedByRule || spans[index].confidence >= minimumConfidence, isSeldomCommon(name) else { continue }
            let surname = name.upperBound - 1, word = facts[surname].identity
            // Loops, not closures: a closure reading the facts copied them all, retaining each array.
            var placeMayBe = extractor.lexicon.isGivenName(key: facts[name.lowerBound].nameKey)
            for middle in name.lowerBound + 1..<surname where placeMayBe && !isInitial(middle) { placeMayBe = false }
            if placeMayBe {
                for earlier in placesListed..<index where spans[earlier].type == .location && spans[earlier].tokens.count == 1 {
                    places[facts[spans[earlier].tokens.lowerBound].identity] = true
                }
                placesListed = index
                if places[word] != nil { placeMayBe = false }
            }
            surnames[word] = placeMayBe || surnames[word] == true
            if name.count > 2 {
                let pair = suffixKey(name.upperBound, count: 2)
                if surnames[pair] == nil { surnames[pair] = false }
            }
        }
    }

    /// Whether a word is one of an organization's longer name in the document: "Salomon" after
    /// "Robert Salomon" in a story about "Salomon Inc" is the firm. `words`: those names' words,
    /// counted, made at the first question (most documents ask none) and kept up to date by the
    /// caller when such a name stops being an organization; a search of all names for every
    /// question was quadratic in a long document.
    private func namesCompany(_ word: UInt64, _ spans: [EntitySpan], words: inout SmallKeyMap<Int>?) -> Bool {
        if words == nil {
            var counts = SmallKeyMap<Int>(capacity: spans.count)
            for span in spans where span.type == .organization && span.tokens.count > 1 {
                for token in span.tokens { counts[facts[token].identity] = (counts[facts[token].identity] ?? 0) + 1 }
            }
            words = counts
        }
        return words?[word].map { $0 > 0 } ?? false
    }

    /// A demonym or a group's word ("Jews" after a "Marvin Jews"): a people, whatever name it ends.
    func isPeople(_ token: Int) -> Bool {
        EntityLabeler.groups.contains(facts[token].lower) || extractor.gazetteer.isDemonym(key: facts[token].nameKey)
    }

    /// The words of the one or two tokens before `end`, as one key.
    private func suffixKey(_ end: Int, count: Int) -> UInt64 {
        count == 1 ? facts[end - 1].identity : FeatureHash.mix(FeatureHash.mix(facts[end - 2].identity) ^ facts[end - 1].identity)
    }

    /// Capitalized words that news seldom writes in lower case, none an organization's word.
    func isSeldomCommon(_ tokens: Range<Int>) -> Bool {
        for token in tokens {
            guard facts[token].isCapitalized, !CueWords.organization.contains(facts[token].bare),
                  (extractor.lexicon.lowerCaseShare(key: facts[token].nameKey) ?? 0) < 0.5 else { return false }
        }
        return true
    }

    /// One name, one type within a document: a name tagged differently in different places
    /// takes the type most of its mentions got ("Kupiansk" once ORG among ten places).
    private func agreeOnTypes(_ spans: inout [EntitySpan], scratch: DocumentScratch) {
        // A span changes type only where another type has more than twice the votes of its
        // own, which has its vote at least: only a name of four mentions or more. The mentions
        // are first counted by a byte of their name's hash (all of one name's in one count,
        // up to four), and only those whose count reaches four are voted on in the map: most
        // documents' names are fewer (all were voted on, 4.2 M instructions per MB of news).
        guard spans.count >= 4 else { return }
        var mentions: [UInt8] = []
        swap(&mentions, &scratch.voteMentions)
        if mentions.isEmpty { mentions = [UInt8](repeating: 0, count: 256) } else { mentions.withUnsafeMutableBufferPointer { $0.update(repeating: 0) } }
        var votes = NameMap<SIMD4<Int32>>(facts: [])
        swap(&votes, &scratch.votes)
        votes.reset(facts: facts, capacity: spans.count)
        // Each span's name hash, then where its name is in the map (-1: not voted on): its votes
        // are read back without a second search.
        var entries = DocumentScratch.take(&scratch.voteEntries)
        entries.reserveCapacity(spans.count)
        defer { (scratch.votes, scratch.voteEntries, scratch.voteMentions) = (votes, entries, mentions) }
        for span in spans {
            let hash = facts.nameHash(span.tokens), byte = Int(truncatingIfNeeded: hash) & 255
            mentions[byte] &+= mentions[byte] < 4 ? 1 : 0
            entries.append(Int(truncatingIfNeeded: hash))
        }
        for index in spans.indices {
            let hash = UInt64(truncatingIfNeeded: entries[index]), span = spans[index]
            entries[index] = mentions[Int(truncatingIfNeeded: hash) & 255] < 4 ? -1
                : votes.update(span.tokens, hash: hash, default: .zero) { $0[span.type.rawValue] += 1 }
        }
        for index in spans.indices where entries[index] >= 0 {
            let counts = votes.value(at: entries[index])
            // The first of the most voted types, as `max(by:)` picks.
            var winner = 0
            for type in 1..<4 where counts[type] > counts[winner] { winner = type }
            guard counts[winner] > counts[spans[index].type.rawValue] * 2 else { continue }
            spans[index].type = EntityType(rawValue: winner)!
        }
    }

    /// A place ending in a state's postal code after a city of mixed case ("Houston TX", "San
    /// Rafael Ca"): two places, the city and the state, as UNER's annotators mark them; the
    /// tagger, trained on news that writes "Houston, Texas", took them as one name. Not after an
    /// initial ("W. VA", West Virginia), in a headline's capitals ("HOUSTON TX") nor where the
    /// code is a company's "Co" ("Santa Fe Railway Co", which the tagger can read as a place).
    private func endsInStateCode(_ span: EntitySpan) -> Bool {
        let code = span.tokens.upperBound - 1
        guard document.tokens[code].span.bytes.count == 2, CueWords.stateCode.contains(facts[code].bare),
              facts[code].isCapitalized, spaced(code), !CueWords.legalForm.contains(facts[code].bare) else { return false }
        let city = code - 1
        return facts[city].isCapitalized && !facts[city].isAllCaps && document.tokens[city].span.bytes.count >= 3
    }

    /// "WILMINGTON, Del., March 2 -", "Eden Prairie, Minn., has": a state's abbreviation after a
    /// capitalized word and a comma, as American news writes it, is the state (the tagger had
    /// found "Minn." only through towns abroad that the gazetteer's folding read in it, Minden).
    /// Only there (``StateAbbreviations``): alone, "Miss." and "Pa." are other words.
    func addStateAbbreviations(_ spans: inout [EntitySpan]) {
        var added: [EntitySpan] = []
        var cursor = 0
        for token in uppercase.tokens where token >= 2 && isStateAbbreviation(token) {
            let comma = document.tokens[token - 1].span.bytes
            guard comma.count == 1, document.bytes[comma.lowerBound] == UInt8(ascii: ","), facts[token - 2].isCapitalized else { continue }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= token { cursor += 1 }
            if cursor < spans.count, spans[cursor].tokens.lowerBound <= token {
                // Read already: as the state alone it is confirmed; inside a longer name it stays.
                if spans[cursor].tokens == token..<token + 1 {
                    spans[cursor].type = .location
                    spans[cursor].isConfirmedByRule = true
                }
                continue
            }
            var state = EntitySpan(type: .location, tokens: token..<token + 1, confidence: 1)
            state.isConfirmedByRule = true
            added.append(state)
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// "Stonehenge will get a road tunnel": a landmark's or a facility's name the gazetteer knows
    /// (``DocumentScratch/knownStructures``) which the tagger left out or doubted is the place
    /// all the same, when it stands alone: the longest such name from its first word, touching no
    /// span, and no capitalized word right before it ("The" aside) or after it.
    func addKnownStructures(_ spans: inout [EntitySpan], from knownStructures: [Range<Int>]) {
        var added: [EntitySpan] = []
        var cursor = 0
        var coveredUpTo = 0
        for (position, found) in knownStructures.enumerated() {
            // The longest from a start comes last; one inside a longer name found earlier is part of it.
            if position + 1 < knownStructures.count, knownStructures[position + 1].lowerBound == found.lowerBound { continue }
            // "The Statue of Liberty" opening a sentence (an alias has the article): "the" stays outside.
            let name = found.count > 1 && facts[found.lowerBound].bare == CueWords.the ? found.dropFirst() : found
            guard name.lowerBound >= coveredUpTo else { continue }
            coveredUpTo = name.upperBound
            if name.upperBound < facts.count, facts[name.upperBound].isCapitalized, facts[name.upperBound].isWord { continue }
            if name.lowerBound > 0, facts[name.lowerBound - 1].isCapitalized, facts[name.lowerBound - 1].isWord,
               facts[name.lowerBound - 1].bare != CueWords.the { continue }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= name.lowerBound { cursor += 1 }
            if cursor < spans.count, spans[cursor].tokens.lowerBound < name.upperBound { continue }
            added.append(EntitySpan(confirmed: .location, tokens: name))
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// "Evin prison", "Kennedy airport", "the Zaporizhzhia nuclear plant": capitalized words right
    /// before a facility's lower-case word (``CueWords/startsFacilityNoun(at:facts:)``) are a
    /// place, the facility's name or the town it stands in (the labeler tells FAC from GPE), when
    /// they are no acronym ("NHS hospital"), no demonym ("Israeli prison") and none news writes in
    /// lower case more often ("State prison", "Military hospital").
    private func isNameBeforeFacilityNoun(_ tokens: Range<Int>) -> Bool {
        guard CueWords.startsFacilityNoun(at: tokens.upperBound, facts: facts) else { return false }
        // The whole name: not the end of a longer one ("its Marble [Hill] nuclear power plant").
        if tokens.lowerBound > 0, facts[tokens.lowerBound - 1].isCapitalized, facts[tokens.lowerBound - 1].isWord,
           facts[tokens.lowerBound - 1].bare != CueWords.the { return false }
        for token in tokens {
            let fact = facts[token]
            if fact.isWord {
                // A river's or a lake's name is the feature's the facility stands on ("River Danube dam").
                guard fact.isCapitalized, !fact.isAllCaps, !CueWords.organization.contains(fact.bare), !CueWords.location.contains(fact.bare),
                      (extractor.lexicon.lowerCaseShare(key: fact.nameKey) ?? 0) < 0.5 else { return false }
            } else if !(token > tokens.lowerBound && isJoined(token - 1, token) && token + 1 < tokens.upperBound && isJoined(token, token + 1)) {
                return false // only a hyphen inside a word ("Al-Shifa")
            }
        }
        return tokens.count > 1 || !extractor.gazetteer.isDemonym(key: facts[tokens.lowerBound].nameKey)
    }

    /// Whether no white space separates the two tokens.
    private func isJoined(_ first: Int, _ second: Int) -> Bool {
        document.tokens[first].span.bytes.upperBound == document.tokens[second].span.bytes.lowerBound
    }

    /// "Patients were evacuated from Al-Shifa hospital": a facility's name the tagger left out
    /// (``isNameBeforeFacilityNoun(_:)``), up to three capitalized words (hyphens inside) back
    /// from the facility's word.
    func addNamesBeforeFacilityNouns(_ spans: inout [EntitySpan], cues: CapitalsBeforeCues) {
        // The capitals before a facility's first word: most documents have none.
        let candidates = cues.facilityStart
        guard !candidates.isEmpty else { return }
        var added: [EntitySpan] = []
        var cursor = 0
        for token in candidates where facts[token].isCapitalized && facts[token].isWord && CueWords.startsFacilityNoun(at: token + 1, facts: facts) {
            while cursor < spans.count && spans[cursor].tokens.upperBound <= token { cursor += 1 }
            if cursor < spans.count, spans[cursor].tokens.lowerBound <= token { continue }
            var start = token, words = 1
            while start > 0, words < 3 {
                if facts[start - 1].isWord, facts[start - 1].isCapitalized, !facts[start - 1].isAllCaps {
                    start -= 1; words += 1
                } else if start >= 2, !facts[start - 1].isWord, isJoined(start - 2, start - 1), isJoined(start - 1, start),
                          facts[start - 2].isWord, facts[start - 2].isCapitalized {
                    start -= 2; words += 1
                } else { break }
            }
            // A span before it ends the name: "[Gaza City] Al-Shifa hospital" is not one name.
            if cursor > 0, spans[cursor - 1].tokens.upperBound > start { continue }
            if facts[start].bare == CueWords.the { start += 1 } // "The Nasser hospital"
            guard start <= token, isNameBeforeFacilityNoun(start..<token + 1) else { continue }
            added.append(EntitySpan(confirmed: .location, tokens: start..<token + 1))
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// "Del." as one token, or in a capitals dateline "KAN" before its period ("WICHITA, KAN., March 31").
    private func isStateAbbreviation(_ token: Int) -> Bool {
        let kind = document.tokens[token].kind
        guard kind == .abbreviation || kind == .word && facts[token].isAllCaps && token + 1 < facts.count
                && document.tokens[token + 1].span.bytes.lowerBound == document.tokens[token].span.bytes.upperBound
                && document.bytes[document.tokens[token + 1].span.bytes.lowerBound] == UInt8(ascii: "."),
              let folded = StateAbbreviations.packedLowerCase(document.bytes[document.tokens[token].span.bytes]) else { return false }
        return StateAbbreviations.dotted[kind == .word ? StateAbbreviations.appendingPeriod(folded) ?? 0 : folded] != nil
    }

    private func splitStateCode(_ span: EntitySpan, into spans: inout [EntitySpan]) {
        var city = span, state = span
        city.tokens = span.tokens.lowerBound..<(span.tokens.upperBound - 1)
        state.tokens = (span.tokens.upperBound - 1)..<span.tokens.upperBound
        state.isConfirmedByRule = true
        spans.append(city)
        spans.append(state)
    }

    /// (Not inlined into ``trim(_:cues:)``, which is asked of every span; few are this long.)
    @inline(never)
    private func isTitleCaseSentence(_ span: EntitySpan) -> Bool {
        span.tokens.dropFirst().contains { facts[$0].isCapitalized && !facts[$0].isAllCaps && CueWords.addressPronoun.contains(facts[$0].bare) }
    }

    /// "Armed Forces Oleksandr Syrskyi": an organization word, then a given name opening at
    /// least two capitalized words, is where the organization ends and a person begins; so is a
    /// title between them, which stays outside both ("Fed Chair Jerome Powell"). After "Minister
    /// of" or "Secretary of", the words before the person are the title's, no organization's
    /// ("Secretary of [Education Dick Riley]ORG", "Minister of [Defense Hazem Shaalan]ORG"), and
    /// one given name is enough (not "chairman of [AWB International Ian Donges]", whose firm
    /// stays an organization).
    /// (Its first tests inlined: most spans are a person's or shorter, and few of two words
    /// follow a word of two letters.)
    @inline(__always)
    private func splitPersonAfterOrganization(_ span: EntitySpan, into spans: inout [EntitySpan]) {
        let first = span.tokens.lowerBound
        if span.type != .person, span.tokens.count >= 3 || span.tokens.count == 2 && first >= 2 && document.tokens[first - 1].span.bytes.count == 2 {
            splitLongPersonAfterOrganization(span, into: &spans)
        } else {
            spans.append(span)
        }
    }

    private func splitLongPersonAfterOrganization(_ span: EntitySpan, into spans: inout [EntitySpan]) {
        let first = span.tokens.lowerBound
        // "[Tesla and General Motors]ORG": a firm the lists know, "and" and a name are two firms
        // ("Procter and Gamble" names none the lists know).
        if span.type == .organization, facts[first + 1].bare == CueWords.and, CueWords.knownOrganization.contains(facts[first].bare),
           facts[first + 2].isCapitalized {
            var known = span, other = span
            known.tokens = first..<first + 1
            other.tokens = first + 2..<span.tokens.upperBound
            known.isConfirmedByRule = true
            other.isConfirmedByRule = true
            spans.append(known)
            spans.append(other)
            return
        }
        // "[Dr Reena Mehra of Case Western Reserve University]ORG": a title only people take
        // opening the span, then a person's name of two or three words and "of", is the person and
        // what the rest names: the organization the tagger read, or a large place ("Governor
        // Robert Orr of Indiana").
        if span.tokens.count >= 5, CueWords.personalTitle.contains(facts[first].bare), facts[first].isCapitalized,
           let of = (first + 3...min(first + 4, span.tokens.upperBound - 2)).first(where: { facts[$0].bare == CueWords.of }),
           facts[of + 1].isCapitalized, looksLikePersonName(first + 1..<of) {
            var person = span, rest = span
            person.tokens = first + 1..<of
            person.type = .person
            person.isConfirmedByRule = true
            rest.tokens = of + 1..<span.tokens.upperBound
            if isLargePlace(rest.tokens) {
                // "Governor Robert Orr of Indiana".
                rest.type = .location
                rest.isConfirmedByRule = true
            } else {
                rest.isConfirmedByRule = rest.tokens.contains { CueWords.organization.contains(facts[$0].bare) }
            }
            spans.append(person)
            spans.append(rest)
            return
        }
        let titleOf = first >= 2 && facts[first - 1].bare == CueWords.of && !facts[first - 1].isCapitalized
        let ofTitle = titleOf && CueWords.departmentTitle.contains(facts[first - 2].bare)
        guard span.tokens.count >= 3 || ofTitle else {
            spans.append(span)
            return
        }
        // "Chairman of [AWB International Ian Donges]ORG": after any title and "of", a given name
        // and a known surname or a word the case lexicon has never seen end the firm's name (not
        // "vice president of Morgan Stanley International").
        let surname = facts[span.tokens.upperBound - 1].nameKey
        let firmOfTitle = titleOf && !ofTitle && CueWords.title.contains(facts[first - 2].bare)
            && (extractor.lexicon.isSurname(key: surname) || extractor.lexicon.lowerCaseShare(key: surname) == nil)
        for split in (first + 1)..<(ofTitle ? span.tokens.upperBound : span.tokens.upperBound - 1) {
            let before = facts[split - 1].bare
            let afterTitle = CueWords.title.contains(before) || CueWords.pluralTitle.contains(before)
            guard afterTitle || ofTitle || CueWords.organization.contains(before) || firmOfTitle && extractor.lexicon.isGivenName(key: facts[split].nameKey),
                  looksLikePersonName(split..<span.tokens.upperBound) else { continue }
            var organization = span, person = span
            organization.tokens = first..<(ofTitle ? first : afterTitle ? split - 1 : split)
            // "Associate Professor Steven Heine", "Treasury Assistant Secretary David Mulford": the
            // first word of a title of two is no organization's (21 over the news corpus).
            // "West German Finance Minister Gerhard Stoltenberg", "EC Farm Commissioner Frans
            // Andriessen", "Deputy Energy Minister": the portfolio before the title, a word news
            // also writes in lower case ("treasury" a fifth of the time), is the title's (CoNLL
            // marks none); a firm's name is not ("Newmont Secretary Roger Adams"), nor a body's kind
            // ("Wheat Board Minister") or a department's field ("Department of Energy Secretary").
            if afterTitle, CueWords.portfolioTitle.contains(before), let last = organization.tokens.last, last == split - 2,
               !facts[last].isAllCaps, !CueWords.fieldKind.contains(facts[last].bare),
               (extractor.lexicon.lowerCaseShare(key: facts[last].nameKey) ?? 0) >= 0.2,
               last == organization.tokens.lowerBound || facts[last - 1].bare != CueWords.of {
                organization.tokens = organization.tokens.dropLast()
            }
            // ("Moody's Vice President George W. Leung": "Vice" is the title's too.)
            while afterTitle, let last = organization.tokens.last, CueWords.titleModifier.contains(facts[last].bare) || facts[last].bare == CueWords.vice {
                organization.tokens = organization.tokens.dropLast()
            }
            person.tokens = split..<span.tokens.upperBound
            person.type = .person
            // "U.S. Treasury Secretary James Baker", "New York Governor Mario M. Cuomo": a
            // country's or a large place's name before a government's title is the place (not
            // before a firm's: "Goodyear Chairman Robert Mercer"; nor an acronym: "GAO").
            if afterTitle, CueWords.personalTitle.contains(before) || CueWords.portfolioTitle.contains(before) || CueWords.pluralTitle.contains(before),
               let head = organization.tokens.first, !facts[head].isAllCaps || document.tokens[head].kind == .abbreviation,
               isLargePlace(organization.tokens) { organization.type = .location }
            organization.isConfirmedByRule = true
            person.isConfirmedByRule = true
            if !organization.tokens.isEmpty { spans.append(organization) }
            spans.append(person)
            return
        }
        spans.append(span)
    }

    /// Capitalized words, none an organization word or connector, opening with a known given
    /// name, or made of words the case lexicon has never seen (foreign names: "Oleksandr Syrskyi");
    /// an initial may follow the first ("James D. Hodgson").
    private func looksLikePersonName(_ tokens: Range<Int>) -> Bool {
        guard tokens.allSatisfy({ facts[$0].isCapitalized && (!facts[$0].isAllCaps || $0 > tokens.lowerBound && isInitial($0))
            && !CueWords.organization.contains(facts[$0].bare) && !CueWords.nameConnector.contains(facts[$0].bare) }) else { return false }
        if extractor.lexicon.isGivenName(key: facts[tokens.lowerBound].nameKey) { return true }
        return tokens.allSatisfy { extractor.lexicon.lowerCaseShare(key: facts[$0].nameKey) == nil }
    }

    /// A last word that the document tags as a place on its own at least twice, after an
    /// acronym, is that place ("ISW Kupiansk"); "Air France" and "Bank of England" stay whole.
    private func splitKnownPlaces(_ spans: [EntitySpan]) -> [EntitySpan] {
        // Most documents have no such name: then the places need no counting (1.5 M
        // instructions per MB of news, most of it making the map).
        // (A loop, not `contains(where:)`, whose closure would copy the document's features.)
        var anyCandidate = false
        for span in spans where mayEndInPlace(span) { anyCandidate = true; break }
        guard anyCandidate else { return spans }
        var standalonePlaces = SmallKeyMap<Int>(capacity: spans.count)
        var anyPlace = false
        for span in spans where span.type == .location && span.tokens.count == 1 {
            let word = facts[span.tokens.lowerBound].identity
            standalonePlaces[word] = (standalonePlaces[word] ?? 0) + 1
            anyPlace = true
        }
        guard anyPlace else { return spans }
        var result: [EntitySpan] = []
        result.reserveCapacity(spans.count)
        for span in spans {
            guard mayEndInPlace(span), let last = span.tokens.last,
                  standalonePlaces[facts[last].identity] ?? 0 >= 2 else { result.append(span); continue }
            var name = span, place = span
            name.tokens = span.tokens.lowerBound..<last
            place.tokens = last..<last + 1
            place.type = .location
            name.isConfirmedByRule = true
            result.append(name)
            result.append(place)
        }
        return result
    }

    /// "[U.S. Treasury Secretary James]ORG [Baker]PERSON": an organization's run the tagger ended
    /// in a title and a given name, right before the person's surname it read apart (in documents
    /// whose headline had "BAKER" alone: 24 over the news corpus), is one run, which
    /// ``splitPersonAfterOrganization(_:into:)`` then splits as it would have the whole.
    private func endsInTitledGivenName(_ span: EntitySpan, before next: EntitySpan) -> Bool {
        let last = span.tokens.upperBound - 1
        guard span.tokens.count >= 2, next.type == .person, next.tokens.lowerBound == last + 1,
              CueWords.title.contains(facts[last - 1].bare) || CueWords.personalTitle.contains(facts[last - 1].bare),
              extractor.lexicon.isGivenName(key: facts[last].nameKey), spaced(last + 1) else { return false }
        return true
    }

    /// "[Geological Society of America in Philadelphia]ORG", "[Golden Temple in Amritsar]MISC",
    /// "[Venice Economic Summit in June]MISC": a name the tagger ran on through a lower-case "in"
    /// into a large place or a month ends before "in", and the place is one of its own; what
    /// ends in a structure's word there is the structure ("Golden Temple"). False, and nothing
    /// added, when the span has no such "in" (about 20 names over the news corpus had one, and
    /// joined to their fields after the split: "Washington University School of Medicine").
    private func splitAtPlaceOrMonth(_ span: EntitySpan, into spans: inout [EntitySpan]) -> Bool {
        let inWord = CueWords.in
        for index in span.tokens.lowerBound + 1..<span.tokens.upperBound - 1 where facts[index].bare == inWord && !facts[index].isCapitalized {
            // Not a name its acronym in parentheses then spells whole ("Rally for the Return of
            // Refugees and Democracy in Rwanda (RDR)").
            let after = span.tokens.upperBound
            if after + 1 < facts.count, document.token(document.tokens[after], equals: "("), facts[after + 1].isAllCaps { return false }
            let rest = index + 1..<span.tokens.upperBound
            let isMonth = rest.count == 1 && CueWords.month.contains(facts[index + 1].bare)
            guard isMonth || isLargePlace(rest) else { return false }
            var name = span
            name.tokens = span.tokens.lowerBound..<index
            if name.type == .miscellaneous, name.tokens.count > 1, CueWords.facility.contains(facts[index - 1].bare) { name.type = .location }
            spans.append(name)
            if !isMonth {
                var place = span
                place.tokens = rest
                place.type = .location
                place.isConfirmedByRule = true
                spans.append(place)
            }
            return true
        }
        return false
    }

    /// Two words not read as a place, the first in capitals, the second not ("ISW Kupiansk").
    private func mayEndInPlace(_ span: EntitySpan) -> Bool {
        span.type != .location && span.tokens.count == 2 && facts[span.tokens.lowerBound].isAllCaps
            && !facts[span.tokens.lowerBound + 1].isAllCaps
    }

    /// Token `index` follows the one before it after a space or two, on the same line.
    func spaced(_ index: Int) -> Bool {
        let gap = document.tokens[index - 1].span.bytes.upperBound..<document.tokens[index].span.bytes.lowerBound
        return (1...2).contains(gap.count) && gap.allSatisfy { document.bytes[$0] == 0x20 }
    }

    /// "RBC-Ukraine", "CNN-News": an acronym joined to a capitalized word is an outlet or company,
    /// not an adjective like "Anglo-French".
    /// (Its first test inlined: it is asked of every span, few of them one MISC word.)
    @inline(__always)
    private func isOutletName(_ span: EntitySpan) -> Bool {
        span.type == .miscellaneous && span.tokens.count == 1 && isOutletName(word: span.tokens.lowerBound)
    }

    private func isOutletName(word: Int) -> Bool {
        let bytes = document.bytes[document.tokens[word].span.bytes]
        // Without a hyphen byte there is no "-" to split at: no String needed.
        guard bytes.contains(UInt8(ascii: "-")) else { return false }
        // ASCII bytes split as their Characters do, and only the ASCII letters have a case: the
        // String and its Characters (0.9 M instructions per MB of news) only for other words.
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return SpanConventions.isAcronymThenWord(bytes.split(separator: UInt8(ascii: "-")), isUppercase: { $0 &- UInt8(ascii: "A") < 26 },
                                          isLowercase: { $0 &- UInt8(ascii: "a") < 26 })
        }
        return SpanConventions.isAcronymThenWord(document.text(of: document.tokens[word]).split(separator: "-"),
                                      isUppercase: \.isUppercase, isLowercase: \.isLowercase)
    }

    /// The cue lists ``trim(_:cues:)`` asks of most spans, read once per document: each read of
    /// a static is a call (35 k calls, 0.3 M instructions per MB of news).
    private struct TrimCues {
        let notAName = CueWords.notAName, greeting = CueWords.greeting, title = CueWords.title
        let personalTitle = CueWords.personalTitle, article = CueWords.article
    }

    /// (Inlined into its one caller, which asks it of every span.)
    @inline(__always)
    private func trim(_ span: EntitySpan, cues: TrimCues) -> EntitySpan? {
        var span = span
        // "Hi,", "FYI", "ASAP": greetings and the office's abbreviations name nothing.
        if span.tokens.count == 1, cues.notAName.contains(facts[span.tokens.lowerBound].bare), !isPostalCode(span.tokens.lowerBound) {
            return nil
        }
        // "III." heading a section, "phase III": a numeral alone names nothing (a ticker does: "<IV>").
        if span.tokens.count == 1, facts[span.tokens.lowerBound].isAllCaps, isRomanNumeral(span.tokens.lowerBound),
           span.tokens.lowerBound == 0 || !document.token(document.tokens[span.tokens.lowerBound - 1], is: UInt8(ascii: "<")) {
            return nil
        }
        // A review's title in title case read as an organization: "You" or "Your" after its first
        // word. (Spans of four words or more: titles of works, MISC, may address the reader.)
        if span.tokens.count >= 4, span.type != .miscellaneous, isTitleCaseSentence(span) { return nil }
        while span.tokens.count > 1, cues.greeting.contains(facts[span.tokens.lowerBound].bare) {
            span.tokens = span.tokens.dropFirst()
        }
        // "Chancellor Olaf Scholz" read as one organization: a title opening a person's name.
        if span.type != .person, span.tokens.count >= 3, cues.title.contains(facts[span.tokens.lowerBound].bare),
           looksLikePersonName(span.tokens.dropFirst()) {
            span.type = .person
            span.isConfirmedByRule = true
        }
        // "President Bush" read as a place, "[Cardinal Bernardin]ORG": a title only people take,
        // right before a name or two that are seldom common words or opening the span with them,
        // makes them a person's.
        // The title must be written as one ("MS Australia" is no Ms); inside the span, the
        // tagger's reading yields only to words seldom common and naming no place ("Admiral
        // Builders Savings", "King County" stay as they were).
        // (Asked of spans of one to three words not read as a person's: the others need no lookup.)
        let titleOpens = span.type != .person && (2...3).contains(span.tokens.count)
            && cues.personalTitle.contains(facts[span.tokens.lowerBound].bare)
        let name = titleOpens ? span.tokens.dropFirst() : span.tokens
        let commonShare = titleOpens ? 0.2 : 0.5
        if span.type != .person, name.count <= 2, name.lowerBound > 0, !facts[name.lowerBound - 1].isAllCaps,
           titleOpens || cues.personalTitle.contains(facts[name.lowerBound - 1].bare),
           name.allSatisfy({ facts[$0].isCapitalized && !facts[$0].isAllCaps && !CueWords.organization.contains(facts[$0].bare)
               && (extractor.lexicon.lowerCaseShare(key: facts[$0].nameKey) ?? 0) < commonShare }),
           !titleOpens || !name.contains(where: { CueWords.placeWord.contains(facts[$0].bare) }) {
            span.type = .person
            span.isConfirmedByRule = true
        }
        while span.tokens.count > 1 {
            let first = facts[span.tokens.lowerBound]
            let isArticle = cues.article.contains(first.bare)
            let isTitle = span.type == .person && cues.title.contains(first.bare)
            guard isArticle || isTitle else { break }
            span.tokens = span.tokens.dropFirst()
        }
        // "Mr President", "Madam Speaker": a form of address names no one ("Mr King" does).
        if span.type == .person, span.tokens.count == 1, span.tokens.lowerBound > 0,
           CueWords.addressedOffice.contains(facts[span.tokens.lowerBound].bare),
           cues.personalTitle.contains(facts[span.tokens.lowerBound - 1].bare) || facts[span.tokens.lowerBound - 1].bare == CueWords.madam {
            return nil
        }
        // "Congress I think", "All I want": the pronoun "I" before a verb ends no name, and a
        // common word left alone before it ("All", "Now", "Well") is none.
        if span.tokens.count > 1, let last = span.tokens.last, facts[last].bare == CueWords.pronounI,
           document.tokens[last].span.bytes.count == 1, last + 1 < facts.count, CueWords.afterPronoun.contains(facts[last + 1].bare) {
            span.tokens = span.tokens.dropLast()
            if span.tokens.count == 1, (extractor.lexicon.lowerCaseShare(key: facts[span.tokens.lowerBound].nameKey) ?? 0) >= 0.5 { return nil }
        }
        // "Reagan's veto of", "Act of", "Bank and the": a name ends in a capitalized word, never
        // in a clitic, punctuation or a lower-case connector the tagger ran on into, nor in an
        // e-mail address or a link ("McDermott mjmcdermott@hotmail.com" in a signature).
        // A name written all in lower case ("taco bell", in web text) is left as it is, and so is
        // a word joined by a hyphen ("U.S.-based").
        while let last = span.tokens.last,
              document.tokens[last].kind == .clitic || document.tokens[last].kind == .punctuation
                || document.tokens[last].kind == .email || document.tokens[last].kind == .url
                || span.tokens.count > 1 && facts[last].isWord && !facts[last].hasUppercase && facts[span.tokens.lowerBound].hasUppercase
                    && spaced(last) {
            // "Securities Act of 1934", "Group of 24": the year or number after "of" ends the name.
            if span.type != .person, span.tokens.count > 1, facts[last].bare == CueWords.of, last + 1 < facts.count,
               document.tokens[last + 1].kind == .number, spaced(last + 1) {
                span.tokens = span.tokens.lowerBound..<last + 2
                break
            }
            span.tokens = span.tokens.dropLast()
        }
        // "John Staikos Direct Dial: 203…", "[Phone]PERSON 410-468-3798": an e-mail signature's
        // contact words before a colon or a number are no part of the name before them.
        if span.type == .person, let last = span.tokens.last, CueWords.contactWord.contains(facts[last].bare), beginsContactDetail(last + 1) {
            while let last = span.tokens.last, CueWords.contactWord.contains(facts[last].bare) { span.tokens = span.tokens.dropLast() }
            if span.tokens.isEmpty { return nil }
        }
        if let last = span.tokens.last, span.tokens.count > 1, extractor.gazetteer.isDemonym(key: facts[last].nameKey),
           span.tokens.dropLast().allSatisfy({ (extractor.lexicon.lowerCaseShare(key: facts[$0].nameKey) ?? 0) >= 0.9 }) {
            // "Many Ukrainians" at a sentence start: common words before a demonym are not a name.
            span.tokens = last..<last + 1
            span.type = .miscellaneous
        }
        if span.type == .person, let numeral = regnalNumeral(after: span.tokens) { span.tokens = span.tokens.lowerBound..<numeral + 1 }
        return span.tokens.isEmpty ? nil : span
    }

    /// A colon, a number or a number in parentheses ("(713) 853-3242") at `index`: a contact line's
    /// detail.
    private func beginsContactDetail(_ index: Int) -> Bool {
        guard index < facts.count else { return false }
        let token = document.tokens[index]
        if token.kind == .number || document.token(token, is: UInt8(ascii: ":")) { return true }
        return index + 1 < facts.count && document.token(token, is: UInt8(ascii: "(")) && document.tokens[index + 1].kind == .number
    }

    /// "II", "XIV": a word of up to four of the capitals I, V and X.
    private func isRomanNumeral(_ index: Int) -> Bool {
        let bytes = document.tokens[index].span.bytes
        guard bytes.count <= 4, facts[index].isAllCaps, document.tokens[index].kind == .word else { return false }
        return document.bytes[bytes].allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
    }

    /// "Pope John Paul II", "Henry Ford II", "Queen Elizabeth I": a Roman numeral after a person's
    /// name is part of it; "I" only after a title ("King Baudouin I"), not the pronoun ("Bush I
    /// think"). The numeral's index, nil when there is none.
    func regnalNumeral(after name: Range<Int>) -> Int? {
        let next = name.upperBound
        guard next < facts.count, facts[next].isAllCaps, isRomanNumeral(next), spaced(next) else { return nil }
        if facts[next].bare == CueWords.pronounI {
            guard name.lowerBound > 0, CueWords.personalTitle.contains(facts[name.lowerBound - 1].bare),
                  next + 1 == facts.count || !CueWords.afterPronoun.contains(facts[next + 1].bare) else { return nil }
        }
        return next
    }

    /// "General Agreement on Tariffs and Trade (GATT)", "Ministry of International Trade and
    /// Industry (MITI)": an acronym the tagger read as an organization, in parentheses after
    /// capitalized words and connectors whose initials it is, names the organization they spell
    /// out, which the tagger had left out or cut at the connectors (467 such names over the news
    /// corpus, 58 of them GATT's).
    private func addAcronymExpansions(_ spans: inout [EntitySpan]) {
        let tokens = document.tokens, bytes = document.bytes
        var expansions: [EntitySpan] = []
        // Made at the first acronym that spells a name (most documents have none); the spans'
        // tokens do not change until the expansions are added.
        var overlaps: SpanOverlaps?
        for index in spans.indices {
            // By index, the cheapest test first: most spans have no parenthesis before them.
            let acronym = spans[index].tokens.lowerBound, open = acronym - 1
            guard open > 1, document.token(tokens[open], is: UInt8(ascii: "(")), spans[index].tokens.count == 1,
                  spans[index].type == .organization, acronym + 1 < tokens.count, facts[acronym].isAllCaps,
                  document.token(tokens[acronym + 1], is: UInt8(ascii: ")")), spaced(open) else { continue }
            let letters = tokens[acronym].span.bytes
            guard (2...6).contains(letters.count) else { continue }
            // Back from the parenthesis, a word's initial for each letter of the acronym, from its last.
            var matched = 0, start = open, word = open - 1
            while word >= 0, matched < letters.count {
                if facts[word].isCapitalized, tokens[word].kind == .word {
                    guard bytes[tokens[word].span.bytes.lowerBound] == bytes[letters.upperBound - 1 - matched] else { break }
                    matched += 1
                    start = word
                } else if facts[word].isCapitalized || !CueWords.nameConnector.contains(facts[word].bare) {
                    break
                }
                guard word > 0, spaced(word) else { break }
                word -= 1
            }
            guard matched == letters.count, open - start >= 2 else { continue }
            // The names the tagger found in it go; one that runs out of it leaves it as it was.
            let expansion = start..<open
            if overlaps == nil { overlaps = SpanOverlaps(spans) }
            guard overlaps!.firstIndex(overlapping: expansion, where: {
                spans[$0].tokens.lowerBound < start || spans[$0].tokens.upperBound > open || spans[$0].tokens == expansion
            }) == nil else { continue }
            var span = EntitySpan(type: .organization, tokens: expansion, confidence: spans[index].confidence)
            span.isConfirmedByRule = true
            if CueWords.measure.contains(facts[open - 1].bare) {
                // "Retail Price Index (RPI)": a measure, no organization, and so is its acronym.
                span.type = .miscellaneous
                spans[index].type = .miscellaneous
            }
            expansions.append(span)
        }
        guard !expansions.isEmpty else { return }
        let covering = SpanOverlaps(expansions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound })
        spans.removeAll { covering.covers($0.tokens) }
        spans = (spans + expansions).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Institute for the Study of War (ISW)": the letters of the acronym are the initials of
    /// the expansion's capitalized words, so the acronym takes the expansion's type.
    private func addParenthesizedAcronyms(_ spans: inout [EntitySpan]) {
        let tokens = document.tokens
        // The first span holding the acronym, as a pass over them all would find it, from the
        // spans' first ranges (`overlaps`, made at the first acronym) and the one-token spans
        // this loop makes (`remade`: the first one of each token; the spans remade have left
        // their first ranges). A pass over all spans for each acronym was quadratic in a long
        // document.
        var overlaps: SpanOverlaps?
        var remade: [Int: Int] = [:], left = Set<Int>()
        func firstHolding(_ token: Int, in spans: [EntitySpan]) -> Int? {
            if overlaps == nil { overlaps = SpanOverlaps(spans) }
            let first = overlaps!.firstIndex(overlapping: token..<token + 1) { !left.contains($0) }
            guard let again = remade[token] else { return first }
            return min(first ?? again, again)
        }
        for (position, expansion) in spans.enumerated() where expansion.tokens.count > 1 {
            let open = expansion.tokens.upperBound
            guard open + 2 < tokens.count, document.token(tokens[open], is: UInt8(ascii: "(")),
                  document.token(tokens[open + 2], is: UInt8(ascii: ")")), facts[open + 1].isAllCaps else { continue }
            guard SpanConventions.isAcronym(open + 1, of: expansion, document: document, facts: facts) else { continue }
            spans[position].isConfirmedByRule = true
            if let existing = firstHolding(open + 1, in: spans) {
                if existing < overlaps!.count, spans[existing].tokens != open + 1..<open + 2 { left.insert(existing) }
                remade[open + 1] = min(remade[open + 1] ?? existing, existing)
                spans[existing].tokens = open + 1..<open + 2
                spans[existing].type = expansion.type
                spans[existing].isConfirmedByRule = true
            } else {
                var acronym = EntitySpan(type: expansion.type, tokens: open + 1..<open + 2, confidence: expansion.confidence)
                acronym.isConfirmedByRule = true
                remade[open + 1] = remade[open + 1] ?? spans.count
                spans.append(acronym)
            }
        }
        // Sorted only when out of order: most documents have no such acronym, and the sort,
        // stable, leaves spans in order as they were.
        if zip(spans, spans.dropFirst()).contains(where: { $0.tokens.lowerBound > $1.tokens.lowerBound }) {
            spans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }
}

/// The conventions' tests that read no document features of their own.
enum SpanConventions {
    /// Two parts, the first two or more capitals, the second a capital and lower-case letters.
    fileprivate static func isAcronymThenWord<Part: Collection>(_ parts: [Part], isUppercase: (Part.Element) -> Bool,
                                                              isLowercase: (Part.Element) -> Bool) -> Bool {
        guard parts.count == 2, parts[0].count >= 2, parts[0].allSatisfy(isUppercase),
              let initial = parts[1].first, isUppercase(initial), parts[1].dropFirst().allSatisfy(isLowercase) else { return false }
        return true
    }

    /// Whether the token at `index` is written as the initials of `expansion`'s capitalized words
    /// ("RBC-Ukraine" counts twice: R, U).
    static func isAcronym(_ index: Int, of expansion: EntitySpan, document: Document, facts: [TokenFacts]) -> Bool {
        guard facts[index].isAllCaps, expansion.tokens.count > 1 else { return false }
        if let isAcronym = isASCIIAcronym(index, of: expansion, document: document, facts: facts) { return isAcronym }
        var letters = ""
        for member in expansion.tokens where facts[member].isCapitalized {
            for part in document.text(of: document.tokens[member]).split(separator: "-") {
                if let first = part.first, first.isUppercase { letters.append(first) }
            }
        }
        return document.text(of: document.tokens[index]) == letters
    }

    /// ``isAcronym(_:of:document:facts:)`` read off the bytes when the acronym and the words it
    /// would spell are ASCII (their Characters are their bytes, an ASCII capital is the only
    /// capital among them, and equal Strings of ASCII are equal bytes), nil for other text: the
    /// Strings, their splits and Characters were some 15,000 instructions per acronym.
    private static func isASCIIAcronym(_ index: Int, of expansion: EntitySpan, document: Document, facts: [TokenFacts]) -> Bool? {
        let bytes = document.bytes, acronym = document.tokens[index].span.bytes
        guard bytes[acronym].allSatisfy({ $0 < 0x80 }) else { return nil }
        var next = acronym.lowerBound
        for member in expansion.tokens where facts[member].isCapitalized {
            let word = document.tokens[member].span.bytes
            guard bytes[word].allSatisfy({ $0 < 0x80 }) else { return nil }
            // The first byte of each part between hyphens, if a capital, is the next letter.
            var startsPart = true
            for position in word {
                let byte = bytes[position]
                if startsPart && byte &- UInt8(ascii: "A") < 26 {
                    guard next < acronym.upperBound, bytes[next] == byte else { return false }
                    next += 1
                }
                startsPart = byte == UInt8(ascii: "-")
            }
        }
        return next == acronym.upperBound
    }
}
