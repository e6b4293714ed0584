import CadenceCore
import Foundation
import LLM

/// What happens in a conversation, in order, for recorders (the JSONL transcript) and displays.
public enum ChatEvent: Sendable {
    case session(SessionInfo)
    case user(turn: Int, text: String)
    case modelResponse(turn: Int, response: LLMResponse, latencyMs: Int)
    case toolResult(turn: Int, callId: String, name: String, outcome: ToolOutcome)
    case runnerUpdate(turn: Int, changes: [RunnerChange])
    /// A plan was checked by the safeguard engine before the model saw it.
    case safeguard(turn: Int, planId: String, applications: JSONValue, verdict: String)
    case assistant(turn: Int, text: String)
    case error(turn: Int, kind: String, message: String)
    /// A slash command the runner typed (`name` without the slash), after turn `turn`; recorded
    /// before what it changed, so a replay can repeat it at the same point.
    case command(turn: Int, name: String, argument: String?)
    case end(reason: String, turns: Int, usage: TokenUsage)
}

/// How a session was set up (no credentials: the base URL is stripped of user info).
public struct SessionInfo: Sendable {
    public var id: String
    public var provider: String
    public var model: String
    public var baseURL: String?
    public var promptsDirectory: String
    public var promptsSHA256: String
    public var runnerId: String
    public var cadenceVersion: String
    /// The MCP client that drove the session (`name`, `version`), when there was one.
    public var client: JSONValue?

    public init(id: String, provider: String, model: String, baseURL: String?, promptsDirectory: String,
                promptsSHA256: String, runnerId: String, cadenceVersion: String) {
        self.id = id
        self.provider = provider
        self.model = model
        self.baseURL = baseURL
        self.promptsDirectory = promptsDirectory
        self.promptsSHA256 = promptsSHA256
        self.runnerId = runnerId
        self.cadenceVersion = cadenceVersion
    }
}

/// Receives every event as it happens (a transcript recorder writes and flushes each one).
public protocol ChatObserver: Sendable {
    func record(_ event: ChatEvent)
}

/// What the terminal shows while a turn runs.
public enum ChatDisplay: Sendable {
    case text(String)
    case toolCall(name: String)
    case retrying(attempt: Int, delay: Duration, message: String)
}
