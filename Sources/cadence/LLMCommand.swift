import ArgumentParser
import CadenceCore
import Foundation
import LLM
import LLMProviders

/// `cadence llm test`: checks a provider configuration and shows exactly what came back.
struct LLMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "llm",
        abstract: "Check the language model configuration.",
        subcommands: [Test.self, Providers.self]
    )

    /// `cadence llm providers`: the provider catalogue, as the README's table shows it.
    struct Providers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the providers Cadence can talk to: wire protocol, default URL and model, key variable.")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            if global.json {
                print(JSONValue.array(ModelProvider.all.map { provider -> JSONValue in
                    ["name": .string(provider.name), "title": .string(provider.title), "wire": .string(provider.wire.rawValue),
                     "baseURL": .string(provider.defaultBaseURL.absoluteString), "defaultModel": provider.defaultModel.map(JSONValue.string) ?? .null,
                     "keyVariable": provider.keyVariable.map(JSONValue.string) ?? .null,
                     "contextProbe": provider.contextProbe.map { .string($0.rawValue) } ?? .null]
                }).jsonString)
            } else {
                print(Self.table)
            }
        }

        /// A Markdown table (the README carries the same one; a test keeps them equal).
        static var table: String {
            var lines = ["| --provider | Server | Wire protocol | Default base URL | Default model | Key variable | Context size from |",
                         "|---|---|---|---|---|---|---|"]
            for provider in ModelProvider.all {
                lines.append("| `\(provider.name)` | \(provider.title) | \(provider.wire.rawValue) | \(provider.defaultBaseURL.absoluteString) | "
                    + "\(provider.defaultModel.map { "`\($0)`" } ?? "(--model required)") | \(provider.keyVariable.map { "`\($0)`" } ?? "none") | "
                    + "\(provider.contextProbe.map { "`\($0.rawValue)`" } ?? "--context") |")
            }
            return lines.joined(separator: "\n")
        }
    }

    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send one message to a provider and show the reply, tool calls, usage, cost and timing.",
            discussion: """
                Keys come from OPENAI_API_KEY / ANTHROPIC_API_KEY, then CADENCE_API_KEY, then `cadence keys set`. \
                A custom --base-url (a local server such as Ollama or llama.cpp) may be used without a key. \
                With --json, success prints {"provider","model","text","toolCalls","stopReason","usage","attempts","latencyMs"}; \
                failure prints {"error":{"kind","message","status"}} and exits 1.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("\(ModelProvider.all.map(\.name).joined(separator: ", ")). Default: openai, or anthropic when only an Anthropic key is set.",
                                   valueName: "provider"))
        var provider: ModelProvider?

        @Option(help: "Model name. Default: the provider's (`cadence llm providers`).")
        var model: String?

        @Option(name: .customLong("base-url"),
                help: "API base URL. OpenAI-compatible: including /v1 (http://localhost:11434/v1). Anthropic: without /v1.")
        var baseURL: String?

        @Option(help: "The message to send.")
        var message: String = "Reply with one short sentence: are you working?"

        @Option(help: "JSON file with an array of {\"name\",\"description\",\"parameters\"} tools the model may call.")
        var tools: String?

        @Flag(name: .customLong("no-stream"), help: "Use the non-streaming API.")
        var noStream = false

        @OptionGroup var sampling: SamplingOptions

        @Option(help: "Seconds to wait for the server: for the response to start (the whole response with --no-stream), and between streamed chunks.")
        var timeout: Double = 60

        func validate() throws {
            try ModelFactory.checkTimeout(timeout)
            if let baseURL, URL(string: baseURL)?.scheme.map({ ["http", "https"].contains($0) }) != true {
                throw ValidationError("--base-url must be an http:// or https:// URL.")
            }
        }

        func run() async throws {
            let started = ContinuousClock.now
            let provider = self.provider ?? ModelFactory.defaultProvider()
            do {
                let factory = try ModelFactory(provider: provider, model: model, baseURL: baseURL)
                let modelName = factory.model
                let languageModel = factory.makeModel(timeout: timeout)
                let request = LLMRequest(messages: [.user(message)], tools: try loadTools(),
                                         options: sampling.options(model: modelName, defaultMaxTokens: 1024))
                let response = try await send(request, to: languageModel)
                let latency = ContinuousClock.now - started
                try report(response, provider: provider, model: modelName, latency: latency)
            } catch let error as LLMError {
                if global.json {
                    let body: JSONValue = ["error": ["kind": .string(error.kind.rawValue), "message": .string(error.message),
                                                     "status": error.status.map { .number(Double($0)) } ?? .null]]
                    print(body.jsonString)
                }
                Terminal.error("error: \(error.message)")
                throw ExitCode(1)
            }
        }

        private func loadTools() throws -> [ToolSpec] {
            guard let tools else { return [] }
            guard let data = FileManager.default.contents(atPath: tools) else {
                throw LLMError(.configuration, "Cannot read the tools file \(tools).")
            }
            do {
                return try JSONDecoder().decode([ToolSpec].self, from: data)
            } catch {
                throw LLMError(.configuration, "The tools file \(tools) must be a JSON array of {\"name\", \"description\", \"parameters\"} objects, where parameters is a JSON Schema.")
            }
        }

        /// Streams (printing text as it arrives unless --json) or calls the non-streaming API.
        private func send(_ request: LLMRequest, to model: LanguageModel) async throws -> LLMResponse {
            if noStream { return try await model.complete(request) }
            var builder = LLMResponseBuilder()
            var printedText = false
            for try await event in model.stream(request) {
                builder.add(event)
                guard !global.json else { continue }
                switch event {
                case .textDelta(let text):
                    Terminal.write(text)
                    printedText = true
                case .retrying(let notice):
                    Terminal.error("retrying in \(Self.format(notice.delay)) (attempt \(notice.attempt + 1) of \(notice.maxAttempts)): \(notice.error.message)")
                default:
                    break
                }
            }
            if printedText { Terminal.write("\n") }
            return try builder.build()
        }

        private func report(_ response: LLMResponse, provider: ModelProvider, model: String, latency: Duration) throws {
            let latencyMs = Int((Double(latency.components.seconds) * 1000 + Double(latency.components.attoseconds) / 1e15).rounded())
            let usage = response.usage
            if global.json {
                let calls: [JSONValue] = response.toolCalls.map { call in
                    ["id": .string(call.id), "name": .string(call.name), "arguments": call.arguments.transcriptValue]
                }
                let usageJSON: JSONValue = usage.map { usage in
                    ["inputTokens": .number(Double(usage.inputTokens)), "outputTokens": .number(Double(usage.outputTokens)),
                     "cacheReadTokens": .number(Double(usage.cacheReadTokens)),
                     "cacheWriteTokens": .number(Double(usage.cacheWriteTokens))]
                } ?? .null
                let body: JSONValue = [
                    "provider": .string(provider.name), "model": .string(model), "text": .string(response.text),
                    "toolCalls": .array(calls), "stopReason": .string(response.stopReason.name), "usage": usageJSON,
                    "attempts": .number(Double(response.attempts)), "latencyMs": .number(Double(latencyMs)),
                ]
                print(body.jsonString)
                return
            }
            if noStream, !response.text.isEmpty { print(response.text) }
            for call in response.toolCalls {
                print("tool call \(call.name) (id \(call.id)): \(call.arguments.transcriptValue.jsonString)")
            }
            var summary = ["provider \(provider.name)", "model \(model)", "stop \(response.stopReason.name)"]
            if let usage {
                summary.append("tokens in \(usage.inputTokens), out \(usage.outputTokens), cache read \(usage.cacheReadTokens), cache write \(usage.cacheWriteTokens)")
                let prices: PriceTable
                do {
                    prices = try PriceTable.load(from: APIKeyStore().home.appendingPathComponent("prices.json"))
                } catch {
                    Terminal.note("note: \(error.localizedDescription) Using the default prices.")
                    prices = .defaults
                }
                summary.append(prices.cost(of: usage, model: model).map { String(format: "cost $%.6f", $0) } ?? "cost unknown (no price for \(model))")
            } else {
                summary.append("no usage reported")
            }
            summary.append("attempts \(response.attempts)")
            summary.append("\(latencyMs) ms")
            print(Terminal.dim("-- " + summary.joined(separator: " | ")))
        }

        private static func format(_ duration: Duration) -> String {
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            return String(format: "%.1f s", seconds)
        }
    }
}
