import CadenceCore
import CadenceTestSupport
import Coaching
import Foundation
import Ingest
import Knowledge
import Planning
import Store
import Testing

/// Matching real files to a plan placed on their dates, through the use cases and a real database.
struct PlanSyncTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// A real FIT file: a 100 s run of 300 m on Wednesday 2021-09-08 (UTC+2).
    static let fit = repository.appendingPathComponent("Fuzz/corpus/fit/run.fit").path
    static let safeguards: [Safeguard] = {
        (try? KnowledgeBaseFiles.load(from: repository.appendingPathComponent("Tests/Fixtures/PlanKnowledgeBase"), now: 0).safeguards) ?? []
    }()

    struct World {
        let database: AppDatabase
        let runner: Runner
        let clock: Clock
        let folder: URL
    }

    /// A runner with a plan starting Monday 2021-09-06, the clock on the following Sunday evening.
    static func world() throws -> World {
        let now = Date(timeIntervalSince1970: 1_631_404_800 + 20 * 3600)   // Sunday 2021-09-12 20:00 UTC
        let clock = Clock.fixed(now)
        let database = try AppDatabase.inMemory(clock: clock, ids: .sequential(prefix: "db"))
        var runner = try database.createRunner(name: "Rui")
        for (path, value) in [("running.experienceLevel", "casual"), ("running.currentVolume", "20"), ("running.currentFrequency", "3"),
                              ("physical.age", "35"), ("goals.goalType", "general_health"), ("schedule.availableDays", "3"),
                              ("schedule.preferredDays", "monday,wednesday,saturday"), ("schedule.longRunDay", "saturday")] {
            let field = try RunnerField.named(path)
            try database.setRunnerField(runnerId: runner.id, path: path, value: try field.parse(value), context: .init(source: .user))
        }
        runner = try #require(try database.runner(id: runner.id))
        let checked = try PlanService(clock: clock, ids: .sequential(prefix: "plan")).generateUnchecked(
            for: runner, safeguards: Self.safeguards, start: Date(timeIntervalSince1970: 1_630_886_400))
        try database.replacePlan(checked.plan, sessions: checked.sessions)
        let folder = ScratchFolder.root.appendingPathComponent("cadence-sync-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return World(database: database, runner: runner, clock: clock, folder: folder)
    }

    static func gpx(day: String, minutes: Int, km: Double) -> String {
        // A straight line north: 0.009 degrees of latitude is about 1 km.
        let points = (0...10).map { i in
            let lat = 50 + km * 0.009 * Double(i) / 10
            let seconds = minutes * 60 * i / 10
            let time = String(format: "T07:%02d:%02dZ", seconds / 60, seconds % 60)
            return "<trkpt lat='" + String(format: "%.6f", lat) + "' lon='8.0'><time>" + day + time + "</time></trkpt>"
        }.joined(separator: "\n")
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
         <trk><name>Run</name><type>running</type><trkseg>
        \(points)
         </trkseg></trk>
        </gpx>
        """
    }

    func importFiles(_ world: World, _ paths: [String]) -> HistoryImport.Outcome {
        HistoryImport(job: ImportJob(database: world.database, runner: world.runner, clock: world.clock, ids: .sequential(prefix: "rec")),
                      clock: world.clock).run(paths: paths)
    }

    @Test func realFilesAreMatchedToTheirSessionsAndReimportChangesNothing() throws {
        let world = try Self.world()
        defer { try? FileManager.default.removeItem(at: world.folder) }
        let monday = world.folder.appendingPathComponent("monday.gpx")
        try Data(Self.gpx(day: "2021-09-06", minutes: 40, km: 6).utf8).write(to: monday)
        let outcome = importFiles(world, [Self.fit, monday.path])
        #expect(outcome.report.failedCount == 0, "\(outcome.report.files.compactMap(\.error))")
        let sync = try #require(try PlanSync(database: world.database, clock: world.clock).run(runnerId: world.runner.id))
        let plan = try #require(try world.database.currentPlan(runnerId: world.runner.id))
        let sessions = try world.database.plannedSessions(planId: plan.id).filter { $0.weekNumber == 1 && !$0.isRestDay }
        let activities = try world.database.activities(runnerId: world.runner.id)
        #expect(activities.count == 2)
        for activity in activities {
            let session = try #require(sessions.first { $0.id == activity.plannedSessionId }, "\(activity.id) unlinked")
            #expect(session.completedActivityId == activity.id)
            #expect(activity.planAdherence == session.adherenceScore)
            #expect(session.adherenceScore == SessionMatcher.adherence(session, activity))
        }
        // Monday's GPX run is on its planned day; the 100 s FIT run is Wednesday's, far below plan.
        let mondaySession = try #require(sessions.first { $0.dayOfWeek == .monday })
        #expect(mondaySession.status == .completed || mondaySession.status == .modified)
        let wednesday = try #require(sessions.first { $0.dayOfWeek == .wednesday })
        #expect(wednesday.status == .modified && (wednesday.actualDurationSeconds ?? 0) <= 100)
        // Saturday passed with no run.
        #expect(sessions.first { $0.dayOfWeek == .saturday }?.status == .skipped)
        #expect(sync.counts["skipped"] == 1)

        // The same files again, and another sync: nothing changes.
        let again = importFiles(world, [Self.fit, monday.path])
        #expect(again.report.changed == false)
        let second = try #require(try PlanSync(database: world.database, clock: world.clock).run(runnerId: world.runner.id))
        #expect(second.changes.isEmpty)
        #expect(second.counts == sync.counts)
    }

    @Test func deletingAPlanUnlinksItsRuns() throws {
        let world = try Self.world()
        defer { try? FileManager.default.removeItem(at: world.folder) }
        _ = importFiles(world, [Self.fit])
        try PlanSync(database: world.database, clock: world.clock).run(runnerId: world.runner.id)
        #expect(try world.database.activities(runnerId: world.runner.id).first?.plannedSessionId != nil)
        let plan = try #require(try world.database.currentPlan(runnerId: world.runner.id))
        try world.database.deletePlan(id: plan.id)
        let activity = try #require(try world.database.activities(runnerId: world.runner.id).first)
        #expect(activity.plannedSessionId == nil && activity.planAdherence == nil)
        #expect(try world.database.currentPlan(runnerId: world.runner.id) == nil)
        #expect(try PlanSync(database: world.database, clock: world.clock).run(runnerId: world.runner.id) == nil)
    }

    @Test func feedbackIsRecordedOnTheSessionAndItsRunAndBadInputChangesNothing() throws {
        let world = try Self.world()
        defer { try? FileManager.default.removeItem(at: world.folder) }
        _ = importFiles(world, [Self.fit])
        try PlanSync(database: world.database, clock: world.clock).run(runnerId: world.runner.id)
        let plan = try #require(try world.database.currentPlan(runnerId: world.runner.id))
        let sessions = try world.database.plannedSessions(planId: plan.id)
        let done = try #require(sessions.first { $0.completedActivityId != nil })
        let before = try world.database.plannedSessions(planId: plan.id)
        #expect(throws: StoreError.self) {
            try world.database.recordSessionFeedback(runnerId: world.runner.id, sessionId: done.id, .init(perceivedExertion: 11, userRating: 4))
        }
        #expect(throws: StoreError.self) {
            try world.database.recordSessionFeedback(runnerId: world.runner.id, sessionId: done.id, .init(skipReason: "tired"))
        }
        #expect(try world.database.plannedSessions(planId: plan.id) == before)
        try world.database.recordSessionFeedback(runnerId: world.runner.id, sessionId: done.id,
                                                 .init(perceivedExertion: 6, userRating: 4, userFeedback: "legs heavy"))
        let session = try #require(try world.database.plannedSessions(planId: plan.id).first { $0.id == done.id })
        #expect(session.userRating == 4 && session.userFeedback == "legs heavy")
        let activity = try #require(try world.database.activities(runnerId: world.runner.id).first)
        #expect(activity.perceivedExertion == 6 && activity.userRating == 4)
        let saturday = try #require(sessions.first { $0.dayOfWeek == .saturday && !$0.isRestDay })
        try world.database.recordSessionFeedback(runnerId: world.runner.id, sessionId: saturday.id, .init(skipReason: "sick"))
        // A later sync keeps the runner's skip.
        try PlanSync(database: world.database, clock: world.clock).run(runnerId: world.runner.id)
        let skipped = try #require(try world.database.plannedSessions(planId: plan.id).first { $0.id == saturday.id })
        #expect(skipped.status == .skipped && skipped.skipReason == "sick")
    }

    @Test func checkInReportsTheWeek() throws {
        let world = try Self.world()
        defer { try? FileManager.default.removeItem(at: world.folder) }
        let monday = world.folder.appendingPathComponent("monday.gpx")
        try Data(Self.gpx(day: "2021-09-06", minutes: 40, km: 6).utf8).write(to: monday)
        _ = importFiles(world, [monday.path])
        try PlanSync(database: world.database, clock: world.clock).run(runnerId: world.runner.id)
        let week = try CheckIn(database: world.database, clock: world.clock).week(runnerId: world.runner.id)
        #expect(week.weekNumber == 1)
        let runs = week.sessions.filter { !$0.isRestDay }
        // Adherence as documented: done sessions their score, skipped ones 0, over the sessions due.
        let due = runs.filter { $0.status != .scheduled }
        let expected = due.map { $0.status == .skipped ? 0 : $0.adherenceScore ?? 0 }.reduce(0, +) / Double(due.count)
        #expect(abs((week.adherence ?? -1) - expected) < 0.006)
        #expect(abs(week.doneKm - 6) < 0.3)
        #expect(throws: CoachingError.self) { try CheckIn(database: world.database, clock: world.clock).week(runnerId: world.runner.id, number: 99) }
    }
}
