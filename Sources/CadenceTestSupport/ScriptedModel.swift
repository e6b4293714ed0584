import CadenceCore
import Foundation
import LLM

/// A `LanguageModel` that answers each request with the next scripted turn and records the
/// requests it got. For tests of code that drives a model (the chat loop, tools, replay).
public final class ScriptedModel: LanguageModel, @unchecked Sendable {
    public enum Turn: Sendable {
        /// These events, in order (end with `.stop` for a complete response).
        case events([LLMEvent])
        /// These events, then this error.
        case failure(after: [LLMEvent], LLMError)

        /// A text answer split into the given pieces.
        public static func reply(_ pieces: String..., usage: TokenUsage = TokenUsage(inputTokens: 10, outputTokens: 5)) -> Turn {
            .events(pieces.map { .textDelta($0) } + [.usage(usage), .stop(.endTurn)])
        }

        /// Tool calls (optionally after some text), stopping with `tool_use`.
        public static func toolCalls(_ calls: [ToolCall], text: String = "",
                                     usage: TokenUsage = TokenUsage(inputTokens: 10, outputTokens: 5)) -> Turn {
            var events: [LLMEvent] = text.isEmpty ? [] : [.textDelta(text)]
            for (index, call) in calls.enumerated() {
                events.append(.toolCallStarted(index: index, id: call.id, name: call.name))
                events.append(.toolCallArgumentsDelta(index: index, fragment: call.arguments.jsonText))
                events.append(.toolCallCompleted(index: index, call: call))
            }
            return .events(events + [.usage(usage), .stop(.toolUse)])
        }
    }

    private let lock = NSLock()
    private var turns: [Turn]
    private var received: [LLMRequest] = []

    public init(turns: [Turn]) { self.turns = turns }

    /// Requests received so far.
    public var requests: [LLMRequest] { lock.withLock { received } }

    /// Turns not yet used.
    public var remainingTurns: Int { lock.withLock { turns.count } }

    public func stream(_ request: LLMRequest) -> AsyncThrowingStream<LLMEvent, Error> {
        let turn = lock.withLock { () -> Turn? in
            received.append(request)
            return turns.isEmpty ? nil : turns.removeFirst()
        }
        return AsyncThrowingStream { continuation in
            switch turn {
            case .events(let events)?:
                events.forEach { continuation.yield($0) }
                continuation.finish()
            case .failure(let events, let error)?:
                events.forEach { continuation.yield($0) }
                continuation.finish(throwing: error)
            case nil:
                continuation.finish(throwing: LLMError(.invalidResponse, "The scripted model has no turn left for request \(self.requests.count)."))
            }
        }
    }
}
