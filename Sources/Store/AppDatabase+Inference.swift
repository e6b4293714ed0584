import CadenceCore
import Foundation
import GRDB

extension AppDatabase {
    /// Writes what the inference engine derived, in one transaction and with source `inferred`:
    /// runner fields (only `currentState.*`, derived `running.*` fields, or person fields the
    /// caller checked were not given by a person), session types (never over a `user` or `plan`
    /// classification), and the daily aggregates merged into each day's summary.
    @discardableResult
    public func applyInference(runnerId: String, fields: [(path: String, value: JSONValue)],
                               classifications: [InferredClassification], dailyAggregates: [DailySummary],
                               confidence: Double? = nil) throws(StoreError) -> [RunnerChange] {
        let validated = try Self.validateFields(fields, source: .inferred)
        let now = clock.millis
        return try write("save the inferred state") { db in
            try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [Self.staleKey(runnerId)])
            for item in classifications {
                try db.execute(sql: """
                    UPDATE activities SET sessionType = ?, sessionTypeSource = 'inferred', sessionTypeConfidence = ?
                    WHERE id = ? AND runnerId = ? AND (sessionTypeSource IS NULL OR sessionTypeSource = 'inferred')
                      AND (sessionType IS NOT ? OR sessionTypeConfidence IS NOT ? OR sessionTypeSource IS NULL)
                    """, arguments: [item.sessionType.rawValue, item.confidence, item.activityId, runnerId,
                                     item.sessionType.rawValue, item.confidence])
            }
            var existing: [String: DailySummary] = [:]
            for day in try DailySummary.filter(Column("runnerId") == runnerId).fetchAll(db) { existing[day.date] = day }
            for day in dailyAggregates {
                guard let old = existing[day.date] else {
                    var new = day
                    new.lastUpdatedAt = now
                    try new.insert(db)
                    continue
                }
                var new = old
                Self.mergeAggregates(day, into: &new)
                if new != old {
                    new.lastUpdatedAt = now
                    try new.update(db)
                }
            }
            let context = WriteContext(source: .inferred, confidence: confidence)
            return try Self.applyFields(db, runnerId: runnerId, validated, context: context, now: now)
        }
    }

    /// Copies the inference engine's own aggregates (counts, run totals, the night's sleep, the
    /// day's loads) onto a day's row, leaving the imported fields alone.
    static func mergeAggregates(_ day: DailySummary, into row: inout DailySummary) {
        row.activityCount = day.activityCount ?? row.activityCount
        row.runCount = day.runCount ?? row.runCount
        row.runDistanceMeters = day.runDistanceMeters ?? row.runDistanceMeters
        row.runDurationSeconds = day.runDurationSeconds ?? row.runDurationSeconds
        row.sleepDurationSeconds = day.sleepDurationSeconds ?? row.sleepDurationSeconds
        row.deepSleepSeconds = day.deepSleepSeconds ?? row.deepSleepSeconds
        row.remSleepSeconds = day.remSleepSeconds ?? row.remSleepSeconds
        row.sleepEfficiency = day.sleepEfficiency ?? row.sleepEfficiency
        row.sleepStartTime = day.sleepStartTime ?? row.sleepStartTime
        row.sleepEndTime = day.sleepEndTime ?? row.sleepEndTime
        row.acuteTrainingLoad = day.acuteTrainingLoad ?? row.acuteTrainingLoad
        row.chronicTrainingLoad = day.chronicTrainingLoad ?? row.chronicTrainingLoad
        row.trainingStressBalance = day.trainingStressBalance ?? row.trainingStressBalance
        for source in day.sources where !row.sources.contains(source) { row.sources.append(source) }
    }

    /// The source that last wrote each of a runner's fields.
    public func latestFieldSources(runnerId: String) throws(StoreError) -> [String: DataSource] {
        try read("read the field history") { db in try Self.latestSources(db, runnerId: runnerId) }
    }
}
