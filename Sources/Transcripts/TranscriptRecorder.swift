import Agent
import CadenceCore
import Foundation
import LLM

/// Writes a conversation as JSONL (ARCHITECTURE.md, "Transcript format", version 1): one JSON
/// object per line, written and flushed as each event happens, in a file readable by its owner
/// only. Known secrets are removed from every line as a last line of defence.
public final class TranscriptRecorder: ChatObserver, @unchecked Sendable {
    public let url: URL
    private let handle: FileHandle
    private let clock: Clock
    private let secrets: [String]
    private let lock = NSLock()
    private var sequence = 0

    public init(url: URL, clock: Clock = .system, secrets: [String] = []) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                    attributes: [.posixPermissions: 0o700])
        if !manager.fileExists(atPath: url.path) {
            guard manager.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw TranscriptError.cannotWrite(url.path)
            }
        }
        guard let handle = FileHandle(forWritingAtPath: url.path) else { throw TranscriptError.cannotWrite(url.path) }
        handle.seekToEndOfFile()
        self.url = url
        self.handle = handle
        self.clock = clock
        self.secrets = secrets.filter { $0.count >= 4 }
    }

    deinit {
        try? handle.close()
    }

    public func record(_ event: ChatEvent) {
        lock.lock()
        defer { lock.unlock() }
        var line = Self.fields(of: event)
        line["v"] = 1
        line["seq"] = .number(Double(sequence))
        line["ts"] = .string(Self.timestamp(clock.now()))
        sequence += 1
        var text = JSONValue.object(line).jsonString
        if !secrets.isEmpty { text = Redaction.redact(text, secrets: secrets) }
        // An unbuffered write hands each line to the OS at once (flushed per event); an fsync
        // per event would only slow the conversation down.
        handle.write(Data((text + "\n").utf8))
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// The event's `type` and fields.
    static func fields(of event: ChatEvent) -> [String: JSONValue] {
        switch event {
        case .session(let info):
            var fields: [String: JSONValue] = [
                "type": "session", "id": .string(info.id), "provider": .string(info.provider), "model": .string(info.model),
                "baseURL": info.baseURL.map { .string($0) } ?? .null,
                "prompts": ["dir": .string(info.promptsDirectory), "sha256": .string(info.promptsSHA256)],
                "runnerId": .string(info.runnerId), "cadenceVersion": .string(info.cadenceVersion),
            ]
            if let client = info.client { fields["client"] = client }
            return fields
        case .user(let turn, let text):
            return ["type": "user", "turn": .number(Double(turn)), "text": .string(text)]
        case .modelResponse(let turn, let response, let latencyMs):
            return [
                "type": "model_response", "turn": .number(Double(turn)), "text": .string(response.text),
                "toolCalls": .array(response.toolCalls.map {
                    ["id": .string($0.id), "name": .string($0.name), "arguments": $0.arguments.transcriptValue]
                }),
                "stopReason": .string(response.stopReason.name),
                "usage": usage(response.usage ?? TokenUsage()),
                "latencyMs": .number(Double(latencyMs)), "attempts": .number(Double(response.attempts)),
            ]
        case .toolResult(let turn, let callId, let name, let outcome):
            var fields: [String: JSONValue] = ["type": "tool_result", "turn": .number(Double(turn)), "callId": .string(callId),
                                               "name": .string(name), "ok": .bool(outcome.ok)]
            if outcome.ok { fields["result"] = outcome.result } else { fields["error"] = outcome.result["error"] ?? outcome.result }
            return fields
        case .runnerUpdate(let turn, let changes):
            return ["type": "runner_update", "turn": .number(Double(turn)), "changes": .array(changes.map {
                ["path": .string($0.path), "old": $0.old, "new": $0.new, "source": .string($0.source.rawValue)]
            })]
        case .safeguard(let turn, let planId, let applications, let verdict):
            return ["type": "safeguard", "turn": .number(Double(turn)), "planId": .string(planId), "applications": applications,
                    "verdict": .string(verdict)]
        case .assistant(let turn, let text):
            return ["type": "assistant", "turn": .number(Double(turn)), "text": .string(text)]
        case .error(let turn, let kind, let message):
            return ["type": "error", "turn": .number(Double(turn)), "kind": .string(kind), "message": .string(message)]
        case .end(let reason, let turns, let total):
            return ["type": "end", "reason": .string(reason), "turns": .number(Double(turns)), "totals": ["usage": usage(total)]]
        }
    }

    static func usage(_ usage: TokenUsage) -> JSONValue {
        ["inputTokens": .number(Double(usage.inputTokens)), "outputTokens": .number(Double(usage.outputTokens)),
         "cacheReadTokens": .number(Double(usage.cacheReadTokens)), "cacheWriteTokens": .number(Double(usage.cacheWriteTokens))]
    }
}
