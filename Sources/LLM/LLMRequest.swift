import CadenceCore
import Foundation

/// What is sent to a language model: a system prompt, the conversation so far, the tools the
/// model may call and the generation options.
public struct LLMRequest: Sendable, Hashable {
    public var system: String?
    public var messages: [LLMMessage]
    public var tools: [ToolSpec]
    public var options: LLMOptions

    public init(system: String? = nil, messages: [LLMMessage], tools: [ToolSpec] = [], options: LLMOptions = LLMOptions()) {
        self.system = system
        self.messages = messages
        self.tools = tools
        self.options = options
    }
}

/// One turn of the conversation.
public enum LLMMessage: Sendable, Hashable {
    /// Text from the user.
    case user(String)
    /// A previous model turn, echoed back exactly as it was received (text, tool calls and
    /// reasoning blocks in their original order).
    case assistant(AssistantMessage)
    /// Results of the tool calls of the previous assistant turn.
    case toolResults([ToolResult])
    /// Context for the user message that follows (the live profile, what is missing, retrieved
    /// knowledge, today's date), sent in that user turn ahead of its text. It keeps the system
    /// prompt identical every turn and stays in the conversation as sent, so everything before the
    /// latest message is a prefix the server can serve from its cache.
    case context(String)
}

extension LLMMessage {
    /// How a context message reads inside the user turn it precedes.
    public static func contextText(_ context: String) -> String {
        "<context>\n\(context.trimmingCharacters(in: .whitespacesAndNewlines))\n</context>"
    }
}

/// The content of an assistant turn, in the order the model produced it.
public struct AssistantMessage: Sendable, Hashable {
    public var content: [AssistantContent]

    public init(content: [AssistantContent]) { self.content = content }

    /// All text blocks joined.
    public var text: String {
        content.compactMap { if case .text(let text) = $0 { return text } else { return nil } }.joined()
    }

    public var toolCalls: [ToolCall] {
        content.compactMap { if case .toolCall(let call) = $0 { return call } else { return nil } }
    }
}

public enum AssistantContent: Sendable, Hashable {
    case text(String)
    case toolCall(ToolCall)
    case reasoning(ReasoningBlock)
}

/// Model reasoning. Anthropic thinking blocks carry a `signature` (or, when redacted, opaque
/// `redactedData`) and must be sent back unchanged; OpenAI-compatible servers' `reasoning_content`
/// has neither and is not sent back.
public struct ReasoningBlock: Sendable, Hashable {
    public var text: String
    public var signature: String?
    public var redactedData: String?

    public init(text: String, signature: String? = nil, redactedData: String? = nil) {
        self.text = text
        self.signature = signature
        self.redactedData = redactedData
    }
}

/// A tool call made by the model.
public struct ToolCall: Sendable, Hashable {
    public var id: String
    public var name: String
    public var arguments: ToolArguments

    public init(id: String, name: String, arguments: ToolArguments) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }

    public init(id: String, name: String, rawArguments: String) {
        self.init(id: id, name: name, arguments: ToolArguments(parsing: rawArguments))
    }
}

/// Tool-call arguments: the parsed JSON value, or the raw text when it does not parse.
public enum ToolArguments: Sendable, Hashable {
    case parsed(JSONValue)
    case raw(String)

    /// Parses `text` as JSON (empty text is an empty object, as servers send for no arguments).
    public init(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            self = .parsed(.object([:]))
        } else if let value = try? JSONValue(parsing: trimmed) {
            self = .parsed(value)
        } else {
            self = .raw(text)
        }
    }

    public var value: JSONValue? {
        if case .parsed(let value) = self { return value }
        return nil
    }

    /// JSON text to send back to a server that wants arguments as a string.
    public var jsonText: String {
        switch self {
        case .parsed(let value): return value.jsonString
        case .raw(let text): return text
        }
    }

    /// The transcript form: the object, or `{"raw": text}` when unparsable.
    public var transcriptValue: JSONValue {
        switch self {
        case .parsed(let value): return value
        case .raw(let text): return ["raw": .string(text)]
        }
    }
}

/// The result of running one tool call.
public struct ToolResult: Sendable, Hashable {
    public var callID: String
    public var content: String
    public var isError: Bool

    public init(callID: String, content: String, isError: Bool = false) {
        self.callID = callID
        self.content = content
        self.isError = isError
    }
}

/// A tool the model may call. `parameters` is a JSON Schema object.
public struct ToolSpec: Sendable, Hashable, Codable {
    public var name: String
    public var description: String
    public var parameters: JSONValue

    public init(name: String, description: String, parameters: JSONValue = ["type": "object", "properties": [:]]) {
        self.name = name
        self.description = description
        self.parameters = parameters
    }
}

public enum ToolChoice: Sendable, Hashable {
    case auto
    case none
    /// The model must call some tool.
    case required
    /// The model must call this tool.
    case tool(String)
}

public struct LLMOptions: Sendable, Hashable {
    public var model: String
    public var maxTokens: Int
    public var temperature: Double?
    public var toolChoice: ToolChoice?
    /// Anthropic extended thinking budget (tokens); nil disables thinking.
    public var thinkingBudget: Int?
    /// Sampling seed, for servers that take one (OpenAI-compatible `seed`); with temperature 0 it
    /// makes a local server's answers repeatable.
    public var seed: Int?

    public init(model: String = "", maxTokens: Int = 4096, temperature: Double? = nil, toolChoice: ToolChoice? = nil,
                thinkingBudget: Int? = nil, seed: Int? = nil) {
        self.model = model
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.toolChoice = toolChoice
        self.thinkingBudget = thinkingBudget
        self.seed = seed
    }
}
