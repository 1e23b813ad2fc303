import EntitiesAnalyzer
import Foundation
import Gazetteer
import Testing
import TextAnalysis

/// One pipeline for the suite: the model and gazetteer load once per process.
let entitiesPipeline: Pipeline = {
    let registry = AnalyzerRegistry()
    try! registry.register(.entities)
    return try! registry.pipeline(["entities"])
}()

func entities(_ text: String) throws -> [Annotation] {
    try entitiesPipeline.analyze(text: text).annotations
}

func labeled(_ text: String) throws -> [String] {
    try entities(text).map { "\($0.label) \($0.text)" }
}

/// One row of `Resources/found-names.jsonl`: a convention, a sentence, and a mention
/// ("LABEL text") the analyzer must find in it, or (`absent`) one it must not report.
struct FoundNameCase: Decodable, Sendable, CustomTestStringConvertible {
    let convention: String
    let text: String
    let expect: String?
    let absent: String?

    var testDescription: String { "\(convention): \(expect ?? "not " + (absent ?? ""))" }

    /// The table, one JSON object per line.
    static let all: [FoundNameCase] = {
        let url = Bundle.module.url(forResource: "found-names", withExtension: "jsonl", subdirectory: "Resources")!
        let data = try! Data(contentsOf: url)
        return data.split(separator: UInt8(ascii: "\n")).map { try! JSONDecoder().decode(FoundNameCase.self, from: Data($0)) }
    }()
}

@Suite("entities plugin: span conventions")
struct ConventionTests {
    @Test("a possessive 's is outside the name, straight or curly")
    func possessive() throws {
        let found = try labeled("Finance Minister Marta Kowalczyk’s budget was rejected, and Kowalczyk's deputy resigned.")
        #expect(found.contains("PERSON Marta Kowalczyk"))
        #expect(found.contains("PERSON Kowalczyk"))
        #expect(!found.contains { $0.hasSuffix("s") && $0.contains("’") })
    }

    @Test("titles and roles are outside a person's name")
    func titles() throws {
        let found = try labeled("President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Friday.")
        #expect(found.contains("PERSON Emmanuel Macron"))
        #expect(found.contains("PERSON Olaf Scholz"))
        #expect(found.contains("GPE Berlin"))
    }


    @Test("companies younger than the model's newswire are organizations, and stay so when linked")
    func knownOrganizations() throws {
        let found = try labeled("Ben Goodger is the lead engineer for Mozilla Firefox. He said Google would hire him, and the Mozilla project agreed.")
        #expect(found.contains("ORG Google"), "\(found)")
        #expect(found.contains("ORG Mozilla"), "\(found)")
    }

    @Test("one-word products are MISC, not people")
    func knownProducts() throws {
        let found = try labeled("The team released Firefox on Tuesday, and Android phones got it later.")
        #expect(found.contains("MISC Firefox"), "\(found)")
        #expect(found.contains("MISC Android"), "\(found)")
    }

    @Test("a title between an organization and a name splits them and stays outside both")
    func titleBetweenOrganizationAndPerson() throws {
        let found = try labeled("Rates were held, ECB Chair Annika Lindqvist told reporters in Frankfurt.")
        #expect(found.contains("PERSON Annika Lindqvist"))
        #expect(!found.contains { $0.contains("Chair") })
    }

    @Test("a leading 'the' is outside; a river keeps its feature word and is LOC")
    func leadingThe() throws {
        let found = try labeled("Officials said the United Nations would send observers to the Dnipro River near Kherson.")
        #expect(found.contains("ORG United Nations"))
        #expect(found.contains("LOC Dnipro River"))
        #expect(found.contains("GPE Kherson"))
    }

    @Test("a place inside an organization's name stays part of the ORG")
    func placeInsideOrganization() throws {
        let found = try labeled("The Bank of England raised interest rates on Thursday, surprising traders in London.")
        #expect(found.contains("ORG Bank of England"))
        #expect(!found.contains("GPE England"))
        #expect(found.contains("GPE London"))
    }

    @Test("organization words make organizations; a capitalized sentence opener is not a name")
    func organizationCues() throws {
        let found = try labeled("Officials at the Ministry of Veterans Affairs and the Baltic Grain Agency met on Friday. Several analysts disagreed.")
        #expect(found == ["ORG Ministry of Veterans Affairs", "ORG Baltic Grain Agency"])
    }

    @Test("an ALL-CAPS headline is read without relying on case")
    func capsHeadline() throws {
        let found = try labeled("""
            NORDLAND GRAIN HOLDINGS CUTS JOBS IN OSLO

            Nordland Grain Holdings said on Monday it would cut 200 jobs in Oslo.
            """)
        #expect(found == ["ORG NORDLAND GRAIN HOLDINGS", "GPE OSLO", "ORG Nordland Grain Holdings", "GPE Oslo"])
    }

    @Test("a location named with a structure word is FAC")
    func facility() throws {
        let found = try labeled("Shares fell on Wall Street after officials in Ottawa spoke.")
        #expect(found.contains("FAC Wall Street"))
        #expect(found.contains("GPE Ottawa"))
    }

    @Test("news agencies are organizations, the wire's sign-off included", arguments: [
        "Exports rose 5 pct in March, the ministry said.\n REUTER",
        "The ministry said exports rose, Xinhua reported.",
        "Officials confirmed the figures to Yonhap on Monday.",
    ])
    func newsAgencies(_ text: String) throws {
        let found = try labeled(text)
        #expect(found.contains { $0 == "ORG REUTER" || $0 == "ORG Xinhua" || $0 == "ORG Yonhap" }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("PERSON") })
    }







    /// The conventions each rule of `SpanConventions` keeps, one sentence per case: titles,
    /// datelines, name particles, name ends, laws and blocs, acronym expansions.
    @Test("each convention finds its name", arguments: FoundNameCase.all)
    func foundNames(_ row: FoundNameCase) throws {
        let found = try labeled(row.text)
        #expect(row.expect != nil || row.absent != nil, "\(row.text): the row expects nothing")
        if let expect = row.expect { #expect(found.contains(expect), "\(row.text) -> \(found)") }
        if let absent = row.absent { #expect(!found.contains(absent), "\(row.text) -> \(found)") }
    }

    @Test("the table of found names covers every convention it names")
    func foundNamesTable() {
        #expect(FoundNameCase.all.count >= 25)
        #expect(Set(FoundNameCase.all.map(\.convention)).count >= 7)
    }

    @Test("a lone acronym in running text is no person: 'GATT', a ticker in angle brackets")
    func acronymsAreNoPersons() throws {
        let found = try labeled("China is likely to join GATT, diplomats said. The GATT secretariat will send questions. Tesco Plc <TSCO.L> said sales rose.")
        #expect(!found.contains { $0.hasPrefix("PERSON") }, "\(found)")
    }

    @Test("a form of address is no name: 'Mr. Speaker', 'Mr President'")
    func formsOfAddress() throws {
        let found = try labeled("Mr. Speaker, Mr President, members of Congress: the state of our union is strong.")
        #expect(!found.contains { $0.hasPrefix("PERSON") }, "\(found)")
    }

    @Test("greetings and the office's abbreviations name nothing: 'Hi,', 'FYI', 'RFP', 'ASAP'")
    func webAbbreviations() throws {
        let found = try labeled("Hi,\nFYI the RFP is due ASAP. We are OK to sign. I had a DUI last year.")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("in edited text a lower-case place's name is a common word: 'in turkey', 'fine china'")
    func lowerCasePlacesInNews() throws {
        let found = try labeled("Prices of turkey and fine china rose. Shoppers in turkey markets paid more.")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a French or Italian company's name is an organization, particles and all")
    func foreignCompanyNames() throws {
        let found = try labeled("Lead manager Banque Nationale de Paris said Societe Generale and Nuovo Banco Ambrosiano Spa joined.")
        #expect(!found.contains { $0.hasPrefix("PERSON") }, "\(found)")
        #expect(found.contains("ORG Societe Generale"), "\(found)")
    }

    @Test("nationality adjectives of more than one word, and regional ones, are NORP")
    func compoundDemonyms() throws {
        let found = try labeled("The West German economy grew, while South Korean exports rose and European bankers worried.")
        #expect(found.contains("NORP West German"), "\(found)")
        #expect(found.contains("NORP South Korean"), "\(found)")
        #expect(found.contains("NORP European"), "\(found)")
    }

    @Test("a name made only of group and nationality words is NORP, not an organization or a person")
    func groupNames() throws {
        let found = try labeled("Sunni Arab leaders met the Christian Democrats in Bonn. Christian said he would stay.")
        #expect(found.contains("NORP Sunni Arab"), "\(found)")
        #expect(found.contains("NORP Christian Democrats"), "\(found)")
        #expect(found.contains("PERSON Christian"), "\(found)")
    }

    @Test("demonyms are NORP")
    func demonyms() throws {
        let found = try labeled("Polish and German officials met Lithuanian diplomats in Warsaw.")
        #expect(found.contains("NORP Polish"))
        #expect(found.contains("NORP German"))
        #expect(found.contains("GPE Warsaw"))
        #expect(try labeled("Many Ukrainians returned home, officials said.") == ["NORP Ukrainians"])
    }

    @Test("every annotation carries entity_id, canonical and a confidence in 0...1")
    func fields() throws {
        for annotation in try entities("Chancellor Olaf Scholz spoke in Hamburg.") {
            #expect(annotation.attributes["entity_id"]?.stringValue?.hasPrefix("E") == true)
            #expect(annotation.attributes["canonical"]?.stringValue?.isEmpty == false)
            let confidence = try #require(annotation.attributes["confidence"]?.doubleValue)
            #expect((0...1).contains(confidence))
        }
    }
}

@Suite("entities plugin: linking within a document")
struct LinkingTests {
    @Test("a later surname is the same person as the earlier full name")
    func surname() throws {
        let found = try entities("""
            Defence spokesman Andriy Kovalenko said the attack had failed. Kovalenko added that \
            the troops would stay. Later, Kovalenko declined to comment.
            """)
        let people = found.filter { $0.label == "PERSON" }
        #expect(people.map(\.text) == ["Andriy Kovalenko", "Kovalenko", "Kovalenko"])
        #expect(Set(people.map { $0.attributes["entity_id"] }).count == 1)
        #expect(people.allSatisfy { $0.attributes["canonical"] == "Andriy Kovalenko" })
    }

    @Test("an acronym introduced in parentheses is linked to its expansion")
    func acronym() throws {
        let found = try entities("""
            Analysts at the Center for Strategic and International Studies (CSIS) said on Sunday that \
            supplies were short. CSIS expects more strikes.
            """)
        let organizations = found.filter { $0.label == "ORG" }
        #expect(organizations.map(\.text) == ["Center for Strategic and International Studies", "CSIS", "CSIS"])
        #expect(Set(organizations.map { $0.attributes["entity_id"] }).count == 1)
        #expect(organizations.allSatisfy { $0.attributes["canonical"] == "Center for Strategic and International Studies" })
    }

    @Test("parenthesized capitals that are not the initials stay apart (a country code after a name)")
    func notAnAcronym() throws {
        let found = try entities("Maria Lopez (USA) beat Anna Berg (SWE) 6-3 6-4.")
        let maria = try #require(found.first { $0.text == "Maria Lopez" })
        #expect(maria.label == "PERSON")
        #expect(!found.contains { $0.text == "USA" && $0.attributes["entity_id"] == maria.attributes["entity_id"] })
    }
}

@Suite("entities plugin: model pieces")
struct ModelTests {
    @Test("BILOU constraints: an open span must continue, nothing stays open at a sentence end")
    func constraints() {
        let begin = EntityTag(.person, .begin), inside = EntityTag(.person, .inside)
        let last = EntityTag(.person, .last), unit = EntityTag(.organization, .unit)
        #expect(begin.mayFollow(nil, isLast: false))
        #expect(!begin.mayFollow(nil, isLast: true))
        #expect(inside.mayFollow(begin, isLast: false))
        #expect(!inside.mayFollow(begin, isLast: true))
        #expect(last.mayFollow(inside, isLast: true))
        #expect(!EntityTag(.organization, .last).mayFollow(begin, isLast: false))
        #expect(!EntityTag.outside.mayFollow(begin, isLast: false))
        #expect(unit.mayFollow(last, isLast: false))
        #expect(!inside.mayFollow(nil, isLast: false))
    }

    @Test("the model file round-trips and rejects a wrong size")
    func modelFile() throws {
        let floats = (0..<(4 * EntityTag.count)).map { Float($0 % 7) - 3 }
        let model = EntityModel(quantizing: floats, rowCount: 4)
        let decoded = try EntityModel(data: model.encoded())
        #expect(decoded.rowCount == 4)
        #expect(decoded.encoded() == model.encoded())
        #expect(throws: EntityModelError.self) { try EntityModel(data: model.encoded().dropLast(2)) }
    }

    @Test("a model file read in place from its mapping is the same model; a cut or missing one is refused")
    func mappedModelFile() throws {
        let model = EntityModel(quantizing: (0..<(8 * EntityTag.count)).map { Float($0 % 11) - 5 }, rowCount: 8)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entities-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let whole = directory.appendingPathComponent("whole.model"), cut = directory.appendingPathComponent("cut.model")
        try model.encoded().write(to: whole)
        try model.encoded().dropLast(2).write(to: cut)

        let mapped = try EntityModel(contentsOfFile: whole.path)
        #expect(mapped.rowCount == 8 && mapped.scale == model.scale)
        #expect(mapped.encoded() == model.encoded())
        #expect(throws: EntityModelError.self) { try EntityModel(contentsOfFile: cut.path) }
        #expect(throws: EntityModelError.self) { try EntityModel(contentsOfFile: directory.appendingPathComponent("none.model").path) }
    }

    @Test("the shipped model loads and is small enough for git")
    func shippedModel() throws {
        let model = try EntityModel.bundled()
        #expect(model.rowCount * EntityTag.count * 2 < 8_000_000)
    }
}

@Suite("entities plugin: training and options")
struct TrainingTests {
    @Test("the perceptron learns a small document it is trained on (the trainer's path, not the shipped model)")
    func learnsToyDocument() throws {
        var document = Document(text: "Anna Berg met Tom Ruiz in Oslo on Monday.")
        try Tokenizer().tokenize(&document)
        let extractor = try FeatureExtractor(gazetteer: Gazetteer.bundled(), lexicon: Lexicon.bundled())
        let features = extractor.extract(document)
        var gold = [EntityTag](repeating: .outside, count: document.tokens.count)
        gold[0] = EntityTag(.person, .begin); gold[1] = EntityTag(.person, .last)
        gold[3] = EntityTag(.person, .begin); gold[4] = EntityTag(.person, .last)
        gold[6] = EntityTag(.location, .unit)
        let trainer = PerceptronTrainer(rowCount: 1 << 12)
        for _ in 0..<5 { trainer.train(features, gold: gold) }
        let result = GreedyTagger().tag(features, scorer: trainer.weights.averagedModel())
        #expect(result.tags == gold)
    }

    @Test("min-confidence: 0 keeps at least as much; a value outside 0...1 is refused")
    func minimumConfidence() throws {
        let registry = AnalyzerRegistry()
        try registry.register(.entities)
        let text = "Officials in Brussels met Anna Berg of Nordic Grain Holdings, which Berg founded."
        let everything = try registry.pipeline(["entities"], options: ["entities": AnalyzerOptions(["min-confidence": "0"])]).analyze(text: text)
        let defaults = try entitiesPipeline.analyze(text: text)
        #expect(everything.annotations.count >= defaults.annotations.count)
        #expect(throws: (any Error).self) {
            try registry.pipeline(["entities"], options: ["entities": AnalyzerOptions(["min-confidence": "2"])])
        }
    }
}

@Suite("entities plugin: ALL-CAPS headlines")
struct HeadlineTests {
    @Test("a name in a capitals headline is found when the text below names the person")
    func headlineNames() throws {
        let found = try labeled("""
            KOWALENKO MEETS DUARTE IN LISBON

            Finance Minister Oksana Kowalenko met Prime Minister Rui Duarte in Lisbon on Monday.
            """)
        #expect(found.prefix(3) == ["PERSON KOWALENKO", "PERSON DUARTE", "GPE LISBON"])
    }

    @Test("a name in a capitals headline that opens a company's name below is the company")
    func headlineCompanies() throws {
        let found = try labeled("""
            CHASE MANHATTAN STUDYING ITALIAN EXPANSION
            NEW YORK, March 3 - Chase Manhattan Bank said it was studying an expansion in Italy.
            """)
        #expect(found.first == "ORG CHASE MANHATTAN", "\(found)")
    }
}
