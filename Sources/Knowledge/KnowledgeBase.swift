import CadenceCore
import Foundation
import LLM
import Store

/// The knowledge base as the product uses it: the files (when at hand) kept in sync with the
/// database, and the database's entries and embeddings indexed for search.
///
/// An index built by a remote embedder remembers it (`storedOrigin`). It is only ever updated
/// with a remote embedder; an offline sync refuses unless told to replace it, and an offline
/// `index()` searches the stored embeddings as they are instead of re-embedding them.
public struct KnowledgeBase: Sendable {
    public let database: AppDatabase
    /// `KnowledgeBase/` (entries, safeguards, lexicon); nil when only the database is available.
    public let directory: URL?
    let now: Int64
    /// A remote embedder to use instead of the offline default (`--embedder openai`).
    let remote: (any Embedder)?
    /// Whether an offline sync may replace an index a remote embedder built (`--replace-remote-index`).
    let replacingRemoteIndex: Bool

    public init(database: AppDatabase, directory: URL?, now: Int64, embedder remote: (any Embedder)? = nil,
                replacingRemoteIndex: Bool = false) {
        self.database = database
        self.directory = directory
        self.now = now
        self.remote = remote
        self.replacingRemoteIndex = replacingRemoteIndex
    }

    /// The remote embedder that built the stored index; nil when the offline one did (or none).
    public static func storedOrigin(in database: AppDatabase) throws -> EmbedderOrigin? {
        guard let text = try database.knowledgeEmbedderOrigin() else { return nil }
        return try? JSONDecoder().decode(EmbedderOrigin.self, from: Data(text.utf8))
    }

    /// Loads the files, embeds what is new or changed (reusing stored embeddings made by the same
    /// embedder) and writes entries, safeguards and the embedder's origin in one transaction.
    public func sync() async throws -> (KnowledgeIndex, KnowledgeSyncSummary) {
        guard let directory else { throw KnowledgeError.missingDirectory("(no knowledge base folder found)") }
        if remote == nil, !replacingRemoteIndex, let origin = try Self.storedOrigin(in: database) {
            throw KnowledgeError.remoteIndex(origin)
        }
        let files = try KnowledgeBaseFiles.load(from: directory, now: now)
        let embedder = remote ?? HashingEmbedder(corpus: files.entries.map(\.embeddingText), lexicon: files.lexicon)
        let stored = Dictionary(uniqueKeysWithValues: try database.knowledgeEntries().map { ($0.id, $0) })
        let entries = files.entries.map { entry -> KnowledgeEntry in
            guard let old = stored[entry.id], old.hasSameContent(as: entry),
                  KnowledgeIndex.hasCurrentEmbedding(old, embedder: embedder) else { return entry }
            var reused = entry
            reused.embedding = old.embedding
            reused.embeddingModel = old.embeddingModel
            return reused
        }
        let index = try await KnowledgeIndex(entries: entries, embedder: embedder)
        let origin = embedder.origin.flatMap { try? JSONEncoder().encode($0) }.map { String(decoding: $0, as: UTF8.self) }
        let summary = try database.replaceKnowledgeBase(entries: index.entries, safeguards: files.safeguards,
                                                        lexicon: files.lexicon.source, embedderOrigin: origin)
        return (index, summary)
    }

    /// The index to search: synced from the files when they are at hand (so a search always
    /// sees the current files; unchanged entries keep their stored embeddings), else built from
    /// the database alone. An index a remote embedder built is not synced without it: its
    /// stored embeddings are searched as they are (by keywords when that embedder is not at hand).
    public func index() async throws -> KnowledgeIndex {
        let origin = try Self.storedOrigin(in: database)
        let keepStored = remote == nil && origin != nil && !replacingRemoteIndex
        if directory != nil, !keepStored { return try await sync().0 }
        var entries = try database.knowledgeEntries()
        guard !entries.isEmpty else { throw KnowledgeError.notIndexed }
        entries.sort { $0.id < $1.id }
        if let remote { return try await KnowledgeIndex(entries: entries, embedder: remote) }
        if let origin, !replacingRemoteIndex {
            return try await KnowledgeIndex(entries: entries, embedder: UnavailableEmbedder(origin: origin))
        }
        let lexicon = Lexicon(try database.knowledgeLexicon())
        return try await KnowledgeIndex(entries: entries, embedder: HashingEmbedder(corpus: entries.map(\.embeddingText), lexicon: lexicon))
    }
}

/// Stands in for a remote embedder that is not configured here: the index keeps its stored
/// embeddings, and searches fall back to keywords.
struct UnavailableEmbedder: Embedder {
    let stored: EmbedderOrigin
    init(origin: EmbedderOrigin) { stored = origin }

    var identifier: String { "\(stored.provider == "openai" ? "openai-compatible" : stored.provider):\(stored.model)" }
    var dimensions: Int { stored.dimensions }
    var origin: EmbedderOrigin? { stored }

    func embed(_ texts: [String]) async throws -> [[Float]] {
        throw LLMError(.configuration, "no connection to it is configured here")
    }
}
