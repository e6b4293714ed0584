import Agent
import CadenceCore
import Foundation
import GuidedInterview
import LLM
import Store
import Testing
@testable import Transcripts
import CadenceTestSupport

/// The typed transcript model: every event kind survives the recorder and the reader unchanged,
/// and a conversation with `/undo` in it replays as it happened.
struct TranscriptEventTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One chat event of each kind, as the chat session emits them.
    static let chatEvents: [ChatEvent] = {
        var info = SessionInfo(id: "s1", provider: "openai", model: "gpt-4o-mini", baseURL: "https://api.example.com/v1", promptsDirectory: "prompts",
                               promptsSHA256: String(repeating: "ab", count: 32), runnerId: "r1", cadenceVersion: "1.0")
        info.client = ["name": "claude-desktop", "version": "0.9"]
        let response = LLMResponse(
            message: AssistantMessage(content: [.text("Noted."),
                                                .toolCall(ToolCall(id: "c1", name: "update_physical", arguments: .parsed(["age": 38]))),
                                                .toolCall(ToolCall(id: "c2", name: "update_goals", arguments: .raw("{broken")))]),
            stopReason: .toolUse, usage: TokenUsage(inputTokens: 1200, outputTokens: 30, cacheReadTokens: 1000, cacheWriteTokens: 5), attempts: 2)
        return [
            .session(info),
            .user(turn: 1, text: "I'm 38 — and \"quoted\"\nnew line"),
            .modelResponse(turn: 1, response: response, latencyMs: 850),
            .toolResult(turn: 1, callId: "c1", name: "update_physical", outcome: ToolOutcome(ok: true, result: ["saved": ["physical.age"]])),
            .toolResult(turn: 1, callId: "c2", name: "update_goals", outcome: ToolOutcome(ok: false, result: ["error": "arguments are not JSON"])),
            .runnerUpdate(turn: 1, changes: [RunnerChange(path: "physical.age", old: .null, new: 38, source: .user)]),
            .safeguard(turn: 1, planId: "p1", applications: [["safeguardId": "long_run_cap", "applied": true]], verdict: "adjusted"),
            .assistant(turn: 1, text: "Saved: age 38."),
            .error(turn: 2, kind: "rate_limited", message: "try again in 20 s"),
            .command(turn: 2, name: "kb", argument: "shin splints"),
            .command(turn: 2, name: "undo", argument: nil),
            .end(reason: "eof", turns: 2, usage: TokenUsage(inputTokens: 1200, outputTokens: 30)),
        ]
    }()

    @Test(arguments: chatEvents.indices)
    func eachEventKindRoundTrips(index: Int) throws {
        let event = TranscriptEvent(Self.chatEvents[index])
        let line = TranscriptLine(seq: index, ts: "2026-12-02T05:00:00.000Z", event: event)
        let text = line.jsonString
        #expect(!text.contains("\n"))
        let object = try #require(try JSONValue(parsing: text).objectValue)
        #expect(object["type"]?.stringValue == event.type)
        #expect(object["v"]?.doubleValue == 1)
        #expect(object["seq"]?.doubleValue == Double(index))
        #expect(TranscriptLine(line: text) == line)
    }

    @Test func theRecorderWritesWhatTheReaderReads() throws {
        let url = ScratchFolder.root.appendingPathComponent("events-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let recorder = try TranscriptRecorder(url: url, clock: .fixed(Date(timeIntervalSince1970: 1_795_780_800)))
        for event in Self.chatEvents { recorder.record(event) }
        let transcript = try TranscriptReader.read(url)
        #expect(transcript.skipped == [])
        #expect(transcript.events == Self.chatEvents.map(TranscriptEvent.init))
        #expect(transcript.lines.map(\.seq) == Array(0..<Self.chatEvents.count))
        #expect(transcript.session?.client?["name"]?.stringValue == "claude-desktop")
        // v1 field names, as ARCHITECTURE.md lists them.
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(#""type":"command""#) && text.contains(#""name":"undo""#))
        #expect(text.contains(#""baseURL":"https://api.example.com/v1""#))
        #expect(text.contains(#""arguments":{"raw":"{broken"}"#))
        #expect(text.contains(#""error":"arguments are not JSON""#))
        #expect(text.contains(#""totals":{"usage":{"#))
    }

    @Test func unknownTypesAndDamagedLinesAreSalvagedAround() throws {
        let url = ScratchFolder.root.appendingPathComponent("damaged-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let session = TranscriptLine(seq: 0, ts: "2026-12-02T05:00:00.000Z", event: TranscriptEvent(Self.chatEvents[0])).jsonString
        let user = TranscriptLine(seq: 3, ts: "2026-12-02T05:00:01.000Z", event: .user(.init(turn: 1, text: "hi"))).jsonString
        try [session, #"{"v":1,"seq":1,"ts":"2026-12-02T05:00:00Z","type":"mood","level":3}"#, #"{"v":1,"seq":2,"type":"us"#, user]
            .joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let transcript = try TranscriptReader.read(url)
        #expect(transcript.events.map(\.type) == ["session", "mood", "user"])
        #expect(transcript.skipped == [3])
        #expect(transcript.skippedNote == "line 3 was skipped: not a transcript event")

        #expect(throws: TranscriptError.unreadable("/nonexistent/x.jsonl", "there is no such file")) {
            _ = try TranscriptReader.read(URL(fileURLWithPath: "/nonexistent/x.jsonl"))
        }
        #expect(throws: TranscriptError.self) { _ = try TranscriptReader.read(ScratchFolder.root) }
    }

    /// A guided onboarding where the runner takes back an answer with /undo and gives another.
    static func recordWithUndo(keepCommand: Bool) async throws -> (URL, PromptSet) {
        let clock = Clock.fixed(Date(timeIntervalSince1970: 1_795_780_800))
        let prompts = try PromptSet(directory: root.appendingPathComponent("prompts"))
        let database = try AppDatabase.inMemory(clock: clock, ids: .sequential())
        let runner = try database.createRunner(name: "Runner", context: WriteContext(source: .inferred))
        let url = ScratchFolder.root.appendingPathComponent("undo-\(UUID().uuidString).jsonl")
        let info = SessionInfo(id: "s", provider: "guided", model: GuidedInterviewer.modelName, baseURL: nil, promptsDirectory: "prompts",
                               promptsSHA256: prompts.sha256, runnerId: runner.id, cadenceVersion: "test")
        let session = try ChatSession(info: info, model: try GuidedInterviewer(database: database, runnerId: runner.id, prompts: prompts, clock: clock),
                                      options: LLMOptions(model: "guided"), prompts: prompts, database: database, knowledge: nil,
                                      clock: clock, observers: [try TranscriptRecorder(url: url, clock: clock)])
        _ = try await session.open()
        for answer in ["Alex", "yes", "half marathon on 2027-04-20, aiming for 1:45"] { try await session.send(answer) }
        let reverted = try #require(try await session.undo())
        #expect(!reverted.isEmpty)
        for answer in ["10k on 2027-03-14", "30k a week over 4 days"] { try await session.send(answer) }
        await session.end(reason: "eof")
        if !keepCommand {
            // The transcript as it was written before the command event existed.
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.contains(#""type":"command""#) }
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        return (url, prompts)
    }

    @Test func aTranscriptWithUndoReplaysAsTheSame() async throws {
        let (url, prompts) = try await Self.recordWithUndo(keepCommand: true)
        let transcript = try TranscriptReader.read(url)
        #expect(transcript.events.contains { if case .command(let command) = $0 { command.name == "undo" && command.turn == 3 } else { false } })
        let report = try await CassetteReplay.run(url, prompts: prompts, knowledge: .empty)
        #expect(report.differences == [])
        #expect(report.same)

        // Without the command, the recorded effect has no cause: the replay would not be the same.
        let (bare, _) = try await Self.recordWithUndo(keepCommand: false)
        let old = try await CassetteReplay.run(bare, prompts: prompts, knowledge: .empty)
        #expect(!old.same)
    }

    @Test func liveReplayRepeatsUndoAndShowsDatesAsDates() async throws {
        let (url, prompts) = try await Self.recordWithUndo(keepCommand: true)
        let report = try await LiveReplay.run(url, prompts: prompts, knowledge: .empty, coach: .guided)
        #expect(report.sameProfile, "\(report.fieldDifferences)")
        let text = report.sideBySide(width: 100)
        #expect(text.contains("goals.raceDate = 2027-03-14"))
        #expect(!text.contains("goals.raceDate = 1"))
    }
}
