import AnalyzeRuntime
import Foundation
import Testing

/// The JSONL fast path must read every line it accepts exactly as Foundation does, and leave
/// every other line to Foundation (see `JSONLRecord`).
@Suite("JSONL records: the fast path agrees with Foundation")
struct JSONLRecordTests {
    @Test("lines in the common shape take the fast path and read as Foundation reads them", arguments: [
        #"{"text":"plain"}"#,
        #"{"id":"a-1","text":"x"}"#,
        #"{"id":42,"text":"x"}"#,
        #"{"text":"quote \" backslash \\ slash \/ \b\f\n\r\t é \u00e9 \ud83d\ude00 \u0000"}"#,
        #"  { "text" : "spaces" , "n": -1.5e+3, "b": true, "f": false, "z": null, "s": "s\"" }  "#,
        #"{"text":""}"#,
        #"{"id":"2025-12-24T10:00:00Z","text":"Київ 東京"}"#,
        #"{"date":"2025-12-24","text":"on Monday"}"#,
        #"{"text":"x","date":"Tue, 24 Dec 2025 08:00:00 GMT"}"#,
    ])
    func fastPath(_ line: String) throws {
        let bytes = Array(line.utf8)
        let fast = try #require(JSONLRecord.parse(bytes))
        #expect(InputReader.foundationRecord(bytes) == .success(fast))
    }

    @Test("other lines are left to Foundation", arguments: [
        #"{"id":"a/b","text":"x"}"#,        // Foundation writes the id back as "a\/b"
        #"{"id":1.0,"text":"x"}"#,
        #"{"id":null,"text":"x"}"#,
        #"{"id":007,"text":"x"}"#,
        #"{"text":"x","meta":{"a":1}}"#,
        #"{"text":"x","text":"y"}"#,
        #"{"text":5}"#,
        #"{"id":"x"}"#,
        #"{}"#,
        #"[1,2]"#,
        #"{"text":"x",}"#,
        #"{"text":"x"} x"#,
        #"{"text":"lone \ud800"}"#,
        #"{"text":"bad \q escape"}"#,
        "{\"text\":\"raw\ttab\"}",
        #"{"text":"x","n":01}"#,
        #"{"text":"x","date":20251224}"#,
        #"{"text":"x","date":"a","date":"b"}"#,
        #"{"text":"x","n":-}"#,
        #"{"text":"x","b":tru}"#,
        "",
    ])
    func fallback(_ line: String) {
        #expect(JSONLRecord.parse(Array(line.utf8)) == nil)
    }

    @Test("random texts written by Foundation read back the same", arguments: 0..<60)
    func roundTrip(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let pieces = ["a", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{7F}", "é", "’", "😀", "👩‍👧", "\u{FFFF}", "\u{10FFFF}", "Київ", "東", "{", "}", ",", ":"]
        let text = (0..<40).map { _ in pieces.randomElement(using: &generator)! }.joined()
        var object: [String: Any] = ["text": text, "score": Double(seed) / 7, "ok": seed % 2 == 0]
        if seed % 3 == 0 { object["id"] = seed * 1_000 }
        if seed % 3 == 1 { object["id"] = "doc_\(seed).v1" }
        let bytes = Array(try JSONSerialization.data(withJSONObject: object, options: seed % 2 == 0 ? [.sortedKeys] : []))
        let fast = try #require(JSONLRecord.parse(bytes), "\(String(decoding: bytes, as: UTF8.self))")
        #expect(fast.text == text)
        #expect(InputReader.foundationRecord(bytes) == .success(fast))
    }

    /// The scan for a run's end reads eight bytes at a time: an escape, a closing quote or a raw
    /// control character must be found wherever it falls in a word.
    @Test("long runs: stops found at every offset of a word", arguments: 0..<20)
    func longRuns(offset: Int) throws {
        let before = String(repeating: "a", count: offset), after = String(repeating: "b", count: 19 - offset)
        for escape in [#"\""#, #"\\"#, #"\n"#, #"\u00e9"#] {
            let bytes = Array(#"{"text":""#.utf8) + Array((before + escape + after).utf8) + Array(#""}"#.utf8)
            let fast = try #require(JSONLRecord.parse(bytes), "\(escape) at \(offset)")
            #expect(InputReader.foundationRecord(bytes) == .success(fast), "\(escape) at \(offset)")
        }
        let control = Array(#"{"text":""#.utf8) + Array(before.utf8) + [0x01] + Array(after.utf8) + Array(#""}"#.utf8)
        #expect(JSONLRecord.parse(control) == nil, "control byte at \(offset)")
        let plain = Array(#"{"text":""#.utf8) + Array((before + "é" + after).utf8) + Array(#""}"#.utf8)
        #expect(try #require(JSONLRecord.parse(plain)).text == before + "é" + after)
    }
}
