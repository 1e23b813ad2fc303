public import Foundation

/// Place names of the world with their coordinates, countries and populations, indexed by
/// folded name (see ``NameKey``): the shared resource of the `places` and `entities` analyzers.
///
/// Immutable after loading, so one instance serves every thread. Loading parses the bundled
/// tab-separated file once (``bundled()``); rows keep only what ranking needs, and the other
/// fields are read from the file's bytes when an entry is asked for.
public final class Gazetteer: Sendable {
    /// The file's bytes, kept for the fields read on demand (mapped from the load cache).
    private let bytes: StoredArray<UInt8>
    /// Visible to inlined accessors: ranking asks for kinds and populations of every candidate,
    /// and a cross-module call per field showed in the `places` profile.
    @usableFromInline let rows: StoredArray<Row>
    @usableFromInline let names: NameIndex
    @usableFromInline let demonyms: FoldedKeyMap<String>
    /// The keys of `demonyms`, for asking whether a word is one without retaining a String
    /// (`entities` asks for every capitalized word).
    @usableFromInline let demonymKeys: FoldedKeySet
    /// The keys of every demonym's first folded bytes short of the whole ("saudi" of "Saudi
    /// Arabian"): a word that begins none cannot begin a two-word demonym, and the finder skips
    /// folding it together with the next word.
    @usableFromInline let demonymPrefixKeys: FoldedKeySet
    private let countries: [PackedCode: PlaceID]
    /// The most words in any name ("Democratic Republic of the Congo"): bounds span search.
    public let longestNameWords: Int
    /// Where the user's added entries (``init(directory:adding:cache:)``) begin in the text;
    /// `Int.max` when there are none.
    let addedEntriesStart: Int

    /// What ranking reads for every candidate, without a String per row: the codes are packed
    /// into integers (loading 180,000 rows with two Strings each took a fifth of the load time).
    ///
    /// 64 bytes, in this order: a row is one cache line of the mapped cache (its sections start
    /// on a line), with what the matcher and the resolver ask of every candidate in its first
    /// half. (At 96 bytes, the fields a candidate's score reads spanned two or three lines, a
    /// cache miss each.) The division's code is resolved to ``admin1Row`` while parsing and not kept.
    @usableFromInline struct Row: Sendable {
        @usableFromInline var country: PackedCode
        @usableFromInline var kind: PlaceKind
        /// A capital or a first-level seat (PPLC, PPLA): ranking asks, so it needs no field parsing.
        @usableFromInline var isSeat: Bool
        var hasCoordinates: Bool
        /// The row of the town's or district's first-level division, -1 for none: resolved once
        /// at load (a dictionary lookup per candidate per pass was 5% of the analyzer).
        @usableFromInline var admin1Row: Int32
        @usableFromInline var population: Int
        /// The folded key of the entry's own name (not its aliases): ``isNamed(_:key:)`` asks it
        /// of many candidates, and reading the name from the text touched a page per candidate.
        @usableFromInline var nameKey: UInt64
        var line: Range<Int>
        var latitude: Double
        var longitude: Double
    }

    /// Loads `places.tsv` and `demonyms.tsv` from `directory`, and the entries of `added` (a file
    /// in `places.tsv`'s format, see ``checkAdded(_:source:)``) after them, through the load cache
    /// when `cache` names one (see ``GazetteerCache``; the added file is part of the fingerprint).
    public convenience init(directory: URL, adding added: URL? = nil, cache: GazetteerCache? = nil) throws {
        let placesFile = directory.appendingPathComponent("places.tsv")
        let demonymsFile = directory.appendingPathComponent("demonyms.tsv")
        let demonyms = try Self.read(demonymsFile)
        var addedBytes: [UInt8] = []
        if let added {
            addedBytes = try Self.read(added)
            // A spreadsheet's "UTF-8" export opens with a byte order mark.
            if addedBytes.starts(with: [0xEF, 0xBB, 0xBF]) { addedBytes.removeFirst(3) }
            try Self.checkAdded(addedBytes, source: added.relativePath)
        }
        let fingerprint = cache == nil ? nil : GazetteerCache.fingerprint(of: [placesFile, demonymsFile] + (added.map { [$0] } ?? []))
        // The added entries are the text's last bytes, cached or parsed (appended below).
        func addedStart(textCount: Int) -> Int { added == nil ? .max : textCount - addedBytes.count }
        if let cache, let fingerprint, let index = cache.load(fingerprint: fingerprint),
           let parsed = try? Self.parseDemonyms(demonyms) {
            self.init(index: index, demonyms: parsed, addedEntriesStart: addedStart(textCount: index.text.count))
            return
        }
        var places = try Self.read(placesFile)
        if !addedBytes.isEmpty {
            if places.last != 0x0A { places.append(0x0A) }
            places += addedBytes
        }
        let start = addedStart(textCount: places.count)
        try self.init(places: places, demonyms: demonyms, addedEntriesStart: start)
        if let cache, let fingerprint {
            cache.store(GazetteerCache.Index(text: bytes, rows: rows, names: names, longestNameWords: longestNameWords), fingerprint: fingerprint)
        }
    }

    /// Builds from a cached index: the text, the rows and the name index as they were parsed.
    init(index: GazetteerCache.Index, demonyms parsed: ParsedDemonyms, addedEntriesStart: Int = .max) {
        self.addedEntriesStart = addedEntriesStart
        bytes = index.text
        rows = index.rows
        names = index.names
        longestNameWords = index.longestNameWords
        var countries: [PackedCode: PlaceID] = [:]
        // Rows are sorted by kind: countries and divisions come first.
        for (offset, row) in index.rows.enumerated() {
            if row.kind > .admin1 { break }
            if row.kind == .country { countries[row.country] = PlaceID(row: Int32(offset)) }
        }
        self.countries = countries
        demonyms = FoldedKeyMap(parsed.pairs)
        demonymKeys = FoldedKeySet(parsed.pairs.map(\.0))
        demonymPrefixKeys = FoldedKeySet(parsed.prefixKeys)
    }

    /// Parses the two files' contents (the formats in `Sources/Gazetteer/Data/README.md`).
    public convenience init(places: [UInt8], demonyms demonymBytes: [UInt8], source: String = "places.tsv") throws {
        try self.init(places: places, demonyms: demonymBytes, source: source, addedEntriesStart: .max)
    }

    init(places: [UInt8], demonyms demonymBytes: [UInt8], source: String = "places.tsv", addedEntriesStart: Int) throws {
        self.addedEntriesStart = addedEntriesStart
        bytes = StoredArray(places)
        var rows: [Row] = []
        rows.reserveCapacity(places.count / 64)
        var admin1Codes: [PackedCode] = [] // each row's, until resolved to rows
        admin1Codes.reserveCapacity(places.count / 64)
        var names = NameIndex.Builder(capacity: places.count / 28)
        var countries: [PackedCode: PlaceID] = [:]
        var admin1s: [AdminKey: PlaceID] = [:]
        var longest = 1
        var lineNumber = 0
        var fields: [Range<Int>] = []
        try TabSeparated.forEachLine(places) { line, number in
            lineNumber = number
            TabSeparated.split(places, line, into: &fields)
            guard fields.count >= 10, let kind = PlaceKind(bytes: places[fields[2]]) else {
                throw GazetteerError.malformed(file: source, line: number, reason: "expected 11 tab-separated fields with a known kind")
            }
            let row = Int32(rows.count)
            let latitude = TabSeparated.double(places[fields[6]])
            let longitude = TabSeparated.double(places[fields[7]])
            let country = PackedCode(places[fields[4]])
            let admin1Code = PackedCode(places[fields[5]])
            let featureCode = places[fields[3]]
            let isSeat = featureCode.elementsEqual("PPLC".utf8) || featureCode.elementsEqual("PPLA".utf8)
            rows.append(Row(country: country, kind: kind, isSeat: isSeat, hasCoordinates: latitude != nil && longitude != nil,
                            admin1Row: -1, population: TabSeparated.integer(places[fields[8]]) ?? 0,
                            nameKey: NameKey.key(places[fields[1]]) ?? 0, line: line, latitude: latitude ?? 0, longitude: longitude ?? 0))
            admin1Codes.append(admin1Code)
            func addName(_ range: Range<Int>) {
                let slice = places[range]
                guard let key = NameKey.key(slice) else { return }
                names.insert(key, row: row)
                NameKey.forEachPrefixKey(slice) { names.insertPrefix($0) }
                longest = max(longest, 1 + slice.lazy.filter { $0 == 0x20 || $0 == UInt8(ascii: "-") }.count)
            }
            addName(fields[1])
            var start = fields[9].lowerBound
            for index in fields[9] where places[index] == UInt8(ascii: "|") {
                addName(start..<index)
                start = index + 1
            }
            addName(start..<fields[9].upperBound)
            switch kind {
            case .country: countries[country] = PlaceID(row: row)
            case .admin1:
                // The first division of a code keeps it. Second-level divisions outside the US name
                // their parent by its ISO 3166-2 code ("GB-ENG" for Suffolk, "FR-IDF" for Essonne):
                // the division answers to that too.
                for code in [admin1Code] + (fields.count > 10 && !fields[10].isEmpty ? [PackedCode(places[fields[10]])] : []) {
                    let key = AdminKey(country: country, code: code)
                    if admin1s[key] == nil { admin1s[key] = PlaceID(row: row) }
                }
            default: break
            }
        }
        guard !rows.isEmpty else { throw GazetteerError.malformed(file: source, line: lineNumber, reason: "no entries") }
        for index in rows.indices where (rows[index].kind == .city || rows[index].kind == .admin2) && !admin1Codes[index].isEmpty {
            rows[index].admin1Row = admin1s[AdminKey(country: rows[index].country, code: admin1Codes[index])]?.row ?? -1
        }
        let demonyms = try Self.parseDemonyms(demonymBytes)
        self.rows = StoredArray(rows)
        self.names = names.build()
        self.demonyms = FoldedKeyMap(demonyms.pairs)
        demonymKeys = FoldedKeySet(demonyms.pairs.map(\.0))
        demonymPrefixKeys = FoldedKeySet(demonyms.prefixKeys)
        self.countries = countries
        longestNameWords = longest
    }

    /// Checks a file of entries to add to the bundled ones (`--option places.gazetteer=FILE`): the
    /// bundled file's columns, each row with a name, a kind a user may add, a country code where
    /// there is one, and coordinates, so that a mistake is reported with the user's own line
    /// number and not as a line of the combined text. Countries and continents are ISO 3166's and
    /// GeoNames' alone: their rows come first and are indexed by code.
    public static func checkAdded(_ bytes: [UInt8], source: String) throws {
        var fields: [Range<Int>] = []
        var rows = 0
        try TabSeparated.forEachLine(bytes) { line, number in
            TabSeparated.split(bytes, line, into: &fields)
            func fail(_ reason: String) -> GazetteerError { .malformed(file: source, line: number, reason: reason) }
            guard String(validating: bytes[line], as: UTF8.self) != nil else { throw fail("not UTF-8 text (save the file as UTF-8)") }
            guard fields.count >= 10 else {
                throw fail("expected the 11 tab-separated columns of places.tsv (geonameid, name, kind, feature_code, country, admin1, latitude, longitude, population, aliases, iso), found \(fields.count)")
            }
            guard NameKey.key(bytes[fields[1]]) != nil else { throw fail("the name is empty") }
            guard let kind = PlaceKind(bytes: bytes[fields[2]]), kind > .country else {
                throw fail("kind '\(String(decoding: bytes[fields[2]], as: UTF8.self))' cannot be added: use ADMIN1, ADMIN2, REGION, FEATURE or CITY")
            }
            let country = bytes[fields[4]]
            guard country.isEmpty || country.count == 2 && country.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else {
                throw fail("country '\(String(decoding: country, as: UTF8.self))' is not a two-letter ISO 3166 code")
            }
            guard let latitude = TabSeparated.double(bytes[fields[6]]), let longitude = TabSeparated.double(bytes[fields[7]]),
                  (-90...90).contains(latitude), (-180...180).contains(longitude) else {
                throw fail("latitude and longitude must be decimal degrees (-90...90, -180...180)")
            }
            guard fields[8].isEmpty || TabSeparated.integer(bytes[fields[8]]) != nil else { throw fail("population must be a whole number") }
            rows += 1
        }
        guard rows > 0 else { throw GazetteerError.malformed(file: source, line: 0, reason: "no entries") }
    }

    /// The demonyms file read: (key, country code) in file order (a later line for the same key
    /// wins in the map), and the keys of the demonyms' proper prefixes.
    struct ParsedDemonyms {
        var pairs: [(UInt64, String)] = []
        var prefixKeys: [UInt64] = []
    }

    private static func parseDemonyms(_ bytes: [UInt8]) throws -> ParsedDemonyms {
        var parsed = ParsedDemonyms()
        var fields: [Range<Int>] = []
        try TabSeparated.forEachLine(bytes) { line, number in
            TabSeparated.split(bytes, line, into: &fields)
            guard fields.count >= 2, let key = NameKey.key(bytes[fields[0]]) else {
                throw GazetteerError.malformed(file: "demonyms.tsv", line: number, reason: "expected a demonym and a country code")
            }
            parsed.pairs.append((key, String(decoding: bytes[fields[1]], as: UTF8.self)))
            NameKey.forEachProperPrefixKey(bytes[fields[0]]) { parsed.prefixKeys.append($0) }
        }
        return parsed
    }

    /// Number of entries.
    public var count: Int { rows.count }

    /// Entries whose name or alias folds to `key` (see ``NameKey/key(_:)``), in file order.
    public func places(forKey key: UInt64) -> [PlaceID] {
        var found: [PlaceID] = []
        names.appendPlaces(key, to: &found)
        return found
    }

    /// Appends the entries named `key` to `list`, in file order: for a caller that keeps the
    /// candidates of many names in one list.
    public func appendPlaces(forKey key: UInt64, to list: inout [PlaceID]) {
        names.appendPlaces(key, to: &list)
    }

    /// Calls `body` with each entry named `key`, in no particular order: no array, no sort.
    public func forEachPlace(forKey key: UInt64, _ body: (PlaceID) -> Void) {
        names.forEachRow(key) { body(PlaceID(row: $0)) }
    }

    /// Whether some entry is named `key`: a cheap test before collecting the entries.
    /// The filter's "no" (most keys asked) is answered inline. (This, the demonym tests and the
    /// filter are always inlined: `@inlinable` alone left them calls, tens of thousands per
    /// megabyte of news in the `places` matcher, each costing more than its probe's arithmetic.)
    @inlinable @inline(__always) public func hasPlace(forKey key: UInt64) -> Bool { names.mayContain(key) && names.contains(key) }

    /// False when no entry is named `key`, from the filter alone (inline, without touching the
    /// table); true when one may: a matcher that collects candidate names for a batched lookup
    /// drops most non-names with it.
    @inlinable public func mayHavePlace(forKey key: UInt64) -> Bool { names.mayContain(key) }

    /// False when no name continues, after a space, the words whose key is `key` ("new york"
    /// for "New York City"): a matcher growing a span word by word can stop. True when one may.
    @inlinable public func mayContinueName(key: UInt64) -> Bool { names.mayBePrefix(key) }

    /// Entries named `name` (folded as text is): for tests and tools.
    public func places(named name: String) -> [PlaceID] {
        NameKey.key(name.utf8).map(places(forKey:)) ?? []
    }

    /// The country a demonym or country adjective refers to ("Ukrainian" → "UA").
    @inlinable public func demonymCountry(forKey key: UInt64) -> String? { demonyms[key] }

    /// False when no demonym's folded text begins with the folded word whose key is `key` and
    /// goes on ("Saudi" for "Saudi Arabian"); true when one may.
    @inlinable @inline(__always) public func mayBeginDemonym(key: UInt64) -> Bool { demonymPrefixKeys.contains(key) }

    /// Whether ``demonymCountry(forKey:)`` knows the key.
    @inlinable @inline(__always) public func isDemonym(key: UInt64) -> Bool { demonymKeys.contains(key) }

    /// The country entry for an ISO 3166-1 alpha-2 code.
    public func country(code: String) -> PlaceID? { countries[PackedCode(code)] }

    /// The first-level division an entry lies in (for cities and second-level divisions).
    @inlinable public func admin1(of id: PlaceID) -> PlaceID? {
        let row = rows[Int(id.row)].admin1Row
        return row >= 0 ? PlaceID(row: row) : nil
    }

    /// A capital or a first-level seat (GeoNames PPLC, PPLA).
    @inlinable public func isSeat(_ id: PlaceID) -> Bool { rows[Int(id.row)].isSeat }

    // MARK: - Fields

    @inlinable public func kind(_ id: PlaceID) -> PlaceKind { rows[Int(id.row)].kind }
    public func countryCode(_ id: PlaceID) -> String { rows[Int(id.row)].country.string }
    /// The country as a number (0 for none): for tallying countries without making Strings.
    @inlinable public func countryKey(_ id: PlaceID) -> UInt64 { rows[Int(id.row)].country.packed }
    /// The number ``countryKey(_:)`` gives for an ISO 3166-1 alpha-2 code.
    public static func countryKey(code: String) -> UInt64 { PackedCode(code).packed }
    /// The country code without making a String: for comparing two entries' countries.
    public func sameCountry(_ a: PlaceID, _ b: PlaceID) -> Bool { rows[Int(a.row)].country == rows[Int(b.row)].country }
    @inlinable public func population(_ id: PlaceID) -> Int { rows[Int(id.row)].population }
    /// Whether the entry is one of the user's added ones (``init(directory:adding:cache:)``),
    /// which the user has said are places to find.
    public func isAdded(_ id: PlaceID) -> Bool { rows[Int(id.row)].line.lowerBound >= addedEntriesStart }
    public func coordinates(_ id: PlaceID) -> (latitude: Double, longitude: Double)? {
        let row = rows[Int(id.row)]
        return row.hasCoordinates ? (row.latitude, row.longitude) : nil
    }

    /// Every field of an entry, read from the file.
    public func entry(_ id: PlaceID) -> PlaceEntry {
        let row = rows[Int(id.row)]
        // Fields 0-8, then the last one (10): the aliases between them are most of a big city's line.
        var fields: [Range<Int>] = []
        fields.reserveCapacity(9)
        TabSeparated.split(bytes, row.line, into: &fields, first: 9)
        func text(_ index: Int) -> String { index < fields.count ? string(fields[index]) : "" }
        var iso = ""
        if fields.count == 9, fields[8].upperBound < row.line.upperBound,
           let aliasesEnd = bytes[(fields[8].upperBound + 1)..<row.line.upperBound].firstIndex(of: 0x09) {
            let isoEnd = bytes[(aliasesEnd + 1)..<row.line.upperBound].firstIndex(of: 0x09) ?? row.line.upperBound
            iso = string((aliasesEnd + 1)..<isoEnd)
        }
        return PlaceEntry(
            id: id, geonameID: TabSeparated.integer(bytes[fields[0]]), name: text(1), kind: row.kind, featureCode: text(3),
            country: row.country.string, admin1Code: text(5),
            latitude: row.hasCoordinates ? row.latitude : nil, longitude: row.hasCoordinates ? row.longitude : nil,
            population: row.population, iso: iso)
    }

    /// The GeoNames id, name and feature code (fields 0, 1, 3) as ``entry(_:)`` reads them,
    /// without the rest of the line: the other fields of an entry are on its row already, and
    /// the ISO code sits after the aliases, most of a big city's line.
    /// (Split and decoded through one buffer of the mapped text: through the stored array's
    /// checked subscript, byte by byte, reading an entry cost several times more.)
    public func leadingFields(_ id: PlaceID) -> (geonameID: Int?, name: String, featureCode: String) {
        let line = rows[Int(id.row)].line
        return bytes.withUnsafeBufferPointer { bytes in
            var fields: [Range<Int>] = []
            fields.reserveCapacity(4)
            TabSeparated.split(bytes, line, into: &fields, first: 4)
            func text(_ index: Int) -> String {
                index < fields.count ? String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[index]]), as: UTF8.self) : ""
            }
            return (TabSeparated.integer(UnsafeBufferPointer(rebasing: bytes[fields[0]])), text(1), text(3))
        }
    }

    /// The feature code (field 3) packed as ``StateAbbreviations/packed(_:)`` packs bytes, the
    /// first in the low byte; 0 for an entry without one. Without a String: the resolver asks it
    /// of big towns that share a name, where ``leadingFields(_:)`` cost a thousand instructions.
    public func packedFeatureCode(_ id: PlaceID) -> UInt64 {
        let line = rows[Int(id.row)].line
        return bytes.withUnsafeBufferPointer { bytes in
            var tabs = 0, index = line.lowerBound
            while index < line.upperBound, tabs < 3 {
                if bytes[index] == 9 { tabs += 1 }
                index += 1
            }
            var code: UInt64 = 0, shift: UInt64 = 0
            while index < line.upperBound, bytes[index] != 9, shift < 64 {
                code |= UInt64(bytes[index]) << shift
                shift += 8
                index += 1
            }
            return code
        }
    }

    /// The entry's name alone (field 1), without reading the rest of its line.
    public func name(_ id: PlaceID) -> String {
        let line = rows[Int(id.row)].line
        return bytes.withUnsafeBufferPointer { bytes in
            var fields: [Range<Int>] = []
            fields.reserveCapacity(2)
            TabSeparated.split(bytes, line, into: &fields, first: 2)
            return fields.count == 2 ? String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[1]]), as: UTF8.self) : ""
        }
    }

    /// Whether the entry's own name, not only an alias, folds to `key`: "Venice" is Venice,
    /// Italy by name and Dayton, Ohio only by an old alias.
    @inlinable public func isNamed(_ id: PlaceID, key: UInt64) -> Bool { rows[Int(id.row)].nameKey == key }

    /// The text of `range` of the file's bytes, decoded from one buffer: a slice of the mapped
    /// bytes took the generic, byte-by-byte path (most of the cost of reading an entry).
    private func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Great-circle distance in kilometres between two entries (nil without coordinates).
    public func distance(_ a: PlaceID, _ b: PlaceID) -> Double? {
        guard let first = coordinates(a), let second = coordinates(b) else { return nil }
        return GreatCircle.kilometres(first, second)
    }

    // MARK: - Loading

    /// The gazetteer shipped with the package, loaded once per process on first use.
    public static func bundled() throws -> Gazetteer { try sharedBundled.get() }

    /// The gazetteer shipped with the package and the entries of `added` (see
    /// ``checkAdded(_:source:)``): a new instance each time, through the load cache.
    public static func bundled(adding added: URL) throws -> Gazetteer {
        try Gazetteer(directory: bundledDirectory(), adding: added, cache: GazetteerCache.standard)
    }

    private static let sharedBundled: Result<Gazetteer, any Error> = Result {
        try Gazetteer(directory: bundledDirectory(), cache: GazetteerCache.standard)
    }

    private static func bundledDirectory() throws -> URL {
        guard let directory = Bundle.module.url(forResource: "Data", withExtension: nil) else {
            throw GazetteerError.unreadable(path: Bundle.module.bundlePath + "/Data", reason: "the package's gazetteer data is missing")
        }
        return directory
    }

    private static func read(_ url: URL) throws -> [UInt8] {
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw GazetteerError.unreadable(path: url.relativePath, reason: error.localizedDescription)
        }
    }
}

/// A short ASCII code (ISO country "UA", GeoNames admin1 "07" or "CA") packed into an integer;
/// longer codes (rare ISO parents) keep a hash of their bytes. Plain data, so the rows that
/// hold it can be written to and read from the load cache as raw bytes.
@usableFromInline struct PackedCode: Hashable, Sendable {
    @usableFromInline let value: UInt64
    @usableFromInline let length: UInt8

    init(_ bytes: ArraySlice<UInt8>) {
        var value: UInt64 = 0
        if bytes.count <= 8 {
            for byte in bytes { value = value << 8 | UInt64(byte) }
        } else {
            value = NameKey.asciiKey(bytes) ?? 0 // long codes are compared, never printed
        }
        self.value = value
        length = UInt8(min(bytes.count, 255))
    }

    /// The code of a String, without copying its bytes into an array first (the resolver packs
    /// every demonym's country).
    init(_ code: String) {
        var code = code
        self = code.withUTF8 { bytes in
            bytes.count <= 8 ? PackedCode(shortCode: bytes) : PackedCode(Array(bytes)[...])
        }
    }

    private init(shortCode bytes: UnsafeBufferPointer<UInt8>) {
        var value: UInt64 = 0
        for byte in bytes { value = value << 8 | UInt64(byte) }
        self.value = value
        length = UInt8(bytes.count)
    }

    var isEmpty: Bool { length == 0 }

    /// One number per code (the length in the top byte keeps "A" and "\0A" apart).
    @inlinable var packed: UInt64 { length == 0 ? 0 : value ^ UInt64(length) << 56 }

    /// The code as text; only codes of up to 8 bytes (every country code) can be read back.
    var string: String {
        let count = min(Int(length), 8)
        // Into the String's own storage: no array per code (entries are read with their code).
        return String(unsafeUninitializedCapacity: count) { buffer in // (invalid UTF-8 repaired, as by `String(decoding:)`)
            for index in 0..<count { buffer[index] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(count - 1 - index))) }
            return count
        }
    }
}

/// A first-level division's key: its country and GeoNames admin1 code.
struct AdminKey: Hashable, Sendable {
    var country: PackedCode
    var code: PackedCode
}

/// Why a gazetteer could not be loaded.
public enum GazetteerError: Error, CustomStringConvertible, Sendable {
    case unreadable(path: String, reason: String)
    case malformed(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "cannot read gazetteer file \(path): \(reason)"
        case let .malformed(file, line, reason): "\(file):\(line): \(reason)"
        }
    }
}

/// Distances on the sphere (haversine; mean Earth radius).
public enum GreatCircle {
    public static func kilometres(_ a: (latitude: Double, longitude: Double), _ b: (latitude: Double, longitude: Double)) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians
        let dLon = (b.longitude - a.longitude) * radians
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371.0088 * asin(min(1, sqrt(h)))
    }
}
