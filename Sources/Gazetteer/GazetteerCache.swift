public import Foundation

/// A binary copy of the parsed gazetteer, so a process loads it in milliseconds instead of
/// parsing 12 MB of text (about 0.25 s) every time it starts.
///
/// The cache is derived data, never shipped: the first process to load a gazetteer writes it,
/// the next ones read it. It is keyed by a hash of the source files and by the row layout, so
/// a new gazetteer or a new build never reads a stale cache; a missing, unreadable or corrupt
/// cache just means parsing the text again. It lives in `$ANALYZE_CACHE_DIR` (empty: no cache),
/// else `$XDG_CACHE_HOME/analyze`, else `~/.cache/analyze`.
///
/// This is the one file of the package that reads and writes raw memory: rows and index tables
/// are plain data (`_isPOD` is checked), copied as bytes.
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
        var rows: [Gazetteer.Row]
        var names: NameIndex
        var longestNameWords: Int
    }

    // Bumped whenever `Gazetteer.Row` changes meaning, not only size (the stride is checked too).
    // 3: the name index's two filters are stored, not rebuilt.
    private static let magic: UInt64 = 0x335F_5A41_4743_4E41 // "ANCGAZ_3"
    private static let headerWords = 7

    /// The index cached for these source files, or nil (then the caller parses them).
    func load(places: [UInt8], demonyms: [UInt8]) -> Index? {
        guard _isPOD(Gazetteer.Row.self),
              let data = try? Data(contentsOf: file(places: places, demonyms: demonyms), options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { raw -> Index? in
            let wordSize = MemoryLayout<UInt64>.size
            guard raw.count >= Self.headerWords * wordSize else { return nil }
            func word(_ index: Int) -> Int { Int(truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: index * wordSize, as: UInt64.self)) }
            let rowCount = word(3), slotCount = word(4), longest = word(5), rowStride = word(6)
            let rowBytes = rowCount * MemoryLayout<Gazetteer.Row>.stride
            let keyBytes = slotCount * MemoryLayout<UInt64>.stride
            let slotBytes = slotCount * MemoryLayout<Int32>.stride
            let filterBytes = (NameIndex.filterWords + NameIndex.prefixFilterWords) * MemoryLayout<UInt64>.stride
            guard UInt64(truncatingIfNeeded: word(0)) == Self.magic, UInt64(truncatingIfNeeded: word(1)) == Self.sourceHash(places, demonyms),
                  rowStride == MemoryLayout<Gazetteer.Row>.stride, rowCount > 0, slotCount > 0,
                  raw.count == Self.headerWords * wordSize + rowBytes + keyBytes + slotBytes + filterBytes else { return nil }
            var offset = Self.headerWords * wordSize
            func array<Element>(_ count: Int, of _: Element.Type) -> [Element] {
                let bytes = count * MemoryLayout<Element>.stride
                defer { offset += bytes }
                return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + bytes)]))
                    initialized = count
                }
            }
            let rows = array(rowCount, of: Gazetteer.Row.self)
            let keys = array(slotCount, of: UInt64.self)
            let slots = array(slotCount, of: Int32.self)
            let filter = array(NameIndex.filterWords, of: UInt64.self)
            let prefixFilter = array(NameIndex.prefixFilterWords, of: UInt64.self)
            // Rows must point inside the text they were parsed from.
            guard rows.allSatisfy({ $0.line.upperBound <= places.count && $0.line.lowerBound >= 0 }),
                  slots.allSatisfy({ $0 < rowCount }),
                  let names = NameIndex(keys: keys, rows: slots, filter: filter, prefixFilter: prefixFilter) else { return nil }
            return Index(rows: rows, names: names, longestNameWords: longest)
        }
    }

    /// Writes the index for later processes; failure (read-only home, full disk) only costs speed.
    func store(_ index: Index, places: [UInt8], demonyms: [UInt8]) {
        guard _isPOD(Gazetteer.Row.self) else { return }
        let (keys, slots, filter, prefixFilter) = index.names.storage
        var data = Data()
        for word in [Self.magic, Self.sourceHash(places, demonyms), 0, UInt64(index.rows.count), UInt64(keys.count),
                     UInt64(index.longestNameWords), UInt64(MemoryLayout<Gazetteer.Row>.stride)] {
            withUnsafeBytes(of: word.littleEndian) { data.append(contentsOf: $0) }
        }
        index.rows.withUnsafeBytes { data.append(contentsOf: $0) }
        keys.withUnsafeBytes { data.append(contentsOf: $0) }
        slots.withUnsafeBytes { data.append(contentsOf: $0) }
        filter.withUnsafeBytes { data.append(contentsOf: $0) }
        prefixFilter.withUnsafeBytes { data.append(contentsOf: $0) }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let target = file(places: places, demonyms: demonyms)
        try? data.write(to: target, options: .atomic) // atomic: readers never see half a file
        removeStaleCaches(keeping: target.lastPathComponent)
    }

    /// How many caches of other gazetteer data this layout keeps beside the current one.
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
        let others = names.filter { $0.hasSuffix(".bin") && $0.hasPrefix(Self.filePrefix) && $0 != current }.map { name in
            let url = directory.appendingPathComponent(name)
            let written = (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            return (url, written)
        }
        for (url, _) in others.sorted(by: { $0.1 > $1.1 }).dropFirst(Self.keptOtherVersions) {
            try? manager.removeItem(at: url)
        }
    }

    private func file(places: [UInt8], demonyms: [UInt8]) -> URL {
        directory.appendingPathComponent("\(Self.filePrefix)\(String(Self.sourceHash(places, demonyms), radix: 16)).bin")
    }

    /// Names carry the layout: two installed versions with different row layouts keep a cache
    /// each, instead of rejecting and overwriting each other's on every start.
    private static var filePrefix: String {
        "gazetteer-v\((magic >> 56) - 0x30)-\(MemoryLayout<Gazetteer.Row>.stride)-" // the magic's last digit
    }

    /// A fast 64-bit hash of the source files: it names the cache file, so a changed
    /// gazetteer is a different file. Every start hashes 12 MB, so four independent lanes of 8
    /// bytes run side by side (one lane was a dependency chain of multiplies: ~10 ms a start).
    static func sourceHash(_ places: [UInt8], _ demonyms: [UInt8]) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15 ^ UInt64(places.count), UInt64(demonyms.count) << 32, 1, 2)
        for bytes in [places, demonyms] {
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset + 32 <= raw.count {
                    lanes.0 = (lanes.0 ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
                    lanes.1 = (lanes.1 ^ raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* prime
                    lanes.2 = (lanes.2 ^ raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* prime
                    lanes.3 = (lanes.3 ^ raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* prime
                    lanes.0 ^= lanes.0 >> 29; lanes.1 ^= lanes.1 >> 29; lanes.2 ^= lanes.2 >> 29; lanes.3 ^= lanes.3 >> 29
                    offset += 32
                }
                while offset < raw.count {
                    lanes.0 = (lanes.0 ^ UInt64(raw[offset])) &* prime
                    offset += 1
                }
            }
            // Mixed between the files, so moving bytes from one file to the other changes the hash.
            lanes.0 = (lanes.0 ^ lanes.1 ^ lanes.2 ^ lanes.3) &* prime
        }
        var hash = lanes.0 ^ lanes.1 &* 3 ^ lanes.2 &* 5 ^ lanes.3 &* 7
        hash ^= hash >> 31
        return hash
    }
}
