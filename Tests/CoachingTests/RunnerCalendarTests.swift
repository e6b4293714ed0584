import CadenceCore
import Coaching
import Foundation
import Planning
import Store
import Testing

/// Check-ins and matching use the runner's day, not UTC's: at a day boundary in UTC−8 and
/// UTC+13 the check-in's "today" and the sync's skipped sessions agree with the runner's clock.
struct RunnerCalendarTests {
    /// Monday 2022-01-03 00:00 UTC: the plan's first day (winter: Los Angeles is UTC−8, Auckland UTC+13).
    static let monday = 1_641_168_000.0

    /// A runner in `zone` (nil: none stated) with a plan from Monday 2022-01-03 (runs Monday,
    /// Wednesday, Saturday) and the clock at `now`.
    static func world(zone: String?, now: Double) throws -> (AppDatabase, Runner, Clock) {
        let clock = Clock.fixed(Date(timeIntervalSince1970: now))
        let database = try AppDatabase.inMemory(clock: clock, ids: .sequential(prefix: "db"))
        var runner = try database.createRunner(name: "Tane")
        var fields = [("running.experienceLevel", "casual"), ("running.currentVolume", "20"), ("running.currentFrequency", "3"),
                      ("physical.age", "35"), ("goals.goalType", "general_health"), ("schedule.availableDays", "3"),
                      ("schedule.preferredDays", "monday,wednesday,saturday"), ("schedule.longRunDay", "saturday")]
        if let zone { fields.append(("identity.timezone", zone)) }
        for (path, value) in fields {
            let field = try RunnerField.named(path)
            try database.setRunnerField(runnerId: runner.id, path: path, value: try field.parse(value), context: .init(source: .user))
        }
        runner = try #require(try database.runner(id: runner.id))
        let checked = try PlanService(clock: clock, ids: .sequential(prefix: "plan")).generateUnchecked(
            for: runner, safeguards: PlanSyncTests.safeguards, start: Date(timeIntervalSince1970: monday))
        try database.replacePlan(checked.plan, sessions: checked.sessions)
        return (database, runner, clock)
    }

    /// Status of the Monday run session after a sync, and the check-in's today.
    static func boundary(zone: String?, now: Double, fallback: RunnerCalendar = .utc) throws -> (monday: SessionStatus, today: String, week: Int) {
        let (database, runner, clock) = try world(zone: zone, now: now)
        try PlanSync(database: database, clock: clock, calendar: fallback).run(runnerId: runner.id)
        let plan = try #require(try database.currentPlan(runnerId: runner.id))
        let session = try #require(try database.plannedSessions(planId: plan.id).first { $0.dayOfWeek == .monday && $0.weekNumber == 1 })
        #expect(!session.isRestDay)
        let checkIn = CheckIn(database: database, clock: clock, calendar: fallback)
        let today = try checkIn.today(runnerId: runner.id)
        return (session.status, today.date, try checkIn.week(runnerId: runner.id).weekNumber)
    }

    @Test func at2330InLosAngelesItIsStillMonday() throws {
        // 23:30 on Monday in Los Angeles is 07:30 on Tuesday in UTC.
        let now = Self.monday + 86_400 + 7.5 * 3600
        let local = try Self.boundary(zone: "America/Los_Angeles", now: now)
        #expect(local.today == "2022-01-03")
        #expect(local.monday == .scheduled, "tonight's run is still to do, not skipped")
        #expect(local.week == 1)
        // The same instant for a runner who states no zone, read in UTC: Tuesday, Monday passed.
        let utc = try Self.boundary(zone: nil, now: now)
        #expect(utc.today == "2022-01-04" && utc.monday == .skipped)
        // No stated zone: the injected fallback zone decides.
        let fallback = try Self.boundary(zone: nil, now: now, fallback: RunnerCalendar(fallback: TimeZone(secondsFromGMT: -8 * 3600)!))
        #expect(fallback.today == "2022-01-03" && fallback.monday == .scheduled)
    }

    /// No stated zone and no run since the plan began: the offset of the last run on record (a
    /// year before, in Los Angeles) still decides the day, though the sync reads only the plan's weeks.
    @Test func theLastRunBeforeThePlanStillGivesTheZone() throws {
        let now = Self.monday + 86_400 + 7.5 * 3600
        let (database, runner, clock) = try Self.world(zone: nil, now: now)
        let start = Int64(Self.monday - 365 * 86_400) * 1000 + 16 * 3_600_000
        var run = Activity(id: "old-run", runnerId: runner.id, userId: runner.userId, externalId: "old-run", source: .fit,
                           startTime: start, endTime: start + 1_800_000, activityType: .running, importedAt: 0, lastSyncedAt: 0)
        run.durationSeconds = 1800
        run.distanceMeters = 5000
        _ = try database.importBatch(ImportBatch(activities: [.init(run, externalId: "old-run", utcOffsetSeconds: -8 * 3600)]),
                                     runnerId: runner.id, file: nil)
        try PlanSync(database: database, clock: clock, calendar: .utc).run(runnerId: runner.id)
        let plan = try #require(try database.currentPlan(runnerId: runner.id))
        let session = try #require(try database.plannedSessions(planId: plan.id).first { $0.dayOfWeek == .monday && $0.weekNumber == 1 })
        #expect(session.status == .scheduled, "Monday 23:30 in Los Angeles: tonight's run is still to do")
        #expect(try CheckIn(database: database, clock: clock, calendar: .utc).today(runnerId: runner.id).date == "2022-01-03")
    }

    @Test func inAucklandTheDayTurnsThirteenHoursBeforeUTC() throws {
        // 23:30 on Monday in Auckland (UTC+13) is 10:30 on Monday in UTC: still Monday.
        let late = try Self.boundary(zone: "Pacific/Auckland", now: Self.monday + 10.5 * 3600)
        #expect(late.today == "2022-01-03" && late.monday == .scheduled)
        // 00:30 on Tuesday in Auckland is 11:30 on Monday in UTC: Monday has passed without a run.
        let past = try Self.boundary(zone: "Pacific/Auckland", now: Self.monday + 11.5 * 3600)
        #expect(past.today == "2022-01-04" && past.monday == .skipped)
    }

    @Test func anUnknownZoneNameFallsBack() throws {
        var runner = try AppDatabase.inMemory(clock: .fixed(Date(timeIntervalSince1970: Self.monday)), ids: .sequential(prefix: "db"))
            .createRunner(name: "Tane")
        runner.identity.timezone = "Mars/Olympus_Mons"
        let calendar = RunnerCalendar(fallback: TimeZone(secondsFromGMT: 13 * 3600)!)
        #expect(calendar.offsetSeconds(for: runner, at: Date(timeIntervalSince1970: Self.monday), latestRunOffset: nil) == 13 * 3600)
        #expect(calendar.offsetSeconds(for: runner, at: Date(timeIntervalSince1970: Self.monday), latestRunOffset: 3600) == 3600)
        runner.identity.timezone = "America/Los_Angeles"
        #expect(calendar.offsetSeconds(for: runner, at: Date(timeIntervalSince1970: Self.monday), latestRunOffset: 3600) == -8 * 3600)
    }
}
