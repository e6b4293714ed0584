import Foundation
import LLM
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `HTTPClient` on `URLSession` with a delegate that streams the body as it arrives (Linux's
/// FoundationNetworking has no `bytes(for:)`). Connect and idle timeouts are enforced by a
/// watchdog per request; cancelling the calling task, or ending iteration of the body, cancels
/// the `URLSessionTask`, which closes its connection. HTTPS uses the system's certificates;
/// proxies come from the environment (`https_proxy`, `no_proxy`, … via libcurl on Linux, the
/// system settings on macOS).
public final class URLSessionHTTPClient: HTTPClient, @unchecked Sendable {
    private let session: URLSession
    private let delegate: StreamingDelegate

    public init(configuration: URLSessionConfiguration = .ephemeral) {
        // The watchdog enforces the timeouts each request asks for.
        configuration.timeoutIntervalForRequest = 24 * 3600
        configuration.timeoutIntervalForResource = 7 * 24 * 3600
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        #if !canImport(FoundationNetworking)
        // Linux's libcurl reads http_proxy / https_proxy / no_proxy itself; Apple's URLSession
        // follows the system settings, so pass the environment's proxies explicitly there.
        if let proxies = Self.proxyDictionary(ProcessInfo.processInfo.environment) {
            configuration.connectionProxyDictionary = proxies
        }
        #endif
        delegate = StreamingDelegate()
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// URLSession proxy settings (the kCFNetworkProxies… keys) for `http_proxy` / `https_proxy`.
    static func proxyDictionary(_ environment: [String: String]) -> [AnyHashable: Any]? {
        func proxy(_ names: [String]) -> (host: String, port: Int)? {
            for name in names {
                guard let value = environment[name], !value.isEmpty,
                      let url = URL(string: value.contains("://") ? value : "http://" + value), let host = url.host
                else { continue }
                return (host, url.port ?? 80)
            }
            return nil
        }
        var dictionary: [AnyHashable: Any] = [:]
        if let http = proxy(["http_proxy", "HTTP_PROXY"]) {
            dictionary["HTTPEnable"] = 1
            dictionary["HTTPProxy"] = http.host
            dictionary["HTTPPort"] = http.port
        }
        if let https = proxy(["https_proxy", "HTTPS_PROXY"]) {
            dictionary["HTTPSEnable"] = 1
            dictionary["HTTPSProxy"] = https.host
            dictionary["HTTPSPort"] = https.port
        }
        if let exceptions = environment["no_proxy"] ?? environment["NO_PROXY"] {
            dictionary["ExceptionsList"] = exceptions.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return dictionary.isEmpty ? nil : dictionary
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        for header in request.headers {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }
        urlRequest.httpBody = request.body
        let task = session.dataTask(with: urlRequest)
        let state = TransferState(task: task, host: request.url.host ?? "the server",
                                  connectTimeout: request.connectTimeout, idleTimeout: request.idleTimeout)
        delegate.register(state, for: task.taskIdentifier)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                state.start(continuation)
            }
        } onCancel: {
            state.cancel()
        }
    }
}

/// Routes delegate callbacks to the state of each task.
private final class StreamingDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var states: [Int: TransferState] = [:]

    func register(_ state: TransferState, for id: Int) {
        lock.withLock { states[id] = state }
    }

    private func state(for id: Int) -> TransferState? {
        lock.withLock { states[id] }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        state(for: dataTask.taskIdentifier)?.received(response)
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        state(for: dataTask.taskIdentifier)?.received(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        let state = lock.withLock { states.removeValue(forKey: task.taskIdentifier) }
        state?.completed(error)
    }
}

/// One request's life: waiting for the head, streaming the body, finished.
private final class TransferState: @unchecked Sendable {
    private let lock = NSLock()
    private let task: URLSessionTask
    private let host: String
    private let connectTimeout: Duration
    private let idleTimeout: Duration
    private var headContinuation: CheckedContinuation<HTTPResponse, Error>?
    private var bodyContinuation: AsyncThrowingStream<Data, Error>.Continuation?
    private var body: AsyncThrowingStream<Data, Error>?
    private var receivedHead = false
    private var finished = false
    private var lastActivity = ContinuousClock.now
    private var watchdog: DispatchSourceTimer?

    init(task: URLSessionTask, host: String, connectTimeout: Duration, idleTimeout: Duration) {
        self.task = task
        self.host = host
        self.connectTimeout = connectTimeout
        self.idleTimeout = idleTimeout
        let (stream, continuation) = AsyncThrowingStream<Data, Error>.makeStream()
        self.body = stream
        self.bodyContinuation = continuation
        continuation.onTermination = { [weak self] termination in
            if case .cancelled = termination { self?.cancel() }
        }
    }

    func start(_ continuation: CheckedContinuation<HTTPResponse, Error>) {
        let alreadyFinished = lock.withLock { () -> Bool in
            if finished { return true }
            headContinuation = continuation
            lastActivity = .now
            return false
        }
        if alreadyFinished {
            continuation.resume(throwing: CancellationError())
            return
        }
        // A dispatch timer, not a Task: it must fire even when the cooperative pool is busy.
        let granularity = min(max(min(connectTimeout, idleTimeout) / 10, .milliseconds(10)), .seconds(1))
        let timer = DispatchSource.makeTimerSource(queue: Self.watchdogQueue)
        let interval = DispatchTimeInterval.nanoseconds(Int(granularity.components.seconds) * 1_000_000_000
            + Int(granularity.components.attoseconds / 1_000_000_000))
        timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(5))
        timer.setEventHandler { [weak self] in self?.checkDeadline() }
        lock.withLock { watchdog = timer }
        timer.resume()
        task.resume()
    }

    private static let watchdogQueue = DispatchQueue(label: "URLSessionHTTPClient.watchdog")

    /// Fails the transfer with a timeout once its connect or idle deadline has passed.
    private func checkDeadline() {
        let (deadline, done, waitingForHead) = lock.withLock { () -> (ContinuousClock.Instant, Bool, Bool) in
            (lastActivity + (receivedHead ? idleTimeout : connectTimeout), finished, !receivedHead)
        }
        if done {
            lock.withLock { watchdog }?.cancel()
            return
        }
        guard ContinuousClock.now >= deadline else { return }
        let seconds = Self.format(waitingForHead ? connectTimeout : idleTimeout)
        let message = waitingForHead
            ? "\(host) did not respond within \(seconds). Check the base URL and your network, or try again."
            : "\(host) stopped sending for \(seconds) in the middle of a response. Try again."
        fail(LLMError(.timeout, message, isRetryable: waitingForHead))
        task.cancel()
    }

    func received(_ response: URLResponse) {
        guard let http = response as? HTTPURLResponse else { return }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key] = value }
        }
        let pending = lock.withLock { () -> (CheckedContinuation<HTTPResponse, Error>, AsyncThrowingStream<Data, Error>)? in
            guard !finished, let body, let headContinuation else { return nil }
            receivedHead = true
            lastActivity = .now
            self.headContinuation = nil
            return (headContinuation, body)
        }
        guard let (continuation, body) = pending else { return }
        continuation.resume(returning: HTTPResponse(status: http.statusCode, headers: headers, body: body))
    }

    func received(_ data: Data) {
        let continuation = lock.withLock { () -> AsyncThrowingStream<Data, Error>.Continuation? in
            guard !finished else { return nil }
            lastActivity = .now
            return bodyContinuation
        }
        continuation?.yield(data)
    }

    func completed(_ error: Error?) {
        guard let error else {
            let (head, bodyCont) = lock.withLock { () -> (CheckedContinuation<HTTPResponse, Error>?, AsyncThrowingStream<Data, Error>.Continuation?) in
                if finished { return (nil, nil) }
                finished = true
                defer { headContinuation = nil; bodyContinuation = nil }
                return (headContinuation, bodyContinuation)
            }
            head?.resume(throwing: LLMError(.invalidResponse, "\(host) closed the connection without an HTTP response."))
            bodyCont?.finish()
            lock.withLock { watchdog }?.cancel()
            return
        }
        let headReceived = lock.withLock { receivedHead }
        let code = (error as? URLError)?.code
        if code == .cancelled {
            fail(CancellationError())
        } else if headReceived {
            fail(LLMError(.streamInterrupted,
                          "The connection to \(host) broke in the middle of the response. Try again."))
        } else if code == .timedOut {
            fail(LLMError(.timeout, "\(host) did not respond in time. Check your network, or try again."))
        } else {
            fail(LLMError(.connection,
                          "Could not connect to \(host) (\(Self.describe(error))). Check the base URL, your network and any proxy settings."))
        }
    }

    /// Called when the caller cancels or stops reading the body.
    func cancel() {
        fail(CancellationError())
        task.cancel()
    }

    private func fail(_ error: Error) {
        let (head, bodyCont) = lock.withLock { () -> (CheckedContinuation<HTTPResponse, Error>?, AsyncThrowingStream<Data, Error>.Continuation?) in
            if finished { return (nil, nil) }
            finished = true
            defer { headContinuation = nil; bodyContinuation = nil }
            return (headContinuation, bodyContinuation)
        }
        head?.resume(throwing: error)
        bodyCont?.finish(throwing: error)
        lock.withLock { watchdog }?.cancel()
    }

    private static func describe(_ error: Error) -> String {
        if let urlError = error as? URLError {
            switch urlError.code {
            case .cannotConnectToHost: return "connection refused"
            case .cannotFindHost, .dnsLookupFailed: return "host not found"
            case .notConnectedToInternet: return "no network"
            case .networkConnectionLost: return "connection lost"
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
                 .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
                return "TLS failed"
            default: return "URL error \(urlError.code.rawValue)"
            }
        }
        return "network error"
    }

    private static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.2f s", seconds)
    }
}
