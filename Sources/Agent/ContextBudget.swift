import CadenceCore
import Foundation
import LLM

/// Keeps a request within the model's context window (issue 15): a local server's context is often
/// 4096 tokens, and the tool schemas alone are most of that (measured with Gemma 3's tokenizer on
/// llama.cpp: 16 tools are 4 600 tokens, 3 100 shortened). Before each model call the request is
/// estimated; if it is too big the oldest exchanges are left out, then the tool descriptions are
/// shortened, then tools the conversation does not need yet are left out (the caller says which);
/// if it still cannot fit, a `context_length` error says so before anything is sent.
public struct ContextBudget: Sendable, Hashable {
    /// The model's context window in tokens (`--context`, or the server's own figure).
    public var contextTokens: Int

    public init(contextTokens: Int) { self.contextTokens = contextTokens }

    /// Bytes of request text per token when estimating. Real tokenizers average about 4 bytes of
    /// English per token and fewer for JSON and numbers; 3 errs towards leaving room.
    static let bytesPerToken = 3

    /// Room kept for the reply: `maxTokens`, but at most a sixteenth of the context (256 tokens at
    /// least) — a chat reply or a tool call rarely needs more, and in a 4096-token window every
    /// token kept back is one the instructions cannot use. The request's `maxTokens` is then set to
    /// what is really left, so a longer reply still runs to the end of the window.
    func replyRoom(_ options: LLMOptions) -> Int { min(options.maxTokens, max(256, contextTokens / 16)) }

    /// What was done to make a request fit.
    public struct Fit: Sendable, Hashable {
        public var request: LLMRequest
        /// Messages of earlier exchanges left out.
        public var droppedMessages: Int
        public var compactTools: Bool
        /// Tools left out, in the order given as optional.
        public var leftOutTools: [String]
        public var estimatedTokens: Int
    }

    /// The request made to fit, keeping `messages[keepFrom...]` (the current turn) whole and leaving
    /// out `optionalTools` (in that order) only as a last resort; nil when even the current turn with
    /// compact tools and none of the optional ones is too big.
    public func fit(_ request: LLMRequest, keepFrom: Int, optionalTools: [String] = []) -> Fit? {
        let limit = contextTokens - replyRoom(request.options)
        var fitted = request
        var dropped = 0
        var estimate = Self.estimate(fitted)
        // Whole exchanges, oldest first: a turn starts at its context message or its user message.
        while estimate > limit, let next = Self.secondTurnStart(fitted.messages, before: keepFrom - dropped) {
            fitted.messages.removeFirst(next)
            dropped += next
            estimate = Self.estimate(fitted)
        }
        var compact = false
        if estimate > limit {
            fitted.tools = fitted.tools.map(Self.compact)
            compact = true
            estimate = Self.estimate(fitted)
        }
        var leftOut: [String] = []
        for name in optionalTools where estimate > limit && fitted.tools.contains(where: { $0.name == name }) {
            fitted.tools.removeAll { $0.name == name }
            leftOut.append(name)
            estimate = Self.estimate(fitted)
        }
        guard estimate <= limit else { return nil }
        fitted.options.maxTokens = min(request.options.maxTokens, contextTokens - estimate)
        return Fit(request: fitted, droppedMessages: dropped, compactTools: compact, leftOutTools: leftOut, estimatedTokens: estimate)
    }

    /// The estimated size of a request in tokens: system prompt, tool schemas and messages.
    public static func estimate(_ request: LLMRequest) -> Int {
        var bytes = request.system?.utf8.count ?? 0
        for tool in request.tools {
            bytes += tool.name.utf8.count + tool.description.utf8.count + tool.parameters.jsonString.utf8.count + 40
        }
        for message in request.messages {
            switch message {
            case .user(let text), .context(let text): bytes += text.utf8.count + 20
            case .assistant(let assistant):
                bytes += assistant.text.utf8.count + 20
                for call in assistant.toolCalls { bytes += call.name.utf8.count + call.arguments.jsonText.utf8.count + 40 }
            case .toolResults(let results):
                for result in results { bytes += result.content.utf8.count + 40 }
            }
        }
        return (bytes + bytesPerToken - 1) / bytesPerToken
    }

    /// Where the second exchange starts, if it starts before `limit` (the current turn).
    static func secondTurnStart(_ messages: [LLMMessage], before limit: Int) -> Int? {
        var index = 1
        while index < min(limit, messages.count) {
            switch (messages[index - 1], messages[index]) {
            case (.context, _): break
            case (_, .context), (_, .user): return index
            default: break
            }
            index += 1
        }
        return nil
    }

    /// A tool with its description cut to the first sentence and no descriptions inside its schema.
    static func compact(_ tool: ToolSpec) -> ToolSpec {
        var tool = tool
        let description = tool.description.replacingOccurrences(of: "\n", with: " ")
        if let end = description.range(of: ". ") { tool.description = String(description[..<end.lowerBound]) + "." }
        tool.parameters = withoutDescriptions(tool.parameters)
        return tool
    }

    private static func withoutDescriptions(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            var result: [String: JSONValue] = [:]
            for (key, child) in object where !(key == "description" && child.stringValue != nil) {
                result[key] = withoutDescriptions(child)
            }
            return .object(result)
        case .array(let array):
            return .array(array.map(withoutDescriptions))
        default:
            return value
        }
    }
}
