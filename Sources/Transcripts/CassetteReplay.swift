import Agent
import CadenceCore
import Foundation
import Knowledge
import LLM
import Store

/// Cassette replay: the recorded user messages and model responses of a transcript go through
/// today's chat loop, tools, prompts and safeguards on a fresh database; every runner change,
/// tool outcome and safeguard verdict on a plan is compared with the recording. Instants
/// (consent times and the like) are not compared: they record when the conversation happened.
public enum CassetteReplay {
    public struct Report: Sendable {
        public let transcript: URL
        public let turns: Int
        public let differences: [String]
        public let runner: Runner
        public var same: Bool { differences.isEmpty }
    }

    /// `tools` replaces today's tools (to try a changed handler against recorded conversations).
    public static func run(_ url: URL, prompts: PromptSet, knowledge: KnowledgeSnapshot, tools: ToolRegistry? = nil) async throws -> Report {
        let (session, events, clock) = try TranscriptReader.recording(at: url)
        var responses: [LLMResponse] = []
        var opened = false
        var userTurns: [(turn: Int, text: String)] = []
        let recordedChanges = changes(recorded: events)
        var recordedOutcomes: [Int: [String]] = [:]
        for event in events {
            let turn = Int(event["turn"]?.doubleValue ?? -1)
            switch event["type"]?.stringValue {
            case "user":
                userTurns.append((turn, event["text"]?.stringValue ?? ""))
            case "model_response":
                responses.append(response(from: event))
                if turn == 0 { opened = true }
            case "tool_result":
                recordedOutcomes[turn, default: []].append(outcome(event["name"]?.stringValue ?? "?", ok: event["ok"]?.boolValue == true))
            case "safeguard":
                recordedOutcomes[turn, default: []].append(verdict(event["verdict"]?.stringValue ?? "?", applications: event["applications"] ?? .null))
            default:
                break
            }
        }

        let (database, runner) = try knowledge.scratchDatabase(clock: clock, ids: .sequential(prefix: "replay"))
        let collector = EventCollector()
        let info = SessionInfo(id: "replay", provider: "cassette", model: session["model"]?.stringValue ?? "", baseURL: nil,
                               promptsDirectory: prompts.directory.path, promptsSHA256: prompts.sha256, runnerId: runner.id,
                               cadenceVersion: "replay")
        let model = ReplayModel(responses: responses)
        let chat = try ChatSession(info: info, model: model, options: LLMOptions(model: info.model), prompts: prompts,
                                   database: database, knowledge: knowledge.index, clock: clock, observers: [collector], tools: tools)
        var differences: [String] = []
        if opened { _ = try? await chat.open() }
        for (turn, text) in userTurns {
            do {
                _ = try await chat.send(text)
            } catch {
                differences.append("turn \(turn): the replay failed: \(error)")
            }
        }
        if model.remaining > 0 { differences.append("\(model.remaining) recorded model responses were not used") }

        let replayedChanges = changes(replayed: collector.events)
        var replayedOutcomes: [Int: [String]] = [:]
        for event in collector.events {
            switch event {
            case .toolResult(let turn, _, let name, let result):
                replayedOutcomes[turn, default: []].append(outcome(name, ok: result.ok))
            case .safeguard(let turn, _, let applications, let verdict):
                replayedOutcomes[turn, default: []].append(self.verdict(verdict, applications: applications))
            default:
                break
            }
        }
        for turn in Set(recordedChanges.keys).union(replayedChanges.keys).sorted() {
            let before = recordedChanges[turn] ?? [:], after = replayedChanges[turn] ?? [:]
            for path in Set(before.keys).union(after.keys).sorted() where before[path] != after[path] {
                differences.append("turn \(turn): \(path) was \(before[path]?.jsonString ?? "not written"), "
                    + "now \(after[path]?.jsonString ?? "not written")")
            }
        }
        for turn in Set(recordedOutcomes.keys).union(replayedOutcomes.keys).sorted()
        where recordedOutcomes[turn] ?? [] != replayedOutcomes[turn] ?? [] {
            differences.append("turn \(turn): tool outcomes and plan verdicts were \((recordedOutcomes[turn] ?? []).joined(separator: ", ")), "
                + "now \((replayedOutcomes[turn] ?? []).joined(separator: ", "))")
        }
        return Report(transcript: url, turns: userTurns.count, differences: differences,
                      runner: try database.runner(id: runner.id) ?? runner)
    }

    /// The fields each turn of a recording wrote (the last value of each; instants left out).
    static func changes(recorded events: [JSONValue]) -> [Int: [String: JSONValue]] {
        var byTurn: [Int: [String: JSONValue]] = [:]
        for event in events where event["type"]?.stringValue == "runner_update" {
            let turn = Int(event["turn"]?.doubleValue ?? -1)
            for change in event["changes"]?.arrayValue ?? [] {
                guard let path = change["path"]?.stringValue, comparable(path) else { continue }
                byTurn[turn, default: [:]][path] = change["new"] ?? .null
            }
        }
        return byTurn
    }

    /// The same for the events of a conversation run now.
    static func changes(replayed events: [ChatEvent]) -> [Int: [String: JSONValue]] {
        var byTurn: [Int: [String: JSONValue]] = [:]
        for event in events {
            guard case .runnerUpdate(let turn, let list) = event else { continue }
            for change in list where comparable(change.path) { byTurn[turn, default: [:]][change.path] = change.new }
        }
        return byTurn
    }

    /// Instants say when, not what: they differ on every run.
    static func comparable(_ path: String) -> Bool {
        guard let field = try? RunnerField.named(path) else { return true }
        return field.kind != .timestamp
    }

    static func outcome(_ name: String, ok: Bool) -> String { "\(name) \(ok ? "ok" : "refused")" }

    /// A plan's safeguard verdict and the rules that changed or flagged it.
    static func verdict(_ verdict: String, applications: JSONValue) -> String {
        let applied = (applications.arrayValue ?? []).filter { $0["applied"]?.boolValue == true }
            .compactMap { $0["safeguardId"]?.stringValue }
        return "plan \(verdict)" + (applied.isEmpty ? "" : " (\(Set(applied).sorted().joined(separator: ", ")))")
    }

    static func response(from event: JSONValue) -> LLMResponse {
        var content: [AssistantContent] = []
        if let text = event["text"]?.stringValue, !text.isEmpty { content.append(.text(text)) }
        for call in event["toolCalls"]?.arrayValue ?? [] {
            let arguments = call["arguments"] ?? .object([:])
            let parsed: ToolArguments = if let raw = arguments["raw"]?.stringValue, arguments.objectValue?.count == 1 {
                .raw(raw)
            } else {
                .parsed(arguments)
            }
            content.append(.toolCall(ToolCall(id: call["id"]?.stringValue ?? "", name: call["name"]?.stringValue ?? "", arguments: parsed)))
        }
        let stop: StopReason = switch event["stopReason"]?.stringValue {
        case "tool_use": .toolUse
        case "end_turn": .endTurn
        case "max_tokens": .maxTokens
        case let other?: .other(other)
        case nil: .endTurn
        }
        return LLMResponse(message: AssistantMessage(content: content), stopReason: stop, usage: nil)
    }
}
