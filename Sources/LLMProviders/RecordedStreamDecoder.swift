import Foundation
import LLM

/// Decodes a complete recorded event-stream body (a cassette, a captured response) into the
/// events a live stream would have produced, without any transport.
public enum RecordedStreamDecoder {
    public enum Wire: Sendable {
        case openAIChatCompletions
        case anthropicMessages
    }

    /// Events from `chunks` (network reads, split anywhere), ending with `.stop`, or throws the
    /// `LLMError` a live stream would have thrown.
    public static func decode<Chunks: Sequence>(_ chunks: Chunks, wire: Wire) throws -> [LLMEvent] where Chunks.Element == Data {
        let identity = ProviderIdentity(name: "the recording", keyHint: "")
        switch wire {
        case .openAIChatCompletions:
            return try decode(chunks, decoder: OpenAIStreamDecoder(provider: identity), identity: identity)
        case .anthropicMessages:
            return try decode(chunks, decoder: AnthropicStreamDecoder(provider: identity), identity: identity)
        }
    }

    private static func decode<Chunks: Sequence, Decoder: StreamEventDecoder>(
        _ chunks: Chunks, decoder: Decoder, identity: ProviderIdentity
    ) throws -> [LLMEvent] where Chunks.Element == Data {
        var decoder = decoder
        var parser = ServerSentEventParser()
        var events: [LLMEvent] = []
        for chunk in chunks {
            for event in parser.feed(chunk) {
                events += try decoder.decode(event)
                if decoder.isFinished { return events }
            }
        }
        do {
            try parser.finish()
        } catch {
            throw LLMError(.streamInterrupted, "The recording ends in the middle of an event.")
        }
        return events + (try decoder.finishAtEOF())
    }
}
