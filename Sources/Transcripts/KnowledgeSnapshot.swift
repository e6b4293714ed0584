import CadenceCore
import Foundation
import Knowledge
import Store

/// The knowledge base loaded and embedded once, for the scratch databases that replays and eval
/// conversations run on: plans need its safeguards there; the search tool uses the index in memory.
public struct KnowledgeSnapshot: Sendable {
    public let index: KnowledgeIndex?
    let safeguards: [Safeguard]
    let lexicon: [String: [String]]

    /// No knowledge base: no search tool, and plans checked against no safeguards.
    public static let empty = KnowledgeSnapshot(index: nil, safeguards: [], lexicon: [:])

    init(index: KnowledgeIndex?, safeguards: [Safeguard], lexicon: [String: [String]]) {
        self.index = index
        self.safeguards = safeguards
        self.lexicon = lexicon
    }

    /// Loads `KnowledgeBase/` (entries, safeguards, lexicon) with the offline embedder.
    public static func load(from directory: URL?) async throws -> KnowledgeSnapshot {
        guard let directory else { return .empty }
        let files = try KnowledgeBaseFiles.load(from: directory, now: 0)
        let index = try await KnowledgeIndex(entries: files.entries,
                                             embedder: HashingEmbedder(corpus: files.entries.map(\.embeddingText), lexicon: files.lexicon))
        return KnowledgeSnapshot(index: index, safeguards: files.safeguards, lexicon: files.lexicon.source)
    }

    /// A fresh in-memory database holding the safeguards, and a runner to talk to.
    func scratchDatabase(clock: Clock, ids: IDGenerator) throws -> (AppDatabase, Runner) {
        let database = try AppDatabase.inMemory(clock: clock, ids: ids)
        // Only the safeguards: the chat searches the in-memory index, and storing 70 embeddings
        // per conversation took most of an eval run's time.
        if !safeguards.isEmpty {
            _ = try database.replaceKnowledgeBase(entries: [], safeguards: safeguards, lexicon: lexicon)
        }
        return (database, try database.createRunner(name: "Runner", context: WriteContext(source: .inferred)))
    }
}
