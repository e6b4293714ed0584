import CadenceCore
import Foundation
import LLM

/// Asks a local server how large its context window is, for the chat's context budget.
/// - llama.cpp says it in `GET /props` (`default_generation_settings.n_ctx`, per slot); a failure
///   means "unknown" and the chat runs without a budget.
/// - Ollama truncates a longer prompt silently, so it must not go unbudgeted: the loaded model's
///   `context_length` from `GET /api/ps`, else `num_ctx` from the model's parameters
///   (`POST /api/show`), else Ollama's default for small machines, 4096.
public enum ServerContext {
    /// Ollama's context when neither the running model nor its Modelfile says otherwise.
    public static let ollamaDefault = 4096

    /// The context size in tokens, or nil. `baseURL` is the OpenAI-compatible base (with `/v1`)
    /// or the Anthropic one (without).
    public static func contextTokens(_ probe: ModelProvider.ContextProbe, baseURL: URL, model: String, http: HTTPClient,
                                     timeout: Duration = .seconds(3)) async -> Int? {
        var root = baseURL
        if root.lastPathComponent == "v1" { root.deleteLastPathComponent() }
        switch probe {
        case .llamaCppProps:
            guard let json = await fetch(HTTPRequest(method: "GET", url: root.appendingPathComponent("props"),
                                                     connectTimeout: timeout, idleTimeout: timeout), http: http) else { return nil }
            return positive(json["default_generation_settings"]?["n_ctx"] ?? json["n_ctx"])
        case .ollamaShow:
            if let running = await fetch(HTTPRequest(method: "GET", url: root.appendingPathComponent("api/ps"),
                                                     connectTimeout: timeout, idleTimeout: timeout), http: http),
               let loaded = running["models"]?.arrayValue?.first(where: { $0["name"]?.stringValue == model || $0["model"]?.stringValue == model }),
               let tokens = positive(loaded["context_length"]) {
                return tokens
            }
            let body = JSONValue.object(["model": .string(model)]).jsonString
            if let shown = await fetch(HTTPRequest(method: "POST", url: root.appendingPathComponent("api/show"),
                                                   headers: [("Content-Type", "application/json")], body: Data(body.utf8),
                                                   connectTimeout: timeout, idleTimeout: timeout), http: http),
               let tokens = numCtx(in: shown["parameters"]?.stringValue ?? "") {
                return tokens
            }
            return ollamaDefault
        }
    }

    /// `num_ctx 8192` in Ollama's parameter text.
    static func numCtx(in parameters: String) -> Int? {
        for line in parameters.split(whereSeparator: \.isNewline) {
            let words = line.split(whereSeparator: \.isWhitespace)
            if words.count == 2, words[0] == "num_ctx", let value = Int(words[1]), value > 0 { return value }
        }
        return nil
    }

    private static func fetch(_ request: HTTPRequest, http: HTTPClient) async -> JSONValue? {
        guard let response = try? await http.send(request), response.status == 200,
              let body = try? await response.collectBody(limit: 1 << 20) else { return nil }
        return try? JSONValue(parsing: String(decoding: body, as: UTF8.self))
    }

    private static func positive(_ value: JSONValue?) -> Int? {
        guard let number = value?.doubleValue, let count = Int(exactly: number), count > 0 else { return nil }
        return count
    }
}
