import CadenceCore
import Foundation
import GuidedInterview

/// Human-readable runner output for the terminal.
enum RunnerFormatter {
    static func describe(_ runner: Runner) -> String {
        var lines = [Terminal.bold("\(runner.identity.name)") + Terminal.dim("  \(runner.id)")]
        var section = ""
        let document = (try? JSONValue(encoding: runner)) ?? .null
        // conversationState is summarised by `readiness` below.
        for field in RunnerField.all where field.section != "conversationState" {
            let value = document.value(atPath: field.path)
            guard !value.isNull else { continue }
            if field.section != section {
                section = field.section
                lines.append("")
                lines.append(Terminal.bold(section))
            }
            let name = field.path.dropFirst(section.count + 1)
            lines.append("  \(name): \(format(value, as: field))")
        }
        lines.append("")
        lines.append(readiness(runner.conversationState))
        return lines.joined(separator: "\n")
    }

    static func readiness(_ state: Runner.ConversationState) -> String {
        let percent = Int(state.dataCompleteness ?? 0)
        var text = "Profile \(percent)% complete"
        text += state.readyForPlan == true ? ", ready for a plan." : "."
        let missing = state.fieldsMissing ?? []
        let optional = Set(PlanReadiness.requirements.filter { !$0.required }.map { $0.paths[0] })
        let needed = missing.filter { !optional.contains($0) }
        let helpful = missing.filter { optional.contains($0) }
        // Plain words first; the path after it is what `cadence runner set` takes.
        func named(_ paths: [String]) -> String {
            paths.map { "\(ProfileSummary.plainName(of: $0)) (\($0))" }.joined(separator: ", ")
        }
        if !needed.isEmpty { text += "\nStill needed: \(named(needed))" }
        if !helpful.isEmpty { text += "\nWould help: \(named(helpful))" }
        if let confirm = state.fieldsToConfirm, !confirm.isEmpty {
            text += "\nTo confirm: \(named(confirm))"
        }
        return text
    }

    static func format(_ value: JSONValue, as field: RunnerField) -> String {
        switch (field.kind, value) {
        case (_, .null): return "unset"
        case (.date, .number(let millis)): return RunnerField.formatDate(Int64(millis))
        case (.timestamp, .number(let millis)): return instant(Int64(millis))
        case (.duration, .number(let seconds)): return RunnerField.clock(Int(seconds.rounded()))
        case (_, .string(let text)): return text
        case (_, .bool(let flag)): return flag ? "yes" : "no"
        case (_, .number(let number)):
            return number.rounded() == number ? String(Int64(number)) : String(number)
        case (_, .array(let items)) where items.allSatisfy({ $0.stringValue != nil }):
            return items.isEmpty ? "none" : items.compactMap(\.stringValue).joined(separator: ", ")
        default: return value.jsonString
        }
    }

    static func instant(_ millis: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
    }
}
