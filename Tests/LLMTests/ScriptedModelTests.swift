import CadenceCore
import CadenceTestSupport
import LLM
import Testing

@Suite("Scripted model")
struct ScriptedModelTests {
    @Test("answers turns in order, records requests, and fails when the script runs out")
    func turns() async throws {
        let call = ToolCall(id: "c1", name: "log_run", arguments: .parsed(["km": 5]))
        let model = ScriptedModel(turns: [.toolCalls([call], text: "Logging."), .reply("Do", "ne."),
                                          .failure(after: [.textDelta("x")], LLMError(.overloaded, "busy"))])
        let first = try await model.complete(LLMRequest(messages: [.user("I ran 5 km")]))
        #expect(first.toolCalls == [call])
        #expect(first.text == "Logging.")
        #expect(first.stopReason == .toolUse)
        let second = try await model.complete(LLMRequest(messages: [.user("ok")]))
        #expect(second.text == "Done.")
        await #expect(throws: LLMError.self) { _ = try await model.complete(LLMRequest(messages: [.user("3")])) }
        await #expect(throws: LLMError.self) { _ = try await model.complete(LLMRequest(messages: [.user("4")])) }
        #expect(model.requests.count == 4)
        #expect(model.requests.first?.messages == [.user("I ran 5 km")])
    }
}
