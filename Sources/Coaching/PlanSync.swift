import CadenceCore
import Foundation
import Inference
import Planning
import Store

/// Use case: match the runner's runs to their current plan and save statuses, actual figures
/// and adherence (see `SessionMatcher`). Runs after every import and on `cadence plan sync`;
/// it recomputes the whole plan each time, so running it again changes nothing.
public struct PlanSync: Sendable {
    public let database: AppDatabase
    public let clock: Clock
    /// Whose "today" decides which sessions have passed (the runner's, see `RunnerCalendar`).
    public let calendar: RunnerCalendar

    public init(database: AppDatabase, clock: Clock = .system, calendar: RunnerCalendar = RunnerCalendar()) {
        self.database = database
        self.clock = clock
        self.calendar = calendar
    }

    public struct Summary: Sendable, Equatable {
        public let planId: String
        /// Sessions by status after the sync (run sessions only).
        public let counts: [String: Int]
        public let changes: MatchChanges
    }

    /// Matches and saves. Nil when the runner has no plan in use (none, or the latest abandoned or completed).
    @discardableResult
    public func run(runnerId: String) throws(CoachingError) -> Summary? {
        do {
            guard let runner = try database.runner(id: runnerId) else { throw CoachingError.noRunner(runnerId) }
            guard let plan = try database.currentPlan(runnerId: runnerId), plan.status != .abandoned, plan.status != .completed else {
                return nil
            }
            let sessions = try database.plannedSessions(planId: plan.id)
            let first = sessions.map(SessionMatcher.day(of:)).min() ?? 0, last = sessions.map(SessionMatcher.day(of:)).max() ?? 0
            // Only the plan's weeks (and a day before, for time zones), not years of history.
            let (runs, today) = try Self.runs(database: database, runner: runner, from: first - 1, now: clock.millis, calendar: calendar)
            let inPlan = runs.filter { $0.day >= first && $0.day <= last }
            let results = SessionMatcher().match(sessions: sessions, runs: inPlan, today: today)
            let byId = Dictionary(uniqueKeysWithValues: results.map { ($0.sessionId, $0) })
            var updated: [PlannedSession] = []
            var links: [ActivityPlanLink] = []
            var counts: [String: Int] = [:]
            for var session in sessions {
                guard let result = byId[session.id] else { continue }
                session.status = result.status
                session.completedActivityId = result.activityId
                session.completedAt = result.completedAt
                session.adherenceScore = result.adherence
                session.actualDurationSeconds = result.actualDurationSeconds
                session.actualDistanceMeters = result.actualDistanceMeters
                updated.append(session)
                counts[result.status.rawValue, default: 0] += 1
                if let id = result.activityId { links.append(ActivityPlanLink(activityId: id, sessionId: session.id, adherence: result.adherence)) }
            }
            let changes = try database.saveMatches(planId: plan.id, sessions: updated, links: links)
            return Summary(planId: plan.id, counts: counts, changes: changes)
        } catch let error as CoachingError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(.database("\(error)"))
        }
    }

    /// The runner's runs from day `from` (days since 1970-01-01, UTC) on, one per logical workout
    /// (the record that wins by source precedence), each on the local day where it was run, and
    /// the runner's today (`RunnerCalendar`).
    static func runs(database: AppDatabase, runner: Runner, from: Int, now: Int64, calendar: RunnerCalendar) throws -> (runs: [SessionMatcher.Run], today: Int) {
        let activities = try database.activities(runnerId: runner.id, startingFrom: Int64(from) * 86_400_000)
        var offsets: [String: Int] = [:]
        for (id, origin) in try database.importOrigins(table: .activities, runnerId: runner.id, recordIds: activities.map(\.id)) {
            if let offset = origin.utcOffsetSeconds { offsets[id] = offset }
        }
        let workouts = LogicalWorkout.link(activities, precedence: SourcePrecedence(runner: runner))
        let runs = workouts.filter { $0.primary.activityType.isRunning }.map { workout in
            SessionMatcher.Run(activity: workout.effective,
                               day: CivilDay.number(millis: workout.primary.startTime, offsetSeconds: offsets[workout.primary.id] ?? 0))
        }
        var latest = workouts.max { ($0.primary.startTime, $0.primary.id) < ($1.primary.startTime, $1.primary.id) }.flatMap { offsets[$0.primary.id] }
        // No run since `from`: where the runner last ran is still the latest activity on record.
        if activities.isEmpty, let id = try database.latestActivityId(runnerId: runner.id) {
            latest = try database.importOrigin(table: .activities, recordId: id)?.utcOffsetSeconds
        }
        return (runs, calendar.day(for: runner, millis: now, latestRunOffset: latest))
    }
}
