import Testing
import TextAnalysis
@testable import TokensAnalyzer

@Suite("tokens plugin")
struct TokensAnalyzerTests {
    func run(_ text: String, options: AnalyzerOptions = AnalyzerOptions()) throws -> Document {
        let registry = AnalyzerRegistry()
        try registry.register(.tokens)
        return try registry.pipeline(["tokens"], options: ["tokens": options]).analyze(text: text)
    }

    @Test("counts tokens, words, distinct words and sentences")
    func counts() throws {
        let document = try run("The troops left. The city, however, held 90% of the line.")
        guard case let .object(summary)? = document.summaries["tokens"] else { Issue.record("no summary"); return }
        #expect(summary["tokens"] == 16)
        #expect(summary["words"] == 11)          // "90" counts as a word; "%" and punctuation do not
        #expect(summary["distinct_words"] == 9)  // "The"/"the" fold together
        #expect(summary["sentences"] == 2)
        #expect(summary["longest_sentence_words"] == 8)
    }

    @Test("URLs, e-mails, hashtags, mentions and emoji become annotations", arguments: [
        ("Read https://isw.org/kupiansk now", "URL", "https://isw.org/kupiansk"),
        ("Mail press@mod.gov.ua today", "EMAIL", "press@mod.gov.ua"),
        ("Trending: #Kupiansk", "HASHTAG", "#Kupiansk"),
        ("Says @ZelenskyyUa", "MENTION", "@ZelenskyyUa"),
        ("Brave 🇺🇦", "EMOJI", "🇺🇦"),
    ])
    func kinds(text: String, label: String, expected: String) throws {
        let document = try run(text)
        #expect(document.annotations.map(\.label) == [label])
        #expect(document.annotations.map(\.text) == [expected])
    }

    @Test("the sentences option annotates each sentence")
    func sentences() throws {
        let document = try run("One. Two three.", options: AnalyzerOptions(["sentences": "true"]))
        #expect(document.annotations.map(\.text) == ["One.", "Two three."])
        #expect(document.annotations.map { $0.attributes["words"] } == [1, 2])
    }

    @Test("distinct words are counted as a set counts them", arguments: [0, 1, 2, 7, 100, 5_000])
    func distinctCount(size: Int) {
        var generator = SystemRandomNumberGenerator()
        // Few values, so most repeat; 0 and neighbouring values probe the table's edge cases.
        let hashes = (0..<size).map { _ in [0, 1, UInt64.max, UInt64.random(in: 0...UInt64(size / 2 + 1), using: &generator) &* 0x1_0000_0001][Int.random(in: 0...3, using: &generator)] }
        #expect(TokensAnalyzer.distinctCount(hashes) == Set(hashes).count)
    }

    @Test("word hashes fold ASCII case only, in every chunk, at the text's end too",
          arguments: ["a", "Internationally", "ЖУРНАЛ", "eight888", "Ninebytes"])
    func caseFoldedHash(word: String) {
        func hash(_ text: String, _ range: Range<Int>) -> UInt64 {
            Array(text.utf8).withUnsafeBufferPointer { TokensAnalyzer.caseFoldedHash(range, in: $0) }
        }
        let lower = word.lowercased(), upper = word.uppercased(), count = word.utf8.count
        // Alone (the last chunk read byte by byte) and before more text (read as whole words).
        #expect(hash(upper, 0..<count) == hash(word.utf8.allSatisfy { $0 < 0x80 } ? lower : upper, 0..<count))
        #expect(hash(upper + " and more text", 0..<count) == hash(upper, 0..<count))
        #expect(hash(lower + "x", 0..<(count + 1)) != hash(lower, 0..<count))
        #expect(hash(lower + " and more text", 0..<count) != hash(lower + "x and more text", 0..<(count + 1)))
    }

    @Test("an empty document has zero counts, not an error")
    func empty() throws {
        let document = try run("")
        guard case let .object(summary)? = document.summaries["tokens"] else { Issue.record("no summary"); return }
        #expect(summary["tokens"] == 0 && summary["sentences"] == 0)
    }
}
