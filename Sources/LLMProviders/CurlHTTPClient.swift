import CCurl
import Foundation
import LLM

/// `HTTPClient` on libcurl, the transport the CLI uses. Each transfer runs on its own thread in
/// a `curl_multi` loop that sleeps in `curl_multi_poll` until the socket is ready, a deadline is
/// due or the caller cancels (`curl_multi_wakeup`), so waiting for a slow server costs no CPU.
/// (swift-corelibs-foundation's `URLSession` spins at 60–98 % of a core while it waits on
/// Linux, which starves a local model server on a small machine: issue 15, bug 3.)
///
/// The body reaches the caller through a bounded buffer: when the consumer falls behind, the
/// transfer thread waits in the write callback and TCP flow control slows the server down.
/// HTTPS verifies the server's certificate and host name; only http and https are spoken;
/// redirects are not followed; proxies come from the environment (`https_proxy`, `no_proxy`, …).
public struct CurlHTTPClient: HTTPClient {
    /// Body bytes held for a slow consumer before the transfer waits for it.
    public var bufferLimit: Int

    public init(bufferLimit: Int = 1 << 20) {
        self.bufferLimit = max(bufferLimit, 1)
        _ = CurlTransfer.globalInit
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let transfer = CurlTransfer(request: request, bufferLimit: bufferLimit)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                transfer.start(continuation)
            }
        } onCancel: {
            transfer.end(CancellationError())
        }
    }
}

/// One request's life: waiting for the head, streaming the body, ended (finished, failed,
/// timed out or cancelled). Everything mutable is guarded by `condition`, on which the
/// transfer thread also waits while the body buffer is full.
final class CurlTransfer: @unchecked Sendable {
    /// `curl_global_init` is not thread-safe and must run once, before any other call.
    static let globalInit: Void = { _ = cadence_curl_global_init() }()

    private let request: HTTPRequest
    private let host: String
    private let bufferLimit: Int
    private let condition = NSCondition()
    private var headContinuation: CheckedContinuation<HTTPResponse, Error>?
    private var headDelivered = false
    private var chunks: [Data] = []
    private var buffered = 0
    private var reader: CheckedContinuation<Data?, Error>?
    /// Set once: nil error for a complete body.
    private var outcome: Result<Void, Error>?
    private var multi: UnsafeMutableRawPointer?
    private var started = ContinuousClock.now
    private var lastActivity = ContinuousClock.now
    // The response head as it arrives; touched only by the transfer thread.
    private var easy: UnsafeMutableRawPointer?
    private var headers: [String: String] = [:]

    init(request: HTTPRequest, bufferLimit: Int) {
        self.request = request
        self.host = request.url.host ?? "the server"
        self.bufferLimit = bufferLimit
    }

    // MARK: Caller side

    func start(_ continuation: CheckedContinuation<HTTPResponse, Error>) {
        condition.lock()
        if case .failure(let error) = outcome {
            condition.unlock()
            return continuation.resume(throwing: error)
        }
        headContinuation = continuation
        started = .now
        condition.unlock()
        let thread = Thread { [self] in run() }
        thread.name = "CurlHTTPClient"
        thread.start()
    }

    /// The next body chunk, nil at the end.
    func nextChunk() async throws -> Data? {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Data?, Error>) in
                condition.lock()
                if !chunks.isEmpty {
                    let chunk = chunks.removeFirst()
                    buffered -= chunk.count
                    condition.broadcast()
                    condition.unlock()
                    return continuation.resume(returning: chunk)
                }
                switch outcome {
                case .success?:
                    condition.unlock()
                    continuation.resume(returning: nil)
                case .failure(let error)?:
                    condition.unlock()
                    continuation.resume(throwing: error)
                case nil:
                    reader = continuation
                    condition.unlock()
                }
            }
        } onCancel: {
            end(CancellationError())
        }
    }

    /// Ends the transfer with `error` (nil: the body is complete). The first call wins; a
    /// cancellation drops what is buffered, other errors arrive after it. Waiters are resumed
    /// and the transfer thread is woken to abort the connection.
    func end(_ error: Error?) {
        condition.lock()
        guard outcome == nil else { return condition.unlock() }
        outcome = error.map { .failure($0) } ?? .success(())
        if error is CancellationError {
            chunks = []
            buffered = 0
        }
        let head = headContinuation
        headContinuation = nil
        let waiting = reader
        reader = nil
        if let multi { curl_multi_wakeup(multi) }
        condition.broadcast()
        condition.unlock()
        head?.resume(throwing: error ?? LLMError(.connection, "\(host) closed the connection without an HTTP response. Try again."))
        if let waiting {
            if let error { waiting.resume(throwing: error) } else { waiting.resume(returning: nil) }
        }
    }

    // MARK: Transfer thread

    private func run() {
        guard let easy = curl_easy_init(), let multi = curl_multi_init() else {
            return end(LLMError(.configuration, "libcurl could not start a transfer (out of memory?)."))
        }
        self.easy = easy
        var headerList: UnsafeMutablePointer<curl_slist>?
        defer {
            curl_multi_remove_handle(multi, easy)
            curl_easy_cleanup(easy)
            curl_multi_cleanup(multi)
            curl_slist_free_all(headerList)
        }
        do {
            headerList = try configure(easy)
        } catch {
            return end(error)
        }
        condition.lock()
        self.multi = multi
        let alreadyEnded = outcome != nil
        condition.unlock()
        if alreadyEnded { return }
        curl_multi_add_handle(multi, easy)
        var running: Int32 = 1
        while true {
            let code = curl_multi_perform(multi, &running)
            guard code == CURLM_OK else {
                end(LLMError(.connection, "libcurl failed while talking to \(host) (multi error \(code.rawValue)). Try again."))
                break
            }
            if running == 0 {
                end(error(for: CURLcode(rawValue: UInt32(bitPattern: cadence_curl_multi_result(multi, easy)))))
                break
            }
            guard let wait = millisecondsToWait() else { break }
            curl_multi_poll(multi, nil, 0, wait, nil)
        }
        condition.lock()
        self.multi = nil
        condition.unlock()
    }

    /// How long the loop may sleep: until the connect or idle deadline, at most a second. Nil
    /// when the transfer has ended (cancelled) or a deadline has passed (then it ends it).
    private func millisecondsToWait() -> Int32? {
        condition.lock()
        let ended = outcome != nil
        let waitingForHead = !headDelivered
        let deadline = waitingForHead ? started + request.connectTimeout : lastActivity + request.idleTimeout
        condition.unlock()
        if ended { return nil }
        let left = deadline - .now
        guard left > .zero else {
            let seconds = Self.format(waitingForHead ? request.connectTimeout : request.idleTimeout)
            end(waitingForHead
                ? LLMError(.timeout, "\(host) did not respond within \(seconds). Check the base URL and your network, or try again.", isRetryable: true)
                : LLMError(.timeout, "\(host) stopped sending for \(seconds) in the middle of a response. Try again.", isRetryable: false))
            return nil
        }
        let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1
        return Int32(min(milliseconds, 1000))
    }

    private func configure(_ easy: UnsafeMutableRawPointer) throws -> UnsafeMutablePointer<curl_slist>? {
        let context = Unmanaged.passUnretained(self).toOpaque()
        func check(_ code: CURLcode) throws {
            guard code == CURLE_OK else {
                throw LLMError(.configuration, "libcurl refused a setting for the request to \(host) (\(String(cString: curl_easy_strerror(code)))).")
            }
        }
        try check(cadence_curl_set_string(easy, CURLOPT_URL, request.url.absoluteString))
        try check(cadence_curl_allow_http_only(easy))
        try check(cadence_curl_set_long(easy, CURLOPT_NOSIGNAL, 1))
        try check(cadence_curl_set_long(easy, CURLOPT_SSL_VERIFYPEER, 1))
        try check(cadence_curl_set_long(easy, CURLOPT_SSL_VERIFYHOST, 2))
        try check(cadence_curl_set_long(easy, CURLOPT_FOLLOWLOCATION, 0))
        try check(cadence_curl_set_long(easy, CURLOPT_TCP_KEEPALIVE, 1))
        try check(cadence_curl_set_long(easy, CURLOPT_BUFFERSIZE, 64 << 10))
        let connectMilliseconds = max(1, request.connectTimeout.components.seconds * 1000
            + request.connectTimeout.components.attoseconds / 1_000_000_000_000_000)
        try check(cadence_curl_set_long(easy, CURLOPT_CONNECTTIMEOUT_MS, Int(min(connectMilliseconds, Int64(Int32.max)))))
        try check(cadence_curl_set_callback(easy, CURLOPT_HEADERFUNCTION, curlHeaderCallback))
        try check(cadence_curl_set_pointer(easy, CURLOPT_HEADERDATA, context))
        try check(cadence_curl_set_callback(easy, CURLOPT_WRITEFUNCTION, curlWriteCallback))
        try check(cadence_curl_set_pointer(easy, CURLOPT_WRITEDATA, context))

        let method = request.method.uppercased()
        if let body = request.body ?? (method == "POST" ? Data() : nil) {
            // COPYPOSTFIELDS copies the bytes at once; the size comes first, as the body need not be text.
            try check(cadence_curl_set_offset(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
            if body.isEmpty {
                try check(cadence_curl_set_string(easy, CURLOPT_COPYPOSTFIELDS, ""))
            } else {
                try body.withUnsafeBytes { bytes in
                    try check(cadence_curl_set_pointer(easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress)))
                }
            }
            if method != "POST" { try check(cadence_curl_set_string(easy, CURLOPT_CUSTOMREQUEST, method)) }
        } else if method == "GET" {
            try check(cadence_curl_set_long(easy, CURLOPT_HTTPGET, 1))
        } else if method == "HEAD" {
            try check(cadence_curl_set_long(easy, CURLOPT_NOBODY, 1))
        } else {
            try check(cadence_curl_set_string(easy, CURLOPT_CUSTOMREQUEST, method))
        }

        var lines: [String] = []
        for header in request.headers {
            // A line break would let a value smuggle in headers of its own.
            guard !(header.name + header.value).unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }), !header.name.isEmpty else {
                throw LLMError(.configuration, "The request header \(header.name.filter { !$0.isNewline }) contains a line break; it was not sent.")
            }
            lines.append("\(header.name): \(header.value)")
        }
        let names = Set(request.headers.map { $0.name.lowercased() })
        // curl's own defaults: no `Expect: 100-continue` round trip, no form content type.
        if !names.contains("expect") { lines.append("Expect:") }
        if !names.contains("content-type") { lines.append("Content-Type:") }
        if !names.contains("user-agent") { lines.append("User-Agent: Cadence") }
        var list: UnsafeMutablePointer<curl_slist>?
        for line in lines {
            guard let appended = curl_slist_append(list, line) else {
                curl_slist_free_all(list)
                throw LLMError(.configuration, "libcurl could not hold the request headers (out of memory?).")
            }
            list = appended
        }
        do {
            try check(cadence_curl_set_pointer(easy, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(list)))
        } catch {
            curl_slist_free_all(list)
            throw error
        }
        return list
    }

    /// One header line (the status line and the blank line that ends the head included).
    fileprivate func receivedHeader(_ line: String) {
        condition.lock()
        lastActivity = .now
        let delivered = headDelivered
        condition.unlock()
        if delivered { return }  // trailers after a chunked body
        if line.hasPrefix("HTTP/") {
            headers = [:]  // a new head: after `100 Continue`, say
            return
        }
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            let status = easy.map { cadence_curl_response_code($0) } ?? 0
            if (100..<200).contains(status) { return }
            deliverHead(status: status)
            return
        }
        guard let colon = trimmed.firstIndex(of: ":") else { return }
        let name = trimmed[..<colon].lowercased()
        let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        headers[name] = headers[name].map { $0 + ", " + value } ?? value
    }

    private func deliverHead(status: Int) {
        let reader = BodyReader(transfer: self)
        let body = AsyncThrowingStream<Data, Error>(unfolding: { try await reader.next() })
        condition.lock()
        headDelivered = true
        let continuation = headContinuation
        headContinuation = nil
        condition.unlock()
        continuation?.resume(returning: HTTPResponse(status: status, headers: headers, body: body))
    }

    /// Hands a body chunk to the reader, waiting while the buffer is full. False aborts.
    fileprivate func receivedBody(_ data: Data) -> Bool {
        condition.lock()
        guard outcome == nil else {
            condition.unlock()
            return false
        }
        lastActivity = .now
        let waiting = reader
        reader = nil
        if waiting == nil {
            chunks.append(data)
            buffered += data.count
        }
        condition.unlock()
        waiting?.resume(returning: data)
        condition.lock()
        while buffered > bufferLimit, outcome == nil { condition.wait() }
        // Time spent waiting for the consumer is not the server's silence.
        lastActivity = .now
        let ended = outcome != nil
        condition.unlock()
        return !ended
    }

    private func error(for code: CURLcode) -> Error? {
        condition.lock()
        let receivedHead = headDelivered
        condition.unlock()
        switch code {
        case CURLE_OK:
            return nil
        case CURLE_OPERATION_TIMEDOUT:
            return LLMError(.timeout, "\(host) did not respond within \(Self.format(request.connectTimeout)). Check the base URL and your network, or try again.")
        case CURLE_COULDNT_CONNECT:
            return LLMError(.connection, "Could not connect to \(host) (connection refused). Check the base URL, your network and any proxy settings.")
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return LLMError(.connection, "Could not connect to \(host) (host not found). Check the base URL, your network and any proxy settings.")
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM, CURLE_SSL_ISSUER_ERROR:
            return LLMError(.connection, "Could not connect to \(host): its TLS certificate could not be verified. Check the base URL; a proxy may be intercepting HTTPS.",
                            isRetryable: false)
        case CURLE_SSL_CONNECT_ERROR:
            return LLMError(.connection, "Could not connect to \(host) (TLS failed). Check the base URL, your network and any proxy settings.")
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT:
            return LLMError(.configuration, "The URL for \(host) is not an http:// or https:// URL Cadence can use. Check the base URL.")
        default:
            if receivedHead {
                return LLMError(.streamInterrupted, "The connection to \(host) broke in the middle of the response. Try again.")
            }
            return LLMError(.connection, "Could not get a response from \(host) (\(String(cString: curl_easy_strerror(code)))). Check the base URL, your network and any proxy settings.")
        }
    }

    private static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.2f s", seconds)
    }
}

/// The body's reading end. When the caller drops the body before its end, this goes away and
/// the transfer is cancelled, which closes the connection.
private final class BodyReader: Sendable {
    let transfer: CurlTransfer
    init(transfer: CurlTransfer) { self.transfer = transfer }
    deinit { transfer.end(CancellationError()) }
    func next() async throws -> Data? { try await transfer.nextChunk() }
}

private func curlHeaderCallback(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?) -> Int {
    guard let data, let context else { return 0 }
    let length = size * count
    let line = String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
    Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().receivedHeader(line)
    return length
}

private func curlWriteCallback(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?) -> Int {
    guard let data, let context else { return 0 }
    let length = size * count
    let chunk = Data(bytes: data, count: length)
    return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().receivedBody(chunk) ? length : 0
}
