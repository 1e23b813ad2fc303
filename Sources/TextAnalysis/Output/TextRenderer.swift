/// The `text` format: the document with each annotation marked as `[text]LABEL`,
/// and, for terminals, colored by label.
public enum TextRenderer {
    public static func render(_ document: Document, colored: Bool) -> String {
        var output = ""
        output.reserveCapacity(document.bytes.count * 2)
        let annotations = document.annotations
        for event in AnnotationLayout.events(for: annotations, textLength: document.bytes.count) {
            switch event {
            case let .text(range):
                output += document.text(bytes: range)
            case let .open(index, continued):
                if continued { continue }
                output += colored ? "\u{1B}[\(color(for: annotations[index].label))m[\u{1B}[0m" : "["
            case let .close(index, final):
                guard final else { continue }
                let label = annotations[index].label
                output += colored ? "\u{1B}[\(color(for: label))m]\(label)\u{1B}[0m" : "]\(label)"
            }
        }
        if !output.hasSuffix("\n") { output += "\n" }
        return output
    }

    /// A stable ANSI color per label, so PERSON is the same color in every run.
    static func color(for label: String) -> String {
        let palette = ["1;31", "1;32", "1;33", "1;34", "1;35", "1;36", "0;31", "0;32", "0;33", "0;34", "0;35", "0;36"]
        let hash = label.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }
        return palette[abs(hash) % palette.count]
    }
}
