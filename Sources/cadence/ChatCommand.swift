import Agent
import ArgumentParser
import CadenceCore
import Foundation
import Knowledge
import LLM
import LLMProviders
import Store
import Transcripts
import GuidedInterview

/// `cadence chat`: the onboarding conversation.
struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Talk with your coach. Without an API key, a guided offline interview.",
        discussion: """
            On a terminal, replies stream as they are written; Ctrl-C stops a reply and keeps the session, \
            Ctrl-C at an empty prompt or Ctrl-D ends it. Not on a terminal, each input line is one message \
            and each reply is printed; the session ends at end of input. Type /help for commands.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("guided (offline) or a provider: \(ModelProvider.all.map(\.name).joined(separator: ", ")). "
                               + "Default: a provider whose key is set, else guided.", valueName: "provider"))
    var provider: ProviderChoice?
    @Option(help: "Model name.") var model: String?
    @Option(name: .customLong("base-url"), help: "API base URL (OpenAI-compatible: with /v1; Anthropic: without).")
    var baseURL: String?
    @Option(help: "Prompt set folder (default: $CADENCE_PROMPTS, ./prompts, or the one Cadence was built with).")
    var prompts: String?
    @Option(help: "Write the transcript here (default: $CADENCE_HOME/transcripts/).") var transcript: String?
    @Option(help: "Seconds to wait for the model before giving up.") var timeout: Double = 120
    @OptionGroup var sampling: SamplingOptions
    @Option(help: "The model's context window in tokens (default: what a llamacpp or ollama server reports, else unlimited). Requests are trimmed to fit it.")
    var context: Int?
    @Flag(name: .customLong("continue"), help: "Resume your last conversation (its messages are sent to the model again).")
    var resume = false

    func validate() throws {
        try ModelFactory.checkTimeout(timeout)
        if let context, context < 256 || context > 10_000_000 { throw ValidationError("--context must be from 256 to 10000000 tokens.") }
        // A conversation has no single JSON answer; its events already are JSON, one per line.
        if global.json {
            throw ValidationError("chat has no --json output; every event of a conversation is written as one JSON object per line to its transcript (--transcript FILE.jsonl, format in ARCHITECTURE.md)")
        }
    }

    func run() async throws {
        let clock = try GlobalOptions.clock()
        let database = try global.openDatabase()
        let runner = try chatRunner(database)
        guard let promptsFolder = ResourceLocator.find("prompts", option: prompts, environment: "CADENCE_PROMPTS") else {
            throw UserError("no prompt set found; pass --prompts DIR or set CADENCE_PROMPTS")
        }
        let promptSet = try PromptSet(directory: promptsFolder)
        let knowledge = await loadKnowledge(database)

        let chosen = provider ?? (ModelFactory.anyKeyConfigured || baseURL != nil ? .model(ModelFactory.defaultProvider()) : .guided)
        let languageModel: any LanguageModel
        var secrets: [String] = []
        let modelName: String
        var displayBaseURL: String?
        var serverContext: Int?
        switch chosen {
        case .guided:
            if provider == nil { Terminal.note("No API key configured: starting the guided offline interview. (`cadence keys set openai` to talk with a model.)") }
            languageModel = try GuidedInterviewer(database: database, runnerId: runner.id, prompts: promptSet, clock: clock)
            modelName = GuidedInterviewer.modelName
        case .model(let chosenProvider):
            let factory = try ModelFactory(provider: chosenProvider, model: model, baseURL: baseURL)
            languageModel = factory.makeModel(timeout: timeout)
            secrets = factory.secrets
            modelName = factory.model
            displayBaseURL = factory.displayBaseURL
            if context == nil { serverContext = await factory.serverContextTokens() }
        }
        let budget = (context ?? serverContext).map { ContextBudget(contextTokens: $0) }

        // Read before this session's own transcript exists, which would be the newest.
        let earlier = try resume ? TranscriptReader.latest(in: URL(fileURLWithPath: GlobalOptions.cadenceHome)
            .appendingPathComponent("transcripts"), runnerId: runner.id).map { ($0, try TranscriptReader.conversation(at: $0)) } : nil
        let sessionId = IDGenerator.uuid.next()
        let transcriptURL = transcript.map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: GlobalOptions.cadenceHome)
            .appendingPathComponent("transcripts/\(Self.fileStamp(clock.now()))-\(sessionId.prefix(8)).jsonl")
        let recorder: TranscriptRecorder
        do {
            recorder = try TranscriptRecorder(url: transcriptURL, clock: clock, secrets: secrets)
        } catch {
            throw UserError("cannot write the transcript at \(transcriptURL.path): \(error)")
        }
        let info = SessionInfo(id: sessionId, provider: chosen.description, model: modelName, baseURL: displayBaseURL,
                               promptsDirectory: promptsFolder.path, promptsSHA256: promptSet.sha256, runnerId: runner.id,
                               cadenceVersion: Cadence.configuration.version)
        let session = try ChatSession(info: info, model: languageModel, options: sampling.options(model: modelName, defaultMaxTokens: 2048),
                                      prompts: promptSet, database: database, knowledge: knowledge, clock: clock,
                                      observers: [recorder], contextBudget: budget)
        if let (previous, messages) = earlier {
            await session.resume(messages)
            Terminal.aside("Continuing from \(previous.lastPathComponent) (\(messages.count / 2) earlier exchanges).")
        } else if resume {
            Terminal.note("No earlier conversation for \(runner.identity.name); starting a new one.")
        }
        let repl = ChatREPL(session: session, database: database, knowledge: knowledge, modelName: modelName,
                            transcript: transcriptURL, databasePath: global.databasePath, interactive: Terminal.isInteractive)
        let unanswered = await repl.run()
        // Piped input: a script must be able to tell that some message got no answer.
        if unanswered > 0, !Terminal.isInteractive {
            Terminal.error("error: \(unanswered) message(s) got no answer (see the errors above)")
            throw ExitCode(1)
        }
    }

    /// The runner to onboard; a first conversation starts one, named once the runner says their name.
    private func chatRunner(_ database: AppDatabase) throws -> Runner {
        // (A pattern `catch StoreError.noRunner` crashes Swift 6.3's SILGen on typed throws.)
        do {
            return try database.resolveRunner(global.runner)
        } catch {
            guard error == .noRunner else { throw error }
            return try database.createRunner(name: global.runner ?? "Runner", context: WriteContext(source: .inferred))
        }
    }

    private func loadKnowledge(_ database: AppDatabase) async -> KnowledgeIndex? {
        let folder = ResourceLocator.find("KnowledgeBase", option: nil, environment: "CADENCE_KB")
        do {
            // An index built by a remote embedder is searched with it (by keywords when it is unavailable).
            var index = try await KnowledgeBase(database: database, directory: folder, now: GlobalOptions.clock().millis,
                                                embedder: KnowledgeCommand.storedEmbedder(database)).index()
            index.onFallback = { Terminal.note($0) }
            return index
        } catch {
            Terminal.note("note: the knowledge base is not available (\(error)); chatting without it.")
            return nil
        }
    }

    static func fileStamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date)
    }
}
