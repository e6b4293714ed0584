import Foundation

/// Sex, only as it enters Banister's TRIMP weighting.
public enum Sex: String, Sendable, CaseIterable, Codable {
    case male, female

    /// Banister's exponent: 1.92 for men, 1.67 for women (GoldenCheetah `TRIMPPoints.cpp`).
    public var trimpExponent: Double { self == .male ? 1.92 : 1.67 }
}

/// rTSS and the intensity factor it was computed from.
public struct RunningStress: Sendable, Hashable {
    /// NGP speed / threshold speed.
    public let intensityFactor: Double
    /// hours · IF² · 100.
    public let rtss: Double
}

/// Training stress of one session: TRIMP, HRSS, rTSS and session-RPE load.
///
/// Each score suits a different data situation: HR → TRIMP/HRSS, pace → rTSS, neither → sRPE.
public enum TrainingStress {
    /// Banister TRIMP from average heart rate:
    /// `minutes · HRr · 0.64 · e^(k·HRr)`, `HRr = (HR − rest)/(max − rest)`.
    ///
    /// Returns 0 when the average is below resting HR (as GoldenCheetah does). HRr is not clamped
    /// above 1, again as GoldenCheetah: an average above the configured max means the max is stale.
    /// Average-HR TRIMP reads lower than a sample-by-sample sum for interval sessions (e^x is convex).
    public static func trimp(minutes: Double, averageHR: Double, restingHR: Double, maxHR: Double, sex: Sex) throws -> Double {
        try positive(minutes, "duration (minutes)")
        try positive(averageHR, "average HR")
        try positive(restingHR, "resting HR")
        try positive(maxHR, "max HR")
        try ordered(lower: "resting HR", restingHR, upper: "max HR", maxHR)
        guard averageHR >= restingHR else { return 0 }
        let reserve = (averageHR - restingHR) / (maxHR - restingHR)
        return minutes * reserve * 0.64 * exp(sex.trimpExponent * reserve)
    }

    /// HRSS (GoldenCheetah's TRIMP100, Elevate's HRSS): `100 · TRIMP / TRIMP(60 min at LTHR)`,
    /// so one hour at threshold heart rate scores 100, like TSS.
    public static func hrss(minutes: Double, averageHR: Double, restingHR: Double, maxHR: Double,
                            lthr: Double, sex: Sex) throws -> Double {
        try positive(lthr, "LTHR")
        try ordered(lower: "resting HR", restingHR, upper: "LTHR", lthr)
        try ordered(lower: "LTHR", lthr, upper: "max HR", maxHR)
        let session = try trimp(minutes: minutes, averageHR: averageHR, restingHR: restingHR, maxHR: maxHR, sex: sex)
        let hourAtThreshold = try trimp(minutes: 60, averageHR: lthr, restingHR: restingHR, maxHR: maxHR, sex: sex)
        return 100 * session / hourAtThreshold
    }

    /// rTSS (TrainingPeaks): `hours · IF² · 100`, IF = NGP *speed* / threshold *speed*.
    ///
    /// Working in speeds is the point: in pace terms IF is threshold pace / NGP, the inverse of
    /// the naive pace ratio. NGP (grade adjustment) is proprietary, so the caller supplies it.
    public static func runningStress(durationSeconds: Double, paceSecondsPerKm: Double,
                                     thresholdPaceSecondsPerKm: Double) throws -> RunningStress {
        try positive(durationSeconds, "duration")
        try positive(paceSecondsPerKm, "pace")
        try positive(thresholdPaceSecondsPerKm, "threshold pace")
        let speed = 1000 / paceSecondsPerKm
        let thresholdSpeed = 1000 / thresholdPaceSecondsPerKm
        let intensityFactor = speed / thresholdSpeed
        let hours = durationSeconds / 3600
        return RunningStress(intensityFactor: intensityFactor, rtss: hours * intensityFactor * intensityFactor * 100)
    }

    /// Session-RPE load (Foster 2001): RPE on the CR-10 scale × minutes. For runs with neither HR nor pace.
    public static func sessionRPELoad(rpe: Double, minutes: Double) throws -> Double {
        guard rpe.isFinite, (0...10).contains(rpe) else {
            throw TrainingScienceError.outOfRange(name: "RPE", value: rpe, range: 0...10)
        }
        try positive(minutes, "duration (minutes)")
        return rpe * minutes
    }

    private static func positive(_ value: Double, _ name: String) throws {
        guard value.isFinite, value > 0 else {
            throw TrainingScienceError.notPositive(name: name, value: PaceFormat.trimmed(value))
        }
    }

    private static func ordered(lower: String, _ lowerValue: Double, upper: String, _ upperValue: Double) throws {
        guard upperValue > lowerValue else {
            throw TrainingScienceError.heartRateOrder(lower: lower, lowerValue: lowerValue, upper: upper, upperValue: upperValue)
        }
    }
}
