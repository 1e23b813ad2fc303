/// Lays annotations over text as properly nested open/close events, for the
/// `text` and `html` renderers.
///
/// Annotations may nest ("Kharkiv" inside "Kharkiv Oblast") or cross. Crossing
/// ones are closed and reopened at the boundary, so the markup stays well formed
/// and every annotation is still shown over exactly its text.
enum AnnotationLayout {
    enum Event: Equatable {
        case text(Range<Int>)
        /// `continued`: reopened after a crossing annotation closed it.
        case open(Int, continued: Bool)
        /// `final`: the annotation really ends here (not a temporary close).
        case close(Int, final: Bool)
    }

    static func events(for annotations: [Annotation], textLength: Int) -> [Event] {
        var boundaries = Set([0, textLength])
        for annotation in annotations {
            boundaries.insert(annotation.span.bytes.lowerBound)
            boundaries.insert(annotation.span.bytes.upperBound)
        }
        let points = boundaries.sorted()
        let order = annotations.indices.sorted { a, b in
            let x = annotations[a].span.bytes, y = annotations[b].span.bytes
            if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
            if x.upperBound != y.upperBound { return x.upperBound > y.upperBound }
            return a < b
        }
        var rank = [Int](repeating: 0, count: annotations.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        var events: [Event] = []
        var stack: [Int] = []
        var opened = Set<Int>()
        var next = 0 // position in `order` of the next annotation to start
        var active: [Int] = []
        for (position, point) in points.enumerated() {
            // Empty annotations are shown where they sit.
            var starting: [Int] = []
            while next < order.count, annotations[order[next]].span.bytes.lowerBound == point {
                starting.append(order[next]); next += 1
            }
            active.removeAll { annotations[$0].span.bytes.upperBound <= point }
            let empty = starting.filter { annotations[$0].span.bytes.isEmpty }
            active += starting.filter { !annotations[$0].span.bytes.isEmpty }
            let wanted = active.sorted { rank[$0] < rank[$1] }
            var common = 0
            while common < stack.count, common < wanted.count, stack[common] == wanted[common] { common += 1 }
            for index in stack[common...].reversed() {
                events.append(.close(index, final: annotations[index].span.bytes.upperBound <= point))
            }
            for index in empty {
                events.append(.open(index, continued: false))
                events.append(.close(index, final: true))
            }
            for index in wanted[common...] {
                events.append(.open(index, continued: opened.contains(index)))
                opened.insert(index)
            }
            stack = wanted
            if position + 1 < points.count, point < points[position + 1] {
                events.append(.text(point..<points[position + 1]))
            }
        }
        return events
    }
}
