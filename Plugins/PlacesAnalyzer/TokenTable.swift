import Gazetteer
import TextAnalysis

/// What ``MentionFinder`` knows per token: flag bits and folded keys, and the document's
/// candidate list. A class over raw buffers (two allocations per document, no generic array
/// set-up), so the finder's non-mutating methods can add candidates.
final class TokenTable {
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
    let keys: UnsafeMutableBufferPointer<UInt64>
    let flags: UnsafeMutableBufferPointer<UInt8>
    /// Each token's ``PlaceWordClasses`` where ``classified`` is set (uninitialized elsewhere).
    let classes: UnsafeMutableBufferPointer<UInt32>
    /// Indices of the tokens ``MentionFinder/find()`` looks at, the first `startCount`.
    let starts: UnsafeMutableBufferPointer<Int32>
    var startCount = 0
    /// The gazetteer entries of the document's mentions, each mention's a range of it.
    /// (Unchecked: the table belongs to one finder on one thread, and the dynamic exclusivity
    /// check of a class property cost more than the access on every mention.)
    @exclusivity(unchecked) private(set) var candidates: [PlaceID] = []

    /// The four per-token arrays above in one block, and the candidates' storage, both kept in
    /// `memory` (the candidates handed back by `deinit`): an allocation of each per document cost
    /// more than their set-up.
    let memory: TokenTableMemory

    init(count: Int, memory: TokenTableMemory) {
        let keyBytes = count * MemoryLayout<UInt64>.stride, classBytes = count * MemoryLayout<UInt32>.stride
        let startBytes = count * MemoryLayout<Int32>.stride
        self.memory = memory
        let storage = memory.storage(byteCount: keyBytes + classBytes + startBytes + count)
        keys = UnsafeMutableBufferPointer(start: storage.bindMemory(to: UInt64.self, capacity: count), count: count)
        classes = UnsafeMutableBufferPointer(start: (storage + keyBytes).bindMemory(to: UInt32.self, capacity: count), count: count)
        starts = UnsafeMutableBufferPointer(start: (storage + keyBytes + classBytes).bindMemory(to: Int32.self, capacity: count),
                                            count: count)
        flags = UnsafeMutableBufferPointer(start: (storage + keyBytes + classBytes + startBytes).bindMemory(to: UInt8.self, capacity: count),
                                           count: count)
        flags.initialize(repeating: 0)
        keys.initialize(repeating: 0)
        swap(&candidates, &memory.candidates)
        candidates.removeAll(keepingCapacity: true)
    }

    deinit {
        swap(&candidates, &memory.candidates)
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

/// A token table's memory, kept between documents by the analyzer (in its pool of
/// ``PlacesAnalyzer/DocumentMemory``, one per document in progress at most): its per-token
/// block, grown to the longest document seen, and its candidates' storage.
///
/// `@unchecked Sendable`: one call of the analyzer at a time holds it, taken from the pool under
/// its lock and put back when the document is done; no two threads ever use it at once.
final class TokenTableMemory: @unchecked Sendable {
    var block: UnsafeMutableRawPointer?
    var blockBytes = 0
    @exclusivity(unchecked) var candidates: [PlaceID] = []
    /// The storage of the mentions and demonyms ``MentionFinder/find()`` returns, handed back by
    /// the analyzer when the document is done (two allocations less per document).
    @exclusivity(unchecked) var places: [PlaceMention] = []
    @exclusivity(unchecked) var demonyms: [DemonymMention] = []

    /// At least `byteCount` bytes, uninitialized (bound to a type by the caller).
    func storage(byteCount: Int) -> UnsafeMutableRawPointer {
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
}
