import Foundation

/// Something that answers a conversation: streamed as events, or in one piece.
public protocol LanguageModel: Sendable {
    /// Streams the response. The stream ends with `.stop` on success or throws `LLMError`
    /// (or `CancellationError`). Cancelling the consuming task closes the connection.
    func stream(_ request: LLMRequest) -> AsyncThrowingStream<LLMEvent, Error>

    /// Returns the whole response at once. The default collects `stream(_:)`.
    func complete(_ request: LLMRequest) async throws -> LLMResponse
}

extension LanguageModel {
    public func complete(_ request: LLMRequest) async throws -> LLMResponse {
        var builder = LLMResponseBuilder()
        for try await event in stream(request) {
            builder.add(event)
        }
        return try builder.build()
    }
}

/// A model that can speak first: asked with no messages, it opens the conversation.
public protocol OpensConversation {}

/// A finished model response.
public struct LLMResponse: Sendable, Hashable {
    public var message: AssistantMessage
    public var stopReason: StopReason
    public var usage: TokenUsage?
    /// Requests sent, including retries (1 when the first succeeded).
    public var attempts: Int

    public init(message: AssistantMessage, stopReason: StopReason, usage: TokenUsage?, attempts: Int = 1) {
        self.message = message
        self.stopReason = stopReason
        self.usage = usage
        self.attempts = attempts
    }

    public var text: String { message.text }
    public var toolCalls: [ToolCall] { message.toolCalls }
}

/// Folds stream events into an `LLMResponse`, keeping content in the order it arrived.
public struct LLMResponseBuilder: Sendable {
    private var content: [AssistantContent] = []
    private var reasoningText = ""
    private var stopReason: StopReason?
    private var usage: TokenUsage?
    private var retries = 0

    public init() {}

    public mutating func add(_ event: LLMEvent) {
        switch event {
        case .textDelta(let text):
            if case .text(let existing)? = content.last {
                content[content.count - 1] = .text(existing + text)
            } else {
                content.append(.text(text))
            }
        case .reasoningDelta(let text):
            reasoningText += text
        case .reasoningCompleted(let block):
            content.append(.reasoning(block))
            reasoningText = ""
        case .toolCallStarted, .toolCallArgumentsDelta:
            break
        case .toolCallCompleted(_, let call):
            content.append(.toolCall(call))
        case .usage(let value):
            usage = value
        case .stop(let reason):
            stopReason = reason
        case .retrying:
            retries += 1
        }
    }

    /// Reasoning text streamed without a completed block (OpenAI-compatible `reasoning_content`).
    public var unblockedReasoning: String { reasoningText }

    public func build() throws -> LLMResponse {
        guard let stopReason else {
            throw LLMError(.streamInterrupted, "The response ended before the model finished. Try again.")
        }
        var finalContent = content
        if !reasoningText.isEmpty {
            finalContent.insert(.reasoning(ReasoningBlock(text: reasoningText)), at: 0)
        }
        return LLMResponse(message: AssistantMessage(content: finalContent), stopReason: stopReason, usage: usage,
                           attempts: retries + 1)
    }
}
