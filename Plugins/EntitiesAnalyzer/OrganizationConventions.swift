import Gazetteer
import TextAnalysis

/// The span conventions about organizations' names by their words (see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``): a group's league or
/// party, a political body, a local trade's firm, an acronym in a sentence in mixed case.
extension DocumentFeatures {
    /// "Arab League", "Muslim League", "Liberal Party": a religious or political group's words
    /// before a league, party, union or front, which the tagger read as MISC, name an
    /// organization. Not a nationality's ("American League", a baseball league: MISC in CoNLL).
    func isGroupsBody(_ span: EntitySpan) -> Bool {
        guard span.type == .miscellaneous, CueWords.politicalBody.contains(facts[span.tokens.upperBound - 1].bare) else { return false }
        return span.tokens.dropLast().allSatisfy { EntityLabeler.groups.contains(facts[$0].lower) }
    }

    /// "National People's Congress", "Economic Freedom Front": capitalized words (a possessive or a
    /// between them) ending in a political body's word, which the tagger read as an organization
    /// but doubted (0.57 for the Chinese legislature), are the body all the same. Not where the
    /// name runs on ("Consumer Federation of America", "Council for Civil Liberties"), nor with
    /// a connector inside ("Members of Congress"), nor opening with a word news writes in lower
    /// case more often than not ("Because Congress", "Our Union").
    func isPoliticalBodyName(_ span: EntitySpan) -> Bool {
        let first = span.tokens.lowerBound, last = span.tokens.upperBound - 1
        guard span.tokens.count > 1, CueWords.politicalBody.contains(facts[last].bare), facts[last].isCapitalized else { return false }
        if last + 1 < facts.count, facts[last + 1].isCapitalized || CueWords.nameConnector.contains(facts[last + 1].bare) { return false }
        if let share = extractor.lexicon.lowerCaseShare(key: facts[first].nameKey), share > 0.5 { return false }
        return span.tokens.allSatisfy {
            facts[$0].isCapitalized && !facts[$0].isAllCaps && document.tokens[$0].kind == .word || document.tokens[$0].kind == .clitic
        }
    }

    /// "Lakeside Family Dental", "Reynolds Plumbing": capitalized words ending in a local trade's
    /// word are the firm reviews name, also where the tagger doubted them (0.4 and up) or read a
    /// place, as ``isStructureName(_:)`` keeps a structure's.
    func isLocalBusinessName(_ span: EntitySpan) -> Bool {
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
    func isAcronymInText(_ span: EntitySpan) -> Bool {
        let token = span.tokens.lowerBound
        // A word, not initials ("M.A."), and alone: not one of a dateline's capitals ("SADDLE BROOK").
        guard span.tokens.count == 1, facts[token].isAllCaps, document.tokens[token].kind == .word,
              (2...5).contains(document.tokens[token].span.bytes.count),
              token == 0 || !(facts[token - 1].isAllCaps && facts[token - 1].isWord),
              token + 1 == facts.count || !(facts[token + 1].isAllCaps && facts[token + 1].isWord) else { return false }
        return isInMixedCase(token)
    }
}
