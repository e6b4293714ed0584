import CadenceCore
import Foundation
import LLM

/// Which provider a request went to, for messages that say what to do.
struct ProviderIdentity: Sendable {
    /// "OpenAI-compatible server at api.openai.com", "Anthropic".
    var name: String
    /// How to fix a bad key, e.g. "Set OPENAI_API_KEY or run `cadence keys set openai`".
    var keyHint: String
}

/// Turns vendor error responses (OpenAI, Anthropic, OpenRouter, vLLM shapes) into `LLMError`.
enum VendorErrorMapper {
    struct Details {
        var message: String?
        var type: String?
        var code: String?
        /// llama.cpp's `n_prompt_tokens` and `n_ctx` on a context overflow.
        var promptTokens: Int?
        var contextTokens: Int?
    }

    /// Reads `{"error":{"message","type","code"}}`, `{"type":"error","error":{...}}`,
    /// `{"error":"text"}` and `{"object":"error","message"}`.
    static func details(from body: Data) -> Details {
        guard let json = try? JSONDecoder().decode(JSONValue.self, from: body) else { return Details() }
        return details(from: json)
    }

    static func details(from json: JSONValue) -> Details {
        func text(_ value: JSONValue?) -> String? {
            switch value {
            case .string(let string)?: return string
            case .number(let number)?: return number == number.rounded() ? String(Int(number)) : String(number)
            default: return nil
            }
        }
        if let error = json["error"] {
            if let message = error.stringValue { return Details(message: message) }
            var details = Details(message: text(error["message"]), type: text(error["type"]), code: text(error["code"]),
                                  promptTokens: error["n_prompt_tokens"]?.doubleValue.flatMap { Int(exactly: $0) },
                                  contextTokens: error["n_ctx"]?.doubleValue.flatMap { Int(exactly: $0) })
            if let inner = error["details"]?["error_code"].flatMap(text) { details.code = inner }
            if details.type == nil, json["type"]?.stringValue == "error" { details.type = text(error["type"]) }
            return details
        }
        if json["object"]?.stringValue == "error" {
            return Details(message: text(json["message"]), type: text(json["type"]), code: text(json["code"]))
        }
        return Details(message: text(json["message"]))
    }

    /// An error response with an HTTP status.
    static func error(status: Int, headers: [String: String], body: Data, provider: ProviderIdentity) -> LLMError {
        let details = details(from: body)
        var error = error(status: status, details: details, provider: provider)
        error.requestID = headers["request-id"] ?? headers["x-request-id"]
        error.retryAfter = retryAfter(headers)
        if let shouldRetry = headers["x-should-retry"]?.lowercased() {
            if shouldRetry == "true" { error.isRetryable = true }
            if shouldRetry == "false" { error.isRetryable = false }
        }
        return error
    }

    /// An error event inside a 200 stream. Never retried (the SDKs don't either).
    static func streamError(_ json: JSONValue, provider: ProviderIdentity) -> LLMError {
        let details = details(from: json)
        var error = error(status: nil, details: details, provider: provider)
        error.isRetryable = false
        error.message = "\(provider.name.capitalizedFirst) reported an error mid-response: " + error.message
        return error
    }

    static func error(status: Int?, details: Details, provider: ProviderIdentity) -> LLMError {
        let type = details.type?.lowercased() ?? ""
        let code = details.code?.lowercased() ?? ""
        let vendorMessage = details.message.map { text -> String in
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.count > 500 ? String(trimmed.prefix(500)) + "…" : trimmed
        }
        let lowered = vendorMessage?.lowercased() ?? ""
        let statusText = status.map { " (HTTP \($0))" } ?? ""
        let said = vendorMessage.map { " The server said: \"\($0)\"" } ?? ""

        let kind: LLMError.Kind
        var retryable: Bool?
        if type.contains("overloaded") || status == 529 {
            kind = .overloaded
        } else if code == "context_length_exceeded" || lowered.contains("context length") || lowered.contains("context window")
            || lowered.contains("prompt is too long") || lowered.contains("maximum context") || status == 413
            || type == "request_too_large" || type == "exceed_context_size_error" || lowered.contains("context size")
        {
            kind = .contextLength
        } else if code == "insufficient_quota" || code == "enforced_spend_limit_reached" || type == "billing_error"
            || type == "insufficient_quota" || status == 402
        {
            kind = .insufficientCredit
        } else if status == 401 || type == "authentication_error" || code == "invalid_api_key" {
            kind = .authentication
        } else if status == 403 || type == "permission_error" {
            kind = .permission
        } else if status == 404 || type == "not_found_error" || code == "model_not_found" {
            kind = .notFound
        } else if status == 429 || type == "rate_limit_error" || code == "rate_limit_exceeded" {
            kind = .rateLimited
        } else if status == 408 || status == 504 || type == "timeout_error" {
            kind = .timeout
        } else if status == 409 {
            kind = .server
            retryable = true
        } else if let status, status >= 500, lowered.hasPrefix("failed to parse") {
            // llama.cpp answers a request it cannot parse (e.g. tool-call arguments that are not
            // JSON) with a 500; sending the same body again cannot succeed.
            kind = .badRequest
        } else if let status, status >= 500 {
            kind = status == 503 ? .overloaded : .server
        } else if let status, status >= 400 {
            kind = .badRequest
        } else if type.contains("invalid_request") {
            kind = .badRequest
        } else {
            kind = .server
        }
        if let status, status >= 500, kind != .badRequest { retryable = true }

        let advice: String
        switch kind {
        case .authentication:
            advice = "\(provider.name.capitalizedFirst) rejected the API key\(statusText). \(provider.keyHint) with a valid key."
        case .permission:
            advice = "\(provider.name.capitalizedFirst) refused access\(statusText): the key may not be allowed to use this model or endpoint. Check the key's permissions or choose another model with --model."
        case .notFound:
            advice = "\(provider.name.capitalizedFirst) could not find the model or endpoint\(statusText). Check the model name (--model) and the base URL (--base-url)."
        case .badRequest:
            advice = "\(provider.name.capitalizedFirst) rejected the request as invalid\(statusText). Check the model name, options and tool schemas."
        case .contextLength:
            advice = contextAdvice(details: details, message: vendorMessage ?? "", statusText: statusText)
        case .insufficientCredit:
            advice = "The \(provider.name) account has no credit left or reached its spending limit\(statusText). Add credit or raise the limit in the provider's billing settings."
        case .rateLimited:
            advice = "\(provider.name.capitalizedFirst) is rate limiting this key\(statusText). Wait a moment and try again, or reduce how often you send requests."
        case .overloaded:
            advice = "\(provider.name.capitalizedFirst) is overloaded right now\(statusText). Try again in a few minutes."
        case .timeout:
            advice = "\(provider.name.capitalizedFirst) timed out\(statusText). Try again."
        case .server:
            advice = "\(provider.name.capitalizedFirst) had a server error\(statusText). Try again later."
        case .connection, .streamInterrupted, .invalidResponse, .configuration:
            advice = "\(provider.name.capitalizedFirst) returned an error\(statusText)."
        }
        return LLMError(kind, advice + said, status: status, isRetryable: retryable)
    }

    /// What overflowed and what to do: the request's size and the server's limit when the server
    /// said them (llama.cpp's fields, or the numbers in OpenAI's, Anthropic's and llama.cpp's messages).
    static func contextAdvice(details: Details, message: String, statusText: String) -> String {
        var prompt = details.promptTokens, limit = details.contextTokens
        if prompt == nil || limit == nil, let sizes = contextSizes(in: message) {
            prompt = prompt ?? sizes.prompt
            limit = limit ?? sizes.limit
        }
        var text = "The request does not fit the model's context window\(statusText)"
        if let prompt, let limit {
            text += ": it is \(prompt) tokens and the server holds \(limit)"
        } else if let limit {
            text += ": the server holds \(limit) tokens"
        }
        return text + ". Start a new session or send a shorter message, lower --max-tokens, or use a larger context "
            + "(llama-server --ctx-size, Ollama num_ctx, or a model with a larger window)."
    }

    /// (request tokens, limit) from "request (9000 tokens) exceeds the available context size (4096 tokens)",
    /// "maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens" or
    /// "prompt is too long: 210000 tokens > 200000 maximum".
    static func contextSizes(in message: String) -> (prompt: Int, limit: Int)? {
        let patterns: [(String, promptFirst: Bool)] = [
            (#"\((\d+) tokens\) (?:exceeds the available|is larger than the max) context size \((\d+) tokens\)"#, true),
            (#"maximum context length is (\d+) tokens.*?resulted in (\d+) tokens"#, false),
            (#"(\d+) tokens > (\d+) maximum"#, true),
        ]
        for (pattern, promptFirst) in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive, .dotMatchesLineSeparators]),
                  let match = regex.firstMatch(in: message, range: NSRange(message.startIndex..., in: message)),
                  let first = Range(match.range(at: 1), in: message).flatMap({ Int(message[$0]) }),
                  let second = Range(match.range(at: 2), in: message).flatMap({ Int(message[$0]) })
            else { continue }
            return promptFirst ? (first, second) : (second, first)
        }
        return nil
    }

    /// `retry-after-ms` (milliseconds), then `retry-after` (seconds, possibly fractional, or an HTTP date).
    static func retryAfter(_ headers: [String: String], now: Date = Date()) -> Duration? {
        if let ms = headers["retry-after-ms"].flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }), ms > 0 {
            return .milliseconds(ms)
        }
        guard let value = headers["retry-after"]?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(value) {
            return seconds > 0 ? .milliseconds(seconds * 1000) : nil
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        if let date = formatter.date(from: value) {
            let seconds = date.timeIntervalSince(now)
            return seconds > 0 ? .milliseconds(seconds * 1000) : nil
        }
        return nil
    }
}

extension String {
    /// The string with its first letter upper-cased, for names that start a sentence.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
