import CadenceCore
import CadenceTestSupport
import Foundation
import LLM
import Testing
@testable import LLMProviders

/// Issue 15: the context size a local server reports, over real loopback HTTP in its wire format.
struct ServerContextTests {
    static func probe(_ probe: ModelProvider.ContextProbe, _ responses: [ScriptedResponse]) async throws -> (Int?, [RecordedRequest]) {
        let server = try ScriptedHTTPServer(responses: responses)
        defer { server.stop() }
        let tokens = await ServerContext.contextTokens(probe, baseURL: server.baseURL.appendingPathComponent("v1"), model: "llama3.2",
                                                       http: CurlHTTPClient())
        return (tokens, server.requests)
    }

    @Test("llama.cpp: n_ctx from GET /props; anything else is unknown")
    func llamaCpp() async throws {
        let (tokens, requests) = try await Self.probe(.llamaCppProps, [.json(#"{"default_generation_settings":{"n_ctx":4096},"total_slots":1}"#)])
        #expect(tokens == 4096)
        #expect(requests.map(\.path) == ["/props"])
        #expect(try await Self.probe(.llamaCppProps, [.json(status: 404, #"{"error":"not found"}"#)]).0 == nil)
        #expect(try await Self.probe(.llamaCppProps, [.json(#"{"default_generation_settings":{"n_ctx":-1}}"#)]).0 == nil)
    }

    @Test("Ollama: the loaded model's context, else num_ctx from the Modelfile, else 4096 — never unbudgeted")
    func ollama() async throws {
        let loaded = try await Self.probe(.ollamaShow, [.json(#"{"models":[{"name":"llama3.2","model":"llama3.2","context_length":32768}]}"#)])
        #expect(loaded.0 == 32768)
        let shown = try await Self.probe(.ollamaShow, [.json(#"{"models":[]}"#),
                                                       .json(#"{"parameters":"stop \"<|eot_id|>\"\nnum_ctx 8192","model_info":{"llama.context_length":131072}}"#)])
        #expect(shown.0 == 8192)
        #expect(shown.1.map(\.path) == ["/api/ps", "/api/show"])
        #expect(shown.1.last?.json?["model"] == "llama3.2")
        let neither = try await Self.probe(.ollamaShow, [.json(status: 404, "{}"), .json(#"{"parameters":"temperature 0.7"}"#)])
        #expect(neither.0 == ServerContext.ollamaDefault)
    }
}
