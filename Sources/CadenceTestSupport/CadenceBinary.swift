import Foundation

/// Runs the built `cadence` executable as a subprocess, the way a person or a script would,
/// with its own `CADENCE_HOME` and no terminal on stdin.
public struct CadenceBinary: Sendable {
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String

        /// stdout parsed as one JSON document.
        public func json() throws -> Any {
            try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
        }

        /// stdout as one JSON object, or nil when it is anything else.
        public var jsonObject: [String: Any]? {
            (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any]
        }
    }

    public let home: URL
    public let environment: [String: String]

    /// A fresh, empty `CADENCE_HOME`.
    public init(environment: [String: String] = [:]) throws {
        home = ScratchFolder.root.appendingPathComponent("cadence-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var base = ProcessInfo.processInfo.environment
        base["CADENCE_HOME"] = home.path
        base["NO_COLOR"] = "1"
        for key in ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "CADENCE_API_KEY"] { base.removeValue(forKey: key) }
        self.environment = base.merging(environment) { $1 }
    }

    /// The executable next to the test bundle (`.build/<config>/cadence`).
    public static let executable: URL = {
        #if os(macOS)
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("cadence")
        }
        #endif
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("cadence")
    }()

    public var databasePath: String { home.appendingPathComponent("cadence.sqlite").path }

    @discardableResult
    public func run(_ arguments: String..., stdin: String? = nil) throws -> Result {
        try run(arguments, stdin: stdin)
    }

    @discardableResult
    public func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
