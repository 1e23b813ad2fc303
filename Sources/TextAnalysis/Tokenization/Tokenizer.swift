/// Splits text into tokens with one JIT-compiled PCRE2 pattern, then into sentences.
///
/// All rules are joined into a single alternation whose branches end in
/// `(*MARK:i)`, so one match call finds the next token and names the rule that
/// produced it. Tokens are byte and scalar ranges; no `String` is made per token.
public struct Tokenizer: Sendable {
    /// The rules in priority order, ending with the catch-all ``TokenRule/fallback``.
    public let rules: [TokenRule]
    private let kinds: [TokenKind]
    private let pattern: PCRE2Pattern
    private let splitter: SentenceSplitter
    /// Whether a rule uses `\K` or a PCRE2 verb (`(*SKIP)`, `(*ACCEPT)`, ...), the only ways a
    /// match can start past the separators the pattern skipped. The defaults use neither, so
    /// the gap before each token needs no check (8 instructions a token).
    private let rulesMayMoveStart: Bool

    /// Builds a tokenizer from `rules` (the defaults when omitted). Each rule is
    /// compiled alone first, so an error names the rule and the offset in *its* pattern.
    public init(rules: [TokenRule] = TokenRule.defaults, limits: PCRE2Limits = .default) throws(TokenizerError) {
        let all = rules + [TokenRule.fallback]
        for rule in all {
            let compiled: PCRE2Pattern
            do {
                compiled = try PCRE2Pattern(rule.pattern, name: rule.name, engine: .interpreter)
            } catch {
                throw .invalidRule(name: rule.name, error)
            }
            guard compiled.minimumLength > 0 else { throw .ruleMatchesEmpty(name: rule.name) }
        }
        // Whitespace is consumed possessively and dropped with \K: otherwise PCRE2 would try
        // every rule at every space before moving on (20% of the tokenizer's time).
        let joined = TokenRule.separatorRun + #"\K(?:"#
            + all.enumerated().map { "(?:\($1.pattern))(*MARK:\($0))" }.joined(separator: "|") + ")"
        do {
            // Anchored: each match must begin where the previous token ended, so a rule that
            // skips ahead ((*SKIP), (*PRUNE)) cannot drop the text in between unnoticed.
            pattern = try PCRE2Pattern(joined, options: .anchored, name: "tokenizer", limits: limits)
        } catch {
            throw .invalidRule(name: "tokenizer", error)
        }
        self.rules = all
        kinds = all.map(\.kind)
        rulesMayMoveStart = all.contains { Self.mayMoveStart($0.pattern) }
        splitter = SentenceSplitter()
    }

    /// Whether `pattern` holds `(*` (a PCRE2 verb) or `\K`. A scan of its bytes in pairs:
    /// `String.contains(_:)` went through the string-processing library's searcher, 1.5 M
    /// instructions for the default rules, at every start.
    static func mayMoveStart(_ pattern: String) -> Bool {
        var previous: UInt8 = 0
        for byte in pattern.utf8 {
            if previous == UInt8(ascii: "(") && byte == UInt8(ascii: "*") || previous == UInt8(ascii: "\\") && byte == UInt8(ascii: "K") {
                return true
            }
            previous = byte
        }
        return false
    }

    /// Whether the joined pattern runs as JIT-compiled code.
    public var isJITCompiled: Bool { pattern.isJITCompiled }

    /// The joined pattern, for tools that want to run it elsewhere (the raw C benchmark).
    public var joinedPattern: String { pattern.pattern }

    /// Fills `document.tokens` and `document.sentences`.
    public func tokenize(_ document: inout Document) throws(TokenizerError) {
        document.tokens = try tokens(in: document)
        document.sentences = splitter.sentences(in: document)
    }

    /// The document's tokens, in order, non-overlapping.
    public func tokens(in document: Document) throws(TokenizerError) -> [Token] {
        var tokens: [Token] = []
        // News prose averages about 5.5 bytes per token; one reservation avoids regrowth.
        tokens.reserveCapacity(document.bytes.count / 5 + 16)
        let kinds = self.kinds
        // Scalar offsets advance with the scan; blocks of ASCII text are not even counted.
        var scalars = Document.ScalarCursor(document)
        var scannedEnd = 0
        do {
            try document.bytes.withUnsafeBufferPointer { bytes in
                try pattern.forEachMarkedMatch(in: bytes, from: 0) { start, end, mark in
                    // A user rule can end the match early ((*ACCEPT)) with its own mark or none,
                    // and then match nothing: refuse rather than index past the rules or emit
                    // an empty token.
                    guard UInt(bitPattern: mark) < UInt(kinds.count), start < end else {
                        throw TokenizerError.ruleMisbehaved(
                            source: document.source, byteOffset: start, rule: rules.indices.contains(mark) ? rules[mark].name : nil,
                            reason: start == end ? "matched empty text" : "ended the match outside its branch")
                    }
                    // Anchoring does not stop (*SKIP) from moving the start past text; the gap
                    // must hold separators only. Usually it is empty or one ASCII space.
                    if rulesMayMoveStart {
                        var gap = scannedEnd
                        while gap < start, bytes[gap] == 0x20 { gap += 1 } // inline: a call per token cost 8%
                        if gap < start, let lost = Self.firstNonSeparator(in: document.bytes, gap..<start) {
                            throw TokenizerError.ruleMisbehaved(source: document.source, byteOffset: lost, rule: rules[mark].name, reason: "skipped text")
                        }
                    }
                    scannedEnd = end
                    let scalarStart = scalars.scalarOffset(ofByte: start)
                    let span = TextSpan(byteStart: start, byteEnd: end, scalarStart: scalarStart, scalarEnd: scalars.scalarOffset(ofByte: end))
                    tokens.append(Token(kind: kinds[mark], span: span))
                    return true
                }
            }
        } catch let error as PCRE2Error {
            throw .matchFailed(source: document.source, error)
        } catch let error as TokenizerError {
            throw error
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
        // The fallback rule takes any character, so only separators may remain; anything else
        // means a rule stopped the match ((*COMMIT), (*FAIL)) and text would be lost silently.
        if let stuck = Self.firstNonSeparator(in: document.bytes, scannedEnd..<document.bytes.count) {
            throw .ruleMisbehaved(source: document.source, byteOffset: stuck, rule: nil, reason: "stopped the tokenizer before the end of the text")
        }
        return tokens
    }

    /// The byte offset of the first scalar in `range` that may not stand between tokens.
    private static func firstNonSeparator(in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        if bytes[range].allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) { return nil }
        var offset = range.lowerBound
        for scalar in String(decoding: bytes[range], as: UTF8.self).unicodeScalars {
            if !TokenRule.isSeparator(scalar) { return offset }
            offset += UTF8.width(scalar)
        }
        return nil
    }
}

/// Why a tokenizer could not be built or could not finish.
public enum TokenizerError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidRule(name: String, PCRE2Error)
    /// A rule that can match empty text would stop the tokenizer from advancing.
    case ruleMatchesEmpty(name: String)
    case matchFailed(source: String, PCRE2Error)
    /// A rule used a PCRE2 verb that broke the tokenizer's contract (see ``Tokenizer/tokens(in:)``).
    case ruleMisbehaved(source: String, byteOffset: Int, rule: String?, reason: String)
    /// A token rules file has a line that is not `kind<TAB>pattern`.
    case malformedRulesFile(path: String, line: Int, message: String)

    public var description: String {
        switch self {
        case let .invalidRule(name, error): "token rule '\(name)': \(error)"
        case let .ruleMatchesEmpty(name): "token rule '\(name)' can match empty text; every token rule must consume at least one character"
        case let .matchFailed(source, error): "\(source): tokenizer: \(error)"
        case let .ruleMisbehaved(source, offset, rule, reason):
            "\(source): tokenizer: \(rule.map { "token rule '\($0)'" } ?? "a token rule") \(reason) at byte \(offset)"
        case let .malformedRulesFile(path, line, message): "\(path):\(line): \(message)"
        }
    }
}
