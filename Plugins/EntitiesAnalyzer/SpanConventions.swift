import TextAnalysis

/// The span conventions of the README: a leading "the", a title or role before a person's
/// name and a possessive clitic stay outside; an acronym written in parentheses after its
/// expansion ("Institute for the Study of War (ISW)") is an entity of the same type.
struct SpanConventions {
    let document: Document
    let facts: [TokenFacts]

    func apply(to spans: [EntitySpan]) -> [EntitySpan] {
        var trimmed = spans.compactMap(trim)
        addParenthesizedAcronyms(&trimmed)
        return trimmed
    }

    private func trim(_ span: EntitySpan) -> EntitySpan? {
        var span = span
        while span.tokens.count > 1 {
            let first = facts[span.tokens.lowerBound]
            let isArticle = CueWords.article.contains(first.bare)
            let isTitle = span.type == .person && CueWords.title.contains(first.bare)
            guard isArticle || isTitle else { break }
            span.tokens = span.tokens.dropFirst()
        }
        while !span.tokens.isEmpty, let last = span.tokens.last,
              document.tokens[last].kind == .clitic || document.tokens[last].kind == .punctuation {
            span.tokens = span.tokens.dropLast()
        }
        return span.tokens.isEmpty ? nil : span
    }

    /// "Institute for the Study of War (ISW)": the letters of the acronym are the initials of
    /// the expansion's capitalized words, so the acronym takes the expansion's type.
    private func addParenthesizedAcronyms(_ spans: inout [EntitySpan]) {
        let tokens = document.tokens
        for expansion in spans where expansion.tokens.count > 1 {
            let open = expansion.tokens.upperBound
            guard open + 2 < tokens.count, document.token(tokens[open], equals: "("),
                  document.token(tokens[open + 2], equals: ")"), facts[open + 1].isAllCaps else { continue }
            let acronym = document.text(of: tokens[open + 1])
            guard acronym == initials(of: expansion) else { continue }
            if let existing = spans.firstIndex(where: { $0.tokens.contains(open + 1) }) {
                spans[existing].tokens = open + 1..<open + 2
                spans[existing].type = expansion.type
            } else {
                spans.append(EntitySpan(type: expansion.type, tokens: open + 1..<open + 2, confidence: expansion.confidence))
            }
        }
        spans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private func initials(of span: EntitySpan) -> String {
        var letters = ""
        for index in span.tokens where facts[index].isCapitalized {
            for part in document.text(of: document.tokens[index]).split(separator: "-") {
                if let first = part.first, first.isUppercase { letters.append(first) }
            }
        }
        return letters
    }
}
