import Foundation

/// A string union from the seed as a Swift enum that keeps values it does not know.
///
/// Decoding never fails on a new value (a wearable may add an activity type tomorrow): it becomes
/// `.unknown(value)` and is written back unchanged. Input from people is validated against
/// `knownCases` instead.
public protocol OpenEnum: Codable, Hashable, Sendable, CustomStringConvertible {
    var rawValue: String { get }
    static var knownCases: [Self] { get }
    static func unknown(_ rawValue: String) -> Self
}

extension OpenEnum {
    public init(rawValue: String) {
        self = Self.knownCases.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }

    /// The known case for `rawValue`, or nil when it is not one of the seed's values.
    public init?(known rawValue: String) {
        guard let value = Self.knownCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = value
    }

    public var isKnown: Bool { Self.knownCases.contains(self) }

    public static var knownRawValues: [String] { knownCases.map(\.rawValue) }

    public var description: String { rawValue }

    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
