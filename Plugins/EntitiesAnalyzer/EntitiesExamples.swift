public import TextAnalysis

extension EntitiesAnalyzer {
    /// What `analyze --selftest` checks: each label, a later short name linked to the full one,
    /// an acronym in parentheses linked to its organization, and a name that is not a place.
    public static let examples: [AnalyzerExample] = [
        AnalyzerExample("President Emmanuel Macron met Ukrainian officials in Kyiv on Monday. Macron said NATO would help.", expect: [
            .init("PERSON", "Emmanuel Macron"),
            .init("NORP", "Ukrainian"),
            .init("GPE", "Kyiv"),
            .init("PERSON", "Macron", ["canonical": "Emmanuel Macron"]),
            .init("ORG", "NATO"),
        ], absent: ["President", "Monday"]),
        AnalyzerExample("Analysts at the Institute for the Study of War (ISW) said Apple Inc. and the United Nations disagreed.", expect: [
            .init("ORG", "Institute for the Study of War"),
            .init("ORG", "ISW", ["canonical": "Institute for the Study of War"]),
            .init("ORG", "Apple Inc."),
            .init("ORG", "United Nations"),
        ]),
        AnalyzerExample("Ships crossed the Black Sea as climbers left Mount Everest.", expect: [
            .init("LOC", "Black Sea"),
            .init("LOC", "Mount Everest"),
        ]),
    ]
}
