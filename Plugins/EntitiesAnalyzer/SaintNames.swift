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
        // Every convention here starts from a saint's abbreviation, which most documents lack:
        // they are found among the capitals first, read through buffers (the spans' loop asked
        // each span about its neighbours, 0.8 M instructions per MB of news for a few saints).
        let saintKey = CueWords.saint
        var saints: [Int] = []
        uppercase.tokens.withUnsafeBufferPointer { capitals in
            facts.withUnsafeBufferPointer { facts in
                for capital in capitals where facts[capital].bare == saintKey { saints.append(capital) }
            }
        }
        guard !saints.isEmpty else { return }
        var index = 0
        while index < spans.count {
            // "[St.]ORG [Joe Gold]PERSON said", "[St.]ORG [Louis-based]MISC": the tagger read the
            // saint alone as a name and what follows as another; the second takes the saint below.
            // "[St.]ORG Jude said", "[St.]ORG Patrick's Day": or it left what follows out.
            if spans[index].tokens.count == 1, isSaint(spans[index].tokens.lowerBound) {
                let saint = spans[index].tokens.lowerBound
                if index + 1 < spans.count, spans[index + 1].tokens.lowerBound == saint + 1, spaced(saint + 1) {
                    spans.remove(at: index)
                } else if let (end, type) = saintsNameEnd(after: saint) {
                    spans[index].tokens = saint..<end
                    if let type { spans[index].type = type }
                }
            } else if index + 1 < spans.count, spans[index].tokens.count > 1, isSaint(spans[index].tokens.upperBound - 1),
                      spans[index + 1].tokens.lowerBound == spans[index].tokens.upperBound, spaced(spans[index + 1].tokens.lowerBound) {
                // "[Fernand St.]ORG [Germain]PERSON": a name cut after its saint is one, of the second's type.
                spans[index + 1].tokens = spans[index].tokens.lowerBound..<spans[index + 1].tokens.upperBound
                spans.remove(at: index)
                continue
            }
            let start = spans[index].tokens.lowerBound
            // Not a street's abbreviation ending the name before it ("Main St. Thomas said"; "The
            // St. Jude hospital", "In St. Louis" open a sentence with a common word).
            if start > 0, isSaint(start - 1), spaced(start), start == 1 || !endsStreetName(before: start - 1),
               index == 0 || spans[index - 1].tokens.upperBound < start {
                spans[index].tokens = start - 1..<spans[index].tokens.upperBound
                let last = facts[spans[index].tokens.upperBound - 1].bare
                if last == CueWords.day, spans[index].tokens.count > 2 {
                    spans[index].type = .miscellaneous // "St. Patrick's Day", the feast
                } else if spans[index].type == .person, spans[index].tokens.count == 2 {
                    // "St. Germain said", "Mr St Clair": a surname, the person's, unless the two
                    // words name a town ("Minneapolis-St. Paul", "in St. Cloud"). With a given name
                    // before it, the whole name: "Kelly St. John".
                    if start < 2 || !CueWords.personalTitle.contains(facts[start - 2].bare), placeReading(spans[index].tokens)?.isPolitical == true {
                        spans[index].type = .location
                    } else if start >= 2, extractor.lexicon.isGivenName(key: facts[start - 2].nameKey), facts[start - 2].isCapitalized, spaced(start - 1),
                              index == 0 || spans[index - 1].tokens.upperBound < start - 1 {
                        spans[index].tokens = start - 2..<spans[index].tokens.upperBound
                    }
                } else if spans[index].type == .person {
                    // "[Lawrence Seaway]PERSON", "[John Ambulance]PERSON": with the saint, the name is
                    // a place's or a body's, not the person's the tagger read in its given name.
                    spans[index].type = CueWords.placeWord.contains(last) || CueWords.venue.contains(last) ? .location : .organization
                }
            }
            if isSaint(spans[index].tokens.lowerBound), let building = saintsBuilding(at: spans[index].tokens.lowerBound) {
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
        addSaintsBuildings(&spans, saints: saints)
    }

    /// "Doctors at St. Mary's Hospital said": a saint's church or institution that the tagger
    /// left out whole, found from its saint (one of the document's capitals) and added.
    /// `saints`: the document's capitals that are a saint's abbreviation, in order.
    private func addSaintsBuildings(_ spans: inout [EntitySpan], saints: [Int]) {
        var next = 0 // the first span not before the saint: capitals come in order
        for saint in saints {
            while next < spans.count, spans[next].tokens.upperBound <= saint { next += 1 }
            guard isSaint(saint), next == spans.count || spans[next].tokens.lowerBound > saint + 1, let building = saintsBuilding(at: saint),
                  next == spans.count || spans[next].tokens.lowerBound >= building.end else { continue }
            spans.insert(EntitySpan(confirmed: building.type, tokens: saint..<building.end), at: next)
        }
    }

    /// The church or institution a saint's name of one or two words opens at `saint` (see
    /// ``saintsBuildingEnd(nameEnd:)``).
    private func saintsBuilding(at saint: Int) -> (end: Int, type: EntityType)? {
        for nameEnd in saint + 2...saint + 3 where nameEnd <= facts.count && facts[nameEnd - 1].isCapitalized && facts[nameEnd - 1].isWord {
            if let building = saintsBuildingEnd(nameEnd: nameEnd) { return building }
        }
        return nil
    }

    /// Whether the saint's abbreviation at `saint` is a street's, ending the name before it: a
    /// capitalized word before it ("Main St. Thomas said"), not a person's title or given name
    /// ("Mr St Clair", "Fernand St. Germain") nor a determiner or preposition opening a phrase
    /// ("The St. Jude hospital", "At St. Mary's").
    private func endsStreetName(before saint: Int) -> Bool {
        let word = facts[saint - 1]
        return word.isCapitalized && word.isWord && !CueWords.personalTitle.contains(word.bare) && !CueWords.beforeCommonNoun.contains(word.bare)
            && !CueWords.locative.contains(word.bare) && !extractor.lexicon.isGivenName(key: word.nameKey)
    }

    /// Where the capitalized words of a saint's name the tagger left out end ("St. [Jude] said"),
    /// and the type they give the name when it is not the saint's: a feast's, a possessive and
    /// "Day" after them ("St. Patrick's Day"), or a compound's, a word hyphened to a lower-case
    /// one ("St. Louis-based", as the tagger reads "London-based"). Nil when no capitalized word
    /// follows the saint.
    private func saintsNameEnd(after saint: Int) -> (end: Int, type: EntityType?)? {
        var end = saint + 1
        while end < facts.count, end < saint + 3, facts[end].isCapitalized, !facts[end].isAllCaps, facts[end].isWord, spaced(end) {
            end += 1
            if isHyphenedModifier(end - 1) { return (end, .miscellaneous) } // one token: "Louis-based"
        }
        guard end > saint + 1 else { return nil }
        if let possessed = possessiveEnd(after: end - 1), possessed < facts.count, facts[possessed].bare == CueWords.day, facts[possessed].isCapitalized {
            return (possessed + 1, .miscellaneous)
        }
        return (end, nil)
    }

    /// "St" or "St." capitalized, in mixed case.
    private func isSaint(_ index: Int) -> Bool {
        facts[index].bare == CueWords.saint && facts[index].isCapitalized && !facts[index].isAllCaps
    }

    /// Where "'s" and a church's or an institution's capitalized words after a saint's name ending
    /// at `nameEnd` end ("St Peter['s Basilica]", "St Thomas['s Hospital]"), and the type of the
    /// whole: a place for a church or a square, an organization for a school or a hospital. Nil
    /// when no such words follow, or the name runs on.
    private func saintsBuildingEnd(nameEnd: Int) -> (end: Int, type: EntityType)? {
        guard let possessed = possessiveEnd(after: nameEnd - 1) else { return nil }
        var end = possessed
        while end < facts.count, end < possessed + 2, facts[end].isCapitalized, !facts[end].isAllCaps, facts[end].isWord, spaced(end) { end += 1 }
        guard end > possessed, end == facts.count || !(facts[end].isCapitalized && facts[end].isWord) else { return nil }
        let word = facts[end - 1].bare
        if CueWords.saintsPlace.contains(word) { return (end, .location) }
        if CueWords.saintsInstitution.contains(word) { return (end, .organization) }
        return nil
    }
}
