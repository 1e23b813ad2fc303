#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TextAnalysis

enum OutputFormat: String, CaseIterable {
    case json, jsonl, text, html, geojson, csv, conll, brat
}

/// Writing to stdout failed (disk full, closed descriptor).
struct OutputError: Error {
    let message: String
}

/// Writes results to stdout in input order, in the chosen format.
///
/// Everything goes through `write(2)` on file descriptor 1: no stdio buffer that
/// could be lost on exit, and a closed pipe (`analyze ... | head`) ends the
/// process with SIGPIPE's conventional status 141 and no crash report.
struct OutputWriter: Sendable {
    let format: OutputFormat
    let plugins: [AnalyzerID]
    let options: OutputOptions
    /// `json` prints one object for a single text input, an array otherwise.
    let wrapsInArray: Bool
    let colored: Bool
    /// The attribute columns of `csv` (see ``CSVEncoder``).
    let csvColumns: [String]
    /// Where `brat` writes each document's `.txt` and `.ann`; nil: the one document's `.ann` to stdout.
    let outputDirectory: String?

    private var written = 0
    private var htmlDocuments: [Document] = []
    private var htmlFailures: [DocumentFailure] = []
    private var geojsonFeatures = 0
    /// The file names `brat` has given in `outputDirectory`, and the labels its `annotation.conf` declares.
    private var bratNames: Set<String> = []
    private var bratLabels: Set<String> = []

    init(format: OutputFormat, plugins: [AnalyzerID], options: OutputOptions, wrapsInArray: Bool, colored: Bool, csvColumns: [String] = [],
         outputDirectory: String? = nil) {
        self.format = format
        self.plugins = plugins
        self.options = options
        self.wrapsInArray = wrapsInArray
        self.colored = colored
        self.csvColumns = csvColumns
        self.outputDirectory = outputDirectory
    }

    mutating func begin() throws(OutputError) {
        if format == .json && wrapsInArray { try Self.write(Array("[\n".utf8)) }
        if format == .geojson { try Self.write(Array(GeoJSONEncoder.header.utf8)) }
        if format == .csv { try Self.write(CSVEncoder.header(attributeColumns: csvColumns, utf16: options.includeUTF16Offsets)) }
        if format == .conll { try Self.write(CoNLLEncoder.header(plugins: plugins)) }
        if let outputDirectory {
            do {
                try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
            } catch {
                throw OutputError(message: "--output-dir \(outputDirectory): \(error.localizedDescription)")
            }
        }
    }

    /// The document's JSON for the JSON formats (its rows for `csv`), made apart from writing so
    /// that worker threads can do it: encoding is a large share of a run, and writing must stay
    /// in order.
    func encoded(_ document: Document, id: String?) -> [UInt8]? {
        switch format {
        case .json:
            var json = JSONWriter(pretty: true, baseIndentation: wrapsInArray ? 1 : 0)
            DocumentEncoder.encode(document, plugins: plugins, options: options, id: id, into: &json)
            return json.bytes
        case .jsonl:
            var json = JSONWriter()
            DocumentEncoder.encode(document, plugins: plugins, options: options, id: id, into: &json)
            json.newline()
            return json.bytes
        case .csv:
            return CSVEncoder.rows(of: document, attributeColumns: csvColumns, utf16: options.includeUTF16Offsets)
        case .conll:
            return CoNLLEncoder.encode(document, plugins: plugins, id: id)
        case .brat:
            return outputDirectory == nil ? BratEncoder.annotations(of: document) : nil
        case .text, .html, .geojson:
            return nil
        }
    }

    /// A document's JSON (or CSV rows) from ``encoded(_:id:)``.
    mutating func write(encoded json: [UInt8]) throws(OutputError) {
        precondition([.json, .jsonl, .csv, .conll, .brat].contains(format), "only the JSON and table formats are encoded ahead")
        if format == .json { try writeJSONElement(json) } else { try Self.write(json) }
        written += 1
    }

    mutating func write(_ document: Document, id: String?) throws(OutputError) {
        switch format {
        case .json, .jsonl, .csv, .conll:
            return try write(encoded: encoded(document, id: id)!)
        case .brat:
            guard let outputDirectory else { return try write(encoded: BratEncoder.annotations(of: document)) }
            let name = bratName(for: document, id: id)
            try Self.write(Array(document.text.utf8), to: outputDirectory + "/" + name + ".txt")
            try Self.write(BratEncoder.annotations(of: document), to: outputDirectory + "/" + name + ".ann")
            bratLabels.formUnion(document.annotations.map(\.label))
        case .text:
            var text = written > 0 ? "\n" : ""
            if wrapsInArray { text += "==> \(document.source) <==\n" }
            text += TextRenderer.render(document, colored: colored)
            try Self.write(Array(text.utf8))
        case .html:
            htmlDocuments.append(document)
        case .geojson:
            // One Feature per line inside the collection: valid JSON that still greps and diffs.
            for feature in GeoJSONEncoder.features(of: document, id: id) {
                try Self.write((geojsonFeatures > 0 ? Array(",\n".utf8) : Array("\n".utf8)) + feature)
                geojsonFeatures += 1
            }
        }
        written += 1
    }

    /// A failed document: an error record in the JSON formats (so record counts match
    /// the input), only the stderr message in the human formats and in CSV and CoNLL (a row is an
    /// annotation).
    mutating func write(_ failure: DocumentFailure) throws(OutputError) {
        switch format {
        case .json:
            var json = JSONWriter(pretty: true, baseIndentation: wrapsInArray ? 1 : 0)
            DocumentEncoder.encode(failure, into: &json)
            try writeJSONElement(json.bytes)
        case .jsonl:
            var json = JSONWriter()
            DocumentEncoder.encode(failure, into: &json)
            json.newline()
            try Self.write(json.bytes)
        case .text, .geojson, .csv, .conll, .brat:
            return
        case .html:
            htmlFailures.append(failure)
        }
        written += 1
    }

    mutating func finish() throws(OutputError) {
        switch format {
        case .json:
            if wrapsInArray { try Self.write(Array((written > 0 ? "\n]\n" : "]\n").utf8)) }
        case .html:
            try Self.write(Array(HTMLRenderer.render(htmlDocuments, failures: htmlFailures).utf8))
        case .geojson:
            try Self.write(Array(((geojsonFeatures > 0 ? "\n" : "") + GeoJSONEncoder.footer).utf8))
        case .brat:
            if let outputDirectory { try Self.write(BratEncoder.configuration(labels: bratLabels), to: outputDirectory + "/annotation.conf") }
        case .jsonl, .text, .csv, .conll:
            break
        }
    }

    /// A file name in `outputDirectory` for a document, without extension, none given twice: the
    /// JSONL record's `id` (the document's `source` then), else the input file's name without its
    /// extension, with the line of a JSONL record ("feed-3"); letters, digits, `.`, `_` and `-`
    /// kept, anything else as `_`.
    private mutating func bratName(for document: Document, id: String?) -> String {
        var base = document.source
        if id == nil {
            var file = document.source == "-" ? "stdin" : String(document.source.split(separator: "/").last ?? "document")
            var line = ""
            if let colon = file.lastIndex(of: ":"), Int(file[file.index(after: colon)...]) != nil {
                line = "-" + file[file.index(after: colon)...]
                file = String(file[..<colon])
            }
            base = (file.lastIndex(of: ".").map { $0 == file.startIndex ? file : String(file[..<$0]) } ?? file) + line
        }
        base = String(base.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        })
        if base.isEmpty || base.hasPrefix(".") { base = "document" + base }
        var name = base
        var suffix = 1
        while !bratNames.insert(name).inserted {
            suffix += 1
            name = "\(base)-\(suffix)"
        }
        return name
    }

    private static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            throw OutputError(message: "\(path): \(error.localizedDescription)")
        }
    }

    private mutating func writeJSONElement(_ bytes: [UInt8]) throws(OutputError) {
        if wrapsInArray {
            // The element was written one level in (`baseIndentation`); only its first line
            // needs the indentation here.
            try Self.write((written > 0 ? Array(",\n  ".utf8) : Array("  ".utf8)) + bytes)
        } else {
            try Self.write(bytes + [UInt8(ascii: "\n")])
        }
    }

    static func write(_ bytes: [UInt8]) throws(OutputError) {
        try Interruption.whileWriting { () throws(OutputError) in try writeAll(bytes) }
    }

    private static func writeAll(_ bytes: [UInt8]) throws(OutputError) {
        var offset = 0
        while offset < bytes.count {
            let result = bytes.withUnsafeBytes { raw in
                Glibc.write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
            }
            if result >= 0 {
                offset += result
            } else if errno != EINTR {
                throw OutputError(message: "cannot write output: \(String(cString: strerror(errno)))")
            }
        }
    }
}

/// One line on stderr.
func printError(_ message: String) {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress!, $0.count) }
}
