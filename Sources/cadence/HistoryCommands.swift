import ArgumentParser
import CadenceCore
import Foundation
import Store
import TrainingScience

/// `cadence activities list`: the runner's activities, newest first.
struct ActivitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activities", abstract: "The runner's activity history.", subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List activities, newest first (--json: {\"activities\": [...]} with the seed's field names).")
        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "Show at most this many (default: all).") var limit: Int?

        func run() throws {
            let (database, runner) = try global.openDatabaseAndRunner()
            var activities = Array(try database.activities(runnerId: runner.id).reversed())
            if let limit { activities = Array(activities.prefix(max(0, limit))) }
            if global.json { return try Terminal.printJSON(["activities": activities]) }
            if activities.isEmpty { return print("No activities yet: `cadence import FILE…`.") }
            let origins = try database.importOrigins(table: .activities, runnerId: runner.id)
            for activity in activities {
                let offset = origins[activity.id]?.utcOffsetSeconds
                var parts = [HistoryFormat.dateTime(activity.startTime, offsetSeconds: offset), activity.activityType.rawValue]
                if let d = activity.distanceMeters { parts.append(String(format: "%.2f km", d / 1000)) }
                if let t = activity.movingTimeSeconds ?? activity.durationSeconds { parts.append(DurationFormat.format(t.rounded())) }
                if let p = activity.avgPaceMinutesPerKm, activity.activityType.isRunLike {
                    parts.append(PaceFormat.format(secondsPerKm: p * 60))
                }
                if let hr = activity.avgHeartRateBpm { parts.append("HR \(Int(hr.rounded()))") }
                if let type = activity.sessionType { parts.append(type.rawValue) }
                parts.append(activity.source.rawValue)
                if let name = activity.name { parts.append(Terminal.printable(name)) }
                print(parts.joined(separator: "  "))
            }
        }
    }
}

/// `cadence sleep list`: the runner's sleep sessions, newest first.
struct SleepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sleep", abstract: "The runner's sleep history.", subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List sleep sessions, newest first (--json: {\"sleepSessions\": [...]} with the seed's field names).")
        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "Show at most this many (default: all).") var limit: Int?

        func run() throws {
            let (database, runner) = try global.openDatabaseAndRunner()
            var sessions = Array(try database.sleepSessions(runnerId: runner.id).reversed())
            if let limit { sessions = Array(sessions.prefix(max(0, limit))) }
            if global.json { return try Terminal.printJSON(["sleepSessions": sessions]) }
            if sessions.isEmpty { return print("No sleep sessions yet: `cadence import FILE…`.") }
            let origins = try database.importOrigins(table: .sleepSessions, runnerId: runner.id)
            for session in sessions {
                let offset = origins[session.id]?.utcOffsetSeconds
                var parts = [HistoryFormat.dateTime(session.startTime, offsetSeconds: offset)]
                if let asleep = session.totalAsleepSeconds { parts.append("asleep \(DurationFormat.format(asleep.rounded()))") }
                if let deep = session.deepSleepSeconds { parts.append("deep \(DurationFormat.format(deep.rounded()))") }
                if let rem = session.remSleepSeconds { parts.append("REM \(DurationFormat.format(rem.rounded()))") }
                if let score = session.sleepScore { parts.append("score \(Int(score.rounded()))") }
                parts.append(session.source.rawValue)
                print(parts.joined(separator: "  "))
            }
        }
    }
}

/// `cadence daily list`: the runner's daily summaries, newest first.
struct DailyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daily", abstract: "The runner's daily summaries.", subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List daily summaries, newest first (--json: {\"dailySummaries\": [...]} with the seed's field names).")
        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "Show at most this many (default: all).") var limit: Int?

        func run() throws {
            let (database, runner) = try global.openDatabaseAndRunner()
            var days = Array(try database.dailySummaries(runnerId: runner.id).reversed())
            if let limit { days = Array(days.prefix(max(0, limit))) }
            if global.json { return try Terminal.printJSON(["dailySummaries": days]) }
            if days.isEmpty { return print("No daily summaries yet: `cadence import FILE…`.") }
            for day in days {
                var parts = [day.date]
                if let steps = day.totalSteps { parts.append("\(steps) steps") }
                if let runs = day.runCount, runs > 0 {
                    parts.append("\(runs) run\(runs == 1 ? "" : "s") " + String(format: "%.2f km", (day.runDistanceMeters ?? 0) / 1000))
                }
                if let rhr = day.restingHeartRateBpm { parts.append("RHR \(Int(rhr.rounded()))") }
                if let sleep = day.sleepDurationSeconds { parts.append("sleep \(DurationFormat.format(sleep.rounded()))") }
                if let ctl = day.chronicTrainingLoad, let atl = day.acuteTrainingLoad {
                    parts.append(String(format: "CTL %.1f ATL %.1f", ctl, atl))
                }
                print(parts.joined(separator: "  "))
            }
        }
    }
}

enum HistoryFormat {
    /// `2024-03-01 07:00 +01:00` in the record's own offset when known, else UTC (`Z`).
    static func dateTime(_ millis: Int64, offsetSeconds: Int?) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: offsetSeconds ?? 0)
        formatter.dateFormat = offsetSeconds == nil ? "yyyy-MM-dd HH:mm'Z'" : "yyyy-MM-dd HH:mm xxx"
        return formatter.string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
    }
}

extension ActivityType {
    var isRunLike: Bool {
        switch self {
        case .running, .trailRunning, .treadmillRunning, .trackRunning, .walking, .hiking: true
        default: false
        }
    }
}
