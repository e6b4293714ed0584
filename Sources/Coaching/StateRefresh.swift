import CadenceCore
import Foundation
import Inference
import Store

/// Use case: derive the runner's current state from their history and save it. Reads the runner
/// and their history, lets the (pure) inference engine compute, and writes what changed with
/// source `inferred` in one transaction.
public struct StateRefresh: Sendable {
    public let clock: Clock

    public init(clock: Clock = .system) {
        self.clock = clock
    }

    /// Reads the runner's history, computes, and writes the result. Returns what was computed.
    @discardableResult
    public func run(database: AppDatabase, runnerId: String) throws(CoachingError) -> InferenceResult {
        do {
            guard let runner = try database.runner(id: runnerId) else { throw CoachingError.noRunner(runnerId) }
            var offsets: [String: Int] = [:]
            for table in [HistoryTable.activities, .sleepSessions] {
                for (id, origin) in try database.importOrigins(table: table, runnerId: runnerId) {
                    if let offset = origin.utcOffsetSeconds { offsets[id] = offset }
                }
            }
            let input = InferenceInput(runner: runner, activities: try database.activities(runnerId: runnerId),
                                       sleepSessions: try database.sleepSessions(runnerId: runnerId),
                                       dailySummaries: try database.dailySummaries(runnerId: runnerId),
                                       bodyMeasurements: try database.bodyMeasurements(runnerId: runnerId),
                                       utcOffsets: offsets, fieldSources: try database.latestFieldSources(runnerId: runnerId))
            let result = InferenceEngine(clock: clock).compute(input)
            // Only changed values go to the field history (lastCalculatedAt always changes).
            let changed = result.fields.filter { field in
                guard let current = try? runner.value(at: field.path) else { return true }
                return current != field.value
            }
            try database.applyInference(runnerId: runnerId, fields: changed, classifications: result.classifications,
                                        dailyAggregates: result.dailyAggregates)
            return result
        } catch let error as CoachingError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(.database("\(error)"))
        }
    }
}
