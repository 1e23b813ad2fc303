import ArgumentParser
import AnalyzeRuntime
import TextAnalysis

extension Invocation {
    /// `--selftest`: runs the chosen plugins' shipped examples (``AnalyzerExample``), prints a
    /// line per plugin and each broken example with what went wrong, and exits 70 if any broke.
    func runSelfTest(_ registry: AnalyzerRegistry, plugins: [AnalyzerID]) throws {
        let outcomes: [ExampleOutcome]
        do {
            outcomes = try registry.checkExamples(plugins.sorted())
        } catch let error as RegistryError {
            throw Analyze.commandError(error)
        }
        let report = Invocation.selfTestReport(outcomes, plugins: plugins.sorted())
        print(report, terminator: "")
        if outcomes.contains(where: { !$0.failures.isEmpty }) { throw ExitCode(ExitStatus.software.rawValue) }
    }

    /// One line per plugin ("numbers   7 of 7 examples hold"), then the broken examples.
    static func selfTestReport(_ outcomes: [ExampleOutcome], plugins: [AnalyzerID]) -> String {
        let width = plugins.map(\.rawValue.count).max() ?? 0
        var report = ""
        for plugin in plugins {
            let own = outcomes.filter { $0.plugin == plugin }
            let held = own.filter(\.failures.isEmpty).count
            let name = plugin.rawValue + String(repeating: " ", count: width - plugin.rawValue.count)
            report += own.isEmpty ? "\(name)  no examples\n" : "\(name)  \(held) of \(own.count) examples hold\n"
            for outcome in own where !outcome.failures.isEmpty {
                let options = outcome.example.options.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                report += "  ✗ \"\(outcome.example.text)\"" + (options.isEmpty ? "" : " (\(options.joined(separator: ", ")))") + "\n"
                for failure in outcome.failures { report += "      \(failure)\n" }
            }
        }
        return report
    }
}
