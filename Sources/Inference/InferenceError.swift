import Foundation
import Store

/// What can stop the inference engine.
public enum InferenceError: Error, Equatable, Sendable, CustomStringConvertible {
    case noRunner(String)
    case store(StoreError)

    public var description: String {
        switch self {
        case .noRunner(let id): "no runner with id \(id); create one with `cadence runner create --name NAME`"
        case .store(let error): "could not compute the current state: \(error)"
        }
    }
}
