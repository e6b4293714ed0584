import CadenceCore
import Foundation

#if canImport(Glibc)
import Glibc
private let sockStream = Int32(SOCK_STREAM.rawValue)
private let sendFlags = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
import Darwin
private let sockStream = SOCK_STREAM
private let sendFlags: Int32 = 0
#endif

/// A request the server received, as the client sent it.
public struct RecordedRequest: Sendable {
    public var method: String
    public var path: String
    /// Header names lowercased.
    public var headers: [String: String]
    public var body: Data

    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// The body parsed as JSON, or nil.
    public var json: JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: body)
    }

    /// Everything the client sent, as text (to check that no secret leaked anywhere else).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// One step of writing a scripted response body.
public enum ResponsePart: Sendable {
    /// Bytes written (as one HTTP chunk when the response is chunked).
    case data(Data)
    /// A pause before the next part.
    case delay(TimeInterval)
    /// Stop writing and keep the connection open until the client closes it or the server stops.
    case stall
    /// Close the connection at once, mid-response.
    case close

    public static func text(_ text: String) -> ResponsePart { .data(Data(text.utf8)) }
}

/// How the end of the body is marked.
public enum BodyFraming: Sendable {
    case chunked
    case contentLength
    /// No length: the body ends when the connection closes.
    case closeDelimited
}

/// What the server answers to one request.
public struct ScriptedResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var parts: [ResponsePart]
    public var framing: BodyFraming

    public init(status: Int = 200, headers: [(name: String, value: String)] = [], parts: [ResponsePart],
                framing: BodyFraming = .chunked) {
        self.status = status
        self.headers = headers
        self.parts = parts
        self.framing = framing
    }

    /// Closes the connection without sending any response.
    public static let closeWithoutResponse = ScriptedResponse(status: 0, parts: [.close])

    /// A complete JSON body with a Content-Length.
    public static func json(status: Int = 200, _ body: String, headers: [(name: String, value: String)] = []) -> ScriptedResponse {
        ScriptedResponse(status: status, headers: [("Content-Type", "application/json")] + headers,
                         parts: [.text(body)], framing: .contentLength)
    }

    /// An event stream written as the given parts (chunked by default, like real servers).
    public static func eventStream(_ parts: [ResponsePart], framing: BodyFraming = .chunked,
                                   headers: [(name: String, value: String)] = []) -> ScriptedResponse {
        ScriptedResponse(status: 200, headers: [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")] + headers,
                         parts: parts, framing: framing)
    }
}

/// A small HTTP/1.1 server on 127.0.0.1 (POSIX sockets, one thread per connection) that answers
/// each request from a script and records what it received. It speaks just enough HTTP for
/// the providers' tests: one request per connection, `Connection: close`, Content-Length
/// request bodies (with `Expect: 100-continue`), chunked / sized / close-delimited responses.
/// It serves until `stop()` or the end of the process.
public final class ScriptedHTTPServer: @unchecked Sendable {
    public typealias Handler = @Sendable (_ request: RecordedRequest, _ index: Int) -> ScriptedResponse

    public let port: UInt16
    private let listenFD: Int32
    private let handler: Handler
    private let lock = NSLock()
    private var recorded: [RecordedRequest] = []
    private var clientCloses = 0
    private var dataPartsWritten = 0
    private var stopped = false
    private var openConnections = 0

    /// Answers request number `index` (0-based) with `handler(request, index)`.
    public init(handler: @escaping Handler) throws {
        self.handler = handler
        let fd = socket(AF_INET, sockStream, 0)
        guard fd >= 0 else { throw ServerError("socket() failed: errno \(errno)") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw ServerError("bind/listen failed: errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.listenFD = fd
        self.port = UInt16(bigEndian: address.sin_port)
        // The accept thread keeps the server alive until `stop()`, so a test's server cannot
        // vanish while a client still has its URL (Swift may end a local's lifetime early).
        let thread = Thread { [self] in
            while !isStopped { acceptOnce() }
        }
        thread.start()
    }

    /// Answers requests with `responses` in order; requests beyond the script get a 500.
    public convenience init(responses: [ScriptedResponse]) throws {
        try self.init { _, index in
            index < responses.count
                ? responses[index]
                : .json(status: 500, #"{"error":{"message":"the test server has no scripted response left"}}"#)
        }
    }

    /// `http://127.0.0.1:PORT`
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Requests received so far, in arrival order.
    public var requests: [RecordedRequest] { lock.withLock { recorded } }

    /// How many times a client closed its connection before the response was finished.
    public var clientClosedCount: Int { lock.withLock { clientCloses } }

    /// How many `.data` parts have been written so far (the kernel accepted them), over all responses.
    public var partsWritten: Int { lock.withLock { dataPartsWritten } }

    /// Waits (polling) until a client has closed a connection mid-response, or the timeout passes.
    public func waitForClientClose(timeout: TimeInterval = 5) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if clientClosedCount > 0 { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return clientClosedCount > 0
    }

    /// Stops accepting and ends stalled responses.
    public func stop() {
        let wasStopped = lock.withLock { () -> Bool in
            defer { stopped = true }
            return stopped
        }
        if !wasStopped { close(listenFD) }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptOnce() {
        var pollFD = pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0)
        let ready = poll(&pollFD, 1, 50)
        if ready <= 0 || isStopped { return }
        let client = accept(listenFD, nil, nil)
        if client < 0 { return }
        #if canImport(Darwin)
        var yes: Int32 = 1
        setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        let thread = Thread { [self] in
            serve(client)
            close(client)
        }
        thread.start()
    }

    private func serve(_ fd: Int32) {
        guard let request = readRequest(fd) else { return }
        let index = lock.withLock { () -> Int in
            recorded.append(request)
            return recorded.count - 1
        }
        let response = handler(request, index)
        write(response, to: fd)
    }

    private func readRequest(_ fd: Int32) -> RecordedRequest? {
        var buffer = [UInt8]()
        let separator: [UInt8] = [13, 10, 13, 10]
        var headerEnd: Int?
        while headerEnd == nil {
            guard let chunk = receive(fd) else { return nil }
            buffer += chunk
            if let range = buffer.firstRange(of: separator) { headerEnd = range.upperBound }
        }
        let head = String(decoding: buffer[..<(headerEnd! - 4)], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        var body = Array(buffer[headerEnd!...])
        let length = Int(headers["content-length"] ?? "0") ?? 0
        if headers["expect"]?.lowercased() == "100-continue", body.count < length {
            guard sendAll(fd, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return nil }
        }
        while body.count < length {
            guard let chunk = receive(fd) else { return nil }
            body += chunk
        }
        return RecordedRequest(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers,
                               body: Data(body.prefix(length)))
    }

    private func receive(_ fd: Int32) -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Array(chunk[..<count])
    }

    private func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + offset, bytes.count - offset, sendFlags) }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    private func write(_ response: ScriptedResponse, to fd: Int32) {
        if response.status == 0 {
            shutdown(fd, Int32(SHUT_RDWR))
            return
        }
        var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for header in response.headers { head += "\(header.name): \(header.value)\r\n" }
        switch response.framing {
        case .chunked: head += "Transfer-Encoding: chunked\r\n"
        case .contentLength:
            let length = response.parts.reduce(0) { total, part in
                if case .data(let data) = part { return total + data.count }
                return total
            }
            head += "Content-Length: \(length)\r\n"
        case .closeDelimited: break
        }
        head += "Connection: close\r\n\r\n"
        guard sendAll(fd, Array(head.utf8)) else { return noteClientClose() }
        for part in response.parts {
            switch part {
            case .data(let data):
                var bytes = [UInt8](data)
                if response.framing == .chunked {
                    if bytes.isEmpty { continue }
                    bytes = Array(String(bytes.count, radix: 16).utf8) + [13, 10] + bytes + [13, 10]
                }
                guard sendAll(fd, bytes) else { return noteClientClose() }
                lock.withLock { dataPartsWritten += 1 }
            case .delay(let seconds):
                if waitForPeerClose(fd, seconds: seconds) { return noteClientClose() }
            case .stall:
                while !isStopped {
                    if waitForPeerClose(fd, seconds: 0.05) { return noteClientClose() }
                }
                return
            case .close:
                shutdown(fd, Int32(SHUT_RDWR))
                return
            }
        }
        if response.framing == .chunked { _ = sendAll(fd, Array("0\r\n\r\n".utf8)) }
        shutdown(fd, Int32(SHUT_WR))
        // Let the client read everything before the socket closes.
        _ = waitForPeerClose(fd, seconds: 1)
    }

    private func noteClientClose() {
        lock.withLock { clientCloses += 1 }
    }

    /// Waits up to `seconds`; returns true when the peer closed the connection meanwhile.
    private func waitForPeerClose(_ fd: Int32, seconds: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return false }
            var pollFD = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pollFD, 1, Int32(min(remaining, 0.05) * 1000) + 1)
            if ready > 0 {
                var byte: UInt8 = 0
                let count = recv(fd, &byte, 1, Int32(MSG_PEEK))
                if count <= 0 { return true }
                // Unexpected extra bytes from the client: drain them.
                _ = recv(fd, &byte, 1, 0)
            }
            if isStopped { return false }
        }
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 402: return "Payment Required"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 413: return "Payload Too Large"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        case 529: return "Overloaded"
        default: return "Status"
        }
    }
}

public struct ServerError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// A loopback port that refuses connections: bound but never listening, so no other server
/// in the same test run can take it while this object lives.
public final class RefusingPort: @unchecked Sendable {
    public let port: UInt16
    private let fd: Int32

    public init() throws {
        let fd = socket(AF_INET, sockStream, 0)
        guard fd >= 0 else { throw ServerError("socket() failed: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            close(fd)
            throw ServerError("bind failed: errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.fd = fd
        self.port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(fd) }

    /// `http://127.0.0.1:PORT`
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }
}
