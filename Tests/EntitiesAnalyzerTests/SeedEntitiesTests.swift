import Foundation
import Testing
import TextAnalysis

@Suite("entities plugin: the seed article")
struct SeedEntitiesTests {
    static let seed: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! String(contentsOf: root.appendingPathComponent("seeds/kupiansk-2025-12.txt"), encoding: .utf8)
    }()

    /// Every PERSON, ORG, GPE and NORP mention of the article, in order, written by reading it.
    static let expected: [String] = [
        "GPE Russia", "GPE Kupiansk",
        "NORP Russian", "GPE Kupiansk", "NORP Ukrainian", "GPE Kyiv",
        "GPE Kupiansk", "GPE Kharkiv Oblast", "NORP Russian", "NORP Ukrainian", "GPE Russia", "NORP Russian",
        "GPE Kupiansk", "NORP Ukrainian", "GPE Russia", "GPE Kupiansk",
        "NORP Russian", "GPE Kupiansk", "PERSON Viktor Trehubov", "GPE Ukraine", "ORG Joint Forces Grouping",
        "NORP Ukrainian", "ORG RBC-Ukraine",
        "GPE Kupiansk", "GPE Kupiansk", "PERSON Trehubov",
        "NORP Russian", "NORP Ukrainian", "GPE Kupiansk", "NORP Russian",
        "NORP Russian",
        "GPE Kupiansk", "ORG ISW", "GPE Kupiansk",
        "ORG Armed Forces", "PERSON Oleksandr Syrskyi", "NORP Ukrainian", "NORP Russian", "GPE Kyiv", "GPE Kupiansk",
        "PERSON Trehubov", "NORP Russian", "NORP Ukrainian",
        "NORP Russian", "PERSON Vladimir Putin", "GPE Ukraine", "NORP Ukrainian", "PERSON Volodymyr Zelenskyy",
        "GPE Kupiansk", "NORP Russian",
    ]

    @Test("every PERSON, ORG, GPE and NORP mention is found, with the right span and label")
    func mentions() throws {
        let found = try entities(Self.seed).filter { ["PERSON", "ORG", "GPE", "NORP"].contains($0.label) }
        #expect(found.map { "\($0.label) \($0.text)" } == Self.expected)
    }

    @Test("the Oskil River is a LOC, and nothing else is tagged")
    func locations() throws {
        let other = try entities(Self.seed).filter { !["PERSON", "ORG", "GPE", "NORP"].contains($0.label) }
        #expect(other.map { "\($0.label) \($0.text)" } == ["LOC Oskil River"])
    }

    @Test("nothing in 'Read also', 'No comments yet.' or 'Back to feed'")
    func trailer() throws {
        let start = try #require(Self.seed.range(of: "Read also"))
        let offset = Self.seed.unicodeScalars.distance(from: Self.seed.unicodeScalars.startIndex, to: start.lowerBound)
        #expect(try entities(Self.seed).allSatisfy { $0.span.scalars.lowerBound < offset })
    }

    @Test("the second and third 'Trehubov' are Viktor Trehubov")
    func trehubov() throws {
        let mentions = try entities(Self.seed).filter { $0.text.contains("Trehubov") }
        #expect(mentions.count == 3)
        #expect(Set(mentions.map { $0.attributes["entity_id"] }).count == 1)
        #expect(mentions.allSatisfy { $0.attributes["canonical"] == "Viktor Trehubov" })
    }

    @Test("the titles stay outside: 'Russian President Vladimir Putin', 'Commander-in-Chief of the Armed Forces'")
    func titles() throws {
        let found = try entities(Self.seed).map(\.text)
        #expect(!found.contains { $0.hasPrefix("President") || $0.hasPrefix("Commander") || $0.hasPrefix("the ") })
    }
}
