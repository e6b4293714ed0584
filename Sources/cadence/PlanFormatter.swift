import CadenceCore
import Foundation
import Planning

/// The plan in the terminal: the season view, the radar values, the weekly volume and intensity
/// bars (the seed's ProgressionChart), the safeguard log, and one week in detail.
enum PlanFormatter {
    static func date(_ millis: Int64) -> String { RunnerField.formatDate(millis) }

    static func bar(_ value: Double, of maximum: Double, width: Int, fill: Character = "█", empty: Character = "·") -> String {
        let filled = maximum > 0 ? max(0, min(width, Int((value / maximum * Double(width)).rounded()))) : 0
        return String(repeating: fill, count: filled) + String(repeating: empty, count: width - filled)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// `safeguards` name the checks for the runner (`SafeguardTitles`); their ids are never shown.
    static func overview(_ plan: TrainingPlan, sessions: [PlannedSession], feasibility: GoalFeasibility?, safeguards known: [Safeguard]) -> String {
        var lines: [String] = []
        let season = plan.seasonView
        lines.append(Terminal.bold(plan.name) + "  (\(plan.status.rawValue))  "
            + Terminal.dim("\(date(plan.startDate)) → \(date(plan.endDate)) · \(plan.periodizationModel.rawValue)"))
        lines.append("Goal: \(season.expectedOutcomes.primaryGoal) — "
            + (feasibility.map { "\($0.rawValue.replacingOccurrences(of: "_", with: " ")) (confidence: \(season.expectedOutcomes.confidenceLevel.rawValue))" }
                ?? season.expectedOutcomes.confidenceLevel.rawValue))
        lines.append(Terminal.dim(season.expectedOutcomes.confidenceReason))
        lines.append("")
        lines.append(season.coachSummary)
        lines.append("")
        lines.append(Terminal.bold("Profile when the plan was made") + Terminal.dim("  (~ = estimated)"))
        for point in plan.runnerSnapshot.profileRadar {
            lines.append("  \(pad(point.label.rawValue, 12)) \(bar(point.value, of: 100, width: 20)) \(leftPad(String(Int(point.value)), 3))\(point.uncertain ? " ~" : "")")
        }
        lines.append("")
        lines.append(Terminal.bold("Week  Phase   km    volume                    intensity"))
        let maxKm = plan.weeklyPlan.map(\.volumeKm).max() ?? 1
        for week in plan.weeklyPlan {
            let km = leftPad(String(format: "%.0f", week.volumeKm), 4)
            var line = "\(leftPad(String(week.weekNumber), 4))  \(pad(week.phaseName, 6)) \(km)  \(bar(week.volumeKm, of: maxKm, width: 24))  "
            line += "\(bar(week.intensityScore, of: 100, width: 10, fill: "▓", empty: "·")) \(leftPad(String(Int(week.intensityScore)), 3))"
            if let label = week.weekLabel { line += "  \(label)" }
            lines.append(line)
        }
        let paces = plan.targetPaces
        lines.append("")
        lines.append("Paces: easy \(paces.easy) · marathon \(paces.marathon) · threshold \(paces.threshold) · interval \(paces.interval) · repetition \(paces.repetition)")
        lines.append("")
        lines.append(safeguards(plan, known: known))
        let pending = confirmations(plan, known: known)
        if !pending.isEmpty { lines += [""] + pending }
        lines.append("")
        lines.append(Terminal.dim("One week in detail: cadence plan show --week N · calendar: cadence plan export --ics FILE"))
        return lines.joined(separator: "\n")
    }

    /// The safeguard questions a draft plan is waiting for and how to answer them, each by its
    /// runner-facing name; none for an active plan.
    static func confirmations(_ plan: TrainingPlan, known: [Safeguard]) -> [String] {
        let pending = PlanService.pendingConfirmations(plan)
        guard !pending.isEmpty else { return [] }
        return [Terminal.bold("Waiting for your confirmation before the plan becomes active:")]
            + pending.map { "  ? \(SafeguardTitles.title(forId: $0.safeguardId, in: known)): \($0.reason.dropFirst(SafeguardEngine.confirmationPrefix.count))" }
            + ["  Run `cadence plan confirm` to accept, or change your goal and run `cadence plan generate` again."]
    }

    /// The safeguard log: each check once, by its runner-facing name, with the weeks it touched.
    static func safeguards(_ plan: TrainingPlan, known: [Safeguard]) -> String {
        let applications = plan.safeguardApplications
        let checked = Set(applications.filter { !$0.reason.hasPrefix("Not applicable") && !$0.reason.hasPrefix("Not evaluated") }.map(\.safeguardId))
        let adjustments = applications.filter { $0.applied && $0.adjustedValue != nil }
        let notes = applications.filter { $0.applied && $0.adjustedValue == nil && !$0.reason.hasPrefix(SafeguardEngine.confirmationPrefix) }
        var lines = [Terminal.bold("Safeguards") + ": \(checked.count) checked, \(adjustments.count) adjustment\(adjustments.count == 1 ? "" : "s"), \(notes.count) warning\(notes.count == 1 ? "" : "s")"]
        for (id, group) in grouped(adjustments) {
            let places = group.compactMap { $0.originalValue?["at"]?.stringValue }.joined(separator: ", ")
            let message = group[0].reason.replacingOccurrences(of: " (\(group[0].originalValue?["at"]?.stringValue ?? "-")).", with: "")
            lines.append("  ✱ \(SafeguardTitles.title(forId: id, in: known)): \(message)\(places.isEmpty ? "" : " — \(places)")")
        }
        // A warning repeated week after week (an injury reminder) is said once.
        for (id, group) in grouped(notes) {
            for reason in group.map(\.reason).uniqued() {
                lines.append("  ! \(SafeguardTitles.title(forId: id, in: known)): \(reason)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Applications by safeguard, in the order each first appears.
    private static func grouped(_ applications: [TrainingPlan.SafeguardApplication]) -> [(String, [TrainingPlan.SafeguardApplication])] {
        var groups: [String: [TrainingPlan.SafeguardApplication]] = [:]
        var order: [String] = []
        for application in applications {
            if groups[application.safeguardId] == nil { order.append(application.safeguardId) }
            groups[application.safeguardId, default: []].append(application)
        }
        return order.map { ($0, groups[$0]!) }
    }

    static func week(_ plan: TrainingPlan, number: Int, sessions: [PlannedSession]) -> String {
        let week = plan.weeklyPlan[number - 1]
        var lines = [Terminal.bold("Week \(number) of \(plan.durationWeeks)") + " · \(week.phaseName) (week \(week.phaseWeekNumber)) · "
            + String(format: "%.0f km", week.volumeKm) + " · intensity \(Int(week.intensityScore))"
            + Terminal.dim("  \(date(week.weekStartDate)) → \(date(week.weekEndDate))")]
        if let label = week.weekLabel { lines[0] += "  [\(label)]" }
        lines.append("Focus: \(week.weekFocus)")
        lines.append("Why: \(week.weekJustification)")
        if let notes = week.coachNotes { lines.append("Coach notes: \(notes)") }
        if let signals = week.warningSignals, !signals.isEmpty { lines.append("Watch for: \(signals.joined(separator: "; "))") }
        lines.append("")
        for session in sessions.filter({ $0.weekNumber == number }).sorted(by: { $0.scheduledDate < $1.scheduledDate }) {
            let day = "\(session.dayOfWeekShort) \(date(session.scheduledDate).suffix(5))"
            if session.isRestDay {
                // A paused plan's rest days say what is allowed instead (pain-free cross-training).
                lines.append(Terminal.dim("\(day)  \(session.sessionTypeDisplay)"
                    + (session.sessionTypeDisplay == "Rest" ? "" : "\n           \(session.description)")))
                continue
            }
            var head = "\(day)  " + Terminal.bold(session.sessionTypeDisplay) + "  \(session.targetDurationDisplay) · \(session.effortDisplay)"
            if let pace = session.targetPaceDisplay { head += " · \(pace)" }
            if let low = session.targetHeartRateMin, let high = session.targetHeartRateMax { head += " · \(Int(low))–\(Int(high)) bpm" }
            lines.append(head)
            if let structure = session.structureDisplay { lines.append("           \(structure)") }
            lines.append(Terminal.dim("           Why: \(session.justification)"))
            if let placement = session.placementRationale { lines.append(Terminal.dim("           When: \(placement)")) }
        }
        return lines.joined(separator: "\n")
    }
}

private extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
