import Agent
import CadenceCore
import Foundation
import LLM

/// One checked expectation. `passed` is nil when it could not be checked (a rubric with no model).
public struct AssertionResult: Codable, Sendable, Equatable {
    public var group: String
    public var name: String
    public var passed: Bool?
    public var detail: String
    /// In repeated runs: the share of runs in which it passed.
    public var passRate: Double?
    /// Whose failure it is when it fails (nil in reports written before attribution).
    public var owner: Owner?

    public var key: String { "\(group) \(name)" }
}

/// The metric groups a case is scored on; each weighs 1 unless the case says otherwise.
public enum EvalMetric {
    public static let groups = ["conversation", "fields", "tools", "plan", "turns", "replies", "cost", "latency", "rubric"]
}

/// Checks a conversation against a case's expectations.
struct EvalAssertions {
    let evalCase: EvalCase
    let record: ConversationRecord
    let grader: (any LanguageModel)?
    let prices: PriceTable
    let model: String

    func check() async -> [AssertionResult] {
        var results: [AssertionResult] = []
        func add(_ group: String, _ name: String, _ passed: Bool?, _ detail: String) {
            results.append(AssertionResult(group: group, name: name, passed: passed, detail: detail))
        }
        let expect = evalCase.expect
        add("conversation", "ran without errors", record.error == nil, record.error ?? "\(record.turns) turns")

        // Fields: the expected ones, and the persona's facts unless told otherwise.
        var fields = expect.fields
        if let persona = evalCase.persona, persona.checkFacts {
            for (path, value) in persona.facts where fields[path] == nil {
                let relative = (try? RunnerField.named(path)).map { if case .number = $0.kind { true } else { false } } ?? false
                fields[path] = .equals(value, tolerance: relative ? abs(value.doubleValue ?? 0) * 0.02 : 0)
            }
        }
        let document = record.runner.flatMap { try? JSONValue(encoding: $0) } ?? .null
        for (path, matcher) in fields.sorted(by: { $0.key < $1.key }) {
            let actual = document.value(atPath: path)
            let passed = matcher.matches(actual, field: try? RunnerField.named(path))
            add("fields", path, passed, "expected \(describe(matcher, path)), got \(display(actual, path))")
        }

        // Tools.
        let calls = record.toolCalls
        for name in expect.tools.used {
            add("tools", "used \(name)", calls.contains { $0.name == name }, "\(calls.filter { $0.name == name }.count) calls")
        }
        for name in expect.tools.notUsed {
            add("tools", "not used \(name)", !calls.contains { $0.name == name }, "\(calls.filter { $0.name == name }.count) calls")
        }
        for expected in expect.tools.calls {
            let candidates = calls.filter { $0.name == expected.name }
            let matched = candidates.contains { call in
                expected.arguments.allSatisfy { key, matcher in matcher.matches(call.arguments.value(atPath: key), field: nil) }
            }
            let wanted = expected.arguments.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.description)" }.joined(separator: ", ")
            add("tools", "called \(expected.name)(\(wanted))", matched,
                candidates.isEmpty ? "never called" : "called with \(candidates.map { $0.arguments.jsonString }.joined(separator: "; "))")
        }

        // The plan the final profile gets through the safeguard gate.
        if let expected = expect.plan {
            let plan = record.plan
            add("plan", expected.created ? "created" : "not created", plan.created == expected.created,
                plan.created ? "verdict \(plan.verdict ?? "?")" : "refused: \(plan.refusal ?? "?")")
            // Without a plan the checks on it are reported as not checked, so that a comparison
            // names the one reason (no plan) rather than every check that depends on it.
            func addOnPlan(_ name: String, _ passed: Bool, _ detail: String) {
                results.append(AssertionResult(group: "plan", name: name, passed: plan.created ? passed : nil,
                                               detail: plan.created ? detail : "not checked: no plan was made"))
            }
            if expected.hardSafeguardsHeld {
                addOnPlan("hard safeguards held", plan.hardViolations.isEmpty,
                    plan.hardViolations.isEmpty ? "no violation" : plan.hardViolations.joined(separator: "; "))
            }
            if let range = expected.peakWeeklyVolume, range.count == 2 {
                let peak = plan.peakWeeklyVolume ?? 0
                addOnPlan("peak weekly volume \(RunnerField.format(range[0]))–\(RunnerField.format(range[1])) km",
                    peak >= range[0] - 1e-9 && peak <= range[1] + 1e-9, "peak \(String(format: "%.1f", peak)) km")
            }
            if let day = expected.longRunDay {
                addOnPlan("long run on \(day)", plan.longRunDay?.lowercased() == day.lowercased(), "long run on \(plan.longRunDay ?? "no day")")
            }
            if let minimum = expected.minSafeguardTrips {
                addOnPlan("at least \(minimum) safeguard trips", plan.safeguardTrips >= minimum, "\(plan.safeguardTrips) applied")
            }
            if let maximum = expected.maxHardSessionsPerWeek {
                addOnPlan("at most \(maximum) hard sessions a week", plan.maxHardSessionsPerWeek <= maximum,
                          "\(plan.maxHardSessionsPerWeek) in the hardest week")
            }
            if let allowed = expected.feasibility {
                addOnPlan("feasibility \(allowed.joined(separator: "/"))", allowed.contains(plan.feasibility ?? ""), plan.feasibility ?? "unknown")
            }
        }

        if let limit = expect.turnsToCompletion {
            add("turns", "ready for a plan within \(limit) turns", (record.turnsToCompletion ?? .max) <= limit,
                record.turnsToCompletion.map { "ready after \($0)" } ?? "never ready (\(record.turns) turns)")
        }

        // Replies, over everything the coach said.
        let said = record.replies.joined(separator: "\n")
        for text in expect.replies.contains {
            add("replies", "contains \"\(text)\"", said.localizedCaseInsensitiveContains(text), quote(containing: text, in: record.replies))
        }
        for text in expect.replies.notContains {
            add("replies", "does not contain \"\(text)\"", !said.localizedCaseInsensitiveContains(text), quote(containing: text, in: record.replies))
        }
        for pattern in expect.replies.matches {
            let found = firstMatch(pattern, in: said)
            add("replies", "matches /\(pattern)/", found != nil, found.map { "matched \"\($0)\"" } ?? "no reply matches")
        }
        for pattern in expect.replies.notMatches {
            let found = firstMatch(pattern, in: said)
            add("replies", "does not match /\(pattern)/", found == nil, found.map { "matched \"\($0)\"" } ?? "no reply matches")
        }

        if let ceiling = expect.maxCostUSD {
            let cost = EvalMetrics.cost(record, prices: prices, model: model)
            add("cost", "costs at most $\(ceiling)", cost.map { $0 <= ceiling }, cost.map { String(format: "$%.4f", $0) } ?? "price unknown")
        }
        if let ceiling = expect.maxLatencyMs {
            let slowest = EvalMetrics.latencies(record).max() ?? 0
            add("latency", "model calls within \(FieldDisplay.milliseconds(ceiling))", slowest <= ceiling, "slowest \(FieldDisplay.milliseconds(slowest))")
        }
        if let rubric = expect.rubric {
            let (passed, detail) = await grade(rubric)
            add("rubric", rubric, passed, detail)
        }
        return results.map(attribute)
    }

    /// Groups that go unmet when the runner stops answering: what the coach never got to hear.
    static let dependOnAnswers: Set<String> = ["fields", "tools", "plan", "turns"]

    /// Says whose each check is: a broken conversation is whoever broke it; once the simulated
    /// runner fell silent on a question it did not recognise, what depends on its answers is its miss.
    func attribute(_ result: AssertionResult) -> AssertionResult {
        var result = result
        if result.group == "conversation" {
            result.owner = record.errorOwner ?? .coach
        } else if record.personaStopped != nil, Self.dependOnAnswers.contains(result.group) {
            result.owner = .simulatedRunner
        } else {
            result.owner = .coach
        }
        return result
    }

    /// A case's score: the weighted mean of its groups' pass rates (skipped checks left out).
    /// A conversation that broke scores 0 whatever else held.
    static func score(_ results: [AssertionResult], weights: [String: Double]) -> Double {
        if results.contains(where: { $0.group == "conversation" && $0.passed == false }) { return 0 }
        var total = 0.0, weightSum = 0.0
        for group in EvalMetric.groups {
            let checked = results.filter { $0.group == group && $0.passed != nil }
            guard !checked.isEmpty else { continue }
            let weight = weights[group] ?? 1
            total += weight * Double(checked.filter { $0.passed == true }.count) / Double(checked.count)
            weightSum += weight
        }
        return weightSum > 0 ? total / weightSum : 1
    }

    // MARK: - Rubric

    /// Asks the grader whether the conversation meets the rubric; nil (skipped) without one.
    func grade(_ rubric: String) async -> (Bool?, String) {
        guard let grader else { return (nil, "skipped: no model configured to grade it") }
        var conversation: [String] = []
        for event in record.events {
            switch event {
            case .user(let said): conversation.append("Runner: \(said.text)")
            case .assistant(let said) where !said.text.isEmpty: conversation.append("Coach: \(said.text)")
            default: break
            }
        }
        let request = LLMRequest(
            system: """
                You grade a running coach's onboarding conversation against a rubric. Reply with JSON only: \
                {"score": a number from 0 to 1, "reason": "one sentence"}.
                """,
            messages: [.user("Rubric: \(rubric)\n\nConversation:\n\(conversation.joined(separator: "\n"))")],
            options: LLMOptions(model: "grader", maxTokens: 300))
        do {
            let text = try await grader.complete(request).text
            let json = text.firstIndex(of: "{").flatMap { start in text.lastIndex(of: "}").map { String(text[start...$0]) } } ?? text
            guard let verdict = try? JSONValue(parsing: json), let score = verdict["score"]?.doubleValue else {
                return (false, "the grader's answer was not {score, reason}: \(text.prefix(200))")
            }
            return (score >= 0.7, String(format: "score %.2f: ", score) + (verdict["reason"]?.stringValue ?? ""))
        } catch {
            return (false, "the grader failed: \(error)")
        }
    }

    // MARK: - Reporting

    func describe(_ matcher: FieldMatcher, _ path: String) -> String {
        if case .equals(let value, let tolerance) = matcher {
            return display(value, path) + (tolerance > 0 ? " ± \(RunnerField.format((tolerance * 100).rounded() / 100))" : "")
        }
        return matcher.description
    }

    func display(_ value: JSONValue, _ path: String) -> String { FieldDisplay.text(value, path) }

    func quote(containing text: String, in replies: [String]) -> String {
        guard let reply = replies.first(where: { $0.localizedCaseInsensitiveContains(text) }) else { return "in no reply" }
        return "in \"\(reply.prefix(80))\(reply.count > 80 ? "…" : "")\""
    }

    func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range, in: text) else { return nil }
        return String(text[range])
    }
}
