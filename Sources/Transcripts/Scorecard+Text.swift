import CadenceCore
import Foundation

extension Scorecard.Report {
    /// The terminal scorecard: a row per case with its metrics, then what failed and why.
    public var table: String {
        var rows = [["case", "result", "score", "turns", "ready", "slots", "clarify", "tools", "trips", "tokens", "cost", "latency"]]
        for result in cases {
            let m = result.metrics
            var verdict = result.error != nil ? "ERROR" : (result.passed ? "pass" : "FAIL")
            if !result.passed, result.personaStopped != nil { verdict += " (runner stopped)" }
            if result.runs > 1 { verdict += " \(Int((result.passRate * Double(result.runs)).rounded()))/\(result.runs)\(result.flaky ? " flaky" : "")" }
            rows.append([
                result.name, verdict, String(format: "%.2f", result.score), Self.number(m.turns), m.turnsToCompletion.map(Self.number) ?? "—",
                m.slotCompletion.map(Self.percent) ?? "—", m.clarifyingQuestionRate.map(Self.percent) ?? "—",
                m.toolPrecision.map { "\(Self.number(m.toolCalls)) \(Self.percent($0))" } ?? "0", Self.number(m.safeguardTrips),
                Self.number(m.inputTokens + m.outputTokens), m.costUSD.map { String(format: "$%.4f", $0) } ?? "?",
                "\(Self.number(m.maxLatencyMs)) ms",
            ])
        }
        var text = Self.align(rows) + "\n"
        let failing = cases.filter { !$0.passed || $0.flaky }
        for result in failing {
            text += "\n\(result.name) (\(result.file)): score \(String(format: "%.2f", result.score)), needs \(String(format: "%.2f", result.threshold))\n"
            if let stop = result.personaStopped { text += "  not the coach's miss: \(stop.description)\n" }
            for assertion in result.assertions where assertion.passed == false || (assertion.passRate.map { $0 < 1 } ?? false) {
                let rate = assertion.passRate.map { " [passed \(Self.percent($0)) of runs]" } ?? ""
                text += "  ✗ [\((assertion.owner ?? .coach).rawValue)] \(assertion.key): \(assertion.detail)\(rate)\n"
            }
        }
        let summary = "\(totals.passed)/\(totals.cases) cases passed" + (totals.flaky > 0 ? ", \(totals.flaky) flaky" : "")
            + String(format: ", score %.2f", score) + " · \(provider) \(model) · prompts \(prompts.dir) (\(prompts.sha256.prefix(12)))"
            + " · tokens \(Self.number(totals.inputTokens + totals.outputTokens))" + (totals.costUSD.map { String(format: " · $%.4f", $0) } ?? "")
        return text + "\n" + summary + "\n" + (passed ? "PASS" : "FAIL") + "\n"
    }

    static func number(_ value: Double) -> String { RunnerField.format((value * 10).rounded() / 10) }
    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    /// Left-aligned columns, two spaces apart.
    static func align(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}

extension ScorecardComparison {
    /// Which side is which, then a row per case with the change as after − before, then why
    /// each case changed.
    public var table: String {
        var text = "before: \(beforeLabel) (\(before.prompts.sha256.prefix(12)))\n"
            + "after:  \(afterLabel) (\(after.prompts.sha256.prefix(12)))\n"
            + "change: after − before\n"
        if before.prompts.sha256 == after.prompts.sha256 && before.prompts.dir != after.prompts.dir {
            text += "note: both prompt sets have the same content\n"
        }
        text += notes.map { $0 + "\n" }.joined() + "\n"
        var rows = [["case", "before", "after", "change"]]
        let changes = self.changes
        for change in changes {
            func cell(_ report: Scorecard.Report, _ score: Double?) -> String {
                guard let score, let result = report.cases.first(where: { $0.name == change.name }) else { return "—" }
                return "\(result.passed ? "pass" : "FAIL") \(String(format: "%.2f", score)) (\(Scorecard.Report.number(result.metrics.turns)) turns)"
            }
            rows.append([change.name, cell(before, change.before), cell(after, change.after), Self.mark(change)])
        }
        text += Scorecard.Report.align(rows) + "\n"
        for change in changes where !change.reasons.isEmpty {
            text += "\n\(change.name):\n" + change.reasons.map { "  - \($0)\n" }.joined()
        }
        let changed = changes.filter { $0.status != "same" }.count
        let worse = changes.filter { $0.status == "worse" }.count
        text += "\nbefore: \(before.totals.passed)/\(before.totals.cases) passed, score \(String(format: "%.2f", before.score))"
            + " · after: \(after.totals.passed)/\(after.totals.cases) passed, score \(String(format: "%.2f", after.score))"
            + " · \(changed) case\(changed == 1 ? "" : "s") changed, \(worse) worse\n"
        return text
    }

    /// "−0.25 ▼ worse": the signed change and what it means.
    static func mark(_ change: Change) -> String {
        let signed = change.delta.map { $0 == 0 ? "±0.00" : ($0 > 0 ? "+" : "−") + String(format: "%.2f", abs($0)) }
        switch change.status {
        case "same": return "±0.00"
        case "better": return "\(signed ?? "") ▲ better"
        case "worse": return "\(signed ?? "") ▼ worse"
        case "changed": return "±0.00 ~ changed"
        case "new": return "+ new"
        case "gone": return "- gone"
        default: return change.status
        }
    }
}
