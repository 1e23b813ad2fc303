import TextAnalysis

/// A word of praise or blame written in capitals for emphasis in a line of mixed case
/// ("Natasha is the BEST photographer", "WOW what stunning views", "the GREATEST"): reviews
/// and posts shout so, and the tagger read the word as an organization, as it would an
/// acronym. Only the reviewers' words of ``CueWords/shouted``: other words in capitals are firms
/// as often ("SEAT said", "IDEA common stock"), and a word next to other words in capitals may
/// be part of a short headline, which is not asked about.
extension DocumentFeatures {
    @inline(__always)
    func isEmphasisCapitals(_ span: EntitySpan) -> Bool {
        guard span.tokens.count == 1, !span.isConfirmedByRule else { return false }
        let token = span.tokens.lowerBound
        guard facts[token].isAllCaps else { return false }
        return isShoutedCommonWord(token)
    }

    @inline(never)
    private func isShoutedCommonWord(_ token: Int) -> Bool {
        guard CueWords.shouted.contains(facts[token].bare), document.tokens[token].kind == .word,
              token + 1 >= facts.count || !facts[token + 1].isWord || !facts[token + 1].isAllCaps,
              token == 0 || !facts[token - 1].isWord || !facts[token - 1].isAllCaps else { return false }
        return isInMixedCase(token)
    }
}

extension DocumentFeatures {
    /// "Labour costs rose 4 percent", "Labor shortages hurt farms": the word opening a sentence
    /// before a lower-case word of the labour market is the economists' labour, which only the
    /// sentence's capital makes look like the party ("Labour won the seat", "Labour leader").
    func isEconomistsLabor(_ token: Int) -> Bool {
        guard token + 1 < facts.count, facts[token].isCapitalized, !facts[token].isAllCaps,
              !facts[token + 1].isCapitalized, CueWords.laborMarket.contains(facts[token + 1].bare),
              let sentence = sentence(holding: token) else { return false }
        return sentences[sentence].lowerBound == token
    }
}

extension DocumentFeatures {
    /// After "the", a name ending in a firm's undertaking (``CueWords/undertaking``) is the
    /// document: "the GE Guarantee" (MISC), "The Guaranty is dated August 1"; "the J.M. Huber
    /// Corporation Guaranty" is the firm before its legal form. Not without "the": banks are
    /// named so ("Morgan Guaranty said"). And "Labour costs rose" opening a sentence is no party
    /// (``isEconomistsLabor(_:)``): the span is dropped. (A pass of its own, not a test in the
    /// conventions' loop, whose array reads it made the compiler stop inlining: 5 M
    /// instructions per MB of news.)
    @inline(never)
    func retypeUndertakingsAndLabor(_ spans: inout [EntitySpan]) {
        let undertakingOrLabor = CueWords.undertakingOrLabor, labor = CueWords.labor
        var dropped: [Int] = []
        for index in spans.indices {
            let first = spans[index].tokens.lowerBound, last = spans[index].tokens.upperBound - 1
            let word = facts[last].bare
            guard undertakingOrLabor.contains(word) else { continue }
            if !labor.contains(word) {
                guard spans[index].type == .organization, first > 0, facts[first - 1].bare == CueWords.the else { continue }
                if last > first, CueWords.legalForm.contains(facts[last - 1].bare) {
                    spans[index].tokens = first..<last
                } else {
                    spans[index].type = .miscellaneous
                }
            } else if first == last, isEconomistsLabor(first) {
                dropped.append(index)
            }
        }
        for index in dropped.reversed() { spans.remove(at: index) }
    }
}
