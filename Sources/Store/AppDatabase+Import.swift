import CadenceCore
import Foundation
import GRDB

extension ImportOrigin: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "importLedger"
}

extension AppDatabase {
    /// Writes one file's records in one transaction: new records are inserted, records seen before
    /// (same source and external id) are updated only when something changed and skipped
    /// otherwise, so importing the same file twice changes nothing. Fields the runner or a plan
    /// gave (notes, rating, tags, RPE, plan link, a `user`/`plan` session type) are never
    /// overwritten by an import. Daily summaries merge the batch's non-null fields into the day.
    public func importBatch(_ batch: ImportBatch, runnerId: String, file: String?) throws(StoreError) -> ImportSummary {
        let now = clock.millis
        return try write("import \(file ?? "records")") { db in
            var summary = ImportSummary()
            for entry in batch.activities {
                summary.activities = summary.activities + (try Self.upsertActivity(db, entry, runnerId: runnerId, file: file, now: now))
            }
            for entry in batch.sleepSessions {
                summary.sleepSessions = summary.sleepSessions + (try Self.upsert(
                    db, entry, table: .sleepSessions, runnerId: runnerId, source: entry.record.source, file: file, now: now,
                    recordId: \.id, existing: { try SleepSession.fetchOne(db, key: $0) },
                    prepare: { new, old in
                        new.id = old.id; new.importedAt = old.importedAt; new.lastSyncedAt = old.lastSyncedAt
                        new.userNotes = new.userNotes ?? old.userNotes
                        new.qualityRating = new.qualityRating ?? old.qualityRating
                        new.disturbanceFactors = new.disturbanceFactors ?? old.disturbanceFactors
                    },
                    touch: { $0.lastSyncedAt = now }))
            }
            for entry in batch.bodyMeasurements {
                summary.bodyMeasurements = summary.bodyMeasurements + (try Self.upsert(
                    db, entry, table: .bodyMeasurements, runnerId: runnerId, source: entry.record.source, file: file, now: now,
                    recordId: \.id, existing: { try BodyMeasurement.fetchOne(db, key: $0) },
                    prepare: { new, old in new.id = old.id; new.importedAt = old.importedAt },
                    touch: { _ in }))
            }
            for day in batch.dailySummaries {
                summary.dailySummaries = summary.dailySummaries + (try Self.mergeDailySummary(db, day, runnerId: runnerId, now: now))
            }
            for deletion in batch.deletions {
                let counts = try Self.delete(db, deletion, runnerId: runnerId)
                switch deletion.table {
                case .activities: summary.activities = summary.activities + counts
                case .sleepSessions: summary.sleepSessions = summary.sleepSessions + counts
                case .dailySummaries: summary.dailySummaries = summary.dailySummaries + counts
                case .bodyMeasurements: summary.bodyMeasurements = summary.bodyMeasurements + counts
                }
            }
            if summary.changed { try Self.markStateStale(db, runnerId: runnerId, now: now) }
            return summary
        }
    }

    /// Whether the history changed since `currentState` was last derived (`applyInference`
    /// clears it): an import killed between its commit and the recompute is caught up next time.
    public func isStateStale(runnerId: String) throws(StoreError) -> Bool {
        try setting(Self.staleKey(runnerId)) != nil
    }

    static func staleKey(_ runnerId: String) -> String { "stateStale:\(runnerId)" }

    /// Written in the same transaction as the history it describes.
    static func markStateStale(_ db: Database, runnerId: String, now: Int64) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", arguments: [staleKey(runnerId), String(now)])
    }

    /// Changes one activity imported earlier, found by its source and dedup key, in one
    /// transaction (a workout route or a Strava streams file adding samples). Nil when the runner
    /// has no such activity; `skipped` when the change leaves it as it was.
    public func amendImportedActivity(source: DataSource, externalId: String, runnerId: String,
                                      _ change: (inout Activity) -> Void) throws(StoreError) -> ImportCounts? {
        let now = clock.millis
        return try write("update an imported activity") { db in
            guard let id = try Self.ledgerId(db, table: .activities, runnerId: runnerId, source: source, externalId: externalId),
                  let old = try Activity.fetchOne(db, key: id) else { return nil }
            var new = old
            change(&new)
            if new == old { return ImportCounts(skipped: 1) }
            new.lastSyncedAt = now
            try new.update(db)
            try Self.markStateStale(db, runnerId: runnerId, now: now)
            return ImportCounts(updated: 1)
        }
    }

    /// The ledger entry of an imported row: its dedup key, file and original offset or zone.
    public func importOrigin(table: HistoryTable, recordId: String) throws(StoreError) -> ImportOrigin? {
        try read("read the import ledger") { db in
            try ImportOrigin.filter(Column("recordTable") == table.rawValue && Column("recordId") == recordId).fetchOne(db)
        }
    }

    /// Ledger entries of one runner's rows of a table, keyed by record id; only those of
    /// `recordIds` when given.
    public func importOrigins(table: HistoryTable, runnerId: String, recordIds: [String]? = nil) throws(StoreError) -> [String: ImportOrigin] {
        try read("read the import ledger") { db in
            var request = ImportOrigin.filter(Column("recordTable") == table.rawValue && Column("runnerId") == runnerId)
            if let recordIds { request = request.filter(recordIds.contains(Column("recordId"))) }
            let rows = try request.fetchAll(db)
            return Dictionary(rows.map { ($0.recordId, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    // MARK: - Upserts

    private static func ledgerId(_ db: Database, table: HistoryTable, runnerId: String, source: DataSource,
                                 externalId: String) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT recordId FROM importLedger WHERE runnerId = ? AND recordTable = ? AND source = ? AND externalId = ?
            """, arguments: [runnerId, table.rawValue, source.rawValue, externalId])
    }

    private static func recordLedger<Record>(_ db: Database, _ entry: ImportBatch.Entry<Record>, table: HistoryTable,
                                             recordId: String, runnerId: String, source: DataSource,
                                             file: String?, now: Int64) throws {
        try ImportOrigin(recordTable: table.rawValue, recordId: recordId, runnerId: runnerId, source: source.rawValue,
                         externalId: entry.externalId, utcOffsetSeconds: entry.utcOffsetSeconds,
                         timeZone: entry.timeZone, file: file, importedAt: now).save(db)
    }

    private static func upsertActivity(_ db: Database, _ entry: ImportBatch.Entry<Activity>, runnerId: String,
                                       file: String?, now: Int64) throws -> ImportCounts {
        try upsert(db, entry, table: .activities, runnerId: runnerId, source: entry.record.source, file: file, now: now,
                   recordId: \.id, existing: { try Activity.fetchOne(db, key: $0) },
                   prepare: { new, old in
                       new.id = old.id; new.importedAt = old.importedAt; new.lastSyncedAt = old.lastSyncedAt
                       // A classification the runner or a plan gave, and an earlier inference when the
                       // file has none, survive a re-import.
                       if let source = old.sessionTypeSource, source != .inferred || new.sessionType == nil {
                           new.sessionType = old.sessionType
                           new.sessionTypeSource = source
                           new.sessionTypeConfidence = old.sessionTypeConfidence
                       }
                       new.plannedSessionId = new.plannedSessionId ?? old.plannedSessionId
                       new.planAdherence = new.planAdherence ?? old.planAdherence
                       new.userNotes = new.userNotes ?? old.userNotes
                       new.userRating = new.userRating ?? old.userRating
                       new.userTags = new.userTags ?? old.userTags
                       new.perceivedExertion = new.perceivedExertion ?? old.perceivedExertion
                       // Samples attached from another file (a route, a streams file) survive a
                       // re-import of a file that has none.
                       new.positionSamples = new.positionSamples ?? old.positionSamples
                       new.heartRateSamples = new.heartRateSamples ?? old.heartRateSamples
                       new.cadenceSamples = new.cadenceSamples ?? old.cadenceSamples
                       new.speedSamples = new.speedSamples ?? old.speedSamples
                       new.powerSamples = new.powerSamples ?? old.powerSamples
                       new.startLatitude = new.startLatitude ?? old.startLatitude
                       new.startLongitude = new.startLongitude ?? old.startLongitude
                       new.endLatitude = new.endLatitude ?? old.endLatitude
                       new.endLongitude = new.endLongitude ?? old.endLongitude
                       new.splits = new.splits ?? old.splits
                       new.summaryPolyline = new.summaryPolyline ?? old.summaryPolyline
                   },
                   touch: { $0.lastSyncedAt = now })
    }

    private static func upsert<Record: MutablePersistableRecord & Equatable & Sendable>(
        _ db: Database, _ entry: ImportBatch.Entry<Record>, table: HistoryTable, runnerId: String, source: DataSource,
        file: String?, now: Int64, recordId: (Record) -> String,
        existing: (String) throws -> Record?, prepare: (inout Record, Record) -> Void, touch: (inout Record) -> Void
    ) throws -> ImportCounts {
        if let id = try ledgerId(db, table: table, runnerId: runnerId, source: source, externalId: entry.externalId),
           let old = try existing(id) {
            var new = entry.record
            prepare(&new, old)
            if new == old { return ImportCounts(skipped: 1) }
            touch(&new)
            try new.update(db)
            try recordLedger(db, entry, table: table, recordId: id, runnerId: runnerId, source: source, file: file, now: now)
            return ImportCounts(updated: 1)
        }
        var new = entry.record
        try new.insert(db)
        let id = recordId(new)
        try recordLedger(db, entry, table: table, recordId: id, runnerId: runnerId, source: source, file: file, now: now)
        return ImportCounts(inserted: 1)
    }

    private static func delete(_ db: Database, _ deletion: ImportBatch.Deletion, runnerId: String) throws -> ImportCounts {
        guard let id = try ledgerId(db, table: deletion.table, runnerId: runnerId, source: deletion.source,
                                    externalId: deletion.externalId) else { return ImportCounts(skipped: 1) }
        try db.execute(sql: "DELETE FROM \(deletion.table.rawValue) WHERE id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM importLedger WHERE recordTable = ? AND recordId = ?", arguments: [deletion.table.rawValue, id])
        return ImportCounts(deleted: 1)
    }

    /// Merges one day's non-null fields into the runner's row for that date; `sources` becomes the union.
    static func mergeDailySummary(_ db: Database, _ day: DailySummary, runnerId: String, now: Int64) throws -> ImportCounts {
        guard let old = try DailySummary.filter(Column("runnerId") == runnerId && Column("date") == day.date).fetchOne(db) else {
            var new = day
            new.lastUpdatedAt = now
            try new.insert(db)
            return ImportCounts(inserted: 1)
        }
        var merged = try JSONValue(encoding: old).objectValue ?? [:]
        let incoming = try JSONValue(encoding: day).objectValue ?? [:]
        for (key, value) in incoming where !["id", "runnerId", "userId", "date", "sources", "lastUpdatedAt"].contains(key) && !value.isNull {
            merged[key] = value
        }
        var new = try JSONValue.object(merged).decode(as: DailySummary.self)
        new.sources = old.sources + day.sources.filter { !old.sources.contains($0) }
        if new == old { return ImportCounts(skipped: 1) }
        new.lastUpdatedAt = now
        try new.update(db)
        return ImportCounts(updated: 1)
    }
}
