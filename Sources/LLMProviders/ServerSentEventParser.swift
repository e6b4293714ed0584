import Foundation

/// One dispatched server-sent event.
public struct ServerSentEvent: Sendable, Equatable {
    /// The `event:` field, or `"message"` when the event had none.
    public var type: String
    /// The `data:` lines joined with `\n`.
    public var data: String
    /// The last event id seen on the stream (persists across events), if any.
    public var lastEventID: String?
    /// The `retry:` value in milliseconds, when this event carried a valid one.
    public var retry: Int?

    public init(type: String = "message", data: String, lastEventID: String? = nil, retry: Int? = nil) {
        self.type = type
        self.data = data
        self.lastEventID = lastEventID
        self.retry = retry
    }
}

/// Incremental parser for `text/event-stream` following the WHATWG HTML "event stream
/// interpretation" rules. It works on bytes: lines end at CRLF, LF or a bare CR (mixed freely,
/// and split across chunks), UTF-8 is decoded only after a whole line has been reassembled,
/// a leading BOM is skipped, and lines have no length cap.
///
/// Feed network chunks with ``feed(_:)``; call ``finish()`` at end of stream, which throws
/// ``SSEParserError/truncated`` when the stream stopped inside an event (bytes after the
/// last blank line), so a cut stream is never a silent success.
public struct ServerSentEventParser: Sendable {
    private var line: [UInt8] = []
    private var data: [UInt8] = []
    private var hasData = false
    private var eventType: String?
    private var lastEventID: String?
    private var retry: Int?
    /// True when the previous chunk ended with CR, so a leading LF in the next one belongs to it.
    private var pendingCR = false
    /// Bytes seen at the start of the stream while deciding whether they are a BOM.
    private var bomCheck: [UInt8]? = []
    /// True once any field line has been seen since the last dispatch (partial event pending).
    private var eventInProgress = false

    public init() {}

    /// Parses one chunk and returns the events it completed, in order.
    public mutating func feed<Bytes: Collection>(_ chunk: Bytes) -> [ServerSentEvent] where Bytes.Element == UInt8 {
        var events: [ServerSentEvent] = []
        if let done = chunk.withContiguousStorageIfAvailable({ buffer -> Bool in
            feedBuffer(UnsafeRawBufferPointer(buffer), into: &events)
            return true
        }), done {
            return events
        }
        let copy = Array(chunk)
        copy.withUnsafeBytes { feedBuffer($0, into: &events) }
        return events
    }

    /// Parses one chunk of `Data`.
    public mutating func feed(_ chunk: Data) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        chunk.withUnsafeBytes { feedBuffer($0, into: &events) }
        return events
    }

    /// Ends the stream. Throws when it ended inside an unterminated line or event.
    public mutating func finish() throws {
        if let pending = bomCheck, !pending.isEmpty {
            // Fewer than three bytes ever arrived and they were a BOM prefix: treat as line bytes.
            bomCheck = nil
            line.append(contentsOf: pending)
        }
        let truncated = !line.isEmpty || eventInProgress
        line.removeAll()
        data.removeAll()
        hasData = false
        eventType = nil
        eventInProgress = false
        if truncated { throw SSEParserError.truncated }
    }

    private mutating func feedBuffer(_ raw: UnsafeRawBufferPointer, into events: inout [ServerSentEvent]) {
        var bytes = raw[...]
        if bomCheck != nil {
            bytes = consumeBOM(bytes, into: &events)
            if bomCheck != nil { return }
        }
        processBytes(UnsafeRawBufferPointer(rebasing: bytes), into: &events)
    }

    /// Collects the first three bytes of the stream and drops them if they are a UTF-8 BOM.
    private mutating func consumeBOM(_ bytes: Slice<UnsafeRawBufferPointer>, into events: inout [ServerSentEvent])
        -> Slice<UnsafeRawBufferPointer>
    {
        var rest = bytes
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        while var pending = bomCheck, let byte = rest.first {
            if byte != bom[pending.count] {
                bomCheck = nil
                pending.withUnsafeBytes { processBytes($0, into: &events) }
                return rest
            }
            pending.append(byte)
            rest = rest.dropFirst()
            bomCheck = pending.count == 3 ? nil : pending
        }
        return rest
    }

    private mutating func processBytes(_ buffer: UnsafeRawBufferPointer, into events: inout [ServerSentEvent]) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let count = buffer.count
        var start = 0
        if pendingCR {
            pendingCR = false
            if bytes[0] == 0x0A { start = 1 }
        }
        var index = start
        while index < count {
            // Scan for the next CR or LF.
            var end = index
            while end < count {
                let byte = bytes[end]
                if byte == 0x0A || byte == 0x0D { break }
                end += 1
            }
            if end == count {
                line.append(contentsOf: UnsafeBufferPointer(start: bytes + index, count: end - index))
                return
            }
            if line.isEmpty {
                processLine(UnsafeBufferPointer(start: bytes + index, count: end - index), into: &events)
            } else {
                line.append(contentsOf: UnsafeBufferPointer(start: bytes + index, count: end - index))
                let whole = line
                line.removeAll(keepingCapacity: true)
                whole.withUnsafeBufferPointer { processLine($0, into: &events) }
            }
            if bytes[end] == 0x0D {
                if end + 1 < count {
                    index = bytes[end + 1] == 0x0A ? end + 2 : end + 1
                } else {
                    pendingCR = true
                    index = end + 1
                }
            } else {
                index = end + 1
            }
        }
    }

    private mutating func processLine(_ line: UnsafeBufferPointer<UInt8>, into events: inout [ServerSentEvent]) {
        if line.isEmpty {
            dispatch(into: &events)
            return
        }
        if line[0] == UInt8(ascii: ":") { return }  // comment
        eventInProgress = true
        let colon = line.firstIndex(of: UInt8(ascii: ":"))
        let nameEnd = colon ?? line.count
        var valueStart = colon.map { $0 + 1 } ?? line.count
        if valueStart < line.count, line[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        let name = UnsafeBufferPointer(rebasing: line[0..<nameEnd])
        let value = UnsafeBufferPointer(rebasing: line[valueStart..<line.count])
        switch name.count {
        case 4 where name.elementsEqual("data".utf8):
            if hasData { data.append(0x0A) }
            data.append(contentsOf: value)
            hasData = true
        case 5 where name.elementsEqual("event".utf8):
            eventType = String(decoding: value, as: UTF8.self)
        case 2 where name.elementsEqual("id".utf8):
            if !value.contains(0) { lastEventID = String(decoding: value, as: UTF8.self) }
        case 5 where name.elementsEqual("retry".utf8):
            if !value.isEmpty, value.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                retry = Int(String(decoding: value, as: UTF8.self))
            }
        default:
            break  // unknown field: ignored
        }
    }

    private mutating func dispatch(into events: inout [ServerSentEvent]) {
        eventInProgress = false
        defer {
            data.removeAll(keepingCapacity: true)
            hasData = false
            eventType = nil
            retry = nil
        }
        guard hasData else { return }
        let type = eventType.flatMap { $0.isEmpty ? nil : $0 } ?? "message"
        events.append(ServerSentEvent(
            type: type, data: String(decoding: data, as: UTF8.self), lastEventID: lastEventID, retry: retry))
    }
}

/// The event stream itself was malformed.
public enum SSEParserError: Error, Equatable, Sendable {
    /// The stream ended in the middle of an event (no blank line after its last field).
    case truncated
}
