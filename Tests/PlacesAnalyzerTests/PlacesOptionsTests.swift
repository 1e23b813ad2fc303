import Foundation
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

    /// A file of the user's own entries in `places.tsv`'s columns, in a fresh directory; each test
    /// removes it with ``removeAddedFile(_:)``, so runs leave nothing behind.
    static func addedFile(_ rows: [String]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("places-added-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("added.tsv").path
        try Data((["# a newsroom's own places"] + rows).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func removeAddedFile(_ path: String) {
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
    }

    static let village = "\tNovo Zoryane\tCITY\tPPL\tUA\t07\t49.5\t37.9\t800\tNovozoryane|Novo-Zoryane\t"
    static let base = "\tCamp Liberty Ridge\tFEATURE\tMILB\tUS\t\t35.1\t-79.0\t0\t\t"

    @Test("gazetteer: the user's own entries are found by name and alias, with their coordinates and division")
    func addedEntries() throws {
        let text = "Shelling hit Novo Zoryane and Novozoryane overnight, officials at Camp Liberty Ridge said."
        #expect(try Self.pipeline([:]).analyze(text: text).annotations.isEmpty)
        let path = try Self.addedFile([Self.village, Self.base])
        defer { Self.removeAddedFile(path) }
        let found = try Self.pipeline(["gazetteer": path]).analyze(text: text).annotations
        #expect(found.map(\.text) == ["Novo Zoryane", "Novozoryane", "Camp Liberty Ridge"])
        #expect(found.map(\.label) == ["CITY", "CITY", "FEATURE"])
        #expect(found[1].attributes["name"]?.stringValue == "Novo Zoryane" && found[1].attributes["latitude"]?.doubleValue == 49.5)
        #expect(found[0].attributes["admin1"]?.stringValue == "Kharkiv Oblast")
        // Named alone, a small town of the user's is kept: a bundled one of its size would not be.
        let alone = try Self.pipeline(["gazetteer": path]).analyze(text: "Shelling hit Novozoryane overnight.").annotations
        #expect(alone.map(\.text) == ["Novozoryane"])
        // The bundled places are all still there.
        #expect(try Self.country(of: "Kharkiv", in: "Shelling hit Kharkiv.", countries: nil) == "UA")
        let withFile = try Self.pipeline(["gazetteer": path]).analyze(text: "Shelling hit Kharkiv.").annotations
        #expect(withFile.first?.attributes["country"]?.stringValue == "UA")
    }

    @Test("gazetteer: a spreadsheet's byte order mark and CRLF line ends are read; text that is not UTF-8 is refused with its line")
    func spreadsheetExport() throws {
        let path = try Self.addedFile([])
        defer { Self.removeAddedFile(path) }
        try Data([0xEF, 0xBB, 0xBF] + Array((Self.village + "\r\n" + Self.base + "\r\n").utf8)).write(to: URL(fileURLWithPath: path))
        let found = try Self.pipeline(["gazetteer": path]).analyze(text: "Shelling hit Novozoryane, officials at Camp Liberty Ridge said.").annotations
        #expect(found.map(\.text) == ["Novozoryane", "Camp Liberty Ridge"])
        try Data(Array((Self.village + "\n").utf8) + [0x09, 0x4E, 0xE9, 0x61] + Array("\tCITY\t\tFR\t\t48.1\t2.1\t0\t\t\n".utf8))
            .write(to: URL(fileURLWithPath: path))
        #expect {
            try Self.pipeline(["gazetteer": path])
        } throws: { error in
            "\(error)".contains("\(path):2: not UTF-8 text")
        }
    }

    @Test("gazetteer: an edited file is read again, not served from the load cache")
    func editedFile() throws {
        let path = try Self.addedFile([Self.village])
        defer { Self.removeAddedFile(path) }
        let text = "Officials at Camp Liberty Ridge said."
        #expect(try Self.pipeline(["gazetteer": path]).analyze(text: text).annotations.isEmpty)
        try Data(([Self.village, Self.base]).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        #expect(try Self.pipeline(["gazetteer": path]).analyze(text: text).annotations.map(\.text) == ["Camp Liberty Ridge"])
    }

    @Test("gazetteer: a mistake in the file stops the start, naming the file, the line and the fault", arguments: [
        ("\tX\tCITY\tPPL\tUA", "expected the 11 tab-separated columns"),
        ("\tRuritania\tCOUNTRY\t\tRU\t\t1\t1\t0\t\t", "kind 'COUNTRY' cannot be added"),
        ("\tX\tTOWN\t\tUA\t\t1\t1\t0\t\t", "kind 'TOWN' cannot be added"),
        ("\tX\tCITY\t\tUkraine\t\t1\t1\t0\t\t", "country 'Ukraine' is not a two-letter"),
        ("\tX\tCITY\t\tUA\t\t91\t1\t0\t\t", "latitude and longitude"),
        ("\tX\tCITY\t\tUA\t\t\t\t0\t\t", "latitude and longitude"),
        ("\tX\tCITY\t\tUA\t\t1\t1\tmany\t\t", "population must be a whole number"),
        ("\t\tCITY\t\tUA\t\t1\t1\t0\t\t", "the name is empty"),
    ])
    func badAddedFile(_ row: String, _ message: String) throws {
        let path = try Self.addedFile([Self.village, row])
        defer { Self.removeAddedFile(path) }
        #expect {
            try Self.pipeline(["gazetteer": path])
        } throws: { error in
            "\(error)".contains("\(path):3: \(message)")
        }
        #expect {
            try Self.pipeline(["gazetteer": path + ".missing"])
        } throws: { error in
            "\(error)".contains("cannot read gazetteer file \(path).missing")
        }
    }
}
