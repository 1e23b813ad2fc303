/// The table of analyzers a program can run, filled at startup and looked up by name.
///
/// An instance, not a global: the CLI builds one, tests build their own and run in
/// parallel. Registration is guarded by a lock (``Locked``), so a registry can be shared across
/// threads; a duplicate name is an error rather than a silent replacement.
public final class AnalyzerRegistry: Sendable {
    private let factories = Locked<[AnalyzerID: AnalyzerFactory]>([:])

    public init() {}

    public func register(_ factory: AnalyzerFactory) throws(RegistryError) {
        try factories.withLock { (table: inout [AnalyzerID: AnalyzerFactory]) throws(RegistryError) in
            guard table[factory.id] == nil else { throw .duplicate(factory.id) }
            table[factory.id] = factory
        }
    }

    /// All registered factories, sorted by name.
    public var all: [AnalyzerFactory] {
        factories.withLock { $0.values.sorted { $0.id < $1.id } }
    }

    public var ids: [AnalyzerID] { all.map(\.id) }

    public func factory(_ id: AnalyzerID) throws(RegistryError) -> AnalyzerFactory {
        guard let factory = factories.withLock({ $0[id] }) else {
            let known = ids
            throw .unknown(id, known: known, suggestion: Self.closest(to: id, in: known))
        }
        return factory
    }

    /// A pipeline that runs `requested` (and whatever they require) in dependency order.
    /// `options` maps an analyzer to its settings.
    public func pipeline(
        _ requested: [AnalyzerID],
        options: [AnalyzerID: AnalyzerOptions] = [:],
        tokenizer: Tokenizer? = nil
    ) throws -> Pipeline {
        for (id, settings) in options {
            let factory = try factory(id)
            if let key = settings.values.keys.sorted().first(where: { factory.options[$0] == nil }) {
                throw RegistryError.unknownOption(id, key: key, known: factory.options.keys.sorted())
            }
        }
        let order = try dependencyOrder(requested)
        var stages: [Pipeline.Stage] = []
        for id in order {
            let factory = try factory(id)
            do {
                stages.append(Pipeline.Stage(id: id, analyzer: try factory.make(options[id] ?? AnalyzerOptions())))
            } catch let error as RegistryError {
                throw error
            } catch {
                throw RegistryError.setupFailed(id, message: "\(error)")
            }
        }
        return Pipeline(tokenizer: try tokenizer ?? Tokenizer(), requested: requested, stages: stages)
    }

    /// Depth-first topological order; a cycle is reported with its path.
    private func dependencyOrder(_ requested: [AnalyzerID]) throws(RegistryError) -> [AnalyzerID] {
        var order: [AnalyzerID] = []
        var done: Set<AnalyzerID> = []
        var path: [AnalyzerID] = []
        func visit(_ id: AnalyzerID) throws(RegistryError) {
            if done.contains(id) { return }
            if let start = path.firstIndex(of: id) { throw .cycle(Array(path[start...]) + [id]) }
            let factory = try factory(id)
            path.append(id)
            for dependency in factory.requires { try visit(dependency) }
            path.removeLast()
            done.insert(id)
            order.append(id)
        }
        for id in requested { try visit(id) }
        return order
    }

    /// The registered name nearest to a misspelling, if it is plausibly what was meant.
    static func closest(to id: AnalyzerID, in known: [AnalyzerID]) -> AnalyzerID? {
        let scored = known.map { ($0, editDistance(id.rawValue.lowercased(), $0.rawValue)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, best.0.rawValue.count / 3) ? best.0 : nil
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Why a registry call failed; each message names the fix.
public enum RegistryError: Error, Equatable, Sendable, CustomStringConvertible {
    case duplicate(AnalyzerID)
    case unknown(AnalyzerID, known: [AnalyzerID], suggestion: AnalyzerID?)
    case unknownOption(AnalyzerID, key: String, known: [String])
    case cycle([AnalyzerID])
    case setupFailed(AnalyzerID, message: String)

    public var description: String {
        switch self {
        case let .duplicate(id):
            return "an analyzer named '\(id)' is already registered; analyzer names must be unique"
        case let .unknown(id, known, suggestion):
            let hint = suggestion.map { " Did you mean '\($0)'?" } ?? ""
            return "unknown plugin '\(id)'.\(hint) Available: \(known.map(\.rawValue).joined(separator: ", "))"
        case let .unknownOption(id, key, known):
            let list = known.isEmpty ? "it takes no options" : "known: \(known.joined(separator: ", "))"
            return "plugin '\(id)' has no option '\(key)' (\(list))"
        case let .cycle(path):
            return "analyzer dependencies form a cycle: \(path.map(\.rawValue).joined(separator: " -> "))"
        case let .setupFailed(id, message):
            return "plugin '\(id)' could not start: \(message)"
        }
    }
}
