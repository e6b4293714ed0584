import CadenceTestSupport
import Foundation
import LLM
import Testing
@testable import LLMProviders

/// The two `HTTPClient`s: libcurl (the product's) and URLSession (the benchmarks' peer).
enum Transport: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case curl, urlSession

    var client: any HTTPClient {
        switch self {
        case .curl: CurlHTTPClient()
        case .urlSession: URLSessionHTTPClient()
        }
    }

    var testDescription: String { rawValue }
}

/// The `HTTPClient` seam's contract, checked over loopback against every transport.
@Suite("HTTP transports over loopback")
struct HTTPClientContractTests {
    private func request(_ server: ScriptedHTTPServer, path: String = "/echo", body: String = #"{"hello":"world"}"#,
                         connect: Duration = .seconds(30), idle: Duration = .seconds(30)) -> HTTPRequest {
        // Generous unless a test is about timeouts: the suites run in parallel on a loaded machine.
        HTTPRequest(method: "POST", url: server.baseURL.appendingPathComponent(path),
                    headers: [("Content-Type", "application/json"), ("X-Test", "yes")], body: Data(body.utf8),
                    connectTimeout: connect, idleTimeout: idle)
    }

    @Test("sends method, path, headers and body; returns status, headers and body", arguments: Transport.allCases)
    func roundTrip(_ transport: Transport) async throws {
        let client = transport.client
        let server = try ScriptedHTTPServer(responses: [.json(status: 201, #"{"ok":true}"#, headers: [("X-Request-Id", "r1")])])
        let response = try await client.send(request(server))
        #expect(response.status == 201)
        #expect(response.header("x-request-id") == "r1")
        #expect(String(decoding: try await response.collectBody(), as: UTF8.self) == #"{"ok":true}"#)
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.path == "/echo")
        #expect(received.header("x-test") == "yes")
        #expect(received.json == ["hello": "world"])
    }

    @Test("a large request body arrives whole", arguments: Transport.allCases)
    func largeBody(_ transport: Transport) async throws {
        let client = transport.client
        let server = try ScriptedHTTPServer(responses: [.json("{}")])
        let big = "{\"text\":\"" + String(repeating: "a", count: 200_000) + "\"}"
        _ = try await client.send(request(server, body: big)).collectBody()
        #expect(server.requests.first?.body.count == big.utf8.count)
    }

    @Test("body chunks are delivered as they arrive, before the response ends", arguments: Transport.allCases)
    func streamsIncrementally(_ transport: Transport) async throws {
        let client = transport.client
        let server = try ScriptedHTTPServer(responses: [.eventStream([.text("data: first\n\n"), .stall])])
        let response = try await client.send(request(server))
        var iterator = response.body.makeAsyncIterator()
        let first = try await iterator.next()
        #expect(first.map { String(decoding: $0, as: UTF8.self) } == "data: first\n\n")
        server.stop()
    }

    @Test("no response head within the connect timeout is a retryable timeout", arguments: Transport.allCases)
    func connectTimeout(_ transport: Transport) async throws {
        let client = transport.client
        let server = try ScriptedHTTPServer { _, _ in
            // Far longer than the timeout, so a loaded machine (the suites run in parallel) cannot
            // deliver the response before the timer fires.
            Thread.sleep(forTimeInterval: 8)
            return .json("{}")
        }
        let error = await #expect(throws: LLMError.self) {
            _ = try await client.send(request(server, connect: .milliseconds(300)))
        }
        #expect(error?.kind == .timeout)
        #expect(error?.isRetryable == true)
    }

    // The stall never ends, so finishing at all shows the timer fired; the time limit turns a timer that
    // never fires into a failure. Not a wall-clock bound on the error's arrival: with the suites in
    // parallel on two cores, CPU-bound tests can hold the cooperative pool for tens of seconds after the
    // transfer thread has already ended the body (CI on 2026-12-03 saw 46 s).
    @Test("a server that stalls mid-body hits the idle timeout", .timeLimit(.minutes(2)), arguments: Transport.allCases)
    func idleTimeout(_ transport: Transport) async throws {
        let client = transport.client
        let server = try ScriptedHTTPServer(responses: [.eventStream([.text("data: a\n\n"), .stall])])
        let response = try await client.send(request(server, idle: .milliseconds(300)))
        let error = await #expect(throws: LLMError.self) {
            for try await _ in response.body {}
        }
        #expect(error?.kind == .timeout)
        #expect(error?.message.contains("stopped sending") == true, "\(String(describing: error))")
        #expect(await server.waitForClientClose())
    }

    @Test("data keeps the idle timer alive", arguments: Transport.allCases)
    func slowButSteady(_ transport: Transport) async throws {
        let client = transport.client
        // 10 s of data in 0.5 s steps under an 8 s idle timeout: longer than the timeout in total,
        // never idle for it. The margin is wide because the whole suite runs in parallel on two
        // cores, where a 2 s gap between chunks was seen under load.
        let parts: [ResponsePart] = (0..<20).flatMap { [ResponsePart.delay(0.5), .text("data: \($0)\n\n")] }
        let server = try ScriptedHTTPServer(responses: [.eventStream(parts)])
        let response = try await client.send(request(server, idle: .seconds(8)))
        let body = try await response.collectBody()
        #expect(String(decoding: body, as: UTF8.self).contains("data: 19"))
    }

    @Test("cancelling the reading task closes the connection", arguments: Transport.allCases)
    func cancellationClosesConnection(_ transport: Transport) async throws {
        let client = transport.client
        let server = try ScriptedHTTPServer(responses: [.eventStream([.text("data: a\n\n"), .stall])])
        let request = request(server, idle: .seconds(30))
        let started = AsyncStream<Void>.makeStream()
        let reader = Task {
            let response = try await client.send(request)
            for try await _ in response.body { started.continuation.yield() }
        }
        for await _ in started.stream { break }
        reader.cancel()
        #expect(await server.waitForClientClose())
        await #expect(throws: CancellationError.self) { try await reader.value }
    }

    @Test("cancelling while waiting for the head closes the connection", arguments: Transport.allCases)
    func cancellationBeforeHead(_ transport: Transport) async throws {
        let client = transport.client
        // The server holds the response far longer than the test needs, and the test cancels only
        // once the request has arrived, so a slow machine cannot reorder the two.
        let server = try ScriptedHTTPServer { _, _ in
            Thread.sleep(forTimeInterval: 20)
            return .json("{}")
        }
        let request = request(server)
        let reader = Task { try await client.send(request) }
        while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        reader.cancel()
        await #expect(throws: CancellationError.self) { _ = try await reader.value }
    }

    @Test("nothing listening is a retryable connection error", arguments: Transport.allCases)
    func connectionRefused(_ transport: Transport) async throws {
        let client = transport.client
        let refusing = try RefusingPort()
        let error = await #expect(throws: LLMError.self) {
            _ = try await client.send(HTTPRequest(url: refusing.baseURL.appendingPathComponent("x"), connectTimeout: .seconds(5)))
        }
        #expect(error?.kind == .connection)
        #expect(error?.isRetryable == true)
    }

    @Test("a chunked body cut mid-way is a stream interruption", arguments: Transport.allCases)
    func cutMidStream(_ transport: Transport) async throws {
        let client = transport.client
        let server = try ScriptedHTTPServer(responses: [.eventStream([.text("data: a\n\n"), .close])])
        let response = try await client.send(request(server))
        let error = await #expect(throws: LLMError.self) {
            for try await _ in response.body {}
        }
        #expect(error?.kind == .streamInterrupted)
    }
}

extension HTTPClientContractTests {
    @Test("dropping the body before its end closes the connection (curl, the client Cadence uses; URLSession keeps it open)", arguments: [Transport.curl])
    func droppingBodyCloses(_ transport: Transport) async throws {
        let client = transport.client
        let server = try ScriptedHTTPServer(responses: [.eventStream([.text("data: a\n\n"), .stall])])
        do {
            let response = try await client.send(request(server))
            var iterator = response.body.makeAsyncIterator()
            _ = try await iterator.next()
        }
        #expect(await server.waitForClientClose(timeout: 10))
        server.stop()
    }

    @Test("a GET without a body, and a header value, arrive as sent", arguments: Transport.allCases)
    func getWithoutBody(_ transport: Transport) async throws {
        let client = transport.client
        let server = try ScriptedHTTPServer(responses: [.json(#"{"n_ctx":4096}"#)])
        let response = try await client.send(HTTPRequest(method: "GET", url: server.baseURL.appendingPathComponent("props"),
                                                         headers: [("Authorization", "Bearer k")]))
        #expect(String(decoding: try await response.collectBody(), as: UTF8.self) == #"{"n_ctx":4096}"#)
        let received = try #require(server.requests.first)
        #expect(received.method == "GET")
        #expect(received.path == "/props")
        #expect(received.body.isEmpty)
        #expect(received.header("authorization") == "Bearer k")
    }

    @Test("transport errors name the host, never the URL's query or a header value", arguments: Transport.allCases)
    func noSecretsInErrors(_ transport: Transport) async throws {
        let client = transport.client
        let refusing = try RefusingPort()
        var components = URLComponents(url: refusing.baseURL.appendingPathComponent("v1/embeddings"), resolvingAgainstBaseURL: false)!
        components.queryItems = [URLQueryItem(name: "key", value: "SECRET-QUERY-KEY")]
        let error = await #expect(throws: LLMError.self) {
            _ = try await client.send(HTTPRequest(url: components.url!, headers: [("Authorization", "Bearer SECRET-HEADER-KEY")],
                                                  connectTimeout: .seconds(5)))
        }
        let message = try #require(error?.message)
        #expect(message.contains("127.0.0.1"))
        #expect(!message.contains("SECRET"))
    }
}

@Suite("libcurl transport")
struct CurlHTTPClientTests {
    @Test("a consumer that falls behind holds the server back instead of buffering the whole body")
    func backPressure() async throws {
        // 64 parts of 1 MiB: far more than the kernel's loopback buffers hold (a few MiB).
        let part = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        let server = try ScriptedHTTPServer(responses: [ScriptedResponse(
            headers: [("Content-Type", "application/octet-stream")], parts: Array(repeating: .data(part), count: 64))])
        let client = CurlHTTPClient(bufferLimit: 256 << 10)
        let response = try await client.send(HTTPRequest(method: "GET", url: server.baseURL.appendingPathComponent("big")))
        var iterator = response.body.makeAsyncIterator()
        var received = try #require(try await iterator.next()).count
        try await Task.sleep(for: .seconds(1))
        let writtenWhileStalled = server.partsWritten
        #expect(writtenWhileStalled < 32, "the server wrote \(writtenWhileStalled) MiB while the reader stalled")
        while let chunk = try await iterator.next() { received += chunk.count }
        #expect(received == 64 << 20)
        #expect(server.partsWritten == 64)
    }

    @Test("a header value with a line break is refused before anything is sent")
    func headerInjection() async throws {
        let server = try ScriptedHTTPServer(responses: [.json("{}")])
        let error = await #expect(throws: LLMError.self) {
            _ = try await CurlHTTPClient().send(HTTPRequest(url: server.baseURL.appendingPathComponent("x"),
                                                            headers: [("X-Note", "a\r\nX-Injected: 1")]))
        }
        #expect(error?.kind == .configuration)
        #expect(error?.message.contains("X-Injected") == false)
        try await Task.sleep(for: .milliseconds(200))
        #expect(server.requests.isEmpty)
    }

    @Test("a file:// URL is refused: only http and https are spoken")
    func onlyHTTP() async throws {
        let error = await #expect(throws: LLMError.self) {
            _ = try await CurlHTTPClient().send(HTTPRequest(method: "GET", url: URL(fileURLWithPath: "/etc/hostname")))
        }
        #expect(error?.kind == .configuration)
    }
}

@Suite("Proxy settings")
struct ProxySettingsTests {
    @Test("http_proxy / https_proxy / no_proxy become URLSession proxy settings (used on Apple platforms)")
    func proxyDictionary() throws {
        let settings = try #require(URLSessionHTTPClient.proxyDictionary(
            ["https_proxy": "http://proxy.local:3128", "HTTP_PROXY": "proxy2.local", "no_proxy": "localhost, 127.0.0.1"]))
        #expect(settings["HTTPSProxy"] as? String == "proxy.local")
        #expect(settings["HTTPSPort"] as? Int == 3128)
        #expect(settings["HTTPProxy"] as? String == "proxy2.local")
        #expect(settings["HTTPPort"] as? Int == 80)
        #expect(settings["ExceptionsList"] as? [String] == ["localhost", "127.0.0.1"])
        #expect(URLSessionHTTPClient.proxyDictionary([:]) == nil)
    }
}
