import Gazetteer
import TextAnalysis

/// The span conventions about acronyms in parentheses (see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``): an acronym written
/// after its expansion ("Institute for the Study of War (ISW)") is an entity of the same type,
/// and the expansion the tagger left out or cut is added.
extension DocumentFeatures {
    /// "General Agreement on Tariffs and Trade (GATT)", "Ministry of International Trade and
    /// Industry (MITI)": an acronym the tagger read as an organization, in parentheses after
    /// capitalized words and connectors whose initials it is, names the organization they spell
    /// out, which the tagger had left out or cut at the connectors (467 such names over the news
    /// corpus, 58 of them GATT's).
    func addAcronymExpansions(_ spans: inout [EntitySpan]) {
        let tokens = document.tokens, bytes = document.bytes
        var expansions: [EntitySpan] = []
        // Made at the first acronym that spells a name (most documents have none); the spans'
        // tokens do not change until the expansions are added.
        var overlaps: SpanOverlaps?
        for index in spans.indices {
            // By index, the cheapest test first: most spans have no parenthesis before them.
            let acronym = spans[index].tokens.lowerBound, open = acronym - 1
            guard open > 1, document.token(tokens[open], is: UInt8(ascii: "(")), spans[index].tokens.count == 1,
                  spans[index].type == .organization, acronym + 1 < tokens.count, facts[acronym].isAllCaps,
                  document.token(tokens[acronym + 1], is: UInt8(ascii: ")")), spaced(open) else { continue }
            let letters = tokens[acronym].span.bytes
            guard (2...6).contains(letters.count) else { continue }
            // Back from the parenthesis, a word's initial for each letter of the acronym, from its last.
            var matched = 0, start = open, word = open - 1
            while word >= 0, matched < letters.count {
                if facts[word].isCapitalized, tokens[word].kind == .word {
                    guard bytes[tokens[word].span.bytes.lowerBound] == bytes[letters.upperBound - 1 - matched] else { break }
                    matched += 1
                    start = word
                } else if facts[word].isCapitalized || !CueWords.nameConnector.contains(facts[word].bare) {
                    break
                }
                guard word > 0, spaced(word) else { break }
                word -= 1
            }
            guard matched == letters.count, open - start >= 2 else { continue }
            // The names the tagger found in it go; one that runs out of it leaves it as it was.
            let expansion = start..<open
            if overlaps == nil { overlaps = SpanOverlaps(spans) }
            guard overlaps!.firstIndex(overlapping: expansion, where: {
                spans[$0].tokens.lowerBound < start || spans[$0].tokens.upperBound > open || spans[$0].tokens == expansion
            }) == nil else { continue }
            var span = EntitySpan(type: .organization, tokens: expansion, confidence: spans[index].confidence)
            span.isConfirmedByRule = true
            if CueWords.measure.contains(facts[open - 1].bare) {
                // "Retail Price Index (RPI)": a measure, no organization, and so is its acronym.
                span.type = .miscellaneous
                spans[index].type = .miscellaneous
            }
            expansions.append(span)
        }
        guard !expansions.isEmpty else { return }
        let covering = SpanOverlaps(expansions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound })
        spans.removeAll { covering.covers($0.tokens) }
        spans = (spans + expansions).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Institute for the Study of War (ISW)": the letters of the acronym are the initials of
    /// the expansion's capitalized words, so the acronym takes the expansion's type.
    func addParenthesizedAcronyms(_ spans: inout [EntitySpan]) {
        let tokens = document.tokens
        // The first span holding the acronym, as a pass over them all would find it, from the
        // spans' first ranges (`overlaps`, made at the first acronym) and the one-token spans
        // this loop makes (`remade`: the first one of each token; the spans remade have left
        // their first ranges). A pass over all spans for each acronym was quadratic in a long
        // document.
        var overlaps: SpanOverlaps?
        var remade: [Int: Int] = [:], left = Set<Int>()
        func firstHolding(_ token: Int, in spans: [EntitySpan]) -> Int? {
            if overlaps == nil { overlaps = SpanOverlaps(spans) }
            let first = overlaps!.firstIndex(overlapping: token..<token + 1) { !left.contains($0) }
            guard let again = remade[token] else { return first }
            return min(first ?? again, again)
        }
        for (position, expansion) in spans.enumerated() where expansion.tokens.count > 1 {
            let open = expansion.tokens.upperBound
            guard open + 2 < tokens.count, document.token(tokens[open], is: UInt8(ascii: "(")),
                  document.token(tokens[open + 2], is: UInt8(ascii: ")")), facts[open + 1].isAllCaps else { continue }
            guard SpanConventions.isAcronym(open + 1, of: expansion, document: document, facts: facts) else { continue }
            spans[position].isConfirmedByRule = true
            if let existing = firstHolding(open + 1, in: spans) {
                if existing < overlaps!.count, spans[existing].tokens != open + 1..<open + 2 { left.insert(existing) }
                remade[open + 1] = min(remade[open + 1] ?? existing, existing)
                spans[existing].tokens = open + 1..<open + 2
                spans[existing].type = expansion.type
                spans[existing].isConfirmedByRule = true
            } else {
                var acronym = EntitySpan(type: expansion.type, tokens: open + 1..<open + 2, confidence: expansion.confidence)
                acronym.isConfirmedByRule = true
                remade[open + 1] = remade[open + 1] ?? spans.count
                spans.append(acronym)
            }
        }
        // Sorted only when out of order: most documents have no such acronym, and the sort,
        // stable, leaves spans in order as they were.
        if zip(spans, spans.dropFirst()).contains(where: { $0.tokens.lowerBound > $1.tokens.lowerBound }) {
            spans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }
}

/// The conventions' tests that read no document features of their own.
enum SpanConventions {
    /// Whether the token at `index` is written as the initials of `expansion`'s capitalized words
    /// ("RBC-Ukraine" counts twice: R, U).
    static func isAcronym(_ index: Int, of expansion: EntitySpan, document: Document, facts: [TokenFacts]) -> Bool {
        guard facts[index].isAllCaps, expansion.tokens.count > 1 else { return false }
        if let isAcronym = isASCIIAcronym(index, of: expansion, document: document, facts: facts) { return isAcronym }
        var letters = ""
        for member in expansion.tokens where facts[member].isCapitalized {
            for part in document.text(of: document.tokens[member]).split(separator: "-") {
                if let first = part.first, first.isUppercase { letters.append(first) }
            }
        }
        return document.text(of: document.tokens[index]) == letters
    }

    /// ``isAcronym(_:of:document:facts:)`` read off the bytes when the acronym and the words it
    /// would spell are ASCII (their Characters are their bytes, an ASCII capital is the only
    /// capital among them, and equal Strings of ASCII are equal bytes), nil for other text: the
    /// Strings, their splits and Characters were some 15,000 instructions per acronym.
    private static func isASCIIAcronym(_ index: Int, of expansion: EntitySpan, document: Document, facts: [TokenFacts]) -> Bool? {
        let bytes = document.bytes, acronym = document.tokens[index].span.bytes
        guard bytes[acronym].allSatisfy({ $0 < 0x80 }) else { return nil }
        var next = acronym.lowerBound
        for member in expansion.tokens where facts[member].isCapitalized {
            let word = document.tokens[member].span.bytes
            guard bytes[word].allSatisfy({ $0 < 0x80 }) else { return nil }
            // The first byte of each part between hyphens, if a capital, is the next letter.
            var startsPart = true
            for position in word {
                let byte = bytes[position]
                if startsPart && byte &- UInt8(ascii: "A") < 26 {
                    guard next < acronym.upperBound, bytes[next] == byte else { return false }
                    next += 1
                }
                startsPart = byte == UInt8(ascii: "-")
            }
        }
        return next == acronym.upperBound
    }
}
