// Prints tokenizer and pipeline throughput on one file, for the figures in
// BENCHMARKS.md. Usage: Throughput FILE [REPEATS] | Throughput --print-pattern
// Build it in release mode (scripts/tokenizer-throughput does).
import Foundation
import TextAnalysis
import EntitiesAnalyzer
import NumbersAnalyzer
import PlacesAnalyzer
import TokensAnalyzer

let arguments = CommandLine.arguments
if arguments.count == 2, arguments[1] == "--print-pattern" {
    print(try Tokenizer().joinedPattern)
    exit(0)
}
guard arguments.count >= 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: Throughput FILE [REPEATS]\n".utf8))
    exit(64)
}
let repeats = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
let document = Document(text: String(decoding: data, as: UTF8.self), source: arguments[1])
let tokenizer = try Tokenizer()
let megabytes = Double(document.bytes.count) / 1e6

/// Best-of-N seconds for `body`, printed as MB/s and items/s; returned for ratios.
@discardableResult
func best(_ label: String, _ body: () throws -> Int) rethrows -> Double {
    var fastest = Double.infinity
    var count = 0
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        count = try body()
        fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    print(String(format: "%-34@ %8.1f MB/s  %10.0f items/s  (%d, best of %d)", label as NSString, megabytes / fastest, Double(count) / fastest, count, repeats))
    return fastest
}

print(String(format: "%@: %.1f MB, JIT %@", arguments[1], megabytes, tokenizer.isJITCompiled ? "on" : "off"))
let tokenizerSeconds = try best("tokenizer (tokens stored)") { try tokenizer.tokens(in: document).count }
try best("tokenizer + sentences") {
    var copy = document
    try tokenizer.tokenize(&copy)
    return copy.tokens.count
}
let registry = AnalyzerRegistry()
try registry.register(.tokens)
let pipeline = try registry.pipeline(["tokens"], tokenizer: tokenizer)
try best("pipeline (tokens plugin)") { try pipeline.run(document).tokens.count }

// Each analyzer alone over the already tokenized articles (the text split at blank lines, as
// news feeds arrive): what it adds to the tokenizer's time on the same articles.
let articles = try document.text.split(separator: "\n\n").map { article in
    var tokenized = Document(text: String(article), source: "")
    try tokenizer.tokenize(&tokenized)
    return tokenized
}
let articlesTokenizerSeconds = try best("tokenizer, \(articles.count) articles") {
    try articles.reduce(0) { $0 + (try tokenizer.tokens(in: $1).count) }
}
// THROUGHPUT_ANALYZERS=places measures only the named analyzers (for profiling one).
let selected = ProcessInfo.processInfo.environment["THROUGHPUT_ANALYZERS"].map { Set($0.split(separator: ",").map(String.init)) }
for factory in [AnalyzerFactory.numbers, .places, .entities] where selected?.contains(factory.id.rawValue) ?? true {
    // Loading (gazetteer, lexicons) happens once per process, in the factory.
    let loadStart = ContinuousClock.now
    let analyzer = try factory.make(AnalyzerOptions())
    let load = ContinuousClock.now - loadStart
    print(String(format: "  %@ load: %.3f s", factory.id.rawValue as NSString,
                 Double(load.components.seconds) + Double(load.components.attoseconds) / 1e18))
    let seconds = try best("\(factory.id) alone (pre-tokenized)") {
        try articles.reduce(0) { $0 + (try analyzer.analyze($1, context: AnalysisContext()).annotations.count) }
    }

    print(String(format: "  %@ adds %.0f%% to tokenizer time", factory.id.rawValue as NSString, 100 * seconds / articlesTokenizerSeconds))
}
