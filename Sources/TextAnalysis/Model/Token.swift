/// What kind of text a token is. Analyzers use it to skip work (a number
/// analyzer looks at `.number` tokens first) and output shows it with `--tokens`.
public enum TokenKind: UInt8, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Letters, with internal hyphens and apostrophes ("full-scale", "O'Brien", "RBC-Ukraine").
    case word
    /// An abbreviation or initial that keeps its period ("U.S.", "Dr.", "Jan.", "J.").
    case abbreviation
    /// A clitic split from the word before it ("’s" in "Ukraine’s", "'ll").
    case clitic
    /// Digits with separators and decimals ("27,169", "1,000.5", "27 169", "10:30", "3/4", "21st").
    case number
    case punctuation
    /// Currency, math and other symbols ("$", "%", "°", "+").
    case symbol
    case url
    case email
    case hashtag
    case mention
    case emoji
    /// Anything no other rule covers: kept as a token so no byte is lost.
    case other

    public var description: String {
        switch self {
        case .word: "word"
        case .abbreviation: "abbreviation"
        case .clitic: "clitic"
        case .number: "number"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        case .url: "url"
        case .email: "email"
        case .hashtag: "hashtag"
        case .mention: "mention"
        case .emoji: "emoji"
        case .other: "other"
        }
    }

    public init?(name: String) {
        guard let kind = Self.allCases.first(where: { $0.description == name }) else { return nil }
        self = kind
    }

    /// Whether a token of this kind counts as a word in statistics.
    public var isWordLike: Bool {
        switch self {
        case .word, .abbreviation, .number: true
        default: false
        }
    }
}

/// One token: a kind and where it is. No `String` is stored; read the text
/// through ``Document/text(of:)`` when you need it.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var span: TextSpan

    public init(kind: TokenKind, span: TextSpan) {
        self.kind = kind
        self.span = span
    }
}

/// A sentence: its span and the range of token indices it covers.
public struct Sentence: Hashable, Sendable {
    public var span: TextSpan
    public var tokens: Range<Int>

    public init(span: TextSpan, tokens: Range<Int>) {
        self.span = span
        self.tokens = tokens
    }
}
