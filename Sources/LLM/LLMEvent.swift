import CadenceCore
import Foundation

/// One event of a streamed model response.
public enum LLMEvent: Sendable, Hashable {
    case textDelta(String)
    case reasoningDelta(String)
    /// A finished reasoning block, kept so it can be echoed back (Anthropic thinking).
    case reasoningCompleted(ReasoningBlock)
    /// A tool call began. `index` identifies it within this response.
    case toolCallStarted(index: Int, id: String, name: String)
    case toolCallArgumentsDelta(index: Int, fragment: String)
    case toolCallCompleted(index: Int, call: ToolCall)
    /// Token usage for the whole request (sent once, near the end).
    case usage(TokenUsage)
    /// The last event of a successful response.
    case stop(StopReason)
    /// The request failed and will be sent again after `delay`.
    case retrying(RetryNotice)
}

public enum StopReason: Sendable, Hashable {
    case endTurn
    case maxTokens
    case toolUse
    case stopSequence
    case contentFilter
    case pauseTurn
    case refusal
    case other(String)

    /// The wire name used in JSON output and transcripts.
    public var name: String {
        switch self {
        case .endTurn: return "end_turn"
        case .maxTokens: return "max_tokens"
        case .toolUse: return "tool_use"
        case .stopSequence: return "stop_sequence"
        case .contentFilter: return "content_filter"
        case .pauseTurn: return "pause_turn"
        case .refusal: return "refusal"
        case .other(let name): return name
        }
    }
}

/// Why and when a request is being retried.
public struct RetryNotice: Sendable, Hashable {
    /// The attempt that failed (1 for the first request).
    public var attempt: Int
    public var maxAttempts: Int
    public var delay: Duration
    public var error: LLMError

    public init(attempt: Int, maxAttempts: Int, delay: Duration, error: LLMError) {
        self.attempt = attempt
        self.maxAttempts = maxAttempts
        self.delay = delay
        self.error = error
    }
}
