import Agent
import CadenceCore
import Foundation
import LLM

/// Live replay: the recorded runner messages are sent again, to a model of today (any provider,
/// or the guided interviewer) with today's prompts, on a fresh database. What the coach says
/// now is set beside what it said then, turn by turn, with the fields each version saved.
public enum LiveReplay {
    public struct Turn: Sendable {
        public let turn: Int
        public let user: String
        public let recorded: String
        public let now: String
        /// Field path → value saved in this turn (instants left out).
        public let recordedChanges: [String: JSONValue]
        public let nowChanges: [String: JSONValue]

        public var sameReply: Bool { recorded == now }
        public var sameChanges: Bool { recordedChanges == nowChanges }
    }

    public struct Report: Sendable {
        public let transcript: URL
        public let recordedModel: String
        public let model: String
        public let turns: [Turn]
        /// Fields whose final value differs: "path: then → now".
        public let fieldDifferences: [String]
        public let error: String?

        /// The profile came out the same (wording may differ; a live model rarely repeats itself).
        public var sameProfile: Bool { fieldDifferences.isEmpty && error == nil }
    }

    public static func run(_ url: URL, prompts: PromptSet, knowledge: KnowledgeSnapshot, coach: EvalCoach) async throws -> Report {
        let transcript = try TranscriptReader.recording(at: url)
        // What the runner did, in order: messages, and the /undo commands between them.
        var steps: [(turn: Int, text: String)?] = []
        var replies: [Int: String] = [:]
        for event in transcript.events {
            switch event {
            case .user(let said): steps.append((said.turn, said.text))
            case .command(let command) where command.name == "undo": steps.append(nil)
            case .assistant(let said): replies[said.turn] = said.text
            default: break
            }
        }
        let users = steps.compactMap { $0 }
        let changes = CassetteReplay.changes(transcript.events)

        let clock = transcript.clock
        let ids = IDGenerator.sequential(prefix: "live")
        let (database, runner) = try knowledge.scratchDatabase(clock: clock, ids: ids)
        let collector = EventCollector()
        let chat = try coach.session(id: "live-replay", database: database, runner: runner, prompts: prompts, knowledge: knowledge,
                                     clock: clock, ids: ids, observers: [collector])
        var nowReplies: [Int: String] = [:]
        var failure: String?
        do {
            if let greeting = try await chat.open() { nowReplies[0] = greeting }
            var sent = 0
            for step in steps {
                if step == nil {
                    _ = try await chat.undo()
                    continue
                }
                sent += 1
                nowReplies[sent] = try await chat.send(users[sent - 1].text)
            }
        } catch {
            failure = "the replay stopped: \(error)"
        }
        await chat.end(reason: "replay")

        let nowChanges = CassetteReplay.changes(collector.events)
        var turns: [Turn] = []
        if replies[0] != nil || nowReplies[0] != nil {
            turns.append(Turn(turn: 0, user: "", recorded: replies[0] ?? "", now: nowReplies[0] ?? "", recordedChanges: [:], nowChanges: [:]))
        }
        for (index, user) in users.enumerated() {
            let turn = index + 1
            turns.append(Turn(turn: turn, user: user.text, recorded: replies[user.turn] ?? "", now: nowReplies[turn] ?? "",
                              recordedChanges: changes[user.turn] ?? [:], nowChanges: nowChanges[turn] ?? [:]))
        }
        // Each field's last value over the turns, then and now.
        func finals(_ byTurn: [Int: [String: JSONValue]]) -> [String: JSONValue] {
            byTurn.sorted { $0.key < $1.key }.reduce(into: [:]) { result, turn in result.merge(turn.value) { $1 } }
        }
        let then = finals(changes), now = finals(nowChanges)
        let differences = Set(then.keys).union(now.keys).sorted().compactMap { path -> String? in
            guard then[path] != now[path] else { return nil }
            return "\(path): \(then[path].map { FieldDisplay.text($0, path) } ?? "not set") → \(now[path].map { FieldDisplay.text($0, path) } ?? "not set")"
        }
        return Report(transcript: url, recordedModel: transcript.session?.model ?? "?", model: coach.modelName, turns: turns,
                      fieldDifferences: differences, error: failure)
    }
}

extension LiveReplay.Report {
    /// Then and now in two columns, turn by turn, with the fields each saved.
    public func sideBySide(width: Int = 100) -> String {
        let column = max(30, (width - 3) / 2)
        var text = "\(transcript.lastPathComponent): then \(recordedModel), now \(model)\n"
        text += Self.row("then", "now", column) + "\n" + String(repeating: "─", count: column) + "─┼─" + String(repeating: "─", count: column) + "\n"
        for turn in turns {
            let marker = turn.sameReply && turn.sameChanges ? "" : "  ≠"
            text += turn.turn == 0 ? "greeting\(marker)\n" : "turn \(turn.turn): runner said \"\(turn.user)\"\(marker)\n"
            let left = Self.wrap(turn.recorded, column) + Self.fields(turn.recordedChanges, column)
            let right = Self.wrap(turn.now, column) + Self.fields(turn.nowChanges, column)
            for index in 0..<max(left.count, right.count) {
                text += Self.row(index < left.count ? left[index] : "", index < right.count ? right[index] : "", column) + "\n"
            }
            text += "\n"
        }
        if let error { text += "error: \(error)\n" }
        text += fieldDifferences.isEmpty ? "profile: the same\n" : "profile differs:\n" + fieldDifferences.map { "  \($0)\n" }.joined()
        return text
    }

    static func row(_ left: String, _ right: String, _ column: Int) -> String {
        left.padding(toLength: column, withPad: " ", startingAt: 0) + " │ " + right
    }

    static func fields(_ changes: [String: JSONValue], _ column: Int) -> [String] {
        changes.sorted { $0.key < $1.key }.flatMap { wrap("• \($0.key) = \(FieldDisplay.text($0.value, $0.key))", column) }
    }

    /// Lines of at most `width` characters, broken at spaces where possible.
    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                while word.count > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    lines.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                }
                if line.isEmpty { line = String(word) } else if line.count + 1 + word.count <= width { line += " " + word } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
