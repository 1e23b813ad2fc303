// Trains the `entities` model: an averaged perceptron over hashed features with BILOU tags.
//
//   swift run -c release train-entities --train ../shared/eval/conll2003-train.jsonl.xz \
//       [--dev ../shared/eval/conll2003-dev.jsonl] [--epochs N] [--rows N] [--seed N] [--output FILE]
//
// Any JSONL corpus of the shape {"text", "entities": [{"start", "end", "label"}], "doc"?} works
// (scalar offsets; labels PER/ORG/LOC/MISC or their OntoNotes names). Lines sharing a "doc" are
// joined into one document, as the analyzer sees an article. `--dev` files are only measured,
// never learned from. The same flags and seed give the same model byte for byte.
import EntitiesAnalyzer
import Foundation
import Gazetteer
import TextAnalysis

struct Options {
    var train: [String] = []
    var dev: [String] = []
    var epochs = 10
    var rows = 1 << 17
    var seed: UInt64 = 20_251_224
    var output = "Plugins/EntitiesAnalyzer/Resources/entities.model"

    init(_ arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        while let flag = iterator.next() {
            guard let value = iterator.next() else { throw TrainingError.usage("\(flag) needs a value") }
            switch flag {
            case "--train": train.append(value)
            case "--dev": dev.append(value)
            case "--epochs": epochs = try Self.number(flag, value)
            case "--rows": rows = try Self.number(flag, value)
            case "--seed": seed = UInt64(try Self.number(flag, value))
            case "--output": output = value
            default: throw TrainingError.usage("unknown flag \(flag)")
            }
        }
        guard !train.isEmpty else { throw TrainingError.usage("give at least one --train FILE") }
        guard rows > 0, rows.nonzeroBitCount == 1 else { throw TrainingError.usage("--rows must be a power of two") }
    }

    static func number(_ flag: String, _ value: String) throws -> Int {
        guard let number = Int(value), number > 0 else { throw TrainingError.usage("\(flag) needs a positive integer") }
        return number
    }
}

enum TrainingError: Error, CustomStringConvertible {
    case usage(String)
    case data(String)
    var description: String {
        switch self {
        case let .usage(message): "usage: \(message)\n  train-entities --train FILE [--dev FILE] [--epochs N] [--rows N] [--seed N] [--output FILE]"
        case let .data(message): message
        }
    }
}

/// A document of the corpus with its gold spans, in tokens.
struct Example {
    var features: DocumentFeatures
    var gold: [EntityTag]
    var goldSpans: Set<GoldSpan>
}

struct GoldSpan: Hashable {
    var type: EntityType
    var tokens: Range<Int>
}

func readLines(_ path: String) throws -> [String] {
    let data: Data
    if path.hasSuffix(".xz") {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xz", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TrainingError.data("\(path): xz -dc failed") }
    } else {
        guard let contents = FileManager.default.contents(atPath: path) else { throw TrainingError.data("\(path): cannot read") }
        data = contents
    }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
}

struct RawSentence {
    var text: String
    var entities: [(start: Int, end: Int, type: EntityType)]
    var document: String?
}

func parse(_ path: String) throws -> [RawSentence] {
    try readLines(path).enumerated().compactMap { number, line in
        guard !line.isEmpty else { return nil }
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let text = object["text"] as? String else {
            throw TrainingError.data("\(path):\(number + 1): expected an object with a \"text\" string")
        }
        let entities = (object["entities"] as? [[String: Any]] ?? []).compactMap { entity -> (Int, Int, EntityType)? in
            guard let start = entity["start"] as? Int, let end = entity["end"] as? Int,
                  let type = (entity["label"] as? String).flatMap(EntityType.init(corpusName:)) else { return nil }
            return (start, end, type)
        }
        return RawSentence(text: text, entities: entities, document: object["doc"].map { "\($0)" })
    }
}

/// Joins consecutive sentences of one "doc" with a blank line (always a sentence break) and
/// turns the gold scalar offsets into BILOU tags over our own tokens.
func examples(_ sentences: [RawSentence], extractor: FeatureExtractor, tokenizer: Tokenizer) throws -> (examples: [Example], misaligned: Int, total: Int) {
    var groups: [[RawSentence]] = []
    for sentence in sentences {
        if let last = groups.last?.last, last.document != nil, last.document == sentence.document {
            groups[groups.count - 1].append(sentence)
        } else {
            groups.append([sentence])
        }
    }
    var misaligned = 0, total = 0
    var result: [Example] = []
    for group in groups {
        var text = ""
        var offset = 0
        var entities: [(start: Int, end: Int, type: EntityType)] = []
        for (index, sentence) in group.enumerated() {
            if index > 0 { text += "\n\n"; offset += 2 }
            text += sentence.text
            entities += sentence.entities.map { ($0.start + offset, $0.end + offset, $0.type) }
            offset += sentence.text.unicodeScalars.count
        }
        var document = Document(text: text)
        try tokenizer.tokenize(&document)
        let features = extractor.extract(document)
        var sentenceOf = [Int](repeating: 0, count: document.tokens.count)
        for (number, range) in features.sentences.enumerated() { for token in range { sentenceOf[token] = number } }
        var gold = [EntityTag](repeating: .outside, count: document.tokens.count)
        var spans = Set<GoldSpan>()
        for entity in entities {
            total += 1
            let covered = document.tokens.indices.filter {
                let scalars = document.tokens[$0].span.scalars
                return scalars.lowerBound < entity.end && scalars.upperBound > entity.start
            }
            guard let first = covered.first, var last = covered.last else { misaligned += 1; continue }
            if document.tokens[first].span.scalars.lowerBound != entity.start
                || document.tokens[last].span.scalars.upperBound != entity.end { misaligned += 1 }
            while sentenceOf[last] != sentenceOf[first] { last -= 1 }
            guard (first...last).allSatisfy({ gold[$0] == .outside }) else { continue }
            if first == last {
                gold[first] = EntityTag(entity.type, .unit)
            } else {
                gold[first] = EntityTag(entity.type, .begin)
                for inside in (first + 1)..<last { gold[inside] = EntityTag(entity.type, .inside) }
                gold[last] = EntityTag(entity.type, .last)
            }
            spans.insert(GoldSpan(type: entity.type, tokens: first..<last + 1))
        }
        result.append(Example(features: features, gold: gold, goldSpans: spans))
    }
    return (result, misaligned, total)
}

/// Entity-level exact-span scores on token spans (the real scoring, on character offsets and
/// after the analyzer's conventions, is scripts/eval-entities).
func score(_ examples: [Example], model: EntityModel) -> String {
    let tagger = GreedyTagger()
    var counts = [EntityType: (predicted: Int, gold: Int, correct: Int)]()
    // A corpus without MISC (UNER) is scored without it, as scripts/eval-entities does.
    let scored = Set(examples.flatMap { $0.goldSpans.map(\.type) })
    for example in examples {
        let result = tagger.tag(example.features, scorer: model)
        let predicted = Set(EntitySpan.spans(result, sentences: example.features.sentences)
            .filter { scored.contains($0.type) }.map { GoldSpan(type: $0.type, tokens: $0.tokens) })
        for span in predicted { counts[span.type, default: (0, 0, 0)].predicted += 1 }
        for span in example.goldSpans { counts[span.type, default: (0, 0, 0)].gold += 1 }
        for span in predicted.intersection(example.goldSpans) { counts[span.type, default: (0, 0, 0)].correct += 1 }
    }
    func f1(_ c: (predicted: Int, gold: Int, correct: Int)) -> String {
        let p = Double(c.correct) / Double(max(1, c.predicted)), r = Double(c.correct) / Double(max(1, c.gold))
        return String(format: "%.3f", p + r > 0 ? 2 * p * r / (p + r) : 0)
    }
    let all = counts.values.reduce((predicted: 0, gold: 0, correct: 0)) { ($0.predicted + $1.predicted, $0.gold + $1.gold, $0.correct + $1.correct) }
    let perType = EntityType.allCases.filter(scored.contains).map { "\($0.corpusName) \(f1(counts[$0] ?? (0, 0, 0)))" }.joined(separator: " ")
    return "F1 \(f1(all)) (\(perType))"
}

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let started = Date()
    let extractor = try FeatureExtractor(gazetteer: Gazetteer.bundled(), lexicon: Lexicon.bundled())
    let tokenizer = try Tokenizer()
    var training: [Example] = []
    for path in options.train {
        let (examples, misaligned, total) = try examples(try parse(path), extractor: extractor, tokenizer: tokenizer)
        training += examples
        print("\(path): \(examples.count) documents, \(total) entities (\(misaligned) not on our token boundaries)")
    }
    var development: [(String, [Example])] = []
    for path in options.dev {
        development.append((path, try examples(try parse(path), extractor: extractor, tokenizer: tokenizer).examples))
    }
    print(String(format: "features ready in %.1f s", Date().timeIntervalSince(started)))
    let trainer = PerceptronTrainer(rowCount: options.rows)
    var generator = SeededGenerator(seed: options.seed)
    var order = Array(training.indices)
    let tokenCount = training.reduce(0) { $0 + $1.gold.count }
    for epoch in 1...options.epochs {
        order.shuffle(using: &generator)
        var mistakes = 0
        for index in order { mistakes += trainer.train(training[index].features, gold: training[index].gold) }
        var line = String(format: "epoch %2d: %.2f%% tokens wrong while training", epoch, 100 * Double(mistakes) / Double(max(1, tokenCount)))
        if !development.isEmpty {
            let model = trainer.weights.averagedModel()
            for (path, examples) in development { line += "; \(URL(fileURLWithPath: path).lastPathComponent): \(score(examples, model: model))" }
        }
        print(line)
    }
    let model = trainer.weights.averagedModel()
    let data = model.encoded()
    try data.write(to: URL(fileURLWithPath: options.output))
    print(String(format: "wrote %@ (%.1f MB) after %.1f s", options.output, Double(data.count) / 1e6, Date().timeIntervalSince(started)))
} catch {
    FileHandle.standardError.write(Data("train-entities: \(error)\n".utf8))
    exit(1)
}
