import CadenceCore
import GRDB

// The seed's value types are the records: their Codable field names are the column names.
// Nested objects and arrays are stored as JSON text by GRDB's Codable support.

extension User: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "users"
}

extension Runner: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "runners"
}

extension Activity: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "activities"
}

extension SleepSession: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "sleepSessions"
}

extension DailySummary: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "dailySummaries"
}

extension BodyMeasurement: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "bodyMeasurements"
}

extension TrainingPlan: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "trainingPlans"
}

extension PlannedSession: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "plannedSessions"
}

extension KnowledgeEntry: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "knowledgeBase"
}

extension Safeguard: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "safeguards"
}

/// A JSON value in its own column is stored as JSON text. (Left to GRDB's Codable support, a
/// number would come back as a Bool: SQLite integers decode as booleans.)
extension JSONValue: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { jsonString.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> JSONValue? {
        guard let text = String.fromDatabaseValue(dbValue) else { return nil }
        return try? JSONValue(parsing: text)
    }
}
