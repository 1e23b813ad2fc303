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
}
