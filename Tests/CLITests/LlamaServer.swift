import CadenceCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
import CadenceTestSupport
#endif

/// A real llama.cpp `llama-server` with a real model on a free loopback port, for the
/// integration suite. Runs only when `CADENCE_LLAMA_SERVER` and `CADENCE_LLAMA_MODEL` name the
/// binary and the GGUF (`eval "$(.ci/llama-server.sh)"` sets both), so plain `swift test` stays fast.
final class LlamaServer: @unchecked Sendable {
    static let environment = ProcessInfo.processInfo.environment
    static var configured: Bool { environment["CADENCE_LLAMA_SERVER"] != nil && environment["CADENCE_LLAMA_MODEL"] != nil }

    /// The committed tool-capable chat template: the Gemma 3 270M GGUF has none, and without one
    /// llama.cpp silently drops a request's `tools`.
    static let template = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/llama/gemma3-tools.jinja")

    let process = Process()
    let port: Int
    let log: URL
    let contextSize: Int

    /// OpenAI-compatible base URL (with /v1).
    var openAIBaseURL: String { "http://127.0.0.1:\(port)/v1" }
    /// Anthropic base URL (without /v1).
    var anthropicBaseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts a server and waits for `/health`; the caller stops it (`run` does on every path).
    private init(contextSize: Int, arguments extra: [String]) throws {
        guard let binary = Self.environment["CADENCE_LLAMA_SERVER"], let model = Self.environment["CADENCE_LLAMA_MODEL"] else {
            throw ServerError("CADENCE_LLAMA_SERVER and CADENCE_LLAMA_MODEL must name llama-server and the GGUF")
        }
        self.contextSize = contextSize
        port = try Self.freePort()
        log = ScratchFolder.root.appendingPathComponent("llama-server-\(port)-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else { throw ServerError("could not create \(log.path)") }
        let handle = try FileHandle(forWritingTo: log)
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["-m", model, "--host", "127.0.0.1", "--port", String(port), "-c", String(contextSize), "-np", "1",
                             "-t", "2", "--seed", "42", "--jinja", "--chat-template-file", Self.template.path, "--no-webui"] + extra
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Runs `body` with a fresh server, stopping it afterwards whatever happens.
    /// `arguments` are added to the server's command line (`--embeddings`, …).
    static func run<T>(contextSize: Int = 8192, arguments: [String] = [], _ body: (LlamaServer) async throws -> T) async throws -> T {
        let server = try LlamaServer(contextSize: contextSize, arguments: arguments)
        defer { server.stop() }
        try await server.waitUntilHealthy()
        return try await body(server)
    }

    /// SIGTERM, then SIGKILL after 3 s. Foundation's Process starts the child with the spawning
    /// thread's signal mask, and test threads block SIGTERM, so llama-server may never see it;
    /// waiting for it alone hung the suite.
    func stop() {
        defer { try? FileManager.default.removeItem(at: log) }
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(3)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        kill()
    }

    /// Kills the server at once (a crash, as the runner would see it).
    func kill() {
        guard process.isRunning else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Whether the server's slot is working on a request (`GET /slots`); a reply that does not
    /// say is an error, so a changed endpoint cannot read as "idle".
    func isBusy() async throws -> Bool {
        let (body, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/slots")!)
        let slots = try JSONValue(parsing: String(decoding: body, as: UTF8.self)).arrayValue ?? []
        guard !slots.isEmpty, slots.allSatisfy({ $0["is_processing"]?.boolValue != nil }) else {
            throw ServerError("GET /slots did not list the slots: \(slots)")
        }
        return slots.contains { $0["is_processing"] == true }
    }

    var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    private func waitUntilHealthy(timeout: Duration = .seconds(180)) async throws {
        let deadline = ContinuousClock.now + timeout
        let url = URL(string: "http://127.0.0.1:\(port)/health")!
        while ContinuousClock.now < deadline {
            guard process.isRunning else { throw ServerError("llama-server exited (\(process.terminationStatus)):\n\(logText.suffix(2000))") }
            if let (_, response) = try? await URLSession.shared.data(from: url), (response as? HTTPURLResponse)?.statusCode == 200 { return }
            try await Task.sleep(for: .milliseconds(250))
        }
        throw ServerError("llama-server did not report healthy within \(timeout):\n\(logText.suffix(2000))")
    }

    /// GET a JSON document from the server (`/props`, `/slots`).
    func json(_ path: String) async throws -> JSONValue {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        return try JSONValue(parsing: String(decoding: data, as: UTF8.self))
    }

    /// A port nobody is listening on: bind port 0 on loopback, read what the kernel chose, close.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError("socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw ServerError("could not bind a loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    struct ServerError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
