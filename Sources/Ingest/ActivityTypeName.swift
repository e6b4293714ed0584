import CadenceCore

/// Maps the sport names files use ("Running", "run", "TrailRun", "Biking", Strava's GPX code "9")
/// to the seed's activity types; unknown names are kept (lowercased) as they arrive.
enum ActivityTypeName {
    static func activityType(_ name: String?) -> ActivityType? {
        guard let raw = name?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        let key = raw.lowercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: " ", with: "")
        switch key {
        case "running", "run", "9", "street", "streetrunning", "roadrunning": return .running
        case "trailrunning", "trailrun", "trail": return .trailRunning
        case "treadmillrunning", "treadmill", "indoorrunning", "virtualrun": return .treadmillRunning
        case "trackrunning", "track": return .trackRunning
        case "walking", "walk", "10": return .walking
        case "hiking", "hike": return .hiking
        case "cycling", "biking", "ride", "bike", "1": return .cycling
        case "indoorcycling", "virtualride": return .indoorCycling
        case "swimming", "swim": return .swimming
        case "rowing", "row": return .rowing
        case "other": return .other
        default: return .unknown(raw.lowercased())
        }
    }
}

extension ActivityType {
    /// Running of any kind (road, trail, treadmill, track).
    public var isRun: Bool {
        switch self {
        case .running, .trailRunning, .treadmillRunning, .trackRunning: true
        default: false
        }
    }
}
