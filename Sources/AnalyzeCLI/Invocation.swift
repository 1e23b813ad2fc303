import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import AnalyzeRuntime
import TextAnalysis

/// What a command line asks for, as plain values: read from ``Analyze``'s ArgumentParser
/// properties, or straight from a common command line by ``init(commonArguments:)``. The
/// command's validation and its run live here, so both ways run the same code.
struct Invocation: Equatable {
    static let defaultInput = InputFormat.text
    static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }
    static let defaultColor = Analyze.ColorChoice.auto
    static let defaultInvalidUTF8 = Analyze.InvalidUTF8Choice.reject
    static let defaultMaxDocumentBytes = 512 << 20

    var plugins: String?
    var format: OutputFormat?
    var outputDir: String?
    var input = Invocation.defaultInput
    var jobs = Invocation.defaultJobs
    var listPlugins = false
    var tokens = false
    var sentences = false
    var utf16Offsets = false
    var color = Invocation.defaultColor
    var invalidUTF8 = Invocation.defaultInvalidUTF8
    var analyzerOptions: [String] = []
    var referenceDate: String?
    var tokenRules: String?
    var maxDocumentBytes = Invocation.defaultMaxDocumentBytes
    var quiet = false
    var selftest = false
    var files: [String] = []

    init(_ command: Analyze) {
        plugins = command.plugins
        format = command.format
        outputDir = command.outputDir
        input = command.input
        jobs = command.jobs
        listPlugins = command.listPlugins
        tokens = command.tokens
        sentences = command.sentences
        utf16Offsets = command.utf16Offsets
        color = command.color
        invalidUTF8 = command.invalidUTF8
        analyzerOptions = command.analyzerOptions
        referenceDate = command.referenceDate
        tokenRules = command.tokenRules
        maxDocumentBytes = command.maxDocumentBytes
        quiet = command.quiet
        selftest = command.selftest
        files = command.files
    }

    /// The values of a command line made only of files (no `-`, nothing empty) and the
    /// analysis options in their `--name value` form, each single-valued one at most once
    /// (`--option` repeats), with no value starting with `-`; nil for anything else (help,
    /// `--version`, `--list-plugins`, `--selftest`, `--name=value`, short options, `--`, an
    /// unknown name or an unreadable value), which ArgumentParser then reads. Values are
    /// converted by the same `init?(argument:)` ArgumentParser calls, so on what this
    /// accepts the two agree (`CommandLineTests` compares them).
    init?(commonArguments arguments: [String]) {
        var given = Set<String>()
        var index = arguments.startIndex
        func value() -> String? {
            guard index < arguments.endIndex else { return nil }
            let value = arguments[index]
            index += 1
            return value.isEmpty || value.hasPrefix("-") ? nil : value
        }
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-") else {
                guard !argument.isEmpty else { return nil }
                files.append(argument)
                continue
            }
            guard argument == "--option" || given.insert(argument).inserted else { return nil }
            switch argument {
            case "--tokens": tokens = true
            case "--sentences": sentences = true
            case "--utf16-offsets": utf16Offsets = true
            case "--quiet": quiet = true
            case "--plugins": guard let value = value() else { return nil }; plugins = value
            case "--output-dir": guard let value = value() else { return nil }; outputDir = value
            case "--reference-date": guard let value = value() else { return nil }; referenceDate = value
            case "--token-rules": guard let value = value() else { return nil }; tokenRules = value
            case "--option": guard let value = value() else { return nil }; analyzerOptions.append(value)
            case "--format":
                guard let value = value(), let format = OutputFormat(argument: value) else { return nil }
                self.format = format
            case "--input":
                guard let value = value(), let input = InputFormat(argument: value) else { return nil }
                self.input = input
            case "--jobs":
                guard let value = value(), let jobs = Int(argument: value) else { return nil }
                self.jobs = jobs
            case "--max-document-bytes":
                guard let value = value(), let bytes = Int(argument: value) else { return nil }
                maxDocumentBytes = bytes
            case "--color":
                guard let value = value(), let color = Analyze.ColorChoice(argument: value) else { return nil }
                self.color = color
            case "--invalid-utf8":
                guard let value = value(), let policy = Analyze.InvalidUTF8Choice(argument: value) else { return nil }
                invalidUTF8 = policy
            default: return nil
            }
        }
    }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxDocumentBytes >= 1 else { throw ValidationError("--max-document-bytes must be at least 1") }
        // Replacing invalid UTF-8 can triple a text, and a document holds at most 4 GiB.
        guard maxDocumentBytes <= Document.maximumBytes / 3 else {
            throw ValidationError("--max-document-bytes must be at most \(Document.maximumBytes / 3)")
        }
        if outputDir != nil, format != .brat { throw ValidationError("--output-dir is for --format brat") }
        if format == .brat, outputDir == nil, !input.isOneDocumentPerFile || files.count > 1 {
            throw ValidationError("--format brat writes one document's .ann to stdout: give --output-dir DIR for several (DIR/NAME.txt and DIR/NAME.ann each)")
        }
        _ = try parsedOptions()
    }

    /// `--plugins` as IDs, in the order given, without repeats.
    func requestedPlugins(in registry: AnalyzerRegistry) -> [AnalyzerID] {
        guard let plugins else { return registry.ids }
        var seen = Set<AnalyzerID>()
        return plugins.split(separator: ",")
            .map { AnalyzerID(String($0.trimmingCharacters(in: .whitespaces))) }
            .filter { !$0.rawValue.isEmpty && seen.insert($0).inserted }
    }

    /// `--option plugin.key=value` grouped by plugin.
    func parsedOptions() throws -> [AnalyzerID: AnalyzerOptions] {
        var options: [AnalyzerID: AnalyzerOptions] = [:]
        for setting in analyzerOptions {
            guard let equals = setting.firstIndex(of: "="), let dot = setting[..<equals].firstIndex(of: "."),
                  dot > setting.startIndex, setting.index(after: dot) < equals
            else {
                throw ValidationError("--option '\(setting)' is not 'plugin.key=value'")
            }
            let id = AnalyzerID(String(setting[..<dot]))
            options[id, default: AnalyzerOptions()].values[String(setting[setting.index(after: dot)..<equals])] =
                String(setting[setting.index(after: equals)...])
        }
        if let referenceDate {
            if let given = options["numbers"]?["reference-date"], given != referenceDate {
                throw ValidationError("--reference-date \(referenceDate) and --option numbers.reference-date=\(given) disagree")
            }
            options["numbers", default: AnalyzerOptions()].values["reference-date"] = referenceDate
        }
        return options
    }

    func run() throws {
        let registry = AnalyzerRegistry.builtIn()
        if listPlugins {
            print(Analyze.pluginListing(registry), terminator: "")
            return
        }
        let requested = requestedPlugins(in: registry)
        guard !requested.isEmpty else { throw ValidationError("--plugins names no analyzer") }
        if selftest { return try runSelfTest(registry, plugins: requested) }
        let tokenizer = try makeTokenizer()
        let pipeline: Pipeline
        do {
            pipeline = try registry.pipeline(requested, options: parsedOptions(), tokenizer: tokenizer)
        } catch let error as RegistryError {
            throw Analyze.commandError(error)
        }

        let outputFormat = format ?? (input.isOneDocumentPerFile ? .json : .jsonl)
        var writer = OutputWriter(
            format: outputFormat,
            plugins: requested,
            options: OutputOptions(includeTokens: tokens, includeSentences: sentences, includeUTF16Offsets: utf16Offsets),
            wrapsInArray: !input.isOneDocumentPerFile || files.count > 1,
            colored: useColor,
            csvColumns: CSVEncoder.attributeColumns(requested.compactMap { try? registry.factory($0).fields }),
            outputDirectory: outputDir
        )
        if input == .text, !quiet { noteLongDocuments() }
        var reader = InputReader(paths: files, format: input, policy: invalidUTF8.policy, maximumBytes: maxDocumentBytes)
        var runner = Runner(pipeline: pipeline, jobs: jobs, progress: !quiet && isatty(STDERR_FILENO) == 1 ? Progress() : nil, quiet: quiet)
        let status: ExitStatus
        Interruption.install()
        do {
            status = try runner.run(reading: &reader, writingTo: &writer)
        } catch {
            printError("analyze: \(error.message)")
            throw ExitCode(ExitStatus.ioError.rawValue)
        }
        if status != .success { throw ExitCode(status.rawValue) }
    }

    /// Files of many articles are often given whole: one note each on stderr that a large text
    /// FILE is one document (what the analyzers learn from it holds across all of it, one
    /// article misleading the next) and how to read its paragraphs as documents instead.
    private func noteLongDocuments() {
        for path in files where path != "-" {
            guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > Analyze.longDocumentBytes else { continue }
            printError("analyze: note: \(path) (\(size / 1_000_000) MB) is read as one document; for a file of many articles, --input paragraphs reads each as its own (--quiet: no note)")
        }
    }

    private var useColor: Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        }
    }

    private func makeTokenizer() throws -> Tokenizer {
        guard let path = tokenRules else { return try Tokenizer() }
        let contents: String
        do {
            let file = try InputFile(path: path)
            contents = try TextDecoder.decode(file.readAll(maximumBytes: 16 << 20), policy: .reject).text
        } catch let error as InputFileError {
            printError("analyze: --token-rules: \(error.failure.message)")
            throw ExitCode(error.status.rawValue)
        } catch {
            printError("analyze: --token-rules: \(path): \(error)")
            throw ExitCode(ExitStatus.config.rawValue)
        }
        do {
            return try Tokenizer(rules: TokenRulesFile.parse(contents, path: path) + TokenRule.defaults)
        } catch {
            printError("analyze: --token-rules: \(error)")
            throw ExitCode(ExitStatus.config.rawValue)
        }
    }

}
