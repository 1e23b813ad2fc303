import Foundation
import Gazetteer
import PlacesAnalyzer
import Testing
import TextAnalysis

/// One row of `Resources/cases.jsonl`: a text and every place annotation it must yield, in
/// order. `name`, `country` and `admin1` pin the gazetteer entry chosen (`within` the place holding an unplaced town); `demonyms`, when present, must
/// match exactly too. An empty `expect` is a negative: no place may be found.
struct PlacesCase: Sendable, CustomTestStringConvertible {
    struct Expected: Decodable, Sendable {
        let text: String
        let label: String
        let name: String?
        let country: String?
        let admin1: String?
        /// The place holding a town the gazetteer lacks ("the village of Cellardyke in Fife").
        let within: String?
    }
    struct Demonym: Decodable, Sendable {
        let text: String
        let country: String
    }
    let id: String
    let input: String
    let expect: [Expected]
    let demonyms: [Demonym]?
    var testDescription: String { id }
}

extension PlacesCase: Decodable {}

enum PlacesFixture {
    static let cases: [PlacesCase] = {
        let url = Bundle.module.url(forResource: "cases", withExtension: "jsonl", subdirectory: "Resources")!
        let data = try! Data(contentsOf: url)
        return data.split(separator: UInt8(ascii: "\n")).map { try! JSONDecoder().decode(PlacesCase.self, from: Data($0)) }
    }()

    /// One pipeline for every test: the gazetteer loads once per process.
    static let pipeline: Pipeline = {
        let registry = AnalyzerRegistry()
        try! registry.register(.places)
        return try! registry.pipeline(["places"])
    }()

    static func analyze(_ text: String) throws -> (places: [Annotation], demonyms: [Annotation]) {
        let annotations = try pipeline.analyze(text: text).annotations
        return (annotations.filter { $0.label != "DEMONYM" }, annotations.filter { $0.label == "DEMONYM" })
    }
}

@Suite("places: table of cases")
struct PlacesTableTests {
    @Test(arguments: PlacesFixture.cases)
    func placeCase(_ row: PlacesCase) throws {
        let (places, demonyms) = try PlacesFixture.analyze(row.input)
        let found = places.map { "\($0.text)/\($0.label)" }
        #expect(found == row.expect.map { "\($0.text)/\($0.label)" }, "\(row.id): \(row.input)")
        for (annotation, expected) in zip(places, row.expect) where annotation.text == expected.text {
            if let name = expected.name { #expect(annotation.attributes["name"]?.stringValue == name, "\(row.id): \(expected.text)") }
            if let country = expected.country { #expect(annotation.attributes["country"]?.stringValue == country, "\(row.id): \(expected.text)") }
            if let within = expected.within { #expect(annotation.attributes["within"]?.stringValue == within, "\(row.id): \(expected.text)") }
            if let admin1 = expected.admin1 { #expect(annotation.attributes["admin1"]?.stringValue == admin1, "\(row.id): \(expected.text)") }
        }
        if let expectedDemonyms = row.demonyms {
            #expect(demonyms.map { "\($0.text)/\($0.attributes["country"]?.stringValue ?? "")" }
                    == expectedDemonyms.map { "\($0.text)/\($0.country)" }, "\(row.id)")
        }
    }

    @Test("the table covers the issue's cases, positives and negatives")
    func tableSize() {
        #expect(PlacesFixture.cases.count >= 60)
        #expect(PlacesFixture.cases.filter { $0.expect.isEmpty }.count >= 15)
    }
}

/// Places and demonyms take their scalar offsets from their tokens where they cover whole
/// tokens, and count them where they do not ("Zürich" of "Zürich-based"): either way the same
/// offsets the document gives for their bytes, after text of every width.
@Suite("places: spans")
struct PlacesSpanTests {
    @Test(arguments: [
        "“Protesters in Kraków and São Paulo,” said a Zürich-based analyst; Ürümqi’s Uyghur residents met Ukrainian officials in Kyiv.",
        "🇺🇦 Über 200 Menschen: Düsseldorf-born fans 😀 flew from Reykjavík to Nuuk, Greenland, with Icelandic crews, then on to Tromsø’s airport.",
        "KYIV, Ukraine (AP) — Russian strikes hit Kharkiv Oblast overnight, and the Kupiansk-based brigade pulled back.",
    ])
    func offsetsMatchTheDocument(_ text: String) throws {
        let document = Document(text: text, source: "")
        let (places, demonyms) = try PlacesFixture.analyze(text)
        #expect(!places.isEmpty && !demonyms.isEmpty)
        for annotation in places + demonyms {
            #expect(document.span(bytes: annotation.span.bytes) == annotation.span, "\(annotation.text)")
        }
    }
}
