import CadenceCore
import CadenceTestSupport
import Foundation
import LLM
@testable import LLMProviders

/// Records requested sleeps and returns at once.
final class SleepRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Duration] = []
    var sleeps: [Duration] { lock.withLock { recorded } }

    func policy(maxRetries: Int = 2, random: Double = 0) -> RetryPolicy {
        RetryPolicy(maxRetries: maxRetries, sleep: { [self] duration in lock.withLock { recorded.append(duration) } },
                    random: { random })
    }
}

let testKey = "sk-test-SECRET-0123456789abcdef"

func collect(_ stream: AsyncThrowingStream<LLMEvent, Error>) async throws -> [LLMEvent] {
    var events: [LLMEvent] = []
    for try await event in stream { events.append(event) }
    return events
}

/// Collects events until the stream throws; returns both.
func collectUntilError(_ stream: AsyncThrowingStream<LLMEvent, Error>) async -> ([LLMEvent], Error?) {
    var events: [LLMEvent] = []
    do {
        for try await event in stream { events.append(event) }
        return (events, nil)
    } catch {
        return (events, error)
    }
}

extension Array where Element == LLMEvent {
    var text: String {
        compactMap { if case .textDelta(let text) = $0 { return text } else { return nil } }.joined()
    }
    var completedCalls: [ToolCall] {
        compactMap { if case .toolCallCompleted(_, let call) = $0 { return call } else { return nil } }
    }
    var usages: [TokenUsage] {
        compactMap { if case .usage(let usage) = $0 { return usage } else { return nil } }
    }
    var stops: [StopReason] {
        compactMap { if case .stop(let reason) = $0 { return reason } else { return nil } }
    }
    var retries: [RetryNotice] {
        compactMap { if case .retrying(let notice) = $0 { return notice } else { return nil } }
    }
}

let weatherTool = ToolSpec(name: "get_weather", description: "Weather for a city",
                           parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]])

/// The transport the product uses.
let shared = CurlHTTPClient()
