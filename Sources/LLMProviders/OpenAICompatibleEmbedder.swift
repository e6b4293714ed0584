import CadenceCore
import Foundation
import LLM

/// Embeddings from an OpenAI-compatible `POST {baseURL}/embeddings` endpoint (OpenAI, Ollama,
/// llama.cpp, vLLM), as an alternative to the offline default. It goes through
/// `ProviderTransport`, so it shares the chat clients' retries, error mapping and redaction.
///
/// A CPU server may need minutes for a big batch, so the batch size and the time one batch may
/// take (retries included) are settings, and `connect` learns the dimensions from a one-text
/// request before any big batch is sent.
public struct OpenAICompatibleEmbedder: Embedder {
    /// Texts per request: small enough that a CPU server answers each batch well within the timeout.
    public static let defaultBatchSize = 8
    /// The most one batch may take, retries included.
    public static let defaultTimeout: Duration = .seconds(300)

    public let model: String
    public let dimensions: Int
    public let baseURL: URL
    public let batchSize: Int
    public let timeout: Duration
    /// Called after each batch with (texts embedded so far, texts asked for).
    public var progress: (@Sendable (Int, Int) -> Void)?
    let apiKey: String?
    private let transport: ProviderTransport

    public var identifier: String { "openai-compatible:\(model)" }

    public var origin: EmbedderOrigin? {
        EmbedderOrigin(provider: "openai", model: model, baseURL: EmbedderOrigin.displayURL(baseURL), dimensions: dimensions)
    }

    /// An embedder whose dimensions are known (from an index it built, say); `connect` learns them.
    public init(baseURL: URL, apiKey: String?, model: String, dimensions: Int, http: any HTTPClient,
                batchSize: Int = Self.defaultBatchSize, timeout: Duration = Self.defaultTimeout,
                retry: RetryPolicy? = nil) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.model = model
        self.dimensions = dimensions
        self.batchSize = max(1, batchSize)
        self.timeout = timeout
        let host = baseURL.host ?? baseURL.absoluteString
        let identity = ProviderIdentity(
            name: host == "api.openai.com" ? "OpenAI's embeddings API" : "the embeddings server at \(host)",
            keyHint: "Set OPENAI_API_KEY (or CADENCE_API_KEY) or run `cadence keys set openai`")
        transport = ProviderTransport(http: http, retry: retry ?? RetryPolicy(budget: timeout), identity: identity,
                                      secrets: apiKey.map { [$0] } ?? [])
    }

    /// Sends one short text to learn how many dimensions `model` returns, before any big batch.
    /// With `expectedDimensions`, a different answer is an error that says what to pass.
    public static func connect(baseURL: URL, apiKey: String?, model: String, expectedDimensions: Int? = nil,
                               http: any HTTPClient, batchSize: Int = defaultBatchSize,
                               timeout: Duration = defaultTimeout, retry: RetryPolicy? = nil) async throws -> OpenAICompatibleEmbedder {
        let probe = OpenAICompatibleEmbedder(baseURL: baseURL, apiKey: apiKey, model: model, dimensions: 0, http: http,
                                             batchSize: 1, timeout: timeout, retry: retry)
        guard let learned = try await probe.request(["dimension check"]).first?.count, learned > 0 else {
            throw LLMError(.invalidResponse, "\(probe.transport.identity.name.capitalizedFirst) returned an empty embedding for \(model).")
        }
        if let expectedDimensions, expectedDimensions != learned {
            throw LLMError(.configuration, "\(model) returns \(learned) dimensions, not the \(expectedDimensions) asked for; "
                + "pass --dimensions \(learned), or leave the option out to use what the server returns.")
        }
        return OpenAICompatibleEmbedder(baseURL: baseURL, apiKey: apiKey, model: model, dimensions: learned, http: http,
                                        batchSize: batchSize, timeout: timeout, retry: retry)
    }

    public func embed(_ texts: [String]) async throws -> [[Float]] {
        var vectors: [[Float]] = []
        vectors.reserveCapacity(texts.count)
        for start in stride(from: 0, to: texts.count, by: batchSize) {
            let batch = Array(texts[start..<min(start + batchSize, texts.count)])
            let computed = try await request(batch)
            for vector in computed where vector.count != dimensions {
                throw LLMError(.invalidResponse, "\(model) returned \(vector.count) dimensions in the middle of indexing, "
                    + "after \(dimensions) at first. Check that nothing else is changing the server's model.")
            }
            vectors += computed
            progress?(vectors.count, texts.count)
        }
        return vectors
    }

    /// One `/embeddings` request: the vectors in input order.
    private func request(_ texts: [String]) async throws -> [[Float]] {
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json")]
        if let apiKey { headers.append(("Authorization", "Bearer \(apiKey)")) }
        let body: JSONValue = ["model": .string(model), "input": .array(texts.map { .string($0) })]
        let http = HTTPRequest(url: baseURL.appendingPathComponent("embeddings"), headers: headers, body: body.requestData,
                               connectTimeout: timeout, idleTimeout: timeout)
        let name = transport.identity.name
        let data: Data
        do {
            let (response, _) = try await transport.send(http, onRetry: { _ in })
            data = try await response.collectBody()
        } catch var error as LLMError where error.kind == .timeout {
            error.message += " (a batch of \(texts.count) text\(texts.count == 1 ? "" : "s") with a \(ProviderTransport.seconds(timeout)) limit: "
                + "pass a larger --timeout or a smaller --batch-size for a slow server)"
            throw error
        }
        guard let json = try? ByteJSONParser.parse(String(decoding: data, as: UTF8.self)), let items = json["data"]?.arrayValue else {
            throw LLMError(.invalidResponse, "\(name.capitalizedFirst)'s answer has no `data` list of embeddings. Check that the base URL points at an OpenAI-compatible API (with /v1).")
        }
        guard items.count == texts.count else {
            throw LLMError(.invalidResponse, "\(name.capitalizedFirst) returned \(items.count) embeddings for \(texts.count) texts.")
        }
        // Results carry an index; order by it rather than trusting the array order.
        var vectors = [[Float]?](repeating: nil, count: texts.count)
        for item in items {
            guard let index = item["index"]?.intValue ?? (items.count == 1 ? 0 : nil), vectors.indices.contains(index), vectors[index] == nil,
                  let values = item["embedding"]?.arrayValue else {
                throw LLMError(.invalidResponse, "\(name.capitalizedFirst) returned an embedding without a valid `index` or `embedding` list.")
            }
            var vector: [Float] = []
            vector.reserveCapacity(values.count)
            for value in values {
                guard let number = value.doubleValue, number.isFinite, abs(number) <= Double(Float.greatestFiniteMagnitude) else {
                    throw LLMError(.invalidResponse, "\(name.capitalizedFirst) returned an embedding with something other than numbers in it.")
                }
                vector.append(Float(number))
            }
            vectors[index] = vector
        }
        return vectors.map { $0 ?? [] }
    }
}
