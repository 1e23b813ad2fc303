import AnalyzeRuntime
import Foundation
import Testing
import TextAnalysis

/// `--input lines` and `--input paragraphs` against a plain model of what they promise: every
/// line, or run of lines between blank lines, is one item in file order; a document is the
/// file's bytes from its first line (a paragraph's inner CRLFs kept, its last line break not);
/// anything that cannot be a document is an error record naming a line inside it.
@Suite("text read as lines and paragraphs")
struct TextPartsReaderTests {
    /// One document the model expects: its first line, last line and bytes.
    struct Part {
        var first: Int, last: Int
        var bytes: [UInt8]
    }

    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }

    /// The model: the file split at line feeds, blank lines (spaces, tabs, a carriage return)
    /// separating documents.
    static func expectedParts(_ data: [UInt8], paragraphs: Bool) -> [Part] {
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if data.last == UInt8(ascii: "\n") || data.isEmpty { lines.removeLast() }
        var parts: [Part] = []
        var current: Part?
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            guard !isBlank(line) else {
                if let part = current { parts.append(part) }
                current = nil
                continue
            }
            if var part = current, paragraphs {
                part.bytes += [UInt8(ascii: "\n")] + line
                part.last = number
                current = part
            } else {
                if let part = current { parts.append(part) }
                current = Part(first: number, last: number, bytes: Array(line))
            }
        }
        if let part = current { parts.append(part) }
        // A document ends before its last line break, carriage return included.
        return parts.map { part in
            var part = part
            if part.bytes.last == UInt8(ascii: "\r") { part.bytes.removeLast() }
            return part
        }
    }

    @Test("random files: each document is its lines' bytes, each failure names one of its lines", arguments: 0..<120)
    func randomFiles(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let pieces: [[UInt8]] = [Array("word".utf8), Array(" ".utf8), Array("\t".utf8), Array("\r".utf8), Array("\n".utf8),
                                 Array("\n\n".utf8), Array("\r\n".utf8), Array("é".utf8), Array("Київ".utf8), [0xFF], [0x00],
                                 Array(repeating: UInt8(ascii: "x"), count: 70), Array(" \n".utf8), Array("\r\n\r\n".utf8)]
        let data = (0..<Int.random(in: 0...60, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(getpid())-\(seed).txt").path
        try Data(data).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        for format in [InputFormat.lines, .paragraphs] {
            let expected = Self.expectedParts(data, paragraphs: format == .paragraphs)
            var reader = InputReader(paths: [path], format: format, policy: .reject, maximumBytes: 128)
            var items: [InputItem] = []
            while let item = reader.next() { items.append(item) }
            #expect(items.count == expected.count, "\(format): \(expected.count) documents expected, \(items.count) items read")
            for (item, part) in zip(items, expected) {
                switch item {
                case let .document(text, source, _, _, _):
                    #expect(source == "\(path):\(part.first)")
                    #expect(Array(text.utf8) == part.bytes, "\(format) document from line \(part.first)")
                case let .failure(failure, _):
                    let line = try #require(failure.line)
                    #expect((part.first...part.last).contains(line), "\(format): failure at line \(line) for lines \(part.first)...\(part.last)")
                    #expect(part.bytes.count > 128 || part.bytes.contains(0) || String(validating: part.bytes, as: UTF8.self) == nil,
                            "\(format): a readable document from line \(part.first) failed: \(failure.message)")
                }
            }
        }
    }
}
