import CadenceCore
import Foundation
import LLM

/// Asks a local server how large its context window is, for the chat's context budget. llama.cpp
/// says it in `GET /props` (`default_generation_settings.n_ctx`, per slot). Any failure means
/// "unknown": the chat then runs without a budget, as before.
public enum ServerContext {
    /// The context size in tokens, or nil. `baseURL` is the OpenAI-compatible base (with `/v1`)
    /// or the Anthropic one (without).
    public static func contextTokens(baseURL: URL, http: HTTPClient, timeout: Duration = .seconds(3)) async -> Int? {
        var root = baseURL
        if root.lastPathComponent == "v1" { root.deleteLastPathComponent() }
        let request = HTTPRequest(method: "GET", url: root.appendingPathComponent("props"), connectTimeout: timeout, idleTimeout: timeout)
        guard let response = try? await http.send(request), response.status == 200,
              let body = try? await response.collectBody(limit: 1 << 20),
              let json = try? JSONValue(parsing: String(decoding: body, as: UTF8.self)),
              let tokens = (json["default_generation_settings"]?["n_ctx"] ?? json["n_ctx"])?.doubleValue,
              let count = Int(exactly: tokens), count > 0
        else { return nil }
        return count
    }
}
