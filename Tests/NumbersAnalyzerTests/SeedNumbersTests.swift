import Foundation
import NumbersAnalyzer
import Testing
import TextAnalysis

@Suite("numbers plugin: the seed article")
struct SeedNumbersTests {
    static let seed: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! String(contentsOf: root.appendingPathComponent("seeds/kupiansk-2025-12.txt"), encoding: .utf8)
    }()

    @Test("every number in the seed, with its value, modifiers and what it counts", arguments: [
        ("5 min", "DURATION", "value", AttributeValue.string("PT5M")),
        ("2022", "DATE", "value", .string("2022")),
        ("24 December 2025", "DATE", "value", .string("2025-12-24")),
        ("approximately 90%", "PERCENT", "approximate", .bool(true)),
        ("22 December", "DATE", "value", .string("2025-12-22")),   // resolved against the article's own date
        ("over 100", "CARDINAL", "comparator", .string(">")),
        ("25 December", "DATE", "value", .string("2025-12-25")),
        ("about 50", "CARDINAL", "value", .int(50)),
    ])
    func seedNumber(text: String, label: String, key: String, value: AttributeValue) throws {
        let registry = AnalyzerRegistry()
        try registry.register(.numbers)
        let document = try registry.pipeline(["numbers"]).analyze(text: Self.seed)
        let annotation = try #require(document.annotations.first { $0.text == text }, "\(text) found")
        #expect(annotation.label == label)
        #expect(annotation.attributes[key] == value)
    }

    @Test("'over 100 Russian soldiers' counts the soldiers; 'about 50, with' counts nothing")
    func counts() throws {
        let registry = AnalyzerRegistry()
        try registry.register(.numbers)
        let document = try registry.pipeline(["numbers"]).analyze(text: Self.seed)
        let over = try #require(document.annotations.first { $0.text == "over 100" })
        guard case let .object(counts)? = over.attributes["counts"] else { Issue.record("no counts"); return }
        #expect(counts["text"] == "Russian soldiers")
        let about = try #require(document.annotations.first { $0.text == "about 50" })
        #expect(about.attributes["counts"] == nil)
        #expect(!document.annotations.contains { $0.text == "approximately 90" || $0.text.hasPrefix("over approximately") })
    }
}

@Suite("numbers plugin: identifiers")
struct IdentifierTests {
    @Test("phone numbers and ISBNs are skipped; ISO dates are not identifiers", arguments: [
        ("Call +380 44 123 4567 now.", [String]()),
        ("Call 555-0199 now.", []),
        ("ISBN 978-3-16-148410-0 is cited.", []),
        ("Signed on 2025-12-24.", ["2025-12-24"]),
    ])
    func identifiers(text: String, expected: [String]) throws {
        let registry = AnalyzerRegistry()
        try registry.register(.numbers)
        let document = try registry.pipeline(["numbers"]).analyze(text: text)
        #expect(document.annotations.map(\.text) == expected)
    }
}
