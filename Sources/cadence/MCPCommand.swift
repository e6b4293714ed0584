import Agent
import ArgumentParser
import CadenceCore
import CadenceMCP
import Foundation
import Knowledge
import MCP
import Store
import Transcripts

/// `cadence mcp`: the coach's tools, resources and prompts as an MCP server over stdio.
struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the coach's tools, the runner's profile and plan, the knowledge base and the safeguards over MCP (stdio).",
        discussion: """
            For Claude Desktop, Claude Code or any MCP client: the client starts `cadence mcp` and speaks JSON-RPC on its \
            stdin and stdout; notes go to stderr. Writes carry provenance (source user, this session's id) and show in \
            `cadence runner history`. The session is recorded as a transcript that `cadence replay` accepts. \
            --read-only offers only the tools that read and writes nothing (the knowledge base is read from the database).
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var location: KnowledgeCommand.Location
    @Flag(name: .customLong("read-only"), help: "Offer only the tools that read; write nothing.") var readOnly = false
    @Option(help: "Prompt set folder (default: $CADENCE_PROMPTS, ./prompts, or the one Cadence was built with).") var prompts: String?
    @Option(help: "Write the transcript here (default: $CADENCE_HOME/transcripts/).") var transcript: String?

    func run() async throws {
        let clock = Clock.system
        let database = try global.openDatabase()
        let runner = try mcpRunner(database)
        guard let promptsFolder = ResourceLocator.find("prompts", option: prompts, environment: "CADENCE_PROMPTS") else {
            throw UserError("no prompt set found; pass --prompts DIR or set CADENCE_PROMPTS")
        }
        let promptSet = try PromptSet(directory: promptsFolder)
        let knowledge = await loadKnowledge(database)
        let sessionId = "mcp-" + IDGenerator.uuid.next()
        let transcriptURL = transcript.map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: GlobalOptions.cadenceHome)
            .appendingPathComponent("transcripts/\(ChatCommand.fileStamp(clock.now()))-\(sessionId.prefix(12)).jsonl")
        let recorder: TranscriptRecorder
        do {
            recorder = try TranscriptRecorder(url: transcriptURL, clock: clock)
        } catch {
            throw UserError("cannot write the transcript at \(transcriptURL.path): \(error)")
        }
        let server = try CadenceMCPServer(.init(
            database: database, runnerId: runner.id, prompts: promptSet, knowledge: knowledge, clock: clock, readOnly: readOnly,
            sessionId: sessionId, cadenceVersion: Cadence.configuration.version, observers: [recorder]))
        Terminal.note("cadence mcp: serving \(runner.identity.name) on stdio\(readOnly ? " (read-only)" : ""); transcript \(transcriptURL.path)")
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
        await server.stop(reason: "client_closed")
    }

    /// The runner to serve; with no runner yet (and not read-only) a first one is created, as `cadence chat` does.
    private func mcpRunner(_ database: AppDatabase) throws -> Runner {
        do {
            return try database.resolveRunner(global.runner)
        } catch {
            guard error == .noRunner, !readOnly else { throw error }
            return try database.createRunner(name: global.runner ?? "Runner", context: WriteContext(source: .inferred))
        }
    }

    /// The knowledge index: synced from the files first (read-only: from the database alone).
    private func loadKnowledge(_ database: AppDatabase) async -> KnowledgeIndex? {
        do {
            let directory = readOnly ? nil : ResourceLocator.find("KnowledgeBase", option: location.dir, environment: "CADENCE_KB")
            return try await KnowledgeBase(database: database, directory: directory, now: Clock.system.millis,
                                           embedder: try await location.remoteEmbedder(database: database),
                                           replacingRemoteIndex: location.replaceRemoteIndex).index()
        } catch {
            Terminal.note("note: the knowledge base is not available (\(error)); serving without search_knowledge.")
            return nil
        }
    }
}
