import Gazetteer
import TextAnalysis

/// The span conventions about laws, treaties and the State of the Union (see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``): MISC (OntoNotes LAW),
/// not the body or the place the tagger read.
extension DocumentFeatures {
    /// "Tax Reform Act", "Securities Act of 1934", "Louvre Accord", "Geneva Conventions": a name
    /// whose last capitalized word names a law or a treaty is MISC (OntoNotes LAW), not the
    /// organization or place the tagger read.
    @inline(__always)
    func isLaw(_ span: EntitySpan) -> Bool {
        // The last word, or the one before "of 1934".
        var last = span.tokens.upperBound - 1
        if span.tokens.count > 2, document.tokens[last].kind == .number { last -= 2 }
        if facts[last].bare == CueWords.union { return isStateOfTheUnion(span) }
        return CueWords.law.contains(facts[last].bare) && (span.tokens.count > 1 || facts[last].bare == CueWords.constitution)
    }

    /// "the State of the Union", the president's yearly address (its speeches' headlines, "ADDRESS
    /// ON THE STATE OF THE UNION", were an organization ten times over the news corpus): MISC,
    /// as a law's name is.
    private func isStateOfTheUnion(_ span: EntitySpan) -> Bool {
        let first = span.tokens.lowerBound
        return span.tokens.count == 4 && facts[first].bare == CueWords.state && facts[first + 1].bare == CueWords.of
    }
}
