import Foundation
import Testing
import TextAnalysis

/// The seed article must come out completely right: every place, the right entry, coordinates.
@Suite("places: the seed article")
struct SeedPlacesTests {
    static let seed: String = {
        // Tests/PlacesAnalyzerTests/ → repository root → seeds/
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! String(contentsOf: root.appendingPathComponent("seeds/kupiansk-2025-12.txt"), encoding: .utf8)
    }()

    @Test func everyPlaceAndEntry() throws {
        let (places, demonyms) = try PlacesFixture.analyze(Self.seed)
        var byText: [String: Set<String>] = [:]
        for place in places {
            let entry = [place.label, place.attributes["name"]?.stringValue ?? "", place.attributes["country"]?.stringValue ?? ""].joined(separator: "|")
            byText[place.text, default: []].insert(entry)
        }
        #expect(byText == [
            "Russia": ["COUNTRY|Russia|RU"],
            "Ukraine": ["COUNTRY|Ukraine|UA"],
            "Kupiansk": ["CITY|Kupiansk|UA"],
            "Kyiv": ["CITY|Kyiv|UA"],
            "Kharkiv Oblast": ["ADMIN|Kharkiv Oblast|UA"],
            "Oskil River": ["FEATURE|Oskil River|UA"],
        ])
        #expect(places.filter { $0.text == "Kupiansk" }.count == 13)
        #expect(places.filter { $0.text == "Kyiv" }.count == 2) // "Kyiv's forces", "Kyiv’s military": the possessive stays outside
        #expect(places.filter { $0.text == "Russia" }.count == 3)
        #expect(places.filter { $0.text == "Ukraine" }.count == 2)
        #expect(Set(demonyms.map(\.text)) == ["Russian", "Ukrainian"])
        #expect(demonyms.count == 19) // every "Russian" and "Ukrainian" in the article
    }

    @Test func coordinatesAreTheRealPlaces() throws {
        let (places, _) = try PlacesFixture.analyze(Self.seed)
        func point(_ text: String) -> (Double, Double)? {
            let place = places.first { $0.text == text }
            guard let latitude = place?.attributes["latitude"]?.doubleValue, let longitude = place?.attributes["longitude"]?.doubleValue else { return nil }
            return (latitude, longitude)
        }
        let kupiansk = try #require(point("Kupiansk"))
        #expect(abs(kupiansk.0 - 49.71) < 0.05 && abs(kupiansk.1 - 37.61) < 0.05)
        let kyiv = try #require(point("Kyiv"))
        #expect(abs(kyiv.0 - 50.45) < 0.05 && abs(kyiv.1 - 30.52) < 0.05)
        let oskil = try #require(point("Oskil River"))
        #expect(abs(oskil.0 - 49.7) < 1 && abs(oskil.1 - 37.6) < 1)
        #expect(places.first { $0.text == "Kupiansk" }?.attributes["geonameid"]?.intValue == 703656)
        #expect(places.first { $0.text == "Kyiv" }?.attributes["geonameid"]?.intValue == 703448)
    }

    @Test("nothing in the page furniture: 'Read also', 'Back to feed'")
    func noPlacesInFurniture() throws {
        let (places, _) = try PlacesFixture.analyze(Self.seed)
        let furniture = try #require(Self.seed.range(of: "Read also"))
        let offset = Self.seed.unicodeScalars.distance(from: Self.seed.unicodeScalars.startIndex, to: furniture.lowerBound)
        #expect(places.allSatisfy { $0.span.scalars.upperBound <= offset })
    }
}
