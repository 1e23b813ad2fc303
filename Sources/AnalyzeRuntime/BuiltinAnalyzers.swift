package import TextAnalysis
import EntitiesAnalyzer
import NumbersAnalyzer
import PlacesAnalyzer
import TokensAnalyzer

extension AnalyzerRegistry {
    /// The one place that lists every analyzer shipped with `analyze`.
    /// A new plugin target adds its factory here and its product to Package.swift.
    package static func builtIn() -> AnalyzerRegistry {
        let registry = AnalyzerRegistry()
        for factory in [AnalyzerFactory.entities, .numbers, .places, .tokens] {
            // Built-in names are fixed at compile time; a duplicate is a programming error.
            try! registry.register(factory)
        }
        return registry
    }
}
