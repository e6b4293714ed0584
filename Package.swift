// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Cadence",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cadence", targets: ["cadence"]),
        .library(name: "VectorIndex", targets: ["VectorIndex"]),
        .library(name: "LLM", targets: ["LLM"]),
        .library(name: "LLMProviders", targets: ["LLMProviders"]),
        .library(name: "CadenceCore", targets: ["CadenceCore"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "Inference", targets: ["Inference"]),
        .library(name: "Planning", targets: ["Planning"]),
        .library(name: "Knowledge", targets: ["Knowledge"]),
        .library(name: "Coaching", targets: ["Coaching"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // `cadence mcp`: the Model Context Protocol server (issue 18).
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
        // `cadence mcp --http`: a small HTTP server without SwiftNIO (a fast clean build in CI).
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .target(name: "CadenceCore"),
        .target(name: "TrainingScience"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "Ingest", dependencies: ["CadenceCore", "Store", "CZlib", "CLibXML2"]),
        .target(name: "Inference", dependencies: ["CadenceCore", "TrainingScience"]),
        // The use cases (make a plan, import and refresh, match, check in, adapt) the CLI, the chat tools and later a server share.
        .target(name: "Coaching", dependencies: ["CadenceCore", "Store", "Planning", "Inference", "Ingest"]),
        .target(name: "CVectorKernels"),
        .target(name: "VectorIndex", dependencies: ["CVectorKernels"]),
        .target(name: "Planning", dependencies: ["CadenceCore", "TrainingScience"]),
        .target(name: "Knowledge", dependencies: ["CadenceCore", "VectorIndex", "Store", "LLM", "Yams"]),
        .target(name: "LLM", dependencies: ["CadenceCore"]),
        // libcurl: the HTTP transport (URLSession busy-waits on Linux while it waits for a server).
        .systemLibrary(name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]),
        .target(name: "LLMProviders", dependencies: ["LLM", "CCurl"]),
        .target(name: "GuidedInterview", dependencies: ["CadenceCore", "LLM", "Yams"]),
        .target(
            name: "Agent",
            dependencies: [
                "CadenceCore", "LLM", "Store", "Knowledge", "Planning", "Coaching", "GuidedInterview", "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "Transcripts", dependencies: ["CadenceCore", "LLM", "Agent", "Coaching", "GuidedInterview", "Store", "Knowledge", "Planning", "Yams"]),
        // `cadence mcp`: the coach's tools, resources and prompts over the Model Context Protocol.
        .target(
            name: "CadenceMCP",
            dependencies: ["CadenceCore", "Store", "Knowledge", "Planning", "LLM", "Agent", .product(name: "MCP", package: "swift-sdk"),
                           .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .target(name: "Store", dependencies: ["CadenceCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "cadence",
            dependencies: ["CadenceCore", "Store", "TrainingScience", "Knowledge", "LLM", "LLMProviders", "Agent", "Coaching", "GuidedInterview", "Transcripts", "Ingest", "Inference", "Planning", "CadenceMCP", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "CadenceTestSupport", dependencies: ["CadenceCore", "LLM"]),
        .testTarget(name: "TrainingScienceTests", dependencies: ["TrainingScience"]),
        .testTarget(name: "VectorIndexTests", dependencies: ["VectorIndex", "CVectorKernels"]),
        .testTarget(name: "KnowledgeTests", dependencies: ["Knowledge", "CadenceCore", "CadenceTestSupport", "LLMProviders", "Store"]),
        .testTarget(name: "LLMTests", dependencies: ["LLM", "CadenceTestSupport"]),
        .testTarget(name: "LLMProvidersTests", dependencies: ["LLMProviders", "CadenceTestSupport"]),
        .testTarget(name: "TranscriptsTests", dependencies: ["Transcripts", "Agent", "GuidedInterview", "Store", "LLM", "CadenceCore", "CadenceTestSupport"]),
        .testTarget(name: "AgentTests", dependencies: ["Agent", "Coaching", "GuidedInterview", "Transcripts", "CadenceTestSupport", "Store", "LLM", "Planning"]),
        .testTarget(name: "GuidedInterviewTests", dependencies: ["GuidedInterview", "CadenceCore"]),
        .testTarget(name: "CadenceCoreTests", dependencies: ["CadenceCore", "CadenceTestSupport"]),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "CadenceCore", "CadenceTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Store", "CadenceCore", "CadenceTestSupport"]),
        .testTarget(name: "InferenceTests", dependencies: ["Inference", "Coaching", "Ingest", "Store", "CadenceCore", "TrainingScience"]),
        .testTarget(name: "CoachingTests", dependencies: ["Coaching", "Planning", "Ingest", "Store", "Knowledge", "CadenceCore", "CadenceTestSupport"]),
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "CadenceCore", "TrainingScience", "Knowledge", "CadenceTestSupport"]),
        .testTarget(name: "CadenceMCPTests", dependencies: ["CadenceMCP", "Agent", "Transcripts", "Store", "Knowledge", "CadenceCore", "CadenceTestSupport", .product(name: "MCP", package: "swift-sdk")]),
        .testTarget(name: "CLITests", dependencies: ["cadence", "CadenceTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
