import Foundation
import Testing
@testable import TextAnalysis

@Suite("CSV output")
struct CSVEncoderTests {
    /// A document with one annotation over `bytes`, carrying `attributes`.
    func document(_ text: String, _ bytes: Range<Int>, _ attributes: Attributes) -> Document {
        var document = Document(text: text, source: "feed.jsonl:3")
        document.annotations = [document.annotation(plugin: "numbers", label: "MONEY", bytes: bytes, attributes: attributes)]
        return document
    }

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test("the header: where, then the declared fields once each in analyzer order, then 'other'")
    func header() {
        let columns = CSVEncoder.attributeColumns([["value", "unit", "confidence"], ["name", "confidence"], ["text"]])
        #expect(columns == ["value", "unit", "confidence", "name"])
        #expect(text(CSVEncoder.header(attributeColumns: columns))
            == "document,plugin,label,start,end,byte_start,byte_end,text,value,unit,confidence,name,other\n")
    }

    @Test("a row: offsets in scalars and bytes, numbers as in JSON, an absent field empty")
    func row() {
        let doc = document("Über $3.2 billion", 6..<18, ["value": .double(3.2 * 1e9), "currency": "USD"])
        let rows = text(CSVEncoder.rows(of: doc, attributeColumns: ["value", "unit", "currency"]))
        #expect(rows == "feed.jsonl:3,numbers,MONEY,5,17,6,18,$3.2 billion,3200000000,,USD,\n")
    }

    @Test("fields with a comma, a quote or a line break are quoted, quotes doubled",
          arguments: [("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""), ("plain", "plain")])
    func quoting(_ field: String, _ written: String) {
        var line: [UInt8] = []
        CSVEncoder.appendField(Array(field.utf8), to: &line)
        #expect(text(line) == written)
    }

    @Test("nested values are compact JSON; attributes without a column go to 'other', none is lost")
    func nestedAndOther() throws {
        let counts: AttributeValue = .object(["text": "Russian soldiers", "start": 9])
        let doc = document("Over 100 Russian soldiers", 0..<8, ["value": 100, "comparator": ">", "counts": counts, "novel": true])
        let rows = text(CSVEncoder.rows(of: doc, attributeColumns: ["value", "counts"]))
        #expect(rows == #"feed.jsonl:3,numbers,MONEY,0,8,0,8,Over 100,100,"{""text"":""Russian soldiers"",""start"":9}","{""comparator"":"">"",""novel"":true}""# + "\n")
    }

    @Test("any field reads back exactly through an RFC 4180 reader", arguments: 0..<40)
    func roundTrip(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let pieces = ["a", ",", "\"", "\n", "\r\n", " ", "é", "😀", "\"\"", "x,y", "", "—"]
        let field = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        var line: [UInt8] = []
        CSVEncoder.appendField(Array(field.utf8), to: &line)
        #expect(Self.readField(line) == field, "\(field.debugDescription)")
    }

    /// One field as an RFC 4180 reader takes it.
    static func readField(_ bytes: [UInt8]) -> String {
        guard bytes.first == UInt8(ascii: "\"") else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        var index = 1
        while index < bytes.count - 1 {
            if bytes[index] == UInt8(ascii: "\"") { index += 1 } // a doubled quote stands for one
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test("a document without annotations has no rows")
    func empty() {
        #expect(CSVEncoder.rows(of: Document(text: "", source: "empty.txt"), attributeColumns: ["value"]).isEmpty)
    }
}
