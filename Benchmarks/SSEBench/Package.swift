// swift-tools-version: 6.0
import PackageDescription

// SSE parse + decode throughput and chunk-to-delta latency. A separate package so `swift test`
// in the main package stays fast: `swift run -c release --package-path Benchmarks/SSEBench`.
let package = Package(
    name: "SSEBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Cadence", path: "../..")],
    targets: [
        .executableTarget(name: "SSEBench", dependencies: [
            .product(name: "LLM", package: "Cadence"), .product(name: "LLMProviders", package: "Cadence"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
