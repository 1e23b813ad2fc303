/// Reads user token rules: one rule a line, `kind<TAB>pattern`, optionally
/// `kind<TAB>pattern<TAB>name`; blank lines and lines starting with `#` are skipped.
///
/// ```
/// # keep ticker symbols such as $AAPL whole
/// word	\$[A-Z]{1,5}\b	ticker
/// ```
public enum TokenRulesFile {
    public static func parse(_ contents: String, path: String) throws(TokenizerError) -> [TokenRule] {
        var rules: [TokenRule] = []
        var lineNumber = 0
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 2 || fields.count == 3, !fields[1].isEmpty else {
                throw .malformedRulesFile(path: path, line: lineNumber, message: "expected 'kind<TAB>pattern[<TAB>name]'")
            }
            guard let kind = TokenKind(name: fields[0]) else {
                let known = TokenKind.allCases.map(\.description).joined(separator: ", ")
                throw .malformedRulesFile(path: path, line: lineNumber, message: "unknown token kind '\(fields[0])' (known: \(known))")
            }
            let name = fields.count == 3 ? fields[2] : "\(path):\(lineNumber)"
            rules.append(TokenRule(name, kind, fields[1]))
        }
        return rules
    }
}
