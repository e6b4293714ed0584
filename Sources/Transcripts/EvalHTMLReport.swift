import CadenceCore
import Foundation

/// `cadence eval --html FILE`: the scorecard as one self-contained page (inline CSS, no script,
/// nothing fetched): which side is which, a row per case, then per case the failed checks with
/// whose they are, what changed, the metrics, and the conversation — before and after side by
/// side when two prompt sets were compared.
public struct EvalHTMLReport: Sendable {
    public let after: Scorecard
    /// The `--against` run, whose conversations are shown beside the after side's.
    public let before: Scorecard?
    public let comparison: ScorecardComparison?

    public init(after: Scorecard, before: Scorecard? = nil, comparison: ScorecardComparison? = nil) {
        self.after = after
        self.before = before
        self.comparison = comparison
    }

    public var html: String {
        let report = after.report
        let changes = comparison?.changes ?? []
        var body = "<h1>Eval: \(Self.escape(report.suite))</h1>\n"
        body += "<p class=\"meta\">coach \(Self.escape(report.provider)) \(Self.escape(report.model)) · threshold "
            + String(format: "%.2f", report.threshold) + "</p>\n"
        if let comparison {
            body += "<table class=\"sides\"><tr><th>before</th><td>\(Self.escape(comparison.beforeLabel))</td>"
                + "<td><code>\(comparison.before.prompts.sha256.prefix(12))</code></td></tr>"
                + "<tr><th>after</th><td>\(Self.escape(comparison.afterLabel))</td><td><code>\(comparison.after.prompts.sha256.prefix(12))</code></td></tr>"
                + "<tr><th>change</th><td colspan=\"2\">after − before</td></tr></table>\n"
            for note in comparison.notes { body += "<p class=\"note\">\(Self.escape(note))</p>\n" }
        } else {
            body += "<p class=\"meta\">prompts \(Self.escape(report.prompts.dir)) <code>\(report.prompts.sha256.prefix(12))</code></p>\n"
        }
        body += summary(report, changes: changes)
        body += scorecard(report, changes: changes)
        for result in after.cases { body += section(result, changes: changes) }
        return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Cadence eval: \(Self.escape(report.suite))</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    func summary(_ report: Scorecard.Report, changes: [ScorecardComparison.Change]) -> String {
        let totals = report.totals
        var text = "<p class=\"summary \(report.passed ? "pass" : "fail")\"><strong>\(report.passed ? "PASS" : "FAIL")</strong> · "
            + "\(totals.passed)/\(totals.cases) cases passed" + (totals.flaky > 0 ? ", \(totals.flaky) flaky" : "")
            + String(format: " · score %.2f", report.score)
        if let comparison {
            let worse = changes.filter { $0.status == "worse" }.count, better = changes.filter { $0.status == "better" }.count
            text += String(format: " (before %.2f)", comparison.before.score) + " · \(worse) worse, \(better) better"
        }
        text += " · tokens \(Scorecard.Report.number(totals.inputTokens + totals.outputTokens))"
            + (totals.costUSD.map { String(format: " · cost $%.4f", $0) } ?? " · cost unknown") + "</p>\n"
        return text
    }

    func scorecard(_ report: Scorecard.Report, changes: [ScorecardComparison.Change]) -> String {
        let comparing = comparison != nil
        // The wide table scrolls inside its own box on a narrow screen; the page never scrolls sideways.
        var rows = "<div class=\"wide\"><table class=\"scorecard\"><thead><tr><th>case</th>" + (comparing ? "<th>before</th><th>after</th><th>change</th>" : "<th>result</th><th>score</th>")
            + "<th>turns</th><th>slots</th><th>tokens</th><th>cost</th><th>slowest call</th></tr></thead><tbody>\n"
        for result in report.cases {
            let m = result.metrics
            let change = changes.first { $0.name == result.name }
            rows += "<tr class=\"\(Self.rowClass(result, change))\"><td><a href=\"#\(Self.anchor(result.name))\">\(Self.escape(result.name))</a></td>"
            if comparing {
                let old = comparison?.before.cases.first { $0.name == result.name }
                rows += "<td>\(old.map(Self.verdict) ?? "—")</td><td>\(Self.verdict(result))</td><td class=\"change\">\(change.map(Self.changeText) ?? "")</td>"
            } else {
                rows += "<td>\(Self.escape(Self.verdictWord(result)))</td><td>\(String(format: "%.2f", result.score))</td>"
            }
            rows += "<td>\(Scorecard.Report.number(m.turns))</td><td>\(m.slotCompletion.map(Scorecard.Report.percent) ?? "—")</td>"
                + "<td>\(Scorecard.Report.number(m.inputTokens + m.outputTokens))</td>"
                + "<td>\(m.costUSD.map { String(format: "$%.4f", $0) } ?? "?")</td><td>\(FieldDisplay.milliseconds(Int(m.maxLatencyMs)))</td></tr>\n"
        }
        return rows + "</tbody></table></div>\n"
    }

    func section(_ result: CaseResult, changes: [ScorecardComparison.Change]) -> String {
        let name = result.evalCase.name
        guard let reported = after.report.cases.first(where: { $0.name == name }) else { return "" }
        var html = "<section class=\"case\" id=\"\(Self.anchor(name))\"><h2>\(Self.escape(name)) <span class=\"verdict\">\(Self.verdict(reported))</span></h2>\n"
        html += "<p class=\"meta\">\(Self.escape(result.evalCase.file)) · needs \(String(format: "%.2f", reported.threshold))</p>\n"
        if let stop = reported.personaStopped {
            html += "<p class=\"note owner-simulated\">Not the coach's miss: \(Self.escape(stop.description)).</p>\n"
        }
        let failed = reported.assertions.filter { $0.passed == false || ($0.passRate.map { $0 < 1 } ?? false) }
        if !failed.isEmpty {
            html += "<h3>Failed checks</h3><ul class=\"checks\">"
            for assertion in failed {
                let owner = assertion.owner ?? .coach
                html += "<li><span class=\"owner \(Self.ownerClass(owner))\">\(Self.escape(owner.rawValue))</span> <strong>\(Self.escape(assertion.key))</strong>: "
                    + Self.escape(assertion.detail) + (assertion.passRate.map { " (passed \(Scorecard.Report.percent($0)) of runs)" } ?? "") + "</li>"
            }
            html += "</ul>\n"
        }
        if let change = changes.first(where: { $0.name == name }), !change.reasons.isEmpty {
            html += "<h3>What changed (\(Self.escape(Self.changeText(change))))</h3><ul>"
                + change.reasons.map { "<li>\(Self.escape($0))</li>" }.joined() + "</ul>\n"
        }
        let m = reported.metrics
        html += "<p class=\"metrics\">\(Scorecard.Report.number(m.turns)) turns · ready after \(m.turnsToCompletion.map(Scorecard.Report.number) ?? "—")"
            + " · input \(Scorecard.Report.number(m.inputTokens)) / output \(Scorecard.Report.number(m.outputTokens)) tokens"
            + " · \(m.costUSD.map { String(format: "$%.4f", $0) } ?? "cost unknown")"
            + " · slowest model call \(FieldDisplay.milliseconds(Int(m.maxLatencyMs)))</p>\n"
        let afterEvents = Self.shown(result)?.record.events ?? []
        if let beforeResult = before?.cases.first(where: { $0.evalCase.name == name }) {
            html += "<div class=\"sidebyside\"><div><h3>Before</h3>\(Self.conversation(Self.shown(beforeResult)?.record.events ?? []))</div>"
                + "<div><h3>After</h3>\(Self.conversation(afterEvents))</div></div>\n"
        } else {
            html += "<h3>Conversation</h3>\(Self.conversation(afterEvents))\n"
        }
        return html + "</section>\n"
    }

    /// The run a case is judged by: its worst.
    static func shown(_ result: CaseResult) -> EvalRun? { result.runs.min { $0.score < $1.score } }

    /// The conversation as the runner saw it, with the tools the coach called and any errors.
    static func conversation(_ events: [TranscriptEvent]) -> String {
        var html = "<ol class=\"transcript\">"
        for event in events {
            switch event {
            case .user(let said): html += "<li class=\"runner\"><b>Runner</b> \(escape(said.text))</li>"
            case .assistant(let said) where !said.text.isEmpty: html += "<li class=\"coach\"><b>Coach</b> \(escape(said.text))</li>"
            case .toolResult(let result):
                html += "<li class=\"tool\">\(escape(result.name)) \(result.ok ? "saved" : "refused: " + escape(result.error?.stringValue ?? result.error?.jsonString ?? ""))</li>"
            case .command(let command): html += "<li class=\"tool\">/\(escape(command.name))</li>"
            case .error(let error): html += "<li class=\"error\">error (\(escape(error.kind))): \(escape(error.message))</li>"
            default: break
            }
        }
        return html + "</ol>"
    }

    static func verdictWord(_ result: Scorecard.Report.Case) -> String {
        var word = result.error != nil ? "ERROR" : (result.passed ? "pass" : "FAIL")
        if !result.passed, result.personaStopped != nil { word += " (runner stopped)" }
        return word
    }

    static func verdict(_ result: Scorecard.Report.Case) -> String {
        "<span class=\"\(result.passed ? "pass" : "fail")\">\(escape(verdictWord(result)))</span> " + String(format: "%.2f", result.score)
    }

    static func changeText(_ change: ScorecardComparison.Change) -> String {
        ScorecardComparison.mark(change)
    }

    static func rowClass(_ result: Scorecard.Report.Case, _ change: ScorecardComparison.Change?) -> String {
        switch change?.status {
        case "worse": "worse"
        case "better": "better"
        default: result.passed ? "" : "failing"
        }
    }

    static func ownerClass(_ owner: Owner) -> String {
        switch owner {
        case .coach: "owner-coach"
        case .simulatedRunner: "owner-simulated"
        case .harness: "owner-harness"
        }
    }

    static func anchor(_ name: String) -> String {
        "case-" + String(name.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static let css = """
    body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:1rem;color:#1d2327}
    h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin:0 0 .3rem}h3{font-size:1rem;margin:.8rem 0 .3rem}
    .meta{color:#5a6570;margin:.2rem 0}code{font-size:.9em}
    table{border-collapse:collapse;margin:.6rem 0}th,td{padding:.25rem .6rem;text-align:left;border-bottom:1px solid #e3e6e8;vertical-align:top}
    .scorecard{width:100%;font-size:.92rem}.scorecard th{background:#f3f5f6}
    .sides th{width:5rem}.note{background:#fff7e0;border-left:4px solid #e0a800;padding:.4rem .6rem}
    .summary{font-size:1.05rem;padding:.5rem .7rem;border-radius:4px}.summary.pass{background:#e8f6ec}.summary.fail{background:#fdecea}
    .pass{color:#1e7b34}.fail{color:#b42318}tr.worse{background:#fdecea}tr.better{background:#e8f6ec}tr.failing{background:#fff4f2}
    .change{white-space:nowrap;font-weight:600}
    .case{border-top:2px solid #d0d5d9;margin-top:1.4rem;padding-top:.8rem}
    .checks li{margin:.2rem 0}.owner{display:inline-block;font-size:.78rem;padding:0 .4rem;border-radius:3px;color:#fff}
    .owner-coach{background:#b42318}.owner-simulated{background:#6941c6}.owner-harness{background:#5a6570}
    p.owner-simulated{background:#f4f0ff;color:#1d2327;border-left:4px solid #6941c6;padding:.4rem .6rem}
    .metrics{color:#38434d}
    .sidebyside{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.sidebyside>*{min-width:0}
    .case,.checks li,.transcript li,.note,.meta,td{overflow-wrap:anywhere}.wide{overflow-x:auto}
    .transcript{list-style:none;padding:0;margin:0}.transcript li{padding:.3rem .5rem;margin:.25rem 0;border-radius:4px;white-space:pre-wrap}
    .runner{background:#eef4ff}.coach{background:#f3f5f6}.tool{color:#5a6570;font-size:.85rem}.error{background:#fdecea}
    @media (max-width:700px){.sidebyside{grid-template-columns:1fr}.scorecard{font-size:.8rem}}
    """
}
