import CadenceCore
import Foundation

/// A runner field's value as people write it: dates as dates and durations as h:mm:ss, not the
/// milliseconds and seconds they are stored as.
enum FieldDisplay {
    static func text(_ value: JSONValue, _ path: String) -> String {
        if value.isNull { return "nothing" }
        guard let field = try? RunnerField.named(path), let number = value.doubleValue else { return value.jsonString }
        switch field.kind {
        case .date: return RunnerField.formatDate(Int64(number))
        case .duration: return RunnerField.clock(Int(number))
        default: return value.jsonString
        }
    }

    /// A duration in milliseconds in the unit that reads best: "850 ms", "2.4 s", "1 min 05 s".
    static func milliseconds(_ ms: Int) -> String {
        if ms < 1000 { return "\(ms) ms" }
        if ms < 60_000 { return String(format: "%.1f s", Double(ms) / 1000) }
        let seconds = ms / 1000
        return String(format: "%d min %02d s", seconds / 60, seconds % 60)
    }
}
