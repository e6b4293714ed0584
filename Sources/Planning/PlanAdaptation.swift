import CadenceCore
import Foundation

/// Re-plans the rest of a season from what the runner actually did. Pure: the caller reads the
/// plan, its matched sessions and the runs, and saves the result.
///
/// **Where the new plan starts.** The base is the weekly volume actually run in the 14 days
/// before the last run (or, with no run since the plan began, the runner's stated volume), scaled
/// by how long the runner has not run, after Daniels' return-after-a-break guidance: up to 5
/// days off 100 %, 6–13 days 75 %, 14–28 days 50 %, longer 33 %. It is never above what the old
/// plan asked for this week, so **missed volume is never caught up**: the new plan starts from
/// what was done, and the safeguard engine checks it like any other plan (the 10 % rule, ACWR,
/// red flags from the runner's current pain or injury, race-date limits).
///
/// **The never-catch-up rule** (checked by the season simulator): the adapted plan's first week is
/// at most the old plan's volume for that week, and at most 10 % above the base; no adapted
/// week is above the old plan's peak. Not yet enforced here: the generator's 6 km minimum week
/// and its peak for the rebuilt season can exceed it (the simulator lists those as known issues).
public struct PlanAdaptation: Sendable {
    /// One run: local day number and kilometres.
    public struct Run: Sendable {
        public let day: Int
        public let km: Double

        public init(day: Int, km: Double) {
            self.day = day
            self.km = km
        }
    }

    public struct Outcome: Sendable {
        public let checked: CheckedPlan
        /// The volume the new plan starts from (km/week) and why.
        public let baseKm: Double
        public let daysWithoutRunning: Int
        /// What the adaptation changed, with reasons; also at the front of the plan's decisions.
        public let changes: [TrainingPlan.Decision]
    }

    public let service: PlanService

    public init(service: PlanService) {
        self.service = service
    }

    /// The share of the pre-break volume to resume at after `days` without running.
    public static func returnFactor(daysOff days: Int) -> Double {
        switch days {
        case ...5: 1.0
        case 6...13: 0.75
        case 14...28: 0.5
        default: 0.33
        }
    }

    /// Adapts `plan` for `runner` from `today` (local day number) on.
    public func adapt(runner: Runner, plan: TrainingPlan, sessions: [PlannedSession], runs: [Run], today: Int,
                      safeguards: [Safeguard]) throws(PlanningError) -> Outcome {
        let planStart = sessions.map { CivilDay.number(millis: $0.scheduledDate, offsetSeconds: 0) }.min() ?? today
        let past = runs.filter { $0.day < today }
        let lastRun = past.map(\.day).max()
        let daysOff = today - max(lastRun ?? planStart, planStart - 1) - 1
        let before = lastRun.map { last in past.filter { $0.day > last - 14 && $0.day <= last }.map(\.km).reduce(0, +) / 2 }
        let stated = runner.running.currentVolume ?? runner.running.actualWeeklyVolume ?? 0
        let preBreak = (lastRun.map { $0 >= planStart } ?? false) ? before ?? stated : stated
        let factor = Self.returnFactor(daysOff: max(0, daysOff))
        // What the old plan asks for the week that holds today (or its last week after the end).
        let weekNow = plan.weeklyPlan.first { week in
            let start = CivilDay.number(millis: week.weekStartDate, offsetSeconds: 0)
            return today >= start && today < start + 7
        } ?? plan.weeklyPlan.last
        let oldNow = weekNow?.volumeKm ?? preBreak
        let base = Self.round(min(preBreak * factor, oldNow))

        var adjusted = runner
        adjusted.running.currentVolume = base
        adjusted.running.actualWeeklyVolume = nil
        adjusted.currentState.last28DaysVolume = nil
        let start = Date(timeIntervalSince1970: Double(today) * 86_400)
        var checked = try service.generateUnchecked(for: adjusted, safeguards: safeguards, start: start)

        var changes: [TrainingPlan.Decision] = []
        let doneWeeks = plan.weeklyPlan.filter { CivilDay.number(millis: $0.weekEndDate, offsetSeconds: 0) < today }
        let missedKm = Self.round(doneWeeks.map(\.volumeKm).reduce(0, +)
            - sessions.filter { CivilDay.number(millis: $0.scheduledDate, offsetSeconds: 0) < today }.compactMap(\.actualDistanceMeters).reduce(0, +) / 1000)
        changes.append(.init(decisionType: .volume, what: "Restart at \(Self.text(base)) km/week",
                             source: .coachRule,
                             reasoning: "\(Self.text(Self.round(preBreak))) km/week run before \(daysOff > 5 ? "a break of \(daysOff) days" : "now")"
                                + (factor < 1 ? ", resumed at \(Int(factor * 100)) % (Daniels: after 6–28 days off, half then three-quarters of the load)" : "")
                                + (preBreak * factor > oldNow ? "; capped at the \(Self.text(oldNow)) km the plan asked for this week" : "") + ".",
                             relatedRule: "return_after_break"))
        if missedKm > 0.5 {
            changes.append(.init(decisionType: .volume, what: "\(Self.text(missedKm)) km missed are not made up", source: .coachRule,
                                 reasoning: "Missed training is never caught up: adding it to later weeks would spike the load the safeguards exist to prevent.",
                                 relatedRule: "never_catch_up"))
        }
        if let oldRace = plan.targetDate, let newRace = runner.goals.raceDate, oldRace != newRace {
            changes.append(.init(decisionType: .periodization, what: "Race date moved to \(RunnerField.formatDate(newRace))", source: .coachRule,
                                 reasoning: "The phases are rebuilt to end on the new race date (was \(RunnerField.formatDate(oldRace)))."))
        }
        if !(runner.health.currentPain ?? []).isEmpty {
            changes.append(.init(decisionType: .intensity, what: "Adapted around current pain", source: .coachRule,
                                 reasoning: "The runner reports pain (\((runner.health.currentPain ?? []).joined(separator: ", "))): the plan was rebuilt through the red-flag rules."))
        }
        let newPlan = checked.plan
        changes.append(.init(decisionType: .periodization,
                             what: "\(newPlan.durationWeeks) weeks from \(RunnerField.formatDate(newPlan.startDate)) replace the rest of plan \(plan.id)",
                             source: .coachRule, reasoning: "Rebuilt from what was done; the previous version is kept in the plan history."))
        var plan2 = newPlan
        plan2.decisions = changes + newPlan.decisions
        plan2.modificationHistory = (newPlan.modificationHistory ?? []) + [.init(
            timestamp: service.clock.millis, changeType: "adapted",
            description: "Adapted from plan \(plan.id): " + changes.map(\.what).joined(separator: "; "))]
        checked = CheckedPlan(plan: plan2, sessions: checked.sessions, assessment: checked.assessment, confirmations: checked.confirmations,
                              warnings: checked.warnings, unevaluated: checked.unevaluated, draft: checked.draft)
        return Outcome(checked: checked, baseKm: base, daysWithoutRunning: max(0, daysOff), changes: changes)
    }

    static func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }
    static func text(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value) }
}
