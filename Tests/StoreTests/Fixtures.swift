import CadenceCore
import CadenceTestSupport
import Foundation
import GRDB
@testable import Store

/// One fully populated row in every seed table, linked to each other by real foreign keys.
struct PopulatedDatabase {
    let database: AppDatabase
    let user: User
    let runner: Runner
    let activity: Activity
    let sleep: SleepSession
    let daily: DailySummary
    let body: BodyMeasurement
    let plan: TrainingPlan
    let session: PlannedSession
    let knowledge: KnowledgeEntry
    let safeguard: Safeguard

    init(_ database: AppDatabase, runnerId: String = "runner-1", seed: Int = 1) throws {
        self.database = database
        let links = ["runnerId": runnerId, "userId": "user-\(runnerId)", "planId": "plan-\(runnerId)"]
        user = try ArbitraryValue.make(User.self, seed: seed, overrides: ["id": "user-\(runnerId)"])
        runner = try ArbitraryValue.make(Runner.self, seed: seed, overrides: links.merging(["id": runnerId]) { $1 })
        var activity = try ArbitraryValue.make(Activity.self, seed: seed + 1000, overrides: links.merging(["id": "activity-\(runnerId)"]) { $1 })
        activity.plannedSessionId = nil
        sleep = try ArbitraryValue.make(SleepSession.self, seed: seed + 2000, overrides: links.merging(["id": "sleep-\(runnerId)"]) { $1 })
        daily = try ArbitraryValue.make(DailySummary.self, seed: seed + 3000, overrides: links.merging(["id": "daily-\(runnerId)"]) { $1 })
        body = try ArbitraryValue.make(BodyMeasurement.self, seed: seed + 4000, overrides: links.merging(["id": "body-\(runnerId)"]) { $1 })
        plan = try ArbitraryValue.make(TrainingPlan.self, seed: seed + 5000, overrides: links.merging(["id": "plan-\(runnerId)"]) { $1 })
        session = try ArbitraryValue.make(PlannedSession.self, seed: seed + 6000, overrides: links.merging([
            "id": "session-\(runnerId)", "completedActivityId": "activity-\(runnerId)",
        ]) { $1 })
        activity.plannedSessionId = session.id
        self.activity = activity
        knowledge = try ArbitraryValue.make(KnowledgeEntry.self, seed: seed + 7000, overrides: ["id": "kb-\(runnerId)"])
        safeguard = try ArbitraryValue.make(Safeguard.self, seed: seed + 8000, overrides: ["id": "sg-\(runnerId)"])

        let (user, runner, plan, session) = (self.user, self.runner, self.plan, self.session)
        var unlinked = activity
        unlinked.plannedSessionId = nil
        try database.write("populate") { db in
            try user.insert(db)
            try runner.insert(db)
            try unlinked.insert(db)
            try plan.insert(db)
            try session.insert(db)
        }
        try database.saveActivities([activity])
        try database.saveSleepSessions([sleep])
        try database.saveDailySummaries([daily])
        try database.saveBodyMeasurements([body])
        try database.saveKnowledgeEntries([knowledge])
        try database.saveSafeguards([safeguard])
    }
}

func temporaryDirectory() throws -> URL {
    try ScratchFolder.folder("store")
}
