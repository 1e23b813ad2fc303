public import TextAnalysis

extension TokensAnalyzer {
    /// What `analyze --selftest` checks: the token kinds analysts look for in feeds.
    public static let examples: [AnalyzerExample] = [
        AnalyzerExample("Read more at https://example.com/news or mail press@example.org #Ukraine @Reuters 😀 🇺🇦", expect: [
            .init("URL", "https://example.com/news"),
            .init("EMAIL", "press@example.org"),
            .init("HASHTAG", "#Ukraine"),
            .init("MENTION", "@Reuters"),
            .init("EMOJI", "😀"),
            .init("EMOJI", "🇺🇦"),
        ], absent: ["example.com", "Ukraine"]),
    ]
}
