import Foundation

/// Unit for showing a pace.
public enum PaceUnit: String, Sendable, CaseIterable {
    case kilometer = "km"
    case mile = "mi"

    /// Metres in one unit of distance.
    public var meters: Double { self == .kilometer ? 1000 : 1609.344 }
}

/// Reading and writing paces. Internally every pace is seconds per kilometre.
public enum PaceFormat {
    /// Seconds per mile for a pace given in seconds per kilometre.
    public static func secondsPerMile(fromSecondsPerKm secondsPerKm: Double) -> Double {
        secondsPerKm * PaceUnit.mile.meters / 1000
    }

    /// Seconds per kilometre for a pace given in seconds per mile.
    public static func secondsPerKm(fromSecondsPerMile secondsPerMile: Double) -> Double {
        secondsPerMile * 1000 / PaceUnit.mile.meters
    }

    /// Pace in seconds per kilometre for a speed in metres per second.
    public static func secondsPerKm(metersPerSecond speed: Double) -> Double { 1000 / speed }

    /// Parses `m:ss` (per km), `m:ss/km`, `m:ss/mi` or `m:ss min/km` into seconds per kilometre.
    public static func parse(_ text: String) throws -> Double {
        var body = text.trimmingCharacters(in: .whitespaces).lowercased()
        var unit = PaceUnit.kilometer
        for (suffix, suffixUnit) in [("/km", PaceUnit.kilometer), ("/mi", .mile), ("/mile", .mile)]
        where body.hasSuffix(suffix) {
            body = String(body.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            if body.hasSuffix("min") { body = String(body.dropLast(3)).trimmingCharacters(in: .whitespaces) }
            unit = suffixUnit
            break
        }
        let seconds: Double
        do {
            seconds = try DurationFormat.parsePositive(body, name: "pace")
        } catch TrainingScienceError.malformedDuration {
            throw TrainingScienceError.malformedPace(text.trimmingCharacters(in: .whitespaces))
        }
        return unit == .kilometer ? seconds : secondsPerKm(fromSecondsPerMile: seconds)
    }

    /// "4:55/km" (or "7:55/mi"), rounded to the second.
    public static func format(secondsPerKm: Double, unit: PaceUnit = .kilometer) -> String {
        clock(secondsPerKm, unit: unit) + "/" + unit.rawValue
    }

    /// "4:55–5:05/km"; a single pace when both ends round to the same second.
    public static func formatRange(fastSecondsPerKm: Double, slowSecondsPerKm: Double, unit: PaceUnit = .kilometer) -> String {
        let fast = clock(fastSecondsPerKm, unit: unit), slow = clock(slowSecondsPerKm, unit: unit)
        return (fast == slow ? fast : fast + "–" + slow) + "/" + unit.rawValue
    }

    private static func clock(_ secondsPerKm: Double, unit: PaceUnit) -> String {
        let seconds = unit == .kilometer ? secondsPerKm : secondsPerMile(fromSecondsPerKm: secondsPerKm)
        return DurationFormat.format(seconds)
    }

    /// A number without a trailing ".0" ("5", "21.1"), for labels.
    public static func trimmed(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "\(value)" }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.3f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
