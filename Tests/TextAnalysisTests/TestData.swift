import Foundation

/// Reads a JSONL table from the test bundle's Resources folder.
func loadCases<Case: Decodable>(_ name: String, as type: Case.Type = Case.self) -> [Case] {
    guard let url = Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Resources"),
          let data = try? Data(contentsOf: url)
    else { fatalError("missing test resource \(name).jsonl") }
    return data.split(separator: UInt8(ascii: "\n")).map { line in
        do { return try JSONDecoder().decode(Case.self, from: Data(line)) } catch {
            fatalError("bad line in \(name).jsonl: \(error)\n\(String(decoding: line, as: UTF8.self))")
        }
    }
}

/// The seed article, read from the repository (tests run from a checkout).
func seedText() throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try String(contentsOf: root.appendingPathComponent("seeds/kupiansk-2025-12.txt"), encoding: .utf8)
}
