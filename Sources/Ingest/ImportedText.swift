import CadenceCore
import Foundation

/// Names and notes read from files are shown in a terminal later: control characters (escape
/// sequences that would move the cursor, retitle the window or hide text) are dropped and the
/// length is capped, so what is stored is plain text.
enum ImportedText {
    /// The longest name or note kept, in characters.
    static let maxLength = 500

    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A: scalars.append(" ")
            case 0x00 ..< 0x20, 0x7F ..< 0xA0: continue
            default: scalars.append(scalar)
            }
        }
        let cleaned = String(scalars).trimmingCharacters(in: .whitespaces)
        return cleaned.count > maxLength ? String(cleaned.prefix(maxLength)) : cleaned
    }

    /// Cleans the free-text fields of every record of `batch`.
    static func clean(_ batch: inout ImportBatch) {
        func tidy(_ text: String?) -> String? { text.map(clean).flatMap { $0.isEmpty ? nil : $0 } }
        for index in batch.activities.indices {
            batch.activities[index].record.name = tidy(batch.activities[index].record.name)
            batch.activities[index].record.userNotes = tidy(batch.activities[index].record.userNotes)
            batch.activities[index].record.deviceName = tidy(batch.activities[index].record.deviceName)
            batch.activities[index].record.deviceManufacturer = tidy(batch.activities[index].record.deviceManufacturer)
        }
        for index in batch.sleepSessions.indices {
            batch.sleepSessions[index].record.deviceName = tidy(batch.sleepSessions[index].record.deviceName)
        }
    }
}
