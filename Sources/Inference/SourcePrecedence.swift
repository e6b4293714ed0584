import CadenceCore
import Foundation

/// Which source's values win when several sources recorded the same workout.
///
/// Default order (lower rank wins): manual (and user) 0 › the primary wearable 1 › other device
/// files and wearables 2 › Strava = HealthKit (and Terra) 3 › inferred 4. The runner's
/// `connections.sourcePrecedence.customPriority` replaces the order for the sources it lists
/// (their `priority`, 0 = highest, ahead of every unlisted source), and `primarySourceOverride`
/// names the primary source.
public struct SourcePrecedence: Sendable {
    public let primary: Set<DataSource>
    public let custom: [DataSource: Int]

    public init(runner: Runner) {
        let connections = runner.connections
        var primary: Set<DataSource> = []
        if let override = connections.sourcePrecedence?.primarySourceOverride {
            primary = [override]
        } else if let wearable = connections.primaryWearable {
            switch wearable {
            case .garmin: primary = [.garmin, .fit]
            case .appleWatch: primary = [.healthkit]
            case .coros: primary = [.coros]
            case .polar: primary = [.polar]
            case .whoop: primary = [.whoop]
            case .unknown(let name): primary = [DataSource(rawValue: name)]
            }
        }
        self.primary = primary
        var custom: [DataSource: Int] = [:]
        for item in connections.sourcePrecedence?.customPriority ?? [] { custom[item.source] = item.priority }
        self.custom = custom
    }

    /// Lower wins.
    public func rank(_ source: DataSource) -> Int {
        if let priority = custom[source] { return priority - 1000 }
        switch source {
        case .manual, .user: return 0
        case _ where primary.contains(source): return 1
        case .garmin, .coros, .polar, .suunto, .whoop, .oura, .fit, .gpx, .tcx: return 2
        case .strava, .healthkit, .terra: return 3
        case .inferred: return 4
        default: return 3
        }
    }
}

/// One workout as recorded by one or more sources, with the values inference uses: the winning
/// source's, except heart rate from the best-ranked record that has it (the optical sensor on the
/// wrist) and distance from the best-ranked record that has GPS.
///
/// A class: an activity record is large, and the engine filters and groups workouts many times
/// over ten years of history; sharing a reference is much cheaper than copying three records.
public final class LogicalWorkout: Sendable {
    public let primary: Activity
    public let members: [Activity]
    /// The primary record with heart rate and distance taken by the field rules.
    public let effective: Activity

    init(primary: Activity, members: [Activity], effective: Activity) {
        self.primary = primary
        self.members = members
        self.effective = effective
    }

    /// Groups activities from different recorders (`sameWorkout`) that overlap in time (start
    /// within 2 minutes, or overlapping by at least half of the shorter one) into logical
    /// workouts, ordered by start time.
    public static func link(_ activities: [Activity], precedence: SourcePrecedence) -> [LogicalWorkout] {
        // Sorting indices moves integers, not records.
        let order = activities.indices.sorted { (activities[$0].startTime, activities[$0].id) < (activities[$1].startTime, activities[$1].id) }
        var groups: [[Activity]] = []
        for activity in order.lazy.map({ activities[$0] }) {
            if let last = groups.indices.last, groups[last].contains(where: { sameWorkout($0, activity) }) {
                groups[last].append(activity)
            } else {
                groups.append([activity])
            }
        }
        return groups.map { group in
            let ranked = group.count == 1 ? group : group.sorted { (precedence.rank($0.source), $0.startTime, $0.id) < (precedence.rank($1.source), $1.startTime, $1.id) }
            var effective = ranked[0]
            if let hr = ranked.first(where: { $0.avgHeartRateBpm != nil }) {
                effective.avgHeartRateBpm = hr.avgHeartRateBpm
                effective.maxHeartRateBpm = hr.maxHeartRateBpm
            }
            if let gps = ranked.first(where: { $0.startLatitude != nil && $0.distanceMeters != nil }) ?? ranked.first(where: { $0.distanceMeters != nil }) {
                effective.distanceMeters = gps.distanceMeters
            }
            if effective.movingTimeSeconds == nil { effective.movingTimeSeconds = ranked.first { $0.movingTimeSeconds != nil }?.movingTimeSeconds }
            if effective.perceivedExertion == nil { effective.perceivedExertion = ranked.first { $0.perceivedExertion != nil }?.perceivedExertion }
            return LogicalWorkout(primary: ranked[0], members: group, effective: effective)
        }
    }

    /// Records from one source are one workout only when different devices or apps wrote them:
    /// a source does not record a run twice, but an aggregator does hold several recorders' copies
    /// (Apple Health keeps the Watch's run and the same run written back by Strava).
    static func sameWorkout(_ a: Activity, _ b: Activity) -> Bool {
        guard a.source != b.source || a.deviceName != b.deviceName || a.id == b.id else {
            return false
        }
        if abs(a.startTime - b.startTime) <= 120_000 { return true }
        let overlap = min(a.endTime, b.endTime) - max(a.startTime, b.startTime)
        let shorter = min(a.endTime - a.startTime, b.endTime - b.startTime)
        return shorter > 0 && overlap * 2 >= shorter
    }
}
