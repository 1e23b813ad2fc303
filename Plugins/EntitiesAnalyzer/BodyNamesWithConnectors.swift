import TextAnalysis

/// Bodies named for what they work on or for: "the Council on Foreign Relations", "the Office for
/// National Statistics", "the Centers for Disease Control and Prevention", "the Committee to
/// Protect Journalists".
extension DocumentFeatures {
    /// A body's kind ("Council", "Office", "Centers"), a lower-case "on", "for" or "to", and its
    /// field in capitalized common words, after "the" or a possessive, is one organization, with
    /// the capitalized words before the kind ("the Kenya National Commission on Human Rights",
    /// "the Senate Committee on Foreign Relations"). The tagger, trained on CoNLL's newswire,
    /// which has few of them, left most such names out or cut them at the connector: "[UN
    /// Committee]ORG on the Rights of the Child", "Commission on [Human Rights]ORG".
    ///
    /// The field is the test ``isFieldWord(_:)`` makes for "Ministry of ...": words news writes in
    /// lower case at least one time in five, so a place, a person or a firm after the connector is
    /// none ("the Commission to Brussels", "the Council for Greater Manchester" are left alone), and
    /// neither is a day or a month ("the Court on Friday", "the Commission on May 5"). Inside the
    /// field, "and", "the" and "of" join its words ("on the Rights of the Child", "for Economic
    /// Co-operation and Development"). "the" or a possessive before the name keeps title-case
    /// headlines out ("Rail Union to Strike Over Pay"), and a capitalized word right after the field
    /// that is no title leaves the name undecided, so it is left as it was.
    func addBodyNamesWithConnectors(_ spans: inout [EntitySpan], cues: CapitalsBeforeCues) {
        let candidates = cues.bodyConnector
        guard !candidates.isEmpty else { return }
        let kinds = CueWords.connectedBodyKind, purposeKinds = CueWords.purposeBodyKind, to = CueWords.to
        var added: [EntitySpan] = []
        var replaced: [Range<Int>] = []
        var cursor = 0
        for kind in candidates where facts[kind].isCapitalized && !facts[kind].isAllCaps && kinds.contains(facts[kind].bare) {
            let connector = kind + 1
            // "to" and a verb's clause name a committee or a campaign's body ("the Committee to
            // Protect Journalists"); after another kind, or before one word, it is where the
            // body goes ("elevate the Environmental Protection Agency to Cabinet rank").
            let isTo = facts[connector].bare == to
            if isTo, !purposeKinds.contains(facts[kind].bare) { continue }
            guard !facts[connector].isCapitalized, spaced(connector), let end = fieldEnd(after: connector, minimumWords: isTo ? 2 : 1) else { continue }
            let start = namesStart(before: kind)
            guard start > 0, facts[start - 1].bare == CueWords.the || document.tokens[start - 1].kind == .clitic else { continue }
            // The tagger's spans there must lie inside the name: one that runs out of it is
            // another reading of the words, and it stays. One that is the name is confirmed (the
            // tagger doubted "the Office for National Statistics" where "on Tuesday" followed).
            while cursor < spans.count && spans[cursor].tokens.upperBound <= start { cursor += 1 }
            var inside = cursor
            while inside < spans.count && spans[inside].tokens.lowerBound < end { inside += 1 }
            let overlapping = spans[cursor..<inside]
            guard overlapping.allSatisfy({ $0.tokens.lowerBound >= start && $0.tokens.upperBound <= end }) else { continue }
            added.append(EntitySpan(confirmed: .organization, tokens: start..<end))
            replaced.append(start..<end)
        }
        guard !added.isEmpty else { return }
        spans.removeAll { span in replaced.contains { $0.lowerBound <= span.tokens.lowerBound && span.tokens.upperBound <= $0.upperBound } }
        spans.insertInOrder(added)
    }

    /// Where a body's field after its connector ends (exclusive), or `nil` when the words after
    /// the connector are no field: capitalized common words, with a lower-case "and", "of", "on"
    /// or "in" between two of them and "the" anywhere ("for the Study of War", "for Research on
    /// Cancer", "for Research in Environmental Sciences"), ending the run of capitals or before a
    /// title ("... on Foreign Relations Chairman Bob Menendez").
    private func fieldEnd(after connector: Int, minimumWords: Int) -> Int? {
        let the = CueWords.the, of = CueWords.of, inner = CueWords.fieldConnector
        let months = CueWords.month, weekdays = CueWords.weekday, titles = CueWords.title
        let bodies = CueWords.organization, house = CueWords.house
        var token = connector + 1
        var end: Int?
        var words = 0
        // Where the field ended before its last inner connector: a capital after the words that
        // follow it gives the field back that end ("on Foreign Relations and the State
        // Department", "for the Southern District of New York", "on Iran on Monday"), as does
        // another body after "of" ("on Ways and Means of the House of Representatives").
        var beforeConnector: Int?
        var afterOf = false
        while token < facts.count, spaced(token) {
            let fact = facts[token]
            if fact.isCapitalized {
                guard isFieldWord(token), !months.contains(fact.bare), !weekdays.contains(fact.bare),
                      !(afterOf && (bodies.contains(fact.bare) || fact.bare == house)) else { break }
                if titles.contains(fact.bare), end != nil { break }
                token += 1
                end = token
                words += 1
                afterOf = false
            } else if fact.bare == the {
                token += 1
            } else if let last = end, inner.contains(fact.bare) {
                beforeConnector = last
                afterOf = fact.bare == of
                token += 1
            } else {
                break
            }
        }
        guard let end, words >= minimumWords else { return nil }
        // A capital right after: the name may go on in words the field test does not know
        // ("the Council for Greater Manchester"), or a title begins one of its own.
        if end < facts.count, facts[end].isCapitalized, spaced(end), !titles.contains(facts[end].bare) { return beforeConnector }
        return end
    }

    /// The first of the capitalized words that run up to a body's kind ("Kenya National
    /// Commission", "UN Committee"), not an article or a possessive opening a sentence ("The").
    private func namesStart(before kind: Int) -> Int {
        var start = kind
        while start > 0, spaced(start), facts[start - 1].isWord, facts[start - 1].isCapitalized || facts[start - 1].isAllCaps,
              !CueWords.beforeCommonNoun.contains(facts[start - 1].bare) {
            start -= 1
        }
        return start
    }
}
