import CadenceCore
import Foundation
import GuidedInterview
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
    /// The model's context window, when known: requests are made to fit it (see `ContextBudget`).
    let contextBudget: ContextBudget?
    private var history: [LLMMessage] = []
    /// For each completed turn: where its messages start in `history`, and the changes it made.
    private var completedTurns: [(turn: Int, historyStart: Int, changes: [RunnerChange])] = []
    /// Red flags reported before the runner answered the health-data question: written to their
    /// health facts if they agree, forgotten if they decline.
    private var heldRedFlags: [SafetyCheck.RedFlag] = []
    /// A red flag told after the runner declined to have health data kept: nothing is written unless they agree to
    /// keep it, asked once, in the next message.
    private var flagAwaitingConsent: SafetyCheck.RedFlag?
    public private(set) var turn = 0
    public private(set) var usage = TokenUsage()
    private var ended = false

    public init(info: SessionInfo, model: any LanguageModel, options: LLMOptions, prompts: PromptSet, database: AppDatabase,
                knowledge: KnowledgeIndex?, clock: Clock, ids: IDGenerator = .uuid, observers: [any ChatObserver],
                maxToolRounds: Int = 8, tools: ToolRegistry? = nil, contextBudget: ContextBudget? = nil) throws(AgentError) {
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
        self.contextBudget = contextBudget
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
        // ("… my calf is swollen and warm since the flight", told after a no to keeping health data, then "yes" to keeping a
        // note of it: the consent is recorded and the symptom written, so no plan is made until a doctor clears the runner.)
        if let flag = flagAwaitingConsent {
            flagAwaitingConsent = nil
            if Interview.yesOrNo(text) == true {
                changes += recordConsent(turn: turn)
                changes += recordInHealthFacts(flag, turn: turn)
                let answer = "Thank you. I've kept a note of it, and no plan will be made until a doctor has cleared you to run."
                history += [.user(text), .assistant(AssistantMessage(content: [.text(answer)]))]
                completedTurns.append((turn, historyStart, changes))
                display(.text(answer))
                record(.assistant(turn: turn, text: answer))
                return answer
            }
            // A plain no answers this question, not the one asked before the symptom ("no" there would pass the race
            // date over): nothing is kept, the advice stands, and the question the runner was answering comes again.
            if Interview.yesOrNo(text) == false, text.split(whereSeparator: \.isWhitespace).count <= 4 {
                var answer = "All right: I've kept no note of it, as you asked. Please don't start any training until a doctor has checked you."
                if let question = Self.lastParagraph(ofReplyBefore: history) { answer += "\n\n" + question }
                history += [.user(text), .assistant(AssistantMessage(content: [.text(answer)]))]
                completedTurns.append((turn, historyStart, changes))
                display(.text(answer))
                record(.assistant(turn: turn, text: answer))
                return answer
            }
        }
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
        // Heat is decided on the day, from what the runner says it is like outside: the heat
        // safeguard's advice follows the reply, whatever the model says, and the model hears it.
        let heatNote = flag == nil ? HeatCheck.conditions(in: text).flatMap { HeatCheck.note(for: $0, safeguards: (try? database.safeguards()) ?? []) } : nil
        if let heatNote { record(.error(turn: turn, kind: "heat", message: heatNote)) }
        func fixedAnswer(_ messages: [LLMMessage]) -> String {
            changes += recordInHealthFacts(flag!, turn: turn)
            var answer = SafetyCheck.answer(for: flag!)
            // The runner said no to keeping health data: the plan can wait for a doctor only if this one note is kept.
            if let runner = try? database.runner(id: info.runnerId), HealthConsent.status(of: runner) == .declined {
                flagAwaitingConsent = flag
                answer += " You asked me not to keep health details, so I can't hold your plan for this unless I keep a note of it. "
                    + "May I keep health notes from now on, starting with this one, so that no plan is made until a doctor has cleared you? (yes or no)"
            }
            history = messages + [.assistant(AssistantMessage(content: [.text(answer)]))]
            changes += writeHeldRedFlags(turn: turn)
            completedTurns.append((turn, historyStart, changes))
            display(.text(answer))
            record(.assistant(turn: turn, text: answer))
            return answer
        }

        // The context message sits just before the runner's message; it is re-rendered each round
        // (tools change the profile) and stays in the conversation as last sent.
        let contextIndex = history.count
        var messages = history + [.context(""), .user(text)]
        var shown = ""
        let context = ToolContext(database: database, runnerId: info.runnerId, knowledge: knowledge, clock: clock,
                                  turn: turn, sessionId: info.id, ids: ids)
        do {
            let retrieved = try await knowledge(for: text)
            for _ in 0..<maxToolRounds {
                let (system, runnerContext) = try prompt(knowledge: retrieved)
                messages[contextIndex] = .context(runnerContext + (heatNote.map { "\n\nThe runner reports heat; the heat safeguard applies: \($0)" } ?? ""))
                var request = LLMRequest(system: system, messages: messages, tools: specs, options: options)
                if let contextBudget { request = try fit(request, to: contextBudget, keepFrom: contextIndex, turn: turn) }
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
                let cut = Self.cutToolCalls(in: response)
                messages.append(.assistant(Self.withoutArguments(response.message, callIDs: Set(cut.map(\.id)))))
                if response.toolCalls.isEmpty {
                    if let heatNote {
                        let added = (shown.isEmpty ? "" : "\n\n") + heatNote
                        shown += added
                        display(.text(added))
                        if case .assistant(var last) = messages[messages.count - 1] {
                            last.content.append(.text(added))
                            messages[messages.count - 1] = .assistant(last)
                        }
                    }
                    history = messages
                    changes += writeHeldRedFlags(turn: turn)
                    completedTurns.append((turn, historyStart, changes))
                    record(.assistant(turn: turn, text: shown))
                    return shown
                }
                var results: [ToolResult] = []
                for call in response.toolCalls {
                    if cut.contains(where: { $0.id == call.id }) {
                        // Never run or echo a call whose arguments were cut off: the server cannot
                        // parse them back, and what was written may be half a value.
                        let note = "the reply hit its token limit (max_tokens \(options.maxTokens)) inside this call to \(call.name), "
                            + "so its arguments were incomplete and it was not run"
                        let outcome = ToolOutcome.failure(note)
                        record(.error(turn: turn, kind: "tool_call_cut", message: note))
                        record(.toolResult(turn: turn, callId: call.id, name: call.name, outcome: outcome))
                        results.append(ToolResult(callID: call.id, content: outcome.result.jsonString, isError: true))
                        continue
                    }
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
                if let cut = cut.first {
                    // Asking again with the same limit would be cut the same way: end the turn, and
                    // keep the note in the conversation so the model knows on the next one.
                    let stop = "\n(My reply was cut off at its token limit in the middle of a call to \(cut.name), so I did not run it. "
                        + "What was saved before it is kept; ask again, or raise the reply limit (max tokens).)"
                    display(.text(stop))
                    shown += stop
                    history = messages + [.assistant(AssistantMessage(content: [.text(stop)]))]
                    changes += writeHeldRedFlags(turn: turn)
                    completedTurns.append((turn, historyStart, changes))
                    record(.assistant(turn: turn, text: shown))
                    return shown
                }
            }
            if flag != nil { return fixedAnswer(messages) }
            let stop = "\n(I stopped after \(maxToolRounds) rounds of tool calls without an answer. What is saved so far is kept; "
                + "ask again or rephrase.)"
            record(.error(turn: turn, kind: "tool_rounds", message: "no answer after \(maxToolRounds) model calls"))
            display(.text(stop))
            shown += stop
            history = messages + [.assistant(AssistantMessage(content: [.text(stop)]))]
            changes += writeHeldRedFlags(turn: turn)
            completedTurns.append((turn, historyStart, changes))
            record(.assistant(turn: turn, text: shown))
            return shown
        } catch let error as LLMError where !Task.isCancelled {
            record(.error(turn: turn, kind: error.kind.rawValue, message: error.message))
            // The medical answer does not depend on the model.
            if flag != nil { return fixedAnswer(history + [.user(text)]) }
            takeBack(changes, turn: turn)
            throw AgentError.model(kind: error.kind.rawValue, message: error.message)
        } catch where Task.isCancelled || error is CancellationError {
            // Ctrl-C: whatever the cut stream reported, the runner stopped the reply.
            record(.error(turn: turn, kind: "cancelled", message: "the reply was interrupted"))
            takeBack(changes, turn: turn)
            throw CancellationError()
        } catch {
            record(.error(turn: turn, kind: "internal", message: "\(error)"))
            takeBack(changes, turn: turn)
            throw error
        }
    }

    /// A current red flag becomes one of the runner's health facts, so the plan's stop-running
    /// safeguard sees it (`HealthFlags` reads these lists): pain in `health.currentPain`, other
    /// symptoms in `health.medicalConditions`. Only with health consent recorded: before the
    /// runner has answered the consent question the flag is held (see `writeHeldRedFlags`); after a
    /// no the fixed medical answer is all that happens. A store failure loses the fact, not the answer.
    func recordInHealthFacts(_ flag: SafetyCheck.RedFlag, turn: Int) -> [RunnerChange] {
        if let runner = try? database.runner(id: info.runnerId), HealthConsent.status(of: runner) == .notAsked {
            if !heldRedFlags.contains(flag) { heldRedFlags.append(flag) }
            return []
        }
        do {
            let changes = try Self.recordInHealthFacts(flag, database: database, runnerId: info.runnerId,
                                                       context: WriteContext(source: .user, turn: turn, sessionId: info.id))
            if !changes.isEmpty { record(.runnerUpdate(turn: turn, changes: changes)) }
            return changes
        } catch {
            record(.error(turn: turn, kind: "red_flag", message: "the symptom could not be saved in \(SafetyCheck.healthFact(for: flag).path)"))
            return []
        }
    }

    /// The last paragraph of the reply before the latest runner message: the question that was open when the runner
    /// told of a symptom (the fixed medical answer replaced that turn's words).
    static func lastParagraph(ofReplyBefore history: [LLMMessage]) -> String? {
        guard let lastUser = history.lastIndex(where: { if case .user = $0 { true } else { false } }) else { return nil }
        for message in history[..<lastUser].reversed() {
            guard case .assistant(let reply) = message else { continue }
            let text = reply.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            return text.components(separatedBy: "\n\n").last
        }
        return nil
    }

    /// The runner's yes to keeping health data, given after a red flag: recorded by the `record_consent` tool itself.
    func recordConsent(turn: Int) -> [RunnerChange] {
        let context = ToolContext(database: database, runnerId: info.runnerId, knowledge: knowledge, clock: clock,
                                  turn: turn, sessionId: info.id, ids: ids)
        let outcome = ToolRegistry.consent(["healthData": true], context)
        if !outcome.ok { record(.error(turn: turn, kind: "consent", message: "the consent could not be saved")) }
        if !outcome.changes.isEmpty { record(.runnerUpdate(turn: turn, changes: outcome.changes)) }
        return outcome.changes
    }

    /// At the end of each turn: once the runner has agreed to keep health data, the red flags they
    /// reported before are written; once they have declined, they are forgotten.
    func writeHeldRedFlags(turn: Int) -> [RunnerChange] {
        guard !heldRedFlags.isEmpty, let runner = try? database.runner(id: info.runnerId) else { return [] }
        switch HealthConsent.status(of: runner) {
        case .notAsked:
            return []
        case .declined:
            heldRedFlags = []
            return []
        case .given:
            let held = heldRedFlags
            heldRedFlags = []
            return held.flatMap { recordInHealthFacts($0, turn: turn) }
        }
    }

    /// The write behind `recordInHealthFacts`, shared with `cadence mcp` so both record the same.
    public static func recordInHealthFacts(_ flag: SafetyCheck.RedFlag, database: AppDatabase, runnerId: String,
                                           context: WriteContext) throws -> [RunnerChange] {
        guard let runner = try database.runner(id: runnerId), HealthConsent.status(of: runner) == .given else { return [] }
        let (path, item) = SafetyCheck.healthFact(for: flag)
        let current = (path == "health.currentPain" ? runner.health.currentPain : runner.health.medicalConditions) ?? []
        guard !current.contains(item) else { return [] }
        let value = JSONValue.array((current + [item]).map { .string($0) })
        // A clearance given before this symptom was told does not cover it ("cleared to run in August" after an Achilles
        // repair, then a spot on the shin bone that wakes the runner at night): the plan waits for a clinician again.
        let clearance: [(String, JSONValue)] = runner.health.hasPhysicianClearance == true ? [("health.hasPhysicianClearance", .bool(false))] : []
        return try database.setRunnerFields(runnerId: runnerId, [(path, value)] + clearance, context: context)
    }

    /// Lets a model that can start a conversation (the guided interviewer) greet the runner and
    /// ask its first question. Other models wait for the runner's first message.
    @discardableResult
    public func open(display: @Sendable (ChatDisplay) -> Void = { _ in }) async throws -> String? {
        guard model is any OpensConversation else { return nil }
        let request = LLMRequest(system: try prompt(knowledge: []).system, messages: [], tools: tools.specs, options: options)
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
        return try revert(last.changes, turn: last.turn)
    }

    /// A failed turn's writes are taken back. Should that fail too, the transcript says so; the error the
    /// runner sees stays the turn's own.
    private func takeBack(_ changes: [RunnerChange], turn: Int) {
        do {
            _ = try revert(changes, turn: turn)
        } catch {
            record(.error(turn: turn, kind: "revert", message: "the facts saved in this turn could not be taken back: \(error)"))
        }
    }

    /// Gives the fields a turn wrote their values from before it (recorded as a `runner_update`).
    /// Used by `/undo` and for a failed turn: the conversation forgets a turn that got no answer,
    /// so the profile forgets what it wrote too, and `/retry` starts from where the runner was.
    private func revert(_ changes: [RunnerChange], turn: Int) throws -> [RunnerChange] {
        // Newest first, so a field written twice in the turn ends at its value before the turn.
        var restored: [String: JSONValue] = [:]
        for change in changes.reversed() { restored[change.path] = change.old }
        guard !restored.isEmpty else { return [] }
        let reverted = try database.setRunnerFields(
            runnerId: info.runnerId, restored.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            context: WriteContext(source: .user, turn: turn, sessionId: info.id))
        if !reverted.isEmpty { record(.runnerUpdate(turn: turn, changes: reverted)) }
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

    /// The request within the context budget: earlier exchanges left out and tool descriptions
    /// shortened as needed (noted in the transcript), or a `context_length` error before sending.
    private func fit(_ request: LLMRequest, to budget: ContextBudget, keepFrom: Int, turn: Int) throws -> LLMRequest {
        guard let fit = budget.fit(request, keepFrom: keepFrom, optionalTools: try toolsNotNeededYet()) else {
            let needed = ContextBudget.estimate(LLMRequest(system: request.system, messages: Array(request.messages[keepFrom...]),
                                                           tools: request.tools.map(ContextBudget.compact), options: request.options))
            throw LLMError(.contextLength, "This message needs about \(needed) tokens with Cadence's instructions and tools, and the model's "
                + "context is \(budget.contextTokens) tokens (\(budget.replyRoom(request.options)) kept for the reply). Give the server a "
                + "larger context (llama-server --ctx-size 8192, Ollama num_ctx 8192), or pass --context N if its window is larger.")
        }
        if fit.droppedMessages > 0 || fit.compactTools {
            var what: [String] = []
            if fit.droppedMessages > 0 { what.append("left out the \(fit.droppedMessages) oldest messages") }
            if fit.compactTools { what.append("shortened the tool descriptions") }
            if !fit.leftOutTools.isEmpty { what.append("left out the tools \(fit.leftOutTools.joined(separator: ", "))") }
            record(.error(turn: turn, kind: "context_trimmed",
                          message: what.joined(separator: " and ") + " to fit a \(budget.contextTokens)-token context (about \(fit.estimatedTokens) tokens sent)"))
        }
        return fit.request
    }

    /// Tools a small context may leave out, least needed first: the plan-in-motion tools, then the
    /// plan tools while the profile is not ready for a plan, then knowledge search.
    private func toolsNotNeededYet() throws -> [String] {
        let ready = try database.runner(id: info.runnerId)?.conversationState.readyForPlan ?? false
        return ["adapt_plan", "log_session", "get_week"] + (ready ? [] : ["confirm_plan", "create_plan"]) + ["search_knowledge"]
    }

    /// Calls cut off by the reply's token limit: the last one (it was being written when the limit
    /// hit) and any whose arguments are not JSON. (Invalid arguments in a finished reply are run,
    /// fail with a message the model can act on, and go back as `{}` — see the providers.)
    static func cutToolCalls(in response: LLMResponse) -> [ToolCall] {
        guard response.stopReason == .maxTokens else { return [] }
        let calls = response.toolCalls
        return calls.enumerated().filter { offset, call in call.arguments.value == nil || offset == calls.count - 1 }.map(\.element)
    }

    /// The message with these calls' arguments replaced by `{}`: what the model is told it sent,
    /// so each call and its error result still pair up.
    static func withoutArguments(_ message: AssistantMessage, callIDs: Set<String>) -> AssistantMessage {
        guard !callIDs.isEmpty else { return message }
        return AssistantMessage(content: message.content.map { content in
            guard case .toolCall(var call) = content, callIDs.contains(call.id) else { return content }
            call.arguments = .parsed(.object([:]))
            return .toolCall(call)
        })
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

    /// The prompt for one model call: the system prompt (instructions and coaching voice, the same
    /// every turn so servers can cache it) and the context for the runner's message (the profile as
    /// it is now — tools may have changed it earlier in the turn — what is missing, today's date
    /// and the knowledge).
    func prompt(knowledge: [KnowledgeLine]) throws -> (system: String, context: String) {
        guard let runner = try database.runner(id: info.runnerId) else {
            throw AgentError.store("the runner \(info.runnerId) no longer exists")
        }
        return prompts.prompt(for: runner, today: clock.millis, knowledge: knowledge)
    }

    private func record(_ event: ChatEvent) {
        for observer in observers { observer.record(event) }
    }
}
