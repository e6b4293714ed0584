import Agent
import CadenceCore
import Foundation
import LLM

/// Plays back the model responses recorded in a transcript, in order, so a conversation can be
/// re-run through today's tools and context without a model (cassette replay).
public final class ReplayModel: LanguageModel, OpensConversation, @unchecked Sendable {
    private let lock = NSLock()
    private var responses: [LLMResponse]

    public init(responses: [LLMResponse]) { self.responses = responses }

    public func stream(_ request: LLMRequest) -> AsyncThrowingStream<LLMEvent, Error> {
        let next = lock.withLock { responses.isEmpty ? nil : responses.removeFirst() }
        return AsyncThrowingStream { continuation in
            guard let next else {
                continuation.finish(throwing: LLMError(.invalidResponse,
                    "the transcript has no more recorded model responses: today's code asked the model once more"))
                return
            }
            if !next.text.isEmpty { continuation.yield(.textDelta(next.text)) }
            for (index, call) in next.toolCalls.enumerated() {
                continuation.yield(.toolCallStarted(index: index, id: call.id, name: call.name))
                continuation.yield(.toolCallCompleted(index: index, call: call))
            }
            if let usage = next.usage { continuation.yield(.usage(usage)) }
            continuation.yield(.stop(next.stopReason))
            continuation.finish()
        }
    }

    public var remaining: Int { lock.withLock { responses.count } }
}
