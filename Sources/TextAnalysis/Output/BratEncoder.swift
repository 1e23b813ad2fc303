/// Encodes a document's annotations as brat standoff (`.ann`), for `--format brat`: what the
/// brat rapid annotation tool, and the corpora and converters built around it, read, so that
/// an analyst can open the findings beside the text, correct them and export a gold set.
///
/// - One text-bound annotation a line: `T1<TAB>LABEL START END<TAB>text`. Offsets are Unicode
///   scalar offsets into the text exactly as analyzed (brat counts characters of the `.txt` as
///   Python does), end-exclusive: this project's `start` and `end`.
/// - An annotation that crosses a line break is written as fragments (`START END;START END`),
///   one a line, as brat draws text line by line; its text field joins them with spaces.
/// - What the plugin found beyond the label (the normalized value, the gazetteer entry) is an
///   `AnnotatorNotes` line after it, `#1<TAB>AnnotatorNotes T1<TAB>numbers: value=27169`, which
///   brat shows on hover and keeps when the annotation is edited.
public enum BratEncoder {
    /// The document's `.ann` lines, in output order.
    public static func annotations(of document: Document) -> [UInt8] {
        var out: [UInt8] = []
        for (index, annotation) in document.annotations.enumerated() {
            let number = index + 1
            let fragments = lineFragments(annotation.span.bytes, in: document.bytes)
            var line = "T\(number)\t\(annotation.label) "
            line += fragments.map { "\(document.scalarOffset(ofByte: $0.lowerBound)) \(document.scalarOffset(ofByte: $0.upperBound))" }
                .joined(separator: ";")
            line += "\t" + fragments.map { document.text(bytes: $0) }.joined(separator: " ") + "\n"
            out += line.utf8
            var note = "\(annotation.plugin):"
            for (key, value) in annotation.attributes {
                note += " \(key)=" + String(decoding: CSVEncoder.cell(value), as: UTF8.self)
            }
            out += "#\(number)\tAnnotatorNotes T\(number)\t\(note.onOneLine)\n".utf8
        }
        return out
    }

    /// An `annotation.conf` declaring `labels` as entity types, so brat opens the documents
    /// without warnings about undeclared types.
    public static func configuration(labels: some Sequence<String>) -> [UInt8] {
        let entities = Set(labels).sorted().map { $0 + "\n" }.joined()
        return Array("# Written by analyze --format brat: the labels its plugins produced.\n[entities]\n\(entities)\n[relations]\n\n[events]\n\n[attributes]\n".utf8)
    }

    /// `bytes` cut at line breaks into the non-empty pieces between them (the whole range when it
    /// holds none).
    static func lineFragments(_ range: Range<Int>, in bytes: [UInt8]) -> [Range<Int>] {
        var fragments: [Range<Int>] = []
        var start = range.lowerBound
        for offset in range where bytes[offset] == 0x0A || bytes[offset] == 0x0D {
            if offset > start { fragments.append(start..<offset) }
            start = offset + 1
        }
        if range.upperBound > start { fragments.append(start..<range.upperBound) }
        return fragments.isEmpty ? [range] : fragments
    }
}

extension String {
    /// The text with line breaks and tabs as spaces: a field of a line-based format (a CoNLL
    /// comment, a brat note), which one line break or tab would split.
    var onOneLine: String {
        String(map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
