import CadenceTestSupport
import Foundation
import LLM
import LLMProviders
import Testing

@Suite("Recorded stream decoding")
struct RecordedStreamDecoderTests {
    @Test("a recorded body decodes to the events a live stream gives, split anywhere")
    func decodes() throws {
        let openAI = Data(OpenAIWireScript.text(["a", "b"]).joined().utf8)
        let chunks = stride(from: 0, to: openAI.count, by: 7).map { openAI.subdata(in: $0..<min($0 + 7, openAI.count)) }
        let events = try RecordedStreamDecoder.decode(chunks, wire: .openAIChatCompletions)
        #expect(events == [.textDelta("a"), .textDelta("b"), .usage(TokenUsage(inputTokens: 10, outputTokens: 5)), .stop(.endTurn)])
        let anthropic = Data(AnthropicWireScript.text(["hi"]).joined().utf8)
        #expect(try RecordedStreamDecoder.decode([anthropic], wire: .anthropicMessages).last == .stop(.endTurn))
    }

    @Test("a recording cut short is an error")
    func truncated() {
        let cut = Data(AnthropicWireScript.text(["hi"]).dropLast().joined().utf8)
        #expect(throws: LLMError.self) { try RecordedStreamDecoder.decode([cut], wire: .anthropicMessages) }
        #expect(throws: LLMError.self) { try RecordedStreamDecoder.decode([Data("data: {\"choices\":[]}".utf8)], wire: .openAIChatCompletions) }
    }
}
