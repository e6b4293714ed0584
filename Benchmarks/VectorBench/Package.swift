// swift-tools-version: 6.0
import PackageDescription

// A separate package so `swift test` in the main package stays fast. Run it with ../vector-topk.sh.
let package = Package(
    name: "VectorBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Cadence", path: "../..")],
    targets: [
        .executableTarget(name: "VectorBench", dependencies: [.product(name: "VectorIndex", package: "Cadence")]),
    ],
    swiftLanguageModes: [.v6]
)
