import Foundation

/// Prices in US dollars per million tokens.
public struct ModelPrice: Sendable, Hashable, Codable {
    public var input: Double
    public var output: Double
    public var cacheRead: Double?
    public var cacheWrite: Double?

    public init(input: Double, output: Double, cacheRead: Double? = nil, cacheWrite: Double? = nil) {
        self.input = input
        self.output = output
        self.cacheRead = cacheRead
        self.cacheWrite = cacheWrite
    }
}

/// Model prices, keyed by model name or name prefix (the longest matching key wins, so
/// `claude-sonnet-4-20250514` finds `claude-sonnet-4`). A model with no entry has unknown cost.
///
/// File format (`$CADENCE_HOME/prices.json`), entries override the defaults:
/// `{"models": {"my-model": {"input": 1.0, "output": 2.0, "cacheRead": 0.1, "cacheWrite": 1.25}}}`
public struct PriceTable: Sendable, Hashable, Codable {
    public var models: [String: ModelPrice]

    public init(models: [String: ModelPrice]) { self.models = models }

    /// List prices at the time of writing; edit `prices.json` when they change.
    public static let defaults = PriceTable(models: [
        "gpt-4o": ModelPrice(input: 2.50, output: 10.00, cacheRead: 1.25),
        "gpt-4o-mini": ModelPrice(input: 0.15, output: 0.60, cacheRead: 0.075),
        "gpt-4.1": ModelPrice(input: 2.00, output: 8.00, cacheRead: 0.50),
        "gpt-4.1-mini": ModelPrice(input: 0.40, output: 1.60, cacheRead: 0.10),
        "gpt-4.1-nano": ModelPrice(input: 0.10, output: 0.40, cacheRead: 0.025),
        "o3-mini": ModelPrice(input: 1.10, output: 4.40, cacheRead: 0.55),
        "o4-mini": ModelPrice(input: 1.10, output: 4.40, cacheRead: 0.275),
        "claude-opus-4": ModelPrice(input: 15.00, output: 75.00, cacheRead: 1.50, cacheWrite: 18.75),
        "claude-sonnet-4": ModelPrice(input: 3.00, output: 15.00, cacheRead: 0.30, cacheWrite: 3.75),
        "claude-3-7-sonnet": ModelPrice(input: 3.00, output: 15.00, cacheRead: 0.30, cacheWrite: 3.75),
        "claude-3-5-sonnet": ModelPrice(input: 3.00, output: 15.00, cacheRead: 0.30, cacheWrite: 3.75),
        "claude-haiku-4-5": ModelPrice(input: 1.00, output: 5.00, cacheRead: 0.10, cacheWrite: 1.25),
        "claude-3-5-haiku": ModelPrice(input: 0.80, output: 4.00, cacheRead: 0.08, cacheWrite: 1.00),
    ])

    /// The defaults with the entries of the file at `url` laid over them; the defaults alone
    /// when the file does not exist. A malformed file is an error, not silently ignored.
    public static func load(from url: URL) throws -> PriceTable {
        guard FileManager.default.fileExists(atPath: url.path) else { return .defaults }
        let data = try Data(contentsOf: url)
        let file: PriceTable
        do {
            file = try JSONDecoder().decode(PriceTable.self, from: data)
        } catch {
            throw LLMError(.configuration, "The price table \(url.path) is not valid JSON of the form "
                + "{\"models\": {\"NAME\": {\"input\": 1.0, \"output\": 2.0}}} (US dollars per million tokens). Fix or delete it.")
        }
        return PriceTable(models: defaults.models.merging(file.models) { _, user in user })
    }

    public func price(for model: String) -> ModelPrice? {
        if let exact = models[model] { return exact }
        let match = models.keys.filter { model.hasPrefix($0 + "-") || model.hasPrefix($0 + ":") }.max { $0.count < $1.count }
        return match.flatMap { models[$0] }
    }

    /// Cost in US dollars, or nil when the model's price is unknown.
    public func cost(of usage: TokenUsage, model: String) -> Double? {
        guard let price = price(for: model) else { return nil }
        let perToken = 1.0 / 1_000_000
        return (Double(usage.inputTokens) * price.input
            + Double(usage.outputTokens) * price.output
            + Double(usage.cacheReadTokens) * (price.cacheRead ?? price.input)
            + Double(usage.cacheWriteTokens) * (price.cacheWrite ?? price.input)) * perToken
    }
}

/// Adds up usage and cost over a session. Cost stays unknown (nil) once any request used a
/// model without a price.
public struct UsageMeter: Sendable, Hashable {
    public private(set) var total = TokenUsage()
    public private(set) var requests = 0
    public private(set) var cost: Double? = 0
    public let prices: PriceTable

    public init(prices: PriceTable = .defaults) { self.prices = prices }

    /// Records one request and returns its cost (nil when unknown).
    @discardableResult
    public mutating func record(_ usage: TokenUsage, model: String) -> Double? {
        requests += 1
        total += usage
        let requestCost = prices.cost(of: usage, model: model)
        if let requestCost, let running = cost {
            cost = running + requestCost
        } else {
            cost = nil
        }
        return requestCost
    }
}
