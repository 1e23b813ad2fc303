import Testing
@testable import TextAnalysis

/// `--format conll`: a token a line, a BIO column per plugin (see `CoNLLEncoder`).
@Suite("CoNLL columns")
struct CoNLLEncoderTests {
    static func lines(_ text: String, plugins: [AnalyzerID]) throws -> [String] {
        let registry = AnalyzerRegistry()
        try registry.register(.capitals)
        try registry.register(.pairs)
        let document = try registry.pipeline(plugins).analyze(text: text)
        return String(decoding: CoNLLEncoder.encode(document, plugins: plugins, id: #""a-1""#), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test("comments, then a token a line with its offsets and a tag per plugin; B- opens each annotation")
    func layout() throws {
        let lines = try Self.lines("Viktor Trehubov spoke.\nKyiv\tcalled.", plugins: ["capitals", "pairs"])
        #expect(String(decoding: CoNLLEncoder.header(plugins: ["capitals", "pairs"]), as: UTF8.self) == "# columns = ID FORM START END capitals pairs\n")
        #expect(lines == [
            "# source = -", #"# id = "a-1""#,
            "# sent_id = 1", "# text = Viktor Trehubov spoke.",
            "1\tViktor\t0\t6\tB-CAPITALIZED\tB-PAIR",
            "2\tTrehubov\t7\t15\tB-CAPITALIZED\tI-PAIR",
            "3\tspoke\t16\t21\tO\tO",
            "4\t.\t21\t22\tO\tO",
            "",
            "# sent_id = 2", "# text = Kyiv called.", // the tab in the text is a space in the comment
            "1\tKyiv\t23\t27\tB-CAPITALIZED\tO",
            "2\tcalled\t28\t34\tO\tO",
            "3\t.\t34\t35\tO\tO",
            "", "",
        ])
    }

    @Test("a document with no plugin columns still lists its tokens")
    func noPlugins() throws {
        let lines = try Self.lines("One two.", plugins: [])
        #expect(lines.contains("1\tOne\t0\t3"))
    }

    @Test("every token is written once, whatever the sentences: a gap between them is a group of its own, an overlap is not repeated")
    func everyTokenOnce() throws {
        var document = try Pipeline(tokenizer: Tokenizer(), requested: [], stages: []).analyze(text: "One two three. Four five six. Seven eight.")
        #expect(CoNLLEncoder.tokenGroups(document) == document.sentences.map(\.tokens))
        let span = document.sentences[0].span
        document.sentences = [Sentence(span: span, tokens: 1..<3), Sentence(span: span, tokens: 2..<6), Sentence(span: span, tokens: 8..<9)]
        let groups = CoNLLEncoder.tokenGroups(document)
        #expect(groups == [0..<1, 1..<3, 3..<6, 6..<8, 8..<9, 9..<document.tokens.count])
        let written = String(decoding: CoNLLEncoder.encode(document, plugins: []), as: UTF8.self)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(written.count == document.tokens.count)
    }
}
