import TextAnalysis

/// "Georgia Power raised its rates", "Kansai Electric said": a utility or a carrier named for
/// its state, country or city and its trade, where the tagger read the place alone and left the
/// trade's word out. The run is the firm (ORG); not before another capitalized word ("the Iraq
/// Oil Ministry", "India Energy Week") or "and" and one ("Pennsylvania Power and Light"), nor
/// in a headline's capitals. (Two such names over the news corpus, where the tagger took the
/// place alone.)
extension DocumentFeatures {
    @inline(never)
    func joinPlaceUtilities(_ spans: inout [EntitySpan]) {
        let utility = CueWords.utility
        for index in spans.indices where spans[index].type == .location {
            var end = spans[index].tokens.upperBound
            guard end < facts.count, utility.contains(facts[end].bare) else { continue }
            let nextStart = index + 1 < spans.count ? spans[index + 1].tokens.lowerBound : facts.count
            while end < nextStart, end < facts.count, utility.contains(facts[end].bare), facts[end].isCapitalized, !facts[end].isAllCaps, spaced(end) {
                end += 1
            }
            guard end > spans[index].tokens.upperBound,
                  !facts[spans[index].tokens.lowerBound].isAllCaps else { continue }
            if end < nextStart, end < facts.count, CueWords.legalForm.contains(facts[end].bare), facts[end].isCapitalized, spaced(end) { end += 1 }
            if end < facts.count, facts[end].isWord, facts[end].isCapitalized, spaced(end) { continue }
            // ("Pennsylvania Power and Light Co": the name runs on.)
            if end + 1 < facts.count, facts[end].bare == CueWords.and || document.token(document.tokens[end], equals: "&"),
               facts[end + 1].isCapitalized { continue }
            spans[index].tokens = spans[index].tokens.lowerBound..<end
            spans[index].type = .organization
            spans[index].isConfirmedByRule = true
        }
    }
}
