import CadenceCore
import Foundation
import LLM

/// Claude through `POST {baseURL}/v1/messages` (`baseURL` without the version, as in
/// Anthropic's SDKs) with `anthropic-version: 2023-06-01`. The system prompt and the tool list
/// are marked for prompt caching.
public struct AnthropicModel: LanguageModel {
    public static let defaultBaseURL = URL(string: "https://api.anthropic.com")!
    public static let apiVersion = "2023-06-01"

    public var baseURL: URL
    /// Sent as `x-api-key`.
    public var apiKey: String?
    /// Default model when the request's options leave it empty.
    public var model: String
    /// Values for `anthropic-beta`, if any.
    public var betas: [String]
    /// Mark the system prompt and the last tool with `cache_control: ephemeral`.
    public var promptCaching: Bool
    /// Longest wait for the response head of a streaming request.
    public var connectTimeout: Duration
    /// Longest silence once a streamed response has started.
    public var idleTimeout: Duration
    /// Longest wait for a non-streaming response, which arrives only once it is complete.
    public var nonStreamingTimeout: Duration
    private let transport: ProviderTransport

    public init(baseURL: URL = Self.defaultBaseURL, apiKey: String?, model: String, http: HTTPClient,
                retry: RetryPolicy = RetryPolicy(), betas: [String] = [], promptCaching: Bool = true,
                connectTimeout: Duration = .seconds(30), idleTimeout: Duration = .seconds(120),
                nonStreamingTimeout: Duration = .seconds(600)) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.model = model
        self.betas = betas
        self.promptCaching = promptCaching
        self.connectTimeout = connectTimeout
        self.idleTimeout = idleTimeout
        self.nonStreamingTimeout = nonStreamingTimeout
        let host = baseURL.host ?? baseURL.absoluteString
        let identity = ProviderIdentity(
            name: host == "api.anthropic.com" ? "Anthropic" : "the Anthropic API at \(host)",
            keyHint: "Set ANTHROPIC_API_KEY (or CADENCE_API_KEY) or run `cadence keys set anthropic`")
        transport = ProviderTransport(http: http, retry: retry, identity: identity, secrets: apiKey.map { [$0] } ?? [])
    }

    public func stream(_ request: LLMRequest) -> AsyncThrowingStream<LLMEvent, Error> {
        let transport = self.transport
        let identity = transport.identity
        let http = httpRequest(for: request, stream: true)
        return makeEventStream { continuation in
            try await transport.stream(http, makeDecoder: { AnthropicStreamDecoder(provider: identity) },
                                       continuation: continuation)
        }
    }

    /// Non-streaming: one request without `stream` and its whole JSON message.
    public func complete(_ request: LLMRequest) async throws -> LLMResponse {
        var builder = LLMResponseBuilder()
        let (response, attempts) = try await transport.send(httpRequest(for: request, stream: false)) { notice in
            builder.add(.retrying(notice))
        }
        let body = try await response.collectBody()
        var decoder = AnthropicStreamDecoder(provider: transport.identity)
        guard let json = try? ByteJSONParser.parse(String(decoding: body, as: UTF8.self)),
              let events = try decoder.decodeWholeResponse(json)
        else {
            throw LLMError(.invalidResponse, "\(transport.identity.name.capitalizedFirst) sent a response that is not an Anthropic message. Check the base URL.")
        }
        events.forEach { builder.add($0) }
        var result = try builder.build()
        result.attempts = attempts
        return result
    }

    func httpRequest(for request: LLMRequest, stream: Bool) -> HTTPRequest {
        var headers: [(name: String, value: String)] = [
            ("content-type", "application/json"), ("anthropic-version", Self.apiVersion),
        ]
        if stream { headers.append(("accept", "text/event-stream")) }
        if let apiKey, !apiKey.isEmpty { headers.append(("x-api-key", apiKey)) }
        if !betas.isEmpty { headers.append(("anthropic-beta", betas.joined(separator: ","))) }
        return HTTPRequest(method: "POST", url: baseURL.appendingPathComponent("v1/messages"), headers: headers,
                           body: body(for: request, stream: stream).requestData,
                           connectTimeout: stream ? connectTimeout : nonStreamingTimeout, idleTimeout: idleTimeout)
    }

    /// The Messages request body.
    public func body(for request: LLMRequest, stream: Bool) -> JSONValue {
        let cache: JSONValue? = promptCaching ? ["type": "ephemeral"] : nil
        var messages: [(role: String, content: [JSONValue])] = []
        func append(_ role: String, _ blocks: [JSONValue]) {
            guard !blocks.isEmpty else { return }
            if messages.last?.role == role {
                messages[messages.count - 1].content += blocks
            } else {
                messages.append((role, blocks))
            }
        }
        for message in request.messages {
            switch message {
            case .context(let text):
                append("user", [["type": "text", "text": .string(LLMMessage.contextText(text))]])
            case .user(let text):
                append("user", [["type": "text", "text": .string(text)]])
            case .toolResults(let results):
                let blocks: [JSONValue] = results.map { result in
                    .object(dropping: [("type", "tool_result"), ("tool_use_id", .string(result.callID)),
                                       ("content", .string(result.content)), ("is_error", result.isError ? true : nil)])
                }
                // tool_result blocks go before any text in the same user message.
                if messages.last?.role == "user" {
                    messages[messages.count - 1].content.insert(contentsOf: blocks, at: 0)
                } else {
                    append("user", blocks)
                }
            case .assistant(let assistant):
                append("assistant", assistant.content.compactMap(Self.block))
            }
        }
        // Breakpoints: the tools and the system prompt (the same every turn), and the conversation
        // before the latest message, so each request reads what the previous one wrote.
        if let cache, messages.count >= 2, var last = messages[messages.count - 2].content.last?.objectValue,
           last["type"]?.stringValue?.hasSuffix("thinking") == false {
            last["cache_control"] = cache
            messages[messages.count - 2].content[messages[messages.count - 2].content.count - 1] = .object(last)
        }
        let tools: [JSONValue] = request.tools.enumerated().map { offset, tool in
            .object(dropping: [("name", .string(tool.name)), ("description", .string(tool.description)),
                               ("input_schema", tool.parameters),
                               ("cache_control", offset == request.tools.count - 1 ? cache : nil)])
        }
        let toolChoice: JSONValue? = request.tools.isEmpty ? nil : request.options.toolChoice.map { choice in
            switch choice {
            case .auto: return ["type": "auto"]
            case .none: return ["type": "none"]
            case .required: return ["type": "any"]
            case .tool(let name): return ["type": "tool", "name": .string(name)]
            }
        }
        let system: JSONValue? = request.system.flatMap { text in
            text.isEmpty ? nil : [.object(dropping: [("type", "text"), ("text", .string(text)), ("cache_control", cache)])]
        }
        let options = request.options
        return .object(dropping: [
            ("model", .string(options.model.isEmpty ? model : options.model)),
            ("max_tokens", .number(Double(options.maxTokens))),
            ("system", system),
            ("messages", .array(messages.map { ["role": .string($0.role), "content": .array($0.content)] })),
            ("tools", tools.isEmpty ? nil : .array(tools)),
            ("tool_choice", toolChoice),
            ("temperature", options.thinkingBudget == nil ? options.temperature.map { .number($0) } : nil),
            ("thinking", options.thinkingBudget.map { ["type": "enabled", "budget_tokens": .number(Double($0))] }),
            ("stream", stream ? true : nil),
        ])
    }

    /// One assistant content block, echoed back as received.
    private static func block(_ content: AssistantContent) -> JSONValue? {
        switch content {
        case .text(let text):
            return text.isEmpty ? nil : ["type": "text", "text": .string(text)]
        case .toolCall(let call):
            let input: JSONValue
            if case .parsed(let value) = call.arguments, value.objectValue != nil { input = value } else { input = .object([:]) }
            return ["type": "tool_use", "id": .string(call.id), "name": .string(call.name), "input": input]
        case .reasoning(let reasoning):
            if let data = reasoning.redactedData { return ["type": "redacted_thinking", "data": .string(data)] }
            guard let signature = reasoning.signature else { return nil }  // not from Anthropic: not echoed
            return ["type": "thinking", "thinking": .string(reasoning.text), "signature": .string(signature)]
        }
    }
}

extension AnthropicModel: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Base URL and model; whether a key is set, never the key.
    public var description: String {
        "AnthropicModel(baseURL: \(baseURL.absoluteString), model: \(model), key: \(apiKey == nil ? "none" : "set"))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["baseURL": baseURL, "model": model, "key": apiKey == nil ? "none" : "set"])
    }
}
