import CadenceCore
import Foundation
import Planning
import Testing

/// How the runner's health facts are read, and what the plan gate does with them.
struct HealthFlagsTests {
    static let day = 86_400_000.0
    static let now = Runners.now.timeIntervalSince1970 * 1000

    static func flags(pain: [String] = [], conditions: [String] = [], injuries: [Runner.Health.InjuryDetail] = [],
                      cleared: Bool? = nil) -> HealthFlags {
        var runner = Runners.base("H")
        runner.health = .init(injuryDetails: injuries, currentPain: pain, medicalConditions: conditions, hasPhysicianClearance: cleared)
        return HealthFlags(runner: runner, now: Runners.now)
    }

    /// (what the runner object holds, the flag expected: "red", "stop", "ill", "none")
    @Test(arguments: [
        (["shin"], "none"), (["knee"], "none"), (["calf 2/10"], "none"), (["knee 3/10"], "none"),
        (["shin, one spot on the bone, getting worse"], "stop"), (["groin"], "stop"), (["heel pain at night"], "stop"),
        (["hip 5/10"], "stop"), (["knee, it makes me limp"], "stop"), (["foot, pinpoint tenderness"], "stop"),
        (["ankle pain is worsening"], "stop"), (["sharp_or_worsening_pain"], "stop"), (["suspected_fracture"], "stop"),
        (["chest pain"], "red"), (["chest_pain"], "red"), (["fainting"], "red"),
    ])
    func painIsReadByWhatItSays(pain: [String], expected: String) {
        let f = Self.flags(pain: pain)
        #expect(!f.stopPain.isEmpty == (expected == "stop"), "\(pain)")
        #expect(!f.redFlagSymptoms.isEmpty == (expected == "red"), "\(pain)")
    }

    @Test(arguments: [
        (["heart_rhythm"], "red"), (["palpitations"], "red"), (["breathing_at_rest"], "red"), (["nearly fainted on a run"], "red"),
        (["fever"], "ill"), (["flu"], "ill"), (["covid"], "ill"), (["chest infection"], "ill"), (["stomach bug"], "ill"),
        (["hay fever"], "none"), (["asthma"], "none"), (["type 1 diabetes"], "none"), (["none"], "none"),
        // The chat's check writes a leg swollen and hot as a possible clot: a red flag; a clot long treated is history.
        (["possible blood clot in the leg (calf is swollen and warm)"], "red"), (["blood_clot"], "none"),
        // Blood coughed up, as the check writes it: a red flag.
        (["coughing up blood (bloody phlegm)"], "red"),
    ])
    func conditionsAreReadByWhatTheySay(conditions: [String], expected: String) {
        let f = Self.flags(conditions: conditions)
        #expect(!f.redFlagSymptoms.isEmpty == (expected == "red"), "\(conditions)")
        #expect(!f.illness.isEmpty == (expected == "ill"), "\(conditions)")
        #expect(f.pausesRunning == (expected != "none"), "\(conditions)")
    }

    @Test func boneStressInjuriesByDateSiteAndClearance() {
        let unhealed = Runner.Health.InjuryDetail(type: "stress_fracture", dateOccurred: Self.now - 20 * Self.day)
        #expect(!Self.flags(injuries: [unhealed]).unhealedBoneStressInjury.isEmpty)
        // An old injury whose recovery was never recorded is history, not a current injury.
        let old = Runner.Health.InjuryDetail(type: "stress_fracture", dateOccurred: Self.now - 300 * Self.day)
        #expect(!Self.flags(injuries: [old]).pausesRunning)
        let healedTibia = Runner.Health.InjuryDetail(type: "bone_stress_injury", dateOccurred: Self.now - 70 * Self.day,
                                                     dateRecovered: Self.now - 14 * Self.day, notes: "posteromedial tibia")
        #expect(!Self.flags(injuries: [healedTibia]).pausesRunning)
        #expect(Self.flags(injuries: [healedTibia]).boneStressReturn == ["bone_stress_injury"])
        let healedNeck = Runner.Health.InjuryDetail(type: "stress_fracture", dateOccurred: Self.now - 90 * Self.day,
                                                    dateRecovered: Self.now - 14 * Self.day, notes: "femoral neck")
        #expect(Self.flags(injuries: [healedNeck]).pausesRunning, "high-risk site without clearance")
        #expect(!Self.flags(injuries: [healedNeck], cleared: true).pausesRunning)
        #expect(Self.flags(injuries: [healedNeck], cleared: true).boneStressReturn == ["stress_fracture"])
        let longAgo = Runner.Health.InjuryDetail(type: "stress_fracture", dateOccurred: Self.now - 400 * Self.day,
                                                 dateRecovered: Self.now - 300 * Self.day)
        #expect(Self.flags(injuries: [longAgo, healedTibia]).redsSigns == ["2 bone stress injuries"], "recurrent bone stress injuries")
        #expect(Self.flags(conditions: ["Amenorrhoea"]).redsSigns == ["Amenorrhoea"])
        #expect(Self.flags(conditions: ["postpartum"]).postpartumWithoutClearance == ["postpartum"])
        #expect(Self.flags(conditions: ["postpartum"], cleared: true).postpartumWithoutClearance.isEmpty)
    }

    /// Issue 20, done when: worsening shin pain on one spot gives no running sessions and the
    /// advice to see a clinician; once the runner reports it cleared, running comes back.
    @Test func worseningShinPainOnOneSpotPausesRunningUntilCleared() throws {
        var runner = Runners.returningHalf
        runner.health.currentPain = ["shin: pain on one spot of the bone, getting worse each run"]
        let paused = try Runners.plan(runner)
        #expect(paused.sessions.allSatisfy { $0.isRestDay }, "no running sessions, the race included")
        let advice = paused.sessions.compactMap(\.keyPoints).joined()
        #expect(advice.contains { $0.contains("see a doctor or physiotherapist") && $0.contains("cross-training") })
        #expect(paused.plan.safeguardApplications.contains { $0.safeguardId == "stop_running_pain" && $0.applied })
        #expect(paused.plan.weeklyPlan.allSatisfy { $0.coachNotes?.contains("Running is paused") == true })
        // The plan's texts say it is paused instead of describing training that is not there:
        // no "peak of 0 km", no taper "to the start line fresh", no "Week 1 starts at 0 km".
        let season = paused.plan.seasonView
        #expect(season.coachSummary.hasPrefix("Running is paused"), "\(season.coachSummary)")
        #expect(!season.coachSummary.contains("taper") && !season.coachSummary.contains("0 km"), "\(season.coachSummary)")
        #expect(season.expectedOutcomes.confidenceReason.hasPrefix("On hold"))
        #expect(season.keyMilestones.map(\.milestone) == ["Assessed by a doctor or physiotherapist"], "no peak week of 0 km")
        #expect(!season.identifiedRisks.contains { $0.mitigation.contains("easy running only") })
        #expect(paused.plan.weeklyPlan.allSatisfy { $0.weekFocus.hasPrefix("No running") && !$0.weekJustification.contains("km") })
        #expect(paused.sessions.allSatisfy { $0.description.contains("cycling, swimming or pool running") })
        // The radar does not call a runner who may not run "race ready".
        let radar = Dictionary(uniqueKeysWithValues: paused.plan.runnerSnapshot.profileRadar.map { ($0.label, $0.value) })
        #expect(radar[.raceReady] == 0 && (radar[.injuryRisk] ?? 0) >= 90, "\(radar)")

        runner.health.currentPain = []
        let cleared = try Runners.plan(runner)
        // Running comes back: every week has runs again (the generator may use 2-3 of the 4 offered
        // days when a run would otherwise be under its minimum length).
        let runsByWeek = Dictionary(grouping: cleared.sessions.filter { !$0.isRestDay }, by: \.weekNumber)
        #expect((1...cleared.plan.durationWeeks).allSatisfy { (runsByWeek[$0]?.count ?? 0) >= 2 })
        #expect(cleared.plan.safeguardApplications.contains { $0.safeguardId == "stop_running_pain" && !$0.applied })
        #expect(!cleared.plan.seasonView.coachSummary.contains("paused"))
        #expect((cleared.plan.runnerSnapshot.profileRadar.first { $0.label == .raceReady }?.value ?? 0) > 0)
    }

    /// A clinician's clearance lifts a red flag's pause (the paused plan says running waits for one); without it, or with
    /// "not cleared yet", the pause stands.
    @Test func clearanceLiftsARedFlag() {
        #expect(Self.flags(pain: ["chest pain (pain in my chest)"]).redFlagSymptoms == ["chest pain (pain in my chest)"])
        #expect(Self.flags(pain: ["chest pain (pain in my chest)"], cleared: false).pausesRunning)
        #expect(Self.flags(pain: ["chest pain (pain in my chest)"], cleared: true).redFlagSymptoms.isEmpty)
        #expect(!Self.flags(conditions: ["fainting (passed out)"], cleared: true).pausesRunning)
        #expect(!Self.flags(pain: ["suspected fracture (one spot)"], cleared: true).pausesRunning)
        #expect(Self.flags(pain: ["suspected fracture (one spot)"]).stopPain == ["suspected fracture (one spot)"])
        // Control: clearance does not lift pain that means stop, said in the runner's own words.
        #expect(Self.flags(pain: ["sharp pain on one spot of the shin"], cleared: true).pausesRunning)
    }

    /// The chat's red-flag kinds, written into the runner object, pause the plan the same way.
    @Test func chatRedFlagKindsPauseThePlan() throws {
        for (pain, conditions) in [([String](), ["chest_pain"]), ([], ["heart_rhythm"]), (["suspected_fracture"], [])] {
            var runner = Runners.baseBuilder
            runner.health.currentPain = pain
            runner.health.medicalConditions = conditions
            let checked = try Runners.plan(runner)
            #expect(checked.sessions.allSatisfy { $0.isRestDay }, "\(pain) \(conditions)")
        }
    }
}
