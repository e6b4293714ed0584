// SSE parse + event decode throughput, and the delay from a chunk leaving the transport to its
// text delta reaching the consumer. Run: swift run -c release SSEBenchmark [MiB] [runs]
import CadenceCore
import Foundation
import LLM
import LLMProviders

/// Serves pre-built body chunks from memory, so only parsing and decoding are measured.
struct InMemoryHTTPClient: HTTPClient {
    let chunks: [Data]
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let chunks = self.chunks
        let body = AsyncThrowingStream<Data, Error> { continuation in
            for chunk in chunks { continuation.yield(chunk) }
            continuation.finish()
        }
        return HTTPResponse(status: 200, headers: ["content-type": "text/event-stream"], body: body)
    }
}

/// Hands chunks over one at a time, stamping the moment each one is handed to the client.
final class PacedHTTPClient: HTTPClient, @unchecked Sendable {
    let chunks: [Data]
    let lock = NSLock()
    var sentAt: [ContinuousClock.Instant] = []
    let acks: AsyncStream<Void>
    let ackContinuation: AsyncStream<Void>.Continuation

    init(chunks: [Data]) {
        self.chunks = chunks
        (acks, ackContinuation) = AsyncStream<Void>.makeStream()
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let (body, continuation) = AsyncThrowingStream<Data, Error>.makeStream()
        Task {
            var iterator = acks.makeAsyncIterator()
            for chunk in chunks {
                lock.withLock { sentAt.append(.now) }
                continuation.yield(chunk)
                if chunk.count > 20 { _ = await iterator.next() }  // wait until its delta arrived
            }
            continuation.finish()
        }
        return HTTPResponse(status: 200, headers: ["content-type": "text/event-stream"], body: body)
    }
}

func openAIStream(targetBytes: Int) -> (Data, Int) {
    var text = ""
    var count = 0
    let words = ["Easy ", "run ", "today, ", "keep ", "it ", "conversational — ", "zone 2 ", "🏃 "]
    while text.utf8.count < targetBytes {
        let chunk: JSONValue = [
            "id": "chatcmpl-AbCdEf0123456789", "object": "chat.completion.chunk", "created": 1_731_000_000,
            "model": "gpt-4o-2024-08-06", "system_fingerprint": "fp_0123456789", "usage": nil,
            "choices": [["index": 0, "delta": ["content": .string(words[count % words.count])], "logprobs": nil,
                         "finish_reason": nil]],
        ]
        text += "data: \(chunk.jsonString)\n\n"
        count += 1
    }
    text += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
    text += "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":\(count)}}\n\ndata: [DONE]\n\n"
    return (Data(text.utf8), count)
}

func anthropicStream(targetBytes: Int) -> (Data, Int) {
    var text = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}\n\n"
    text += "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
    var count = 0
    let words = ["Easy ", "run ", "today, ", "keep ", "it ", "conversational — ", "zone 2 ", "🏃 "]
    while text.utf8.count < targetBytes {
        let event: JSONValue = ["type": "content_block_delta", "index": 0,
                                "delta": ["type": "text_delta", "text": .string(words[count % words.count])]]
        text += "event: content_block_delta\ndata: \(event.jsonString)\n\n"
        count += 1
    }
    text += "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
    text += "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":\(count)}}\n\n"
    text += "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"
    return (Data(text.utf8), count)
}

/// Splits like a network would: 16 KiB reads, cutting lines and characters anywhere.
func networkChunks(_ data: Data, size: Int = 16 << 10) -> [Data] {
    stride(from: 0, to: data.count, by: size).map { data.subdata(in: $0..<min($0 + size, data.count)) }
}

func measure(_ label: String, bytes: Int, runs: Int, _ body: () async throws -> Int) async rethrows {
    var rates: [Double] = []
    var events = 0
    for _ in 0..<runs {
        let start = ContinuousClock.now
        events = try await body()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        rates.append(Double(bytes) / 1_048_576 / seconds)
    }
    rates.sort()
    let median = rates[rates.count / 2]
    print(String(format: "%-58@ median %8.1f MB/s  (min %.1f, max %.1f, %d runs, %d events)",
                 label as NSString, median, rates.first!, rates.last!, runs, events))
}

let arguments = CommandLine.arguments

// `SSEBench fetch curl|urlsession URL`: one streamed chat request through the real transport,
// for Benchmarks/http-wait-cpu.py (CPU while waiting, loopback throughput); prints the delta count.
if arguments.count == 4, arguments[1] == "fetch", let url = URL(string: arguments[3]) {
    let client: any HTTPClient = arguments[2] == "urlsession" ? URLSessionHTTPClient() : CurlHTTPClient()
    let model = OpenAICompatibleModel(baseURL: url, apiKey: nil, model: "bench", http: client, retry: .none,
                                      connectTimeout: .seconds(300), idleTimeout: .seconds(300))
    var deltas = 0
    for try await event in model.stream(LLMRequest(messages: [.user("hi")])) {
        if case .textDelta = event { deltas += 1 }
    }
    print(deltas)
    exit(0)
}
let mebibytes = arguments.count > 1 ? Int(arguments[1]) ?? 32 : 32
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let (openAI, openAIEvents) = openAIStream(targetBytes: mebibytes << 20)
let (anthropic, anthropicEvents) = anthropicStream(targetBytes: mebibytes << 20)
let openAIChunks = networkChunks(openAI)
let anthropicChunks = networkChunks(anthropic)
print("OpenAI stream \(openAI.count) bytes, \(openAIEvents) chunks; Anthropic stream \(anthropic.count) bytes, \(anthropicEvents) deltas; 16 KiB network chunks")

let request = LLMRequest(messages: [.user("hi")])

await measure("SSE parser only (OpenAI stream)", bytes: openAI.count, runs: runs) {
    var parser = ServerSentEventParser()
    var count = 0
    for chunk in openAIChunks { count += parser.feed(chunk).count }
    try! parser.finish()
    return count
}

await measure("peer: String lines + JSONSerialization (no SSE rules)", bytes: openAI.count, runs: runs) {
    // What a quick client does: decode the whole text, split on newlines, parse each data line.
    let text = String(decoding: openAI, as: UTF8.self)
    var count = 0
    for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("data: ") {
        let payload = line.dropFirst(6)
        if payload == "[DONE]" { continue }
        if let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any],
           let choices = object["choices"] as? [[String: Any]], let delta = choices.first?["delta"] as? [String: Any],
           delta["content"] is String {
            count += 1
        }
    }
    return count
}

await measure("parse + decode, OpenAI (RecordedStreamDecoder, no streams)", bytes: openAI.count, runs: runs) {
    try! RecordedStreamDecoder.decode(openAIChunks, wire: .openAIChatCompletions).count
}

await measure("parse + decode, Anthropic (RecordedStreamDecoder, no streams)", bytes: anthropic.count, runs: runs) {
    try! RecordedStreamDecoder.decode(anthropicChunks, wire: .anthropicMessages).count
}

try await measure("parse + decode, OpenAICompatibleModel.stream", bytes: openAI.count, runs: runs) {
    let model = OpenAICompatibleModel(apiKey: nil, model: "gpt-4o", http: InMemoryHTTPClient(chunks: openAIChunks), retry: .none)
    var count = 0
    for try await event in model.stream(request) { if case .textDelta = event { count += 1 } }
    return count
}

try await measure("parse + decode, AnthropicModel.stream", bytes: anthropic.count, runs: runs) {
    let model = AnthropicModel(apiKey: nil, model: "claude", http: InMemoryHTTPClient(chunks: anthropicChunks), retry: .none)
    var count = 0
    for try await event in model.stream(request) { if case .textDelta = event { count += 1 } }
    return count
}

// Latency: one SSE event per chunk, the next chunk sent only after the previous delta arrived.
func measureLatency(events: Int) async throws {
    var paced: [Data] = []
    for index in 0..<events {
        let chunk: JSONValue = ["id": "c", "object": "chat.completion.chunk",
                                "choices": [["index": 0, "delta": ["content": .string("w\(index) ")], "finish_reason": nil]]]
        paced.append(Data("data: \(chunk.jsonString)\n\n".utf8))
    }
    paced.append(Data("data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n".utf8))
    let client = PacedHTTPClient(chunks: paced)
    let model = OpenAICompatibleModel(apiKey: nil, model: "gpt-4o", http: client, retry: .none)
    var latencies: [Double] = []
    for try await event in model.stream(request) {
        guard case .textDelta = event else { continue }
        let now = ContinuousClock.now
        let sent = client.lock.withLock { client.sentAt[latencies.count] }
        let elapsed = now - sent
        latencies.append(Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12)
        client.ackContinuation.yield()
    }
    latencies.sort()
    func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
    print(String(format: "chunk handed to the client -> text delta at the consumer: p50 %.1f µs, p90 %.1f µs, p99 %.1f µs (%d chunks)",
                 percentile(0.5), percentile(0.9), percentile(0.99), latencies.count))
}

try await measureLatency(events: 2000)
