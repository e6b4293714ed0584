import CadenceCore
import Foundation
import LLM

/// Reads transcripts back: the conversation they hold, and the latest one for a runner.
public enum TranscriptReader {
    /// Every event of a transcript, one JSON object per line; a damaged line is skipped.
    public static func events(at url: URL) throws -> [JSONValue] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { try? JSONValue(parsing: String($0)) }
    }

    /// A transcript to replay: its session line, every event, and a clock fixed at the moment the
    /// session started (so "in 12 weeks" means what it meant then).
    public static func recording(at url: URL) throws -> (session: JSONValue, events: [JSONValue], clock: Clock) {
        let events = try events(at: url)
        guard let session = events.first, session["type"] == "session" else {
            throw TranscriptError.invalid(url.path, "the first line is not a session event")
        }
        let start = session["ts"]?.stringValue.flatMap(RunnerField.parseInstant) ?? 0
        return (session, events, Clock.fixed(Date(timeIntervalSince1970: Double(start) / 1000)))
    }

    /// The conversation as the runner saw it, as text: each message of the runner with the
    /// coach's answer to it. Turns that failed (no answer) and a greeting before the first
    /// message are left out, so the result alternates user, assistant as every provider expects.
    public static func conversation(at url: URL) throws -> [LLMMessage] {
        let said = try events(at: url).compactMap { event -> (type: String, text: String)? in
            guard let type = event["type"]?.stringValue, type == "user" || type == "assistant",
                  let text = event["text"]?.stringValue else { return nil }
            return (type, text)
        }
        var messages: [LLMMessage] = []
        for (index, entry) in said.enumerated() where entry.type == "user" {
            guard index + 1 < said.count, said[index + 1].type == "assistant" else { continue }
            messages += [.user(entry.text), .assistant(AssistantMessage(content: [.text(said[index + 1].text)]))]
        }
        return messages
    }

    /// The newest transcript in `folder` whose session belongs to `runnerId`.
    public static func latest(in folder: URL, runnerId: String) -> URL? {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted(by: >)
        for name in files {
            let url = folder.appendingPathComponent(name)
            guard let handle = FileHandle(forReadingAtPath: url.path) else { continue }
            let head = handle.readData(ofLength: 4096)
            try? handle.close()
            let firstLine = String(decoding: head, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            if let session = try? JSONValue(parsing: firstLine), session["runnerId"]?.stringValue == runnerId { return url }
        }
        return nil
    }
}
