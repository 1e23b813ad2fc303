/// What to include besides the annotations.
public struct OutputOptions: Sendable, Hashable {
    public var includeTokens: Bool
    public var includeSentences: Bool
    /// Every span also as `utf16_start`/`utf16_end` (see ``UTF16Offsets``).
    public var includeUTF16Offsets: Bool

    public init(includeTokens: Bool = false, includeSentences: Bool = false, includeUTF16Offsets: Bool = false) {
        self.includeTokens = includeTokens
        self.includeSentences = includeSentences
        self.includeUTF16Offsets = includeUTF16Offsets
    }
}

/// A document that could not be analyzed. It is written in place of the result,
/// in input order, so nothing is silently dropped.
public struct DocumentFailure: Error, Sendable, Hashable {
    public var source: String
    /// A JSONL record's `id`, as raw JSON, when the input had one.
    public var id: String?
    public var code: String
    public var message: String
    public var line: Int?
    public var byteOffset: Int?

    public init(source: String, id: String? = nil, code: String, message: String, line: Int? = nil, byteOffset: Int? = nil) {
        self.source = source
        self.id = id
        self.code = code
        self.message = message
        self.line = line
        self.byteOffset = byteOffset
    }
}

/// Encodes results in the output contract's JSON shape (see README, "Output contract").
public enum DocumentEncoder {
    public static func encode(_ document: Document, plugins: [AnalyzerID], options: OutputOptions = OutputOptions(), id: String? = nil, into json: inout JSONWriter) {
        json.beginObject()
        json.key(literal: "source"); json.string(document.source)
        if let id { json.key(literal: "id"); json.raw(id.utf8) }
        if let date = document.date { json.key(literal: "date"); json.string(date) }
        json.key(literal: "plugins"); json.beginArray(); for plugin in plugins { json.string(plugin.rawValue) }; json.endArray()
        json.key(literal: "bytes"); json.int(document.bytes.count)
        json.key(literal: "scalars"); json.int(document.scalarCount)
        json.key(literal: "counts")
        json.beginObject()
        json.key(literal: "annotations"); json.int(document.annotations.count)
        let counted: Void? = document.annotations.withUnsafeBufferPointer { annotations in
            countLabels(annotations) { found in
                for entry in found {
                    json.key(smallString: entry.words) { annotations[entry.first].label }
                    json.int(entry.count)
                }
            }
        }
        if counted == nil {
            for (label, count) in labelCountsInGeneral(document.annotations) {
                json.key(label); json.int(count)
            }
        }
        json.endObject()
        if !document.summaries.isEmpty { json.key(literal: "summary"); json.value(.object(document.summaries)) }
        if !document.warnings.isEmpty {
            json.key(literal: "warnings"); json.beginArray(); for warning in document.warnings { json.string(warning) }; json.endArray()
        }
        json.key(literal: "annotations")
        json.beginArray()
        let utf16 = options.includeUTF16Offsets ? UTF16Offsets(document) : nil
        // (Through the buffer: iterating the array, even by index, copied each whole annotation
        // through its outlined copy and destroy; read in place, the fields are taken as used.
        // They are still retained and released: unsafe memory promises no exclusive access.)
        document.annotations.withUnsafeBufferPointer { annotations in
            guard let first = annotations.baseAddress else { return }
            for annotation in first..<first + annotations.count { encode(storedAt: annotation, utf16: utf16, into: &json) }
        }
        json.endArray()
        if options.includeSentences {
            json.key(literal: "sentences")
            json.beginArray()
            for sentence in document.sentences {
                json.beginObject()
                json.offsets(sentence.span)
                if let utf16 { json.utf16Offsets(utf16.range(of: sentence.span)) }
                json.key(literal: "tokens"); json.int(sentence.tokens.count)
                json.endObject()
            }
            json.endArray()
        }
        if options.includeTokens {
            json.key(literal: "tokens")
            json.beginArray()
            for token in document.tokens {
                json.beginObject()
                json.key(literal: "text"); json.string(document.text(of: token))
                json.key(literal: "kind"); json.string(token.kind.description)
                json.offsets(token.span)
                if let utf16 { json.utf16Offsets(utf16.range(of: token.span)) }
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
    }

    /// `utf16`: the document's, when the output gives UTF-16 offsets too.
    public static func encode(_ annotation: Annotation, utf16: UTF16Offsets? = nil, into json: inout JSONWriter) {
        withUnsafePointer(to: annotation) { encode(storedAt: $0, utf16: utf16, into: &json) }
    }

    /// The annotation at `annotation`, read where it is stored (see ``JSONWriter/members(_:)``).
    static func encode(storedAt annotation: UnsafePointer<Annotation>, utf16: UTF16Offsets?, into json: inout JSONWriter) {
        json.beginAnnotation(storedAt: annotation)
        json.offsets(annotation.pointee.span)
        if let utf16 { json.utf16Offsets(utf16.range(of: annotation.pointee.span)) }
        annotation.pointee.attributes.list.withUnsafeBufferPointer { json.members($0) }
        json.endObject()
    }

    public static func encode(_ failure: DocumentFailure, into json: inout JSONWriter) {
        json.beginObject()
        json.key(literal: "source"); json.string(failure.source)
        if let id = failure.id { json.key(literal: "id"); json.raw(id.utf8) }
        json.key(literal: "error")
        json.beginObject()
        json.key(literal: "code"); json.string(failure.code)
        json.key(literal: "message"); json.string(failure.message)
        if let line = failure.line { json.key(literal: "line"); json.int(line) }
        if let offset = failure.byteOffset { json.key(literal: "byte_offset"); json.int(offset) }
        json.endObject()
        json.endObject()
    }

    /// Annotation counts per label, sorted by label.
    public static func labelCounts(_ annotations: [Annotation]) -> [(String, Int)] {
        annotations.withUnsafeBufferPointer { annotations in
            countLabels(annotations) { found in found.map { (annotations[$0.first].label, $0.count) } }
        } ?? labelCountsInGeneral(annotations)
    }

    /// A label counted: its small String's words, how many annotations have it, the first that does.
    struct LabelCount {
        var words: SIMD2<UInt64>
        var count: Int
        var first: Int
    }

    /// Gives `body` the labels of `annotations` counted, sorted by label; nil, without calling
    /// it, for a document with a label that is not small ASCII or with more than 32 labels (a
    /// kilobyte of counts, which the stack takes; room for 64 went to the heap).
    static func countLabels<Result>(_ annotations: UnsafeBufferPointer<Annotation>, _ body: (UnsafeBufferPointer<LabelCount>) -> Result) -> Result? {
        // Labels are short upper-case ASCII: compared and ordered as the two words such a String
        // is kept in, with no call per comparison; a document with any other label takes the
        // general way. (Counted in a buffer on the stack: a list, reserved once, cost an
        // allocation and a check for sharing at each count.)
        withUnsafeTemporaryAllocation(of: LabelCount.self, capacity: 32) { found -> Result? in
            var distinct = 0, last = 0
            for index in annotations.indices {
                guard let label = OutputBuffer.smallASCIIWords(annotations[index].label) else { return nil }
                if last < distinct, found[last].words == label {
                    found[last].count &+= 1
                } else if let known = found[..<distinct].firstIndex(where: { $0.words == label }) {
                    found[known].count &+= 1
                    last = known
                } else {
                    guard distinct < found.count else { return nil }
                    found.initializeElement(at: distinct, to: LabelCount(words: label, count: 1, first: index))
                    last = distinct
                    distinct &+= 1
                }
            }
            // Byte order is String order for ASCII; the words hold the bytes from the lowest, zeros
            // after the last, so byte-swapped they compare as the text does.
            func precedes(_ a: SIMD2<UInt64>, _ b: SIMD2<UInt64>) -> Bool {
                a.x != b.x ? a.x.byteSwapped < b.x.byteSwapped : a.y.byteSwapped < b.y.byteSwapped
            }
            for position in (0..<distinct).dropFirst() {
                var place = position
                while place > 0, precedes(found[place].words, found[place - 1].words) {
                    found.swapAt(place, place - 1)
                    place -= 1
                }
            }
            // (LabelCount is a trivial type: the buffer needs no deinitialization.)
            return body(UnsafeBufferPointer(rebasing: found[..<distinct]))
        }
    }

    private static func labelCountsInGeneral(_ annotations: [Annotation]) -> [(String, Int)] {
        // A document has a few dozen labels at most: a list searched from the label seen last
        // beats hashing every annotation's label (1.6% of a whole run). The list is kept sorted
        // as labels are added, by index so that no annotation is copied.
        var counts: [(String, Int)] = []
        counts.reserveCapacity(16)
        var last = 0
        for index in annotations.indices {
            let label = annotations[index].label
            if last < counts.count, counts[last].0 == label {
                counts[last].1 += 1
            } else if let found = counts.firstIndex(where: { $0.0 == label }) {
                counts[found].1 += 1
                last = found
            } else {
                // (Appended and moved down: `insert` went through the general `replaceSubrange`.)
                var position = counts.count
                counts.append((label, 1))
                while position > 0, label < counts[position - 1].0 {
                    counts.swapAt(position, position - 1)
                    position -= 1
                }
                last = position
            }
        }
        return counts
    }
}
