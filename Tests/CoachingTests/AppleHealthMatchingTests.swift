import CadenceCore
import Coaching
import Foundation
import Ingest
import Planning
import Store
import Testing
import CadenceTestSupport

/// Matching on a real-format file: the Apple Health export under `Tests/Fixtures/AppleHealth`
/// (export v14 with its inline DTD, exported in New York while the runs were recorded in Los
/// Angeles, an iOS 16+ workout with statistics and a route file, an older one with distance
/// attributes and a pause, the same run written by Strava, a walk) placed on a plan's dates.
struct AppleHealthMatchingTests {
    static let export = PlanSyncTests.repository.appendingPathComponent("Tests/Fixtures/AppleHealth/apple_health_export/export.xml").path
    /// Monday 2024-03-04 00:00 UTC: the plan's first day. The clock is Monday 2024-03-11 18:00 UTC.
    static let monday = 1_709_510_400.0
    static let now = monday + 7 * 86_400 + 18 * 3600

    static func world() throws -> PlanSyncTests.World {
        let clock = Clock.fixed(Date(timeIntervalSince1970: now))
        let database = try AppDatabase.inMemory(clock: clock, ids: .sequential(prefix: "db"))
        var runner = try database.createRunner(name: "Mia")
        for (path, value) in [("running.experienceLevel", "casual"), ("running.currentVolume", "20"), ("running.currentFrequency", "3"),
                              ("physical.age", "35"), ("goals.goalType", "general_health"), ("schedule.availableDays", "3"),
                              ("schedule.preferredDays", "monday,wednesday,saturday"), ("schedule.longRunDay", "saturday"),
                              ("identity.timezone", "America/Los_Angeles")] {
            let field = try RunnerField.named(path)
            try database.setRunnerField(runnerId: runner.id, path: path, value: try field.parse(value), context: .init(source: .user))
        }
        runner = try #require(try database.runner(id: runner.id))
        let checked = try PlanService(clock: clock, ids: .sequential(prefix: "plan")).generateUnchecked(
            for: runner, safeguards: PlanSyncTests.safeguards, start: Date(timeIntervalSince1970: monday))
        try database.replacePlan(checked.plan, sessions: checked.sessions)
        return PlanSyncTests.World(database: database, runner: runner, clock: clock, folder: ScratchFolder.root)
    }

    /// "6:15" or "6:15/km" → seconds per km.
    static func pace(_ text: String?) -> Double? {
        guard let text else { return nil }
        let parts = text.split(separator: "/")[0].split(separator: ":").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        return parts.count == 2 ? parts[0] * 60 + parts[1] : nil
    }

    /// Adherence as `SessionMatcher` documents it, computed here from the file's own figures:
    /// duration 0.4 and distance 0.3, each 1 − |log2(actual/target)| floored at 0; intensity 0.3,
    /// 1 inside the pace range with 3 % slack, falling to 0 at 15 % outside.
    static func documentedAdherence(_ session: PlannedSession, seconds: Double, meters: Double) -> Double {
        var parts: [(Double, Double)] = []
        func ratio(_ actual: Double, _ target: Double) -> Double { max(0, 1 - abs(log2(actual / target))) }
        if let target = session.targetDurationSeconds, target > 0 { parts.append((ratio(seconds, target), 0.4)) }
        if let target = session.targetDistanceMeters, target > 0 { parts.append((ratio(meters, target), 0.3)) }
        if let a = pace(session.targetPaceMin), let b = pace(session.targetPaceMax) {
            let pace = seconds / meters * 1000, low = min(a, b) * 0.97, high = max(a, b) * 1.03
            let off = pace < low ? (low - pace) / low : pace > high ? (pace - high) / high : 0
            parts.append((max(0, 1 - off / 0.15), 0.3))
        }
        let weights = parts.map(\.1).reduce(0, +)
        return weights == 0 ? 1 : (parts.map { $0.0 * $0.1 }.reduce(0, +) / weights * 100).rounded() / 100
    }

    @Test
    func anAppleHealthExportIsMatchedToThePlanByTheRunnersDays() throws {
        let world = try Self.world()
        let job = ImportJob(database: world.database, runner: world.runner, clock: world.clock, ids: .sequential(prefix: "rec"))
        let outcome = HistoryImport(job: job, clock: world.clock).run(paths: [Self.export])
        #expect(outcome.report.failedCount == 0, "\(outcome.report.files.compactMap(\.error))")
        #expect(outcome.report.files.first?.format == "applehealth")
        let sync = try #require(try PlanSync(database: world.database, clock: world.clock, calendar: .utc).run(runnerId: world.runner.id))

        let plan = try #require(try world.database.currentPlan(runnerId: world.runner.id))
        let week = try world.database.plannedSessions(planId: plan.id).filter { $0.weekNumber == 1 && !$0.isRestDay }
        #expect(week.map(\.dayOfWeek) == [.monday, .wednesday, .saturday])
        let activities = try world.database.activities(runnerId: world.runner.id)
        let runs = activities.filter { $0.activityType.isRunning }
        #expect(runs.count == 4, "Monday twice (Watch and Strava), Wednesday, Sunday")
        #expect(activities.count == 5)

        // Monday: one of the two records of the same run is linked, never both.
        let monday = try #require(week.first { $0.dayOfWeek == .monday })
        let mondayRecords = runs.filter { $0.plannedSessionId == monday.id }
        #expect(mondayRecords.count == 1)
        #expect(monday.status == .completed || monday.status == .modified)
        #expect(monday.adherenceScore == Self.documentedAdherence(monday, seconds: 40 * 60, meters: 6_500))
        // Wednesday 21:30 in Los Angeles (Thursday in the file's New York offset): Wednesday's run, on its day.
        let wednesday = try #require(week.first { $0.dayOfWeek == .wednesday })
        #expect(wednesday.status == .completed || wednesday.status == .modified)
        #expect(wednesday.actualDurationSeconds == 33.0 * 60, "35 minutes less the 2-minute pause")
        #expect(abs((wednesday.actualDistanceMeters ?? 0) - 3.4 * 1_609.344) < 1)
        #expect(wednesday.adherenceScore == Self.documentedAdherence(wednesday, seconds: 33 * 60, meters: 3.4 * 1_609.344))
        // Saturday's long run, done on Sunday: rescheduled within the week.
        let saturday = try #require(week.first { $0.dayOfWeek == .saturday })
        #expect(saturday.status == .rescheduled)
        #expect(saturday.adherenceScore == Self.documentedAdherence(saturday, seconds: 75 * 60, meters: 11_200))
        // The walk fulfils nothing; every linked run carries its session's adherence.
        #expect(activities.first { !$0.activityType.isRunning }?.plannedSessionId == nil)
        for session in week {
            let linked = try #require(runs.first { $0.id == session.completedActivityId })
            #expect(linked.plannedSessionId == session.id && linked.planAdherence == session.adherenceScore)
        }
        #expect(sync.counts["rescheduled"] == 1 && sync.counts["skipped"] == nil, "\(sync.counts)")
        // The check-in agrees: week 1 done in full, 6.5 + 5.5 + 11.2 km.
        let checkIn = try CheckIn(database: world.database, clock: world.clock, calendar: .utc).week(runnerId: world.runner.id, number: 1)
        #expect(checkIn.weekNumber == 1)
        #expect(abs(checkIn.doneKm - (6.5 + 3.4 * 1.609_344 + 11.2)) < 0.05, "\(checkIn.doneKm)")

        // The same export again, and another sync: nothing changes.
        let before = try world.database.plannedSessions(planId: plan.id)
        let again = HistoryImport(job: job, clock: world.clock).run(paths: [Self.export])
        #expect(again.report.changed == false)
        let second = try #require(try PlanSync(database: world.database, clock: world.clock, calendar: .utc).run(runnerId: world.runner.id))
        #expect(second.changes.isEmpty)
        #expect(try world.database.plannedSessions(planId: plan.id) == before)
        #expect(try world.database.activities(runnerId: world.runner.id) == activities)
    }
}
