// swift-tools-version: 6.0
import PackageDescription

// A separate package so `swift test` in the main package stays fast. Run it with ../ingest-bench.sh.
let package = Package(
    name: "IngestBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Cadence", path: "../..")],
    targets: [
        .executableTarget(name: "IngestBench", dependencies: [
            .product(name: "Ingest", package: "Cadence"),
            .product(name: "Inference", package: "Cadence"),
            .product(name: "Store", package: "Cadence"),
            .product(name: "CadenceCore", package: "Cadence"),
            .product(name: "Coaching", package: "Cadence"),
            .product(name: "Planning", package: "Cadence"),
            .product(name: "Knowledge", package: "Cadence"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
