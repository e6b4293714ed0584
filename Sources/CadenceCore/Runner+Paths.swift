import Foundation

extension Runner {
    /// A new runner with empty sections.
    public init(id: String, userId: String, name: String, now: Int64) {
        self.init(
            id: id, userId: userId,
            identity: Identity(name: name, nameConfirmed: false),
            physical: Physical(), running: RunningProfile(), goals: Goals(), schedule: Schedule(),
            health: Health(), coaching: Coaching(), connections: Connections(), currentState: CurrentState(),
            legal: Legal(), conversationState: ConversationState(),
            createdAt: now, updatedAt: now
        )
    }

    /// The value at a dotted seed path (`goals.raceDate`); `.null` when unset.
    public func value(at path: String) throws -> JSONValue {
        _ = try RunnerField.named(path)
        return try JSONValue(encoding: self).value(atPath: path)
    }

    /// A copy with `value` (already validated by its `RunnerField`) written at `path`.
    /// Decoding the result back into `Runner` checks the shape of nested objects.
    public func setting(_ path: String, to value: JSONValue) throws -> Runner {
        let field = try RunnerField.named(path)
        let keys = path.split(separator: ".").map(String.init)
        let updated = Self.set(keys[...], to: value, in: try JSONValue(encoding: self))
        do {
            return try updated.decode(as: Runner.self)
        } catch {
            throw CadenceCoreError.invalidValue(path: path, got: value.jsonString, allowed: field.allowed)
        }
    }

    private static func set(_ keys: ArraySlice<String>, to value: JSONValue, in node: JSONValue) -> JSONValue {
        guard let key = keys.first else { return value }
        var object = node.objectValue ?? [:]
        let child = set(keys.dropFirst(), to: value, in: object[key] ?? .object([:]))
        if child.isNull { object.removeValue(forKey: key) } else { object[key] = child }
        return .object(object)
    }
}
