import Foundation

/// What a training plan needs to know, and how complete the runner object is against it.
///
/// `dataCompleteness` is the weighted share of the requirements that apply to this runner
/// (a race date matters only for a race goal), `fieldsMissing` lists the first path of each
/// unmet requirement, and `readyForPlan` is true once every *required* requirement is met.
/// The list is documented in the README; change both together.
public struct PlanRequirement: Sendable {
    public let name: String
    /// Any one of these paths satisfies the requirement; the first is reported when missing.
    public let paths: [String]
    public let weight: Int
    public let required: Bool
    let applies: @Sendable (Runner) -> Bool
    /// Whether the runner meets it, when that is more than one of `paths` being set.
    let met: (@Sendable (Runner) -> Bool)?

    init(_ name: String, _ paths: [String], weight: Int, required: Bool,
         applies: @escaping @Sendable (Runner) -> Bool = { _ in true }, met: (@Sendable (Runner) -> Bool)? = nil) {
        self.name = name
        self.paths = paths
        self.weight = weight
        self.required = required
        self.applies = applies
        self.met = met
    }

    /// Whether the requirement counts for this runner (a race date only for a race goal).
    public func applies(to runner: Runner) -> Bool { applies(runner) }
}

public enum PlanReadiness {
    private static func isRace(_ runner: Runner) -> Bool { runner.goals.goalType == .race }
    /// Injury and pain questions are not asked of a runner who declined to have health data kept.
    private static func healthShared(_ runner: Runner) -> Bool { HealthConsent.status(of: runner) != .declined }
    private static func needsTarget(_ runner: Runner) -> Bool {
        runner.goals.goalType == .speed || runner.goals.goalType == .baseBuilding
    }

    /// Weights add up to 100 for a race goal (and for speed or base-building goals, where the
    /// target replaces the race distance and date).
    public static let requirements: [PlanRequirement] = [
        PlanRequirement("goal type", ["goals.goalType"], weight: 15, required: true),
        PlanRequirement("race distance", ["goals.raceDistance"], weight: 8, required: true, applies: isRace),
        PlanRequirement("race date", ["goals.raceDate"], weight: 8, required: true, applies: isRace),
        // Not required: the generator builds 30 % above today's volume (base) or adds quality (speed) and says so.
        PlanRequirement("non-race target", ["goals.targetVolume", "goals.targetPaceImprovement", "goals.raceDistance"],
                        weight: 16, required: false, applies: needsTarget),
        PlanRequirement("current weekly volume", ["running.currentVolume", "running.actualWeeklyVolume"], weight: 10, required: true),
        PlanRequirement("current runs per week", ["running.currentFrequency"], weight: 8, required: true),
        PlanRequirement("experience level", ["running.experienceLevel"], weight: 8, required: true),
        PlanRequirement("available days", ["schedule.availableDays", "schedule.preferredDays"], weight: 8, required: true),
        PlanRequirement("long-run day", ["schedule.longRunDay"], weight: 4, required: true),
        PlanRequirement("injury history", ["health.pastInjuries", "health.injuryDetails"], weight: 10, required: true, applies: healthShared),
        PlanRequirement("current pain", ["health.currentPain"], weight: 5, required: true, applies: healthShared),
        PlanRequirement("age or max heart rate", ["physical.age", "physical.maxHeartRate", "physical.dateOfBirth"],
                        weight: 6, required: true),
        // Answered either way: consent given, or declined (the consent version answered, see `HealthConsent`).
        PlanRequirement("health-data consent", ["legal.healthConsentAt", "legal.consentVersion"], weight: 2, required: true),
        PlanRequirement("pace evidence", ["running.personalBests", "running.easyPace", "running.vdot", "goals.targetTime"],
                        weight: 4, required: false),
        PlanRequirement("longest session", ["schedule.maxSessionDurationMinutes"], weight: 2, required: false),
        PlanRequirement("coaching voice", ["coaching.coachingVoice"], weight: 2, required: false),
        // A red flag on file (chest pain, fainting, palpitations, breathlessness at rest) holds the plan until a clinician
        // has cleared the runner: the coach has said it will suggest no training before then. Weight 0: no data is missing.
        PlanRequirement("a doctor's clearance", ["health.hasPhysicianClearance"], weight: 0, required: true,
                        applies: RedFlagSymptoms.holdPlan, met: { $0.health.hasPhysicianClearance == true }),
    ]

    /// Sources that mean a person stated the value; anything else (a wearable, the inference
    /// engine) is shown to the runner to confirm.
    public static let confirmedSources: Set<DataSource> = [.manual, .user]

    /// What the runner said next to what their history measured, compared by `disagree`.
    public static let measuredPairs: [(stated: String, measured: String)] = [
        ("running.currentVolume", "running.actualWeeklyVolume"),
        ("running.longestRecentRun", "running.actualLongRunDistance"),
    ]

    /// A wide disagreement between a stated and a measured figure (km): at least 5 km apart and
    /// the gap more than 40 % of the larger. 30 vs 20 km/week agrees (a watch left at home on one
    /// run); 30 vs 12 or 30 vs 0 does not.
    public static func disagree(stated: Double, measured: Double) -> Bool {
        let gap = abs(stated - measured)
        return gap >= 5 && gap > 0.4 * max(stated, measured)
    }

    /// The stated paths whose measured figure disagrees widely with them and was recorded after
    /// the runner last said (or confirmed) theirs. `order` maps a path to the sequence number of
    /// its latest write; without it every disagreement counts.
    public static func disagreements(_ runner: Runner, order: [String: Int64] = [:]) -> [String] {
        let document = (try? JSONValue(encoding: runner)) ?? .null
        return measuredPairs.compactMap { pair in
            guard let stated = document.value(atPath: pair.stated).doubleValue,
                  let measured = document.value(atPath: pair.measured).doubleValue,
                  disagree(stated: stated, measured: measured),
                  (order[pair.stated] ?? 0) <= (order[pair.measured] ?? 0) else { return nil }
            return pair.stated
        }
    }

    /// Recomputes the conversation state. `sources` maps a path to the source of its latest write,
    /// `order` to the sequence number of that write (see `disagreements`). A stated figure that the
    /// history contradicts widely is listed in `fieldsToConfirm`: the coach asks, instead of one
    /// figure silently replacing the other.
    public static func evaluate(_ runner: Runner, sources: [String: DataSource], order: [String: Int64] = [:]) -> Runner.ConversationState {
        let document = (try? JSONValue(encoding: runner)) ?? .null
        func isSet(_ path: String) -> Bool {
            let node = document.value(atPath: path)
            // An empty list is an answer ("no injuries"); an empty object is not.
            if let object = node.objectValue { return !object.isEmpty }
            return !node.isNull
        }

        var total = 0, met = 0, requiredMissing = false
        var missing: [String] = []
        var toConfirm: [String] = []
        for requirement in requirements where requirement.applies(runner) {
            total += requirement.weight
            if let isMet = requirement.met {
                if isMet(runner) { continue }
                missing.append(requirement.paths[0])
                if requirement.required { requiredMissing = true }
            } else if let path = requirement.paths.first(where: isSet) {
                met += requirement.weight
                if let source = sources[path], !confirmedSources.contains(source) { toConfirm.append(path) }
            } else {
                missing.append(requirement.paths[0])
                if requirement.required { requiredMissing = true }
            }
        }
        for path in disagreements(runner, order: order) where !toConfirm.contains(path) { toConfirm.append(path) }
        if !runner.identity.nameConfirmed { toConfirm.insert("identity.name", at: 0) }

        var state = runner.conversationState
        state.dataCompleteness = total == 0 ? 0 : Double((met * 100 + total / 2) / total)
        state.fieldsMissing = missing
        state.fieldsToConfirm = toConfirm
        state.readyForPlan = !requiredMissing
        return state
    }
}
