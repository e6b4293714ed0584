import Agent
import CadenceCore
import Foundation
import LLM

/// One line of a transcript (ARCHITECTURE.md, "Transcript format", version 1): `v`, `seq`, `ts`,
/// `type` and the event's own fields, all in one JSON object. This is the only description of
/// the format: the recorder writes it and every reader (replay, live replay, eval, `chat
/// --continue`) decodes it. Unknown types decode as `.unknown` and are ignored by readers, so
/// new types can be added without breaking old readers.
public struct TranscriptLine: Sendable, Equatable {
    public var v: Int
    public var seq: Int
    public var ts: String
    public var event: TranscriptEvent

    public init(v: Int = 1, seq: Int, ts: String, event: TranscriptEvent) {
        self.v = v
        self.seq = seq
        self.ts = ts
        self.event = event
    }
}

/// What a transcript line says happened, by `type`.
public enum TranscriptEvent: Sendable, Equatable {
    case session(Session)
    case user(Said)
    case modelResponse(ModelResponse)
    case toolResult(ToolResultEvent)
    case runnerUpdate(RunnerUpdate)
    case safeguard(SafeguardCheck)
    case assistant(Said)
    case error(ErrorEvent)
    /// A slash command the runner typed (`/undo`, `/plan`, `/save`, …), so replay can repeat it.
    case command(Command)
    case end(End)
    /// A type this version does not know (written by a newer Cadence): kept, never acted on.
    case unknown(type: String)

    public var type: String {
        switch self {
        case .session: "session"
        case .user: "user"
        case .modelResponse: "model_response"
        case .toolResult: "tool_result"
        case .runnerUpdate: "runner_update"
        case .safeguard: "safeguard"
        case .assistant: "assistant"
        case .error: "error"
        case .command: "command"
        case .end: "end"
        case .unknown(let type): type
        }
    }

    /// The turn the event belongs to (nil for session, end and unknown events).
    public var turn: Int? {
        switch self {
        case .user(let said), .assistant(let said): said.turn
        case .modelResponse(let event): event.turn
        case .toolResult(let event): event.turn
        case .runnerUpdate(let event): event.turn
        case .safeguard(let event): event.turn
        case .error(let event): event.turn
        case .command(let event): event.turn
        case .session, .end, .unknown: nil
        }
    }

    public struct Session: Codable, Sendable, Equatable {
        public struct Prompts: Codable, Sendable, Equatable { public var dir: String; public var sha256: String }
        public var id: String
        public var provider: String
        public var model: String
        /// Never holds credentials (stripped of user info before it gets here).
        public var baseURL: String?
        public var prompts: Prompts
        public var runnerId: String
        public var cadenceVersion: String
        /// The MCP client that drove the session (`name`, `version`), when there was one.
        public var client: JSONValue?

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(provider, forKey: .provider)
            try container.encode(model, forKey: .model)
            try container.encode(baseURL, forKey: .baseURL) // null when there is none, as v1 always wrote it
            try container.encode(prompts, forKey: .prompts)
            try container.encode(runnerId, forKey: .runnerId)
            try container.encode(cadenceVersion, forKey: .cadenceVersion)
            try container.encodeIfPresent(client, forKey: .client)
        }
    }

    /// What the runner (`user`) or the coach (`assistant`) said in a turn.
    public struct Said: Codable, Sendable, Equatable {
        public var turn: Int
        public var text: String
    }

    public struct ModelResponse: Codable, Sendable, Equatable {
        public struct Call: Codable, Sendable, Equatable {
            public var id: String
            public var name: String
            /// The arguments object, or `{"raw": text}` when the model's JSON did not parse.
            public var arguments: JSONValue
        }
        public var turn: Int
        public var text: String
        public var toolCalls: [Call]
        public var stopReason: String
        public var usage: TokenUsage
        public var latencyMs: Int
        public var attempts: Int

        public init(turn: Int, text: String, toolCalls: [Call], stopReason: String, usage: TokenUsage, latencyMs: Int, attempts: Int) {
            self.turn = turn
            self.text = text
            self.toolCalls = toolCalls
            self.stopReason = stopReason
            self.usage = usage
            self.latencyMs = latencyMs
            self.attempts = attempts
        }

        /// The measurements are optional on reading: a response without them still replays.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            turn = try container.decode(Int.self, forKey: .turn)
            text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
            toolCalls = try container.decodeIfPresent([Call].self, forKey: .toolCalls) ?? []
            stopReason = try container.decodeIfPresent(String.self, forKey: .stopReason) ?? "end_turn"
            usage = try container.decodeIfPresent(TokenUsage.self, forKey: .usage) ?? TokenUsage()
            latencyMs = try container.decodeIfPresent(Int.self, forKey: .latencyMs) ?? 0
            attempts = try container.decodeIfPresent(Int.self, forKey: .attempts) ?? 1
        }

        /// The response as a model returned it (for cassette replay).
        public var response: LLMResponse {
            var content: [AssistantContent] = text.isEmpty ? [] : [.text(text)]
            for call in toolCalls {
                let parsed: ToolArguments = if let raw = call.arguments["raw"]?.stringValue, call.arguments.objectValue?.count == 1 {
                    .raw(raw)
                } else {
                    .parsed(call.arguments)
                }
                content.append(.toolCall(ToolCall(id: call.id, name: call.name, arguments: parsed)))
            }
            let stop: StopReason = switch stopReason {
            case "tool_use": .toolUse
            case "end_turn": .endTurn
            case "max_tokens": .maxTokens
            case "stop_sequence": .stopSequence
            case "content_filter": .contentFilter
            case "pause_turn": .pauseTurn
            case "refusal": .refusal
            case let other: .other(other)
            }
            return LLMResponse(message: AssistantMessage(content: content), stopReason: stop, usage: usage, attempts: attempts)
        }
    }

    public struct ToolResultEvent: Codable, Sendable, Equatable {
        public var turn: Int
        public var callId: String
        public var name: String
        public var ok: Bool
        /// What the tool returned, when it succeeded.
        public var result: JSONValue?
        /// Why it refused, when it did.
        public var error: JSONValue?
    }

    public struct RunnerUpdate: Codable, Sendable, Equatable {
        public var turn: Int
        public var changes: [RunnerChange]
    }

    public struct SafeguardCheck: Codable, Sendable, Equatable {
        public var turn: Int
        public var planId: String
        /// As in `trainingPlans.safeguardApplications`.
        public var applications: JSONValue
        public var verdict: String
    }

    public struct ErrorEvent: Codable, Sendable, Equatable {
        public var turn: Int
        public var kind: String
        public var message: String
    }

    public struct Command: Codable, Sendable, Equatable {
        /// The turn the command came after (the last completed turn).
        public var turn: Int
        /// Without the slash: `undo`, `plan`, `save`, `retry`, `profile`, …
        public var name: String
        /// What followed the name (`/kb QUERY`), when anything did.
        public var argument: String?
    }

    public struct End: Codable, Sendable, Equatable {
        public struct Totals: Codable, Sendable, Equatable { public var usage: TokenUsage }
        public var reason: String
        public var turns: Int
        public var totals: Totals
    }
}

extension TranscriptEvent {
    /// The transcript form of something that happened in a chat session.
    public init(_ event: ChatEvent) {
        switch event {
        case .session(let info):
            self = .session(Session(id: info.id, provider: info.provider, model: info.model, baseURL: info.baseURL,
                                    prompts: .init(dir: info.promptsDirectory, sha256: info.promptsSHA256), runnerId: info.runnerId,
                                    cadenceVersion: info.cadenceVersion, client: info.client))
        case .user(let turn, let text):
            self = .user(Said(turn: turn, text: text))
        case .modelResponse(let turn, let response, let latencyMs):
            self = .modelResponse(ModelResponse(
                turn: turn, text: response.text,
                toolCalls: response.toolCalls.map { .init(id: $0.id, name: $0.name, arguments: $0.arguments.transcriptValue) },
                stopReason: response.stopReason.name, usage: response.usage ?? TokenUsage(), latencyMs: latencyMs, attempts: response.attempts))
        case .toolResult(let turn, let callId, let name, let outcome):
            // Spelled out: JSONValue takes a nil literal, so `ok ? nil : x` would be `.null`, not absent.
            var result = ToolResultEvent(turn: turn, callId: callId, name: name, ok: outcome.ok, result: Optional.none, error: Optional.none)
            if outcome.ok { result.result = outcome.result } else { result.error = outcome.result["error"] ?? outcome.result }
            self = .toolResult(result)
        case .runnerUpdate(let turn, let changes):
            self = .runnerUpdate(RunnerUpdate(turn: turn, changes: changes))
        case .safeguard(let turn, let planId, let applications, let verdict):
            self = .safeguard(SafeguardCheck(turn: turn, planId: planId, applications: applications, verdict: verdict))
        case .assistant(let turn, let text):
            self = .assistant(Said(turn: turn, text: text))
        case .error(let turn, let kind, let message):
            self = .error(ErrorEvent(turn: turn, kind: kind, message: message))
        case .command(let turn, let name, let argument):
            self = .command(Command(turn: turn, name: name, argument: argument))
        case .end(let reason, let turns, let usage):
            self = .end(End(reason: reason, turns: turns, totals: .init(usage: usage)))
        }
    }
}

extension TranscriptLine: Codable {
    enum HeaderKeys: String, CodingKey { case v, seq, ts, type }

    public init(from decoder: Decoder) throws {
        let header = try decoder.container(keyedBy: HeaderKeys.self)
        v = try header.decode(Int.self, forKey: .v)
        seq = try header.decode(Int.self, forKey: .seq)
        ts = try header.decode(String.self, forKey: .ts)
        // The event's own fields are in the same object.
        event = switch try header.decode(String.self, forKey: .type) {
        case "session": .session(try .init(from: decoder))
        case "user": .user(try .init(from: decoder))
        case "model_response": .modelResponse(try .init(from: decoder))
        case "tool_result": .toolResult(try .init(from: decoder))
        case "runner_update": .runnerUpdate(try .init(from: decoder))
        case "safeguard": .safeguard(try .init(from: decoder))
        case "assistant": .assistant(try .init(from: decoder))
        case "error": .error(try .init(from: decoder))
        case "command": .command(try .init(from: decoder))
        case "end": .end(try .init(from: decoder))
        case let other: .unknown(type: other)
        }
    }

    public func encode(to encoder: Encoder) throws {
        // The payload is encoded on its own and merged with the header, so each payload type
        // stays a plain Codable struct.
        var fields: [String: JSONValue]
        switch event {
        case .session(let payload): fields = try Self.object(payload)
        case .user(let payload), .assistant(let payload): fields = try Self.object(payload)
        case .modelResponse(let payload): fields = try Self.object(payload)
        case .toolResult(let payload): fields = try Self.object(payload)
        case .runnerUpdate(let payload): fields = try Self.object(payload)
        case .safeguard(let payload): fields = try Self.object(payload)
        case .error(let payload): fields = try Self.object(payload)
        case .command(let payload): fields = try Self.object(payload)
        case .end(let payload): fields = try Self.object(payload)
        case .unknown: fields = [:]
        }
        fields["v"] = .number(Double(v))
        fields["seq"] = .number(Double(seq))
        fields["ts"] = .string(ts)
        fields["type"] = .string(event.type)
        try JSONValue.object(fields).encode(to: encoder)
    }

    static func object(_ payload: some Encodable) throws -> [String: JSONValue] {
        try JSONValue(encoding: payload).objectValue ?? [:]
    }

    /// The line as written to the file: one JSON object, keys sorted, no newline.
    public var jsonString: String { (try? JSONValue(encoding: self))?.jsonString ?? "{}" }

    /// A line of a transcript file, or nil when it is not one.
    public init?(line: some StringProtocol) {
        guard let value = try? JSONDecoder().decode(TranscriptLine.self, from: Data(line.utf8)) else { return nil }
        self = value
    }
}
