import ArgumentParser
import Testing
@testable import AnalyzeCLI

/// The command lines `analyze` reads without ArgumentParser (``Invocation/init(commonArguments:)``)
/// must give what ArgumentParser gives, and every other command line must be left to it.
@Suite("command line read without ArgumentParser")
struct CommandLineTests {
    @Test("the same values as ArgumentParser's", arguments: [
        [],
        ["article.txt"],
        ["--input", "jsonl", "--jobs", "1", "--plugins", "tokens,numbers,places,entities", "news.jsonl"],
        ["a.txt", "--format", "csv", "b.txt", "--utf16-offsets", "--quiet"],
        ["--tokens", "--sentences", "--format", "json", "--color", "never", "--invalid-utf8", "replace"],
        ["--input", "paragraphs", "--format", "jsonl", "--max-document-bytes", "1000000", "corpus.txt"],
        ["--option", "places.countries=UA,PL", "--option", "numbers.reference-date=2025-01-02", "--plugins", "places,numbers"],
        ["--reference-date", "2024-02-29", "--token-rules", "rules.tsv", "--jobs", "+2"],
        ["--format", "brat", "--output-dir", "review", "--input", "jsonl", "feed.jsonl"],
        ["--format", "geojson", "--plugins", "places", "--color", "always"],
    ])
    func agrees(arguments: [String]) throws {
        let quick = try #require(Invocation(commonArguments: arguments))
        #expect(quick == Invocation(try Analyze.parse(arguments)))
    }

    @Test("left to ArgumentParser", arguments: [
        ["--help"], ["-h"], ["--version"], ["--list-plugins"], ["--selftest"],
        ["-"], [""], ["--plugins=tokens"], ["--plugins", "tokens", "--plugins", "numbers"], ["--quiet", "--quiet"],
        ["--jobs"], ["--jobs", "x"], ["--jobs", "-1"], ["--format", "nope"], ["--plugins", ""],
        ["--", "a.txt"], ["--generate-completion-script", "bash"], ["--unknown"], ["-q"],
        ["--color", "sometimes"], ["--invalid-utf8", "maybe"], ["--plugins", "--tokens"],
    ])
    func declines(arguments: [String]) {
        #expect(Invocation(commonArguments: arguments) == nil)
    }
}
