import CadenceCore
import Foundation
import GRDB

extension AppDatabase {
    // MARK: - Training plans

    /// Saves a new plan and, in the same transaction, supersedes the runner's current plans:
    /// each `draft`, `active` or `paused` plan becomes `abandoned` with a `superseded` entry in
    /// its `modificationHistory`. Old plans and their sessions are kept as history.
    /// Returns the ids of the superseded plans.
    @discardableResult
    public func replacePlan(_ plan: TrainingPlan, sessions: [PlannedSession]) throws(StoreError) -> [String] {
        try savePlan(plan, sessions: sessions, fields: [], context: WriteContext(source: .inferred))
    }

    /// Saves a new plan as `replacePlan` does together with the runner fields that come with it
    /// (the goal's feasibility), in one transaction: the plan and its fields are saved together
    /// or not at all. The fields are validated before anything is written.
    @discardableResult
    public func savePlan(_ plan: TrainingPlan, sessions: [PlannedSession], fields: [(path: String, value: JSONValue)],
                         context: WriteContext) throws(StoreError) -> [String] {
        let validated = try Self.validateFields(fields, source: context.source)
        let now = clock.millis
        return try write("save the plan") { db in
            let current = try TrainingPlan
                .filter(Column("runnerId") == plan.runnerId)
                .filter(["draft", "active", "paused"].contains(Column("status")))
                .fetchAll(db)
            var superseded: [String] = []
            for var old in current where old.id != plan.id {
                old.status = .abandoned
                old.lastModifiedAt = now
                old.modificationHistory = (old.modificationHistory ?? []) + [
                    .init(timestamp: now, changeType: "superseded", description: "Replaced by plan \(plan.id) (\(plan.name)).")]
                try old.update(db)
                superseded.append(old.id)
            }
            var saved = plan
            if !superseded.isEmpty {
                saved.modificationHistory = (plan.modificationHistory ?? []) + [
                    .init(timestamp: now, changeType: "replaces", description: "Replaces plan \(superseded.joined(separator: ", ")).")]
            }
            try saved.save(db)
            for session in sessions { try session.save(db) }
            if !validated.isEmpty { _ = try Self.applyFields(db, runnerId: plan.runnerId, validated, context: context, now: now) }
            return superseded
        }
    }

    /// The runner's current plan: the newest that is not abandoned or completed, else the newest.
    public func currentPlan(runnerId: String) throws(StoreError) -> TrainingPlan? {
        let plans = try trainingPlans(runnerId: runnerId)
        return plans.last { $0.status != .abandoned && $0.status != .completed } ?? plans.last
    }

    public func plannedSessions(planId: String) throws(StoreError) -> [PlannedSession] {
        try read("read the plan's sessions") { db in
            try PlannedSession.filter(Column("planId") == planId)
                .order(Column("scheduledDate"), Column("weekNumber"), Column("id")).fetchAll(db)
        }
    }

    /// Writes a changed plan (status, history) in one transaction.
    public func updatePlan(_ plan: TrainingPlan) throws(StoreError) {
        try write("update the plan") { db in
            guard try TrainingPlan.exists(db, key: plan.id) else {
                throw StoreError.database("no plan \(plan.id); generate one with `cadence plan generate`")
            }
            try plan.update(db)
        }
    }
}
