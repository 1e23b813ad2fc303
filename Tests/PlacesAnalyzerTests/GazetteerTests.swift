import Foundation
import Gazetteer
import Testing

@Suite("gazetteer: names, entries, bad data")
struct GazetteerTests {
    @Test("folding removes what varies in news spelling", arguments: [
        ("Kup’yansk", "kupyansk"), ("Kup'yansk", "kupyansk"), ("KUPYANSK", "kupyansk"), ("Côte d’Ivoire", "cote divoire"),
        ("Guinea-Bissau", "guinea bissau"), ("U.S.", "us"), ("São  Paulo", "sao paulo"), ("Zürich", "zurich"),
    ])
    func folding(_ written: String, _ folded: String) {
        #expect(NameKey.folded(written) == folded)
        #expect(NameKey.key(written.utf8) == NameKey.key(folded.utf8))
    }

    @Test("a key grown token by token equals the key of the whole name", arguments: [
        (["New", "York"], true), (["Democratic", "Republic", "of", "the", "Congo"], true), (["U.", "S."], false),
        (["São", "Paulo"], true), (["Côte", "d’Ivoire"], true), (["Kharkiv", "Oblast"], true),
        (["Al", "Qaim-2"], true), (["St", ".John's"], false), (["Kyiv", "’s"], false), (["New", "  York"], true),
    ])
    func continuedKeys(_ parts: [String], _ separated: Bool) throws {
        var key = try #require(NameKey.key(Array(parts[0].utf8)[...]))
        var bufferKey = key
        for part in parts.dropFirst() {
            key = NameKey.key(continuing: key, with: Array(part.utf8)[...], separated: separated)
            bufferKey = Array(part.utf8).withUnsafeBufferPointer { NameKey.key(continuing: bufferKey, with: $0, separated: separated) }
        }
        #expect(key == NameKey.key(parts.joined(separator: separated ? " " : "").utf8))
        #expect(bufferKey == key)
    }

    @Test("the ASCII fast path gives the keys the full fold gives", arguments: [
        "Kupiansk", "U.S.", "Guinea-Bissau", "  New   York ", "O'Brien", "St. John's", "a,b", "-", "...", "Kyiv`s", "X\tY",
        "", "Kyiv2", "Côte d’Ivoire", "Zürich", "al-Bab", "S.", "sub-Saharan", "AL-BAB",
    ])
    func asciiFastPath(_ name: String) {
        #expect(NameKey.key(Array(name.utf8)[...]) == NameKey.key(name.utf8))
        #expect(Array(name.utf8).withUnsafeBufferPointer { NameKey.key($0) } == NameKey.key(name.utf8))
    }

    @Test("a word keyed eight bytes at a time inside a text keys as the word alone", arguments: [
        "Kyiv", "U.S.", "Guinea-Bissau", "Massachusetts", "Kharkivska", "Pennsylvania's", "O'Brien", "Zürich", "Kyiv2",
        "a", "Z", "[", "AbcdefgH", "Abcdefgh-", "Abcdefg'", "Côte", "@Kyiv", "`Kyiv",
    ])
    func eightBytesAtATime(_ name: String) {
        // Letters after the word, and text to its end: the key reads past the word, never past the text.
        for (before, after) in [("", "abcdefghij"), ("The ", " said more"), ("x", ""), ("", "")] {
            let text = Array((before + name + after).utf8)
            let range = before.utf8.count..<(before.utf8.count + name.utf8.count)
            #expect(text.withUnsafeBufferPointer { NameKey.key(range, in: $0) } == NameKey.key(name.utf8))
        }
    }

    @Test func bundledEntries() throws {
        let gazetteer = try Gazetteer.bundled()
        #expect(gazetteer.count > 150_000)
        let kupiansk = try #require(gazetteer.places(named: "Kupyansk").map(gazetteer.entry).first { $0.kind == .city })
        #expect(kupiansk.name == "Kupiansk" && kupiansk.country == "UA" && kupiansk.geonameID == 703656)
        let leading = gazetteer.leadingFields(kupiansk.id)
        #expect(leading.geonameID == kupiansk.geonameID && leading.name == kupiansk.name && leading.featureCode == kupiansk.featureCode)
        let us = try #require(gazetteer.country(code: "US"))
        #expect(gazetteer.places(named: "U.S.").contains(us))
        #expect(gazetteer.places(named: "Britain").contains(try #require(gazetteer.country(code: "GB"))))
        let kharkivOblast = try #require(gazetteer.places(named: "Kharkiv Oblast").first)
        #expect(gazetteer.kind(kharkivOblast) == .admin1)
        #expect(gazetteer.admin1(of: kupiansk.id) == kharkivOblast)
        #expect(gazetteer.demonymCountry(forKey: NameKey.key("Ukrainian".utf8)!) == "UA")
    }

    @Test func distances() throws {
        let gazetteer = try Gazetteer.bundled()
        let kyiv = try #require(gazetteer.places(named: "Kyiv").first { gazetteer.kind($0) == .city })
        let kharkiv = try #require(gazetteer.places(named: "Kharkiv").first { gazetteer.kind($0) == .city })
        let km = try #require(gazetteer.distance(kyiv, kharkiv))
        #expect(km > 400 && km < 430) // about 410 km on the great circle
    }

    /// ISO 3166-2 lists these divisions, GeoNames' first level does not: their point and people
    /// come from the towns GeoNames puts in a county of that name (tools/gazetteer/build.py).
    @Test("divisions only ISO lists still have a point and people", arguments: [
        ("Dorset", "GB", 50.75, -2.33), ("Suffolk", "GB", 52.19, 0.97), ("Fife", "GB", 56.23, -3.15),
        ("Pangasinan", "PH", 15.90, 120.33), ("Aceh", "ID", 4.37, 96.93),
    ])
    func isoDivisionPoints(_ name: String, _ country: String, _ latitude: Double, _ longitude: Double) throws {
        let gazetteer = try Gazetteer.bundled()
        let divisions = gazetteer.places(named: name).map(gazetteer.entry).filter { $0.country == country && ($0.kind == .admin1 || $0.kind == .admin2) }
        try #require(!divisions.isEmpty)
        for division in divisions {
            let point = try #require(gazetteer.coordinates(division.id), "\(name) \(division.iso) has no point")
            let km = GreatCircle.kilometres(point, (latitude, longitude))
            #expect(km < 80, "\(name) \(division.iso) is \(Int(km)) km from its centre")
            #expect(division.population > 100_000)
        }
    }

    /// A division's point is the middle of its area (the iso3166-2 package's geocoded centre),
    /// not the middle of its towns, which crowd where people live: Ontario's towns had put it
    /// 450 km south, in Lake Huron, and a mis-keyed town had put Heilongjiang in Mongolia.
    @Test("a first-level division's point is the middle of its area", arguments: [
        ("Ontario", "CA", 50.0, -85.0), ("Quebec", "CA", 52.0, -72.0), ("British Columbia", "CA", 54.0, -125.0),
        ("Queensland", "AU", -22.5, 144.5), ("Heilongjiang", "CN", 48.0, 128.0), ("Alaska", "US", 64.0, -150.0),
    ])
    func divisionMiddles(_ name: String, _ country: String, _ latitude: Double, _ longitude: Double) throws {
        let gazetteer = try Gazetteer.bundled()
        let division = try #require(gazetteer.places(named: name).map(gazetteer.entry).first { $0.country == country && $0.kind == .admin1 })
        let point = try #require(gazetteer.coordinates(division.id))
        let km = GreatCircle.kilometres(point, (latitude, longitude))
        #expect(km < 120, "\(name) is \(Int(km)) km from the middle of its area")
    }

    @Test("a malformed row is an error naming the file and line")
    func malformedRow() {
        let places = Array("# header\n1\tKyiv\tCITY\tPPLC\tUA\t12\t50.45\t30.52\t2952301\t\t\n2\tnowhere\n".utf8)
        #expect {
            try Gazetteer(places: places, demonyms: [], source: "places.tsv")
        } throws: { error in
            String(describing: error).hasPrefix("places.tsv:3:")
        }
    }

    @Test("an unknown kind is an error too")
    func unknownKind() {
        let places = Array("1\tKyiv\tTOWNSHIP\tPPLC\tUA\t12\t50.45\t30.52\t2952301\t\t\n".utf8)
        #expect(throws: GazetteerError.self) { try Gazetteer(places: places, demonyms: [], source: "places.tsv") }
    }

    @Test("a gazetteer with no entries is refused")
    func empty() {
        #expect(throws: GazetteerError.self) { try Gazetteer(places: Array("# only a comment\n".utf8), demonyms: [], source: "places.tsv") }
    }

    @Test("a small gazetteer built from text works like the bundled one")
    func smallGazetteer() throws {
        let places = Array("1\tKyiv\tCITY\tPPLC\tUA\t12\t50.45\t30.52\t2952301\tKiev\t\n".utf8)
        let gazetteer = try Gazetteer(places: places, demonyms: Array("Ukrainian\tUA\n".utf8))
        #expect(gazetteer.count == 1)
        #expect(gazetteer.places(named: "KIEV").count == 1)
        #expect(gazetteer.entry(gazetteer.places(named: "Kyiv")[0]).population == 2952301)
    }
}

@Suite("gazetteer: the load cache")
struct GazetteerCacheTests {
    static let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Gazetteer/Data")

    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private func cacheFiles(_ directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil).filter { $0.pathExtension == "bin" }
    }

    /// A new cache directory and the cache file a first load wrote there.
    private func firstCache() throws -> (directory: URL, file: URL) {
        let directory = try temporaryDirectory()
        _ = try Gazetteer(directory: Self.dataDirectory, cache: GazetteerCache(directory: directory))
        return (directory, try #require(try cacheFiles(directory).first))
    }

    @Test("the first load writes the cache; a load from it gives the same entries")
    func roundTrip() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let parsed = try Gazetteer(directory: Self.dataDirectory, cache: GazetteerCache(directory: directory))
        #expect(try cacheFiles(directory).count == 1)
        let cached = try Gazetteer(directory: Self.dataDirectory, cache: GazetteerCache(directory: directory))
        #expect(cached.count == parsed.count)
        #expect(cached.longestNameWords == parsed.longestNameWords)
        for name in ["Kupiansk", "Paris", "U.S.", "Kharkiv Oblast", "San José", "Donbas"] {
            let ids = parsed.places(named: name)
            #expect(!ids.isEmpty)
            #expect(cached.places(named: name) == ids, "\(name)")
            #expect(ids.map(cached.entry) == ids.map(parsed.entry), "\(name)")
            #expect(ids.map(cached.admin1(of:)) == ids.map(parsed.admin1(of:)), "\(name)")
        }
        #expect(cached.country(code: "UA") == parsed.country(code: "UA"))
        #expect(cached.demonymCountry(forKey: NameKey.key("Ukrainian".utf8)!) == "UA")
    }

    @Test("a mapped cache stays readable after its file is deleted (as another process's clean-up does)")
    func mappedCacheOutlivesItsFile() throws {
        let (directory, _) = try firstCache()
        let cached = try Gazetteer(directory: Self.dataDirectory, cache: GazetteerCache(directory: directory))
        try FileManager.default.removeItem(at: directory)
        let kyiv = try #require(cached.places(named: "Kyiv").first)
        #expect(cached.entry(kyiv).country == "UA")
    }

    @Test("a changed source file gets a cache of its own, and the old one is kept for the old data")
    func changedSourceGetsNewCache() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = directory.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for name in ["places.tsv", "demonyms.tsv"] {
            try FileManager.default.copyItem(at: Self.dataDirectory.appendingPathComponent(name), to: data.appendingPathComponent(name))
        }
        let cache = GazetteerCache(directory: directory.appendingPathComponent("cache"))
        _ = try Gazetteer(directory: data, cache: cache)
        #expect(try cacheFiles(cache.directory).count == 1)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)],
                                              ofItemAtPath: data.appendingPathComponent("demonyms.tsv").path)
        let reloaded = try Gazetteer(directory: data, cache: cache)
        #expect(try cacheFiles(cache.directory).count == 2)
        #expect(reloaded.places(named: "Kupiansk").count >= 1)
    }

    @Test("a corrupt or truncated cache is ignored, and the text is parsed again")
    func corruptCache() throws {
        let (directory, file) = try firstCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = try Data(contentsOf: file)
        for damaged in [bytes.prefix(100), bytes.prefix(bytes.count - 1), Data(repeating: 0xFF, count: bytes.count)] {
            try damaged.write(to: file)
            let gazetteer = try Gazetteer(directory: Self.dataDirectory, cache: GazetteerCache(directory: directory))
            #expect(gazetteer.places(named: "Kupiansk").count >= 1)
            #expect(try Data(contentsOf: file).count == bytes.count) // rewritten whole (padding bytes may differ)
        }
    }

    @Test("caches of other gazetteer data: the newest two stay, older ones and legacy names go")
    func staleCaches() throws {
        let (directory, current) = try firstCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let prefix = String(current.lastPathComponent.prefix(upTo: current.lastPathComponent.lastIndex(of: "-")!)) + "-"
        let others = (1...4).map { directory.appendingPathComponent("\(prefix)\($0)aaaa.bin") }
        for (age, file) in others.enumerated() {
            try Data([1]).write(to: file)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -Double(age + 1) * 3600)], ofItemAtPath: file.path)
        }
        let legacy = directory.appendingPathComponent("gazetteer-deadbeef.bin")
        try Data([1]).write(to: legacy)
        try FileManager.default.removeItem(at: current) // the next load parses and writes again
        _ = try Gazetteer(directory: Self.dataDirectory, cache: GazetteerCache(directory: directory))
        let left = Set(try cacheFiles(directory).map(\.lastPathComponent))
        #expect(left == Set([current, others[0], others[1]].map(\.lastPathComponent)))
    }

    @Test("the lexicon's cache gives the parsed answers, and a damaged one is parsed again")
    func lexiconCache() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lexicons = Self.dataDirectory.appendingPathComponent("lexicons")
        let parsed = try Lexicon(directory: lexicons)
        _ = try Lexicon(directory: lexicons, cache: GazetteerCache(directory: directory)) // writes it
        let file = try #require(try cacheFiles(directory).first { $0.lastPathComponent.hasPrefix("lexicon-") })
        let cached = try Lexicon(directory: lexicons, cache: GazetteerCache(directory: directory))
        for word in ["Read", "Mobile", "Georgia", "Kerry", "Victoria", "Smith", "Mary", "Kupiansk"] {
            let key = try #require(NameKey.key(word.utf8))
            #expect(cached.lowerCaseShare(key: key) == parsed.lowerCaseShare(key: key), "\(word)")
            #expect(cached.isGivenName(key: key) == parsed.isGivenName(key: key), "\(word)")
            #expect(cached.isSurname(key: key) == parsed.isSurname(key: key), "\(word)")
        }
        for name in ["Wells Fargo", "Target", "Pheu Thai", "ZANU-PF", "Kupiansk"] {
            let key = try #require(NameKey.key(name.utf8))
            #expect(cached.knownOrganization(key: key) == parsed.knownOrganization(key: key), "\(name)")
        }
        let zanu = try #require(parsed.knownOrganization(key: NameKey.key("Zanu PF".utf8)!))
        #expect(zanu.isParty && zanu.isNameAlone)
        #expect(parsed.knownOrganization(key: NameKey.key("Target".utf8)!)?.isNameAlone == false)
        #expect(parsed.knownOrganization(key: NameKey.key("Kupiansk".utf8)!) == nil)
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count / 2).write(to: file)
        let reparsed = try Lexicon(directory: lexicons, cache: GazetteerCache(directory: directory))
        #expect(reparsed.isGivenName(key: NameKey.key("Mary".utf8)!))
        #expect(try Data(contentsOf: file).count == bytes.count) // written again, whole
    }

    @Test("an unwritable cache directory only costs speed")
    func unwritableCache() throws {
        let gazetteer = try Gazetteer(directory: Self.dataDirectory, cache: GazetteerCache(directory: URL(fileURLWithPath: "/dev/null/nowhere")))
        #expect(gazetteer.places(named: "Kyiv").count >= 1)
    }
}
