import ArgumentParser
import CadenceCore
import Coaching
import Foundation

/// `cadence week`: the plan's week, planned against done.
struct WeekCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "week",
        abstract: "Show a week of the plan: what was planned, what was done, adherence, and what comes next.",
        discussion: """
        Statuses and adherence come from matching your imported runs to the plan (after every \
        `cadence import`, or `cadence plan sync`). --json prints the week with the seed's plannedSessions rows.
        """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Week number (default: this week).") var week: Int?

    func run() throws {
        let (database, runner) = try global.openDatabaseAndRunner()
        let report = try CheckIn(database: database).week(runnerId: runner.id, number: week)
        if global.json { return try Terminal.printJSON(report) }
        print(CheckInFormatter.week(report))
    }
}

/// `cadence today`: today's session and the next ones.
struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "Show today's planned session, whether it is done, and the next sessions."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let (database, runner) = try global.openDatabaseAndRunner()
        let report = try CheckIn(database: database).today(runnerId: runner.id)
        if global.json { return try Terminal.printJSON(report) }
        print(CheckInFormatter.today(report))
    }
}

/// The check-ins in the terminal.
enum CheckInFormatter {
    static func week(_ week: CheckIn.Week) -> String {
        var lines = [Terminal.bold("Week \(week.weekNumber) of \(week.totalWeeks)") + (week.phaseName.map { " · \($0)" } ?? "") +
                     " · \(Terminal.printable(week.planName))"]
        lines.append(String(format: "Planned %.1f km, done %.1f km", week.plannedKm, week.doneKm) +
                     (week.adherence.map { String(format: ", adherence %.0f%%", $0 * 100) } ?? ""))
        for session in week.sessions { lines.append(line(session)) }
        lines += next(week.nextSessions)
        return lines.joined(separator: "\n")
    }

    static func today(_ today: CheckIn.Today) -> String {
        var lines = [Terminal.bold("Today, \(today.date)")]
        if today.sessions.isEmpty { lines.append("  Nothing planned today (outside the plan).") }
        for session in today.sessions { lines.append(line(session)) }
        lines += next(today.nextSessions)
        return lines.joined(separator: "\n")
    }

    static func next(_ sessions: [PlannedSession]) -> [String] {
        guard !sessions.isEmpty else { return [] }
        return ["Next:"] + sessions.map { line($0) }
    }

    /// "Mon 2027-01-04  Easy  40 min  ✓ completed, adherence 92% (41 min, 7.9 km)"
    static func line(_ session: PlannedSession) -> String {
        let date = CivilDay.string(CivilDay.number(millis: session.scheduledDate, offsetSeconds: 0))
        let head = "  \(session.dayOfWeekShort) \(date)  \(session.sessionTypeDisplay)"
        guard !session.isRestDay else { return head }
        var text = head + "  \(session.targetDurationDisplay)"
        switch session.status {
        case .completed, .modified, .rescheduled:
            text += "  ✓ \(session.status.rawValue)"
            if let score = session.adherenceScore { text += String(format: ", adherence %.0f%%", score * 100) }
            var actual: [String] = []
            if let seconds = session.actualDurationSeconds { actual.append("\(Int((seconds / 60).rounded())) min") }
            if let meters = session.actualDistanceMeters { actual.append(String(format: "%.1f km", meters / 1000)) }
            if !actual.isEmpty { text += " (\(actual.joined(separator: ", ")))" }
        case .skipped:
            text += "  ✗ skipped" + (session.skipReason.map { ": \(Terminal.printable($0))" } ?? "")
        default:
            break
        }
        if let rating = session.userRating { text += "  rated \(rating)/5" }
        return text
    }
}
