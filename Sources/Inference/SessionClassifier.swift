import CadenceCore
import Foundation
import TrainingScience

/// Classifies a run as race, interval, long, tempo, recovery or easy from its pace against the
/// threshold pace, its heart rate against max HR, its lap structure and the runner's recent
/// distances. Returns the type and a confidence (0–1).
enum SessionClassifier {
    static let raceDistances: [Double] = [1609.344, 5000, 10000, 15000, 16093.44, 21097.5, 42195]

    static func classify(_ run: Activity, thresholdPace: Double?, maxHR: Double?, recentDistances: [Double],
                         bestVDOT: Double?) -> (ActivitySessionType, Double)? {
        let seconds = run.movingTimeSeconds ?? run.durationSeconds
        guard let seconds, seconds > 0 else { return nil }
        let pace = InferenceEngine.pace(of: run)
        let intensity = thresholdPace.flatMap { threshold in pace.map { threshold / $0 } }
        let hrShare = maxHR.flatMap { max in run.avgHeartRateBpm.map { $0 / max } }
        if let distance = run.distanceMeters, let bestVDOT, let vdot = InferenceEngine.vdot(of: run), vdot >= bestVDOT * 0.98,
           raceDistances.contains(where: { abs(distance - $0) <= $0 * 0.03 }) {
            return (.race, 0.6)
        }
        if let speeds = lapSpeeds(run.laps), speeds.count >= 4 {
            let mean = speeds.reduce(0, +) / Double(speeds.count)
            let sd = (speeds.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(speeds.count)).squareRoot()
            if mean > 0, sd / mean >= 0.15 { return (.interval, 0.7) }
        }
        let sorted = recentDistances.sorted()
        let median = sorted.isEmpty ? nil : sorted[sorted.count / 2]
        if seconds >= 100 * 60 || (run.distanceMeters.map { d in median.map { d >= 1.5 * $0 } ?? false } ?? false && seconds >= 60 * 60) {
            return (.long, 0.7)
        }
        if (intensity ?? 0) >= 0.88 || (hrShare ?? 0) >= 0.87 { return (.tempo, 0.65) }
        if seconds <= 45 * 60, (intensity.map { $0 < 0.72 } ?? false) || (hrShare.map { $0 < 0.68 } ?? false) {
            return (.recovery, 0.55)
        }
        return (.easy, intensity == nil && hrShare == nil ? 0.4 : 0.6)
    }

    static func lapSpeeds(_ laps: String?) -> [Double]? {
        guard let laps, let json = try? JSONValue(parsing: laps), let items = json.arrayValue else { return nil }
        let speeds = items.compactMap { item -> Double? in
            if case .number(let v)? = item["avgSpeedMetersPerSecond"] { return v }
            return nil
        }
        return speeds.isEmpty ? nil : speeds
    }
}
