extension Array {
    /// `Array(repeating:count:)` that the compiler specializes: the standard initializer calls
    /// the library's generic allocator, about 700 instructions each time, and the analyzer
    /// fills several arrays per document.
    static func filled(with value: Element, count: Int) -> [Element] {
        var array: [Element] = []
        array.refill(with: value, count: count)
        return array
    }

    /// ``filled(with:count:)`` in this array's storage (``DocumentScratch``), emptied first.
    mutating func refill(with value: Element, count: Int) {
        removeAll(keepingCapacity: true)
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
