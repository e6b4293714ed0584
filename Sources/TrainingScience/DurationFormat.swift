import Foundation

/// Reading and writing clock-style durations (`mm:ss`, `h:mm:ss`).
///
/// Kept in the pure module because race results, paces and session durations are typed the
/// same way in the CLI, in chat tool calls and in plan templates.
public enum DurationFormat {
    /// Parses `mm:ss` or `h:mm:ss` (seconds may have a fraction, e.g. `3:39.6`) into seconds.
    ///
    /// The first field may exceed 59 (`90:00` is 90 minutes); later fields must be 0–59.
    /// Negative values throw `notPositive` (a negative time is never a typo we should guess at);
    /// anything else unreadable throws `malformedDuration`. Zero parses to 0: callers that need a
    /// positive value use `parsePositive`.
    public static func parse(_ text: String, name: String = "time") throws -> Double {
        let raw = text.trimmingCharacters(in: .whitespaces)
        if raw.hasPrefix("-") {
            throw TrainingScienceError.notPositive(name: name, value: raw)
        }
        let fields = raw.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 2 || fields.count == 3 else {
            throw TrainingScienceError.malformedDuration(raw)
        }
        var seconds = 0.0
        for (index, field) in fields.enumerated() {
            let isFirst = index == 0
            let isLast = index == fields.count - 1
            guard let value = number(field, allowFraction: isLast) else {
                throw TrainingScienceError.malformedDuration(raw)
            }
            if !isFirst {
                // "20:7" is more likely a typo than seven seconds; require two digits and < 60.
                let wholeDigits = field.split(separator: ".", omittingEmptySubsequences: false)[0]
                guard wholeDigits.count == 2, value < 60 else {
                    throw TrainingScienceError.malformedDuration(raw)
                }
            }
            seconds = seconds * 60 + value
        }
        guard seconds.isFinite else { throw TrainingScienceError.malformedDuration(raw) }
        return seconds
    }

    /// Like `parse`, but also rejects a zero duration.
    public static func parsePositive(_ text: String, name: String = "time") throws -> Double {
        let seconds = try parse(text, name: name)
        guard seconds > 0 else {
            throw TrainingScienceError.notPositive(name: name, value: text.trimmingCharacters(in: .whitespaces))
        }
        return seconds
    }

    /// Formats seconds as `m:ss` below an hour and `h:mm:ss` from an hour, rounded to the second.
    public static func format(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "–" }
        let total = Int(seconds.rounded())
        let sign = total < 0 ? "-" : ""
        let magnitude = abs(total)
        let hours = magnitude / 3600, minutes = (magnitude % 3600) / 60, secs = magnitude % 60
        if hours > 0 {
            return sign + "\(hours):" + twoDigits(minutes) + ":" + twoDigits(secs)
        }
        return sign + "\(minutes):" + twoDigits(secs)
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func number(_ text: String, allowFraction: Bool) -> Double? {
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= (allowFraction ? 2 : 1),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return Double(text)
    }
}
