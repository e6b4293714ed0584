import Foundation

/// Typed reads from `JSONSerialization` output, for the JSON importers.
struct JSONObject {
    let raw: [String: Any]

    init(_ raw: [String: Any]) { self.raw = raw }

    init?(_ any: Any?) {
        guard let raw = any as? [String: Any] else { return nil }
        self.raw = raw
    }

    subscript(_ key: String) -> JSONObject? { JSONObject(raw[key]) }

    func path(_ keys: String...) -> Any? {
        var node: Any? = raw
        for key in keys { node = (node as? [String: Any])?[key] }
        return node
    }

    func double(_ keys: String...) -> Double? {
        var node: Any? = raw
        for key in keys { node = (node as? [String: Any])?[key] }
        if let number = Self.number(node) { return number }
        if let text = node as? String { return Double(text) }
        return nil
    }

    /// A JSON number as a Double; nil for anything else, booleans included. (`is Bool` cannot
    /// tell them apart: on Linux it is also true for the numbers 0 and 1.)
    static func number(_ value: Any?) -> Double? {
        guard let number = value as? NSNumber, String(cString: number.objCType) != "c" else { return nil }
        return number.doubleValue
    }

    func int(_ keys: String...) -> Int? {
        var node: Any? = raw
        for key in keys { node = (node as? [String: Any])?[key] }
        if let number = node as? NSNumber { return Int(checking: number.doubleValue) }
        if let text = node as? String { return Int(text) }
        return nil
    }

    func string(_ keys: String...) -> String? {
        var node: Any? = raw
        for key in keys { node = (node as? [String: Any])?[key] }
        if let text = node as? String { return text }
        if let number = node as? NSNumber { return number.stringValue }
        return nil
    }

    func bool(_ keys: String...) -> Bool? {
        var node: Any? = raw
        for key in keys { node = (node as? [String: Any])?[key] }
        return (node as? NSNumber)?.boolValue
    }

    func array(_ keys: String...) -> [Any]? {
        var node: Any? = raw
        for key in keys { node = (node as? [String: Any])?[key] }
        return node as? [Any]
    }

    func objects(_ keys: String...) -> [JSONObject] {
        var node: Any? = raw
        for key in keys { node = (node as? [String: Any])?[key] }
        return (node as? [Any])?.compactMap { JSONObject($0) } ?? []
    }

    /// Compact JSON text of the object, keys sorted (the seed's `rawPayload`).
    var text: String {
        guard let data = try? JSONSerialization.data(withJSONObject: raw, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func parse(_ data: Data) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw FormatProblem("malformed JSON: \(detail)")
        }
    }

    /// `[{timestamp, key}]` samples to the seed's `[{"timestamp": ms, name: value}]` JSON text.
    static func samples(_ items: [JSONObject], key: String, as name: String) -> String? {
        var out: [String] = []
        for item in items {
            guard let stamp = item.string("timestamp").flatMap(ISO8601Timestamp.parse), let value = item.double(key) else { continue }
            out.append("{\"timestamp\":\(stamp.millis),\"\(name)\":\(SampleJSON.number(value))}")
        }
        return out.isEmpty ? nil : "[" + out.joined(separator: ",") + "]"
    }
}
