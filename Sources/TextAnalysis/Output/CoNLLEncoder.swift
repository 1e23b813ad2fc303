/// Encodes documents in CoNLL-style columns, for `--format conll`: one token a line, a blank line
/// after each sentence, and per plugin a column of BIO tags (`B-PERSON`, `I-PERSON`, `O`): the
/// shape that NER evaluation (conlleval, seqeval) and sequence-labelling code read.
///
/// Lines starting with `#` are comments, as in CoNLL-U: the columns once at the top, then per
/// document its `source` (and `id`), per sentence its number and text. A token takes the tag of
/// the plugin's first annotation that overlaps it ("Kharkiv-based" is one token, tagged with the
/// place inside it); `B-` on the first token of an annotation, `I-` on the others. A plugin's
/// column is its annotations only: `places` and `entities` each have theirs, side by side.
public enum CoNLLEncoder {
    /// The first line: the columns' names, the plugins' in the order given.
    public static func header(plugins: [AnalyzerID]) -> [UInt8] {
        Array(("# columns = ID FORM START END " + plugins.map(\.rawValue).joined(separator: " ") + "\n").utf8)
    }

    /// A document's lines. `id`: the JSONL record's id as raw JSON, when there is one.
    public static func encode(_ document: Document, plugins: [AnalyzerID], id: String? = nil) -> [UInt8] {
        var out = "# source = \(document.source.onOneLine)\n"
        if let id { out += "# id = \(id)\n" }
        let annotationsByPlugin = plugins.map { plugin in document.annotations.filter { $0.plugin == plugin.rawValue } }
        var cursors = [Int](repeating: 0, count: plugins.count)
        var previous = [Int?](repeating: nil, count: plugins.count)
        for (number, group) in tokenGroups(document).enumerated() {
            let text = document.text(bytes: document.tokens[group.lowerBound].span.bytes.lowerBound..<document.tokens[group.upperBound - 1].span.bytes.upperBound)
            out += "# sent_id = \(number + 1)\n# text = \(text.onOneLine)\n"
            for (position, index) in group.enumerated() {
                let token = document.tokens[index]
                out += "\(position + 1)\t\(document.text(of: token))\t\(token.span.scalars.lowerBound)\t\(token.span.scalars.upperBound)"
                for column in plugins.indices {
                    let found = covering(token.span.bytes, in: annotationsByPlugin[column], from: &cursors[column])
                    if let found {
                        out += (found == previous[column] ? "\tI-" : "\tB-") + annotationsByPlugin[column][found].label
                    } else {
                        out += "\tO"
                    }
                    previous[column] = found
                }
                out += "\n"
            }
            out += "\n"
            for column in plugins.indices { previous[column] = nil } // an annotation across sentences starts again
        }
        return Array(out.utf8)
    }

    /// The tokens by sentence, every token once: tokens no sentence holds (if the splitter ever
    /// leaves any) are a group of their own, and a sentence overlapping the one before starts
    /// where that one ended. Empty groups are left out.
    static func tokenGroups(_ document: Document) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var next = 0
        for sentence in document.sentences {
            let tokens = sentence.tokens.clamped(to: next..<document.tokens.count)
            if tokens.lowerBound > next { groups.append(next..<tokens.lowerBound) }
            if !tokens.isEmpty { groups.append(tokens) }
            next = max(next, tokens.upperBound)
        }
        if next < document.tokens.count { groups.append(next..<document.tokens.count) }
        return groups
    }

    /// The index of the first of `annotations` (sorted by start) that overlaps `bytes`. `cursor`
    /// moves past annotations that end before the token: tokens come in text order, so no later
    /// token can overlap those.
    private static func covering(_ bytes: Range<Int>, in annotations: [Annotation], from cursor: inout Int) -> Int? {
        while cursor < annotations.count, annotations[cursor].span.bytes.upperBound <= bytes.lowerBound { cursor += 1 }
        var index = cursor
        while index < annotations.count, annotations[index].span.bytes.lowerBound < bytes.upperBound {
            if annotations[index].span.bytes.upperBound > bytes.lowerBound { return index }
            index += 1
        }
        return nil
    }
}
