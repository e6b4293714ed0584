import CadenceCore
import Foundation
import Planning
import Testing

struct PlanAdaptationTests {
    /// Issue 16: the restart volume averages the 14 days up to the last run over the days the
    /// history covers. A runner whose history begins with the plan ran one week, not half of two;
    /// with a run on record before the plan, the empty days before it are known and count.
    @Test func theRestartAveragesOnlyTheDaysTheHistoryCovers() throws {
        let runner = Runners.returningHalf
        let old = try Runners.plan(runner)
        let day = { (millis: Int64) in CivilDay.number(millis: millis, offsetSeconds: 0) }
        let planStart = day(old.plan.startDate)
        let week1 = old.sessions.filter { !$0.isRestDay && $0.weekNumber == 1 }
            .map { PlanAdaptation.Run(day: day($0.scheduledDate), km: ($0.targetDistanceMeters ?? 0) / 1000) }
        let weekKm = week1.map(\.km).reduce(0, +)
        let last = try #require(week1.map(\.day).max())
        #expect(last - 13 < planStart, "the 14-day window reaches before the plan")
        // 7 days without running: resumed at 75 % (Daniels).
        let today = last + 8
        let service = PlanService(clock: .fixed(Date(timeIntervalSince1970: Double(today) * 86_400 + 8 * 3600)), ids: .sequential(prefix: "a"))
        let oldNow = try #require(old.plan.weeklyPlan.first { today >= day($0.weekStartDate) && today < day($0.weekStartDate) + 7 })
        let oldNowKm = SeasonSimulatorTests.trainingKm(old.sessions)[oldNow.weekNumber] ?? 0
        func base(_ runs: [PlanAdaptation.Run], historyStart: Int? = nil) throws -> Double {
            try PlanAdaptation(service: service).adapt(runner: runner, plan: old.plan, sessions: old.sessions, runs: runs,
                                                       historyStart: historyStart, today: today, safeguards: Runners.safeguards).baseKm
        }
        let rounded = { (km: Double) in (km * 10).rounded() / 10 }
        #expect(weekKm * 0.75 < oldNowKm, "the old plan's week does not cap the restart here")
        #expect(try base(week1) == rounded(weekKm * 0.75))
        let earlier = PlanAdaptation.Run(day: planStart - 20, km: 5)
        #expect(try base([earlier] + week1) == rounded(weekKm / 2 * 0.75))
        // The same when the caller read only the recent runs and gives where the history begins.
        #expect(try base(week1, historyStart: planStart - 20) == rounded(weekKm / 2 * 0.75))
    }
}
