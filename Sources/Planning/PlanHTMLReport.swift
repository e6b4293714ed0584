import CadenceCore
import Foundation

/// A self-contained web page for a plan: the verdict, the progression chart (weekly volume bars
/// with the intensity line) and the radar chart as inline SVG with legends and axis scales, the
/// milestones, and a week-by-week calendar that shows each week's cautions once (not in every
/// cell). It reads on a phone: a viewport, charts that scale down, and a calendar that becomes
/// one day per line under 700 px, so nothing scrolls sideways at 375 px.
///
/// Stable hooks for tests and the browser check: `#verdict` (class `verdict-achievable|ambitious|stretch`),
/// `#progression-chart` and `#radar-chart` (each with a `.legend` list and `.axis` groups),
/// `#milestones li.milestone[data-week]`, `#calendar tr.week[data-week]`, `tr.week-notes`,
/// `#safeguards li.safeguard`. Safeguards are named for the runner (`SafeguardTitles`); internal
/// ids never appear.
public enum PlanHTMLReport {
    public static func html(_ plan: TrainingPlan, sessions: [PlannedSession], runnerName: String, safeguards: [Safeguard]) -> String {
        let season = plan.seasonView
        let outcome = season.expectedOutcomes
        let confidence = outcome.confidenceLevel
        var body = """
        <header id="plan-header"><h1>\(escape(plan.name))</h1>
        <p class="meta">\(escape(runnerName)) · \(RunnerField.formatDate(plan.startDate)) → \(RunnerField.formatDate(plan.endDate)) · \(escape(plan.periodizationModel.rawValue)) · status \(escape(plan.status.rawValue))</p></header>
        <section id="verdict" class="verdict verdict-\(escape(confidence.rawValue))"><strong>\(escape(outcome.primaryGoal))</strong> — \(escape(verdictLabel(confidence))): \(escape(outcome.confidenceReason))</section>
        <p id="coach-summary">\(escape(season.coachSummary))</p>
        <section id="charts" class="charts">\(progressionChart(plan))\(radarChart(plan))</section>
        <section id="why"><h2>Why this plan</h2>
        <p>\(escape(season.periodizationJustification))</p>
        <p>\(escape(season.volumeStrategyJustification))</p></section>
        <section id="milestones"><h3>Milestones</h3><ul>
        """
        for milestone in season.keyMilestones {
            body += "<li class=\"milestone\" data-week=\"\(milestone.weekNumber)\">Week \(milestone.weekNumber): <strong>\(escape(milestone.milestone))</strong> — \(escape(milestone.significance))</li>"
        }
        body += "</ul></section><section id=\"risks\"><h3>Risks we are managing</h3><ul>"
        for risk in season.identifiedRisks {
            body += "<li><strong>\(escape(risk.risk))</strong>: \(escape(risk.mitigation)). Watch for: \(escape(risk.monitoringSignals.joined(separator: ", ")))</li>"
        }
        body += "</ul></section><section id=\"calendar\"><h2>Calendar</h2>\(calendar(plan, sessions: sessions))</section>"
        body += "<section id=\"safeguards\"><h2>Safety checks applied</h2><ul class=\"safeguards\">"
        for application in plan.safeguardApplications where application.applied {
            body += "<li class=\"safeguard\"><strong>\(escape(SafeguardTitles.title(forId: application.safeguardId, in: safeguards)))</strong>: \(escape(application.reason))</li>"
        }
        body += "</ul></section>"
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(plan.name))</title>
        <style>
        *{box-sizing:border-box}
        body{font-family:system-ui,sans-serif;max-width:1100px;margin:0 auto;padding:1em;color:#1d232a;overflow-wrap:break-word}
        .meta{color:#5b6670}.verdict{padding:.6em .8em;border-left:4px solid #8cc63f;background:#f4f9ec}
        .verdict-ambitious{border-color:#f2b128;background:#fdf6e3}.verdict-stretch{border-color:#d0342c;background:#fbeceb}
        .charts{display:flex;flex-wrap:wrap;gap:2em;align-items:flex-start}
        .chart{margin:0;min-width:0;flex:1 1 280px}#progression-chart{flex:2 1 360px}
        .chart svg{display:block;width:100%;max-width:100%;height:auto}
        .legend{list-style:none;padding:0;margin:.4em 0;display:flex;flex-wrap:wrap;gap:.4em 1em;font-size:.85em}
        .swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em;border-radius:2px}
        .swatch.line{height:.2em;vertical-align:.2em}.swatch.dot{border-radius:50%}
        table.calendar{border-collapse:collapse;width:100%;font-size:.85em;table-layout:fixed}
        .calendar th,.calendar td{border:1px solid #d9dee3;padding:.35em;vertical-align:top;overflow-wrap:anywhere}
        .calendar td.key{background:#eef9d6}.calendar td.rest{color:#9aa4ad}.calendar tr.recovery th{background:#e6f0fa}
        .calendar tr.week-notes td{background:#fff8e6;font-size:.95em}.calendar .why{color:#5b6670;font-size:.9em}
        .flag{color:#b5651d}.safeguards{font-size:.85em}
        @media (max-width:700px){
        table.calendar,.calendar tbody,.calendar tr,.calendar th,.calendar td{display:block;width:100%}
        .calendar tr.days{display:none}.calendar tr.week{margin-top:1em}
        .calendar td::before{content:attr(data-day) " ";font-weight:600}
        }
        </style></head><body>
        \(body)
        </body></html>

        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    static func verdictLabel(_ confidence: OutcomeConfidence) -> String {
        switch confidence {
        case .achievable: "Achievable"
        case .ambitious: "Ambitious"
        case .stretch: "A stretch in this time"
        case .unknown(let value): value
        }
    }

    /// A round axis step (1, 2 or 5 × 10ⁿ) giving about four intervals up to `top`.
    static func niceStep(_ top: Double) -> Double {
        let raw = max(top, 1) / 4
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        return [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
    }

    static let trainingColor = "#8cc63f", recoveryColor = "#7fb3e6", raceColor = "#f28c28", intensityColor = "#d0342c"

    /// Weekly volume as bars (recovery weeks blue, the race week orange) on a km axis at the
    /// left, and intensity (0–100) as a line on an axis at the right.
    static func progressionChart(_ plan: TrainingPlan) -> String {
        let weeks = plan.weeklyPlan
        let width = 640.0, height = 280.0, left = 52.0, right = 40.0, bottom = 40.0, top = 14.0
        let step = niceStep((weeks.map(\.volumeKm).max() ?? 1) * 1.05)
        let maxKm = step * ((weeks.map(\.volumeKm).max() ?? 1) * 1.05 / step).rounded(.up)
        let chartHeight = height - bottom - top, chartWidth = width - left - right
        let slot = chartWidth / Double(max(1, weeks.count))
        func y(_ km: Double) -> Double { top + chartHeight - km / max(maxKm, 1e-9) * chartHeight }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"Weekly volume in km (bars) and intensity from 0 to 100 (line), by week\">"
        // Axis scales: km at the left with grid lines, intensity at the right, weeks below.
        svg += "<g class=\"axis axis-km\" font-size=\"11\" text-anchor=\"end\">"
        var tick = 0.0
        while tick <= maxKm + 1e-9 {
            svg += "<line x1=\"\(number(left))\" y1=\"\(number(y(tick)))\" x2=\"\(number(width - right))\" y2=\"\(number(y(tick)))\" stroke=\"#e3e7eb\"/>"
            svg += "<text class=\"tick\" x=\"\(number(left - 6))\" y=\"\(number(y(tick) + 4))\">\(PlanMetrics.format(tick))</text>"
            tick += step
        }
        svg += "<text x=\"12\" y=\"\(number(top + chartHeight / 2))\" transform=\"rotate(-90 12 \(number(top + chartHeight / 2)))\" text-anchor=\"middle\">km per week</text></g>"
        svg += "<g class=\"axis axis-intensity\" font-size=\"11\" text-anchor=\"start\">"
        for value in [0.0, 50, 100] {
            svg += "<text class=\"tick\" x=\"\(number(width - right + 6))\" y=\"\(number(top + chartHeight - value / 100 * chartHeight + 4))\">\(Int(value))</text>"
        }
        svg += "<text x=\"\(number(width - 8))\" y=\"\(number(top + chartHeight / 2))\" transform=\"rotate(90 \(number(width - 8)) \(number(top + chartHeight / 2)))\" text-anchor=\"middle\">intensity</text></g>"
        var points: [String] = []
        let labelEvery = slot >= 18 ? 1 : slot >= 9 ? 2 : 5
        svg += "<g class=\"bars\">"
        for (index, week) in weeks.enumerated() {
            let x = left + Double(index) * slot
            let color = week.weekLabel == "Race" ? raceColor : week.isRecoveryWeek ? recoveryColor : trainingColor
            svg += "<rect x=\"\(number(x + 2))\" y=\"\(number(y(week.volumeKm)))\" width=\"\(number(max(1, slot - 4)))\" height=\"\(number(top + chartHeight - y(week.volumeKm)))\" fill=\"\(color)\"><title>Week \(week.weekNumber): \(number(week.volumeKm)) km, intensity \(Int(week.intensityScore))</title></rect>"
            points.append("\(number(x + slot / 2)),\(number(top + chartHeight - week.intensityScore / 100 * chartHeight))")
        }
        svg += "</g><g class=\"axis axis-weeks\" font-size=\"10\" text-anchor=\"middle\">"
        for (index, week) in weeks.enumerated() where index % labelEvery == 0 || index == weeks.count - 1 {
            svg += "<text class=\"tick\" x=\"\(number(left + (Double(index) + 0.5) * slot))\" y=\"\(number(top + chartHeight + 14))\">\(week.weekNumber)</text>"
        }
        svg += "<text x=\"\(number(left + chartWidth / 2))\" y=\"\(number(height - 6))\" font-size=\"11\">week</text></g>"
        svg += "<polyline class=\"intensity\" points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(intensityColor)\" stroke-width=\"2\"/>"
        svg += "<line x1=\"\(number(left))\" y1=\"\(number(top + chartHeight))\" x2=\"\(number(width - right))\" y2=\"\(number(top + chartHeight))\" stroke=\"#444\"/></svg>"
        var legend = [(trainingColor, "Training week", ""), (recoveryColor, "Recovery week", "")]
        if weeks.contains(where: { $0.weekLabel == "Race" }) { legend.append((raceColor, "Race week", "")) }
        legend.append((intensityColor, "Intensity (0–100, right axis)", " line"))
        return "<figure id=\"progression-chart\" class=\"chart\"><figcaption>Weekly volume (km, left axis) and intensity</figcaption>\(svg)"
            + "<ul class=\"legend\">" + legend.map { "<li><span class=\"swatch\($0.2)\" style=\"background:\($0.0)\"></span>\(escape($0.1))</li>" }.joined()
            + "</ul></figure>"
    }

    static let measuredColor = "#5a8f1c", estimatedColor = "#f28c28"

    /// The six radar axes on a 0–100 scale (rings at 25, 50, 75, 100); estimated values in orange.
    static func radarChart(_ plan: TrainingPlan) -> String {
        let points = plan.runnerSnapshot.profileRadar
        let size = 320.0, centre = 160.0, radius = 100.0
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(size)) \(Int(size))\" width=\"\(Int(size))\" height=\"\(Int(size))\" role=\"img\" aria-label=\"Runner profile on six axes, 0 to 100\">"
        func position(_ index: Int, _ value: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + Double(index) * 2 * Double.pi / Double(max(1, points.count))
            return (centre + cos(angle) * radius * value / 100, centre + sin(angle) * radius * value / 100)
        }
        svg += "<g class=\"axis axis-radar\" font-size=\"9\" fill=\"#7a858f\">"
        for ring in [25.0, 50, 75, 100] {
            let polygon = points.indices.map { position($0, ring) }.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
            svg += "<polygon points=\"\(polygon)\" fill=\"none\" stroke=\"#d9dee3\"/>"
            svg += "<text class=\"tick\" x=\"\(number(centre + 3))\" y=\"\(number(centre - radius * ring / 100 + 10))\">\(Int(ring))</text>"
        }
        svg += "</g>"
        let shape = points.enumerated().map { position($0.offset, $0.element.value) }.map { "\(number($0.0)),\(number($0.1))" }
        svg += "<polygon points=\"\(shape.joined(separator: " "))\" fill=\"#8cc63f55\" stroke=\"\(measuredColor)\" stroke-width=\"2\"/>"
        for (index, point) in points.enumerated() {
            let (x, y) = position(index, point.value)
            let (lx, ly) = position(index, 130)
            svg += "<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"4\" fill=\"\(point.uncertain ? estimatedColor : measuredColor)\"><title>\(escape(point.label.rawValue)): \(Int(point.value))\(point.uncertain ? " (estimated)" : "")</title></circle>"
            svg += "<text x=\"\(number(lx))\" y=\"\(number(ly))\" font-size=\"11\" text-anchor=\"middle\">\(escape(point.label.rawValue)) \(Int(point.value))</text>"
        }
        svg += "</svg>"
        return "<figure id=\"radar-chart\" class=\"chart\"><figcaption>Your profile (0–100 on each axis)</figcaption>\(svg)<ul class=\"legend\">"
            + "<li><span class=\"swatch dot\" style=\"background:\(measuredColor)\"></span>From your data or answers</li>"
            + "<li><span class=\"swatch dot\" style=\"background:\(estimatedColor)\"></span>Estimated</li></ul></figure>"
    }

    static let dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// One row per week, then (when there are any) one row with that week's cautions and coach
    /// notes, each once: the injury caution and safety-check notes are lifted out of the cells.
    static func calendar(_ plan: TrainingPlan, sessions: [PlannedSession]) -> String {
        var html = "<table class=\"calendar\"><tr class=\"days\"><th>Week</th>" + dayNames.map { "<th>\($0)</th>" }.joined() + "</tr>"
        let byWeek = Dictionary(grouping: sessions, by: \.weekNumber)
        for week in plan.weeklyPlan {
            var cautions: [String] = []
            func note(_ text: String) { if !cautions.contains(text) { cautions.append(text) } }
            html += "<tr class=\"week\(week.isRecoveryWeek ? " recovery" : "")\" id=\"week-\(week.weekNumber)\" data-week=\"\(week.weekNumber)\"><th>Week \(week.weekNumber)<br>\(escape(week.phaseName))<br>\(Int(week.volumeKm.rounded())) km</th>"
            for session in (byWeek[week.weekNumber] ?? []).sorted(by: { $0.scheduledDate < $1.scheduledDate }) {
                let day = RunnerField.formatDate(session.scheduledDate).suffix(5)
                let name = session.dayOfWeekShort
                let (why, found) = PlanRenderer.cautions(in: session)
                found.forEach(note)
                let flag = found.isEmpty ? "" : " <span class=\"flag\" title=\"see this week's notes\">⚠</span>"
                if session.isRestDay {
                    html += "<td class=\"rest\" data-day=\"\(name)\">\(day)<br>Rest\(flag)</td>"
                    continue
                }
                html += "<td class=\"\(session.isKeySession ? "key" : "")\" data-day=\"\(name)\">\(day)<br>"
                html += "<strong>\(escape(session.sessionTypeDisplay))</strong> \(escape(session.targetDurationDisplay)) · \(escape(session.effortDisplay))\(flag)<br>"
                if let pace = session.targetPaceDisplay { html += "\(escape(pace))<br>" }
                if let structure = session.structureDisplay { html += "<small>\(escape(structure))</small><br>" }
                html += "<span class=\"why\">\(escape(why))</span></td>"
            }
            html += "</tr>"
            let weekNotes = (week.coachNotes.map { [$0] } ?? []).filter { text in !cautions.contains { text.contains($0) } } + cautions
            if !weekNotes.isEmpty {
                html += "<tr class=\"week-notes\" id=\"week-\(week.weekNumber)-notes\"><td colspan=\"8\">"
                    + weekNotes.map { "<p>\(escape($0))</p>" }.joined() + "</td></tr>"
            }
        }
        return html + "</table>"
    }
}
