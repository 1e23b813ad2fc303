import TextAnalysis

/// Names do not run through one side of a parenthesis.
extension DocumentFeatures {
    /// A span holding a parenthesis without its other half is two names or one and a fragment:
    /// "[Palestine Refugees (UNRWA]ORG)", "[British Petroleum (BP]ORG)", "([Yasuhiro) Nakasone]PERSON".
    /// The tagger and the conventions that join names across a parenthesis ("Industry (MITI)",
    /// whose acronym is read after the whole name) had left 47 such spans over the news corpus.
    /// The span is cut at each such parenthesis; a piece is kept, with the span's type, when it
    /// opens with a capital, so the acronym after the name stays a name of its own. A firm's
    /// unit named by its country is closed instead ("Chevron Petroleum (U.K.) Ltd").
    func splitAtUnbalancedParentheses(_ spans: inout [EntitySpan]) {
        // Most documents have no name with a parenthesis in it: their spans' bytes are scanned
        // once, and the spans are rebuilt only when one has. (Rebuilding them for every document
        // cost 6.5 M instructions per MB of news.)
        let first: Int? = document.bytes.withUnsafeBufferPointer { bytes in
            let tokens = document.tokens
            for index in spans.indices where spans[index].tokens.count > 1 {
                let range = tokens[spans[index].tokens.lowerBound].span.bytes.lowerBound..<tokens[spans[index].tokens.upperBound - 1].span.bytes.upperBound
                for offset in range where bytes[offset] == UInt8(ascii: "(") || bytes[offset] == UInt8(ascii: ")") { return index }
            }
            return nil
        }
        guard let first else { return }
        var pieces = Array(spans[..<first])
        pieces.reserveCapacity(spans.count + 2)
        var closedUntil = 0 // a span closed over the next ones' tokens ("(U.K.) [Ltd]") takes them
        for span in spans[first...] {
            if span.tokens.lowerBound < closedUntil { continue }
            guard span.tokens.count > 1, let cuts = unbalancedParentheses(in: span.tokens) else {
                pieces.append(span)
                continue
            }
            // "[Chevron Petroleum (U.K.]ORG) Ltd", "[BHP Petroleum (Americas]ORG)": a firm's unit
            // named by its country, closed right after the span, is the firm's whole name.
            let end = span.tokens.upperBound
            if span.type == .organization, cuts.count == 1, let open = cuts.first, open > span.tokens.lowerBound, open + 1 < end,
               document.token(document.tokens[open], is: UInt8(ascii: "(")),
               end < facts.count, document.token(document.tokens[end], is: UInt8(ascii: ")")), placeReading(open + 1..<end) != nil {
                var whole = span
                whole.tokens = span.tokens.lowerBound..<(end + 1 < facts.count && CueWords.legalForm.contains(facts[end + 1].bare) ? end + 2 : end + 1)
                pieces.append(whole)
                closedUntil = whole.tokens.upperBound
                continue
            }
            var start = span.tokens.lowerBound
            for cut in cuts + [span.tokens.upperBound] {
                if start < cut, facts[start].hasUppercase {
                    var piece = span
                    piece.tokens = start..<cut
                    pieces.append(piece)
                }
                start = cut + 1
            }
        }
        spans = pieces
    }

    /// The positions of the parentheses in `tokens` whose other half is not in them, or `nil`
    /// when every one is matched (as nearly always: most names hold none).
    private func unbalancedParentheses(in tokens: Range<Int>) -> [Int]? {
        var open: [Int] = []
        var unmatched: [Int] = []
        for token in tokens where document.tokens[token].kind == .punctuation {
            if document.token(document.tokens[token], is: UInt8(ascii: "(")) {
                open.append(token)
            } else if document.token(document.tokens[token], is: UInt8(ascii: ")")) {
                if open.popLast() == nil { unmatched.append(token) }
            }
        }
        let cuts = (unmatched + open).sorted()
        return cuts.isEmpty ? nil : cuts
    }
}
