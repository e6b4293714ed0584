import CadenceCore
import CadenceTestSupport
import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `cadence mcp` as a subprocess on stdio, the way an MCP client starts it.
struct MCPCommandTests {
    static func request(_ id: Int, _ method: String, _ params: JSONValue) -> String {
        JSONValue.object(["jsonrpc": "2.0", "id": .number(Double(id)), "method": .string(method), "params": params]).jsonString
    }

    /// A client may write all its requests and close stdin at once: every request is still
    /// answered before the server exits (it used to exit with the tool calls unanswered).
    @Test func requestsWrittenBeforeEndOfInputAreAllAnsweredAndRecorded() throws {
        let cli = try CadenceBinary()
        let input = [
            Self.request(1, "initialize", ["protocolVersion": "2025-11-25", "capabilities": [:],
                                           "clientInfo": ["name": "pipe", "version": "1"]]),
            JSONValue.object(["jsonrpc": "2.0", "method": "notifications/initialized"]).jsonString,
            Self.request(2, "tools/call", ["name": "update_physical", "arguments": ["age": 38]]),
            Self.request(3, "tools/call", ["name": "update_physical", "arguments": ["age": "old"]]),
            Self.request(4, "resources/read", ["uri": "cadence://plan/current"]),
            Self.request(5, "cadence/unknown", [:]),
        ].joined(separator: "\n") + "\n"
        let run = try cli.run(["mcp", "--runner", "Sam"], stdin: input)
        #expect(run.status == 0)
        let answers = try run.stdout.split(separator: "\n").map { try JSONValue(parsing: String($0)) }
        var byId: [Int: JSONValue] = [:]
        for answer in answers { if let id = answer["id"]?.doubleValue { byId[Int(id)] = answer } }
        #expect(Set(byId.keys) == [1, 2, 3, 4, 5], "\(run.stdout)")
        #expect(byId[1]?["result"]?["serverInfo"]?["name"] == "cadence")
        #expect(byId[2]?["result"]?["structuredContent"]?["saved"] == ["physical.age"], "\(run.stdout)")
        #expect(byId[3]?["result"]?["isError"] == true)
        #expect(byId[4]?["error"]?["code"] == -32002)
        #expect(byId[5]?["error"]?["code"] == -32601)

        let history = try cli.run("runner", "history", "physical.age", "--runner", "Sam")
        // Requests in flight together run in either order; each is one turn of the session.
        #expect(history.stdout.contains("physical.age = 38  [user, turn "))
        #expect(history.stdout.contains(", session mcp-"))
        let folder = cli.home.appendingPathComponent("transcripts")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".jsonl") })
        let lines = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
            .map { try JSONValue(parsing: String($0)) }
        #expect(lines.first?["client"] == ["name": "pipe", "version": "1"])
        #expect(lines.last?["type"] == "end")
    }

    /// `--http`: refuses what would expose the runner's data, before it listens.
    @Test func httpRefusesANetworkAddressWithoutATokenAndATokenFileOthersCanRead() throws {
        let cli = try CadenceBinary()
        let open = try cli.run("mcp", "--http", "0.0.0.0:0")
        #expect(open.status == 1)
        #expect(open.stderr.contains("needs a bearer token"), "\(open.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath), "refused before anything is written")
        let tokenFile = cli.home.appendingPathComponent("token")
        _ = FileManager.default.createFile(atPath: tokenFile.path, contents: Data("0123456789abcdef0123\n".utf8), attributes: [.posixPermissions: 0o644])
        let readable = try cli.run("mcp", "--http", "0.0.0.0:0", "--token-file", tokenFile.path)
        #expect(readable.status == 1)
        #expect(readable.stderr.contains("chmod 600"), "\(readable.stderr)")
        #expect(!readable.stderr.contains("0123456789abcdef0123"), "the token is never printed")
        #expect(try cli.run("mcp", "--token-file", tokenFile.path).status == 2, "--token-file without --http is a usage error")
        #expect(try cli.run("mcp", "--http", "example.com:80").stderr.contains("numeric address"))
        let weak = try CadenceBinary(environment: ["CADENCE_MCP_TOKEN": "short"]).run("mcp", "--http", "8765")
        #expect(weak.status == 1 && weak.stderr.contains("at least 16"), "\(weak.stderr)")
    }

    /// `cadence mcp --http 127.0.0.1:0` as a process: the bound port on stderr, a session over
    /// real HTTP with a token from the environment, and SIGTERM ends it with the transcript closed.
    @Test func httpServesAPortItPrintsAndStopsCleanlyOnSIGTERM() async throws {
        let token = "cli-token-0123456789abcdef"
        let cli = try CadenceBinary(environment: ["CADENCE_MCP_TOKEN": token])
        let transcript = cli.home.appendingPathComponent("http.jsonl")
        let process = Process()
        process.executableURL = CadenceBinary.executable
        process.arguments = ["mcp", "--http", "127.0.0.1:0", "--runner", "Sam", "--transcript", transcript.path]
        process.environment = cli.environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // The line that names the URL (notes before it: the knowledge base sync).
        var seen = ""
        var url: URL?
        let deadline = Date().addingTimeInterval(60)
        while url == nil, Date() < deadline {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
            if let range = seen.range(of: #"http://127\.0\.0\.1:[0-9]+/mcp"#, options: .regularExpression) { url = URL(string: String(seen[range])) }
        }
        let endpoint = try #require(url, "\(seen)")
        #expect(seen.contains("bearer token required"))
        #expect(!seen.contains(token))

        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("application/json, text/event-stream", forHTTPHeaderField: "Accept")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(Self.request(1, "initialize", ["protocolVersion": "2025-11-25", "capabilities": [:],
                                                               "clientInfo": ["name": "cli-http", "version": "1"]]).utf8)
        let (_, refused) = try await URLSession.shared.data(for: request)
        #expect((refused as? HTTPURLResponse)?.statusCode == 401)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let (body, answer) = try await URLSession.shared.data(for: request)
        #expect((answer as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("\"name\":\"cadence\""))

        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = try String(contentsOf: transcript, encoding: .utf8).split(separator: "\n").map { try JSONValue(parsing: String($0)) }
        #expect(lines.first?["client"] == ["name": "cli-http", "version": "1"])
        #expect(lines.last?["type"] == "end")
        #expect(lines.last?["reason"] == "server_stopped")
    }
}
