import CadenceCore
import Foundation
import LLM
import VectorIndex

/// What a search may return: only active entries, and only those that apply to the runner.
/// An entry without an applicability list applies to everyone.
public struct KnowledgeFilter: Sendable, Equatable {
    public var category: String?
    public var usageContext: String?
    public var goal: String?
    public var experience: String?
    public var phase: String?

    public init(category: String? = nil, usageContext: String? = nil, goal: String? = nil,
                experience: String? = nil, phase: String? = nil) {
        self.category = category
        self.usageContext = usageContext
        self.goal = goal
        self.experience = experience
        self.phase = phase
    }

    func admits(_ entry: KnowledgeEntry) -> Bool {
        guard entry.isActive else { return false }
        if let category, entry.category.rawValue != category { return false }
        if let usageContext, entry.usageContext.rawValue != usageContext { return false }
        if let goal, let goals = entry.applicableGoals, !goals.contains(goal) { return false }
        if let experience, let levels = entry.applicableExperience, !levels.contains(experience) { return false }
        if let phase, let phases = entry.applicablePhases, !phases.contains(phase) { return false }
        return true
    }
}

public struct KnowledgeHit: Sendable, Equatable {
    public let entry: KnowledgeEntry
    public let score: Double
}

/// The searchable knowledge base: entries, their vectors in a `FlatIndex`, and the embedder
/// that made them (queries must be embedded the same way). When a remote embedder cannot embed
/// a query (its server is down, its key gone), search falls back to keywords (BM25) and says
/// so once through `onFallback`, rather than failing or re-embedding the index.
public struct KnowledgeIndex: Sendable {
    public let entries: [KnowledgeEntry]
    public let embedder: any Embedder
    let index: FlatIndex
    /// Keyword search over the same entries, for a remote embedder that is unavailable.
    let keywords: BM25Index?
    /// Told once, with a message for the runner, when searches fall back to keywords.
    public var onFallback: (@Sendable (String) -> Void)?
    private let fallbackNoted = FallbackFlag()

    /// Indexes `entries`, reusing each stored embedding made by this embedder and computing the rest.
    public init(entries: [KnowledgeEntry], embedder: any Embedder) async throws(KnowledgeError) {
        let missing = entries.indices.filter { !Self.hasCurrentEmbedding(entries[$0], embedder: embedder) }
        var vectors: [Int: [Float]] = [:]
        if !missing.isEmpty {
            let computed: [[Float]]
            do {
                computed = try await embedder.embed(missing.map { entries[$0].embeddingText })
            } catch let error as KnowledgeError {
                throw error
            } catch {
                throw .embedding("\(error)")
            }
            guard computed.count == missing.count else { throw .embedding("the embedder returned \(computed.count) vectors for \(missing.count) texts") }
            for (position, vector) in zip(missing, computed) { vectors[position] = vector }
        }
        var index = FlatIndex(dimensions: embedder.dimensions)
        var indexed: [KnowledgeEntry] = []
        for (position, entry) in entries.enumerated() {
            var entry = entry
            if let vector = vectors[position] {
                entry.embedding = vector.map(Double.init)
                entry.embeddingModel = embedder.identifier
            }
            let vector = vectors[position] ?? (entry.embedding ?? []).map(Float.init)
            do {
                try index.add(vector)
            } catch {
                // A text with no known term (an empty entry) cannot be retrieved; it stays listed.
                continue
            }
            indexed.append(entry)
        }
        self.entries = indexed
        self.embedder = embedder
        self.index = index
        keywords = embedder.origin == nil ? nil : BM25Index(documents: indexed.map(\.embeddingText))
    }

    static func hasCurrentEmbedding(_ entry: KnowledgeEntry, embedder: any Embedder) -> Bool {
        entry.embeddingModel == embedder.identifier && entry.embedding?.count == embedder.dimensions
    }

    /// The `k` entries closest to `query` that pass `filter`, best first.
    public func search(_ query: String, k: Int, filter: KnowledgeFilter = KnowledgeFilter()) async throws(KnowledgeError) -> [KnowledgeHit] {
        let vector: [Float]
        do {
            guard let first = try await embedder.embed([query]).first else { return [] }
            vector = first
        } catch {
            guard let keywords, let origin = embedder.origin else {
                if let error = error as? KnowledgeError { throw error }
                throw .embedding("\(error)")
            }
            if fallbackNoted.setOnce() {
                onFallback?("note: the knowledge base was indexed with \(origin), which cannot embed the question now "
                    + "(\(error)); searching it by keywords instead.")
            }
            let all = self.entries
            let hits = keywords.search(query, k: all.count).filter { filter.admits(all[$0.index]) }.prefix(k)
            return hits.map { KnowledgeHit(entry: all[$0.index], score: $0.score) }
        }
        let entries = self.entries
        do {
            return try index.search(vector, k: k) { filter.admits(entries[$0]) }
                .map { KnowledgeHit(entry: entries[$0.row], score: Double($0.score)) }
        } catch .zeroVector {
            return []  // a query with no known word matches nothing
        } catch {
            throw .embedding("\(error)")
        }
    }
}

/// Whether the fallback note was given (shared by copies of an index).
private final class FallbackFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false

    /// True the first time only.
    func setOnce() -> Bool {
        lock.withLock {
            defer { set = true }
            return !set
        }
    }
}

extension KnowledgeEntry {
    /// The text an entry is embedded from: title and summary count twice, being what the entry is about.
    public var embeddingText: String {
        [title, title, summary, summary, tags.joined(separator: " "), subcategory ?? "", content].joined(separator: "\n")
    }
}
