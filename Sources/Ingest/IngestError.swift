import Foundation
import Store

/// Everything that can go wrong while importing, each naming the file and the problem.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case unrecognized(file: String)
    case unsupported(file: String, reason: String)
    case malformed(file: String, format: String, problem: String)
    case store(file: String, StoreError)

    public var file: String {
        switch self {
        case .unreadable(let file, _), .unrecognized(let file), .unsupported(let file, _),
             .malformed(let file, _, _), .store(let file, _):
            return file
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot be read (\(reason))"
        case .unrecognized(let file):
            return "\(file): not a format Cadence imports (FIT, GPX, TCX, Apple Health export.xml, Strava JSON or activities.csv, Terra JSON); check the file, or leave it out"
        case .unsupported(let file, let reason):
            return "\(file): \(reason)"
        case .malformed(let file, let format, let problem):
            return "\(file): not a valid \(format) file: \(problem); nothing from it was imported"
        case .store(let file, let error):
            return "\(file): \(error); nothing from it was imported"
        }
    }
}
