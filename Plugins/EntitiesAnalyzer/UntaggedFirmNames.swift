import Gazetteer
import TextAnalysis

/// "I emailed Comcast support", "bought it at Costco": a listed firm's one-word name that is
/// no word and no person's (the lexicon's "name" alone), capitalized in mixed case inside a
/// sentence with no capitalized word beside it, is the firm wherever the tagger left it unread; posts and reviews
/// name the firms they deal with without the cues of news ("said", "shares").
/// ``addUntaggedListedOrganizations(_:cues:)`` asks the cues of names that may be words or
/// people.
extension DocumentFeatures {
    func addUntaggedFirmNames(_ spans: inout [EntitySpan]) {
        let lexicon = extractor.lexicon
        var added: [EntitySpan] = []
        var cursor = 0
        var surnames: SmallKeyMap<Bool>?
        for token in uppercase.tokens {
            let fact = facts[token]
            guard fact.isCapitalized, !fact.isAllCaps, fact.isWord, document.tokens[token].kind == .word,
                  let known = lexicon.knownOrganization(key: fact.nameKey), known.isNameAlone, !known.isParty else { continue }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= token { cursor += 1 }
            if cursor < spans.count && spans[cursor].tokens.lowerBound <= token { continue }
            // Not beside a capitalized word, nor before a number (a model: "two Boeing 737-200
            // aircraft"), nor opening a sentence, where a word takes a capital too ("Stripe rust is
            // found", "Prudential supervision").
            if token + 1 < facts.count, facts[token + 1].isWord && facts[token + 1].isCapitalized
                || document.tokens[token + 1].kind == .number { continue }
            if token > 0, facts[token - 1].isWord, facts[token - 1].isCapitalized { continue }
            if opensSentence(token) { continue }
            guard isInMixedCase(token) else { continue }
            if surnames == nil { surnames = lastWordsOfPeople(spans, minimumWords: 1) }
            if surnames![fact.identity] != nil { continue }
            added.append(EntitySpan(confirmed: .organization, tokens: token..<token + 1))
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// Whether only punctuation comes before `token` in its sentence (an opening quote).
    private func opensSentence(_ token: Int) -> Bool {
        guard let sentence = sentence(holding: token) else { return true }
        var first = token
        while first > sentences[sentence].lowerBound, document.tokens[first - 1].kind == .punctuation { first -= 1 }
        return sentences[sentence].lowerBound == first
    }
}
