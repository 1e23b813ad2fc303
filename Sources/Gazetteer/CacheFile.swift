import Foundation

/// The layout both load caches (the gazetteer's and the lexicon's) share: a header of 64-bit
/// words, the first two a layout magic and the sources' fingerprint and the last the file's
/// size, then sections of plain data, each on a cache-line boundary so that mapped rows and
/// keys are aligned.
enum CacheFile {
    static let sectionAlignment = 64

    static func aligned(_ offset: Int) -> Int {
        (offset + sectionAlignment - 1) / sectionAlignment * sectionAlignment
    }

    /// Builds a cache file's bytes.
    struct Writer {
        private var data = Data()
        private var header: [UInt64]

        /// `header` after the magic and the fingerprint; the size word is added.
        init(magic: UInt64, fingerprint: UInt64, header: [UInt64]) {
            self.header = [magic, fingerprint] + header + [0]
            self.header.withUnsafeBytes { data.append(contentsOf: $0) } // the size word is patched in `bytes`
        }

        mutating func append<Element>(_ elements: StoredArray<Element>) {
            elements.withUnsafeBufferPointer { append($0) }
        }

        mutating func append<Element>(_ elements: [Element]) {
            elements.withUnsafeBufferPointer { append($0) }
        }

        private mutating func append<Element>(_ elements: UnsafeBufferPointer<Element>) {
            precondition(_isPOD(Element.self), "cache sections hold plain data only")
            data.append(contentsOf: [UInt8](repeating: 0, count: CacheFile.aligned(data.count) - data.count))
            data.append(contentsOf: UnsafeRawBufferPointer(elements))
        }

        /// The file's bytes, with its size in the header's last word.
        var bytes: Data {
            var header = self.header, data = self.data
            header[header.count - 1] = UInt64(data.count)
            data.replaceSubrange(0..<(header.count * 8), with: header.withUnsafeBytes { Data($0) })
            return data
        }
    }

    /// Reads a mapped cache file's header and sections; nil for a file of another layout,
    /// other sources or the wrong size.
    struct Reader {
        private let file: MappedFile
        /// The header words after the magic and the fingerprint, without the size word.
        let header: [UInt64]
        private var offset: Int

        init?(path: String, magic: UInt64, fingerprint: UInt64, headerWords: Int) {
            guard let file = MappedFile(path: path), file.word(0) == magic, file.word(1) == fingerprint,
                  file.word(headerWords + 2) == UInt64(file.bytes.count) else { return nil }
            self.file = file
            header = (0..<headerWords).map { file.word($0 + 2)! }
            offset = (headerWords + 3) * 8
        }

        /// The next section, of `count` elements.
        mutating func section<Element>(_ count: Int, of _: Element.Type) -> StoredArray<Element>? {
            offset = CacheFile.aligned(offset)
            defer { offset += count * MemoryLayout<Element>.stride }
            return StoredArray(file, byteOffset: offset, count: count)
        }

        /// Whether the sections read so far end where the file does.
        var isAtEnd: Bool { CacheFile.aligned(offset) == CacheFile.aligned(file.bytes.count) }
    }
}
