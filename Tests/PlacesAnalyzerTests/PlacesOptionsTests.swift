import Gazetteer
import PlacesAnalyzer
import Testing
import TextAnalysis

/// The places plugin's options. `places.countries`: a user who follows some countries' news
/// names them, and an ambiguous name leans to its place there, as a mention of the country in the
/// story would make it. `places.alternatives`: the other readings of an ambiguous name, ranked.
@Suite("places: options")
struct PlacesOptionsTests {
    static func pipeline(_ settings: [String: String]) throws -> Pipeline {
        let registry = AnalyzerRegistry()
        try registry.register(.places)
        return try registry.pipeline(["places"], options: settings.isEmpty ? [:] : ["places": AnalyzerOptions(settings)])
    }

    static func pipeline(countries: String?) throws -> Pipeline {
        try pipeline(countries.map { ["countries": $0] } ?? [:])
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

    @Test("alternatives: the other readings, most likely first, their shares and the chosen one's confidence summing to at most 1")
    func alternatives() throws {
        let text = "Flooding closed roads near Lincoln on Tuesday. Officials in Georgia met."
        let annotations = try Self.pipeline(["alternatives": "2"]).analyze(text: text).annotations
        let lincoln = try #require(annotations.first { $0.text == "Lincoln" })
        guard case let .array(others)? = lincoln.attributes["alternatives"] else { Issue.record("no alternatives"); return }
        #expect(others.count == 2)
        let shares = others.compactMap { value -> Double? in
            if case let .object(fields) = value { return fields["share"]?.doubleValue } else { return nil }
        }
        #expect(shares.count == 2 && shares[0] >= shares[1] && shares[1] > 0)
        let confidence = try #require(lincoln.attributes["confidence"]?.doubleValue)
        #expect(confidence >= shares[0] && confidence + shares.reduce(0, +) <= 1.001)
        for case let .object(fields) in others {
            #expect(fields["name"]?.stringValue == "Lincoln" && fields["latitude"] != nil && fields["country"] != nil)
        }
        // The country Georgia's alternative is the US state (or the reverse), each with its own code.
        let georgia = try #require(annotations.first { $0.text == "Georgia" })
        guard case let .array(georgias)? = georgia.attributes["alternatives"], case let .object(other)? = georgias.first else {
            Issue.record("no alternative for Georgia"); return
        }
        #expect(other["country"]?.stringValue != georgia.attributes["country"]?.stringValue)
        // A name with one reading, and every name without the option, has none.
        #expect(try Self.pipeline([:]).analyze(text: text).annotations.allSatisfy { $0.attributes["alternatives"] == nil })
        let texas = try Self.pipeline(["alternatives": "3"]).analyze(text: "The fair in Paris, Texas, opened.").annotations
        #expect(texas.allSatisfy { $0.attributes["alternatives"] == nil })
    }

    @Test("alternatives: each document gets its own, whatever the documents before it had")
    func alternativesPerDocument() throws {
        let pipeline = try Self.pipeline(["alternatives": "3"])
        let texts = ["Roads near Lincoln were closed.", "Kyiv and Ukraine.", "Officials in Georgia met.", "Nothing here.", "Lincoln again."]
        for _ in 0..<2 {
            for text in texts {
                for annotation in try pipeline.analyze(text: text).annotations {
                    guard case let .array(others)? = annotation.attributes["alternatives"] else { continue }
                    for case let .object(fields) in others {
                        #expect(fields["name"]?.stringValue?.contains(annotation.text) == true, "\(text): \(annotation.text)")
                    }
                }
            }
        }
    }

    @Test("alternatives: a count outside 0...10 is refused", arguments: ["11", "-1", "two", ""])
    func badAlternatives(_ value: String) {
        #expect {
            _ = try Self.pipeline(["alternatives": value])
        } throws: { error in
            "\(error)".contains("alternatives")
        }
    }
}
