import CadenceCore
import Foundation

/// The runner's profile as the model sees it: every field that has a value (dates as
/// YYYY-MM-DD, durations as h:mm:ss), plus completeness, what is missing and what to confirm.
public struct ProfileSnapshot: Sendable {
    public let runner: Runner

    public init(_ runner: Runner) { self.runner = runner }

    /// `path: value` lines for every set field outside `conversationState`.
    public var lines: [String] {
        let document = (try? JSONValue(encoding: runner)) ?? .null
        return RunnerField.all.compactMap { field in
            let value = document.value(atPath: field.path)
            guard field.section != "conversationState", !value.isNull else { return nil }
            if case .object(let object) = value, object.isEmpty { return nil }
            return "\(field.path): \(Self.display(value, field))"
        }
    }

    public var text: String { lines.isEmpty ? "(nothing recorded yet)" : lines.joined(separator: "\n") }

    public var json: JSONValue {
        let state = runner.conversationState
        return [
            "profile": .array(lines.map { .string($0) }),
            "dataCompleteness": .number(state.dataCompleteness ?? 0),
            "readyForPlan": .bool(state.readyForPlan ?? false),
            "fieldsMissing": .array((state.fieldsMissing ?? []).map { .string($0) }),
            "fieldsToConfirm": .array((state.fieldsToConfirm ?? []).map { .string($0) }),
        ]
    }

    static func display(_ value: JSONValue, _ field: RunnerField) -> String {
        switch (field.kind, value) {
        case (.date, .number(let millis)): return RunnerField.formatDate(Int64(millis))
        case (.timestamp, .number(let millis)): return RunnerField.formatDate(Int64(millis))
        case (.duration, .number(let seconds)): return RunnerField.clock(Int(seconds.rounded()))
        case (_, .string(let text)): return text
        case (_, .array(let items)) where items.allSatisfy({ $0.stringValue != nil }):
            return items.isEmpty ? "none" : items.compactMap(\.stringValue).joined(separator: ", ")
        default: return value.jsonString
        }
    }
}
