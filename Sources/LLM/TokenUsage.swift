import Foundation

/// Tokens used by one request, or added up over a session. `inputTokens` counts only the input
/// that was neither read from nor written to the prompt cache, so the four counts never overlap.
public struct TokenUsage: Sendable, Hashable, Codable {
    public var inputTokens: Int
    public var outputTokens: Int
    public var cacheReadTokens: Int
    public var cacheWriteTokens: Int

    public init(inputTokens: Int = 0, outputTokens: Int = 0, cacheReadTokens: Int = 0, cacheWriteTokens: Int = 0) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cacheReadTokens = cacheReadTokens
        self.cacheWriteTokens = cacheWriteTokens
    }

    /// All prompt tokens (uncached + cache read + cache write).
    public var totalInputTokens: Int { inputTokens + cacheReadTokens + cacheWriteTokens }

    public static func + (lhs: TokenUsage, rhs: TokenUsage) -> TokenUsage {
        TokenUsage(inputTokens: lhs.inputTokens + rhs.inputTokens, outputTokens: lhs.outputTokens + rhs.outputTokens,
                   cacheReadTokens: lhs.cacheReadTokens + rhs.cacheReadTokens,
                   cacheWriteTokens: lhs.cacheWriteTokens + rhs.cacheWriteTokens)
    }

    public static func += (lhs: inout TokenUsage, rhs: TokenUsage) { lhs = lhs + rhs }
}
