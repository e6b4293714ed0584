import Foundation
import LLM

/// When and how long to wait before sending a failed request again. The sleeper and the
/// random source are injected so tests run instantly and deterministically.
public struct RetryPolicy: Sendable {
    /// Retries after the first attempt (the official SDKs default to 2).
    public var maxRetries: Int
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// Longest server-requested wait honoured; longer `retry-after` values are cut to this.
    public var maxRetryAfter: Duration
    /// The most one message may take, all attempts and waits included (`--timeout`); nil for no
    /// limit. A wait that would end past it is not begun: the error says so (with the server's
    /// requested wait when it gave one), and an attempt still waiting for its response when the
    /// budget runs out is cut off.
    public var budget: Duration?
    public var sleep: @Sendable (Duration) async throws -> Void
    /// Returns a value in [0, 1).
    public var random: @Sendable () -> Double

    public init(maxRetries: Int = 2, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8),
                maxRetryAfter: Duration = .seconds(60), budget: Duration? = nil,
                sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
                random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.budget = budget
        self.sleep = sleep
        self.random = random
    }

    /// No retries at all.
    public static let none = RetryPolicy(maxRetries: 0)

    /// The wait before retry number `retry` (0 for the first retry): the server's `retry-after`
    /// when it gave a positive one (capped at `maxRetryAfter`), else exponential backoff
    /// `min(base * 2^retry, max)` reduced by up to 25 % of jitter.
    public func delay(beforeRetry retry: Int, after error: LLMError) -> Duration {
        if let requested = error.retryAfter, requested > .zero {
            return min(requested, maxRetryAfter)
        }
        let exponential = baseDelay * Int(1 << min(retry, 20))
        let capped = min(exponential, maxDelay)
        return capped * (1 - 0.25 * random())
    }
}
