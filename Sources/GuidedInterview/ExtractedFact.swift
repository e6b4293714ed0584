import CadenceCore

/// One fact the guided interviewer understood from a runner's message.
public struct ExtractedFact: Sendable, Equatable {
    /// Dotted runner path, e.g. `goals.raceDistance`.
    public let path: String
    /// Already canonical and valid for `RunnerField.named(path).validate`.
    public let value: JSONValue
    /// How to repeat it back: "half marathon (21.1 km)", "20 April 2027", "30 km a week".
    public let said: String

    public init(path: String, value: JSONValue, said: String) {
        self.path = path
        self.value = value
        self.said = said
    }
}

/// Everything understood from one message.
public struct Extraction: Sendable, Equatable {
    public var facts: [ExtractedFact]
    /// The runner declined to answer ("skip", "pass", "rather not say", "next").
    public var skipped: Bool
    /// A yes/no answer ("yes", "sure", "ok", "no", "not really"), or nil when the message is neither.
    public var affirmed: Bool?
    /// Days named as the ones run now ("4 times, always Tuesday, Thursday, Saturday and Sunday"), in week order: not
    /// the days free, but what "the same days" means later.
    public var daysRunNow: [String]

    public init(facts: [ExtractedFact] = [], skipped: Bool = false, affirmed: Bool? = nil, daysRunNow: [String] = []) {
        self.facts = facts
        self.skipped = skipped
        self.affirmed = affirmed
        self.daysRunNow = daysRunNow
    }

    /// The fact for a path, if one was understood.
    public func fact(_ path: String) -> ExtractedFact? {
        facts.first { $0.path == path }
    }
}
