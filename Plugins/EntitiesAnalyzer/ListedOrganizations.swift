import Gazetteer
import TextAnalysis

/// Listed companies and political parties (the lexicon's `organizations.tsv`) that the tagger,
/// trained on news of 1996, reads as people, places or other names ("Nvidia", "Pheu Thai",
/// "ZANU-PF", "Pakatan Harapan").
extension DocumentFeatures {
    /// "Rival Advanced [Micro Devices]ORG said": an organization the tagger read without its first
    /// word or two, capitalized words right before it in mixed case that no span holds, is the
    /// listed firm or party whose whole name they make ("Advanced Micro Devices"; the tagger,
    /// seeing a common word, "Advanced", opened the name after it). The lists say so: not "The"
    /// or "But" before a firm, which make no listed name with it.
    func extendToListedNames(_ spans: inout [EntitySpan]) {
        let lexicon = extractor.lexicon
        for index in spans.indices where spans[index].type == .organization {
            let first = spans[index].tokens.lowerBound, end = spans[index].tokens.upperBound
            guard first > 0, facts[first - 1].isCapitalized, !facts[first - 1].isAllCaps, facts[first - 1].isWord, spaced(first),
                  index == 0 || spans[index - 1].tokens.upperBound < first else { continue }
            var start = first - 1
            var found: Int?
            while true {
                if let key = document.nameKey(of: start..<end), lexicon.knownOrganization(key: key) != nil { found = start }
                guard first - start < 2, start > 0, facts[start - 1].isCapitalized, !facts[start - 1].isAllCaps, facts[start - 1].isWord,
                      spaced(start), index == 0 || spans[index - 1].tokens.upperBound < start else { break }
                start -= 1
            }
            guard let found else { continue }
            spans[index].tokens = found..<end
            spans[index].isConfirmedByRule = true
        }
    }

    /// A name the lists know, read as a person, a place or another name, or doubted, is the
    /// organization: where the name alone says so (several words, or a word that is no common
    /// word, large place, person's name or short acronym), or where its context is a firm's or a
    /// party's ("Target said", "Shell shares", "an analyst at Next", "Morena party"). Never a
    /// person with a given name or a title before ("Paul Ford", "Mr Hess") or whose longer name
    /// the document gives ("Ford" after "Paul Ford"), nor a place the gazetteer knows unless the
    /// context is a firm's, nor a people's name.
    func retypeListedOrganizations(_ spans: inout [EntitySpan], minimumConfidence: Float) {
        let lexicon = extractor.lexicon
        // The last words of the people's names of two words or more, made at the first candidate.
        var surnames: SmallKeyMap<Bool>?
        for index in spans.indices {
            let span = spans[index]
            let isDoubted = span.confidence < minimumConfidence && !span.isConfirmedByRule
            guard span.type != .organization || isDoubted, !span.isConfirmedByRule || span.type == .organization,
                  facts[span.tokens.lowerBound].isCapitalized || facts[span.tokens.lowerBound].hasUppercase else { continue }
            guard let key = document.nameKey(of: span.tokens), let known = lexicon.knownOrganization(key: key) else { continue }
            let first = span.tokens.lowerBound, last = span.tokens.upperBound - 1
            // A part of a longer name ("[MITSUBISHI] ELECTRIC" in a headline, "First Commercial
            // [Bancorp]"), or one word that names a firm's kind, is not the listed firm.
            if span.tokens.count == 1, CueWords.legalForm.contains(facts[first].bare) || CueWords.organization.contains(facts[first].bare) { continue }
            if runsOn(after: last) || first > 0 && runsOn(after: first - 1, backwards: true) { continue }
            if span.type == .person || span.tokens.count == 1 {
                if span.tokens.count > 1, lexicon.isGivenName(key: facts[first].nameKey) { continue }
                if first > 0, facts[first - 1].isCapitalized,
                   lexicon.isGivenName(key: facts[first - 1].nameKey) || CueWords.title.contains(facts[first - 1].bare) { continue }
                if first > 0, CueWords.nameParticle.contains(facts[first - 1].bare) { continue } // "Mr. van Dover"
                if surnames == nil { surnames = lastWordsOfPeople(spans, minimumWords: 2) }
                if span.tokens.count == 1, surnames![facts[last].identity] != nil { continue }
            }
            if span.type == .miscellaneous, isPeople(first) { continue }
            let next = span.tokens.upperBound < facts.count ? facts[span.tokens.upperBound] : nil
            // (People say too: "Ball says", "Cooper said". Only a firm's or a party's words make a
            // person's reading the organization; "MPs" is capitalized, "Labour MPs".)
            let hasContext = next.map { (!$0.isCapitalized || CueWords.partyMembersAfter.contains($0.bare)) && CueWords.afterOrganization.contains($0.bare)
                && (span.type != .person || !CueWords.firmSpeaks.contains($0.bare)) } ?? false
                || first > 0 && CueWords.beforeOrganization.contains(facts[first - 1].bare) && !facts[first - 1].isCapitalized && span.type != .location
            if span.type == .location, !hasContext, placeReading(span.tokens) != nil { continue }
            guard known.isNameAlone || hasContext else { continue }
            spans[index].type = .organization
            spans[index].isConfirmedByRule = true
        }
    }

    /// "Target shares tumbled", "Fortinet said on Thursday", "Microsoft's stake": capitalized words in mixed case the
    /// tagger left out, a listed firm's or party's whole name, before a firm's or a party's word
    /// (``CueWords/afterUntaggedOrganization``) are the organization; not part of a longer name,
    /// and not a person's name the document gives ("Gates said" after "Bill Gates").
    func addUntaggedListedOrganizations(_ spans: inout [EntitySpan], cues: CapitalsBeforeCues) {
        let lexicon = extractor.lexicon
        var added: [EntitySpan] = []
        var cursor = 0
        var surnames: SmallKeyMap<Bool>?
        for capital in cues.organizationWord {
            let next = capital + 1
            guard !facts[next].isCapitalized, !facts[capital].isAllCaps, facts[capital].isWord else { continue }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= capital { cursor += 1 }
            if cursor < spans.count && spans[cursor].tokens.lowerBound <= capital { continue }
            // The run of capitalized words (up to four) that ends here, none in a span.
            var start = capital
            while start > 0, capital - start < 3, facts[start - 1].isCapitalized, facts[start - 1].isWord, spaced(start),
                  cursor == 0 || spans[cursor - 1].tokens.upperBound <= start - 1 { start -= 1 }
            // The longest listed name ending here that is the whole run, or the run less a sentence's
            // first common word ("But Target said").
            var found: Range<Int>?
            for first in start...capital {
                if first > start, !(first == start + 1 && (extractor.lexicon.lowerCaseShare(key: facts[start].nameKey) ?? 0) >= 0.5) { break }
                guard let key = document.nameKey(of: first..<next), let known = lexicon.knownOrganization(key: key) else { continue }
                // People say too: a name that is also a word or a person's ("Ball says") needs a
                // firm's or a party's word; and people and words have their possessives.
                if !known.isNameAlone, CueWords.firmSpeaks.contains(facts[next].bare) || document.tokens[next].kind == .clitic { break }
                found = first..<next
                break
            }
            guard let name = found else { continue }
            if name.count == 1 {
                if surnames == nil { surnames = lastWordsOfPeople(spans, minimumWords: 1) }
                if surnames![facts[capital].identity] != nil || CueWords.month.contains(facts[capital].bare) || CueWords.weekday.contains(facts[capital].bare) { continue }
            }
            added.append(EntitySpan(confirmed: .organization, tokens: name))
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// The last words of the people's names of `minimumWords` words or more among `spans` ("Gates"
    /// of "Bill Gates"): a listed name that is one of them is the person's. Made at the first
    /// candidate: most documents have none.
    func lastWordsOfPeople(_ spans: [EntitySpan], minimumWords: Int) -> SmallKeyMap<Bool> {
        var map = SmallKeyMap<Bool>(capacity: spans.count)
        for other in spans where other.type == .person && other.tokens.count >= minimumWords { map[facts[other.tokens.upperBound - 1].identity] = true }
        return map
    }

    /// Whether the name ending at `index` (or, `backwards`, starting after it) runs on into a
    /// capitalized word next to it that is no title ("Nvidia CEO") nor, after it, a party's
    /// members ("Labour MPs"), nor, before it, a common word opening the sentence ("But Target said").
    private func runsOn(after index: Int, backwards: Bool = false) -> Bool {
        let neighbour = backwards ? index : index + 1
        guard neighbour < facts.count, facts[neighbour].isCapitalized, facts[neighbour].isWord,
              spaced(backwards ? index + 1 : neighbour), !CueWords.title.contains(facts[neighbour].bare),
              backwards || !CueWords.partyMembersAfter.contains(facts[neighbour].bare) else { return false }
        return !backwards || (extractor.lexicon.lowerCaseShare(key: facts[neighbour].nameKey) ?? 0) < 0.5
    }
}
