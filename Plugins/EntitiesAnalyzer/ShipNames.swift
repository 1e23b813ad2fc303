import Gazetteer
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

    /// "the tanker [Marlin Luanda]PERSON", "the frigate [Stark]GPE", "the ferry [Herald of Free
    /// Enterprise]ORG": capitalized words after a lower-case kind of ship name the ship (MISC),
    /// whatever the tagger read. Not a people's word ("the ship Australian ..."), nor a name with
    /// an organization's or a firm's word ("the vessel Middle East Task Force", "the ship Sea
    /// Containers Ltd"), nor in a line of capitals.
    /// Whether the word before `span` is a kind of ship; the span is then made the ship's name
    /// where it is one. Out of line: the loop of conventions that asks it is long, and code in it
    /// slowed all of it.
    @inline(never)
    func markShipName(_ span: inout EntitySpan) -> Bool {
        let first = span.tokens.lowerBound
        guard CueWords.vesselNoun.contains(facts[first - 1].bare) else { return false }
        if isShipName(span) {
            span.type = .miscellaneous
            span.isConfirmedByRule = true
            if let numeral = shipNumeral(after: span) { span.tokens = first..<numeral + 1 }
        }
        return true
    }

    private func isShipName(_ span: EntitySpan) -> Bool {
        let first = span.tokens.lowerBound
        guard !facts[first - 1].isCapitalized, spaced(first), facts[first].isCapitalized, !facts[first].isAllCaps,
              !extractor.gazetteer.isDemonym(key: facts[first].nameKey),
              !span.tokens.contains(where: { CueWords.organization.contains(facts[$0].bare) || CueWords.firmKind.contains(facts[$0].bare) }) else { return false }
        return true
    }

    /// "the survey ship Sismik 1": a number of one or two digits right after a ship's name is
    /// the name's; the tagger left it out. `nil` when none follows, or another span holds it.
    private func shipNumeral(after span: EntitySpan) -> Int? {
        let next = span.tokens.upperBound
        guard next < facts.count, document.tokens[next].kind == .number, document.tokens[next].span.bytes.count <= 2, spaced(next) else { return nil }
        return next
    }
}
