import Gazetteer
import TextAnalysis

/// Other names (MISC) that speak are organizations.
extension DocumentFeatures {
    /// A name the tagger read as MISC, right before "said", "says", "told", "warned", "announced"
    /// or "urged", is an organization: events, products, laws and works do not speak, bodies do
    /// ("American Express said" 18 times over the news corpus, "NASDAQ said", "the World Food
    /// Programme said", "the Italian Treasury said", "the G-10 said"). Not a scripture's or a
    /// charter's words ("The Constitution says", "The New Testament says"), a place the gazetteer
    /// knows ("West Germany warned": no organization either), a name opened by a given name
    /// ("Rob says"), nor a group of people, which the labeler makes NORP ("Republicans said",
    /// "the Social Democrats said"): those are left as they were.
    func retypeSpeakingOtherNames(_ spans: inout [EntitySpan]) {
        let verbs = CueWords.speaks, texts = CueWords.textsThatSay
        // The people's last words, made at the first candidate: a person's surname the tagger
        // doubted ("Ongpin said" after "Jaime Ongpin") is the person's, as the votes decide.
        var surnames: SmallKeyMap<Bool>?
        for index in spans.indices where spans[index].type == .miscellaneous && !spans[index].isConfirmedByRule {
            let tokens = spans[index].tokens
            let next = tokens.upperBound
            guard next < facts.count, !facts[next].isCapitalized, verbs.contains(facts[next].bare), spaced(next),
                  !texts.contains(facts[tokens.upperBound - 1].bare), !isPeople(tokens.upperBound - 1),
                  !extractor.lexicon.isGivenName(key: facts[tokens.lowerBound].nameKey),
                  placeReading(tokens) == nil else { continue }
            if surnames == nil { surnames = lastWordsOfPeople(spans, minimumWords: 2) }
            if surnames![facts[tokens.upperBound - 1].identity] != nil { continue }
            spans[index].type = .organization
        }
    }
}
