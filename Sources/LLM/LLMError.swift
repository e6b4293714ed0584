import Foundation

/// Every failure of a language model request. `message` says what went wrong and what to do;
/// it never contains an API key or a header value.
public struct LLMError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case authentication
        case permission
        case notFound = "not_found"
        case badRequest = "bad_request"
        case contextLength = "context_length"
        case insufficientCredit = "insufficient_credit"
        case rateLimited = "rate_limited"
        case overloaded
        case server
        case timeout
        case connection
        case streamInterrupted = "stream_interrupted"
        case invalidResponse = "invalid_response"
        /// Local setup is wrong: no key, an unreadable keys or price file, a bad tools file.
        case configuration
    }

    public var kind: Kind
    public var message: String
    /// The HTTP status, when the server answered with one.
    public var status: Int?
    /// Whether sending the same request again may succeed.
    public var isRetryable: Bool
    /// Server-requested delay before a retry (from `retry-after-ms` / `retry-after`).
    public var retryAfter: Duration?
    /// The server's request id, useful in a support ticket.
    public var requestID: String?

    public init(_ kind: Kind, _ message: String, status: Int? = nil, isRetryable: Bool? = nil,
                retryAfter: Duration? = nil, requestID: String? = nil) {
        self.kind = kind
        self.message = message
        self.status = status
        self.isRetryable = isRetryable ?? kind.isRetryableByDefault
        self.retryAfter = retryAfter
        self.requestID = requestID
    }

    public var description: String { message }
    public var errorDescription: String? { message }

    /// Returns a copy whose message has every occurrence of the given secrets removed.
    public func redacting(_ secrets: [String]) -> LLMError {
        var copy = self
        copy.message = Redaction.redact(message, secrets: secrets)
        return copy
    }
}

extension LLMError.Kind {
    public var isRetryableByDefault: Bool {
        switch self {
        case .rateLimited, .overloaded, .server, .timeout, .connection: return true
        case .authentication, .permission, .notFound, .badRequest, .contextLength, .insufficientCredit,
             .streamInterrupted, .invalidResponse, .configuration:
            return false
        }
    }
}

/// Removes secrets from text that may be shown, logged or recorded.
public enum Redaction {
    public static func redact(_ text: String, secrets: [String]) -> String {
        var result = text
        for secret in secrets where secret.count >= 4 {
            result = result.replacingOccurrences(of: secret, with: "[redacted]")
        }
        // Anything that looks like a credential a server echoed back.
        for pattern in [#"(?i)bearer\s+[A-Za-z0-9._~+/=-]{8,}"#, #"sk-[A-Za-z0-9_-]{8,}"#] {
            if let regex = try? NSRegularExpression(pattern: pattern) {
                let range = NSRange(result.startIndex..., in: result)
                result = regex.stringByReplacingMatches(in: result, range: range, withTemplate: "[redacted]")
            }
        }
        return result
    }
}
