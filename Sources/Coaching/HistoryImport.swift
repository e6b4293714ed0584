import CadenceCore
import Foundation
import Ingest
import Store

/// Use case: import history files, then bring the derived state up to date. `cadence import`
/// (and any later entry point) calls this, so an import is never left without its recompute.
public struct HistoryImport: Sendable {
    public let job: ImportJob
    public let clock: Clock

    public init(job: ImportJob, clock: Clock = .system) {
        self.job = job
        self.clock = clock
    }

    public struct Outcome: Sendable {
        public let report: ImportReport
        /// The state after the recompute; nil when nothing changed or the recompute failed.
        public let state: Runner.CurrentState?
        /// Why the history was imported but the state could not be updated.
        public let refreshError: CoachingError?
    }

    /// Imports `paths` (one transaction per file, see `ImportJob.run`), then recomputes the state
    /// when something changed, or when an earlier import stopped between its history and its
    /// recompute.
    public func run(paths: [String], reading: (@Sendable (String, Double) -> Void)? = nil,
                    progress: (Int, Int, FileReport) -> Void = { _, _, _ in }) -> Outcome {
        let report = job.run(paths: paths, reading: reading, progress: progress)
        let database = job.database, runnerId = job.runnerId
        guard report.changed || (try? database.isStateStale(runnerId: runnerId)) == true else {
            return Outcome(report: report, state: nil, refreshError: nil)
        }
        do {
            let result = try StateRefresh(clock: clock).run(database: database, runnerId: runnerId)
            return Outcome(report: report, state: result.currentState, refreshError: nil)
        } catch {
            return Outcome(report: report, state: nil, refreshError: error)
        }
    }
}
