public import Foundation

/// A binary copy of the parsed gazetteer, memory-mapped by the processes that follow, so a
/// start costs a few page faults instead of parsing 12 MB of text (about 0.3 s).
///
/// The cache is derived data, never shipped: the first process to load a gazetteer writes it,
/// the next ones map it (see ``StoredArray`` for why mapped, not read). It holds the rows, the
/// name index with its filter, and the source text itself, from which entries' other fields are
/// read on demand: a hit never reads `places.tsv`. It is named by a fingerprint of the source
/// files (their sizes, modification times and file numbers, as `make` and Python's bytecode
/// cache judge staleness: hashing the 12 MB of text took 24 M instructions a start) and by the
/// row layout, so a new gazetteer or a new build never reads a stale cache; a missing,
/// unreadable or corrupt cache just means parsing the text again. It lives in
/// `$ANALYZE_CACHE_DIR` (empty: no cache), else `$XDG_CACHE_HOME/analyze`, else
/// `~/.cache/analyze`.
public struct GazetteerCache: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The cache location from the environment, or nil when caching is turned off.
    public static var standard: GazetteerCache? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["ANALYZE_CACHE_DIR"] {
            return path.isEmpty ? nil : GazetteerCache(directory: URL(fileURLWithPath: path))
        }
        if let path = environment["XDG_CACHE_HOME"], !path.isEmpty {
            return GazetteerCache(directory: URL(fileURLWithPath: path).appendingPathComponent("analyze"))
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return GazetteerCache(directory: URL(fileURLWithPath: home).appendingPathComponent(".cache/analyze"))
    }

    /// What parsing produces and the cache keeps.
    struct Index {
        var text: StoredArray<UInt8>
        var rows: StoredArray<Gazetteer.Row>
        var names: NameIndex
        var longestNameWords: Int
    }

    // Bumped whenever `Gazetteer.Row` or the file's layout changes meaning, not only size (the
    // stride is checked too).
    // (4: the name index's filter of names' leading words, its size the last header word.
    // 6: rows of 64 bytes, hot fields first, without the division's code; the name index's keys
    // and rows in one array of slots. 7: the leading words' bits in the names' filter, no
    // filter of their own.)
    private static let magic: UInt64 = 0x385F_5A41_4743_4E41 // "ANCGAZ_8": bumped when the rows' links change

    /// A name for the current state of the source files, or nil when one cannot be read (then
    /// the caller parses, and the error about the file comes from reading it).
    static func fingerprint(of files: [URL]) -> UInt64? {
        var hasher = Hasher64()
        for file in files {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
                  let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date else { return nil }
            let fileNumber = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
            for word in [size.uint64Value, modified.timeIntervalSince1970.bitPattern, fileNumber] {
                withUnsafeBytes(of: word.littleEndian) { for byte in $0 { hasher.combine(byte) } }
            }
        }
        return hasher.value
    }

    /// The index cached under `fingerprint`, or nil (then the caller parses the text).
    func load(fingerprint: UInt64) -> Index? {
        guard _isPOD(Gazetteer.Row.self),
              var reader = CacheFile.Reader(path: file(Self.gazetteerFamily, fingerprint).path, magic: Self.magic,
                                            fingerprint: fingerprint, headerWords: 6),
              reader.header[3] == UInt64(MemoryLayout<Gazetteer.Row>.stride) else { return nil }
        let counts = reader.header.map { Int(truncatingIfNeeded: $0) }
        let (rowCount, slotCount, longest, filterCount, textCount) = (counts[0], counts[1], counts[2], counts[4], counts[5])
        guard rowCount > 0, let rows = reader.section(rowCount, of: Gazetteer.Row.self),
              let slots = reader.section(slotCount, of: NameIndex.Slot.self),
              let filter = reader.section(filterCount, of: UInt64.self), let text = reader.section(textCount, of: UInt8.self),
              reader.isAtEnd, let names = NameIndex(slots: slots, filter: filter) else { return nil }
        // The contents are trusted, not scanned: checking every row would touch all 40 MB at
        // each start. The file is this package's own, renamed into place whole; a damaged one
        // can at worst trap on a bounds check, never read outside its memory.
        return Index(text: text, rows: rows, names: names, longestNameWords: longest)
    }

    /// Writes the index for later processes; failure (read-only home, full disk) only costs speed.
    func store(_ index: Index, fingerprint: UInt64) {
        guard _isPOD(Gazetteer.Row.self) else { return }
        let (slots, filter) = index.names.storage
        var writer = CacheFile.Writer(magic: Self.magic, fingerprint: fingerprint, header: [
            UInt64(index.rows.count), UInt64(slots.count), UInt64(index.longestNameWords),
            UInt64(MemoryLayout<Gazetteer.Row>.stride), UInt64(filter.count), UInt64(index.text.count),
        ])
        writer.append(index.rows)
        writer.append(slots)
        writer.append(filter)
        writer.append(index.text)
        write(writer.bytes, to: file(Self.gazetteerFamily, fingerprint), family: Self.gazetteerFamily)
    }

    // MARK: - The lexicon

    private static let lexiconMagic: UInt64 = 0x325F_5845_4C43_4E41 // "ANCLEX_2": with the organizations

    /// The lexicon's tables cached under `fingerprint` (copied out: they are small, and
    /// ``FoldedKeyMap`` owns its arrays), or nil.
    func loadLexicon(fingerprint: UInt64) -> Lexicon.Tables? {
        guard var reader = CacheFile.Reader(path: file(Self.lexiconFamily, fingerprint).path, magic: Self.lexiconMagic,
                                            fingerprint: fingerprint, headerWords: 10),
              reader.header[6] == UInt64(MemoryLayout<Lexicon.WordCase?>.stride),
              reader.header[9] == UInt64(MemoryLayout<Lexicon.KnownOrganization?>.stride) else { return nil }
        let counts = reader.header.map { Int(truncatingIfNeeded: $0) }
        func map<Value>(slots: Int, used: Int, of _: Value.Type) -> FoldedKeyMap<Value>? {
            guard let keys = reader.section(slots, of: UInt64.self), let values = reader.section(slots, of: Value?.self) else { return nil }
            return FoldedKeyMap<Value>(keys: keys.withUnsafeBufferPointer(Array.init), values: values.withUnsafeBufferPointer(Array.init), used: used)
        }
        guard let wordCase = map(slots: counts[0], used: counts[1], of: Lexicon.WordCase.self),
              let givenNames = map(slots: counts[2], used: counts[3], of: Bool.self),
              let surnames = map(slots: counts[4], used: counts[5], of: Bool.self),
              let organizations = map(slots: counts[7], used: counts[8], of: Lexicon.KnownOrganization.self), reader.isAtEnd else { return nil }
        return Lexicon.Tables(wordCase: wordCase, givenNames: FoldedKeySet(table: givenNames), surnames: FoldedKeySet(table: surnames),
                              organizations: organizations)
    }

    func storeLexicon(_ tables: Lexicon.Tables, fingerprint: UInt64) {
        let maps = [tables.givenNames.table, tables.surnames.table]
        var writer = CacheFile.Writer(magic: Self.lexiconMagic, fingerprint: fingerprint, header: [
            UInt64(tables.wordCase.keys.count), UInt64(tables.wordCase.used),
            UInt64(maps[0].keys.count), UInt64(maps[0].used), UInt64(maps[1].keys.count), UInt64(maps[1].used),
            UInt64(MemoryLayout<Lexicon.WordCase?>.stride),
            UInt64(tables.organizations.keys.count), UInt64(tables.organizations.used),
            UInt64(MemoryLayout<Lexicon.KnownOrganization?>.stride),
        ])
        writer.append(tables.wordCase.keys)
        writer.append(tables.wordCase.values)
        for map in maps {
            writer.append(map.keys)
            writer.append(map.values)
        }
        writer.append(tables.organizations.keys)
        writer.append(tables.organizations.values)
        write(writer.bytes, to: file(Self.lexiconFamily, fingerprint), family: Self.lexiconFamily)
    }

    // MARK: - Files

    private static let gazetteerFamily = "gazetteer"
    private static let lexiconFamily = "lexicon"

    private func write(_ data: Data, to target: URL, family: String) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? data.write(to: target, options: .atomic) // atomic: readers never see half a file
        removeStaleCaches(keeping: target.lastPathComponent, family: family)
    }

    /// How many caches of other data or layouts each family keeps beside the current one.
    static let keptOtherVersions = 2

    /// Caches of earlier data are deleted, except the most recently written few: two builds
    /// with different data in use at once (an installed release and a checkout) each keep
    /// theirs, instead of deleting each other's and re-parsing at every start.
    private func removeStaleCaches(keeping current: String, family: String) {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
        // (Unversioned names, "gazetteer-<hash>.bin", only the first layout wrote.)
        for name in names where name.hasSuffix(".bin") && name.hasPrefix("\(family)-") && !name.hasPrefix("\(family)-v") {
            try? manager.removeItem(at: directory.appendingPathComponent(name))
        }
        let others = names.filter { $0.hasSuffix(".bin") && $0.hasPrefix("\(family)-v") && $0 != current }.map { name in
            let url = directory.appendingPathComponent(name)
            let written = (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            return (url, written)
        }
        for (url, _) in others.sorted(by: { $0.1 > $1.1 }).dropFirst(Self.keptOtherVersions) {
            try? manager.removeItem(at: url)
        }
    }

    /// Names carry the layout: two installed versions with different layouts keep a cache each,
    /// instead of rejecting and overwriting each other's on every start; caches of earlier
    /// layouts age out like those of earlier data.
    private func file(_ family: String, _ fingerprint: UInt64) -> URL {
        let (magic, stride) = family == Self.lexiconFamily
            ? (Self.lexiconMagic, MemoryLayout<Lexicon.WordCase?>.stride) : (Self.magic, MemoryLayout<Gazetteer.Row>.stride)
        // The magic's last digit is the layout version.
        return directory.appendingPathComponent("\(family)-v\((magic >> 56) - 0x30)-\(stride)-\(String(fingerprint, radix: 16)).bin")
    }
}
