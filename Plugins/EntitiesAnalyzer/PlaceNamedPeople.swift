import Gazetteer
import TextAnalysis

/// "Jordan Peterson", "Georgia O'Keeffe", "Chad Smith": a place's name that is also a given name,
/// read as the place alone, before a capitalized surname no span holds, is the first word of a
/// person's name (the tagger read the country or the state and left the surname out).
/// Not before a place's or a facility's word ("Lincoln Park", "Victoria Station"), a month, a
/// day or a title ("China June", "London Monday", "Florida Judge"), a place ("Georgia
/// Armenia"), or a name in capitals; not across a sentence's end.
extension DocumentFeatures {
    @inline(never)
    func joinPlaceNamedPeople(_ spans: inout [EntitySpan]) {
        let placeWord = CueWords.placeWord
        for index in spans.indices where spans[index].type == .location && spans[index].tokens.count == 1 {
            let given = spans[index].tokens.lowerBound, surname = given + 1
            guard surname < facts.count, facts[given].isCapitalized, !facts[given].isAllCaps,
                  facts[surname].isCapitalized, !facts[surname].isAllCaps, document.tokens[surname].kind == .word, spaced(surname),
                  index + 1 >= spans.count || spans[index + 1].tokens.lowerBound > surname,
                  !placeWord.contains(facts[surname].bare), !CueWords.month.contains(facts[surname].bare),
                  !CueWords.weekday.contains(facts[surname].bare), !CueWords.title.contains(facts[surname].bare),
                  extractor.lexicon.isGivenName(key: facts[given].nameKey), extractor.lexicon.isSurname(key: facts[surname].nameKey),
                  placeReading(surname..<surname + 1) == nil,
                  sentence(holding: given) == sentence(holding: surname) else { continue }
            // (Not a run that goes on: "Jordan Valley Authority" is no person.)
            if surname + 1 < facts.count, facts[surname + 1].isCapitalized, spaced(surname + 1) { continue }
            spans[index].tokens = given..<surname + 1
            spans[index].type = .person
            spans[index].isConfirmedByRule = true
        }
    }
}
