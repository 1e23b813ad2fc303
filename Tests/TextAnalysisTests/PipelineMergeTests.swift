import Testing
@testable import TextAnalysis

@Suite("Merging the analyzers' outputs, and attributes")
struct PipelineMergeTests {
    /// What the pipeline did before it moved annotations: concatenate, sort the positions, copy.
    static func concatenatedAndSorted(_ outputs: [[Annotation]]) -> [Annotation] {
        let annotations = outputs.flatMap { $0 }
        return annotations.indices.sorted { Annotation.outputOrder(annotations[$0], annotations[$1]) }.map { annotations[$0] }
    }

    @Test("merging moves the outputs into the order a sort of their concatenation gives, ties included", arguments: 0..<40)
    func mergeAgreesWithSort(seed: Int) {
        mergeAgreesWithSort(seed: seed, outputsInOrder: false)
    }

    /// Outputs each in order, as analyzers give them, are merged as runs rather than sorted.
    @Test("outputs each in order merge as a sort of their concatenation would order them, ties included", arguments: 0..<40)
    func runsMergeAsSortWould(seed: Int) {
        mergeAgreesWithSort(seed: seed, outputsInOrder: true)
    }

    func mergeAgreesWithSort(seed: Int, outputsInOrder: Bool) {
        var generator = SeededGenerator(seed: UInt64(seed))
        // Few distinct spans, plugins and labels, so that many annotations tie on all four; the
        // `order` attribute tells tied ones apart.
        var outputs: [[Annotation]] = []
        var serial = 0
        for _ in 0..<Int(generator.next() % 5) {
            var output: [Annotation] = []
            for _ in 0..<Int(generator.next() % 30) {
                let start = Int(generator.next() % 6), length = Int(generator.next() % 3)
                serial += 1
                output.append(Annotation(plugin: ["a", "b"][Int(generator.next() % 2)], label: ["X", "Y"][Int(generator.next() % 2)],
                                         span: TextSpan(bytes: start..<start + length, scalars: start..<start + length), text: "",
                                         attributes: Attributes(distinct: [Attribute("order", .int(serial))])))
            }
            outputs.append(outputsInOrder ? Self.concatenatedAndSorted([output]) : output)
        }
        let expected = Self.concatenatedAndSorted(outputs)
        var moved = outputs
        #expect(Pipeline.merged(&moved) == expected)
        #expect(moved.allSatisfy { $0.isEmpty })
    }

    @Test("attributes read as pairs, by key, and as a list, however they are made")
    func attributes() {
        let literal: Attributes = ["value": 3, "unit": "km"]
        let pairs = Attributes(uniqueKeysWithValues: [(key: "value", value: 3), (key: "unit", value: "km")])
        let list = Attributes(distinct: [Attribute("value", 3), Attribute("unit", "km")])
        #expect(literal == pairs && pairs == list)
        var keys: [String] = []
        var values: [AttributeValue] = []
        for (key, value) in list {
            keys.append(key)
            values.append(value)
        }
        #expect(keys == ["value", "unit"] && values == [3, "km"])
        #expect(list.entries.map(\.key) == keys && list.list.map(\.value) == values)
        #expect(list["unit"] == "km" && list["none"] == nil)
        var changed = list
        changed["value"] = 4
        changed["unit"] = nil
        changed["approximate"] = true
        #expect(changed.list == [Attribute("value", 4), Attribute("approximate", true)])
    }

    @Test("the context finds each analyzer's output by name, the last recorded")
    func context() {
        let first = Annotation(plugin: "a", label: "X", span: TextSpan(bytes: 0..<1, scalars: 0..<1), text: "x")
        var context = AnalysisContext(outputs: ["a": AnalyzerOutput(annotations: [first])])
        context.record(AnalyzerOutput(summary: ["count": 1]), for: "b")
        #expect(context.annotations(from: "a") == [first])
        #expect(context.annotations(from: "c").isEmpty)
        context.record(AnalyzerOutput(), for: "a")
        #expect(context.annotations(from: "a").isEmpty)
        #expect(Set(context.outputs.keys) == ["a", "b"])
        #expect(context.outputs["b"]?.summary == ["count": 1])
    }
}
