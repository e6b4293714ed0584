import ArgumentParser
import CadenceCore
import Foundation
import LLM
import LLMProviders

/// Builds the live language model from the command line's provider options: the one place that
/// reads keys and opens network clients (shared by `cadence chat` and `cadence llm test`).
struct ModelFactory {
    let provider: ProviderKind
    let model: String
    let baseURL: URL?
    let key: String?

    static func defaultModel(for provider: ProviderKind) -> String {
        provider == .openai ? "gpt-4o-mini" : "claude-sonnet-4-20250514"
    }

    /// `openai` unless only an Anthropic key is configured.
    static func defaultProvider() -> ProviderKind {
        let store = APIKeyStore()
        if (try? store.key(for: .openai)) == nil, (try? store.key(for: .anthropic)) != nil { return .anthropic }
        return .openai
    }

    /// Whether any provider can be used without more setup.
    static var anyKeyConfigured: Bool {
        let store = APIKeyStore()
        return ProviderKind.allCases.contains { (try? store.key(for: $0)) != nil }
    }

    init(provider: ProviderKind, model: String?, baseURL text: String?) throws {
        self.provider = provider
        self.model = model ?? Self.defaultModel(for: provider)
        baseURL = try text.map { text -> URL in
            guard let url = URL(string: text.hasSuffix("/") ? String(text.dropLast()) : text),
                  ["http", "https"].contains(url.scheme ?? "") else {
                throw LLMError(.configuration, "--base-url \(text) is not an http:// or https:// URL.")
            }
            return url
        }
        key = try APIKeyStore().key(for: provider)?.value
        if key == nil, baseURL == nil {
            throw LLMError(.configuration, "No API key for \(provider.rawValue). Set \(provider.environmentVariable) (or CADENCE_API_KEY), or run `cadence keys set \(provider.rawValue)`.")
        }
    }

    /// The base URL as it may be recorded (no credentials in it).
    var displayBaseURL: String {
        var components = URLComponents(url: baseURL ?? defaultBaseURL, resolvingAgainstBaseURL: false)
        components?.user = nil
        components?.password = nil
        components?.query = nil
        return components?.string ?? "(custom)"
    }

    var defaultBaseURL: URL {
        provider == .openai ? OpenAICompatibleModel.defaultBaseURL : AnthropicModel.defaultBaseURL
    }

    /// Secrets to keep out of anything recorded.
    var secrets: [String] { key.map { [$0] } ?? [] }

    /// The longest `--timeout` accepted, in seconds (a day).
    static let maxTimeoutSeconds = 86_400.0

    /// Checks a `--timeout` value: a number of seconds above 0, at most a day.
    static func checkTimeout(_ seconds: Double) throws {
        guard seconds.isFinite, seconds > 0, seconds <= maxTimeoutSeconds else {
            throw ValidationError("--timeout must be a number of seconds above 0 and at most \(Int(maxTimeoutSeconds)) (got \(seconds))")
        }
    }

    /// `timeout` bounds each attempt's connection and silence, and the whole message, retries and
    /// their waits included.
    func makeModel(timeout seconds: Double) -> LanguageModel {
        // Commands check the value first (`checkTimeout`); the clamp only keeps a conversion from trapping.
        let clamped = seconds.isFinite ? min(max(seconds, 0.001), Self.maxTimeoutSeconds) : 120
        let timeout = Duration.milliseconds(Int64(millisFromSeconds: clamped) ?? 120_000)
        let http = CurlHTTPClient()
        let retry = RetryPolicy(budget: timeout)
        switch provider {
        case .openai:
            return OpenAICompatibleModel(baseURL: baseURL ?? OpenAICompatibleModel.defaultBaseURL, apiKey: key, model: model,
                                         http: http, retry: retry, connectTimeout: timeout, idleTimeout: timeout, nonStreamingTimeout: timeout)
        case .anthropic:
            return AnthropicModel(baseURL: baseURL ?? AnthropicModel.defaultBaseURL, apiKey: key, model: model, http: http,
                                  retry: retry, connectTimeout: timeout, idleTimeout: timeout, nonStreamingTimeout: timeout)
        }
    }
}
