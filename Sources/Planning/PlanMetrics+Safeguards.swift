import CadenceCore
import Foundation

/// The condition fields added for issue 20 (progression by the evidence, goal-dependent long-run
/// caps, and the health rules that pause running). Definitions, also in the KnowledgeBase README:
///
/// - `weeklyVolumeAboveRecentHigh`: (week km − recent high) ÷ recent high, where the recent high is
///   the highest training week of the 4 weeks before (the runner's current volume stands in for
///   weeks before the plan when it is regular running, ≥ 5 km). A return to the level before a
///   down week is ≤ 0, so it is never capped. `…Km` is the same difference in km.
/// - `runSpikeOverLongest30Days`: the largest (run km ÷ longest run of the previous 30 days − 1) of
///   the week's runs. The previous 30 days hold the planned runs (the race included) and, for the
///   plan's first 30 days, the longest run before the plan (`longestRunBeforePlanKm`). Walk
///   segments count as distance. Not evaluated for a run with nothing before it.
/// - `longRunIncreaseOverRecentKm`: long run km − the longest long run of the 4 weeks before
///   (`longestRunBeforePlanKm` stands in for weeks before the plan).
/// - `longRunKmOverShareAllowance`: long run km − max(30 % of the week's km, the longest run the
///   goal distance calls for: 35 km marathon, 26 km half, 18 km 10K–half, 11 km shorter races,
///   0 otherwise). Positive when the long run is out of proportion with both.
/// - `longRunDurationMinutesUnderHalfMarathon` / `…HalfMarathon`: the long run's minutes when the
///   goal is not a race of half-marathon distance or longer / when it is a half (≥ 21 and
///   < 42.1 km); nil otherwise.
/// - `sessionDurationMinutesExceptLongRun`: minutes of each training run other than the long run.
/// - `raceDistanceKm`: the goal race's distance; nil without a race goal.
/// - `consecutiveRunDaysAfterBoneStressInjury`: in the 12 weeks after a bone stress injury healed,
///   the longest streak of back-to-back running days ending in the week; nil otherwise.
/// - `volumeAboveCurrentWithRedsSigns`: with RED-S signs, (week km − current km) ÷ current km
///   (any running counts as 1 when the runner runs nothing now); nil without signs.
/// - `volumeAboveCurrentWhilePregnant`: the same measure while `health.medicalConditions` names a
///   pregnancy; nil otherwise. `pregnantWithoutClearance`: 1 while pregnant without
///   `health.hasPhysicianClearance`, else 0.
/// - `runningSessionsWith…` / `runningSessionsPostpartumWithoutClearance`: the number of running
///   sessions in the plan (the race included) while the health flag holds; 0 otherwise.
extension PlanMetrics {
    /// Longest runs the goal distance calls for, from the published plans' longest runs
    /// (Higdon, Pfitzinger, FRR, Hansons; shared/reference/published-plans.md).
    static func goalLongRunKm(_ profile: RunnerProfile) -> Double {
        guard profile.isRace, let km = profile.raceKm else { return 0 }
        if km >= marathonKm { return 35 }
        if km >= halfMarathonKm { return 26 }
        if km >= 10 { return 18 }
        return 11
    }

    public static let longRunShareBase = 0.30
    static let recentWeeks = 4
    static let spikeWindowDays = 30

    /// The longest run before the plan: the one on record (imported or reported), else — for a
    /// runner running regularly — the mean run of the current week (volume ÷ runs), a floor the
    /// longest run cannot be below. Nil when nothing is known.
    static func longestRunBeforePlanKm(_ profile: RunnerProfile) -> Double? {
        if let recent = profile.longestRecentRunKm, recent > 0 { return recent }
        guard profile.currentVolumeKm >= regularVolumeFloorKm else { return nil }
        return profile.currentVolumeKm / Double(max(1, profile.currentFrequency))
    }

    static func healthFlags(_ draft: PlanDraft) -> HealthFlags {
        HealthFlags(runner: draft.profile.runner, now: draft.generatedAt)
    }

    /// The highest training week of the `recentWeeks` before `index` (current volume for weeks before the plan).
    static func recentHighKm(_ draft: PlanDraft, week index: Int, kms: [Double]? = nil) -> Double? {
        var high: Double?
        if index < recentWeeks, let current = baseline(draft) { high = current }
        for back in max(0, index - recentWeeks)..<index {
            let km = kms?[back] ?? draft.weeks[back].km(draft.paces)
            high = max(high ?? km, km)
        }
        return high
    }

    /// The longest long run of the `recentWeeks` before `index` (the longest recent run on record before the plan).
    static func recentLongRunKm(_ draft: PlanDraft, week index: Int) -> Double? {
        var longest: Double?
        if index < recentWeeks, let recent = longestRunBeforePlanKm(draft.profile) { longest = recent }
        for back in max(0, index - recentWeeks)..<index {
            guard let long = draft.weeks[back].longRunIndex else { continue }
            let km = draft.weeks[back].sessions[long].km(draft.paces)
            longest = max(longest ?? km, km)
        }
        return longest
    }

    /// Km of every day of the plan (0 for rest days; the race counts: it is a run the body did).
    static func dayKms(_ draft: PlanDraft, through lastWeek: Int? = nil) -> [Double] {
        let weeks = min(draft.weeks.count, (lastWeek ?? draft.weeks.count - 1) + 1)
        var kms: [Double] = []
        kms.reserveCapacity(weeks * 7)
        for w in 0..<weeks {
            for session in draft.weeks[w].sessions { kms.append(session.isRun ? session.km(draft.paces) : 0) }
        }
        return kms
    }

    /// The longest run in the 30 days before plan day `day` (nil when there is none on record).
    static func longestBefore(day: Int, dayKms: [Double], recentRunKm: Double?) -> Double? {
        var longest: Double? = day < spikeWindowDays ? recentRunKm.flatMap { $0 > 0 ? $0 : nil } : nil
        for past in max(0, day - spikeWindowDays)..<day where dayKms[past] > 0 {
            longest = max(longest ?? dayKms[past], dayKms[past])
        }
        return longest
    }

    /// The largest spike ratio among the training runs of week `index`.
    static func runSpike(_ draft: PlanDraft, week index: Int, dayKms: [Double]) -> Double? {
        var largest: Double?
        for session in draft.weeks[index].sessions where session.isRun && session.kind != .race {
            let day = index * 7 + session.day
            guard let longest = longestBefore(day: day, dayKms: dayKms, recentRunKm: longestRunBeforePlanKm(draft.profile)) else { continue }
            let spike = dayKms[day] / longest - 1
            largest = max(largest ?? spike, spike)
        }
        return largest
    }

    static func runStreak(_ draft: PlanDraft, endingIn index: Int) -> Double {
        var longest = 0, streak = 0
        for w in 0...index {
            for session in draft.weeks[w].sessions {
                streak = session.isRun ? streak + 1 : 0
                if w == index { longest = max(longest, streak) }
            }
        }
        return Double(longest)
    }

    static func safeguardWeek(_ field: Field, _ draft: PlanDraft, _ index: Int) -> Double? {
        let week = draft.weeks[index]
        let paces = draft.paces
        let long = week.longRunIndex.map { week.sessions[$0] }
        let raceKm = draft.profile.isRace ? draft.profile.raceKm : nil
        switch field {
        case .weeklyVolumeAboveRecentHigh:
            guard let high = recentHighKm(draft, week: index), high > 0 else { return nil }
            return (week.km(paces) - high) / high
        case .weeklyVolumeAboveRecentHighKm:
            guard let high = recentHighKm(draft, week: index) else { return nil }
            return week.km(paces) - high
        case .runSpikeOverLongest30Days:
            return runSpike(draft, week: index, dayKms: dayKms(draft, through: index))
        case .longRunIncreaseOverRecentKm:
            guard let long, let recent = recentLongRunKm(draft, week: index) else { return nil }
            return long.km(paces) - recent
        case .longRunKmOverShareAllowance:
            guard let long else { return nil }
            return long.km(paces) - max(longRunShareBase * week.km(paces), goalLongRunKm(draft.profile))
        case .longRunDurationMinutesUnderHalfMarathon:
            if let raceKm, raceKm >= halfMarathonKm { return nil }
            return long?.totalMinutes
        case .longRunDurationMinutesHalfMarathon:
            guard let raceKm, raceKm >= halfMarathonKm, raceKm < marathonKm else { return nil }
            return long?.totalMinutes
        case .consecutiveRunDaysAfterBoneStressInjury:
            guard !healthFlags(draft).boneStressReturn.isEmpty else { return nil }
            return runStreak(draft, endingIn: index)
        case .volumeAboveCurrentWithRedsSigns, .volumeAboveCurrentWhilePregnant:
            let flags = healthFlags(draft)
            guard !volumeHoldReasons(field, flags).isEmpty else { return nil }
            let current = draft.profile.currentVolumeKm, km = week.km(paces)
            guard current > 0 else { return km > 0 ? 1 : 0 }
            return (km - current) / current
        default: return nil
        }
    }

    /// All weeks at once for the fields whose weeks share work; nil for the others.
    static func safeguardWeekValues(_ field: Field, _ draft: PlanDraft) -> [Double?]? {
        switch field {
        case .runSpikeOverLongest30Days:
            let kms = dayKms(draft)
            return draft.weeks.indices.map { runSpike(draft, week: $0, dayKms: kms) }
        case .weeklyVolumeAboveRecentHigh, .weeklyVolumeAboveRecentHighKm:
            let kms = draft.weeks.map { $0.km(draft.paces) }
            return kms.indices.map { index in
                guard let high = recentHighKm(draft, week: index, kms: kms) else { return nil }
                if field == .weeklyVolumeAboveRecentHighKm { return kms[index] - high }
                return high > 0 ? (kms[index] - high) / high : nil
            }
        case .consecutiveRunDaysAfterBoneStressInjury, .volumeAboveCurrentWithRedsSigns, .volumeAboveCurrentWhilePregnant:
            // The flags are read once, not once a week.
            let flags = healthFlags(draft)
            if field == .consecutiveRunDaysAfterBoneStressInjury, flags.boneStressReturn.isEmpty { return draft.weeks.map { _ in nil } }
            if field.holdsVolumeAtCurrent, volumeHoldReasons(field, flags).isEmpty { return draft.weeks.map { _ in nil } }
            return nil
        default: return nil
        }
    }

    /// What holds the week at the current volume for `field`: RED-S signs or a pregnancy.
    static func volumeHoldReasons(_ field: Field, _ flags: HealthFlags) -> [String] {
        switch field {
        case .volumeAboveCurrentWithRedsSigns: flags.redsSigns
        case .volumeAboveCurrentWhilePregnant: flags.pregnancy
        default: []
        }
    }

    static func safeguardSession(_ field: Field, _ draft: PlanDraft, _ session: DraftSession) -> Double? {
        switch field {
        case .sessionDurationMinutesExceptLongRun: session.kind == .longRun ? nil : session.totalMinutes
        default: nil
        }
    }

    static func safeguardPlan(_ field: Field, _ draft: PlanDraft) -> Double? {
        let flags: HealthFlags
        switch field {
        case .raceDistanceKm: return draft.profile.isRace ? draft.profile.raceKm : nil
        case .pregnantWithoutClearance:
            return !healthFlags(draft).pregnancy.isEmpty && draft.profile.runner.health.hasPhysicianClearance != true ? 1 : 0
        case .runningSessionsWithRedFlagSymptoms, .runningSessionsWithStopPain, .runningSessionsWithIllness,
             .runningSessionsPostpartumWithoutClearance, .runningSessionsWithUnhealedBoneStressInjury:
            flags = healthFlags(draft)
        default: return nil
        }
        let flagged: [String] = switch field {
        case .runningSessionsWithRedFlagSymptoms: flags.redFlagSymptoms
        case .runningSessionsWithStopPain: flags.stopPain
        case .runningSessionsWithIllness: flags.illness
        case .runningSessionsPostpartumWithoutClearance: flags.postpartumWithoutClearance
        default: flags.unhealedBoneStressInjury
        }
        guard !flagged.isEmpty else { return 0 }
        var runs = 0
        for week in draft.weeks { runs += week.runCount }
        return Double(runs)
    }
}

extension PlanMetrics.Field {
    /// Fields whose limit is the runner's current weekly volume (the week is scaled down to it).
    var holdsVolumeAtCurrent: Bool { self == .volumeAboveCurrentWithRedsSigns || self == .volumeAboveCurrentWhilePregnant }

    /// The scope of the fields defined here; nil for the others.
    var safeguardScope: PlanMetrics.Scope? {
        switch self {
        case .sessionDurationMinutesExceptLongRun: .session
        case .raceDistanceKm, .runningSessionsWithRedFlagSymptoms, .runningSessionsWithStopPain, .runningSessionsWithIllness,
             .runningSessionsPostpartumWithoutClearance, .runningSessionsWithUnhealedBoneStressInjury, .pregnantWithoutClearance: .plan
        default: nil
        }
    }
}
