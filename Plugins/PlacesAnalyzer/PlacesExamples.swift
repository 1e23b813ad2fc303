public import TextAnalysis

extension PlacesAnalyzer {
    /// What `analyze --selftest` checks: the seed's kinds of place, an ambiguous name settled by
    /// its qualifier and by the user's countries, common words that are not places, and a town the
    /// gazetteer lacks, put where the division holding it is.
    public static let examples: [AnalyzerExample] = [
        AnalyzerExample("Russian forces shelled Kupiansk, in Kharkiv Oblast, near the Oskil River.", expect: [
            .init("DEMONYM", "Russian", ["country": "RU"]),
            .init("CITY", "Kupiansk", ["country": "UA", "geonameid": 703656]),
            .init("ADMIN", "Kharkiv Oblast", ["country": "UA"]),
            .init("FEATURE", "Oskil River"),
        ]),
        AnalyzerExample("The fair in Paris, Texas, opened as talks in Paris went on.", expect: [
            .init("CITY", "Paris", ["country": "US", "admin1": "Texas"]),
            .init("ADMIN", "Texas", ["country": "US"]),
        ]),
        AnalyzerExample("U.S. and British officials met in Kyiv's old town.", expect: [
            .init("COUNTRY", "U.S.", ["country": "US"]),
            .init("DEMONYM", "British", ["country": "GB"]),
            .init("CITY", "Kyiv", ["country": "UA"]),
        ]),
        AnalyzerExample("Flooding closed roads near Lincoln on Tuesday.", options: ["countries": "GB"], expect: [
            .init("CITY", "Lincoln", ["country": "GB"]),
        ]),
        AnalyzerExample("Read the report. Nice work, Mobile team, said President Lincoln.", expect: [], absent: ["Read", "Nice", "Mobile", "Lincoln"]),
        AnalyzerExample("A dead swan was found in the village of Cellardyke in Fife.", expect: [
            .init("CITY", "Cellardyke", ["resolved": false, "within": "Fife", "country": "GB"]),
            .init("ADMIN", "Fife", ["country": "GB", "admin1": "Scotland"]),
        ]),
    ]
}
