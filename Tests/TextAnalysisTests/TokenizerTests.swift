import Testing
@testable import TextAnalysis

struct TokenizerCase: Decodable, CustomTestStringConvertible, Sendable {
    let name: String
    let input: String
    let tokens: [String]
    let kinds: [String]?
    var testDescription: String { name }
}

struct SentenceCase: Decodable, CustomTestStringConvertible, Sendable {
    let name: String
    let input: String
    let sentences: [String]
    var testDescription: String { name }
}

@Suite("Tokenizer")
struct TokenizerTests {
    static let tokenizer = try! Tokenizer()

    @Test("token table (Resources/tokenizer-cases.jsonl)", arguments: loadCases("tokenizer-cases", as: TokenizerCase.self))
    func table(_ row: TokenizerCase) throws {
        var document = Document(text: row.input)
        try Self.tokenizer.tokenize(&document)
        let texts = document.tokens.map { document.text(of: $0) }
        #expect(texts == row.tokens, "tokens of \(row.input.debugDescription)")
        if let kinds = row.kinds {
            #expect(document.tokens.map(\.kind.description) == kinds, "kinds of \(texts)")
        }
        try checkInvariants(document)
    }

    @Test("sentence table (Resources/sentence-cases.jsonl)", arguments: loadCases("sentence-cases", as: SentenceCase.self))
    func sentences(_ row: SentenceCase) throws {
        var document = Document(text: row.input)
        try Self.tokenizer.tokenize(&document)
        #expect(document.sentences.map { document.text(of: $0.span) } == row.sentences)
    }

    @Test("the seed article: every byte is a token or whitespace, offsets agree")
    func seed() throws {
        var document = Document(text: try seedText(), source: "seed")
        try Self.tokenizer.tokenize(&document)
        try checkInvariants(document)
        #expect(document.sentences.count == 25)
        let texts = Set(document.tokens.map { document.text(of: $0) })
        for expected in ["Kupiansk", "RBC-Ukraine", "Commander-in-Chief", "full-scale", "’s", "90", "%", "weekthat", "“", "”"] {
            #expect(texts.contains(expected), "\(expected) is a token")
        }
    }

    /// The `plain-…` rules only skip rules that could not match where they do; without them
    /// the tokenizer must give the same tokens, rule kinds and offsets.
    static let withoutShortcuts = try! Tokenizer(rules: TokenRule.defaults.filter { !$0.name.hasPrefix("plain-") })

    @Test("the separators PCRE2 skips are the ones the tokenizer's own checks accept")
    func separatorsAgree() throws {
        let separator = try PCRE2Pattern(TokenRule.separatorClass, options: .anchored)
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            #expect((try separator.firstMatch(in: text) != nil) == TokenRule.isSeparator(scalar), "U+\(String(value, radix: 16))")
        }
        for value: UInt32 in [0xFEFF, 0xFFFF, 0x1F600, 0x10FFFF] {
            #expect((try separator.firstMatch(in: String(Character(Unicode.Scalar(value)!))) != nil) == TokenRule.isSeparator(Unicode.Scalar(value)!))
        }
    }

    @Test("the shortcut rules change no token", arguments: 0..<40)
    func shortcutsChangeNothing(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        // Pieces that sit where a shortcut stops: e-mail, URL, abbreviation, initial and emoji
        // edges, joiners and the punctuation the shortcut takes.
        let pieces = ["word", "Mr", "U", "S", "ℹ", "é", "\u{301}", "😀", "42", "1st", " ", " ", "\n", ".", "@", ":", "_", "%", "+",
                      "-", "‐", "&", "’", "'", "s", "ll", "#", ",", ";", "!", "?", "(", ")", "\"", "www.", "https://", "com", "a+b@c.de", "x_y@z.org", "U.S.", "J. R.", "Київ", "東"]
        var text = (0..<300).map { _ in pieces.randomElement(using: &generator)! }.joined()
        if seed == 0 { text = try seedText() + loadCases("tokenizer-cases", as: TokenizerCase.self).map(\.input).joined(separator: "\n") }
        let document = Document(text: text)
        let fast = try Self.tokenizer.tokens(in: document)
        let full = try Self.withoutShortcuts.tokens(in: document)
        #expect(fast == full, "tokens of \(text.debugDescription)")
    }

    @Test("arbitrary Unicode never loses a byte", arguments: 0..<40)
    func randomText(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let pieces = ["a", "Z", "é", "\u{301}", "😀", "👩‍👧", "🇺🇦", " ", "\u{A0}", "\n", "\u{200B}", ".", "’", "'", "-", "5", ",", "Київ",
                      "東", "$", "%", "@", "#", "\u{7}", "\u{FEFF}", "U.S.", "http://x.y/z", "—", "…", "\u{10FFFF}", "\u{E000}"]
        let text = (0..<200).map { _ in pieces.randomElement(using: &generator)! }.joined()
        var document = Document(text: text)
        try Self.tokenizer.tokenize(&document)
        try checkInvariants(document)
    }

    /// Long ASCII stretches (whole 256-byte blocks the tokenizer's scalar cursor skips) between
    /// multi-byte scalars: every token's scalar offsets are checked against a count.
    @Test("scalar offsets across ASCII blocks and multi-byte text", arguments: 0..<20)
    func mixedBlocks(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let ascii = String(repeating: "plain words, 12 of them. ", count: 12)
        let pieces = [ascii, "Київ ", "東京", "😀", "e\u{301} ", "’s ", "\u{A0}", " ", "x", "\n\n"]
        let text = (0..<80).map { _ in pieces.randomElement(using: &generator)! }.joined()
        var document = Document(text: text)
        try Self.tokenizer.tokenize(&document)
        try checkInvariants(document)
        var scalars = 0, byte = 0
        for token in document.tokens {
            scalars += document.text(bytes: byte..<token.span.bytes.lowerBound).unicodeScalars.count
            let end = scalars + document.text(of: token).unicodeScalars.count
            #expect(token.span.scalars == scalars..<end)
            (scalars, byte) = (end, token.span.bytes.upperBound)
        }
    }

    @Test("rules are data: a rule put in front of the defaults wins")
    func customRule() throws {
        let tickers = TokenRule("ticker", .symbol, #"\$[A-Z]{1,5}\b"#)
        let tokenizer = try Tokenizer(rules: [tickers] + TokenRule.defaults)
        var document = Document(text: "Buy $AAPL now")
        try tokenizer.tokenize(&document)
        #expect(document.tokens.map { document.text(of: $0) } == ["Buy", "$AAPL", "now"])
    }

    @Test("a rule that can match empty text is rejected")
    func emptyRule() {
        #expect(throws: TokenizerError.ruleMatchesEmpty(name: "maybe")) {
            try Tokenizer(rules: [TokenRule("maybe", .word, "x*")])
        }
    }

    @Test("a rule may move a match's start only with a PCRE2 verb or \\K", arguments: [
        ("(*SKIP)", true), (#"a\Kb"#, true), ("x(*PRUNE)", true), (#"\\K"#, true),
        ("(?:ab)*", false), (#"\(\*"#, false), ("K", false), (#"\k<name>"#, false), ("", false),
    ])
    func mayMoveStart(pattern: String, expected: Bool) {
        #expect(Tokenizer.mayMoveStart(pattern) == expected)
        #expect(Tokenizer.mayMoveStart(pattern) == (pattern.contains("(*") || pattern.contains(#"\K"#)))
    }

    /// PCRE2 verbs in a user rule can end a match outside its branch, match nothing, skip
    /// text or stop the scan; each must be an error, never a crash or silently lost text.
    @Test("a rule that breaks the tokenizer's contract with a PCRE2 verb is an error", arguments: [
        ("(*MARK:999)x(*ACCEPT)y", "ended the match outside its branch"),
        ("(*MARK:99999999999999999999999)x(*ACCEPT)y", "ended the match outside its branch"),
        ("(*ACCEPT)x", "matched empty text"),
        ("b(*COMMIT)q", "stopped the tokenizer before the end of the text"),
        ("b(*SKIP)(*FAIL)|zz", nil),
        ("x(*PRUNE)q|(*COMMIT)(*FAIL)", nil),
    ] as [(String, String?)])
    func misbehavingRule(pattern: String, reason: String?) throws {
        let tokenizer: Tokenizer
        do {
            tokenizer = try Tokenizer(rules: [TokenRule("verbs", .word, pattern)] + TokenRule.defaults)
        } catch .ruleMatchesEmpty {
            return  // rejected up front: also fine
        }
        var document = Document(text: "a xy b c", source: "doc")
        guard let reason else {
            // Either outcome is right, as long as no text goes missing.
            do {
                try tokenizer.tokenize(&document)
            } catch .ruleMisbehaved {
                return
            }
            try checkInvariants(document)
            return
        }
        #expect {
            try tokenizer.tokenize(&document)
        } throws: { error in
            guard case let .ruleMisbehaved(source, _, _, why) = error as? TokenizerError else { return false }
            return source == "doc" && why == reason
        }
    }

    @Test("an invalid rule is reported by name")
    func invalidRule() {
        #expect {
            try Tokenizer(rules: [TokenRule("bad", .word, "(x")])
        } throws: { error in
            guard case let .invalidRule(name, _) = error as? TokenizerError else { return false }
            return name == "bad"
        }
    }

    @Test("rules files: comments, kinds and names; errors carry the line number")
    func rulesFile() throws {
        let rules = try TokenRulesFile.parse("# tickers\n\nsymbol\t\\$[A-Z]+\tticker\nword\tfoo\n", path: "rules.tsv")
        #expect(rules.map(\.name) == ["ticker", "rules.tsv:4"])
        #expect(rules.map(\.kind) == [.symbol, .word])
        #expect(throws: TokenizerError.malformedRulesFile(path: "r", line: 2, message: "expected 'kind<TAB>pattern[<TAB>name]'")) {
            try TokenRulesFile.parse("word\tx\njust-one-field\n", path: "r")
        }
        #expect {
            try TokenRulesFile.parse("noun\tx\n", path: "r")
        } throws: { error in
            guard case let .malformedRulesFile(_, line, message) = error as? TokenizerError else { return false }
            return line == 1 && message.contains("unknown token kind 'noun'")
        }
    }

    @Test("no quadratic blow-up: a document without spaces tokenizes")
    func longRun() throws {
        let text = String(repeating: "x", count: 200_000) + String(repeating: "é", count: 100_000)
        var document = Document(text: text)
        try Self.tokenizer.tokenize(&document)
        #expect(document.tokens.count == 1)
        try checkInvariants(document)
    }

    /// Tokens are ordered, non-overlapping and within the text; byte and scalar offsets
    /// agree; the gaps between tokens are whitespace or invisible separators only.
    func checkInvariants(_ document: Document) throws {
        var previous = 0
        let allowed: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace || ["\u{200B}", "\u{2060}", "\u{FEFF}"].contains($0) }
        for token in document.tokens {
            let bytes = token.span.bytes
            #expect(bytes.lowerBound >= previous && !bytes.isEmpty && bytes.upperBound <= document.bytes.count)
            let gap = document.text(bytes: previous..<bytes.lowerBound)
            #expect(gap.unicodeScalars.allSatisfy(allowed), "gap \(gap.debugDescription) before \(document.text(of: token).debugDescription)")
            #expect(document.span(bytes: bytes) == token.span, "offsets of \(document.text(of: token).debugDescription)")
            previous = bytes.upperBound
        }
        let tail = document.text(bytes: previous..<document.bytes.count)
        #expect(tail.unicodeScalars.allSatisfy(allowed))
        var expectedFirst = 0
        for sentence in document.sentences {
            #expect(sentence.tokens.lowerBound == expectedFirst && !sentence.tokens.isEmpty)
            expectedFirst = sentence.tokens.upperBound
        }
        #expect(expectedFirst == document.tokens.count)
    }
}

/// SplitMix64: reproducible random inputs for property-style tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
