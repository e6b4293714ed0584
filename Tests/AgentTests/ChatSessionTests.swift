import CadenceCore
import CadenceTestSupport
import Foundation
import Knowledge
import LLM
import Store
import Testing
import Transcripts
@testable import Agent

struct ChatSessionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let prompts = Result { try PromptSet(directory: root.appendingPathComponent("prompts")) }
    static let today = Date(timeIntervalSince1970: 1_795_780_800)  // 2026-11-27 09:20 UTC

    struct Fixture {
        let database: AppDatabase
        let runner: Runner
        let model: ScriptedModel
        let session: ChatSession
        let transcript: URL

        init(_ turns: [ScriptedModel.Turn], knowledge: KnowledgeIndex? = nil, maxToolRounds: Int = 8) throws {
            database = try AppDatabase.inMemory(clock: .fixed(ChatSessionTests.today), ids: .sequential())
            runner = try database.createRunner(name: "Alex")
            model = ScriptedModel(turns: turns)
            transcript = ScratchFolder.root.appendingPathComponent("t-\(UUID().uuidString)/chat.jsonl")
            let recorder = try TranscriptRecorder(url: transcript, clock: .fixed(ChatSessionTests.today), secrets: ["sk-test-SECRET-key-123"])
            let info = SessionInfo(id: "session-1", provider: "scripted", model: "test", baseURL: nil, promptsDirectory: "prompts",
                                   promptsSHA256: try ChatSessionTests.prompts.get().sha256, runnerId: runner.id, cadenceVersion: "test")
            session = try ChatSession(info: info, model: model, options: LLMOptions(model: "test"), prompts: try ChatSessionTests.prompts.get(),
                                      database: database, knowledge: knowledge, clock: .fixed(ChatSessionTests.today),
                                      observers: [recorder], maxToolRounds: maxToolRounds)
        }

        func lines() throws -> [[String: Any]] {
            try String(contentsOf: transcript, encoding: .utf8).split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
        }
    }

    static func call(_ id: String, _ name: String, _ arguments: JSONValue) -> ToolCall {
        ToolCall(id: id, name: name, arguments: .parsed(arguments))
    }

    /// Issue 15, bug 1: in a reply stopped by its token limit, complete calls run; the call being
    /// written when the limit hit does not, goes back with `{}` arguments and an error result, and
    /// the turn ends instead of asking again with the same limit.
    /// Issue 15, bug 4: the system prompt is the same on every request of a conversation, and each
    /// request starts with the previous request's messages exactly as sent (a cacheable prefix).
    @Test func everyRequestExtendsThePreviousOneAndTheSystemPromptNeverChanges() async throws {
        let fixture = try Fixture([
            .reply("Hi Alex."),
            .toolCalls([Self.call("c1", "update_physical", ["age": 38])]), .reply("38, noted."),
            .reply("Next: your goal."),
        ])
        try await fixture.session.send("Hi, I'm Alex")
        try await fixture.session.send("I'm 38")
        try await fixture.session.send("What now?")
        let requests = fixture.model.requests
        #expect(requests.count == 4)
        #expect(Set(requests.map(\.system)).count == 1)
        // Turn 2's rounds: the profile changed in between, so the context before "I'm 38" is
        // re-rendered; everything before it is unchanged.
        for (index, kept) in [(0, 2), (1, 3), (2, 7)] {
            #expect(requests[index].messages.count == (index == 1 ? 5 : kept))
            #expect(Array(requests[index + 1].messages.prefix(kept)) == Array(requests[index].messages.prefix(kept)))
        }
        guard case .context(let last) = requests[3].messages[requests[3].messages.count - 2] else { Issue.record("no context"); return }
        #expect(last.contains("physical.age: 38"))
    }

    @Test func aCutToolCallIsNotRunAndTheTurnEnds() async throws {
        let fixture = try Fixture([
            .events([.toolCallStarted(index: 0, id: "c1", name: "update_physical"),
                     .toolCallCompleted(index: 0, call: Self.call("c1", "update_physical", ["age": 38])),
                     .toolCallStarted(index: 1, id: "c2", name: "update_running"),
                     .toolCallCompleted(index: 1, call: ToolCall(id: "c2", name: "update_running", rawArguments: #"{"currentVolume":"#)),
                     .stop(.maxTokens)]),
            .reply("Noted."),
        ])
        let answer = try await fixture.session.send("I'm 38 and run 30 km a week")
        #expect(answer.contains("cut off at its token limit in the middle of a call to update_running"))
        #expect(fixture.model.requests.count == 1)
        let runner = try #require(try fixture.database.runner(id: fixture.runner.id))
        #expect(runner.physical.age == 38)
        #expect(runner.running.currentVolume == nil)

        try await fixture.session.send("ok")
        let next = try #require(fixture.model.requests.last)
        let echoed = next.messages.compactMap { if case .assistant(let message) = $0 { return message } else { return nil } }
            .flatMap(\.toolCalls)
        #expect(echoed.map(\.id) == ["c1", "c2"])
        #expect(echoed.last?.arguments == .parsed(.object([:])))
        let results = next.messages.compactMap { if case .toolResults(let results) = $0 { return results } else { return nil } }.flatMap { $0 }
        #expect(results.map(\.callID) == ["c1", "c2"])
        #expect(results.last?.isError == true)
        #expect(results.last?.content.contains("was not run") == true)
        let lines = try fixture.lines()
        #expect(lines.contains { $0["type"] as? String == "error" && $0["kind"] as? String == "tool_call_cut" })
    }

    @Test func toolCallsWriteTheRunnerWithProvenanceAndTheTranscriptRecordsIt() async throws {
        let fixture = try Fixture([
            .toolCalls([Self.call("c1", "update_goals", ["goalType": "race", "raceDistance": 21.0975, "raceDate": "2027-04-20"]),
                        Self.call("c2", "update_physical", ["age": 38])], text: "Great, noting that. "),
            .reply("Half marathon on 20 April, ", "noted. How many km do you run a week?"),
        ])
        let answer = try await fixture.session.send("I'm 38 and I want to run a half marathon on 20 April")
        #expect(answer == "Great, noting that. Half marathon on 20 April, noted. How many km do you run a week?")
        let runner = try #require(try fixture.database.runner(id: fixture.runner.id))
        #expect(runner.goals.goalType == .race)
        #expect(runner.goals.raceDistance == 21.0975)
        #expect(runner.goals.raceDate == 1_808_179_200_000)
        #expect(runner.physical.age == 38)
        let history = try fixture.database.fieldHistory(runnerId: runner.id, path: "goals.raceDate")
        #expect(history.map(\.source) == [.user])
        #expect(history.first?.turn == 1)
        #expect(history.first?.sessionId == "session-1")

        // The second request carries the tool results back to the model.
        let second = try #require(fixture.model.requests.last)
        guard case .toolResults(let results)? = second.messages.last else { Issue.record("no tool results sent"); return }
        #expect(results.map(\.callID) == ["c1", "c2"])
        #expect(results.allSatisfy { !$0.isError })
        #expect(second.tools.map(\.name).contains("update_goals"))

        let lines = try fixture.lines()
        #expect(lines.map { $0["type"] as? String } == ["session", "user", "model_response", "tool_result", "runner_update",
                                                         "tool_result", "runner_update", "model_response", "assistant"])
        #expect(lines.map { $0["seq"] as? Int } == Array(0..<lines.count))
        #expect(lines.allSatisfy { $0["v"] as? Int == 1 && ($0["ts"] as? String)?.hasPrefix("2026-11-27T") == true })
        let update = try #require(lines.first { $0["type"] as? String == "runner_update" })
        let changes = try #require(update["changes"] as? [[String: Any]])
        #expect(changes.map { $0["path"] as? String } == ["goals.goalType", "goals.raceDate", "goals.raceDistance"])
        #expect(changes.allSatisfy { $0["source"] as? String == "user" })
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.transcript.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func invalidArgumentsAndUnknownToolsWriteNothingAndTellTheModelWhy() async throws {
        let fixture = try Fixture([
            .toolCalls([
                Self.call("c1", "update_physical", ["age": 300, "heightCm": 180]),
                Self.call("c2", "update_schedule", ["preferredDays": ["monday", "someday"]]),
                Self.call("c3", "update_goals", ["favouriteColour": "blue"]),
                Self.call("c4", "delete_everything", [:]),
                ToolCall(id: "c5", name: "update_running", rawArguments: "{not json"),
            ]),
            .reply("Sorry, let me ask again: how old are you?"),
        ])
        try await fixture.session.send("I'm 300 years old")
        let runner = try #require(try fixture.database.runner(id: fixture.runner.id))
        #expect(runner.physical.age == nil)
        #expect(runner.physical.heightCm == nil)  // one bad value in a call saves nothing of it
        #expect(runner.schedule.preferredDays == nil)
        guard case .toolResults(let results)? = fixture.model.requests.last?.messages.last else { Issue.record("no tool results"); return }
        #expect(results.allSatisfy { $0.isError })
        #expect(results[0].content.contains("physical.age must be a whole number from 5 to 100"))
        #expect(results[1].content.contains("schedule.preferredDays must be"))
        #expect(results[2].content.contains("goals.favouriteColour is not a field you can set here"))
        #expect(results[3].content.contains("unknown tool delete_everything"))
        #expect(results[4].content.contains("not a JSON object"))
        let lines = try fixture.lines()
        #expect(!lines.contains { $0["type"] as? String == "runner_update" })
        let raw = try #require(lines.first { $0["type"] as? String == "model_response" }?["toolCalls"] as? [[String: Any]])
        #expect((raw.last?["arguments"] as? [String: Any])?["raw"] as? String == "{not json")
    }

    @Test func aTurnStopsAfterTheMaximumToolRounds() async throws {
        let loop = ScriptedModel.Turn.toolCalls([Self.call("c", "get_profile", [:])])
        let fixture = try Fixture([loop, loop, loop], maxToolRounds: 3)
        let answer = try await fixture.session.send("hello")
        #expect(answer.contains("I stopped after 3 rounds of tool calls"))
        #expect(fixture.model.requests.count == 3)
        #expect(try fixture.lines().contains { $0["type"] as? String == "error" && $0["kind"] as? String == "tool_rounds" })
    }

    /// The fixed answer is decided in code; the model still hears the message (so its other facts
    /// are recorded) but gets no plan tools, and its words never reach the runner. (Before issue #13
    /// the model was not asked at all, and a goal said in the same message was lost.)
    @Test func redFlagsGetTheFixedAnswerWhileOtherFactsAreKept() async throws {
        let fixture = try Fixture([
            .toolCalls([Self.call("c1", "update_goals", ["goalType": "race"]), Self.call("c2", "create_plan", [:])]),
            .reply("should not be shown"),
        ])
        let answer = try await fixture.session.send("I had chest pain on my run yesterday, can I still do intervals for my race?")
        #expect(answer.contains("needs a doctor"))
        #expect(answer.contains("emergency"))
        #expect(!answer.contains("should not be shown"))
        #expect(fixture.model.requests.count == 2)
        #expect(fixture.model.requests.allSatisfy { !$0.tools.contains { ["create_plan", "confirm_plan", "adapt_plan"].contains($0.name) } })
        #expect(try fixture.database.runner(id: fixture.runner.id)?.goals.goalType == .race)
        #expect(try fixture.database.currentPlan(runnerId: fixture.runner.id) == nil)
        let lines = try fixture.lines()
        #expect(lines.contains { $0["type"] as? String == "error" && $0["kind"] as? String == "red_flag" })
        #expect(SafetyCheck.check("my shin has a sharp pain when I hop") != nil)
        #expect(SafetyCheck.check("I fainted after the race") != nil)
        #expect(SafetyCheck.check("my legs are a bit sore after the long run") == nil)
        #expect(SafetyCheck.check("I want to run a marathon") == nil)
    }

    @Test func aModelFailureDropsTheTurnSoItCanBeRetried() async throws {
        let fixture = try Fixture([
            .failure(after: [.textDelta("Hal")], LLMError(.overloaded, "The provider is overloaded. Try again in a minute.")),
            .reply("Hi Alex!"),
        ])
        await #expect(throws: AgentError.model(kind: "overloaded", message: "The provider is overloaded. Try again in a minute.")) {
            try await fixture.session.send("hello")
        }
        try await fixture.session.send("hello again")
        let messages = try #require(fixture.model.requests.last).messages
        // The failed turn is not part of the conversation: only this turn's context and message.
        guard messages.count == 2, case .context = messages[0], case .user("hello again") = messages[1] else {
            Issue.record("expected only this turn's context and message: \(messages)"); return
        }
        #expect(try fixture.lines().contains { $0["type"] as? String == "error" && $0["kind"] as? String == "overloaded" })
    }

    /// Issue 15: a turn that fails after its tools wrote leaves nothing behind — the conversation
    /// forgets it and so does the profile (recorded as a runner_update), so /retry starts clean.
    @Test func aFailedTurnTakesBackItsWrites() async throws {
        let fixture = try Fixture([
            .toolCalls([Self.call("c1", "update_physical", ["age": 38])]), .reply("38, noted."),
            .toolCalls([Self.call("c2", "update_physical", ["age": 83])]),
            .failure(after: [], LLMError(.server, "The provider had an internal error.")),
        ])
        try await fixture.session.send("I'm 38")
        await #expect(throws: AgentError.self) { try await fixture.session.send("no, 83") }
        let runner = try #require(try fixture.database.runner(id: fixture.runner.id))
        #expect(runner.physical.age == 38)
        let updates = try fixture.lines().filter { $0["type"] as? String == "runner_update" && $0["turn"] as? Int == 2 }
        #expect(updates.count == 2, "\(updates)")  // the write, then its reversal
        #expect(try await fixture.session.undo()?.map(\.path) == ["physical.age"])  // the last completed turn is turn 1
        #expect(try #require(try fixture.database.runner(id: fixture.runner.id)).physical.age == nil)
    }

    @Test func theSystemPromptCarriesTheProfileVoiceDateAndKnowledge() async throws {
        let files = try KnowledgeBaseFiles.load(from: Self.root.appendingPathComponent("Tests/Fixtures/KnowledgeBaseSample"), now: 0)
        let index = try await KnowledgeIndex(entries: files.entries,
                                             embedder: HashingEmbedder(corpus: files.entries.map(\.embeddingText), lexicon: files.lexicon))
        let fixture = try Fixture([.reply("ok")], knowledge: index)
        try fixture.database.setRunnerFields(runnerId: fixture.runner.id, [("coaching.coachingVoice", "tough_love"), ("physical.age", 38)],
                                             context: .manual)
        try await fixture.session.send("my shins hurt")
        // The system prompt holds the instructions and the voice; the live facts travel in the
        // context message just before the runner's message (issue 15: a prefix that caches).
        let request = try #require(fixture.model.requests.first)
        let system = try #require(request.system)
        #expect(system.contains("Coaching voice: tough love"))
        #expect(!system.contains("physical.age") && !system.contains("2026-11-27"))
        guard request.messages.count == 2, case .context(let context) = request.messages[0], case .user("my shins hurt") = request.messages[1] else {
            Issue.record("expected a context message, then the runner's: \(request.messages)"); return
        }
        #expect(context.contains("Today is 2026-11-27."))
        #expect(context.contains("physical.age: 38"))
        #expect(context.contains("Still missing (ask for these, most important first): goals.goalType"))
        #expect(context.contains("[shin-splints] Shin splints"))
        #expect(fixture.model.requests.first?.tools.map(\.name).contains("search_knowledge") == true)
    }

    @Test func undoTakesBackTheLastExchangeAndItsWrites() async throws {
        let fixture = try Fixture([
            .toolCalls([Self.call("c1", "update_physical", ["age": 38])]), .reply("38, noted."),
            .toolCalls([Self.call("c2", "update_physical", ["age": 83]), Self.call("c3", "update_running", ["currentVolume": 30])]),
            .reply("83 and 30 km, noted."),
            .reply("Fine."),
        ])
        try await fixture.session.send("I'm 38")
        try await fixture.session.send("oops I'm 83 and run 30k")
        let reverted = try #require(try await fixture.session.undo())
        #expect(Set(reverted.map(\.path)) == ["physical.age", "running.currentVolume"])
        let runner = try #require(try fixture.database.runner(id: fixture.runner.id))
        #expect(runner.physical.age == 38)
        #expect(runner.running.currentVolume == nil)
        try await fixture.session.send("next")
        // The undone exchange is gone from the conversation the model sees.
        let messages = try #require(fixture.model.requests.last).messages
        // context, user, assistant(tool call), tool results, assistant — then this turn's context, user.
        #expect(messages.count == 7, "\(messages)")
        if case .user("I'm 38") = messages[1], case .user("next") = messages[6] {} else { Issue.record("\(messages)") }
        #expect(try await fixture.session.undo()?.isEmpty == true)   // "next" changed nothing
        #expect(try await fixture.session.undo()?.map(\.path) == ["physical.age"])
        #expect(try await fixture.session.undo() == nil)
        #expect(try fixture.database.runner(id: fixture.runner.id)?.physical.age == nil)
    }

    @Test func plansReachTheModelOnlyAfterTheSafeguardCheck() async throws {
        let fixture = try Fixture([
            .toolCalls([Self.call("p1", "create_plan", [:])]), .reply("Not yet."),
            .toolCalls([Self.call("p2", "create_plan", ["start": "2026-11-30"])]), .reply("Here is your plan."),
        ])
        // Not ready: the tool refuses and names what is missing.
        try await fixture.session.send("make me a plan")
        guard case .toolResults(let refused)? = fixture.model.requests.last?.messages.last else { Issue.record("no tool result"); return }
        #expect(refused.first?.isError == true)
        #expect(refused.first?.content.contains("goals.goalType") == true)

        let files = try KnowledgeBaseFiles.load(from: Self.root.appendingPathComponent("KnowledgeBase"), now: 0)
        try fixture.database.replaceKnowledgeBase(entries: [], safeguards: files.safeguards, lexicon: [:])
        try fixture.database.setRunnerFields(runnerId: fixture.runner.id, [
            ("goals.goalType", "race"), ("goals.raceDistance", 10), ("goals.raceDate", "2027-03-14"), ("running.currentVolume", 20),
            ("running.currentFrequency", 3), ("running.experienceLevel", "casual"), ("schedule.preferredDays", ["tuesday", "thursday", "sunday"]),
            ("schedule.longRunDay", "sunday"), ("health.pastInjuries", []), ("health.currentPain", []), ("physical.age", 40),
            ("legal.healthConsentAt", "2026-11-27"),
        ], context: .manual)
        try await fixture.session.send("now make me a plan")
        guard case .toolResults(let results)? = fixture.model.requests.last?.messages.last else { Issue.record("no tool result"); return }
        let result = try JSONValue(parsing: try #require(results.first).content)
        let plan = try #require(try fixture.database.currentPlan(runnerId: fixture.runner.id))
        #expect(result["planId"]?.stringValue == plan.id)
        #expect(result["weeks"]?.arrayValue?.count == plan.durationWeeks)
        #expect(result["startDate"] == "2026-11-30")
        #expect(plan.safeguardApplications.count >= 15)
        let safeguard = try #require(try fixture.lines().first { $0["type"] as? String == "safeguard" })
        #expect(safeguard["planId"] as? String == plan.id)
        #expect(["passed", "adjusted", "needs_confirmation"].contains(safeguard["verdict"] as? String ?? ""))
        #expect((safeguard["applications"] as? [Any])?.count == plan.safeguardApplications.count)
        #expect(try fixture.database.runner(id: fixture.runner.id)?.goals.goalFeasibility != nil)
    }

    @Test func secretsNeverReachTheTranscript() async throws {
        let fixture = try Fixture([.reply("Your key sk-test-SECRET-key-123 is set")])
        try await fixture.session.send("my key is sk-test-SECRET-key-123")
        await fixture.session.end(reason: "eof")
        let text = try String(contentsOf: fixture.transcript, encoding: .utf8)
        #expect(!text.contains("sk-test-SECRET-key-123"))
        #expect(text.contains("[redacted]"))
        #expect(try fixture.lines().last?["type"] as? String == "end")
    }

    @Test func brokenPromptSetsAreClearErrors() throws {
        let folder = ScratchFolder.root.appendingPathComponent("prompts-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("prompts"), to: folder)
        try "Hello {{#unclosed}}".write(to: folder.appendingPathComponent("system.mustache"), atomically: true, encoding: .utf8)
        #expect { try PromptSet(directory: folder) } throws: { "\($0)".contains("system.mustache: is not a valid Mustache template") }
        // The message says where and what, not a `ParserError(...)` dump.
        try "Line one\nHello {{name\n".write(to: folder.appendingPathComponent("system.mustache"), atomically: true, encoding: .utf8)
        #expect { try PromptSet(directory: folder) } throws: { error in
            let text = "\(error)"
            return text.contains("line ") && text.contains("not closed") && !text.contains("ParserError")
        }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("system.mustache"))
        #expect { try PromptSet(directory: folder) } throws: { "\($0)".contains("system.mustache: is missing") }
        let good = try Self.prompts.get()
        #expect(good.sha256.count == 64)
        #expect(try PromptSet(directory: Self.root.appendingPathComponent("prompts")).sha256 == good.sha256)
    }

    @Test func profileToolSchemasComeFromTheFieldCatalogue() throws {
        let registry = try ToolRegistry(prompts: try Self.prompts.get(), includeKnowledge: false)
        let physical = try #require(registry.specs.first { $0.name == "update_physical" })
        let age = try #require(physical.parameters["properties"]?["age"])
        #expect(age["type"] == "integer")
        #expect(age["minimum"] == 5)
        #expect(age["maximum"] == 100)
        let running = try #require(registry.specs.first { $0.name == "update_running" })
        #expect(running.parameters["properties"]?["experienceLevel"]?["enum"]
            == ["beginner", "returning", "casual", "serious", "competitive"])
        #expect(running.parameters["properties"]?["actualWeeklyVolume"] == nil)  // derived fields are not the model's to write
        #expect(registry.specs.map(\.name) == ["update_identity", "update_physical", "update_running", "update_goals",
                                               "update_schedule", "update_health", "update_coaching", "get_profile",
                                               "confirm_fields", "record_consent", "create_plan", "confirm_plan",
                                               "get_week", "log_session", "adapt_plan"])
        #expect(physical.description.hasPrefix("Record physical facts"))
    }
}
