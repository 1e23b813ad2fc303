/// Which of a document's spans overlap a run of tokens, found without a pass over all of them.
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

    init(_ spans: [EntitySpan]) {
        ranges = spans.map(\.tokens)
        var furthest = Int.min
        furthestEnd = ranges.map { range in
            furthest = max(furthest, range.upperBound)
            return furthest
        }
        isSorted = zip(ranges, ranges.dropFirst()).allSatisfy { $0.lowerBound <= $1.lowerBound }
    }

    /// Whether a span overlapping `run` (non-empty) passes `test`. `spans`: the same spans as
    /// given, types and confidences as they are now (the token ranges must not have changed).
    func contains(overlapping run: Range<Int>, in spans: [EntitySpan], where test: (EntitySpan) -> Bool) -> Bool {
        guard isSorted else { return spans.contains { $0.tokens.overlaps(run) && test($0) } }
        var index = firstIndex(startingAtOrAfter: run.upperBound) - 1
        while index >= 0, furthestEnd[index] > run.lowerBound {
            if ranges[index].overlaps(run) && test(spans[index]) { return true }
            index -= 1
        }
        return false
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
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound < token { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
