/// One tokenizer rule: a PCRE2 pattern and the kind of token it produces.
///
/// Rules are data. The tokenizer joins them into one alternation, tried in order
/// at each position, so an earlier rule wins over a later one that matches at the
/// same place (URLs before words, abbreviations before words, ...). A plugin or
/// user extends the tokenizer by putting rules in front of ``defaults``.
public struct TokenRule: Sendable, Hashable {
    public var name: String
    public var kind: TokenKind
    public var pattern: String

    public init(_ name: String, _ kind: TokenKind, _ pattern: String) {
        self.name = name
        self.kind = kind
        self.pattern = pattern
    }
}

extension TokenRule {
    /// Abbreviations that keep their period. Case-sensitive: "No." is the
    /// abbreviation for number, "no." ends a sentence.
    public static let abbreviations: [String] = [
        // titles and ranks
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt",
        "Gov", "Sen", "Rep", "Rev", "Fr", "Sr", "Jr", "Pres", "Supt", "Det", "Insp", "Hon", "Amb", "Brig", "Lieut",
        // places and companies
        "St", "Mt", "Ft", "Ave", "Blvd", "Rd", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Intl",
        // and in a wire dateline's capitals: "ST. LOUIS, March 23 -", "FT. LAUDERDALE, Fla."
        "ST", "MT", "FT",
        // months and days
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // references
        "No", "Nos", "vs", "etc", "approx", "est", "ca", "cf", "al", "vol", "Vol", "pp", "Fig", "fig", "Art", "Sec",
        // US states in wire style
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo",
    ]

    /// Abbreviations that are almost never the last word of a sentence: a title before a
    /// name, a month before a day. The sentence splitter never breaks after these.
    public static let nonFinalAbbreviations: Set<String> = [
        "Mr.", "Mrs.", "Ms.", "Messrs.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Sgt.",
        "Cpl.", "Pvt.", "Gov.", "Sen.", "Rep.", "Rev.", "Fr.", "Pres.", "Supt.", "Det.", "Insp.", "Hon.", "Amb.", "Brig.",
        "Lieut.", "St.", "Mt.", "Ft.", "ST.", "MT.", "FT.", "No.", "Nos.", "vs.", "cf.", "ca.", "approx.", "pp.", "vol.", "Vol.", "Fig.", "fig.",
        "Art.", "Sec.",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    ]

    /// Clitics split from the word before them, as spaCy and the Penn Treebank do,
    /// so "Ukraine’s" yields the name "Ukraine" and a possessive.
    static let cliticSuffix = #"(?:s|S|ll|LL|re|RE|ve|VE|d|D|m|M)(?![\p{L}\p{N}])"#

    /// Letters, marks and digits joined by hyphens, apostrophes (not a clitic) or "&" ("AT&T").
    /// The leading ASCII ranges let the JIT accept an ASCII letter without a Unicode property
    /// lookup (5% of the tokenizer's instructions on news text).
    static let wordPattern = #"[a-zA-Z\p{L}][a-zA-Z\p{L}\p{M}\p{N}]*+(?:(?:[-‐‑&]|['’](?!"# + cliticSuffix
        + #"))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*+)*+"#

    /// The built-in rules for news text, in priority order.
    ///
    /// PCRE2 tries the alternatives one after another, so what a token costs is the rules that
    /// fail before the one that matches. Two things keep that short without changing a single
    /// token (checked on the whole 24 MB news corpus, and by `TokenizerTests`):
    /// - Rules that rarely match start with a cheap lookahead for what they need ("#", "@",
    ///   a letter and a period, ...), so a word fails them in a byte or two.
    /// - Two shortcuts come first for the commonest tokens, in front of the rules they would
    ///   otherwise wait behind. Together these halve the tokenizer's instructions.
    public static let defaults: [TokenRule] = [
        // Shortcut: a word that no earlier rule could claim. A URL, e-mail address, initialism,
        // abbreviation or initial that starts with a letter always has one of . @ : _ % + -
        // right where the word would stop, and ℹ is the only letter that is also an emoji.
        // Anything else falls through to the full list below, so the tokens are the same.
        TokenRule("plain-word", .word, #"(?!\x{2139})"# + wordPattern + #"(?![.@:_%+-])"#),
        // Shortcut: punctuation that starts no other rule's token.
        TokenRule("plain-punctuation", .punctuation, #"[,;:!?()"]"#),
        TokenRule("url", .url, #"(?=[hfw])(?:https?://|ftp://|www\.)[^\s<>"“”‘’()\[\]{}]*[^\s<>"“”‘’()\[\]{}.,;:!?'…]"#),
        // ASCII ranges first: most words reach this rule and fail it only at their end.
        TokenRule("email", .email, #"[a-zA-Z0-9._%+\-\p{L}\p{N}]++@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}"#),
        TokenRule("hashtag", .hashtag, #"(?=#)(?<![\p{L}\p{N}_&])#[\p{L}_][\p{L}\p{N}_]*"#),
        TokenRule("mention", .mention, #"(?=@)(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_]{1,30}"#),
        // One grapheme cluster, so ZWJ sequences, skin tones and flags stay whole;
        // ©, ® and ™ are pictographic in Unicode but read as symbols in news.
        // Nothing below U+00A9 is pictographic: the first lookahead spares ASCII the property test.
        TokenRule("emoji", .emoji, #"(?=[^\x00-\x{A8}])(?![©®™‼⁉])(?=\p{Extended_Pictographic}|[\x{1F1E6}-\x{1F1FF}])\X"#),
        TokenRule("initialism", .abbreviation, #"(?=\p{L}\.)(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}(?![\p{L}\p{N}])"#),
        // The lookahead rejects most words before PCRE2 walks the list of alternatives one by
        // one; every abbreviation is ASCII, and ASCII ranges need no property lookups.
        TokenRule("abbreviation", .abbreviation,
                  #"(?=[A-Za-z]{1,"# + String(abbreviations.map(\.count).max()!) + #"}\.)(?<![\p{L}\p{N}.])(?:"#
                      + abbreviations.joined(separator: "|") + #")\.(?![\p{L}\p{N}])"#),
        // "J. R. R. Tolkien": a capital and a period before another capitalized word.
        TokenRule("initial", .abbreviation, #"(?=\p{Lu}\.)(?<![\p{L}\p{N}.])\p{Lu}\.(?=[\h]*\p{Lu})"#),
        // Words start with a letter, the next five rules with a digit or an apostrophe: their
        // order does not change tokens, and words, the commonest, are tried first.
        TokenRule("word", .word, wordPattern),
        TokenRule("ordinal", .number, #"\p{Nd}+(?:st|nd|rd|th|ST|ND|RD|TH)(?![\p{L}\p{N}])"#),
        TokenRule("time", .number, #"\p{Nd}{1,2}:\p{Nd}{2}(?::\p{Nd}{2})?(?!\p{Nd})"#),
        // Thousands grouped by space, no-break space or thin space: "27 169", "1 000 000".
        TokenRule("spaced-number", .number, #"\p{Nd}{1,3}(?:[ \x{A0}\x{2009}\x{202F}]\p{Nd}{3}(?!\p{Nd}))+(?:\.\p{Nd}+)?"#),
        TokenRule("number", .number, #"\p{Nd}+(?:[.,/]\p{Nd}+)*"#),
        TokenRule("clitic", .clitic, #"(?=['’])(?<=\p{L})['’]"# + cliticSuffix),
        TokenRule("ellipsis", .punctuation, #"\.{2,}|…"#),
        TokenRule("dashes", .punctuation, #"-{2,}"#),
        TokenRule("symbol", .symbol, #"[\p{S}%‰‱]"#),
        TokenRule("punctuation", .punctuation, #"\p{P}"#),
    ]

    /// What may stand between tokens: Unicode's White_Space characters and the invisible
    /// separators ZERO WIDTH SPACE, WORD JOINER and BYTE ORDER MARK, listed rather than
    /// written `\s`. PCRE2's `\s` also takes U+180E, which Unicode no longer counts as space,
    /// so the tokenizer skipped it and then refused the text it had skipped; and a listed
    /// class spares every token a property lookup (7% of the tokenizer's instructions).
    static let separatorClass = #"[\t\n\x0B\f\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200B}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{2060}\x{FEFF}]"#

    /// The last rule, always present: any other grapheme cluster is a token, so no byte is
    /// ever dropped. Only separators (``separatorClass``) are left between tokens.
    static let fallback = TokenRule("other", .other, #"(?!"# + separatorClass + #")\X"#)

    /// Skipped before each match.
    static let separatorRun = separatorClass + "*+"

    /// The same set as ``separatorClass``, for checks outside PCRE2.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x2060, 0xFEFF: true
        default: false
        }
    }
}
