import ArgumentParser
import CadenceCore
import Foundation
import Knowledge
import LLM
import LLMProviders
import Store

struct KnowledgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "The knowledge base the coach's advice and plans rest on.",
        subcommands: [Index.self, Search.self, List.self, Show.self, Safeguards.self]
    )

    struct Location: ParsableArguments {
        enum EmbedderKind: String, ExpressibleByArgument, CaseIterable { case offline, openai }

        @Option(name: .long, help: "The KnowledgeBase folder (default: $CADENCE_KB, ./KnowledgeBase, or the one Cadence was built with).")
        var dir: String?
        @Option(help: "offline (hashed TF-IDF with the runner lexicon) or openai (an OpenAI-compatible /embeddings endpoint). Default: the embedder that built the index, else offline.")
        var embedder: EmbedderKind?
        @Option(name: .customLong("embedding-model"), help: "Embedding model for --embedder openai (default text-embedding-3-small).")
        var embeddingModel: String?
        @Option(name: .customLong("embedding-base-url"), help: "Base URL with /v1 for --embedder openai (default https://api.openai.com/v1).")
        var embeddingBaseURL: String?
        @Option(help: "Dimensions the embedding model returns (default: learned from the server with a one-text request).")
        var dimensions: Int?
        @Option(name: .customLong("batch-size"), help: "Texts per embeddings request (default 8, which a CPU server answers in time).")
        var batchSize = OpenAICompatibleEmbedder.defaultBatchSize
        @Option(help: "Seconds one embeddings request may take, retries included (default 300).")
        var timeout: Double = 300
        @Flag(name: .customLong("replace-remote-index"), help: "Let the offline embedder rebuild an index that a remote embedder built.")
        var replaceRemoteIndex = false

        func validate() throws {
            guard (1...2048).contains(batchSize) else { throw ValidationError("--batch-size must be from 1 to 2048 (got \(batchSize))") }
            if let dimensions, !(1...65_536).contains(dimensions) {
                throw ValidationError("--dimensions must be from 1 to 65536 (got \(dimensions))")
            }
            try ModelFactory.checkTimeout(timeout)
            if embedder != .openai, embeddingModel != nil || embeddingBaseURL != nil || dimensions != nil {
                throw ValidationError("--embedding-model, --embedding-base-url and --dimensions need --embedder openai")
            }
        }

        func open(_ global: GlobalOptions) async throws -> KnowledgeBase {
            let directory = ResourceLocator.find("KnowledgeBase", option: dir, environment: "CADENCE_KB")
            let database = try global.openDatabase()
            return KnowledgeBase(database: database, directory: directory, now: try GlobalOptions.clock().millis,
                                 embedder: try await remoteEmbedder(database: database), replacingRemoteIndex: replaceRemoteIndex)
        }

        /// The embedder asked for (its dimensions learned from the server first), else the remote
        /// one that built the index; nil for the offline one.
        func remoteEmbedder(database: AppDatabase) async throws -> (any Embedder)? {
            switch embedder {
            case .offline?:
                return nil
            case nil:
                return KnowledgeCommand.storedEmbedder(database)
            case .openai?:
                let model = embeddingModel ?? "text-embedding-3-small"
                let factory = try ModelFactory(provider: .openai, model: model, baseURL: embeddingBaseURL)
                var remote = try await OpenAICompatibleEmbedder.connect(
                    baseURL: factory.baseURL ?? factory.provider.defaultBaseURL, apiKey: factory.key, model: model,
                    expectedDimensions: dimensions, http: CurlHTTPClient(), batchSize: batchSize,
                    timeout: .milliseconds(Int64(timeout * 1000)))
                if isatty(STDERR_FILENO) == 1 {
                    remote.progress = { done, total in
                        FileHandle.standardError.write(Data("\rembedded \(done) of \(total)\(done == total ? "\n" : "")".utf8))
                    }
                }
                return remote
            }
        }
    }

    /// The remote embedder that built the stored index, to embed queries the same way; nil when
    /// the offline one built it, or when that embedder cannot be set up here (no key): then
    /// searches use the stored embeddings by keywords and say so.
    static func storedEmbedder(_ database: AppDatabase) -> (any Embedder)? {
        guard let origin = try? KnowledgeBase.storedOrigin(in: database), origin.provider == "openai",
              let factory = try? ModelFactory(provider: .openai, model: origin.model, baseURL: origin.baseURL) else { return nil }
        return OpenAICompatibleEmbedder(baseURL: factory.baseURL ?? factory.provider.defaultBaseURL, apiKey: factory.key, model: origin.model,
                                        dimensions: origin.dimensions, http: CurlHTTPClient(),
                                        timeout: .seconds(30))
    }

    struct Index: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Load the files into the database and embed what changed.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var location: Location

        func run() async throws {
            let (index, summary) = try await location.open(global).sync()
            if global.json {
                struct Result: Encodable { let summary: KnowledgeSyncSummary; let entries: Int; let embeddingModel: String }
                return try Terminal.printJSON(Result(summary: summary, entries: index.entries.count, embeddingModel: index.embedder.identifier))
            }
            print("\(index.entries.count) entries (\(summary.added) added, \(summary.updated) updated, "
                + "\(summary.unchanged) unchanged, \(summary.removed) removed; \(summary.embedded) embedded), \(summary.safeguards) safeguards; "
                + "embedder \(index.embedder.identifier)")
        }
    }

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search by meaning: `cadence kb search \"how slow should easy runs be\"`.",
            discussion: "With --runner, only entries that apply to that runner's goal and experience are searched."
        )
        @OptionGroup var global: GlobalOptions
        @OptionGroup var location: Location
        @Argument(help: "What to look for, in your own words.") var query: [String]
        @Option(name: .short, help: "How many results.") var k = 5
        @Option(help: "Only this category (physiology, training_principles, periodization, recovery, injury_prevention, nutrition, mental).")
        var category: String?
        @Option(help: "Only entries for this goal type.") var goal: String?
        @Option(help: "Only entries for this experience level.") var experience: String?
        @Option(help: "Only entries for this training phase (base, build, peak, taper, recovery).") var phase: String?

        func run() async throws {
            let text = query.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { throw UserError("give something to search for") }
            guard (1...100).contains(k) else { throw UserError("-k must be from 1 to 100 (got \(k))") }
            let base = try await location.open(global)
            var filter = KnowledgeFilter(category: category, goal: goal, experience: experience, phase: phase)
            if global.runner != nil {
                let runner = try base.database.resolveRunner(global.runner)
                filter.goal = filter.goal ?? runner.goals.goalType?.rawValue
                filter.experience = filter.experience ?? runner.running.experienceLevel?.rawValue
            }
            var index = try await base.index()
            index.onFallback = { Terminal.note($0) }
            let hits = try await index.search(text, k: k, filter: filter)
            if global.json {
                struct Result: Encodable { let id: String; let slug: String; let title: String; let score: Double }
                return try Terminal.printJSON(["results": hits.map {
                    Result(id: $0.entry.id, slug: $0.entry.id, title: $0.entry.title, score: ($0.score * 10_000).rounded() / 10_000)
                }])
            }
            if hits.isEmpty { return print("Nothing in the knowledge base matches that.") }
            for (rank, hit) in hits.enumerated() {
                print("\(rank + 1). \(Terminal.bold(hit.entry.title))  \(Terminal.dim(String(format: "%.2f", hit.score)))  [\(hit.entry.id)]")
                print("   \(hit.entry.summary)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the entries.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var location: Location
        @Option(help: "Only this category.") var category: String?

        func run() async throws {
            let entries = try await location.open(global).index().entries
                .filter { category == nil || $0.category.rawValue == category }
                .sorted { ($0.category.rawValue, $0.id) < ($1.category.rawValue, $1.id) }
            if global.json {
                struct Item: Encodable { let id: String; let slug: String; let title: String; let category: String; let summary: String }
                return try Terminal.printJSON(["entries": entries.map {
                    Item(id: $0.id, slug: $0.id, title: $0.title, category: $0.category.rawValue, summary: $0.summary)
                }])
            }
            var current = ""
            for entry in entries {
                if entry.category.rawValue != current {
                    current = entry.category.rawValue
                    print(Terminal.bold(current))
                }
                print("  \(entry.id)  \(entry.title)")
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one entry.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var location: Location
        @Argument(help: "The entry's id (its slug).") var id: String

        func run() async throws {
            let entries = try await location.open(global).index().entries
            guard var entry = entries.first(where: { $0.id == id }) else {
                let close = entries.map(\.id).filter { $0.contains(id) || id.contains($0) }.prefix(5)
                throw UserError("no knowledge entry \(id)" + (close.isEmpty ? "; see `cadence kb list`" : "; did you mean \(close.joined(separator: ", "))?"))
            }
            if global.json {
                entry.embedding = nil  // a wall of numbers helps nobody here
                return try Terminal.printJSON(entry)
            }
            print(Terminal.bold(entry.title))
            print(Terminal.dim("\(entry.category.rawValue)\(entry.subcategory.map { " / \($0)" } ?? "") · \(entry.confidence.rawValue) · \(entry.usageContext.rawValue)"))
            print("")
            print(entry.content)
            print("")
            print(Terminal.dim("Source: \(entry.sourceReference ?? entry.source)"))
        }
    }

    struct Safeguards: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the safeguards every plan is checked against.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var location: Location

        func run() async throws {
            let base = try await location.open(global)
            if base.directory != nil { _ = try await base.sync() }
            let safeguards = try base.database.safeguards()
            if global.json { return try Terminal.printJSON(["safeguards": safeguards]) }
            for safeguard in safeguards {
                let condition = safeguard.condition
                print("\(safeguard.priority)  \(Terminal.bold(safeguard.name))  [\(safeguard.category.rawValue), \(safeguard.ruleType.rawValue)]")
                print("   \(condition.field) \(condition.operator.rawValue) \(condition.threshold.jsonString) → \(safeguard.action.type.rawValue): \(safeguard.action.message)")
            }
        }
    }
}
