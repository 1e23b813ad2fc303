// Throughput, allocations and memory of the tokenizer, each analyzer, the whole pipeline,
// resource loading and a whole `analyze` run, with package-benchmark.
//
// Text: $ANALYZE_BENCH_CORPUS (a UTF-8 file; scripts/benchmark points it at the shared
// 24 MB news corpus), else the seed article repeated 200 times (about 0.5 MB), which exists
// on every clone. Throughput is reported per iteration and, as `MB/s`, per byte of text.
import Benchmark
import EntitiesAnalyzer
import Foundation
import Gazetteer
import NumbersAnalyzer
import PlacesAnalyzer
import TextAnalysis
import TokensAnalyzer

/// The text and its documents, prepared once per process.
enum BenchText {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seedPath = root.appendingPathComponent("seeds/kupiansk-2025-12.txt").path

    static let text: String = {
        if let path = ProcessInfo.processInfo.environment["ANALYZE_BENCH_CORPUS"], let data = FileManager.default.contents(atPath: path) {
            return String(decoding: data, as: UTF8.self)
        }
        let seed = (try? String(contentsOfFile: seedPath, encoding: .utf8)) ?? "Kupiansk is in Kharkiv Oblast.\n"
        return Array(repeating: seed, count: 200).joined(separator: "\n\n")
    }()

    static let megabytes = Double(text.utf8.count) / 1e6
    static let tokenizer = try! Tokenizer()

    /// The text split into articles at blank lines (as feeds arrive), tokenized: what an
    /// analyzer reads when it runs after the tokenizer.
    static let articles: [Document] = text.split(separator: "\n\n").map { article in
        var document = Document(text: String(article), source: "")
        try! tokenizer.tokenize(&document)
        return document
    }
}

/// Megabytes of text per second, comparable across text sizes (package-benchmark's own
/// throughput counts iterations).
let megabytesPerSecond = BenchmarkMetric.custom("MB/s of text", polarity: .prefersLarger, useScalingFactor: false)

private func reportMegabytesPerSecond(_ benchmark: Benchmark, seconds: Double) {
    benchmark.measurement(megabytesPerSecond, Int((BenchText.megabytes / seconds).rounded()))
}

/// Runs `body` once per scaled iteration, timing it, and reports MB/s of the bench text.
private func measure(_ benchmark: Benchmark, _ body: () throws -> Int) rethrows {
    let clock = ContinuousClock()
    for _ in benchmark.scaledIterations {
        var count = 0
        let elapsed = try clock.measure { count = try body() }
        blackHole(count)
        reportMegabytesPerSecond(benchmark, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, megabytesPerSecond, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(20),
        maxIterations: 5
    )
    _ = BenchText.articles // prepare outside the measurements

    Benchmark("Tokenizer (tokens stored)") { benchmark in
        try measure(benchmark) { try BenchText.articles.reduce(0) { $0 + (try BenchText.tokenizer.tokens(in: $1).count) } }
    }

    for factory in [AnalyzerFactory.tokens, .numbers, .places, .entities] {
        Benchmark("Analyzer \(factory.id.rawValue) (pre-tokenized)") { benchmark, analyzer in
            try measure(benchmark) {
                try BenchText.articles.reduce(0) { $0 + (try analyzer.analyze($1, context: AnalysisContext()).annotations.count) }
            }
        } setup: {
            try factory.make(AnalyzerOptions())
        }
    }

    Benchmark("Pipeline, all plugins (text in, annotations out)") { benchmark, pipeline in
        try measure(benchmark) {
            try BenchText.articles.reduce(0) { $0 + (try pipeline.analyze(text: $1.text).annotations.count) }
        }
    } setup: {
        let registry = AnalyzerRegistry()
        for factory in [AnalyzerFactory.tokens, .numbers, .places, .entities] { try registry.register(factory) }
        return try registry.pipeline(["tokens", "numbers", "places", "entities"])
    }

    Benchmark("Gazetteer load, parsing the text", configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident])) { benchmark in
        let directory = BenchText.root.appendingPathComponent("Sources/Gazetteer/Data")
        for _ in benchmark.scaledIterations { blackHole(try Gazetteer(directory: directory, cache: nil).count) }
    }

    Benchmark("Gazetteer load, from the binary cache", configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident])) { benchmark, cache in
        let directory = BenchText.root.appendingPathComponent("Sources/Gazetteer/Data")
        for _ in benchmark.scaledIterations { blackHole(try Gazetteer(directory: directory, cache: cache).count) }
    } setup: {
        let cache = GazetteerCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("analyze-bench-cache"))
        _ = try Gazetteer(directory: BenchText.root.appendingPathComponent("Sources/Gazetteer/Data"), cache: cache) // writes it
        return cache
    }

    // A user's whole run: process start, loading, analysis and output, on the seed article.
    Benchmark("analyze seed, all plugins (process)", configuration: .init(metrics: [.wallClock], maxIterations: 20)) { benchmark in
        let binary = BenchText.root.appendingPathComponent(".build/release/analyze")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            benchmark.error("build it first: swift build -c release --product analyze")
            return
        }
        for _ in benchmark.scaledIterations {
            let process = Process()
            process.executableURL = binary
            process.arguments = [BenchText.seedPath]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        }
    }
}
