import Dispatch
import Synchronization
import AnalyzeRuntime
import TextAnalysis

/// Reads, analyzes in parallel and writes in input order.
///
/// Work goes in batches: read up to a bounded number of documents (and bytes), let
/// `jobs` workers take them one at a time, then write the batch in order. Memory is
/// bounded by the batch, never by the whole input.
struct Runner {
    let pipeline: Pipeline
    let jobs: Int
    var progress: Progress?
    /// Suppresses warnings (never errors) on stderr.
    var quiet = false

    /// Batch bounds: enough documents that two workers rarely wait on each other,
    /// few enough bytes that memory stays near the largest document.
    static let batchDocumentsPerJob = 32
    static let batchBytes = 32 << 20

    private enum Outcome: Sendable {
        case analyzed(Document, id: String?)
        case failed(DocumentFailure, ExitStatus)
    }

    mutating func run(reading reader: inout InputReader, writingTo writer: inout OutputWriter) throws(OutputError) -> ExitStatus {
        var status = ExitStatus.success
        try writer.begin()
        while true {
            var batch: [InputItem] = []
            var bytes = 0
            while batch.count < jobs * Self.batchDocumentsPerJob, bytes < Self.batchBytes, let item = reader.next() {
                if case let .document(text, _, _, _) = item { bytes += text.utf8.count }
                batch.append(item)
            }
            if batch.isEmpty { break }
            for outcome in analyze(batch) {
                switch outcome {
                case let .analyzed(document, id):
                    for warning in document.warnings where !quiet { printError("analyze: \(document.source): warning: \(warning)") }
                    try writer.write(document, id: id)
                    progress?.advance(documents: 1, bytes: document.bytes.count)
                case let .failed(failure, failureStatus):
                    printError("analyze: \(failure.message)")
                    try writer.write(failure)
                    status = max(status, failureStatus)
                }
            }
        }
        try writer.finish()
        progress?.finish()
        return status
    }

    private func analyze(_ batch: [InputItem]) -> [Outcome] {
        let pipeline = self.pipeline
        if jobs == 1 || batch.count == 1 {
            return batch.map { Self.analyze($0, with: pipeline) }
        }
        let results = Mutex<[Outcome?]>(Array(repeating: nil, count: batch.count))
        let nextIndex = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
            while true {
                let index = nextIndex.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < batch.count else { return }
                let outcome = Self.analyze(batch[index], with: pipeline)
                results.withLock { $0[index] = outcome }
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    private static func analyze(_ item: InputItem, with pipeline: Pipeline) -> Outcome {
        switch item {
        case let .failure(failure, status):
            return .failed(failure, status)
        case let .document(text, source, id, warnings):
            var document = Document(text: text, source: source)
            document.warnings = warnings
            do {
                return .analyzed(try pipeline.run(document), id: id)
            } catch {
                document.warnings = []
                return .failed(DocumentFailure(source: source, id: id, code: "analysis-failed", message: "\(error)"), .dataError)
            }
        }
    }
}
