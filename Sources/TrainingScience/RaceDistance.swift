import Foundation

/// A race or run distance in metres, optionally with the name it is known by.
///
/// Parsing lives here (not in the CLI) because the plan generator reads the same
/// user-typed distances ("half", "10k", "5000") as the calculators do.
public struct RaceDistance: Sendable, Hashable, CustomStringConvertible {
    /// Distance in metres; always finite and greater than zero.
    public let meters: Double
    /// The conventional name, e.g. "5K" or "Marathon", when the distance is a standard one.
    public let name: String?

    /// Creates a distance, rejecting zero, negative and non-finite values.
    public init(meters: Double, name: String? = nil) throws {
        guard meters.isFinite, meters > 0 else {
            throw TrainingScienceError.notPositive(name: "distance", value: "\(meters) m")
        }
        self.meters = meters
        self.name = name
    }

    // Internal initialiser for the constants below, which are known to be valid.
    private init(unchecked meters: Double, name: String) {
        self.meters = meters
        self.name = name
    }

    /// Statute mile (exact by definition).
    public static let mile = RaceDistance(unchecked: 1609.344, name: "Mile")
    public static let fiveK = RaceDistance(unchecked: 5000, name: "5K")
    public static let tenK = RaceDistance(unchecked: 10000, name: "10K")
    public static let fifteenK = RaceDistance(unchecked: 15000, name: "15K")
    public static let tenMiles = RaceDistance(unchecked: 16093.44, name: "10 miles")
    /// Half marathon: 21097.5 m (half of the IAAF marathon), not the rounded 21100 m.
    public static let halfMarathon = RaceDistance(unchecked: 21097.5, name: "Half marathon")
    public static let marathon = RaceDistance(unchecked: 42195, name: "Marathon")

    /// Distances shown in "equivalent performance" tables.
    public static let standard: [RaceDistance] = [.mile, .fiveK, .tenK, .halfMarathon, .marathon]

    /// Parses a distance as typed by a person.
    ///
    /// Accepts metres (`5000`, `5000m`), kilometres (`5k`, `21.1km`), miles (`mile`, `10mi`, `2mile`)
    /// and names (`half`, `half_marathon`, `half-marathon`, `hm`, `marathon`, `full`).
    /// Throws `unknownDistance` for anything else and `notPositive` for zero or negative values.
    public static func parse(_ text: String) throws -> RaceDistance {
        let raw = text.trimmingCharacters(in: .whitespaces)
        let key = raw.lowercased().replacingOccurrences(of: " ", with: "")
        switch key {
        case "mile", "1mile", "1mi", "mi": return .mile
        case "5k", "5km": return .fiveK
        case "10k", "10km": return .tenK
        case "15k", "15km": return .fifteenK
        case "10mi", "10mile", "10miles": return .tenMiles
        case "half", "halfmarathon", "half_marathon", "half-marathon", "hm", "21.0975k", "21.0975km":
            return .halfMarathon
        case "marathon", "full", "fullmarathon", "full_marathon", "full-marathon", "42.195k", "42.195km":
            return .marathon
        default: break
        }
        // Number with an optional unit suffix; the longest suffixes are tried first.
        let units: [(suffix: String, meters: Double)] = [
            ("miles", 1609.344), ("mile", 1609.344), ("mi", 1609.344),
            ("km", 1000), ("k", 1000), ("m", 1), ("", 1),
        ]
        for unit in units where key.hasSuffix(unit.suffix) {
            let number = String(key.dropLast(unit.suffix.count))
            guard let value = Self.number(number) else { continue }
            guard value > 0 else {
                throw TrainingScienceError.notPositive(name: "distance", value: raw)
            }
            return try RaceDistance(meters: value * unit.meters)
        }
        throw TrainingScienceError.unknownDistance(raw)
    }

    // Only plain decimal numbers: Double("inf") or Double("0x10") would otherwise slip through.
    private static func number(_ text: String) -> Double? {
        guard !text.isEmpty,
              text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }

    public var kilometers: Double { meters / 1000 }

    public var description: String {
        if let name { return name }
        if meters >= 1000 { return PaceFormat.trimmed(meters / 1000) + " km" }
        return PaceFormat.trimmed(meters) + " m"
    }
}
