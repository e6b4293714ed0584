import CadenceCore
import Foundation
import TrainingScience

/// What the generator knows about the runner, read once from the runner object, with a sensible
/// default wherever a field is missing. Every default is listed in `assumptions` so the plan's
/// decision audit can say what was assumed rather than known.
public final class RunnerProfile: Sendable {
    public struct Assumption: Sendable, Hashable {
        public let field: String
        public let value: String
        public let reason: String
    }

    /// Where the VDOT behind the paces came from.
    public enum PaceEvidence: String, Sendable {
        case personalBest = "race result"
        /// A race result more than 18 months old: still the best evidence, but fitness may have moved.
        case oldPersonalBest = "older race result"
        case storedVdot = "recorded VDOT"
        case estimatedVdot = "estimated VDOT on record"
        case easyPace = "self-reported easy pace"
        case experienceDefault = "experience level"

        /// Estimated paces are marked `uncertain` in the snapshot.
        public var isEstimate: Bool { self != .personalBest && self != .storedVdot }
    }

    public let runner: Runner
    public let name: String
    public let experience: ExperienceLevel
    public let goalType: GoalType
    /// Race distance in km for race goals.
    public let raceKm: Double?
    public let raceDate: Date?
    public let raceName: String?
    public let targetTime: Double?
    public let currentVolumeKm: Double
    /// The most the runner's recent record shows (current volume, or the last 28 days' weekly
    /// average from imported history when that is higher).
    public let recentVolumeKm: Double
    public let volumeSource: InfluencerSource
    public let currentFrequency: Int
    public let longestRecentRunKm: Double?
    /// Days the runner can run (Mon = 0 … Sun = 6), blocked days removed.
    public let allowedDays: [Int]
    public let preferredDays: [Int]
    public let blockedDays: [Int]
    /// How many days a week the plan uses for running.
    public let runDaysWanted: Int
    public let longRunDay: Int
    public let maxSessionMinutes: Double?
    /// The long-run day's limit: its own when the runner gave one (longer at the weekend), else
    /// the limit for every session.
    public let longRunMaxMinutes: Double?
    public let hasTrackAccess: Bool
    public let hasHillsAccess: Bool
    public let hasGymAccess: Bool
    public let age: Int?
    public let injuries: [String]
    /// The runner declined to have health data kept: injuries and pain are unknown, so the plan
    /// uses the most cautious progression (as after a bone injury) and says so.
    public let healthDataWithheld: Bool
    public let currentPain: [String]
    public let vdot: VDOT
    public let paceEvidence: PaceEvidence
    public let paceEvidenceDetail: String
    public let heartRateZones: [ClosedRange<Double>]?
    public let heartRateZoneSource: String?
    public let assumptions: [Assumption]

    /// How recent the last inference must be for the measured figures to count (days).
    public static let measuredFreshDays = 14.0

    static func km(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value) }

    public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    public static let boneInjuries: Set<String> = ["shin_splints", "stress_fracture", "bone_stress_injury"]

    public var hasInjuryHistory: Bool { !injuries.isEmpty }
    public var hasBoneInjuryHistory: Bool { injuries.contains(where: Self.isBoneInjury) }

    /// Whether an injury is one of `types`, also when named more precisely: "tibia_stress_fracture" is a
    /// "stress_fracture", and any bone stress injury is a "bone_stress_injury".
    public static func injury(_ injury: String, isOneOf types: [String]) -> Bool {
        types.contains { type in
            injury == type || injury.hasSuffix("_" + type) || type == "bone_stress_injury" && isBoneInjury(injury) && injury != "shin_splints"
        }
    }

    /// A bone stress injury, named generally or by its bone ("metatarsal_stress_reaction", "tibia_stress_fracture").
    public static func isBoneInjury(_ injury: String) -> Bool {
        boneInjuries.contains(injury) || injury.hasSuffix("_stress_fracture") || injury.hasSuffix("_stress_reaction") || injury.hasSuffix("_bone_stress_injury")
    }
    public var hasCurrentPain: Bool { !currentPain.isEmpty }
    public var isRace: Bool { goalType == .race && raceKm != nil && raceDate != nil }
    public var paces: TrainingPaces { TrainingPaces(vdot: vdot) }
    /// Not running regularly yet (under 5 km a week) and new to running: the plan starts with run-walk.
    public var startsWithRunWalk: Bool { experience == .beginner && currentVolumeKm < PlanMetrics.regularVolumeFloorKm }
    /// First race at a half marathon or longer: no personal best at (nearly) this distance.
    public var isFirstAtDistance: Bool {
        guard isRace, let raceKm, raceKm >= PlanMetrics.halfMarathonKm else { return false }
        let bests = runner.running.personalBests
        let done = raceKm >= PlanMetrics.marathonKm ? bests?.marathon != nil : bests?.halfMarathon != nil || bests?.marathon != nil
        return !done
    }
    /// A novice for this plan: new to running, or a casual or returning runner preparing for a
    /// first half or full marathon. Novice plans carry no quality days (strides only), as the
    /// published novice plans do.
    /// The runner's time limit for a session of this kind.
    func maxMinutes(for kind: SessionKind) -> Double? {
        kind == .longRun ? longRunMaxMinutes : maxSessionMinutes
    }

    public var isNovice: Bool {
        experience == .beginner || (isFirstAtDistance && [.casual, .returning].contains(experience))
    }

    public init(runner: Runner, now: Date) throws(PlanningError) {
        self.runner = runner
        var assumptions: [Assumption] = []
        func assume(_ field: String, _ value: String, _ reason: String) {
            assumptions.append(Assumption(field: field, value: value, reason: reason))
        }
        name = runner.identity.preferredName ?? runner.identity.name

        // Experience.
        if let level = runner.running.experienceLevel, level.isKnown {
            experience = level
        } else if let months = runner.running.monthsRunning {
            experience = months < 6 ? .beginner : months < 36 ? .casual : .serious
            assume("running.experienceLevel", experience.rawValue, "from \(months) months of running")
        } else {
            experience = .casual
            assume("running.experienceLevel", "casual", "not given; the middle level keeps the plan moderate")
        }

        // Goal.
        let goals = runner.goals
        var goalType = goals.goalType.flatMap { $0.isKnown ? $0 : nil } ?? .generalHealth
        if goals.goalType == nil { assume("goals.goalType", "general_health", "no goal given; a general fitness plan") }
        if goalType == .race, goals.raceDistance == nil || goals.raceDate == nil {
            assume("goals.goalType", "base_building", "a race goal without a distance and date becomes base building")
            goalType = .baseBuilding
        }
        self.goalType = goalType
        if goalType == .race, let km = goals.raceDistance {
            // Up to 100 miles and a little over (the Western States, the Thames Path 100); longer is a multi-day event.
            guard km.isFinite, (1...170).contains(km) else { throw .invalidRaceDistance(km) }
            raceKm = km
        } else {
            raceKm = nil
        }
        raceDate = goalType == .race ? goals.raceDate.map { Date(timeIntervalSince1970: Double($0) / 1000) } : nil
        raceName = goals.raceName
        targetTime = goalType == .race ? goals.targetTime.flatMap { $0 > 0 ? $0 : nil } : nil

        // Current training. What the history measured counts only while it is fresh (the
        // inference ran within `measuredFreshDays`) and does not disagree widely with what the
        // runner said (`PlanReadiness.disagree`): the runner's own word is never outranked by a
        // device, and the disagreement is listed for the coach to ask about.
        let state = runner.currentState
        let fresh = state.lastCalculatedAt.map { Double($0) / 1000 >= now.timeIntervalSince1970 - Self.measuredFreshDays * 86_400 } ?? true
        let measured = fresh ? runner.running.actualWeeklyVolume : nil
        let stated = runner.running.currentVolume
        if let measured, stated.map({ !PlanReadiness.disagree(stated: $0, measured: measured) }) ?? true {
            currentVolumeKm = max(0, measured)
            volumeSource = runner.running.actualWeeklyVolumeSource == .inferred ? .inferred : .wearable
        } else if let stated {
            currentVolumeKm = max(0, stated)
            volumeSource = .userReported
            if let measured {
                assume("running.currentVolume", "\(Self.km(stated)) km/week",
                       "you said \(Self.km(stated)) km/week, your history shows \(Self.km(measured)); your figure is used until you confirm one")
            }
        } else if fresh, let last28 = state.last28DaysVolume {
            currentVolumeKm = max(0, last28 / 4)
            volumeSource = .inferred
        } else {
            currentVolumeKm = experience == .beginner ? 0 : experience == .returning ? 10 : 15
            volumeSource = .inferred
            assume("running.currentVolume", "\(Int(currentVolumeKm)) km/week", "not given; a cautious figure for a \(experience.rawValue) runner")
        }
        recentVolumeKm = max(currentVolumeKm, fresh ? (state.last28DaysVolume ?? 0) / 4 : 0)
        if let frequency = runner.running.currentFrequency {
            currentFrequency = max(0, min(7, frequency))
        } else if let runs = state.last28DaysRunCount {
            currentFrequency = max(0, min(7, Int((Double(runs) / 4).rounded())))
        } else {
            currentFrequency = currentVolumeKm > 0 ? 3 : 0
            assume("running.currentFrequency", "\(currentFrequency) runs/week", "not given")
        }
        let measuredLong = fresh ? runner.running.actualLongRunDistance : nil
        if let statedLong = runner.running.longestRecentRun, let measuredLong, PlanReadiness.disagree(stated: statedLong, measured: measuredLong) {
            longestRecentRunKm = statedLong
        } else {
            longestRecentRunKm = measuredLong ?? runner.running.longestRecentRun
        }

        // Schedule.
        let schedule = runner.schedule
        let blocked = Self.indices(schedule.blockedDays)
        blockedDays = blocked
        let preferred = Self.indices(schedule.preferredDays).filter { !blocked.contains($0) }
        preferredDays = preferred
        var allowed = (0..<7).filter { !blocked.contains($0) }
        if allowed.isEmpty {
            allowed = [1, 3, 5]
            assume("schedule.blockedDays", "ignored", "every day was blocked; Tuesday, Thursday and Saturday used instead")
        }
        allowedDays = allowed
        var wanted: Int
        if let days = schedule.availableDays {
            wanted = days
        } else if !preferred.isEmpty {
            wanted = preferred.count
        } else {
            wanted = max(3, min(5, currentFrequency + (currentFrequency < 4 ? 1 : 0)))
            assume("schedule.availableDays", "\(wanted) days", "not given; one more than the \(currentFrequency) runs a week done now, 3 to 5")
        }
        // At least one full rest day a week, always.
        // Beginners run at most four days a week (every offered day up to that).
        runDaysWanted = max(1, min(wanted, allowed.count, experience == .beginner ? 4 : 6))
        if let day = schedule.longRunDay.flatMap({ Self.index($0) }), allowed.contains(day) {
            longRunDay = day
        } else {
            let pick = [6, 5].first { allowed.contains($0) && (preferred.isEmpty || preferred.contains($0)) }
                ?? [6, 5].first { allowed.contains($0) } ?? allowed.last!
            longRunDay = pick
            let reason = schedule.longRunDay == nil ? "not given" : "\(schedule.longRunDay!.rawValue) is blocked"
            assume("schedule.longRunDay", Self.weekdayNames[pick], reason + "; the weekend gives the most time")
        }
        maxSessionMinutes = schedule.maxSessionDurationMinutes.map { Double(max(20, $0)) }
        longRunMaxMinutes = schedule.longRunMaxDurationMinutes.map { Double(max(20, $0)) } ?? maxSessionMinutes
        hasTrackAccess = schedule.hasTrackAccess ?? false
        hasHillsAccess = schedule.hasHillsAccess ?? false
        hasGymAccess = schedule.hasGymAccess ?? false

        // Body and health.
        if let years = runner.physical.age {
            age = years
        } else if let birth = runner.physical.dateOfBirth {
            age = Int(now.timeIntervalSince1970 - birth / 1000) / 31_557_600
        } else {
            age = nil
        }
        let health = runner.health
        var injuries = Set(health.pastInjuries ?? [])
        injuries.formUnion((health.injuryDetails ?? []).map(\.type))
        self.injuries = injuries.filter { !["none", "no", ""].contains($0.lowercased()) }.sorted()
        healthDataWithheld = HealthConsent.status(of: runner) == .declined
        if health.pastInjuries == nil, health.injuryDetails == nil, !healthDataWithheld {
            assume("health.pastInjuries", "none", "not given; treated as no injury history")
        }
        currentPain = (health.currentPain ?? []).filter { !["none", "no", ""].contains($0.lowercased()) }

        // Fitness evidence for paces.
        let evidence = Self.paceEvidence(runner: runner, experience: experience, now: now)
        vdot = evidence.vdot
        paceEvidence = evidence.source
        paceEvidenceDetail = evidence.detail
        if evidence.source == .experienceDefault {
            assume("running.easyPace", "VDOT \(evidence.vdot)", "no race result, recorded VDOT or easy pace; typical for a \(experience.rawValue) runner")
        }

        // Heart-rate zones: the runner's own, else from max HR (Karvonen with a resting HR), else age.
        let zones = Self.heartRateZones(runner: runner, age: age)
        heartRateZones = zones?.zones
        heartRateZoneSource = zones?.source
        self.assumptions = assumptions
    }

    static func index(_ day: Weekday) -> Int? { weekdayNames.firstIndex(of: day.rawValue) }
    static func indices(_ days: [Weekday]?) -> [Int] { Array(Set((days ?? []).compactMap(index))).sorted() }

    /// Current fitness, never the goal: the most recent race result (its age said), else a VDOT on
    /// record (from imported efforts or entered), else the easy pace, else the experience level.
    static func paceEvidence(runner: Runner, experience: ExperienceLevel, now: Date) -> (vdot: VDOT, source: PaceEvidence, detail: String) {
        let bests = runner.running.personalBests
        let candidates: [(RaceDistance, Runner.RunningProfile.PersonalBests.PersonalBest?)] = [
            (.fiveK, bests?.fiveK), (.tenK, bests?.tenK), (.halfMarathon, bests?.halfMarathon), (.marathon, bests?.marathon),
        ]
        // The most recent personal best is the best picture of fitness now.
        let results = candidates.compactMap { distance, best -> (VDOT, Int64, String)? in
            guard let best, let vdot = try? VDOT(distance: distance, timeSeconds: best.time) else { return nil }
            return (vdot, best.date, "\(distance) in \(DurationFormat.format(best.time))")
        }
        if let latest = results.max(by: { ($0.1, $0.0.value) < ($1.1, $1.0.value) }) {
            let months = Int(max(0, now.timeIntervalSince1970 * 1000 - Double(latest.1)) / 86_400_000 / 30.44)
            let age = months < 1 ? "this month" : months == 1 ? "1 month ago" : "\(months) months ago"
            return (latest.0, months > 18 ? .oldPersonalBest : .personalBest, "\(latest.2), \(age)")
        }
        if let value = runner.running.vdot, let vdot = try? VDOT(value) {
            let source: PaceEvidence = runner.running.vdotSource == .estimated ? .estimatedVdot : .storedVdot
            let origin = runner.running.vdotSource.map { " (\($0.rawValue))" } ?? ""
            return (vdot, source, "VDOT \(vdot) on record\(origin)")
        }
        if let text = runner.running.actualEasyPace ?? runner.running.easyPace, let pace = try? PaceFormat.parse(text) {
            return (vdotForEasyPace(pace), .easyPace, "easy pace \(text)")
        }
        let value: Double = switch experience {
        case .beginner: 30
        case .returning: 36
        case .serious: 45
        case .competitive: 52
        default: 38
        }
        return ((try? VDOT(value))!, .experienceDefault, "typical VDOT \(Int(value)) for a \(experience.rawValue) runner")
    }

    /// The VDOT whose easy pace (centre of the band) is `secondsPerKm`, by bisection over 20–85.
    static func vdotForEasyPace(_ secondsPerKm: Double) -> VDOT {
        var low = 20.0, high = 85.0
        for _ in 0..<40 {
            let mid = (low + high) / 2
            let pace = (try? VDOT(mid)).map { TrainingPaces(vdot: $0).easy.midpointSecondsPerKm } ?? secondsPerKm
            if pace > secondsPerKm { low = mid } else { high = mid }
        }
        return (try? VDOT((low + high) / 2))!
    }

    static func heartRateZones(runner: Runner, age: Int?) -> (zones: [ClosedRange<Double>], source: String)? {
        if let stored = runner.running.hrZones {
            let ranges = [stored.zone1, stored.zone2, stored.zone3, stored.zone4, stored.zone5].compactMap { $0 }
            if ranges.count == 5 { return (ranges.map { min($0.min, $0.max)...max($0.min, $0.max) }, "your heart-rate zones") }
        }
        var maxHR = runner.physical.maxHeartRate
        var source = "your max heart rate"
        if maxHR == nil, let age, let predicted = try? MaxHeartRate(age: Double(age)) {
            maxHR = predicted.tanaka
            source = "age-predicted max heart rate (Tanaka, 208 − 0.7 × age)"
        }
        guard let maxHR else { return nil }
        let set: HeartRateZoneSet?
        if let rest = runner.physical.restingHeartRate ?? runner.currentState.latestRestingHr {
            set = try? HeartRateZoneSet.karvonen(maxHR: maxHR, restingHR: rest)
            source += " and resting heart rate (Karvonen)"
        } else {
            set = try? HeartRateZoneSet.percentOfMax(maxHR: maxHR)
        }
        guard let set else { return nil }
        return (set.zones.map { ($0.minBpm ?? 0).rounded()...($0.maxBpm ?? maxHR).rounded() }, source)
    }

    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    public static func dayName(_ index: Int) -> String { dayNames[index] }
}
