import CadenceCore
import Foundation
import LLM

/// A transcript read back: its lines in order, and the lines that could not be read (salvaged
/// around, never guessed at).
public struct Transcript: Sendable {
    public let url: URL
    public let lines: [TranscriptLine]
    /// 1-based numbers of lines that are not transcript events (damaged or truncated).
    public let skipped: [Int]

    public var events: [TranscriptEvent] { lines.map(\.event) }

    /// The session line, which every transcript starts with.
    public var session: TranscriptEvent.Session? {
        if case .session(let session)? = lines.first?.event { session } else { nil }
    }

    /// A clock fixed at the moment the session started, so "in 12 weeks" means what it meant then.
    public var clock: Clock {
        let start = lines.first.flatMap { RunnerField.parseInstant($0.ts) } ?? 0
        return Clock.fixed(Date(timeIntervalSince1970: Double(start) / 1000))
    }

    /// "line 4 was skipped: it is not a transcript event", or nil when every line was read.
    public var skippedNote: String? {
        guard !skipped.isEmpty else { return nil }
        let list = skipped.prefix(5).map(String.init).joined(separator: ", ") + (skipped.count > 5 ? " and \(skipped.count - 5) more" : "")
        return "\(skipped.count == 1 ? "line" : "lines") \(list) \(skipped.count == 1 ? "was" : "were") skipped: not a transcript event"
    }
}

/// Reads transcripts back: the conversation they hold, and the latest one for a runner.
public enum TranscriptReader {
    /// Larger files are refused: a conversation is a few hundred kilobytes, so this is not one.
    public static let maxBytes = 64 << 20

    /// Every readable line of a transcript; a damaged line is skipped and counted.
    public static func read(_ url: URL) throws(TranscriptError) -> Transcript {
        let path = url.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .unreadable(path, "there is no such file") }
        if isFolder.boolValue { throw .unreadable(path, "it is a folder (pass the folder itself to `cadence replay DIR`)") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maxBytes { throw .unreadable(path, "it is \(size >> 20) MB, larger than any transcript (at most \(maxBytes >> 20) MB)") }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path, "it cannot be opened (check its permissions)") }
        guard let text = String(data: data, encoding: .utf8) else { throw .invalid(path, "it is not UTF-8 text") }
        var lines: [TranscriptLine] = []
        var skipped: [Int] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            if let parsed = TranscriptLine(line: line) { lines.append(parsed) } else { skipped.append(index + 1) }
        }
        return Transcript(url: url, lines: lines, skipped: skipped)
    }

    /// A transcript to replay: it must start with its session line.
    public static func recording(at url: URL) throws(TranscriptError) -> Transcript {
        let transcript = try read(url)
        guard transcript.session != nil else { throw .invalid(url.path, "the first line is not a session event") }
        return transcript
    }

    /// The conversation as the runner saw it, as text: each message of the runner with the
    /// coach's answer to it. Turns that failed (no answer) and a greeting before the first
    /// message are left out, so the result alternates user, assistant as every provider expects.
    public static func conversation(at url: URL) throws(TranscriptError) -> [LLMMessage] {
        let said = try read(url).events.compactMap { event -> (user: Bool, text: String)? in
            switch event {
            case .user(let said): (true, said.text)
            case .assistant(let said): (false, said.text)
            default: nil
            }
        }
        var messages: [LLMMessage] = []
        for (index, entry) in said.enumerated() where entry.user {
            guard index + 1 < said.count, !said[index + 1].user else { continue }
            messages += [.user(entry.text), .assistant(AssistantMessage(content: [.text(said[index + 1].text)]))]
        }
        return messages
    }

    /// The newest transcript in `folder` whose session belongs to `runnerId`.
    public static func latest(in folder: URL, runnerId: String) -> URL? {
        for url in files(in: folder).reversed() {
            guard let handle = FileHandle(forReadingAtPath: url.path) else { continue }
            let head = handle.readData(ofLength: 4096)
            try? handle.close()
            let firstLine = String(decoding: head, as: UTF8.self).split(separator: "\n").first ?? ""
            if case .session(let session)? = TranscriptLine(line: firstLine)?.event, session.runnerId == runnerId { return url }
        }
        return nil
    }

    /// The `.jsonl` files directly in `folder`, by name (transcript names start with their time).
    public static func files(in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
