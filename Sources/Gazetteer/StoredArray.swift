#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An immutable array of plain values whose memory is either a private allocation or part of
/// a memory-mapped file.
///
/// Why: the gazetteer's load cache is 40 MB. Copying it into `Array`s cost 7,000 page faults of
/// fresh memory plus the copy, most of a 60 ms start-up, although a short article touches a few
/// hundred of its pages. Mapped, the kernel reads in only the pages lookups touch, and every
/// process on the machine shares them.
///
/// This file (with ``MappedFile``) is the only code of the module that keeps raw pointers; the
/// cache writer only borrows one, scoped, to copy sections out. The
/// memory is never written after creation, which is what makes sharing it across threads
/// (`@unchecked Sendable`) sound; every element access is bounds-checked. Elements must be plain
/// data (checked with `_isPOD`: `Range<Int>` fields rule out `BitwiseCopyable`), since they are
/// copied and mapped as bytes.
@usableFromInline package struct StoredArray<Element>: RandomAccessCollection, @unchecked Sendable {
    /// Keeps the memory alive: a ``MappedFile`` or an ``Allocation``.
    @usableFromInline let owner: AnyObject
    @usableFromInline let base: UnsafePointer<Element>
    @usableFromInline package let count: Int

    @inlinable package var startIndex: Int { 0 }
    @inlinable package var endIndex: Int { count }

    @inlinable package subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "StoredArray index out of range")
        return base[index]
    }

    /// The element at `index`, masked by the caller to the array's size (a power of two checked
    /// when the table was made): a hash table's probes skip the bounds check, which cost more
    /// than the probe's own comparison.
    @inlinable subscript(masked index: Int) -> Element {
        base[index]
    }

    /// The elements' memory, for a hot loop that cannot afford a closure per call: valid only
    /// while this array (or a copy of it) lives, so its holder must keep the array too, and
    /// never written.
    @inlinable package var unsafeBuffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    /// A private copy of `elements`: for data parsed in this process.
    package init(_ elements: [Element]) {
        precondition(_isPOD(Element.self), "StoredArray holds plain data only")
        // (On a cache line, as the load cache's sections are: a 64-byte row is then one line.)
        let allocation = Allocation(byteCount: Swift.max(1, elements.count * MemoryLayout<Element>.stride),
                                    alignment: Swift.max(MemoryLayout<Element>.alignment, CacheFile.sectionAlignment))
        elements.withUnsafeBytes { allocation.memory.copyMemory(from: $0) }
        owner = allocation
        base = UnsafePointer(allocation.memory.baseAddress!.assumingMemoryBound(to: Element.self))
        count = elements.count
    }

    /// `count` elements of `file` from `byteOffset`, or nil when they do not fit or are misaligned.
    package init?(_ file: MappedFile, byteOffset: Int, count: Int) {
        let bytes = count * MemoryLayout<Element>.stride
        guard _isPOD(Element.self), count >= 0, byteOffset >= 0, byteOffset + bytes <= file.bytes.count,
              let start = file.bytes.baseAddress?.advanced(by: byteOffset),
              Int(bitPattern: start) % MemoryLayout<Element>.alignment == 0 else { return nil }
        owner = file
        base = start.assumingMemoryBound(to: Element.self)
        self.count = count
    }

    /// For copying the elements out as bytes (into the cache file) or scanning them without
    /// a bounds check per element.
    package func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(owner) { try body(UnsafeBufferPointer(start: base, count: count)) }
    }

    /// Memory this process allocated, freed with its owner.
    final class Allocation {
        let memory: UnsafeMutableRawBufferPointer
        init(byteCount: Int, alignment: Int) {
            memory = .allocate(byteCount: byteCount, alignment: alignment)
        }
        deinit { memory.deallocate() }
    }
}

/// A whole file mapped read-only into memory, unmapped when the last ``StoredArray`` over it
/// goes away.
///
/// Only files never rewritten in place are mapped: the caches this package writes atomically
/// (renamed into place) and the entities model installed with the program, like the binary
/// itself. A file truncated under a live mapping would fault on access.
package final class MappedFile: @unchecked Sendable {
    package let bytes: UnsafeRawBufferPointer

    /// Maps `path`, or nil when it cannot be opened or mapped (or is empty).
    package init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    /// The 64-bit word at word index `index`, little-endian; nil beyond the end.
    func word(_ index: Int) -> UInt64? {
        let offset = index * 8
        guard offset >= 0, offset + 8 <= bytes.count else { return nil }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}
