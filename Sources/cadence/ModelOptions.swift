import ArgumentParser
import Foundation
import LLM
import LLMProviders

/// Which model to talk to, for commands that run conversations without a runner at the
/// keyboard (`eval`, `replay --mode live`). The default is the guided offline interviewer, so
/// results are reproducible and free unless a model is asked for.
struct ModelOptions: ParsableArguments {
    enum Provider: String, ExpressibleByArgument, CaseIterable {
        case openai, anthropic, guided
    }

    @Option(help: "guided (offline, the default), openai (any OpenAI-compatible server) or anthropic.")
    var provider: Provider = .guided
    @Option(help: "Model name (default: the provider's default).") var model: String?
    @Option(name: .customLong("base-url"), help: "API base URL (OpenAI-compatible: with /v1; Anthropic: without).")
    var baseURL: String?
    @Option(help: "Seconds to wait for the model before giving up.") var timeout: Double = 120

    func validate() throws { try ModelFactory.checkTimeout(timeout) }

    /// The live model and what to record about it, or nil for the guided interviewer.
    func makeFactory() throws -> ModelFactory? {
        guard provider != .guided else {
            if model != nil || baseURL != nil { throw ValidationError("--model and --base-url need --provider openai or anthropic") }
            return nil
        }
        return try ModelFactory(provider: provider == .openai ? .openai : .anthropic, model: model, baseURL: baseURL)
    }
}
