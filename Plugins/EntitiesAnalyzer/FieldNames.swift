import Gazetteer
import TextAnalysis

/// The names of ministries, departments and institutes, made of their kind, "of" and their field.
extension DocumentFeatures {
    /// "the Ministry of International Trade and Industry", "Massachusetts Institute of
    /// Technology", "Office of Management and Budget": a ministry's, an institute's or an office's
    /// name is its kind, "of" and its field, and the field may go on after "and". The tagger,
    /// trained on news that has few of them, cut such names at "of" or at "and"
    /// ("[Ministry of International Trade]ORG and Industry" 47 times over the news corpus,
    /// "[Massachusetts Institute]ORG of [Technology]ORG" 18). The field is capitalized common
    /// words (news writes each in lower case at least one time in five), so not "Board of
    /// [Mitsubishi]", "Bureau of Meteorology and CSIRO", nor another body: "Department of
    /// Agriculture and Commerce Department".
    func joinFieldNames(_ spans: inout [EntitySpan]) {
        // Most documents have no such name: then the spans are only read. (The cue words are
        // read once: each read of a static is a call.)
        let of = CueWords.of, and = CueWords.and, kinds = CueWords.fieldKind
        var index = 0
        while index < spans.count, !mayJoinField(spans[index], of: of, and: and, kinds: kinds) { index += 1 }
        guard index < spans.count else { return }
        // Spans before `index` stay; from there on, each is written at `kept`, joined or not.
        var kept = index
        while index < spans.count {
            var span = spans[index]
            index += 1
            guard mayJoinField(span, of: of, and: and, kinds: kinds) else {
                spans[kept] = span
                kept += 1
                continue
            }
            let first = span.tokens.lowerBound
            // The kind and "of" before a field the tagger read: in a name of its own, which the
            // field joins ("[Massachusetts Institute]ORG of [Technology]ORG"), or in no name.
            if first >= 2, facts[first - 1].bare == of, isField(span.tokens) || isFieldBeforeOpenParenthesis(span.tokens) {
                let kind = first - 2
                let last = kept > 0 ? spans[kept - 1] : nil
                if let last, last.type == .organization, last.tokens.upperBound == kind + 1 {
                    span.tokens = last.tokens.lowerBound..<span.tokens.upperBound
                    span.confidence = max(span.confidence, last.confidence)
                    span.isConfirmedByRule = true
                    kept -= 1
                } else if last.map({ $0.tokens.upperBound <= kind }) ?? true {
                    // The capitalized words before the kind that no name has ("Australian Council of
                    // Trade Unions"), not an article or a possessive ("The", "A").
                    let floor = last?.tokens.upperBound ?? 0
                    var start = kind
                    while start > floor, spaced(start), facts[start - 1].isCapitalized, facts[start - 1].isWord, !facts[start - 1].isAllCaps,
                          !CueWords.beforeCommonNoun.contains(facts[start - 1].bare) { start -= 1 }
                    span.tokens = start..<span.tokens.upperBound
                    span.isConfirmedByRule = true
                }
            }
            // "and" and more words of the field, after a name that has its kind and "of"; the
            // words end the run of capitalized ones, and any name the tagger found in them is in
            // them, or runs on only into a parenthesis ("[Industry (MITI]ORG)", whose acronym
            // is found after the whole name).
            let end = span.tokens.upperBound
            if end + 1 < facts.count, facts[end].bare == and, spaced(end), hasKindOf(span.tokens) {
                var stop = end + 1
                while stop < min(facts.count, end + 4), spaced(stop), isFieldWord(stop) { stop += 1 }
                var absorbed = index
                while absorbed < spans.count, spans[absorbed].tokens.lowerBound < stop,
                      spans[absorbed].tokens.upperBound <= stop || document.token(document.tokens[stop], is: UInt8(ascii: "(")) { absorbed += 1 }
                if stop > end + 1, stop == facts.count || !facts[stop].isCapitalized || !spaced(stop),
                   absorbed == spans.count || spans[absorbed].tokens.lowerBound >= stop {
                    span.tokens = span.tokens.lowerBound..<stop
                    span.isConfirmedByRule = true
                    index = absorbed
                }
            }
            spans[kept] = span
            kept += 1
        }
        spans.removeLast(spans.count - kept)
    }

    /// "[National Institute]ORG of General Medical Sciences", "[Association of Muslim]ORG
    /// Scholars": a field the tagger left untagged after a body's kind and "of", or the common
    /// word after a people's or a faith's name there ("of Muslim Scholars", "of American
    /// Scientists"), is the body's name, up to the end of the run of capitals (not "Board of
    /// [Mitsubishi]", a firm; not a field that runs on into a capitalized word the test does not
    /// know). At most four words, none in another span.
    func extendFieldNames(_ spans: inout [EntitySpan]) {
        let of = CueWords.of, kinds = CueWords.fieldKind
        for index in spans.indices where spans[index].type == .organization {
            let tokens = spans[index].tokens, end = tokens.upperBound
            guard end < facts.count, spaced(end) else { continue }
            let start: Int
            if facts[end].bare == of, !facts[end].isCapitalized, facts[end - 1].isCapitalized, kinds.contains(facts[end - 1].bare) {
                start = end + 1
            } else if tokens.count >= 3, facts[end].isCapitalized, facts[end - 2].bare == of, !facts[end - 2].isCapitalized,
                      kinds.contains(facts[end - 3].bare), isPeoplesWord(end - 1) {
                start = end
            } else {
                continue
            }
            let next = index + 1 < spans.count ? spans[index + 1].tokens.lowerBound : facts.count
            var stop = start
            while stop < min(next, start + 4), spaced(stop), isFieldWord(stop) { stop += 1 }
            guard stop > start, stop == facts.count || !facts[stop].isCapitalized || !spaced(stop) else { continue }
            spans[index].tokens = tokens.lowerBound..<stop
        }
    }

    /// "Muslim", "American": a faith's or a people's name, capitalized.
    private func isPeoplesWord(_ token: Int) -> Bool {
        facts[token].isCapitalized && (EntityLabeler.groups.contains(facts[token].lower) || extractor.gazetteer.isDemonym(key: facts[token].nameKey))
    }

    /// An organization after a kind and a lower-case "of", or before a lower-case "and" after
    /// them: the cheap tests first.
    @inline(__always)
    private func mayJoinField(_ span: EntitySpan, of: UInt64, and: UInt64, kinds: CueSet) -> Bool {
        guard span.type == .organization else { return false }
        let first = span.tokens.lowerBound, end = span.tokens.upperBound
        if first >= 2, facts[first - 1].bare == of, !facts[first - 1].isCapitalized, facts[first - 2].isCapitalized, kinds.contains(facts[first - 2].bare) { return true }
        return end + 1 < facts.count && facts[end].bare == and && !facts[end].isCapitalized && hasKindOf(span.tokens)
    }

    /// A capitalized word naming a kind of ministry, office or institute ("Ministry", "Institute").
    private func isKind(_ token: Int) -> Bool {
        facts[token].isCapitalized && CueWords.fieldKind.contains(facts[token].bare)
    }

    /// "[Technology (MIT]ORG)": a field the tagger ran on into the acronym in parentheses after
    /// the name. The name is joined whole; ``splitAtUnbalancedParentheses(_:)`` then cuts it at
    /// the parenthesis, and the full name and the acronym are two mentions of the body.
    private func isFieldBeforeOpenParenthesis(_ tokens: Range<Int>) -> Bool {
        guard let open = tokens.dropFirst().first(where: { !facts[$0].isWord }), document.token(document.tokens[open], is: UInt8(ascii: "(")),
              open + 1 < tokens.upperBound else { return false }
        for token in open + 1..<tokens.upperBound where !facts[token].isWord { return false }
        return isField(tokens.lowerBound..<open)
    }

    /// A field's words: common words, capitalized, with a lower-case "and" between them.
    private func isField(_ tokens: Range<Int>) -> Bool {
        for token in tokens where !isFieldWord(token) {
            guard token > tokens.lowerBound, token + 1 < tokens.upperBound, facts[token].bare == CueWords.and, !facts[token].isCapitalized else { return false }
        }
        return true
    }

    /// A capitalized word that news writes in lower case at least one time in five, not in
    /// capitals and not a body's kind ("Technology", "Trade", not "CSIRO" nor "Department").
    func isFieldWord(_ token: Int) -> Bool {
        facts[token].isCapitalized && facts[token].isWord && !facts[token].isAllCaps && !CueWords.fieldKind.contains(facts[token].bare)
            && (extractor.lexicon.lowerCaseShare(key: facts[token].nameKey) ?? 0) >= 0.2
    }

    /// Whether a name holds a kind and "of" ("Ministry of International Trade").
    private func hasKindOf(_ tokens: Range<Int>) -> Bool {
        for token in tokens.dropFirst() where facts[token].bare == CueWords.of && isKind(token - 1) { return true }
        return false
    }
}
