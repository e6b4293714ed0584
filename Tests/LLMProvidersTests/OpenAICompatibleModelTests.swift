import CadenceCore
import CadenceTestSupport
import Foundation
import LLM
import Testing
@testable import LLMProviders

@Suite("OpenAI-compatible provider over loopback")
struct OpenAICompatibleModelTests {
    func model(_ server: ScriptedHTTPServer, key: String? = testKey, retry: RetryPolicy = .none,
               idle: Duration = .seconds(10)) -> OpenAICompatibleModel {
        OpenAICompatibleModel(baseURL: server.baseURL.appendingPathComponent("v1"), apiKey: key, model: "gpt-test",
                              http: shared, retry: retry, idleTimeout: idle)
    }

    let hello = LLMRequest(system: "You are a coach.", messages: [.user("Hi")])

    @Test("streams text, sends the documented request, reports usage once and the stop reason")
    func streamedText() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse(OpenAIWireScript.text(["Hel", "lo ", "runner 🏃"], cached: 4))])
        let events = try await collect(model(server).stream(hello))
        #expect(events.text == "Hello runner 🏃")
        #expect(events.usages == [TokenUsage(inputTokens: 6, outputTokens: 5, cacheReadTokens: 4)])
        #expect(events.last == .stop(.endTurn))
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/v1/chat/completions")
        #expect(request.header("authorization") == "Bearer \(testKey)")
        let body = try #require(request.json)
        #expect(body["model"] == "gpt-test")
        #expect(body["stream"] == true)
        #expect(body["stream_options"] == ["include_usage": true])
        #expect(body["max_tokens"] == 4096)
        #expect(body["messages"] == [["role": "system", "content": "You are a coach."], ["role": "user", "content": "Hi"]])
    }

    /// Issue 15: the context goes into the next user message (one user turn: chat templates refuse
    /// two in a row or a late system message); arguments that are not JSON go back as `{}`.
    @Test("a context message joins the next user message; unparsable tool arguments are sent as {}; seed is sent")
    func contextAndCutArguments() throws {
        let server = try ScriptedHTTPServer(responses: [])
        let cut = ToolCall(id: "call_1", name: "update_physical", rawArguments: #"{"age":"#)
        let request = LLMRequest(system: "S", messages: [
            .context("profile v1"), .user("Hi"),
            .assistant(AssistantMessage(content: [.toolCall(cut)])), .toolResults([ToolResult(callID: "call_1", content: "cut", isError: true)]),
        ], options: LLMOptions(temperature: 0, seed: 42))
        let body = model(server).body(for: request, stream: false)
        let messages = try #require(body["messages"]?.arrayValue)
        #expect(messages.count == 4)
        #expect(messages[1] == ["role": "user", "content": "<context>\nprofile v1\n</context>\n\nHi"])
        #expect(messages[2]["tool_calls"]?.arrayValue?.first?["function"]?["arguments"] == "{}")
        #expect(body["seed"] == 42)
        #expect(body["temperature"] == 0)
    }

    @Test("no key: no Authorization header (local servers)")
    func noKey() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse(OpenAIWireScript.text(["ok"]))])
        _ = try await collect(model(server, key: nil).stream(hello))
        #expect(server.requests.first?.header("authorization") == nil)
    }

    @Test("one tool call with arguments split at awkward places, across any network chunking", arguments: [1, 3, 7, 4096])
    func oneToolCall(chunkSize: Int) async throws {
        let fragments = ["{\"", "ci", "ty\": \"", "Zü", "rich\\\"", " \\u00e9\", \"days\"", ":", " 3}"]
        let server = try ScriptedHTTPServer(responses: [
            .sse(OpenAIWireScript.toolCalls([("call_abc", "get_weather", fragments)]), chunkSize: chunkSize),
        ])
        let events = try await collect(model(server).stream(LLMRequest(messages: [.user("Weather?")], tools: [weatherTool])))
        #expect(events.first == .toolCallStarted(index: 0, id: "call_abc", name: "get_weather"))
        let calls = events.completedCalls
        #expect(calls == [ToolCall(id: "call_abc", name: "get_weather", arguments: .parsed(["city": "Zürich\" é", "days": 3]))])
        let deltas = events.compactMap { if case .toolCallArgumentsDelta(0, let text) = $0 { return text } else { return nil } }
        #expect(deltas.joined() == fragments.joined())
        #expect(events.last == .stop(.toolUse))
        let body = try #require(server.requests.first?.json)
        #expect(body["tools"] == [["type": "function", "function": [
            "name": "get_weather", "description": "Weather for a city", "parameters": weatherTool.parameters]]])
    }

    @Test("several parallel tool calls, fragments interleaved, accumulated by index")
    func parallelToolCalls() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse(OpenAIWireScript.toolCalls([
            ("call_1", "get_weather", ["{\"ci", "ty\":\"Ber", "lin\"}"]),
            ("call_2", "get_weather", ["{\"city\"", ":\"Oslo\"", "}"]),
            ("call_3", "log_run", ["{}"]),
        ], interleaved: true), chunkSize: 5)])
        let events = try await collect(model(server).stream(LLMRequest(messages: [.user("?")], tools: [weatherTool])))
        #expect(events.completedCalls == [
            ToolCall(id: "call_1", name: "get_weather", arguments: .parsed(["city": "Berlin"])),
            ToolCall(id: "call_2", name: "get_weather", arguments: .parsed(["city": "Oslo"])),
            ToolCall(id: "call_3", name: "log_run", arguments: .parsed([:])),
        ])
    }

    @Test("a whole call in one fragment without id or index gets a generated id")
    func wholeCallNoID() async throws {
        let call: JSONValue = ["function": ["name": "get_weather", "arguments": "{\"city\":\"Rome\"}"]]
        let server = try ScriptedHTTPServer(responses: [.sse([
            OpenAIWireScript.chunk(delta: ["role": "assistant", "content": .null, "tool_calls": [call]]),
            OpenAIWireScript.chunk(delta: [:], finishReason: "tool_calls"),
            OpenAIWireScript.done,
        ])])
        let calls = try await collect(model(server).stream(hello)).completedCalls
        #expect(calls.count == 1)
        #expect(calls.first?.id.isEmpty == false)
        #expect(calls.first?.arguments == .parsed(["city": "Rome"]))
    }

    @Test("arguments that do not parse come back raw")
    func rawArguments() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse(OpenAIWireScript.toolCalls([("c1", "get_weather", ["{\"city\": \"Ro"])]))])
        let calls = try await collect(model(server).stream(hello)).completedCalls
        #expect(calls.first?.arguments == .raw("{\"city\": \"Ro"))
    }

    @Test("usage variants: repeated on the finish chunk (Groq), duplicated finish chunk (OpenRouter), or absent")
    func usageVariants() async throws {
        let usage = OpenAIWireScript.usage(prompt: 30, completion: 7)
        let groq = [OpenAIWireScript.chunk(delta: ["content": "a"]),
                    OpenAIWireScript.chunk(delta: [:], finishReason: "stop", usage: usage, extra: ["x_groq": ["usage": usage]]),
                    OpenAIWireScript.usageChunk(prompt: 30, completion: 7), OpenAIWireScript.done]
        let openRouter = [OpenAIWireScript.chunk(delta: ["role": "assistant", "content": "a"]),
                          OpenAIWireScript.chunk(delta: ["role": "assistant", "content": ""], finishReason: "stop"),
                          OpenAIWireScript.chunk(delta: ["role": "assistant", "content": ""], finishReason: "stop", usage: usage,
                                                 extra: ["provider": "x", "native_finish_reason": "stop"]),
                          OpenAIWireScript.done]
        let none = [OpenAIWireScript.chunk(delta: ["content": "a"]), OpenAIWireScript.chunk(delta: [:], finishReason: "stop"),
                    OpenAIWireScript.done]
        let server = try ScriptedHTTPServer(responses: [.sse(groq), .sse(openRouter), .sse(none)])
        let groqEvents = try await collect(model(server).stream(hello))
        #expect(groqEvents.usages == [TokenUsage(inputTokens: 30, outputTokens: 7)])
        let routerEvents = try await collect(model(server).stream(hello))
        #expect(routerEvents.usages == [TokenUsage(inputTokens: 30, outputTokens: 7)])
        #expect(routerEvents.stops == [.endTurn])
        #expect(routerEvents.text == "a")
        let noneEvents = try await collect(model(server).stream(hello))
        #expect(noneEvents.usages.isEmpty)
        #expect(noneEvents.stops == [.endTurn])
    }

    @Test("reasoning_content, comments and unknown fields are tolerated")
    func reasoningAndUnknownFields() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse([
            ": OPENROUTER PROCESSING\n\n",
            OpenAIWireScript.chunk(delta: ["reasoning_content": "Think", "obfuscation": "xyz"], extra: ["service_tier": "default"]),
            OpenAIWireScript.chunk(delta: ["reasoning_content": "ing."]),
            OpenAIWireScript.chunk(delta: ["content": "Answer", "refusal": .null]),
            OpenAIWireScript.chunk(delta: [:], finishReason: "length"),
            OpenAIWireScript.done,
        ])])
        let response = try await model(server).stream(hello).reduce(into: LLMResponseBuilder()) { $0.add($1) }.build()
        #expect(response.text == "Answer")
        #expect(response.message.content.first == .reasoning(ReasoningBlock(text: "Thinking.")))
        #expect(response.stopReason == .maxTokens)
    }

    @Test("EOF after a finish reason ends the stream normally (no [DONE])")
    func eofAfterFinish() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse(OpenAIWireScript.text(["ok"], done: false))])
        let events = try await collect(model(server).stream(hello))
        #expect(events.stops == [.endTurn])
        #expect(events.usages.count == 1)
    }

    @Test("EOF before any finish reason is a stream interruption, never a silent success")
    func eofWithoutFinish() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse([OpenAIWireScript.chunk(delta: ["content": "partial"])])])
        let (events, error) = await collectUntilError(model(server).stream(hello))
        #expect(events.text == "partial")
        #expect((error as? LLMError)?.kind == .streamInterrupted)
    }

    @Test("a mid-stream error chunk over HTTP 200 becomes an error after the text already streamed")
    func midStreamError() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse([
            OpenAIWireScript.chunk(delta: ["content": "Half"]),
            OpenAIWireScript.event(["error": ["message": "Upstream provider crashed", "code": 502]]),
        ])])
        let (events, error) = await collectUntilError(model(server, retry: SleepRecorder().policy()).stream(hello))
        #expect(events.text == "Half")
        let llmError = try #require(error as? LLMError)
        #expect(llmError.message.contains("Upstream provider crashed"))
        #expect(server.requests.count == 1)
    }

    @Test("vLLM-style error objects are recognised")
    func vllmError() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse([
            OpenAIWireScript.event(["object": "error", "message": "This model's maximum context length is 4096 tokens", "type": "BadRequestError", "code": 400]),
        ])])
        let (_, error) = await collectUntilError(model(server).stream(hello))
        #expect((error as? LLMError)?.kind == .contextLength)
    }

    @Test("tool results round trip: the assistant turn is repeated with its calls, then one tool message per call")
    func toolResultsRoundTrip() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse(OpenAIWireScript.text(["Sunny."]))])
        let call = ToolCall(id: "call_9", name: "get_weather", arguments: .parsed(["city": "Rome"]))
        let request = LLMRequest(messages: [
            .user("Weather in Rome?"),
            .assistant(AssistantMessage(content: [.toolCall(call)])),
            .toolResults([ToolResult(callID: "call_9", content: "{\"sky\":\"clear\"}")]),
        ], tools: [weatherTool], options: LLMOptions(model: "gpt-other", maxTokens: 100, temperature: 0.5, toolChoice: .tool("get_weather")))
        _ = try await collect(model(server).stream(request))
        let body = try #require(server.requests.first?.json)
        #expect(body["messages"] == [
            ["role": "user", "content": "Weather in Rome?"],
            ["role": "assistant", "content": nil, "tool_calls": [
                ["id": "call_9", "type": "function", "function": ["name": "get_weather", "arguments": "{\"city\":\"Rome\"}"]]]],
            ["role": "tool", "tool_call_id": "call_9", "content": "{\"sky\":\"clear\"}"],
        ])
        #expect(body["model"] == "gpt-other")
        #expect(body["temperature"] == 0.5)
        #expect(body["max_tokens"] == 100)
        #expect(body["tool_choice"] == ["type": "function", "function": ["name": "get_weather"]])
    }

    @Test("non-streaming complete sends stream:false and decodes the whole response")
    func nonStreaming() async throws {
        let server = try ScriptedHTTPServer(responses: [OpenAIWireScript.completion(
            text: "Let me check.", toolCalls: [("call_1", "get_weather", "{\"city\":\"Paris\"}")], finishReason: "tool_calls")])
        let response = try await model(server).complete(hello)
        #expect(response.text == "Let me check.")
        #expect(response.toolCalls == [ToolCall(id: "call_1", name: "get_weather", arguments: .parsed(["city": "Paris"]))])
        #expect(response.stopReason == .toolUse)
        #expect(response.usage == TokenUsage(inputTokens: 10, outputTokens: 5))
        #expect(response.attempts == 1)
        #expect(server.requests.first?.json?["stream"] == false)
        #expect(server.requests.first?.json?["stream_options"] == nil)
    }

    @Test("a server stalling mid-stream hits the idle timeout")
    func stallUntilIdleTimeout() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse([OpenAIWireScript.chunk(delta: ["content": "a"])], ending: [.stall])])
        let (events, error) = await collectUntilError(model(server, idle: .milliseconds(300)).stream(hello))
        #expect(events.text == "a")
        #expect((error as? LLMError)?.kind == .timeout)
    }

    @Test("cancelling the consuming task (Ctrl-C) closes the connection")
    func cancellation() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse([OpenAIWireScript.chunk(delta: ["content": "a"])], ending: [.stall])])
        let stream = model(server).stream(hello)
        let gotText = AsyncStream<Void>.makeStream()
        let consumer = Task {
            for try await event in stream {
                if case .textDelta = event { gotText.continuation.yield() }
            }
        }
        for await _ in gotText.stream { break }
        consumer.cancel()
        #expect(await server.waitForClientClose())
    }

    @Test("dropping the stream without finishing it closes the connection")
    func droppedStream() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse([OpenAIWireScript.chunk(delta: ["content": "a"])], ending: [.stall])])
        do {
            let stream = model(server).stream(hello)
            for try await event in stream {
                if case .textDelta = event { break }
            }
        }
        #expect(await server.waitForClientClose())
    }
}

@Suite("Invalid responses")
struct InvalidResponseTests {
    func model(_ server: ScriptedHTTPServer) -> OpenAICompatibleModel {
        OpenAICompatibleModel(baseURL: server.baseURL.appendingPathComponent("v1"), apiKey: testKey, model: "gpt-test",
                              http: shared, retry: SleepRecorder().policy())
    }
    let hello = LLMRequest(messages: [.user("Hi")])

    @Test("data that is not JSON is an invalid response, not retried")
    func notJSON() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse(["data: <html>\n\n"]), .sse(OpenAIWireScript.text(["x"]))])
        let (_, error) = await collectUntilError(model(server).stream(hello))
        #expect((error as? LLMError)?.kind == .invalidResponse)
        #expect(server.requests.count == 1)
    }

    @Test("a JSON error body with status 200 on a streaming request is decoded as the vendor error")
    func jsonErrorWith200() async throws {
        let server = try ScriptedHTTPServer(responses: [
            .json(#"{"error":{"message":"Rate limit exceeded","code":"rate_limit_exceeded"}}"#),
            .json(#"{"hello":"world"}"#),
        ])
        let (_, first) = await collectUntilError(model(server).stream(hello))
        #expect((first as? LLMError)?.kind == .rateLimited)
        #expect((first as? LLMError)?.message.contains("Rate limit exceeded") == true)
        let (_, second) = await collectUntilError(model(server).stream(hello))
        #expect((second as? LLMError)?.kind == .invalidResponse)
    }

    @Test("a server that ignores stream:true and answers with a whole completion still works")
    func wholeCompletionToStreamingRequest() async throws {
        let server = try ScriptedHTTPServer(responses: [OpenAIWireScript.completion(
            text: "Whole", toolCalls: [("call_1", "get_weather", "{\"city\":\"Kyiv\"}")], finishReason: "tool_calls")])
        let events = try await collect(model(server).stream(hello))
        #expect(events.text == "Whole")
        #expect(events.completedCalls == [ToolCall(id: "call_1", name: "get_weather", arguments: .parsed(["city": "Kyiv"]))])
        #expect(events.stops == [.toolUse])
    }

    @Test("with n>1 only the first choice is used")
    func otherChoicesIgnored() async throws {
        let other: JSONValue = ["choices": [["index": 1, "delta": ["content": "OTHER"], "finish_reason": nil]]]
        let server = try ScriptedHTTPServer(responses: [.sse([OpenAIWireScript.event(other)] + OpenAIWireScript.text(["mine"]))])
        let events = try await collect(model(server).stream(hello))
        #expect(events.text == "mine")
    }

    @Test("a connection closed before any HTTP response is a connection error, retried")
    func closedBeforeHead() async throws {
        let server = try ScriptedHTTPServer { _, index in
            index == 0 ? .closeWithoutResponse : .sse(OpenAIWireScript.text(["ok"]))
        }
        let events = try await collect(model(server).stream(hello))
        #expect(events.text == "ok")
        #expect(events.retries.count == 1)
        #expect(events.retries.first?.error.kind == .connection)
    }
}
