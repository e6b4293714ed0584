import CadenceCore
import Foundation
import Planning
import Testing

/// Issue 16: what the history measured never silently outranks what the runner said.
struct StatedAndMeasuredVolumeTests {
    static func runner(stated: Double?, measured: Double?, calculatedDaysAgo: Double = 1) -> Runner {
        var r = PlanShapeTests.runner("Sam", level: .casual, km: 30, runs: 4)
        r.running.currentVolume = stated
        r.running.actualWeeklyVolume = measured
        r.running.actualWeeklyVolumeSource = measured == nil ? nil : .garmin
        r.currentState.lastCalculatedAt = Int64((Runners.now.timeIntervalSince1970 - calculatedDaysAgo * 86_400) * 1000)
        return r
    }

    @Test func aWideDisagreementKeepsTheRunnersFigureAndSaysSo() throws {
        let profile = try RunnerProfile(runner: Self.runner(stated: 30, measured: 0), now: Runners.now)
        #expect(profile.currentVolumeKm == 30)
        #expect(profile.volumeSource == .userReported)
        let note = try #require(profile.assumptions.first { $0.field == "running.currentVolume" })
        #expect(note.reason.contains("30") && note.reason.contains("shows 0"))
    }

    @Test func aCloseMeasuredFigureIsUsed() throws {
        let profile = try RunnerProfile(runner: Self.runner(stated: 30, measured: 34), now: Runners.now)
        #expect(profile.currentVolumeKm == 34)
        #expect(profile.volumeSource == .wearable)
    }

    @Test func aMeasuredFigureFromAnOldCalculationIsIgnored() throws {
        let stale = try RunnerProfile(runner: Self.runner(stated: 30, measured: 34, calculatedDaysAgo: 40), now: Runners.now)
        #expect(stale.currentVolumeKm == 30)
        #expect(stale.volumeSource == .userReported)
        // Without a stated figure an old measurement is not a substitute either: the cautious default is used.
        let none = try RunnerProfile(runner: Self.runner(stated: nil, measured: 34, calculatedDaysAgo: 40), now: Runners.now)
        #expect(none.currentVolumeKm == 15)
    }

    @Test func theOldExampleOfTheIssuePlansFromThirty() throws {
        // "30 → 42 km" must not become "0 → 19 km" because an old file measured 0.
        let stated = try Runners.plan(Self.runner(stated: 30, measured: nil))
        let contradicted = try Runners.plan(Self.runner(stated: 30, measured: 0))
        #expect(stated.plan.weeklyPlan.map(\.volumeKm) == contradicted.plan.weeklyPlan.map(\.volumeKm))
        #expect((contradicted.plan.weeklyPlan.first?.volumeKm ?? 0) >= 25)
    }
}
