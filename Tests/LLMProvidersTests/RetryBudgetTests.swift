import CadenceCore
import CadenceTestSupport
import Foundation
import LLM
import Testing
@testable import LLMProviders

/// Issue 17: `--timeout` bounds a whole message, retries and their waits included; a 200 that is
/// not an event stream is reported as such and not retried. Real HTTP over loopback.
@Suite("Retry budget")
struct RetryBudgetTests {
    private let request = LLMRequest(messages: [.user("Hi")])

    private func budgeted(_ sleeper: SleepRecorder, _ budget: Duration, maxRetries: Int = 2) -> RetryPolicy {
        var policy = sleeper.policy(maxRetries: maxRetries)
        policy.budget = budget
        return policy
    }

    @Test("a retry-after beyond the budget fails at once, naming the server's wait")
    func retryAfterBeyondTheBudgetFailsFast() async throws {
        let server = try ScriptedHTTPServer(responses: [
            AnthropicWireScript.error(status: 429, type: "rate_limit_error", message: "later", headers: [("retry-after", "121")]),
            .sse(AnthropicWireScript.text(["ok"])),
        ])
        let sleeper = SleepRecorder()
        let model = AnthropicModel(baseURL: server.baseURL, apiKey: testKey, model: "claude-test", http: shared,
                                   retry: budgeted(sleeper, .seconds(30)))
        let (_, error) = await collectUntilError(model.stream(request))
        let llmError = try #require(error as? LLMError)
        #expect(llmError.kind == .rateLimited)
        #expect(llmError.message.contains("asked to wait 121 s before trying again"), "\(llmError.message)")
        #expect(llmError.message.contains("of this message's 30 s timeout"), "\(llmError.message)")
        #expect(sleeper.sleeps.isEmpty)
        #expect(server.requests.count == 1)
    }

    @Test("a retry-after within the budget is waited for")
    func retryAfterWithinTheBudgetIsHonoured() async throws {
        let server = try ScriptedHTTPServer(responses: [
            OpenAIWireScript.error(status: 429, message: "slow down", type: "requests", headers: [("retry-after", "2")]),
            OpenAIWireScript.completion(text: "done"),
        ])
        let sleeper = SleepRecorder()
        let model = OpenAICompatibleModel(baseURL: server.baseURL.appendingPathComponent("v1"), apiKey: testKey, model: "gpt-test",
                                          http: shared, retry: budgeted(sleeper, .seconds(3600)))  // far above a loaded machine's delays
        let response = try await model.complete(request)
        #expect(response.text == "done")
        #expect(sleeper.sleeps == [.seconds(2)])
    }

    @Test("a response head that does not come within the budget is cut off, not retried")
    func aSlowAttemptIsCutOffAtTheBudget() async throws {
        let server = try ScriptedHTTPServer { _, _ in
            Thread.sleep(forTimeInterval: 2)
            return OpenAIWireScript.completion(text: "too late")
        }
        let sleeper = SleepRecorder()
        let model = OpenAICompatibleModel(baseURL: server.baseURL.appendingPathComponent("v1"), apiKey: testKey, model: "gpt-test",
                                          http: shared, retry: budgeted(sleeper, .milliseconds(300)))
        await #expect {
            _ = try await model.complete(request)
        } throws: { error in
            let llmError = error as? LLMError
            return llmError?.kind == .timeout && llmError?.message.contains("within this message's 0.3 s timeout") == true
        }
        #expect(sleeper.sleeps.isEmpty)
    }

    @Test("HTTP 200 with an HTML page is reported as not an event stream and not retried", arguments: ["openai", "anthropic"])
    func htmlInsteadOfAnEventStream(provider: String) async throws {
        let html = ScriptedResponse(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")],
                                    parts: [.text("<html><body>Please sign in</body></html>")], framing: .contentLength)
        let server = try ScriptedHTTPServer(responses: [html, html, html])
        let sleeper = SleepRecorder()
        let model: any LanguageModel = provider == "openai"
            ? OpenAICompatibleModel(baseURL: server.baseURL.appendingPathComponent("v1"), apiKey: testKey, model: "gpt-test",
                                    http: shared, retry: sleeper.policy())
            : AnthropicModel(baseURL: server.baseURL, apiKey: testKey, model: "claude-test", http: shared, retry: sleeper.policy())
        let (_, error) = await collectUntilError(model.stream(request))
        let llmError = try #require(error as? LLMError)
        #expect(llmError.kind == .invalidResponse)
        #expect(llmError.message.contains("answered with text/html instead of an event stream"), "\(llmError.message)")
        #expect(!llmError.message.contains("cut off"))
        #expect(server.requests.count == 1)
        #expect(sleeper.sleeps.isEmpty)
    }

    @Test("a 200 without a content type whose body is not SSE is not an interrupted stream")
    func untypedGarbageIsNotAnInterruptedStream() async throws {
        let garbage = ScriptedResponse(status: 200, headers: [], parts: [.text("<html>gateway</html>")], framing: .contentLength)
        let server = try ScriptedHTTPServer(responses: [garbage, garbage, garbage])
        let sleeper = SleepRecorder()
        let model = AnthropicModel(baseURL: server.baseURL, apiKey: testKey, model: "claude-test", http: shared, retry: sleeper.policy())
        let (_, error) = await collectUntilError(model.stream(request))
        let llmError = try #require(error as? LLMError)
        #expect(llmError.kind == .invalidResponse, "\(llmError)")
        #expect(server.requests.count == 1)
    }
}
