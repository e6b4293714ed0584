import CadenceCore
import Foundation
import Knowledge
import LLM
import Store

/// One conversation: each user message goes through the safety check, then to the model with a
/// freshly assembled system prompt; the model's tool calls run in order against the runner's
/// record, their results go back to the model, and so on until it answers — at most
/// `maxToolRounds` model calls per turn. Every step is reported to the observers.
public actor ChatSession {
    public let info: SessionInfo
    let model: any LanguageModel
    let options: LLMOptions
    let prompts: PromptSet
    let tools: ToolRegistry
    let database: AppDatabase
    let knowledge: KnowledgeIndex?
    let clock: Clock
    let ids: IDGenerator
    let observers: [any ChatObserver]
    let maxToolRounds: Int
    private var history: [LLMMessage] = []
    /// For each completed turn: where its messages start in `history`, and the changes it made.
    private var completedTurns: [(turn: Int, historyStart: Int, changes: [RunnerChange])] = []
    public private(set) var turn = 0
    public private(set) var usage = TokenUsage()
    private var ended = false

    public init(info: SessionInfo, model: any LanguageModel, options: LLMOptions, prompts: PromptSet, database: AppDatabase,
                knowledge: KnowledgeIndex?, clock: Clock, ids: IDGenerator = .uuid, observers: [any ChatObserver],
                maxToolRounds: Int = 8, tools: ToolRegistry? = nil) throws(AgentError) {
        self.info = info
        self.model = model
        self.options = options
        self.prompts = prompts
        if let tools { self.tools = tools } else { self.tools = try ToolRegistry(prompts: prompts, includeKnowledge: knowledge != nil) }
        self.database = database
        self.knowledge = knowledge
        self.clock = clock
        self.ids = ids
        self.observers = observers
        self.maxToolRounds = maxToolRounds
        for observer in observers { observer.record(.session(info)) }
    }

    public var runnerId: String { info.runnerId }
    public var toolSpecs: [ToolSpec] { tools.specs }

    /// Sends one message and returns what the runner saw. Text is passed to `display` as it
    /// streams. When the model fails the turn is dropped from the conversation (so it can be
    /// retried) and the error is rethrown.
    @discardableResult
    public func send(_ text: String, display: @Sendable (ChatDisplay) -> Void = { _ in }) async throws -> String {
        turn += 1
        let turn = self.turn
        record(.user(turn: turn, text: text))

        let historyStart = history.count
        var changes: [RunnerChange] = []
        if text.count > Self.maxMessageCharacters {
            // Read nothing of it: a clear message, and no change to the profile or the conversation.
            let answer = "That message is \(text.count) characters long; I read messages of up to \(Self.maxMessageCharacters) characters. "
                + "Please send it in shorter parts."
            record(.error(turn: turn, kind: "message_too_long", message: "\(text.count) characters; nothing was read"))
            display(.text(answer))
            record(.assistant(turn: turn, text: answer))
            return answer
        }
        // A red flag gets the fixed medical answer decided here, whatever the model would say. The
        // model still hears the message so its other facts are recorded, but it gets no plan tools
        // and its words are replaced by the fixed answer.
        let flag = SafetyCheck.check(text)
        if let flag {
            record(.error(turn: turn, kind: "red_flag", message: "\(flag.kind): \"\(flag.matched)\"; answered with the fixed medical advice"))
        }
        let specs = flag == nil ? tools.specs : tools.specs.filter { !Self.planTools.contains($0.name) }
        func fixedAnswer(_ messages: [LLMMessage]) -> String {
            let answer = SafetyCheck.answer(for: flag!)
            history = messages + [.assistant(AssistantMessage(content: [.text(answer)]))]
            completedTurns.append((turn, historyStart, changes))
            display(.text(answer))
            record(.assistant(turn: turn, text: answer))
            return answer
        }

        var messages = history + [.user(text)]
        var shown = ""
        let context = ToolContext(database: database, runnerId: info.runnerId, knowledge: knowledge, clock: clock,
                                  turn: turn, sessionId: info.id, ids: ids)
        do {
            let retrieved = try await knowledge(for: text)
            for _ in 0..<maxToolRounds {
                let request = LLMRequest(system: try systemPrompt(knowledge: retrieved), messages: messages,
                                         tools: specs, options: options)
                let started = ContinuousClock.now
                var builder = LLMResponseBuilder()
                for try await event in model.stream(request) {
                    builder.add(event)
                    switch event {
                    case .textDelta(let delta) where flag == nil:
                        shown += delta
                        display(.text(delta))
                    case .toolCallStarted(_, _, let name):
                        display(.toolCall(name: name))
                    case .retrying(let notice):
                        display(.retrying(attempt: notice.attempt, delay: notice.delay, message: notice.error.message))
                    default:
                        break
                    }
                }
                let response = try builder.build()
                let elapsed = ContinuousClock.now - started
                if let used = response.usage { usage += used }
                record(.modelResponse(turn: turn, response: response,
                                      latencyMs: Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)))
                if response.toolCalls.isEmpty, flag != nil { return fixedAnswer(messages) }
                messages.append(.assistant(response.message))
                if response.toolCalls.isEmpty {
                    history = messages
                    completedTurns.append((turn, historyStart, changes))
                    record(.assistant(turn: turn, text: shown))
                    return shown
                }
                var results: [ToolResult] = []
                for call in response.toolCalls {
                    let outcome = flag != nil && Self.planTools.contains(call.name)
                        ? ToolOutcome.failure("no plan this turn: the runner reported a symptom that needs medical advice first")
                        : await tools.run(call, context: context)
                    record(.toolResult(turn: turn, callId: call.id, name: call.name, outcome: outcome))
                    if !outcome.changes.isEmpty { record(.runnerUpdate(turn: turn, changes: outcome.changes)) }
                    if let safeguard = outcome.safeguard {
                        record(.safeguard(turn: turn, planId: safeguard.planId, applications: safeguard.applications, verdict: safeguard.verdict))
                    }
                    changes += outcome.changes
                    results.append(ToolResult(callID: call.id, content: outcome.result.jsonString, isError: !outcome.ok))
                }
                messages.append(.toolResults(results))
            }
            if flag != nil { return fixedAnswer(messages) }
            let stop = "\n(I stopped after \(maxToolRounds) rounds of tool calls without an answer. What is saved so far is kept; "
                + "ask again or rephrase.)"
            record(.error(turn: turn, kind: "tool_rounds", message: "no answer after \(maxToolRounds) model calls"))
            display(.text(stop))
            shown += stop
            history = messages + [.assistant(AssistantMessage(content: [.text(stop)]))]
            completedTurns.append((turn, historyStart, changes))
            record(.assistant(turn: turn, text: shown))
            return shown
        } catch let error as LLMError where !Task.isCancelled {
            record(.error(turn: turn, kind: error.kind.rawValue, message: error.message))
            // The medical answer does not depend on the model.
            if flag != nil { return fixedAnswer(history + [.user(text)]) }
            throw AgentError.model(kind: error.kind.rawValue, message: error.message)
        } catch where Task.isCancelled || error is CancellationError {
            // Ctrl-C: whatever the cut stream reported, the runner stopped the reply.
            record(.error(turn: turn, kind: "cancelled", message: "the reply was interrupted"))
            throw CancellationError()
        } catch {
            record(.error(turn: turn, kind: "internal", message: "\(error)"))
            throw error
        }
    }

    /// Lets a model that can start a conversation (the guided interviewer) greet the runner and
    /// ask its first question. Other models wait for the runner's first message.
    @discardableResult
    public func open(display: @Sendable (ChatDisplay) -> Void = { _ in }) async throws -> String? {
        guard model is any OpensConversation else { return nil }
        let request = LLMRequest(system: try systemPrompt(knowledge: []), messages: [], tools: tools.specs, options: options)
        let response = try await model.complete(request)
        record(.modelResponse(turn: 0, response: response, latencyMs: 0))
        if history.isEmpty { history = [.assistant(response.message)] }
        display(.text(response.text))
        record(.assistant(turn: 0, text: response.text))
        return response.text
    }

    /// Takes back the last exchange: the conversation forgets it and the profile fields it wrote
    /// get their previous values back (recorded as a `runner_update`). Returns the reverted changes,
    /// or nil when there is nothing to undo.
    public func undo() throws -> [RunnerChange]? {
        recordCommand("undo")
        guard let last = completedTurns.popLast() else { return nil }
        history.removeSubrange(last.historyStart...)
        // Newest first, so a field written twice in the turn ends at its value before the turn.
        var restored: [String: JSONValue] = [:]
        for change in last.changes.reversed() { restored[change.path] = change.old }
        guard !restored.isEmpty else { return [] }
        let reverted = try database.setRunnerFields(
            runnerId: info.runnerId, restored.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            context: WriteContext(source: .user, turn: last.turn, sessionId: info.id))
        if !reverted.isEmpty { record(.runnerUpdate(turn: last.turn, changes: reverted)) }
        return reverted
    }

    /// Notes a slash command in the transcript (`name` without the slash). `undo()` notes its own.
    public func recordCommand(_ name: String, argument: String? = nil) {
        record(.command(turn: turn, name: name, argument: argument))
    }

    /// Starts from an earlier conversation (`cadence chat --continue`): its messages, as text.
    public func resume(_ messages: [LLMMessage]) {
        guard history.isEmpty else { return }
        history = messages
    }

    /// Ends the session (once) and reports the totals.
    public func end(reason: String) {
        guard !ended else { return }
        ended = true
        record(.end(reason: reason, turns: turn, usage: usage))
    }

    /// Longer messages are refused unread (a pasted file is not a message).
    public static let maxMessageCharacters = 20_000
    static let planTools: Set<String> = ["create_plan", "confirm_plan", "adapt_plan"]

    /// Knowledge below this similarity is noise for short messages ("I'm back") and is left out.
    static let knowledgeThreshold = 0.08

    typealias KnowledgeLine = (id: String, title: String, summary: String)

    /// Knowledge for a message, filtered to the runner: searched once per turn, since every round
    /// of the turn answers the same message.
    func knowledge(for message: String) async throws -> [KnowledgeLine] {
        guard let knowledge, let runner = try database.runner(id: info.runnerId) else { return [] }
        let filter = KnowledgeFilter(goal: runner.goals.goalType?.rawValue, experience: runner.running.experienceLevel?.rawValue)
        return try await knowledge.search(message, k: 3, filter: filter).filter { $0.score > Self.knowledgeThreshold }
            .map { ($0.entry.id, $0.entry.title, $0.entry.summary) }
    }

    /// The system prompt for one model call: the profile as it is now (tools may have changed it
    /// earlier in the turn), what is missing, today's date, the coaching voice and the knowledge.
    func systemPrompt(knowledge: [KnowledgeLine]) throws -> String {
        guard let runner = try database.runner(id: info.runnerId) else {
            throw AgentError.store("the runner \(info.runnerId) no longer exists")
        }
        return prompts.systemPrompt(for: runner, today: clock.millis, knowledge: knowledge)
    }

    private func record(_ event: ChatEvent) {
        for observer in observers { observer.record(event) }
    }
}
