import AnalyzeRuntime
import Testing
import TextAnalysis

/// Invariants every analyzer in the built-in registry keeps on arbitrary input: a plugin
/// registered in `AnalyzerRegistry.builtIn()` is covered here without editing this file.
/// (The tokenizer's own properties over random Unicode are in TextAnalysisTests.)
@Suite("properties of every analyzer on arbitrary text")
struct AnalyzerPropertyTests {
    static let registry = AnalyzerRegistry.builtIn()
    static let pipelines: [(AnalyzerID, Pipeline)] = registry.ids.map { ($0, try! registry.pipeline([$0])) }

    @Test("annotations match their offsets, tokens tile the text, runs repeat exactly", arguments: 0..<24)
    func invariants(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let text = seed.isMultiple(of: 3) ? Self.randomBytesAsText(using: &generator) : Self.randomText(using: &generator)
        for (id, pipeline) in Self.pipelines {
            let document = try pipeline.analyze(text: text, source: "seed \(seed)")
            Self.checkTokens(document)
            var previous: Annotation?
            for annotation in document.annotations {
                let span = annotation.span
                #expect(span.bytes.upperBound <= document.bytes.count, "\(id): \(annotation.label) past the end")
                guard span.bytes.upperBound <= document.bytes.count else { continue }
                #expect(document.bytes[span.bytes].elementsEqual(annotation.text.utf8), "\(id): text of \(annotation.label)")
                #expect(document.span(bytes: span.bytes) == span, "\(id): byte and scalar offsets of \(annotation.text.debugDescription)")
                if let previous { #expect(!Annotation.outputOrder(annotation, previous), "\(id): annotations out of order") }
                previous = annotation
            }
            let again = try pipeline.analyze(text: text, source: "seed \(seed)")
            #expect(again.annotations == document.annotations && again.tokens == document.tokens, "\(id): not deterministic")
        }
    }

    /// News-like pieces (numbers, names, dates, places, emoji, odd spaces and marks) in random
    /// order, plus random scalars from every plane.
    static func randomText(using generator: inout SeededGenerator) -> String {
        let pieces = ["Kyiv", "Kupiansk", " ", "\u{A0}", "\n", "\n\n", "27 169", "24 December 2025", "$2.3 billion", "90%", "U.S.",
                      "Oskil River", "the", "about", "over", "1,000.5", "-5°C", "½", "٣٤", "東京", "Київ", "e\u{301}", "\u{301}", "😀",
                      "👩‍👧", "🇺🇦", "—", "…", "’s", "'", "\u{200B}", "\u{FEFF}", "#tag", "@user", "https://x.y/z", "3 p.m.", ".", ",",
                      "Paris, Texas", "twenty-first", "two-thirds", "Mr.", "\t", "\r\n", "\u{2028}", "\u{85}", "0600 GMT", "mid-2020s"]
        var text = ""
        for _ in 0..<Int.random(in: 20...160, using: &generator) {
            if Int.random(in: 0..<5, using: &generator) == 0 {
                let value = UInt32.random(in: 1...0x10FFFF, using: &generator)
                text.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            } else {
                text += pieces.randomElement(using: &generator)!
            }
        }
        return text
    }

    /// Arbitrary bytes, repaired the way `--invalid-utf8 replace` repairs them (NULs kept).
    static func randomBytesAsText(using generator: inout SeededGenerator) -> String {
        let bytes = (0..<Int.random(in: 0...600, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func checkTokens(_ document: Document) {
        var previous = 0
        for token in document.tokens {
            let bytes = token.span.bytes
            #expect(bytes.lowerBound >= previous && !bytes.isEmpty && bytes.upperBound <= document.bytes.count)
            for bound in [bytes.lowerBound, bytes.upperBound] where bound < document.bytes.count {
                #expect(document.bytes[bound] & 0xC0 != 0x80, "token bound \(bound) inside a scalar")
            }
            #expect(document.span(bytes: bytes) == token.span)
            previous = bytes.upperBound
        }
    }
}
