import Foundation

/// Errors of the chat agent, with messages a person can act on.
public enum AgentError: Error, Equatable, Sendable, CustomStringConvertible {
    case prompts(path: String, reason: String)
    case model(kind: String, message: String)
    case store(String)

    public var description: String {
        switch self {
        case .prompts(let path, let reason):
            return "prompt file \(path): \(reason) (fix it, or choose another prompt set with --prompts DIR)"
        case .model(_, let message):
            return message
        case .store(let message):
            return message
        }
    }
}
