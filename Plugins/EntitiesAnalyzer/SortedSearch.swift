extension RandomAccessCollection where Index == Int {
    /// The first position whose element is in the second part of a collection split in two by
    /// `isInSecondPart` (false for every element before it, true from it on): the binary search
    /// the name and span indexes share ("the first span starting at or after token t").
    @inline(__always)
    func partitioningIndex(where isInSecondPart: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isInSecondPart(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
