import Agent
import CadenceCore
import Foundation
import Knowledge
import MCP
import Store
import Testing
import Transcripts
@testable import CadenceMCP
#if canImport(FoundationNetworking)
import FoundationNetworking
import CadenceTestSupport
#endif

/// `cadence mcp --http`: the server on a real loopback port, spoken to with URLSession in the
/// Streamable HTTP wire format (JSON-RPC in a POST, the answer as server-sent events).
struct MCPHTTPServerTests {
    static let root = CadenceMCPServerTests.root
    static let token = "test-token-0123456789abcdef"

    /// A server on 127.0.0.1 (a free port) for a runner in an in-memory database; each session's
    /// transcript goes into `folder`.
    struct Fixture {
        let database: AppDatabase
        let runner: Runner
        let server: MCPHTTPServer
        let url: URL
        let folder: URL

        static func start(token: String? = nil, maxSessions: Int = 8) async throws -> Fixture {
            let clock = Clock.fixed(CadenceMCPServerTests.today)
            let database = try AppDatabase.inMemory(clock: clock, ids: .sequential())
            let runner = try database.createRunner(name: "Alex")
            let prompts = try PromptSet(directory: root.appendingPathComponent("prompts"))
            let folder = ScratchFolder.root.appendingPathComponent("mcp-http-\(UUID().uuidString)")
            let counter = Numbers()
            let server = try MCPHTTPServer(address: try MCPListenAddress(parsing: "127.0.0.1:0"), token: token, maxSessions: maxSessions) {
                let number = await counter.next()
                let recorder = try TranscriptRecorder(url: folder.appendingPathComponent("session-\(number).jsonl"), clock: clock)
                return try CadenceMCPServer(.init(database: database, runnerId: runner.id, prompts: prompts, knowledge: nil, clock: clock,
                                                  sessionId: "mcp-http-\(number)", cadenceVersion: "test", observers: [recorder]))
            }
            let port = try await server.start()
            #expect(port > 0)
            return Fixture(database: database, runner: runner, server: server, url: URL(string: "http://127.0.0.1:\(port)/mcp")!, folder: folder)
        }

        /// One HTTP request; the JSON-RPC messages of the answer (a JSON body, or the SSE events).
        func send(_ method: String = "POST", _ body: JSONValue? = nil, session: String? = nil, headers: [String: String] = [:],
                  bearer: String? = nil) async throws -> (status: Int, headers: [String: String], messages: [JSONValue]) {
            var request = URLRequest(url: url)
            request.httpMethod = method
            request.setValue("application/json, text/event-stream", forHTTPHeaderField: "Accept")
            if let body {
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
                request.httpBody = Data(body.jsonString.utf8)
            }
            if let session {
                request.setValue(session, forHTTPHeaderField: "Mcp-Session-Id")
                request.setValue("2025-11-25", forHTTPHeaderField: "MCP-Protocol-Version")
            }
            if let bearer { request.setValue("Bearer \(bearer)", forHTTPHeaderField: "Authorization") }
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = try #require(response as? HTTPURLResponse)
            var responseHeaders: [String: String] = [:]
            for (name, value) in http.allHeaderFields { responseHeaders[String(describing: name).lowercased()] = String(describing: value) }
            let text = String(decoding: data, as: UTF8.self)
            let messages: [JSONValue]
            if responseHeaders["content-type"]?.hasPrefix("text/event-stream") == true {
                // The SDK's priming event has an empty `data:` (resumption only): not a message.
                messages = try text.split(separator: "\n").filter { $0.hasPrefix("data: ") && $0.count > 6 }
                    .map { try JSONValue(parsing: String($0.dropFirst(6))) }
            } else {
                messages = text.isEmpty ? [] : [try JSONValue(parsing: text)]
            }
            return (http.statusCode, responseHeaders, messages)
        }

        static func request(_ id: Int, _ method: String, _ params: JSONValue = [:]) -> JSONValue {
            ["jsonrpc": "2.0", "id": .number(Double(id)), "method": .string(method), "params": params]
        }

        static let initialize = request(1, "initialize", ["protocolVersion": "2025-11-25", "capabilities": [:],
                                                          "clientInfo": ["name": "http-test", "version": "1"]])

        /// initialize + initialized: the session id.
        func open(bearer: String? = nil) async throws -> String {
            let answer = try await send("POST", Self.initialize, bearer: bearer)
            #expect(answer.status == 200)
            let session = try #require(answer.headers["mcp-session-id"])
            let initialized = try await send("POST", ["jsonrpc": "2.0", "method": "notifications/initialized"], session: session, bearer: bearer)
            #expect(initialized.status == 202)
            return session
        }
    }

    actor Numbers {
        private var value = 0
        func next() -> Int { value += 1; return value }
    }

    @Test func initializeListToolsAndCallAToolOverLoopback() async throws {
        let fixture = try await Fixture.start()
        defer { Task { await fixture.server.stop(reason: "test") } }
        let answer = try await fixture.send("POST", Fixture.initialize)
        #expect(answer.status == 200)
        #expect(answer.headers["content-type"]?.hasPrefix("text/event-stream") == true)
        #expect(answer.messages.last?["result"]?["serverInfo"]?["name"] == "cadence")
        let session = try #require(answer.headers["mcp-session-id"])
        #expect(try await fixture.send("POST", ["jsonrpc": "2.0", "method": "notifications/initialized"], session: session).status == 202)

        let tools = try await fixture.send("POST", Fixture.request(2, "tools/list"), session: session)
        let names = tools.messages.last?["result"]?["tools"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(names.contains("update_physical") && names.contains("create_plan") && names.contains("get_plan"), "\(names)")

        let call = try await fixture.send("POST", Fixture.request(3, "tools/call", ["name": "update_physical", "arguments": ["age": 38]]),
                                          session: session)
        #expect(call.messages.last?["result"]?["structuredContent"]?["saved"] == ["physical.age"], "\(call.messages)")
        #expect(try fixture.database.runner(id: fixture.runner.id)?.physical.age == 38)
        let history = try fixture.database.fieldHistory(runnerId: fixture.runner.id, path: "physical.age")
        #expect(history.first?.sessionId == "mcp-http-1")

        // A wrong argument: a tool error with the chat's message; a protocol error keeps its code.
        let bad = try await fixture.send("POST", Fixture.request(4, "tools/call", ["name": "update_physical", "arguments": ["age": "old"]]),
                                         session: session)
        #expect(bad.messages.last?["result"]?["isError"] == true)
        let unknown = try await fixture.send("POST", Fixture.request(5, "cadence/unknown"), session: session)
        #expect(unknown.messages.last?["error"]?["code"] == -32601)

        // DELETE ends the session and its transcript; the id is then unknown.
        #expect(try await fixture.send("DELETE", session: session).status == 200)
        #expect(await fixture.server.openSessions == 0)
        let events = try transcriptEvents(at: fixture.folder.appendingPathComponent("session-1.jsonl"))
        #expect(events.first?["client"] == ["name": "http-test", "version": "1"])
        #expect(events.last?["type"] == "end")
        #expect(events.last?["reason"] == "client_closed")
        let after = try await fixture.send("POST", Fixture.request(6, "tools/list"), session: session)
        #expect(after.status == 404)
    }

    @Test func withATokenEveryRequestWithoutTheRightBearerGets401AndOpensNothing() async throws {
        let fixture = try await Fixture.start(token: Self.token)
        defer { Task { await fixture.server.stop(reason: "test") } }
        let none = try await fixture.send("POST", Fixture.initialize)
        #expect(none.status == 401)
        #expect(none.headers["www-authenticate"]?.hasPrefix("Bearer") == true)
        #expect(none.messages.first?["error"]?["message"]?.stringValue?.contains("Authorization: Bearer") == true)
        #expect(try await fixture.send("POST", Fixture.initialize, bearer: "test-token-0123456789abcdeX").status == 401)
        #expect(try await fixture.send("POST", Fixture.initialize, headers: ["Authorization": "Basic \(Self.token)"]).status == 401)
        #expect(await fixture.server.openSessions == 0)
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.path), "no session, no transcript")

        let session = try await fixture.open(bearer: Self.token)
        // The session id alone is not enough: every request needs the token.
        #expect(try await fixture.send("POST", Fixture.request(2, "tools/list"), session: session).status == 401)
        let tools = try await fixture.send("POST", Fixture.request(2, "tools/list"), session: session, bearer: Self.token)
        #expect(tools.status == 200)
        #expect(tools.messages.last?["result"]?["tools"]?.arrayValue?.isEmpty == false)
    }

    @Test func aForeignOriginIsRefusedAndALocalOneAccepted() async throws {
        let fixture = try await Fixture.start()
        defer { Task { await fixture.server.stop(reason: "test") } }
        let foreign = try await fixture.send("POST", Fixture.initialize, headers: ["Origin": "http://evil.example:8765"])
        #expect(foreign.status == 403)
        #expect(foreign.messages.first?["error"]?["message"]?.stringValue?.contains("DNS-rebinding") == true)
        #expect(try await fixture.send("POST", Fixture.initialize, headers: ["Origin": "null"]).status == 403)
        #expect(await fixture.server.openSessions == 0)
        let local = try await fixture.send("POST", Fixture.initialize, headers: ["Origin": "http://localhost:6274"])
        #expect(local.status == 200)
        #expect(await fixture.server.openSessions == 1)
    }

    @Test func requestsOutsideASessionAreRefusedWithTheReason() async throws {
        let fixture = try await Fixture.start()
        defer { Task { await fixture.server.stop(reason: "test") } }
        let noSession = try await fixture.send("POST", Fixture.request(2, "tools/list"))
        #expect(noSession.status == 400)
        #expect(noSession.messages.first?["error"]?["message"]?.stringValue?.contains("send initialize first") == true)
        #expect(try await fixture.send("POST", Fixture.request(2, "tools/list"), session: "no-such-session").status == 404)
        var request = URLRequest(url: fixture.url.deletingLastPathComponent().appendingPathComponent("other"))
        request.httpMethod = "POST"
        let (_, other) = try await URLSession.shared.data(for: request)
        #expect((other as? HTTPURLResponse)?.statusCode == 404)
        // Not JSON: a parse error, and no session.
        var garbage = URLRequest(url: fixture.url)
        garbage.httpMethod = "POST"
        garbage.setValue("application/json", forHTTPHeaderField: "Content-Type")
        garbage.httpBody = Data("{not json".utf8)
        let (_, refused) = try await URLSession.shared.data(for: garbage)
        #expect((refused as? HTTPURLResponse)?.statusCode == 400)
        // An initialize the transport refuses (it must accept event streams): no session, no transcript.
        let notAccepted = try await fixture.send("POST", Fixture.initialize, headers: ["Accept": "application/json"])
        #expect(notAccepted.status == 406)
        #expect(await fixture.server.openSessions == 0)
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.path))
    }

    @Test func pastTheLimitTheLeastRecentlyUsedSessionIsEnded() async throws {
        let fixture = try await Fixture.start(maxSessions: 2)
        defer { Task { await fixture.server.stop(reason: "test") } }
        let first = try await fixture.open()
        let second = try await fixture.open()
        _ = try await fixture.send("POST", Fixture.request(2, "tools/list"), session: first)
        _ = try await fixture.open()
        #expect(await fixture.server.openSessions == 2)
        #expect(try await fixture.send("POST", Fixture.request(3, "tools/list"), session: second).status == 404)
        #expect(try await fixture.send("POST", Fixture.request(3, "tools/list"), session: first).status == 200)
        let ended = try transcriptEvents(at: fixture.folder.appendingPathComponent("session-2.jsonl"))
        #expect(ended.last?["reason"] == "evicted")
    }

    @Test func stoppingTheServerEndsEveryTranscript() async throws {
        let fixture = try await Fixture.start()
        _ = try await fixture.open()
        _ = try await fixture.open()
        await fixture.server.stop(reason: "server_stopped")
        for number in 1 ... 2 {
            let events = try transcriptEvents(at: fixture.folder.appendingPathComponent("session-\(number).jsonl"))
            #expect(events.last?["reason"] == "server_stopped")
        }
    }

    /// Start waits for the outcome of binding, not for a clock: a taken port is a prompt, clear error.
    @Test func aPortAlreadyTakenIsRefusedWithTheReason() async throws {
        let fixture = try await Fixture.start()
        let port = try #require(fixture.url.port)
        let second = try MCPHTTPServer(address: try MCPListenAddress(parsing: "127.0.0.1:\(port)"), token: nil) {
            Issue.record("no session may open on a server that never listened")
            throw MCPHTTPError.badAddress("unused")
        }
        do {
            _ = try await second.start()
            Issue.record("a second server listened on port \(port)")
        } catch let error as MCPHTTPError {
            guard case .cannotListen(let address, let reason) = error else { Issue.record("\(error)"); return }
            #expect(address == "127.0.0.1:\(port)")
            #expect(reason.localizedCaseInsensitiveContains("in use"), "\(reason)")
        }
        await fixture.server.stop(reason: "server_stopped")
    }
}

/// Who may connect: the pure policy behind the HTTP checks.
struct MCPHTTPAccessTests {
    static func access(_ address: String, token: String? = nil, port: Int = 8765) throws -> MCPHTTPAccess {
        try MCPHTTPAccess(address: try MCPListenAddress(parsing: address), port: port, token: token)
    }

    @Test func listenAddresses() throws {
        #expect(try MCPListenAddress(parsing: "8765") == MCPListenAddress(parsing: "127.0.0.1:8765"))
        #expect(try MCPListenAddress(parsing: "localhost:8765").host == "127.0.0.1")
        #expect(try MCPListenAddress(parsing: "[::1]:9000").host == "::1")
        #expect(try MCPListenAddress(parsing: "[::1]:9000").isLoopback)
        #expect(try MCPListenAddress(parsing: "127.0.0.2:1").isLoopback)
        #expect(try !MCPListenAddress(parsing: "0.0.0.0:8765").isLoopback)
        #expect(try !MCPListenAddress(parsing: "[::]:8765").isLoopback)
        #expect(try !MCPListenAddress(parsing: "192.168.1.10:8765").isLoopback)
        for bad in ["", "host", "example.com:80", "127.0.0.1:99999", "127.0.0.1:-1", "1.2.3:80", "::1:80", "127.0.0.1:"] {
            #expect(throws: MCPHTTPError.badAddress(bad), "\(bad)") { try MCPListenAddress(parsing: bad) }
        }
    }

    @Test func offLoopbackATokenIsRequiredAndMustBeStrong() throws {
        #expect(throws: MCPHTTPError.tokenRequired(host: "0.0.0.0")) { try Self.access("0.0.0.0:8765") }
        #expect(throws: MCPHTTPError.weakToken(minimum: 16)) { try Self.access("0.0.0.0:8765", token: "short") }
        #expect(throws: MCPHTTPError.weakToken(minimum: 16)) { try Self.access("127.0.0.1:8765", token: "has a space in the middle") }
        #expect(try Self.access("0.0.0.0:8765", token: MCPHTTPServerTests.token).requiresToken)
        #expect(try !Self.access("8765").requiresToken)
    }

    @Test func onLoopbackAForeignHostIsMisdirectedAndAForeignOriginForbidden() throws {
        let access = try Self.access("8765")
        #expect(access.check(headers: ["Host": "127.0.0.1:8765"]) == nil)
        #expect(access.check(headers: ["host": "localhost:8765", "origin": "http://localhost:3000"]) == nil)
        #expect(access.check(headers: ["Host": "[::1]:8765", "Origin": "http://[::1]:8765"]) == nil)
        // DNS rebinding: the page's own name, now resolving to 127.0.0.1, is in Host and Origin.
        #expect(access.check(headers: ["Host": "evil.example:8765", "Origin": "http://evil.example:8765"])?.status == 421)
        #expect(access.check(headers: ["Host": "127.0.0.1:9999"])?.status == 421)
        #expect(access.check(headers: [:])?.status == 421)
        #expect(access.check(headers: ["Host": "127.0.0.1:8765", "Origin": "http://evil.example"])?.status == 403)
        #expect(access.check(headers: ["Host": "127.0.0.1:8765", "Origin": "http://localhost.evil.example"])?.status == 403)
        #expect(access.check(headers: ["Host": "127.0.0.1:8765", "Origin": "file://"])?.status == 403)
    }

    @Test func offLoopbackTheOriginMustBeTheServersOwnAndTheTokenIsChecked() throws {
        let token = MCPHTTPServerTests.token
        let access = try Self.access("0.0.0.0:8765", token: token)
        let auth = "Bearer \(token)"
        #expect(access.check(headers: ["Host": "coach.lan:8765", "Authorization": auth]) == nil)
        #expect(access.check(headers: ["Host": "coach.lan:8765", "Origin": "http://coach.lan:8765", "Authorization": auth]) == nil)
        #expect(access.check(headers: ["Host": "coach.lan:8765", "Origin": "http://other.lan:8765", "Authorization": auth])?.status == 403)
        #expect(access.check(headers: ["Host": "coach.lan:8765"])?.status == 401)
        #expect(access.check(headers: ["Host": "coach.lan:8765", "Authorization": "Bearer \(token)x"])?.status == 401)
        #expect(access.check(headers: ["Host": "coach.lan:8765", "Authorization": "bearer \(token)"]) == nil, "the scheme is case-insensitive")
        #expect(access.check(headers: ["Host": "coach.lan:8765"])?.headers["WWW-Authenticate"] == "Bearer realm=\"cadence\"")
    }

    @Test func theTokenComparisonIsExact() {
        #expect(MCPHTTPAccess.equal("abc", "abc"))
        #expect(!MCPHTTPAccess.equal("abc", "abd"))
        #expect(!MCPHTTPAccess.equal("abc", "abcd"))
        #expect(!MCPHTTPAccess.equal("", "a"))
    }
}

/// The transcript's lines as JSON, for checks on the raw JSONL (the typed reader is tested in
/// TranscriptsTests).
func transcriptEvents(at url: URL) throws -> [JSONValue] {
    try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { try JSONValue(parsing: String($0)) }
}
