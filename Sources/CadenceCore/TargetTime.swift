import Foundation

/// A finish time said as a clock ("1:55") read the way a runner means it for the race distance.
///
/// Two-part clocks are ambiguous: `1:55` is 1 h 55 min for a half marathon but 25:30 is
/// 25 min 30 s for a 5k. The reading whose average pace is humanly possible wins.
public enum TargetTime {
    /// Average paces a finish time may imply, in seconds per km: a little faster than the road
    /// world records (2:30/km for 5k, 2:52/km for the marathon) to a walk with breaks (20:00/km).
    public static let fastestSecondsPerKm = 140.0
    public static let slowestSecondsPerKm = 1200.0

    public static func isPlausible(seconds: Double, distanceKm: Double) -> Bool {
        guard seconds.isFinite, distanceKm.isFinite, distanceKm > 0 else { return false }
        let pace = seconds / distanceKm
        return pace >= fastestSecondsPerKm && pace <= slowestSecondsPerKm
    }

    /// The plausible reading of a clock for a distance, preferring h:mm for two parts when both fit.
    /// Nil when the text is no clock or no reading is plausible.
    public static func interpret(_ text: String, distanceKm: Double) -> Int? {
        readings(of: text).first { isPlausible(seconds: Double($0), distanceKm: distanceKm) }
    }

    /// The readings of a clock: `h:mm:ss` has one; `a:bb` is h:mm or mm:ss.
    public static func readings(of text: String) -> [Int] {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, numbers.allSatisfy({ (0...999).contains($0) }) else { return [] }
        switch numbers.count {
        case 3 where numbers[1] < 60 && numbers[2] < 60: return [numbers[0] * 3600 + numbers[1] * 60 + numbers[2]]
        case 2 where numbers[1] < 60: return [numbers[0] * 3600 + numbers[1] * 60, numbers[0] * 60 + numbers[1]]
        default: return []
        }
    }

    /// Why a stored target time does not fit the race, naming the likely meaning; nil when it fits.
    public static func problem(seconds: Double, distanceKm: Double, as typed: String? = nil) -> String? {
        guard !isPlausible(seconds: seconds, distanceKm: distanceKm) else { return nil }
        let shown = typed ?? RunnerField.clock(Int(seconds.rounded()))
        let race = raceName(distanceKm)
        var message = "\(shown) is not a plausible finish time for \(race)"
        if let typed, let meant = interpret(typed, distanceKm: distanceKm) {
            message += " (as typed it means \(RunnerField.clock(Int(seconds.rounded()))), a pace of \(paceText(seconds / distanceKm)))"
            message += "; if you mean \(spoken(meant)), write \(RunnerField.clock(meant).count < 6 ? "0:" + RunnerField.clock(meant) : RunnerField.clock(meant))"
        } else {
            message += ": it means an average pace of \(paceText(seconds / distanceKm))"
        }
        return message
    }

    static func raceName(_ km: Double) -> String {
        if abs(km - 21.0975) < 0.15 { return "a half marathon" }
        if abs(km - 42.195) < 0.3 { return "a marathon" }
        let rounded = (km * 10).rounded() / 10
        return "a \(rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) km race"
    }

    static func paceText(_ secondsPerKm: Double) -> String {
        guard secondsPerKm.isFinite, secondsPerKm < 1e7 else { return "far off any running pace" }
        let whole = Int(secondsPerKm.rounded())
        return String(format: "%d:%02d/km", whole / 60, whole % 60)
    }

    /// A duration in words: "1 hour 35 minutes".
    public static func spoken(_ seconds: Int) -> String {
        let hours = seconds / 3600, minutes = seconds / 60 % 60, secs = seconds % 60
        var parts: [String] = []
        if hours > 0 { parts.append("\(hours) hour\(hours == 1 ? "" : "s")") }
        if minutes > 0 { parts.append("\(minutes) minute\(minutes == 1 ? "" : "s")") }
        if secs > 0 { parts.append("\(secs) second\(secs == 1 ? "" : "s")") }
        return parts.isEmpty ? "0 minutes" : parts.joined(separator: " ")
    }
}
