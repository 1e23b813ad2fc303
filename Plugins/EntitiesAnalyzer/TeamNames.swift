import Gazetteer
import TextAnalysis

/// Sports clubs named after their cities: "the Texas Rangers", "Leeds United", "Real Madrid".
extension DocumentFeatures {
    /// A place the tagger read with a team's word after it in the same capitalized run ("[Texas]
    /// Rangers", "[Boston] Red Sox") or a club's word before it ("Real [Madrid]") is the club: one
    /// ORG span over the whole name, kept whatever the tagger's doubt (``SportsTeams``, which
    /// `places` reads too, to leave the city out). In mixed case only: a headline's "TEXAS GIANTS"
    /// may be other words. A short prefix counts only in capitals ("AS Roma"; "As Texas voted").
    /// A span read whole ("Texas Rangers") that the tagger doubted, a place's word and a team's, is
    /// kept as the club's.
    func joinTeamNames(_ spans: inout [EntitySpan]) {
        let teams = CueWords.team, prefixes = CueWords.clubPrefix
        var emptied = false
        for index in spans.indices where !spans[index].tokens.isEmpty {
            let found = spans[index].tokens
            if spans[index].type != .location {
                // "[Texas Rangers]", "[Miami Heat]" read whole but doubted: a place and a team's word.
                // (A person's only when the first word is no given name: "Austin Kings" is one.)
                // ("the Denver Nuggets": after "the" a given name opens no person's name.)
                if spans[index].type != .person || !spans[index].isConfirmedByRule
                    && (!extractor.lexicon.isGivenName(key: facts[found.lowerBound].nameKey)
                        || found.lowerBound > 0 && facts[found.lowerBound - 1].bare == CueWords.the), found.count >= 2,
                   isTeamWord(found.upperBound - 1, teams), extractor.placeReadings.reading(forKey: facts[found.lowerBound].nameKey) != nil,
                   found.allSatisfy({ facts[$0].isCapitalized }), !isCapitalizedWord(found.upperBound) {
                    spans[index].type = .organization
                    spans[index].isConfirmedByRule = true
                }
                continue
            }
            guard !facts[found.upperBound - 1].isAllCaps else { continue }
            var end = found.upperBound
            if isTeamWord(end, teams) {
                end += 1
            } else if isTeamWord(end + 1, teams), end + 1 < facts.count, facts[end].isCapitalized, !facts[end].isAllCaps, spaced(end) {
                end += 2 // "Red Sox", "Super Kings", "Maple Leafs"
            }
            var start = found.lowerBound
            if start > 0, facts[start - 1].isCapitalized, spaced(start), prefixes.contains(facts[start - 1].bare),
               facts[start - 1].isAllCaps || document.tokens[start - 1].span.bytes.count > 3 {
                start -= 1
            }
            guard start..<end != found else { continue }
            // A name the tagger read apart ("[Boston]GPE [Red Sox]ORG") joins the club's.
            if index + 1 < spans.count, spans[index + 1].tokens.lowerBound < end {
                guard spans[index + 1].tokens.upperBound <= end else { continue }
                spans[index + 1].tokens = end..<end
                emptied = true
            }
            if index > 0, spans[index - 1].tokens.upperBound > start {
                guard spans[index - 1].tokens.lowerBound >= start else { continue }
                spans[index - 1].tokens = start..<start
                emptied = true
            }
            spans[index].tokens = start..<end
            spans[index].type = .organization
            spans[index].isConfirmedByRule = true
        }
        if emptied { spans.removeAll { $0.tokens.isEmpty } }
    }

    /// A capitalized word right after the word before it: the run goes on ("Congress of the
    /// United States" is no team "United").
    private func isCapitalizedWord(_ index: Int) -> Bool {
        index < facts.count && facts[index].isCapitalized && spaced(index)
    }

    /// Token `index` is a team's word, capitalized in mixed case, right after the word before it.
    private func isTeamWord(_ index: Int, _ teams: CueSet) -> Bool {
        index < facts.count && facts[index].isCapitalized && !facts[index].isAllCaps && spaced(index) && teams.contains(facts[index].bare)
    }
}
