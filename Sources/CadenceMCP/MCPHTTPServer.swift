import FlyingFox
import FlyingSocks
import Foundation
import MCP

/// `cadence mcp --http`: the MCP server over Streamable HTTP at `/mcp`. FlyingFox (no NIO, a
/// fast build) carries HTTP; the SDK's `StatefulHTTPServerTransport` speaks the protocol.
///
/// Each `initialize` without a session id opens a session: its own transport, its own
/// `CadenceMCPServer` (made by `makeSession`, with its own transcript and provenance session id),
/// found again by the `Mcp-Session-Id` header the transport hands out. `DELETE` ends a session;
/// past `maxSessions` the least recently used one is ended, so memory stays bounded. Every
/// request passes `MCPHTTPAccess` (Host, Origin, bearer token) before it reaches a session.
public actor MCPHTTPServer {
    public typealias SessionFactory = @Sendable () async throws -> CadenceMCPServer

    public static let path = "/mcp"
    /// A JSON-RPC message larger than this is refused (413) before it is read whole.
    public static let maxBodyBytes = 4 << 20

    private let address: MCPListenAddress
    private let token: String?
    private let maxSessions: Int
    private let makeSession: SessionFactory
    private var http: HTTPServer?
    private var runTask: Task<Void, Never>?
    private var failure: String?
    private var access: MCPHTTPAccess?

    private struct Session {
        let transport: StatefulHTTPServerTransport
        let server: CadenceMCPServer
        var lastUsed: UInt64
    }

    private var sessions: [String: Session] = [:]
    private var tick: UInt64 = 0

    public init(address: MCPListenAddress, token: String?, maxSessions: Int = 8, makeSession: @escaping SessionFactory) throws(MCPHTTPError) {
        // Refuse a bad configuration (no token off loopback, a weak token) before binding.
        _ = try MCPHTTPAccess(address: address, port: address.port, token: token)
        self.address = address
        self.token = token
        self.maxSessions = max(1, maxSessions)
        self.makeSession = makeSession
    }

    /// Binds and starts serving; returns the port bound (the one asked for, or a free one for 0).
    public func start() async throws -> Int {
        let socketAddress: any SocketAddress
        do {
            socketAddress = address.isIPv6 ? try sockaddr_in6.inet6(ip6: address.host, port: UInt16(address.port))
                : try sockaddr_in.inet(ip4: address.host, port: UInt16(address.port))
        } catch {
            throw MCPHTTPError.badAddress(address.description)
        }
        // No FlyingFox log: it would print request lines on stdout; our notes go to stderr.
        let server = HTTPServer(address: socketAddress, timeout: 60, logger: DisabledLogger.disabled)
        await server.appendRoute("*") { [weak self] (request: FlyingFox.HTTPRequest) in
            guard let self else { return FlyingFox.HTTPResponse(statusCode: .serviceUnavailable) }
            return await self.handle(request)
        }
        http = server
        runTask = Task { [weak self] in
            do {
                try await server.run()
                await self?.failed("the server stopped")
            } catch { await self?.failed("\(error)") }
        }
        // Listening, or `run()` failed (the port is taken, say): whichever comes first. `run()` binds and
        // listens synchronously once scheduled, so it always ends in one of the two; no wall-clock
        // deadline, which a busy machine (a starved task pool) would hit while nothing is wrong.
        while await !server.isListening {
            if let failure { throw MCPHTTPError.cannotListen(address.description, reason: failure) }
            try await Task.sleep(for: .milliseconds(10))
        }
        let bound: Int
        switch await server.listeningAddress {
        case .ip4(_, let port), .ip6(_, let port): bound = Int(port)
        default: bound = address.port
        }
        access = try MCPHTTPAccess(address: address, port: bound, token: token)
        return bound
    }

    private func failed(_ reason: String) { failure = reason }

    /// Ends every session (their transcripts get `end` with `reason`) and stops listening.
    public func stop(reason: String) async {
        for id in Array(sessions.keys) { await close(id, reason: reason) }
        await http?.stop(timeout: 2)
        runTask?.cancel()
        http = nil
    }

    public var openSessions: Int { sessions.count }

    // MARK: - Requests

    func handle(_ request: FlyingFox.HTTPRequest) async -> FlyingFox.HTTPResponse {
        var headers: [String: String] = [:]
        for (name, value) in request.headers { headers[name.rawValue] = value }
        guard let access else { return Self.plain(503, "the server is starting") }
        if let rejection = access.check(headers: headers) {
            return Self.convert(.error(statusCode: rejection.status, .invalidRequest(rejection.message), extraHeaders: rejection.headers))
        }
        guard request.path == Self.path else { return Self.plain(404, "Not Found: the MCP endpoint is \(Self.path)") }
        let body: Data
        do {
            guard let read = try await Self.body(of: request) else {
                return Self.convert(.error(statusCode: 413, .invalidRequest("Payload Too Large: a message may be at most \(Self.maxBodyBytes) bytes")))
            }
            body = read
        } catch {
            return Self.convert(.error(statusCode: 400, .parseError("Bad Request: the body could not be read (\(error))")))
        }
        let mcpRequest = MCP.HTTPRequest(method: request.method.rawValue, headers: headers, body: body.isEmpty ? nil : body, path: request.path)
        let method = request.method.rawValue.uppercased()
        if let id = mcpRequest.header(HTTPHeaderName.sessionID) {
            guard var session = sessions[id] else {
                // The spec's answer to an unknown or ended session: the client initializes again.
                return Self.convert(.error(statusCode: 404, .invalidRequest("Not Found: no session \(id) (it ended, or the server restarted); send initialize again")))
            }
            tick += 1
            session.lastUsed = tick
            sessions[id] = session
            let response = await session.transport.handleRequest(mcpRequest)
            if method == "DELETE", response.statusCode == 200 { await close(id, reason: "client_closed") }
            return Self.convert(response)
        }
        guard method == "POST", Self.isInitialize(body) else {
            return Self.convert(.error(statusCode: 400, .invalidRequest("Bad Request: send initialize first; later requests carry its Mcp-Session-Id header")))
        }
        return await open(mcpRequest)
    }

    /// The transport's checks but for Origin and Host, which `MCPHTTPAccess` makes for every request.
    static let pipeline = StandardValidationPipeline(validators: [
        AcceptHeaderValidator(mode: .sseRequired), ContentTypeValidator(), ProtocolVersionValidator(), SessionValidator(),
    ])

    /// A new session for an `initialize` request.
    private func open(_ request: MCP.HTTPRequest) async -> FlyingFox.HTTPResponse {
        while sessions.count >= maxSessions, let oldest = sessions.min(by: { $0.value.lastUsed < $1.value.lastUsed })?.key {
            await close(oldest, reason: "evicted")
        }
        // A request the transport would refuse (a wrong Accept header, say) opens no session and
        // leaves no transcript: the same checks, first.
        if let refusal = Self.pipeline.validate(request, context: HTTPValidationContext(httpMethod: "POST", isInitializationRequest: true)) {
            return Self.convert(refusal)
        }
        let transport = StatefulHTTPServerTransport(validationPipeline: Self.pipeline)
        let server: CadenceMCPServer
        do {
            server = try await makeSession()
            try await server.start(transport: transport)
        } catch {
            return Self.convert(.error(statusCode: 500, .internalError("the session could not start: \(error)")))
        }
        let response = await transport.handleRequest(request)
        guard let id = response.headers[HTTPHeaderName.sessionID], response.statusCode == 200 else {
            await server.stop(reason: "refused")
            return Self.convert(response)
        }
        tick += 1
        sessions[id] = Session(transport: transport, server: server, lastUsed: tick)
        return Self.convert(response)
    }

    private func close(_ id: String, reason: String) async {
        guard let session = sessions.removeValue(forKey: id) else { return }
        await session.server.stop(reason: reason)
    }

    static func isInitialize(_ body: Data) -> Bool {
        (try? JSONSerialization.jsonObject(with: body) as? [String: Any])?["method"] as? String == "initialize"
    }

    /// The body, or nil when it is larger than `maxBodyBytes` (read no further than that).
    static func body(of request: FlyingFox.HTTPRequest) async throws -> Data? {
        if let count = request.bodySequence.count, count > maxBodyBytes { return nil }
        var data = Data()
        for try await chunk in request.bodySequence {
            data.append(chunk)
            if data.count > maxBodyBytes { return nil }
        }
        return data
    }

    static func plain(_ status: Int, _ message: String) -> FlyingFox.HTTPResponse {
        FlyingFox.HTTPResponse(statusCode: HTTPStatusCode(status, phrase: phrase(status)),
                               headers: [.contentType: "text/plain; charset=utf-8"], body: Data((message + "\n").utf8))
    }

    static func convert(_ response: MCP.HTTPResponse) -> FlyingFox.HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in response.headers { headers[HTTPHeader(name)] = value }
        let status = HTTPStatusCode(response.statusCode, phrase: phrase(response.statusCode))
        if case .stream(let stream, _) = response {
            return FlyingFox.HTTPResponse(statusCode: status, headers: headers, body: HTTPBodySequence(from: StreamBytes(stream: stream)))
        }
        return FlyingFox.HTTPResponse(statusCode: status, headers: headers, body: response.bodyData ?? Data())
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 202: "Accepted"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 406: "Not Acceptable"
        case 409: "Conflict"
        case 413: "Payload Too Large"
        case 415: "Unsupported Media Type"
        case 421: "Misdirected Request"
        case 503: "Service Unavailable"
        default: "Status \(status)"
        }
    }
}

/// The transport's server-sent events as the byte sequence FlyingFox streams (chunked): each
/// event goes out as soon as the transport yields it.
struct StreamBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let stream: AsyncThrowingStream<Data, any Error>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncThrowingStream<Data, any Error>.AsyncIterator
        var pending = Data()

        mutating func next() async throws -> UInt8? {
            guard try await fill() else { return nil }
            return pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> Data? {
            guard try await fill() else { return nil }
            let taken = Data(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(taken.count)
            return taken
        }

        private mutating func fill() async throws -> Bool {
            while pending.isEmpty {
                guard let chunk = try await base.next() else { return false }
                pending = chunk
            }
            return true
        }
    }
}
