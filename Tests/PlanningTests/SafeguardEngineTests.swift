import CadenceCore
import Foundation
@testable import Planning
import Testing

/// The engine's actions on hand-made rules: what each does to a plan and what it logs.
struct SafeguardEngineTests {
    static func rule(_ name: String, _ field: String, _ op: String, _ threshold: Double, action: SafeguardActionType,
                     adjustment: Double? = nil, ruleType: SafeguardRuleType = .hardLimit, priority: Int = 1,
                     when: Safeguard.Condition.ApplicableWhen? = nil) -> Safeguard {
        Safeguard(id: name, name: name, description: name, category: .volume, ruleType: ruleType,
                  condition: .init(field: field, operator: ComparisonOperator(rawValue: op), threshold: .number(threshold),
                                   applicableWhen: when),
                  action: .init(type: action, adjustment: adjustment.map(JSONValue.number), message: "\(name) message", severity: .warning),
                  source: "test", rationale: "test", isActive: true, priority: priority, createdAt: 0, updatedAt: 0)
    }

    func plan(_ runner: Runner, _ safeguards: [Safeguard]) throws -> CheckedPlan {
        try PlanService(clock: .fixed(Runners.now), ids: .sequential()).generate(for: runner, safeguards: safeguards)
    }

    @Test func everyFieldTheKnowledgeBaseUsesIsComputed() {
        #expect(Runners.safeguards.count == 48)
        // Rules on conditions known only on the day (heat_wbgt: the weather) are checked in the chat.
        for safeguard in Runners.safeguards where safeguard.isActive && !SafeguardEngine.dayOfFields.contains(safeguard.condition.field) {
            #expect(PlanMetrics.Field(rawValue: safeguard.condition.field) != nil, "\(safeguard.name): \(safeguard.condition.field)")
        }
        let required = ["weeklyVolumeIncrease", "consecutiveHardDays", "longRunPercentage", "restDaysPerWeek", "hardSessionsPerWeek",
                        "runsPerWeek", "longRunDistanceKm", "longRunDurationMinutes", "longRunIncreaseKm", "sessionDurationMinutes",
                        "sessionDurationOverRunnerMaxMinutes", "easyShare", "taperWeeks", "hardSessionsWithCurrentPain",
                        "peakVolumeToCurrentRatio", "acuteChronicRatio", "weeksToRace"]
        #expect(Set(required).isSubset(of: Set(PlanMetrics.fieldNames)))
    }

    @Test func capAdjustsEveryWeekAndLogsOriginalAndAdjustedValues() throws {
        let cap = Self.rule("test_runs_cap", "runsPerWeek", ">", 3, action: .cap, adjustment: 3)
        let checked = try plan(Runners.competitive10K, [cap])
        let c = PlanChecks(checked)
        #expect(c.weeks.allSatisfy { c.runs($0).count <= 3 })
        let applied = checked.plan.safeguardApplications.filter { $0.safeguardId == "test_runs_cap" && $0.applied }
        #expect(!applied.isEmpty)
        #expect(applied.allSatisfy { ($0.originalValue?["runsPerWeek"]?.doubleValue ?? 0) > 3 && $0.adjustedValue?["runsPerWeek"]?.doubleValue == 3 })
        #expect(checked.sessions.filter(\.isRestDay).contains { $0.keyPoints?.contains("test_runs_cap message") == true })
    }

    @Test func theStrictestMatchingCapWinsWhateverTheOrder() throws {
        let loose = Self.rule("loose", "weeklyVolumeIncrease", ">", 0.10, action: .cap, adjustment: 0.10, priority: 0)
        let strict = Self.rule("strict", "weeklyVolumeIncrease", ">", 0.03, action: .cap, adjustment: 0.03, priority: 5)
        let checked = try plan(Runners.baseBuilder, [loose, strict])
        #expect(PlanChecks(checked).largestIncrease(current: 20) <= 0.03 + 2e-3)
        #expect(checked.plan.loadParameters.weeklyIncreasePercent == 3)
    }

    @Test func warnAnnotatesAndConfirmationKeepsTheDraft() throws {
        let warn = Self.rule("test_warn", "longRunDurationMinutes", ">", 30, action: .warn, ruleType: .warning)
        let ask = Self.rule("test_ask", "weeksToRace", "<", 52, action: .requireConfirmation, ruleType: .softLimit)
        let checked = try plan(Runners.mastersMarathon, [warn, ask])
        #expect(checked.plan.status == .draft)
        #expect(checked.confirmations.map(\.safeguardId) == ["test_ask"])
        #expect(checked.warnings.count == 1 && checked.warnings[0].hasPrefix("test_warn message"))
        #expect(checked.plan.weeklyPlan.contains { $0.coachNotes?.contains("test_warn message") == true })
        #expect(checked.sessions.filter { $0.sessionType == .longRun }.allSatisfy { ($0.targetDurationSeconds ?? 0) > 30 * 60 }, "warn changes nothing")
    }

    @Test func aHardLimitThatCannotBeMetRefusesThePlan() throws {
        let impossible = Self.rule("test_block", "weeksToRace", "<", 52, action: .block)
        #expect(throws: PlanningError.self) { try plan(Runners.beginner5K, [impossible]) }
        do {
            _ = try plan(Runners.beginner5K, [impossible])
        } catch {
            #expect("\(error)".contains("test_block") && "\(error)".contains("weeksToRace"))
        }
        // The same rule as a soft limit is reported instead of refusing.
        let soft = Self.rule("test_block", "weeksToRace", "<", 52, action: .block, ruleType: .softLimit)
        let checked = try plan(Runners.beginner5K, [soft])
        #expect(checked.plan.safeguardApplications.contains { $0.safeguardId == "test_block" && $0.reason.hasPrefix("Could not fully apply") })
    }

    @Test func applicabilityByExperienceInjuryAndAge() throws {
        let beginnersOnly = Self.rule("beginners", "runsPerWeek", ">", 1, action: .cap, adjustment: 1,
                                      when: .init(experienceLevel: ["beginner"]))
        let bone = Self.rule("bone", "runsPerWeek", ">", 1, action: .cap, adjustment: 1, when: .init(injuryTypes: ["stress_fracture"]))
        let old = Self.rule("old", "runsPerWeek", ">", 1, action: .cap, adjustment: 1,
                            when: .init(age: .init(operator: .greaterThanOrEqual, value: 60)))
        let checked = try plan(Runners.mastersMarathon, [beginnersOnly, bone, old])
        let reasons = Dictionary(uniqueKeysWithValues: checked.plan.safeguardApplications.map { ($0.safeguardId, $0.reason) })
        #expect(reasons["beginners"]?.contains("this runner is serious") == true)
        #expect(reasons["bone"]?.contains("achilles_tendinopathy") == true)
        #expect(reasons["old"]?.contains("this runner is 55") == true)
        #expect(PlanChecks(checked).runs(1).count == 3, "none of them applied")
    }
}

/// Injuries named by their bone ("tibia_stress_fracture", from the interview) count as the family the
/// safeguards and the plan's advice are written for.
struct BoneNamedInjuryTests {
    @Test(arguments: ["tibia_stress_fracture", "metatarsal_stress_reaction", "femoral_neck_stress_fracture", "metatarsal_bone_stress_injury",
                      "pubic_ramus_stress_fracture"])
    func aBoneNamedStressInjuryIsABoneInjury(injury: String) {
        #expect(RunnerProfile.isBoneInjury(injury))
        #expect(RunnerProfile.injury(injury, isOneOf: ["shin_splints", "stress_fracture", "bone_stress_injury"]))
        #expect(PlanRenderer.injurySignal(injury) == "Pinpoint bone pain or pain at rest")
    }

    @Test(arguments: ["wrist_fracture", "itbs", "calf_strain"])
    func otherInjuriesAreNot(injury: String) {
        #expect(!RunnerProfile.isBoneInjury(injury))
        #expect(!RunnerProfile.injury(injury, isOneOf: ["shin_splints", "stress_fracture", "bone_stress_injury"]))
    }
}
