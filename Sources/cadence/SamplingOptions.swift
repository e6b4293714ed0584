import ArgumentParser
import LLM

/// How the model samples its reply, shared by `cadence chat` and `cadence llm test`. Repeatable
/// runs against a local server use `--temperature 0 --seed N`; `--tool-choice` makes a test or a
/// check force a tool call.
struct SamplingOptions: ParsableArguments {
    @Option(name: .customLong("max-tokens"), help: "Maximum tokens in each reply (default: 2048 in chat, 1024 in llm test).")
    var maxTokens: Int?
    @Option(help: "Sampling temperature, 0 to 2 (default: the provider's).") var temperature: Double?
    @Option(help: "Sampling seed, for servers that take one (OpenAI-compatible).") var seed: Int?
    @Option(name: .customLong("tool-choice"), help: "auto (default), none, required (some tool), or a tool's name.")
    var toolChoice: String?

    func validate() throws {
        if let maxTokens, maxTokens < 1 || maxTokens > 1_000_000 { throw ValidationError("--max-tokens must be from 1 to 1000000.") }
        if let temperature, !(0...2).contains(temperature) { throw ValidationError("--temperature must be from 0 to 2.") }
        if let toolChoice, toolChoice.isEmpty { throw ValidationError("--tool-choice needs auto, none, required or a tool name.") }
    }

    var choice: ToolChoice? {
        switch toolChoice {
        case nil: return nil
        case "auto": return .auto
        case "none": return ToolChoice.none
        case "required": return .required
        case let name?: return .tool(name)
        }
    }

    func options(model: String, defaultMaxTokens: Int) -> LLMOptions {
        LLMOptions(model: model, maxTokens: maxTokens ?? defaultMaxTokens, temperature: temperature, toolChoice: choice, seed: seed)
    }
}
