import Foundation
import Testing
@testable import TextAnalysis

@Suite("Output encoders")
struct OutputTests {
    func document(_ text: String, _ spans: [(Range<Int>, String)]) -> Document {
        var document = Document(text: text, source: "t")
        document.annotations = spans.map { document.annotation(plugin: "p", label: $0.1, bytes: $0.0) }
        return document
    }

    @Test("JSON strings escape quotes, backslashes and control characters, and keep UTF-8")
    func escaping() throws {
        var json = JSONWriter()
        json.string("a\"b\\c\n\t\u{1}é“")
        #expect(String(decoding: json.bytes, as: UTF8.self) == #""a\"b\\c\n\t\u0001é“""#)
    }

    @Test("integral doubles print as integers; non-finite as null")
    func numbers() {
        var json = JSONWriter()
        json.beginArray(); json.double(27169); json.double(1.5); json.double(.infinity); json.int(-3); json.endArray()
        #expect(String(decoding: json.bytes, as: UTF8.self) == "[27169,1.5,null,-3]")
    }

    /// The writer reads attribute keys where they are stored: every kind of value must write
    /// as `key(_:)` and `value(_:)` write it.
    @Test("attributes written where they are stored write as keys and values written one by one")
    func storedValues() {
        let values: [AttributeValue] = ["", "E1", "a string longer than fifteen bytes", "quote \" inside", "é", 0, -7, .int(.max), 1.5, -76.6363, 27169.0,
                                        .double(.nan), true, false, .null, [1, "a"], .object(["n": 1, "s": "x"])]
        var stored = JSONWriter(), written = JSONWriter()
        let attributes = Attributes(distinct: values.indices.map { Attribute("k\($0)", values[$0]) })
        stored.beginObject(); attributes.list.withUnsafeBufferPointer { stored.members($0) }; stored.endObject()
        written.beginObject(); for (key, value) in attributes { written.key(key); written.value(value) }; written.endObject()
        #expect(stored.bytes == written.bytes)
    }

    /// Doubles of 16 and 17 significant digits, in every range of exponents, with ties to
    /// round at the 15th digit among them: rounding the digits of `description` must agree
    /// with `%.15g`.
    @Test("a long double rounds to 15 digits from its description as %.15g rounds it")
    func fifteenDigits() {
        var values: [Double] = [33.2 * 1e9, 0.1 + 0.2, -3.7026000000000003, 1.0000152587890625, 2.0 / 3.0, 1e-7 / 3, 1e22 / 3, -0.7000000000000001,
                                123_456_789.12345679, 0.12345678901234565]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<20000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let mantissa = Double(state >> 11) / Double(1 << 53)
            let exponent = Int(state % 41) - 20
            values.append((state & 1 == 0 ? 1 : -1) * mantissa * pow(10, Double(exponent)))
        }
        // Decimals of 16 digits ending in 5, which tie at the 15th where they are exact.
        for ending in stride(from: 5, to: 100_000, by: 10) { values.append(1 + Double(ending) / 1e15) }
        var compared = 0
        for value in values where value.isFinite && value != 0 {
            let text = value.description
            guard JSONWriter.significantDigits(text) > 15 else { continue }
            compared += 1
            #expect(JSONWriter.roundedToFifteenDigits(value, description: text) == Double(String(format: "%.15g", value)), "\(text)")
        }
        #expect(compared > 10000)
    }

    /// Deeper than the writer's 64 flags in a word: the outer flags go to a list and come back.
    @Test("containers nested deeper than 64 levels separate their elements as shallow ones do", arguments: [1, 63, 64, 65, 130])
    func deepNesting(levels: Int) {
        var json = JSONWriter()
        json.beginArray()
        for level in 0..<levels {
            json.beginArray()
            // Every other level holds an element before the next, so levels differ in their flags.
            if level % 2 == 0 { json.int(level) }
        }
        for level in (0..<levels).reversed() {
            json.endArray()
            json.int(-level)
        }
        json.endArray()
        // The array at `level`: its own element (even levels), the next level's array, and the
        // number written after that one closed.
        func array(_ level: Int) -> String {
            var members = level % 2 == 0 ? ["\(level)"] : []
            if level + 1 < levels { members += [array(level + 1), "\(-(level + 1))"] }
            return "[" + members.joined(separator: ",") + "]"
        }
        #expect(String(decoding: json.bytes, as: UTF8.self) == "[" + array(0) + ",0]")
    }

    static let noisyDoubles: [(Double, String)] = [
        (33.2 * 1e9, "33200000000"), (8.44 * 1e9, "8440000000"), (0.1 + 0.6, "0.7"), (-3.7026000000000003, "-3.7026"),
        (0.1 + 0.2, "0.3"), (1.5, "1.5"), (2.0 / 3.0, "0.6666666666666666"), (1e-7, "1e-07"), (-0.25, "-0.25"), (1e20, "1e+20"),
    ]

    @Test("doubles drop the binary noise of decimal arithmetic, and keep real digits", arguments: noisyDoubles)
    func doubleNoise(_ value: Double, _ expected: String) {
        var json = JSONWriter()
        json.double(value)
        #expect(String(decoding: json.bytes, as: UTF8.self) == expected)
    }

    /// Decimals of up to six places, as coordinates and confidences are: the writer's own
    /// digit path must print what `description` prints, at the range's edges and in between.
    static let shortDecimals: [Double] = {
        var values: [Double] = [0.0001, -0.0001, 0.00012, 0.5, 2.7612, -76.6363, 0.749, 0.999, 1.000001, 999_999_999.5,
                                123_456.789012, 0.000999, 43.5276, -0.1, 180.0001]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let places = Int(state >> 61) % 6 + 1
            // Parsed, so the value is the double nearest the decimal, as a parsed coordinate is.
            let value = Double("\(state >> 34)e-\(places)")! // up to 2^30 units
            values.append(state & 1 == 0 ? value : -value)
        }
        return values
    }()

    @Test("short decimals print as Swift's description prints them")
    func shortDecimals() {
        for value in Self.shortDecimals where value != value.rounded() {
            var json = JSONWriter()
            json.double(value)
            #expect(String(decoding: json.bytes, as: UTF8.self) == value.description, "\(value)")
        }
    }

    /// The short-decimal search as it was first written, one place at a time: the reference
    /// for the one-conversion search.
    static func shortDecimalByPlaces(_ value: Double) -> String? {
        let magnitude = abs(value)
        guard magnitude >= 1e-4, magnitude < 1e9 else { return nil }
        var scale = 1.0
        for places in 1...6 {
            scale *= 10
            let units = UInt64(magnitude * scale + 0.5)
            guard Double(units) / scale == magnitude else { continue }
            let divisor = UInt64(scale)
            let fraction = String(units % divisor)
            return (value < 0 ? "-" : "") + String(units / divisor) + "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return nil
    }

    @Test("the one-conversion short-decimal search takes and writes what the search by places does")
    func shortDecimalSearch() {
        var random = XorShift(state: 0x1234_5678_9ABC_DEF1)
        func next() -> UInt64 { random.next() }
        var values = Self.shortDecimals + [1e-4.nextDown, 1e9.nextDown, 0.1 + 0.2, 2.0 / 3, 3.0000000001, 5.0000004, 0.9999996, 12.5000005]
        for _ in 0..<20000 {
            let roll = next()
            switch roll % 4 {
            case 0: values.append(Double(bitPattern: 0x3F00_0000_0000_0000 &+ next() % 0x0A00_0000_0000_0000)) // any double, ~1e-5 to 1e10
            case 1: values.append(Double(next() % 1_000_000_000_000) / 1e6) // six places or fewer
            case 2: values.append((Double(next() % 1_000_000_000) / 1e4).nextUp) // a unit in the last place off
            default: values.append(Double(next() % 100_000_000) / 1e6 + Double(next() % 1000) * 1e-13) // noise past six places
            }
        }
        for value in values where value == value {
            var json = JSONWriter()
            let took = json.appendShortDecimal(value)
            let expected = Self.shortDecimalByPlaces(value)
            #expect(took == (expected != nil), "\(value)")
            if took { #expect(String(decoding: json.bytes, as: UTF8.self) == expected, "\(value)") }
        }
    }

    @Test("the eight-bytes-at-a-time escape test agrees with the byte test on random bytes")
    func escapeScan() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt8 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
        for length in 0..<600 {
            // Mostly plain text, with a rare byte from each class the writer escapes, and UTF-8.
            let bytes = (0..<(length % 40)).map { _ -> UInt8 in
                let roll = next()
                return roll < 3 ? [0x22, 0x5C, 0x7F, 0x0A, 0x1F][Int(next() % 5)] : roll < 40 ? 0x80 | next() : 0x20 + next() % 0x5F
            }
            let expected = bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }
            #expect(bytes.withUnsafeBufferPointer(JSONWriter.containsEscape) == expected, "\(bytes)")
        }
    }

    @Test("runs of every short length are copied exactly (the word-move paths of the buffer)", arguments: 0...40)
    func runLengths(_ length: Int) {
        let text = String((0..<length).map { Character(UnicodeScalar(UInt8(0x41 + $0 % 26))) })
        var json = JSONWriter()
        json.beginArray(); json.string(text); json.string(text); json.endArray()
        #expect(String(decoding: json.bytes, as: UTF8.self) == "[\"\(text)\",\"\(text)\"]")
    }

    @Test("integers print exactly as Swift prints them, extremes included", arguments: [0, 7, -1, 10, 99, 100, -1000, 27169, Int.max, Int.min])
    func integers(_ value: Int) {
        var json = JSONWriter()
        json.int(value)
        #expect(String(decoding: json.bytes, as: UTF8.self) == String(value))
    }

    @Test("strings with nothing to escape are copied as they are, small and large",
          arguments: ["", "a", "Kyiv", "Kharkiv Oblast", "Куп’янськ", String(repeating: "news text ", count: 500)])
    func plainStrings(_ value: String) {
        var json = JSONWriter()
        json.string(value)
        #expect(String(decoding: json.bytes, as: UTF8.self) == "\"" + value + "\"")
    }

    @Test("a literal key writes what a String key writes, compact and pretty", arguments: [false, true])
    func literalKeys(pretty: Bool) {
        var literal = JSONWriter(pretty: pretty)
        var string = JSONWriter(pretty: pretty)
        literal.beginObject(); literal.key(literal: "byte_start"); literal.int(3); literal.key(literal: "text"); literal.beginArray(); literal.endArray(); literal.endObject()
        string.beginObject(); string.key("byte_start"); string.int(3); string.key("text"); string.beginArray(); string.endArray(); string.endObject()
        #expect(literal.bytes == string.bytes)
        #expect(String(decoding: literal.bytes, as: UTF8.self) == (pretty ? "{\n  \"byte_start\": 3,\n  \"text\": []\n}" : #"{"byte_start":3,"text":[]}"#))
    }

    /// JSON string escaping a byte at a time: what the writer's fast paths must agree with.
    static func reference(quoting string: String) -> String {
        var out = "\""
        for byte in string.utf8 {
            switch byte {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20, 0x7F: out += String(format: "\\u%04x", Int(byte))
            default: out.unicodeScalars.append(UnicodeScalar(byte)) // ASCII here; UTF-8 below
            }
        }
        return out + "\""
    }

    @Test("small strings written from their inline bytes agree with the byte-at-a-time escape, as values and as keys")
    func smallStrings() {
        var random = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        func next() -> UInt64 { random.next() }
        let pieces = ["a", "Z", "0", " ", "\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "\u{7F}", "é", "’", "Ж", "🌍", "_", "-", ":"]
        for round in 0..<4000 {
            var text = ""
            let parts = Int(next() % 18)
            for _ in 0..<parts {
                // Mostly plain letters, so that most strings need no escape.
                let roll = Int(next() % 40)
                text += roll < pieces.count ? pieces[roll] : String(UnicodeScalar(UInt8(0x61 + roll % 26)))
            }
            let pretty = round % 2 == 1
            var json = JSONWriter(pretty: pretty)
            json.beginObject(); json.key(text); json.string(text); json.endObject()
            let quoted = text.utf8.contains(where: { $0 >= 0x80 }) ? nil : Self.reference(quoting: text)
            let output = String(decoding: json.bytes, as: UTF8.self)
            if let quoted {
                #expect(output == (pretty ? "{\n  \(quoted): \(quoted)\n}" : "{\(quoted):\(quoted)}"), "\(text.debugDescription)")
            }
            // Non-ASCII text: the same bytes as a String the writer cannot take inline.
            let large = text + String(repeating: " ", count: 16)
            var slow = JSONWriter(pretty: pretty)
            slow.beginObject(); slow.key(large); slow.string(large); slow.endObject()
            let expected = String(decoding: slow.bytes, as: UTF8.self).replacingOccurrences(of: String(repeating: " ", count: 16) + "\"", with: "\"")
            #expect(output == expected, "\(text.debugDescription)")
        }
    }

    @Test("integers of every length print as String(value) does, and decimals keep their zeros")
    func randomIntegers() {
        var random = XorShift(state: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<20000 {
            let state = random.next()
            let value = Int(bitPattern: UInt(state)) >> Int(state % 64)
            var json = JSONWriter()
            json.int(value)
            #expect(String(decoding: json.bytes, as: UTF8.self) == String(value))
        }
        for value in [0.5, 0.05, 1.0001, 12.000001, 2.7612, -76.6363, 0.749, 100.01] {
            var json = JSONWriter()
            json.double(value)
            #expect(String(decoding: json.bytes, as: UTF8.self) == value.description)
        }
    }

    @Test("the compact annotation head and offsets write what the general calls write", arguments: [false, true])
    func annotationFastPaths(pretty: Bool) {
        let spans = [TextSpan(bytes: 0..<0, scalars: 0..<0), TextSpan(bytes: 9..<12, scalars: 7..<10),
                     TextSpan(bytes: 123_456..<4_000_000_000, scalars: 99_999..<1_000_000),
                     // Byte offsets equal to the scalar offsets (ASCII text), whose digits are copied.
                     TextSpan(bytes: 9..<12, scalars: 9..<12), TextSpan(bytes: 3_999_999_999..<4_000_000_000, scalars: 3_999_999_999..<4_000_000_000),
                     TextSpan(bytes: 7..<4_000_000_000, scalars: 7..<99)]
        for span in spans {
            var fast = JSONWriter(pretty: pretty), general = JSONWriter(pretty: pretty)
            fast.beginArray(); general.beginArray()
            for text in ["Kyiv", "a \"quoted\" name longer than sixteen", ""] {
                let annotation = Annotation(plugin: "places", label: "GPE", span: span, text: text)
                withUnsafePointer(to: annotation) { fast.beginAnnotation(storedAt: $0) }
                fast.offsets(span)
                fast.endObject()
                general.beginObject()
                general.key("plugin"); general.string("places")
                general.key("label"); general.string("GPE")
                general.key("text"); general.string(text)
                general.key("start"); general.int(span.scalars.lowerBound)
                general.key("end"); general.int(span.scalars.upperBound)
                general.key("byte_start"); general.int(span.bytes.lowerBound)
                general.key("byte_end"); general.int(span.bytes.upperBound)
                general.endObject()
            }
            fast.endArray(); general.endArray()
            #expect(String(decoding: fast.bytes, as: UTF8.self) == String(decoding: general.bytes, as: UTF8.self))
        }
    }

    @Test("label counts are sorted by label")
    func labelCountsSorted() {
        let document = document("a b c d e f", [(0..<1, "ORG"), (2..<3, "GPE"), (4..<5, "ORG"), (6..<7, "DATE"), (8..<9, "GPE"), (10..<11, "ZIP")])
        let counts = DocumentEncoder.labelCounts(document.annotations)
        #expect(counts.map(\.0) == ["DATE", "GPE", "ORG", "ZIP"])
        #expect(counts.map(\.1) == [1, 2, 2, 1])
    }

    @Test("label counts agree with a dictionary's, sorted, whether labels are short ASCII or not")
    func labelCountsRandom() {
        var random = XorShift(state: 0x0DDB_1A5E_5BAD_5EED)
        let short = ["ORG", "GPE", "PERSON", "DATE", "A", "AB", "ABC", "B", "CARDINAL", "ORDINAL", "Z", "MONEY_RANGE_LONG", "LOC", "org", "ADMIN2"]
        let other = ["ÉTAT", "A_VERY_LONG_LABEL_NAME", "e\u{301}"]
        // More short labels than the counts' room on the stack holds (32), for the general way.
        let many = short + (0..<40).map { "L\($0)" }
        for round in 0..<300 {
            let pool = round % 3 == 0 ? short + other : round % 3 == 1 ? short : many
            var annotations: [Annotation] = []
            for _ in 0..<Int(random.next() % (pool.count == many.count ? 200 : 60)) {
                let label = pool[Int(random.next() % UInt64(pool.count))]
                annotations.append(Annotation(plugin: "p", label: label, span: TextSpan(bytes: 0..<1, scalars: 0..<1), text: "x"))
            }
            let expected = Dictionary(grouping: annotations, by: \.label).map { ($0.key, $0.value.count) }.sorted { $0.0 < $1.0 }
            let counts = DocumentEncoder.labelCounts(annotations)
            #expect(counts.map(\.0) == expected.map(\.0))
            #expect(counts.map(\.1) == expected.map(\.1))
        }
    }

    @Test("a document encodes to the output contract and parses as JSON")
    func contract() throws {
        var document = document("Kyiv’s 90%", [(0..<4, "GPE"), (9..<12, "PERCENT")])
        document.annotations[1].attributes = ["value": 90, "approximate": true]
        for pretty in [false, true] {
            var json = JSONWriter(pretty: pretty)
            DocumentEncoder.encode(document, plugins: ["p"], options: OutputOptions(includeTokens: false), into: &json)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
            #expect(object["source"] as? String == "t")
            let annotations = try #require(object["annotations"] as? [[String: Any]])
            #expect(annotations.count == 2)
            #expect(annotations[1]["text"] as? String == "90%")
            #expect(annotations[1]["start"] as? Int == 7 && annotations[1]["end"] as? Int == 10)
            #expect(annotations[1]["byte_start"] as? Int == 9 && annotations[1]["byte_end"] as? Int == 12)
            #expect(annotations[1]["value"] as? Int == 90)
            #expect((object["counts"] as? [String: Int])?["GPE"] == 1)
        }
    }

    @Test("text format nests annotations and closes crossing ones correctly")
    func textNesting() {
        let nested = document("Kharkiv Oblast is big", [(0..<14, "ADMIN"), (0..<7, "NAME")])
        #expect(TextRenderer.render(nested, colored: false) == "[[Kharkiv]NAME Oblast]ADMIN is big\n")
        let crossing = document("a b c", [(0..<3, "X"), (2..<5, "Y")])
        #expect(TextRenderer.render(crossing, colored: false) == "[a [b]X c]Y\n")
        let empty = document("ab", [(1..<1, "E")])
        #expect(TextRenderer.render(empty, colored: false) == "a[]Eb\n")
    }

    @Test("html is one page, escapes text, and keeps tags balanced for crossing spans")
    func html() {
        let crossing = document("a <b> c", [(0..<5, "X"), (2..<7, "Y")])
        let page = HTMLRenderer.render([crossing])
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("&lt;b&gt;"))
        #expect(page.components(separatedBy: "<mark").count == page.components(separatedBy: "</mark>").count)
        #expect(!page.contains("<script"))
    }
}

/// Xorshift64: repeatable pseudo-random words for the tests that compare a fast path with a slow one.
struct XorShift {
    var state: UInt64

    mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }
}
