import Foundation
import Store

/// What can stop a coaching use case; each message says what to do.
public enum CoachingError: Error, Equatable, Sendable, CustomStringConvertible {
    case noRunner(String)
    case store(StoreError)
    /// The request does not fit the runner's data (a week the plan does not have, no plan yet).
    case invalid(String)

    public var description: String {
        switch self {
        case .noRunner(let id): "no runner with id \(id); create one with `cadence runner create --name NAME`"
        case .store(let error): "could not update the runner: \(error)"
        case .invalid(let message): message
        }
    }
}
