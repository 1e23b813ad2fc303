import TextAnalysis

/// Bodies whose acronym is a common word: "WHO".
extension DocumentFeatures {
    /// "WHO Director-General Tedros", "the WHO said": the World Health Organization's acronym,
    /// which spells a pronoun the tagger reads as none, is the organization in capitals inside a
    /// sentence in mixed case (a headline in capitals writes the pronoun so: "WHO WON"). Found
    /// where no name holds it.
    func addWordAcronyms(_ spans: inout [EntitySpan]) {
        let who = CueWords.who
        var added: [EntitySpan] = []
        var cursor = 0
        for token in uppercase.tokens where facts[token].bare == who && facts[token].isAllCaps && document.tokens[token].kind == .word {
            // (Nor next to a word in capitals: a short headline may not count as one.)
            guard isInMixedCase(token), token + 1 >= facts.count || !facts[token + 1].isWord || !facts[token + 1].isAllCaps,
                  token == 0 || !facts[token - 1].isWord || !facts[token - 1].isAllCaps else { continue }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= token { cursor += 1 }
            if cursor < spans.count, spans[cursor].tokens.lowerBound <= token { continue }
            added.append(EntitySpan(confirmed: .organization, tokens: token..<token + 1))
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }
}
