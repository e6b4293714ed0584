import Foundation

/// One write of one runner field: what the value was, where it came from, when, and how sure we
/// are (for inferred values). The whole history is kept, not only the latest.
public struct FieldProvenance: Codable, Hashable, Sendable {
    public var id: Int64?
    public var runnerId: String
    public var path: String
    public var value: JSONValue
    public var source: DataSource
    /// Unix milliseconds.
    public var recordedAt: Int64
    /// 0–1, for inferred values.
    public var confidence: Double?
    /// The chat turn that wrote it, when it came from a conversation.
    public var turn: Int?
    public var sessionId: String?

    public init(id: Int64? = nil, runnerId: String, path: String, value: JSONValue, source: DataSource,
                recordedAt: Int64, confidence: Double? = nil, turn: Int? = nil, sessionId: String? = nil) {
        self.id = id
        self.runnerId = runnerId
        self.path = path
        self.value = value
        self.source = source
        self.recordedAt = recordedAt
        self.confidence = confidence
        self.turn = turn
        self.sessionId = sessionId
    }
}

/// A change made to the runner object, as recorded in transcripts (`runner_update`).
public struct RunnerChange: Codable, Hashable, Sendable {
    public var path: String
    public var old: JSONValue
    public var new: JSONValue
    public var source: DataSource

    public init(path: String, old: JSONValue, new: JSONValue, source: DataSource) {
        self.path = path
        self.old = old
        self.new = new
        self.source = source
    }
}

/// Where a write comes from, and the context recorded with it.
public struct WriteContext: Sendable, Hashable {
    public var source: DataSource
    public var confidence: Double?
    public var turn: Int?
    public var sessionId: String?

    public init(source: DataSource, confidence: Double? = nil, turn: Int? = nil, sessionId: String? = nil) {
        self.source = source
        self.confidence = confidence
        self.turn = turn
        self.sessionId = sessionId
    }

    public static let manual = WriteContext(source: .manual)
}
