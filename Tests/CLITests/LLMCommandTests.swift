import CadenceCore
import CadenceTestSupport
import Foundation
import Testing

extension CadenceBinary.Result {
    /// stdout as a `JSONValue`, or nil.
    var value: JSONValue? { try? JSONValue(parsing: stdout) }
}

private let key = "sk-cli-SECRET-abcdef0123456789"

@Suite("cadence llm test and cadence keys, as a subprocess against fake servers", .serialized)
struct LLMCommandTests {
    @Test("the provider catalogue: `llm providers` prints the README's table; every provider is a --provider value")
    func providerCatalogue() throws {
        let cli = try CadenceBinary()
        let table = try cli.run("llm", "providers")
        #expect(table.status == 0)
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(table.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "README's Providers table differs from:\n\(table.stdout)")
        let json = try #require(try cli.run("llm", "providers", "--json").value?.arrayValue)
        #expect(json.compactMap { $0["name"]?.stringValue } == ["openai", "anthropic", "openrouter", "ollama", "llamacpp", "vllm"])
        // A local provider needs no key; one whose server decides the model needs --model.
        let noModel = try cli.run("llm", "test", "--provider", "ollama", "--json")
        #expect(noModel.status == 1)
        #expect(noModel.value?["error"]?["message"]?.stringValue?.contains("--model") == true, "\(noModel.stdout)")
        let unknown = try cli.run("llm", "test", "--provider", "gemini")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("llamacpp"), "\(unknown.stderr)")
    }

    @Test("--json against a fake OpenAI-compatible server: streamed text and a tool call, in the documented shape")
    func openAIJSON() throws {
        let toolCall = OpenAIWireScript.toolCalls([("call_1", "get_weather", ["{\"city\":", "\"Oslo\"}"])])
        let events = [OpenAIWireScript.chunk(delta: ["role": "assistant", "content": "Checking. "])] + toolCall.dropFirst()
        let server = try ScriptedHTTPServer(responses: [.sse(Array(events), chunkSize: 9)])
        let cli = try CadenceBinary(environment: ["OPENAI_API_KEY": key])
        let tools = cli.home.appendingPathComponent("tools.json")
        try Data(#"[{"name":"get_weather","description":"Weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}]"#.utf8).write(to: tools)
        let run = try cli.run(["llm", "test", "--provider", "openai", "--model", "gpt-4o", "--base-url", server.baseURL.absoluteString + "/v1",
                               "--message", "Weather in Oslo?", "--tools", tools.path, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(run.value, "stdout: \(run.stdout)")
        #expect(json["provider"] == "openai")
        #expect(json["model"] == "gpt-4o")
        #expect(json["text"] == "Checking. ")
        #expect(json["toolCalls"] == [["id": "call_1", "name": "get_weather", "arguments": ["city": "Oslo"]]])
        #expect(json["stopReason"] == "tool_use")
        #expect(json["usage"] == ["inputTokens": 20, "outputTokens": 12, "cacheReadTokens": 0, "cacheWriteTokens": 0])
        #expect(json["attempts"] == 1)
        #expect(json["latencyMs"]?.doubleValue != nil)
        let request = try #require(server.requests.first)
        #expect(request.path == "/v1/chat/completions")
        #expect(request.header("authorization") == "Bearer \(key)")
        #expect(request.json?["tools"]?.arrayValue?.count == 1)
        #expect(request.json?["messages"] == [["role": "user", "content": "Weather in Oslo?"]])
        #expect(!run.stdout.contains(key) && !run.stderr.contains(key))
    }

    @Test("--json before the subcommand works too (global option)")
    func leadingJSON() throws {
        let server = try ScriptedHTTPServer(responses: [.sse(OpenAIWireScript.text(["ok"]))])
        let run = try CadenceBinary().run(["--json", "llm", "test", "--base-url", server.baseURL.absoluteString + "/v1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.value?["text"] == "ok")
    }

    @Test("--json --no-stream against a fake Anthropic server, after a retried 529")
    func anthropicNoStream() throws {
        let server = try ScriptedHTTPServer(responses: [
            AnthropicWireScript.error(status: 529, type: "overloaded_error", message: "Overloaded", headers: [("retry-after-ms", "50")]),
            AnthropicWireScript.message(content: [["type": "text", "text": "Working."]], inputTokens: 11, outputTokens: 3),
        ])
        let run = try CadenceBinary(environment: ["ANTHROPIC_API_KEY": key])
            .run(["llm", "test", "--provider", "anthropic", "--base-url", server.baseURL.absoluteString, "--no-stream", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(run.value)
        #expect(json["text"] == "Working.")
        #expect(json["model"] == "claude-sonnet-4-20250514")
        #expect(json["stopReason"] == "end_turn")
        #expect(json["attempts"] == 2)
        #expect(json["usage"]?["inputTokens"] == 11)
        #expect(server.requests.last?.header("x-api-key") == key)
        #expect(server.requests.last?.header("anthropic-version") == "2023-06-01")
    }

    @Test("a vendor error exits 1 with {error:{kind,message,status}} on stdout and one line on stderr, no key anywhere")
    func errorJSON() throws {
        let server = try ScriptedHTTPServer(responses: [
            OpenAIWireScript.error(status: 401, message: "Incorrect API key provided: \(key)", type: "invalid_request_error", code: "invalid_api_key"),
        ])
        let run = try CadenceBinary(environment: ["CADENCE_API_KEY": key])
            .run(["llm", "test", "--base-url", server.baseURL.absoluteString + "/v1", "--json"])
        #expect(run.status == 1)
        let error = try #require(run.value?["error"])
        #expect(error["kind"] == "authentication")
        #expect(error["status"] == 401)
        #expect(error["message"]?.stringValue?.contains("OPENAI_API_KEY") == true)
        #expect(run.stderr.hasPrefix("error: "))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(!run.stdout.contains(key) && !run.stderr.contains(key))
    }

    @Test("a stream cut mid-way is reported as stream_interrupted")
    func interruptedJSON() throws {
        let server = try ScriptedHTTPServer(responses: [.sse([OpenAIWireScript.chunk(delta: ["content": "Hal"])], ending: [.close])])
        let run = try CadenceBinary().run(["llm", "test", "--base-url", server.baseURL.absoluteString + "/v1", "--json"])
        #expect(run.status == 1)
        #expect(run.value?["error"]?["kind"] == "stream_interrupted")
        #expect(run.value?["error"]?["status"] == .null)
    }

    @Test("human output streams the text, then usage, cost, attempts and latency")
    func humanOutput() throws {
        let server = try ScriptedHTTPServer(responses: [.sse(OpenAIWireScript.text(["Yes, ", "working."], prompt: 1_000_000, completion: 0))])
        let run = try CadenceBinary().run(["llm", "test", "--model", "gpt-4o", "--base-url", server.baseURL.absoluteString + "/v1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Yes, working.\n"))
        #expect(run.stdout.contains("stop end_turn"))
        #expect(run.stdout.contains("cost $2.500000"))
        #expect(run.stdout.contains("attempts 1"))
    }

    @Test("an unpriced model shows unknown cost; a user price file prices it")
    func unknownCost() throws {
        let server = try ScriptedHTTPServer(responses: [.sse(OpenAIWireScript.text(["a"])), .sse(OpenAIWireScript.text(["b"]))])
        let cli = try CadenceBinary()
        let arguments = ["llm", "test", "--model", "llama3.2:3b", "--base-url", server.baseURL.absoluteString + "/v1"]
        #expect(try cli.run(arguments).stdout.contains("cost unknown"))
        try Data(#"{"models":{"llama3.2":{"input":0,"output":0}}}"#.utf8).write(to: cli.home.appendingPathComponent("prices.json"))
        #expect(try cli.run(arguments).stdout.contains("cost $0.000000"))
    }

    @Test("no key and the official base URL: exit 1 with a configuration error saying what to do")
    func missingKey() throws {
        let run = try CadenceBinary().run(["llm", "test", "--provider", "anthropic", "--json"])
        #expect(run.status == 1)
        #expect(run.value?["error"]?["kind"] == "configuration")
        #expect(run.stderr.contains("cadence keys set anthropic"))
    }

    @Test("bad usage exits 2; help exits 0")
    func badUsage() throws {
        let cli = try CadenceBinary()
        #expect(try cli.run(["llm", "test", "--provider", "gemini"]).status == 2)
        #expect(try cli.run(["llm", "test", "--base-url", "ftp://x"]).status == 2)
        #expect(try cli.run(["keys", "set"]).status == 2)
        #expect(try cli.run(["llm", "test", "--help"]).status == 0)
    }

    @Test("keys set reads stdin into a 0600 file; keys list shows where each key comes from, never the value")
    func keys() throws {
        let cli = try CadenceBinary()
        let set = try cli.run(["keys", "set", "anthropic"], stdin: key + "\n")
        #expect(set.status == 0, "\(set.stderr)")
        let file = cli.home.appendingPathComponent("keys.json")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let withEnv = try CadenceBinary(environment: ["CADENCE_HOME": cli.home.path, "OPENAI_API_KEY": "sk-env-other-123456"])
        let list = try withEnv.run(["keys", "list", "--json"])
        #expect(list.status == 0)
        #expect(list.value == ["keys": [
            ["provider": "openai", "set": true, "source": "environment", "location": "OPENAI_API_KEY"],
            ["provider": "anthropic", "set": true, "source": "file", "location": .string(file.path)],
            ["provider": "openrouter", "set": false, "source": .null, "location": .null],
        ]])  // local servers (ollama, llamacpp, vllm) need no key and are listed only when one is set
        let human = try cli.run(["keys", "list"])
        #expect(human.stdout.contains("anthropic  set"))
        #expect(human.stdout.contains("openai     not set"))
        for output in [set.stdout, set.stderr, list.stdout, human.stdout] {
            #expect(!output.contains(key) && !output.contains("sk-env-other"))
        }
        let empty = try cli.run(["keys", "set", "openai"], stdin: "")
        #expect(empty.status == 1)
        #expect(empty.stderr.hasPrefix("error: "))
        let removed = try cli.run(["keys", "remove", "anthropic", "--json"])
        #expect(removed.value == ["provider": "anthropic", "removed": true])
    }

    @Test("http_proxy in the environment routes the request through the proxy")
    func httpProxy() throws {
        // The fake server plays the proxy: the request reaches it with an absolute URI.
        let proxy = try ScriptedHTTPServer(responses: [.sse(OpenAIWireScript.text(["via proxy"]))])
        let run = try CadenceBinary(environment: ["http_proxy": proxy.baseURL.absoluteString, "no_proxy": ""])
            .run(["llm", "test", "--base-url", "http://llm.invalid/v1", "--json", "--timeout", "10"])
        #expect(run.status == 0, "\(run.stdout) \(run.stderr)")
        #expect(run.value?["text"] == "via proxy")
        #expect(proxy.requests.first?.path == "http://llm.invalid/v1/chat/completions")
    }
}
