/// Which of a document's spans overlap a run of tokens, found without a pass over all of them.
/// (A snapshot of the spans' token ranges: made again when spans are added, removed or moved.)
///
/// A convention that asks this for each of its finds (an acronym's expansion, "the spans inside
/// it go") passed over every span each time: quadratic in one long document. Spans come sorted
/// by their first token; with the furthest end so far at each span, the spans that reach into
/// a run are a stretch found by a binary search and a walk back that stops where no earlier span
/// reaches that far (one or two spans in practice; exact whatever the spans' lengths).
struct SpanOverlaps {
    /// The spans' token ranges in the order given, and the largest end among them up to each.
    private let ranges: [Range<Int>]
    private let furthestEnd: [Int]
    /// Whether the spans came sorted by first token; if not, every question is a full pass.
    private let isSorted: Bool

    /// How many spans there were.
    var count: Int { ranges.count }

    init(_ spans: [EntitySpan]) {
        ranges = spans.map(\.tokens)
        var furthest = Int.min
        furthestEnd = ranges.map { range in
            furthest = max(furthest, range.upperBound)
            return furthest
        }
        isSorted = zip(ranges, ranges.dropFirst()).allSatisfy { $0.lowerBound <= $1.lowerBound }
    }

    /// The first span (in the order given) that overlaps `run` (non-empty) and passes `test`,
    /// which is asked the span's position in that order (its range must not have changed).
    func firstIndex(overlapping run: Range<Int>, where test: (Int) -> Bool) -> Int? {
        guard isSorted else { return ranges.indices.first { ranges[$0].overlaps(run) && test($0) } }
        var index = firstIndex(startingAtOrAfter: run.upperBound) - 1
        var first: Int?
        while index >= 0, furthestEnd[index] > run.lowerBound {
            if ranges[index].overlaps(run) && test(index) { first = index }
            index -= 1
        }
        return first
    }

    /// Whether one of the spans holds all of `run`'s tokens.
    func covers(_ run: Range<Int>) -> Bool {
        guard isSorted else { return ranges.contains { $0.lowerBound <= run.lowerBound && run.upperBound <= $0.upperBound } }
        // The spans that start at or before the run; the furthest end among them decides.
        let last = firstIndex(startingAtOrAfter: run.lowerBound + 1) - 1
        return last >= 0 && furthestEnd[last] >= run.upperBound
    }

    /// The first span whose first token is at or after `token` (the count when none is).
    private func firstIndex(startingAtOrAfter token: Int) -> Int {
        ranges.partitioningIndex { $0.lowerBound >= token }
    }
}
