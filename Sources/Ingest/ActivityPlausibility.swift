import CadenceCore
import Foundation

/// The per-activity limits of `ImportLimits`, applied to every activity a reader produces before
/// anything is written: an implausible one is dropped with a warning and the others import.
enum ActivityPlausibility {
    /// Why `activity` cannot be a real workout, or nil when it can.
    static func problem(_ activity: Activity) -> String? {
        let kmLimit = Int(ImportLimits.maxActivityDistanceMeters / 1000)
        if let distance = activity.distanceMeters, !(distance.isFinite && distance >= 0 && distance <= ImportLimits.maxActivityDistanceMeters) {
            return "its distance (\(describe(distance / 1000)) km) is beyond the \(kmLimit) km limit per activity"
        }
        let days = Int(ImportLimits.maxActivityDurationSeconds / 86_400)
        let span = Double(activity.endTime) / 1000 - Double(activity.startTime) / 1000
        for seconds in [activity.durationSeconds, activity.movingTimeSeconds, span].compactMap({ $0 }) {
            if !(seconds.isFinite && seconds >= 0 && seconds <= ImportLimits.maxActivityDurationSeconds) {
                return "its duration (\(describe(seconds / 3600)) h) is beyond the \(days)-day limit per activity"
            }
        }
        return nil
    }

    /// Drops the implausible activities of `batch`, warning in `notes` for each; returns the problems.
    @discardableResult
    static func filter(_ batch: inout ImportBatch, notes: ImportNotes) -> [String] {
        var problems: [String] = []
        batch.activities.removeAll { entry in
            guard let problem = problem(entry.record) else { return false }
            let message = "the activity starting \(instant(entry.record.startTime)) was not imported: \(problem)"
            notes.warn(message)
            problems.append(message)
            return true
        }
        return problems
    }

    static func instant(_ millis: Int64) -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
    }

    private static func describe(_ value: Double) -> String {
        value.isFinite ? String(format: "%.0f", value) : "\(value)"
    }
}
