@testable import EntitiesAnalyzer
import Testing
import TextAnalysis

/// The indexes that keep the conventions linear in a long document must answer exactly as the
/// passes over all spans and names they replace: each is checked here against that pass, on
/// spans of every shape (nested, overlapping, empty, out of order).
@Suite("entities plugin: indexes for long documents")
struct LongDocumentIndexTests {
    static func randomSpans(seed: UInt64, sorted: Bool) -> [EntitySpan] {
        var generator = SeededGenerator(seed: seed)
        var spans = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
            let start = Int.random(in: 0..<60, using: &generator)
            // Mostly short names, some long ones reaching over others, some empty.
            let length = Int.random(in: 0...10, using: &generator) == 0 ? Int.random(in: 5...30, using: &generator) : Int.random(in: 0...3, using: &generator)
            return EntitySpan(type: Bool.random(using: &generator) ? .organization : .person, tokens: start..<start + length, confidence: 1)
        }
        if sorted { spans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        return spans
    }

    @Test("the first span overlapping a run is the one a pass over all spans finds", arguments: 0..<200)
    func firstOverlapping(seed: Int) {
        for sorted in [true, false] {
            let spans = Self.randomSpans(seed: UInt64(seed), sorted: sorted)
            let overlaps = SpanOverlaps(spans)
            for start in 0..<70 {
                for run in [start..<start + 1, start..<start + 3] {
                    let organizations = { (index: Int) in spans[index].type == .organization }
                    let expected = spans.indices.first { spans[$0].tokens.overlaps(run) && organizations($0) }
                    #expect(overlaps.firstIndex(overlapping: run, where: organizations) == expected, "\(run) in \(spans.map(\.tokens))")
                    let covered = spans.contains { $0.tokens.lowerBound <= run.lowerBound && run.upperBound <= $0.tokens.upperBound }
                    #expect(overlaps.covers(run) == covered, "\(run) in \(spans.map(\.tokens))")
                }
            }
        }
    }

    @Test("names by their first or last word: every name with that word, in order, repeats of the same text once where asked")
    func namesByWord() throws {
        let text = "Acme Corp said Acme Corp and ACME Corp met Acme Holdings, Acme Corp again, Bolt Acme and Jane Acme."
        var document = Document(text: text, source: "test")
        try Tokenizer().tokenize(&document)
        let facts = FeatureExtractor.facts(of: document.tokens, in: document).facts
        func index(of phrase: String, from: Int = 0) -> Range<Int> {
            let words = phrase.split(separator: " ").map(String.init)
            let texts = document.tokens.map { document.text(of: $0.span) }
            let start = (from...(texts.count - words.count)).first { Array(texts[$0..<$0 + words.count]) == words }!
            return start..<start + words.count
        }
        let names = [index(of: "Acme Corp"), index(of: "Acme Corp", from: 2), index(of: "ACME Corp"), index(of: "Acme Holdings"),
                     index(of: "Acme Corp", from: 10), index(of: "Bolt Acme"), index(of: "Jane Acme")]
        let acme = facts[names[0].lowerBound].identity
        var byFirst = NamesByWord()
        byFirst.rebuild(names, facts: facts, document: document, distinctText: false)
        #expect(Array(byFirst.names(with: acme)) == [0, 1, 2, 3, 4], "ACME and Acme are one word")
        byFirst.rebuild(names, facts: facts, document: document, distinctText: true)
        #expect(Array(byFirst.names(with: acme)) == [0, 2, 3], "the same bytes again add nothing; ACME Corp is other text")
        byFirst.rebuild(names, facts: facts, document: document, distinctText: true) { $0 != 0 }
        #expect(Array(byFirst.names(with: acme)) == [1, 2, 3], "left out, the first no longer hides its repeats")
        var byLast = NamesByWord()
        byLast.rebuild(names, by: .last, facts: facts, document: document, distinctText: false)
        #expect(Array(byLast.names(with: acme)) == [5, 6])
        #expect(byLast.names(with: facts[index(of: "met").lowerBound].identity).isEmpty)
    }
}
