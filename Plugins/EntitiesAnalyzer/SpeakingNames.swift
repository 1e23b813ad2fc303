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

    /// "HOUSTON, May 3 (Reuters) - [Exxon Mobil]ORG said": an organization the tagger doubted (0.4
    /// and up: "Exxon Mobil" at 0.57 there, 0.80 with no dateline before it) that opens the story
    /// right after a dateline's dash and speaks is the story's subject, kept. The dash after a
    /// dateline's date, its agency's parenthesis or its place in capitals says a sentence opens
    /// there, where the tagger, trained on sentences that open a line, is unsure of a capital.
    func confirmDatelineSubjects(_ spans: inout [EntitySpan], minimumConfidence: Float) {
        let verbs = CueWords.speaks, tokens = document.tokens, bytes = document.bytes
        for index in spans.indices where spans[index].type == .organization && !spans[index].isConfirmedByRule
            && spans[index].confidence >= 0.4 && spans[index].confidence < minimumConfidence {
            let first = spans[index].tokens.lowerBound, next = spans[index].tokens.upperBound
            guard first >= 2, next < facts.count, verbs.contains(facts[next].bare), !facts[next].isCapitalized,
                  tokens[first - 1].kind == .punctuation else { continue }
            let dash = bytes[tokens[first - 1].span.bytes]
            guard dash.elementsEqual("—".utf8) || dash.elementsEqual("–".utf8) || dash.allSatisfy({ $0 == UInt8(ascii: "-") }) else { continue }
            let before = first - 2
            let closesDateline = tokens[before].kind == .number || facts[before].isAllCaps && tokens[before].kind == .word
                || tokens[before].kind == .punctuation && bytes[tokens[before].span.bytes].elementsEqual(")".utf8)
            guard closesDateline, isFirmLikeRun(spans[index].tokens) else { continue }
            spans[index].isConfirmedByRule = true
        }
    }

    /// A run the tagger doubted that reads as a firm's name alone: capitalized words and
    /// connectors ("Merck and Co Inc"; not "New York-based Bastian Technologies Corp"), no title
    /// ("Federal Deposit Insurance Corp Chairman L. William Seidman", "Economy Undersecretary
    /// Yannos Papantoniou"), and no given name before its last word unless a legal form is in it
    /// or a firm's kind ends it ("Jim Walter Corp"; not "Kansas Republican Congressman Pat
    /// Roberts", whose title no list has).
    private func isFirmLikeRun(_ tokens: Range<Int>) -> Bool {
        let titles = CueWords.title, portfolio = CueWords.portfolioTitle, connectors = CueWords.nameConnector
        let legalForm = CueWords.legalForm
        var hasLegalForm = false
        for token in tokens where document.tokens[token].kind == .word {
            guard facts[token].isCapitalized || connectors.contains(facts[token].bare) else { return false }
            // The first word may be a firm's ("General Motors Corp").
            if token > tokens.lowerBound, titles.contains(facts[token].bare) || portfolio.contains(facts[token].bare) { return false }
            if legalForm.contains(facts[token].bare) { hasLegalForm = true }
        }
        if hasLegalForm || tokens.count < 2 { return true }
        // A given name before the last word is a person's name ending the run, unless that word
        // is a firm's kind ("Freedom Savings and Loan Association": "Loan" is a given name too).
        let last = tokens.upperBound - 1
        if CueWords.organization.contains(facts[last].bare) || CueWords.firmKind.contains(facts[last].bare) { return true }
        return !extractor.lexicon.isGivenName(key: facts[last - 1].nameKey)
    }
}
