// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Cadence",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cadence", targets: ["cadence"]),
        .library(name: "VectorIndex", targets: ["VectorIndex"]),
        .library(name: "CadenceCore", targets: ["CadenceCore"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "Inference", targets: ["Inference"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "CadenceCore"),
        .target(name: "TrainingScience"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "Ingest", dependencies: ["CadenceCore", "Store", "CZlib", "CLibXML2"]),
        .target(name: "Inference", dependencies: ["CadenceCore", "TrainingScience", "Store"]),
        .target(name: "VectorIndex"),
        .target(name: "Knowledge", dependencies: ["CadenceCore", "VectorIndex", "Store", "Yams"]),
        .target(name: "Store", dependencies: ["CadenceCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "cadence",
            dependencies: ["CadenceCore", "Store", "TrainingScience", "Knowledge", "Ingest", "Inference", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "CadenceTestSupport", dependencies: ["CadenceCore"]),
        .testTarget(name: "TrainingScienceTests", dependencies: ["TrainingScience"]),
        .testTarget(name: "VectorIndexTests", dependencies: ["VectorIndex"]),
        .testTarget(name: "KnowledgeTests", dependencies: ["Knowledge", "CadenceCore"]),
        .testTarget(name: "CadenceCoreTests", dependencies: ["CadenceCore", "CadenceTestSupport"]),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "CadenceCore", "CadenceTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Store", "CadenceCore"]),
        .testTarget(name: "InferenceTests", dependencies: ["Inference", "Ingest", "Store", "CadenceCore", "TrainingScience"]),
        .testTarget(name: "CLITests", dependencies: ["cadence", "CadenceTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
