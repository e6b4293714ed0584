import Foundation

extension Scorecard.Report {
    /// JUnit XML (the schema CI servers read): one testsuite, a testcase per eval case, a
    /// `failure` listing the failed checks, an `error` when the conversation broke, and the
    /// metrics as properties.
    public func junit(timestamp: Date = Date()) -> String {
        let failures = cases.filter { !$0.passed && $0.error == nil }.count
        let errors = cases.filter { $0.error != nil }.count
        let seconds = cases.map { $0.metrics.wallMs * Double($0.runs) }.reduce(0, +) / 1000
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<testsuites name="cadence eval" tests="\#(cases.count)" failures="\#(failures)" errors="\#(errors)" time="\#(Self.time(seconds))">"# + "\n"
        xml += #"  <testsuite name="\#(Self.escape(suite))" tests="\#(cases.count)" failures="\#(failures)" errors="\#(errors)" skipped="0""#
            + #" time="\#(Self.time(seconds))" timestamp="\#(formatter.string(from: timestamp))">"# + "\n"
        xml += "    <properties>\n"
        for (name, value) in [("provider", provider), ("model", model), ("prompts.dir", prompts.dir), ("prompts.sha256", prompts.sha256),
                              ("threshold", String(threshold)), ("score", String(score))] {
            xml += #"      <property name="\#(name)" value="\#(Self.escape(value))"/>"# + "\n"
        }
        xml += "    </properties>\n"
        for result in cases {
            let time = Self.time(result.metrics.wallMs * Double(result.runs) / 1000)
            xml += #"    <testcase name="\#(Self.escape(result.name))" classname="\#(Self.escape(suite)).\#(Self.escape(result.file))" time="\#(time)">"# + "\n"
            let failed = result.assertions.filter { $0.passed == false }
            if let error = result.error {
                xml += #"      <error message="\#(Self.escape(error))" type="conversation"/>"# + "\n"
            } else if !result.passed {
                let message = String(format: "score %.2f below threshold %.2f", result.score, result.threshold)
                    + (result.flaky ? String(format: " (passed %.0f%% of runs)", result.passRate * 100) : "")
                xml += #"      <failure message="\#(Self.escape(message))" type="assertion">"#
                xml += Self.escape(failed.map { "\($0.key): \($0.detail)" }.joined(separator: "\n")) + "</failure>\n"
            }
            let m = result.metrics
            var lines = ["score \(result.score)", "turns \(m.turns)", "turnsToCompletion \(m.turnsToCompletion.map { "\($0)" } ?? "none")",
                         "slotCompletion \(m.slotCompletion.map { "\($0)" } ?? "none")", "toolPrecision \(m.toolPrecision.map { "\($0)" } ?? "none")",
                         "safeguardTrips \(m.safeguardTrips)", "tokens \(m.inputTokens + m.outputTokens)"]
            if let cost = m.costUSD { lines.append("costUSD \(cost)") }
            xml += "      <system-out>\(Self.escape(lines.joined(separator: "\n")))</system-out>\n"
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    static func time(_ seconds: Double) -> String { String(format: "%.3f", seconds) }

    /// Text as XML attribute or element content; characters XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\t", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
