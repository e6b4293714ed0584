import CadenceCore
import Foundation
import TrainingScience

/// Readiness 0–100 from last night's sleep, HRV and resting HR against the runner's own 28-day
/// baseline, and form (TSB). Starts at 70; each factor moves it and is named in `factors`.
enum Readiness {
    static func evaluate(sleeps: [SleepSession], daily: [DailySummary], tsb: Double?, now: Int64) -> (score: Double, factors: [String])? {
        var score = 70.0
        var factors: [String] = []
        var inputs = 0
        let dayMillis: Int64 = 86_400_000
        if let last = sleeps.last, now - last.endTime < 2 * dayMillis, let asleep = last.totalAsleepSeconds {
            inputs += 1
            if asleep >= 7 * 3600 { score += 10; factors.append("good_sleep") }
            else if asleep < 6 * 3600 { score -= 15; factors.append("poor_sleep") }
        }
        let hrv = daily.compactMap { day in (day.avgHrvRmssd ?? day.avgHrvSdnn).map { (day.date, $0) } }
        if hrv.count >= 4, let latest = hrv.last?.1 {
            inputs += 1
            let baseline = hrv.suffix(29).dropLast().map(\.1)
            let mean = baseline.reduce(0, +) / Double(baseline.count)
            if latest <= mean * 0.9 { score -= 15; factors.append("low_hrv") }
            else if latest >= mean * 1.05 { score += 10; factors.append("high_hrv") }
        }
        let rhr = daily.compactMap { day in day.restingHeartRateBpm.map { (day.date, $0) } }
        if rhr.count >= 4, let latest = rhr.last?.1 {
            inputs += 1
            let baseline = rhr.suffix(29).dropLast().map(\.1)
            let mean = baseline.reduce(0, +) / Double(baseline.count)
            if latest >= mean + 5 { score -= 15; factors.append("elevated_resting_hr") }
            else if latest <= mean - 2 { score += 5; factors.append("low_resting_hr") }
        }
        if let tsb {
            inputs += 1
            if tsb > 5 { score += 10; factors.append("fresh") }
            else if tsb < -20 { score -= 15; factors.append("high_fatigue") }
            else if tsb < -10 { score -= 5; factors.append("fatigue") }
        }
        guard inputs > 0 else { return nil }
        return (min(100, max(0, score)), factors)
    }
}

/// Injury risk from the acute:chronic workload ratio, the runner's injury history and sudden
/// volume jumps. Points: ACWR danger 3, caution 2, low (detraining) 0; current or recent (6
/// months) injury 2, older history 1; this week's volume over 130 % of the previous three weeks'
/// average 1. Level: 0 low, 1–2 moderate, 3 elevated, 4+ high.
enum InjuryRisk {
    static func evaluate(acwr: AcuteChronicWorkloadLike?, runner: Runner, last7Km: Double, previousWeeklyKm: Double,
                         now: Int64) -> (level: InjuryRiskLevel, factors: [String]) {
        var points = 0
        var factors: [String] = []
        if let ratio = acwr?.ratio {
            if ratio >= 1.5 { points += 3; factors.append("acwr_danger") }
            else if ratio > 1.3 { points += 2; factors.append("acwr_caution") }
        }
        let halfYear = Double(now) - 182.0 * 86_400_000
        let details = runner.health.injuryDetails ?? []
        if details.contains(where: { $0.dateRecovered == nil || ($0.dateRecovered ?? 0) >= halfYear }) || !(runner.health.currentPain ?? []).isEmpty {
            points += 2
            factors.append("recent_injury")
        } else if !details.isEmpty || !(runner.health.pastInjuries ?? []).isEmpty {
            points += 1
            factors.append("injury_history")
        }
        if previousWeeklyKm > 0, last7Km > previousWeeklyKm * 1.3 {
            points += 1
            factors.append("volume_jump")
        }
        let level: InjuryRiskLevel = points == 0 ? .low : points <= 2 ? .moderate : points == 3 ? .elevated : .high
        return (level, factors)
    }
}

extension AcuteChronicWorkload: AcuteChronicWorkloadLike {}

protocol AcuteChronicWorkloadLike {
    var ratio: Double { get }
}
