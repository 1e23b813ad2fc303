import Foundation
import Testing
@testable import TextAnalysis

@Suite("Document")
struct DocumentTests {
    /// The last text has ASCII blocks after non-ASCII ones and the reverse (see `scalarCheckpoints`).
    static let offsetTexts = ["", "plain ASCII", "Kyiv’s “fake” — 😀 Київ 東京 e\u{301}",
                              String(repeating: "a", count: 300) + "Київ" + String(repeating: "b", count: 600) + "😀"]

    @Test("a span keeps offsets up to the document limit, and codes as its two ranges")
    func spanStorage() throws {
        let span = TextSpan(bytes: 7..<Document.maximumBytes, scalars: 3..<(Document.maximumBytes - 1))
        #expect(span.bytes == 7..<Document.maximumBytes && span.scalars == 3..<(Document.maximumBytes - 1))
        let json = try JSONEncoder().encode(TextSpan(bytes: 4..<9, scalars: 4..<8))
        #expect(String(decoding: json, as: UTF8.self).contains("bytes"))
        #expect(try JSONDecoder().decode(TextSpan.self, from: json) == TextSpan(bytes: 4..<9, scalars: 4..<8))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TextSpan.self, from: Data(#"{"bytes":[-1,2],"scalars":[0,2]}"#.utf8)) }
    }

    @Test("UTF-16 offsets match the standard library's UTF-16 view at every scalar boundary", arguments: offsetTexts)
    func utf16Offsets(_ text: String) {
        let long = String(repeating: text + " 🇺🇦", count: 20)
        let document = Document(text: long)
        let offsets = UTF16Offsets(document)
        var index = long.unicodeScalars.startIndex, scalars = 0, byte = 0
        while true {
            #expect(offsets.offset(scalar: scalars, byte: byte) == long.utf16.distance(from: long.startIndex, to: index))
            guard index < long.unicodeScalars.endIndex else { break }
            byte += String(long.unicodeScalars[index]).utf8.count
            scalars += 1
            index = long.unicodeScalars.index(after: index)
        }
        // A span's range, read back through the UTF-16 view, is the span's text.
        let span = document.span(bytes: 0..<document.bytes.count)
        let range = offsets.range(of: span)
        #expect(String(decoding: Array(long.utf16)[range], as: UTF16.self) == long)
    }

    @Test("a document's date: YYYY-MM-DD alone or opening a timestamp, a day that exists", arguments: [
        ("2025-12-24", "2025-12-24"), ("2025-12-24T08:30:00Z", "2025-12-24"), ("2024-02-29 10:00", "2024-02-29"),
        ("2025-02-29", nil), ("2025-13-01", nil), ("2025-12-24Z", nil), ("24 December 2025", nil), ("2025-1-24", nil),
        ("", nil), ("Tue, 24 Dec 2025", nil), ("1900-02-29", nil), ("2000-02-29", "2000-02-29"),
    ] as [(String, String?)])
    func documentDay(_ text: String, _ expected: String?) {
        #expect(Document.day(text) == expected)
    }

    @Test("scalar offsets match a naive count at every byte boundary", arguments: offsetTexts)
    func scalarOffsets(_ text: String) {
        let long = String(repeating: text + " ", count: 40) // crosses several 256-byte checkpoints
        let document = Document(text: long)
        var scalars = 0
        var byte = 0
        for scalar in long.unicodeScalars {
            #expect(document.scalarOffset(ofByte: byte) == scalars)
            byte += String(scalar).utf8.count
            scalars += 1
        }
        #expect(document.scalarOffset(ofByte: document.bytes.count) == document.scalarCount)
        #expect(document.scalarCount == long.unicodeScalars.count)
    }

    /// Blocks of nothing but continuation-heavy scalars (three of every four bytes of an emoji),
    /// at every shift against the 256-byte blocks, and blocks ending in a partial word.
    @Test("scalar counts of blocks dense in multi-byte scalars", arguments: 0..<8)
    func denseBlocks(_ shift: Int) {
        for piece in ["😀", "東", "ж", "😀é", "a😀"] {
            let text = String(repeating: "a", count: shift) + String(repeating: piece, count: 150) + String(repeating: "b", count: shift)
            let document = Document(text: text)
            #expect(document.scalarCount == text.unicodeScalars.count)
            var byte = 0, scalars = 0
            for scalar in text.unicodeScalars {
                #expect(document.scalarOffset(ofByte: byte) == scalars)
                byte += String(scalar).utf8.count
                scalars += 1
            }
        }
    }

    /// Random mixes of ASCII runs (some longer than a 256-byte block) and 2-, 3- and 4-byte scalars.
    @Test("the scalar cursor gives a naive count's offsets on random mixed texts, skipping ahead or not", arguments: 0..<40)
    func scalarCursor(_ seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let pieces = ["a", "word ", String(repeating: "x", count: 300), "é", "ж", "’", "東京", "😀", "e\u{301}", "\n"]
        var text = ""
        for _ in 0..<Int(random.next() % 400) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        let document = Document(text: text)
        var cursor = Document.ScalarCursor(document)
        var byte = 0
        for (scalars, scalar) in text.unicodeScalars.enumerated() {
            // Ask for some offsets only, as the tokenizer does for token ends.
            if random.next() % 3 != 0 { #expect(cursor.scalarOffset(ofByte: byte) == scalars, "byte \(byte) of seed \(seed)") }
            byte += UTF8.width(scalar)
        }
        #expect(cursor.scalarOffset(ofByte: document.bytes.count) == text.unicodeScalars.count)
        // The same offset twice is allowed.
        #expect(cursor.scalarOffset(ofByte: document.bytes.count) == text.unicodeScalars.count)
    }

    @Test("an annotation's text is the document's text at its offsets")
    func annotationText() {
        let document = Document(text: "Kyiv’s forces")
        let annotation = document.annotation(plugin: "test", label: "GPE", bytes: 0..<4)
        #expect(annotation.text == "Kyiv")
        #expect(annotation.span.scalars == 0..<4)
        let forces = document.annotation(plugin: "test", label: "X", bytes: 9..<15)
        #expect(forces.text == "forces" && forces.span.scalars == 7..<13)
    }
}

@Suite("Text decoding")
struct TextDecoderTests {
    @Test("invalid UTF-8 is rejected with the byte offset and line", arguments: [
        ([0x61, 0x0A, 0x62, 0xFF, 0x63], 3, 2),           // stray byte on line 2
        ([0xC3], 0, 1),                                      // truncated 2-byte sequence
        ([0x61, 0xE2, 0x82], 1, 1),                          // truncated 3-byte sequence
        ([0xC0, 0xAF], 0, 1),                                // overlong "/"
        ([0xED, 0xA0, 0x80], 0, 1),                          // UTF-16 surrogate
        ([0x61, 0x62, 0xF5, 0x80, 0x80, 0x80], 2, 1),        // beyond U+10FFFF
    ] as [([UInt8], Int, Int)])
    func rejects(bytes: [UInt8], offset: Int, line: Int) {
        #expect(throws: InputError.invalidUTF8(byteOffset: offset, line: line)) {
            try TextDecoder.decode(bytes)
        }
    }

    @Test("replace policy substitutes U+FFFD and warns with the first offset")
    func replaces() throws {
        let (text, warnings) = try TextDecoder.decode([0x61, 0xFF, 0x62, 0xC3], policy: .replace)
        #expect(text == "a\u{FFFD}b\u{FFFD}")
        #expect(warnings == ["replaced 2 invalid UTF-8 sequences with U+FFFD, the first at byte 1 (line 1)"])
    }

    @Test("a NUL byte marks binary input")
    func binary() {
        #expect(throws: InputError.binary(byteOffset: 2)) { try TextDecoder.decode([0x61, 0x62, 0x00, 0x63]) }
    }

    @Test("empty input is valid, empty text")
    func empty() throws {
        #expect(try TextDecoder.decode([UInt8]()).text == "")
    }

    @Test("size limit")
    func tooLarge() {
        #expect(throws: InputError.tooLarge(bytes: 4, limit: 3)) { try TextDecoder.decode(Array("abcd".utf8), maximumBytes: 3) }
    }
}
