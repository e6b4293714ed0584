import CadenceCore
import Foundation

/// Re-plans the rest of a season from what the runner actually did. Pure: the caller reads the
/// plan, its matched sessions and the runs, and saves the result.
///
/// **Where the new plan starts.** The base is the weekly volume actually run in the 14 days
/// up to the last run (only the days the history covers, from the plan's start or the first
/// imported run, and at least a week; with no run since the plan began, the runner's stated
/// volume), scaled
/// by how long the runner has not run, after Daniels' return-after-a-break guidance: up to 5
/// days off 100 %, 6–13 days 75 %, 14–28 days 50 %, longer 33 %. It is never above what the old
/// plan asked for this week, so **missed volume is never caught up**: the new plan starts from
/// what was done, and the safeguard engine checks it like any other plan (the 10 % rule, ACWR,
/// red flags from the runner's current pain or injury, race-date limits).
///
/// **The never-catch-up rule**, enforced by construction through a `VolumeCeiling` passed to the
/// generator: the adapted plan's first week is at most the old plan's volume for the week that
/// holds today, and at most 10 % (or 1 km, whichever is more) above the base; no adapted week is
/// above the old plan's peak unless the race date moved. Volumes here are training kilometres:
/// a race is the race's own distance wherever it falls, not volume made up. A base too small for the generator's
/// usual 6 km first week gets a smaller week (fewer, shorter runs; run-walk for a beginner).
/// The season simulator asserts the rule for 2 000 seasons.
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

    /// Adapts `plan` for `runner` from `today` (local day number) on. `runs` must reach back 14
    /// days before the plan; `historyStart` is the day of the first activity on record when
    /// `runs` starts later than that (nil: the first of `runs`).
    public func adapt(runner: Runner, plan: TrainingPlan, sessions: [PlannedSession], runs: [Run], historyStart: Int? = nil,
                      today: Int, safeguards: [Safeguard]) throws(PlanningError) -> Outcome {
        let planStart = sessions.map { CivilDay.number(millis: $0.scheduledDate, offsetSeconds: 0) }.min() ?? today
        let past = runs.filter { $0.day < today }
        let lastRun = past.map(\.day).max()
        let daysOff = today - max(lastRun ?? planStart, planStart - 1) - 1
        // The 14 days up to the last run, from where the history begins: days before both the plan
        // and the first imported run are unknown, not days without running (a week at least).
        let known = min(planStart, historyStart ?? planStart, past.map(\.day).min() ?? planStart)
        let before = lastRun.map { last in
            let from = max(last - 13, known)
            let km = past.filter { $0.day >= from && $0.day <= last }.map(\.km).reduce(0, +)
            return km * 7 / Double(max(7, last - from + 1))
        }
        let stated = runner.running.currentVolume ?? runner.running.actualWeeklyVolume ?? 0
        let preBreak = (lastRun.map { $0 >= planStart } ?? false) ? before ?? stated : stated
        let factor = Self.returnFactor(daysOff: max(0, daysOff))
        // What the old plan asks for the week that holds today (or its last week after the end).
        let weekNow = plan.weeklyPlan.first { week in
            let start = CivilDay.number(millis: week.weekStartDate, offsetSeconds: 0)
            return today >= start && today < start + 7
        } ?? plan.weeklyPlan.last
        // Training kilometres (the race left out), as the ceiling counts them.
        let oldWeeks = Self.trainingKmByWeek(sessions)
        let oldNow = weekNow.map { oldWeeks[$0.weekNumber] ?? 0 } ?? preBreak
        let base = Self.round(min(preBreak * factor, oldNow))

        var adjusted = runner
        adjusted.running.currentVolume = base
        adjusted.running.actualWeeklyVolume = nil
        adjusted.currentState.last28DaysVolume = nil
        let start = Date(timeIntervalSince1970: Double(today) * 86_400)
        let raceMoved = plan.targetDate != nil && runner.goals.raceDate != nil && plan.targetDate != runner.goals.raceDate
        let oldPeak = oldWeeks.values.max()
        let ceiling = Self.ceiling(base: base, oldNow: oldNow, oldPeak: raceMoved ? nil : oldPeak)
        var checked = try service.generateUnchecked(for: adjusted, safeguards: safeguards, start: start, ceiling: ceiling)

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

    /// The never-catch-up ceiling: the first week at most the old plan's week now and the base
    /// plus 10 % (at least 1 km, so a tiny base can still hold a run); no week above `oldPeak`.
    public static func ceiling(base: Double, oldNow: Double, oldPeak: Double?) -> VolumeCeiling {
        let first = min(oldNow, max(base * 1.1, base + 1))
        return VolumeCeiling(firstWeekKm: first, weekKm: oldPeak,
                             reason: "missed training is never made up: the first week stays within 10 % (or 1 km) of the \(text(base)) km restart "
                                 + "and the \(text(oldNow)) km the old plan asked for now"
                                 + (oldPeak.map { ", and no week passes the old plan's \(text($0)) km peak" } ?? ""))
    }

    /// Each week's planned training kilometres by week number, the race itself left out: a race
    /// week's total is not a training load to build to, and a rebuilt race week adds the same
    /// race back. A week of rest days only is 0.
    public static func trainingKmByWeek(_ sessions: [PlannedSession]) -> [Int: Double] {
        var weeks: [Int: Double] = [:]
        for session in sessions {
            let km = session.isRestDay || session.sessionType == .race ? 0 : (session.targetDistanceMeters ?? 0) / 1000
            weeks[session.weekNumber, default: 0] += km
        }
        return weeks
    }

    static func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }
    static func text(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value) }
}
