import CadenceCore
import CadenceTestSupport
import Foundation
import Testing

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
}
