import Gazetteer
import TextAnalysis

/// What ``MentionFinder`` knows per token: flag bits and folded keys, and the document's
/// candidate list. A class over raw buffers (no generic array set-up), so the finder's
/// non-mutating methods can add candidates.
///
/// One table serves every document its analyzer memory (``PlacesAnalyzer/DocumentMemory``)
/// is used for, ``reset(count:)`` for each: its per-token block grows to the longest document
/// seen, and the candidates', mentions' and demonyms' storage is kept (an allocation of each per
/// document, and of the table itself, cost more than their set-up).
///
/// `@unchecked Sendable`: one call of the analyzer at a time holds it, taken from the pool under
/// its lock and put back when the document is done; no two threads ever use it at once.
final class TokenTable: @unchecked Sendable {
    /// Flag bits: the token starts a sentence (or a line); it is on a line written in capitals;
    /// it can be part of a name (``MentionFinder/classifyNameWord(_:in:particles:)``); it starts
    /// with a capital or a non-ASCII letter.
    static let sentenceStart: UInt8 = 1, capitalsLine: UInt8 = 2, nameWord: UInt8 = 4, capitalized: UInt8 = 8
    /// The token starts with an ASCII capital; the token holds a hyphen.
    static let upperASCII: UInt8 = 16, hyphenated: UInt8 = 32
    /// The token's ``classes`` entry is set: only the flags and keys are cleared per document.
    static let classified: UInt8 = 128
    /// Each token's folded key, 0 where none was computed. (Cleared per document, a memset,
    /// rather than flagged where set: the flag's test in every ``MentionFinder/key(_:)`` was a
    /// branch mispredicted about 12,000 times per megabyte.)
    @exclusivity(unchecked) private(set) var keys = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    @exclusivity(unchecked) private(set) var flags = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    /// Each token's ``PlaceWordClasses`` where ``classified`` is set (uninitialized elsewhere).
    @exclusivity(unchecked) private(set) var classes = UnsafeMutableBufferPointer<UInt32>(start: nil, count: 0)
    /// Indices of the tokens ``MentionFinder/find()`` looks at, the first `startCount`.
    @exclusivity(unchecked) private(set) var starts = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    var startCount = 0
    /// The gazetteer entries of the document's mentions, each mention's a range of it.
    /// (These and the buffers above unchecked: the table belongs to one finder on one thread,
    /// and the dynamic exclusivity check of a class property cost more than the access.)
    @exclusivity(unchecked) private(set) var candidates: [PlaceID] = []
    /// The storage of the mentions and demonyms ``MentionFinder/find()`` returns, handed back by
    /// the analyzer when the document is done.
    @exclusivity(unchecked) var places: [PlaceMention] = []
    @exclusivity(unchecked) var demonyms: [DemonymMention] = []
    /// The storage of ``MentionFinder/find()``'s two key lists (the person names, the names read
    /// on strong evidence), kept for the next document.
    @exclusivity(unchecked) var personNameKeys: [UInt64] = []
    @exclusivity(unchecked) var confirmedKeys: [UInt64] = []
    /// The four per-token arrays above in one block, grown to the longest document seen.
    private var block: UnsafeMutableRawPointer?
    private var blockBytes = 0

    /// Readies the table for a document of `count` tokens: flags and keys cleared, no candidates.
    func reset(count: Int) {
        let keyBytes = count * MemoryLayout<UInt64>.stride, classBytes = count * MemoryLayout<UInt32>.stride
        let startBytes = count * MemoryLayout<Int32>.stride
        let storage = storage(byteCount: keyBytes + classBytes + startBytes + count)
        keys = UnsafeMutableBufferPointer(start: storage.bindMemory(to: UInt64.self, capacity: count), count: count)
        classes = UnsafeMutableBufferPointer(start: (storage + keyBytes).bindMemory(to: UInt32.self, capacity: count), count: count)
        starts = UnsafeMutableBufferPointer(start: (storage + keyBytes + classBytes).bindMemory(to: Int32.self, capacity: count),
                                            count: count)
        flags = UnsafeMutableBufferPointer(start: (storage + keyBytes + classBytes + startBytes).bindMemory(to: UInt8.self, capacity: count),
                                           count: count)
        flags.initialize(repeating: 0)
        keys.initialize(repeating: 0)
        startCount = 0
        candidates.removeAll(keepingCapacity: true)
    }

    /// At least `byteCount` bytes, uninitialized (bound to a type by the caller).
    private func storage(byteCount: Int) -> UnsafeMutableRawPointer {
        if let block, blockBytes >= byteCount { return block }
        block?.deallocate()
        blockBytes = max(byteCount, 2 * blockBytes, 4096)
        let grown = UnsafeMutableRawPointer.allocate(byteCount: blockBytes, alignment: 8)
        block = grown
        return grown
    }

    deinit {
        block?.deallocate()
    }

    /// Appends the entries named `key` to ``candidates``; returns their range.
    func appendPlaces(forKey key: UInt64, from gazetteer: Gazetteer) -> Range<Int> {
        // Room for a typical document's candidates at once, instead of growing four times.
        if candidates.capacity == 0 { candidates.reserveCapacity(32) }
        let start = candidates.count
        gazetteer.appendPlaces(forKey: key, to: &candidates)
        return start..<candidates.count
    }

    /// Appends the entries of `range` that satisfy `keep`, in order; returns their range.
    func keepCandidates(_ range: Range<Int>, where keep: (PlaceID) -> Bool) -> Range<Int> {
        let start = candidates.count
        for index in range where keep(candidates[index]) { candidates.append(candidates[index]) }
        return start..<candidates.count
    }
}
