import Agent
import CadenceCore
import Coaching
import Dispatch
import Foundation
import GuidedInterview
import Knowledge
import LLM
import Store

/// The terminal side of a chat: reads messages, streams replies, handles slash commands and Ctrl-C.
final class ChatREPL: @unchecked Sendable {
    let session: ChatSession
    let database: AppDatabase
    let knowledge: KnowledgeIndex?
    let modelName: String
    let transcript: URL
    let databasePath: String
    let interactive: Bool
    private let lock = NSLock()
    private var replyTask: Task<Void, Never>?
    private var lastFailedMessage: String?
    private var unanswered = 0

    init(session: ChatSession, database: AppDatabase, knowledge: KnowledgeIndex?, modelName: String, transcript: URL,
         databasePath: String, interactive: Bool) {
        self.databasePath = databasePath
        self.session = session
        self.database = database
        self.knowledge = knowledge
        self.modelName = modelName
        self.transcript = transcript
        self.interactive = interactive
    }

    static let commands = [
        ("/help", "this list"), ("/profile", "what Cadence knows about you"), ("/missing", "what a plan still needs"),
        ("/kb QUERY", "search the knowledge base"), ("/plan", "your training plan (made and checked when you are ready)"), ("/tokens", "tokens used in this session"),
        ("/cost", "what this session cost"), ("/retry", "send the last message again after an error"),
        ("/undo", "take back your last message and what it changed in your profile"),
        ("/save", "where your profile and this conversation are saved"), ("/quit", "end the session"),
    ]

    /// Runs the session; returns how many messages got no answer (an error instead of a reply).
    @discardableResult
    func run() async -> Int {
        let signals = interactive ? installInterruptHandler() : nil
        if interactive {
            Terminal.aside("Transcript: \(transcript.path). Type /help for commands, Ctrl-D to finish.")
        }
        do {
            let wrapper = OutputWrapper(enabled: interactive)
            if let greeting = try await session.open(display: { if case .text(let text) = $0 { wrapper.write(text) } }) {
                wrapper.finish()
                if !greeting.hasSuffix("\n") { Terminal.write("\n") }
            } else if interactive {
                Terminal.note("Tell your coach what you are training for.")
            }
        } catch {
            Terminal.error("error: \(error)")
        }
        let editor = interactive ? LineEditor(historyFile: URL(fileURLWithPath: GlobalOptions.cadenceHome).appendingPathComponent("chat_history")) : nil
        while true {
            let line: String
            if let editor {
                FileHandle.standardError.write(Data("\n".utf8))
                guard case .line(let typed) = editor.read(prompt: "› ") else { break }
                line = typed
            } else {
                guard let typed = readLine(strippingNewline: true) else { break }
                line = typed
            }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if text.hasPrefix("/") {
                if await command(text) { break }
                continue
            }
            await reply(to: text)
        }
        signals?.cancel()
        await session.end(reason: "user")
        if interactive { Terminal.note(savedNote) }
        return lock.withLock { unanswered }
    }

    /// Said whenever an interactive session ends (Ctrl-D, Ctrl-C at the prompt, /quit).
    var savedNote: String {
        WordWrapper.wrap("Session saved: your profile in \(databasePath), this conversation in \(transcript.path). "
            + "Run `cadence chat` to pick up where you left off (`cadence chat --continue` also brings back this conversation).",
            width: Terminal.columns(of: STDERR_FILENO))
    }

    /// Sends a message and prints the reply as it streams.
    private func reply(to text: String) async {
        let task = Task { [session] in
            let wrapper = OutputWrapper(enabled: self.interactive)
            do {
                let answer = try await session.send(text) { display in
                    switch display {
                    case .text(let delta): wrapper.write(delta)
                    case .toolCall(let name): if self.interactive { wrapper.interrupt(); Terminal.aside("· \(name)") }
                    case .retrying(let attempt, _, let message):
                        wrapper.interrupt()
                        Terminal.aside("· retrying (attempt \(attempt + 1)): \(message)")
                    }
                }
                wrapper.finish()
                if !answer.hasSuffix("\n") { Terminal.write("\n") }
                self.setFailed(nil)
            } catch is CancellationError {
                wrapper.finish()
                Terminal.write("\n")
                Terminal.aside("(stopped)")
            } catch {
                wrapper.finish()
                Terminal.write("\n")
                Terminal.error("error: \(error)")
                self.setFailed(text)
                self.lock.withLock { self.unanswered += 1 }
            }
        }
        setReplyTask(task)
        await task.value
        setReplyTask(nil)
    }

    /// Handles a slash command; true when the session should end.
    private func command(_ text: String) async -> Bool {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        // Recorded so a replay can repeat it (`/undo` records itself, with what it reverted).
        if !["/undo", "/quit", "/exit"].contains(parts[0]), Self.commands.contains(where: { $0.0.hasPrefix(parts[0] + " ") || $0.0 == parts[0] }) {
            await session.recordCommand(String(parts[0].dropFirst()), argument: parts.count == 2 ? parts[1] : nil)
        }
        switch parts[0] {
        case "/quit", "/exit":
            return true
        case "/help":
            for (name, help) in Self.commands { print("\(name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(help)") }
        case "/profile":
            // In the runner's words and units; `cadence runner show` lists every field by path.
            if let runner = try? database.runner(id: await session.runnerId) {
                let summary = ProfileSummary(runner: runner)
                print((summary.lines + [summary.stillNeededSentence]).joined(separator: "\n"))
            }
        case "/missing":
            if let runner = try? database.runner(id: await session.runnerId) {
                print(ProfileSummary(runner: runner).stillNeededSentence)
            }
        case "/tokens":
            let usage = await session.usage
            print("tokens: input \(usage.inputTokens), output \(usage.outputTokens), cache read \(usage.cacheReadTokens), cache write \(usage.cacheWriteTokens)")
        case "/cost":
            let usage = await session.usage
            let cost = (try? PriceTable.load(from: URL(fileURLWithPath: GlobalOptions.cadenceHome).appendingPathComponent("prices.json")))?
                .cost(of: usage, model: modelName) ?? PriceTable.defaults.cost(of: usage, model: modelName)
            print(cost.map { String(format: "this session: $%.4f (%@)", $0, modelName) } ?? "cost unknown: no price for \(modelName)")
        case "/plan":
            do {
                let runnerId = await session.runnerId
                if let plan = try database.currentPlan(runnerId: runnerId) {
                    let feasibility = try database.runner(id: runnerId)?.goals.goalFeasibility
                    print(PlanFormatter.overview(plan, sessions: try database.plannedSessions(planId: plan.id), feasibility: feasibility,
                                                 safeguards: (try? database.safeguards()) ?? []))
                } else {
                    let gated = try PlanGate(database: database, clock: GlobalOptions.clock(), ids: .uuid).create(runnerId: runnerId)
                    print(PlanFormatter.overview(gated.plan, sessions: gated.checked.sessions, feasibility: gated.checked.assessment.feasibility,
                                                 safeguards: (try? database.safeguards()) ?? []))
                }
                print(Terminal.dim("`cadence plan show --week N` has every session and why it is there."))
            } catch {
                Terminal.error("error: \(error)")
            }
        case "/kb":
            guard parts.count == 2, let knowledge else {
                print(knowledge == nil ? "The knowledge base is not available." : "Usage: /kb QUERY")
                return false
            }
            do {
                for hit in try await knowledge.search(parts[1], k: 3) {
                    print("\(Terminal.bold(hit.entry.title)) [\(hit.entry.id)]\n  \(hit.entry.summary)")
                }
            } catch {
                Terminal.error("error: \(error)")
            }
        case "/undo":
            do {
                guard let reverted = try await session.undo() else {
                    print("Nothing to undo.")
                    return false
                }
                print(try Self.undoneSentence(reverted, runner: database.runner(id: await session.runnerId)))
            } catch {
                Terminal.error("error: \(error)")
            }
        case "/save":
            print("Everything is saved as you go: your profile in \(databasePath), this conversation in \(transcript.path).")
        case "/retry":
            guard let message = failedMessage() else {
                print("Nothing to retry.")
                return false
            }
            await reply(to: message)
        default:
            print("Unknown command \(parts[0]); /help lists them.")
        }
        return false
    }

    /// What `/undo` put back, in plain words and the runner's units: "Took back your last message;
    /// the race date is back to not set, your weekly distance to 30 km."
    static func undoneSentence(_ reverted: [RunnerChange], runner: Runner?) -> String {
        guard !reverted.isEmpty else { return "Took back your last message." }
        let summary = runner.map { ProfileSummary(runner: $0) }
        let items = reverted.map { change in
            summary?.readBack(path: change.path, value: change.new) ?? ProfileSummary.plainName(of: change.path)
        }
        return "Took back your last message and what it changed. Now \(items.joined(separator: "; "))."
    }

    /// Ctrl-C stops a reply in progress; between replies it ends the session (at the prompt the
    /// line editor reads Ctrl-C as a key).
    private func installInterruptHandler() -> DispatchSourceSignal {
        // On macOS a signal source needs the default action turned off; Linux's libdispatch
        // installs its own handler, and an ignored signal would never reach it.
        #if os(macOS)
        signal(SIGINT, SIG_IGN)
        #endif
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in
            guard let self else { return }
            if let task = self.currentReplyTask() {
                task.cancel()
            } else {
                Terminal.note("\n" + self.savedNote)
                exit(0)
            }
        }
        source.resume()
        return source
    }

    private func setReplyTask(_ task: Task<Void, Never>?) { lock.withLock { replyTask = task } }
    private func currentReplyTask() -> Task<Void, Never>? { lock.withLock { replyTask } }
    private func setFailed(_ message: String?) { lock.withLock { lastFailedMessage = message } }
    private func failedMessage() -> String? { lock.withLock { lastFailedMessage } }
}

/// A reply written word-wrapped at the terminal's width as it streams (when `enabled`: on a
/// terminal), else passed through untouched.
final class OutputWrapper: @unchecked Sendable {
    private let lock = NSLock()
    private var wrapper: WordWrapper?

    init(enabled: Bool) {
        wrapper = enabled && isatty(STDOUT_FILENO) == 1 ? WordWrapper(width: Terminal.columns(of: STDOUT_FILENO)) : nil
    }

    func write(_ text: String) {
        let out = lock.withLock { wrapper == nil ? text : wrapper!.feed(text) }
        Terminal.write(out)
    }

    /// Writes what is held back (the last word).
    func finish() {
        let out = lock.withLock { wrapper?.flush() ?? "" }
        if !out.isEmpty { Terminal.write(out) }
    }

    /// Something else is about to be shown on its own row (a tool note): what is held back goes
    /// first, and the reply goes on at the start of a row.
    func interrupt() {
        let out = lock.withLock { () -> String in
            guard var current = wrapper else { return "" }
            var out = current.flush()
            if current.column > 0 { out += "\n" }
            current = WordWrapper(width: current.width)
            wrapper = current
            return out
        }
        if !out.isEmpty { Terminal.write(out) }
    }
}
