#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
package import TextAnalysis

/// One unit of work read from the inputs: a document to analyze, or the reason
/// one could not be read (kept in order, so the output says what failed where).
package enum InputItem: Sendable {
    /// `date`: the day the input says the document was written (``Document/date``).
    case document(text: String, source: String, id: String?, warnings: [String], date: String? = nil)
    case failure(DocumentFailure, ExitStatus)
}

package enum InputFormat: String, CaseIterable {
    /// `text`: each file is one document. `lines`: each non-blank line of a text file is one.
    /// `paragraphs`: each run of non-blank lines is one (documents separated by blank lines,
    /// as archives of news articles often are).
    case text, jsonl, lines, paragraphs

    /// Whether a file holds one document (else any number: the output is a stream of records).
    package var isOneDocumentPerFile: Bool { self == .text }
}

/// Reads the inputs one item at a time, so memory holds one document (text
/// mode) or one line (JSONL mode), never the whole input.
package struct InputReader {
    package let paths: [String]
    package let format: InputFormat
    package let policy: InvalidUTF8Policy
    package let maximumBytes: Int

    private var pathIndex = 0
    private var lines: LineReader?
    private var currentPath = ""

    package init(paths: [String], format: InputFormat, policy: InvalidUTF8Policy, maximumBytes: Int) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.format = format
        self.policy = policy
        self.maximumBytes = maximumBytes
    }

    package mutating func next() -> InputItem? {
        while true {
            if var reader = lines {
                // (Taken out while it reads: left in place as well, its 1 MB buffer was shared,
                // and each refill of the buffer copied it first.)
                lines = nil
                let item = nextRecord(from: &reader)
                lines = item == nil ? nil : reader
                if let item { return item }
                continue
            }
            guard pathIndex < paths.count else { return nil }
            currentPath = paths[pathIndex]
            pathIndex += 1
            let file: InputFile
            do {
                file = try InputFile(path: currentPath)
            } catch {
                return .failure(error.failure, error.status)
            }
            switch format {
            case .text:
                return readDocument(file)
            case .jsonl:
                lines = LineReader(file: file, maximumLineBytes: maximumBytes)
            case .lines, .paragraphs:
                lines = LineReader(file: file, maximumLineBytes: maximumBytes, keepsCarriageReturn: format == .paragraphs)
            }
        }
    }

    private func readDocument(_ file: InputFile) -> InputItem {
        let bytes: [UInt8]
        do {
            bytes = try file.readAll(maximumBytes: maximumBytes)
        } catch {
            return .failure(error.failure, error.status)
        }
        if bytes.count > maximumBytes {
            // Only the limit plus one byte was read; a regular file can tell its true size.
            let size = file.regularFileSize ?? bytes.count
            return .failure(Self.failure(.tooLarge(bytes: size, limit: maximumBytes), source: currentPath, bytes: []), .dataError)
        }
        do {
            let (text, warnings) = try TextDecoder.decode(bytes, policy: policy, maximumBytes: maximumBytes)
            return .document(text: text, source: currentPath, id: nil, warnings: warnings)
        } catch {
            return .failure(Self.failure(error, source: currentPath, bytes: bytes), .dataError)
        }
    }

    private static func failure(_ error: InputError, source: String, bytes: [UInt8], line: Int? = nil, id: String? = nil) -> DocumentFailure {
        var failure = DocumentFailure(source: source, id: id, code: error.code, message: "\(source): \(error)")
        switch error {
        case let .invalidUTF8(offset, lineInText):
            failure.byteOffset = offset
            failure.line = line ?? lineInText
        case let .binary(offset):
            failure.byteOffset = offset
            failure.line = line ?? TextDecoder.lineNumber(ofByte: offset, in: bytes)
        case .tooLarge:
            failure.line = line
        }
        return failure
    }

    /// The next document of a file read a line at a time, or an error record; `nil` at its end.
    private func nextRecord(from reader: inout LineReader) -> InputItem? {
        format == .jsonl ? nextJSONLRecord(from: &reader) : nextPart(from: &reader)
    }

    /// The next line, or run of lines, of a text file as a document (``InputFormat/lines``,
    /// ``InputFormat/paragraphs``); blank lines separate documents and belong to none. Its
    /// source names the file and the document's first line, as a JSONL record's does, and its
    /// offsets count from that line's start: a paragraph keeps its lines' ends as the file
    /// has them.
    private func nextPart(from reader: inout LineReader) -> InputItem? {
        var bytes: [UInt8] = []
        var length = 0
        var first = 0
        while true {
            let line: LineReader.Line?
            do {
                line = try reader.next()
            } catch {
                return .failure(error.failure, error.status)
            }
            guard let line else { break }
            // (A line over the limit is measured, not kept: never blank.)
            if line.length == line.bytes.count, Self.isBlank(line.bytes) {
                if length > 0 { break } else { continue }
            }
            if length == 0 {
                first = line.number
            } else {
                length += 1
                if length <= maximumBytes { bytes.append(UInt8(ascii: "\n")) }
            }
            length += line.length
            if length <= maximumBytes { bytes += line.bytes }
            if format == .lines { break }
        }
        guard length > 0 else { return nil }
        // The paragraph's last line ends before its line break, carriage return included.
        if format == .paragraphs, bytes.last == UInt8(ascii: "\r"), length <= maximumBytes {
            bytes.removeLast()
            length -= 1
        }
        let unit = format == .lines ? "line" : "paragraph"
        let source = "\(currentPath):\(first)"
        func reject(_ code: String, _ message: String, line: Int, byteOffset: Int? = nil) -> InputItem {
            // (As a JSONL line's error record: the file, and the line in the field.)
            var failure = DocumentFailure(source: currentPath, code: code, message: "\(currentPath):\(line): \(message)", line: line)
            failure.byteOffset = byteOffset
            return .failure(failure, .dataError)
        }
        guard length <= maximumBytes else {
            return reject("too-large", "\(unit) is \(length) bytes, over the limit of \(maximumBytes) bytes", line: first)
        }
        do {
            let (text, warnings) = try TextDecoder.decode(bytes, policy: policy, maximumBytes: maximumBytes)
            return .document(text: text, source: source, id: nil, warnings: warnings.map { "\(source): \($0)" })
        } catch {
            // Where in the file: its line, and the byte within the document (the offsets' origin).
            switch error {
            case let .invalidUTF8(offset, line):
                return reject(error.code, "invalid UTF-8 at byte \(offset) of the \(unit) from line \(first)", line: first + line - 1, byteOffset: offset)
            case let .binary(offset):
                let line = TextDecoder.lineNumber(ofByte: offset, in: bytes)
                return reject(error.code, "binary data (NUL byte at byte \(offset) of the \(unit) from line \(first)); expected UTF-8 text",
                              line: first + line - 1, byteOffset: offset)
            case .tooLarge:
                return reject(error.code, "\(unit) is \(length) bytes, over the limit of \(maximumBytes) bytes", line: first)
            }
        }
    }

    /// A line of nothing but spaces and tabs (a carriage return kept at its end included).
    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }

    /// One JSONL line as a document or an error record; `nil` at the end of the file.
    private func nextJSONLRecord(from reader: inout LineReader) -> InputItem? {
        let line: LineReader.Line
        do {
            guard let next = try reader.next() else { return nil }
            line = next
        } catch {
            return .failure(error.failure, error.status)
        }
        // (Made where it is used: a record with an id is named by it, and making the name of
        // every line cost 1,100 instructions a record.)
        func source() -> String { "\(currentPath):\(line.number)" }
        func reject(_ code: String, _ message: String, id: String? = nil) -> InputItem {
            .failure(DocumentFailure(source: currentPath, id: id, code: code, message: "\(source()): \(message)", line: line.number), .dataError)
        }
        guard line.length <= maximumBytes else {
            return reject("too-large", "line is \(line.length) bytes, over the limit of \(maximumBytes) bytes")
        }
        guard Self.isASCII(line.bytes) || String(validating: line.bytes, as: UTF8.self) != nil else {
            let offset = Self.invalidOffset(line.bytes)
            var failure = DocumentFailure(source: currentPath, code: "invalid-utf8",
                                          message: "\(source()): invalid UTF-8 at byte \(offset) of the line", line: line.number)
            failure.byteOffset = offset
            return .failure(failure, .dataError)
        }
        switch JSONLRecord.parse(line.bytes).map(Result.success) ?? Self.foundationRecord(line.bytes) {
        case let .success(record):
            var warnings: [String] = []
            var date: String?
            if let raw = record.date {
                date = Document.day(raw)
                if date == nil { warnings.append("\(source()): date '\(raw)' is not YYYY-MM-DD or an ISO 8601 timestamp; ignored") }
            }
            return .document(text: record.text, source: record.id?.label ?? source(), id: record.id?.raw, warnings: warnings, date: date)
        case let .failure(rejection):
            return reject(rejection.code, rejection.message, id: rejection.id)
        }
    }

    /// Whether every byte is below 0x80, eight at a time: JSONL writers escape non-ASCII text by
    /// default, so most lines are valid UTF-8 without building a `String` to prove it.
    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var seen: UInt64 = 0
            var offset = 0
            while offset + 8 <= raw.count {
                seen |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                offset += 8
            }
            while offset < raw.count {
                seen |= UInt64(raw[offset])
                offset += 1
            }
            return seen & 0x8080_8080_8080_8080 == 0
        }
    }

    /// Why a JSONL line is not a document: an error code, a message, and the `id` if it had one.
    package struct RecordRejection: Error, Equatable {
        var code: String
        var message: String
        var id: String?
    }

    /// Any JSONL line, through Foundation: what ``JSONLRecord`` leaves alone, and its reference.
    package static func foundationRecord(_ bytes: [UInt8]) -> Result<JSONLRecord, RecordRejection> {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                return .failure(RecordRejection(code: "not-an-object", message: "expected a JSON object with a \"text\" field"))
            }
            object = parsed
        } catch {
            return .failure(RecordRejection(code: "invalid-json", message: "invalid JSON: \(Self.describe(error))"))
        }
        let id = object["id"].flatMap(Self.rawJSON)
        guard let text = object["text"] as? String else {
            return .failure(RecordRejection(code: object["text"] == nil ? "missing-text" : "text-not-string",
                                            message: "expected a string \"text\" field", id: id))
        }
        let label = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue
        // An id that is neither a string nor a number still has raw JSON; its label is the line.
        // A `date` that is not a string is kept as its JSON, for the warning that it is no date;
        // `null` is no date at all.
        let date = object["date"].flatMap { $0 is NSNull ? nil : ($0 as? String) ?? Self.rawJSON($0) }
        return .success(JSONLRecord(text: text, id: id.map { ($0, label) }, date: date))
    }

    private static func invalidOffset(_ bytes: [UInt8]) -> Int {
        do {
            _ = try TextDecoder.decode(bytes, policy: .reject)
            return 0
        } catch let error {
            if case let .invalidUTF8(offset, _) = error { return offset }
            if case let .binary(offset) = error { return offset }
            return 0
        }
    }

    private static func rawJSON(_ value: Any) -> String? {
        guard !(value is NSNull),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Foundation's parse errors keep the useful part (what and where) in the debug description.
    private static func describe(_ error: any Error) -> String {
        let error = error as NSError
        return (error.userInfo[NSDebugDescriptionErrorKey] as? String) ?? error.localizedDescription
    }
}

/// An input that could not be opened or read.
package struct InputFileError: Error {
    package let failure: DocumentFailure
    package let status: ExitStatus

    package init(path: String, errno code: Int32, opening: Bool) {
        let reason = String(cString: strerror(code))
        let status: ExitStatus = opening || code == EISDIR ? .noInput : .ioError
        failure = DocumentFailure(
            source: path,
            code: status == .noInput ? "cannot-open" : "read-error",
            message: "\(path): cannot \(opening ? "open" : "read"): \(reason)"
        )
        self.status = status
    }
}

/// A file descriptor for a path, or stdin for `-`, closed when the value goes away.
package final class InputFile {
    package let path: String
    package let descriptor: Int32
    private let owned: Bool

    package init(path: String) throws(InputFileError) {
        self.path = path
        if path == "-" {
            descriptor = STDIN_FILENO
            owned = false
            return
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputFileError(path: path, errno: errno, opening: true) }
        descriptor = fd
        owned = true
    }

    deinit { if owned { close(descriptor) } }

    /// The size of a regular file; `nil` for pipes, terminals and the like.
    package var regularFileSize: Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Reads up to `count` bytes into `buffer[at...]`; 0 at end of file.
    package func read(into buffer: inout [UInt8], at offset: Int, count: Int) throws(InputFileError) -> Int {
        while true {
            let result = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(descriptor, raw.baseAddress! + offset, count)
            }
            if result >= 0 { return result }
            if errno == EINTR { continue }
            throw InputFileError(path: path, errno: errno, opening: false)
        }
    }

    /// The whole file. Stops reading past `maximumBytes` (the caller reports it as too large).
    package func readAll(maximumBytes: Int) throws(InputFileError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: min(1 << 16, maximumBytes + 1))
        var used = 0
        while true {
            if used == bytes.count {
                // One byte past the limit is enough to know the file is too large; reading
                // (and doubling the buffer) further made a 1 GB file cost 1 GB to reject.
                if used > maximumBytes { break }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, maximumBytes + 1 - bytes.count)))
            }
            let count = try read(into: &bytes, at: used, count: bytes.count - used)
            if count == 0 { break }
            used += count
        }
        bytes.removeSubrange(used...)
        return bytes
    }
}

/// Splits a file into lines without holding more than one line (bounded by
/// `maximumLineBytes`: a longer line is measured, not stored).
package struct LineReader {
    package struct Line {
        var bytes: [UInt8]
        /// The full length, which exceeds `bytes.count` when the line was too long to keep.
        var length: Int
        var number: Int
    }

    package let file: InputFile
    package let maximumLineBytes: Int
    /// Whether a line keeps the carriage return of a CRLF ending (a paragraph's lines are
    /// joined as the file has them; a JSONL record or a line alone ends before it).
    package let keepsCarriageReturn: Bool
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private var start = 0
    private var end = 0
    private var atEOF = false
    private var lineNumber = 0

    package init(file: InputFile, maximumLineBytes: Int, keepsCarriageReturn: Bool = false) {
        self.file = file
        self.maximumLineBytes = maximumLineBytes
        self.keepsCarriageReturn = keepsCarriageReturn
    }

    package mutating func next() throws(InputFileError) -> Line? {
        var line: [UInt8] = []
        var length = 0
        while true {
            if start < end {
                let slice = buffer[start..<end]
                if let newline = Self.newline(in: buffer, from: start, to: end) {
                    append(buffer[start..<newline], to: &line, length: &length)
                    start = newline + 1
                    return finish(line, length)
                }
                append(slice, to: &line, length: &length)
                start = end
            }
            if atEOF {
                return length == 0 && line.isEmpty ? nil : finish(line, length)
            }
            start = 0
            end = try file.read(into: &buffer, at: 0, count: buffer.count)
            if end == 0 { atEOF = true }
        }
    }

    /// The index of the first line feed in `buffer[start..<end]`, by `memchr`: the generic
    /// `firstIndex(of:)` on a slice took eight instructions a byte, most of reading a JSONL line.
    private static func newline(in buffer: [UInt8], from start: Int, to end: Int) -> Int? {
        buffer.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base + start, 0x0A, end - start) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    private func append(_ bytes: ArraySlice<UInt8>, to line: inout [UInt8], length: inout Int) {
        // (One copy through the slice's buffer: `+=` on a slice took three instructions a byte.)
        if length + bytes.count <= maximumLineBytes { bytes.withUnsafeBufferPointer { line.append(contentsOf: $0) } }
        length += bytes.count
    }

    private mutating func finish(_ line: [UInt8], _ length: Int) -> Line {
        lineNumber += 1
        var line = line
        var length = length
        if !keepsCarriageReturn, line.last == UInt8(ascii: "\r") { line.removeLast(); length -= 1 }
        return Line(bytes: line, length: length, number: lineNumber)
    }
}
