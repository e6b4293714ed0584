import CadenceCore
import CadenceTestSupport
import Foundation
import LLM
import Testing
@testable import LLMProviders

@Suite("Anthropic provider over loopback")
struct AnthropicModelTests {
    func model(_ server: ScriptedHTTPServer, retry: RetryPolicy = .none, idle: Duration = .seconds(10)) -> AnthropicModel {
        AnthropicModel(baseURL: server.baseURL, apiKey: testKey, model: "claude-test", http: shared, retry: retry,
                       idleTimeout: idle)
    }

    let hello = LLMRequest(system: "You are a coach.", messages: [.user("Hi")], tools: [weatherTool])

    @Test("streams text and sends the documented request with cache_control on system and tools",
          arguments: [2, 11, 100_000])
    func streamedText(chunkSize: Int) async throws {
        let server = try ScriptedHTTPServer(responses: [.sse(AnthropicWireScript.text(["Hel", "lo ", "ü🏃"]), chunkSize: chunkSize)])
        let events = try await collect(model(server).stream(hello))
        #expect(events.text == "Hello ü🏃")
        #expect(events.last == .stop(.endTurn))
        let request = try #require(server.requests.first)
        #expect(request.path == "/v1/messages")
        #expect(request.header("x-api-key") == testKey)
        #expect(request.header("anthropic-version") == "2023-06-01")
        #expect(request.header("authorization") == nil)
        let body = try #require(request.json)
        #expect(body["model"] == "claude-test")
        #expect(body["max_tokens"] == 4096)
        #expect(body["stream"] == true)
        #expect(body["system"] == [["type": "text", "text": "You are a coach.", "cache_control": ["type": "ephemeral"]]])
        #expect(body["tools"] == [["name": "get_weather", "description": "Weather for a city",
                                   "input_schema": weatherTool.parameters, "cache_control": ["type": "ephemeral"]]])
        #expect(body["messages"] == [["role": "user", "content": [["type": "text", "text": "Hi"]]]])
    }

    /// Issue 15, bug 4: the context rides in the latest user turn, and a breakpoint marks the
    /// conversation before it, so the next request reads all of it from the cache.
    @Test("a context message joins the next user turn; cache_control on the conversation before it")
    func contextAndConversationBreakpoint() throws {
        let server = try ScriptedHTTPServer(responses: [])
        let request = LLMRequest(system: "You are a coach.", messages: [
            .context("profile v1"), .user("Hi"), .assistant(AssistantMessage(content: [.text("Hello.")])),
            .context("profile v2"), .user("I'm 38"),
        ])
        let body = model(server).body(for: request, stream: true)
        #expect(body["messages"] == [
            ["role": "user", "content": [["type": "text", "text": "<context>\nprofile v1\n</context>"], ["type": "text", "text": "Hi"]]],
            ["role": "assistant", "content": [["type": "text", "text": "Hello.", "cache_control": ["type": "ephemeral"]]]],
            ["role": "user", "content": [["type": "text", "text": "<context>\nprofile v2\n</context>"], ["type": "text", "text": "I'm 38"]]],
        ])
        var uncached = model(server)
        uncached.promptCaching = false
        #expect(!uncached.body(for: request, stream: true).jsonString.contains("cache_control"))
    }

    @Test("usage: input and cache numbers from message_start, cumulative message_delta overwrites")
    func usage() async throws {
        let events = [AnthropicWireScript.messageStart(inputTokens: 12, cacheRead: 1000, cacheWrite: 200)]
            + AnthropicWireScript.textBlock(index: 0, ["a"])
            + [AnthropicWireScript.messageDelta(stopReason: "end_turn", outputTokens: 3),
               AnthropicWireScript.messageDelta(stopReason: "end_turn", outputTokens: 9,
                                                usage: ["input_tokens": 12, "cache_read_input_tokens": 1000]),
               AnthropicWireScript.messageStop]
        let server = try ScriptedHTTPServer(responses: [.sse(events)])
        let usages = try await collect(model(server).stream(hello)).usages
        #expect(usages == [TokenUsage(inputTokens: 12, outputTokens: 9, cacheReadTokens: 1000, cacheWriteTokens: 200)])
    }

    @Test("parallel tool_use blocks with input split at awkward places; empty first partial_json")
    func toolUse() async throws {
        let events = [AnthropicWireScript.messageStart()]
            + AnthropicWireScript.textBlock(index: 0, ["Checking."])
            + AnthropicWireScript.toolUseBlock(index: 1, id: "toolu_1", name: "get_weather",
                                               fragments: ["{\"ci", "ty\": \"Ber", "lin\\\"\"", "}"])
            + AnthropicWireScript.toolUseBlock(index: 2, id: "toolu_2", name: "log_run", fragments: [])
            + [AnthropicWireScript.messageDelta(stopReason: "tool_use", outputTokens: 40), AnthropicWireScript.messageStop]
        let server = try ScriptedHTTPServer(responses: [.sse(events, chunkSize: 3)])
        let received = try await collect(model(server).stream(hello))
        #expect(received.text == "Checking.")
        #expect(received.completedCalls == [
            ToolCall(id: "toolu_1", name: "get_weather", arguments: .parsed(["city": "Berlin\""])),
            ToolCall(id: "toolu_2", name: "log_run", arguments: .parsed([:])),
        ])
        #expect(received.contains(.toolCallStarted(index: 1, id: "toolu_1", name: "get_weather")))
        #expect(received.stops == [.toolUse])
    }

    @Test("max_tokens mid tool input: the call completes with its raw text, no crash")
    func maxTokensInsideToolInput() async throws {
        let events = [AnthropicWireScript.messageStart()]
            + AnthropicWireScript.toolUseBlock(index: 0, id: "toolu_1", name: "get_weather", fragments: ["{\"city\": \"Ber"], stop: false)
            + [AnthropicWireScript.messageDelta(stopReason: "max_tokens", outputTokens: 4096), AnthropicWireScript.messageStop]
        let server = try ScriptedHTTPServer(responses: [.sse(events)])
        let received = try await collect(model(server).stream(hello))
        #expect(received.completedCalls == [ToolCall(id: "toolu_1", name: "get_weather", arguments: .raw("{\"city\": \"Ber"))])
        #expect(received.stops == [.maxTokens])
    }

    @Test("thinking and redacted_thinking blocks are kept with their signature and echoed back unchanged")
    func thinkingRoundTrip() async throws {
        let events = [AnthropicWireScript.messageStart()]
            + AnthropicWireScript.thinkingBlock(index: 0, ["Let me ", "think."], signature: "sig-XYZ==")
            + [AnthropicWireScript.blockStart(index: 1, ["type": "redacted_thinking", "data": "opaque=="]),
               AnthropicWireScript.blockStop(index: 1)]
            + AnthropicWireScript.toolUseBlock(index: 2, id: "toolu_9", name: "get_weather", fragments: ["{\"city\":\"Oslo\"}"])
            + [AnthropicWireScript.messageDelta(stopReason: "tool_use", outputTokens: 50), AnthropicWireScript.messageStop]
        let server = try ScriptedHTTPServer(responses: [.sse(events), .sse(AnthropicWireScript.text(["Cold."]))])
        let model = model(server)
        var request = hello
        request.options.thinkingBudget = 2000
        let first = try await model.stream(request).reduce(into: LLMResponseBuilder()) { $0.add($1) }.build()
        #expect(first.message.content == [
            .reasoning(ReasoningBlock(text: "Let me think.", signature: "sig-XYZ==")),
            .reasoning(ReasoningBlock(text: "", redactedData: "opaque==")),
            .toolCall(ToolCall(id: "toolu_9", name: "get_weather", arguments: .parsed(["city": "Oslo"]))),
        ])
        request.messages += [.assistant(first.message),
                             .toolResults([ToolResult(callID: "toolu_9", content: "-5 C"),
                                           ToolResult(callID: "toolu_8", content: "boom", isError: true)]),
                             .user("And tomorrow?")]
        _ = try await collect(model.stream(request))
        let body = try #require(server.requests.last?.json)
        #expect(body["thinking"] == ["type": "enabled", "budget_tokens": 2000])
        #expect(body["messages"] == [
            ["role": "user", "content": [["type": "text", "text": "Hi"]]],
            ["role": "assistant", "content": [
                ["type": "thinking", "thinking": "Let me think.", "signature": "sig-XYZ=="],
                ["type": "redacted_thinking", "data": "opaque=="],
                // The conversation's cache breakpoint: the last block before the latest user message.
                ["type": "tool_use", "id": "toolu_9", "name": "get_weather", "input": ["city": "Oslo"], "cache_control": ["type": "ephemeral"]],
            ]],
            ["role": "user", "content": [
                ["type": "tool_result", "tool_use_id": "toolu_9", "content": "-5 C"],
                ["type": "tool_result", "tool_use_id": "toolu_8", "content": "boom", "is_error": true],
                ["type": "text", "text": "And tomorrow?"],
            ]],
        ])
    }

    @Test("ping, unknown events and unknown deltas are ignored; trailing spaces after JSON are fine")
    func unknownEvents() async throws {
        let events = [AnthropicWireScript.messageStart(), AnthropicWireScript.ping,
                      "event: brand_new_event\ndata: {\"type\":\"brand_new_event\",\"x\":1}\n\n",
                      AnthropicWireScript.blockStart(index: 0, ["type": "text", "text": ""]),
                      AnthropicWireScript.blockDelta(index: 0, ["type": "citations_delta", "citation": ["x": 1]]),
                      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"ok\"}}        \n\n",
                      AnthropicWireScript.blockStop(index: 0), AnthropicWireScript.ping,
                      AnthropicWireScript.messageDelta(stopReason: "end_turn", outputTokens: 2), AnthropicWireScript.messageStop]
        let server = try ScriptedHTTPServer(responses: [.sse(events)])
        let received = try await collect(model(server).stream(hello))
        #expect(received.text == "ok")
        #expect(received.stops == [.endTurn])
    }

    @Test("an error event mid-stream is reported as its kind after the text that came before")
    func midStreamErrorEvent() async throws {
        let events = [AnthropicWireScript.messageStart(), AnthropicWireScript.blockStart(index: 0, ["type": "text", "text": ""]),
                      AnthropicWireScript.blockDelta(index: 0, ["type": "text_delta", "text": "Par"]),
                      AnthropicWireScript.errorEvent(type: "overloaded_error", message: "Overloaded")]
        let server = try ScriptedHTTPServer(responses: [.sse(events, ending: [.close])])
        let (received, error) = await collectUntilError(model(server, retry: SleepRecorder().policy()).stream(hello))
        #expect(received.text == "Par")
        let llmError = try #require(error as? LLMError)
        #expect(llmError.kind == .overloaded)
        #expect(server.requests.count == 1)
    }

    @Test("a stream without message_stop is an interruption, even when it ends cleanly")
    func noMessageStop() async throws {
        let events = [AnthropicWireScript.messageStart()] + AnthropicWireScript.textBlock(index: 0, ["cut"])
        let server = try ScriptedHTTPServer(responses: [.sse(events)])
        let (received, error) = await collectUntilError(model(server).stream(hello))
        #expect(received.text == "cut")
        #expect((error as? LLMError)?.kind == .streamInterrupted)
    }

    @Test("tool_choice maps to auto / any / tool / none")
    func toolChoice() {
        let anthropic = AnthropicModel(apiKey: nil, model: "m", http: shared)
        func choice(_ choice: ToolChoice) -> JSONValue? {
            anthropic.body(for: LLMRequest(messages: [.user("x")], tools: [weatherTool],
                                           options: LLMOptions(toolChoice: choice)), stream: true)["tool_choice"]
        }
        #expect(choice(.auto) == ["type": "auto"])
        #expect(choice(.required) == ["type": "any"])
        #expect(choice(.tool("get_weather")) == ["type": "tool", "name": "get_weather"])
        #expect(choice(.none) == ["type": "none"])
    }

    @Test("non-streaming complete decodes text, tool_use and usage")
    func nonStreaming() async throws {
        let server = try ScriptedHTTPServer(responses: [AnthropicWireScript.message(content: [
            ["type": "text", "text": "Checking"],
            ["type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": ["city": "Lima"]],
        ], stopReason: "tool_use", inputTokens: 30, outputTokens: 8)])
        let response = try await model(server).complete(hello)
        #expect(response.text == "Checking")
        #expect(response.toolCalls == [ToolCall(id: "toolu_1", name: "get_weather", arguments: .parsed(["city": "Lima"]))])
        #expect(response.stopReason == .toolUse)
        #expect(response.usage == TokenUsage(inputTokens: 30, outputTokens: 8))
        #expect(server.requests.first?.json?["stream"] == nil)
    }

    @Test("a whole message answering a streaming request is decoded, thinking included")
    func wholeMessageToStreamingRequest() async throws {
        let server = try ScriptedHTTPServer(responses: [AnthropicWireScript.message(content: [
            ["type": "thinking", "thinking": "hmm", "signature": "sig"], ["type": "text", "text": "Done"],
        ])])
        let response = try await model(server).stream(hello).reduce(into: LLMResponseBuilder()) { $0.add($1) }.build()
        #expect(response.message.content == [.reasoning(ReasoningBlock(text: "hmm", signature: "sig")), .text("Done")])
        #expect(response.usage == TokenUsage(inputTokens: 10, outputTokens: 5))
    }

    @Test("a stall until the idle timeout, and cancellation, close the connection")
    func stallAndCancel() async throws {
        let server = try ScriptedHTTPServer(responses: [.sse([AnthropicWireScript.messageStart()], ending: [.stall])])
        let (_, error) = await collectUntilError(model(server, idle: .milliseconds(300)).stream(hello))
        #expect((error as? LLMError)?.kind == .timeout)
        #expect(await server.waitForClientClose())
    }
}
