import Gazetteer
import PlacesAnalyzer
import Testing
import TextAnalysis

/// `places.countries`: a user who follows some countries' news names them, and an ambiguous name
/// leans to its place there, as a mention of the country in the story would make it.
@Suite("places: the countries the documents are about")
struct FocusCountriesTests {
    static func pipeline(countries: String?) throws -> Pipeline {
        let registry = AnalyzerRegistry()
        try registry.register(.places)
        let options: [AnalyzerID: AnalyzerOptions] = countries.map { ["places": AnalyzerOptions(["countries": $0])] } ?? [:]
        return try registry.pipeline(["places"], options: options)
    }

    static func country(of name: String, in text: String, countries: String?) throws -> String? {
        let annotations = try pipeline(countries: countries).analyze(text: text).annotations
        return annotations.first { $0.text == name }?.attributes["country"]?.stringValue
    }

    @Test("an ambiguous name alone in a short story goes to the followed country's place", arguments: [
        ("Flooding closed roads near Lincoln on Tuesday, officials said.", "Lincoln", nil, "US"),
        ("Flooding closed roads near Lincoln on Tuesday, officials said.", "Lincoln", "GB", "GB"),
        ("The council in Richmond approved the new budget.", "Richmond", nil, "US"),
        ("The council in Richmond approved the new budget.", "Richmond", "AU", "AU"),
        ("The council in Richmond approved the new budget.", "Richmond", "gb, ua", "GB"),
    ] as [(String, String, String?, String)])
    func leansToFollowedCountry(text: String, name: String, countries: String?, expected: String) throws {
        #expect(try Self.country(of: name, in: text, countries: countries) == expected)
    }

    @Test("a capital or a big city keeps its prior, and a qualifier still decides", arguments: [
        ("Talks resumed in Rome on Monday.", "Rome", "US", "IT"),
        ("Talks resumed in Paris on Monday.", "Paris", "US", "FR"),
        ("The fair in Paris, Texas, opened on Monday.", "Paris", "FR", "US"),
    ] as [(String, String, String?, String)])
    func strongEvidenceWins(text: String, name: String, countries: String?, expected: String) throws {
        #expect(try Self.country(of: name, in: text, countries: countries) == expected)
    }

    @Test("a village named alone is kept when the user follows its country", arguments: ["Kurakhove", "Hryhorivka", "Pishchane"])
    func villageInFollowedCountry(_ village: String) throws {
        let text = "Shelling hit \(village) overnight, the governor said."
        #expect(try Self.country(of: village, in: text, countries: nil) == nil)
        #expect(try Self.country(of: village, in: text, countries: "UA") == "UA")
    }

    @Test("an unknown or malformed code is refused, naming it", arguments: ["XX", "UKR", "U", "UA,,PL", ""])
    func badCodes(_ value: String) {
        #expect {
            _ = try Self.pipeline(countries: value)
        } throws: { error in
            "\(error)".contains("countries") && "\(error)".contains("ISO 3166")
        }
    }
}
