import Foundation

/// One day of the Performance Management Chart.
public struct PMCDay: Sendable, Hashable {
    /// 1-based day number within the series.
    public let day: Int
    /// Total load of the day (all sessions added).
    public let load: Double
    /// Chronic training load (fitness) at the end of the day.
    public let ctl: Double
    /// Acute training load (fatigue) at the end of the day.
    public let atl: Double
    /// Form going into the day: CTL − ATL at the end of the *previous* day (TrainingPeaks' and
    /// GoldenCheetah's display convention), so today's session does not change today's form.
    public let tsb: Double
}

/// CTL/ATL/TSB with GoldenCheetah's weighting (`src/Metrics/PMCData.cpp`).
///
/// Each day `X_d = load_d·λ + X_{d−1}·(1 − λ)` with `λ = 1 − e^(−1/T)` (0.023528 for T = 42,
/// 0.133122 for T = 7). TrainingPeaks' `λ = 1/T` differs by up to 7 % per day for ATL; we pin
/// GoldenCheetah's form. The caller gives the starting values explicitly, because how much
/// history is loaded otherwise changes the answer.
public struct PerformanceManagementChart: Sendable, Hashable {
    /// Time constant of CTL in days (default 42).
    public let ctlDays: Double
    /// Time constant of ATL in days (default 7).
    public let atlDays: Double

    public init(ctlDays: Double = 42, atlDays: Double = 7) throws {
        for (name, value) in [("CTL time constant", ctlDays), ("ATL time constant", atlDays)] {
            guard value.isFinite, value > 0 else {
                throw TrainingScienceError.notPositive(name: name, value: PaceFormat.trimmed(value))
            }
        }
        self.ctlDays = ctlDays
        self.atlDays = atlDays
    }

    /// Daily weight of today's load in CTL: 1 − e^(−1/T).
    public var ctlWeight: Double { 1 - exp(-1 / ctlDays) }
    /// Daily weight of today's load in ATL: 1 − e^(−1/T).
    public var atlWeight: Double { 1 - exp(-1 / atlDays) }

    /// The chart for consecutive daily loads (day 1 first; a rest day is 0).
    public func days(dailyLoads: [Double], ctlStart: Double = 0, atlStart: Double = 0) throws -> [PMCDay] {
        try Self.validate(dailyLoads)
        for (name, value) in [("starting CTL", ctlStart), ("starting ATL", atlStart)] {
            guard value.isFinite, value >= 0 else {
                throw TrainingScienceError.invalidLoads("\(name) must be zero or more (got \(PaceFormat.trimmed(value)))")
            }
        }
        var ctl = ctlStart, atl = atlStart
        var result: [PMCDay] = []
        result.reserveCapacity(dailyLoads.count)
        for (index, load) in dailyLoads.enumerated() {
            let formGoingIn = ctl - atl
            ctl += (load - ctl) * ctlWeight
            atl += (load - atl) * atlWeight
            result.append(PMCDay(day: index + 1, load: load, ctl: ctl, atl: atl, tsb: formGoingIn))
        }
        return result
    }

    /// Folds sessions into one slot per day: loads on the same day are added, days without a
    /// session are 0. `day` is a 1-based day number; the series runs from day 1 to `dayCount`
    /// (default: the last day with a session).
    public static func dailyLoads(sessions: [(day: Int, load: Double)], dayCount: Int? = nil) throws -> [Double] {
        let count = dayCount ?? sessions.map(\.day).max() ?? 0
        var loads = Array(repeating: 0.0, count: max(count, 0))
        for session in sessions {
            guard session.day >= 1, session.day <= count else {
                throw TrainingScienceError.invalidLoads("session on day \(session.day) is outside days 1–\(count)")
            }
            loads[session.day - 1] += session.load
        }
        try validate(loads)
        return loads
    }

    static func validate(_ loads: [Double]) throws {
        guard !loads.isEmpty else { throw TrainingScienceError.invalidLoads("give at least one day's load") }
        if let bad = loads.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw TrainingScienceError.invalidLoads(
                "day \(bad + 1) has load \(PaceFormat.trimmed(loads[bad])); loads must be zero or more (use 0 for a rest day)")
        }
    }
}
