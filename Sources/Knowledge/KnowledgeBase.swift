import CadenceCore
import Foundation
import Store

/// The knowledge base as the product uses it: the files (when at hand) kept in sync with the
/// database, and the database's entries and embeddings indexed for search.
public struct KnowledgeBase: Sendable {
    public let database: AppDatabase
    /// `KnowledgeBase/` (entries, safeguards, lexicon); nil when only the database is available.
    public let directory: URL?
    let now: Int64
    /// A remote embedder to use instead of the offline default (`--embedder openai`).
    let remote: (any Embedder)?

    public init(database: AppDatabase, directory: URL?, now: Int64, embedder remote: (any Embedder)? = nil) {
        self.database = database
        self.directory = directory
        self.now = now
        self.remote = remote
    }

    /// Loads the files, embeds what is new or changed (reusing stored embeddings made by the same
    /// embedder) and writes entries and safeguards to the database in one transaction.
    public func sync() async throws -> (KnowledgeIndex, KnowledgeSyncSummary) {
        guard let directory else { throw KnowledgeError.missingDirectory("(no knowledge base folder found)") }
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
        let summary = try database.replaceKnowledgeBase(entries: index.entries, safeguards: files.safeguards,
                                                        lexicon: files.lexicon.source)
        return (index, summary)
    }

    /// The index to search: synced from the files when they are at hand (so a search always
    /// sees the current files; unchanged entries keep their stored embeddings), else built from
    /// the database alone.
    public func index() async throws -> KnowledgeIndex {
        if directory != nil { return try await sync().0 }
        var entries = try database.knowledgeEntries()
        guard !entries.isEmpty else { throw KnowledgeError.notIndexed }
        entries.sort { $0.id < $1.id }
        let lexicon = Lexicon(try database.knowledgeLexicon())
        let embedder = remote ?? HashingEmbedder(corpus: entries.map(\.embeddingText), lexicon: lexicon)
        return try await KnowledgeIndex(entries: entries, embedder: embedder)
    }
}
