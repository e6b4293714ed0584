import Foundation

/// Who may talk to `cadence mcp --http`: the checks made on every request before it reaches an
/// MCP session, as the Streamable HTTP transport asks (DNS-rebinding protection, authentication).
///
/// - Bound to loopback: the `Host` header must name this machine's loopback (a page on
///   `evil.example` rebound to 127.0.0.1 still sends `Host: evil.example:PORT`, 421), and an
///   `Origin`, when a browser sends one, must be a loopback origin (403).
/// - Bound to any other address: a bearer token is required, and an `Origin` must be the
///   server's own (same host and port as the `Host` header), else 403.
/// - With a token (required off loopback, optional on it): `Authorization: Bearer TOKEN`, else 401.
public struct MCPHTTPAccess: Sendable {
    public let address: MCPListenAddress
    /// The port actually bound (the address may ask for 0, any free port).
    public let port: Int
    private let token: String?

    /// Tokens shorter than this are refused: a bearer token on a network must not be guessable.
    public static let minimumTokenLength = 16

    public init(address: MCPListenAddress, port: Int, token: String?) throws(MCPHTTPError) {
        if let token {
            guard token.count >= Self.minimumTokenLength, token.unicodeScalars.allSatisfy({ (0x21 ... 0x7E).contains($0.value) }) else {
                throw .weakToken(minimum: Self.minimumTokenLength)
            }
        } else if !address.isLoopback {
            throw .tokenRequired(host: address.host)
        }
        self.address = address
        self.port = port
        self.token = token
    }

    public var requiresToken: Bool { token != nil }

    /// Why a request is refused: the HTTP status, a message a person can act on, extra headers.
    public struct Rejection: Sendable, Equatable {
        public let status: Int
        public let message: String
        public let headers: [String: String]
    }

    /// Checks a request's headers (names in any case); nil when it may go on.
    public func check(headers: [String: String]) -> Rejection? {
        let header = { (name: String) in headers.first { $0.key.lowercased() == name }?.value }
        let host = header("host")
        if address.isLoopback {
            guard let host, Self.isLoopbackAuthority(host, port: port) else {
                return Rejection(status: 421, message: "Misdirected Request: this server answers only to localhost:\(port), 127.0.0.1:\(port) or [::1]:\(port) (Host was \(host ?? "missing"))", headers: [:])
            }
        }
        if let origin = header("origin") {
            let allowed = address.isLoopback ? Self.isLoopbackOrigin(origin) : Self.isSameOrigin(origin, host: host)
            guard allowed else {
                return Rejection(status: 403, message: "Forbidden: requests from the web page at \(origin) are not accepted (DNS-rebinding protection)", headers: [:])
            }
        }
        if let token {
            guard let authorization = header("authorization"), Self.bearer(authorization).map({ Self.equal($0, token) }) == true else {
                return Rejection(status: 401, message: "Unauthorized: send the server's token as `Authorization: Bearer TOKEN`",
                                 headers: ["WWW-Authenticate": "Bearer realm=\"cadence\""])
            }
        }
        return nil
    }

    /// `localhost`, `127.0.0.1` or `[::1]`, with this port or none.
    static func isLoopbackAuthority(_ authority: String, port: Int) -> Bool {
        let (host, authorityPort) = split(authority.lowercased())
        guard ["localhost", "127.0.0.1", "[::1]"].contains(host) else { return false }
        return authorityPort == nil || authorityPort == port
    }

    /// A page served from this machine (any port): `http(s)://localhost`, `127.0.0.1` or `[::1]`.
    static func isLoopbackOrigin(_ origin: String) -> Bool {
        let lower = origin.lowercased()
        for scheme in ["http://", "https://"] where lower.hasPrefix(scheme) {
            let (host, _) = split(String(lower.dropFirst(scheme.count)))
            return ["localhost", "127.0.0.1", "[::1]"].contains(host)
        }
        return false
    }

    /// The origin names the same host and port the request was sent to.
    static func isSameOrigin(_ origin: String, host: String?) -> Bool {
        guard let host else { return false }
        let lower = origin.lowercased()
        if lower.hasPrefix("http://") { return String(lower.dropFirst(7)) == host.lowercased() }
        if lower.hasPrefix("https://") { return String(lower.dropFirst(8)) == host.lowercased() }
        return false
    }

    /// Splits `host:port` (`[v6]:port` too); the port is nil when absent or not a number.
    static func split(_ authority: String) -> (host: String, port: Int?) {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            let host = String(authority[...close])
            let rest = authority[authority.index(after: close)...]
            return (host, rest.hasPrefix(":") ? Int(rest.dropFirst()) : nil)
        }
        guard let colon = authority.lastIndex(of: ":") else { return (authority, nil) }
        return (String(authority[..<colon]), Int(authority[authority.index(after: colon)...]))
    }

    static func bearer(_ authorization: String) -> String? {
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    /// Compares in time that does not depend on where the strings first differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for index in 0 ..< max(x.count, y.count) {
            difference |= (index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0)
        }
        return difference == 0
    }
}

/// Where `cadence mcp --http` listens: `PORT` (loopback), `HOST:PORT` or `[IPv6]:PORT`.
public struct MCPListenAddress: Sendable, Equatable, CustomStringConvertible {
    /// A numeric IPv4 or IPv6 address (`localhost` is read as 127.0.0.1).
    public let host: String
    public let port: Int

    public init(parsing text: String) throws(MCPHTTPError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let host: String
        let portText: Substring
        if let port = Int(trimmed) {
            host = "127.0.0.1"
            portText = Substring(String(port))
        } else if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]"), trimmed[trimmed.index(after: close)...].hasPrefix(":") {
            host = String(trimmed[trimmed.index(after: trimmed.startIndex) ..< close])
            portText = trimmed[trimmed.index(close, offsetBy: 2)...]
        } else if let colon = trimmed.lastIndex(of: ":"), !trimmed[..<colon].contains(":") {
            host = trimmed[..<colon].lowercased() == "localhost" ? "127.0.0.1" : String(trimmed[..<colon])
            portText = trimmed[trimmed.index(after: colon)...]
        } else {
            throw .badAddress(text)
        }
        guard let port = Int(portText), (0 ... 65535).contains(port) else { throw .badAddress(text) }
        guard Self.isIPv4(host) || Self.isIPv6(host) else { throw .badAddress(text) }
        self.host = host
        self.port = port
    }

    public var isIPv6: Bool { Self.isIPv6(host) }

    /// 127.0.0.0/8 or ::1.
    public var isLoopback: Bool {
        if Self.isIPv6(host) {
            var address = in6_addr()
            return inet_pton(AF_INET6, host, &address) == 1 && withUnsafeBytes(of: &address) { Array($0) } == Array(repeating: 0, count: 15) + [1]
        }
        return host.split(separator: ".").first == "127"
    }

    public var description: String { isIPv6 ? "[\(host)]:\(port)" : "\(host):\(port)" }

    static func isIPv4(_ text: String) -> Bool {
        var address = in_addr()
        return inet_pton(AF_INET, text, &address) == 1
    }

    static func isIPv6(_ text: String) -> Bool {
        var address = in6_addr()
        return inet_pton(AF_INET6, text, &address) == 1
    }
}

/// What `cadence mcp --http` refuses to start with.
public enum MCPHTTPError: Error, Equatable, CustomStringConvertible {
    case badAddress(String)
    case tokenRequired(host: String)
    case weakToken(minimum: Int)
    case cannotListen(String, reason: String)

    public var description: String {
        switch self {
        case .badAddress(let text):
            "--http takes PORT, HOST:PORT or [IPv6]:PORT with a numeric address, e.g. 8765 or 127.0.0.1:8765 (got \(text))"
        case .tokenRequired(let host):
            "listening on \(host), which is not loopback, needs a bearer token: put one in a file readable by you only and pass --token-file FILE, or set CADENCE_MCP_TOKEN (e.g. `openssl rand -hex 32`)"
        case .weakToken(let minimum):
            "the bearer token must be at least \(minimum) printable characters without spaces (e.g. `openssl rand -hex 32`)"
        case .cannotListen(let address, let reason):
            "cannot listen on \(address): \(reason)"
        }
    }
}
