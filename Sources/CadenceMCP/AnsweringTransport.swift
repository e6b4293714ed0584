import CadenceCore
import Foundation
import Logging
import MCP

/// Wraps the server's transport and keeps the ids of the requests received and not yet answered,
/// so that at end of input the server can send every answer before it exits: a client may write
/// its requests and close its end at once (the SDK stops reading at end of input while the
/// request tasks still run). A request the client cancels needs no answer.
actor AnsweringTransport: Transport {
    let base: any Transport
    private var open: Set<String> = []

    init(_ base: any Transport) { self.base = base }

    nonisolated let logger = Logger(label: "cadence.mcp", factory: { _ in SwiftLogNoOpLogHandler() })

    func connect() async throws { try await base.connect() }

    func disconnect() async { await base.disconnect() }

    func send(_ data: Data) async throws {
        try await base.send(data)
        for message in Self.messages(in: data) where message["result"] != nil || message["error"] != nil {
            if let id = message["id"] { open.remove(id.jsonString) }
        }
    }

    nonisolated func receive() -> AsyncThrowingStream<Data, Swift.Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await data in await base.receive() {
                        await self.note(data)
                        continuation.yield(data)
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    private func note(_ data: Data) {
        for message in Self.messages(in: data) {
            if message["method"]?.stringValue == "notifications/cancelled", let id = message["params"]?["requestId"] {
                open.remove(id.jsonString)
            } else if message["method"] != nil, let id = message["id"], !id.isNull {
                open.insert(id.jsonString)
            }
        }
    }

    /// Waits until every request received has been answered, for at most `limit`.
    func waitUntilAnswered(limit: Duration) async {
        let deadline = ContinuousClock.now + limit
        while !open.isEmpty, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    static func messages(in data: Data) -> [JSONValue] {
        guard let value = try? JSONValue(parsing: String(decoding: data, as: UTF8.self)) else { return [] }
        return value.arrayValue ?? [value]
    }
}
