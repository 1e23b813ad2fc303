/// A sentence a plugin promises to read one way, shipped with the plugin and checked by
/// `analyze --selftest` (``AnalyzerRegistry/checkExamples(_:)``) on the user's own build.
///
/// Why: a third-party plugin can state its contract where its users see it, and a build on
/// another platform or against another PCRE2 shows at once whether it reads text as the
/// project's tests did, without the test suite or its data (Duckling and Recognizers-Text
/// keep such corpora inside their repositories, for their own rules only).
public struct AnalyzerExample: Sendable {
    /// An annotation the plugin must produce: its label and exact text, and attributes that
    /// must have these values (numbers compare by value: `5` equals `5.0`); others may be present.
    public struct Expected: Sendable {
        public let label: String
        public let text: String
        public let attributes: Attributes

        public init(_ label: String, _ text: String, _ attributes: Attributes = [:]) {
            self.label = label
            self.text = text
            self.attributes = attributes
        }
    }

    public let text: String
    /// The plugin's options for this example (`reference-date`, ...).
    public let options: AnalyzerOptions
    public let expected: [Expected]
    /// Texts that no annotation of the plugin may have: the negatives ("May" the verb).
    public let absent: [String]

    public init(_ text: String, options: [String: String] = [:], expect expected: [Expected], absent: [String] = []) {
        self.text = text
        self.options = AnalyzerOptions(options)
        self.expected = expected
        self.absent = absent
    }

    /// How `annotations`, the plugin's for ``text``, break the example: one line each, empty
    /// when the example holds.
    public func failures(in annotations: [Annotation]) -> [String] {
        var failures: [String] = []
        for expected in expected {
            let candidates = annotations.filter { $0.label == expected.label && $0.text == expected.text }
            guard !candidates.isEmpty else {
                let found = annotations.filter { $0.text == expected.text }.map(\.label)
                failures.append("no \(expected.label) \"\(expected.text)\"" + (found.isEmpty ? "" : " (found \(found.joined(separator: ", ")))"))
                continue
            }
            if !candidates.contains(where: { annotation in expected.attributes.allSatisfy { Self.same(annotation.attributes[$0.key], $0.value) } }) {
                let wanted = expected.attributes.map { "\($0.key)=\(Self.describe($0.value))" }.joined(separator: " ")
                let got = expected.attributes.map { "\($0.key)=\(candidates[0].attributes[$0.key].map(Self.describe) ?? "none")" }.joined(separator: " ")
                failures.append("\(expected.label) \"\(expected.text)\": expected \(wanted), found \(got)")
            }
        }
        for text in absent where annotations.contains(where: { $0.text == text }) {
            failures.append("\"\(text)\" must not be annotated (found \(annotations.filter { $0.text == text }.map(\.label).joined(separator: ", ")))")
        }
        return failures
    }

    private static func same(_ found: AttributeValue?, _ expected: AttributeValue) -> Bool {
        guard let found else { return false }
        if let a = found.doubleValue, let b = expected.doubleValue { return a == b }
        return found == expected
    }

    private static func describe(_ value: AttributeValue) -> String {
        switch value {
        case let .string(string): "\"\(string)\""
        case let .int(int): String(int)
        case let .double(double): String(double)
        case let .bool(bool): String(bool)
        case .null: "null"
        case .array, .object: "\(value)"
        }
    }
}

/// One example's outcome (``AnalyzerRegistry/checkExamples(_:)``).
public struct ExampleOutcome: Sendable {
    public let plugin: AnalyzerID
    public let example: AnalyzerExample
    /// Empty when the example holds.
    public let failures: [String]
}

extension AnalyzerRegistry {
    /// Runs the examples of `ids` (every registered analyzer by default), each through a
    /// pipeline of its plugin alone with the example's options, plugins in name order.
    public func checkExamples(_ ids: [AnalyzerID]? = nil) throws -> [ExampleOutcome] {
        var outcomes: [ExampleOutcome] = []
        for id in ids ?? self.ids {
            let factory = try factory(id)
            var pipelines: [AnalyzerOptions: Pipeline] = [:]
            for example in factory.examples {
                let pipeline = try pipelines[example.options] ?? self.pipeline([id], options: [id: example.options])
                pipelines[example.options] = pipeline
                // A plugin that fails on its own example breaks it; the other examples still run.
                let failures: [String]
                do {
                    failures = example.failures(in: try pipeline.analyze(text: example.text).annotations.filter { $0.plugin == id.rawValue })
                } catch {
                    failures = ["the plugin failed: \(error)"]
                }
                outcomes.append(ExampleOutcome(plugin: id, example: example, failures: failures))
            }
        }
        return outcomes
    }
}
