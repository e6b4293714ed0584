import CadenceCore
import Foundation
import Planning
import Testing

/// The five runners of issue 7, asserted on structure, placement and safeguards.
struct IssueRunnerPlanTests {
    nonisolated(unsafe) static let durationPattern = /^\d+ min$/
    nonisolated(unsafe) static let effortPattern = /^\d+\/10$/
    nonisolated(unsafe) static let pacePattern = /^\d+:\d\d(–\d+:\d\d)?\/km$/

    /// What every plan must satisfy.
    func commonChecks(_ checked: CheckedPlan, runner: Runner, maxHard: Int) {
        let c = PlanChecks(checked)
        #expect(checked.sessions.count == checked.plan.durationWeeks * 7)
        #expect(checked.plan.weeklyPlan.count == checked.plan.durationWeeks)
        #expect(c.longestHardStreak <= 1, "hard sessions on consecutive days")
        for number in c.weeks {
            #expect(c.runs(number).count <= 6, "week \(number) has no rest day")
            #expect(c.hard(number).count <= maxHard, "week \(number): \(c.hard(number).count) hard sessions")
        }
        let blocked = Set((runner.schedule.blockedDays ?? []).map(\.rawValue))
        #expect(checked.sessions.filter { !$0.isRestDay && blocked.contains($0.dayOfWeek.rawValue) }.isEmpty)
        for session in checked.sessions where !session.isRestDay {
            #expect(session.targetDurationDisplay.wholeMatch(of: Self.durationPattern) != nil, "\(session.targetDurationDisplay)")
            #expect(session.effortDisplay.wholeMatch(of: Self.effortPattern) != nil)
            #expect(session.targetPaceDisplay?.wholeMatch(of: Self.pacePattern) != nil, "\(session.targetPaceDisplay ?? "nil")")
            #expect(!session.justification.isEmpty && !session.description.isEmpty)
            if PlanChecks.isHard(session), session.sessionType != .race {
                #expect(session.structureDisplay?.contains("warm-up → ") == true, "\(session.structureDisplay ?? "")")
                #expect(session.structureDisplay?.hasSuffix("cool-down") == true)
            }
        }
        if let longDay = runner.schedule.longRunDay {
            let longRuns = checked.sessions.filter { $0.sessionType == .longRun && !$0.isRestDay }
            #expect(!longRuns.isEmpty)
            #expect(longRuns.allSatisfy { $0.dayOfWeek == longDay })
        }
        // Every applicable safeguard was checked and logged.
        #expect(Set(checked.plan.safeguardApplications.map(\.safeguardId)) == Set(Runners.safeguards.map(\.id)))
        #expect(checked.plan.runnerSnapshot.profileRadar.map(\.label.rawValue) == ["Endurance", "Speed", "Recovery", "Consistency", "Injury Risk", "Race Ready"])
        #expect(checked.plan.decisions.count >= 5)
        #expect(checked.plan.weeklyPlan.allSatisfy { !$0.weekFocus.isEmpty && !$0.weekJustification.isEmpty })
    }

    @Test func beginnerFiveKInTenWeeks() throws {
        let runner = Runners.beginner5K
        let checked = try Runners.plan(runner)
        let plan = checked.plan
        commonChecks(checked, runner: runner, maxHard: 1)
        let c = PlanChecks(checked)
        #expect(plan.durationWeeks == 10)
        #expect(plan.periodizationModel == .linear)
        #expect(plan.status == .active)
        #expect(c.weeks.allSatisfy { c.runs($0).count <= 3 })
        #expect((1...3).allSatisfy { c.hard($0).isEmpty }, "no hard running in the first three weeks")
        #expect(c.longestTrainingSessionMinutes <= 45, "the runner has 45 minutes at most")
        let race = try #require(checked.sessions.first { $0.sessionType == .race })
        #expect(race.scheduledDate == Runners.date("2027-03-14"))
        #expect(plan.phases.map(\.name) == ["Base", "Build", "Peak", "Taper"])
        #expect(plan.phases.last?.endWeek == plan.phases.last?.startWeek, "a one-week taper for a 5K")
        #expect(checked.sessions.filter { !$0.isRestDay }.allSatisfy { ["tuesday", "thursday", "saturday", "sunday"].contains($0.dayOfWeek.rawValue) })
        #expect(c.largestIncrease(current: 6) <= 0.15 + 1e-3, "beginners: new highs at most 15% (issue 20)")
        #expect(plan.seasonView.coachSummary.contains("new to running"))
        #expect(c.applications("beginner_runs_per_week").first?.reason.hasPrefix("Checked") == true)
    }

    @Test func returningRunnerWithShinSplintsHalfInTwelveWeeks() throws {
        let runner = Runners.returningHalf
        let checked = try Runners.plan(runner)
        let plan = checked.plan
        commonChecks(checked, runner: runner, maxHard: 2)
        let c = PlanChecks(checked)
        #expect(plan.durationWeeks == 12)
        #expect(c.largestIncrease(current: 15) <= 0.05 + 2e-3, "5% cap for shin splints history")
        #expect(c.weeks.map(c.trainingKm).max()! <= 15 * 1.5 + 0.01, "returning runners peak at 1.5x")
        #expect(plan.weeklyPlan.filter(\.isRecoveryWeek).map(\.weekNumber) == [3, 6, 9])
        #expect(plan.phases.last?.name == "Taper" && plan.phases.last!.endWeek - plan.phases.last!.startWeek == 1)
        #expect(c.applications("max_volume_increase_bone_injury_history").allSatisfy { !$0.reason.hasPrefix("Not applicable") })
        #expect(c.applications("hard_sessions_beginner").first?.reason.hasPrefix("Not applicable") == true)
        #expect(plan.seasonView.coachSummary.contains("shin splints"))
        #expect(plan.seasonView.volumeStrategyJustification.contains("5%"))
        #expect(plan.seasonView.identifiedRisks.contains { $0.risk == "Shin Splints recurrence" })
        #expect(plan.runnerSnapshot.planInfluencers.contains { $0.factor == "shin_splints_history" })
        #expect(plan.runnerSnapshot.profileRadar.first { $0.label == .speed }?.uncertain == true, "paces from the easy pace are estimates")
        #expect(checked.sessions.filter(PlanChecks.isHard).allSatisfy { $0.keyPoints?.contains { $0.contains("shin") } == true })
        #expect(plan.weeklyPlan.allSatisfy { $0.warningSignals?.contains("Tenderness along the inner shin") == true })
        #expect(plan.weeklyPlan.contains { $0.coachNotes?.contains("Gym") == true }, "gym access becomes strength work")
    }

    @Test func fiftyFiveYearOldMarathonerOnThreeDays() throws {
        let runner = Runners.mastersMarathon
        let checked = try Runners.plan(runner)
        let plan = checked.plan
        commonChecks(checked, runner: runner, maxHard: 2)
        let c = PlanChecks(checked)
        #expect(plan.durationWeeks == 17)
        #expect(plan.periodizationModel == .pyramidal)
        #expect(c.weeks.allSatisfy { c.runs($0).count <= 3 })
        #expect(c.weeks.dropLast().allSatisfy { c.hard($0).count <= 1 }, "three days: long run, one quality day, one easy day")
        #expect(plan.weeklyPlan.filter(\.isRecoveryWeek).map(\.weekNumber) == [3, 6, 9, 12])
        #expect(plan.phases.last.map { $0.endWeek - $0.startWeek + 1 } == 3, "three-week marathon taper")
        #expect(c.largestIncrease(current: 35) <= 0.07 + 2e-3)
        #expect(c.applications("masters_extra_rest_day").first?.reason.hasPrefix("Checked") == true)
        #expect(c.applications("age_50_plus_recovery").first?.applied == false)
        #expect(plan.seasonView.coachSummary.contains("55"))
        #expect(plan.runnerSnapshot.profileRadar.first { $0.label == .speed }?.uncertain == false, "paces from a race result")
        #expect(checked.assessment.feasibility == .achievable || checked.assessment.feasibility == .ambitious)
        #expect(checked.sessions.contains { $0.sessionTypeDisplay == "Marathon Pace" })
    }

    @Test func competitiveTenKOnSixDays() throws {
        let runner = Runners.competitive10K
        let checked = try Runners.plan(runner)
        let plan = checked.plan
        commonChecks(checked, runner: runner, maxHard: 3)
        let c = PlanChecks(checked)
        #expect(plan.periodizationModel == .block)
        #expect(c.weeks.dropLast().allSatisfy { c.runs($0).count == 6 })
        let buildWeeks = plan.weeklyPlan.filter { $0.phaseName == "Build" && !$0.isRecoveryWeek }
        #expect(!buildWeeks.isEmpty && buildWeeks.allSatisfy { c.hard($0.weekNumber).count == 2 })
        #expect(checked.sessions.filter { $0.sessionTypeDisplay == "Intervals" }.allSatisfy { $0.sessionSubtype == .track })
        #expect(checked.sessions.contains { $0.sessionType == .recovery }, "a recovery run after the long run")
        #expect(plan.targetPaces.threshold.wholeMatch(of: Self.pacePattern) != nil)
        #expect(c.applications("hard_sessions_serious").first?.reason.hasPrefix("Checked") == true)
    }

    @Test func baseBuildingWithoutARace() throws {
        let runner = Runners.baseBuilder
        let checked = try Runners.plan(runner)
        let plan = checked.plan
        commonChecks(checked, runner: runner, maxHard: 1)
        let c = PlanChecks(checked)
        // As long as 20 → 30 km takes at +10 % a week with a down week every 4th, plus a week to hold it.
        #expect(plan.durationWeeks == 11)
        #expect(plan.goalType == .baseBuilding)
        #expect(plan.targetDate == nil)
        #expect(!checked.sessions.contains { $0.sessionType == .race })
        #expect(!plan.phases.contains { $0.name == "Taper" })
        #expect(c.longestTrainingSessionMinutes <= 75)
        // Within 5 %: runs are never shorter than 25 minutes, which can round a week up a little.
        #expect(abs(c.weeks.map(c.trainingKm).max()! - 30) <= 1.5, "peaks at the 30 km target")
        #expect(checked.assessment.feasibility == .achievable)
        #expect(c.applications("minimum_taper_marathon").first?.reason.contains("does not apply") == true)
    }
}
