import Gazetteer
import TextAnalysis

/// "Unilever Chief Executive [Hein Schumacher]", "said Citicorp Chairman [Walter Wriston]": the
/// tagger found the person after a title and left the word before the title unread. That word
/// is the body the title belongs to (ORG) when it reads as one alone: an acronym, or a word news
/// writes capitalized (not one time in twenty in lower case), no people's word ("German",
/// "Republican"), no place (a government's title follows those: "Bonn Finance Minister") and no
/// longer name's last word ("First Interstate Bancorp Chairman" is left to the tagger).
extension DocumentFeatures {
    @inline(never)
    func addBodiesBeforeTitles(_ spans: inout [EntitySpan]) {
        var added: [EntitySpan] = []
        for index in spans.indices where spans[index].type == .person {
            var body = spans[index].tokens.lowerBound
            while body > 0, isTitleWord(body - 1) { body -= 1 }
            guard body < spans[index].tokens.lowerBound, body > 0 else { continue }
            body -= 1
            if index > 0, spans[index - 1].tokens.upperBound > body { continue }
            guard isBodyWord(body) else { continue }
            added.append(EntitySpan(confirmed: .organization, tokens: body..<body + 1))
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// A capitalized word of a title ("Chief", "Executive" after it, "Managing", "Director").
    private func isTitleWord(_ index: Int) -> Bool {
        let fact = facts[index]
        guard fact.isCapitalized, !fact.isAllCaps || document.tokens[index].span.bytes.count <= 3 else { return false }
        return CueWords.title.contains(fact.bare) || CueWords.titleModifier.contains(fact.bare) || fact.bare == CueWords.vice
            || fact.bare == CueWords.executive && index > 0 && facts[index - 1].bare == CueWords.chief
    }

    private func isBodyWord(_ index: Int) -> Bool {
        let fact = facts[index]
        guard document.tokens[index].kind == .word, fact.isCapitalized, spaced(index + 1) else { return false }
        if fact.isAllCaps {
            guard document.tokens[index].span.bytes.count >= 2, isInMixedCase(index) else { return false }
        } else {
            // (Not a month, "last November President Yoweri Museveni", nor a title of two words
            // joined, "Governor-General".)
            guard let share = extractor.lexicon.lowerCaseShare(key: fact.nameKey), share < 0.05,
                  !extractor.lexicon.isGivenName(key: fact.nameKey), !CueWords.month.contains(fact.bare),
                  !CueWords.weekday.contains(fact.bare),
                  !document.tokens[index].span.bytes.contains(where: { document.bytes[$0] == UInt8(ascii: "-") }) else { return false }
        }
        guard !extractor.gazetteer.isDemonym(key: fact.nameKey), !CueWords.partyMembers.contains(fact.bare),
              !CueWords.title.contains(fact.bare), !CueWords.personalTitle.contains(fact.bare),
              placeReading(index..<index + 1) == nil else { return false }
        // The word opens its sentence or follows no capitalized word.
        guard index > 0, facts[index - 1].isWord, facts[index - 1].isCapitalized else { return true }
        guard let sentence = sentence(holding: index) else { return false }
        return sentences[sentence].lowerBound == index
    }
}
