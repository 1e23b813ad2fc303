import Gazetteer
import TextAnalysis

/// The span conventions about a person named again (see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``): the last word or two
/// of a person's name the document has given are that person again.
extension DocumentFeatures {
    /// "Suu Kyi" after "Aung San Suu Kyi", "Bernardin" after "Joseph Bernardin": the last word or
    /// two of a person's name the document has given are that person again, where the tagger
    /// doubted them (7 "Suu Kyi" dropped in the CoNLL development set) or read an organization
    /// ("Volcker", "VOLCKER" 45 times over the news corpus). Only names of words seldom written in lower
    /// case ("Many Florida", "Cherry Growers Australia" name no one). A place's name is the
    /// surname only of a given name and a surname ("Bernardin", a French town; "Jordan" after
    /// "Neil Jordan"; not "Houston" after "Hyatt Regency Houston"), and only if the document
    /// did not name the place before the person ("Franco Nevada" after "northern Nevada"); not
    /// a word of a company's name ("Salomon Inc").
    func confirmRepeatedNames(_ spans: inout [EntitySpan], minimumConfidence: Float, scratch: DocumentScratch) {
        // The names so far, and whether a place of that name may be the person; the words of
        // the one-word places so far. A few per document: maps that scan a short list, kept
        // between documents (two tables per document were 2 M instructions per MB of news, most
        // of it allocating them), and that turn to a table in a long document (a list searched
        // for every name there was quadratic).
        var surnames = SmallKeyMap<Bool>(), places = SmallKeyMap<Bool>()
        swap(&surnames, &scratch.surnames)
        swap(&places, &scratch.singleWordPlaces)
        surnames.removeAll()
        places.removeAll()
        defer { (scratch.surnames, scratch.singleWordPlaces) = (surnames, places) }
        var companyWords: SmallKeyMap<Int>?
        // `places` holds the one-word places among the spans before this one, added when first
        // asked (each span's type is final once its own turn is past).
        var placesListed = 0
        for index in spans.indices {
            let name = spans[index].tokens
            if !surnames.isEmpty, name.count <= 2, !spans[index].isConfirmedByRule,
               spans[index].type != .person || spans[index].confidence < minimumConfidence {
                let key = suffixKey(name.upperBound, count: name.count), isPlace = spans[index].type == .location
                if let placeMayBe = surnames[key], placeMayBe || !isPlace, isSeldomCommon(name),
                   !namesCompany(facts[name.upperBound - 1].identity, spans, words: &companyWords), !isPeople(name.upperBound - 1) {
                    if spans[index].type == .organization, name.count > 1, companyWords != nil {
                        for token in name { companyWords?[facts[token].identity]? -= 1 }
                    }
                    spans[index].type = .person
                    spans[index].isConfirmedByRule = true
                    continue
                }
            }
            // A one-word name counts only after a personal title ("President Bush", "Chancellor
            // Merz"): the later "Bush" the tagger doubts, or "Merz" it read as a firm, is that
            // person. A one-word name without one may be a given name or a place's.
            guard spans[index].type == .person, name.count > 1 || isAfterPersonalTitle(name.lowerBound),
                  spans[index].isConfirmedByRule || spans[index].confidence >= minimumConfidence, isSeldomCommon(name) else { continue }
            let surname = name.upperBound - 1, word = facts[surname].identity
            // Loops, not closures: a closure reading the facts copied them all, retaining each array.
            var placeMayBe = name.count > 1 && extractor.lexicon.isGivenName(key: facts[name.lowerBound].nameKey)
            if placeMayBe {
                for middle in name.lowerBound + 1..<surname where !isInitial(middle) { placeMayBe = false }
            }
            if placeMayBe {
                for earlier in placesListed..<index where spans[earlier].type == .location && spans[earlier].tokens.count == 1 {
                    places[facts[spans[earlier].tokens.lowerBound].identity] = true
                }
                placesListed = index
                if places[word] != nil { placeMayBe = false }
            }
            surnames[word] = placeMayBe || surnames[word] == true
            if name.count > 2 {
                let pair = suffixKey(name.upperBound, count: 2)
                if surnames[pair] == nil { surnames[pair] = false }
            }
        }
    }

    /// Whether a word is one of an organization's longer name in the document: "Salomon" after
    /// "Robert Salomon" in a story about "Salomon Inc" is the firm. `words`: those names' words,
    /// counted, made at the first question (most documents ask none) and kept up to date by the
    /// caller when such a name stops being an organization; a search of all names for every
    /// question was quadratic in a long document.
    private func namesCompany(_ word: UInt64, _ spans: [EntitySpan], words: inout SmallKeyMap<Int>?) -> Bool {
        if words == nil {
            var counts = SmallKeyMap<Int>(capacity: spans.count)
            for span in spans where span.type == .organization && span.tokens.count > 1 {
                for token in span.tokens { counts[facts[token].identity] = (counts[facts[token].identity] ?? 0) + 1 }
            }
            words = counts
        }
        return words?[word].map { $0 > 0 } ?? false
    }

    /// "President Bush", "Mrs Hamilton": a personal title, capitalized, just before `token`.
    private func isAfterPersonalTitle(_ token: Int) -> Bool {
        token > 0 && facts[token - 1].isCapitalized && CueWords.personalTitle.contains(facts[token - 1].bare)
    }

    /// The words of the one or two tokens before `end`, as one key.
    private func suffixKey(_ end: Int, count: Int) -> UInt64 {
        count == 1 ? facts[end - 1].identity : FeatureHash.mix(FeatureHash.mix(facts[end - 2].identity) ^ facts[end - 1].identity)
    }

    /// Capitalized words that news seldom writes in lower case, none an organization's word.
    func isSeldomCommon(_ tokens: Range<Int>) -> Bool {
        for token in tokens {
            guard facts[token].isCapitalized, !CueWords.organization.contains(facts[token].bare),
                  (extractor.lexicon.lowerCaseShare(key: facts[token].nameKey) ?? 0) < 0.5 else { return false }
        }
        return true
    }
}
