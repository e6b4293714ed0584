import CadenceCore
import Foundation
import Testing
@testable import Knowledge

/// Retrieval quality on the labelled questions in Tests/Fixtures/kb-queries.json (phrased the way
/// runners talk), for the default embedder and for a plain BM25 baseline over the same entries.
struct RetrievalQualityTests {
    struct LabelledQuery: Decodable {
        let query: String
        let relevant: [String]
    }

    struct Scores {
        var recallAt3 = 0.0
        var reciprocalRank = 0.0

        /// recall@3: the share of a query's relevant entries found in the top 3; MRR: the mean of
        /// 1 / rank of the first relevant entry (0 when none is in the top 10).
        mutating func add(ranked: [String], relevant: [String], queries: Int) {
            let top3 = Set(ranked.prefix(3))
            recallAt3 += Double(relevant.filter(top3.contains).count) / Double(relevant.count) / Double(queries)
            if let rank = ranked.prefix(10).firstIndex(where: relevant.contains) {
                reciprocalRank += 1 / Double(rank + 1) / Double(queries)
            }
        }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func defaultEmbedderBeatsBM25OnRunnersQuestions() async throws {
        let files = try KnowledgeBaseFiles.load(from: Self.root.appendingPathComponent("KnowledgeBase"), now: 0)
        let queries = try JSONDecoder().decode([LabelledQuery].self,
                                               from: Data(contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/kb-queries.json")))
        #expect(queries.count >= 60)
        let slugs = Set(files.entries.map(\.id))
        for query in queries { #expect(query.relevant.allSatisfy(slugs.contains), "\(query.query)") }

        let embedder = HashingEmbedder(corpus: files.entries.map(\.embeddingText), lexicon: files.lexicon)
        let index = try await KnowledgeIndex(entries: files.entries, embedder: embedder)
        let bm25 = BM25Index(documents: files.entries.map(\.embeddingText))
        var embedded = Scores(), baseline = Scores()
        var misses: [String] = []
        for query in queries {
            let ranked = try await index.search(query.query, k: 10).map(\.entry.id)
            embedded.add(ranked: ranked, relevant: query.relevant, queries: queries.count)
            baseline.add(ranked: bm25.search(query.query, k: 10).map { files.entries[$0.index].id },
                         relevant: query.relevant, queries: queries.count)
            if !ranked.prefix(3).contains(where: query.relevant.contains) { misses.append(query.query) }
        }
        print(String(format: """
            retrieval quality over %d queries
            | method | recall@3 | MRR |
            |---|---|---|
            | default (%@) | %.3f | %.3f |
            | BM25 baseline | %.3f | %.3f |
            """, queries.count, embedder.identifier, embedded.recallAt3, embedded.reciprocalRank,
            baseline.recallAt3, baseline.reciprocalRank))
        print("no relevant entry in the top 3: \(misses)")
        #expect(embedded.recallAt3 > baseline.recallAt3)
        #expect(embedded.reciprocalRank > baseline.reciprocalRank)
        #expect(embedded.recallAt3 >= 0.7)
    }

    @Test func everyRequiredTopicHasItsEntry() throws {
        let files = try KnowledgeBaseFiles.load(from: Self.root.appendingPathComponent("KnowledgeBase"), now: 0)
        let required = """
            volume-progression-10-percent injury-history-conservative-progression easy-running-heart-rate polarized-80-20
            long-run-share-of-volume recovery-weeks taper-length-by-distance base-phase build-phase peak-phase
            threshold-training vo2max-intervals strides-and-repetitions hill-training marathon-pace-work
            vdot-and-training-paces heart-rate-zones acute-chronic-workload sleep-and-recovery hrv-readiness rest-days
            shin-splints it-band-syndrome plantar-fasciitis achilles-tendinopathy runners-knee stress-fractures-and-red-s
            strength-training-for-runners cadence-and-form masters-runners-recovery beginner-run-walk
            returning-after-injury fueling-long-runs hydration race-day-pacing heat-and-altitude mental-skills-motivation
            menstrual-cycle-and-training cross-training overtraining-warning-signs
            """.split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(required.count == 40)
        #expect(Set(required).subtracting(files.entries.map(\.id)).sorted() == [])
        #expect(files.entries.count >= 60)
        #expect(files.safeguards.count >= 15)
        #expect(Set(files.safeguards.map(\.category.rawValue)) == ["volume", "intensity", "frequency", "recovery", "safety"])
        for name in ["max_volume_increase_10_percent", "max_volume_increase_injury_history", "no_consecutive_hard_days",
                     "long_run_max_percentage", "minimum_rest_days", "age_50_plus_recovery"] {
            #expect(files.safeguards.contains { $0.name == name }, "seed safeguard \(name)")
        }
    }
}
