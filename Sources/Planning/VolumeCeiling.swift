import Foundation

/// Upper bounds on the weekly volume of a rebuilt plan (an adapted plan in motion), so that
/// missed training is never caught up: the generator caps every week's target at them and lays
/// out a smaller week (fewer or shorter runs) rather than exceed them. Volumes are the week's
/// training kilometres as `DraftWeek.km` counts them (race excluded).
public struct VolumeCeiling: Sendable, Equatable {
    /// The most the plan's first week may hold.
    public var firstWeekKm: Double
    /// The most any week may hold; nil for no cap beyond the generator's own.
    public var weekKm: Double?
    /// Why, in the runner's words (goes into the decision audit).
    public var reason: String

    public init(firstWeekKm: Double, weekKm: Double? = nil, reason: String) {
        let first = max(0, firstWeekKm)
        self.firstWeekKm = first
        self.weekKm = weekKm.map { max(first, $0) }
        self.reason = reason
    }

    /// The cap for week `index` (0-based).
    func km(week index: Int) -> Double {
        index == 0 ? firstWeekKm : weekKm ?? .infinity
    }
}
