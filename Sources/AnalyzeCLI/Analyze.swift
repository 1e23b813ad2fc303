import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import AnalyzeRuntime
import TextAnalysis

@main
struct Analyze: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find numbers, entities and places in text, with exact offsets and normalized values.",
        discussion: """
        Each FILE is one document; with no FILE, or with '-', stdin is read. With \
        --input jsonl every line is a document: a JSON object with a "text" field and \
        an optional "id" that is carried to the output. With --input paragraphs every \
        run of lines between blank lines is one (a file of many articles: what the \
        analyzers learn from a document, such as the names it uses, its dateline and \
        its countries, then stays within each article), with --input lines every line; \
        their source is FILE:LINE, and their offsets count from that line.

        Offsets: "start"/"end" count Unicode scalars (as Python's str does), \
        "byte_start"/"byte_end" count UTF-8 bytes; both end-exclusive, both into the \
        input exactly as given.

        EXAMPLES
          analyze seeds/kupiansk-2025-12.txt
          analyze --plugins tokens --format text article.txt
          analyze --input jsonl --jobs 2 feed.jsonl | jq -c '.annotations[]'
          cat article.txt | analyze --format html > article.html
          analyze --plugins places --format geojson article.txt > places.geojson
          analyze --input jsonl --format csv feed.jsonl > annotations.csv
          analyze --input paragraphs --format jsonl wire-archive.txt
          analyze --plugins entities --format conll article.txt > article.conll
          analyze --format brat article.txt > article.ann
          analyze --input jsonl --format brat --output-dir review/ feed.jsonl
          analyze --plugins places --option places.countries=UA,PL article.txt
          analyze --list-plugins
          analyze --selftest

        EXIT STATUS
          0   success
          64  usage error (unknown plugin or option, bad flag)
          65  bad input data (invalid UTF-8, binary file, invalid JSONL line, too large)
          66  an input file cannot be opened
          74  read or write error
          70  --selftest: a plugin's shipped example does not hold
          78  unusable configuration (--token-rules file, a plugin's option value)
        When several inputs fail, the most severe status is returned; the other \
        inputs are still analyzed.

        ENVIRONMENT
          ANALYZE_CACHE_DIR  the gazetteer's and lexicon's load caches: written by the
                             first run, memory-mapped by later ones (empty: no cache;
                             default $XDG_CACHE_HOME/analyze, else ~/.cache/analyze)
          NO_COLOR           no color in text output with --color auto
        """,
        version: version
    )

    @Option(name: .long, help: ArgumentHelp("Comma-separated analyzers to run (default: all).", valueName: "a,b,c"))
    var plugins: String?

    @Option(name: .long, help: "Output format: json (pretty; an array for several inputs), jsonl, text, html, geojson (located places as one FeatureCollection), csv (one row per annotation, a column per field), conll (a token a line, a BIO column per plugin), brat (standoff .ann for the brat annotation tool: one document to stdout, or several with --output-dir). Default: json, or jsonl with --input jsonl.")
    var format: OutputFormat?

    @Option(name: .long, help: ArgumentHelp("With --format brat: write each document as DIR/NAME.txt and DIR/NAME.ann (NAME: the JSONL record's id, else the file's name), and DIR/annotation.conf declaring the labels.", valueName: "DIR"))
    var outputDir: String?

    @Option(name: .long, help: "Input format: text (each FILE is a document), jsonl (each line is {\"text\": ..., \"id\": ...}), lines (each non-blank line of a text FILE is a document) or paragraphs (each run of lines between blank lines is one: a file of many articles). Default: text.")
    var input: InputFormat = Invocation.defaultInput

    @Option(name: .long, help: "Documents analyzed in parallel (output stays in input order). Default: the number of CPUs.")
    var jobs: Int = Invocation.defaultJobs

    @Flag(name: .long, help: "List the available analyzers and exit.")
    var listPlugins = false

    @Flag(name: .long, help: "Include every token (text, kind, offsets) in JSON output.")
    var tokens = false

    @Flag(name: .long, help: "Include sentence offsets in JSON output.")
    var sentences = false

    @Flag(name: .customLong("utf16-offsets"), help: "Also give every span's offsets in UTF-16 code units (utf16_start, utf16_end), as JavaScript, Java and C# strings index text (JSON and CSV output).")
    var utf16Offsets = false

    @Option(name: .long, help: "Color text output: auto (when stdout is a terminal and NO_COLOR is unset), always, never.")
    var color: ColorChoice = Invocation.defaultColor

    @Option(name: .customLong("invalid-utf8"), help: "Invalid UTF-8 input: reject (error with byte offset) or replace (U+FFFD, with a warning).")
    var invalidUTF8: InvalidUTF8Choice = Invocation.defaultInvalidUTF8

    /// Mirrors ``InvalidUTF8Policy``: a library type cannot conform to the CLI's argument protocol.
    enum InvalidUTF8Choice: String, CaseIterable, ExpressibleByArgument {
        case reject, replace
        var policy: InvalidUTF8Policy { self == .reject ? .reject : .replace }
    }

    @Option(name: .customLong("option"), help: ArgumentHelp("An analyzer setting, repeatable (see --list-plugins).", valueName: "plugin.key=value"))
    var analyzerOptions: [String] = []

    @Option(name: .long, help: ArgumentHelp("The day relative and partial dates resolve against where a JSONL record has no date: short for --option numbers.reference-date=YYYY-MM-DD.", valueName: "YYYY-MM-DD"))
    var referenceDate: String?

    @Option(name: .long, help: ArgumentHelp("Extra token rules, one 'kind<TAB>pattern' per line, tried before the built-in ones.", valueName: "file"))
    var tokenRules: String?

    @Option(name: .long, help: "Largest document (or JSONL line) accepted, in bytes (at most 1431655765).")
    var maxDocumentBytes: Int = Invocation.defaultMaxDocumentBytes

    @Flag(name: .long, help: "No progress line and no warnings on stderr (errors are still printed).")
    var quiet = false

    @Flag(name: .long, help: "Check that this build reads each plugin's shipped example sentences as promised (with --plugins, those plugins'), and exit.")
    var selftest = false

    @Argument(help: "Text files to analyze ('-' for stdin).")
    var files: [String] = []

    enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
        case auto, always, never
    }

    func validate() throws { try Invocation(self).validate() }

    func run() throws { try Invocation(self).run() }

    /// A command line of long options with separate values, such as every benchmark's and
    /// pipeline's, is read by ``Invocation/init(commonArguments:)`` and run without
    /// ArgumentParser, whose reflection over this type's properties (protocol conformance
    /// lookups scanning the whole binary's records) cost 16 M instructions, 2.4% of a run over
    /// 1 MB of news. Anything else, and any command line that does not validate, takes
    /// ArgumentParser's way, which prints help, versions and usage errors.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let invocation = Invocation(commonArguments: arguments), (try? invocation.validate()) != nil {
            do {
                try invocation.run()
            } catch {
                exit(withError: error)
            }
            return
        }
        main(nil)
    }

    /// Larger than any one news article by far (the corpus's longest is 25 KB).
    static let longDocumentBytes = 2_000_000

    /// A registry error as the command reports it: a plugin that could not start (a bad option
    /// value, unreadable data) is a configuration error (78), anything else a usage error (64).
    static func commandError(_ error: RegistryError) -> any Error {
        guard case .setupFailed = error else { return ValidationError("\(error)") }
        printError("analyze: \(error)")
        return ExitCode(ExitStatus.config.rawValue)
    }

    static func pluginListing(_ registry: AnalyzerRegistry) -> String {
        let factories = registry.all
        let width = factories.map(\.id.rawValue.count).max() ?? 0
        var listing = ""
        for factory in factories {
            listing += factory.id.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0) + factory.summary + "\n"
            if !factory.requires.isEmpty {
                listing += String(repeating: " ", count: width + 2) + "requires: \(factory.requires.map(\.rawValue).joined(separator: ", "))\n"
            }
            for (key, help) in factory.options.sorted(by: { $0.key < $1.key }) {
                listing += String(repeating: " ", count: width + 2) + "--option \(factory.id).\(key)=...  \(help)\n"
            }
        }
        return listing
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
