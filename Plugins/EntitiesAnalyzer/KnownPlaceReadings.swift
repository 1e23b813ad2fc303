import Gazetteer
import TextAnalysis

/// Places the gazetteer knows that the tagger doubted (and perhaps mistyped), where the words
/// around them or in them say place:
/// - after a locative preposition in lower case, a large place's name ("ski resorts near Reno",
///   "workers moved to Fargo": the tagger had Reno a person at 0.49 and Fargo a place at 0.52,
///   both dropped under the threshold);
/// - a name the gazetteer knows whole that begins or ends in a feature's word ("the South China
///   Sea", MISC at 0.56) or ends in "County" ("Erie County", an organization at 0.45).
/// Not a name the document gives a person elsewhere ("Janet Reno ... spoke to Reno").
extension DocumentFeatures {
    @inline(never)
    func confirmKnownPlaces(_ spans: inout [EntitySpan], minimumConfidence: Float) {
        let locative = CueWords.locative, location = CueWords.location, county = CueWords.county
        // Only what the tagger doubted: a confident organization there is a club ("transferred
        // to Milan", "Ross County 3 0 0"), as CoNLL's sports pages read it.
        for index in spans.indices where !spans[index].isConfirmedByRule && spans[index].confidence < minimumConfidence {
            let tokens = spans[index].tokens, first = tokens.lowerBound, last = tokens.upperBound - 1
            guard facts[first].isCapitalized, !facts[first].isAllCaps else { continue }
            let afterLocative = first > 0 && locative.contains(facts[first - 1].bare) && !facts[first - 1].isCapitalized
            let typeWord = tokens.count >= 2 && (location.contains(facts[first].bare) || location.contains(facts[last].bare) || facts[last].bare == county)
            guard afterLocative || typeWord || spans[index].type == .location,
                  tokens.allSatisfy({ facts[$0].isCapitalized && document.tokens[$0].kind == .word }) else { continue }
            if !afterLocative && !typeWord {
                // "Antigua was awesome.", "Fantastic Nova Scotia Cottage" read as a place but doubted:
                // a country's or a first-level division's whole name is that place, though no
                // preposition says so; not a given name ("Jordan", "Georgia"), nor a word of a longer
                // name ("Washington Monthly", "Tehran's Palestine Contemporary Art Museum", "the Gulf
                // of Mexico", "the Economic Commission for Africa"), a one-word name news often writes in lower case ("Bar", "Eastern", the airline)
                // or a compass point ("the West"), nor a word of a firm's name in the document
                // ("Bethlehem" after "Bethlehem Steel").
                let next = last + 1
                guard isLargePlace(tokens, countryOrState: true), tokens.count > 1 || !extractor.lexicon.isGivenName(key: facts[first].nameKey),
                      tokens.count > 1 || isSeldomCommon(tokens), !tokens.contains(where: { CueWords.compassPoint.contains(facts[$0].bare) }),
                      first < 2 || !CueWords.nameConnector.contains(facts[first - 1].bare) || !facts[first - 2].isCapitalized,
                      next >= facts.count || !facts[next].isCapitalized && facts[next].bare != CueWords.of || sentence(holding: next) != sentence(holding: last),
                      first == 0 || !facts[first - 1].isCapitalized || sentence(holding: first - 1) != sentence(holding: first),
                      !isWordOfOrganizationName(facts[last].identity, spans) else { continue }
            } else if afterLocative {
                // Not a direction or a nationality alone ("checks to Eastern", the airline), nor the
                // start of a longer name ("accepted to Oregon State"); a day or a month may follow
                // ("in Vienna Saturday"), and so may the next sentence.
                let next = last + 1
                guard next >= facts.count || !facts[next].isCapitalized || CueWords.weekday.contains(facts[next].bare)
                        || CueWords.month.contains(facts[next].bare) || sentence(holding: next) != sentence(holding: last),
                      isLargePlace(tokens),
                      tokens.count > 1 || !CueWords.directionAdjective.contains(facts[first].bare)
                        && !extractor.gazetteer.isDemonym(key: facts[first].nameKey) else { continue }
            } else {
                guard let place = placeReading(tokens), place.isPolitical || tokens.count >= 2 else { continue }
            }
            let surname = facts[last].identity
            if spans.contains(where: { $0.type == .person && $0.tokens.count > 1 && facts[$0.tokens.upperBound - 1].identity == surname }) { continue }
            spans[index].type = .location
            spans[index].isConfirmedByRule = true
        }
    }

    /// Whether a word is one of an organization's name of several words in the document
    /// ("Bethlehem" in "Bethlehem Steel"). Asked of the few doubted places only.
    private func isWordOfOrganizationName(_ word: UInt64, _ spans: [EntitySpan]) -> Bool {
        spans.contains { span in
            span.type == .organization && span.tokens.count > 1 && span.tokens.contains { facts[$0].identity == word }
        }
    }
}
