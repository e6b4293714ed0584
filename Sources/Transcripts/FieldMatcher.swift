import CadenceCore
import Foundation

/// An expected value in an eval case: a plain value (equal), or one of
/// `{equals: V, tolerance: T}`, `{within: [min, max]}`, `{contains: V}`, `{oneOf: [V…]}`,
/// `{absent: true}`, `{present: true}`. Text compares case-insensitively; lists compare as sets;
/// dates and durations may be written as "2027-04-20" and "1:45:00".
public enum FieldMatcher: Decodable, Sendable, Equatable {
    case equals(JSONValue, tolerance: Double)
    case within(Double, Double)
    case contains(JSONValue)
    case oneOf([JSONValue])
    case absent
    case present

    static let keys: Set<String> = ["equals", "tolerance", "within", "contains", "oneOf", "absent", "present"]

    public init(from decoder: Decoder) throws {
        let value = try JSONValue(from: decoder)
        guard let object = value.objectValue, !object.isEmpty, Set(object.keys).isSubset(of: Self.keys) else {
            self = .equals(value, tolerance: 0)
            return
        }
        let context = DecodingError.Context(codingPath: decoder.codingPath, debugDescription:
            "use a value, or one of {equals: V, tolerance: T}, {within: [min, max]}, {contains: V}, {oneOf: [...]}, {absent: true}, {present: true}")
        if let expected = object["equals"] {
            self = .equals(expected, tolerance: object["tolerance"]?.doubleValue ?? 0)
        } else if let range = object["within"]?.arrayValue, range.count == 2, let low = range[0].doubleValue, let high = range[1].doubleValue {
            self = .within(low, high)
        } else if let expected = object["contains"] {
            self = .contains(expected)
        } else if let options = object["oneOf"]?.arrayValue {
            self = .oneOf(options)
        } else if object["absent"]?.boolValue == true {
            self = .absent
        } else if object["present"]?.boolValue == true {
            self = .present
        } else {
            throw DecodingError.dataCorrupted(context)
        }
    }

    /// Whether `actual` matches, comparing in the field's own form when the path is a runner field.
    public func matches(_ actual: JSONValue, field: RunnerField?) -> Bool {
        func canonical(_ value: JSONValue) -> JSONValue {
            guard let field, let normalized = try? field.validate(value) else { return value }
            return normalized
        }
        switch self {
        case .equals(let expected, let tolerance):
            return Self.same(actual, canonical(expected), tolerance: tolerance)
        case .within(let low, let high):
            guard let number = actual.doubleValue else { return false }
            return number >= low - 1e-9 && number <= high + 1e-9
        case .contains(let expected):
            if let items = actual.arrayValue {
                return items.contains { item in
                    if let text = item.stringValue, let needle = expected.stringValue {
                        return Self.folds(text, needle) || Self.folds(text, needle.replacingOccurrences(of: " ", with: "_"))
                    }
                    return Self.same(item, expected, tolerance: 0)
                }
            }
            guard let text = actual.stringValue, let needle = expected.stringValue else { return false }
            return Self.folds(text, needle)
        case .oneOf(let options):
            return options.contains { Self.same(actual, canonical($0), tolerance: 0) }
        case .absent:
            return actual.isNull || actual.arrayValue?.isEmpty == true
        case .present:
            return !actual.isNull
        }
    }

    /// Whether `text` contains `needle`, case and accents aside ("İzmir Marathon" contains "izmir").
    static func folds(_ text: String, _ needle: String) -> Bool {
        text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    static func same(_ actual: JSONValue, _ expected: JSONValue, tolerance: Double) -> Bool {
        switch (actual, expected) {
        case (.number(let a), .number(let b)):
            return abs(a - b) <= max(tolerance, 1e-9)
        case (.string(let a), .string(let b)):
            // "achilles tendinopathy" is how a case writes the stored "achilles_tendinopathy".
            return a.replacingOccurrences(of: "_", with: " ").caseInsensitiveCompare(b.replacingOccurrences(of: "_", with: " ")) == .orderedSame
        case (.array(let a), .array(let b)):
            return a.count == b.count && a.allSatisfy { item in b.contains { same(item, $0, tolerance: tolerance) } }
                && b.allSatisfy { item in a.contains { same($0, item, tolerance: tolerance) } }
        default:
            return actual == expected
        }
    }

    /// How the expectation reads in a report.
    public var description: String {
        switch self {
        case .equals(let value, let tolerance): return tolerance > 0 ? "\(value.jsonString) ± \(RunnerField.format(tolerance))" : value.jsonString
        case .within(let low, let high): return "within \(RunnerField.format(low))…\(RunnerField.format(high))"
        case .contains(let value): return "contains \(value.jsonString)"
        case .oneOf(let values): return "one of \(values.map(\.jsonString).joined(separator: ", "))"
        case .absent: return "absent"
        case .present: return "present"
        }
    }
}
