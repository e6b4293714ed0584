import CadenceCore
import CadenceTestSupport
import Foundation
import LLM
import Testing
@testable import LLMProviders

private let request = LLMRequest(messages: [.user("Hi")])

private func openAI(_ server: ScriptedHTTPServer, _ retry: RetryPolicy) -> OpenAICompatibleModel {
    OpenAICompatibleModel(baseURL: server.baseURL.appendingPathComponent("v1"), apiKey: testKey, model: "gpt-test",
                          http: shared, retry: retry)
}

private func anthropic(_ server: ScriptedHTTPServer, _ retry: RetryPolicy) -> AnthropicModel {
    AnthropicModel(baseURL: server.baseURL, apiKey: testKey, model: "claude-test", http: shared, retry: retry)
}

struct StatusCase: Sendable, CustomTestStringConvertible {
    var response: ScriptedResponse
    var kind: LLMError.Kind
    var retried: Bool
    var label: String
    var testDescription: String { label }
}

@Suite("Errors and retries")
struct ErrorsAndRetriesTests {
    static let openAICases: [StatusCase] = [
        .init(response: OpenAIWireScript.error(status: 400, message: "Invalid value for 'temperature'", type: "invalid_request_error"), kind: .badRequest, retried: false, label: "400"),
        .init(response: OpenAIWireScript.error(status: 400, message: "This model's maximum context length is 128000 tokens.", type: "invalid_request_error", code: "context_length_exceeded"), kind: .contextLength, retried: false, label: "400 context"),
        .init(response: OpenAIWireScript.error(status: 401, message: "Incorrect API key provided", type: "invalid_request_error", code: "invalid_api_key"), kind: .authentication, retried: false, label: "401"),
        .init(response: .json(status: 402, #"{"error":{"code":402,"message":"Insufficient credits"}}"#), kind: .insufficientCredit, retried: false, label: "402 OpenRouter"),
        .init(response: OpenAIWireScript.error(status: 403, message: "Project does not have access", type: "invalid_request_error"), kind: .permission, retried: false, label: "403"),
        .init(response: OpenAIWireScript.error(status: 404, message: "The model `gpt-9` does not exist", type: "invalid_request_error", code: "model_not_found"), kind: .notFound, retried: false, label: "404"),
        .init(response: OpenAIWireScript.error(status: 408, message: "Request timed out", type: "timeout"), kind: .timeout, retried: true, label: "408"),
        .init(response: OpenAIWireScript.error(status: 409, message: "Conflict", type: "conflict"), kind: .server, retried: true, label: "409"),
        .init(response: OpenAIWireScript.error(status: 429, message: "Rate limit reached", type: "tokens", code: "rate_limit_exceeded"), kind: .rateLimited, retried: true, label: "429"),
        .init(response: OpenAIWireScript.error(status: 429, message: "You exceeded your current quota", type: "insufficient_quota", code: "insufficient_quota"), kind: .insufficientCredit, retried: false, label: "429 quota"),
        .init(response: OpenAIWireScript.error(status: 500, message: "The server had an error", type: "server_error"), kind: .server, retried: true, label: "500"),
        .init(response: .json(status: 502, #"{"error":{"code":502,"message":"Upstream error"}}"#), kind: .server, retried: true, label: "502"),
        .init(response: .json(status: 503, #"{"error":{"code":503,"message":"No provider available"}}"#), kind: .overloaded, retried: true, label: "503"),
        .init(response: .json(status: 500, "<html>oops</html>"), kind: .server, retried: true, label: "500 html"),
        // llama.cpp's shapes (issue 15): a context overflow, and a request it cannot parse, which a retry cannot fix.
        .init(response: .json(status: 400, Self.llamaOverflow), kind: .contextLength, retried: false, label: "400 llama.cpp context"),
        .init(response: .json(status: 500, #"{"error":{"code":500,"message":"Failed to parse tool call arguments as JSON: [json.exception.parse_error.101] parse error","type":"server_error"}}"#),
              kind: .badRequest, retried: false, label: "500 llama.cpp unparsable request"),
    ]

    /// What llama.cpp's `llama-server` answers when a request does not fit its context.
    static let llamaOverflow = #"{"error":{"code":400,"message":"request (5227 tokens) exceeds the available context size (4096 tokens), try increasing it","type":"exceed_context_size_error","n_prompt_tokens":5227,"n_ctx":4096}}"#

    static let anthropicCases: [StatusCase] = [
        .init(response: AnthropicWireScript.error(status: 400, type: "invalid_request_error", message: "messages: roles must alternate"), kind: .badRequest, retried: false, label: "400"),
        .init(response: AnthropicWireScript.error(status: 400, type: "invalid_request_error", message: "prompt is too long: 210000 tokens > 200000 maximum"), kind: .contextLength, retried: false, label: "400 context"),
        .init(response: AnthropicWireScript.error(status: 401, type: "authentication_error", message: "invalid x-api-key"), kind: .authentication, retried: false, label: "401"),
        .init(response: AnthropicWireScript.error(status: 402, type: "billing_error", message: "Your credit balance is too low"), kind: .insufficientCredit, retried: false, label: "402"),
        .init(response: AnthropicWireScript.error(status: 403, type: "permission_error", message: "not allowed"), kind: .permission, retried: false, label: "403"),
        .init(response: AnthropicWireScript.error(status: 404, type: "not_found_error", message: "model: claude-9"), kind: .notFound, retried: false, label: "404"),
        .init(response: AnthropicWireScript.error(status: 413, type: "request_too_large", message: "Request exceeds the maximum size"), kind: .contextLength, retried: false, label: "413"),
        .init(response: AnthropicWireScript.error(status: 429, type: "rate_limit_error", message: "Number of request tokens has exceeded your per-minute rate limit"), kind: .rateLimited, retried: true, label: "429"),
        .init(response: .json(status: 429, #"{"type":"error","error":{"type":"rate_limit_error","message":"spend","details":{"error_code":"enforced_spend_limit_reached"}}}"#), kind: .insufficientCredit, retried: false, label: "429 spend limit"),
        .init(response: AnthropicWireScript.error(status: 500, type: "api_error", message: "Internal server error"), kind: .server, retried: true, label: "500"),
        .init(response: AnthropicWireScript.error(status: 504, type: "timeout_error", message: "timeout"), kind: .timeout, retried: true, label: "504"),
        .init(response: .json(status: 529, #"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"details":null}"#), kind: .overloaded, retried: true, label: "529"),
    ]

    @Test("OpenAI-compatible error bodies map to kinds; only retryable ones are retried", arguments: openAICases)
    func openAIStatuses(_ testCase: StatusCase) async throws {
        let server = try ScriptedHTTPServer(responses: [testCase.response, .sse(OpenAIWireScript.text(["ok"]))])
        let sleeper = SleepRecorder()
        let (events, error) = await collectUntilError(openAI(server, sleeper.policy(maxRetries: 1)).stream(request))
        try check(testCase, events: events, error: error, requests: server.requests.count)
    }

    @Test("Anthropic error bodies map to kinds; only retryable ones are retried", arguments: anthropicCases)
    func anthropicStatuses(_ testCase: StatusCase) async throws {
        let server = try ScriptedHTTPServer(responses: [testCase.response, .sse(AnthropicWireScript.text(["ok"]))])
        let sleeper = SleepRecorder()
        let (events, error) = await collectUntilError(anthropic(server, sleeper.policy(maxRetries: 1)).stream(request))
        try check(testCase, events: events, error: error, requests: server.requests.count)
    }

    private func check(_ testCase: StatusCase, events: [LLMEvent], error: Error?, requests: Int) throws {
        if testCase.retried {
            #expect(error == nil)
            #expect(requests == 2)
            #expect(events.retries.map(\.error.kind) == [testCase.kind])
            #expect(events.text == "ok")
        } else {
            let llmError = try #require(error as? LLMError)
            #expect(llmError.kind == testCase.kind)
            #expect(requests == 1)
            #expect(events.isEmpty)
            #expect(!llmError.message.isEmpty)
        }
    }

    @Test("messages say what to do")
    func actionableMessages() async throws {
        let server = try ScriptedHTTPServer(responses: [
            AnthropicWireScript.error(status: 401, type: "authentication_error", message: "invalid x-api-key"),
            OpenAIWireScript.error(status: 404, message: "no such model", type: "invalid_request_error"),
        ])
        let (_, authError) = await collectUntilError(anthropic(server, .none).stream(request))
        #expect((authError as? LLMError)?.message.contains("ANTHROPIC_API_KEY") == true)
        #expect((authError as? LLMError)?.message.contains("cadence keys set anthropic") == true)
        #expect((authError as? LLMError)?.requestID == "req_test")
        let (_, notFound) = await collectUntilError(openAI(server, .none).stream(request))
        #expect((notFound as? LLMError)?.message.contains("--model") == true)
        #expect((notFound as? LLMError)?.status == 404)
    }

    @Test("a context overflow says the request's size, the server's limit and what to do, from fields or from the message")
    func contextLengthMessages() async throws {
        let server = try ScriptedHTTPServer(responses: [
            .json(status: 400, Self.llamaOverflow),
            OpenAIWireScript.error(status: 400, message: "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens.",
                                   type: "invalid_request_error", code: "context_length_exceeded"),
            AnthropicWireScript.error(status: 400, type: "invalid_request_error", message: "prompt is too long: 210000 tokens > 200000 maximum"),
        ])
        for (api, prompt, limit) in [("openai", 5227, 4096), ("openai", 9000, 8192), ("anthropic", 210_000, 200_000)] {
            let stream = api == "openai" ? openAI(server, .none).stream(request) : anthropic(server, .none).stream(request)
            let (_, error) = await collectUntilError(stream)
            let llmError = try #require(error as? LLMError)
            #expect(llmError.kind == .contextLength)
            #expect(llmError.message.contains("it is \(prompt) tokens and the server holds \(limit)"), "\(llmError.message)")
            #expect(llmError.message.contains("--ctx-size") && llmError.message.contains("new session"))
            #expect(!llmError.message.contains("tool schemas"))
        }
    }

    @Test("retry-after (seconds) is honoured and each retry is reported")
    func retryAfterSeconds() async throws {
        let server = try ScriptedHTTPServer(responses: [
            OpenAIWireScript.error(status: 429, message: "slow down", type: "requests", headers: [("retry-after", "2")]),
            OpenAIWireScript.error(status: 503, message: "busy", type: "server_error", headers: [("retry-after", "0.25")]),
            OpenAIWireScript.completion(text: "done"),
        ])
        let sleeper = SleepRecorder()
        let response = try await openAI(server, sleeper.policy()).complete(request)
        #expect(response.text == "done")
        #expect(response.attempts == 3)
        #expect(sleeper.sleeps == [.seconds(2), .milliseconds(250)])
    }

    @Test("retry-after-ms wins over retry-after; a huge retry-after is capped")
    func retryAfterMsAndCap() async throws {
        let server = try ScriptedHTTPServer(responses: [
            AnthropicWireScript.error(status: 529, type: "overloaded_error", message: "Overloaded",
                                      headers: [("retry-after-ms", "1500"), ("retry-after", "9")]),
            AnthropicWireScript.error(status: 429, type: "rate_limit_error", message: "later", headers: [("retry-after", "3600")]),
            .sse(AnthropicWireScript.text(["ok"])),
        ])
        let sleeper = SleepRecorder()
        let events = try await collect(anthropic(server, sleeper.policy()).stream(request))
        #expect(sleeper.sleeps == [.milliseconds(1500), .seconds(60)])
        #expect(events.retries.map(\.attempt) == [1, 2])
        #expect(events.retries.map(\.delay) == [.milliseconds(1500), .seconds(60)])
        #expect(events.retries.allSatisfy { $0.maxAttempts == 3 })
    }

    @Test("retry-after as an HTTP date")
    func retryAfterDate() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let header = formatter.string(from: now.addingTimeInterval(5))
        #expect(VendorErrorMapper.retryAfter(["retry-after": header], now: now) == .seconds(5))
        #expect(VendorErrorMapper.retryAfter(["retry-after": "-3"], now: now) == nil)
    }

    @Test("exponential backoff with jitter when the server gives no delay")
    func backoff() async throws {
        let failures = (0..<4).map { _ in OpenAIWireScript.error(status: 500, message: "x", type: "server_error") }
        let server = try ScriptedHTTPServer(responses: failures)
        let sleeper = SleepRecorder()
        let (events, error) = await collectUntilError(openAI(server, sleeper.policy(maxRetries: 3, random: 0.5)).stream(request))
        #expect((error as? LLMError)?.kind == .server)
        #expect(server.requests.count == 4)
        #expect(events.retries.count == 3)
        // min(0.5 * 2^n, 8) * (1 - 0.25 * 0.5)
        #expect(sleeper.sleeps == [.milliseconds(437.5), .milliseconds(875), .milliseconds(1750)])
        let policy = RetryPolicy(random: { 0 })
        #expect(policy.delay(beforeRetry: 10, after: LLMError(.server, "x")) == .seconds(8))
    }

    @Test("x-should-retry overrides the status: false stops a 500, true retries a 400")
    func shouldRetryHeader() async throws {
        let server = try ScriptedHTTPServer(responses: [
            OpenAIWireScript.error(status: 500, message: "x", type: "server_error", headers: [("x-should-retry", "false")]),
            OpenAIWireScript.error(status: 400, message: "x", type: "invalid_request_error", headers: [("x-should-retry", "true")]),
            .sse(OpenAIWireScript.text(["ok"])),
        ])
        let sleeper = SleepRecorder()
        let model = openAI(server, sleeper.policy())
        let (_, first) = await collectUntilError(model.stream(request))
        #expect((first as? LLMError)?.kind == .server)
        #expect(server.requests.count == 1)
        let events = try await collect(model.stream(request))
        #expect(events.text == "ok")
        #expect(server.requests.count == 3)
    }

    @Test("connection failures are retried, then reported as connection errors")
    func connectionFailures() async throws {
        let refusing = try RefusingPort()
        let sleeper = SleepRecorder()
        let model = OpenAICompatibleModel(baseURL: refusing.baseURL.appendingPathComponent("v1"), apiKey: testKey, model: "m",
                                          http: shared, retry: sleeper.policy(maxRetries: 2))
        let (events, error) = await collectUntilError(model.stream(request))
        #expect((error as? LLMError)?.kind == .connection)
        #expect(events.retries.count == 2)
    }

    @Test("a stream cut before any text is retried; cut after text it is never retried")
    func cutStreams() async throws {
        let cutEarly = ScriptedResponse.sse([OpenAIWireScript.chunk(delta: ["role": "assistant"])], ending: [.close])
        let cutLate = ScriptedResponse.sse([OpenAIWireScript.chunk(delta: ["content": "Half a sen"])], ending: [.close])
        let server = try ScriptedHTTPServer(responses: [cutEarly, .sse(OpenAIWireScript.text(["Whole."])), cutLate,
                                                        .sse(OpenAIWireScript.text(["never sent"]))])
        let model = openAI(server, SleepRecorder().policy())
        let first = try await collect(model.stream(request))
        #expect(first.text == "Whole.")
        #expect(first.retries.map(\.error.kind) == [.streamInterrupted])
        let (second, error) = await collectUntilError(model.stream(request))
        #expect(second.text == "Half a sen")
        #expect((error as? LLMError)?.kind == .streamInterrupted)
        #expect(server.requests.count == 3)
    }

    @Test("the API key never appears in errors, retries, descriptions or anything but its own header")
    func keyNeverLeaks() async throws {
        let echo = "Incorrect API key provided: \(testKey). You passed Bearer \(testKey)"
        let server = try ScriptedHTTPServer(responses: [
            OpenAIWireScript.error(status: 500, message: echo, type: "server_error"),
            OpenAIWireScript.error(status: 401, message: echo, type: "invalid_request_error"),
            AnthropicWireScript.error(status: 401, type: "authentication_error", message: echo),
            .sse([AnthropicWireScript.messageStart(), AnthropicWireScript.errorEvent(type: "api_error", message: echo)]),
        ])
        let sleeper = SleepRecorder()
        let (openAIEvents, openAIError) = await collectUntilError(openAI(server, sleeper.policy(maxRetries: 1)).stream(request))
        let (_, anthropicError) = await collectUntilError(anthropic(server, .none).stream(request))
        let (_, streamError) = await collectUntilError(anthropic(server, .none).stream(request))
        var texts = [openAIError, anthropicError, streamError].flatMap { error -> [String] in
            guard let error else { return ["missing error"] }
            return [String(describing: error), error.localizedDescription, (error as? LLMError)?.message ?? "", "\(error)"]
        }
        texts += openAIEvents.retries.map { "\($0) \($0.error.message)" }
        texts.append(openAI(server, .none).httpRequest(for: request, stream: true).description)
        texts.append(anthropic(server, .none).httpRequest(for: request, stream: true).description)
        for text in texts {
            #expect(!text.contains(testKey), "leaked in: \(text)")
            #expect(!text.contains("SECRET"), "leaked in: \(text)")
        }
        #expect((openAIError as? LLMError)?.kind == .authentication)
        #expect(server.requests.allSatisfy { !$0.bodyText.contains(testKey) })
    }
}

@Suite("Secrets in descriptions")
struct SecretDescriptionTests {
    @Test("printing or dumping a model never shows its key")
    func modelDescriptions() {
        let models: [Any] = [
            OpenAICompatibleModel(apiKey: testKey, model: "gpt-4o", http: shared),
            AnthropicModel(apiKey: testKey, model: "claude", http: shared),
        ]
        for model in models {
            var dumped = ""
            dump(model, to: &dumped)
            for text in [String(describing: model), String(reflecting: model), "\(model)", dumped] {
                #expect(!text.contains(testKey), "\(text)")
                #expect(text.contains("key: set") || text.contains("set"))
            }
        }
    }

    @Test("non-streaming requests wait for the whole response, streaming ones only for the head")
    func timeouts() {
        let model = OpenAICompatibleModel(apiKey: nil, model: "m", http: shared, connectTimeout: .seconds(5),
                                          idleTimeout: .seconds(50), nonStreamingTimeout: .seconds(500))
        let request = LLMRequest(messages: [.user("x")])
        #expect(model.httpRequest(for: request, stream: true).connectTimeout == .seconds(5))
        #expect(model.httpRequest(for: request, stream: false).connectTimeout == .seconds(500))
    }
}
