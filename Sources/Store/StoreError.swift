import CadenceCore
import Foundation
import GRDB

/// Everything that can go wrong in the store, with messages a person can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case noRunner
    case runnerNotFound(String, known: [String])
    case ambiguousRunner(String, matches: [String])
    case noDefaultRunner(known: [String])
    case field(CadenceCoreError)
    case notWritable(path: String, reason: String)
    case database(String)

    init(_ error: any Error, doing what: String) {
        if let error = error as? StoreError {
            self = error
        } else if let error = error as? CadenceCoreError {
            self = .field(error)
        } else if let error = error as? DatabaseError {
            self = .database("could not \(what): \(error.message ?? error.description)")
        } else {
            self = .database("could not \(what): \(error)")
        }
    }

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the database at \(path): \(reason) (choose another file with --db or CADENCE_HOME)"
        case .noRunner:
            return "no runner yet; create one with `cadence runner create --name NAME`"
        case .runnerNotFound(let selector, let known):
            return "no runner named \(selector)" + (known.isEmpty ? "" : "; runners: \(known.joined(separator: ", "))")
        case .ambiguousRunner(let selector, let matches):
            return "\(selector) matches several runners (\(matches.joined(separator: ", "))); use the id with --runner"
        case .noDefaultRunner(let known):
            return "several runners exist (\(known.joined(separator: ", "))); choose one with --runner NAME or mark one with `cadence runner default NAME`"
        case .field(let error):
            return error.description
        case .notWritable(let path, let reason):
            return "\(path) cannot be set: \(reason)"
        case .database(let message):
            return message
        }
    }
}
