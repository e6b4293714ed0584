import CadenceCore
import CadenceTestSupport
import Foundation
import Testing
@testable import Store

struct PlanStoreTests {
    static func plan(_ id: String, runner: Runner, status: PlanStatus, seed: Int) throws -> (TrainingPlan, PlannedSession) {
        var plan = try ArbitraryValue.make(TrainingPlan.self, seed: seed, overrides: ["id": id, "runnerId": runner.id, "userId": runner.userId])
        plan.status = status
        plan.generatedAt = Int64(seed)
        plan.modificationHistory = []
        var session = try ArbitraryValue.make(PlannedSession.self, seed: seed + 1, overrides: ["id": "s-\(id)", "planId": id, "runnerId": runner.id])
        session.completedActivityId = nil
        return (plan, session)
    }

    @Test func replacingAPlanSupersedesTheCurrentOneAndKeepsIt() throws {
        let database = try AppDatabase.inMemory(clock: .fixed(Date(timeIntervalSince1970: 1000)))
        let runner = try database.createRunner(name: "Alex")
        let (first, firstSession) = try Self.plan("p1", runner: runner, status: .active, seed: 10)
        #expect(try database.replacePlan(first, sessions: [firstSession]).isEmpty)
        let (second, secondSession) = try Self.plan("p2", runner: runner, status: .draft, seed: 20)
        #expect(try database.replacePlan(second, sessions: [secondSession]) == ["p1"])

        let plans = try database.trainingPlans(runnerId: runner.id)
        #expect(plans.map(\.id) == ["p1", "p2"])
        #expect(plans[0].status == .abandoned)
        #expect(plans[0].modificationHistory?.last?.changeType == "superseded")
        #expect(plans[1].modificationHistory?.last?.description == "Replaces plan p1.")
        #expect(try database.currentPlan(runnerId: runner.id)?.id == "p2")
        #expect(try database.plannedSessions(planId: "p1").map(\.id) == ["s-p1"], "history keeps the old sessions")

        var confirmed = plans[1]
        confirmed.status = .active
        try database.updatePlan(confirmed)
        #expect(try database.currentPlan(runnerId: runner.id)?.status == .active)
        var unknown = confirmed
        unknown.id = "nope"
        #expect(throws: StoreError.self) { try database.updatePlan(unknown) }
    }
}
