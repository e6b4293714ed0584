import CadenceCore
import CadenceTestSupport
import Foundation
import LLM
import Store
import Testing
@testable import Agent

/// Issue 15: requests made to fit a small context window (a 4096-token local server).
struct ContextBudgetTests {
    static let longText = String(repeating: "I ran an easy ten kilometres along the river this morning. ", count: 40)  // ~2.4k bytes

    static func turn(_ n: Int) -> [LLMMessage] {
        [.context("profile \(n)"), .user("message \(n) " + longText), .assistant(AssistantMessage(content: [.text("reply \(n) " + longText)]))]
    }

    @Test func theOldestWholeExchangesAreLeftOutFirst() throws {
        let history = (1...4).flatMap(Self.turn)
        let current: [LLMMessage] = [.context("profile now"), .user("latest")]
        let request = LLMRequest(system: "S", messages: history + current, options: LLMOptions(maxTokens: 256))
        let budget = ContextBudget(contextTokens: 2400)
        #expect(ContextBudget.estimate(request) > 2400 - 256)
        let fit = try #require(budget.fit(request, keepFrom: history.count))
        #expect(fit.estimatedTokens <= 2400 - 256)
        #expect(fit.droppedMessages % 3 == 0 && fit.droppedMessages > 0)
        #expect(fit.request.messages == Array((history + current).dropFirst(fit.droppedMessages)))
        guard case .context = fit.request.messages.first else { Issue.record("does not start at an exchange"); return }
        #expect(!fit.compactTools)
    }

    @Test func toolDescriptionsAreShortenedWhenTheCurrentTurnAloneIsTooBig() throws {
        let tool = ToolSpec(name: "update_running", description: "Records running facts. " + Self.longText,
                            parameters: ["type": "object", "properties": ["currentVolume": ["type": "number", "description": .string(Self.longText)],
                                                                          "description": ["type": "string"]]])
        let request = LLMRequest(system: "S", messages: [.context("c"), .user("hi")], tools: [tool], options: LLMOptions(maxTokens: 100))
        let fit = try #require(ContextBudget(contextTokens: 1000).fit(request, keepFrom: 0))
        #expect(fit.compactTools)
        #expect(fit.request.tools.first?.description == "Records running facts.")
        #expect(fit.request.tools.first?.parameters == ["type": "object", "properties": ["currentVolume": ["type": "number"], "description": ["type": "string"]]])
        #expect(ContextBudget(contextTokens: 60).fit(request, keepFrom: 0) == nil)  // the compact request is ~73 tokens
    }

    @Test func aRequestThatCannotFitIsAContextErrorBeforeAnythingIsSent() async throws {
        let database = try AppDatabase.inMemory(clock: .fixed(ChatSessionTests.today), ids: .sequential())
        let runner = try database.createRunner(name: "Alex")
        let model = ScriptedModel(turns: [.reply("never")])
        let prompts = try ChatSessionTests.prompts.get()
        let info = SessionInfo(id: "s", provider: "scripted", model: "test", baseURL: nil, promptsDirectory: "prompts",
                               promptsSHA256: prompts.sha256, runnerId: runner.id, cadenceVersion: "test")
        let session = try ChatSession(info: info, model: model, options: LLMOptions(model: "test", maxTokens: 256), prompts: prompts,
                                      database: database, knowledge: nil, clock: .fixed(ChatSessionTests.today), observers: [],
                                      contextBudget: ContextBudget(contextTokens: 512))
        await #expect(throws: AgentError.self) { try await session.send("hello") }
        do {
            try await session.send("hello")
        } catch AgentError.model(let kind, let message) {
            #expect(kind == "context_length")
            #expect(message.contains("context is 512 tokens") && message.contains("--ctx-size"))
        }
        #expect(model.requests.isEmpty)
    }

    /// The done-when of issue 15: Cadence's first request fits a 4096-token server.
    @Test func turnOneWithTheRealPromptsAndToolsFitsA4096TokenContext() async throws {
        let database = try AppDatabase.inMemory(clock: .fixed(ChatSessionTests.today), ids: .sequential())
        let runner = try database.createRunner(name: "Alex")
        let model = ScriptedModel(turns: [.reply("Hi Alex.")])
        let prompts = try ChatSessionTests.prompts.get()
        let info = SessionInfo(id: "s", provider: "scripted", model: "test", baseURL: nil, promptsDirectory: "prompts",
                               promptsSHA256: prompts.sha256, runnerId: runner.id, cadenceVersion: "test")
        let session = try ChatSession(info: info, model: model, options: LLMOptions(model: "test", maxTokens: 2048), prompts: prompts,
                                      database: database, knowledge: nil, clock: .fixed(ChatSessionTests.today), observers: [],
                                      contextBudget: ContextBudget(contextTokens: 4096))
        try await session.send("Hi, I'm Alex and I want to run a half marathon in April.")
        let sent = try #require(model.requests.first)
        // 256 tokens kept for the reply (a sixteenth of 4096, at least 256); the reply may use all
        // that is left.
        let estimate = ContextBudget.estimate(sent)
        #expect(estimate <= 4096 - 256)
        #expect(sent.options.maxTokens == 4096 - estimate)
        // Every tool onboarding needs is there; only tools for later (plans, check-ins) may be left out.
        let all = Set(try ToolRegistry(prompts: prompts, includeKnowledge: false).specs.map(\.name))
        let later: Set = ["adapt_plan", "log_session", "get_week", "confirm_plan", "create_plan"]
        #expect(all.subtracting(later).isSubset(of: Set(sent.tools.map(\.name))), "\(sent.tools.map(\.name))")
    }
}
