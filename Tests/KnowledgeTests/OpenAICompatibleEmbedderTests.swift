import CadenceCore
import CadenceTestSupport
import Foundation
import LLMProviders
import Store
import Testing
@testable import Knowledge

/// The embeddings client against a loopback server speaking OpenAI's /embeddings protocol.
@Suite(.serialized)
struct OpenAICompatibleEmbedderTests {
    static let key = "sk-embed-SECRET-1234567890"

    /// A server that embeds each input as counts of a few words, so similar texts get similar vectors.
    static func server() throws -> ScriptedHTTPServer {
        try ScriptedHTTPServer { request, _ in
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

    @Test func indexesAndSearchesWithTheRemoteEmbedder() async throws {
        let server = try Self.server()
        let embedder = OpenAICompatibleEmbedder(baseURL: server.baseURL.appendingPathComponent("v1"), apiKey: Self.key,
                                                model: "test-embed", dimensions: 5, http: URLSessionHTTPClient())
        let database = try AppDatabase.inMemory()
        let base = KnowledgeBase(database: database, directory: KnowledgeBaseFilesTests.sample, now: 0, embedder: embedder)
        let (index, summary) = try await base.sync()
        #expect(summary.embedded == 3)
        #expect(try database.knowledgeEntries().allSatisfy { $0.embeddingModel == "openai-compatible:test-embed" && $0.embedding?.count == 5 })
        #expect(try await index.search("my shin", k: 1).first?.entry.id == "shin-splints")
        let request = try #require(server.requests.first)
        #expect(request.path == "/v1/embeddings")
        #expect(request.header("authorization") == "Bearer \(Self.key)")
        #expect(request.json?["model"] == "test-embed")

        // Unchanged files: nothing is sent again.
        let before = server.requests.count
        _ = try await KnowledgeBase(database: database, directory: KnowledgeBaseFilesTests.sample, now: 0, embedder: embedder).sync()
        #expect(server.requests.count == before)
    }

    @Test func serverErrorsAreClearAndChangeNothing() async throws {
        let server = try ScriptedHTTPServer(responses: [
            .json(status: 401, #"{"error":{"message":"Incorrect API key provided: \#(Self.key)","type":"invalid_request_error"}}"#),
        ])
        let embedder = OpenAICompatibleEmbedder(baseURL: server.baseURL.appendingPathComponent("v1"), apiKey: Self.key,
                                                model: "test-embed", dimensions: 5, http: URLSessionHTTPClient())
        let database = try AppDatabase.inMemory()
        await #expect {
            _ = try await KnowledgeBase(database: database, directory: KnowledgeBaseFilesTests.sample, now: 0, embedder: embedder).sync()
        } throws: { error in
            "\(error)".contains("answered 401") && !"\(error)".contains(Self.key)
        }
        #expect(try database.knowledgeEntries().isEmpty)
    }
}
