import Foundation

/// One heart-rate zone. A nil bound means the zone is open on that side (Friel's zone 1 has no
/// floor unless a resting HR is known).
public struct HeartRateZone: Sendable, Hashable {
    /// "1"…"5", or Friel's "1","2","3","4","5a","5b","5c".
    public let label: String
    public let minBpm: Double?
    public let maxBpm: Double?

    public init(label: String, minBpm: Double?, maxBpm: Double?) {
        self.label = label
        self.minBpm = minBpm
        self.maxBpm = maxBpm
    }
}

/// Heart-rate zones by one of three models. Boundaries are kept as raw (unrounded) bpm so callers
/// choose their own rounding; the printed percentages are the published ones.
/// (Called "…Set" so it does not read like the runner record's stored `heartRateZones` section.)
public struct HeartRateZoneSet: Sendable, Hashable {
    public enum Model: String, Sendable, CaseIterable {
        /// 50/60/70/80/90/100 % of max HR (a common vendor default).
        case percentMax = "percent-max"
        /// The same shares of heart-rate reserve (Karvonen et al. 1957).
        case karvonen
        /// Friel's running zones as % of lactate-threshold HR.
        case lthr
    }

    public let model: Model
    public let zones: [HeartRateZone]

    /// Shares used by the percent-max and Karvonen models (zone n spans shares n−1…n).
    public static let fiveZoneShares = [0.50, 0.60, 0.70, 0.80, 0.90, 1.00]

    /// Friel's running zones (% of LTHR) as printed: 1 < 85, 2 85–89, 3 90–94, 4 95–99,
    /// 5a 100–102, 5b 103–106, 5c > 106. The printed gaps (89→90 % etc.) are kept, not closed.
    public static let frielRunning: [(label: String, min: Double?, max: Double?)] = [
        ("1", nil, 0.85), ("2", 0.85, 0.89), ("3", 0.90, 0.94), ("4", 0.95, 0.99),
        ("5a", 1.00, 1.02), ("5b", 1.03, 1.06), ("5c", 1.06, nil),
    ]

    /// Zones as percentages of max HR.
    public static func percentOfMax(maxHR: Double) throws -> HeartRateZoneSet {
        try checkPositive(maxHR, "max HR")
        return HeartRateZoneSet(model: .percentMax, zones: fiveZones { $0 * maxHR })
    }

    /// Karvonen: `HR = rest + share·(max − rest)`.
    public static func karvonen(maxHR: Double, restingHR: Double) throws -> HeartRateZoneSet {
        try checkPositive(maxHR, "max HR")
        try checkPositive(restingHR, "resting HR")
        try checkOrder(lower: "resting HR", restingHR, upper: "max HR", maxHR)
        return HeartRateZoneSet(model: .karvonen, zones: fiveZones { restingHR + $0 * (maxHR - restingHR) })
    }

    /// Friel's running zones. Zone 1 starts at resting HR when known; zone 5c ends at max HR when known.
    public static func lactateThreshold(lthr: Double, maxHR: Double? = nil, restingHR: Double? = nil) throws -> HeartRateZoneSet {
        try checkPositive(lthr, "LTHR")
        if let restingHR {
            try checkPositive(restingHR, "resting HR")
            try checkOrder(lower: "resting HR", restingHR, upper: "LTHR", lthr)
        }
        if let maxHR {
            try checkPositive(maxHR, "max HR")
            try checkOrder(lower: "LTHR", lthr, upper: "max HR", maxHR)
        }
        let zones = frielRunning.map { zone in
            HeartRateZone(label: zone.label,
                          minBpm: zone.min.map { $0 * lthr } ?? restingHR,
                          maxBpm: zone.max.map { $0 * lthr } ?? maxHR)
        }
        return HeartRateZoneSet(model: .lthr, zones: zones)
    }

    /// The zone whose band holds `bpm`; a value in one of Friel's printed gaps counts to the zone below.
    public func zone(for bpm: Double) -> HeartRateZone? {
        guard let first = zones.first, bpm >= (first.minBpm ?? -.infinity) else { return nil }
        return zones.last { ($0.minBpm ?? -.infinity) <= bpm }
    }

    private static func fiveZones(_ bpm: (Double) -> Double) -> [HeartRateZone] {
        (1...5).map { n in
            HeartRateZone(label: String(n), minBpm: bpm(fiveZoneShares[n - 1]), maxBpm: bpm(fiveZoneShares[n]))
        }
    }

    private static func checkPositive(_ value: Double, _ name: String) throws {
        guard value.isFinite, value > 0 else {
            throw TrainingScienceError.notPositive(name: name, value: PaceFormat.trimmed(value))
        }
    }

    private static func checkOrder(lower: String, _ lowerValue: Double, upper: String, _ upperValue: Double) throws {
        guard upperValue > lowerValue else {
            throw TrainingScienceError.heartRateOrder(lower: lower, lowerValue: lowerValue, upper: upper, upperValue: upperValue)
        }
    }
}
