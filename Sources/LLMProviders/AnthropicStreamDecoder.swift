import CadenceCore
import Foundation
import LLM

/// Wire shapes of Anthropic Messages stream events, read leniently from JSON.
struct AnthropicStreamEvent {
    var type: String
    var messageUsage: Usage?
    var index: Int?
    var content_block: Block?
    var delta: Delta?
    var usage: Usage?

    init(_ json: JSONValue) {
        type = json["type"]?.stringValue ?? ""
        messageUsage = Usage(json["message"]?["usage"])
        index = json["index"]?.intValue
        content_block = json["content_block"].flatMap(Block.init)
        delta = json["delta"].flatMap(Delta.init)
        usage = Usage(json["usage"])
    }

    struct Block {
        var type: String
        var text: String?
        var id: String?
        var name: String?
        var thinking: String?
        var signature: String?
        var data: String?

        init?(_ json: JSONValue) {
            guard let type = json["type"]?.stringValue else { return nil }
            self.type = type
            text = json["text"]?.stringValue
            id = json["id"]?.stringValue
            name = json["name"]?.stringValue
            thinking = json["thinking"]?.stringValue
            signature = json["signature"]?.stringValue
            data = json["data"]?.stringValue
        }
    }

    struct Delta {
        var type: String?
        var text: String?
        var partial_json: String?
        var thinking: String?
        var signature: String?
        var stop_reason: String?

        init?(_ json: JSONValue) {
            guard json.objectValue != nil else { return nil }
            type = json["type"]?.stringValue
            text = json["text"]?.stringValue
            partial_json = json["partial_json"]?.stringValue
            thinking = json["thinking"]?.stringValue
            signature = json["signature"]?.stringValue
            stop_reason = json["stop_reason"]?.stringValue
        }
    }

    struct Usage {
        var input_tokens: Int?
        var output_tokens: Int?
        var cache_creation_input_tokens: Int?
        var cache_read_input_tokens: Int?

        init?(_ json: JSONValue?) {
            guard let json, json.objectValue != nil else { return nil }
            input_tokens = json["input_tokens"]?.intValue
            output_tokens = json["output_tokens"]?.intValue
            cache_creation_input_tokens = json["cache_creation_input_tokens"]?.intValue
            cache_read_input_tokens = json["cache_read_input_tokens"]?.intValue
        }

        /// Overwrites the fields this usage carries (stream values are cumulative).
        func apply(to usage: inout TokenUsage) {
            if let input_tokens { usage.inputTokens = input_tokens }
            if let output_tokens { usage.outputTokens = output_tokens }
            if let cache_creation_input_tokens { usage.cacheWriteTokens = cache_creation_input_tokens }
            if let cache_read_input_tokens { usage.cacheReadTokens = cache_read_input_tokens }
        }
    }

    static func stopReason(_ name: String) -> StopReason {
        switch name {
        case "end_turn": return .endTurn
        case "max_tokens": return .maxTokens
        case "tool_use": return .toolUse
        case "stop_sequence": return .stopSequence
        case "pause_turn": return .pauseTurn
        case "refusal": return .refusal
        default: return .other(name)
        }
    }
}

/// Turns Anthropic stream events into `LLMEvent`s: blocks tracked by index, tool input joined
/// and parsed at `content_block_stop` (or at `message_stop` after `max_tokens`), thinking kept
/// with its signature, cumulative usage overwritten, `message_stop` ends the stream.
struct AnthropicStreamDecoder: StreamEventDecoder {
    let provider: ProviderIdentity
    private(set) var isFinished = false
    private var usage = TokenUsage()
    private var sawUsage = false
    private var stopReason: StopReason?
    private var blocks: [Int: OpenBlock] = [:]

    private enum OpenBlock {
        case text
        case toolUse(id: String, name: String, json: String)
        case thinking(text: String, signature: String)
        case redacted(data: String)
        case other
    }

    init(provider: ProviderIdentity) { self.provider = provider }

    mutating func decode(_ event: ServerSentEvent) throws -> [LLMEvent] {
        if event.type == "ping" { return [] }
        let json = try ProviderTransport.parseJSON(event.data, provider: provider)
        let decoded = AnthropicStreamEvent(json)
        switch decoded.type {
        case "message_start":
            if let value = decoded.messageUsage {
                value.apply(to: &usage)
                sawUsage = true
            }
            return []
        case "content_block_start":
            return startBlock(decoded)
        case "content_block_delta":
            return applyDelta(decoded)
        case "content_block_stop":
            guard let index = decoded.index, let block = blocks.removeValue(forKey: index) else { return [] }
            return close(block, index: index)
        case "message_delta":
            if let reason = decoded.delta?.stop_reason { stopReason = AnthropicStreamEvent.stopReason(reason) }
            if let value = decoded.usage {
                value.apply(to: &usage)
                sawUsage = true
            }
            return []
        case "message_stop":
            isFinished = true
            var events: [LLMEvent] = []
            for index in blocks.keys.sorted() {
                events += close(blocks[index]!, index: index)
            }
            blocks = [:]
            if sawUsage { events.append(.usage(usage)) }
            events.append(.stop(stopReason ?? .endTurn))
            return events
        case "error":
            throw VendorErrorMapper.streamError(json, provider: provider)
        default:
            return []  // ping and event types added after this was written
        }
    }

    mutating func finishAtEOF() throws -> [LLMEvent] {
        throw LLMError(.streamInterrupted,
                       "The response from \(provider.name) ended before message_stop: it was cut off. Try again.")
    }

    /// Events for a whole message (`{"type":"message","content":[…],"stop_reason","usage"}`).
    mutating func decodeWholeResponse(_ json: JSONValue) throws -> [LLMEvent]? {
        guard let content = json["content"]?.arrayValue else { return nil }
        var events: [LLMEvent] = []
        for (index, block) in content.enumerated() {
            switch block["type"]?.stringValue {
            case "text":
                if let text = block["text"]?.stringValue, !text.isEmpty { events.append(.textDelta(text)) }
            case "tool_use":
                let id = block["id"]?.stringValue ?? "toolu_\(index)"
                let name = block["name"]?.stringValue ?? ""
                events.append(.toolCallStarted(index: index, id: id, name: name))
                events.append(.toolCallCompleted(index: index, call: ToolCall(
                    id: id, name: name, arguments: .parsed(block["input"] ?? .object([:])))))
            case "thinking":
                events.append(.reasoningCompleted(ReasoningBlock(text: block["thinking"]?.stringValue ?? "",
                                                                 signature: block["signature"]?.stringValue)))
            case "redacted_thinking":
                events.append(.reasoningCompleted(ReasoningBlock(text: "", redactedData: block["data"]?.stringValue ?? "")))
            default:
                break
            }
        }
        if let usage = AnthropicStreamEvent.Usage(json["usage"]) {
            var total = TokenUsage()
            usage.apply(to: &total)
            events.append(.usage(total))
        }
        events.append(.stop(AnthropicStreamEvent.stopReason(json["stop_reason"]?.stringValue ?? "end_turn")))
        isFinished = true
        return events
    }

    private mutating func startBlock(_ event: AnthropicStreamEvent) -> [LLMEvent] {
        guard let index = event.index, let block = event.content_block else { return [] }
        switch block.type {
        case "text":
            blocks[index] = .text
            if let text = block.text, !text.isEmpty { return [.textDelta(text)] }
        case "tool_use":
            let id = block.id ?? "toolu_\(index)"
            let name = block.name ?? ""
            blocks[index] = .toolUse(id: id, name: name, json: "")
            return [.toolCallStarted(index: index, id: id, name: name)]
        case "thinking":
            let text = block.thinking ?? ""
            blocks[index] = .thinking(text: text, signature: block.signature ?? "")
            if !text.isEmpty { return [.reasoningDelta(text)] }
        case "redacted_thinking":
            blocks[index] = .redacted(data: block.data ?? "")
        default:
            blocks[index] = .other
        }
        return []
    }

    private mutating func applyDelta(_ event: AnthropicStreamEvent) -> [LLMEvent] {
        guard let index = event.index, let delta = event.delta, let block = blocks[index] else { return [] }
        switch (delta.type, block) {
        case ("text_delta", _):
            if let text = delta.text, !text.isEmpty { return [.textDelta(text)] }
        case ("input_json_delta", .toolUse(let id, let name, let json)):
            let fragment = delta.partial_json ?? ""
            blocks[index] = .toolUse(id: id, name: name, json: json + fragment)
            if !fragment.isEmpty { return [.toolCallArgumentsDelta(index: index, fragment: fragment)] }
        case ("thinking_delta", .thinking(let text, let signature)):
            let fragment = delta.thinking ?? ""
            blocks[index] = .thinking(text: text + fragment, signature: signature)
            if !fragment.isEmpty { return [.reasoningDelta(fragment)] }
        case ("signature_delta", .thinking(let text, let signature)):
            blocks[index] = .thinking(text: text, signature: signature + (delta.signature ?? ""))
        default:
            break  // citations and other deltas
        }
        return []
    }

    private func close(_ block: OpenBlock, index: Int) -> [LLMEvent] {
        switch block {
        case .toolUse(let id, let name, let json):
            return [.toolCallCompleted(index: index, call: ToolCall(id: id, name: name, rawArguments: json))]
        case .thinking(let text, let signature):
            return [.reasoningCompleted(ReasoningBlock(text: text, signature: signature.isEmpty ? nil : signature))]
        case .redacted(let data):
            return [.reasoningCompleted(ReasoningBlock(text: "", redactedData: data))]
        case .text, .other:
            return []
        }
    }
}
