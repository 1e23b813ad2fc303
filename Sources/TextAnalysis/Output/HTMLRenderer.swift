/// The `html` format: one self-contained page (no scripts, no external files) with
/// each document's text, its annotations highlighted, and a legend.
public enum HTMLRenderer {
    public static func render(_ documents: [Document], failures: [DocumentFailure] = [], title: String = "analyze") -> String {
        let labels = Array(Set(documents.flatMap { $0.annotations.map(\.label) })).sorted()
        var page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
        <style>
        body{font:16px/1.7 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}
        h1{font:600 1.2em system-ui,sans-serif}h2{font:600 1em system-ui,sans-serif;color:#555;border-top:1px solid #ddd;padding-top:1em}
        .text{white-space:pre-wrap}
        mark{border-radius:3px;padding:0 1px;background:var(--c);color:inherit}
        mark mark{outline:1px solid #0003}
        mark sup{font:600 .6em system-ui,sans-serif;opacity:.75;margin-left:2px}
        .legend span{display:inline-block;margin:0 .4em .3em 0;padding:0 .4em;border-radius:3px;background:var(--c);font:.8em system-ui,sans-serif}
        .error{color:#a00;font-family:system-ui,sans-serif}
        \(labels.enumerated().map { ".l\($0.offset){--c:\(color($0.offset))}" }.joined(separator: "\n"))
        </style></head><body>
        <h1>\(escape(title))</h1>
        <div class="legend">\(labels.enumerated().map { "<span class=\"l\($0.offset)\">\(escape($0.element))</span>" }.joined())</div>

        """
        for document in documents {
            page += "<section><h2>\(escape(document.source))</h2><div class=\"text\">"
            page += body(document, labelIndex: Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) }))
            page += "</div></section>\n"
        }
        for failure in failures {
            page += "<section><h2>\(escape(failure.source))</h2><p class=\"error\">\(escape(failure.message))</p></section>\n"
        }
        page += "</body></html>\n"
        return page
    }

    private static func body(_ document: Document, labelIndex: [String: Int]) -> String {
        var html = ""
        let annotations = document.annotations
        for event in AnnotationLayout.events(for: annotations, textLength: document.bytes.count) {
            switch event {
            case let .text(range):
                html += escape(document.text(bytes: range))
            case let .open(index, _):
                let annotation = annotations[index]
                html += "<mark class=\"l\(labelIndex[annotation.label] ?? 0)\" title=\"\(escape(tooltip(annotation)))\">"
            case let .close(index, final):
                if final { html += "<sup>\(escape(annotations[index].label))</sup>" }
                html += "</mark>"
            }
        }
        return html
    }

    private static func tooltip(_ annotation: Annotation) -> String {
        var json = JSONWriter()
        json.value(.object(annotation.attributes))
        let attributes = annotation.attributes.isEmpty ? "" : " " + String(decoding: json.bytes, as: UTF8.self)
        return "\(annotation.plugin) \(annotation.label)\(attributes)"
    }

    /// Evenly spaced pastel hues, so neighbouring labels differ.
    private static func color(_ index: Int) -> String {
        "hsl(\((index * 137) % 360) 70% 85%)"
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
