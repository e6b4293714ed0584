import Foundation

/// What a reader found wrong with a file's content. Readers throw it; `ImportJob` turns it into
/// `IngestError.malformed`, naming the file and format.
public struct FormatProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
