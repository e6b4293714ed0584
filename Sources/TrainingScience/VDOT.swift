import Foundation

/// Daniels–Gilbert VDOT: a runner's "effective VO2max" read off a race performance.
///
/// Sources: Daniels & Gilbert, *Oxygen Power* (1979); *Daniels' Running Formula*. The constants are
/// the ones GoldenCheetah's `VDOTCalculator.cpp` uses. VDOT is the oxygen cost of the race speed
/// divided by the fraction of VO2max a runner can sustain for the race duration.
public struct VDOT: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// VDOT in ml/kg/min.
    public let value: Double

    /// Values the calculators accept. The published tables cover 30–85; the equations behave
    /// sensibly well beyond that, but below 10 a "race" is a slow walk and above 100 is no human.
    public static let supportedRange: ClosedRange<Double> = 10...100

    /// Wraps a known VDOT, rejecting values outside `supportedRange`.
    public init(_ value: Double) throws {
        guard value.isFinite, Self.supportedRange.contains(value) else {
            throw TrainingScienceError.outOfRange(name: "VDOT", value: value, range: Self.supportedRange)
        }
        self.value = value
    }

    /// VDOT from a race result.
    /// - Throws: `notPositive` for a zero or negative time, `undefinedResult` when the
    ///   performance lies outside what the equations describe (a walk, or faster than any human).
    public init(distance: RaceDistance, timeSeconds: Double) throws {
        guard timeSeconds.isFinite, timeSeconds > 0 else {
            throw TrainingScienceError.notPositive(name: "time", value: DurationFormat.format(timeSeconds))
        }
        let value = Self.value(distanceMeters: distance.meters, timeSeconds: timeSeconds)
        guard value.isFinite, Self.supportedRange.contains(value) else {
            throw TrainingScienceError.undefinedResult(
                "\(distance) in \(DurationFormat.format(timeSeconds)) gives a VDOT of \(String(format: "%.1f", value)), "
                + "outside the supported range 10–100: check the distance and the time")
        }
        self.value = value
    }

    // MARK: The Daniels–Gilbert equations

    /// Oxygen cost of running at `v` metres per minute, in ml/kg/min:
    /// `VO2 = −4.60 + 0.182258·v + 0.000104·v²`.
    public static func oxygenCost(metersPerMinute v: Double) -> Double {
        -4.60 + 0.182258 * v + 0.000104 * v * v
    }

    /// Fraction of VO2max sustainable for `t` minutes:
    /// `F = 0.8 + 0.1894393·e^(−0.012778·t) + 0.2989558·e^(−0.1932605·t)`.
    public static func fractionOfVO2max(minutes t: Double) -> Double {
        0.8 + 0.1894393 * exp(-0.012778 * t) + 0.2989558 * exp(-0.1932605 * t)
    }

    /// Speed in metres per minute whose oxygen cost is `vo2` (the positive root of the quadratic).
    public static func speed(forOxygenCost vo2: Double) -> Double {
        let a = 0.000104, b = 0.182258, c = -4.60 - vo2
        return (-b + (b * b - 4 * a * c).squareRoot()) / (2 * a)
    }

    /// The raw equation `VO2(d/t) / F(t)`, without validation (used by the solver and by tests).
    public static func value(distanceMeters d: Double, timeSeconds: Double) -> Double {
        let minutes = timeSeconds / 60
        return oxygenCost(metersPerMinute: d / minutes) / fractionOfVO2max(minutes: minutes)
    }

    // MARK: Predictions

    /// Race time in seconds that this VDOT predicts for `distance`.
    ///
    /// Solves `VDOT(d, t) = value` for t by bisection (the function falls steadily with t over the
    /// bracket); converged to well under a millisecond, so the answer is the equation's, not the
    /// solver's.
    public func raceTime(for distance: RaceDistance) -> Double {
        let d = distance.meters
        func excess(_ minutes: Double) -> Double { Self.value(distanceMeters: d, timeSeconds: minutes * 60) - value }
        // Time at the speed whose cost equals VDOT: the answer for a race lasting ~11 minutes (F≈1).
        let guess = d / Self.speed(forOxygenCost: value)
        var low = guess / 2, high = guess * 2
        var expansions = 0
        while excess(low) < 0, expansions < 60 { low /= 2; expansions += 1 }
        while excess(high) > 0, expansions < 120 { high *= 2; expansions += 1 }
        for _ in 0..<200 {
            let mid = (low + high) / 2
            if excess(mid) > 0 { low = mid } else { high = mid }
            if high - low < 1e-10 * high { break }
        }
        return (low + high) / 2 * 60
    }

    /// Race pace in seconds per kilometre that this VDOT predicts for `distance`.
    public func racePace(for distance: RaceDistance) -> Double {
        raceTime(for: distance) / distance.kilometers
    }

    /// Pace in seconds per km at which running costs `fraction` of this VDOT in oxygen.
    public func pace(atFraction fraction: Double) -> Double {
        60_000 / Self.speed(forOxygenCost: fraction * value)
    }

    public static func < (lhs: VDOT, rhs: VDOT) -> Bool { lhs.value < rhs.value }

    public var description: String { String(format: "%.1f", value) }
}
