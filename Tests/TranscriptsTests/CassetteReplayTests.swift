import Agent
import CadenceCore
import Foundation
import LLM
import Store
import CadenceTestSupport
import Testing
@testable import Transcripts
import GuidedInterview

/// Cassette replay of a recorded conversation reproduces it, and reports a change when there is one.
struct CassetteReplayTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Records a guided onboarding to a transcript file.
    static func record() async throws -> (URL, PromptSet, Runner) {
        let clock = Clock.fixed(Date(timeIntervalSince1970: 1_795_780_800))
        let prompts = try PromptSet(directory: root.appendingPathComponent("prompts"))
        let database = try AppDatabase.inMemory(clock: clock, ids: .sequential())
        let runner = try database.createRunner(name: "Runner", context: WriteContext(source: .inferred))
        let url = ScratchFolder.root.appendingPathComponent("replay-\(UUID().uuidString).jsonl")
        let recorder = try TranscriptRecorder(url: url, clock: clock)
        let info = SessionInfo(id: "s", provider: "guided", model: GuidedInterviewer.modelName, baseURL: nil, promptsDirectory: "prompts",
                               promptsSHA256: prompts.sha256, runnerId: runner.id, cadenceVersion: "test")
        let session = try ChatSession(info: info, model: try GuidedInterviewer(database: database, runnerId: runner.id, prompts: prompts, clock: clock),
                                      options: LLMOptions(model: "guided"), prompts: prompts, database: database, knowledge: nil,
                                      clock: clock, observers: [recorder])
        _ = try await session.open()
        for answer in ["Alex", "yes", "half marathon on 2027-04-20, aiming for 1:45", "30k a week over 4 days", "casual",
                       "I have chest pain when I run", "Mon, Wed, Fri and Sun", "Sunday", "shin splints last year", "nothing", "38"] {
            try await session.send(answer)
        }
        await session.end(reason: "eof")
        return (url, prompts, try #require(try database.runner(id: runner.id)))
    }

    @Test func replayingReproducesTheRunnerObject() async throws {
        let (url, prompts, recorded) = try await Self.record()
        let report = try await CassetteReplay.run(url, prompts: prompts, knowledge: .empty)
        #expect(report.differences == [])
        #expect(report.turns == 11)
        for path in ["identity.name", "goals.raceDate", "goals.targetTime", "running.currentVolume", "schedule.preferredDays",
                     "schedule.longRunDay", "health.pastInjuries", "physical.age"] {
            #expect(try report.runner.value(at: path) == recorded.value(at: path), "\(path)")
        }
        #expect(report.runner.conversationState.readyForPlan == recorded.conversationState.readyForPlan)
    }

    @Test func aDifferenceIsReported() async throws {
        let (url, prompts, _) = try await Self.record()
        // What the tools wrote then is not what today's tools write.
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(#""new":38"#))
        try text.replacingOccurrences(of: #""new":38"#, with: #""new":39"#).write(to: url, atomically: true, encoding: .utf8)
        let report = try await CassetteReplay.run(url, prompts: prompts, knowledge: .empty)
        #expect(report.differences.contains { $0.contains("physical.age was 39, now 38") })

        // A recorded call that today's tools refuse is a difference in outcome too.
        let refused = text.replacingOccurrences(of: #"{"age":38}"#, with: #"{"age":380}"#)
        try refused.write(to: url, atomically: true, encoding: .utf8)
        let second = try await CassetteReplay.run(url, prompts: prompts, knowledge: .empty)
        #expect(second.differences.contains { $0.contains("update_physical refused") })
    }

    @Test func aFileThatIsNotATranscriptIsAClearError() async throws {
        let url = ScratchFolder.root.appendingPathComponent("not-\(UUID().uuidString).jsonl")
        try #"{"type":"user","text":"hi"}"#.write(to: url, atomically: true, encoding: .utf8)
        let prompts = try PromptSet(directory: Self.root.appendingPathComponent("prompts"))
        await #expect(throws: TranscriptError.invalid(url.path, "the first line is not a session event")) {
            _ = try await CassetteReplay.run(url, prompts: prompts, knowledge: .empty)
        }
    }

    /// A model that fills the profile of a runner with a sore knee and asks for a plan.
    static func recordPlanConversation(knowledge: KnowledgeSnapshot) async throws -> URL {
        let clock = Clock.fixed(Date(timeIntervalSince1970: 1_795_780_800))
        let prompts = try PromptSet(directory: root.appendingPathComponent("prompts"))
        let (database, runner) = try knowledge.scratchDatabase(clock: clock, ids: .sequential())
        let url = ScratchFolder.root.appendingPathComponent("plan-\(UUID().uuidString).jsonl")
        func call(_ id: String, _ name: String, _ arguments: JSONValue) -> ToolCall { ToolCall(id: id, name: name, arguments: .parsed(arguments)) }
        let model = ScriptedModel(turns: [
            .toolCalls([
                call("1", "record_consent", ["terms": true, "privacy": true, "healthData": true]),
                call("2", "update_goals", ["goalType": "race", "raceDistance": 21.0975, "raceDate": "2027-04-20"]),
                // Serious, not casual: a casual runner's first half is a novice plan with no hard
                // sessions, which would leave the knee rule nothing to remove.
                call("3", "update_running", ["currentVolume": 30, "currentFrequency": 4, "experienceLevel": "serious"]),
                call("4", "update_schedule", ["availableDays": 4, "preferredDays": ["monday", "wednesday", "friday", "sunday"], "longRunDay": "sunday"]),
                call("5", "update_health", ["pastInjuries": [], "currentPain": ["knee"]]),
                call("6", "update_physical", ["age": 38]),
            ]),
            .toolCalls([call("7", "create_plan", [:])]),
            .reply("Here is your plan."),
        ])
        let info = SessionInfo(id: "s", provider: "test", model: "scripted", baseURL: nil, promptsDirectory: "prompts",
                               promptsSHA256: prompts.sha256, runnerId: runner.id, cadenceVersion: "test")
        let session = try ChatSession(info: info, model: model, options: LLMOptions(model: "scripted"), prompts: prompts, database: database,
                                      knowledge: knowledge.index, clock: clock, observers: [try TranscriptRecorder(url: url, clock: clock)])
        try await session.send("Half marathon on 20 April, 30k a week over 4 runs, Mon Wed Fri Sun, my knee is sore, I'm 38. Plan please.")
        return url
    }

    @Test func planVerdictsAreReplayedAndAChangedSafeguardIsReported() async throws {
        let knowledge = try await KnowledgeSnapshot.load(from: Self.root.appendingPathComponent("KnowledgeBase"))
        let url = try await Self.recordPlanConversation(knowledge: knowledge)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(#""type":"safeguard""#))
        let prompts = try PromptSet(directory: Self.root.appendingPathComponent("prompts"))
        let same = try await CassetteReplay.run(url, prompts: prompts, knowledge: knowledge)
        #expect(same.differences == [])

        // Today's knowledge base without its safeguards: the plan is no longer adjusted for the knee.
        let report = try await CassetteReplay.run(url, prompts: prompts, knowledge: .empty)
        #expect(report.differences.contains { $0.contains("plan adjusted (") && $0.contains("no_hard_sessions_with_current_pain") && $0.contains("now") })
    }

    @Test func aChangedToolHandlerIsReported() async throws {
        let (url, prompts, _) = try await Self.record()
        // A handler that has started saving ages in months.
        let changed = try ToolRegistry(prompts: prompts, includeKnowledge: false).replacingHandler(of: "update_physical") { arguments, context, original in
            var arguments = arguments.objectValue ?? [:]
            if let age = arguments["age"]?.doubleValue { arguments["age"] = .number(age * 12) }
            return await original(.object(arguments), context)
        }
        let report = try await CassetteReplay.run(url, prompts: prompts, knowledge: .empty, tools: changed)
        #expect(report.differences.contains { $0.contains("physical.age was 38, now not written") })
        #expect(report.differences.contains { $0.contains("tool outcomes and plan verdicts were update_physical ok") && $0.contains("now update_physical refused") })

        // Unchanged tools replay the same.
        let same = try await CassetteReplay.run(url, prompts: prompts, knowledge: .empty,
                                                tools: try ToolRegistry(prompts: prompts, includeKnowledge: false))
        #expect(same.differences == [])
    }
}
