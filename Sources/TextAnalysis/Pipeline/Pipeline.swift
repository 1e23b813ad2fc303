internal import Foundation

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
    /// Per stage, whether its annotations are output: decided once, where a set of the
    /// requested names built per document cost more than the merge of the annotations.
    private let kept: [Bool]

    init(tokenizer: Tokenizer, requested: [AnalyzerID], stages: [Stage]) {
        self.tokenizer = tokenizer
        self.requested = requested
        self.stages = stages
        kept = stages.map { requested.contains($0.id) }
    }

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
        var context = AnalysisContext(capacity: stages.count)
        var outputs: [[Annotation]] = []
        outputs.reserveCapacity(stages.count)
        // (A list with room for every stage, its names distinct, as the registry runs each
        // analyzer once: the summaries set by name grew it from nothing, two allocations a document.)
        var summaries: [Attribute] = []
        summaries.reserveCapacity(stages.count)
        for (stage, keep) in zip(stages, kept) {
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
            if keep {
                if !output.annotations.isEmpty { outputs.append(output.annotations) }
                if !output.summary.isEmpty { summaries.append(Attribute(stage.id.rawValue, .object(output.summary))) }
            }
        }
        // The context's references go first, so that each output is the only owner of its
        // annotations and they can be moved rather than copied.
        context = AnalysisContext()
        document.annotations = Self.merged(&outputs)
        document.summaries = Attributes(distinct: summaries)
        return document
    }

    /// The annotations of `outputs`, which it empties, in output order: as if concatenated in
    /// the order given and then sorted by ``Annotation/outputOrder(_:_:)``, ties kept in that order.
    ///
    /// Annotations are moved, never copied: a copy retains an annotation's strings and
    /// attributes and the copy left behind releases them again, and copying into a
    /// concatenation and then into sorted order made each annotation three times over,
    /// destroyed three times (4% of a whole run). Elements popped from the end of one array
    /// and appended to another are moved, as are elements swapped in place; the outputs after
    /// the first so land back to front, which the merge reads them past.
    ///
    /// Analyzers give their annotations in order, nearly always: then each output is a run of
    /// the concatenation, and the runs are merged, a few comparisons of two integers per
    /// annotation, where sorting the concatenation cost 120 instructions an annotation. A run
    /// taken first on a tie keeps the concatenation's order. An output out of order sends the
    /// whole to the sort.
    static func merged(_ outputs: inout [[Annotation]]) -> [Annotation] {
        guard !outputs.isEmpty else { return [] }
        var annotations = outputs[0]
        outputs[0] = []
        let total = outputs.reduce(0) { $0 + $1.count }
        annotations.reserveCapacity(total)
        // The runs, in the concatenation's order: where each one's next annotation is, the
        // step to the one after (-1 for the outputs landed back to front), and how many are left.
        var runs: [(next: Int, step: Int, left: Int)] = []
        runs.reserveCapacity(outputs.count)
        if !annotations.isEmpty { runs.append((0, 1, annotations.count)) }
        for position in outputs.indices.dropFirst() where !outputs[position].isEmpty {
            let start = annotations.count
            while let annotation = outputs[position].popLast() { annotations.append(annotation) }
            runs.append((annotations.count - 1, -1, annotations.count - start))
        }
        // Each annotation's (start, end) in one integer, by its place.
        var keys: [UInt64] = []
        keys.reserveCapacity(annotations.count)
        for place in annotations.indices { keys.append(Self.sortKey(annotations[place].span)) }
        // `source[position]`: the place of the annotation that goes to `position`.
        var source = keys.withUnsafeBufferPointer { keys in
            annotations.withUnsafeBufferPointer { annotations in
                func precedes(_ a: Int, _ b: Int) -> Bool {
                    keys[a] != keys[b] ? keys[a] < keys[b] : Annotation.outputOrder(annotations[a], annotations[b])
                }
                let inOrder = runs.allSatisfy { run in
                    var place = run.next
                    for _ in 1..<run.left {
                        if precedes(place &+ run.step, place) { return false }
                        place &+= run.step
                    }
                    return true
                }
                guard inOrder else {
                    // The concatenation's order, sorted (stable, so ties keep that order):
                    // place by place, the first output as it is, the others back to front as they landed.
                    var order: [Int] = []
                    order.reserveCapacity(annotations.count)
                    for run in runs {
                        var place = run.next
                        for _ in 0..<run.left {
                            order.append(place)
                            place &+= run.step
                        }
                    }
                    order.sort { precedes($0, $1) }
                    return order
                }
                return [Int](unsafeUninitializedCapacity: annotations.count) { source, written in
                    runs.withUnsafeMutableBufferPointer { runs in
                        var live = runs.count
                        while live > 0 {
                            var best = 0, bestPlace = runs[0].next
                            for run in 1..<live {
                                let place = runs[run].next
                                if keys[place] < keys[bestPlace] || keys[place] == keys[bestPlace] && precedes(place, bestPlace) {
                                    best = run
                                    bestPlace = place
                                }
                            }
                            source[written] = bestPlace
                            written &+= 1
                            runs[best].next &+= runs[best].step
                            runs[best].left &-= 1
                            if runs[best].left == 0 {
                                // (Later runs move up, so the earlier of two tied runs is still found first.)
                                for run in best..<(live &- 1) { runs[run] = runs[run &+ 1] }
                                live &-= 1
                            }
                        }
                    }
                }
            }
        }
        // The permutation applied in place, cycle by cycle: position `current` takes the
        // annotation at `source[current]`, and a position done points at itself.
        annotations.withUnsafeMutableBufferPointer { buffer in
            for start in buffer.indices where source[start] != start {
                var current = start
                while source[current] != start {
                    let next = source[current]
                    buffer.swapAt(current, next)
                    source[current] = current
                    current = next
                }
                source[current] = current
            }
        }
        return annotations
    }

    /// A span's start and end in one integer that orders as the pair does.
    private static func sortKey(_ span: TextSpan) -> UInt64 {
        UInt64(span.bytes.lowerBound) << 32 | UInt64(span.bytes.upperBound)
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
    /// Whether `bytes` are `text`'s UTF-8: one `memcmp` with the string's contiguous storage.
    /// (Iterating `String.UTF8View` costs about ten instructions a byte, and `elementsEqual`
    /// of the slice with the storage, element by element, 300 an annotation, 1% of a whole run.)
    static func equal(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool {
        let compared = text.utf8.withContiguousStorageIfAvailable { utf8 in
            bytes.withUnsafeBufferPointer { slice in
                slice.count == utf8.count && (slice.isEmpty || memcmp(slice.baseAddress!, utf8.baseAddress!, slice.count) == 0)
            }
        }
        return compared ?? bytes.elementsEqual(text.utf8)
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
