import Foundation
import Testing
@testable import LLMProviders

/// Parses `text` delivered in the given chunk sizes (bytes), then finishes the stream.
private func parse(_ bytes: [UInt8], chunkSize: Int? = nil) throws -> [ServerSentEvent] {
    var parser = ServerSentEventParser()
    var events: [ServerSentEvent] = []
    let size = chunkSize ?? max(bytes.count, 1)
    var index = 0
    while index < bytes.count {
        let end = min(index + size, bytes.count)
        events += parser.feed(bytes[index..<end])
        index = end
    }
    try parser.finish()
    return events
}

private func parse(_ text: String, chunkSize: Int? = nil) throws -> [ServerSentEvent] {
    try parse(Array(text.utf8), chunkSize: chunkSize)
}

@Suite("SSE parser (WHATWG event-stream rules)")
struct ServerSentEventParserTests {
    @Test("LF, CRLF and bare CR line ends, mixed in one stream, at every chunk size",
          arguments: [1, 2, 3, 5, 1000])
    func lineEndings(chunkSize: Int) throws {
        let stream = "data: a\n\ndata: b\r\n\r\ndata: c\r\rdata: d\r\n\ndata: e\n\r\n"
        let events = try parse(stream, chunkSize: chunkSize)
        #expect(events.map(\.data) == ["a", "b", "c", "d", "e"])
    }

    @Test("CR at the end of one chunk followed by LF at the start of the next is one line end")
    func crlfSplitAcrossChunks() throws {
        var parser = ServerSentEventParser()
        var events = parser.feed(Array("data: x\r".utf8))
        events += parser.feed(Array("\n\r".utf8))
        events += parser.feed(Array("\ndata: y\n\n".utf8))
        try parser.finish()
        #expect(events.map(\.data) == ["x", "y"])
    }

    @Test("Unicode line separators are not SSE line ends")
    func unicodeSeparatorsAreData() throws {
        let events = try parse("data: a\u{2028}b\u{2029}c\u{85}d\n\n")
        #expect(events.map(\.data) == ["a\u{2028}b\u{2029}c\u{85}d"])
    }

    @Test("several data lines are joined with LF; an empty data line adds an empty line")
    func multiLineData() throws {
        let events = try parse("data: one\ndata: two\ndata\ndata:\ndata: three\n\n")
        #expect(events.map(\.data) == ["one\ntwo\n\n\nthree"])
    }

    @Test("a lone empty data line dispatches an event with empty data")
    func emptyData() throws {
        #expect(try parse("data:\n\n").map(\.data) == [""])
    }

    @Test("exactly one leading space is stripped; data: without a space is legal")
    func leadingSpace() throws {
        let events = try parse("data:x\n\ndata:  two spaces\n\ndata: {\"a\":1}   \n\n")
        #expect(events.map(\.data) == ["x", " two spaces", "{\"a\":1}   "])
    }

    @Test("comments are ignored, including keep-alives between events and inside one")
    func comments() throws {
        let events = try parse(": OPENROUTER PROCESSING\n\n: ping - 2025-01-01\ndata: a\n: inside\ndata: b\n\n")
        #expect(events.map(\.data) == ["a\nb"])
    }

    @Test("a blank line with no data dispatches nothing")
    func blankWithoutData() throws {
        let events = try parse("\n\nevent: foo\n\nid: 7\n\ndata: x\n\n")
        #expect(events.count == 1)
        #expect(events[0].type == "message")  // the event type was reset by the empty dispatch
        #expect(events[0].lastEventID == "7")
    }

    @Test("event sets the type, defaulting to message and resetting after each event")
    func eventType() throws {
        let events = try parse("event: message_start\ndata: {}\n\ndata: plain\n\nevent:\ndata: e\n\n")
        #expect(events.map(\.type) == ["message_start", "message", "message"])
    }

    @Test("id persists across events; an id containing NUL is ignored")
    func ids() throws {
        let events = try parse("id: 1\ndata: a\n\ndata: b\n\nid: 2\u{0}x\ndata: c\n\nid\ndata: d\n\n")
        #expect(events.map(\.lastEventID) == ["1", "1", "1", ""])
    }

    @Test("retry takes ASCII digits only")
    func retry() throws {
        let events = try parse("retry: 3000\ndata: a\n\nretry: 3s\ndata: b\n\nretry: -1\ndata: c\n\n")
        #expect(events.map(\.retry) == [3000, nil, nil])
    }

    @Test("a line without a colon is a field name with an empty value; unknown fields are ignored")
    func fieldWithoutColon() throws {
        let events = try parse("data\nfoo: bar\nbogus\n\n")
        #expect(events.map(\.data) == [""])
    }

    @Test("a leading UTF-8 BOM is skipped, even split across chunks; a later one is kept", arguments: [1, 2, 100])
    func byteOrderMark(chunkSize: Int) throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("data: a\n\ndata: \u{FEFF}b\n\n".utf8)
        let events = try parse(bytes, chunkSize: chunkSize)
        #expect(events.map(\.data) == ["a", "\u{FEFF}b"])
    }

    @Test("a stream starting with a BOM prefix that is not a BOM keeps its bytes")
    func notABOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB] + Array(":\ndata: a\n\n".utf8)
        // 0xEF 0xBB ':' is a malformed field name, ignored; the event still parses.
        #expect(try parse(bytes, chunkSize: 1).map(\.data) == ["a"])
    }

    @Test("multi-byte UTF-8 split across chunks at every byte decodes intact")
    func utf8Split() throws {
        let text = "data: héllo → 🏃‍♀️ 日本\n\n"
        for size in 1...6 {
            let events = try parse(text, chunkSize: size)
            #expect(events.map(\.data) == ["héllo → 🏃‍♀️ 日本"], "chunk size \(size)")
        }
    }

    @Test("invalid UTF-8 becomes U+FFFD rather than failing")
    func invalidUTF8() throws {
        let bytes = Array("data: a".utf8) + [0xFF] + Array("b\n\n".utf8)
        #expect(try parse(bytes).map(\.data) == ["a\u{FFFD}b"])
    }

    @Test("no line-length cap: an 8 MiB line in 64 KiB chunks")
    func longLine() throws {
        let payload = String(repeating: "x", count: 8 << 20)
        let events = try parse("data: " + payload + "\n\n", chunkSize: 64 << 10)
        #expect(events.count == 1)
        #expect(events[0].data.utf8.count == 8 << 20)
    }

    @Test("a stream that ends inside an event is an error", arguments: [
        "data: a\n\ndata: b",  // partial line
        "data: a\n\ndata: b\n",  // complete line, no blank line
        "data: a\n\ndata: b\r",  // CR at EOF ends the line, but not the event
        "event: x\n",
    ])
    func truncated(stream: String) throws {
        #expect(throws: SSEParserError.truncated) { try parse(stream) }
    }

    @Test("a stream that ends after a complete event or only comments finishes cleanly")
    func cleanEnd() throws {
        #expect(try parse("data: a\n\n").count == 1)
        #expect(try parse(": just a comment\n").isEmpty)
        #expect(try parse("").isEmpty)
    }

    @Test("events completed by one chunk come back from that feed call, in order")
    func incremental() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("data: a\n".utf8)).isEmpty)
        #expect(parser.feed(Array("\ndata: b\n\ndata: c".utf8)).map(\.data) == ["a", "b"])
        #expect(parser.feed(Array("\n\n".utf8)).map(\.data) == ["c"])
    }
}
