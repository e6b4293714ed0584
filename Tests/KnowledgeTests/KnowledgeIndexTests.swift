import CadenceCore
import Foundation
import Store
import Testing
@testable import Knowledge

struct KnowledgeIndexTests {
    @Test func searchFindsByMeaningAndFilters() async throws {
        let files = try KnowledgeBaseFiles.load(from: KnowledgeBaseFilesTests.sample, now: 0)
        let embedder = HashingEmbedder(corpus: files.entries.map(\.embeddingText), lexicon: files.lexicon)
        let index = try await KnowledgeIndex(entries: files.entries, embedder: embedder)
        #expect(try await index.search("my shins ache", k: 1).map(\.entry.id) == ["shin-splints"])
        #expect(try await index.search("how slow should I go", k: 1).map(\.entry.id) == ["easy-running-heart-rate"])
        #expect(try await index.search("when to cut back before the race", k: 1).map(\.entry.id) == ["taper-length-by-distance"])

        // Applicability: the taper entry is for race goals and experienced runners only.
        let beginner = try await index.search("taper before the race", k: 3, filter: KnowledgeFilter(experience: "beginner"))
        #expect(!beginner.map(\.entry.id).contains("taper-length-by-distance"))
        let health = try await index.search("taper", k: 3, filter: KnowledgeFilter(goal: "general_health"))
        #expect(health.map(\.entry.id) == ["easy-running-heart-rate"])
        let physiology = try await index.search("shins", k: 3, filter: KnowledgeFilter(category: "physiology"))
        #expect(physiology.allSatisfy { $0.entry.category == .physiology })
        #expect(try await index.search("zzzz qqqq", k: 3) == [])
    }

    @Test func syncStoresEmbeddingsAndRecomputesOnlyWhatChanged() async throws {
        let folder = try KnowledgeBaseFilesTests.copyOfSample()
        let database = try AppDatabase.inMemory()
        let base = KnowledgeBase(database: database, directory: folder, now: 1000)
        let (index, first) = try await base.sync()
        #expect(first.added == 3 && first.embedded == 3 && first.safeguards == 2)
        let stored = try database.knowledgeEntries()
        #expect(stored.allSatisfy { $0.embeddingModel == index.embedder.identifier && $0.embedding?.count == 2048 })
        #expect(try database.safeguards().map(\.name) == ["max_volume_increase_10_percent", "age_50_plus_recovery"])

        let again = try await KnowledgeBase(database: database, directory: folder, now: 2000).sync().1
        #expect(again.unchanged == 3 && again.embedded == 0 && again.updated == 0)
        #expect(try database.knowledgeEntries().allSatisfy { $0.updatedAt == 1000 })

        // Editing one entry changes the corpus the embedder is fitted to: one update, all re-embedded.
        let file = folder.appendingPathComponent("entries/shin-splints.md")
        try (try String(contentsOf: file, encoding: .utf8) + "\nCalf raises help.\n").write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("safeguards/age_50_plus_recovery.yaml"))
        let edited = try await KnowledgeBase(database: database, directory: folder, now: 3000).sync().1
        #expect(edited.updated == 1 && edited.unchanged == 2 && edited.embedded == 3)
        #expect(try database.knowledgeEntries().first { $0.id == "shin-splints" }?.content.contains("Calf raises") == true)
        #expect(try database.safeguards().map(\.name) == ["max_volume_increase_10_percent"])

        // Without the files, search runs from the database alone, with the same embedder.
        let offline = try await KnowledgeBase(database: database, directory: nil, now: 4000).index()
        #expect(offline.embedder.identifier == (try database.knowledgeEntries().first?.embeddingModel))
        #expect(try await offline.search("sore shins", k: 1).map(\.entry.id) == ["shin-splints"])
    }

    @Test func aBrokenFileChangesNothing() async throws {
        let folder = try KnowledgeBaseFilesTests.copyOfSample()
        let database = try AppDatabase.inMemory()
        _ = try await KnowledgeBase(database: database, directory: folder, now: 1000).sync()
        let before = try database.knowledgeEntries()
        try "not: [valid".write(to: folder.appendingPathComponent("safeguards/broken.yaml"), atomically: true, encoding: .utf8)
        await #expect(throws: KnowledgeError.self) {
            _ = try await KnowledgeBase(database: database, directory: folder, now: 2000).sync()
        }
        #expect(try database.knowledgeEntries() == before)
    }

    @Test func analyserStemsTheWaysRunnersWrite() {
        #expect(TextAnalyzer.terms("My shins hurt when running hills") == ["shin", "hurt", "run", "hill"])
        #expect(TextAnalyzer.terms("I've upped my mileage") == ["up", "mileage"])
        #expect(TextAnalyzer.terms("5k in 20:00") == ["5k", "20", "00"])
    }

    @Test func bm25RanksTheDocumentWithTheRareTerm() {
        let index = BM25Index(documents: ["easy running pace", "shin pain after running", "running running running"])
        // The rare term wins; among the rest, more occurrences in a document of the same length score higher.
        #expect(index.search("shin running", k: 3).map(\.index) == [1, 2, 0])
        #expect(index.search("nothing here", k: 3).isEmpty)
    }
}
