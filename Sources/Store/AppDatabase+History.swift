import CadenceCore
import Foundation
import GRDB

extension AppDatabase {
    // MARK: - Historical tables, plans and knowledge

    /// Inserts or replaces rows of any seed table in one transaction.
    func save<Record: PersistableRecord & Sendable>(_ records: [Record], what: String) throws(StoreError) {
        try write("save \(what)") { db in
            for record in records { try record.save(db) }
        }
    }

    public func saveActivities(_ records: [Activity]) throws(StoreError) { try save(records, what: "activities") }
    public func saveSleepSessions(_ records: [SleepSession]) throws(StoreError) { try save(records, what: "sleep sessions") }
    public func saveDailySummaries(_ records: [DailySummary]) throws(StoreError) { try save(records, what: "daily summaries") }
    public func saveBodyMeasurements(_ records: [BodyMeasurement]) throws(StoreError) { try save(records, what: "body measurements") }
    public func saveKnowledgeEntries(_ records: [KnowledgeEntry]) throws(StoreError) { try save(records, what: "knowledge entries") }
    public func saveSafeguards(_ records: [Safeguard]) throws(StoreError) { try save(records, what: "safeguards") }

    /// Saves a plan with its sessions, all or nothing.
    public func savePlan(_ plan: TrainingPlan, sessions: [PlannedSession]) throws(StoreError) {
        try write("save the plan") { db in
            try plan.save(db)
            for session in sessions { try session.save(db) }
        }
    }

    public func activities(runnerId: String) throws(StoreError) -> [Activity] {
        try fetchAll(Activity.self, runnerId: runnerId, orderBy: "startTime")
    }

    /// The runner's activities that started at or after `from` (epoch ms), by start time: what a
    /// plan's weeks need, without decoding the years of history before them.
    public func activities(runnerId: String, startingFrom from: Int64) throws(StoreError) -> [Activity] {
        try read("read activities") { db in
            try Activity.filter(Column("runnerId") == runnerId && Column("startTime") >= from).order(Column("startTime"), Column("id")).fetchAll(db)
        }
    }

    /// The id of the runner's most recent activity (by start time); nil with none.
    public func latestActivityId(runnerId: String) throws(StoreError) -> String? {
        try read("read activities") { db in
            try String.fetchOne(db, sql: "SELECT id FROM activities WHERE runnerId = ? ORDER BY startTime DESC, id DESC LIMIT 1",
                                arguments: [runnerId])
        }
    }

    /// When the runner's first activity started (epoch ms); nil with none.
    public func firstActivityStart(runnerId: String) throws(StoreError) -> Int64? {
        try read("read activities") { db in
            try Int64.fetchOne(db, sql: "SELECT MIN(startTime) FROM activities WHERE runnerId = ?", arguments: [runnerId])
        }
    }

    public func sleepSessions(runnerId: String) throws(StoreError) -> [SleepSession] {
        try fetchAll(SleepSession.self, runnerId: runnerId, orderBy: "startTime")
    }

    public func dailySummaries(runnerId: String) throws(StoreError) -> [DailySummary] {
        try fetchAll(DailySummary.self, runnerId: runnerId, orderBy: "date")
    }

    public func bodyMeasurements(runnerId: String) throws(StoreError) -> [BodyMeasurement] {
        try fetchAll(BodyMeasurement.self, runnerId: runnerId, orderBy: "timestamp")
    }

    public func trainingPlans(runnerId: String) throws(StoreError) -> [TrainingPlan] {
        try fetchAll(TrainingPlan.self, runnerId: runnerId, orderBy: "generatedAt")
    }

    public func plannedSessions(runnerId: String) throws(StoreError) -> [PlannedSession] {
        try fetchAll(PlannedSession.self, runnerId: runnerId, orderBy: "scheduledDate")
    }

    public func knowledgeEntries() throws(StoreError) -> [KnowledgeEntry] {
        try read("read the knowledge base") { db in try KnowledgeEntry.order(Column("id")).fetchAll(db) }
    }

    public func safeguards() throws(StoreError) -> [Safeguard] {
        try read("read safeguards") { db in
            try Safeguard.order(Column("priority"), Column("id")).fetchAll(db)
        }
    }

    public func user(id: String) throws(StoreError) -> User? {
        try read("read the user") { db in try User.fetchOne(db, key: id) }
    }

    private func fetchAll<Record: FetchableRecord & TableRecord>(
        _ type: Record.Type, runnerId: String, orderBy column: String
    ) throws(StoreError) -> [Record] {
        try read("read \(Record.databaseTableName)") { db in
            try Record.filter(Column("runnerId") == runnerId).order(Column(column), Column("id")).fetchAll(db)
        }
    }

    // MARK: - Export

    /// Everything stored about one runner, as one document (`cadence runner export`).
    public func export(runnerId: String) throws(StoreError) -> RunnerExport {
        guard let runner = try runner(id: runnerId) else { throw .runnerNotFound(runnerId, known: []) }
        return RunnerExport(
            exportedAt: clock.millis,
            user: try user(id: runner.userId),
            runner: runner,
            fieldHistory: try fieldHistory(runnerId: runnerId),
            activities: try activities(runnerId: runnerId),
            sleepSessions: try sleepSessions(runnerId: runnerId),
            dailySummaries: try dailySummaries(runnerId: runnerId),
            bodyMeasurements: try bodyMeasurements(runnerId: runnerId),
            trainingPlans: try trainingPlans(runnerId: runnerId),
            plannedSessions: try plannedSessions(runnerId: runnerId)
        )
    }
}

/// The document `cadence runner export` writes: the seed's tables, filtered to one runner.
public struct RunnerExport: Codable, Sendable, Equatable {
    public var exportedAt: Int64
    public var user: User?
    public var runner: Runner
    public var fieldHistory: [FieldProvenance]
    public var activities: [Activity]
    public var sleepSessions: [SleepSession]
    public var dailySummaries: [DailySummary]
    public var bodyMeasurements: [BodyMeasurement]
    public var trainingPlans: [TrainingPlan]
    public var plannedSessions: [PlannedSession]
}
