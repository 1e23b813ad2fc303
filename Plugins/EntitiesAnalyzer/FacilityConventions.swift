import Gazetteer
import TextAnalysis

/// The span conventions about buildings, landmarks and facilities (FAC; see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``): a structure's word
/// ending a name, a structure the gazetteer knows, a name before a facility's lower-case noun
/// ("Evin prison").
extension DocumentFeatures {
    /// "Rashtrapati Bhavan", "Buckingham Palace", "Howrah Bridge": capitalized words in mixed case
    /// ending in a structure's word (``CueWords/facility``), which the tagger read as a place but
    /// doubted for want of the name's first words (at 0.44 to 0.69), are the place all the same.
    /// Not where the name runs on ("the United States House of Representatives", "a New York
    /// House Democrat"), nor a parliament's chamber ("the Lower House").
    func isStructureName(_ span: EntitySpan) -> Bool {
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
    func isKnownStructure(_ span: EntitySpan, among knownStructures: [Range<Int>]) -> Bool {
        let first = span.tokens.lowerBound, last = span.tokens.upperBound - 1
        // The extractor's list, empty in most documents: no gazetteer lookup per span.
        guard knownStructures.contains(span.tokens) else { return false }
        guard facts[first].isCapitalized, facts[last].isCapitalized else { return false }
        if last + 1 < facts.count, facts[last + 1].isCapitalized, document.tokens[last + 1].kind == .word { return false }
        return span.tokens.allSatisfy {
            facts[$0].isCapitalized && !facts[$0].isAllCaps && document.tokens[$0].kind == .word || CueWords.nameConnector.contains(facts[$0].bare)
        }
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
    /// lower case more often ("State prison", "Military hospital"), nor a level of government
    /// alone, which news capitalizes more often ("Federal airport legislation").
    func isNameBeforeFacilityNoun(_ tokens: Range<Int>) -> Bool {
        guard CueWords.startsFacilityNoun(at: tokens.upperBound, facts: facts) else { return false }
        // "Federal airport legislation": a level of government alone is the facility's kind.
        if tokens.count == 1, CueWords.facilityKind.contains(facts[tokens.lowerBound].bare) { return false }
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

    /// "a Thai restaurant near [Union Square]ORG", "the protest outside [Lincoln Center]ORG": an
    /// organization's name ending in a structure's or a venue's word, after a preposition only
    /// places take ("near", "outside", "behind", "opposite", "beside", "around"), is the place
    /// (FAC); a firm or a body is not near anything. Not after "by", "at" or "in", which bodies
    /// take ("a study by the Pew Research Center", "works at the Carter Center").
    func isPlaceNearStructure(_ span: EntitySpan) -> Bool {
        let last = facts[span.tokens.upperBound - 1].bare
        guard span.tokens.count >= 2, CueWords.facility.contains(last) || CueWords.venue.contains(last) else { return false }
        var before = span.tokens.lowerBound - 1
        if before >= 0, facts[before].bare == CueWords.the { before -= 1 }
        return before >= 0 && !facts[before].isCapitalized && CueWords.placeOnlyPreposition.contains(facts[before].bare)
    }
}
