import CadenceCore
import Foundation
import Store

extension GlobalOptions {
    /// `$CADENCE_HOME` (default `~/.cadence`).
    static var cadenceHome: String {
        if let home = ProcessInfo.processInfo.environment["CADENCE_HOME"], !home.isEmpty { return home }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cadence").path
    }

    var databasePath: String {
        db ?? URL(fileURLWithPath: Self.cadenceHome).appendingPathComponent("cadence.sqlite").path
    }

    /// The composition root for the database: the only place that opens the live file.
    func openDatabase() throws -> AppDatabase {
        try AppDatabase.open(path: databasePath, clock: Self.clock())
    }

    /// The CLI's one clock: the database stamps its writes with it and every command asks it for
    /// "now". `CADENCE_NOW` (a date or an ISO-8601 time) fixes it, to replay a day or to test.
    static func clock() throws -> Clock {
        guard let text = ProcessInfo.processInfo.environment["CADENCE_NOW"], !text.isEmpty else { return .system }
        guard let millis = RunnerField.parseInstant(text) else {
            throw UserError("CADENCE_NOW=\(text) is not a date like 2026-12-01 or a time like 2026-12-01T07:30:00Z; "
                + "fix it or unset it to use the system clock")
        }
        return .fixed(Date(timeIntervalSince1970: Double(millis) / 1000))
    }

    func openDatabaseAndRunner() throws -> (AppDatabase, Runner) {
        let database = try openDatabase()
        return (database, try database.resolveRunner(runner))
    }
}
