import Foundation

/// One decoded field value of a FIT message. Invalid values (the base type's all-bits-set or zero
/// sentinel) are never stored: the field is simply absent, so they read as null, never 0.
public enum FITValue: Sendable, Equatable {
    case integer(Int64)
    case float(Double)
    case string(String)
    /// A field holding several values (`hrv.time`, …); invalid elements are nil.
    case array([FITValue?])
    /// Bytes whose type is unknown or whose size does not fit the base type.
    case bytes([UInt8])

    public var doubleValue: Double? {
        switch self {
        case .integer(let v): Double(v)
        case .float(let v): v
        case .array(let items): items.first??.doubleValue
        default: nil
        }
    }

    public var integerValue: Int64? {
        switch self {
        case .integer(let v): v
        case .float(let v): Int64(exactly: v.rounded())
        case .array(let items): items.first??.integerValue
        default: nil
        }
    }
}

/// A developer field's value with its description when the file gave one (descriptions can be
/// missing or arrive after first use: then only the raw bytes are kept).
public struct FITDeveloperValue: Sendable, Equatable {
    public var developerIndex: UInt8
    public var fieldNumber: UInt8
    public var name: String?
    public var units: String?
    public var value: FITValue
}

/// A data message: its global number and its valid fields by field number.
public struct FITMessage: Sendable, Equatable {
    public var globalNumber: UInt16
    public var fields: [(number: UInt8, value: FITValue)]
    public var developerFields: [FITDeveloperValue]

    public static func == (lhs: FITMessage, rhs: FITMessage) -> Bool {
        lhs.globalNumber == rhs.globalNumber && lhs.developerFields == rhs.developerFields
            && lhs.fields.map(\.number) == rhs.fields.map(\.number) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }

    public subscript(_ number: UInt8) -> FITValue? {
        for field in fields where field.number == number { return field.value }
        return nil
    }

    public func double(_ number: UInt8, scale: Double = 1, offset: Double = 0) -> Double? {
        self[number]?.doubleValue.map { $0 / scale - offset }
    }

    public func integer(_ number: UInt8) -> Int64? { self[number]?.integerValue }

    public func string(_ number: UInt8) -> String? {
        if case .string(let s)? = self[number] { return s }
        return nil
    }

    /// A FIT `date_time` field as Unix milliseconds (values below 0x10000000 are device-relative
    /// and not dates: nil; so are values beyond FIT's 32-bit `date_time`).
    public func time(_ number: UInt8) -> Int64? {
        guard let raw = integer(number), raw >= 0x1000_0000, raw <= 0xFFFF_FFFF else { return nil }
        return (raw + FITDecoder.epochOffset) * 1000
    }

    /// Semicircles to degrees.
    public func degrees(_ number: UInt8) -> Double? {
        integer(number).map { Double($0) * 180 / 2_147_483_648 }
    }
}
