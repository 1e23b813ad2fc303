import Testing
@testable import TextAnalysis

@Suite("brat standoff output")
struct BratEncoderTests {
    func ann(_ document: Document) -> String { String(decoding: BratEncoder.annotations(of: document), as: UTF8.self) }

    @Test("a text-bound line per annotation, offsets in scalars (as brat counts the .txt), the fields in a note")
    func lines() {
        let text = "Über Kyiv, €1.2bn"
        var document = Document(text: text, source: "a.txt")
        document.annotations = [
            document.annotation(plugin: "places", label: "CITY", bytes: 6..<10, attributes: ["name": "Kyiv", "country": "UA"]),
            document.annotation(plugin: "numbers", label: "MONEY", bytes: 12..<20, attributes: ["value": .int(1_200_000_000), "currency": "EUR"]),
        ]
        #expect(ann(document) == """
            T1\tCITY 5 9\tKyiv
            #1\tAnnotatorNotes T1\tplaces: name=Kyiv country=UA
            T2\tMONEY 11 17\t€1.2bn
            #2\tAnnotatorNotes T2\tnumbers: value=1200000000 currency=EUR

            """)
        // Each line's offsets select its text from the document, as brat checks.
        for line in ann(document).split(separator: "\n") where line.hasPrefix("T") {
            let fields = line.split(separator: "\t")
            let offsets = fields[1].split(separator: " ").dropFirst().map { Int($0)! }
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[offsets[0]..<offsets[1]])) == String(fields[2]))
        }
    }

    @Test("an annotation across a line break is one fragment a line; a note stays on one line")
    func fragments() {
        var document = Document(text: "The Los\nAngeles office", source: "-")
        document.annotations = [document.annotation(plugin: "entities", label: "GPE", bytes: 4..<15, attributes: ["canonical": "Los\nAngeles"])]
        #expect(ann(document) == "T1\tGPE 4 7;8 15\tLos Angeles\n#1\tAnnotatorNotes T1\tentities: canonical=Los Angeles\n")
        #expect(BratEncoder.lineFragments(0..<4, in: Array("\r\n\r\n".utf8)) == [0..<4])
        #expect(BratEncoder.lineFragments(0..<5, in: Array("ab\r\nc".utf8)) == [0..<2, 4..<5])
    }

    @Test("annotation.conf declares each label once, sorted, with brat's other sections")
    func configuration() {
        let conf = String(decoding: BratEncoder.configuration(labels: ["MONEY", "CITY", "MONEY"]), as: UTF8.self)
        #expect(conf.contains("[entities]\nCITY\nMONEY\n\n[relations]\n\n[events]\n\n[attributes]\n"))
    }
}
