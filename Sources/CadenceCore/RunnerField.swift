import Foundation

/// One field of the runner object, addressed by its dotted seed path (`physical.age`).
///
/// This catalogue is the single definition of what may be written where: the CLI's `runner set`,
/// the chat tools and the completeness computation all read it, so a range or an enum is
/// changed in one place.
public struct RunnerField: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case text
        case textList
        case enumeration([String])
        case enumList([String])
        case boolean
        case integer(ClosedRange<Int>?)
        case number(ClosedRange<Double>?)
        /// A calendar date (`2027-04-20`), stored as Unix milliseconds at 00:00 UTC.
        case date
        /// An instant, stored as Unix milliseconds.
        case timestamp
        /// A duration in seconds, written `h:mm:ss`, `mm:ss` or as seconds.
        case duration(ClosedRange<Int>)
        /// A pace such as `5:40/km` or `9:00/mi`.
        case pace
        /// A nested seed object or a list of them, written as JSON.
        case object
    }

    /// Who may write the field.
    public enum Writer: Sendable, Hashable {
        /// The runner (chat, `runner set`) or an import.
        case person
        /// Only the inference engine or the plan generator (`actual*`, `goalFeasibility`, `currentState`).
        case derived
        /// Only Cadence itself (`conversationState`).
        case system
    }

    public let path: String
    public let kind: Kind
    public let writer: Writer
    public let required: Bool
    /// The seed's comment for the field.
    public let note: String

    public init(_ path: String, _ kind: Kind, _ writer: Writer, required: Bool = false, _ note: String) {
        self.path = path
        self.kind = kind
        self.writer = writer
        self.required = required
        self.note = note
    }

    public var section: String { String(path.prefix { $0 != "." }) }

    /// Looks a path up, with a helpful error naming close matches when it does not exist.
    public static func named(_ path: String) throws(CadenceCoreError) -> RunnerField {
        if let field = byPath[path] { return field }
        throw .unknownPath(path, suggestions: suggestions(for: path))
    }

    static let byPath: [String: RunnerField] = Dictionary(uniqueKeysWithValues: all.map { ($0.path, $0) })

    static func suggestions(for path: String) -> [String] {
        let lower = path.lowercased()
        let leaf = lower.split(separator: ".").last.map(String.init) ?? lower
        let ranked = all.map(\.path).map { candidate -> (String, Int) in
            let candidateLower = candidate.lowercased()
            let candidateLeaf = candidateLower.split(separator: ".").last.map(String.init) ?? candidateLower
            if candidateLower.hasPrefix(lower) || candidateLeaf == leaf { return (candidate, 0) }
            return (candidate, min(editDistance(lower, candidateLower), editDistance(leaf, candidateLeaf) + 1))
        }
        return ranked.filter { $0.1 <= 2 }.sorted { $0.1 < $1.1 }.prefix(5).map(\.0)
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// Every field of the runner object, in seed order.
    public static let all: [RunnerField] = [
        RunnerField("identity.name", .text, .person, required: true, ""),
        RunnerField("identity.nameConfirmed", .boolean, .person, required: true, ""),
        RunnerField("identity.preferredName", .text, .person, "What to call them"),
        RunnerField("identity.timezone", .text, .person, "\"America/New_York\""),
        RunnerField("identity.locale", .text, .person, "\"en-US\""),
        RunnerField("physical.age", .integer(5...100), .person, ""),
        RunnerField("physical.dateOfBirth", .date, .person, "Unix timestamp"),
        RunnerField("physical.biologicalSex", .enumeration(BiologicalSex.knownRawValues), .person, "\"male\" | \"female\" | \"other\""),
        RunnerField("physical.heightCm", .number(100...250), .person, ""),
        RunnerField("physical.weightKg", .number(25...250), .person, ""),
        RunnerField("physical.weightSource", .enumeration(DataSource.knownRawValues), .person, "\"manual\" | \"healthkit\" | \"garmin\""),
        RunnerField("physical.weightUpdatedAt", .timestamp, .person, ""),
        RunnerField("physical.bodyFatPercentage", .number(2...70), .person, ""),
        RunnerField("physical.bmi", .number(10...70), .person, ""),
        RunnerField("physical.maxHeartRate", .number(100...230), .person, ""),
        RunnerField("physical.maxHeartRateSource", .enumeration(MaxHeartRateSource.knownRawValues), .person, "\"age_formula\" | \"test\" | \"observed\""),
        RunnerField("physical.restingHeartRate", .number(25...120), .person, ""),
        RunnerField("physical.restingHeartRateSource", .text, .person, ""),
        RunnerField("physical.lactateThresholdHeartRate", .number(80...220), .person, ""),
        RunnerField("physical.functionalThresholdPace", .pace, .person, "\"4:30/km\""),
        RunnerField("physical.functionalThresholdPower", .number(50...1000), .person, "watts, if power runner"),
        RunnerField("running.experienceLevel", .enumeration(ExperienceLevel.knownRawValues), .person, "\"beginner\" | \"returning\" | \"casual\" | \"serious\" | \"competitive\""),
        RunnerField("running.monthsRunning", .integer(0...960), .person, ""),
        RunnerField("running.runningBackground", .enumeration(RunningBackground.knownRawValues), .person, "\"never\" | \"youth_sports\" | \"college\" | \"adult_hobby\""),
        RunnerField("running.currentFrequency", .integer(0...7), .person, "Days per week"),
        RunnerField("running.currentVolume", .number(0...400), .person, "Km per week"),
        RunnerField("running.easyPace", .pace, .person, "\"5:40/km\" self-reported"),
        RunnerField("running.longestRecentRun", .number(0...250), .person, "Km"),
        RunnerField("running.actualWeeklyVolume", .number(0...1000), .derived, "Calculated from activities"),
        RunnerField("running.actualWeeklyVolumeSource", .enumeration(DataSource.knownRawValues), .derived, ""),
        RunnerField("running.actualEasyPace", .pace, .derived, "Calculated from HR zones"),
        RunnerField("running.actualLongRunDistance", .number(0...500), .derived, ""),
        RunnerField("running.trainingConsistency", .enumeration(TrainingConsistency.knownRawValues), .derived, "\"high\" | \"moderate\" | \"low\""),
        RunnerField("running.trainingConsistencyScore", .number(0...100), .derived, "0-100"),
        RunnerField("running.vdot", .number(15...90), .person, "Jack Daniels VDOT"),
        RunnerField("running.vdotSource", .enumeration(VdotSource.knownRawValues), .person, "\"race\" | \"time_trial\" | \"estimated\""),
        RunnerField("running.vdotUpdatedAt", .timestamp, .person, ""),
        RunnerField("running.vo2Max", .number(15...95), .person, "From wearable"),
        RunnerField("running.vo2MaxSource", .enumeration(DataSource.knownRawValues), .person, ""),
        RunnerField("running.paceZones.recovery", .pace, .person, "\"6:30-7:00/km\""),
        RunnerField("running.paceZones.easy", .pace, .person, ""),
        RunnerField("running.paceZones.marathon", .pace, .person, ""),
        RunnerField("running.paceZones.threshold", .pace, .person, ""),
        RunnerField("running.paceZones.interval", .pace, .person, ""),
        RunnerField("running.paceZones.repetition", .pace, .person, ""),
        RunnerField("running.hrZones.zone1", .object, .person, ""),
        RunnerField("running.hrZones.zone2", .object, .person, ""),
        RunnerField("running.hrZones.zone3", .object, .person, ""),
        RunnerField("running.hrZones.zone4", .object, .person, ""),
        RunnerField("running.hrZones.zone5", .object, .person, ""),
        RunnerField("running.personalBests.fiveK", .object, .person, ""),
        RunnerField("running.personalBests.tenK", .object, .person, ""),
        RunnerField("running.personalBests.halfMarathon", .object, .person, ""),
        RunnerField("running.personalBests.marathon", .object, .person, ""),
        RunnerField("goals.goalType", .enumeration(GoalType.knownRawValues), .person, "\"race\" | \"speed\" | \"base_building\" | \"return_to_fitness\" | \"general_health\""),
        RunnerField("goals.raceDistance", .number(0.1...500), .person, "Km"),
        RunnerField("goals.raceDistanceLabel", .text, .person, "\"half_marathon\""),
        RunnerField("goals.raceDate", .date, .person, "Unix timestamp"),
        RunnerField("goals.raceName", .text, .person, "\"Boston Marathon\""),
        RunnerField("goals.targetTime", .duration(60...259200), .person, "Seconds"),
        RunnerField("goals.targetPace", .pace, .person, "\"5:00/km\""),
        RunnerField("goals.goalPriority", .enumeration(GoalPriority.knownRawValues), .person, "\"finish\" | \"time_goal\" | \"pr\" | \"qualify\""),
        RunnerField("goals.targetVolume", .number(1...400), .person, "Km/week for base building"),
        RunnerField("goals.targetPaceImprovement", .text, .person, "For speed goal"),
        RunnerField("goals.secondaryGoals", .textList, .person, "[\"improve_endurance\", \"lose_weight\", \"build_habit\"]"),
        RunnerField("goals.goalFeasibility", .enumeration(GoalFeasibility.knownRawValues), .derived, "\"achievable\" | \"ambitious\" | \"unlikely\" | \"needs_adjustment\""),
        RunnerField("goals.goalFeasibilityReason", .text, .derived, ""),
        RunnerField("schedule.availableDays", .integer(1...7), .person, "Total days can run"),
        RunnerField("schedule.preferredDays", .enumList(Weekday.knownRawValues), .person, "[\"monday\", \"wednesday\", \"saturday\"]"),
        RunnerField("schedule.blockedDays", .enumList(Weekday.knownRawValues), .person, "[\"tuesday\", \"thursday\"]"),
        RunnerField("schedule.preferredTime", .enumeration(PreferredTime.knownRawValues), .person, "\"morning\" | \"midday\" | \"evening\" | \"varies\""),
        RunnerField("schedule.longRunDay", .enumeration(Weekday.knownRawValues), .person, "\"saturday\" | \"sunday\""),
        RunnerField("schedule.maxSessionDurationMinutes", .integer(10...600), .person, ""),
        RunnerField("schedule.longRunMaxDurationMinutes", .integer(10...600), .person, "Longest session on the long-run day, when it differs (longer at the weekend)"),
        RunnerField("schedule.hasGymAccess", .boolean, .person, ""),
        RunnerField("schedule.hasTrackAccess", .boolean, .person, ""),
        RunnerField("schedule.hasHillsAccess", .boolean, .person, ""),
        RunnerField("schedule.calendarConnected", .boolean, .person, ""),
        RunnerField("schedule.calendarProvider", .enumeration(CalendarProvider.knownRawValues), .person, "\"google\" | \"apple\" | \"outlook\""),
        RunnerField("health.pastInjuries", .textList, .person, "[\"shin_splints\", \"itbs\", \"plantar_fasciitis\"]"),
        RunnerField("health.injuryDetails", .object, .person, ""),
        RunnerField("health.currentPain", .textList, .person, ""),
        RunnerField("health.recoveryStyle", .enumeration(RecoveryStyle.knownRawValues), .person, "\"quick\" | \"slow\" | \"push_through\" | \"no_injuries\""),
        RunnerField("health.sleepQuality", .enumeration(SleepQuality.knownRawValues), .person, "\"solid\" | \"inconsistent\" | \"poor\""),
        RunnerField("health.stressLevel", .enumeration(StressLevel.knownRawValues), .person, "\"low\" | \"moderate\" | \"high\" | \"survival\""),
        RunnerField("health.nutritionQuality", .enumeration(NutritionQuality.knownRawValues), .person, "\"dialed\" | \"decent\" | \"chaotic\""),
        RunnerField("health.alcoholFrequency", .enumeration(AlcoholFrequency.knownRawValues), .person, "\"never\" | \"rarely\" | \"weekly\" | \"daily\""),
        RunnerField("health.medicalConditions", .textList, .person, "For awareness, not diagnosis"),
        RunnerField("health.medications", .textList, .person, ""),
        RunnerField("health.hasPhysicianClearance", .boolean, .person, ""),
        RunnerField("health.tracksMenstrualCycle", .boolean, .person, ""),
        RunnerField("health.currentCyclePhase", .enumeration(CyclePhase.knownRawValues), .person, "\"menstrual\" | \"follicular\" | \"ovulation\" | \"luteal\""),
        RunnerField("health.cycleAffectsTraining", .boolean, .person, ""),
        RunnerField("coaching.coachingVoice", .enumeration(CoachingVoice.knownRawValues), .person, "\"tough_love\" | \"encouraging\" | \"analytical\" | \"minimalist\""),
        RunnerField("coaching.dataOrientation", .enumeration(DataOrientation.knownRawValues), .person, "\"data_driven\" | \"curious\" | \"feel_based\""),
        RunnerField("coaching.feedbackFrequency", .enumeration(FeedbackFrequency.knownRawValues), .person, "\"daily\" | \"after_runs\" | \"weekly\" | \"minimal\""),
        RunnerField("coaching.biggestChallenge", .text, .person, ""),
        RunnerField("coaching.motivations", .textList, .person, "[\"health\", \"competition\", \"stress_relief\", \"social\"]"),
        RunnerField("coaching.skipTriggers", .textList, .person, "What makes them skip runs"),
        RunnerField("coaching.preferredNotificationTime", .text, .person, ""),
        RunnerField("coaching.notificationsEnabled", .boolean, .person, ""),
        RunnerField("connections.wearableConnected", .boolean, .person, ""),
        RunnerField("connections.primaryWearable", .enumeration(Wearable.knownRawValues), .person, "\"garmin\" | \"apple_watch\" | \"coros\" | \"polar\" | \"whoop\""),
        RunnerField("connections.stravaConnected", .boolean, .person, ""),
        RunnerField("connections.stravaAthleteId", .text, .person, ""),
        RunnerField("connections.stravaLastSync", .timestamp, .person, ""),
        RunnerField("connections.healthkitConnected", .boolean, .person, ""),
        RunnerField("connections.healthkitLastSync", .timestamp, .person, ""),
        RunnerField("connections.garminConnected", .boolean, .person, ""),
        RunnerField("connections.garminLastSync", .timestamp, .person, ""),
        RunnerField("connections.corosConnected", .boolean, .person, ""),
        RunnerField("connections.corosLastSync", .timestamp, .person, ""),
        RunnerField("connections.polarConnected", .boolean, .person, ""),
        RunnerField("connections.polarLastSync", .timestamp, .person, ""),
        RunnerField("connections.whoopConnected", .boolean, .person, ""),
        RunnerField("connections.whoopLastSync", .timestamp, .person, ""),
        RunnerField("connections.terraConnected", .boolean, .person, "For future"),
        RunnerField("connections.terraUserId", .text, .person, ""),
        RunnerField("connections.calendarConnected", .boolean, .person, ""),
        RunnerField("connections.calendarProvider", .enumeration(CalendarProvider.knownRawValues), .person, ""),
        RunnerField("connections.sourcePrecedence.customPriority", .object, .person, ""),
        RunnerField("connections.sourcePrecedence.primarySourceOverride", .enumeration(DataSource.knownRawValues), .person, ""),
        RunnerField("connections.sourcePrecedence.lastUpdatedAt", .timestamp, .person, ""),
        RunnerField("currentState.acuteTrainingLoad", .number(nil), .derived, "ATL (7-day)"),
        RunnerField("currentState.chronicTrainingLoad", .number(nil), .derived, "CTL (42-day)"),
        RunnerField("currentState.trainingStressBalance", .number(nil), .derived, "TSB (form)"),
        RunnerField("currentState.trainingLoadTrend", .enumeration(TrainingLoadTrend.knownRawValues), .derived, "\"building\" | \"maintaining\" | \"declining\" | \"erratic\""),
        RunnerField("currentState.readinessScore", .number(0...100), .derived, "0-100"),
        RunnerField("currentState.readinessFactors", .textList, .derived, "[\"good_sleep\", \"low_hrv\", \"high_volume\"]"),
        RunnerField("currentState.last7DaysVolume", .number(nil), .derived, ""),
        RunnerField("currentState.last7DaysRunCount", .integer(nil), .derived, ""),
        RunnerField("currentState.last28DaysVolume", .number(nil), .derived, ""),
        RunnerField("currentState.last28DaysRunCount", .integer(nil), .derived, ""),
        RunnerField("currentState.injuryRiskLevel", .enumeration(InjuryRiskLevel.knownRawValues), .derived, "\"low\" | \"moderate\" | \"elevated\" | \"high\""),
        RunnerField("currentState.injuryRiskFactors", .textList, .derived, ""),
        RunnerField("currentState.overtrainingRisk", .enumeration(InjuryRiskLevel.knownRawValues), .derived, ""),
        RunnerField("currentState.latestRestingHr", .number(nil), .derived, ""),
        RunnerField("currentState.latestHrv", .number(nil), .derived, ""),
        RunnerField("currentState.latestWeight", .number(nil), .derived, ""),
        RunnerField("currentState.latestSleepScore", .number(nil), .derived, ""),
        RunnerField("currentState.lastCalculatedAt", .timestamp, .derived, ""),
        RunnerField("legal.termsAcceptedAt", .timestamp, .person, ""),
        RunnerField("legal.privacyAcceptedAt", .timestamp, .person, ""),
        RunnerField("legal.healthConsentAt", .timestamp, .person, ""),
        RunnerField("legal.consentVersion", .text, .person, ""),
        RunnerField("legal.marketingOptIn", .boolean, .person, ""),
        RunnerField("conversationState.dataCompleteness", .number(0...100), .system, "0-100"),
        RunnerField("conversationState.readyForPlan", .boolean, .system, ""),
        RunnerField("conversationState.currentPhase", .text, .system, ""),
        RunnerField("conversationState.onboardingCompletedAt", .timestamp, .system, ""),
        RunnerField("conversationState.fieldsToConfirm", .textList, .system, ""),
        RunnerField("conversationState.fieldsMissing", .textList, .system, ""),
    ]
}
