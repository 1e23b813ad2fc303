import Gazetteer
import TextAnalysis

/// The span conventions about people's names by their words (see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``): a given name and a
/// surname, a president's name before "administration".
extension DocumentFeatures {
    /// "the Reagan administration": a name before "administration" is the president's, which the
    /// tagger, seeing a modifier, read as MISC 163 times over the news corpus. Not a nationality
    /// ("the Portuguese administration").
    func isAdministrationHead(_ span: EntitySpan) -> Bool {
        let next = span.tokens.upperBound
        guard next < facts.count, facts[next].bare == CueWords.administration, let last = span.tokens.last else { return false }
        return span.tokens.allSatisfy { facts[$0].isCapitalized && facts[$0].isWord }
            && !extractor.gazetteer.isDemonym(key: facts[last].nameKey) && !EntityLabeler.groups.contains(facts[last].lower)
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
}
