import Foundation

/// Builds a value of any `Decodable` type with every field present, optional or not, and
/// different values in different fields, so round-trip tests cover the whole seed model
/// without hand-written fixtures. Strings carry their key name; numbers count up from `seed`.
public enum ArbitraryValue {
    public static func make<T: Decodable>(_ type: T.Type = T.self, seed: Int = 1, overrides: [String: String] = [:]) throws -> T {
        try T(from: SynthesizingDecoder(state: SynthesizingState(counter: seed, overrides: overrides), codingPath: []))
    }
}

final class SynthesizingState {
    var counter: Int
    /// Fixed string values by key name (for example, foreign keys that must point at real rows).
    let overrides: [String: String]

    init(counter: Int, overrides: [String: String]) {
        self.counter = counter
        self.overrides = overrides
    }

    func next() -> Int {
        counter += 1
        return counter
    }
}

struct SynthesizingDecoder: Decoder {
    let state: SynthesizingState
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedSynthesizer(state: state, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedSynthesizer(state: state, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleSynthesizer(state: state, codingPath: codingPath)
    }
}

private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
}

private func synthesize<T: Decodable>(_ type: T.Type, state: SynthesizingState, path: [any CodingKey]) throws -> T {
    let key = path.last(where: { $0.intValue == nil })?.stringValue ?? "value"
    let n = state.next()
    switch type {
    case is String.Type: return (state.overrides[key] ?? "\(key)-\(n)") as! T
    case is Bool.Type: return (n % 2 == 0) as! T
    case is Int.Type: return n as! T
    case is Int64.Type: return Int64(1_700_000_000_000 + n * 1000) as! T
    case is Double.Type: return (Double(n) + 0.5) as! T
    default: return try T(from: SynthesizingDecoder(state: state, codingPath: path))
    }
}

private struct KeyedSynthesizer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let state: SynthesizingState
    var codingPath: [any CodingKey]
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try synthesize(type, state: state, path: codingPath + [key])
    }
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(KeyedSynthesizer<NestedKey>(state: state, codingPath: codingPath + [key]))
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        UnkeyedSynthesizer(state: state, codingPath: codingPath + [key])
    }
    func superDecoder() throws -> any Decoder { SynthesizingDecoder(state: state, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { SynthesizingDecoder(state: state, codingPath: codingPath + [key]) }
}

/// Arrays get two elements, so list handling is exercised.
private struct UnkeyedSynthesizer: UnkeyedDecodingContainer {
    let state: SynthesizingState
    var codingPath: [any CodingKey]
    var count: Int? { 2 }
    var isAtEnd: Bool { currentIndex >= 2 }
    var currentIndex = 0

    init(state: SynthesizingState, codingPath: [any CodingKey]) {
        self.state = state
        self.codingPath = codingPath
    }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        defer { currentIndex += 1 }
        return try synthesize(type, state: state, path: codingPath + [AnyKey(intValue: currentIndex)])
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        defer { currentIndex += 1 }
        return KeyedDecodingContainer(KeyedSynthesizer<NestedKey>(state: state, codingPath: codingPath))
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        defer { currentIndex += 1 }
        return UnkeyedSynthesizer(state: state, codingPath: codingPath)
    }
    mutating func superDecoder() throws -> any Decoder { SynthesizingDecoder(state: state, codingPath: codingPath) }
}

/// A single value: `JSONValue` asks for nil first, then Bool, so free-form fields become booleans.
private struct SingleSynthesizer: SingleValueDecodingContainer {
    let state: SynthesizingState
    var codingPath: [any CodingKey]

    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try synthesize(type, state: state, path: codingPath)
    }
}
