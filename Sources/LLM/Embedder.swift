import Foundation

/// Turns texts into vectors for the knowledge index.
public protocol Embedder: Sendable {
    /// Stored with each embedding (`knowledgeBase.embeddingModel`): an embedding is reused only
    /// while this stays the same.
    var identifier: String { get }
    var dimensions: Int { get }
    /// Where a remote embedder runs, so an index it built can be searched with it again; nil
    /// for an embedder that runs in the process.
    var origin: EmbedderOrigin? { get }
    func embed(_ texts: [String]) async throws -> [[Float]]
}

extension Embedder {
    public var origin: EmbedderOrigin? { nil }
}

/// Which remote embedder built an index: kept with the index, never holding a credential.
public struct EmbedderOrigin: Codable, Sendable, Equatable, CustomStringConvertible {
    /// The API it speaks: `openai` (any OpenAI-compatible `/embeddings` endpoint).
    public var provider: String
    public var model: String
    /// Without user, password or query.
    public var baseURL: String
    public var dimensions: Int

    public init(provider: String, model: String, baseURL: String, dimensions: Int) {
        self.provider = provider
        self.model = model
        self.baseURL = baseURL
        self.dimensions = dimensions
    }

    public var description: String { "\(model) at \(baseURL) (\(provider), \(dimensions) dimensions)" }

    /// `url` without credentials or query, as it may be stored and shown.
    public static func displayURL(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return "(custom)" }
        components.user = nil
        components.password = nil
        components.query = nil
        components.fragment = nil
        return components.string ?? "(custom)"
    }
}
