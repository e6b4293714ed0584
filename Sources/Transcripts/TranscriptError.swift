/// What can go wrong reading or writing transcripts and running eval suites.
public enum TranscriptError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotWrite(String)
    case invalid(String, String)
    /// A transcript file that cannot be read at all: the path and why.
    case unreadable(String, String)
    /// An eval suite or case file that cannot be used: the file and what is wrong with it.
    case suite(String, String)
    /// A prompt file the coach cannot use: the file and what is wrong with it.
    case prompts(String, String)

    public var description: String {
        switch self {
        case .cannotWrite(let path): return "cannot write the transcript at \(path); choose another path with --transcript"
        case .invalid(let path, let reason): return "\(path) is not a Cadence transcript: \(reason)"
        case .unreadable(let path, let reason): return "cannot read the transcript \(path): \(reason)"
        case .suite(let path, let reason): return "\(path): \(reason)"
        case .prompts(let path, let reason): return "\(path) \(reason); fix the file and run again"
        }
    }
}
