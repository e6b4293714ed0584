import Foundation
import LLM

/// A provider Cadence can talk to, declared once: the CLI's `--provider` values, `cadence keys`,
/// the model factory and the README's table all read this catalogue (`ModelProvider.all`), so adding
/// a provider touches this file only. The offline interviewer (`guided`) is added by the CLI.
public struct ModelProvider: Sendable, Hashable, CustomStringConvertible {
    /// The wire protocol the provider speaks.
    public enum Wire: String, Sendable { case openAI = "OpenAI chat completions", anthropic = "Anthropic messages" }

    /// How a local server says the size of its context window (for the chat's context budget).
    public enum ContextProbe: String, Sendable { case llamaCppProps = "GET /props", ollamaShow = "POST /api/show" }

    /// The `--provider` value and the key's name in `keys.json`.
    public let name: String
    public let title: String
    public let wire: Wire
    /// Without `--base-url`. OpenAI-compatible URLs include `/v1`; Anthropic's does not.
    public let defaultBaseURL: URL
    /// Nil when the server decides (a local server serves the model it loaded) and `--model` names it.
    public let defaultModel: String?
    /// The provider's own key variable; nil for local servers, which need no key.
    public let keyVariable: String?
    public let contextProbe: ContextProbe?

    public var description: String { name }

    /// A key for any provider (after the provider's own variable).
    public static let genericKeyVariable = "CADENCE_API_KEY"

    public static let openai = ModelProvider(
        name: "openai", title: "OpenAI", wire: .openAI, defaultBaseURL: URL(string: "https://api.openai.com/v1")!,
        defaultModel: "gpt-4o-mini", keyVariable: "OPENAI_API_KEY", contextProbe: nil)
    public static let anthropic = ModelProvider(
        name: "anthropic", title: "Anthropic", wire: .anthropic, defaultBaseURL: URL(string: "https://api.anthropic.com")!,
        defaultModel: "claude-sonnet-4-20250514", keyVariable: "ANTHROPIC_API_KEY", contextProbe: nil)
    public static let openrouter = ModelProvider(
        name: "openrouter", title: "OpenRouter", wire: .openAI, defaultBaseURL: URL(string: "https://openrouter.ai/api/v1")!,
        defaultModel: "openai/gpt-4o-mini", keyVariable: "OPENROUTER_API_KEY", contextProbe: nil)
    public static let ollama = ModelProvider(
        name: "ollama", title: "Ollama (local)", wire: .openAI, defaultBaseURL: URL(string: "http://127.0.0.1:11434/v1")!,
        defaultModel: nil, keyVariable: nil, contextProbe: .ollamaShow)
    public static let llamacpp = ModelProvider(
        name: "llamacpp", title: "llama.cpp llama-server (local)", wire: .openAI, defaultBaseURL: URL(string: "http://127.0.0.1:8080/v1")!,
        defaultModel: "default", keyVariable: nil, contextProbe: .llamaCppProps)
    public static let vllm = ModelProvider(
        name: "vllm", title: "vLLM (local)", wire: .openAI, defaultBaseURL: URL(string: "http://127.0.0.1:8000/v1")!,
        defaultModel: nil, keyVariable: nil, contextProbe: nil)

    /// Every provider, in the order the help and the README list them.
    public static let all: [ModelProvider] = [openai, anthropic, openrouter, ollama, llamacpp, vllm]

    public static func named(_ name: String) -> ModelProvider? { all.first { $0.name == name.lowercased() } }

    /// Whether the provider runs on the runner's own machine (no key needed).
    public var isLocal: Bool { keyVariable == nil }

    /// The model for this provider's wire protocol.
    public func makeModel(baseURL: URL?, apiKey: String?, model: String, http: HTTPClient, retry: RetryPolicy,
                          timeout: Duration) -> LanguageModel {
        let url = baseURL ?? defaultBaseURL
        switch wire {
        case .openAI:
            return OpenAICompatibleModel(baseURL: url, apiKey: apiKey, model: model, http: http, retry: retry,
                                         connectTimeout: timeout, idleTimeout: timeout, nonStreamingTimeout: timeout)
        case .anthropic:
            return AnthropicModel(baseURL: url, apiKey: apiKey, model: model, http: http, retry: retry,
                                  connectTimeout: timeout, idleTimeout: timeout, nonStreamingTimeout: timeout)
        }
    }
}
