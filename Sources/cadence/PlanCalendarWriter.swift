import CadenceCore
import Foundation

/// iCalendar (RFC 5545) export: one all-day event per running session, with the structure, the
/// paces and the why in the description. CRLF line endings, lines folded at 75 octets.
enum PlanCalendarWriter {
    static func ics(_ plan: TrainingPlan, sessions: [PlannedSession]) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Cadence//Training plan//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:\(escape(plan.name))",
        ]
        let stamp = timestamp(plan.generatedAt)
        for session in sessions where !session.isRestDay {
            var description = ["\(session.sessionTypeDisplay), \(session.targetDurationDisplay), effort \(session.effortDisplay)"]
            if let structure = session.structureDisplay { description.append(structure) }
            if let pace = session.targetPaceDisplay { description.append("Pace: \(pace)") }
            if let low = session.targetHeartRateMin, let high = session.targetHeartRateMax {
                description.append("Heart rate: \(Int(low))–\(Int(high)) bpm (zone \(session.targetHeartRateZone ?? 0))")
            }
            description.append("Why: \(session.justification)")
            if let points = session.keyPoints, !points.isEmpty { description.append("Focus: " + points.joined(separator: "; ")) }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(session.id)@cadence",
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(day(session.scheduledDate))",
                "DTEND;VALUE=DATE:\(day(session.scheduledDate + 86_400_000))",
                "SUMMARY:\(escape("\(session.sessionTypeDisplay) · \(session.targetDurationDisplay)"))",
                "DESCRIPTION:\(escape(description.joined(separator: "\n")))",
                "CATEGORIES:\(escape(plan.name))",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 character.
    static func fold(_ line: String) -> String {
        var result = "", current = 0
        for character in line {
            let size = String(character).utf8.count
            if current + size > 75 {
                result += "\r\n "
                current = 1
            }
            result.append(character)
            current += size
        }
        return result
    }

    static func day(_ millis: Int64) -> String { RunnerField.formatDate(millis).replacingOccurrences(of: "-", with: "") }

    static func timestamp(_ millis: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
    }
}
