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

    public init(database: AppDatabase, clock: Clock, ids: IDGenerator) {
        self.database = database
        self.clock = clock
        self.ids = ids
    }

    public struct Adapted: Sendable {
        public let previousPlanId: String
        public let outcome: PlanAdaptation.Outcome
        /// The plan as saved.
        public let plan: TrainingPlan
    }

    public func run(runnerId: String) throws -> Adapted {
        try PlanSync(database: database, clock: clock).run(runnerId: runnerId)
        guard let runner = try database.runner(id: runnerId) else { throw CoachingError.noRunner(runnerId) }
        guard let plan = try database.currentPlan(runnerId: runnerId), plan.status != .abandoned, plan.status != .completed else {
            throw CoachingError.invalid("there is no plan in use to adapt; make one with `cadence plan generate`")
        }
        let sessions = try database.plannedSessions(planId: plan.id)
        let (runs, today) = try PlanSync.runs(database: database, runner: runner, now: clock.millis)
        let outcome = try PlanAdaptation(service: PlanService(clock: clock, ids: ids)).adapt(
            runner: runner, plan: plan, sessions: sessions,
            runs: runs.map { PlanAdaptation.Run(day: $0.day, km: ($0.activity.distanceMeters ?? 0) / 1000) },
            today: today, safeguards: try database.safeguards())
        let checked = outcome.checked
        try database.savePlan(checked.plan, sessions: checked.sessions, fields: [
            ("goals.goalFeasibility", .string(checked.assessment.feasibility.rawValue)),
            ("goals.goalFeasibilityReason", .string(checked.assessment.reason)),
        ], context: WriteContext(source: .inferred, confidence: checked.assessment.currentVdotIsEstimate ? 0.5 : 0.8))
        try PlanSync(database: database, clock: clock).run(runnerId: runnerId)
        return Adapted(previousPlanId: plan.id, outcome: outcome, plan: try database.currentPlan(runnerId: runnerId) ?? checked.plan)
    }
}
