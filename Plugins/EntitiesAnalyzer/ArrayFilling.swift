extension Array {
    /// `Array(repeating:count:)` that the compiler specializes: the standard initializer calls
    /// the library's generic allocator, about 700 instructions each time, and the analyzer
    /// fills several arrays per document.
    static func filled(with value: Element, count: Int) -> [Element] {
        var array: [Element] = []
        array.reserveCapacity(count)
        array.append(contentsOf: repeatElement(value, count: count))
        return array
    }
}
