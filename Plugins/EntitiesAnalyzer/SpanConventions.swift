import Gazetteer
import TextAnalysis

/// The span conventions (`Tests/EntitiesAnalyzerTests/Resources/CONVENTIONS.md`), in the order they are applied to the tagger's spans
/// (``applyConventions(to:minimumConfidence:scratch:)``). Each convention lives in a file named
/// for it:
/// - SpanTrimming: a leading "the", a title or role before a person's name, a possessive clitic
///   and what no name ends in stay outside.
/// - TitleSplits: a person's name run on after an organization or a title ("the Armed Forces
///   Oleksandr Syrskyi", "Fed Chair Jerome Powell").
/// - PlaceSplits: a place glued to a name ("ISW Kupiansk", "... in Philadelphia", "Houston TX").
/// - OrganizationConventions, OutletNames, LawNames: bodies, firms, newspapers and outlets
///   ("RBC-Ukraine"), laws and treaties.
/// - PersonConventions, GroupsOfPeople: people's names and groups of people (NORP).
/// - SaintNames: "St" before a name, and a saint's church ("St Peter's Basilica").
/// - PlaceConventions, FacilityConventions: datelines, country codes, states, features of
///   places; buildings, landmarks and facilities.
/// - AcronymConventions: an acronym in parentheses after its expansion ("Institute for the
///   Study of War (ISW)") is an entity of the same type.
/// - RepeatedNames, TypeAgreement: what one mention of a name tells of the others.
/// - BodyNamesWithConnectors, SpeakingNames, WordAcronyms: bodies named for their field ("the
///   Council on Foreign Relations"), other names that speak ("American Express said"), "WHO".
/// - ParenthesisSplits: no name runs through one side of a parenthesis.
/// - MarketIndexNames: "the S&P 500", "the Nikkei 225".
/// Names, companies, web text, events, fields, saints and teams have files of their own as well
/// (NameConventions, CompanyConventions, ListedOrganizations, WebTextConventions, EventNames,
/// FieldNames, SaintNames, TeamNames).
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
            if span.tokens.count >= 2, splitAfterCompoundModifier(span, into: &trimmed) { continue }
            if span.tokens.count >= 3, span.type != .location, splitAtPlaceOrMonth(span, into: &trimmed) { continue }
            if span.type == .location, span.tokens.count >= 2, endsInStateCode(span) {
                splitStateCode(span, into: &trimmed)
            } else {
                if span.type == .organization, index + 1 < spans.count, endsInTitledGivenName(span, before: spans[index + 1]) {
                    span.tokens = span.tokens.lowerBound..<spans[index + 1].tokens.upperBound
                    joinedNext = true
                } else if span.type == .organization, endsInTitledGivenName(span, beforeUntagged: index + 1 < spans.count ? spans[index + 1].tokens.lowerBound : facts.count) {
                    span.tokens = span.tokens.lowerBound..<span.tokens.upperBound + 1
                }
                splitPersonAfterOrganization(span, into: &trimmed)
            }
        }
        trimmed = splitKnownPlaces(trimmed)
        addUntaggedParticleNames(&trimmed)
        trimmed = joinNameParticles(trimmed)
        joinSaintNames(&trimmed)
        joinFieldNames(&trimmed)
        extendFieldNames(&trimmed)
        dropTrailingWeekdays(&trimmed)
        joinEventNames(&trimmed)
        joinMarketIndexNames(&trimmed)
        joinTeamNames(&trimmed)
        joinPlaceUtilities(&trimmed)
        addTitledNames(&trimmed)
        addCoordinatedGivenNames(&trimmed)
        addStateAbbreviations(&trimmed)
        addWordAcronyms(&trimmed)
        if !scratch.knownStructures.isEmpty { addKnownStructures(&trimmed, from: scratch.knownStructures) }
        let cues = CapitalsBeforeCues(capitals: uppercase.tokens, facts: facts)
        addNamesBeforeFacilityNouns(&trimmed, cues: cues)
        addBodyNamesWithConnectors(&trimmed, cues: cues)
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
            if trimmed[index].type == .organization, !trimmed[index].isConfirmedByRule, isPortOrFortTown(trimmed[index]) {
                trimmed[index].type = .location
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
                } else if markShipName(&trimmed[index]) {
                } else if let name = stormName(&trimmed[index], stormWord: first - 1) {
                    storms.append(name)
                }
            } else if trimmed[index].tokens.count == 2, isStormWord(first), let name = stormName(&trimmed[index], stormWord: first) {
                storms.append(name)
            }
        }
        for index in absorbed.reversed() { trimmed.remove(at: index) }
        retypeByLastWord(&trimmed)
        retypeUndertakingsAndLabor(&trimmed)
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
        extendToListedNames(&trimmed)
        retypeListedOrganizations(&trimmed, minimumConfidence: minimumConfidence)
        addUntaggedListedOrganizations(&trimmed, cues: cues)
        retypeSpeakingOtherNames(&trimmed)
        retypePrefixedGivenNames(&trimmed)
        addBodiesBeforeTitles(&trimmed)
        confirmKnownPlaces(&trimmed, minimumConfidence: minimumConfidence)
        joinPlaceNamedPeople(&trimmed)
        joinShipNames(&trimmed)
        agreeOnTypes(&trimmed, scratch: scratch)
        // After the votes, which the tagger's doubtful readings of the name would sway
        // ("Borg-Warner" as a place).
        if !scratch.companies.isEmpty { addCompanyMentions(&trimmed, companies: scratch.companies, index: scratch.companyIndex, minimumConfidence: minimumConfidence) }
        confirmRepeatedNames(&trimmed, minimumConfidence: minimumConfidence, scratch: scratch)
        if !storms.isEmpty { markStorms(&trimmed, names: storms) }
        if capsLines.contains(true) { retypeHeadlineCompanies(&trimmed) }
        confirmDatelineSubjects(&trimmed, minimumConfidence: minimumConfidence)
        splitMakersFromModels(&trimmed)
        addCompanionNames(&trimmed)
        // The web text's file names and titles of common words, asked only of the names kept. (A
        // loop, not `removeAll`: its closure, outlined, copied the document's features.)
        var kept = 0
        confirmDoubtedGivenNames(&trimmed, minimumConfidence: minimumConfidence, storms: storms)
        for index in trimmed.indices {
            let span = trimmed[index]
            if span.confidence < minimumConfidence && !span.isConfirmedByRule || isInFileName(span) || isInCommonWordsLine(span)
                || isEmphasisCapitals(span) { continue }
            trimmed[kept] = span
            // Among the names kept only: earlier, the firm's unconfirmed reading fell below the
            // confidence the person's had been confirmed with ("Cray Research", "Arafura Resources").
            if span.type == .person, !span.isConfirmedByRule, isFirmNamedByCommonWord(span) { trimmed[kept].type = .organization }
            kept += 1
        }
        trimmed.removeLast(trimmed.count - kept)
        addHeadlineMentions(&trimmed)
        addLowerCasePlaces(&trimmed)
        addAddressedNames(&trimmed)
        splitAtUnbalancedParentheses(&trimmed)
        return trimmed
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

    /// A span of one word that `words` lists: a news agency ("REUTER", "Xinhua"), a company
    /// younger than the model ("Google"), a product ("Firefox"); see ``CueWords``.
    @inline(__always)
    private func isOneWord(_ span: EntitySpan, of words: CueSet) -> Bool {
        span.tokens.count == 1 && words.contains(facts[span.tokens.lowerBound].bare)
    }

    /// Whether no white space separates the two tokens.
    func isJoined(_ first: Int, _ second: Int) -> Bool {
        document.tokens[first].span.bytes.upperBound == document.tokens[second].span.bytes.lowerBound
    }

    /// Token `index` follows the one before it after a space or two, on the same line.
    func spaced(_ index: Int) -> Bool {
        let gap = document.tokens[index - 1].span.bytes.upperBound..<document.tokens[index].span.bytes.lowerBound
        return (1...2).contains(gap.count) && gap.allSatisfy { document.bytes[$0] == 0x20 }
    }
}

extension DocumentFeatures {
    /// The conventions read off a name's last word and the word around it, in one pass (a pass
    /// over the spans of their own each, or tests in the loop of ``applyConventions(to:minimumConfidence:scratch:)``,
    /// cost more than the tests): "the World Economic Forum" (ORG), "near Union Square" (FAC),
    /// "the Reagan Administration" (the person), "closed for Columbus Day" (MISC), "the Free
    /// Democrats" (one name).
    func retypeByLastWord(_ spans: inout [EntitySpan]) {
        let forum = CueWords.forum, administration = CueWords.administration, day = CueWords.day
        let facility = CueWords.facility, venue = CueWords.venue, partyMembers = CueWords.partyMembersNamed
        for index in spans.indices {
            let span = spans[index]
            let lastWord = facts[span.tokens.upperBound - 1].bare
            if span.tokens.count == 1 {
                if partyMembers.contains(lastWord) { joinPartyCreed(&spans, at: index) }
                continue
            }
            switch span.type {
            case .miscellaneous:
                if lastWord == forum, facts[span.tokens.upperBound - 1].isCapitalized {
                    // "the World Economic Forum", "the Boao Forum": the body that holds the
                    // meeting, an organization, as OntoNotes marks it; the tagger read the meeting.
                    spans[index].type = .organization
                }
            case .organization:
                if lastWord == day {
                    if isHoliday(span) { spans[index].type = .miscellaneous; spans[index].isConfirmedByRule = true }
                } else if lastWord == administration {
                    if isAdministrationOfPerson(span) {
                        // Not confirmed: the tagger's doubt stays ("[Martime Administration]ORG", a typo's agency).
                        spans[index].tokens = span.tokens.lowerBound..<span.tokens.lowerBound + 1
                        spans[index].type = .person
                    }
                } else if facility.contains(lastWord) || venue.contains(lastWord), !span.isConfirmedByRule, isPlaceNearStructure(span) {
                    spans[index].type = .location
                }
            case .person:
                if lastWord == day, isHoliday(span) { spans[index].type = .miscellaneous; spans[index].isConfirmedByRule = true }
            default:
                break
            }
        }
    }
}

