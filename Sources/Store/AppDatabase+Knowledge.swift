import CadenceCore
import Foundation
import GRDB

/// What `replaceKnowledgeBase` changed.
public struct KnowledgeSyncSummary: Codable, Sendable, Equatable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var removed = 0
    /// Entries whose embedding was (re)computed: new or changed ones, or all after the embedder changed.
    public var embedded = 0
    public var safeguards = 0

    public init() {}
}

extension AppDatabase {
    /// Makes the knowledge tables match the files, in one transaction: new entries are added,
    /// changed ones updated (keeping `createdAt`), unchanged ones left alone, and entries and
    /// safeguards whose files are gone removed.
    /// `lexicon` (concept → phrases) is kept too, so searches can embed queries the same way
    /// when the files are not at hand, and so is `embedderOrigin` (JSON saying which remote
    /// embedder made the embeddings; nil when the offline one did), so searches can use it again.
    @discardableResult
    public func replaceKnowledgeBase(entries: [KnowledgeEntry], safeguards: [Safeguard],
                                     lexicon: [String: [String]], embedderOrigin: String? = nil) throws(StoreError) -> KnowledgeSyncSummary {
        try write("update the knowledge base") { db in
            var summary = KnowledgeSyncSummary()
            if let embedderOrigin {
                try db.execute(sql: "INSERT OR REPLACE INTO settings (key, value) VALUES ('knowledgeEmbedder', ?)", arguments: [embedderOrigin])
            } else {
                try db.execute(sql: "DELETE FROM settings WHERE key = 'knowledgeEmbedder'")
            }
            // Synced on every `kb` command and chat start: write the lexicon only when it changed.
            let lexiconText = JSONValue.object(lexicon.mapValues { .array($0.map { .string($0) }) }).jsonString
            if try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'knowledgeLexicon'") != lexiconText {
                try db.execute(sql: "INSERT OR REPLACE INTO settings (key, value) VALUES ('knowledgeLexicon', ?)", arguments: [lexiconText])
            }
            let existing = Dictionary(uniqueKeysWithValues: try KnowledgeEntry.fetchAll(db).map { ($0.id, $0) })
            for var entry in entries {
                if let old = existing[entry.id] {
                    entry.createdAt = old.createdAt
                    let sameEmbedding = old.embedding == entry.embedding && old.embeddingModel == entry.embeddingModel
                    if old.hasSameContent(as: entry) {
                        summary.unchanged += 1
                        if sameEmbedding { continue }
                        entry.updatedAt = old.updatedAt
                    } else {
                        summary.updated += 1
                    }
                    if !sameEmbedding { summary.embedded += 1 }
                } else {
                    summary.added += 1
                    if entry.embedding != nil { summary.embedded += 1 }
                }
                try entry.save(db)
            }
            let kept = Set(entries.map(\.id))
            for id in existing.keys where !kept.contains(id) {
                _ = try KnowledgeEntry.deleteOne(db, key: id)
                summary.removed += 1
            }
            let oldSafeguards = Dictionary(uniqueKeysWithValues: try Safeguard.fetchAll(db).map { ($0.id, $0) })
            for var safeguard in safeguards {
                if let old = oldSafeguards[safeguard.id] {
                    safeguard.createdAt = old.createdAt
                    var comparable = safeguard
                    comparable.updatedAt = old.updatedAt
                    if comparable == old { continue }
                }
                try safeguard.save(db)
            }
            try Safeguard.filter(!safeguards.map(\.id).contains(Column("id"))).deleteAll(db)
            summary.safeguards = safeguards.count
            return summary
        }
    }

    /// The remote embedder (as JSON) that made the stored embeddings; nil when the offline one did.
    public func knowledgeEmbedderOrigin() throws(StoreError) -> String? {
        try setting("knowledgeEmbedder")
    }

    /// The lexicon saved by the last `replaceKnowledgeBase`.
    public func knowledgeLexicon() throws(StoreError) -> [String: [String]] {
        guard let text = try setting("knowledgeLexicon"), let json = try? JSONValue(parsing: text),
              let groups = try? json.decode(as: [String: [String]].self) else { return [:] }
        return groups
    }
}
