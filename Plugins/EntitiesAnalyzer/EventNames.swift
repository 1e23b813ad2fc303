import Gazetteer
import TextAnalysis

/// The names of sporting events: a place's, a people's or a sponsor's name before "Open",
/// "Classic", "Cup" and their like.
extension DocumentFeatures {
    /// "the Hong Kong Open", "the Australian Open", "the 1993 BellSouth Classic", "the Monaco
    /// Grand Prix": a name before a tournament's word is the tournament's (MISC, OntoNotes EVENT),
    /// which the tagger cut before the word ("[Hong Kong]GPE [Open]MISC", 4 times in the CoNLL
    /// development set) or read as the sponsor ("[BellSouth Classic]ORG"). In mixed case only: a
    /// headline's "LONDON OPEN" may be a verb's. Not a person's name ("Tiger Woods Open" is none).
    func joinEventNames(_ spans: inout [EntitySpan]) {
        let events = CueWords.event // read once: each read of a static is a call
        var emptied = false
        for index in spans.indices where spans[index].type != .person && !spans[index].tokens.isEmpty {
            let end = spans[index].tokens.upperBound
            if end < facts.count, facts[end].isCapitalized, events.contains(facts[end].bare), !facts[end].isAllCaps, spaced(end),
               !facts[end - 1].isAllCaps {
                // The event's word, and "Prix" after "Grand".
                var stop = end + 1
                if facts[end].bare == CueWords.grand {
                    guard stop < facts.count, facts[stop].bare == CueWords.prix, facts[stop].isCapitalized, spaced(stop) else { continue }
                    stop += 1
                }
                // A one-word name the tagger made of the event's word alone ("[Open]MISC") joins.
                if index + 1 < spans.count, spans[index + 1].tokens.lowerBound < stop {
                    guard spans[index + 1].tokens.upperBound <= stop else { continue }
                    spans[index + 1].tokens = stop..<stop
                    emptied = true
                }
                spans[index].tokens = spans[index].tokens.lowerBound..<stop
                spans[index].type = .miscellaneous
                spans[index].isConfirmedByRule = true
            } else if spans[index].type == .organization, spans[index].tokens.count > 1, events.contains(facts[end - 1].bare),
                      facts[end - 1].bare != CueWords.grand, !facts[end - 1].isAllCaps {
                spans[index].type = .miscellaneous
            }
        }
        if emptied { spans.removeAll { $0.tokens.isEmpty } }
        retypeToursAndFires(&spans)
    }

    /// "closed for [Columbus Day]PERSON", "on [Labor Day]ORG", "the Memorial Day weekend": a name
    /// ending in "Day" after a preposition of time, or before a holiday's weekend or parade, is the
    /// holiday (MISC, as CoNLL marks "Labor Day" and "Independence Day"), not the person or body
    /// the tagger read in its first word. A person named Day is written without the preposition
    /// ("Doris Day sang", "Jason Day won"); a name in capitals is a headline's, whose case says
    /// nothing.
    func isHoliday(_ span: EntitySpan) -> Bool {
        let last = facts[span.tokens.upperBound - 1]
        guard last.isCapitalized, !last.isAllCaps else { return false }
        let first = span.tokens.lowerBound, next = span.tokens.upperBound
        return first > 0 && CueWords.beforeHoliday.contains(facts[first - 1].bare) && !facts[first - 1].isCapitalized
            || next < facts.count && CueWords.afterHoliday.contains(facts[next].bare) && !facts[next].isCapitalized
    }

    /// "Taylor Swift's [Eras Tour]PERSON", "the band's [Farewell Tour]ORG": a name ending in "Tour"
    /// is a concert tour's or a race's, an event (MISC); not a tour's organizer, named by an
    /// acronym ("the PGA Tour", "the ATP Tour": ORG). So is a wildfire's name after "the" ("the
    /// [Eaton Fire]ORG had burned", "the Camp Fire"; "Cal Fire" is the agency).
    private func retypeToursAndFires(_ spans: inout [EntitySpan]) {
        let tour = CueWords.tour, fire = CueWords.fire
        for index in spans.indices where spans[index].type != .miscellaneous && spans[index].tokens.count >= 2 {
            let tokens = spans[index].tokens, last = facts[tokens.upperBound - 1]
            guard last.bare == tour || last.bare == fire && tokens.lowerBound > 0 && facts[tokens.lowerBound - 1].bare == CueWords.the,
                  last.isCapitalized, !last.isAllCaps,
                  !tokens.dropLast().contains(where: { facts[$0].isAllCaps }) else { continue }
            spans[index].type = .miscellaneous
            spans[index].isConfirmedByRule = true
        }
    }

    /// "the Greater Milwaukee Open Thursday", "told Reuters Friday", "Clayton Yeutter Monday": a
    /// day of the week the tagger ran a name on into is the date's, not the name's (20 such over
    /// the news corpus). Not a day a common word names with ("Good Friday", "Black Monday", "Ash
    /// Wednesday").
    func dropTrailingWeekdays(_ spans: inout [EntitySpan]) {
        let weekday = CueWords.weekday
        for index in spans.indices {
            let tokens = spans[index].tokens, last = tokens.upperBound - 1
            guard tokens.count > 1, weekday.contains(facts[last].bare), facts[last].isCapitalized, !facts[last].isAllCaps else { continue }
            if tokens.count == 2, (extractor.lexicon.lowerCaseShare(key: facts[last - 1].nameKey) ?? 0) >= 0.5 { continue }
            spans[index].tokens = tokens.lowerBound..<last
        }
    }
}
