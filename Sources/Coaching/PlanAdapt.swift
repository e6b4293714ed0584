import CadenceCore
import Foundation
import Planning
import Store

/// Use case: re-plan the rest of the season from what was actually done (`PlanAdaptation`):
/// the runs are matched first, the new plan goes through the safeguard engine, and it is saved
/// with its feasibility in one transaction; the old version stays in the plan history
/// (abandoned, with the reason).
public struct PlanAdapt: Sendable {
    public let database: AppDatabase
    public let clock: Clock
    public let ids: IDGenerator
    public let calendar: RunnerCalendar

    public init(database: AppDatabase, clock: Clock, ids: IDGenerator, calendar: RunnerCalendar = RunnerCalendar()) {
        self.database = database
        self.clock = clock
        self.ids = ids
        self.calendar = calendar
    }

    public struct Adapted: Sendable {
        public let previousPlanId: String
        public let outcome: PlanAdaptation.Outcome
        /// The plan as saved.
        public let plan: TrainingPlan
    }

    public func run(runnerId: String) throws -> Adapted {
        try PlanSync(database: database, clock: clock, calendar: calendar).run(runnerId: runnerId)
        guard let runner = try database.runner(id: runnerId) else { throw CoachingError.noRunner(runnerId) }
        guard let plan = try database.currentPlan(runnerId: runnerId), plan.status != .abandoned, plan.status != .completed else {
            throw CoachingError.invalid("there is no plan in use to adapt; make one with `cadence plan generate`")
        }
        let sessions = try database.plannedSessions(planId: plan.id)
        // The plan's weeks and the 14 days before them (the restart window), not years of history.
        let planStart = sessions.map(SessionMatcher.day(of:)).min() ?? 0
        let (runs, today) = try PlanSync.runs(database: database, runner: runner, from: planStart - 15, now: clock.millis, calendar: calendar)
        let outcome = try PlanAdaptation(service: PlanService(clock: clock, ids: ids)).adapt(
            runner: runner, plan: plan, sessions: sessions,
            runs: runs.map { PlanAdaptation.Run(day: $0.day, km: ($0.activity.distanceMeters ?? 0) / 1000) },
            historyStart: try database.firstActivityStart(runnerId: runnerId).map { CivilDay.number(millis: $0, offsetSeconds: 0) },
            today: today, safeguards: try database.safeguards())
        let checked = outcome.checked
        try database.savePlan(checked.plan, sessions: checked.sessions, fields: [
            ("goals.goalFeasibility", .string(checked.assessment.feasibility.rawValue)),
            ("goals.goalFeasibilityReason", .string(checked.assessment.reason)),
        ], context: WriteContext(source: .inferred, confidence: checked.assessment.currentVdotIsEstimate ? 0.5 : 0.8))
        try PlanSync(database: database, clock: clock, calendar: calendar).run(runnerId: runnerId)
        return Adapted(previousPlanId: plan.id, outcome: outcome, plan: try database.currentPlan(runnerId: runnerId) ?? checked.plan)
    }
}
