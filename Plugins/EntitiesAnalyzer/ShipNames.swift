import TextAnalysis

/// "USS Gerald R. Ford", "HMS Queen Elizabeth", "the destroyer USS Carney": a navy's ship prefix
/// and the capitalized words after it name a ship, a vehicle (OntoNotes PRODUCT, here MISC), not
/// the organization or the person the tagger read in it ("[USS Gerald]ORG [R. Ford]PERSON").
/// The name runs over initials and the next span the tagger cut it into.
extension DocumentFeatures {
    @inline(never)
    func joinShipNames(_ spans: inout [EntitySpan]) {
        let prefixes = CueWords.shipPrefix
        var index = 0
        while index < spans.count {
            let first = spans[index].tokens.lowerBound
            guard facts[first].isAllCaps, prefixes.contains(facts[first].bare) else { index += 1; continue }
            var end = spans[index].tokens.upperBound
            // (Words in capitals only as initials: "USS UNIT RAISES PRICES" is a headline.)
            while end < facts.count, facts[end].isCapitalized, facts[end].hasLetter, spaced(end),
                  !facts[end].isAllCaps || document.tokens[end].span.bytes.count <= 2,
                  sentence(holding: end) == sentence(holding: first) {
                end += 1
            }
            // The prefix alone names no ship, and a firm's word makes the prefix a firm's ("USS
            // Chemicals", U.S. Steel's unit).
            let firmWord = (first + 1..<end).contains { word in
                let bare = facts[word].bare
                return CueWords.organization.contains(bare) || CueWords.firmKind.contains(bare) || bare == CueWords.division
            }
            guard end > first + 1, !firmWord else { index += 1; continue }
            // The spans the ship's name now covers are its parts.
            while index + 1 < spans.count, spans[index + 1].tokens.lowerBound < end {
                end = max(end, spans[index + 1].tokens.upperBound)
                spans.remove(at: index + 1)
            }
            spans[index].tokens = first..<end
            spans[index].type = .miscellaneous
            spans[index].isConfirmedByRule = true
            index += 1
        }
    }
}
