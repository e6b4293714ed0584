import Foundation
import LLM

/// Errors from loading, indexing and searching the knowledge base, naming the file and field.
public enum KnowledgeError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingDirectory(String)
    case invalidFile(path: String, field: String?, reason: String)
    case duplicate(kind: String, name: String, paths: [String])
    case embedding(String)
    case notIndexed
    /// The index was built by a remote embedder, and an offline command would replace it.
    case remoteIndex(EmbedderOrigin)

    public var description: String {
        switch self {
        case .missingDirectory(let path):
            return "no knowledge base at \(path); point --dir (or CADENCE_KB) at a folder with entries/ and safeguards/"
        case .invalidFile(let path, let field, let reason):
            return "\(path): " + (field.map { "field `\($0)`: " } ?? "") + reason
        case .duplicate(let kind, let name, let paths):
            return "\(kind) \(name) is defined twice: \(paths.joined(separator: " and "))"
        case .embedding(let message):
            return "could not compute embeddings: \(message)"
        case .notIndexed:
            return "the knowledge base is empty; run `cadence kb index`"
        case .remoteIndex(let origin):
            return "the knowledge index was built with \(origin); indexing offline would replace those embeddings. "
                + "Leave out --embedder offline to keep using that embedder, or pass --replace-remote-index to rebuild the index offline"
        }
    }
}
