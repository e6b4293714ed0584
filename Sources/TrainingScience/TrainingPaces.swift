import Foundation

/// Daniels' five training intensities.
public enum TrainingZone: String, Sendable, CaseIterable, Codable {
    case easy, marathon, threshold, interval, repetition

    /// Daniels' one-letter name (E, M, T, I, R).
    public var letter: String {
        switch self {
        case .easy: "E"
        case .marathon: "M"
        case .threshold: "T"
        case .interval: "I"
        case .repetition: "R"
        }
    }
}

/// A pace band, in seconds per kilometre. "Fast" is the smaller number.
public struct PaceRange: Sendable, Hashable {
    public let fastSecondsPerKm: Double
    public let slowSecondsPerKm: Double

    public init(fastSecondsPerKm: Double, slowSecondsPerKm: Double) {
        self.fastSecondsPerKm = min(fastSecondsPerKm, slowSecondsPerKm)
        self.slowSecondsPerKm = max(fastSecondsPerKm, slowSecondsPerKm)
    }

    /// A band of ±`fraction` around `target` (so the midpoint is exactly the target pace).
    public init(target: Double, plusMinus fraction: Double) {
        self.init(fastSecondsPerKm: target * (1 - fraction), slowSecondsPerKm: target * (1 + fraction))
    }

    /// The centre of the band: the pace that matches Daniels' single published value.
    public var midpointSecondsPerKm: Double { (fastSecondsPerKm + slowSecondsPerKm) / 2 }

    public func contains(secondsPerKm pace: Double) -> Bool {
        (fastSecondsPerKm...slowSecondsPerKm).contains(pace)
    }

    /// "4:55–5:05/km" or "7:55–8:11/mi".
    public func formatted(_ unit: PaceUnit = .kilometer) -> String {
        PaceFormat.formatRange(fastSecondsPerKm: fastSecondsPerKm, slowSecondsPerKm: slowSecondsPerKm, unit: unit)
    }
}

/// E/M/T/I/R training paces for a VDOT, as fast–slow bands.
///
/// Each band is centred on a pace that reproduces the published Daniels 2nd-edition table within
/// 3 s/km over VDOT 30–85 (see NOTES.md for the full comparison):
/// - E: running at 67 % of VDOT in oxygen cost (inside Daniels' E band of 59–74 % VO2max);
/// - M: the marathon race pace this VDOT predicts (the table's M *is* marathon race pace);
/// - T: 88 % of VDOT;
/// - I: 98 % of VDOT (Daniels' I band is 95–100 % VO2max);
/// - R: I pace less 6 s per 400 m (15 s/km) — the table holds that gap in every row, give or take
///   its 1-second rounding; the physiological reading, current mile race pace, is within 4.1 s/km.
/// Bands are ±5 % of pace for E (easy running is a wide band) and ±1 % for the quality paces.
public struct TrainingPaces: Sendable, Hashable {
    public let vdot: VDOT
    public let easy, marathon, threshold, interval, repetition: PaceRange

    /// Share of VDOT (by oxygen cost) for the paces defined that way.
    public static let easyShare = 0.67, thresholdShare = 0.88, intervalShare = 0.98
    /// Seconds per km by which R is faster than I (6 s per 400 m).
    public static let repetitionGapSecondsPerKm = 15.0
    /// Half-widths of the bands, as a fraction of the target pace.
    public static let easyHalfWidth = 0.05, qualityHalfWidth = 0.01

    public init(vdot: VDOT) {
        self.vdot = vdot
        let intervalPace = vdot.pace(atFraction: Self.intervalShare)
        easy = PaceRange(target: vdot.pace(atFraction: Self.easyShare), plusMinus: Self.easyHalfWidth)
        marathon = PaceRange(target: vdot.racePace(for: .marathon), plusMinus: Self.qualityHalfWidth)
        threshold = PaceRange(target: vdot.pace(atFraction: Self.thresholdShare), plusMinus: Self.qualityHalfWidth)
        interval = PaceRange(target: intervalPace, plusMinus: Self.qualityHalfWidth)
        repetition = PaceRange(target: intervalPace - Self.repetitionGapSecondsPerKm, plusMinus: Self.qualityHalfWidth)
    }

    public subscript(zone: TrainingZone) -> PaceRange {
        switch zone {
        case .easy: easy
        case .marathon: marathon
        case .threshold: threshold
        case .interval: interval
        case .repetition: repetition
        }
    }
}
