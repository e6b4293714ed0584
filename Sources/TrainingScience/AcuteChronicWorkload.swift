import Foundation

/// Where an acute:chronic ratio falls. Our boundaries follow Gabbett (BJSM 2016):
/// `low` < 0.8 ≤ `sweet_spot` ≤ 1.3 < `caution` < 1.5 ≤ `danger`.
/// Treat these as flags for a conversation, not diagnoses (Impellizzeri et al., IJSPP 2020).
public enum WorkloadZone: String, Sendable, CaseIterable, Codable {
    case low
    case sweetSpot = "sweet_spot"
    case caution
    case danger

    public init(ratio: Double) {
        switch ratio {
        case ..<0.8: self = .low
        case ...1.3: self = .sweetSpot
        case ..<1.5: self = .caution
        default: self = .danger
        }
    }
}

/// Acute:chronic workload ratio on the last day of a daily load series.
///
/// Acute and chronic are both on the *daily* scale (mean or EWMA of daily loads), so the ratio is
/// the same as with weekly totals.
public struct AcuteChronicWorkload: Sendable, Hashable {
    public enum Method: String, Sendable, CaseIterable {
        /// Chronic = mean of the last 28 days, acute week included (Gabbett 2016).
        case rollingCoupled = "rolling-coupled"
        /// Chronic = mean of days t−27…t−7, excluding the acute week (Lolli et al., BJSM 2019).
        case rollingUncoupled = "rolling-uncoupled"
        /// EWMA with λ = 2/(N+1), both averages seeded with day 1's load (Williams et al., BJSM 2017;
        /// seeding as in the CRAN package ACWR).
        case ewma
    }

    public let method: Method
    public let acute: Double
    public let chronic: Double
    public let ratio: Double
    public var zone: WorkloadZone { WorkloadZone(ratio: ratio) }

    /// - Parameters:
    ///   - dailyLoads: one load per consecutive day, the last being "today".
    ///   - acuteDays, chronicDays: window lengths (7 and 28) or EWMA spans N.
    public init(dailyLoads: [Double], method: Method, acuteDays: Int = 7, chronicDays: Int = 28) throws {
        try PerformanceManagementChart.validate(dailyLoads)
        guard acuteDays >= 1, chronicDays > acuteDays else {
            throw TrainingScienceError.invalidLoads(
                "the chronic window (\(chronicDays) days) must be longer than the acute window (\(acuteDays) days)")
        }
        let acute: Double, chronic: Double
        switch method {
        case .rollingCoupled, .rollingUncoupled:
            guard dailyLoads.count >= chronicDays else {
                throw TrainingScienceError.invalidLoads(
                    "the \(method.rawValue) method needs at least \(chronicDays) days of loads (got \(dailyLoads.count))")
            }
            let acuteWindow = dailyLoads.suffix(acuteDays)
            acute = acuteWindow.reduce(0, +) / Double(acuteDays)
            if method == .rollingCoupled {
                chronic = dailyLoads.suffix(chronicDays).reduce(0, +) / Double(chronicDays)
            } else {
                let window = dailyLoads.suffix(chronicDays).dropLast(acuteDays)
                chronic = window.reduce(0, +) / Double(window.count)
            }
        case .ewma:
            let acuteWeight = 2 / Double(acuteDays + 1), chronicWeight = 2 / Double(chronicDays + 1)
            var a = dailyLoads[0], c = dailyLoads[0]
            for load in dailyLoads.dropFirst() {
                a = acuteWeight * load + (1 - acuteWeight) * a
                c = chronicWeight * load + (1 - chronicWeight) * c
            }
            acute = a
            chronic = c
        }
        guard chronic > 0 else {
            throw TrainingScienceError.undefinedResult(
                "the chronic load is zero, so the acute:chronic ratio is undefined: give a series with some training in it")
        }
        self.method = method
        self.acute = acute
        self.chronic = chronic
        self.ratio = acute / chronic
    }
}
