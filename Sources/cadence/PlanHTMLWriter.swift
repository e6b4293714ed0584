import CadenceCore
import Foundation

/// A self-contained web page for a plan: the season view, the progression chart (weekly volume
/// bars with the intensity line) and the radar chart as inline SVG, and a week-by-week calendar.
enum PlanHTMLWriter {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    static func html(_ plan: TrainingPlan, sessions: [PlannedSession], runnerName: String) -> String {
        let season = plan.seasonView
        var body = """
        <h1>\(escape(plan.name))</h1>
        <p class="meta">\(escape(runnerName)) · \(RunnerField.formatDate(plan.startDate)) → \(RunnerField.formatDate(plan.endDate)) · \(escape(plan.periodizationModel.rawValue)) · status \(escape(plan.status.rawValue))</p>
        <p class="goal"><strong>\(escape(season.expectedOutcomes.primaryGoal))</strong> — \(escape(season.expectedOutcomes.confidenceLevel.rawValue)): \(escape(season.expectedOutcomes.confidenceReason))</p>
        <p>\(escape(season.coachSummary))</p>
        <div class="charts">\(progressionChart(plan))\(radarChart(plan))</div>
        <h2>Why this plan</h2>
        <p>\(escape(season.periodizationJustification))</p>
        <p>\(escape(season.volumeStrategyJustification))</p>
        <h3>Milestones</h3><ul>
        """
        for milestone in season.keyMilestones {
            body += "<li>Week \(milestone.weekNumber): <strong>\(escape(milestone.milestone))</strong> — \(escape(milestone.significance))</li>"
        }
        body += "</ul><h3>Risks we are managing</h3><ul>"
        for risk in season.identifiedRisks {
            body += "<li><strong>\(escape(risk.risk))</strong>: \(escape(risk.mitigation)). Watch for: \(escape(risk.monitoringSignals.joined(separator: ", ")))</li>"
        }
        body += "</ul><h2>Calendar</h2>\(calendar(plan, sessions: sessions))"
        body += "<h2>Safeguards</h2><ul class=\"safeguards\">"
        for application in plan.safeguardApplications where application.applied {
            body += "<li><code>\(escape(application.safeguardId))</code> \(escape(application.reason))</li>"
        }
        body += "</ul>"
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(escape(plan.name))</title>
        <style>
        body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1d232a}
        .meta{color:#5b6670}.charts{display:flex;flex-wrap:wrap;gap:2em;align-items:flex-start}
        table.calendar{border-collapse:collapse;width:100%;font-size:.85em}
        .calendar th,.calendar td{border:1px solid #d9dee3;padding:.35em;vertical-align:top}
        .calendar td.key{background:#eef9d6}.calendar td.rest{color:#9aa4ad}.calendar tr.recovery th{background:#e6f0fa}
        .calendar .why{color:#5b6670;font-size:.9em}.safeguards{font-size:.85em}
        </style></head><body>
        \(body)
        </body></html>

        """
    }

    /// Weekly volume as bars (recovery weeks in blue, the race week in orange) and intensity as a line.
    static func progressionChart(_ plan: TrainingPlan) -> String {
        let weeks = plan.weeklyPlan
        let width = 640.0, height = 260.0, left = 40.0, bottom = 30.0, top = 20.0
        let maxKm = max(1, (weeks.map(\.volumeKm).max() ?? 1) * 1.1)
        let step = (width - left - 10) / Double(max(1, weeks.count))
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Weekly volume and intensity\">"
        svg += "<text x=\"\(left)\" y=\"14\" font-size=\"12\">Weekly volume (km, bars) and intensity (0–100, line)</text>"
        let chartHeight = height - bottom - top
        var points: [String] = []
        for (index, week) in weeks.enumerated() {
            let x = left + Double(index) * step
            let barHeight = week.volumeKm / maxKm * chartHeight
            let color = week.weekLabel == "Race" ? "#f28c28" : week.isRecoveryWeek ? "#7fb3e6" : "#8cc63f"
            svg += "<rect x=\"\(number(x + 2))\" y=\"\(number(top + chartHeight - barHeight))\" width=\"\(number(step - 4))\" height=\"\(number(barHeight))\" fill=\"\(color)\"><title>Week \(week.weekNumber): \(number(week.volumeKm)) km, intensity \(Int(week.intensityScore))</title></rect>"
            svg += "<text x=\"\(number(x + step / 2))\" y=\"\(number(height - 12))\" font-size=\"10\" text-anchor=\"middle\">\(week.weekNumber)</text>"
            points.append("\(number(x + step / 2)),\(number(top + chartHeight - week.intensityScore / 100 * chartHeight))")
        }
        svg += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#d0342c\" stroke-width=\"2\"/>"
        svg += "<line x1=\"\(left)\" y1=\"\(top + chartHeight)\" x2=\"\(width - 10)\" y2=\"\(top + chartHeight)\" stroke=\"#444\"/>"
        svg += "<text x=\"4\" y=\"\(number(top + 10))\" font-size=\"10\">\(Int(maxKm)) km</text></svg>"
        return svg
    }

    /// The six radar axes; estimated values are drawn in orange.
    static func radarChart(_ plan: TrainingPlan) -> String {
        let points = plan.runnerSnapshot.profileRadar
        let size = 300.0, centre = 150.0, radius = 100.0
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(size))\" height=\"\(Int(size))\" viewBox=\"0 0 \(Int(size)) \(Int(size))\" role=\"img\" aria-label=\"Runner profile\">"
        func position(_ index: Int, _ value: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + Double(index) * 2 * Double.pi / Double(max(1, points.count))
            return (centre + cos(angle) * radius * value / 100, centre + sin(angle) * radius * value / 100)
        }
        for ring in [25.0, 50, 75, 100] {
            let polygon = points.indices.map { position($0, ring) }.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
            svg += "<polygon points=\"\(polygon)\" fill=\"none\" stroke=\"#d9dee3\"/>"
        }
        let shape = points.enumerated().map { position($0.offset, $0.element.value) }.map { "\(number($0.0)),\(number($0.1))" }
        svg += "<polygon points=\"\(shape.joined(separator: " "))\" fill=\"#8cc63f55\" stroke=\"#5a8f1c\" stroke-width=\"2\"/>"
        for (index, point) in points.enumerated() {
            let (x, y) = position(index, point.value)
            let (lx, ly) = position(index, 125)
            svg += "<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"4\" fill=\"\(point.uncertain ? "#f28c28" : "#5a8f1c")\"><title>\(escape(point.label.rawValue)): \(Int(point.value))\(point.uncertain ? " (estimated)" : "")</title></circle>"
            svg += "<text x=\"\(number(lx))\" y=\"\(number(ly))\" font-size=\"11\" text-anchor=\"middle\">\(escape(point.label.rawValue)) \(Int(point.value))</text>"
        }
        return svg + "</svg>"
    }

    static func calendar(_ plan: TrainingPlan, sessions: [PlannedSession]) -> String {
        var html = "<table class=\"calendar\"><tr><th>Week</th>" + ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map { "<th>\($0)</th>" }.joined() + "</tr>"
        let byWeek = Dictionary(grouping: sessions, by: \.weekNumber)
        for week in plan.weeklyPlan {
            html += "<tr class=\"\(week.isRecoveryWeek ? "recovery" : "")\"><th>\(week.weekNumber)<br>\(escape(week.phaseName))<br>\(Int(week.volumeKm.rounded())) km</th>"
            for session in (byWeek[week.weekNumber] ?? []).sorted(by: { $0.scheduledDate < $1.scheduledDate }) {
                if session.isRestDay {
                    html += "<td class=\"rest\">\(RunnerField.formatDate(session.scheduledDate).suffix(5))<br>Rest</td>"
                    continue
                }
                html += "<td class=\"\(session.isKeySession ? "key" : "")\">\(RunnerField.formatDate(session.scheduledDate).suffix(5))<br>"
                html += "<strong>\(escape(session.sessionTypeDisplay))</strong> \(escape(session.targetDurationDisplay)) · \(escape(session.effortDisplay))<br>"
                if let pace = session.targetPaceDisplay { html += "\(escape(pace))<br>" }
                if let structure = session.structureDisplay { html += "<small>\(escape(structure))</small><br>" }
                html += "<span class=\"why\">\(escape(session.justification))</span></td>"
            }
            html += "</tr>"
        }
        return html + "</table>"
    }
}
