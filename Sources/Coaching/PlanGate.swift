import CadenceCore
import Foundation
import Planning
import Store

/// Use case: make or confirm a plan. The only way a plan reaches the runner: generated for their
/// profile, checked against every active safeguard, and saved together with its goal
/// feasibility in one transaction (the previous plan kept as history). The chat's plan tool,
/// `/plan` and `cadence plan generate` all go through here.
public struct PlanGate: Sendable {
    public let database: AppDatabase
    public let clock: Clock
    public let ids: IDGenerator

    public init(database: AppDatabase, clock: Clock, ids: IDGenerator) {
        self.database = database
        self.clock = clock
        self.ids = ids
    }

    public struct Gated: Sendable {
        public let checked: CheckedPlan
        /// The plan as saved (status `draft` while confirmations are pending, else `active`).
        public let plan: TrainingPlan
        public let superseded: [String]

        /// `passed`, `adjusted` (a limit changed the plan) or `needs_confirmation`.
        public var verdict: String {
            if !PlanService.pendingConfirmations(plan).isEmpty { return "needs_confirmation" }
            return plan.safeguardApplications.contains { $0.applied && $0.adjustedValue != nil } ? "adjusted" : "passed"
        }
    }

    /// Makes, checks and saves a plan. Refuses, naming what is missing, while the profile is not ready.
    public func create(runnerId: String, start: Date? = nil) throws -> Gated {
        guard let runner = try database.runner(id: runnerId) else { throw StoreError.runnerNotFound(runnerId, known: []) }
        if runner.conversationState.readyForPlan != true {
            let required = Set(PlanReadiness.requirements.filter(\.required).map { $0.paths[0] })
            throw PlanningError.notReady(missing: (runner.conversationState.fieldsMissing ?? []).filter { required.contains($0) })
        }
        let checked = try PlanService(clock: clock, ids: ids).generate(for: runner, safeguards: try database.safeguards(), start: start)
        let superseded = try database.savePlan(checked.plan, sessions: checked.sessions, fields: [
            ("goals.goalFeasibility", .string(checked.assessment.feasibility.rawValue)),
            ("goals.goalFeasibilityReason", .string(checked.assessment.reason)),
        ], context: WriteContext(source: .inferred, confidence: checked.assessment.currentVdotIsEstimate ? 0.5 : 0.8))
        return Gated(checked: checked, plan: try database.currentPlan(runnerId: runner.id) ?? checked.plan, superseded: superseded)
    }

    /// Activates the current draft once the runner has confirmed what the safeguards asked.
    public func confirm(runnerId: String) throws -> TrainingPlan? {
        guard let plan = try database.currentPlan(runnerId: runnerId), plan.status == .draft else { return nil }
        let confirmed = PlanService(clock: clock, ids: ids).confirm(plan)
        try database.updatePlan(confirmed)
        return confirmed
    }
}
