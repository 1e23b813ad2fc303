public import Foundation

/// What English news usually means by a capitalized word: evidence for telling a place from a
/// common word ("Read", "Mobile", "Split") or from part of a person's name ("Kerry", "Victoria").
///
/// Counts come from a news corpus (how often a word is written lower-case against Capitalized
/// inside a sentence); names from US Social Security and Census lists. See `Data/lexicons/README.md`.
public final class Lexicon: Sendable {
    // Visible to the inlined lookups below: matchers ask for every capitalized word.
    @usableFromInline let wordCase: FoldedKeyMap<WordCase>
    @usableFromInline let givenNames: FoldedKeySet
    @usableFromInline let surnames: FoldedKeySet

    @usableFromInline struct WordCase: Sendable {
        @usableFromInline var lower: Int32
        @usableFromInline var title: Int32
    }

    public init(wordCase: [UInt8], givenNames: [UInt8], surnames: [UInt8]) throws {
        var counts: [(UInt64, WordCase)] = []
        var fields: [Range<Int>] = []
        try TabSeparated.forEachLine(wordCase) { line, number in
            TabSeparated.split(wordCase, line, into: &fields)
            guard fields.count == 3, let key = NameKey.key(wordCase[fields[0]]),
                  let lower = TabSeparated.integer(wordCase[fields[1]]), let title = TabSeparated.integer(wordCase[fields[2]]) else {
                throw GazetteerError.malformed(file: "word-case.tsv", line: number, reason: "expected a word and two counts")
            }
            counts.append((key, WordCase(lower: Int32(clamping: lower), title: Int32(clamping: title))))
        }
        self.wordCase = FoldedKeyMap(counts)
        self.givenNames = Self.keys(givenNames)
        self.surnames = Self.keys(surnames)
    }

    /// Loads `word-case.tsv`, `first-names.txt` and `surnames.txt` from `directory`.
    public convenience init(directory: URL) throws {
        func read(_ name: String) throws -> [UInt8] {
            let url = directory.appendingPathComponent(name)
            do { return Array(try Data(contentsOf: url)) } catch {
                throw GazetteerError.unreadable(path: url.path, reason: error.localizedDescription)
            }
        }
        try self.init(wordCase: read("word-case.tsv"), givenNames: read("first-names.txt"), surnames: read("surnames.txt"))
    }

    /// The lexicon shipped with the package, loaded once per process on first use.
    public static func bundled() throws -> Lexicon { try sharedBundled.get() }

    private static let sharedBundled: Result<Lexicon, any Error> = Result {
        guard let directory = Bundle.module.url(forResource: "Data", withExtension: nil) else {
            throw GazetteerError.unreadable(path: Bundle.module.bundlePath + "/Data", reason: "the package's lexicon data is missing")
        }
        return try Lexicon(directory: directory.appendingPathComponent("lexicons"))
    }

    /// Share of a word's in-sentence uses that are lower-case (0 for "Georgia", 0.9 for "Read");
    /// nil when the corpus saw it too rarely to say.
    @inlinable public func lowerCaseShare(key: UInt64) -> Double? {
        guard let counts = wordCase[key] else { return nil }
        return Double(counts.lower) / Double(max(1, counts.lower + counts.title))
    }

    @inlinable public func isGivenName(key: UInt64) -> Bool { givenNames.contains(key) }
    @inlinable public func isSurname(key: UInt64) -> Bool { surnames.contains(key) }

    private static func keys(_ bytes: [UInt8]) -> FoldedKeySet {
        var keys: [UInt64] = []
        TabSeparated.forEachLine(bytes) { line, _ in
            if let key = NameKey.key(bytes[line]) { keys.append(key) }
        }
        return FoldedKeySet(keys)
    }
}
