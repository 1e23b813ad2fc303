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
    @usableFromInline let organizations: FoldedKeyMap<KnownOrganization>

    /// A listed company's or a political party's name (`organizations.tsv`): whether it is a
    /// party, and whether the name alone says it is the organization (several words, or a word
    /// that is no common word, large place, person's name or short acronym) or only its context
    /// does ("Target", "Shell", "Toyota", "Hess", "ACS").
    public struct KnownOrganization: Sendable, Equatable {
        public let isParty: Bool
        public let isNameAlone: Bool
    }

    @usableFromInline struct WordCase: Sendable {
        @usableFromInline var lower: Int32
        @usableFromInline var title: Int32
    }

    /// The parsed tables, as the load cache keeps them.
    struct Tables {
        var wordCase: FoldedKeyMap<WordCase>
        var givenNames: FoldedKeySet
        var surnames: FoldedKeySet
        var organizations: FoldedKeyMap<KnownOrganization>
    }

    init(_ tables: Tables) {
        wordCase = tables.wordCase
        givenNames = tables.givenNames
        surnames = tables.surnames
        organizations = tables.organizations
    }

    public convenience init(wordCase: [UInt8], givenNames: [UInt8], surnames: [UInt8], organizations: [UInt8] = []) throws {
        self.init(try Self.parse(wordCase: wordCase, givenNames: givenNames, surnames: surnames, organizations: organizations))
    }

    private static func parse(wordCase: [UInt8], givenNames: [UInt8], surnames: [UInt8], organizations: [UInt8]) throws -> Tables {
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
        var known: [(UInt64, KnownOrganization)] = []
        try TabSeparated.forEachLine(organizations) { line, number in
            TabSeparated.split(organizations, line, into: &fields)
            guard fields.count == 3, let key = NameKey.key(organizations[fields[0]]) else {
                throw GazetteerError.malformed(file: "organizations.tsv", line: number, reason: "expected a name, a kind and a form")
            }
            let kind = organizations[fields[1]], form = organizations[fields[2]]
            known.append((key, KnownOrganization(isParty: kind.elementsEqual("party".utf8), isNameAlone: form.elementsEqual("name".utf8))))
        }
        return Tables(wordCase: FoldedKeyMap(counts), givenNames: keys(givenNames), surnames: keys(surnames), organizations: FoldedKeyMap(known))
    }

    /// Loads `word-case.tsv`, `first-names.txt`, `surnames.txt` and `organizations.tsv` from
    /// `directory`, through the load cache when `cache` names one: parsing the 47,000 lines took
    /// a third of a start-up's instructions.
    public convenience init(directory: URL, cache: GazetteerCache? = nil) throws {
        let files = ["word-case.tsv", "first-names.txt", "surnames.txt", "organizations.tsv"].map { directory.appendingPathComponent($0) }
        let fingerprint = cache == nil ? nil : GazetteerCache.fingerprint(of: files)
        if let cache, let fingerprint, let tables = cache.loadLexicon(fingerprint: fingerprint) {
            self.init(tables)
            return
        }
        func read(_ url: URL) throws -> [UInt8] {
            do { return Array(try Data(contentsOf: url)) } catch {
                throw GazetteerError.unreadable(path: url.path, reason: error.localizedDescription)
            }
        }
        let tables = try Self.parse(wordCase: read(files[0]), givenNames: read(files[1]), surnames: read(files[2]), organizations: read(files[3]))
        if let cache, let fingerprint { cache.storeLexicon(tables, fingerprint: fingerprint) }
        self.init(tables)
    }

    /// The lexicon shipped with the package, loaded once per process on first use.
    public static func bundled() throws -> Lexicon { try sharedBundled.get() }

    private static let sharedBundled: Result<Lexicon, any Error> = Result {
        guard let directory = Bundle.module.url(forResource: "Data", withExtension: nil) else {
            throw GazetteerError.unreadable(path: Bundle.module.bundlePath + "/Data", reason: "the package's lexicon data is missing")
        }
        return try Lexicon(directory: directory.appendingPathComponent("lexicons"), cache: GazetteerCache.standard)
    }

    /// Share of a word's in-sentence uses that are lower-case (0 for "Georgia", 0.9 for "Read");
    /// nil when the corpus saw it too rarely to say. (This and the name-list tests are always
    /// inlined: matchers ask them of thousands of words per megabyte.)
    @inlinable @inline(__always) public func lowerCaseShare(key: UInt64) -> Double? {
        guard let counts = wordCase[key] else { return nil }
        return Double(counts.lower) / Double(max(1, counts.lower + counts.title))
    }

    /// How often the corpus wrote the word in lower case, nil when the word-case lexicon does not
    /// know it: with ``lowerCaseShare(key:)``, a share of 0.9 from ten uses is no common word
    /// ("usda" in links).
    @inlinable @inline(__always) public func lowerCaseCount(key: UInt64) -> Int? {
        wordCase[key].map { Int($0.lower) }
    }

    @inlinable @inline(__always) public func isGivenName(key: UInt64) -> Bool { givenNames.contains(key) }
    @inlinable @inline(__always) public func isSurname(key: UInt64) -> Bool { surnames.contains(key) }

    /// The listed company or party whose name folds to `key`, if any (the key of the whole
    /// name's bytes: "Wells Fargo", "ZANU-PF").
    @inlinable @inline(__always) public func knownOrganization(key: UInt64) -> KnownOrganization? { organizations[key] }

    private static func keys(_ bytes: [UInt8]) -> FoldedKeySet {
        var keys: [UInt64] = []
        TabSeparated.forEachLine(bytes) { line, _ in
            if let key = NameKey.key(bytes[line]) { keys.append(key) }
        }
        return FoldedKeySet(keys)
    }
}
