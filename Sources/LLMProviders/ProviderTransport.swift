import CadenceCore
import Foundation
import LLM

/// Decodes one provider's server-sent events into `LLMEvent`s.
protocol StreamEventDecoder {
    /// Events produced by one SSE event. Throws `LLMError` for error events.
    mutating func decode(_ event: ServerSentEvent) throws -> [LLMEvent]
    /// True once the stream's own terminator (`[DONE]`, `message_stop`) arrived.
    var isFinished: Bool { get }
    /// Called at end of stream without the terminator: the closing events, or an error
    /// when the response is incomplete.
    mutating func finishAtEOF() throws -> [LLMEvent]
    /// Events for a whole (non-streamed) JSON response, or nil when `json` is not one. Used
    /// for servers that ignore `stream: true` and answer with the complete response.
    mutating func decodeWholeResponse(_ json: JSONValue) throws -> [LLMEvent]?
}

/// What both providers share: sending with retries, error mapping, redaction and streaming.
struct ProviderTransport: Sendable {
    var http: HTTPClient
    var retry: RetryPolicy
    var identity: ProviderIdentity
    /// Values that must never appear in an error (the API key).
    var secrets: [String]

    /// Sends `request` until it gets a 2xx response or a non-retryable error, reporting each
    /// retry through `onRetry`. Returns the response and the number of attempts made.
    func send(_ request: HTTPRequest, onRetry: (RetryNotice) -> Void) async throws -> (HTTPResponse, Int) {
        let started = ContinuousClock.now
        var attempt = 1
        while true {
            do {
                return (try await sendOnce(request, started: started), attempt)
            } catch let error as LLMError {
                let delay = try await backoff(error, attempt: attempt, started: started, onRetry: onRetry)
                try await retry.sleep(delay)
                attempt += 1
            }
        }
    }

    /// Streams a response, retrying failures that happen before any event reached the caller.
    func stream<Decoder: StreamEventDecoder>(_ request: HTTPRequest, makeDecoder: () -> Decoder,
                                            continuation: AsyncThrowingStream<LLMEvent, Error>.Continuation) async throws {
        let started = ContinuousClock.now
        var attempt = 1
        while true {
            var delivered = false
            do {
                let response = try await sendOnce(request, started: started)
                try await decodeStream(response, decoder: makeDecoder()) { event in
                    delivered = true
                    continuation.yield(event)
                }
                return
            } catch var error as LLMError {
                error = error.redacting(secrets)
                if delivered { throw error }
                if error.kind == .streamInterrupted { error.isRetryable = true }
                let delay = try await backoff(error, attempt: attempt, started: started) { continuation.yield(.retrying($0)) }
                try await retry.sleep(delay)
                attempt += 1
            }
        }
    }

    /// Throws `error` (redacted) unless it may be retried within the budget; else reports the
    /// retry and returns the delay.
    private func backoff(_ error: LLMError, attempt: Int, started: ContinuousClock.Instant,
                         onRetry: (RetryNotice) -> Void) async throws -> Duration {
        var error = error.redacting(secrets)
        guard error.isRetryable, attempt <= retry.maxRetries else { throw error }
        let delay = retry.delay(beforeRetry: attempt - 1, after: error)
        if let budget = retry.budget {
            let left = budget - (ContinuousClock.now - started)
            if let asked = error.retryAfter, asked > .zero, asked >= left {
                error.isRetryable = false
                error.message += " \(identity.name.capitalizedFirst) asked to wait \(Self.seconds(asked)) before trying again, "
                    + "longer than the \(Self.seconds(max(.zero, left))) left of this message's \(Self.seconds(budget)) timeout; try again later."
                throw error
            }
            if delay >= left {
                error.isRetryable = false
                error.message += " No time was left to try again within this message's \(Self.seconds(budget)) timeout."
                throw error
            }
        }
        onRetry(RetryNotice(attempt: attempt, maxAttempts: retry.maxRetries + 1, delay: delay, error: error))
        return delay
    }

    static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return value == value.rounded() ? "\(Int64(value)) s" : String(format: "%.1f s", value)
    }

    /// One request: a 2xx response, or the vendor's error as `LLMError`. With a budget, waiting
    /// for the response's head is cut off when the budget runs out.
    private func sendOnce(_ request: HTTPRequest, started: ContinuousClock.Instant) async throws -> HTTPResponse {
        let response: HTTPResponse
        if let budget = retry.budget {
            let left = budget - (ContinuousClock.now - started)
            guard left > .zero else { throw LLMError(.timeout, "No answer from \(identity.name) within this message's \(Self.seconds(budget)) timeout.", isRetryable: false) }
            response = try await withThrowingTaskGroup(of: HTTPResponse.self) { group in
                group.addTask { try await http.send(request) }
                group.addTask {
                    try await Task.sleep(for: left)
                    throw LLMError(.timeout, "No answer from \(identity.name) within this message's \(Self.seconds(budget)) timeout.", isRetryable: false)
                }
                defer { group.cancelAll() }
                return try await group.next()!
            }
        } else {
            response = try await http.send(request)
        }
        guard (200..<300).contains(response.status) else {
            let body = (try? await response.collectBody(limit: 1 << 20)) ?? Data()
            throw VendorErrorMapper.error(status: response.status, headers: response.headers, body: body, provider: identity)
                .redacting(secrets)
        }
        return response
    }

    private func decodeStream<Decoder: StreamEventDecoder>(_ response: HTTPResponse, decoder: Decoder,
                                                           emit: (LLMEvent) -> Void) async throws {
        var decoder = decoder
        let contentType = response.header("content-type")?.lowercased() ?? ""
        if contentType.contains("application/json") {
            // Some servers answer a streaming request with a JSON error body and status 200.
            let body = try await response.collectBody(limit: 1 << 20)
            let json = try? JSONDecoder().decode(JSONValue.self, from: body)
            if let json, json["error"] != nil || json["object"]?.stringValue == "error" {
                throw VendorErrorMapper.streamError(json, provider: identity)
            }
            if let json, let events = try decoder.decodeWholeResponse(json) {
                events.forEach(emit)
                return
            }
            throw LLMError(.invalidResponse,
                           "\(identity.name.capitalizedFirst) answered with JSON instead of an event stream. Check the base URL, or try --no-stream.")
        }
        if !contentType.isEmpty, !contentType.contains("text/event-stream") {
            // An HTML login page of a proxy, say: not an interrupted stream, and trying again will not help.
            throw LLMError(.invalidResponse, "\(identity.name.capitalizedFirst) answered with \(contentType.split(separator: ";").first ?? "") "
                + "instead of an event stream (HTTP \(response.status)). Check the base URL: a proxy or login page may be answering.",
                           status: response.status, isRetryable: false)
        }
        var parser = ServerSentEventParser()
        var sawEvent = false
        for try await chunk in response.body {
            for event in parser.feed(chunk) {
                sawEvent = true
                for output in try decoder.decode(event) { emit(output) }
                if decoder.isFinished { return }
            }
        }
        do {
            try parser.finish()
        } catch {
            guard sawEvent else {
                throw LLMError(.invalidResponse, "\(identity.name.capitalizedFirst) answered with something that is not an event stream "
                    + "(HTTP \(response.status)). Check the base URL.", status: response.status, isRetryable: false)
            }
            throw LLMError(.streamInterrupted,
                           "The response from \(identity.name) was cut off in the middle of an event. Try again.")
        }
        for output in try decoder.finishAtEOF() { emit(output) }
    }

    /// Parses a JSON payload, mapping failures to `invalidResponse`.
    static func parseJSON(_ text: String, provider: ProviderIdentity) throws -> JSONValue {
        do {
            return try ByteJSONParser.parse(text)
        } catch {
            throw LLMError(.invalidResponse, "\(provider.name.capitalizedFirst) sent data that is not the expected JSON. Check that the base URL points at \(provider.name.contains("Anthropic") ? "an Anthropic Messages" : "an OpenAI-compatible") API.")
        }
    }
}

extension JSONValue {
    /// The number as an `Int` when it is a whole number in range.
    var intValue: Int? {
        guard case .number(let value) = self, value == value.rounded(), abs(value) < 9.0e15 else { return nil }
        return Int(value)
    }
}

/// Runs `body` in a task whose events feed the returned stream; cancelling the consumer cancels it.
func makeEventStream(_ body: @escaping @Sendable (AsyncThrowingStream<LLMEvent, Error>.Continuation) async throws -> Void)
    -> AsyncThrowingStream<LLMEvent, Error>
{
    let (stream, continuation) = AsyncThrowingStream<LLMEvent, Error>.makeStream()
    let task = Task {
        do {
            try await body(continuation)
            continuation.finish()
        } catch {
            continuation.finish(throwing: error)
        }
    }
    continuation.onTermination = { termination in
        if case .cancelled = termination { task.cancel() }
    }
    return stream
}

extension JSONValue {
    /// Builds an object, leaving out nil values.
    static func object(dropping pairs: [(String, JSONValue?)]) -> JSONValue {
        var object: [String: JSONValue] = [:]
        for (key, value) in pairs { if let value { object[key] = value } }
        return .object(object)
    }

    /// JSON bytes for a request body.
    var requestData: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("null".utf8)
    }
}
