import Testing
import TextAnalysis

/// A plugin states what it promises in examples; `--selftest` (``AnalyzerRegistry/checkExamples(_:)``)
/// checks them on the user's build. Here with the third-party `capitals` analyzer of `RegistryTests`.
@Suite("Plugin examples (--selftest)")
struct AnalyzerExampleTests {
    static let promises = AnalyzerFactory(id: "capitals", summary: "capitalized words", examples: [
        AnalyzerExample("Viktor Trehubov spoke in Kyiv.", expect: [.init("CAPITALIZED", "Kyiv")], absent: ["spoke"]),
        // Broken on purpose: the analyzer never marks lower-case words, and marks "Kyiv".
        AnalyzerExample("troops left Kyiv.", expect: [.init("CAPITALIZED", "troops")], absent: ["Kyiv"]),
        AnalyzerExample("Kyiv", expect: [.init("CAPITALIZED", "Kyiv", ["kind": "city"])]),
    ]) { _ in CapitalsAnalyzer() }

    @Test("each example is run through its plugin, and what broke is said")
    func outcomes() throws {
        let registry = AnalyzerRegistry()
        try registry.register(Self.promises)
        let outcomes = try registry.checkExamples()
        #expect(outcomes.map(\.plugin) == ["capitals", "capitals", "capitals"])
        #expect(outcomes[0].failures.isEmpty)
        #expect(outcomes[1].failures == [#"no CAPITALIZED "troops""#, #""Kyiv" must not be annotated (found CAPITALIZED)"#])
        #expect(outcomes[2].failures == [#"CAPITALIZED "Kyiv": expected kind="city", found kind=none"#])
    }

    @Test("numbers compare by value, other attributes exactly", arguments: [
        (AttributeValue.int(5), AttributeValue.double(5), true),
        (.double(2.5), .double(2.5), true),
        (.string("5"), .int(5), false),
        (.bool(true), .bool(false), false),
    ])
    func attributeMatch(found: AttributeValue, expected: AttributeValue, holds: Bool) {
        let document = Document(text: "Kyiv")
        let annotation = Annotation(plugin: "x", label: "L", span: document.span(bytes: 0..<4), text: "Kyiv", attributes: ["v": found])
        let example = AnalyzerExample("Kyiv", expect: [.init("L", "Kyiv", ["v": expected])])
        #expect(example.failures(in: [annotation]).isEmpty == holds)
    }

    @Test("a plugin that fails on its example breaks that example, and the run goes on")
    func failingPlugin() throws {
        let registry = AnalyzerRegistry()
        try registry.register(AnalyzerFactory(id: "broken", summary: "offsets that lie", examples: [
            AnalyzerExample("Kyiv", expect: []), AnalyzerExample("Lviv", expect: []),
        ]) { _ in BrokenAnalyzer() })
        let outcomes = try registry.checkExamples()
        #expect(outcomes.count == 2)
        #expect(outcomes.allSatisfy { $0.failures.count == 1 && $0.failures[0].hasPrefix("the plugin failed: ") })
    }

    @Test("a plugin without examples has none to run; an unknown plugin is an error")
    func noExamples() throws {
        let registry = AnalyzerRegistry()
        try registry.register(.capitals)
        #expect(try registry.checkExamples().isEmpty)
        #expect(throws: RegistryError.self) { try registry.checkExamples(["nope"]) }
    }
}
