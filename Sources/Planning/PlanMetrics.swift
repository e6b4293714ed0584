import CadenceCore
import Foundation

/// The condition fields safeguards can use, computed from a draft plan.
///
/// Definitions (see the KnowledgeBase README for the rules that use them):
/// - Week volume is *training* volume: the race itself is the goal, not training load, so it is
///   left out of volume, long-run, session-length, easy-share and load fields.
/// - `weeklyVolumeIncrease`: (week km − reference km) ÷ reference km, where the reference is the
///   most recent earlier week that is not a recovery week, or the runner's current volume for
///   week 1 (undefined, so not evaluated, when the runner runs under 5 km a week: that is not
///   yet regular running, and the plan starts with run-walk).
/// - `consecutiveHardDays`: longest run of back-to-back calendar days with a hard session (the
///   race included) that ends in the week; Sunday and the next Monday are neighbours.
/// - `acuteChronicRatio`: coupled rolling ratio on weekly session-RPE load (minutes × effort):
///   the week's load ÷ the mean of it and the three weeks before. Weeks before the plan count at
///   the runner's current volume run easy; when that is zero the first three weeks are not evaluated.
/// - `longRunShareOverLimit`: the long run's share of the week's training km minus the share the
///   generator allows for the week's runs, race distance and volume
///   (`PlanGenerator.longRunShareLimit`); above 0 means longer than the plan itself would make it.
/// - `taperWeeks`: days from the first taper day to race day, both included, ÷ 7; nil when every
///   week of the plan is taper (a race this close cannot be tapered for longer, and the
///   `weeksToRace` confirmation covers it).
/// - `taperWeeksMarathon` / `taperWeeksHalfMarathon` / `weeksToMarathonFromLowBase`: as defined
///   in the KnowledgeBase README; nil (not evaluated) when the race is not of that distance.
public enum PlanMetrics {
    public enum Scope: String, Sendable { case week, session, plan }

    /// Every condition field the engine can compute, with the level it is evaluated at.
    public enum Field: String, Sendable, CaseIterable {
        case weeklyVolumeIncrease, consecutiveHardDays, longRunPercentage, restDaysPerWeek, hardSessionsPerWeek
        case runsPerWeek, longRunDistanceKm, longRunDurationMinutes, longRunIncreaseKm, easyShare
        case hardSessionsWithCurrentPain, acuteChronicRatio, longRunShareOverLimit
        case sessionDurationMinutes, sessionDurationOverRunnerMaxMinutes
        case taperWeeks, peakVolumeToCurrentRatio, weeksToRace, taperWeeksMarathon, taperWeeksHalfMarathon
        case weeksToMarathonFromLowBase
        // Defined in PlanMetrics+Safeguards.swift (issue 20).
        case weeklyVolumeAboveRecentHigh, weeklyVolumeAboveRecentHighKm, runSpikeOverLongest30Days, longRunIncreaseOverRecentKm
        case longRunKmOverShareAllowance, longRunDurationMinutesUnderHalfMarathon, longRunDurationMinutesHalfMarathon
        case consecutiveRunDaysAfterBoneStressInjury, volumeAboveCurrentWithRedsSigns, sessionDurationMinutesExceptLongRun
        case raceDistanceKm, runningSessionsWithRedFlagSymptoms, runningSessionsWithStopPain, runningSessionsWithIllness
        case runningSessionsPostpartumWithoutClearance, runningSessionsWithUnhealedBoneStressInjury
        case volumeAboveCurrentWhilePregnant, pregnantWithoutClearance

        public var scope: Scope {
            if let scope = safeguardScope { return scope }
            return switch self {
            case .sessionDurationMinutes, .sessionDurationOverRunnerMaxMinutes: .session
            case .taperWeeks, .peakVolumeToCurrentRatio, .weeksToRace, .taperWeeksMarathon, .taperWeeksHalfMarathon,
                 .weeksToMarathonFromLowBase: .plan
            default: .week
            }
        }
    }

    public static var fieldNames: [String] { Field.allCases.map(\.rawValue) }

    /// Below this weekly volume a runner is not running regularly: week 1 is not compared with
    /// it (10% of almost nothing means nothing), and weeks before the plan carry no load.
    public static let regularVolumeFloorKm = 5.0
    static func baseline(_ draft: PlanDraft) -> Double? {
        draft.profile.currentVolumeKm >= regularVolumeFloorKm ? draft.profile.currentVolumeKm : nil
    }

    public static let marathonKm = 42.1
    public static let halfMarathonKm = 21.0

    /// Effort (0–10) of a pace zone, for loads and intensity scores.
    public static func effort(_ zone: PaceZone) -> Double {
        switch zone {
        case .recovery: 2
        case .easy: 3
        case .marathon: 6
        case .threshold: 7
        case .interval: 8
        case .repetition: 8
        case .race: 9
        }
    }

    /// Effort of walking (run-walk breaks).
    static let walkEffort = 1.0

    public static func load(_ session: DraftSession) -> Double {
        var total = 0.0
        for segment in session.segments {
            total += segment.minutes * Double(segment.repetitions) * effort(segment.zone)
                + segment.recoveries * (segment.recoveryIsWalk ? walkEffort : effort(.recovery))
        }
        return total
    }

    public static func weekLoad(_ week: DraftWeek) -> Double {
        var total = 0.0
        for session in week.sessions where session.kind != .race && session.kind != .rest { total += load(session) }
        return total
    }

    /// The reference week for `weeklyVolumeIncrease`: the most recent earlier non-recovery week.
    public static func referenceKm(_ draft: PlanDraft, week index: Int) -> Double? {
        var previous = index - 1
        while previous >= 0, draft.weeks[previous].isRecovery { previous -= 1 }
        if previous >= 0 { return draft.weeks[previous].km(draft.paces) }
        return baseline(draft)
    }

    static func hardDays(_ draft: PlanDraft) -> [Bool] {
        draft.weeks.flatMap { week in week.sessions.map(\.isHard) }
    }

    public static func week(_ field: Field, _ draft: PlanDraft, _ index: Int) -> Double? {
        let week = draft.weeks[index]
        let paces = draft.paces
        var long: DraftSession? {
            guard let longIndex = week.longRunIndex else { return nil }
            return week.sessions[longIndex]
        }
        switch field {
        case .weeklyVolumeIncrease:
            guard let reference = referenceKm(draft, week: index), reference > 0 else { return nil }
            return (week.km(paces) - reference) / reference
        case .consecutiveHardDays:
            let days = hardDays(draft)
            var longest = 0, streak = 0
            for day in 0..<((index + 1) * 7) {
                streak = days[day] ? streak + 1 : 0
                if day >= index * 7 { longest = max(longest, streak) }
            }
            return Double(longest)
        case .longRunPercentage:
            guard let long, week.km(paces) > 0 else { return nil }
            return long.km(paces) / week.km(paces)
        case .longRunShareOverLimit:
            guard let long, week.km(paces) > 0 else { return nil }
            let limit = PlanGenerator.longRunShareLimit(runs: week.runCount, raceKm: draft.profile.raceKm, weekKm: week.km(paces))
            return long.km(paces) / week.km(paces) - limit
        case .restDaysPerWeek: return Double(7 - week.runCount)
        case .hardSessionsPerWeek:
            var count = 0
            for session in week.sessions where session.isHard { count += 1 }
            return Double(count)
        case .runsPerWeek: return Double(week.runCount)
        case .longRunDistanceKm: return long.map { $0.km(paces) }
        case .longRunDurationMinutes: return long?.totalMinutes
        case .longRunIncreaseKm:
            guard let long, index > 0, let previous = draft.weeks[index - 1].longRunIndex else { return nil }
            return long.km(paces) - draft.weeks[index - 1].sessions[previous].km(paces)
        case .easyShare:
            var total = 0.0, hard = 0.0
            for session in week.sessions where session.kind != .race && session.kind != .rest {
                total += session.totalMinutes
                hard += session.hardMinutes
            }
            guard total > 0 else { return nil }
            return 1 - hard / total
        case .hardSessionsWithCurrentPain:
            guard draft.profile.hasCurrentPain else { return 0 }
            var count = 0
            for session in week.sessions where session.kind != .race && session.isHard { count += 1 }
            return Double(count)
        case .acuteChronicRatio:
            let history = (baseline(draft) ?? 0) * paces.secondsPerKm(.easy) / 60 * effort(.easy)
            var loads: [Double] = []
            for back in (index - 3)...index {
                if back < 0 {
                    guard history > 0 else { return nil }
                    loads.append(history)
                } else {
                    loads.append(weekLoad(draft.weeks[back]))
                }
            }
            let chronic = loads.reduce(0, +) / 4
            return chronic > 0 ? loads[3] / chronic : nil
        default: return safeguardWeek(field, draft, index)
        }
    }

    /// `week(field, draft, index)` for every week at once, sharing the work that spans weeks.
    public static func weekValues(_ field: Field, _ draft: PlanDraft) -> [Double?] {
        let count = draft.weeks.count
        switch field {
        case .weeklyVolumeIncrease:
            let kms = draft.weeks.map { $0.km(draft.paces) }
            var reference: Double? = baseline(draft)
            return (0..<count).map { index in
                defer { if !draft.weeks[index].isRecovery { reference = kms[index] } }
                guard let reference, reference > 0 else { return nil }
                return (kms[index] - reference) / reference
            }
        case .consecutiveHardDays:
            var streak = 0
            return draft.weeks.map { week in
                var longest = 0
                for session in week.sessions {
                    streak = session.isHard ? streak + 1 : 0
                    longest = max(longest, streak)
                }
                return Double(longest)
            }
        case .acuteChronicRatio:
            let history = (baseline(draft) ?? 0) * draft.paces.secondsPerKm(.easy) / 60 * effort(.easy)
            let loads = draft.weeks.map(weekLoad)
            return (0..<count).map { index in
                var window: [Double] = []
                for back in (index - 3)...index {
                    if back < 0 {
                        guard history > 0 else { return nil }
                        window.append(history)
                    } else {
                        window.append(loads[back])
                    }
                }
                let chronic = window.reduce(0, +) / 4
                return chronic > 0 ? window[3] / chronic : nil
            }
        default:
            if let values = safeguardWeekValues(field, draft) { return values }
            return (0..<count).map { week(field, draft, $0) }
        }
    }

    public static func session(_ field: Field, _ draft: PlanDraft, _ session: DraftSession) -> Double? {
        guard session.isRun, session.kind != .race else { return nil }
        switch field {
        case .sessionDurationMinutes: return session.totalMinutes
        case .sessionDurationOverRunnerMaxMinutes:
            guard let limit = draft.profile.maxMinutes(for: session.kind) else { return 0 }
            return max(0, session.totalMinutes - limit)
        default: return safeguardSession(field, draft, session)
        }
    }

    public static func plan(_ field: Field, _ draft: PlanDraft) -> Double? {
        let raceKm = draft.profile.raceKm
        switch field {
        case .taperWeeks: return taperWeeks(draft)
        case .taperWeeksMarathon:
            guard let raceKm, raceKm >= marathonKm else { return nil }
            return taperWeeks(draft)
        case .taperWeeksHalfMarathon:
            guard let raceKm, raceKm >= halfMarathonKm, raceKm < marathonKm else { return nil }
            return taperWeeks(draft)
        case .peakVolumeToCurrentRatio:
            guard let current = baseline(draft) else { return nil }
            let peak = draft.weeks.map { $0.km(draft.paces) }.max() ?? 0
            return peak / current
        case .weeksToRace: return draft.weeksToRace
        case .weeksToMarathonFromLowBase:
            guard let raceKm, raceKm >= marathonKm, draft.profile.currentVolumeKm < 30 else { return nil }
            return draft.weeksToRace
        default: return safeguardPlan(field, draft)
        }
    }

    static func taperWeeks(_ draft: PlanDraft) -> Double? {
        guard let raceDay = draft.raceDay, draft.profile.isRace else { return nil }
        guard let first = draft.weeks.firstIndex(where: { $0.phase == .taper }) else { return 0 }
        // A plan that is all taper cannot taper any longer: nothing to measure.
        guard first > 0 else { return nil }
        let days = (draft.weeks.count - 1 - first) * 7 + raceDay + 1
        return Double(days) / 7
    }
}
