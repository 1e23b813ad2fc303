import Foundation
import Testing
@testable import AnalyzeCLI

/// Runs the real binary end to end: files, stdin, JSONL, every format, every exit status.
@Suite("analyze command")
struct AnalyzeCommandTests {
    let seed = AnalyzeBinary.seed

    @Test("one file: one pretty JSON object in the output contract")
    func oneFile() throws {
        let result = try AnalyzeBinary.run([seed])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try result.json() as? [String: Any])
        #expect(object["source"] as? String == seed)
        #expect(object["plugins"] as? [String] == ["entities", "numbers", "places", "tokens"])
        #expect(object["bytes"] as? Int == 2682)
        #expect(result.stdout.contains("\n  \"plugins\""))
    }

    @Test("several files: a JSON array in argument order")
    func severalFiles() throws {
        let other = try AnalyzeBinary.temporaryFile(Data("Second file.".utf8))
        let result = try AnalyzeBinary.run([seed, other])
        #expect(result.status == 0)
        let array = try #require(try result.json() as? [[String: Any]])
        #expect(array.map { $0["source"] as? String } == [seed, other])
    }

    @Test("stdin, with no file or with '-'", arguments: [[String](), ["-"]])
    func stdin(arguments: [String]) throws {
        let result = try AnalyzeBinary.run(arguments + ["--format", "jsonl"], stdin: Data("Kyiv’s forces held.".utf8))
        #expect(result.status == 0)
        let lines = try result.jsonLines()
        #expect(lines.count == 1 && lines[0]["source"] as? String == "-")
    }

    @Test("jsonl input: one output line per input line, in order, ids carried, bad lines as error records")
    func jsonlInput() throws {
        let input = """
        {"id": "a", "text": "First. Document."}
        not json
        {"id": 7, "text": "Third https://example.com"}
        {"id": "no-text"}
        {"text": "Fifth, without id"}

        """
        let result = try AnalyzeBinary.run(["--input", "jsonl", "--jobs", "2"], stdin: Data(input.utf8))
        #expect(result.status == 65)
        let lines = try result.jsonLines()
        #expect(lines.count == 5)
        #expect(lines[0]["id"] as? String == "a")
        #expect((lines[1]["error"] as? [String: Any])?["code"] as? String == "invalid-json")
        #expect((lines[1]["error"] as? [String: Any])?["line"] as? Int == 2)
        #expect(lines[2]["id"] as? Int == 7)
        #expect((lines[2]["annotations"] as? [[String: Any]])?.first?["label"] as? String == "URL")
        #expect((lines[3]["error"] as? [String: Any])?["code"] as? String == "missing-text")
        #expect(lines[3]["id"] as? String == "no-text")
        #expect(lines[4]["source"] as? String == "-:5")
        #expect(result.stderr.contains("-:2: invalid JSON"))
    }

    @Test("jsonl: invalid UTF-8 inside a line is an error record with the line number")
    func jsonlInvalidUTF8() throws {
        var input = Data("{\"text\": \"ok\"}\n{\"text\": \"bad ".utf8)
        input.append(0xFF)
        input.append(contentsOf: Array("\"}\n".utf8))
        let result = try AnalyzeBinary.run(["--input", "jsonl"], stdin: input)
        #expect(result.status == 65)
        let lines = try result.jsonLines()
        #expect(lines.count == 2)
        let error = try #require(lines[1]["error"] as? [String: Any])
        #expect(error["code"] as? String == "invalid-utf8" && error["line"] as? Int == 2 && error["byte_offset"] as? Int == 14)
    }

    @Test("paragraphs input: each run of lines between blank lines is a document named FILE:LINE, offsets from its first line, CRLF kept")
    func paragraphsInput() throws {
        let text = "Apple Inc said on Monday it hired John Smith.\r\nHe starts in Paris.\r\n\r\n \t\r\nGOOGLE TO BUY FIRM\nGoogle will pay $5 billion.\n\n\nLast"
        let path = try AnalyzeBinary.temporaryFile(Data(text.utf8))
        let result = try AnalyzeBinary.run(["--input", "paragraphs", "--plugins", "entities,numbers", path])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try result.jsonLines()
        #expect(records.map { $0["source"] as? String } == ["\(path):1", "\(path):5", "\(path):9"])
        let first = try #require(records.first?["annotations"] as? [[String: Any]])
        // The first line's carriage return is the paragraph's: "Paris" starts at 45 + 2 + 13.
        #expect(first.contains { $0["text"] as? String == "Paris" && $0["start"] as? Int == 60 })
        #expect(records[0]["bytes"] as? Int == "Apple Inc said on Monday it hired John Smith.\r\nHe starts in Paris.".utf8.count)
        #expect(records[2]["bytes"] as? Int == 4)
    }

    @Test("lines input: each non-blank line is a document; an empty file has none; limits and bad bytes name the file's line", arguments: ["lines", "paragraphs"])
    func linesInput(mode: String) throws {
        let path = try AnalyzeBinary.temporaryFile(Data("one\n\n  \ntwo\r\n".utf8))
        let result = try AnalyzeBinary.run(["--input", mode, "--plugins", "tokens", path])
        #expect(try result.jsonLines().map { $0["source"] as? String } == ["\(path):1", "\(path):4"])
        let empty = try AnalyzeBinary.run(["--input", mode, try AnalyzeBinary.temporaryFile(Data())])
        #expect(empty.status == 0 && empty.stdout.isEmpty)
        var bad = Data("fine\n\nstill fine\nbad ".utf8)
        bad.append(0xFF)
        bad.append(contentsOf: Array("\n\n\(String(repeating: "x", count: 50))\n".utf8))
        let failing = try AnalyzeBinary.run(["--input", mode, "--max-document-bytes", "40", try AnalyzeBinary.temporaryFile(bad)])
        #expect(failing.status == 65)
        let records = try failing.jsonLines()
        let errors = records.compactMap { $0["error"] as? [String: Any] }
        #expect(errors.map { $0["code"] as? String } == ["invalid-utf8", "too-large"], "\(records)")
        #expect(errors.map { $0["line"] as? Int } == [4, 6], "the file's lines, not the paragraph's")
        #expect(records.count == (mode == "lines" ? 4 : 3), "the good documents are still analyzed")
    }

    @Test("--jobs 1 and --jobs 4 print the same bytes")
    func jobsDeterministic() throws {
        let lines = (0..<300).map { #"{"id": \#($0), "text": "Document \#($0): 27,169 troops near Kupiansk’s #front."}"# }
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let one = try AnalyzeBinary.run(["--input", "jsonl", "--jobs", "1", "--tokens"], stdin: input)
        let four = try AnalyzeBinary.run(["--input", "jsonl", "--jobs", "4", "--tokens"], stdin: input)
        #expect(one.status == 0 && four.status == 0)
        #expect(one.stdoutBytes == four.stdoutBytes)
        #expect(one.stdout.split(separator: "\n").count == 300)
    }

    @Test("text format marks annotations; plain when not a terminal, colored when forced")
    func textFormat() throws {
        let input = Data("See https://isw.org today.".utf8)
        let plain = try AnalyzeBinary.run(["--format", "text"], stdin: input)
        #expect(plain.stdout == "See [https://isw.org]URL [today]DATE.\n")
        let colored = try AnalyzeBinary.run(["--format", "text", "--color", "always"], stdin: input)
        #expect(colored.stdout.contains("\u{1B}["))
    }

    @Test("html format: one self-contained page")
    func htmlFormat() throws {
        let result = try AnalyzeBinary.run(["--format", "html", seed])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>") && result.stdout.hasSuffix("</html>\n"))
        #expect(result.stdout.contains("Kupiansk"))
    }

    @Test("geojson format: one FeatureCollection, a Feature per place per document, longitude first")
    func geojson() throws {
        let empty = try AnalyzeBinary.temporaryFile(Data("Nothing to map here.\n".utf8), name: "empty.txt")
        let result = try AnalyzeBinary.run(["--plugins", "places", "--format", "geojson", AnalyzeBinary.seed, empty])
        #expect(result.status == 0)
        let collection = try #require(try result.json() as? [String: Any])
        #expect(collection["type"] as? String == "FeatureCollection")
        let features = try #require(collection["features"] as? [[String: Any]])
        let kupiansk = try #require(features.first { ($0["properties"] as? [String: Any])?["name"] as? String == "Kupiansk" })
        let coordinates = try #require((kupiansk["geometry"] as? [String: Any])?["coordinates"] as? [Double])
        #expect(abs(coordinates[0] - 37.6) < 0.1 && abs(coordinates[1] - 49.7) < 0.1)
        #expect((kupiansk["properties"] as? [String: Any])?["mentions"] as? Int == 13)
        #expect(features.count == 6) // Russia, Kupiansk, Kyiv, Kharkiv Oblast, Ukraine, Oskil River; the empty file adds none
    }

    @Test("geojson format: a town the gazetteer lacks is mapped where the place holding it is, unscored")
    func geojsonWithin() throws {
        let text = Data("A dead swan was found in the village of Cellardyke in Fife, Scotland.\n".utf8)
        let result = try AnalyzeBinary.run(["--plugins", "places", "--format", "geojson"], stdin: text)
        #expect(result.status == 0)
        let collection = try #require(try result.json() as? [String: Any])
        let features = try #require(collection["features"] as? [[String: Any]])
        let town = try #require(features.first { ($0["properties"] as? [String: Any])?["text"] as? String == "Cellardyke" })
        let fife = try #require(features.first { ($0["properties"] as? [String: Any])?["text"] as? String == "Fife" })
        let properties = try #require(town["properties"] as? [String: Any])
        #expect(properties["within"] as? String == "Fife")
        #expect(properties["resolved"] as? Bool == false)
        #expect(properties["confidence"] == nil)
        #expect((town["geometry"] as? [String: Any])?["coordinates"] as? [Double] == (fife["geometry"] as? [String: Any])?["coordinates"] as? [Double])
    }

    @Test("csv format: a header, then one row per annotation of the JSON output, quoted where needed")
    func csv() throws {
        let lines = [#"{"id": "a", "text": "Prices rose 5%, to $3.2 billion, in Paris, Texas."}"#, #"{"id": "b", "text": "Nothing here."}"#]
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let table = try AnalyzeBinary.run(["--input", "jsonl", "--format", "csv", "--plugins", "numbers,places"], stdin: input)
        let rows = table.stdout.split(separator: "\n").map(String.init)
        #expect(table.status == 0)
        #expect(rows.first?.hasPrefix("document,plugin,label,start,end,byte_start,byte_end,text,value,") == true)
        #expect(rows.first?.hasSuffix(",confidence,other") == true)
        let json = try AnalyzeBinary.run(["--input", "jsonl", "--format", "jsonl", "--plugins", "numbers,places"], stdin: input)
        let annotations = try json.jsonLines().reduce(0) { $0 + (($1["annotations"] as? [Any])?.count ?? 0) }
        #expect(rows.count - 1 == annotations)
        #expect(rows.contains { $0.hasPrefix("a,numbers,MONEY,19,31,19,31,$3.2 billion,3200000000,") && $0.contains(",USD,") })
        #expect(rows.contains { $0.hasPrefix("a,places,CITY,36,41,36,41,Paris,") && $0.contains(",Texas,") })
        // Every plugin declares the fields it writes: on the seed, nothing falls to "other".
        let seed = try AnalyzeBinary.run(["--format", "csv", AnalyzeBinary.seed])
        let seedRows = seed.stdout.split(separator: "\n").dropFirst()
        #expect(seedRows.count > 100 && seedRows.allSatisfy { $0.hasSuffix(",") })
    }

    @Test("--tokens and --sentences add offsets for every token and sentence")
    func tokensAndSentences() throws {
        let result = try AnalyzeBinary.run(["--format", "jsonl", "--tokens", "--sentences"], stdin: Data("Kyiv’s troops. They held.".utf8))
        let object = try #require(try result.jsonLines().first)
        let tokens = try #require(object["tokens"] as? [[String: Any]])
        #expect(tokens.map { $0["text"] as? String } == ["Kyiv", "’s", "troops", ".", "They", "held", "."])
        #expect(tokens[1]["start"] as? Int == 4 && tokens[1]["byte_start"] as? Int == 4 && tokens[1]["byte_end"] as? Int == 8)
        #expect((object["sentences"] as? [[String: Any]])?.count == 2)
    }

    @Test("--utf16-offsets: every span also in UTF-16 code units, past emoji and flags, in JSON and CSV")
    func utf16Offsets() throws {
        let text = "Fans 🇺🇦 cheered in Kyiv as €5 million arrived 😀 for 300 families."
        let result = try AnalyzeBinary.run(["--format", "jsonl", "--utf16-offsets", "--tokens", "--sentences"], stdin: Data(text.utf8))
        let object = try #require(try result.jsonLines().first)
        let spans = ["annotations", "tokens", "sentences"].flatMap { object[$0] as? [[String: Any]] ?? [] }
        #expect(spans.count > 20)
        let units = Array(text.utf16)
        for span in spans {
            let start = try #require(span["utf16_start"] as? Int), end = try #require(span["utf16_end"] as? Int)
            let scalars = Array(text.unicodeScalars)[try #require(span["start"] as? Int)..<(try #require(span["end"] as? Int))]
            #expect(String(decoding: units[start..<end], as: UTF16.self) == String(String.UnicodeScalarView(scalars)))
        }
        let kyiv = try #require((object["annotations"] as? [[String: Any]])?.first { $0["text"] as? String == "Kyiv" })
        #expect(kyiv["start"] as? Int == 19 && kyiv["utf16_start"] as? Int == 21)
        let table = try AnalyzeBinary.run(["--format", "csv", "--utf16-offsets", "--plugins", "numbers"], stdin: Data(text.utf8))
        let rows = table.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first?.hasPrefix("document,plugin,label,start,end,byte_start,byte_end,utf16_start,utf16_end,text,") == true)
        #expect(rows.contains { $0.hasPrefix("-,numbers,MONEY,27,37,33,45,29,39,€5 million,") })
        // Without the flag, no UTF-16 members.
        let plain = try AnalyzeBinary.run(["--format", "jsonl"], stdin: Data(text.utf8))
        #expect(!plain.stdout.contains("utf16_start"))
    }

    @Test("a JSONL record's date anchors its relative dates, before --option numbers.reference-date; a bad one is a warning")
    func recordDate() throws {
        let lines = [
            #"{"id": "a", "date": "2025-12-24T08:30:00Z", "text": "Officials met on Monday."}"#,
            #"{"id": "b", "text": "Officials met on Monday."}"#,
            #"{"id": "c", "date": 20251224, "text": "Officials met on Monday."}"#,
        ]
        let result = try AnalyzeBinary.run(["--input", "jsonl", "--plugins", "numbers", "--option", "numbers.reference-date=2026-03-04"],
                                           stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(result.status == 0)
        let records = try result.jsonLines()
        func monday(_ record: [String: Any]) -> String? {
            (record["annotations"] as? [[String: Any]])?.first { $0["text"] as? String == "Monday" }?["value"] as? String
        }
        #expect(records.map { $0["date"] as? String } == ["2025-12-24", nil, nil])
        #expect(records.map(monday) == ["2025-12-22", "2026-03-02", "2026-03-02"])
        #expect((records[2]["warnings"] as? [String])?.first?.contains("date '20251224' is not YYYY-MM-DD") == true)
        #expect(result.stderr.contains("date '20251224'"))
    }

    @Test("brat format: one document's .ann on stdout, or with --output-dir a .txt and .ann per record and an annotation.conf")
    func brat() throws {
        let text = "Over 100 troops left Kyiv on Monday."
        let single = try AnalyzeBinary.run(["--format", "brat", "--plugins", "numbers,places"], stdin: Data(text.utf8))
        #expect(single.status == 0)
        #expect(single.stdout.hasPrefix("T1\tCARDINAL 0 8\tOver 100\n#1\tAnnotatorNotes T1\tnumbers: value=100 comparator=> counts={\"text\":\"troops\",\"start\":9,"), "\(single.stdout)")
        #expect(single.stdout.contains("\tCITY 21 25\tKyiv\n"))

        let feed = #"{"id": "a/1", "text": "Prices rose 5% in Paris."}\#n{"id": 7, "text": "Über 3 km."}\#n{"text": "Nothing."}\#n{"id": "a/1", "text": "Again Berlin."}\#n"#
        let input = try AnalyzeBinary.temporaryFile(Data(feed.utf8), name: "feed.jsonl")
        let directory = AnalyzeBinary.scratchDirectory("brat").path
        let result = try AnalyzeBinary.run(["--input", "jsonl", "--format", "brat", "--output-dir", directory, "--plugins", "numbers,places", input])
        #expect(result.status == 0 && result.stdout.isEmpty, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == ["a_1-2.ann", "a_1-2.txt", "a_1.ann", "a_1.txt", "annotation.conf", "feed-3.ann", "feed-3.txt", "7.ann", "7.txt"].sorted())
        // Offsets count the .txt's characters, as brat reads it.
        let txt = try String(contentsOfFile: directory + "/7.txt", encoding: .utf8)
        let ann = try String(contentsOfFile: directory + "/7.ann", encoding: .utf8)
        #expect(txt == "Über 3 km." && ann.hasPrefix("T1\tQUANTITY 5 9\t3 km\n"))
        let conf = try String(contentsOfFile: directory + "/annotation.conf", encoding: .utf8)
        #expect(conf.contains("[entities]\nCITY\nPERCENT\nQUANTITY\n\n"))

        let several = try AnalyzeBinary.run(["--input", "jsonl", "--format", "brat", input])
        #expect(several.status == 64 && several.stderr.contains("--output-dir"))
        #expect(try AnalyzeBinary.run(["--output-dir", directory, input]).status == 64)
        let blocked = try AnalyzeBinary.temporaryFile(Data("a file".utf8), name: "taken")
        let unwritable = try AnalyzeBinary.run(["--format", "brat", "--output-dir", blocked + "/sub", input, input])
        #expect(unwritable.status == 74 && unwritable.stderr.contains(blocked), "\(unwritable.stderr)")
    }

    @Test("conll format: every annotation of the JSON output is a B- tag then I- tags on the tokens it covers")
    func conll() throws {
        let text = "President Emmanuel Macron met Ukrainian officials in Kyiv on 24 December 2025. Over 100 troops left."
        let table = try AnalyzeBinary.run(["--format", "conll", "--plugins", "numbers,entities"], stdin: Data(text.utf8))
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "# columns = ID FORM START END numbers entities")
        let rows = lines.filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.allSatisfy { $0.count == 6 })
        let json = try #require(try AnalyzeBinary.run(["--format", "jsonl", "--plugins", "numbers,entities"], stdin: Data(text.utf8)).jsonLines().first)
        for annotation in try #require(json["annotations"] as? [[String: Any]]) {
            let column = annotation["plugin"] as? String == "numbers" ? 4 : 5
            let start = try #require(annotation["start"] as? Int), end = try #require(annotation["end"] as? Int)
            let covered = rows.filter { Int($0[2])! < end && Int($0[3])! > start }
            let label = try #require(annotation["label"] as? String)
            #expect(covered.map { $0[column] } == ["B-" + label] + Array(repeating: "I-" + label, count: covered.count - 1))
        }
        #expect(rows.contains(["11", "December", "64", "72", "I-DATE", "O"]))
    }

    @Test("--reference-date is --option numbers.reference-date; the two may not disagree; a bad date stops the run")
    func referenceDate() throws {
        let text = Data("Officials met on Monday.".utf8)
        let result = try AnalyzeBinary.run(["--format", "jsonl", "--plugins", "numbers", "--reference-date", "2025-12-24"], stdin: text)
        let monday = (try result.jsonLines().first?["annotations"] as? [[String: Any]])?.first?["value"] as? String
        #expect(monday == "2025-12-22")
        let both = try AnalyzeBinary.run(["--plugins", "numbers", "--reference-date", "2025-12-24", "--option", "numbers.reference-date=2025-12-25"], stdin: text)
        #expect(both.status == 64 && both.stderr.contains("disagree"))
        // Read as a JSONL record's `date` is: a day that exists, digits in their places.
        for date in ["2025-13-01", "2025-1-24", "2025-02-29", "24 December 2025"] {
            let bad = try AnalyzeBinary.run(["--plugins", "numbers", "--reference-date", date], stdin: text)
            #expect(bad.status == 78 && bad.stderr.contains(date), "\(date)")
        }
        let stamp = try AnalyzeBinary.run(["--format", "jsonl", "--plugins", "numbers", "--reference-date", "2025-12-24T08:30:00Z"], stdin: text)
        #expect((try stamp.jsonLines().first?["annotations"] as? [[String: Any]])?.first?["value"] as? String == "2025-12-22")
    }

    @Test("--selftest: every built-in plugin's shipped examples hold on this build")
    func selftest() throws {
        let result = try AnalyzeBinary.run(["--selftest"])
        #expect(result.status == 0, "\(result.stdout)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.map { $0.split(separator: " ").first.map(String.init) } == ["entities", "numbers", "places", "tokens"])
        #expect(lines.allSatisfy { $0.hasSuffix("examples hold") })
        let some = try AnalyzeBinary.run(["--selftest", "--plugins", "numbers"])
        #expect(some.status == 0 && some.stdout.hasPrefix("numbers  ") && some.stdout.split(separator: "\n").count == 1)
        #expect(try AnalyzeBinary.run(["--selftest", "--plugins", "nope"]).status == 64)
    }

    @Test("--list-plugins, --version and --help")
    func informational() throws {
        let list = try AnalyzeBinary.run(["--list-plugins"])
        #expect(list.status == 0 && list.stdout.hasPrefix("entities") && list.stdout.contains("\nnumbers") && list.stdout.contains("\ntokens"))
        let version = try AnalyzeBinary.run(["--version"])
        #expect(version.stdout == "\(Analyze.version)\n")
        let help = try AnalyzeBinary.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("EXAMPLES") && help.stdout.contains("EXIT STATUS"))
        #expect(help.stdout.contains("ENVIRONMENT") && help.stdout.contains("ANALYZE_CACHE_DIR"))
    }

    @Test("usage errors exit 64 with one clear message", arguments: [
        (["--plugins", "tokenz"], "Did you mean 'tokens'?"),
        (["--format", "xml"], "xml"),
        (["--jobs", "0"], "--jobs"),
        (["--option", "tokens.nope=1"], "has no option 'nope'"),
        (["--option", "garbage"], "plugin.key=value"),
        (["--no-such-flag"], "no-such-flag"),
        (["--max-document-bytes", "9000000000"], "--max-document-bytes must be at most 1431655765"),
    ])
    func usage(arguments: [String], message: String) throws {
        let result = try AnalyzeBinary.run(arguments + [seed])
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("an analyzer that cannot start with the given options exits 78")
    func badAnalyzerOption() throws {
        let result = try AnalyzeBinary.run(["--option", "numbers.reference-date=24/12/2025", seed])
        #expect(result.status == 78)
        #expect(result.stderr.contains("reference-date '24/12/2025' is not a YYYY-MM-DD date"), "\(result.stderr)")
    }

    @Test("a missing file exits 66, and the other files are still analyzed")
    func missingFile() throws {
        let result = try AnalyzeBinary.run(["/nonexistent/file.txt", seed, "--format", "jsonl"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/file.txt: cannot open: No such file or directory"))
        let lines = try result.jsonLines()
        #expect(lines.count == 2)
        #expect((lines[0]["error"] as? [String: Any])?["code"] as? String == "cannot-open")
        #expect(lines[1]["source"] as? String == seed)
    }

    @Test("a directory is not an input")
    func directory() throws {
        let result = try AnalyzeBinary.run(["/tmp"])
        #expect(result.status == 66 && result.stderr.contains("/tmp"))
    }

    @Test("bad text input exits 65 naming the file and the byte offset", arguments: [
        (Data([0x61, 0x62, 0x0A, 0x63, 0xFF]), "invalid UTF-8 at byte 4 (line 2)"),
        (Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]), "binary data (NUL byte at byte 4)"),
    ])
    func badText(bytes: Data, message: String) throws {
        let path = try AnalyzeBinary.temporaryFile(bytes)
        let result = try AnalyzeBinary.run([path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(path): \(message)"), "\(result.stderr)")
    }

    @Test("--invalid-utf8 replace repairs, warns on stderr and succeeds")
    func replaceInvalid() throws {
        let path = try AnalyzeBinary.temporaryFile(Data([0x61, 0xFF, 0x62]))
        let result = try AnalyzeBinary.run(["--invalid-utf8", "replace", "--format", "jsonl", path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: replaced 1 invalid UTF-8 sequence"))
        #expect(try result.jsonLines().first?["warnings"] != nil)
    }

    @Test("an empty file is a valid, empty document")
    func emptyFile() throws {
        let path = try AnalyzeBinary.temporaryFile(Data())
        let result = try AnalyzeBinary.run(["--format", "jsonl", path])
        #expect(result.status == 0)
        #expect(try result.jsonLines().first?["bytes"] as? Int == 0)
    }

    @Test("a document over --max-document-bytes is rejected with 65")
    func tooLarge() throws {
        let path = try AnalyzeBinary.temporaryFile(Data(repeating: UInt8(ascii: "a"), count: 5000))
        let result = try AnalyzeBinary.run(["--max-document-bytes", "1000", path])
        // Only the limit plus one byte is read, yet the message gives the file's true size.
        #expect(result.status == 65 && result.stderr.contains("document is 5000 bytes, over the limit of 1000 bytes"), "\(result.stderr)")
    }

    @Test("a text file over 2 MB gets one note on stderr pointing to --input paragraphs, none with --quiet")
    func longDocumentNote() throws {
        let path = try AnalyzeBinary.temporaryFile(Data(String(repeating: "Word and word.\n\n", count: 140_000).utf8))
        let noted = try AnalyzeBinary.run(["--plugins", "tokens", "--format", "jsonl", path])
        #expect(noted.status == 0 && noted.stderr.contains("is read as one document") && noted.stderr.contains("--input paragraphs"), "\(noted.stderr)")
        let quiet = try AnalyzeBinary.run(["--plugins", "tokens", "--format", "jsonl", "--quiet", path])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
        let small = try AnalyzeBinary.run(["--plugins", "tokens", "--format", "jsonl", try AnalyzeBinary.temporaryFile(Data("Word.".utf8))])
        #expect(small.stderr.isEmpty)
    }

    @Test("a huge line without spaces is analyzed")
    func hugeLine() throws {
        let path = try AnalyzeBinary.temporaryFile(Data(repeating: UInt8(ascii: "x"), count: 3_000_000))
        let result = try AnalyzeBinary.run(["--format", "jsonl", path])
        #expect(result.status == 0)
        #expect(try result.jsonLines().first?["bytes"] as? Int == 3_000_000)
    }

    @Test("token rules: a user file extends the tokenizer; a malformed one exits 78 with its line")
    func tokenRules() throws {
        let good = try AnalyzeBinary.temporaryFile(Data("# tickers\nsymbol\t\\$[A-Z]{2,5}\\b\tticker\n".utf8), name: "rules.tsv")
        let result = try AnalyzeBinary.run(["--token-rules", good, "--tokens", "--format", "jsonl"], stdin: Data("Buy $AAPL.".utf8))
        #expect(result.status == 0)
        let tokens = try #require(try result.jsonLines().first?["tokens"] as? [[String: Any]])
        #expect(tokens.map { $0["text"] as? String } == ["Buy", "$AAPL", "."])
        let bad = try AnalyzeBinary.temporaryFile(Data("symbol\t(unclosed\n".utf8), name: "bad.tsv")
        let failed = try AnalyzeBinary.run(["--token-rules", bad, seed])
        #expect(failed.status == 78)
        #expect(failed.stderr.contains("bad.tsv:1") && failed.stderr.contains("missing closing parenthesis"), "\(failed.stderr)")
    }

    @Test("a write error (disk full) exits 74")
    func writeError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let result = try AnalyzeBinary.run([seed], stdoutPath: "/dev/full")
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot write output"))
    }

    @Test("a closed pipe ends quietly (status 0 or 141, nothing on stderr)")
    func closedPipe() throws {
        let lines = (0..<20_000).map { #"{"text": "Line \#($0) with some words in it."}"# }.joined(separator: "\n")
        let path = try AnalyzeBinary.temporaryFile(Data(lines.utf8), name: "big.jsonl")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "'\(AnalyzeBinary.url.path)' --input jsonl '\(path)' 2>err.txt | head -n 1 >/dev/null; echo ${PIPESTATUS:-}; cat err.txt"]
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        shell.currentDirectoryURL = directory
        let pipe = Pipe()
        shell.standardOutput = pipe
        try shell.run()
        shell.waitUntilExit()
        let stderr = (try? String(contentsOf: directory.appendingPathComponent("err.txt"), encoding: .utf8)) ?? ""
        #expect(stderr.isEmpty, "stderr: \(stderr)")
    }

    @Test("SIGINT ends the run with 130 and leaves only complete JSON lines")
    func interrupt() throws {
        // Long lines (every token listed) make it likely the signal lands during a write.
        let line = #"{"text": "\#(String(repeating: "Kyiv said 27 169 troops left on 24 December. ", count: 40))"}"#
        let path = try AnalyzeBinary.temporaryFile(Data(Array(repeating: line, count: 5_000).joined(separator: "\n").utf8), name: "big.jsonl")
        let outPath = path + ".out"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        let process = Process()
        process.executableURL = AnalyzeBinary.url
        process.arguments = ["--input", "jsonl", "--plugins", "tokens", "--tokens", "--jobs", "2", "--quiet", path]
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Interrupt once output has started (the run takes far longer than that).
        while process.isRunning, ((try? FileManager.default.attributesOfItem(atPath: outPath))?[.size] as? NSNumber)?.intValue ?? 0 < 100_000 {
            usleep(10_000)
        }
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let output = try #require(FileManager.default.contents(atPath: outPath))
        #expect(output.last == UInt8(ascii: "\n"))
        let lines = output.split(separator: UInt8(ascii: "\n"))
        #expect(lines.count > 0 && lines.count < 5_000)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line))) != nil, "a partial line: \(line.count) bytes")
        }
    }
}
