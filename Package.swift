// swift-tools-version: 6.1
import PackageDescription

// MARK: - Shared settings

/// Every Swift target opts into the same upcoming-feature checks, so a newcomer
/// never meets a target that follows different rules.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "TextAnalysis",
    products: [
        .library(name: "TextAnalysis", targets: ["TextAnalysis"]),
        .library(name: "TokensAnalyzer", targets: ["TokensAnalyzer"]),
        .library(name: "NumbersAnalyzer", targets: ["NumbersAnalyzer"]),
        .library(name: "Gazetteer", targets: ["Gazetteer"]),
        .library(name: "PlacesAnalyzer", targets: ["PlacesAnalyzer"]),
        .library(name: "EntitiesAnalyzer", targets: ["EntitiesAnalyzer"]),
        .executable(name: "analyze", targets: ["AnalyzeCLI"]),
        .executable(name: "train-entities", targets: ["TrainEntities"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: - C library

        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),

        // MARK: - Core

        .target(
            name: "TextAnalysis",
            dependencies: ["CPCRE2"],
            swiftSettings: strictSettings
        ),

        // The place names of the world and English name lexicons, shared by `places` and `entities`.
        .target(
            name: "Gazetteer",
            resources: [.copy("Data")],
            swiftSettings: strictSettings
        ),

        // MARK: - Analyzer plugins (SwiftPM targets under Plugins/, not SwiftPM "package plugins")

        .target(
            name: "TokensAnalyzer",
            dependencies: ["TextAnalysis"],
            path: "Plugins/TokensAnalyzer",
            swiftSettings: strictSettings
        ),

        .target(
            name: "NumbersAnalyzer",
            dependencies: ["TextAnalysis"],
            path: "Plugins/NumbersAnalyzer",
            swiftSettings: strictSettings
        ),

        .target(
            name: "PlacesAnalyzer",
            dependencies: ["TextAnalysis", "Gazetteer"],
            path: "Plugins/PlacesAnalyzer",
            swiftSettings: strictSettings
        ),

        // The trained named-entity recognizer; its model file is built by `train-entities`.
        .target(
            name: "EntitiesAnalyzer",
            dependencies: ["TextAnalysis", "Gazetteer"],
            path: "Plugins/EntitiesAnalyzer",
            resources: [.copy("Resources/entities.model")],
            swiftSettings: strictSettings
        ),

        // MARK: - Command line

        // What the command and the fuzz targets share: the built-in analyzers and the input reader.
        .target(
            name: "AnalyzeRuntime",
            dependencies: [
                "TextAnalysis",
                "TokensAnalyzer",
                "NumbersAnalyzer",
                "PlacesAnalyzer",
                "EntitiesAnalyzer",
            ],
            swiftSettings: strictSettings
        ),

        .executableTarget(
            name: "AnalyzeCLI",
            dependencies: [
                "TextAnalysis",
                "AnalyzeRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: - Measuring tools (plain executables; cheap to build)

        .executableTarget(
            name: "Throughput",
            dependencies: ["TextAnalysis", "TokensAnalyzer", "NumbersAnalyzer", "PlacesAnalyzer", "EntitiesAnalyzer", "Gazetteer"],
            path: "Benchmarks/Throughput",
            swiftSettings: strictSettings
        ),

        // Reproducible training of the `entities` model (README, "The entities plugin").
        .executableTarget(
            name: "TrainEntities",
            dependencies: ["EntitiesAnalyzer", "TextAnalysis", "Gazetteer"],
            swiftSettings: strictSettings
        ),

        // MARK: - Tests

        .testTarget(
            name: "TextAnalysisTests",
            // AnalyzeRuntime: the property tests run every built-in analyzer.
            dependencies: ["TextAnalysis", "AnalyzeRuntime"],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TokensAnalyzerTests",
            dependencies: ["TextAnalysis", "TokensAnalyzer"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "NumbersAnalyzerTests",
            dependencies: ["TextAnalysis", "NumbersAnalyzer"],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PlacesAnalyzerTests",
            dependencies: ["TextAnalysis", "Gazetteer", "PlacesAnalyzer"],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntitiesAnalyzerTests",
            dependencies: ["TextAnalysis", "EntitiesAnalyzer", "Gazetteer"],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "AnalyzeCLITests",
            dependencies: ["AnalyzeCLI"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)

// MARK: - Fuzz targets (only with TEXTANALYSIS_FUZZ=1; scripts/fuzz sets it)

// The fuzz executable links only with -sanitize=fuzzer (it calls libFuzzer's driver). Declaring it
// only on request keeps it out of a plain `swift build` / `swift test` (which build every
// target) at no cost, and needs no second package.
if Context.environment["TEXTANALYSIS_FUZZ"] != nil {
    package.targets += [
        .target(name: "CFuzzerDriver", path: "Fuzz/CFuzzerDriver"),
        .executableTarget(
            name: "FuzzTargets",
            dependencies: ["TextAnalysis", "AnalyzeRuntime", "CFuzzerDriver"],
            path: "Fuzz/FuzzTargets",
            swiftSettings: strictSettings
        ),
    ]
}
