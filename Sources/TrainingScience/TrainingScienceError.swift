import Foundation

/// The one error type of the TrainingScience module.
///
/// Every case carries enough context for a message that says what was wrong and what to do,
/// because these errors reach runners directly (the CLI prints `description` as one line).
public enum TrainingScienceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A time or duration that could not be read, e.g. "20:7x".
    case malformedDuration(String)
    /// A pace that could not be read, e.g. "5:00/parsec".
    case malformedPace(String)
    /// A distance that is neither a number of metres nor a known name.
    case unknownDistance(String)
    /// A value that must be greater than zero was zero or negative (name, value as typed).
    case notPositive(name: String, value: String)
    /// A value outside the range the formulas are meant for.
    case outOfRange(name: String, value: Double, range: ClosedRange<Double>)
    /// Max HR at or below resting HR (or LTHR), which makes reserve-based maths meaningless.
    case heartRateOrder(lower: String, lowerValue: Double, upper: String, upperValue: Double)
    /// A calculation needs a value the caller did not give (e.g. Karvonen without resting HR).
    case missingValue(name: String, reason: String)
    /// A load series that is empty, too short or contains a negative or non-finite load.
    case invalidLoads(String)
    /// The result is undefined for these inputs (e.g. a chronic load of zero).
    case undefinedResult(String)

    public var description: String {
        switch self {
        case .malformedDuration(let text):
            return "cannot read time '\(text)': use mm:ss or h:mm:ss, e.g. 20:00 or 1:35:10"
        case .malformedPace(let text):
            return "cannot read pace '\(text)': use m:ss per km, e.g. 5:00, or add /mi for per mile, e.g. 8:03/mi"
        case .unknownDistance(let text):
            return "unknown distance '\(text)': give metres (e.g. 5000) or one of 5k, 10k, 15k, half, marathon, mile, 10mi"
        case .notPositive(let name, let value):
            return "\(name) must be greater than zero (got \(value))"
        case .outOfRange(let name, let value, let range):
            return "\(name) \(Self.format(value)) is outside the supported range \(Self.format(range.lowerBound))–\(Self.format(range.upperBound))"
        case .heartRateOrder(let lower, let lowerValue, let upper, let upperValue):
            return "\(upper) (\(Self.format(upperValue))) must be above \(lower) (\(Self.format(lowerValue))): check both values"
        case .missingValue(let name, let reason):
            return "\(name) is required \(reason)"
        case .invalidLoads(let reason):
            return "invalid daily loads: \(reason)"
        case .undefinedResult(let reason):
            return reason
        }
    }

    private static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
