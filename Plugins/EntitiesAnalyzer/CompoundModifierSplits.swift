import TextAnalysis

/// The span convention that splits a compound modifier off the name it describes (see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``).
extension DocumentFeatures {
    /// "[Houston-based Shell Oil Co]ORG", "[U.S.-based Northwest Airlines]MISC": a name's first
    /// capitalized words ending in one hyphened to a lower-case word ("Houston-based",
    /// "London-born") are a modifier, MISC as the tagger reads "London-based" alone, and the
    /// capitalized words after it the organization it describes. Not inside a body's name after a
    /// connector ("National Association of Community-based Childcare Services"). Appends the two
    /// spans and returns true; false when the span has no such modifier.
    func splitAfterCompoundModifier(_ span: EntitySpan, into spans: inout [EntitySpan]) -> Bool {
        guard span.type == .organization || span.type == .miscellaneous else { return false }
        // The modifier is found by its bytes first: most names have no hyphen, and their words'
        // facts are then never read (asking each word's case first cost 0.9 M instructions per
        // MB of news).
        var modifier = span.tokens.lowerBound
        while modifier < span.tokens.upperBound - 1,
              !(document.tokens[modifier].span.bytes.count >= 6 && isHyphenedModifier(modifier) && isParticipleCompound(modifier)) {
            modifier += 1
        }
        guard modifier < span.tokens.upperBound - 1, facts[modifier + 1].isCapitalized, facts[modifier + 1].isWord,
              (span.tokens.lowerBound...modifier).allSatisfy({ facts[$0].isCapitalized && facts[$0].isWord }) else { return false }
        var described = span, compound = span
        compound.tokens = span.tokens.lowerBound..<modifier + 1
        compound.type = .miscellaneous
        described.tokens = modifier + 1..<span.tokens.upperBound
        described.type = .organization
        spans.append(compound)
        spans.append(described)
        return true
    }

    /// Words after a hyphen that make a place's name a modifier of what it describes ("Houston-based",
    /// "Hong Kong-born"); not "co-operative", "B-minus" or "Air-to-Air", a name's own hyphens.
    private static let participles: Set<Substring> = [
        "based", "born", "bred", "owned", "run", "led", "backed", "listed", "made", "funded", "located",
        "headquartered", "registered", "controlled", "operated", "focused", "flagged", "domiciled", "area",
    ]

    /// Token `index` ends in a hyphen and one of ``participles``.
    private func isParticipleCompound(_ index: Int) -> Bool {
        let text = document.text(of: document.tokens[index])
        guard let hyphen = text.lastIndex(of: "-") else { return false }
        return Self.participles.contains(text[text.index(after: hyphen)...])
    }
}
