// swift-tools-version: 6.1
// The package-benchmark suite: its own package, so `swift test` on the toolkit never builds
// the benchmark library and its dependencies. Run from this folder:
//   swift package --allow-writing-to-package-directory benchmark
// (scripts/benchmark does that with the corpus set up). package-benchmark only finds
// benchmark targets whose parent folder is named `Benchmarks`.
import PackageDescription

let package = Package(
    name: "AnalyzeBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "analyze", path: "../.."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "AnalyzeBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "TextAnalysis", package: "analyze"),
                .product(name: "TokensAnalyzer", package: "analyze"),
                .product(name: "NumbersAnalyzer", package: "analyze"),
                .product(name: "PlacesAnalyzer", package: "analyze"),
                .product(name: "EntitiesAnalyzer", package: "analyze"),
                .product(name: "Gazetteer", package: "analyze"),
            ],
            path: "Benchmarks/AnalyzeBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
