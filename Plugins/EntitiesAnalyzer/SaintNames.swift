import Gazetteer
import TextAnalysis

/// The span conventions about names opening with a saint's (see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``): "St" or "St." before a
/// name is part of it ("St. Thomas Housing Development", which the tagger began at "Thomas"),
/// and a saint's name, its possessive and a church's or an institution's word are one name
/// ("St Peter's Basilica", which the tagger read as a place, "St Peter", and an organization,
/// "Basilica").
extension DocumentFeatures {
    func joinSaintNames(_ spans: inout [EntitySpan]) {
        var index = 0
        while index < spans.count {
            let start = spans[index].tokens.lowerBound
            // Not a person's name of one word ("St. Paul wrote", the saint's), nor a street's
            // abbreviation ending the name before it ("Main St. Thomas said"), nor a feast
            // ("St. Patrick's Day").
            if start > 0, spans[index].type != .person || spans[index].tokens.count > 1, isSaint(start - 1), spaced(start),
               start == 1 || !(facts[start - 2].isCapitalized && facts[start - 2].isWord),
               index == 0 || spans[index - 1].tokens.upperBound < start,
               facts[spans[index].tokens.upperBound - 1].bare != CueWords.day {
                spans[index].tokens = start - 1..<spans[index].tokens.upperBound
                // "[Lawrence Seaway]PERSON", "[John Ambulance]PERSON": with the saint, the name is
                // a place's or a body's, not the person's the tagger read in its given name.
                if spans[index].type == .person {
                    let last = facts[spans[index].tokens.upperBound - 1].bare
                    spans[index].type = CueWords.placeWord.contains(last) || CueWords.venue.contains(last) ? .location : .organization
                }
            }
            if isSaint(spans[index].tokens.lowerBound), let building = saintsBuildingEnd(after: spans[index]) {
                var last = index
                while last + 1 < spans.count, spans[last + 1].tokens.lowerBound < building.end { last += 1 }
                // A name running past the building's word leaves the spans as they were.
                if spans[last].tokens.upperBound <= building.end {
                    var joined = spans[index]
                    joined.tokens = joined.tokens.lowerBound..<building.end
                    joined.type = building.type
                    joined.isConfirmedByRule = true
                    spans.replaceSubrange(index...last, with: [joined])
                }
            }
            index += 1
        }
    }

    /// "St" or "St." capitalized, in mixed case.
    private func isSaint(_ index: Int) -> Bool {
        facts[index].bare == CueWords.saint && facts[index].isCapitalized && !facts[index].isAllCaps
    }

    /// Where "'s" and a church's or an institution's capitalized words after a saint's name of one
    /// or two words end ("St Peter['s Basilica]", "St Thomas['s Hospital]"), and the type of the
    /// whole: a place for a church or a square, an organization for a school or a hospital. Nil
    /// when no such words follow, or the name runs on.
    private func saintsBuildingEnd(after span: EntitySpan) -> (end: Int, type: EntityType)? {
        guard (2...3).contains(span.tokens.count), let possessed = possessiveEnd(after: span.tokens.upperBound - 1) else { return nil }
        var end = possessed
        while end < facts.count, end < possessed + 2, facts[end].isCapitalized, !facts[end].isAllCaps, facts[end].isWord, spaced(end) { end += 1 }
        guard end > possessed, end == facts.count || !(facts[end].isCapitalized && facts[end].isWord) else { return nil }
        let word = facts[end - 1].bare
        if CueWords.saintsPlace.contains(word) { return (end, .location) }
        if CueWords.saintsInstitution.contains(word) { return (end, .organization) }
        return nil
    }
}
