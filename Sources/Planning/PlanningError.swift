import Foundation

/// The one error type of the Planning module. Messages say what was wrong and what to do,
/// because they reach the runner (the CLI prints them as one line, the agent relays them).
public enum PlanningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The runner object lacks what a plan needs (`fieldsMissing` paths).
    case notReady(missing: [String])
    /// The race date is on or before the plan's start.
    case raceDateNotAhead(raceDate: String, start: String)
    /// The race is further away than a plan can sensibly cover.
    case raceTooFar(weeks: Int, maximum: Int)
    /// A race goal without a usable distance.
    case invalidRaceDistance(Double)
    /// No safeguards to check the plan against: a plan is never presented unchecked.
    case noSafeguards
    /// A hard-limit safeguard uses a condition field the engine cannot compute.
    case unknownSafeguardField(safeguard: String, field: String, known: [String])
    /// A safeguard's threshold or adjustment is not a number where one is needed.
    case invalidSafeguard(safeguard: String, reason: String)
    /// A hard limit is still violated after every repair the engine can make.
    case refused(safeguard: String, message: String, detail: String)

    public var description: String {
        switch self {
        case .notReady(let missing):
            return "the profile is not ready for a plan; still needed: \(missing.joined(separator: ", ")) "
                + "(set them with `cadence runner set PATH VALUE` or in `cadence chat`)"
        case .raceDateNotAhead(let raceDate, let start):
            return "the race date \(raceDate) is not after the plan start \(start); set a future goals.raceDate or an earlier --start"
        case .raceTooFar(let weeks, let maximum):
            return "the race is \(weeks) weeks away, more than the \(maximum) weeks a plan covers; "
                + "train with a base_building goal for now, or start the plan later with --start"
        case .invalidRaceDistance(let km):
            return "goals.raceDistance \(km) km is not a race distance a plan can be built for; set a distance from 1 to 170 km (100 miles and a little over)"
        case .noSafeguards:
            return "no safeguards are loaded, and plans are never made without them; run `cadence kb index` with the KnowledgeBase folder"
        case .unknownSafeguardField(let safeguard, let field, let known):
            return "safeguard \(safeguard) uses condition field `\(field)`, which the plan checker cannot compute; "
                + "fix the safeguard file (known fields: \(known.joined(separator: ", ")))"
        case .invalidSafeguard(let safeguard, let reason):
            return "safeguard \(safeguard) cannot be applied: \(reason); fix its file in KnowledgeBase/safeguards"
        case .refused(let safeguard, let message, let detail):
            return "no safe plan could be made: \(safeguard) — \(message) (\(detail)); change the goal or schedule and try again"
        }
    }
}
