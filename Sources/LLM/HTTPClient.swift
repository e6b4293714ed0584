import Foundation

/// Sends HTTP requests and streams the response body. Implementations throw `LLMError`
/// (`.timeout`, `.connection`, `.streamInterrupted`) for transport failures and
/// `CancellationError` when the calling task is cancelled.
public protocol HTTPClient: Sendable {
    /// Sends the request and returns once the status and headers have arrived. The body
    /// arrives through `HTTPResponse.body`; ending iteration early (or cancelling the task)
    /// closes the connection.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}

public struct HTTPRequest: Sendable, CustomStringConvertible {
    public var method: String
    public var url: URL
    /// Header names as given; values may be secret and are never printed.
    public var headers: [(name: String, value: String)]
    public var body: Data?
    /// Maximum time to wait for the response headers.
    public var connectTimeout: Duration
    /// Maximum time without any bytes arriving once the response has started.
    public var idleTimeout: Duration

    public init(method: String = "POST", url: URL, headers: [(name: String, value: String)] = [], body: Data? = nil,
                connectTimeout: Duration = .seconds(30), idleTimeout: Duration = .seconds(120)) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.connectTimeout = connectTimeout
        self.idleTimeout = idleTimeout
    }

    /// Method, URL and header names only.
    public var description: String {
        "\(method) \(url.absoluteString) [\(headers.map(\.name).joined(separator: ", "))]"
    }
}

public struct HTTPResponse: Sendable {
    public var status: Int
    /// Header names lowercased.
    public var headers: [String: String]
    public var body: AsyncThrowingStream<Data, Error>

    public init(status: Int, headers: [String: String], body: AsyncThrowingStream<Data, Error>) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
        self.body = body
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// Reads the whole body (for error responses and non-streaming calls).
    public func collectBody(limit: Int = 64 << 20) async throws -> Data {
        var data = Data()
        for try await chunk in body {
            data.append(chunk)
            if data.count > limit {
                throw LLMError(.invalidResponse, "The server's response was larger than \(limit) bytes.", status: status)
            }
        }
        return data
    }
}
