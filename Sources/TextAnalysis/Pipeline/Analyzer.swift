/// One capability run over a document: find numbers, find places, count tokens.
///
/// An analyzer is created once per run by its ``AnalyzerFactory`` and then shared
/// by every worker thread, so it must be `Sendable` and keep no per-document state
/// (load gazetteers and models in the factory, read them here).
public protocol Analyzer: Sendable {
    /// Analyzes one tokenized document. `context` holds the outputs of the analyzers
    /// this one declared in ``AnalyzerFactory/requires``.
    func analyze(_ document: Document, context: AnalysisContext) throws -> AnalyzerOutput
}

/// What one analyzer returns for one document.
public struct AnalyzerOutput: Sendable {
    public var annotations: [Annotation]
    /// Document-level figures; they appear in the output under `summary.<plugin>`.
    public var summary: Attributes

    public init(annotations: [Annotation] = [], summary: Attributes = [:]) {
        self.annotations = annotations
        self.summary = summary
    }
}

/// The results of earlier analyzers, for analyzers that build on them.
public struct AnalysisContext: Sendable {
    /// A list searched by name, not a dictionary: a pipeline has a handful of analyzers, and
    /// hashing each name into a dictionary grown per document cost 1% of a whole run.
    private var recorded: [Recorded] = []

    private struct Recorded: Sendable {
        let id: AnalyzerID
        var output: AnalyzerOutput
    }

    public init(outputs: [AnalyzerID: AnalyzerOutput] = [:]) {
        recorded = outputs.map { Recorded(id: $0.key, output: $0.value) }
    }

    /// An empty context with room for `count` outputs, a pipeline's stages: grown one at a time,
    /// the list was reallocated at each stage of every document.
    init(capacity count: Int) {
        recorded.reserveCapacity(count)
    }

    public var outputs: [AnalyzerID: AnalyzerOutput] {
        Dictionary(uniqueKeysWithValues: recorded.map { ($0.id, $0.output) })
    }

    public func annotations(from id: AnalyzerID) -> [Annotation] {
        recorded.first { $0.id == id }?.output.annotations ?? []
    }

    mutating func record(_ output: AnalyzerOutput, for id: AnalyzerID) {
        if let index = recorded.firstIndex(where: { $0.id == id }) {
            recorded[index].output = output
        } else {
            recorded.append(Recorded(id: id, output: output))
        }
    }
}

/// The name an analyzer is selected by on the command line (`numbers`, `places`).
public struct AnalyzerID: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: AnalyzerID, rhs: AnalyzerID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Settings passed to an analyzer's factory, such as `numbers.reference-date=2025-12-24`
/// on the command line (the part after the plugin name is the key).
public struct AnalyzerOptions: Sendable, Hashable {
    public var values: [String: String]
    public init(_ values: [String: String] = [:]) { self.values = values }
    public subscript(key: String) -> String? { values[key] }
}

/// How to make an analyzer, and what it needs: the unit the registry holds.
///
/// A plugin exposes one as a static member, so registration reads
/// `try registry.register(.numbers)`.
public struct AnalyzerFactory: Sendable {
    public let id: AnalyzerID
    /// One line for `--list-plugins`.
    public let summary: String
    /// Analyzers that must run first; their outputs arrive in ``AnalysisContext``.
    public let requires: [AnalyzerID]
    /// Option keys this analyzer understands, with a one-line description each.
    public let options: [String: String]
    /// The attribute keys its annotations carry, in the order a table shows them: the columns
    /// of `--format csv` (see ``CSVEncoder``), fixed before the first document so a run streams.
    /// A key left out is not lost; it goes to the table's `other` column.
    public let fields: [String]
    /// Sentences the analyzer promises to read one way, checked by `analyze --selftest`.
    public let examples: [AnalyzerExample]
    public let make: @Sendable (AnalyzerOptions) throws -> any Analyzer

    public init(
        id: AnalyzerID,
        summary: String,
        requires: [AnalyzerID] = [],
        options: [String: String] = [:],
        fields: [String] = [],
        examples: [AnalyzerExample] = [],
        make: @escaping @Sendable (AnalyzerOptions) throws -> any Analyzer
    ) {
        self.id = id
        self.summary = summary
        self.requires = requires
        self.options = options
        self.fields = fields
        self.examples = examples
        self.make = make
    }
}
