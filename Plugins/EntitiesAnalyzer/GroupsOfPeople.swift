import Gazetteer
import TextAnalysis

/// The span conventions about groups of people (see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``): nationality and group
/// words are NORP (MISC), whatever the tagger read.
extension DocumentFeatures {
    /// "Shiite", "Sunni Arab", "Kurds" read as an organization or a person: a name made only of
    /// nationality and group words is a group of people (NORP), whatever the tagger said.
    @inline(__always)
    func isGroupName(_ span: EntitySpan) -> Bool {
        guard span.tokens.count <= 2, span.tokens.allSatisfy({ facts[$0].isWord && isPeople($0) }) else { return false }
        // "Christian said": a given name alone stays the person the tagger saw. (Asked last: few
        // names are a people's, and the lexicon's lookup costs more than the cue words'.)
        return span.type != .person || span.tokens.count != 1 || !extractor.lexicon.isGivenName(key: facts[span.tokens.lowerBound].nameKey)
    }

    /// A demonym or a group's word ("Jews" after a "Marvin Jews"): a people, whatever name it ends.
    func isPeople(_ token: Int) -> Bool {
        EntityLabeler.groups.contains(facts[token].lower) || extractor.gazetteer.isDemonym(key: facts[token].nameKey)
    }

    /// "The Free [Democrats]NORP quit", "the Christian Democrats", "Progressive Conservatives":
    /// a party named by its members, a word of its creed before them, is one name (NORP, as
    /// CoNLL marks "Social Democrats" MISC), where the tagger kept only the members. The creed's
    /// word capitalized within the sentence, after "the" or a possessive's noun, not opening the
    /// sentence ("Social Democrats" there may be any capital) nor a body's ("Senate Democrats",
    /// "House Republicans" are the chamber's members: no creed word).
    /// `index`: a one-word span whose word is a party's members' (``CueWords/partyMembersNamed``).
    func joinPartyCreed(_ spans: inout [EntitySpan], at index: Int) {
        let token = spans[index].tokens.lowerBound
        guard spans[index].type != .person, token >= 2, facts[token].isCapitalized, !facts[token].isAllCaps,
              CueWords.partyCreed.contains(facts[token - 1].bare), facts[token - 1].isCapitalized, !facts[token - 1].isAllCaps,
              spaced(token), facts[token - 2].isWord, !facts[token - 2].isCapitalized || facts[token - 2].bare == CueWords.the,
              index == 0 || spans[index - 1].tokens.upperBound < token else { return }
        spans[index].tokens = token - 1..<token + 1
        spans[index].type = .miscellaneous
        spans[index].isConfirmedByRule = true
    }
}
