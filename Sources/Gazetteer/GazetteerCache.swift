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
    // (4: the name index's filter of names' leading words, and its size in the last header word.)
    private static let magic: UInt64 = 0x345F_5A41_4743_4E41 // "ANCGAZ_4"
    private static let headerWords = 10
    /// Sections start on cache-line boundaries, so mapped rows and keys are aligned.
    private static let sectionAlignment = 64

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
        guard _isPOD(Gazetteer.Row.self), let file = MappedFile(path: self.file(fingerprint).path),
              file.word(0) == Self.magic, file.word(1) == fingerprint,
              let rowCount = file.word(2).map(Int.init), let slotCount = file.word(3).map(Int.init),
              let longest = file.word(4).map(Int.init), file.word(5) == UInt64(MemoryLayout<Gazetteer.Row>.stride),
              let filterCount = file.word(6).map(Int.init), let textCount = file.word(7).map(Int.init),
              let fileSize = file.word(8), fileSize == UInt64(file.bytes.count),
              let prefixFilterCount = file.word(9).map(Int.init) else { return nil }
        var offset = Self.headerWords * 8
        func section<Element>(_ count: Int, of _: Element.Type) -> StoredArray<Element>? {
            offset = Self.aligned(offset)
            defer { offset += count * MemoryLayout<Element>.stride }
            return StoredArray(file, byteOffset: offset, count: count)
        }
        guard rowCount > 0, let rows = section(rowCount, of: Gazetteer.Row.self),
              let keys = section(slotCount, of: UInt64.self), let slots = section(slotCount, of: Int32.self),
              let filter = section(filterCount, of: UInt64.self), let text = section(textCount, of: UInt8.self),
              let prefixFilter = section(prefixFilterCount, of: UInt64.self),
              Self.aligned(offset) == Self.aligned(file.bytes.count),
              let names = NameIndex(keys: keys, rows: slots, filter: filter, prefixFilter: prefixFilter) else { return nil }
        // The contents are trusted, not scanned: checking every row would touch all 40 MB at
        // each start. The file is this package's own, renamed into place whole; a damaged one
        // can at worst trap on a bounds check, never read outside its memory.
        return Index(text: text, rows: rows, names: names, longestNameWords: longest)
    }

    /// Writes the index for later processes; failure (read-only home, full disk) only costs speed.
    func store(_ index: Index, fingerprint: UInt64) {
        guard _isPOD(Gazetteer.Row.self) else { return }
        let (keys, slots, filter, prefixFilter) = index.names.storage
        var data = Data()
        var header = [Self.magic, fingerprint, UInt64(index.rows.count), UInt64(keys.count), UInt64(index.longestNameWords),
                      UInt64(MemoryLayout<Gazetteer.Row>.stride), UInt64(filter.count), UInt64(index.text.count), 0,
                      UInt64(prefixFilter.count)]
        func append<Element>(_ elements: StoredArray<Element>) {
            data.append(contentsOf: [UInt8](repeating: 0, count: Self.aligned(data.count) - data.count))
            elements.withUnsafeBufferPointer { data.append(contentsOf: UnsafeRawBufferPointer($0)) }
        }
        header.withUnsafeBytes { data.append(contentsOf: $0) } // the size word is patched below
        append(index.rows)
        append(keys)
        append(slots)
        append(filter)
        append(index.text)
        append(prefixFilter)
        header[8] = UInt64(data.count)
        data.replaceSubrange(0..<(header.count * 8), with: header.withUnsafeBytes { Data($0) })
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let target = file(fingerprint)
        try? data.write(to: target, options: .atomic) // atomic: readers never see half a file
        removeStaleCaches(keeping: target.lastPathComponent)
    }

    private static func aligned(_ offset: Int) -> Int {
        (offset + sectionAlignment - 1) / sectionAlignment * sectionAlignment
    }

    /// How many caches of other gazetteer data or layouts are kept beside the current one.
    static let keptOtherVersions = 2

    /// Caches of earlier gazetteer data are deleted, except the most recently written few:
    /// two builds with different data in use at once (an installed release and a checkout)
    /// each keep theirs, instead of deleting each other's and re-parsing at every start.
    private func removeStaleCaches(keeping current: String) {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
        // (Unversioned names, "gazetteer-<hash>.bin", only the first layout wrote.)
        for name in names where name.hasSuffix(".bin") && name.hasPrefix("gazetteer-") && !name.hasPrefix("gazetteer-v") {
            try? manager.removeItem(at: directory.appendingPathComponent(name))
        }
        let others = names.filter { $0.hasSuffix(".bin") && $0.hasPrefix("gazetteer-v") && $0 != current }.map { name in
            let url = directory.appendingPathComponent(name)
            let written = (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            return (url, written)
        }
        for (url, _) in others.sorted(by: { $0.1 > $1.1 }).dropFirst(Self.keptOtherVersions) {
            try? manager.removeItem(at: url)
        }
    }

    private func file(_ fingerprint: UInt64) -> URL {
        directory.appendingPathComponent("\(Self.filePrefix)\(String(fingerprint, radix: 16)).bin")
    }

    /// Names carry the layout: two installed versions with different row layouts keep a cache
    /// each, instead of rejecting and overwriting each other's on every start; caches of
    /// earlier layouts age out like those of earlier data.
    private static var filePrefix: String {
        "gazetteer-v\((magic >> 56) - 0x30)-\(MemoryLayout<Gazetteer.Row>.stride)-" // the magic's last digit
    }
}
