import Foundation

/// How weekly volume grows. A new high is at most `increase` and `maxStepKm` above the highest
/// week so far (published plans: new highs of 7–22 %, 5–11 km); a down week every
/// `recoveryEvery` weeks is `reduction` lower, and the week after it returns to the level before
/// it rather than rebounding above it.
struct VolumeProgression: Sendable {
    let increase: Double
    let maxStepKm: Double
    /// Weeks between down weeks; nil for none.
    let recoveryEvery: Int?
    let reduction: Double

    /// The next new high after `highest`, never above `ceiling` (and never below `highest`).
    func next(after highest: Double, ceiling: Double) -> Double {
        max(highest, min(ceiling, highest + min(highest * increase, maxStepKm)))
    }

    /// Week `number` (1-based) is a down week; the last training week never is.
    func isRecovery(week number: Int, trainingWeeks: Int) -> Bool {
        guard let every = recoveryEvery else { return false }
        return number % every == 0 && number < trainingWeeks
    }

    /// Weeks from `start` until a week reaches `target` (down weeks included), at most 40.
    func weeksToReach(_ target: Double, from start: Double) -> Int {
        var highest = start, week = 1, previousWasDown = false
        while highest < target - 0.05, week < 40 {
            week += 1
            if isRecovery(week: week, trainingWeeks: .max) {
                previousWasDown = true
                continue
            }
            highest = previousWasDown ? highest : next(after: highest, ceiling: target)
            previousWasDown = false
        }
        return week
    }
}
