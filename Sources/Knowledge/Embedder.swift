import Foundation

/// Turns texts into vectors for the knowledge index.
public protocol Embedder: Sendable {
    /// Stored with each embedding (`knowledgeBase.embeddingModel`): an embedding is reused only
    /// while this stays the same.
    var identifier: String { get }
    var dimensions: Int { get }
    func embed(_ texts: [String]) async throws -> [[Float]]
}
