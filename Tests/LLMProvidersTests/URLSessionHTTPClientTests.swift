import CadenceTestSupport
import Foundation
import LLM
import Testing
@testable import LLMProviders

@Suite("URLSession transport over loopback")
struct URLSessionHTTPClientTests {
    let client = URLSessionHTTPClient()

    private func request(_ server: ScriptedHTTPServer, path: String = "/echo", body: String = #"{"hello":"world"}"#,
                         connect: Duration = .seconds(30), idle: Duration = .seconds(30)) -> HTTPRequest {
        // Generous unless a test is about timeouts: the suites run in parallel on a loaded machine.
        HTTPRequest(method: "POST", url: server.baseURL.appendingPathComponent(path),
                    headers: [("Content-Type", "application/json"), ("X-Test", "yes")], body: Data(body.utf8),
                    connectTimeout: connect, idleTimeout: idle)
    }

    @Test("sends method, path, headers and body; returns status, headers and body")
    func roundTrip() async throws {
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

    @Test("a large request body arrives whole")
    func largeBody() async throws {
        let server = try ScriptedHTTPServer(responses: [.json("{}")])
        let big = "{\"text\":\"" + String(repeating: "a", count: 200_000) + "\"}"
        _ = try await client.send(request(server, body: big)).collectBody()
        #expect(server.requests.first?.body.count == big.utf8.count)
    }

    @Test("body chunks are delivered as they arrive, before the response ends")
    func streamsIncrementally() async throws {
        let server = try ScriptedHTTPServer(responses: [.eventStream([.text("data: first\n\n"), .stall])])
        let response = try await client.send(request(server))
        var iterator = response.body.makeAsyncIterator()
        let first = try await iterator.next()
        #expect(first.map { String(decoding: $0, as: UTF8.self) } == "data: first\n\n")
        server.stop()
    }

    @Test("no response head within the connect timeout is a retryable timeout")
    func connectTimeout() async throws {
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

    @Test("a server that stalls mid-body hits the idle timeout")
    func idleTimeout() async throws {
        let server = try ScriptedHTTPServer(responses: [.eventStream([.text("data: a\n\n"), .stall])])
        let response = try await client.send(request(server, idle: .milliseconds(300)))
        let start = ContinuousClock.now
        let error = await #expect(throws: LLMError.self) {
            for try await _ in response.body {}
        }
        #expect(error?.kind == .timeout)
        // The stall never ends: finishing at all shows the timeout fired (generous bound for a loaded machine).
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(await server.waitForClientClose())
    }

    @Test("data keeps the idle timer alive")
    func slowButSteady() async throws {
        // 10 s of data in 0.5 s steps under an 8 s idle timeout: longer than the timeout in total,
        // never idle for it. The margin is wide because the whole suite runs in parallel on two
        // cores, where a 2 s gap between chunks was seen under load.
        let parts: [ResponsePart] = (0..<20).flatMap { [ResponsePart.delay(0.5), .text("data: \($0)\n\n")] }
        let server = try ScriptedHTTPServer(responses: [.eventStream(parts)])
        let response = try await client.send(request(server, idle: .seconds(8)))
        let body = try await response.collectBody()
        #expect(String(decoding: body, as: UTF8.self).contains("data: 19"))
    }

    @Test("cancelling the reading task closes the connection")
    func cancellationClosesConnection() async throws {
        let server = try ScriptedHTTPServer(responses: [.eventStream([.text("data: a\n\n"), .stall])])
        let client = self.client
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

    @Test("cancelling while waiting for the head closes the connection")
    func cancellationBeforeHead() async throws {
        // The server holds the response far longer than the test needs, and the test cancels only
        // once the request has arrived, so a slow machine cannot reorder the two.
        let server = try ScriptedHTTPServer { _, _ in
            Thread.sleep(forTimeInterval: 20)
            return .json("{}")
        }
        let client = self.client
        let request = request(server)
        let reader = Task { try await client.send(request) }
        while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        reader.cancel()
        await #expect(throws: CancellationError.self) { _ = try await reader.value }
    }

    @Test("nothing listening is a retryable connection error")
    func connectionRefused() async throws {
        let refusing = try RefusingPort()
        let error = await #expect(throws: LLMError.self) {
            _ = try await client.send(HTTPRequest(url: refusing.baseURL.appendingPathComponent("x"), connectTimeout: .seconds(5)))
        }
        #expect(error?.kind == .connection)
        #expect(error?.isRetryable == true)
    }

    @Test("a chunked body cut mid-way is a stream interruption")
    func cutMidStream() async throws {
        let server = try ScriptedHTTPServer(responses: [.eventStream([.text("data: a\n\n"), .close])])
        let response = try await client.send(request(server))
        let error = await #expect(throws: LLMError.self) {
            for try await _ in response.body {}
        }
        #expect(error?.kind == .streamInterrupted)
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
