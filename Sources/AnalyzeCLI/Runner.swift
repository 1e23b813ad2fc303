import Foundation
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
        /// A document for the formats written from the whole document (text, HTML, GeoJSON).
        case analyzed(Document, id: String?)
        /// A document's JSON, encoded by the worker that analyzed it. The document itself is
        /// gone: freeing its tokens and annotations there, not on the thread that writes in
        /// order, keeps that thread's share of a `--jobs 2` run small.
        case encoded([UInt8], source: String, warnings: [String], bytes: Int)
        case failed(DocumentFailure, ExitStatus)
    }

    /// Results of a batch that workers are analyzing while the main thread reads the next one.
    private final class PendingBatch: Sendable {
        let group = DispatchGroup()
        let outcomes = Locked<[Outcome]>([])
    }

    mutating func run(reading reader: inout InputReader, writingTo writer: inout OutputWriter) throws(OutputError) -> ExitStatus {
        var status = ExitStatus.success
        try writer.begin()
        var pending: PendingBatch?
        while true {
            var batch: [InputItem] = []
            var bytes = 0
            while batch.count < jobs * Self.batchDocumentsPerJob, bytes < Self.batchBytes, let item = reader.next() {
                if case let .document(text, _, _, _, _) = item { bytes += text.utf8.count }
                batch.append(item)
            }
            // With several jobs, reading batch N+1 overlaps the analysis of batch N: at most
            // two batches are in memory.
            let next = batch.isEmpty ? nil : start(batch, encodingWith: writer)
            if let pending {
                pending.group.wait()
                try write(pending.outcomes.withLock { $0 }, to: &writer, status: &status)
            }
            guard let next else { break }
            if jobs == 1 {
                next.group.wait()
                try write(next.outcomes.withLock { $0 }, to: &writer, status: &status)
                pending = nil
            } else {
                pending = next
            }
        }
        try writer.finish()
        progress?.finish()
        return status
    }

    /// Starts analyzing `batch`: on this thread with one job, on workers otherwise.
    private func start(_ batch: [InputItem], encodingWith writer: OutputWriter) -> PendingBatch {
        let pending = PendingBatch()
        let pipeline = self.pipeline, jobs = self.jobs
        if jobs == 1 {
            pending.outcomes.withLock { $0 = Self.analyze(batch, with: pipeline, jobs: 1, writer: writer) }
            return pending
        }
        DispatchQueue.global().async(group: pending.group) {
            let outcomes = Self.analyze(batch, with: pipeline, jobs: jobs, writer: writer)
            pending.outcomes.withLock { $0 = outcomes }
        }
        return pending
    }

    private mutating func write(_ outcomes: [Outcome], to writer: inout OutputWriter, status: inout ExitStatus) throws(OutputError) {
        for outcome in outcomes {
            switch outcome {
            case let .analyzed(document, id):
                for warning in document.warnings where !quiet { printError("analyze: \(document.source): warning: \(warning)") }
                try writer.write(document, id: id)
                progress?.advance(documents: 1, bytes: document.bytes.count)
            case let .encoded(json, source, warnings, bytes):
                for warning in warnings where !quiet { printError("analyze: \(source): warning: \(warning)") }
                try writer.write(encoded: json)
                progress?.advance(documents: 1, bytes: bytes)
            case let .failed(failure, failureStatus):
                printError("analyze: \(failure.message)")
                try writer.write(failure)
                status = max(status, failureStatus)
            }
        }
    }

    private static func analyze(_ batch: [InputItem], with pipeline: Pipeline, jobs: Int, writer: OutputWriter) -> [Outcome] {
        if jobs == 1 || batch.count == 1 {
            return batch.map { Self.analyze($0, with: pipeline, writer: writer) }
        }
        let work = SharedWork(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
            while true {
                let index = work.nextIndex.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < batch.count else { return }
                let outcome = Self.analyze(batch[index], with: pipeline, writer: writer)
                work.store(outcome, at: index)
            }
        }
        return work.outcomes()
    }

    /// The workers' shared state: the next document to take, and the results (``Locked``, which
    /// ThreadSanitizer can follow).
    private final class SharedWork: Sendable {
        let nextIndex = Atomic<Int>(0)
        private let results: Locked<[Outcome?]>

        init(count: Int) {
            results = Locked(Array(repeating: nil, count: count))
        }

        func store(_ outcome: Outcome, at index: Int) {
            results.withLock { $0[index] = outcome }
        }

        func outcomes() -> [Outcome] {
            results.withLock { $0.map { $0! } }
        }
    }

    private static func analyze(_ item: InputItem, with pipeline: Pipeline, writer: OutputWriter) -> Outcome {
        switch item {
        case let .failure(failure, status):
            return .failed(failure, status)
        case let .document(text, source, id, warnings, date):
            var document = Document(text: text, source: source)
            document.warnings = warnings
            document.date = date
            do {
                let analyzed = try pipeline.run(document)
                guard let json = writer.encoded(analyzed, id: id) else { return .analyzed(analyzed, id: id) }
                return .encoded(json, source: analyzed.source, warnings: analyzed.warnings, bytes: analyzed.bytes.count)
            } catch {
                document.warnings = []
                return .failed(DocumentFailure(source: source, id: id, code: "analysis-failed", message: "\(error)"), .dataError)
            }
        }
    }
}
