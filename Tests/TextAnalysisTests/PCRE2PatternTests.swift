import Testing
@testable import TextAnalysis

@Suite("PCRE2 wrapper")
struct PCRE2PatternTests {
    @Test("offsets are UTF-8 bytes, not characters")
    func byteOffsets() throws {
        let pattern = try PCRE2Pattern("l+o")
        let match = try #require(try pattern.firstMatch(in: "héllo"))
        #expect(match.range == 3..<6)
    }

    @Test("UCP: \\d matches any decimal digit, \\w any letter")
    func unicodeClasses() throws {
        #expect(try PCRE2Pattern(#"\d+"#).firstMatch(in: "x ٣٤ y")?.range == 2..<6)
        #expect(try PCRE2Pattern(#"\w+"#).firstMatch(in: "  Київ")?.range == 2..<10)
    }

    @Test("a compile error carries the pattern offset and PCRE2's message")
    func compileError() {
        #expect {
            try PCRE2Pattern("ab(c", name: "broken")
        } throws: { error in
            guard case let .compile(pattern, name, offset, message) = error as? PCRE2Error else { return false }
            return pattern == "ab(c" && name == "broken" && offset == 4 && message.contains("missing closing parenthesis")
        }
    }

    @Test("a runaway pattern stops at the match limit with an error naming it")
    func matchLimit() throws {
        let pattern = try PCRE2Pattern("(a+)+$", name: "catastrophic", limits: PCRE2Limits(matchLimit: 10_000))
        let subject = String(repeating: "a", count: 40) + "b"
        #expect {
            _ = try pattern.allMatches(in: subject)
        } throws: { error in
            guard case let .match(_, name, _, message, _) = error as? PCRE2Error else { return false }
            return name == "catastrophic" && message.contains("limit")
        }
    }

    @Test("empty matches advance by whole scalars", arguments: [PCRE2Pattern.Engine.jitIfAvailable, .interpreter])
    func emptyMatches(engine: PCRE2Pattern.Engine) throws {
        let pattern = try PCRE2Pattern("x*", engine: engine)
        let ranges = try pattern.allMatches(in: "é😀").map(\.range)
        #expect(ranges == [0..<0, 2..<2, 6..<6])
    }

    @Test("JIT and interpreter agree on the seed article")
    func enginesAgree() throws {
        let text = try seedText()
        let source = #"\p{Lu}\p{L}+(?:[-‐]\p{Lu}\p{L}+)*|\d+(?:[.,]\d+)*"#
        let jit = try PCRE2Pattern(source, engine: .jitIfAvailable).allMatches(in: text)
        let interpreted = try PCRE2Pattern(source, engine: .interpreter).allMatches(in: text)
        #expect(jit.count > 50)
        #expect(jit == interpreted)
    }

    @Test("captures report each group, nil when a group did not take part")
    func captures() throws {
        let pattern = try PCRE2Pattern(#"(\d+)(?:\s*(km|mi))?"#)
        let first = try #require(try pattern.firstMatch(in: "30 km"))
        #expect(first.captures == [0..<2, 3..<5])
        let second = try #require(try pattern.firstMatch(in: "30 kg"))
        #expect(second.captures == [0..<2, nil])
    }

    @Test("numeric marks name the branch that matched")
    func marks() throws {
        let pattern = try PCRE2Pattern(#"\d+(*MARK:7)|\p{L}+(*MARK:12)"#)
        #expect(try pattern.allMatches(in: "ab 12").map(\.mark) == [12, 7])
    }

    @Test("matching respects the start and end bounds")
    func bounds() throws {
        let pattern = try PCRE2Pattern(#"\w+"#)
        #expect(try pattern.allMatches(in: "one two three", from: 4, to: 7).map(\.range) == [4..<7])
    }

    @Test("options: caseless")
    func caseless() throws {
        #expect(try PCRE2Pattern("kyiv", options: .caseless).firstMatch(in: "KYIV")?.range == 0..<4)
        #expect(try PCRE2Pattern("kyiv").firstMatch(in: "KYIV") == nil)
    }
}
