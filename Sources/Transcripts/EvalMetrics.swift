import Agent
import CadenceCore
import Foundation
import LLM
import GuidedInterview

/// One conversation of a case: its checks, score and metrics.
public struct EvalRun: Sendable {
    public var record: ConversationRecord
    public var assertions: [AssertionResult] = []
    public var score = 0.0
    public var metrics = EvalMetrics()
    public var wallMs = 0

    public init(record: ConversationRecord) { self.record = record }
}

/// What a conversation cost and achieved, as numbers (means, over repeated runs).
public struct EvalMetrics: Codable, Sendable, Equatable {
    /// Expected fields that were right / expected fields.
    public var slotCompletion: Double?
    public var turns: Double = 0
    /// Runner turns until the profile was ready for a plan (nil: never).
    public var turnsToCompletion: Double?
    /// Coach replies that asked again what their previous reply asked / replies that asked something.
    public var clarifyingQuestionRate: Double?
    public var toolCalls: Double = 0
    /// Tool calls the handlers accepted / tool calls made.
    public var toolPrecision: Double?
    /// Safeguard applications on the final plan.
    public var safeguardTrips: Double = 0
    public var inputTokens: Double = 0
    public var outputTokens: Double = 0
    /// Nil when the model's price is unknown.
    public var costUSD: Double?
    public var maxLatencyMs: Double = 0
    public var wallMs: Double = 0

    public init() {}

    init(record: ConversationRecord, assertions: [AssertionResult], prices: PriceTable, model: String, wallMs: Int) {
        let fields = assertions.filter { $0.group == "fields" }
        slotCompletion = fields.isEmpty ? nil : Double(fields.filter { $0.passed == true }.count) / Double(fields.count)
        turns = Double(record.turns)
        turnsToCompletion = record.turnsToCompletion.map(Double.init)
        clarifyingQuestionRate = Self.clarifyingRate(record.replies)
        let outcomes = record.toolOutcomes
        toolCalls = Double(outcomes.count)
        toolPrecision = outcomes.isEmpty ? nil : Double(outcomes.filter(\.ok).count) / Double(outcomes.count)
        safeguardTrips = Double(record.plan.safeguardTrips)
        let usage = Self.usage(record)
        inputTokens = Double(usage.totalInputTokens)
        outputTokens = Double(usage.outputTokens)
        costUSD = Self.cost(record, prices: prices, model: model)
        maxLatencyMs = Double(Self.latencies(record).max() ?? 0)
        self.wallMs = Double(wallMs)
    }

    static func usage(_ record: ConversationRecord) -> TokenUsage {
        var total = TokenUsage()
        for case .modelResponse(let response) in record.events { total += response.usage }
        return total
    }

    /// The coach's cost; the offline interviewer is free.
    static func cost(_ record: ConversationRecord, prices: PriceTable, model: String) -> Double? {
        if model == GuidedInterviewer.modelName { return 0 }
        return prices.cost(of: usage(record), model: model)
    }

    static func latencies(_ record: ConversationRecord) -> [Int] {
        record.events.compactMap { event in
            guard case .modelResponse(let response) = event else { return nil }
            return response.latencyMs
        }
    }

    /// A reply that asks about something its previous reply asked about had to ask again.
    static func clarifyingRate(_ replies: [String]) -> Double? {
        var asking = 0, again = 0
        var previous: [PersonaTopic] = []
        for reply in replies {
            let topics = PersonaTopic.asked(in: reply)
            if reply.contains("?") { asking += 1 }
            if !topics.isEmpty, topics.contains(where: previous.contains) { again += 1 }
            previous = topics
        }
        return asking == 0 ? nil : Double(again) / Double(asking)
    }

    /// The mean of each metric over runs (a metric missing in a run is left out of its mean).
    static func mean(_ all: [EvalMetrics]) -> EvalMetrics {
        guard all.count > 1 else { return all.first ?? EvalMetrics() }
        func average(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(values.count, 1)) }
        func optional(_ values: [Double?]) -> Double? {
            let present = values.compactMap { $0 }
            return present.isEmpty ? nil : average(present)
        }
        var mean = EvalMetrics()
        mean.slotCompletion = optional(all.map(\.slotCompletion))
        mean.turns = average(all.map(\.turns))
        mean.turnsToCompletion = optional(all.map(\.turnsToCompletion))
        mean.clarifyingQuestionRate = optional(all.map(\.clarifyingQuestionRate))
        mean.toolCalls = average(all.map(\.toolCalls))
        mean.toolPrecision = optional(all.map(\.toolPrecision))
        mean.safeguardTrips = average(all.map(\.safeguardTrips))
        mean.inputTokens = average(all.map(\.inputTokens))
        mean.outputTokens = average(all.map(\.outputTokens))
        mean.costUSD = all.contains { $0.costUSD == nil } ? nil : average(all.compactMap(\.costUSD))
        mean.maxLatencyMs = all.map(\.maxLatencyMs).max() ?? 0
        mean.wallMs = average(all.map(\.wallMs))
        return mean
    }
}
