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

    /// "the [Reagan Administration]ORG", "the [Davis Administration]ORG wants": a surname and
    /// "Administration" capitalized is the president's or governor's government, whose name is
    /// the person's (as CoNLL marks "Clinton administration"), not an agency's: the word before
    /// is no common word news writes in lower case ("Veterans Administration", "Maritime
    /// Administration") unless a surname ("Bush"), no country, division or large town ("U.S.
    /// Administration", "Alaska"; a small town may be a surname's: "Davis"), no people
    /// ("Portuguese") and no capitals ("US"). An agency of two words named by a person's name
    /// alone is rare. Over the news corpus 51 "Reagan", "Carter", "Clinton", "Ford".
    func isAdministrationOfPerson(_ span: EntitySpan) -> Bool {
        guard span.tokens.count == 2 else { return false }
        let head = span.tokens.lowerBound, word = facts[head + 1]
        guard word.bare == CueWords.administration, word.isCapitalized, !word.isAllCaps,
              facts[head].isCapitalized, !facts[head].isAllCaps, document.tokens[head].kind == .word,
              !isPeople(head), placeReading(head..<head + 1)?.isMajorPolitical != true else { return false }
        // A surname that is a common word too ("Bush") is the person's all the same.
        return (extractor.lexicon.lowerCaseShare(key: facts[head].nameKey) ?? 0) < 0.2 || extractor.lexicon.isSurname(key: facts[head].nameKey)
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

    /// "Bunge Grain said", "Murrumbidgee Irrigation cut supplies", "Wyse Technology": two
    /// capitalized words the tagger read as a person, whose second is a common word news writes
    /// in lower case at least half the time and no surname or given name, are a firm or a body
    /// named by its place or founder and its trade. Over the news corpus 166 such readings had no
    /// given name first, and three of them were people whose given names the lists lack ("Issam
    /// Fares"). With a given name first ("Cal Fire", "Harvey Beef", "Tony Cooling", "Peter
    /// Last") a third were people, so the document must also write the trade in lower case
    /// ("Harvey Beef ... the beef processor", "Murray Irrigation ... irrigation water") and the
    /// word must be one news capitalizes now and then: of 47 such readings one was a person
    /// ("Graeme Down ... road closures", which the second test leaves), and the four a month
    /// opened were dates ("April One").
    func isFirmNamedByCommonWord(_ span: EntitySpan) -> Bool {
        guard span.tokens.count == 2 else { return false }
        let head = span.tokens.lowerBound, first = facts[head], second = facts[head + 1]
        guard first.isCapitalized, !first.isAllCaps, second.isCapitalized, !second.isAllCaps,
              document.tokens[head].kind == .word, document.tokens[head + 1].kind == .word,
              let share = extractor.lexicon.lowerCaseShare(key: second.nameKey), share >= 0.5 else { return false }
        let lexicon = extractor.lexicon
        guard !lexicon.isSurname(key: second.nameKey), !lexicon.isGivenName(key: second.nameKey) else { return false }
        guard lexicon.isGivenName(key: first.nameKey) else { return true }
        // A word news capitalizes in fewer than one use in forty is no trade a name ends in but
        // a word of every sentence ("last", "down", "one"), which a person's name may share.
        return share < 0.975 && !CueWords.month.contains(first.bare) && facts.contains { $0.lower == second.lower && !$0.isCapitalized }
    }

    /// "Both Tina and Vicky were great", "ask Marco or Lena": two given names joined by "and" or
    /// "or" are two people, whom the tagger, seeing no surname, left out or read as a firm
    /// ("[Vicky]ORG"). Both must be given names news seldom writes in lower case ("Will and
    /// Grace" is no pair), neither a place's name ("Georgia and Virginia"), with no capitalized
    /// word around them, no possessive or ticker after them ("Ben and Jerry's", "Johnson and
    /// Johnson <JNJ>"), not ending a list ("Woodhouse, Drake and Carey") and no span of more than
    /// the one word over either: a firm's name stays one.
    func addCoordinatedGivenNames(_ spans: inout [EntitySpan]) {
        var added: [EntitySpan] = []
        var cursor = 0
        for first in uppercase.tokens where first + 2 < facts.count && facts[first + 1].isWord && CueWords.conjunction.contains(facts[first + 1].bare) {
            let second = first + 2
            guard facts[first].identity != facts[second].identity, isLoneGivenName(first), isLoneGivenName(second),
                  !isSentenceCaps(first) else { continue }
            // Not the last of a list ("Woodhouse, Drake and Carey", a firm's partners).
            if first > 0, document.token(document.tokens[first - 1], is: UInt8(ascii: ",")) { continue }
            // The words around the pair: a capitalized word before it only where it opens the
            // sentence and is a common word ("Both Tina and Vicky").
            if first > 0, facts[first - 1].isCapitalized, facts[first - 1].isWord {
                guard let sentence = sentence(holding: first), sentences[sentence].lowerBound == first - 1,
                      (extractor.lexicon.lowerCaseShare(key: facts[first - 1].nameKey) ?? 0) >= 0.5 else { continue }
            }
            let after = second + 1
            if after < facts.count {
                // (A surname after the second: "Jean and Charles deGunzberg", "Charles de Gaulle".)
                if facts[after].hasUppercase && facts[after].isWord && spaced(after) || CueWords.nameParticle.contains(facts[after].bare)
                    || possessiveEnd(after: second) != nil
                    || document.tokens[after].kind == .clitic || document.token(document.tokens[after], is: UInt8(ascii: "<")) { continue }
            }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= first { cursor += 1 }
            // Each name: a span of that word alone, retyped, or none, added.
            var retyped: [Int] = [], missing: [Int] = []
            var blocked = false
            for name in [first, second] {
                var index = cursor
                while index < spans.count, spans[index].tokens.lowerBound <= name {
                    if spans[index].tokens.contains(name) { break }
                    index += 1
                }
                if index < spans.count, spans[index].tokens.contains(name) {
                    guard spans[index].tokens.count == 1, spans[index].type == .person || !spans[index].isConfirmedByRule else { blocked = true; break }
                    retyped.append(index)
                } else {
                    missing.append(name)
                }
            }
            guard !blocked else { continue }
            for index in retyped {
                spans[index].type = .person
                spans[index].isConfirmedByRule = true
            }
            for name in missing { added.append(EntitySpan(confirmed: .person, tokens: name..<name + 1)) }
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// A capitalized word in mixed case that the lexicon lists as a given name, that news seldom
    /// writes in lower case, and that names no large place (a village's name is many a given
    /// name's), no month and no day ("between April and June").
    private func isLoneGivenName(_ index: Int) -> Bool {
        let fact = facts[index]
        guard fact.isCapitalized, !fact.isAllCaps, fact.isWord, !CueWords.month.contains(fact.bare), !CueWords.weekday.contains(fact.bare),
              extractor.lexicon.isGivenName(key: fact.nameKey),
              (extractor.lexicon.lowerCaseShare(key: fact.nameKey) ?? 0) < 0.5 else { return false }
        return !isLargePlace(index..<index + 1)
    }

    /// Whether the sentence holding `index` is written in capitals.
    private func isSentenceCaps(_ index: Int) -> Bool { !isInMixedCase(index) }
}
