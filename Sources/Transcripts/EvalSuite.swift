import CadenceCore
import Foundation
import Yams

/// A folder of eval cases (`*.yaml`, one case per file) with optional suite settings in
/// `suite.yaml`: the pass threshold, the day the conversations happen on, a turn budget.
public struct EvalSuite: Sendable {
    public struct Settings: Decodable, Sendable {
        public var name: String?
        /// The minimum score (0…1) a case needs to pass, unless the case sets its own.
        public var threshold: Double?
        /// The day the conversations take place (YYYY-MM-DD), so "in 12 weeks" means the same on every run.
        public var today: String?
        /// Runner turns after which a conversation is stopped.
        public var maxTurns: Int?
    }

    public let name: String
    public let directory: URL
    public let threshold: Double
    public let today: Date
    public let maxTurns: Int
    public let cases: [EvalCase]

    public static let settingsFile = "suite.yaml"

    public init(name: String, directory: URL, threshold: Double = 1, today: Date, maxTurns: Int = 30, cases: [EvalCase]) {
        self.name = name
        self.directory = directory
        self.threshold = threshold
        self.today = today
        self.maxTurns = maxTurns
        self.cases = cases
    }

    /// Loads a suite folder (or a single case file). Every file is checked before anything runs,
    /// so a typo in case 12 is reported before case 1 spends tokens.
    public static func load(from url: URL, only names: [String] = []) throws(TranscriptError) -> EvalSuite {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw .suite(url.path, "no such file or folder; pass a suite folder such as evals/")
        }
        let folder = isFolder.boolValue ? url : url.deletingLastPathComponent()
        let settingsURL = folder.appendingPathComponent(settingsFile)
        var settings = Settings()
        if FileManager.default.fileExists(atPath: settingsURL.path) {
            settings = try decode(Settings.self, at: settingsURL)
        }
        let files: [URL]
        if isFolder.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            files = names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && $0 != settingsFile }.sorted()
                .map { url.appendingPathComponent($0) }
        } else {
            files = [url]
        }
        var cases: [EvalCase] = []
        for file in files {
            var evalCase = try decode(EvalCase.self, at: file)
            evalCase.file = file.lastPathComponent
            try evalCase.validate(file: file.path)
            guard !cases.contains(where: { $0.name == evalCase.name }) else {
                throw .suite(file.path, "another case is already named \"\(evalCase.name)\"; case names must be unique")
            }
            cases.append(evalCase)
        }
        if !names.isEmpty {
            let unknown = names.filter { name in !cases.contains { $0.name == name } }
            guard unknown.isEmpty else { throw .suite(url.path, "no case named \(unknown.joined(separator: ", "))") }
            cases = cases.filter { names.contains($0.name) }
        }
        guard !cases.isEmpty else { throw .suite(url.path, "holds no case files (*.yaml)") }
        let today: Date
        if let text = settings.today {
            guard text.count == 10, let millis = RunnerField.parseInstant(text) else { throw .suite(settingsURL.path, "today: \(text) is not a date (YYYY-MM-DD)") }
            today = Date(timeIntervalSince1970: Double(millis) / 1000)
        } else {
            today = Date(timeIntervalSince1970: 1_795_780_800)  // 2026-11-27: a fixed day keeps relative dates stable
        }
        if let threshold = settings.threshold, !(0...1).contains(threshold) {
            throw .suite(settingsURL.path, "threshold must be between 0 and 1")
        }
        return EvalSuite(name: settings.name ?? folder.lastPathComponent, directory: folder, threshold: settings.threshold ?? 1,
                         today: today, maxTurns: settings.maxTurns ?? 30, cases: cases)
    }

    static func decode<T: Decodable>(_ type: T.Type, at url: URL) throws(TranscriptError) -> T {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .suite(url.path, "cannot be read")
        }
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch let error as DecodingError {
            throw .suite(url.path, Self.describe(error))
        } catch {
            throw .suite(url.path, "is not valid YAML: \(error)")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func at(_ path: [CodingKey]) -> String {
            path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(at(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(at(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// One eval case: who the runner is (scripted turns or a persona) and what a good conversation
/// achieves (expectations).
public struct EvalCase: Decodable, Sendable {
    public var name: String
    public var description: String?
    /// This case's share of the suite score.
    public var weight: Double = 1
    /// Overrides the suite's pass threshold.
    public var threshold: Double?
    public var maxTurns: Int?
    /// What the runner says, turn by turn, whatever the coach asks.
    public var turns: [String]?
    /// A simulated runner who answers what the coach asks from their facts.
    public var persona: Persona?
    public var expect: Expectations = Expectations()
    /// Weight of each metric group (fields, tools, plan, turns, replies, cost, latency, rubric); default 1.
    public var weights: [String: Double] = [:]
    /// The file the case came from.
    public var file: String = ""

    enum CodingKeys: String, CodingKey { case name, description, weight, threshold, maxTurns, turns, persona, expect, weights }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        threshold = try container.decodeIfPresent(Double.self, forKey: .threshold)
        maxTurns = try container.decodeIfPresent(Int.self, forKey: .maxTurns)
        turns = try container.decodeIfPresent([String].self, forKey: .turns)
        persona = try container.decodeIfPresent(Persona.self, forKey: .persona)
        expect = try container.decodeIfPresent(Expectations.self, forKey: .expect) ?? Expectations()
        weights = try container.decodeIfPresent([String: Double].self, forKey: .weights) ?? [:]
    }

    /// Checks the case and brings persona facts and expected values to the runner object's form
    /// ("2027-04-20" → the stored instant, "1:45:00" → seconds).
    mutating func validate(file: String) throws(TranscriptError) {
        if (turns == nil) == (persona == nil) { throw .suite(file, "give either `turns` (scripted) or `persona`, not both or neither") }
        if let threshold, !(0...1).contains(threshold) { throw .suite(file, "threshold must be between 0 and 1") }
        if weight < 0 { throw .suite(file, "weight must not be negative") }
        for (group, value) in weights {
            guard EvalMetric.groups.contains(group) else {
                throw .suite(file, "weights.\(group) is not a metric; use \(EvalMetric.groups.joined(separator: ", "))")
            }
            if value < 0 { throw .suite(file, "weights.\(group) must not be negative") }
        }
        for path in expect.fields.keys where path != "legal.healthConsentAt" {
            guard (try? RunnerField.named(path)) != nil else { throw .suite(file, "\(path) is not a runner field (see `cadence runner fields`)") }
        }
        if var persona {
            for (path, value) in persona.facts {
                let field: RunnerField
                do { field = try RunnerField.named(path) } catch { throw .suite(file, "persona.facts: \(path) is not a runner field (see `cadence runner fields`)") }
                do {
                    persona.facts[path] = try field.validate(value)
                } catch {
                    throw .suite(file, "persona.facts.\(path): \(error)")
                }
            }
            self.persona = persona
        }
        for pattern in expect.replies.matches + expect.replies.notMatches {
            do { _ = try NSRegularExpression(pattern: pattern) } catch { throw .suite(file, "replies: /\(pattern)/ is not a regular expression") }
        }
        if let persona {
            for key in persona.answers.keys where !PersonaTopic.known(key) {
                throw .suite(file, "persona.answers.\(key) is not a topic; use a runner field path or \"consent\"")
            }
        }
    }
}

/// The runner a persona plays: what is true of them, how they talk, and what they say when asked.
public struct Persona: Decodable, Sendable {
    public enum Style: String, Decodable, Sendable {
        /// Just the value: "38", "Sunday".
        case terse
        /// Whole sentences.
        case chatty
        /// A non-answer the first time each thing is asked, the value when asked again.
        case vague
    }

    public enum Units: String, Decodable, Sendable { case metric, imperial }

    /// Runner field paths and their true values (the runner object's units: km, seconds).
    public var facts: [String: JSONValue] = [:]
    public var style: Style = .chatty
    public var units: Units = .metric
    /// Whether they agree to health data being kept (default yes).
    public var consent: Bool = true
    /// The first thing they say, before the coach asks anything.
    public var opening: String?
    /// What they say when asked about a topic (a field path, or "consent"): one answer, or
    /// answers used in turn each time it is asked; they override the facts.
    public var answers: [String: [String]] = [:]
    /// Things they say at a given turn instead of answering (changing their mind, say).
    public var interjections: [Interjection] = []
    /// Whether the persona's facts are checked as expected fields (default yes).
    public var checkFacts: Bool = true

    public struct Interjection: Decodable, Sendable {
        public var turn: Int
        public var say: String
    }

    enum CodingKeys: String, CodingKey { case facts, style, units, consent, opening, answers, interjections, checkFacts }

    public init(facts: [String: JSONValue] = [:], style: Style = .chatty, answers: [String: [String]] = [:]) {
        self.facts = facts
        self.style = style
        self.answers = answers
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        facts = try container.decodeIfPresent([String: JSONValue].self, forKey: .facts) ?? [:]
        style = try container.decodeIfPresent(Style.self, forKey: .style) ?? .chatty
        units = try container.decodeIfPresent(Units.self, forKey: .units) ?? .metric
        consent = try container.decodeIfPresent(Bool.self, forKey: .consent) ?? true
        opening = try container.decodeIfPresent(String.self, forKey: .opening)
        interjections = try container.decodeIfPresent([Interjection].self, forKey: .interjections) ?? []
        checkFacts = try container.decodeIfPresent(Bool.self, forKey: .checkFacts) ?? true
        // An answer is a string or a list of strings.
        let raw = try container.decodeIfPresent([String: StringOrList].self, forKey: .answers) ?? [:]
        answers = raw.mapValues(\.values)
    }

    struct StringOrList: Decodable {
        let values: [String]
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let one = try? container.decode(String.self) { values = [one] } else { values = try container.decode([String].self) }
        }
    }
}

/// What a good conversation achieves. Every part is optional.
public struct Expectations: Decodable, Sendable {
    /// Runner field path → expected value or matcher.
    public var fields: [String: FieldMatcher] = [:]
    public var tools: ToolExpectations = ToolExpectations()
    public var plan: PlanExpectations?
    /// The profile is ready for a plan after at most this many runner turns.
    public var turnsToCompletion: Int?
    public var replies: ReplyExpectations = ReplyExpectations()
    public var maxCostUSD: Double?
    /// The slowest model call may take at most this long.
    public var maxLatencyMs: Int?
    /// Graded by a model when one is configured; skipped otherwise.
    public var rubric: String?

    enum CodingKeys: String, CodingKey { case fields, tools, plan, turnsToCompletion, replies, maxCostUSD, maxLatencyMs, rubric }

    public init() {}

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fields = try container.decodeIfPresent([String: FieldMatcher].self, forKey: .fields) ?? [:]
        tools = try container.decodeIfPresent(ToolExpectations.self, forKey: .tools) ?? ToolExpectations()
        plan = try container.decodeIfPresent(PlanExpectations.self, forKey: .plan)
        turnsToCompletion = try container.decodeIfPresent(Int.self, forKey: .turnsToCompletion)
        replies = try container.decodeIfPresent(ReplyExpectations.self, forKey: .replies) ?? ReplyExpectations()
        maxCostUSD = try container.decodeIfPresent(Double.self, forKey: .maxCostUSD)
        maxLatencyMs = try container.decodeIfPresent(Int.self, forKey: .maxLatencyMs)
        rubric = try container.decodeIfPresent(String.self, forKey: .rubric)
    }
}

public struct ToolExpectations: Decodable, Sendable {
    public var used: [String] = []
    public var notUsed: [String] = []
    /// A call of `name` whose arguments include these (compared like fields).
    public var calls: [ExpectedCall] = []

    public struct ExpectedCall: Decodable, Sendable {
        public var name: String
        public var arguments: [String: FieldMatcher] = [:]
        enum CodingKeys: String, CodingKey { case name, arguments }
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            arguments = try container.decodeIfPresent([String: FieldMatcher].self, forKey: .arguments) ?? [:]
        }
    }

    public init() {}
    enum CodingKeys: String, CodingKey { case used, notUsed, calls }
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        used = try container.decodeIfPresent([String].self, forKey: .used) ?? []
        notUsed = try container.decodeIfPresent([String].self, forKey: .notUsed) ?? []
        calls = try container.decodeIfPresent([ExpectedCall].self, forKey: .calls) ?? []
    }
}

/// Checked on the plan the conversation made, or on one generated through the safeguard gate
/// for the final profile when it made none.
public struct PlanExpectations: Decodable, Sendable {
    /// A plan can be made (false: the profile must not be ready, or the gate must refuse).
    public var created: Bool = true
    /// No hard safeguard is violated by the final plan.
    public var hardSafeguardsHeld: Bool = true
    /// [min, max] km for the biggest week.
    public var peakWeeklyVolume: [Double]?
    public var longRunDay: String?
    /// At least this many safeguard applications.
    public var minSafeguardTrips: Int?
    /// At most this many quality sessions (the race not counted) in any week.
    public var maxHardSessionsPerWeek: Int?
    /// The goal's feasibility is one of these.
    public var feasibility: [String]?

    enum CodingKeys: String, CodingKey {
        case created, hardSafeguardsHeld, peakWeeklyVolume, longRunDay, minSafeguardTrips, maxHardSessionsPerWeek, feasibility
    }
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        created = try container.decodeIfPresent(Bool.self, forKey: .created) ?? true
        hardSafeguardsHeld = try container.decodeIfPresent(Bool.self, forKey: .hardSafeguardsHeld) ?? true
        peakWeeklyVolume = try container.decodeIfPresent([Double].self, forKey: .peakWeeklyVolume)
        longRunDay = try container.decodeIfPresent(String.self, forKey: .longRunDay)
        minSafeguardTrips = try container.decodeIfPresent(Int.self, forKey: .minSafeguardTrips)
        maxHardSessionsPerWeek = try container.decodeIfPresent(Int.self, forKey: .maxHardSessionsPerWeek)
        feasibility = try container.decodeIfPresent([String].self, forKey: .feasibility)
    }
}

/// Checked over everything the coach said in the conversation (case-insensitive).
public struct ReplyExpectations: Decodable, Sendable {
    /// Some reply contains each of these.
    public var contains: [String] = []
    /// No reply contains any of these.
    public var notContains: [String] = []
    /// Some reply matches each of these regular expressions.
    public var matches: [String] = []
    public var notMatches: [String] = []

    public init() {}
    enum CodingKeys: String, CodingKey { case contains, notContains, matches, notMatches }
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        contains = try container.decodeIfPresent([String].self, forKey: .contains) ?? []
        notContains = try container.decodeIfPresent([String].self, forKey: .notContains) ?? []
        matches = try container.decodeIfPresent([String].self, forKey: .matches) ?? []
        notMatches = try container.decodeIfPresent([String].self, forKey: .notMatches) ?? []
    }
}
