import CadenceCore
import Foundation
import LLM
import Testing
import CadenceTestSupport

@Suite("LLM types")
struct LLMTypesTests {
    @Test("tool arguments parse, keep raw text when invalid, and treat empty as an empty object")
    func toolArguments() {
        #expect(ToolArguments(parsing: #"{"a": 1}"#) == .parsed(["a": 1]))
        #expect(ToolArguments(parsing: "  ") == .parsed([:]))
        #expect(ToolArguments(parsing: #"{"a": "#) == .raw(#"{"a": "#))
        #expect(ToolArguments.raw("x").transcriptValue == ["raw": "x"])
        #expect(ToolArguments.parsed(["b": true]).jsonText == #"{"b":true}"#)
    }

    @Test("the response builder keeps content in arrival order and counts retries as attempts")
    func builder() throws {
        var builder = LLMResponseBuilder()
        let call = ToolCall(id: "1", name: "t", arguments: .parsed([:]))
        let notice = RetryNotice(attempt: 1, maxAttempts: 3, delay: .seconds(1), error: LLMError(.rateLimited, "slow"))
        for event: LLMEvent in [.retrying(notice), .reasoningCompleted(ReasoningBlock(text: "r", signature: "s")),
                                .textDelta("Hel"), .textDelta("lo"), .toolCallStarted(index: 0, id: "1", name: "t"),
                                .toolCallCompleted(index: 0, call: call), .textDelta("after"),
                                .usage(TokenUsage(inputTokens: 1, outputTokens: 2)), .stop(.toolUse)] {
            builder.add(event)
        }
        let response = try builder.build()
        #expect(response.message.content == [.reasoning(ReasoningBlock(text: "r", signature: "s")), .text("Hello"),
                                             .toolCall(call), .text("after")])
        #expect(response.text == "Helloafter")
        #expect(response.toolCalls == [call])
        #expect(response.attempts == 2)
        #expect(response.stopReason == .toolUse)
    }

    @Test("a response without a stop event is an interruption")
    func builderWithoutStop() {
        var builder = LLMResponseBuilder()
        builder.add(.textDelta("partial"))
        #expect(throws: LLMError.self) { try builder.build() }
    }

    @Test("error kinds have the documented wire names; retryable ones by default")
    func errorKinds() {
        #expect(LLMError.Kind.allCases.map(\.rawValue) == [
            "authentication", "permission", "not_found", "bad_request", "context_length", "insufficient_credit",
            "rate_limited", "overloaded", "server", "timeout", "connection", "stream_interrupted", "invalid_response", "configuration",
        ])
        #expect(LLMError(.rateLimited, "x").isRetryable)
        #expect(!LLMError(.authentication, "x").isRetryable)
    }

    @Test("redaction removes the key and bearer tokens")
    func redaction() {
        let key = "sk-ant-api03-abcdefghijklmnop"
        let error = LLMError(.authentication, "bad key \(key); header Bearer abcdefghijk123 sent").redacting([key])
        #expect(!error.message.contains(key))
        #expect(!error.message.contains("abcdefghijk123"))
        #expect(Redaction.redact("key sk-proj-12345678901 here", secrets: []) == "key [redacted] here")
    }

    @Test("HTTP request descriptions never show header values")
    func requestDescription() {
        let request = HTTPRequest(url: URL(string: "https://api.example.com/v1/x")!, headers: [("Authorization", "Bearer topsecret")])
        #expect(!request.description.contains("topsecret"))
        #expect(request.description.contains("Authorization"))
    }
}

@Suite("Usage and cost")
struct UsageAndCostTests {
    @Test("cost from the default table, with cache reads and writes priced separately")
    func cost() throws {
        let usage = TokenUsage(inputTokens: 1_000_000, outputTokens: 100_000, cacheReadTokens: 2_000_000, cacheWriteTokens: 400_000)
        let cost = try #require(PriceTable.defaults.cost(of: usage, model: "claude-sonnet-4-20250514"))
        // 3.00 + 1.50 + 0.60 + 1.50
        #expect(abs(cost - 6.60) < 1e-9)
    }

    @Test("the longest matching prefix wins; an unknown model has unknown cost, not zero")
    func lookup() {
        #expect(PriceTable.defaults.price(for: "gpt-4o-mini-2024-07-18")?.input == 0.15)
        #expect(PriceTable.defaults.price(for: "gpt-4o-2024-08-06")?.input == 2.50)
        #expect(PriceTable.defaults.cost(of: TokenUsage(inputTokens: 10), model: "llama3.2:3b") == nil)
        #expect(PriceTable.defaults.price(for: "gpt-4oops") == nil)
    }

    @Test("a user price file overrides and extends the defaults; a broken one is an error")
    func priceFile() throws {
        let dir = ScratchFolder.root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("prices.json")
        #expect(try PriceTable.load(from: file) == .defaults)
        try Data(#"{"models":{"llama3.2":{"input":0,"output":0},"gpt-4o":{"input":1,"output":2}}}"#.utf8).write(to: file)
        let table = try PriceTable.load(from: file)
        #expect(table.cost(of: TokenUsage(inputTokens: 100, outputTokens: 100), model: "llama3.2:3b") == 0)
        #expect(table.price(for: "gpt-4o")?.output == 2)
        #expect(table.price(for: "claude-opus-4")?.input == 15)
        try Data("{not json".utf8).write(to: file)
        #expect(throws: LLMError.self) { try PriceTable.load(from: file) }
    }

    @Test("a session meter adds usage per request; cost becomes unknown once any model is unpriced")
    func meter() {
        var meter = UsageMeter()
        let first = meter.record(TokenUsage(inputTokens: 1_000_000), model: "gpt-4o")
        #expect(first == 2.5)
        meter.record(TokenUsage(inputTokens: 10, outputTokens: 5, cacheReadTokens: 3, cacheWriteTokens: 1), model: "gpt-4o")
        #expect(meter.total == TokenUsage(inputTokens: 1_000_010, outputTokens: 5, cacheReadTokens: 3, cacheWriteTokens: 1))
        #expect(meter.requests == 2)
        #expect(meter.cost != nil)
        #expect(meter.record(TokenUsage(inputTokens: 1), model: "mystery") == nil)
        #expect(meter.cost == nil)
    }
}
