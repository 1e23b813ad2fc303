import Gazetteer
import TextAnalysis

/// The span conventions that split a place off a longer span (see ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``):
/// a place the document names on its own glued to the end of a name ("ISW Kupiansk"), a name
/// run on through "in" into a place or a month ("Geological Society of America in
/// Philadelphia"), and a city before a state's postal code ("Houston TX").
extension DocumentFeatures {
    /// A place ending in a state's postal code after a city of mixed case ("Houston TX", "San
    /// Rafael Ca"): two places, the city and the state, as UNER's annotators mark them; the
    /// tagger, trained on news that writes "Houston, Texas", took them as one name. Not after an
    /// initial ("W. VA", West Virginia), in a headline's capitals ("HOUSTON TX") nor where the
    /// code is a company's "Co" ("Santa Fe Railway Co", which the tagger can read as a place).
    func endsInStateCode(_ span: EntitySpan) -> Bool {
        let code = span.tokens.upperBound - 1
        guard document.tokens[code].span.bytes.count == 2, CueWords.stateCode.contains(facts[code].bare),
              facts[code].isCapitalized, spaced(code), !CueWords.legalForm.contains(facts[code].bare) else { return false }
        let city = code - 1
        return facts[city].isCapitalized && !facts[city].isAllCaps && document.tokens[city].span.bytes.count >= 3
    }

    func splitStateCode(_ span: EntitySpan, into spans: inout [EntitySpan]) {
        var city = span, state = span
        city.tokens = span.tokens.lowerBound..<(span.tokens.upperBound - 1)
        state.tokens = (span.tokens.upperBound - 1)..<span.tokens.upperBound
        state.isConfirmedByRule = true
        spans.append(city)
        spans.append(state)
    }

    /// A last word that the document tags as a place on its own at least twice, after an
    /// acronym, is that place ("ISW Kupiansk"); "Air France" and "Bank of England" stay whole.
    func splitKnownPlaces(_ spans: [EntitySpan]) -> [EntitySpan] {
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

    /// "[Geological Society of America in Philadelphia]ORG", "[Golden Temple in Amritsar]MISC",
    /// "[Venice Economic Summit in June]MISC": a name the tagger ran on through a lower-case "in"
    /// into a large place or a month ends before "in", and the place is one of its own; what
    /// ends in a structure's word there is the structure ("Golden Temple"). False, and nothing
    /// added, when the span has no such "in" (about 20 names over the news corpus had one, and
    /// joined to their fields after the split: "Washington University School of Medicine").
    func splitAtPlaceOrMonth(_ span: EntitySpan, into spans: inout [EntitySpan]) -> Bool {
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
}
