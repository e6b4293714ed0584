import CadenceCore
import Foundation
import GRDB

/// A session type the inference engine assigned to one activity.
public struct InferredClassification: Sendable, Equatable {
    public var activityId: String
    public var sessionType: ActivitySessionType
    public var confidence: Double

    public init(activityId: String, sessionType: ActivitySessionType, confidence: Double) {
        self.activityId = activityId
        self.sessionType = sessionType
        self.confidence = confidence
    }
}

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
            for item in classifications {
                try db.execute(sql: """
                    UPDATE activities SET sessionType = ?, sessionTypeSource = 'inferred', sessionTypeConfidence = ?
                    WHERE id = ? AND runnerId = ? AND (sessionTypeSource IS NULL OR sessionTypeSource = 'inferred')
                      AND (sessionType IS NOT ? OR sessionTypeConfidence IS NOT ? OR sessionTypeSource IS NULL)
                    """, arguments: [item.sessionType.rawValue, item.confidence, item.activityId, runnerId,
                                     item.sessionType.rawValue, item.confidence])
            }
            for day in dailyAggregates {
                _ = try Self.mergeDailySummary(db, day, runnerId: runnerId, now: now)
            }
            let context = WriteContext(source: .inferred, confidence: confidence)
            return try Self.applyFields(db, runnerId: runnerId, validated, context: context, now: now)
        }
    }

    /// The source that last wrote each of a runner's fields.
    public func latestFieldSources(runnerId: String) throws(StoreError) -> [String: DataSource] {
        try read("read the field history") { db in try Self.latestSources(db, runnerId: runnerId) }
    }
}
