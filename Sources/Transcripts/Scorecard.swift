import CadenceCore
import Foundation

/// A case's result over one or more runs.
public struct CaseResult: Sendable {
    public let evalCase: EvalCase
    public let threshold: Double
    public let runs: [EvalRun]

    /// Passes when every run reaches the threshold and ran without errors.
    public var passed: Bool { runs.allSatisfy(Self.passed(threshold)) }
    public var score: Double { runs.map(\.score).reduce(0, +) / Double(max(runs.count, 1)) }
    public var passRate: Double { Double(runs.filter(Self.passed(threshold)).count) / Double(max(runs.count, 1)) }
    /// Passed in some runs and failed in others.
    public var flaky: Bool { passRate > 0 && passRate < 1 }
    public var errored: Bool { runs.contains { $0.record.error != nil } }
    public var metrics: EvalMetrics { EvalMetrics.mean(runs.map(\.metrics)) }

    static func passed(_ threshold: Double) -> (EvalRun) -> Bool {
        { run in run.record.error == nil && run.score >= threshold - 1e-9 }
    }

    /// The checks of the worst run, each with its pass rate over all runs.
    public var assertions: [AssertionResult] {
        guard let worst = runs.min(by: { $0.score < $1.score }) else { return [] }
        guard runs.count > 1 else { return worst.assertions }
        return worst.assertions.map { assertion in
            var result = assertion
            let outcomes = runs.compactMap { run in run.assertions.first { $0.key == assertion.key }?.passed }
            result.passRate = outcomes.isEmpty ? nil : Double(outcomes.filter { $0 }.count) / Double(outcomes.count)
            return result
        }
    }
}

/// The result of running a suite: per case and metric, and overall.
public struct Scorecard: Sendable {
    public let suite: String
    public let prompts: String
    public let promptsSHA256: String
    public let provider: String
    public let model: String
    public let threshold: Double
    public let cases: [CaseResult]

    /// A suite passes when every case passes.
    public var passed: Bool { cases.allSatisfy(\.passed) }
    /// The cases' scores weighted by their weights.
    public var score: Double {
        let weight = cases.map(\.evalCase.weight).reduce(0, +)
        guard weight > 0 else { return 0 }
        return cases.map { $0.score * $0.evalCase.weight }.reduce(0, +) / weight
    }

    /// The scorecard as JSON (`--json`; also what `--baseline` reads back).
    public var report: Report {
        Report(suite: suite, prompts: .init(dir: prompts, sha256: promptsSHA256), provider: provider, model: model, threshold: threshold,
               passed: passed, score: Self.round(score),
               cases: cases.map { result in
                   Report.Case(name: result.evalCase.name, file: result.evalCase.file, passed: result.passed, score: Self.round(result.score),
                               threshold: result.threshold, weight: result.evalCase.weight, runs: result.runs.count,
                               passRate: Self.round(result.passRate), flaky: result.flaky, error: result.runs.compactMap(\.record.error).first,
                               errorOwner: result.runs.compactMap(\.record.errorOwner).first,
                               personaStopped: result.runs.compactMap(\.record.personaStopped).first,
                               groups: Self.groupScores(result.assertions), metrics: result.metrics, assertions: result.assertions)
               },
               totals: Report.Totals(cases: cases.count, passed: cases.filter(\.passed).count, flaky: cases.filter(\.flaky).count,
                                     inputTokens: cases.map(\.metrics.inputTokens).reduce(0, +),
                                     outputTokens: cases.map(\.metrics.outputTokens).reduce(0, +),
                                     costUSD: cases.contains { $0.metrics.costUSD == nil } ? nil : cases.compactMap(\.metrics.costUSD).reduce(0, +)))
    }

    public struct Report: Codable, Sendable {
        public struct Prompts: Codable, Sendable { public var dir: String; public var sha256: String }
        public struct Case: Codable, Sendable {
            public var name: String
            public var file: String
            public var passed: Bool
            public var score: Double
            public var threshold: Double
            public var weight: Double
            public var runs: Int
            public var passRate: Double
            public var flaky: Bool
            public var error: String?
            /// Whose failure `error` is.
            public var errorOwner: Owner?
            /// The simulated runner stopped answering a question it did not recognise (in some run).
            public var personaStopped: PersonaStop?
            public var groups: [String: Double]
            public var metrics: EvalMetrics
            public var assertions: [AssertionResult]
        }
        public struct Totals: Codable, Sendable {
            public var cases: Int
            public var passed: Int
            public var flaky: Int
            public var inputTokens: Double
            public var outputTokens: Double
            public var costUSD: Double?
        }
        public var suite: String
        public var prompts: Prompts
        public var provider: String
        public var model: String
        public var threshold: Double
        public var passed: Bool
        public var score: Double
        public var cases: [Case]
        public var totals: Totals

        /// A previous run's JSON, to compare with.
        public static func load(from url: URL) throws(TranscriptError) -> Report {
            guard let data = FileManager.default.contents(atPath: url.path) else { throw .suite(url.path, "cannot be read") }
            do {
                return try JSONDecoder().decode(Report.self, from: data)
            } catch {
                throw .suite(url.path, "is not the JSON of `cadence eval --json`")
            }
        }
    }

    /// Each group's share of passed checks (groups with no check left out).
    static func groupScores(_ assertions: [AssertionResult]) -> [String: Double] {
        var scores: [String: Double] = [:]
        for group in EvalMetric.groups {
            let checked = assertions.filter { $0.group == group && $0.passed != nil }
            guard !checked.isEmpty else { continue }
            scores[group] = round(Double(checked.filter { $0.passed == true }.count) / Double(checked.count))
        }
        return scores
    }

    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// Two runs of the same cases: the before side (`--against OLD`, or a `--baseline` run) and the
/// after side (`--prompts NEW`, or today). Every change reads after − before, so a case that got
/// worse is always "worse", whichever flag named the sets.
public struct ScorecardComparison: Sendable {
    public let before: Scorecard.Report
    public let after: Scorecard.Report
    /// How each side is named in the header: the flag and folder ("--against prompts-v1").
    public let beforeLabel: String
    public let afterLabel: String
    /// Extra header lines (e.g. changed files the coach does not read).
    public var notes: [String] = []

    public init(before: Scorecard.Report, after: Scorecard.Report, beforeLabel: String, afterLabel: String, notes: [String] = []) {
        self.before = before
        self.after = after
        self.beforeLabel = beforeLabel
        self.afterLabel = afterLabel
        self.notes = notes
    }

    /// Some case scores lower after than before.
    public var anyWorse: Bool { changes.contains { $0.status == "worse" } }

    public struct Change: Codable, Sendable, Equatable {
        public var name: String
        /// `same`, `better`, `worse`, `changed` (same score, different details), `new` or `gone`.
        public var status: String
        public var before: Double?
        public var after: Double?
        /// after − before, when the case ran on both sides.
        public var delta: Double?
        public var reasons: [String]
    }

    public var changes: [Change] {
        var result: [Change] = []
        let names = after.cases.map(\.name) + before.cases.map(\.name).filter { name in !after.cases.contains { $0.name == name } }
        for name in names {
            let old = before.cases.first { $0.name == name }, new = after.cases.first { $0.name == name }
            guard let old, let new else {
                result.append(Change(name: name, status: old == nil ? "new" : "gone", before: old?.score, after: new?.score, delta: nil, reasons: []))
                continue
            }
            var reasons: [String] = []
            if old.passed != new.passed { reasons.append(new.passed ? "now passes" : "now fails") }
            if let stop = new.personaStopped, old.personaStopped != stop { reasons.append(stop.description) }
            for assertion in new.assertions {
                let previous = old.assertions.first { $0.key == assertion.key }
                // A check that was not made on one side (no plan, no grader) did not flip.
                if let previous, previous.passed == nil || assertion.passed == nil { continue }
                if previous?.passed != assertion.passed {
                    let whose = assertion.owner.map { $0 == .coach ? "" : " [\($0.rawValue)]" } ?? ""
                    reasons.append("\(assertion.key): \(Self.word(previous?.passed)) → \(Self.word(assertion.passed)) (\(assertion.detail))\(whose)")
                }
            }
            for assertion in old.assertions where !new.assertions.contains(where: { $0.key == assertion.key }) {
                reasons.append("\(assertion.key): no longer checked")
            }
            reasons += Self.metricChanges(old.metrics, new.metrics)
            let status: String
            if abs(new.score - old.score) > 1e-9 { status = new.score > old.score ? "better" : "worse" } else { status = reasons.isEmpty ? "same" : "changed" }
            result.append(Change(name: name, status: status, before: old.score, after: new.score,
                                 delta: Scorecard.round(new.score - old.score), reasons: reasons))
        }
        return result
    }

    static func word(_ passed: Bool?) -> String {
        switch passed {
        case true?: "pass"
        case false?: "FAIL"
        case nil: "—"
        }
    }

    static func metricChanges(_ old: EvalMetrics, _ new: EvalMetrics) -> [String] {
        var notes: [String] = []
        func note(_ name: String, _ a: Double?, _ b: Double?, _ format: (Double) -> String) {
            guard a != b else { return }
            notes.append("\(name) \(a.map(format) ?? "—") → \(b.map(format) ?? "—")")
        }
        let number: (Double) -> String = { RunnerField.format(($0 * 10).rounded() / 10) }
        let percent: (Double) -> String = { "\(Int(($0 * 100).rounded()))%" }
        note("turns", old.turns, new.turns, number)
        note("ready after", old.turnsToCompletion, new.turnsToCompletion, number)
        note("slots", old.slotCompletion, new.slotCompletion, percent)
        note("clarifying", old.clarifyingQuestionRate, new.clarifyingQuestionRate, percent)
        note("tool precision", old.toolPrecision, new.toolPrecision, percent)
        note("safeguard trips", old.safeguardTrips, new.safeguardTrips, number)
        return notes
    }
}
