import Gazetteer
import TextAnalysis

/// "LeBron James", "DeAndre Hopkins", "LaMarcus Aldridge": a given name written with a capital
/// after a short prefix, before a surname the lexicon knows, is a person; the tagger read the
/// inner capital as a firm's ("OpenAI", "PayPal") and the pair as an organization.
extension DocumentFeatures {
    @inline(never)
    func retypePrefixedGivenNames(_ spans: inout [EntitySpan]) {
        for index in spans.indices where spans[index].type == .organization && spans[index].tokens.count == 2 && !spans[index].isConfirmedByRule {
            let given = spans[index].tokens.lowerBound, surname = given + 1
            guard hasGivenNamePrefix(given), facts[surname].isCapitalized, !facts[surname].isAllCaps,
                  document.tokens[surname].kind == .word, !CueWords.organization.contains(facts[surname].bare),
                  extractor.lexicon.isSurname(key: facts[surname].nameKey),
                  document.nameKey(of: spans[index].tokens).flatMap({ extractor.lexicon.knownOrganization(key: $0) }) == nil else { continue }
            spans[index].type = .person
            spans[index].isConfirmedByRule = true
        }
    }

    /// Le, La, De, Da, Di, Ja, Ke or Sha, then a capital and at least two lower-case letters,
    /// and nothing else.
    private func hasGivenNamePrefix(_ index: Int) -> Bool {
        guard document.tokens[index].kind == .word else { return false }
        let bytes = document.bytes, range = document.tokens[index].span.bytes
        guard range.count >= 5 else { return false }
        let first = bytes[range.lowerBound], second = bytes[range.lowerBound + 1]
        let isUpper = { (byte: UInt8) in byte >= 0x41 && byte <= 0x5A }
        let isLower = { (byte: UInt8) in byte >= 0x61 && byte <= 0x7A }
        var inner: Int
        switch (first, second) {
        case (UInt8(ascii: "L"), UInt8(ascii: "e")), (UInt8(ascii: "L"), UInt8(ascii: "a")), (UInt8(ascii: "D"), UInt8(ascii: "e")),
             (UInt8(ascii: "D"), UInt8(ascii: "a")), (UInt8(ascii: "D"), UInt8(ascii: "i")), (UInt8(ascii: "J"), UInt8(ascii: "a")),
             (UInt8(ascii: "K"), UInt8(ascii: "e")):
            inner = range.lowerBound + 2
        case (UInt8(ascii: "S"), UInt8(ascii: "h")) where bytes[range.lowerBound + 2] == UInt8(ascii: "a"):
            inner = range.lowerBound + 3
        default:
            return false
        }
        guard isUpper(bytes[inner]), range.upperBound - inner >= 3 else { return false }
        inner += 1
        while inner < range.upperBound {
            guard isLower(bytes[inner]) else { return false }
            inner += 1
        }
        return true
    }
}
