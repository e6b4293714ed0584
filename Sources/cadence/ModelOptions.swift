import ArgumentParser
import Foundation
import LLM
import LLMProviders
import Transcripts

/// Which model to talk to, for commands that run conversations without a runner at the
/// keyboard (`eval`, `replay --mode live`). The default is the guided offline interviewer, so
/// results are reproducible and free unless a model is asked for.
struct ModelOptions: ParsableArguments {
    @Option(help: ArgumentHelp("guided (offline, the default) or a provider: \(ModelProvider.all.map(\.name).joined(separator: ", ")).",
                               valueName: "provider"))
    var provider: ProviderChoice = .guided
    @Option(help: "Model name (default: the provider's default).") var model: String?
    @Option(name: .customLong("base-url"), help: "API base URL (OpenAI-compatible: with /v1; Anthropic: without).")
    var baseURL: String?
    @Option(help: "Seconds to wait for the model before giving up.") var timeout: Double = 120
    @OptionGroup var sampling: SamplingOptions

    func validate() throws { try ModelFactory.checkTimeout(timeout) }

    /// The live model and what to record about it, or nil for the guided interviewer.
    func makeFactory() throws -> ModelFactory? {
        guard case .model(let provider) = provider else {
            if model != nil || baseURL != nil { throw ValidationError("--model and --base-url need a --provider other than guided") }
            return nil
        }
        return try ModelFactory(provider: provider, model: model, baseURL: baseURL)
    }

    /// The coach of an eval or a live replay: the guided interviewer, or the model asked for.
    func coach() throws -> EvalCoach {
        guard let factory = try makeFactory() else { return .guided }
        let timeout = timeout
        return .model(provider: provider.description, options: sampling.options(model: factory.model, defaultMaxTokens: 2048),
                      make: { factory.makeModel(timeout: timeout) })
    }
}

/// `--provider`: the offline guided interviewer, or a provider of the catalogue.
enum ProviderChoice: ExpressibleByArgument, Hashable, CustomStringConvertible {
    case guided
    case model(ModelProvider)

    init?(argument: String) {
        if argument.lowercased() == "guided" { self = .guided; return }
        guard let provider = ModelProvider.named(argument) else { return nil }
        self = .model(provider)
    }

    static var allValueStrings: [String] { ["guided"] + ModelProvider.all.map(\.name) }
    var defaultValueDescription: String { description }

    var description: String {
        switch self {
        case .guided: "guided"
        case .model(let provider): provider.name
        }
    }
}
