import CadenceCore
import Foundation
import LLM

/// A model behind `POST {baseURL}/chat/completions` (OpenAI, Ollama, llama.cpp, vLLM,
/// OpenRouter, Groq …). `baseURL` includes the version path, as in the official SDKs:
/// `https://api.openai.com/v1`, `http://localhost:11434/v1`.
public struct OpenAICompatibleModel: LanguageModel {
    public static let defaultBaseURL = URL(string: "https://api.openai.com/v1")!

    public var baseURL: URL
    /// Sent as `Authorization: Bearer`; nil for local servers that need none.
    public var apiKey: String?
    /// Default model when the request's options leave it empty.
    public var model: String
    /// Send `max_completion_tokens` instead of `max_tokens` (newer OpenAI models want it).
    public var useMaxCompletionTokens: Bool
    /// Longest wait for the response head of a streaming request.
    public var connectTimeout: Duration
    /// Longest silence once a streamed response has started.
    public var idleTimeout: Duration
    /// Longest wait for a non-streaming response, which arrives only once it is complete.
    public var nonStreamingTimeout: Duration
    private let transport: ProviderTransport

    public init(baseURL: URL = Self.defaultBaseURL, apiKey: String?, model: String, http: HTTPClient,
                retry: RetryPolicy = RetryPolicy(), useMaxCompletionTokens: Bool = false,
                connectTimeout: Duration = .seconds(30), idleTimeout: Duration = .seconds(120),
                nonStreamingTimeout: Duration = .seconds(600)) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.model = model
        self.useMaxCompletionTokens = useMaxCompletionTokens
        self.connectTimeout = connectTimeout
        self.idleTimeout = idleTimeout
        self.nonStreamingTimeout = nonStreamingTimeout
        let host = baseURL.host ?? baseURL.absoluteString
        let identity = ProviderIdentity(
            name: host == "api.openai.com" ? "OpenAI" : "the OpenAI-compatible server at \(host)",
            keyHint: "Set OPENAI_API_KEY (or CADENCE_API_KEY) or run `cadence keys set openai`")
        transport = ProviderTransport(http: http, retry: retry, identity: identity, secrets: apiKey.map { [$0] } ?? [])
    }

    public func stream(_ request: LLMRequest) -> AsyncThrowingStream<LLMEvent, Error> {
        let transport = self.transport
        let identity = transport.identity
        let http = httpRequest(for: request, stream: true)
        return makeEventStream { continuation in
            try await transport.stream(http, makeDecoder: { OpenAIStreamDecoder(provider: identity) },
                                       continuation: continuation)
        }
    }

    /// Non-streaming: one `stream: false` request and its whole JSON response.
    public func complete(_ request: LLMRequest) async throws -> LLMResponse {
        var builder = LLMResponseBuilder()
        let (response, attempts) = try await transport.send(httpRequest(for: request, stream: false)) { notice in
            builder.add(.retrying(notice))
        }
        let body = try await response.collectBody()
        let json = try ProviderTransport.parseJSON(String(decoding: body, as: UTF8.self), provider: transport.identity)
        if OpenAIChunk(json).isError {
            throw VendorErrorMapper.streamError(json, provider: transport.identity).redacting(transport.secrets)
        }
        var decoder = OpenAIStreamDecoder(provider: transport.identity)
        guard let events = try decoder.decodeWholeResponse(json) else {
            throw LLMError(.invalidResponse, "\(transport.identity.name.capitalizedFirst) sent a response without choices. Check the base URL.")
        }
        events.forEach { builder.add($0) }
        var result = try builder.build()
        result.attempts = attempts
        return result
    }

    func httpRequest(for request: LLMRequest, stream: Bool) -> HTTPRequest {
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json")]
        if stream { headers.append(("Accept", "text/event-stream")) }
        if let apiKey, !apiKey.isEmpty { headers.append(("Authorization", "Bearer \(apiKey)")) }
        return HTTPRequest(method: "POST", url: baseURL.appendingPathComponent("chat/completions"), headers: headers,
                           body: body(for: request, stream: stream).requestData,
                           connectTimeout: stream ? connectTimeout : nonStreamingTimeout, idleTimeout: idleTimeout)
    }

    /// The Chat Completions request body.
    public func body(for request: LLMRequest, stream: Bool) -> JSONValue {
        var messages: [JSONValue] = []
        if let system = request.system, !system.isEmpty {
            messages.append(["role": "system", "content": .string(system)])
        }
        // A context message goes into the next user message, ahead of its text: one user turn, which
        // every chat template accepts (some refuse a second system message or two user turns in a row).
        var context: String?
        for message in request.messages {
            if let pending = context, !message.isUser {
                messages.append(["role": "user", "content": .string(LLMMessage.contextText(pending))])
                context = nil
            }
            switch message {
            case .context(let text):
                context = text
            case .user(let text):
                messages.append(["role": "user", "content": .string(context.map { LLMMessage.contextText($0) + "\n\n" + text } ?? text)])
                context = nil
            case .assistant(let assistant):
                let text = assistant.text
                // Arguments that are not JSON (a reply cut mid-call) go back as `{}`: servers reject
                // the request otherwise (llama.cpp: HTTP 500 "Failed to parse tool call arguments").
                let calls: [JSONValue] = assistant.toolCalls.map { call in
                    ["id": .string(call.id), "type": "function",
                     "function": ["name": .string(call.name), "arguments": .string(call.arguments.value?.jsonString ?? "{}")]]
                }
                messages.append(.object(dropping: [
                    ("role", "assistant"),
                    ("content", text.isEmpty ? JSONValue.null : .string(text)),
                    ("tool_calls", calls.isEmpty ? nil : .array(calls)),
                ]))
            case .toolResults(let results):
                for result in results {
                    messages.append(["role": "tool", "tool_call_id": .string(result.callID),
                                     "content": .string(result.isError ? "Error: " + result.content : result.content)])
                }
            }
        }
        if let context { messages.append(["role": "user", "content": .string(LLMMessage.contextText(context))]) }
        let tools: [JSONValue] = request.tools.map { tool in
            ["type": "function",
             "function": ["name": .string(tool.name), "description": .string(tool.description), "parameters": tool.parameters]]
        }
        let toolChoice: JSONValue? = request.tools.isEmpty ? nil : request.options.toolChoice.map { choice in
            switch choice {
            case .auto: return "auto"
            case .none: return "none"
            case .required: return "required"
            case .tool(let name): return ["type": "function", "function": ["name": .string(name)]]
            }
        }
        let options = request.options
        return .object(dropping: [
            ("model", .string(options.model.isEmpty ? model : options.model)),
            ("messages", .array(messages)),
            ("tools", tools.isEmpty ? nil : .array(tools)),
            ("tool_choice", toolChoice),
            (useMaxCompletionTokens ? "max_completion_tokens" : "max_tokens", .number(Double(options.maxTokens))),
            ("temperature", options.temperature.map { .number($0) }),
            ("seed", options.seed.map { .number(Double($0)) }),
            ("stream", .bool(stream)),
            ("stream_options", stream ? ["include_usage": true] : nil),
        ])
    }
}

extension OpenAICompatibleModel: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Base URL and model; whether a key is set, never the key.
    public var description: String {
        "OpenAICompatibleModel(baseURL: \(baseURL.absoluteString), model: \(model), key: \(apiKey == nil ? "none" : "set"))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["baseURL": baseURL, "model": model, "key": apiKey == nil ? "none" : "set"])
    }
}

extension LLMMessage {
    var isUser: Bool {
        if case .user = self { return true }
        return false
    }
}
