import TextAnalysis

/// Names (token ranges) grouped by one of their words' ``TokenFacts/identity`` (the first, or
/// the last), each group in the order the names were given.
///
/// The conventions that look for a document's earlier names elsewhere in it ("Chrysler" after
/// "Chrysler Corp", "MORGAN STANLEY" over "Morgan Stanley") compared every word against every
/// name: fine for an article's handful of names, quadratic in one long document (10 MB of
/// news given as one file took 110 s, 1 MB 0.6 s). Here a word finds the names it can open (or
/// end) by a binary search, and (where only a name's words matter) a name repeated with the very same
/// bytes is listed once: its later mentions could never answer differently from its first.
struct NamesByWord: Sendable {
    enum Word: Sendable { case first, last }

    /// (the word's identity, name number), sorted: a group is a run of one identity.
    private var entries: [(key: UInt64, name: Int)] = []

    /// An empty index, to be filled by ``rebuild(_:by:facts:document:distinctText:include:)``
    /// (kept between documents, its storage reused).
    init() {}

    /// The index of `names`, as ``rebuild(_:by:facts:document:distinctText:include:)`` makes it.
    init<Names: RandomAccessCollection<Range<Int>>>(_ names: Names, by word: Word = .first, facts: [TokenFacts], document: Document,
                                                   distinctText: Bool, include: (Int) -> Bool = { _ in true }) where Names.Index == Int {
        rebuild(names, by: word, facts: facts, document: document, distinctText: distinctText, include: include)
    }

    /// Lists `names` (numbered by their indices), skipping the numbers `include` rejects.
    /// `distinctText`: a name with the same bytes as an earlier one is left out (for callers
    /// whose answer depends on a name's words alone). Keeps the entries' storage for the next
    /// document.
    mutating func rebuild<Names: RandomAccessCollection<Range<Int>>>(_ names: Names, by word: Word = .first, facts: [TokenFacts], document: Document,
                                                                    distinctText: Bool, include: (Int) -> Bool = { _ in true }) where Names.Index == Int {
        if !entries.isEmpty { entries.removeAll(keepingCapacity: true) }
        for number in names.indices where !names[number].isEmpty && include(number) {
            let name = names[number]
            entries.append((facts[word == .first ? name.lowerBound : name.upperBound - 1].identity, number))
        }
        guard entries.count > 1 else { return }
        entries.sort { ($0.key, $0.name) < ($1.key, $1.name) }
        guard distinctText else { return }
        var kept = 0
        for entry in entries.indices {
            let name = names[entries[entry].name]
            var repeated = false
            var earlier = kept - 1
            while earlier >= 0, entries[earlier].key == entries[entry].key, !repeated {
                repeated = document.sameText(names[entries[earlier].name], name)
                earlier -= 1
            }
            if !repeated {
                entries[kept] = entries[entry]
                kept += 1
            }
        }
        if kept < entries.count { entries.removeLast(entries.count - kept) }
    }

    /// The numbers of the names whose word (first or last, as listed) is `key`, in their given order.
    func names(with key: UInt64) -> some Collection<Int> {
        let low = entries.partitioningIndex { $0.key >= key }
        var end = low
        while end < entries.count && entries[end].key == key { end += 1 }
        return entries[low..<end].lazy.map(\.name)
    }
}

extension Document {
    /// Whether two runs of tokens are the same text, byte for byte (the spaces between included).
    func sameText(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count, !a.isEmpty else { return a.isEmpty && b.isEmpty }
        let aBytes = tokens[a.lowerBound].span.bytes.lowerBound..<tokens[a.upperBound - 1].span.bytes.upperBound
        let bBytes = tokens[b.lowerBound].span.bytes.lowerBound..<tokens[b.upperBound - 1].span.bytes.upperBound
        return bytes[aBytes].elementsEqual(bytes[bBytes])
    }
}
