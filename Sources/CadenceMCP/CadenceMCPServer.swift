import Agent
import CadenceCore
import Foundation
import Knowledge
import LLM
import MCP
import Planning
import Store

/// `cadence mcp`: the coach's tools, the runner's profile and plan, the knowledge base and the
/// safeguards as a Model Context Protocol server. The tools are the chat's own `ToolRegistry`
/// (names, descriptions from `prompts/tools/*.md`, JSON Schemas, handlers), so a write made by
/// an MCP client is validated, consent-checked and recorded with provenance (source `user`, the
/// MCP session id, the time) exactly as one made in `cadence chat`. Plans go through the same
/// safeguard gate. The session is recorded as a JSONL transcript that `cadence replay` accepts.
public actor CadenceMCPServer {
    public struct Configuration: Sendable {
        public var database: AppDatabase
        public var runnerId: String
        public var prompts: PromptSet
        public var knowledge: KnowledgeIndex?
        public var clock: Clock
        public var ids: IDGenerator
        /// Only the tools that read (profile, plan, knowledge); nothing is written.
        public var readOnly: Bool
        /// The provenance session id of every write, and the transcript's session id.
        public var sessionId: String
        public var cadenceVersion: String
        /// Receive the transcript events (a `TranscriptRecorder`).
        public var observers: [any ChatObserver]

        public init(database: AppDatabase, runnerId: String, prompts: PromptSet, knowledge: KnowledgeIndex?, clock: Clock = .system,
                    ids: IDGenerator = .uuid, readOnly: Bool = false, sessionId: String, cadenceVersion: String,
                    observers: [any ChatObserver] = []) {
            self.database = database
            self.runnerId = runnerId
            self.prompts = prompts
            self.knowledge = knowledge
            self.clock = clock
            self.ids = ids
            self.readOnly = readOnly
            self.sessionId = sessionId
            self.cadenceVersion = cadenceVersion
            self.observers = observers
        }
    }

    let configuration: Configuration
    let registry: ToolRegistry
    /// The tools this server offers (without the writing ones when read-only).
    let toolSpecs: [ToolSpec]
    let server: Server
    private var turn = 0
    private var started = false
    private var ended = false

    /// Tools that only read; the others are left out with `--read-only`.
    static let readTools: Set<String> = ["get_profile", "search_knowledge", PlanReader.toolName]
    /// Tools that make or activate a plan: refused in a call that reports a red-flag symptom.
    static let planTools: Set<String> = ["create_plan", "confirm_plan"]

    public init(_ configuration: Configuration) throws(AgentError) {
        self.configuration = configuration
        registry = try Self.registry(prompts: configuration.prompts, includeKnowledge: configuration.knowledge != nil)
        toolSpecs = configuration.readOnly ? registry.specs.filter { Self.readTools.contains($0.name) } : registry.specs
        server = Server(
            name: "cadence", version: configuration.cadenceVersion, title: "Cadence running coach",
            instructions: """
                Cadence is a running coach's back end. Record what the runner tells you with the update_* tools (only what \
                they said), ask for consent with record_consent before any health detail, and make plans only with \
                create_plan: each plan is checked against the safeguards, and pending confirmations must be put to the \
                runner before confirm_plan. When a tool answers with medical advice, pass it on and offer no training.
                """,
            capabilities: .init(prompts: .init(listChanged: false), resources: .init(subscribe: false, listChanged: true),
                                tools: .init(listChanged: false)),
            // Not the SDK's strict mode: it drops, unanswered, a request that overtakes the
            // initialize request; `ready()` makes such requests wait for it instead.
            configuration: .default)
    }

    /// The chat's tools and the plan reader (`get_plan`): what this server runs, and what a replay
    /// of an MCP session needs.
    public static func registry(prompts: PromptSet, includeKnowledge: Bool) throws(AgentError) -> ToolRegistry {
        try ToolRegistry(prompts: prompts, includeKnowledge: includeKnowledge).adding([try PlanReader.tool(prompts: prompts)])
    }

    /// Registers the handlers and starts serving `transport`; returns once connected.
    public func start(transport: any Transport) async throws {
        guard !started else { return }
        started = true
        await server.withMethodHandler(ListTools.self) { [weak self] _ in
            guard let self else { return .init(tools: []) }
            try await self.ready()
            return .init(tools: self.listTools())
        }
        await server.withMethodHandler(CallTool.self) { [weak self] params in
            guard let self else { throw MCPError.internalError("the server has stopped") }
            try await self.ready()
            return try await self.callTool(params)
        }
        await server.withMethodHandler(ListResources.self) { [weak self] _ in
            guard let self else { return .init(resources: []) }
            try await self.ready()
            return .init(resources: try self.resources.list())
        }
        await server.withMethodHandler(ListResourceTemplates.self) { [weak self] _ in
            guard let self else { return .init(templates: []) }
            return .init(templates: self.resources.templates)
        }
        await server.withMethodHandler(ReadResource.self) { [weak self] params in
            guard let self else { throw MCPError.internalError("the server has stopped") }
            try await self.ready()
            return .init(contents: try self.resources.read(params.uri))
        }
        await server.withMethodHandler(ListPrompts.self) { [weak self] _ in
            guard let self else { return .init(prompts: []) }
            return .init(prompts: self.prompts.list)
        }
        await server.withMethodHandler(GetPrompt.self) { [weak self] params in
            guard let self else { throw MCPError.internalError("the server has stopped") }
            try await self.ready()
            return try self.prompts.get(params.name, arguments: params.arguments ?? [:])
        }
        let answering = AnsweringTransport(transport)
        self.transport = answering
        try await server.start(transport: answering) { [weak self] client, _ in
            await self?.recordSession(client: client)
        }
    }

    /// Returns when the client has closed the connection (end of stdin) and every request
    /// received has been answered (for at most a minute): a client that writes its requests and
    /// closes its end at once still gets every answer.
    public func waitUntilCompleted() async {
        await server.waitUntilCompleted()
        await transport?.waitUntilAnswered(limit: .seconds(60))
    }

    private var transport: AnsweringTransport?

    /// Stops serving and ends the transcript (once).
    public func stop(reason: String) async {
        await server.stop()
        end(reason: reason)
    }

    nonisolated var resources: MCPResources {
        MCPResources(database: configuration.database, runnerId: configuration.runnerId, knowledgeEntries: configuration.knowledge?.entries)
    }

    nonisolated var prompts: MCPPrompts {
        MCPPrompts(database: configuration.database, runnerId: configuration.runnerId, prompts: configuration.prompts,
                   clock: configuration.clock)
    }

    // MARK: - Tools

    nonisolated func listTools() -> [Tool] {
        toolSpecs.map { spec in
            Tool(name: spec.name, description: spec.description, inputSchema: MCPValue.value(spec.parameters),
                 annotations: .init(readOnlyHint: Self.readTools.contains(spec.name),
                                    destructiveHint: Self.readTools.contains(spec.name) ? nil : false, openWorldHint: false))
        }
    }

    /// One tool call. An unknown tool is a protocol error (invalid params); what the tool refuses
    /// (a wrong argument, no consent, a profile not ready for a plan) is a tool result with
    /// `isError` and the message the chat's model would get, and nothing is written.
    func callTool(_ params: CallTool.Parameters) async throws -> CallTool.Result {
        guard toolSpecs.contains(where: { $0.name == params.name }) else {
            if configuration.readOnly, registry.specs.contains(where: { $0.name == params.name }) {
                throw MCPError.invalidParams("the tool \(params.name) writes, and this server runs with --read-only")
            }
            throw MCPError.invalidParams("unknown tool \(params.name); available: \(toolSpecs.map(\.name).joined(separator: ", "))")
        }
        // One call at a time, as in a conversation: each is one turn of the transcript, in order,
        // so `cadence replay` can repeat the session.
        await acquireTurn()
        defer { releaseTurn() }
        try Task.checkCancellation()
        turn += 1
        let turn = self.turn
        let callId = "mcp-\(turn)"
        let arguments = MCPValue.json(.object(params.arguments ?? [:]))
        // What the runner said, as far as the server can know it: the text in the arguments. The
        // red-flag check reads it as the chat reads a message (and a replay reads this `user` line).
        let said = Self.strings(in: arguments).joined(separator: "\n")
        let flag = SafetyCheck.check(said)
        let call = ToolCall(id: callId, name: params.name, arguments: .parsed(arguments))
        let context = ToolContext(database: configuration.database, runnerId: configuration.runnerId, knowledge: configuration.knowledge,
                                  clock: configuration.clock, turn: turn, sessionId: configuration.sessionId, ids: configuration.ids)
        let outcome: ToolOutcome
        if flag != nil, Self.planTools.contains(params.name) {
            // The chat's words for the same refusal.
            outcome = ToolOutcome(ok: false, result: ["error": "no plan this turn: the runner reported a symptom that needs medical advice first"])
        } else {
            outcome = await registry.run(call, context: context)
        }
        if Task.isCancelled, outcome.changes.isEmpty, outcome.safeguard == nil {
            // Cancelled before it changed anything: not a turn of the conversation (the SDK sends
            // no response to a cancelled request).
            self.turn -= 1
            record(.error(turn: turn, kind: "cancelled", message: "the client cancelled \(params.name); nothing was changed"))
            throw CancellationError()
        }
        record(.user(turn: turn, text: said))
        record(.modelResponse(turn: turn, response: LLMResponse(message: AssistantMessage(content: [.toolCall(call)]),
                                                                 stopReason: .toolUse, usage: nil), latencyMs: 0))
        if let flag {
            record(.error(turn: turn, kind: "red_flag", message: "\(flag.kind): \"\(flag.matched)\"; answered with the fixed medical advice"))
        }
        record(.toolResult(turn: turn, callId: callId, name: params.name, outcome: outcome))
        if !outcome.changes.isEmpty { record(.runnerUpdate(turn: turn, changes: outcome.changes)) }
        if let flag {
            // As in the chat, after the tool: the symptom becomes a health fact (with consent), so
            // plans stop running.
            do {
                let changes = try ChatSession.recordInHealthFacts(
                    flag, database: configuration.database, runnerId: configuration.runnerId,
                    context: WriteContext(source: .user, turn: turn, sessionId: configuration.sessionId))
                if !changes.isEmpty { record(.runnerUpdate(turn: turn, changes: changes)) }
            } catch {
                record(.error(turn: turn, kind: "red_flag", message: "the symptom could not be saved in \(SafetyCheck.healthFact(for: flag).path)"))
            }
        }
        if let safeguard = outcome.safeguard {
            record(.safeguard(turn: turn, planId: safeguard.planId, applications: safeguard.applications, verdict: safeguard.verdict))
        }
        let result = Self.result(outcome, flag: flag)
        record(.modelResponse(turn: turn, response: LLMResponse(message: AssistantMessage(content: []), stopReason: .endTurn, usage: nil),
                              latencyMs: 0))
        record(.assistant(turn: turn, text: result.text))
        if !outcome.changes.isEmpty || outcome.safeguard != nil || (params.name == "confirm_plan" && outcome.ok) {
            // The profile or the plan changed: clients re-read the resources they show.
            try? await server.notify(ResourceListChangedNotification.message())
        }
        let structured: Value? = MCPValue.value(result.structured)
        return CallTool.Result(content: [.text(text: result.text, annotations: nil, _meta: nil)],
                               structuredContent: structured, isError: outcome.ok ? nil : true)
    }

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    private func acquireTurn() async {
        guard busy else { busy = true; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func releaseTurn() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }

    /// The text and the structured content of a tool result. A plan carries its safeguard log and
    /// verdict; a red flag puts the fixed medical advice first.
    static func result(_ outcome: ToolOutcome, flag: SafetyCheck.RedFlag?) -> (text: String, structured: JSONValue) {
        var structured = outcome.result.objectValue ?? ["result": outcome.result]
        if let safeguard = outcome.safeguard {
            structured["verdict"] = .string(safeguard.verdict)
            structured["safeguardLog"] = safeguard.applications
        }
        var text = outcome.ok ? JSONValue.object(structured).jsonString : (outcome.result["error"]?.stringValue ?? outcome.result.jsonString)
        if let flag {
            let advice = SafetyCheck.answer(for: flag)
            structured["redFlag"] = ["kind": .string(flag.kind), "matched": .string(flag.matched), "advice": .string(advice)]
            text = advice + "\n\n" + text
        }
        return (text, .object(structured))
    }

    /// Every string in a JSON value, in key order.
    static func strings(in value: JSONValue) -> [String] {
        switch value {
        case .string(let text): return [text]
        case .array(let items): return items.flatMap { strings(in: $0) }
        case .object(let object): return object.sorted { $0.key < $1.key }.flatMap { strings(in: $0.value) }
        default: return []
        }
    }

    // MARK: - Transcript

    private var initialized = false

    /// Waits (up to 10 s) for the initialize request: the session starts there.
    func ready() async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while !initialized {
            guard ContinuousClock.now < deadline else { throw MCPError.invalidRequest("send initialize first") }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    func recordSession(client: Client.Info) {
        initialized = true
        var info = SessionInfo(id: configuration.sessionId, provider: "mcp", model: client.name, baseURL: nil,
                               promptsDirectory: configuration.prompts.directory.path, promptsSHA256: configuration.prompts.sha256,
                               runnerId: configuration.runnerId, cadenceVersion: configuration.cadenceVersion)
        info.client = ["name": .string(client.name), "version": .string(client.version)]
        record(.session(info))
    }

    func end(reason: String) {
        guard !ended else { return }
        ended = true
        record(.end(reason: reason, turns: turn, usage: TokenUsage()))
    }

    private func record(_ event: ChatEvent) {
        for observer in configuration.observers { observer.record(event) }
    }
}
