import CadenceCore
import Testing

struct PlanReadinessTests {
    static func runner(_ edit: (inout Runner) -> Void = { _ in }) -> Runner {
        var runner = Runner(id: "r", userId: "u", name: "Alex", now: 0)
        runner.identity.nameConfirmed = true
        edit(&runner)
        return runner
    }

    static func complete(_ runner: inout Runner) {
        runner.running.currentVolume = 25
        runner.running.currentFrequency = 3
        runner.running.experienceLevel = .beginner
        runner.schedule.availableDays = 3
        runner.schedule.longRunDay = .saturday
        runner.health.pastInjuries = []
        runner.health.currentPain = []
        runner.physical.maxHeartRate = 185
        runner.legal.healthConsentAt = 1
        runner.running.easyPace = "6:30/km"
        runner.schedule.maxSessionDurationMinutes = 60
        runner.coaching.coachingVoice = .encouraging
    }

    @Test func weightsAddUpToOneHundred() {
        let race = PlanReadiness.requirements.filter { $0.name != "non-race target" }
        let nonRace = PlanReadiness.requirements.filter { $0.name != "race distance" && $0.name != "race date" }
        #expect(race.map(\.weight).reduce(0, +) == 100)
        #expect(nonRace.map(\.weight).reduce(0, +) == 100)
    }

    @Test func emptyRunnerNeedsEverything() {
        let state = PlanReadiness.evaluate(Self.runner(), sources: [:])
        #expect(state.dataCompleteness == 0)
        #expect(state.readyForPlan == false)
        #expect(state.fieldsMissing?.count == 13)
    }

    @Test func fullRaceProfileIsReady() {
        let runner = Self.runner {
            Self.complete(&$0)
            $0.goals.goalType = .race
            $0.goals.raceDistance = 42.195
            $0.goals.raceDate = 1_808_179_200_000
        }
        let state = PlanReadiness.evaluate(runner, sources: [:])
        #expect(state.dataCompleteness == 100)
        #expect(state.readyForPlan == true)
        #expect(state.fieldsMissing == [])
    }

    @Test func raceFieldsDoNotApplyToGeneralHealth() {
        let runner = Self.runner {
            Self.complete(&$0)
            $0.goals.goalType = .generalHealth
        }
        let state = PlanReadiness.evaluate(runner, sources: [:])
        #expect(state.dataCompleteness == 100)
        #expect(state.readyForPlan == true)
    }

    /// The interview never asks for a target (the generator then builds 30 % above today's volume and
    /// says so), so a missing one lowers completeness but does not block the plan.
    @Test func baseBuildingTargetHelpsButIsNotRequired() {
        var runner = Self.runner {
            Self.complete(&$0)
            $0.goals.goalType = .baseBuilding
        }
        let without = PlanReadiness.evaluate(runner, sources: [:])
        #expect(without.fieldsMissing == ["goals.targetVolume"])
        #expect(without.readyForPlan == true)
        #expect(without.dataCompleteness == 84)
        runner.goals.targetVolume = 40
        #expect(PlanReadiness.evaluate(runner, sources: [:]).dataCompleteness == 100)
    }

    @Test func optionalFieldsDoNotBlockAPlan() {
        let runner = Self.runner {
            Self.complete(&$0)
            $0.goals.goalType = .generalHealth
            $0.coaching.coachingVoice = nil
            $0.running.easyPace = nil
        }
        let state = PlanReadiness.evaluate(runner, sources: [:])
        #expect(state.readyForPlan == true)
        // 78 of the 84 points that apply to a general-health goal.
        #expect(state.dataCompleteness == 93)
    }

    @Test func inferredAndDeviceValuesAreToConfirm() {
        let runner = Self.runner {
            Self.complete(&$0)
            $0.identity.nameConfirmed = false
        }
        let state = PlanReadiness.evaluate(runner, sources: [
            "physical.maxHeartRate": .inferred, "running.currentVolume": .strava, "running.currentFrequency": .user,
        ])
        #expect(state.fieldsToConfirm == ["identity.name", "running.currentVolume", "physical.maxHeartRate"])
    }
}

/// A red flag on file holds the plan until a clinician has cleared the runner (held-out runners with chest pain on
/// hills were told to see a doctor, then told their profile was ready for a plan).
struct RedFlagHoldTests {
    static func ready(_ edit: (inout Runner) -> Void) -> Runner.ConversationState {
        PlanReadiness.evaluate(PlanReadinessTests.runner {
            PlanReadinessTests.complete(&$0)
            $0.goals.goalType = .generalHealth
            edit(&$0)
        }, sources: [:])
    }

    @Test func aRedFlagHoldsThePlanUntilCleared() {
        let held = Self.ready { $0.health.currentPain = ["chest pain (pain in my chest)"] }
        #expect(held.readyForPlan == false)
        #expect(held.fieldsMissing?.contains("health.hasPhysicianClearance") == true)
        #expect(held.dataCompleteness == 100)
        #expect(Self.ready { $0.health.medicalConditions = ["fainting (passed out)"] }.readyForPlan == false)
        // The pain the red-flag check sent to a doctor holds it too.
        #expect(Self.ready { $0.health.currentPain = ["suspected fracture (one spot)"] }.readyForPlan == false)
        #expect(Self.ready { $0.health.currentPain = ["sharp or worsening pain (pain getting worse)"] }.readyForPlan == false)
        // "Not cleared yet" is no clearance.
        #expect(Self.ready { $0.health.currentPain = ["chest pain"]; $0.health.hasPhysicianClearance = false }.readyForPlan == false)
        #expect(Self.ready { $0.health.currentPain = ["chest pain"]; $0.health.hasPhysicianClearance = true }.readyForPlan == true)
    }

    @Test func otherHealthFactsHoldNothing() {
        #expect(Self.ready { $0.health.currentPain = ["knee"] }.readyForPlan == true)
        #expect(Self.ready { $0.health.medicalConditions = ["chest infection last month"] }.readyForPlan == true)
        #expect(Self.ready { $0.health.medicalConditions = ["high_blood_pressure"] }.readyForPlan == true)
        #expect(Self.ready { $0.health.currentPain = ["knee"] }.fieldsMissing?.contains("health.hasPhysicianClearance") == false)
    }
}
