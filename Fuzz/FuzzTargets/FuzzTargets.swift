// libFuzzer targets. One binary serves every target (one link instead of six under
// -sanitize=fuzzer); FUZZ_TARGET picks one, and FUZZ_TARGET=list prints their names.
// Each target states the library's invariants with `precondition`, so a violation is a
// crash libFuzzer records, minimizes and keeps, like any other.
#if canImport(Glibc)
import Glibc
#endif
import AnalyzeRuntime
import TextAnalysis

/// The targets: fixed ones, then one per registered analyzer (so a new plugin is fuzzed
/// as soon as it is registered in `AnalyzerRegistry.builtIn()`).
nonisolated(unsafe) private var names: [String] = []
nonisolated(unsafe) private var target: ((UnsafeRawBufferPointer) -> Void)?

/// Chooses the target named by FUZZ_TARGET; `list` prints the names and exits.
func setUpFuzzTarget() {
    guard target == nil else { return }
    let registry = AnalyzerRegistry.builtIn()
    names = ["pcre2", "tokenizer", "token-rules", "jsonl"] + registry.ids.map { "analyzer:\($0.rawValue)" }
    let chosen = getenv("FUZZ_TARGET").map { String(cString: $0) } ?? ""
    if chosen == "list" || !names.contains(chosen) {
        // To stdout either way: the list is the answer, or the help for a wrong name.
        print(chosen == "list" ? names.joined(separator: "\n") : "FUZZ_TARGET must be one of: \(names.joined(separator: " "))")
        exit(chosen == "list" ? 0 : 64)
    }
    switch chosen {
    case "pcre2": target = fuzzPCRE2
    case "tokenizer": target = fuzzTokenizer
    case "token-rules": target = fuzzTokenRules
    case "jsonl": target = fuzzJSONL
    default:
        let id = AnalyzerID(String(chosen.dropFirst("analyzer:".count)))
        let pipeline = try! registry.pipeline([id])
        target = { fuzzAnalyzer(pipeline, $0) }
    }
}

// libFuzzer's archive may bring its own `main` (which of the two runs depends on the linker),
// so both of its entry points exist too; setting up twice is a no-op.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutableRawPointer?) -> Int32 {
    setUpFuzzTarget()
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    target!(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

// MARK: - Targets

/// Small limits keep one input fast; a limit error is a correct outcome, not a finding.
private let fuzzLimits = PCRE2Limits(matchLimit: 200_000, depthLimit: 5_000)

/// `options byte, pattern, NUL, subject`: any pattern compiles or throws; any match lies
/// inside the subject, on scalar boundaries, in order; JIT and interpreter agree.
private func fuzzPCRE2(_ data: UnsafeRawBufferPointer) {
    guard let first = data.first else { return }
    let rest = data.dropFirst()
    let split = rest.firstIndex(of: 0) ?? rest.endIndex
    let pattern = String(decoding: rest[..<split], as: UTF8.self)
    let subject = String(decoding: rest[split...].dropFirst(), as: UTF8.self)
    let all: [PCRE2Options] = [.caseless, .multiline, .dotAll, .extended, .anchored]
    let options = PCRE2Options(all.enumerated().filter { first & (1 << $0.offset) != 0 }.map(\.element))
    var results: [[PCRE2Match]?] = []
    for engine in [PCRE2Pattern.Engine.jitIfAvailable, .interpreter] {
        guard let compiled = try? PCRE2Pattern(pattern, options: options, limits: fuzzLimits, engine: engine) else { return }
        let matches = try? compiled.allMatches(in: subject)
        let utf8 = Array(subject.utf8)
        var previous = 0
        for match in matches ?? [] {
            precondition(match.range.lowerBound <= match.range.upperBound && match.range.upperBound <= utf8.count, "match \(match.range) outside the subject")
            precondition(match.range.lowerBound >= previous || match.range.isEmpty, "match \(match.range) before the previous end \(previous)")
            for bound in [match.range.lowerBound, match.range.upperBound] where bound < utf8.count {
                precondition(utf8[bound] & 0xC0 != 0x80, "match bound \(bound) inside a scalar")
            }
            for capture in match.captures {
                if let capture { precondition(capture.upperBound <= utf8.count, "capture \(capture) outside the subject") }
            }
            previous = max(previous, match.range.upperBound)
        }
        results.append(matches)
    }
    // Only complete runs are compared: a limit can stop the two engines at different points.
    if let jit = results[0], let interpreted = results[1] {
        precondition(jit.map(\.range) == interpreted.map(\.range), "JIT and interpreter disagree on \(pattern.debugDescription)")
    }
}

private let defaultTokenizer = try! Tokenizer(limits: fuzzLimits)

private func fuzzTokenizer(_ data: UnsafeRawBufferPointer) {
    let text = String(decoding: data, as: UTF8.self)
    var document = Document(text: text)
    do {
        try defaultTokenizer.tokenize(&document)
    } catch {
        // The built-in rules must handle any text within the limits.
        preconditionFailure("built-in tokenizer failed: \(error)")
    }
    checkTokens(document)
}

/// A rules file (up to the first NUL), then text: the loader accepts or rejects it with an
/// error; a tokenizer it yields tokenizes the text or fails with an error, never loses text.
private func fuzzTokenRules(_ data: UnsafeRawBufferPointer) {
    let split = data.firstIndex(of: 0) ?? data.endIndex
    let rulesText = String(decoding: data[..<split], as: UTF8.self)
    var document = Document(text: String(decoding: data[split...].dropFirst(), as: UTF8.self))
    guard let rules = try? TokenRulesFile.parse(rulesText, path: "fuzz.tsv"),
          let tokenizer = try? Tokenizer(rules: rules + TokenRule.defaults, limits: fuzzLimits),
          (try? tokenizer.tokenize(&document)) != nil
    else { return }
    checkTokens(document)
}

private func fuzzAnalyzer(_ pipeline: Pipeline, _ data: UnsafeRawBufferPointer) {
    let text = String(decoding: data, as: UTF8.self)
    let first: Document
    do {
        first = try pipeline.analyze(text: text, source: "fuzz")
    } catch {
        // The pipeline's contract check turns a bad annotation into an error: a finding.
        preconditionFailure("\(pipeline.runOrder) failed: \(error)")
    }
    checkTokens(first)
    let utf8 = Array(text.utf8)
    for annotation in first.annotations {
        let span = annotation.span
        precondition(span.bytes.upperBound <= utf8.count && Array(utf8[span.bytes]) == Array(annotation.text.utf8), "annotation text")
        precondition(first.span(bytes: span.bytes) == span, "annotation offsets disagree")
    }
    let again = try? pipeline.analyze(text: text, source: "fuzz")
    precondition(again?.annotations == first.annotations, "analysis is not deterministic")
}

/// A JSONL file: every line yields exactly one item, in order.
private func fuzzJSONL(_ data: UnsafeRawBufferPointer) {
    let path = "/tmp/fuzz-jsonl-\(getpid()).jsonl"
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0)
    if let base = data.baseAddress { precondition(write(fd, base, data.count) == data.count) }
    close(fd)
    var expected = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
    if data.last == UInt8(ascii: "\n") || data.isEmpty { expected -= 1 }
    var reader = InputReader(paths: [path], format: .jsonl, policy: .reject, maximumBytes: 256)
    var count = 0
    while let item = reader.next() {
        count += 1
        if case let .failure(failure, _) = item { precondition(failure.line == count, "error record for line \(count) says \(failure.line as Any)") }
    }
    precondition(count == expected, "\(expected) lines gave \(count) items")
}

// MARK: - Shared invariants

private func checkTokens(_ document: Document) {
    var previous = 0
    let utf8 = Array(document.text.utf8)
    for token in document.tokens {
        let bytes = token.span.bytes
        precondition(bytes.lowerBound >= previous && !bytes.isEmpty && bytes.upperBound <= utf8.count, "token \(bytes) out of order")
        precondition(document.span(bytes: bytes) == token.span, "token offsets disagree at \(bytes)")
        let gap = String(decoding: utf8[previous..<bytes.lowerBound], as: UTF8.self)
        precondition(gap.unicodeScalars.allSatisfy { $0.properties.isWhitespace || "\u{200B}\u{2060}\u{FEFF}".unicodeScalars.contains($0) }, "text lost before \(bytes)")
        previous = bytes.upperBound
    }
}
