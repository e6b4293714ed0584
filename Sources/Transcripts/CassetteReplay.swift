import Agent
import CadenceCore
import Foundation
import Knowledge
import LLM
import Store

/// Cassette replay: the recorded user messages, slash commands and model responses of a
/// transcript go through today's chat loop, tools, prompts and safeguards on a fresh database;
/// every runner change, tool outcome and safeguard verdict on a plan is compared with the
/// recording. Instants (consent times and the like) are not compared: they record when the
/// conversation happened.
public enum CassetteReplay {
    public struct Report: Sendable {
        public let transcript: URL
        public let turns: Int
        public let differences: [String]
        /// Things to know that are not differences (damaged lines skipped).
        public let notes: [String]
        public let runner: Runner
        public var same: Bool { differences.isEmpty }
    }

    /// What the runner did, in order: a message, or a command that changes the conversation.
    enum Step {
        case send(turn: Int, text: String)
        case undo
    }

    /// `tools` replaces today's tools (to try a changed handler against recorded conversations).
    public static func run(_ url: URL, prompts: PromptSet, knowledge: KnowledgeSnapshot, tools: ToolRegistry? = nil) async throws -> Report {
        let transcript = try TranscriptReader.recording(at: url)
        let events = transcript.events
        var responses: [LLMResponse] = []
        var opened = false
        var steps: [Step] = []
        for event in events {
            switch event {
            case .user(let said): steps.append(.send(turn: said.turn, text: said.text))
            case .command(let command) where command.name == "undo": steps.append(.undo)
            case .modelResponse(let response):
                responses.append(response.response)
                if response.turn == 0 { opened = true }
            default: break
            }
        }

        let (database, runner) = try knowledge.scratchDatabase(clock: transcript.clock, ids: .sequential(prefix: "replay"))
        let collector = EventCollector()
        let info = SessionInfo(id: "replay", provider: "cassette", model: transcript.session?.model ?? "", baseURL: nil,
                               promptsDirectory: prompts.directory.path, promptsSHA256: prompts.sha256, runnerId: runner.id,
                               cadenceVersion: "replay")
        let model = ReplayModel(responses: responses)
        let chat = try ChatSession(info: info, model: model, options: LLMOptions(model: info.model), prompts: prompts,
                                   database: database, knowledge: knowledge.index, clock: transcript.clock, observers: [collector], tools: tools)
        var differences: [String] = []
        if opened { _ = try? await chat.open() }
        for step in steps {
            switch step {
            case .send(let turn, let text):
                do {
                    _ = try await chat.send(text)
                } catch {
                    differences.append("turn \(turn): the replay failed: \(error)")
                }
            case .undo:
                do {
                    _ = try await chat.undo()
                } catch {
                    differences.append("/undo failed in the replay: \(error)")
                }
            }
        }
        if model.remaining > 0 { differences.append("\(model.remaining) recorded model responses were not used") }

        let replayed = collector.events
        let recordedChanges = changes(events), replayedChanges = changes(replayed)
        let recordedOutcomes = outcomes(events), replayedOutcomes = outcomes(replayed)
        for turn in Set(recordedChanges.keys).union(replayedChanges.keys).sorted() {
            let before = recordedChanges[turn] ?? [:], after = replayedChanges[turn] ?? [:]
            for path in Set(before.keys).union(after.keys).sorted() where before[path] != after[path] {
                differences.append("turn \(turn): \(path) was \(before[path].map { FieldDisplay.text($0, path) } ?? "not written"), "
                    + "now \(after[path].map { FieldDisplay.text($0, path) } ?? "not written")")
            }
        }
        for turn in Set(recordedOutcomes.keys).union(replayedOutcomes.keys).sorted()
        where recordedOutcomes[turn] ?? [] != replayedOutcomes[turn] ?? [] {
            differences.append("turn \(turn): tool outcomes and plan verdicts were \((recordedOutcomes[turn] ?? []).joined(separator: ", ")), "
                + "now \((replayedOutcomes[turn] ?? []).joined(separator: ", "))")
        }
        return Report(transcript: url, turns: steps.filter { if case .send = $0 { true } else { false } }.count, differences: differences,
                      notes: transcript.skippedNote.map { [$0] } ?? [], runner: try database.runner(id: runner.id) ?? runner)
    }

    /// The fields each turn wrote (the last value of each; instants left out). An undo's
    /// restoring update belongs to the turn it took back, so it overwrites that turn's values.
    static func changes(_ events: [TranscriptEvent]) -> [Int: [String: JSONValue]] {
        var byTurn: [Int: [String: JSONValue]] = [:]
        for case .runnerUpdate(let update) in events {
            for change in update.changes where comparable(change.path) { byTurn[update.turn, default: [:]][change.path] = change.new }
        }
        return byTurn
    }

    /// Each turn's tool outcomes and plan verdicts, in order.
    static func outcomes(_ events: [TranscriptEvent]) -> [Int: [String]] {
        var byTurn: [Int: [String]] = [:]
        for event in events {
            switch event {
            case .toolResult(let result): byTurn[result.turn, default: []].append("\(result.name) \(result.ok ? "ok" : "refused")")
            case .safeguard(let check): byTurn[check.turn, default: []].append(verdict(check.verdict, applications: check.applications))
            default: break
            }
        }
        return byTurn
    }

    /// Instants say when, not what: they differ on every run.
    static func comparable(_ path: String) -> Bool {
        guard let field = try? RunnerField.named(path) else { return true }
        return field.kind != .timestamp
    }

    /// A plan's safeguard verdict and the rules that changed or flagged it.
    static func verdict(_ verdict: String, applications: JSONValue) -> String {
        let applied = (applications.arrayValue ?? []).filter { $0["applied"]?.boolValue == true }
            .compactMap { $0["safeguardId"]?.stringValue }
        return "plan \(verdict)" + (applied.isEmpty ? "" : " (\(Set(applied).sorted().joined(separator: ", ")))")
    }
}
