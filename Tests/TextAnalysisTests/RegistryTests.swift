import Testing
import TextAnalysis

/// An analyzer defined outside the library, as a third party would write one:
/// it marks capitalized words and proves registration needs nothing internal.
struct CapitalsAnalyzer: Analyzer {
    func analyze(_ document: Document, context: AnalysisContext) throws -> AnalyzerOutput {
        let annotations = document.tokens
            .filter { $0.kind == .word && document.bytes[$0.span.bytes.lowerBound] >= 65 && document.bytes[$0.span.bytes.lowerBound] <= 90 }
            .map { document.annotation(plugin: "capitals", label: "CAPITALIZED", bytes: $0.span.bytes) }
        return AnalyzerOutput(annotations: annotations, summary: ["count": .int(annotations.count)])
    }
}

/// Depends on `capitals` and reads its output through the context.
struct CapitalPairsAnalyzer: Analyzer {
    func analyze(_ document: Document, context: AnalysisContext) throws -> AnalyzerOutput {
        let capitals = context.annotations(from: "capitals")
        var pairs: [Annotation] = []
        for (first, second) in zip(capitals, capitals.dropFirst())
        where document.tokenIndex(atOrAfterByte: first.span.bytes.upperBound) == document.tokenIndex(atOrAfterByte: second.span.bytes.lowerBound) {
            pairs.append(document.annotation(plugin: "pairs", label: "PAIR", bytes: first.span.bytes.lowerBound..<second.span.bytes.upperBound))
        }
        return AnalyzerOutput(annotations: pairs)
    }
}

struct BrokenAnalyzer: Analyzer {
    func analyze(_ document: Document, context: AnalysisContext) throws -> AnalyzerOutput {
        var wrong = document.annotation(plugin: "broken", label: "X", bytes: 0..<1)
        wrong.text = "not the text"
        return AnalyzerOutput(annotations: [wrong])
    }
}

extension AnalyzerFactory {
    static let capitals = AnalyzerFactory(id: "capitals", summary: "capitalized words") { _ in CapitalsAnalyzer() }
    static let pairs = AnalyzerFactory(id: "pairs", summary: "adjacent capitalized words", requires: ["capitals"]) { _ in CapitalPairsAnalyzer() }
}

@Suite("Analyzer registry and pipeline")
struct RegistryTests {
    func registry(_ factories: AnalyzerFactory...) throws -> AnalyzerRegistry {
        let registry = AnalyzerRegistry()
        for factory in factories { try registry.register(factory) }
        return registry
    }

    @Test("a third-party analyzer registers and runs end to end")
    func thirdParty() throws {
        let pipeline = try registry(.capitals).pipeline(["capitals"])
        let document = try pipeline.analyze(text: "Viktor Trehubov spoke in Kyiv.")
        #expect(document.annotations.map(\.text) == ["Viktor", "Trehubov", "Kyiv"])
        #expect(document.summaries["capitals"] == .object(["count": 3]))
    }

    @Test("dependencies run first; only requested analyzers reach the output")
    func dependencies() throws {
        let pipeline = try registry(.pairs, .capitals).pipeline(["pairs"])
        #expect(pipeline.runOrder == ["capitals", "pairs"])
        let document = try pipeline.analyze(text: "Viktor Trehubov spoke in Kyiv.")
        #expect(document.annotations.map(\.text) == ["Viktor Trehubov"])
    }

    @Test("duplicate names are rejected")
    func duplicate() throws {
        let registry = try registry(.capitals)
        #expect(throws: RegistryError.duplicate("capitals")) { try registry.register(.capitals) }
    }

    @Test("an unknown name lists what exists and suggests the closest", arguments: [
        ("capitls", "capitals" as AnalyzerID?), ("CAPITALS", "capitals"), ("zzzzzz", nil),
    ] as [(AnalyzerID, AnalyzerID?)])
    func unknown(name: AnalyzerID, suggestion: AnalyzerID?) throws {
        let registry = try registry(.capitals, .pairs)
        #expect(throws: RegistryError.unknown(name, known: ["capitals", "pairs"], suggestion: suggestion)) {
            try registry.pipeline([name])
        }
        let message = RegistryError.unknown(name, known: ["capitals", "pairs"], suggestion: suggestion).description
        #expect(message.contains("Available: capitals, pairs"))
    }

    @Test("a dependency cycle is reported with its path")
    func cycle() throws {
        let a = AnalyzerFactory(id: "a", summary: "", requires: ["b"]) { _ in CapitalsAnalyzer() }
        let b = AnalyzerFactory(id: "b", summary: "", requires: ["a"]) { _ in CapitalsAnalyzer() }
        #expect(throws: RegistryError.cycle(["a", "b", "a"])) { try registry(a, b).pipeline(["a"]) }
    }

    @Test("unknown analyzer options are usage errors naming the known ones")
    func unknownOption() throws {
        #expect(throws: RegistryError.unknownOption("capitals", key: "x", known: [])) {
            try registry(.capitals).pipeline(["capitals"], options: ["capitals": AnalyzerOptions(["x": "1"])])
        }
    }

    @Test("an annotation whose text does not match its offsets is an error naming the plugin")
    func contract() throws {
        let broken = AnalyzerFactory(id: "broken", summary: "") { _ in BrokenAnalyzer() }
        let pipeline = try registry(broken).pipeline(["broken"])
        #expect {
            try pipeline.analyze(text: "abc", source: "doc")
        } throws: { error in
            guard case let .invalidAnnotation(id, source, _) = error as? PipelineError else { return false }
            return id == "broken" && source == "doc"
        }
    }

    @Test("the registry is usable from many threads at once")
    func concurrentRegistration() async throws {
        let registry = AnalyzerRegistry()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<50 {
                group.addTask {
                    try? registry.register(AnalyzerFactory(id: AnalyzerID("a\(index)"), summary: "") { _ in CapitalsAnalyzer() })
                    _ = registry.all
                }
            }
        }
        #expect(registry.all.count == 50)
    }
}
