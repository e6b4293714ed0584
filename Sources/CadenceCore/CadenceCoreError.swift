import Foundation

/// Errors from reading or writing the runner object. Messages name the path and say what is allowed.
public enum CadenceCoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownPath(String, suggestions: [String])
    case invalidValue(path: String, got: String, allowed: String)
    case notWritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownPath(let path, let suggestions):
            let hint = suggestions.isEmpty
                ? "see `cadence runner fields` for the list"
                : "did you mean \(suggestions.joined(separator: ", "))?"
            return "\(path) is not a runner field; \(hint)"
        case .invalidValue(let path, let got, let allowed):
            return "\(path) must be \(allowed) (got \(got))"
        case .notWritable(let path, let reason):
            return "\(path) cannot be set: \(reason)"
        }
    }
}
