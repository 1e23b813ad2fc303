import TextAnalysis

/// Stock market indices named by their sponsor and the number of their members.
extension DocumentFeatures {
    /// "the S&P 500", "the Nikkei 225", "the CAC 40", "the Russell 2000": an index's name and the
    /// number of its members is one name, MISC (as CoNLL marks "FTSE 100"), which the tagger cut
    /// before the number and read as the sponsor ("[S&P]ORG 500", "[CAC]ORG 40") or a person
    /// ("[Russell]PERSON 2000"). Only the indices' own names (``CueWords/marketIndex``) before a
    /// number of members as news writes it, with no unit after it; so are the record charts
    /// named so ("the Billboard Hot 100", "the Billboard 200").
    func joinMarketIndexNames(_ spans: inout [EntitySpan]) {
        let indices = CueWords.marketIndex, composite = CueWords.composite
        for index in spans.indices {
            let last = spans[index].tokens.upperBound - 1, number = last + 1
            // "the Nasdaq Composite", "the Shanghai Composite": an index named for its exchange,
            // which the tagger doubted or read as a firm (since stop 27).
            if spans[index].tokens.count >= 2, facts[last].bare == composite, facts[last].isCapitalized {
                spans[index].type = .miscellaneous
                spans[index].isConfirmedByRule = true
                continue
            }
            guard indices.contains(facts[last].bare), number < facts.count, document.tokens[number].kind == .number, spaced(number),
                  Self.indexSizes.contains(document.text(of: document.tokens[number])),
                  index + 1 == spans.count || spans[index + 1].tokens.lowerBound > number else { continue }
            spans[index].tokens = spans[index].tokens.lowerBound..<number + 1
            spans[index].type = .miscellaneous
            spans[index].isConfirmedByRule = true
        }
    }

    /// Member counts the indices are named by.
    static let indexSizes: Set<String> = ["20", "30", "40", "50", "100", "200", "225", "250", "300", "500", "600", "1000", "2000", "3000", "5000"]
}
