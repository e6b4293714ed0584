import ArgumentParser
import CadenceCore
import Foundation
import LLM
import LLMProviders

extension ModelProvider: ExpressibleByArgument {
    public init?(argument: String) {
        guard let provider = ModelProvider.named(argument) else { return nil }
        self = provider
    }
    public static var allValueStrings: [String] { all.map(\.name) }
    public var defaultValueDescription: String { name }
}

/// `cadence keys set|list|remove`: API keys in a 0600 file under $CADENCE_HOME.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Store and list LLM provider API keys.",
        subcommands: [Set.self, List.self, Remove.self]
    )

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store the API key for a provider, read from standard input (hidden when typed).")

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The provider.", valueName: ModelProvider.all.map(\.name).joined(separator: "|")))
        var provider: ModelProvider

        func run() async throws {
            let store = APIKeyStore()
            let prompt = "Paste the \(provider.name) API key (input hidden), then press Return: "
            guard let line = Terminal.readSecretLine(prompt: prompt) else {
                throw UserError("No key on standard input. Pipe it in (`cadence keys set \(provider.name) < keyfile`) or type it at the prompt.")
            }
            try store.setKey(line, for: provider)
            var notes: [String] = []
            for variable in [provider.keyVariable, ModelProvider.genericKeyVariable].compactMap({ $0 })
            where !(store.environment[variable] ?? "").isEmpty {
                notes.append("\(variable) is set in the environment and takes precedence over the stored key.")
            }
            if global.json {
                print(JSONValue.object(["provider": .string(provider.name), "stored": true,
                                        "path": .string(store.keysFile.path)]).jsonString)
            } else {
                print("Stored the \(provider.name) key in \(store.keysFile.path) (readable only by you).")
            }
            notes.forEach { Terminal.note("note: \($0)") }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which provider keys are set and where they come from (never the keys).")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let store = APIKeyStore()
            var rows: [JSONValue] = []
            var lines: [String] = []
            // Local servers need no key; they are listed only when one is set (e.g. llama-server --api-key).
            for provider in ModelProvider.all {
                let resolved = try store.key(for: provider)
                if provider.isLocal && resolved == nil { continue }
                let source: JSONValue
                let location: JSONValue
                switch resolved?.source {
                case .environment(let variable)?:
                    source = "environment"
                    location = .string(variable)
                case .file(let path)?:
                    source = "file"
                    location = .string(path)
                case nil:
                    source = .null
                    location = .null
                }
                rows.append(["provider": .string(provider.name), "set": .bool(resolved != nil),
                             "source": source, "location": location])
                let name = provider.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                lines.append(resolved.map { "\(name) set      (\($0.source))" } ?? "\(name) not set  (set \(provider.keyVariable ?? ModelProvider.genericKeyVariable) or run `cadence keys set \(provider.name)`)")
            }
            if global.json {
                print(JSONValue.object(["keys": .array(rows)]).jsonString)
            } else {
                lines.forEach { print($0) }
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete the stored key for a provider.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The provider.", valueName: ModelProvider.all.map(\.name).joined(separator: "|")))
        var provider: ModelProvider

        func run() async throws {
            let store = APIKeyStore()
            let removed = try store.removeKey(for: provider)
            if global.json {
                print(JSONValue.object(["provider": .string(provider.name), "removed": .bool(removed)]).jsonString)
            } else {
                print(removed ? "Removed the stored \(provider.name) key." : "No \(provider.name) key was stored.")
            }
        }
    }
}
