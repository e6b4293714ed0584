import CadenceCore
import CadenceTestSupport
import Foundation
import LLM
import LLMProviders
import Store
import Testing
@testable import Knowledge

/// The remote embedder and the index it builds, against a loopback server speaking OpenAI's
/// `POST /v1/embeddings` (`{"model","input":[…]}` → `{"object":"list","data":[{"index","embedding"}]}`).
@Suite(.serialized)
struct OpenAICompatibleEmbedderTests {
    static let key = "sk-embed-SECRET-1234567890"
    static let sample = KnowledgeBaseFilesTests.sample

    /// Embeds each input as counts of a few words, so similar texts get similar vectors; answers
    /// in reverse order, as the wire format allows (each item carries its index).
    static func server(delay: TimeInterval = 0) throws -> ScriptedHTTPServer {
        try ScriptedHTTPServer { request, _ in
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
            let inputs = request.json?["input"]?.arrayValue?.compactMap(\.stringValue) ?? []
            let words = ["shin", "easy", "taper", "race", "slow"]
            let data: [JSONValue] = inputs.enumerated().reversed().map { index, text in
                let lower = text.lowercased()
                let vector = words.map { JSONValue.number(Double(lower.components(separatedBy: $0).count - 1) + 0.01) }
                return ["object": "embedding", "index": .number(Double(index)), "embedding": .array(vector)]
            }
            return .json(#"{"object":"list","model":"test-embed","data":\#(JSONValue.array(data).jsonString)}"#)
        }
    }

    static func connect(_ server: ScriptedHTTPServer, expected: Int? = nil, batchSize: Int = 2,
                        timeout: Duration = .seconds(30)) async throws -> OpenAICompatibleEmbedder {
        try await OpenAICompatibleEmbedder.connect(baseURL: server.baseURL.appendingPathComponent("v1"), apiKey: key, model: "test-embed",
                                                   expectedDimensions: expected, http: CurlHTTPClient(), batchSize: batchSize,
                                                   timeout: timeout, retry: RetryPolicy.none)
    }

    static func inputCounts(_ server: ScriptedHTTPServer) -> [Int] {
        server.requests.map { $0.json?["input"]?.arrayValue?.count ?? -1 }
    }

    @Test("dimensions are learned from one text; the index is built in batches and remembers its embedder")
    func indexesInBatches() async throws {
        let server = try Self.server()
        let embedder = try await Self.connect(server)
        #expect(embedder.dimensions == 5)
        let database = try AppDatabase.inMemory()
        let (index, summary) = try await KnowledgeBase(database: database, directory: Self.sample, now: 0, embedder: embedder).sync()
        #expect(summary.embedded == 3)
        // One probe, then the three entries two at a time.
        #expect(Self.inputCounts(server) == [1, 2, 1])
        #expect(try database.knowledgeEntries().allSatisfy { $0.embeddingModel == "openai-compatible:test-embed" && $0.embedding?.count == 5 })
        #expect(try await index.search("my shin", k: 1).first?.entry.id == "shin-splints")
        let request = try #require(server.requests.first)
        #expect(request.path == "/v1/embeddings")
        #expect(request.header("authorization") == "Bearer \(Self.key)")
        #expect(request.json?["model"] == "test-embed")

        let origin = try #require(try KnowledgeBase.storedOrigin(in: database))
        #expect(origin == EmbedderOrigin(provider: "openai", model: "test-embed", baseURL: server.baseURL.absoluteString + "/v1", dimensions: 5))
        #expect(try database.knowledgeEmbedderOrigin()?.contains("SECRET") == false)

        // Unchanged files: nothing is embedded again.
        let before = server.requests.count
        _ = try await KnowledgeBase(database: database, directory: Self.sample, now: 0, embedder: embedder).sync()
        #expect(server.requests.count == before)
    }

    @Test("a --dimensions that does not match is said once, after one small request, and nothing is stored")
    func dimensionMismatchEarly() async throws {
        let server = try Self.server()
        let error = await #expect(throws: LLMError.self) { _ = try await Self.connect(server, expected: 1536) }
        #expect(error?.kind == .configuration)
        #expect(error?.message.contains("returns 5 dimensions, not the 1536") == true)
        #expect(error?.message.contains("pass --dimensions 5") == true)
        #expect(Self.inputCounts(server) == [1])
    }

    @Test("a server error reads 'could not compute embeddings:' once, without the key, and changes nothing")
    func serverErrorsAreClearAndChangeNothing() async throws {
        let server = try Self.server()
        let embedder = try await Self.connect(server)
        let failing = try ScriptedHTTPServer(responses: [
            .json(status: 401, #"{"error":{"message":"Incorrect API key provided: \#(Self.key)","type":"invalid_request_error"}}"#),
        ])
        let broken = OpenAICompatibleEmbedder(baseURL: failing.baseURL.appendingPathComponent("v1"), apiKey: Self.key, model: "test-embed",
                                              dimensions: embedder.dimensions, http: CurlHTTPClient(), retry: RetryPolicy.none)
        let database = try AppDatabase.inMemory()
        var message = ""
        do {
            _ = try await KnowledgeBase(database: database, directory: Self.sample, now: 0, embedder: broken).sync()
        } catch {
            message = "\(error)"
        }
        #expect(message.components(separatedBy: "could not compute embeddings:").count == 2, "\(message)")
        #expect(message.contains("401") || message.lowercased().contains("key"))
        #expect(!message.contains(Self.key))
        #expect(try database.knowledgeEntries().isEmpty)
        #expect(try database.knowledgeEmbedderOrigin() == nil)
    }

    @Test("a batch slower than the timeout fails with what to change")
    func slowBatchTimesOut() async throws {
        let server = try Self.server(delay: 5)
        let embedder = OpenAICompatibleEmbedder(baseURL: server.baseURL.appendingPathComponent("v1"), apiKey: nil, model: "test-embed",
                                                dimensions: 5, http: CurlHTTPClient(), batchSize: 8, timeout: .milliseconds(500))
        let error = await #expect(throws: LLMError.self) { _ = try await embedder.embed(["a", "b"]) }
        #expect(error?.kind == .timeout)
        #expect(error?.message.contains("--batch-size") == true)
        #expect(error?.message.contains("--timeout") == true)
    }

    @Test("answers with the wrong number of embeddings, or no numbers, are refused")
    func malformedAnswers() async throws {
        let server = try ScriptedHTTPServer(responses: [
            .json(#"{"object":"list","data":[{"index":0,"embedding":[1,2]}]}"#),
            .json(#"{"object":"list","data":[{"index":0,"embedding":["x",2]},{"index":1,"embedding":[1,2]}]}"#),
            .json(#"{"error":"no"}"#),
        ])
        let embedder = OpenAICompatibleEmbedder(baseURL: server.baseURL.appendingPathComponent("v1"), apiKey: nil, model: "m",
                                                dimensions: 2, http: CurlHTTPClient(), retry: RetryPolicy.none)
        for _ in 0..<3 {
            let error = await #expect(throws: LLMError.self) { _ = try await embedder.embed(["a", "b"]) }
            #expect(error?.kind == .invalidResponse)
        }
    }

    @Test("offline commands never overwrite a remote index silently; --replace-remote-index may")
    func offlineRefusesRemoteIndex() async throws {
        let server = try Self.server()
        let database = try AppDatabase.inMemory()
        _ = try await KnowledgeBase(database: database, directory: Self.sample, now: 0, embedder: try await Self.connect(server)).sync()

        await #expect {
            _ = try await KnowledgeBase(database: database, directory: Self.sample, now: 0).sync()
        } throws: { error in
            "\(error)".contains("--replace-remote-index") && "\(error)".contains("test-embed")
        }
        // index() without the embedder searches what is stored instead of re-embedding it.
        _ = try await KnowledgeBase(database: database, directory: Self.sample, now: 0).index()
        #expect(try database.knowledgeEntries().allSatisfy { $0.embeddingModel == "openai-compatible:test-embed" })

        let (index, _) = try await KnowledgeBase(database: database, directory: Self.sample, now: 0, replacingRemoteIndex: true).sync()
        #expect(index.embedder.origin == nil)
        #expect(try database.knowledgeEntries().allSatisfy { $0.embeddingModel?.hasPrefix("cadence-hashing") == true })
        #expect(try KnowledgeBase.storedOrigin(in: database) == nil)
    }

    @Test("queries on a remote index use its embedder; without it they fall back to keywords and say so once")
    func queriesUseTheStoredEmbedder() async throws {
        let server = try Self.server()
        let database = try AppDatabase.inMemory()
        _ = try await KnowledgeBase(database: database, directory: Self.sample, now: 0, embedder: try await Self.connect(server)).sync()
        let origin = try #require(try KnowledgeBase.storedOrigin(in: database))

        // The embedder rebuilt from what the index remembers: the query goes to the server.
        let stored = OpenAICompatibleEmbedder(baseURL: try #require(URL(string: origin.baseURL)), apiKey: Self.key, model: origin.model,
                                              dimensions: origin.dimensions, http: CurlHTTPClient())
        let before = server.requests.count
        let index = try await KnowledgeBase(database: database, directory: Self.sample, now: 0, embedder: stored).index()
        #expect(try await index.search("sore shin", k: 1).first?.entry.id == "shin-splints")
        #expect(server.requests.count == before + 1)
        #expect(server.requests.last?.json?["input"] == ["sore shin"])

        // The server gone: keywords, with one note for two searches.
        server.stop()
        let notes = NoteCollector()
        var offline = try await KnowledgeBase(database: database, directory: nil, now: 0, embedder: stored).index()
        offline.onFallback = { notes.add($0) }
        #expect(try await offline.search("shin splints pain", k: 2).first?.entry.id == "shin-splints")
        #expect(try await offline.search("taper before a race", k: 2).first?.entry.id == "taper-length-by-distance")
        #expect(notes.all.count == 1)
        #expect(notes.all.first?.contains("by keywords") == true)
        #expect(notes.all.first?.contains(Self.key) == false)
    }
}

final class NoteCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var notes: [String] = []
    var all: [String] { lock.withLock { notes } }
    func add(_ note: String) { lock.withLock { notes.append(note) } }
}
