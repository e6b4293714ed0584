import CadenceCore
import Foundation

extension ScriptedResponse {
    /// An event stream of the given SSE events (each a complete `...\n\n` string), written in
    /// chunks of `chunkSize` bytes (splitting lines, JSON and UTF-8 wherever they fall) with an
    /// optional pause between chunks, then `ending` (nothing, `.close`, `.stall`).
    public static func sse(_ events: [String], chunkSize: Int? = nil, delay: TimeInterval = 0,
                           ending: [ResponsePart] = [], framing: BodyFraming = .chunked,
                           headers: [(name: String, value: String)] = []) -> ScriptedResponse {
        .eventStream(ResponsePart.chunks(Data(events.joined().utf8), size: chunkSize, delay: delay) + ending,
                     framing: framing, headers: headers)
    }
}

extension ResponsePart {
    /// `data` cut into pieces of `size` bytes (one piece when nil), with `delay` between pieces.
    public static func chunks(_ data: Data, size: Int?, delay: TimeInterval = 0) -> [ResponsePart] {
        let size = max(1, size ?? data.count)
        var parts: [ResponsePart] = []
        var index = data.startIndex
        while index < data.endIndex {
            let end = min(index + size, data.endIndex)
            if delay > 0, !parts.isEmpty { parts.append(.delay(delay)) }
            parts.append(.data(data[index..<end]))
            index = end
        }
        return parts
    }
}

/// Builds OpenAI Chat Completions streams and error responses as real servers send them.
public enum OpenAIWireScript {
    /// `data: {chunk}\n\n`
    public static func event(_ json: JSONValue) -> String { "data: \(json.jsonString)\n\n" }

    public static let done = "data: [DONE]\n\n"

    /// A chunk with one choice.
    public static func chunk(delta: JSONValue, finishReason: String? = nil, usage: JSONValue = .null,
                             extra: [String: JSONValue] = [:]) -> String {
        var choice: [String: JSONValue] = ["index": 0, "delta": delta, "finish_reason": finishReason.map { .string($0) } ?? .null]
        choice["logprobs"] = .null
        var object: [String: JSONValue] = [
            "id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 1_700_000_000, "model": "gpt-test",
            "choices": [.object(choice)], "usage": usage,
        ]
        for (key, value) in extra { object[key] = value }
        return event(.object(object))
    }

    /// The final usage chunk (`choices: []`) sent with `stream_options.include_usage`.
    public static func usageChunk(prompt: Int, completion: Int, cached: Int = 0) -> String {
        event(["id": "chatcmpl-test", "object": "chat.completion.chunk", "choices": [],
               "usage": usage(prompt: prompt, completion: completion, cached: cached)])
    }

    public static func usage(prompt: Int, completion: Int, cached: Int = 0) -> JSONValue {
        ["prompt_tokens": .number(Double(prompt)), "completion_tokens": .number(Double(completion)),
         "total_tokens": .number(Double(prompt + completion)),
         "prompt_tokens_details": ["cached_tokens": .number(Double(cached)), "audio_tokens": 0]]
    }

    /// A text answer: role chunk, one chunk per piece, finish chunk, usage chunk, `[DONE]`.
    public static func text(_ pieces: [String], finishReason: String = "stop", prompt: Int = 10, completion: Int = 5,
                            cached: Int = 0, done includeDone: Bool = true) -> [String] {
        var events = [chunk(delta: ["role": "assistant", "content": ""])]
        events += pieces.map { chunk(delta: ["content": .string($0)]) }
        events.append(chunk(delta: [:], finishReason: finishReason))
        events.append(usageChunk(prompt: prompt, completion: completion, cached: cached))
        if includeDone { events.append(done) }
        return events
    }

    /// One tool-call fragment for `index`; the first for an index carries `id` and `name`.
    public static func toolFragment(index: Int, id: String? = nil, name: String? = nil, arguments: String) -> String {
        var function: [String: JSONValue] = ["arguments": .string(arguments)]
        if let name { function["name"] = .string(name) }
        var call: [String: JSONValue] = ["index": .number(Double(index)), "function": .object(function)]
        if let id {
            call["id"] = .string(id)
            call["type"] = "function"
        }
        return chunk(delta: ["tool_calls": [.object(call)]])
    }

    /// Tool calls streamed the way OpenAI does it: a start fragment per call, then argument
    /// fragments; `interleaved` alternates fragments between calls.
    public static func toolCalls(_ calls: [(id: String, name: String, fragments: [String])], interleaved: Bool = false,
                                 prompt: Int = 20, completion: Int = 12) -> [String] {
        var events = [chunk(delta: ["role": "assistant", "content": .null])]
        if interleaved {
            for (index, call) in calls.enumerated() {
                events.append(toolFragment(index: index, id: call.id, name: call.name, arguments: ""))
            }
            let longest = calls.map(\.fragments.count).max() ?? 0
            for step in 0..<longest {
                for (index, call) in calls.enumerated() where step < call.fragments.count {
                    events.append(toolFragment(index: index, arguments: call.fragments[step]))
                }
            }
        } else {
            for (index, call) in calls.enumerated() {
                events.append(toolFragment(index: index, id: call.id, name: call.name, arguments: ""))
                events += call.fragments.map { toolFragment(index: index, arguments: $0) }
            }
        }
        events.append(chunk(delta: [:], finishReason: "tool_calls"))
        events.append(usageChunk(prompt: prompt, completion: completion))
        events.append(done)
        return events
    }

    /// `{"error":{"message","type","param","code"}}` with the given status.
    public static func error(status: Int, message: String, type: String, code: String? = nil,
                             headers: [(name: String, value: String)] = []) -> ScriptedResponse {
        let body: JSONValue = ["error": ["message": .string(message), "type": .string(type), "param": .null,
                                         "code": code.map { .string($0) } ?? .null]]
        return .json(status: status, body.jsonString, headers: headers)
    }

    /// A whole non-streamed chat completion.
    public static func completion(text: String?, toolCalls: [(id: String, name: String, arguments: String)] = [],
                                  finishReason: String = "stop", prompt: Int = 10, completion: Int = 5) -> ScriptedResponse {
        var message: [String: JSONValue] = ["role": "assistant", "content": text.map { .string($0) } ?? .null]
        if !toolCalls.isEmpty {
            message["tool_calls"] = .array(toolCalls.map { call in
                ["id": .string(call.id), "type": "function",
                 "function": ["name": .string(call.name), "arguments": .string(call.arguments)]]
            })
        }
        let body: JSONValue = [
            "id": "chatcmpl-test", "object": "chat.completion", "model": "gpt-test",
            "choices": [["index": 0, "message": .object(message), "finish_reason": .string(finishReason)]],
            "usage": usage(prompt: prompt, completion: completion),
        ]
        return .json(body.jsonString)
    }
}

/// Builds Anthropic Messages streams and error responses as the API sends them.
public enum AnthropicWireScript {
    /// `event: TYPE\ndata: {json}\n\n`
    public static func event(_ type: String, _ json: JSONValue) -> String {
        "event: \(type)\ndata: \(json.jsonString)\n\n"
    }

    public static func messageStart(inputTokens: Int = 10, cacheRead: Int = 0, cacheWrite: Int = 0) -> String {
        event("message_start", ["type": "message_start", "message": [
            "id": "msg_test", "type": "message", "role": "assistant", "model": "claude-test", "content": [],
            "stop_reason": .null, "stop_sequence": .null,
            "usage": ["input_tokens": .number(Double(inputTokens)), "output_tokens": 1,
                      "cache_creation_input_tokens": .number(Double(cacheWrite)),
                      "cache_read_input_tokens": .number(Double(cacheRead))],
        ]])
    }

    public static let ping = event("ping", ["type": "ping"])

    public static func blockStart(index: Int, _ block: JSONValue) -> String {
        event("content_block_start", ["type": "content_block_start", "index": .number(Double(index)), "content_block": block])
    }

    public static func blockDelta(index: Int, _ delta: JSONValue) -> String {
        event("content_block_delta", ["type": "content_block_delta", "index": .number(Double(index)), "delta": delta])
    }

    public static func blockStop(index: Int) -> String {
        event("content_block_stop", ["type": "content_block_stop", "index": .number(Double(index))])
    }

    public static func textBlock(index: Int, _ pieces: [String]) -> [String] {
        [blockStart(index: index, ["type": "text", "text": ""])]
            + pieces.map { blockDelta(index: index, ["type": "text_delta", "text": .string($0)]) }
            + [blockStop(index: index)]
    }

    public static func toolUseBlock(index: Int, id: String, name: String, fragments: [String], stop: Bool = true) -> [String] {
        [blockStart(index: index, ["type": "tool_use", "id": .string(id), "name": .string(name), "input": [:]]),
         blockDelta(index: index, ["type": "input_json_delta", "partial_json": ""])]
            + fragments.map { blockDelta(index: index, ["type": "input_json_delta", "partial_json": .string($0)]) }
            + (stop ? [blockStop(index: index)] : [])
    }

    public static func thinkingBlock(index: Int, _ pieces: [String], signature: String) -> [String] {
        [blockStart(index: index, ["type": "thinking", "thinking": "", "signature": ""])]
            + pieces.map { blockDelta(index: index, ["type": "thinking_delta", "thinking": .string($0)]) }
            + [blockDelta(index: index, ["type": "signature_delta", "signature": .string(signature)]), blockStop(index: index)]
    }

    public static func messageDelta(stopReason: String, outputTokens: Int, usage extra: [String: JSONValue] = [:]) -> String {
        var usage: [String: JSONValue] = ["output_tokens": .number(Double(outputTokens))]
        for (key, value) in extra { usage[key] = value }
        return event("message_delta", ["type": "message_delta",
                                       "delta": ["stop_reason": .string(stopReason), "stop_sequence": .null],
                                       "usage": .object(usage)])
    }

    public static let messageStop = event("message_stop", ["type": "message_stop"])

    /// A whole text answer.
    public static func text(_ pieces: [String], inputTokens: Int = 10, outputTokens: Int = 5, cacheRead: Int = 0,
                            cacheWrite: Int = 0) -> [String] {
        [messageStart(inputTokens: inputTokens, cacheRead: cacheRead, cacheWrite: cacheWrite), ping]
            + textBlock(index: 0, pieces)
            + [messageDelta(stopReason: "end_turn", outputTokens: outputTokens), messageStop]
    }

    /// `event: error` as sent mid-stream.
    public static func errorEvent(type: String, message: String) -> String {
        event("error", ["type": "error", "error": ["type": .string(type), "message": .string(message)]])
    }

    /// `{"type":"error","error":{"type","message"},"request_id"}` with the given status.
    public static func error(status: Int, type: String, message: String,
                             headers: [(name: String, value: String)] = []) -> ScriptedResponse {
        let body: JSONValue = ["type": "error", "error": ["type": .string(type), "message": .string(message)],
                               "request_id": "req_test"]
        return .json(status: status, body.jsonString, headers: [("request-id", "req_test")] + headers)
    }

    /// A whole non-streamed message.
    public static func message(content: [JSONValue], stopReason: String = "end_turn", inputTokens: Int = 10,
                               outputTokens: Int = 5) -> ScriptedResponse {
        let body: JSONValue = [
            "id": "msg_test", "type": "message", "role": "assistant", "model": "claude-test", "content": .array(content),
            "stop_reason": .string(stopReason), "stop_sequence": .null,
            "usage": ["input_tokens": .number(Double(inputTokens)), "output_tokens": .number(Double(outputTokens)),
                      "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0],
        ]
        return .json(body.jsonString)
    }
}
