// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Cadence",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cadence", targets: ["cadence"]),
        .library(name: "VectorIndex", targets: ["VectorIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "CadenceCore"),
        .target(name: "TrainingScience"),
        .target(name: "VectorIndex"),
        .target(name: "Knowledge", dependencies: ["CadenceCore", "VectorIndex", "Store", "Yams"]),
        .target(name: "Planning", dependencies: ["CadenceCore", "TrainingScience"]),
        .target(name: "Store", dependencies: ["CadenceCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "cadence",
            dependencies: ["CadenceCore", "Store", "TrainingScience", "Knowledge", "Planning", .product(name: "ArgumentParser", package: "swift-argument-parser")]
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
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "CadenceCore", "TrainingScience", "Knowledge"],
                    resources: []),
        .testTarget(name: "CLITests", dependencies: ["cadence", "CadenceTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
