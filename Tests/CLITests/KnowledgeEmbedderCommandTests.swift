import CadenceCore
import CadenceTestSupport
import Foundation
import Testing

/// `cadence kb` with a remote embedder, as a subprocess against a loopback server speaking
/// OpenAI's `POST /v1/embeddings`.
@Suite("cadence kb with a remote embedder", .serialized)
struct KnowledgeEmbedderCommandTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/KnowledgeBaseSample").path
    static let key = "sk-kb-SECRET-abcdef0123456789"

    /// Five dimensions: counts of a few words in each input.
    static func server() throws -> ScriptedHTTPServer {
        try ScriptedHTTPServer { request, _ in
            let inputs = request.json?["input"]?.arrayValue?.compactMap(\.stringValue) ?? []
            let words = ["shin", "easy", "taper", "race", "slow"]
            let data: [JSONValue] = inputs.enumerated().map { index, text in
                let vector = words.map { JSONValue.number(Double(text.lowercased().components(separatedBy: $0).count - 1) + 0.01) }
                return ["object": "embedding", "index": .number(Double(index)), "embedding": .array(vector)]
            }
            return .json(#"{"object":"list","data":\#(JSONValue.array(data).jsonString)}"#)
        }
    }

    static func inputCounts(_ server: ScriptedHTTPServer) -> [Int] {
        server.requests.map { $0.json?["input"]?.arrayValue?.count ?? -1 }
    }

    @Test("index remotely in batches, search with the same embedder, refuse an offline rebuild, fall back to keywords")
    func remoteIndexLifecycle() throws {
        let server = try Self.server()
        let cli = try CadenceBinary(environment: ["OPENAI_API_KEY": Self.key])
        let remote = ["--embedder", "openai", "--embedding-base-url", server.baseURL.absoluteString + "/v1", "--embedding-model", "test-embed"]

        // A wrong --dimensions: said once, after one small request, before any batch.
        let wrong = try cli.run(["kb", "index", "--dir", Self.sample] + remote + ["--dimensions", "1536"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("pass --dimensions 5"), "\(wrong.stderr)")
        #expect(wrong.stderr.components(separatedBy: "dimensions").count <= 4)
        #expect(!wrong.stderr.contains("could not compute embeddings: could not compute embeddings"))
        #expect(Self.inputCounts(server) == [1])

        let indexed = try cli.run(["kb", "index", "--dir", Self.sample, "--batch-size", "2", "--json"] + remote)
        #expect(indexed.status == 0, "\(indexed.stderr)")
        #expect(indexed.value?["embeddingModel"] == "openai-compatible:test-embed")
        #expect(Self.inputCounts(server) == [1, 1, 2, 1])
        #expect(server.requests.allSatisfy { $0.header("authorization") == "Bearer \(Self.key)" })

        let offline = try cli.run("kb", "index", "--dir", Self.sample, "--embedder", "offline")
        #expect(offline.status == 1)
        #expect(offline.stderr.contains("--replace-remote-index"), "\(offline.stderr)")

        // No --embedder: the query is embedded by the server that built the index.
        let before = server.requests.count
        let search = try cli.run("kb", "search", "sore shin", "--dir", Self.sample, "-k", "1", "--json")
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.value?["results"]?.arrayValue?.first?["id"] == "shin-splints")
        #expect(server.requests.count == before + 1)

        // The server gone: keyword search over what is stored, said once, and nothing re-embedded.
        server.stop()
        let fallback = try cli.run("kb", "search", "shin splints", "--dir", Self.sample, "-k", "1", "--json")
        #expect(fallback.status == 0, "\(fallback.stderr)")
        #expect(fallback.value?["results"]?.arrayValue?.first?["id"] == "shin-splints")
        #expect(fallback.stderr.components(separatedBy: "by keywords").count == 2, "\(fallback.stderr)")
        #expect(!fallback.stderr.contains(Self.key))

        let replaced = try cli.run("kb", "index", "--dir", Self.sample, "--embedder", "offline", "--replace-remote-index", "--json")
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.value?["embeddingModel"]?.stringValue?.hasPrefix("cadence-hashing") == true)
    }

    @Test("--batch-size and --timeout are checked")
    func badOptions() throws {
        let cli = try CadenceBinary()
        #expect(try cli.run("kb", "index", "--dir", Self.sample, "--batch-size", "0").status == 2)
        #expect(try cli.run("kb", "index", "--dir", Self.sample, "--timeout", "-1").status == 2)
        #expect(try cli.run("kb", "index", "--dir", Self.sample, "--dimensions", "5").status == 2)
    }
}
