import CadenceCore
import Foundation
import Planning
import Store

/// Use case: the runner's check-in. What was planned for a week (or today), what was done,
/// adherence and the next sessions, from the current plan as the last `PlanSync` left it.
public struct CheckIn: Sendable {
    public let database: AppDatabase
    public let clock: Clock

    public init(database: AppDatabase, clock: Clock = .system) {
        self.database = database
        self.clock = clock
    }

    /// One week of the plan, planned against done.
    public struct Week: Encodable, Sendable {
        public let planId: String
        public let planName: String
        public let weekNumber: Int
        public let totalWeeks: Int
        public let phaseName: String?
        public let plannedKm: Double
        public let doneKm: Double
        /// The mean adherence of the week's run sessions that are due: done sessions count their
        /// score, skipped ones 0; sessions still ahead do not count. Nil before any is due.
        public let adherence: Double?
        public let sessions: [PlannedSession]
        /// Up to three run sessions from today on that are still to do.
        public let nextSessions: [PlannedSession]
    }

    /// Today's sessions and what comes next.
    public struct Today: Encodable, Sendable {
        public let planId: String
        public let date: String
        public let weekNumber: Int?
        public let sessions: [PlannedSession]
        public let nextSessions: [PlannedSession]
    }

    /// The week `number` of the current plan (default: the week holding today, or the first or
    /// last week when today is outside the plan).
    public func week(runnerId: String, number: Int? = nil) throws(CoachingError) -> Week {
        let (plan, sessions) = try currentPlan(runnerId: runnerId)
        let today = todayNumber
        let weeks = Set(sessions.map(\.weekNumber))
        let chosen: Int
        if let number {
            guard weeks.contains(number) else { throw .invalid("the plan has weeks 1 to \(plan.durationWeeks); week \(number) is not one of them") }
            chosen = number
        } else {
            chosen = sessions.first { SessionMatcher.day(of: $0) == today }?.weekNumber
                ?? (today < (sessions.map(SessionMatcher.day(of:)).min() ?? today) ? weeks.min() : weeks.max()) ?? 1
        }
        let own = sessions.filter { $0.weekNumber == chosen }
        let runs = own.filter { !$0.isRestDay }
        let due = runs.filter { $0.status != .scheduled }
        let adherence = due.isEmpty ? nil : Self.round(due.map { $0.status == .skipped ? 0 : $0.adherenceScore ?? 0 }.reduce(0, +) / Double(due.count))
        let planned = runs.compactMap(\.targetDistanceMeters).reduce(0, +) / 1000
        let done = runs.compactMap(\.actualDistanceMeters).reduce(0, +) / 1000
        return Week(planId: plan.id, planName: plan.name, weekNumber: chosen, totalWeeks: plan.durationWeeks,
                    phaseName: plan.weeklyPlan.first { $0.weekNumber == chosen }?.phaseName,
                    plannedKm: Self.round(planned, 1), doneKm: Self.round(done, 1), adherence: adherence, sessions: own,
                    nextSessions: Self.next(sessions, from: today))
    }

    /// Today's sessions of the current plan and the next ones.
    public func today(runnerId: String) throws(CoachingError) -> Today {
        let (plan, sessions) = try currentPlan(runnerId: runnerId)
        let today = todayNumber
        let own = sessions.filter { SessionMatcher.day(of: $0) == today }
        return Today(planId: plan.id, date: CivilDay.string(today), weekNumber: own.first?.weekNumber, sessions: own,
                     nextSessions: Self.next(sessions, from: today + 1))
    }

    func currentPlan(runnerId: String) throws(CoachingError) -> (TrainingPlan, [PlannedSession]) {
        do {
            guard try database.runner(id: runnerId) != nil else { throw CoachingError.noRunner(runnerId) }
            guard let plan = try database.currentPlan(runnerId: runnerId) else {
                throw CoachingError.invalid("there is no plan yet; make one with `cadence plan generate`")
            }
            return (plan, try database.plannedSessions(planId: plan.id))
        } catch let error as CoachingError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(.database("\(error)"))
        }
    }

    /// Today's day number. Plan dates are calendar days at 00:00 UTC, so today is read in UTC too.
    var todayNumber: Int { CivilDay.number(millis: clock.millis, offsetSeconds: 0) }

    static func next(_ sessions: [PlannedSession], from day: Int) -> [PlannedSession] {
        Array(sessions.filter { !$0.isRestDay && $0.status == .scheduled && SessionMatcher.day(of: $0) >= day }.prefix(3))
    }

    static func round(_ value: Double, _ digits: Double = 2) -> Double {
        let scale = pow(10, digits)
        return (value * scale).rounded() / scale
    }
}
