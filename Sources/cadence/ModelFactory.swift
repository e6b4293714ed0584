import ArgumentParser
import CadenceCore
import Foundation
import LLM
import LLMProviders

/// Builds the live language model from the command line's provider options: the one place that
/// reads keys and opens network clients (shared by `cadence chat` and `cadence llm test`).
struct ModelFactory {
    let provider: ModelProvider
    let model: String
    let baseURL: URL?
    let key: String?

    /// `openai` unless only an Anthropic key is configured.
    static func defaultProvider() -> ModelProvider {
        let store = APIKeyStore()
        if (try? store.key(for: .openai)) == nil, (try? store.key(for: .anthropic)) != nil { return .anthropic }
        return .openai
    }

    /// Whether a hosted provider can be used without more setup.
    static var anyKeyConfigured: Bool {
        let store = APIKeyStore()
        return ModelProvider.all.contains { !$0.isLocal && (try? store.key(for: $0)) != nil }
    }

    init(provider: ModelProvider, model: String?, baseURL text: String?) throws {
        self.provider = provider
        guard let model = model ?? provider.defaultModel else {
            throw LLMError(.configuration, "\(provider.title) serves the models it has loaded: name one with --model.")
        }
        self.model = model
        baseURL = try text.map { text -> URL in
            guard let url = URL(string: text.hasSuffix("/") ? String(text.dropLast()) : text),
                  ["http", "https"].contains(url.scheme ?? "") else {
                throw LLMError(.configuration, "--base-url \(text) is not an http:// or https:// URL.")
            }
            return url
        }
        key = try APIKeyStore().key(for: provider)?.value
        if key == nil, baseURL == nil, let variable = provider.keyVariable {
            throw LLMError(.configuration, "No API key for \(provider.name). Set \(variable) (or \(ModelProvider.genericKeyVariable)), or run `cadence keys set \(provider.name)`.")
        }
    }

    /// The base URL as it may be recorded (no credentials in it).
    var displayBaseURL: String {
        var components = URLComponents(url: baseURL ?? provider.defaultBaseURL, resolvingAgainstBaseURL: false)
        components?.user = nil
        components?.password = nil
        components?.query = nil
        return components?.string ?? "(custom)"
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
        return provider.makeModel(baseURL: baseURL, apiKey: key, model: model, http: CurlHTTPClient(),
                                  retry: RetryPolicy(budget: timeout), timeout: timeout)
    }

    /// The server's context window, for providers whose local server says it (nil otherwise).
    func serverContextTokens() async -> Int? {
        guard let probe = provider.contextProbe else { return nil }
        return await ServerContext.contextTokens(probe, baseURL: baseURL ?? provider.defaultBaseURL, model: model, http: CurlHTTPClient())
    }
}
