import CadenceCore
import Foundation
import LLM

/// Wire shapes of OpenAI Chat Completions (streamed chunks and whole responses), read leniently
/// from JSON: every field is optional, fields of an unexpected type count as absent, unknown
/// fields are ignored.
struct OpenAIChunk {
    var choices: [Choice]
    var usage: Usage?
    var error: JSONValue?
    var object: String?

    struct Choice {
        var index: Int
        var delta: Delta?
        var finish_reason: String?
    }

    struct Delta {
        var content: String?
        var reasoning: String?
        var refusal: String?
        var tool_calls: [ToolCallDelta]

        init(_ json: JSONValue) {
            content = json["content"]?.stringValue
            reasoning = json["reasoning_content"]?.stringValue ?? json["reasoning"]?.stringValue
            refusal = json["refusal"]?.stringValue
            tool_calls = (json["tool_calls"]?.arrayValue ?? []).map(ToolCallDelta.init)
        }
    }

    struct ToolCallDelta {
        var index: Int?
        var id: String?
        var name: String?
        var arguments: String?

        init(_ json: JSONValue) {
            index = json["index"]?.intValue
            id = json["id"]?.stringValue
            name = json["function"]?["name"]?.stringValue
            switch json["function"]?["arguments"] {
            case .string(let text)?: arguments = text
            case .object(let object)?: arguments = JSONValue.object(object).jsonString  // some servers send an object
            default: arguments = nil
            }
        }
    }

    struct Usage {
        var tokenUsage: TokenUsage

        init?(_ json: JSONValue?) {
            guard let json, json.objectValue != nil else { return nil }
            let prompt = json["prompt_tokens"]?.intValue ?? 0
            let cached = json["prompt_tokens_details"]?["cached_tokens"]?.intValue ?? 0
            let written = json["prompt_tokens_details"]?["cache_write_tokens"]?.intValue ?? 0
            tokenUsage = TokenUsage(inputTokens: max(0, prompt - cached - written),
                                    outputTokens: json["completion_tokens"]?.intValue ?? 0,
                                    cacheReadTokens: cached, cacheWriteTokens: written)
        }
    }

    init(_ json: JSONValue) {
        choices = (json["choices"]?.arrayValue ?? []).map { choice in
            Choice(index: choice["index"]?.intValue ?? 0,
                   delta: (choice["delta"] ?? choice["message"]).flatMap { $0.objectValue != nil ? Delta($0) : nil },
                   finish_reason: choice["finish_reason"]?.stringValue)
        }
        usage = Usage(json["usage"])
        error = json["error"]
        object = json["object"]?.stringValue
    }

    var isError: Bool {
        (error != nil && error != .null) || object == "error"
    }

    static func stopReason(_ finish: String) -> StopReason {
        switch finish {
        case "stop": return .endTurn
        case "length": return .maxTokens
        case "tool_calls", "function_call": return .toolUse
        case "content_filter": return .contentFilter
        default: return .other(finish)
        }
    }
}

/// Accumulates OpenAI chat-completion chunks into events: tool calls by `index`, arguments
/// parsed only after the finish reason, usage reported once (the last value wins when a server
/// repeats it), `[DONE]` or EOF after a finish reason ends the stream.
struct OpenAIStreamDecoder: StreamEventDecoder {
    let provider: ProviderIdentity
    private(set) var isFinished = false
    private var stopReason: StopReason?
    private var usage: TokenUsage?
    private var calls: [Int: PendingCall] = [:]
    private var callOrder: [Int] = []

    private struct PendingCall {
        var id: String
        var name: String
        var arguments: String
        var started: Bool
    }

    init(provider: ProviderIdentity) { self.provider = provider }

    mutating func decode(_ event: ServerSentEvent) throws -> [LLMEvent] {
        let data = event.data
        if data.hasPrefix("[DONE]") {
            isFinished = true
            return closingEvents()
        }
        if data.allSatisfy(\.isWhitespace) { return [] }
        let json = try ProviderTransport.parseJSON(data, provider: provider)
        let chunk = OpenAIChunk(json)
        if chunk.isError { throw VendorErrorMapper.streamError(json, provider: provider) }
        return try apply(chunk)
    }

    mutating func finishAtEOF() throws -> [LLMEvent] {
        guard stopReason != nil else {
            throw LLMError(.streamInterrupted,
                           "The response from \(provider.name) ended before the model finished (no finish reason). Try again.")
        }
        return closingEvents()
    }

    mutating func decodeWholeResponse(_ json: JSONValue) throws -> [LLMEvent]? {
        guard json["choices"]?.arrayValue != nil else { return nil }
        return try apply(OpenAIChunk(json)) + finishAtEOF()
    }

    /// Applies one chunk (streamed, or a whole non-streamed response).
    mutating func apply(_ chunk: OpenAIChunk) throws -> [LLMEvent] {
        var events: [LLMEvent] = []
        if let value = chunk.usage { usage = value.tokenUsage }
        for choice in chunk.choices where choice.index == 0 {
            if let delta = choice.delta {
                if let reasoning = delta.reasoning, !reasoning.isEmpty {
                    events.append(.reasoningDelta(reasoning))
                }
                if let text = delta.content, !text.isEmpty {
                    events.append(.textDelta(text))
                }
                if let refusal = delta.refusal, !refusal.isEmpty {
                    events.append(.textDelta(refusal))
                }
                for (position, fragment) in delta.tool_calls.enumerated() {
                    events += accumulate(fragment, position: position)
                }
            }
            if let finish = choice.finish_reason, stopReason == nil {
                if finish == "error" {
                    throw LLMError(.server, "\(provider.name.capitalizedFirst) stopped the response with an error. Try again.")
                }
                stopReason = OpenAIChunk.stopReason(finish)
                events += completeCalls()
            }
        }
        return events
    }

    private mutating func accumulate(_ fragment: OpenAIChunk.ToolCallDelta, position: Int) -> [LLMEvent] {
        let index: Int
        if let given = fragment.index {
            index = given
        } else if let id = fragment.id, !id.isEmpty {
            index = calls.first(where: { $0.value.id == id })?.key ?? (callOrder.max().map { $0 + 1 } ?? position)
        } else {
            index = callOrder.last ?? position
        }
        var call = calls[index] ?? {
            callOrder.append(index)
            return PendingCall(id: "", name: "", arguments: "", started: false)
        }()
        if let id = fragment.id, !id.isEmpty, call.id.isEmpty { call.id = id }
        if let name = fragment.name, !name.isEmpty, call.name.isEmpty { call.name = name }
        var events: [LLMEvent] = []
        let arguments = fragment.arguments ?? ""
        call.arguments += arguments
        if !call.started, !call.name.isEmpty {
            call.started = true
            if call.id.isEmpty { call.id = "call_\(index)" }
            events.append(.toolCallStarted(index: index, id: call.id, name: call.name))
            if !call.arguments.isEmpty { events.append(.toolCallArgumentsDelta(index: index, fragment: call.arguments)) }
        } else if call.started, !arguments.isEmpty {
            events.append(.toolCallArgumentsDelta(index: index, fragment: arguments))
        }
        calls[index] = call
        return events
    }

    private mutating func completeCalls() -> [LLMEvent] {
        var events: [LLMEvent] = []
        for index in callOrder {
            guard var call = calls[index] else { continue }
            if call.id.isEmpty { call.id = "call_\(index)" }
            if !call.started {
                events.append(.toolCallStarted(index: index, id: call.id, name: call.name))
            }
            events.append(.toolCallCompleted(index: index, call: ToolCall(id: call.id, name: call.name, rawArguments: call.arguments)))
        }
        calls = [:]
        callOrder = []
        return events
    }

    private mutating func closingEvents() -> [LLMEvent] {
        var events = completeCalls()
        if let usage { events.append(.usage(usage)) }
        events.append(.stop(stopReason ?? .endTurn))
        return events
    }
}
