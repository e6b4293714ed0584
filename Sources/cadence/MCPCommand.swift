import Agent
import ArgumentParser
import Dispatch
import CadenceCore
import CadenceMCP
import Foundation
import Knowledge
import MCP
import Store
import Transcripts

/// `cadence mcp`: the coach's tools, resources and prompts as an MCP server over stdio, or over
/// Streamable HTTP with `--http`.
struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the coach's tools, the runner's profile and plan, the knowledge base and the safeguards over MCP (stdio or HTTP).",
        discussion: """
            For Claude Desktop, Claude Code or any MCP client: the client starts `cadence mcp` and speaks JSON-RPC on its \
            stdin and stdout; notes go to stderr. Writes carry provenance (source user, this session's id) and show in \
            `cadence runner history`. The session is recorded as a transcript that `cadence replay` accepts. \
            --read-only offers only the tools that read and writes nothing (the knowledge base is read from the database). \
            --http HOST:PORT serves Streamable HTTP at /mcp instead (loopback by default; any other address needs a bearer \
            token from --token-file or $CADENCE_MCP_TOKEN); each client session gets its own transcript.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var location: KnowledgeCommand.Location
    @Flag(name: .customLong("read-only"), help: "Offer only the tools that read; write nothing.") var readOnly = false
    @Option(help: "Prompt set folder (default: $CADENCE_PROMPTS, ./prompts, or the one Cadence was built with).") var prompts: String?
    @Option(help: "Write the transcript here (default: $CADENCE_HOME/transcripts/). Over HTTP each session after the first adds -2, -3, … before the extension.") var transcript: String?
    @Option(name: .customLong("http"), help: ArgumentHelp(
        "Serve Streamable HTTP at http://HOST:PORT/mcp instead of stdio: PORT (loopback), HOST:PORT or [IPv6]:PORT; port 0 picks a free one.",
        valueName: "HOST:PORT")) var http: String?
    @Option(name: .customLong("token-file"), help: ArgumentHelp(
        "With --http: a file (readable by you only) holding the bearer token clients must send; or set CADENCE_MCP_TOKEN. Required off loopback.",
        valueName: "FILE")) var tokenFile: String?

    static let tokenVariable = "CADENCE_MCP_TOKEN"

    func validate() throws {
        if http == nil, tokenFile != nil { throw ValidationError("--token-file goes with --http (over stdio the client that starts cadence is the only one)") }
    }

    func run() async throws {
        let clock = try GlobalOptions.clock()
        // An HTTP setup that would be refused is refused before anything is opened or written.
        let listen = try http.map { text in try httpSetup(text) }
        let database = try global.openDatabase()
        let runner = try mcpRunner(database)
        guard let promptsFolder = ResourceLocator.find("prompts", option: prompts, environment: "CADENCE_PROMPTS") else {
            throw UserError("no prompt set found; pass --prompts DIR or set CADENCE_PROMPTS")
        }
        let promptSet = try PromptSet(directory: promptsFolder)
        let knowledge = await loadKnowledge(database)
        let readOnly = self.readOnly
        let transcript = self.transcript
        let runnerId = runner.id
        /// One MCP session: its provenance id, its transcript, its server.
        let makeSession = { @Sendable (number: Int) throws -> (CadenceMCPServer, URL) in
            let sessionId = "mcp-" + IDGenerator.uuid.next()
            let transcriptURL = Self.transcriptURL(option: transcript, session: number, sessionId: sessionId, now: clock.now())
            let recorder: TranscriptRecorder
            do {
                recorder = try TranscriptRecorder(url: transcriptURL, clock: clock)
            } catch {
                throw UserError("cannot write the transcript at \(transcriptURL.path): \(error)")
            }
            let server = try CadenceMCPServer(.init(
                database: database, runnerId: runnerId, prompts: promptSet, knowledge: knowledge, clock: clock, readOnly: readOnly,
                sessionId: sessionId, cadenceVersion: Cadence.configuration.version, observers: [recorder]))
            return (server, transcriptURL)
        }
        if let listen {
            try await serveHTTP(listen.address, token: listen.token, runnerName: runner.identity.name, makeSession: makeSession)
            return
        }
        let (server, transcriptURL) = try makeSession(1)
        Terminal.note("cadence mcp: serving \(runner.identity.name) on stdio\(readOnly ? " (read-only)" : ""); transcript \(transcriptURL.path)")
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
        await server.stop(reason: "client_closed")
    }

    /// The address and token of `--http`, checked (a token off loopback, a strong one).
    private func httpSetup(_ text: String) throws -> (address: MCPListenAddress, token: String?) {
        let token = try bearerToken()
        do {
            let address = try MCPListenAddress(parsing: text)
            _ = try MCPHTTPAccess(address: address, port: address.port, token: token)
            return (address, token)
        } catch {
            throw UserError("\(error)")
        }
    }

    /// `--http`: serves until SIGINT or SIGTERM, then ends every session's transcript.
    private func serveHTTP(_ address: MCPListenAddress, token: String?, runnerName: String,
                           makeSession: @escaping @Sendable (Int) throws -> (CadenceMCPServer, URL)) async throws {
        let counter = SessionCounter()
        let server: MCPHTTPServer
        let port: Int
        do {
            server = try MCPHTTPServer(address: address, token: token) {
                let (session, url) = try makeSession(counter.next())
                Terminal.note("cadence mcp: new session; transcript \(url.path)")
                return session
            }
            port = try await server.start()
        } catch {
            throw UserError("\(error)")
        }
        let host = address.isIPv6 ? "[\(address.host)]" : address.host
        // The bound port is on stderr so a client or test that asked for port 0 can read it.
        Terminal.note("cadence mcp: serving \(runnerName) at http://\(host):\(port)\(MCPHTTPServer.path)\(readOnly ? " (read-only)" : "")"
            + (token == nil ? " (loopback, no token)" : " (bearer token required)") + "; Ctrl-C stops")
        let signal = await Self.waitForTermination()
        await server.stop(reason: "server_stopped")
        Terminal.note("cadence mcp: stopped (\(signal)); transcripts ended")
    }

    /// The bearer token from --token-file (owner-only) or $CADENCE_MCP_TOKEN; never from the command line.
    private func bearerToken() throws -> String? {
        if let tokenFile {
            let attributes: [FileAttributeKey: Any]
            do {
                attributes = try FileManager.default.attributesOfItem(atPath: tokenFile)
            } catch {
                throw UserError("cannot read the token file \(tokenFile): \(error.localizedDescription)")
            }
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
            guard mode & 0o077 == 0 else {
                throw UserError("the token file \(tokenFile) can be read by others (mode \(String(mode, radix: 8))); run `chmod 600 \(tokenFile)`")
            }
            guard let data = FileManager.default.contents(atPath: tokenFile), let text = String(data: data, encoding: .utf8) else {
                throw UserError("cannot read the token file \(tokenFile)")
            }
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let value = ProcessInfo.processInfo.environment[Self.tokenVariable], !value.isEmpty {
            return value.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return nil
    }

    /// The transcript of session `number` (1, 2, …): --transcript for the first, with -N before
    /// the extension for later ones; by default one file per session under $CADENCE_HOME/transcripts.
    static func transcriptURL(option: String?, session number: Int, sessionId: String, now: Date) -> URL {
        guard let option else {
            return URL(fileURLWithPath: GlobalOptions.cadenceHome)
                .appendingPathComponent("transcripts/\(ChatCommand.fileStamp(now))-\(sessionId.prefix(12)).jsonl")
        }
        let url = URL(fileURLWithPath: option)
        guard number > 1 else { return url }
        let ext = url.pathExtension
        let base = url.deletingPathExtension().path + "-\(number)"
        return URL(fileURLWithPath: ext.isEmpty ? base : base + "." + ext)
    }

    /// Suspends until SIGINT or SIGTERM; returns its name.
    private static func waitForTermination() async -> String {
        var sources: [DispatchSourceSignal] = []
        let name = await withCheckedContinuation { (continuation: CheckedContinuation<String, Never>) in
            let once = SessionCounter()
            for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
                // As in the chat: macOS needs the default action off; Linux's libdispatch installs its own handler.
                #if os(macOS)
                signal(number, SIG_IGN)
                #endif
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    guard once.next() == 1 else { return }
                    continuation.resume(returning: name)
                }
                source.resume()
                sources.append(source)
            }
        }
        for source in sources { source.cancel() }
        return name
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
            return try await KnowledgeBase(database: database, directory: directory, now: GlobalOptions.clock().millis,
                                           embedder: try await location.remoteEmbedder(database: database),
                                           replacingRemoteIndex: location.replaceRemoteIndex).index()
        } catch {
            Terminal.note("note: the knowledge base is not available (\(error)); serving without search_knowledge.")
            return nil
        }
    }
}

/// A thread-safe counter from 1: session numbers, and "only the first signal".
private final class SessionCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.withLock { value += 1; return value } }
}
