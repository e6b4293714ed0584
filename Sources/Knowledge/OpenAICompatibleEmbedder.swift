import CadenceCore
import Foundation
import LLM

/// Embeddings from an OpenAI-compatible `POST {baseURL}/embeddings` endpoint (OpenAI, Ollama,
/// llama.cpp, vLLM), as an alternative to the offline default. Its identifier
/// (`openai-compatible:MODEL`) is stored with each embedding, so switching embedders re-embeds.
public struct OpenAICompatibleEmbedder: Embedder {
    public let model: String
    public let dimensions: Int
    let baseURL: URL
    let apiKey: String?
    let http: any HTTPClient
    /// Texts per request.
    let batchSize = 64

    public var identifier: String { "openai-compatible:\(model)" }

    public init(baseURL: URL, apiKey: String?, model: String, dimensions: Int, http: any HTTPClient) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.model = model
        self.dimensions = dimensions
        self.http = http
    }

    public func embed(_ texts: [String]) async throws -> [[Float]] {
        var vectors: [[Float]] = []
        for start in stride(from: 0, to: texts.count, by: batchSize) {
            vectors += try await embedBatch(Array(texts[start..<min(start + batchSize, texts.count)]))
        }
        return vectors
    }

    private func embedBatch(_ texts: [String]) async throws -> [[Float]] {
        var headers: [(name: String, value: String)] = [("content-type", "application/json")]
        if let apiKey { headers.append(("authorization", "Bearer \(apiKey)")) }
        let body: JSONValue = ["model": .string(model), "input": .array(texts.map { .string($0) })]
        let request = HTTPRequest(url: baseURL.appendingPathComponent("embeddings"), headers: headers,
                                  body: Data(body.jsonString.utf8), connectTimeout: .seconds(60), idleTimeout: .seconds(60))
        let response = try await http.send(request)
        let data = try await response.collectBody()
        let secrets = apiKey.map { [$0] } ?? []
        guard (200..<300).contains(response.status) else {
            let detail = (try? JSONValue(parsing: String(decoding: data, as: UTF8.self)))?["error"]?["message"]?.stringValue
                ?? "HTTP \(response.status)"
            throw KnowledgeError.embedding(Redaction.redact("the embeddings server answered \(response.status): \(detail)", secrets: secrets))
        }
        guard let json = try? JSONValue(parsing: String(decoding: data, as: UTF8.self)), let items = json["data"]?.arrayValue else {
            throw KnowledgeError.embedding("the embeddings server's answer has no `data` list")
        }
        // Results carry an index; order by it rather than trusting the array order.
        let ordered = items.sorted { ($0["index"]?.doubleValue ?? 0) < ($1["index"]?.doubleValue ?? 0) }
        let vectors = try ordered.map { item -> [Float] in
            guard let values = item["embedding"]?.arrayValue?.compactMap(\.doubleValue) else {
                throw KnowledgeError.embedding("an item of the embeddings answer has no `embedding` list of numbers")
            }
            return values.map(Float.init)
        }
        guard vectors.count == texts.count else {
            throw KnowledgeError.embedding("asked for \(texts.count) embeddings, got \(vectors.count)")
        }
        for vector in vectors where vector.count != dimensions {
            throw KnowledgeError.embedding("\(model) returned \(vector.count) dimensions, expected \(dimensions); pass --dimensions \(vector.count)")
        }
        return vectors
    }
}
