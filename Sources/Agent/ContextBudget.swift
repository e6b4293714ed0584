import CadenceCore
import Foundation
import LLM

/// Keeps a request within the model's context window (issue 15): a local server's context is often
/// 4096 tokens, and the tool schemas alone are most of that. Before each model call the request is
/// estimated; if it is too big the oldest exchanges are left out, then the tool descriptions are
/// shortened; if it still cannot fit, a `context_length` error says so before anything is sent.
public struct ContextBudget: Sendable, Hashable {
    /// The model's context window in tokens (`--context`, or the server's own figure).
    public var contextTokens: Int

    public init(contextTokens: Int) { self.contextTokens = contextTokens }

    /// Bytes of request text per token when estimating. Real tokenizers average about 4 bytes of
    /// English per token and fewer for JSON and numbers; 3 errs towards leaving room.
    static let bytesPerToken = 3

    /// Room kept for the reply: `maxTokens`, but at most a quarter of the context.
    func replyRoom(_ options: LLMOptions) -> Int { min(options.maxTokens, contextTokens / 4) }

    /// What was done to make a request fit.
    public struct Fit: Sendable, Hashable {
        public var request: LLMRequest
        /// Messages of earlier exchanges left out.
        public var droppedMessages: Int
        public var compactTools: Bool
        public var estimatedTokens: Int
    }

    /// The request made to fit, keeping `messages[keepFrom...]` (the current turn) whole; nil when
    /// even the current turn with compact tools is too big.
    public func fit(_ request: LLMRequest, keepFrom: Int) -> Fit? {
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
        return estimate > limit ? nil : Fit(request: fitted, droppedMessages: dropped, compactTools: compact, estimatedTokens: estimate)
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
