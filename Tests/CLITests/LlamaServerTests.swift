import CadenceCore
import CadenceTestSupport
import Foundation
import Testing

/// The LLM path against a real, independently written server: llama.cpp's `llama-server` with
/// Gemma 3 270M (issue 15). Asserts protocol outcomes only — valid requests, tool calls parsed and
/// paired, transcript events, errors classified, cache reads — never the small model's wording.
/// Sampling is deterministic (temperature 0, seed 42) and `--tool-choice` forces tool calls where a
/// test needs one. Skipped unless CADENCE_LLAMA_SERVER and CADENCE_LLAMA_MODEL are set:
/// `eval "$(.ci/llama-server.sh)" && swift test --filter LlamaServerTests`.
@Suite("llama.cpp integration", .serialized, .enabled(if: LlamaServer.configured))
struct LlamaServerTests {
    enum API: String, CaseIterable, Sendable { case openai, anthropic }

    static let deterministic = ["--temperature", "0", "--seed", "42"]

    static func baseURL(_ server: LlamaServer, _ api: API) -> String {
        api == .openai ? server.openAIBaseURL : server.anthropicBaseURL
    }

    static func weatherTools(_ cli: CadenceBinary) throws -> String {
        let file = cli.home.appendingPathComponent("tools.json")
        try Data(#"[{"name":"get_weather","description":"Current weather in a city","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}]"#.utf8).write(to: file)
        return file.path
    }

    static func transcript(_ cli: CadenceBinary) throws -> [JSONValue] {
        let folder = cli.home.appendingPathComponent("transcripts")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".jsonl") })
        return try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
            .map { try JSONValue(parsing: String($0)) }
    }

    /// Error kinds that mean Cadence sent something the server could not take, or misread it.
    static let protocolFailures: Set<String> = ["bad_request", "server", "invalid_response", "internal", "context_length"]

    @Test("cadence llm test: text, streamed and not, on both APIs", arguments: API.allCases, [false, true])
    func llmTestText(api: API, noStream: Bool) async throws {
        try await LlamaServer.run { server in
            let cli = try CadenceBinary()
            let run = try cli.run(["llm", "test", "--provider", api.rawValue, "--model", "gemma-3-270m", "--base-url", Self.baseURL(server, api),
                                   "--message", "Say hello.", "--max-tokens", "16", "--json"] + Self.deterministic + (noStream ? ["--no-stream"] : []))
            #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)\n\(server.logText.suffix(1500))")
            let json = try #require(run.value, "\(run.stdout)")
            #expect(["end_turn", "max_tokens"].contains(json["stopReason"]?.stringValue ?? ""))
            #expect(json["toolCalls"] == [])
            #expect((json["usage"]?["inputTokens"]?.doubleValue ?? 0) + (json["usage"]?["cacheReadTokens"]?.doubleValue ?? 0) > 0)
            let output = json["usage"]?["outputTokens"]?.doubleValue ?? 0
            #expect(output > 0 && output <= 16)
            #expect(json["attempts"] == 1)
        }
    }

    /// llama.cpp 11434.0.0 does not enforce `tool_choice: required` with a Hermes-style template (no
    /// grammar is applied), and whether Gemma 3 270M calls a tool is up to the model: this checks that
    /// a request with tools and a required choice is accepted on both APIs and that every call that
    /// comes back is parsed and paired — not that one comes back.
    @Test("cadence llm test with tools and tool_choice required: accepted on both APIs, any calls well-formed", arguments: API.allCases, [false, true])
    func llmTestTools(api: API, noStream: Bool) async throws {
        try await LlamaServer.run { server in
            let cli = try CadenceBinary()
            let run = try cli.run(["llm", "test", "--provider", api.rawValue, "--model", "gemma-3-270m", "--base-url", Self.baseURL(server, api),
                                   "--message", "What is the weather in Oslo?", "--tools", try Self.weatherTools(cli),
                                   "--tool-choice", "required", "--max-tokens", "64", "--json"] + Self.deterministic + (noStream ? ["--no-stream"] : []))
            #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)\n\(server.logText.suffix(1500))")
            let json = try #require(run.value, "\(run.stdout)")
            let calls = try #require(json["toolCalls"]?.arrayValue)
            for call in calls {
                #expect(call["name"] == "get_weather")
                #expect(call["id"]?.stringValue?.isEmpty == false)
                #expect(call["arguments"]?.objectValue != nil && call["arguments"]?["raw"] == nil, "\(call)")
            }
            #expect(["tool_use", "max_tokens", "end_turn"].contains(json["stopReason"]?.stringValue ?? ""))
            if !calls.isEmpty { #expect(json["stopReason"] == "tool_use") }
        }
    }

    @Test("a three-message piped chat on both APIs: every message answered, every request accepted", arguments: API.allCases)
    func multiTurnChat(api: API) async throws {
        try await LlamaServer.run(contextSize: 16384) { server in
            let cli = try CadenceBinary()
            #expect(try cli.run("runner", "create", "--name", "Alex").status == 0)
            let run = try cli.run(["chat", "--provider", api.rawValue, "--model", "gemma-3-270m", "--base-url", Self.baseURL(server, api),
                                   "--max-tokens", "96", "--timeout", "600"] + Self.deterministic,
                                  stdin: "Hi, I'm Alex and I'm 38.\nI run about 30 km a week over 4 days.\nWhat should I do next?\n")
            #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)\n\(server.logText.suffix(1500))")
            let lines = try Self.transcript(cli)
            #expect(lines.filter { $0["type"] == "user" }.count == 3)
            #expect(lines.filter { $0["type"] == "assistant" }.count == 3)
            let failures = lines.filter { $0["type"] == "error" && Self.protocolFailures.contains($0["kind"]?.stringValue ?? "") }
            #expect(failures.isEmpty, "\(failures)")
            let responses = lines.filter { $0["type"] == "model_response" }
            #expect(!responses.isEmpty)
            for response in responses {
                #expect(Self.promptTokens(response) > 0, "\(response)")
                #expect(response["attempts"] == 1)
            }
            // Every tool call the model made was answered by a tool result with its id.
            let calls = responses.flatMap { $0["toolCalls"]?.arrayValue ?? [] }.compactMap { $0["id"]?.stringValue }
            let results = Set(lines.filter { $0["type"] == "tool_result" }.compactMap { $0["callId"]?.stringValue })
            #expect(Set(calls) == results)
            LlamaServerReport.record(api: api, responses: responses)
            // Bug 4: the system prompt and the conversation so far are a stable prefix, so the first
            // request of turns 2 and 3 reads at least half of its prompt from the server's cache.
            if api == .openai {
                for turn in [2.0, 3.0] {
                    let first = try #require(responses.first { $0["turn"]?.doubleValue == turn })
                    #expect(Self.cacheRead(first) * 2 >= Self.promptTokens(first), "turn \(turn): \(first["usage"] ?? .null)")
                }
            }
        }
    }

    static func cacheRead(_ response: JSONValue) -> Int { Int(response["usage"]?["cacheReadTokens"]?.doubleValue ?? 0) }
    /// The whole prompt: tokens processed plus tokens read from the cache.
    static func promptTokens(_ response: JSONValue) -> Int {
        Int(response["usage"]?["inputTokens"]?.doubleValue ?? 0) + cacheRead(response)
    }

    @Test("a reply cut inside a forced tool call: not run, not echoed raw, turn ended, and the next request accepted",
          .disabled("needs a tool call at a known place: llama.cpp 11434.0.0's grammar for tool_choice=required lets free text come first (root ::= text-until-<tool_call>? tool-calls), so where a small max_tokens cuts is up to the model (the cut-call path is covered by the loopback fakes)"),
          arguments: API.allCases)
    func cutToolCall(api: API) async throws {
        try await LlamaServer.run(contextSize: 16384) { server in
            let cli = try CadenceBinary()
            #expect(try cli.run("runner", "create", "--name", "Alex").status == 0)
            let run = try cli.run(["chat", "--provider", api.rawValue, "--model", "gemma-3-270m", "--base-url", Self.baseURL(server, api),
                                   "--max-tokens", "12", "--tool-choice", "required", "--timeout", "600"] + Self.deterministic,
                                  stdin: "I'm 38 years old and 180 cm tall.\nThanks.\n")
            #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)\n\(server.logText.suffix(1500))")
            let lines = try Self.transcript(cli)
            let turn1 = lines.filter { $0["turn"] == 1 }
            #expect(turn1.contains { $0["type"] == "error" && $0["kind"] == "tool_call_cut" }, "\(turn1)")
            #expect(turn1.filter { $0["type"] == "model_response" }.count == 1)
            #expect(!turn1.contains { $0["type"] == "runner_update" })
            let failures = lines.filter { $0["type"] == "error" && Self.protocolFailures.contains($0["kind"]?.stringValue ?? "") }
            #expect(failures.isEmpty, "\(failures)")
            #expect(lines.filter { $0["type"] == "assistant" }.count == 2)
        }
    }

    /// Done-when of issue 15: on a 4096-token server, turn 1 is answered (trimmed to fit if need be)
    /// or refused by Cadence before sending with a message naming the sizes — never a server error.
    /// `--provider llamacpp` learns the 4096 from the server's /props; nothing tells it on the command line.
    @Test("--provider llamacpp on a 4096-token server: the context comes from /props and turn 1 fits or is refused clearly")
    func smallServerContext() async throws {
        try await LlamaServer.run(contextSize: 4096) { server in
            let cli = try CadenceBinary()
            #expect(try cli.run("runner", "create", "--name", "Alex").status == 0)
            let run = try cli.run(["chat", "--provider", "llamacpp", "--base-url", server.openAIBaseURL, "--max-tokens", "256",
                                   "--timeout", "600"] + Self.deterministic,
                                  stdin: "Hi, I'm Alex and I want to run a half marathon in April.\n")
            let lines = try Self.transcript(cli)
            let errors = lines.filter { $0["type"] == "error" }
            let serverFailures = errors.filter { Self.protocolFailures.subtracting(["context_length"]).contains($0["kind"]?.stringValue ?? "") }
            #expect(serverFailures.isEmpty, "\(serverFailures)\n\(server.logText.suffix(1500))")
            if run.status == 0 {
                #expect(lines.filter { $0["type"] == "assistant" }.count == 1)
                for response in lines.filter({ $0["type"] == "model_response" }) {
                    #expect(Self.promptTokens(response) + 256 <= 4096, "\(response)")
                }
            } else {
                let refused = try #require(errors.first { $0["kind"] == "context_length" }, "\(run.stderr)")
                #expect(refused["message"]?.stringValue?.contains("context is 4096 tokens") == true, "\(refused)")
                #expect(!lines.contains { $0["type"] == "model_response" })
            }
        }
    }

    /// An eval case and a live replay with the real model as the coach: the scripted red-flag case
    /// (three messages), whose medical answer is decided in code whatever the model says.
    @Test("an eval case with the real model as coach, then a live replay of its transcript")
    func evalAndLiveReplay() async throws {
        try await LlamaServer.run(contextSize: 16384) { server in
            let cli = try CadenceBinary()
            let suite = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("evals/red-flag.yaml").path
            let kept = cli.home.appendingPathComponent("eval-transcripts")
            let model = ["--provider", "llamacpp", "--base-url", server.openAIBaseURL, "--max-tokens", "96", "--timeout", "600"] + Self.deterministic
            let eval = try cli.run(["eval", suite, "--transcripts", kept.path, "--json"] + model)
            #expect([0, 1].contains(eval.status), "\(eval.stdout)\n\(eval.stderr)")
            let card = try #require(eval.value, "\(eval.stdout)\n\(eval.stderr)")
            let result = try #require(card["cases"]?.arrayValue?.first, "\(card)")
            #expect(result["name"] == "red-flag")
            #expect(result["error"] == nil || result["error"] == .null, "\(result)")
            let file = try #require(try FileManager.default.contentsOfDirectory(atPath: kept.path).first { $0.hasSuffix(".jsonl") })
            let lines = try String(contentsOf: kept.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
                .map { try JSONValue(parsing: String($0)) }
            #expect(lines.filter { $0["type"] == "user" }.count == 3)
            #expect(lines.contains { $0["type"] == "error" && $0["kind"] == "red_flag" })
            let failures = lines.filter { $0["type"] == "error" && Self.protocolFailures.contains($0["kind"]?.stringValue ?? "") }
            #expect(failures.isEmpty, "\(failures)")
            #expect(!lines.contains { $0["type"] == "tool_result" && ["update_health", "create_plan"].contains($0["name"]?.stringValue ?? "") && $0["ok"] == true })

            let replay = try cli.run(["replay", "--mode", "live", kept.appendingPathComponent(file).path, "--json"] + model)
            #expect([0, 1].contains(replay.status), "\(replay.stdout)\n\(replay.stderr)")
            let report = try #require(replay.value, "\(replay.stdout)\n\(replay.stderr)")
            let replayed = try #require(report["replays"]?.arrayValue?.first, "\(report)")
            #expect(replayed["error"] == nil || replayed["error"] == .null, "\(replayed)")
            #expect(replayed["turns"]?.arrayValue?.count == 3, "\(replayed)")
        }
    }

    @Test("a request larger than the server's context is a context_length error naming both sizes", arguments: API.allCases)
    func contextOverflow(api: API) async throws {
        try await LlamaServer.run(contextSize: 512) { server in
            let cli = try CadenceBinary()
            let long = String(repeating: "I ran an easy ten kilometres along the river this morning. ", count: 120)
            let run = try cli.run(["llm", "test", "--provider", api.rawValue, "--model", "gemma-3-270m", "--base-url", Self.baseURL(server, api),
                                   "--message", long, "--max-tokens", "16", "--json"] + Self.deterministic)
            #expect(run.status == 1)
            let error = try #require(run.value?["error"], "\(run.stdout)\n\(run.stderr)")
            #expect(error["kind"] == "context_length", "\(error)")
            let message = error["message"]?.stringValue ?? ""
            #expect(message.contains("the server holds 512"), "\(message)")
            #expect(message.contains("--ctx-size"))
        }
    }

    /// Bug 5: the remote embedder against a CPU server. The dimensions are learned from one small
    /// request (a wrong `--dimensions` is said once, naming the server's), the index remembers the
    /// embedder, searches embed the query on the same server, and an offline rebuild is refused.
    @Test("kb index with the remote embedder: dimensions learned, the index remembers it, search uses it")
    func remoteEmbedder() async throws {
        try await LlamaServer.run(arguments: ["--embeddings", "--pooling", "mean"]) { server in
            let cli = try CadenceBinary()
            let sample = KnowledgeEmbedderCommandTests.sample
            let remote = ["--embedder", "openai", "--embedding-base-url", server.openAIBaseURL, "--embedding-model", "gemma-3-270m",
                          "--timeout", "600"]
            let wrong = try cli.run(["kb", "index", "--dir", sample, "--dimensions", "1536"] + remote)
            #expect(wrong.status == 1)
            #expect(wrong.stderr.contains("pass --dimensions 640"), "\(wrong.stderr)")

            let indexed = try cli.run(["kb", "index", "--dir", sample, "--json"] + remote)
            #expect(indexed.status == 0, "\(indexed.stderr)\n\(server.logText.suffix(1500))")
            #expect(indexed.value?["embeddingModel"] == "openai-compatible:gemma-3-270m")
            #expect(indexed.value?["summary"]?["embedded"] == 3)

            let search = try cli.run("kb", "search", "my shins hurt when I run", "--dir", sample, "-k", "2", "--json")
            #expect(search.status == 0, "\(search.stderr)")
            #expect(search.value?["results"]?.arrayValue?.count == 2)
            #expect(!search.stderr.contains("by keywords"), "the query was embedded by the server: \(search.stderr)")

            let offline = try cli.run("kb", "index", "--dir", sample, "--embedder", "offline")
            #expect(offline.status == 1 && offline.stderr.contains("--replace-remote-index"), "\(offline.stderr)")
        }
    }

    /// Ctrl-C on a real terminal (`pty_chat.py`) while the real server streams a long reply (it
    /// ignores end-of-text, so only the token limit would end it): the reply stops, the prompt comes
    /// back, and the server stops generating because the connection was closed.
    @Test("Ctrl-C during a reply: the reply stops, the prompt comes back, the server stops generating")
    func ctrlC() async throws {
        try await LlamaServer.run(arguments: ["--ignore-eos"]) { server in
            let report = try PtyScript.run("pty_chat.py", [server.openAIBaseURL, "--model", "gemma-3-270m", "--max-tokens", "4000",
                                                            "--timeout", "600"] + Self.deterministic, cli: try CadenceBinary())
            #expect(report["streamedBeforeEnd"] as? Bool == true, "\(report)")
            #expect(report["stopped"] as? Bool == true, "\(report)")
            #expect(report["promptAgain"] as? Bool == true, "\(report)")
            #expect(report["exitCode"] as? Int == 0, "\(report)")
            // 4 000 tokens take minutes on 2 cores; the slot must be free within seconds of Ctrl-C.
            var processing = true
            for _ in 0..<50 where processing {
                processing = try await server.isBusy()
                if processing { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(!processing, "the server was still generating 5 s after Ctrl-C: \(server.logText.suffix(800))")
        }
    }

    /// Bug 3: while the real server reads a long prompt (~20 s on 2 cores) nothing comes back, and
    /// Cadence must sleep rather than spin: at most 15 % of a core over a 3 s window taken while
    /// the server's slot is busy (measured from /proc, all threads).
    @Test("waiting for the real server: under 15 % of a core")
    func quietWhileWaiting() async throws {
        try await LlamaServer.run(contextSize: 16384) { server in
            let cli = try CadenceBinary()
            let message = String(repeating: "Easy run on Monday, long run on Sunday, strides on Friday. ", count: 700)
            let process = Process()
            process.executableURL = CadenceBinary.executable
            process.arguments = ["llm", "test", "--provider", "openai", "--model", "gemma-3-270m", "--base-url", server.openAIBaseURL,
                                 "--message", message, "--max-tokens", "4", "--timeout", "600"] + Self.deterministic
            process.environment = cli.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            defer { if process.isRunning { process.terminate() }; process.waitUntilExit() }

            func cpuSeconds() throws -> Double {
                let stat = try String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8)
                let fields = stat[stat.range(of: ")", options: .backwards)!.upperBound...].split(separator: " ")
                return (Double(fields[11])! + Double(fields[12])!) / Double(sysconf(Int32(_SC_CLK_TCK)))
            }
            var waited = 0
            while try await !server.isBusy() {
                waited += 1
                try #require(waited < 600 && process.isRunning, "the server never started on the request")
                try await Task.sleep(for: .milliseconds(100))
            }
            let (before, started) = (try cpuSeconds(), ContinuousClock.now)
            try await Task.sleep(for: .seconds(3))
            let (after, elapsed) = (try cpuSeconds(), ContinuousClock.now - started)
            let stillWaiting = try await server.isBusy()
            try #require(stillWaiting, "the prompt was read in under 3 s; the window did not measure a wait")
            let share = (after - before) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            #expect(share <= 0.15, "cadence used \(Int(share * 100)) % of a core while waiting")
        }
    }

    @Test("the server killed mid-stream: a clear error, exit 1, no crash", arguments: API.allCases)
    func serverKilledMidStream(api: API) async throws {
        try await LlamaServer.run { server in
            let cli = try CadenceBinary()
            let process = Process()
            process.executableURL = CadenceBinary.executable
            process.arguments = ["llm", "test", "--provider", api.rawValue, "--model", "gemma-3-270m", "--base-url", Self.baseURL(server, api),
                                 "--message", "Count from 1 to 500, one number per line.", "--max-tokens", "2000"] + Self.deterministic
            process.environment = cli.environment
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
            // Kill the server once the reply is streaming.
            let first = out.fileHandleForReading.availableData
            #expect(!first.isEmpty)
            server.kill()
            _ = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == 1)
            #expect(stderr.contains("error:"), "\(stderr)")
        }
    }
}

/// Per-turn cache figures of the multi-turn chats, written where `.ci/run` prints them.
enum LlamaServerReport {
    static func record(api: LlamaServerTests.API, responses: [JSONValue]) {
        guard let path = ProcessInfo.processInfo.environment["CADENCE_LLAMA_REPORT"] else { return }
        var text = ""
        for response in responses {
            let prompt = LlamaServerTests.promptTokens(response), read = LlamaServerTests.cacheRead(response)
            text += "\(api.rawValue) turn \(response["turn"]?.doubleValue.map { Int($0) } ?? 0): prompt \(prompt) tokens, "
                + "cache read \(read) (\(prompt > 0 ? read * 100 / prompt : 0) %)\n"
        }
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(text.utf8))
            try? handle.close()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        }
    }
}
