/// Encodes annotations as CSV (RFC 4180), one row per annotation, for `--format csv`: the
/// table a spreadsheet, `pandas.read_csv` or `csvkit` opens without a JSON step.
///
/// The columns are fixed before the first document, so a run over a corpus streams: where the
/// annotation is (`document`, `plugin`, `label`, offsets, `text`), then one column per attribute
/// the chosen analyzers declare (``AnalyzerFactory/fields``), then `other`, a JSON object of any
/// attribute no column holds, so nothing an analyzer says is dropped. A cell is the value as
/// text: numbers as the JSON output writes them, `true`/`false`, nothing for an absent or null
/// value, compact JSON for a list or an object (a number's `counts`). Lines end in LF; a field
/// with a comma, a double quote or a line break is quoted, its quotes doubled.
public enum CSVEncoder {
    /// The columns before the attributes' (`text` last).
    public static let leadingColumns = ["document", "plugin", "label", "start", "end", "byte_start", "byte_end", "text"]
    /// With `--utf16-offsets`, after `byte_end` (see ``UTF16Offsets``).
    public static let utf16Columns = ["utf16_start", "utf16_end"]

    /// The columns before the attributes', with or without the UTF-16 offsets.
    static func leadingColumns(utf16: Bool) -> [String] {
        utf16 ? leadingColumns.dropLast() + utf16Columns + ["text"] : leadingColumns
    }

    /// The attribute columns for analyzers' declared fields, in analyzer order, each once.
    public static func attributeColumns(_ fields: [[String]]) -> [String] {
        var seen: Set<String> = []
        return fields.joined().filter { seen.insert($0).inserted && !leadingColumns(utf16: true).contains($0) && $0 != "other" }
    }

    /// The header line; `utf16`: with the UTF-16 offsets' columns.
    public static func header(attributeColumns: [String], utf16: Bool = false) -> [UInt8] {
        var line: [UInt8] = []
        for (index, name) in (leadingColumns(utf16: utf16) + attributeColumns + ["other"]).enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            appendField(Array(name.utf8), to: &line)
        }
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// The rows of a document's annotations, in output order; `utf16`: with the UTF-16 offsets.
    public static func rows(of document: Document, attributeColumns: [String], utf16: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        let source = Array(document.source.utf8)
        let utf16Offsets = utf16 ? UTF16Offsets(document) : nil
        var cells = [[UInt8]?](repeating: nil, count: attributeColumns.count)
        for annotation in document.annotations {
            appendField(source, to: &out)
            for field in [annotation.plugin, annotation.label] {
                out.append(UInt8(ascii: ","))
                appendField(Array(field.utf8), to: &out)
            }
            for offset in [annotation.span.scalars.lowerBound, annotation.span.scalars.upperBound,
                           annotation.span.bytes.lowerBound, annotation.span.bytes.upperBound] {
                out.append(UInt8(ascii: ","))
                out.append(contentsOf: String(offset).utf8)
            }
            if let range = utf16Offsets?.range(of: annotation.span) {
                for offset in [range.lowerBound, range.upperBound] {
                    out.append(UInt8(ascii: ","))
                    out.append(contentsOf: String(offset).utf8)
                }
            }
            out.append(UInt8(ascii: ","))
            appendField(Array(annotation.text.utf8), to: &out)
            for index in cells.indices { cells[index] = nil }
            var other = JSONWriter()
            var hasOther = false
            for (key, value) in annotation.attributes {
                if let column = attributeColumns.firstIndex(of: key) {
                    cells[column] = cell(value)
                } else {
                    if !hasOther { other.beginObject(); hasOther = true }
                    other.member(key, value)
                }
            }
            for cell in cells {
                out.append(UInt8(ascii: ","))
                if let cell { appendField(cell, to: &out) }
            }
            out.append(UInt8(ascii: ","))
            if hasOther {
                other.endObject()
                appendField(other.bytes, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// A value as one cell's text.
    static func cell(_ value: AttributeValue) -> [UInt8] {
        switch value {
        case let .string(string): return Array(string.utf8)
        case .null: return []
        default:
            var json = JSONWriter()
            json.value(value)
            return json.bytes
        }
    }

    /// Appends `field`, quoted when it holds a comma, a double quote or a line break.
    static func appendField(_ field: [UInt8], to line: inout [UInt8]) {
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard field.contains(where: special) else { return line.append(contentsOf: field) }
        line.append(UInt8(ascii: "\""))
        for byte in field {
            if byte == UInt8(ascii: "\"") { line.append(byte) }
            line.append(byte)
        }
        line.append(UInt8(ascii: "\""))
    }
}
