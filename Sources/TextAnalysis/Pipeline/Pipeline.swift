/// A tokenizer and an ordered list of analyzers: text in, annotated document out.
///
/// Built by ``AnalyzerRegistry/pipeline(_:options:tokenizer:)``. Immutable and
/// `Sendable`: one pipeline serves every worker thread.
public struct Pipeline: Sendable {
    struct Stage: Sendable {
        let id: AnalyzerID
        let analyzer: any Analyzer
    }

    public let tokenizer: Tokenizer
    /// The analyzers whose annotations appear in the output, in the order asked for.
    public let requested: [AnalyzerID]
    let stages: [Stage]

    /// Every analyzer that runs, dependencies included, in run order.
    public var runOrder: [AnalyzerID] { stages.map(\.id) }

    /// Tokenizes and analyzes `text`.
    public func analyze(text: String, source: String = "-") throws -> Document {
        try run(Document(text: text, source: source))
    }

    /// Tokenizes `document` (unless it already has tokens) and runs every stage.
    /// Annotations of the requested analyzers are kept, sorted by start then end.
    public func run(_ document: Document) throws -> Document {
        var document = document
        if document.tokens.isEmpty && !document.bytes.isEmpty {
            try tokenizer.tokenize(&document)
        }
        var context = AnalysisContext()
        var annotations: [Annotation] = []
        var summaries = Attributes()
        let kept = Set(requested)
        for stage in stages {
            let output: AnalyzerOutput
            do {
                output = try stage.analyzer.analyze(document, context: context)
            } catch {
                throw PipelineError.analyzerFailed(stage.id, source: document.source, message: "\(error)")
            }
            for annotation in output.annotations {
                try validate(annotation, from: stage.id, in: document)
            }
            context.record(output, for: stage.id)
            if kept.contains(stage.id) {
                annotations += output.annotations
                if !output.summary.isEmpty { summaries[stage.id.rawValue] = .object(output.summary) }
            }
        }
        // Sorting positions moves integers; sorting the annotations moved each one (a copy,
        // retains and a release) at every step, 4% of a whole run. Same comparisons, same order.
        let order = annotations.indices.sorted { Annotation.outputOrder(annotations[$0], annotations[$1]) }
        document.annotations = order.map { annotations[$0] }
        document.summaries = summaries
        return document
    }

    /// The output contract, enforced: a plugin bug surfaces as an error naming the plugin,
    /// not as offsets that silently point at the wrong text.
    private func validate(_ annotation: Annotation, from id: AnalyzerID, in document: Document) throws {
        let bytes = annotation.span.bytes
        guard bytes.lowerBound >= 0, bytes.upperBound <= document.bytes.count,
              annotation.span.scalars.upperBound <= document.scalarCount,
              document.scalarOffset(ofByte: bytes.lowerBound) == annotation.span.scalars.lowerBound,
              Self.equal(document.bytes[bytes], annotation.text)
        else {
            throw PipelineError.invalidAnnotation(id, source: document.source, annotation: "\(annotation.label) '\(annotation.text)' at \(annotation.span)")
        }
    }
}

extension Pipeline {
    /// Whether `bytes` are `text`'s UTF-8: compared through the string's contiguous storage,
    /// since iterating `String.UTF8View` costs about ten instructions a byte.
    static func equal(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { utf8 in bytes.elementsEqual(utf8) } ?? bytes.elementsEqual(text.utf8)
    }
}

public enum PipelineError: Error, Equatable, Sendable, CustomStringConvertible {
    case analyzerFailed(AnalyzerID, source: String, message: String)
    case invalidAnnotation(AnalyzerID, source: String, annotation: String)

    public var description: String {
        switch self {
        case let .analyzerFailed(id, source, message): "\(source): plugin '\(id)' failed: \(message)"
        case let .invalidAnnotation(id, source, annotation):
            "\(source): plugin '\(id)' produced an annotation whose offsets do not match its text: \(annotation)"
        }
    }
}
