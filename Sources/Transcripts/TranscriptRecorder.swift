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
        var text = TranscriptLine(seq: sequence, ts: Self.timestamp(clock.now()), event: TranscriptEvent(event)).jsonString
        sequence += 1
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
}
