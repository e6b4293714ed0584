import CadenceCore
import Foundation
import TrainingScience

/// The heart-rate figures HRSS needs: the runner's own when given, else estimates from the
/// history (highest recorded max HR, latest resting HR) and the usual rules (Tanaka max HR from
/// age, LTHR ≈ 90 % of max HR). Nil when neither a max nor a resting HR can be found.
struct HeartRateParameters: Sendable {
    var max: Double
    var resting: Double
    var lthr: Double
    var sex: Sex

    init?(runner: Runner, activities: [Activity], daily: [DailySummary], sleep: [SleepSession]) {
        let observedMax = activities.compactMap(\.maxHeartRateBpm).filter { $0 >= 120 && $0 <= 230 }.max()
        let ageMax = runner.physical.age.map { 208 - 0.7 * Double($0) }
        guard let max = runner.physical.maxHeartRate ?? observedMax ?? ageMax else { return nil }
        let latestRHR = daily.sorted { $0.date < $1.date }.last(where: { $0.restingHeartRateBpm != nil })?.restingHeartRateBpm
            ?? sleep.sorted { $0.endTime < $1.endTime }.last(where: { $0.restingHeartRateBpm != nil })?.restingHeartRateBpm
        guard let resting = runner.physical.restingHeartRate ?? latestRHR, resting < max * 0.8 else { return nil }
        self.max = max
        self.resting = resting
        self.lthr = runner.physical.lactateThresholdHeartRate ?? (resting + 0.9 * (max - resting) > resting ? 0.9 * max : max - 1)
        self.sex = runner.physical.biologicalSex == .female ? .female : .male
    }
}
