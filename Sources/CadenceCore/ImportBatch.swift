import Foundation

/// The records read from one imported file, written by `AppDatabase.importBatch` in one
/// transaction.
///
/// Activities, sleep sessions and body measurements are matched to earlier imports by
/// `(source, externalId)`; daily summaries by their date, with this batch's non-null fields merged
/// into the day's row. The seed's columns hold UTC instants; each entry also carries the original
/// UTC offset or IANA zone of its timestamps when the file says it, kept in the import ledger.
public struct ImportBatch: Sendable, Equatable {
    public struct Entry<Record: Sendable & Equatable>: Sendable, Equatable {
        public var record: Record
        /// The dedup key within the record's source.
        public var externalId: String
        /// Seconds east of UTC of the original local time, when known.
        public var utcOffsetSeconds: Int?
        /// The IANA zone the record was made in, when known.
        public var timeZone: String?

        public init(_ record: Record, externalId: String, utcOffsetSeconds: Int? = nil, timeZone: String? = nil) {
            self.record = record
            self.externalId = externalId
            self.utcOffsetSeconds = utcOffsetSeconds
            self.timeZone = timeZone
        }
    }

    public var activities: [Entry<Activity>]
    public var sleepSessions: [Entry<SleepSession>]
    public var bodyMeasurements: [Entry<BodyMeasurement>]
    public var dailySummaries: [DailySummary]
    /// Records the source withdrew (a Terra `upload_type` delete): table and `(source, externalId)`.
    public var deletions: [Deletion]

    public struct Deletion: Sendable, Equatable {
        public var table: HistoryTable
        public var source: DataSource
        public var externalId: String

        public init(table: HistoryTable, source: DataSource, externalId: String) {
            self.table = table
            self.source = source
            self.externalId = externalId
        }
    }

    public init(activities: [Entry<Activity>] = [], sleepSessions: [Entry<SleepSession>] = [],
                bodyMeasurements: [Entry<BodyMeasurement>] = [], dailySummaries: [DailySummary] = [],
                deletions: [Deletion] = []) {
        self.activities = activities
        self.sleepSessions = sleepSessions
        self.bodyMeasurements = bodyMeasurements
        self.dailySummaries = dailySummaries
        self.deletions = deletions
    }

    public var isEmpty: Bool {
        activities.isEmpty && sleepSessions.isEmpty && bodyMeasurements.isEmpty && dailySummaries.isEmpty && deletions.isEmpty
    }

    public mutating func append(_ other: ImportBatch) {
        activities += other.activities
        sleepSessions += other.sleepSessions
        bodyMeasurements += other.bodyMeasurements
        dailySummaries += other.dailySummaries
        deletions += other.deletions
    }
}

/// The four historical tables of the seed.
public enum HistoryTable: String, Sendable, Codable, CaseIterable {
    case activities, sleepSessions, dailySummaries, bodyMeasurements
}

/// What an import did to one table.
public struct ImportCounts: Codable, Sendable, Equatable {
    public var inserted = 0
    public var updated = 0
    public var skipped = 0
    public var deleted = 0

    public init(inserted: Int = 0, updated: Int = 0, skipped: Int = 0, deleted: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.skipped = skipped
        self.deleted = deleted
    }

    public var changed: Bool { inserted + updated + deleted > 0 }

    public static func + (lhs: ImportCounts, rhs: ImportCounts) -> ImportCounts {
        ImportCounts(inserted: lhs.inserted + rhs.inserted, updated: lhs.updated + rhs.updated,
                     skipped: lhs.skipped + rhs.skipped, deleted: lhs.deleted + rhs.deleted)
    }
}

/// Per-table counts of one import (the keys are the seed's table names).
public struct ImportSummary: Codable, Sendable, Equatable {
    public var activities = ImportCounts()
    public var sleepSessions = ImportCounts()
    public var dailySummaries = ImportCounts()
    public var bodyMeasurements = ImportCounts()

    public init() {}

    public var changed: Bool {
        activities.changed || sleepSessions.changed || dailySummaries.changed || bodyMeasurements.changed
    }

    public static func + (lhs: ImportSummary, rhs: ImportSummary) -> ImportSummary {
        var sum = ImportSummary()
        sum.activities = lhs.activities + rhs.activities
        sum.sleepSessions = lhs.sleepSessions + rhs.sleepSessions
        sum.dailySummaries = lhs.dailySummaries + rhs.dailySummaries
        sum.bodyMeasurements = lhs.bodyMeasurements + rhs.bodyMeasurements
        return sum
    }
}

/// Where an imported row came from (`importLedger`).
public struct ImportOrigin: Codable, Sendable, Equatable {
    public var recordTable: String
    public var recordId: String
    public var runnerId: String
    public var source: String
    public var externalId: String
    public var utcOffsetSeconds: Int?
    public var timeZone: String?
    public var file: String?
    public var importedAt: Int64

    public init(recordTable: String, recordId: String, runnerId: String, source: String, externalId: String,
                utcOffsetSeconds: Int? = nil, timeZone: String? = nil, file: String? = nil, importedAt: Int64) {
        self.recordTable = recordTable
        self.recordId = recordId
        self.runnerId = runnerId
        self.source = source
        self.externalId = externalId
        self.utcOffsetSeconds = utcOffsetSeconds
        self.timeZone = timeZone
        self.file = file
        self.importedAt = importedAt
    }
}
